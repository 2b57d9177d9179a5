"""Worse and Worse and Better and Better (worse_and_worse.py, better_and_better.py) against the fixed sequences."""

PLAYERS = {
    "WorseAndWorse": {"class": "WorseAndWorse"},
    "KnowledgeableWorseAndWorse": {"class": "KnowledgeableWorseAndWorse"},
    "WorseAndWorse2": {"class": "WorseAndWorse2"},
    "WorseAndWorse3": {"class": "WorseAndWorse3"},
    "BetterAndBetter": {"class": "BetterAndBetter"},
}
