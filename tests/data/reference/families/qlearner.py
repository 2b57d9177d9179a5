"""The Q-learners (qlearner.py) against the fixed sequences."""

PLAYERS = {
    "RiskyQLearner": {"class": "RiskyQLearner"},
    "ArrogantQLearner": {"class": "ArrogantQLearner"},
    "HesitantQLearner": {"class": "HesitantQLearner"},
    "CautiousQLearner": {"class": "CautiousQLearner"},
}
