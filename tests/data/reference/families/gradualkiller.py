"""Gradual Killer (gradualkiller.py) against the fixed sequences."""

PLAYERS = {
    "GradualKiller": {"class": "GradualKiller"},
}
