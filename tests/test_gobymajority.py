"""The majority rules added to gobymajority.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus

FIXED = {"GoByMajority40": (40, True), "GoByMajority20": (20, True), "GoByMajority10": (10, True),
         "GoByMajority5": (5, True), "HardGoByMajority40": (40, False), "HardGoByMajority20": (20, False),
         "HardGoByMajority10": (10, False), "HardGoByMajority5": (5, False)}


@pytest.mark.parametrize("key", keys("gobymajority"))
def test_plays_as_the_reference_library(key):
    check_player("gobymajority", key)


@pytest.mark.parametrize("player", [axn.HardGoByMajority(), axn.HardGoByMajority(3)]
                         + [axn.CATALOGUE[name]() for name in FIXED], ids=str)
def test_generic_promises(player):
    check_strategy(player)


@pytest.mark.parametrize("name", sorted(FIXED))
def test_fixed_windows_play_as_go_by_majority_with_that_window(name):
    window, soft = FIXED[name]
    player = axn.CATALOGUE[name]()
    assert str(player) == ("Soft" if soft else "Hard") + f" Go By Majority: {window}"
    assert player.classifier.memory_depth == window
    for pattern in ("CDD", "DDC", "CCCCCCDDDDDDDDDDDDD", "DCDCDDCDCCD"):
        assert versus(player, pattern, 120)[0] == versus(axn.GoByMajority(window, soft=soft), pattern, 120)[0]


def test_hard_go_by_majority_is_go_by_majority_without_softness():
    assert str(axn.HardGoByMajority()) == "Hard Go By Majority"
    assert str(axn.HardGoByMajority(5)) == "Hard Go By Majority: 5"
    assert axn.HardGoByMajority(float("inf")) == axn.HardGoByMajority()
    assert axn.HardGoByMajority(5).classifier.memory_depth == 5
    for depth in (None, 3):
        for pattern in ("CDD", "CCDC", "DCDDCC"):
            assert (versus(axn.HardGoByMajority(depth), pattern, 30)[0]
                    == versus(axn.GoByMajority(depth, soft=False), pattern, 30)[0])
    with pytest.raises(ValueError, match="memory_depth"):
        axn.HardGoByMajority(0)
