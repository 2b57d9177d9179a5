"""The neural-network players (strategies/ann.py) against the fixed sequences."""

import random

PLAYERS = {name: {"class": name} for name in ("EvolvedANN", "EvolvedANN5", "EvolvedANNNoise05")}

# The generic player with a small network of seeded random weights (17 * 3 + 2 * 3 of them).
_draw = random.Random(2017)
PLAYERS["ANN(3 hidden)"] = {
    "class": "ANN",
    "kwargs": {"num_features": 17, "num_hidden": 3, "weights": [round(_draw.uniform(-1, 1), 6) for _ in range(57)]},
}
PLAYERS["ANN(tit for tat)"] = {
    "class": "ANN",
    "kwargs": {"num_features": 17, "num_hidden": 1, "weights": [-2.0 if k == 9 else 0.0 for k in range(17)] + [1.0, 1.0]},
}
