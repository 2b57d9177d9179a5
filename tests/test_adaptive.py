"""Adaptive: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test

OPENING = "CCCCCCDDDDD"


@pytest.mark.parametrize("key", keys("adaptive"))
def test_plays_as_the_reference_library(key):
    check_player("adaptive", key)


@pytest.mark.parametrize("player", [axn.Adaptive(), axn.Adaptive("CD")], ids=str)
def test_generic_promises(player):
    check_strategy(player)
    assert player.classifier.uses_payoffs


def test_adaptive_keeps_the_move_that_has_earned_more():
    versus_test(axn.Adaptive(), "C", expected=OPENING + "DDD", turns=14)  # 5 T = 25 beats 6 R = 18
    versus_test(axn.Adaptive(), "D", expected=OPENING + "DDD", turns=14)  # 5 P = 5 beats 6 S = 0
    # Against tit for tat: C earned 18, D 5 + 4 = 9, so it cooperates (and a sucker's 0 does not change that).
    assert axn.Match(axn.Adaptive(), axn.TitForTat(), turns=14).play().moves_a == OPENING + "CCC"
    versus_test(axn.Adaptive("CD"), "C", expected="CDDDD")


def test_adaptive_reads_the_payoffs_of_the_match():
    # With R = 4.5 six rewards (27) beat five temptations (25).
    game = axn.Game(4.5, 0, 5, 1)
    versus_test(axn.Adaptive(), "C", expected=OPENING + "CCC", turns=14, game=game)
