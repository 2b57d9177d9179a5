"""The probers added from prober.py against the fixed sequences (Prober itself is in classic)."""

try:  # the generator runs this file where Axelrod-Python is installed; the tests never import it
    from axelrod.action import str_to_actions
except ImportError:
    def str_to_actions(moves):
        return moves

PLAYERS = {
    "CollectiveStrategy": {"class": "CollectiveStrategy"},
    "Detective": {"class": "Detective"},
    "Detective(CCD)": {"class": "Detective", "kwargs": {"initial_actions": "CCD"},
                       "reference_kwargs": {"initial_actions": list(str_to_actions("CCD"))}},
    "Prober2": {"class": "Prober2"},
    "Prober3": {"class": "Prober3"},
    "Prober4": {"class": "Prober4"},
    "HardProber": {"class": "HardProber"},
    "NaiveProber": {"class": "NaiveProber"},
    "NaiveProber(0.4)": {"class": "NaiveProber", "kwargs": {"p": 0.4}},
    "RemorsefulProber": {"class": "RemorsefulProber"},
    "RemorsefulProber(0.4)": {"class": "RemorsefulProber", "kwargs": {"p": 0.4}},
    "RemorsefulProber(1)": {"class": "RemorsefulProber", "kwargs": {"p": 1.0}},
}
