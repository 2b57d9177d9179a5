"""Frequency Analyzer: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import random

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("frequency_analyzer"))
def test_plays_as_the_reference_library(key):
    check_player("frequency_analyzer", key)


def test_generic_promises():
    check_strategy(axn.FrequencyAnalyzer())


@pytest.mark.parametrize("seed", range(5))
def test_plays_tit_for_tat_for_thirty_moves(seed):
    draw = random.Random(seed)
    opponent = "".join(draw.choice("CD") for _ in range(30))
    versus_test(axn.FrequencyAnalyzer(), opponent, expected="C" + opponent[:29])


def test_a_cooperator_and_a_defector_meet_tit_for_tat():
    versus_test(axn.FrequencyAnalyzer(), "C", expected="C" * 80, turns=80)
    versus_test(axn.FrequencyAnalyzer(), "D", expected="C" + "D" * 79, turns=80)


def test_predicts_the_reply_to_a_pair_of_rounds():
    # Against C, D, C, D, ... tit for tat would defect on move 31; the last two rounds, (C, D) then (D, C)
    # opponent's move first, have been followed by C twelve times in 30 moves, 0.4 > 0.25: it cooperates.
    own, _ = versus(axn.FrequencyAnalyzer(), "CD", 31)
    assert own == "C" + "CD" * 14 + "C" + "C"


def test_divides_by_the_moves_played_not_the_replies_tallied():
    # The opponent cooperates nine times in ten, but each pair of rounds is tallied a few times in 60 moves:
    # after the first thirty moves it mostly defects.
    own, _ = versus(axn.FrequencyAnalyzer(), "CCCCCCCCCD", 60)
    assert own[:30] == "C" + ("CCCCCCCCCD" * 3)[:29]
    assert own[40:].count("D") >= 15
