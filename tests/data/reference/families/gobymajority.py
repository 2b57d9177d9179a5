"""The majority rules added from gobymajority.py against the fixed sequences (GoByMajority is in classic)."""

PLAYERS = {
    "GoByMajority(7)": {"class": "GoByMajority", "kwargs": {"memory_depth": 7}},
    "GoByMajority(hard)": {"class": "GoByMajority", "kwargs": {"soft": False}},
    "GoByMajority40": {"class": "GoByMajority40"},
    "GoByMajority20": {"class": "GoByMajority20"},
    "GoByMajority10": {"class": "GoByMajority10"},
    "GoByMajority5": {"class": "GoByMajority5"},
    "HardGoByMajority": {"class": "HardGoByMajority"},
    "HardGoByMajority(3)": {"class": "HardGoByMajority", "kwargs": {"memory_depth": 3}},
    "HardGoByMajority40": {"class": "HardGoByMajority40"},
    "HardGoByMajority20": {"class": "HardGoByMajority20"},
    "HardGoByMajority10": {"class": "HardGoByMajority10"},
    "HardGoByMajority5": {"class": "HardGoByMajority5"},
}
