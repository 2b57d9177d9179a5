"""The retaliators of retaliate.py: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("retaliate"))
def test_plays_as_the_reference_library(key):
    check_player("retaliate", key)


@pytest.mark.parametrize("player", [
    axn.Retaliate(), axn.Retaliate2(), axn.Retaliate3(), axn.Retaliate(0.5), axn.LimitedRetaliate(),
    axn.LimitedRetaliate2(), axn.LimitedRetaliate3(), axn.LimitedRetaliate(0.3, 3),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_retaliate_defects_until_it_has_won_enough_rounds_back():
    # One lost round; ten won rounds bring 1 > 10 * 0.1 to an end.
    versus_test(axn.Retaliate(), "CD" + "C" * 11, expected="CC" + "D" * 10 + "C")
    versus_test(axn.Retaliate(0.5), "CDCCC", expected="CCDDC")
    assert axn.Retaliate2().retaliation_threshold == 0.08 and axn.Retaliate3().retaliation_threshold == 0.05
    assert str(axn.Retaliate2()) == "Retaliate 2: 0.08"


def test_limited_retaliate_pauses_after_its_limit():
    versus_test(axn.LimitedRetaliate(0.1, 3), "CD" + "C" * 10, expected="CCDDDCDDDCDD")
    versus_test(axn.LimitedRetaliate(), "CD" + "C" * 12, expected="CC" + "D" * 10 + "CC")
    assert (axn.LimitedRetaliate2().retaliation_threshold, axn.LimitedRetaliate2().retaliation_limit) == (0.08, 15)
    assert (axn.LimitedRetaliate3().retaliation_threshold, axn.LimitedRetaliate3().retaliation_limit) == (0.05, 20)


@pytest.mark.parametrize("kwargs", [{"retaliation_threshold": -0.1}, {"retaliation_limit": -1},
                                    {"retaliation_limit": 2.5}])
def test_limited_retaliate_rejects_bad_parameters(kwargs):
    with pytest.raises((TypeError, ValueError)):
        axn.LimitedRetaliate(**kwargs)
