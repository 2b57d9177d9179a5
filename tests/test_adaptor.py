"""The Adaptors: Axelrod-Python's moves in distribution, documented behaviour, generic promises."""

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus

INCREMENTS = {"AdaptorBrief": (0.0, -1.001505, 0.992107, -0.638734),
              "AdaptorLong": (0.0, 1.888159, 1.858883, -0.995703)}


@pytest.mark.parametrize("key", keys("adaptor"))
def test_plays_as_the_reference_library(key):
    check_player("adaptor", key)


@pytest.mark.parametrize("name", sorted(INCREMENTS))
def test_generic_promises(name):
    player = axn.CATALOGUE[name]()
    check_strategy(player)
    assert player.classifier.stochastic and player.classifier.memory_depth == float("inf")


def _chances(name, own, theirs):
    """The chance of C on each move given the moves played, from the documented score."""
    increments = INCREMENTS[name]
    score, chances = 0.0, []
    for k in range(len(own)):
        if k:
            score += increments[2 * (own[k - 1] == "D") + (theirs[k - 1] == "D")]
        chances.append(0.99 if -1.0 <= score < 1.0 else 0.01)
    return np.array(chances)


@pytest.mark.parametrize("name", sorted(INCREMENTS))
@pytest.mark.parametrize("opponent", ["C", "D", "CD", "CCD", "DDC"])
def test_cooperates_as_its_score_says(name, opponent):
    # Given the moves played, each move is C with the chance the score gives: check the calibration.
    agree, total = 0, 0
    for seed in range(60):
        own, theirs = versus(axn.CATALOGUE[name](), opponent, 50, seed=seed)
        chances = _chances(name, own, theirs)
        played = np.array([m == "C" for m in own])
        agree += np.sum(played == (chances > 0.5))
        total += len(own)
    assert agree / total > 0.97


def test_brief_turns_on_a_sucker_and_forgives_a_temptation():
    # After (C, D) the score is -1.0015: it defects; after a following (D, C), -0.0094: it cooperates.
    ones = [versus(axn.AdaptorBrief(), "DCCC", 4, seed=s)[0] for s in range(200)]
    assert sum(m == "CDCC" for m in ones) > 180


def test_long_forgives_after_a_mutual_defection():
    # From 0, (C, D) makes 1.888: it defects; (D, D) then brings 0.892: it cooperates again.
    ones = [versus(axn.AdaptorLong(), "DDCC", 4, seed=s)[0] for s in range(200)]
    assert sum(m == "CDCC" for m in ones) > 180
