"""The memory-one rules added to memoryone.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import math

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("memoryone"))
def test_plays_as_the_reference_library(key):
    check_player("memoryone", key)


@pytest.mark.parametrize("player", [
    axn.WinShiftLoseStay(), axn.WinShiftLoseStay("C"), axn.FirmButFair(), axn.StochasticCooperator(),
    axn.StochasticWSLS(), axn.StochasticWSLS(0.0), axn.SoftJoss(), axn.SoftJoss(1.0), axn.ALLCorALLD(),
    axn.ReactivePlayer((0.8, 0.3)), axn.ReactivePlayer((1, 0)), axn.ReactivePlayer((1, 1)),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def outcome_rates(player, seeds=range(300), turns=60):
    """How often ``player`` cooperated after each outcome CC, CD, DC, DD (own move first) against Random(0.5)."""
    chosen = np.zeros(4)
    cooperated = np.zeros(4)
    for seed in seeds:
        moves = axn.Match(player, axn.Random(0.5), turns=turns, seed=seed).play().moves
        outcome = 2 * moves[0, :-1].astype(int) + moves[1, :-1]
        chosen += np.bincount(outcome, minlength=4)
        cooperated += np.bincount(outcome, weights=moves[0, 1:] == 0, minlength=4)
    return cooperated / chosen, chosen


@pytest.mark.parametrize("player, vector", [
    (axn.FirmButFair(), (1, 0, 1, 2 / 3)),
    (axn.StochasticCooperator(), (0.935, 0.229, 0.266, 0.42)),
    (axn.StochasticWSLS(), (0.95, 0.05, 0.05, 0.95)),
    (axn.StochasticWSLS(0.3), (0.7, 0.3, 0.3, 0.7)),
    (axn.SoftJoss(), (1, 0.1, 1, 0.1)),
    (axn.ReactivePlayer((0.8, 0.3)), (0.8, 0.3, 0.8, 0.3)),
], ids=str)
def test_cooperation_rates_follow_the_four_vector(player, vector):
    rates, chosen = outcome_rates(player)
    vector = np.array(vector, dtype=float)
    errors = np.sqrt(vector * (1 - vector) / chosen)
    assert np.all(np.abs(rates - vector) <= 5 * errors + 1e-12), (rates, vector)


def test_win_shift_lose_stay_cooperates_after_unequal_moves():
    versus_test(axn.WinShiftLoseStay(), "CCDD", expected="DCDD")
    versus_test(axn.WinShiftLoseStay(), "C", expected="DCDCDC", turns=6)
    versus_test(axn.WinShiftLoseStay("C"), "C", expected="CDCDCD", turns=6)
    assert not axn.WinShiftLoseStay().classifier.stochastic


def test_firm_but_fair_defects_only_after_the_sucker_payoff():
    versus_test(axn.FirmButFair(), "CDCC", expected="CCDC", seed=2)


def test_soft_joss_and_stochastic_wsls_extremes_are_named_rules():
    for pattern in ("CCD", "DDC", "CDDC"):
        assert versus(axn.SoftJoss(1.0), pattern, 20)[0] == versus(axn.TitForTat(), pattern, 20)[0]
        assert versus(axn.SoftJoss(0.0), pattern, 20)[0] == "C" * 20
        assert versus(axn.StochasticWSLS(0.0), pattern, 20)[0] == versus(axn.WinStayLoseShift(), pattern, 20)[0]
        assert versus(axn.ReactivePlayer((1, 0)), pattern, 20)[0] == versus(axn.TitForTat(), pattern, 20)[0]
    assert not axn.SoftJoss(1.0).classifier.stochastic and axn.SoftJoss().classifier.stochastic


def test_allc_or_alld_repeats_its_first_move():
    firsts = []
    for seed in range(400):
        moves = versus(axn.ALLCorALLD(), "CDDC", 12, seed=seed)[0]
        assert moves == moves[0] * 12
        firsts.append(moves[0] == "C")
    assert abs(np.mean(firsts) - 0.6) < 5 * math.sqrt(0.24 / 400)


def test_reactive_player_classifier_and_checks():
    assert axn.ReactivePlayer((1, 1)).classifier.memory_depth == 0
    assert axn.ReactivePlayer((0.5, 0.5)).classifier.memory_depth == 1
    assert not axn.ReactivePlayer((1, 0)).classifier.stochastic
    with pytest.raises(ValueError, match="probabilities"):
        axn.ReactivePlayer((0.5, 0.2, 0.1))
    assert axn.ReactivePlayer() == axn.ReactivePlayer((1, 0))  # tit for tat by default
