"""The zero-determinant players added from zero_determinant.py (ZDExtort2 and ZDGTFT2 are in classic)."""

try:  # the generator runs this file where Axelrod-Python is installed; the tests never import it
    import axelrod
    from axelrod.strategies.zero_determinant import LRPlayer
    axelrod.LRPlayer = LRPlayer  # not exported at the top level, where the generator looks classes up
except ImportError:
    pass

PLAYERS = {
    "LRPlayer": {"class": "LRPlayer"},
    "LRPlayer(0.1,0.5,2)": {"class": "LRPlayer", "kwargs": {"phi": 0.1, "s": 0.5, "l": 2.0}},
    "ZDExtortion": {"class": "ZDExtortion"},
    "ZDExtort2v2": {"class": "ZDExtort2v2"},
    "ZDExtort3": {"class": "ZDExtort3"},
    "ZDExtort4": {"class": "ZDExtort4"},
    "ZDGen2": {"class": "ZDGen2"},
    "ZDMischief": {"class": "ZDMischief"},
    "ZDSet2": {"class": "ZDSet2"},
}
