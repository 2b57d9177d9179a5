"""Named cyclers: Axelrod-Python 4.14's moves on fixed sequences, their documented patterns, the generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.strategies import cycler
from axelrod_nl.testing import check_strategy, versus_test

CLASSES = [cls for name, cls in axn.CATALOGUE.items() if cls.__module__ == cycler.__name__]


@pytest.mark.parametrize("key", keys("cycler"))
def test_plays_as_the_reference_library(key):
    check_player("cycler", key)


def test_every_named_cycler_has_reference_moves():
    assert {cls.__name__ for cls in CLASSES} == set(keys("cycler"))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_generic_promises(cls):
    check_strategy(cls())


@pytest.mark.parametrize("cls, pattern, depth", [
    (cycler.CyclerDC, "DC", 1), (cycler.CyclerCCD, "CCD", 2), (cycler.CyclerDDC, "DDC", 2),
    (cycler.CyclerCCCD, "CCCD", 3), (cycler.CyclerCCCCCD, "CCCCCD", 5), (cycler.CyclerCCCDCD, "CCCDCD", 5),
])
def test_named_cyclers_repeat_their_pattern_whatever_the_opponent_does(cls, pattern, depth):
    player = cls()
    versus_test(player, "CDDCDDDCCD" * 3, expected=(pattern * 30)[:30])
    assert player.classifier.memory_depth == depth
    assert str(player) == player.name == "Cycler " + pattern


def test_a_named_cycler_with_another_pattern_shows_it():
    player = cycler.CyclerDC("CCD")
    assert str(player) == "Cycler DC: CCD" and player.classifier.memory_depth == 2


def test_anti_cycler_plays_growing_runs_of_cooperation():
    versus_test(cycler.AntiCycler(), "D" * 20, expected="CDDCDCCDCCCDCCCCDCCC")
