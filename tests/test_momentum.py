"""Momentum: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("momentum"))
def test_plays_as_the_reference_library(key):
    check_player("momentum", key)


@pytest.mark.parametrize("player", [axn.Momentum(), axn.Momentum(0.8, 0.5), axn.Momentum(0.0, 1.0)], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_four_defections_in_a_row_break_full_trust():
    # 0.9915 ** k: 0.9915, 0.983, 0.9746 stay above the threshold 0.9677; 0.9663 falls below it.
    versus_test(axn.Momentum(), "CCDDDDCC", expected="CCCCCCDD")
    versus_test(axn.Momentum(), "DDDDC", expected="CCCCDD", turns=6)


def test_a_cooperator_is_trusted_for_ever():
    versus_test(axn.Momentum(), "C", expected="C" * 50, turns=50)


def test_alpha_zero_is_tit_for_tat_with_threshold_one():
    versus_test(axn.Momentum(0.0, 1.0), "CDDCDCCD", expected="CCDDCDCC")


@pytest.mark.parametrize("kwargs", [{"alpha": 1.5}, {"alpha": -0.1}, {"threshold": "high"}])
def test_rejects_bad_parameters(kwargs):
    with pytest.raises((TypeError, ValueError)):
        axn.Momentum(**kwargs)
