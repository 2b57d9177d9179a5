"""Bush Mosteller: Axelrod-Python's moves in distribution, documented behaviour."""

import math

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus


@pytest.mark.parametrize("key", keys("bush_mosteller"))
def test_plays_as_the_reference_library(key):
    check_player("bush_mosteller", key)


@pytest.mark.parametrize("player", [axn.BushMosteller(), axn.BushMosteller(0.8, 0.2, 2.0, 0.3),
                                    axn.BushMosteller(1.0, 0.0)], ids=str)
def test_generic_promises(player):
    check_strategy(player)
    assert player.classifier.stochastic and player.classifier.uses_payoffs


def test_first_move_follows_the_starting_weights():
    firsts = [versus(axn.BushMosteller(0.8, 0.2), "C", 1, seed=s)[0] == "C" for s in range(400)]
    assert abs(np.mean(firsts) - 0.8) < 5 * math.sqrt(0.16 / 400)


def test_a_move_without_weight_is_never_played():
    for seed in range(5):
        assert versus(axn.BushMosteller(1.0, 0.0), "D", 30, seed=seed)[0] == "C" * 30
        assert versus(axn.BushMosteller(0.0, 1.0), "C", 30, seed=seed)[0] == "D" * 30


def test_rewarded_cooperation_becomes_habit():
    # Against a cooperator, R = 3 is above the aspiration 5/3 and T = 5 is the top payoff: both moves are
    # reinforced, each when it is played; against a defector S = 0 punishes C and P = 1 punishes D.
    late = np.mean([versus(axn.BushMosteller(), "D", 60, seed=s)[0][40:].count("C") for s in range(100)]) / 20
    assert 0.0 < late < 1.0


@pytest.mark.parametrize("kwargs", [{"c_prob": 0.0, "d_prob": 0.0}, {"aspiration_level_divider": 1.0},
                                    {"aspiration_level_divider": 0.0}, {"learning_rate": 1.5}, {"c_prob": 2}])
def test_rejects_bad_parameters(kwargs):
    with pytest.raises((TypeError, ValueError)):
        axn.BushMosteller(**kwargs)
