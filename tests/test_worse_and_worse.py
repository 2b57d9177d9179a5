"""Worse and Worse, its variants and Better and Better: Axelrod-Python's moves in distribution, documented behaviour."""

import math

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("worse_and_worse"))
def test_plays_as_the_reference_library(key):
    check_player("worse_and_worse", key)


@pytest.mark.parametrize("player", [axn.WorseAndWorse(), axn.KnowledgeableWorseAndWorse(), axn.WorseAndWorse2(),
                                    axn.WorseAndWorse3(), axn.BetterAndBetter()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def cooperation_by_move(player, pattern, turns, seeds=range(300), **options):
    counts = np.zeros(turns)
    for seed in seeds:
        counts += np.frombuffer(versus(player, pattern, turns, seed=seed, **options)[0].encode(), np.uint8) == ord("C")
    return counts / len(seeds)


def test_worse_and_worse_and_better_and_better_drift_with_the_move_number():
    turns, games = 100, 300
    expected = np.mean((np.arange(turns) + 1) / 1000)  # probability of D (Worse) and of C (Better)
    bound = 5 * math.sqrt(expected * (1 - expected) / (turns * games))
    assert abs(1 - cooperation_by_move(axn.WorseAndWorse(), "C", turns).mean() - expected) < bound
    assert abs(cooperation_by_move(axn.BetterAndBetter(), "C", turns).mean() - expected) < bound


def test_knowledgeable_worse_and_worse_uses_the_announced_length():
    rates = cooperation_by_move(axn.KnowledgeableWorseAndWorse(), "C", 10)
    assert rates[-1] == 0.0  # the last move is a certain defection
    assert abs(rates[0] - 0.9) < 5 * math.sqrt(0.09 / 300)
    assert versus(axn.KnowledgeableWorseAndWorse(), "C", 10, announce_length=False)[0] == "C" * 10
    assert axn.KnowledgeableWorseAndWorse().classifier.uses_length


def test_worse_and_worse_2_plays_tit_for_tat_for_twenty_moves():
    for seed in range(5):
        versus_test(axn.WorseAndWorse2(), "CD", expected="CC" + "DC" * 9, seed=seed)
    rates = cooperation_by_move(axn.WorseAndWorse2(), "C", 40)
    assert abs(rates[39] - 0.5) < 5 * math.sqrt(0.25 / 300)  # 20 / 40


def test_worse_and_worse_3_defects_at_the_opponents_rate():
    versus_test(axn.WorseAndWorse3(), "C", expected="C" * 10, seed=4)
    versus_test(axn.WorseAndWorse3(), "D", expected="CDDDD", seed=4)
    rates = cooperation_by_move(axn.WorseAndWorse3(), "CD", 41)
    assert abs(rates[40] - 0.5) < 5 * math.sqrt(0.25 / 300)
