"""The hidden Markov model players (strategies/hmm.py) against the fixed sequences."""

PLAYERS = {
    "HMMPlayer": {"class": "HMMPlayer"},
    "EvolvedHMM5": {"class": "EvolvedHMM5"},
    "HMMPlayer(2 states)": {
        "class": "HMMPlayer",
        "kwargs": {
            "transitions_C": [[0.8, 0.2], [0.3, 0.7]],
            "transitions_D": [[0.1, 0.9], [0, 1]],
            "emission_probabilities": [0.9, 0.2],
            "initial_state": 1,
        },
        "reference_kwargs": {
            "transitions_C": [[0.8, 0.2], [0.3, 0.7]],
            "transitions_D": [[0.1, 0.9], [0, 1]],
            "emission_probabilities": [0.9, 0.2],
            "initial_state": 1,
        },
    },
}
