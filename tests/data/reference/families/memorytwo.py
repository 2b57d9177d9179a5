"""The memory-two rules (memorytwo.py) against the fixed sequences."""

try:  # the generator runs this file where Axelrod-Python is installed; the tests never import it
    from axelrod.action import str_to_actions
except ImportError:
    def str_to_actions(moves):
        return moves

# Tit for two tats as a sixteen-vector: D only when the opponent's last two moves were both D.
TF2T = [1, 1, 1, 0] * 4
MIXED = [0.9, 0.2, 0.7, 0.1, 0.5, 0.3, 0.8, 0.0, 1.0, 0.4, 0.6, 0.2, 0.3, 0.7, 0.1, 0.5]

PLAYERS = {
    "MemoryTwoPlayer": {"class": "MemoryTwoPlayer"},
    "MemoryTwoPlayer(TF2T,DC)": {"class": "MemoryTwoPlayer", "kwargs": {"sixteen_vector": TF2T, "initial": "DC"},
                                 "reference_kwargs": {"sixteen_vector": TF2T, "initial": str_to_actions("DC")}},
    "MemoryTwoPlayer(mixed)": {"class": "MemoryTwoPlayer", "kwargs": {"sixteen_vector": MIXED, "initial": "CD"},
                               "reference_kwargs": {"sixteen_vector": MIXED, "initial": str_to_actions("CD")}},
    "AON2": {"class": "AON2"},
    "DelayedAON1": {"class": "DelayedAON1"},
    "MEM2": {"class": "MEM2"},
}
