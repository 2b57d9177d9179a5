"""Neural-network players: Axelrod-Python 4.14's moves on fixed sequences, documented behaviour, promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("ann"))
def test_plays_as_the_reference_library(key):
    check_player("ann", key)


@pytest.mark.parametrize("player", [axn.ANN(), axn.EvolvedANN(), axn.EvolvedANN5(), axn.EvolvedANNNoise05()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_the_default_network_is_tit_for_tat():
    versus_test(axn.ANN(), "CDDCDCCD", expected="CCDDCDCC")


def test_the_round_number_feature_can_end_cooperation():
    # One unit that is 5 - turn: positive for the first five moves, then zero.
    weights = [0.0] * 16 + [-1.0] + [1.0, 5.0]
    versus_test(axn.ANN(num_hidden=1, weights=weights), "C" * 8, expected="CCCCCDDD")


def test_opponent_opening_features():
    # Cooperates only while the opponent's first move was D (feature 1) and its second C (feature 2).
    weights = [0.0, 1.0, 1.0] + [0.0] * 14 + [1.0, -1.5]
    versus_test(axn.ANN(num_hidden=1, weights=weights), "DCDD", expected="DDCC")
    versus_test(axn.ANN(num_hidden=1, weights=weights), "DDCC", expected="DDDD")


def test_bad_networks_are_refused():
    with pytest.raises(ValueError, match="57 numbers"):
        axn.ANN(num_hidden=3, weights=[0.0] * 19)
    with pytest.raises(ValueError):
        axn.ANN(num_features=16)
    with pytest.raises(ValueError):
        axn.ANN(weights=[float("nan")] * 19)
