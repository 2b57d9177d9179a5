"""Hidden Markov model players: Axelrod-Python 4.14's play on fixed sequences (in distribution), behaviour, promises."""

import math

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("hmm"))
def test_plays_as_the_reference_library(key):
    check_player("hmm", key)


TWO_STATES = {"transitions_C": [[0.8, 0.2], [0.3, 0.7]], "transitions_D": [[0.1, 0.9], [0, 1]],
              "emission_probabilities": [0.9, 0.2], "initial_state": 1, "initial_action": "D"}


@pytest.mark.parametrize("player", [
    axn.HMMPlayer(), axn.EvolvedHMM5(), axn.HMMPlayer(**TWO_STATES),
    axn.HMMPlayer([[0, 1], [1, 0]], [[1, 0], [0, 1]], [1, 0]),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_a_machine_of_zeros_and_ones_is_a_deterministic_state_machine():
    # State 0 cooperates, state 1 defects; a C moves to the other state, a D stays.
    player = axn.HMMPlayer([[0, 1], [1, 0]], [[1, 0], [0, 1]], [1, 0])
    assert not player.classifier.stochastic and player.classifier.memory_depth == math.inf
    versus_test(player, "CCDDCD", expected="CDCCCD")


def test_the_default_player_opens_with_c_then_cooperates_half_the_time():
    moves = "".join(versus(axn.HMMPlayer(), "C" * 200, seed=s)[0] for s in range(20))
    assert moves[::200] == "C" * 20
    assert abs(moves.count("C") / len(moves) - 0.5) < 0.05
    assert axn.HMMPlayer().classifier.memory_depth == 1


def test_evolved_hmm5_cooperates_with_a_cooperator():
    # State 3 opens C; after C it moves to the cooperating state 0 or stays in 3, both of which cooperate.
    for seed in range(10):
        versus_test(axn.EvolvedHMM5(), "C" * 30, expected="C" * 30, seed=seed)
    assert str(axn.EvolvedHMM5()) == "Evolved HMM 5" and axn.EvolvedHMM5().classifier.memory_depth == 5


def test_bad_machines_are_refused():
    with pytest.raises(ValueError, match="sum to 1"):
        axn.HMMPlayer([[0.5, 0.4], [0, 1]], [[1, 0], [0, 1]], [1, 0])
    with pytest.raises(ValueError, match="2 x 2"):
        axn.HMMPlayer([[1]], [[1, 0], [0, 1]], [1, 0])
    with pytest.raises(ValueError, match="initial_state"):
        axn.HMMPlayer([[1]], [[1]], [0.5], initial_state=1)
