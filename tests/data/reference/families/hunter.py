"""The hunters (hunter.py) against the fixed sequences."""

PLAYERS = {
    "DefectorHunter": {"class": "DefectorHunter"},
    "CooperatorHunter": {"class": "CooperatorHunter"},
    "AlternatorHunter": {"class": "AlternatorHunter"},
    "CycleHunter": {"class": "CycleHunter"},
    "EventualCycleHunter": {"class": "EventualCycleHunter"},
    "MathConstantHunter": {"class": "MathConstantHunter"},
    "RandomHunter": {"class": "RandomHunter"},
}
