"""Momentum (momentum.py) against the fixed sequences."""

PLAYERS = {
    "Momentum": {"class": "Momentum"},
    "Momentum(0.8,0.5)": {"class": "Momentum", "kwargs": {"alpha": 0.8, "threshold": 0.5}},
    "Momentum(0.95,0.9)": {"class": "Momentum", "kwargs": {"alpha": 0.95, "threshold": 0.9}},
}
