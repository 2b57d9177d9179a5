"""The zero-determinant players of zero_determinant.py: Axelrod-Python's moves in distribution, documented behaviour."""

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy


@pytest.mark.parametrize("key", keys("zero_determinant"))
def test_plays_as_the_reference_library(key):
    check_player("zero_determinant", key)


PLAYERS = [axn.LRPlayer(), axn.LRPlayer(0.1, 0.5, 2.0), axn.ZDExtortion(), axn.ZDExtort2v2(), axn.ZDExtort3(),
           axn.ZDExtort4(), axn.ZDGen2(), axn.ZDMischief(), axn.ZDSet2()]


@pytest.mark.parametrize("player", PLAYERS, ids=str)
def test_generic_promises(player):
    check_strategy(player)
    assert player.classifier == axn.Classifier(stochastic=True, memory_depth=1, uses_payoffs=True)


@pytest.mark.parametrize("player, vector", [
    (axn.ZDExtortion(), (0.64, 0.18, 0.28, 0)),
    (axn.ZDExtort2v2(), (7 / 8, 7 / 16, 3 / 8, 0)),
    (axn.ZDExtort3(), (11 / 13, 1 / 2, 7 / 26, 0)),
    (axn.ZDExtort4(), (11 / 17, 0, 8 / 17, 0)),
    (axn.ZDGen2(), (1, 9 / 16, 1 / 2, 1 / 8)),
    (axn.ZDMischief(), (0.8, 0.6, 0.1, 0)),
    (axn.ZDSet2(), (3 / 4, 1 / 4, 1 / 2, 1 / 4)),
], ids=str)
def test_four_vectors_in_the_usual_game(player, vector):
    assert player.four_vector() == pytest.approx(vector, abs=1e-12)


def test_equaliser_holds_the_opponents_score_at_its_baseline():
    # ZD-SET-2 (slope 0) pins the opponent's long-run average payoff at l = 2, whatever it plays.
    for opponent in (axn.Cooperator(), axn.Defector(), axn.Random(0.3), axn.Alternator()):
        scores = [axn.Match(axn.ZDSet2(), opponent, turns=2000, seed=s).play().scores[1] / 2000 for s in range(3)]
        assert abs(np.mean(scores) - 2.0) < 0.1, (opponent, scores)


def test_extortioner_takes_the_larger_share_of_any_surplus():
    # ZD-Extort-2 v2: S_Y - 1 = (S_X - 1) / 2 in the long run.
    result = [axn.Match(axn.ZDExtort2v2(), axn.Cooperator(), turns=3000, seed=s).play() for s in range(3)]
    own = np.mean([r.scores[0] for r in result]) / 3000
    theirs = np.mean([r.scores[1] for r in result]) / 3000
    assert abs((theirs - 1) - (own - 1) / 2) < 0.1


def test_unenforceable_parameters_fail_the_match():
    with pytest.raises(ValueError, match="baseline"):
        axn.LRPlayer(l=0.5).four_vector()
    with pytest.raises(ValueError, match="baseline"):
        axn.Match(axn.LRPlayer(l=0.5), axn.TitForTat(), turns=3).play()
    with pytest.raises(ValueError, match="phi"):
        axn.Match(axn.LRPlayer(phi=2.0), axn.TitForTat(), turns=3).play()
    with pytest.raises(ValueError):
        axn.LRPlayer(s=1.5)
