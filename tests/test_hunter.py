"""The hunters of hunter.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("hunter"))
def test_plays_as_the_reference_library(key):
    check_player("hunter", key)


@pytest.mark.parametrize("player", [axn.DefectorHunter(), axn.CooperatorHunter(), axn.AlternatorHunter(),
                                    axn.CycleHunter(), axn.EventualCycleHunter(), axn.MathConstantHunter(),
                                    axn.RandomHunter()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_defector_and_cooperator_hunters():
    versus_test(axn.DefectorHunter(), "D", expected="CCCCDDD", turns=7)
    versus_test(axn.DefectorHunter(), "DDDDCD", expected="CCCCDC")
    versus_test(axn.CooperatorHunter(), "C", expected="CCCCDDD", turns=7)
    versus_test(axn.CooperatorHunter(), "CCCCCDC", expected="CCCCDDC")


def test_alternator_hunter_judges_the_first_six_moves_only():
    versus_test(axn.AlternatorHunter(), "CD", expected="C" * 6 + "DDD", turns=9)
    versus_test(axn.AlternatorHunter(), "CDCDCC" + "CD" * 5, expected="C" * 16)
    versus_test(axn.AlternatorHunter(), "CCCDCDCDCD", expected="C" * 10)


def test_cycle_hunters():
    versus_test(axn.CycleHunter(), "CCD", expected="C" * 6 + "DDD", turns=9)
    versus_test(axn.CycleHunter(), "CD", expected="C" * 8 + "DD", turns=10)  # period 2 is too short; 4 is not
    versus_test(axn.CycleHunter(), "C", expected="C" * 20, turns=20)
    versus_test(axn.EventualCycleHunter(), "CCD", expected="C" * 20 + "D" * 10, turns=30)
    versus_test(axn.EventualCycleHunter(), "C", expected="C" * 30, turns=30)


def test_math_constant_and_random_hunters():
    versus_test(axn.MathConstantHunter(), "C", expected="C" * 12, turns=12)
    versus_test(axn.MathConstantHunter(), "CD", expected="C" * 8 + "D", turns=9)
    versus_test(axn.RandomHunter(), "C", expected="C" * 30, turns=30)
    versus_test(axn.RandomHunter(), "D", expected="C" * 30, turns=30)
    versus_test(axn.RandomHunter(), "CDDC", expected="C" * 11 + "D", turns=12)
