"""Second by Tester: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("tester"))
def test_plays_as_the_reference_library(key):
    check_player("tester", key)


def test_generic_promises():
    check_strategy(axn.SecondByTester())


def test_alternates_against_a_cooperator():
    versus_test(axn.SecondByTester(), "C", expected="DCCDCDCDCD", turns=10)


def test_apologises_then_plays_tit_for_tat():
    versus_test(axn.SecondByTester(), "CCCCDCDDCC", expected="DCCDCCCDDC")
    versus_test(axn.SecondByTester(), "D", expected="DCDDDD", turns=6)
    versus_test(axn.SecondByTester(), "CDCC", expected="DCCCCCD")  # the apology on move 3


def test_plays_as_second_by_gladstein_without_noise():
    for opponent in ("C", "D", "CD", "CCCCCD", "CCCCCCCCCCCD", "DCC"):
        assert versus(axn.SecondByTester(), opponent, 40) == versus(axn.SecondByGladstein(), opponent, 40)
