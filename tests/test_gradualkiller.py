"""Gradual Killer: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("gradualkiller"))
def test_plays_as_the_reference_library(key):
    check_player("gradualkiller", key)


def test_generic_promises():
    check_strategy(axn.GradualKiller())


def test_gradual_killer_sorts_opponents_by_moves_six_and_seven():
    versus_test(axn.GradualKiller(), "C", expected="DDDDDCCCCC", turns=10)
    versus_test(axn.GradualKiller(), "D", expected="DDDDDCCDDD", turns=10)
    versus_test(axn.GradualKiller(), "DDDDDDCDDD", expected="DDDDDCCCCC")
    result = axn.Match(axn.GradualKiller(), axn.TitForTat(), turns=10).play()
    assert result.moves_a == "DDDDDCCCCC"
