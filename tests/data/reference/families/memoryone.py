"""The memory-one rules added from memoryone.py against the fixed sequences (the others are in classic)."""

try:  # the generator runs this file where Axelrod-Python is installed; the tests never import it
    from axelrod.action import Action
    D = Action.D
    C = Action.C
except ImportError:
    C, D = "C", "D"

PLAYERS = {
    "WinShiftLoseStay": {"class": "WinShiftLoseStay"},
    "WinShiftLoseStay(C)": {"class": "WinShiftLoseStay", "kwargs": {"initial": "C"},
                            "reference_kwargs": {"initial": C}},
    "FirmButFair": {"class": "FirmButFair"},
    "StochasticCooperator": {"class": "StochasticCooperator"},
    "StochasticWSLS": {"class": "StochasticWSLS"},
    "StochasticWSLS(0.3)": {"class": "StochasticWSLS", "kwargs": {"ep": 0.3}},
    "SoftJoss": {"class": "SoftJoss"},
    "SoftJoss(0.4)": {"class": "SoftJoss", "kwargs": {"q": 0.4}},
    "ALLCorALLD": {"class": "ALLCorALLD"},
    "ReactivePlayer(0.8,0.3)": {"class": "ReactivePlayer", "kwargs": {"probabilities": [0.8, 0.3]}},
    "ReactivePlayer(1,0)": {"class": "ReactivePlayer", "kwargs": {"probabilities": [1.0, 0.0]}},
}
