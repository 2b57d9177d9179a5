"""The retaliators (retaliate.py) against the fixed sequences."""

PLAYERS = {
    "Retaliate": {"class": "Retaliate"},
    "Retaliate2": {"class": "Retaliate2"},
    "Retaliate3": {"class": "Retaliate3"},
    "Retaliate(0.5)": {"class": "Retaliate", "kwargs": {"retaliation_threshold": 0.5}},
    "Retaliate(0)": {"class": "Retaliate", "kwargs": {"retaliation_threshold": 0.0}},
    "LimitedRetaliate": {"class": "LimitedRetaliate"},
    "LimitedRetaliate2": {"class": "LimitedRetaliate2"},
    "LimitedRetaliate3": {"class": "LimitedRetaliate3"},
    "LimitedRetaliate(0.3,3)": {"class": "LimitedRetaliate",
                                "kwargs": {"retaliation_threshold": 0.3, "retaliation_limit": 3}},
    "LimitedRetaliate(0,0)": {"class": "LimitedRetaliate",
                              "kwargs": {"retaliation_threshold": 0.0, "retaliation_limit": 0}},
}
