"""The punishers of punisher.py: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("punisher"))
def test_plays_as_the_reference_library(key):
    check_player("punisher", key)


@pytest.mark.parametrize("player", [axn.Punisher(), axn.InversePunisher(), axn.LevelPunisher(),
                                    axn.TrickyLevelPunisher()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_punisher_punishes_in_proportion_to_the_opponents_defections():
    # One defection in four moves: floor(20 / 4) = 5 defections after the first.
    versus_test(axn.Punisher(), "CCCD" + "C" * 8, expected="CCCC" + "D" * 6 + "CC")
    # One in 21: floor(20 / 21) = 0, the triggering defection alone.
    versus_test(axn.Punisher(), "C" * 20 + "DCC", expected="C" * 21 + "DC")


def test_inverse_punisher_punishes_in_proportion_to_the_opponents_cooperations():
    versus_test(axn.InversePunisher(), "CCCD" + "C" * 8, expected="CCCC" + "D" * 8)  # 15 more
    versus_test(axn.InversePunisher(), "DCCCC", expected="CDDCC")  # at least one more


def test_level_punisher_defects_above_twenty_percent_after_ten_moves():
    versus_test(axn.LevelPunisher(), "CCCCD", expected="C" * 15, turns=15)  # exactly 20%
    versus_test(axn.LevelPunisher(), "CCD", expected="C" * 10 + "D" * 5, turns=15)


def test_tricky_level_punisher_thresholds():
    versus_test(axn.TrickyLevelPunisher(), "D" + "C" * 24, expected="C" + "D" * 19 + "C" * 5)
    versus_test(axn.TrickyLevelPunisher(), "C" * 19 + "D", expected="C" * 60, turns=60)  # 5% exactly
    versus_test(axn.TrickyLevelPunisher(), "D", expected="C" + "D" * 99 + "CC", turns=102)
