"""Adaptive (adaptive.py) against the fixed sequences."""

try:  # the generator runs this file where Axelrod-Python is installed; the tests never import it
    from axelrod.action import str_to_actions
except ImportError:
    def str_to_actions(moves):
        return moves

PLAYERS = {
    "Adaptive": {"class": "Adaptive"},
    "Adaptive(CD)": {"class": "Adaptive", "kwargs": {"initial_plays": "CD"},
                     "reference_kwargs": {"initial_plays": list(str_to_actions("CD"))}},
    "Adaptive(DDDC)": {"class": "Adaptive", "kwargs": {"initial_plays": "DDDC"},
                       "reference_kwargs": {"initial_plays": list(str_to_actions("DDDC"))}},
}
