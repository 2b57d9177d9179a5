"""The meta players of meta.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("meta"))
def test_plays_as_the_reference_library(key):
    check_player("meta", key)


@pytest.mark.parametrize("player", [axn.MetaHunter(), axn.MetaHunterAggressive(), axn.MemoryDecay(),
                                    axn.MemoryDecay(0.5, 0.2, -1.0, 2.0, 5)], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_meta_hunter_defects_when_a_hunter_finds_prey():
    versus_test(axn.MetaHunter(), "D", expected="CCCCDDDDDD")  # Defector Hunter, from move 5
    versus_test(axn.MetaHunter(), "CCD", expected="C" * 6 + "D" * 24, turns=30)  # Cycle Hunter
    versus_test(axn.MetaHunter(), "CD", expected="C" * 6 + "D" * 14, turns=20)  # Alternator Hunter


def test_meta_hunter_leaves_cooperators_alone_but_not_a_steady_mix():
    versus_test(axn.MetaHunter(), "C", expected="C" * 150)
    # One defection among cooperations: both players' shares of cooperation stay steady over the
    # match, which is what Math Constant Hunter hunts (Axelrod-Python plays the same).
    versus_test(axn.MetaHunter(), "C" * 119 + "D" + "C" * 10, expected="C" * 120 + "D" * 10)
    versus_test(axn.MetaHunter(), "C" * 40 + "D" + "C" * 9, expected="C" * 41 + "D" * 9)


def test_meta_hunter_aggressive_also_hunts_cooperators():
    versus_test(axn.MetaHunterAggressive(), "C", expected="CCCCDDDDDD")
    versus_test(axn.MetaHunterAggressive(), "D", expected="CCCCDDDDDD")


def test_hunters_see_their_own_proposals_not_the_meta_players_moves():
    # Against a constant defector, Defector Hunter makes Meta Hunter defect from move 5 on; Math Constant
    # Hunter, which counts both players' cooperations, still sees its own all-C proposals and an all-D
    # opponent, so it never joins in; the match is the same as with Defector Hunter alone.
    assert versus(axn.MetaHunter(), "D", 60)[0] == versus(axn.DefectorHunter(), "D", 60)[0]


def test_meta_players_are_classified_as_in_the_reference_library():
    for cls in (axn.MetaHunter, axn.MetaHunterAggressive):
        assert not cls.classifier.stochastic and not cls.classifier.long_run_time
        assert cls.classifier.memory_depth == float("inf")
    assert axn.MemoryDecay().classifier.stochastic
    assert axn.MemoryDecay(0.0, 0.0).classifier.stochastic  # a flip or deletion would still pick at random


def test_memory_decay_starts_as_tit_for_tat():
    for seed in range(5):
        versus_test(axn.MemoryDecay(), "CDDCDCCDDC" + "CCCCC", expected="CCDDCDCCDDCCCCC", seed=seed)
    versus_test(axn.MemoryDecay(start_strategy_duration=3), "DDD", expected="CDD", seed=1)


def test_memory_decay_then_weighs_its_memory_of_the_opponent():
    for seed in range(5):
        versus_test(axn.MemoryDecay(), "C", expected="C" * 60, seed=seed)
        versus_test(axn.MemoryDecay(), "D", expected="C" + "D" * 59, seed=seed)
    # Two cooperations for each defection: 2 x 1 - 2 = 0 is not negative, so it cooperates after the start.
    opponent = "CCD" * 20
    moves = versus(axn.MemoryDecay(p_memory_delete=0.0, p_memory_alter=0.0), opponent)[0]
    assert moves[15:] == "C" * 45
    # With a defection weighing more, the same opponent is defected against (when the memory has a whole cycle).
    moves = versus(axn.MemoryDecay(p_memory_delete=0.0, p_memory_alter=0.0, loss_value=-3.0), opponent)[0]
    assert moves[15:] == "D" * 45


def test_memory_decay_checks_its_arguments():
    with pytest.raises(ValueError):
        axn.MemoryDecay(p_memory_delete=1.5)
    with pytest.raises(ValueError):
        axn.MemoryDecay(start_strategy_duration=0)


# 200-move games (the reference sequences have 100 moves, too few for the tit for tat after move 100):
# an opponent's moves and Axelrod-Python 4.14's moves for Meta Hunter and Meta Hunter Aggressive.
LONG_GAMES = [
    (
        "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCDDDCDCDDCDDDDDDDDDDDDDDCDCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDC"
        "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCDDDDDDDDDDDDDD",
        "CCCCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCCDCCCDCCCDCDDCCDCCCCCCDCDDDDDDDDCCDDDDDDDDDDDDDDDD"
        "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD",
        "CCCCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCCDCCCDCCCDCDDCCDCCCCCCDCDDDDDDDDCCDDDDDDDDDDDDDDDD"
        "DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCCDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD",
    ),
    (
        "DDDDCCDCDDDCCCDCCCCDCDDDDDDDCDDDDDCCCDDDDDCDCDCCDCDDCDDDDDDCDDDDDDCDCDDDDDCDDDDDDDDDDDDDDDCDDCDDDDDD"
        "DCCDDCDCDCDDDCDDDDDDCDDDDDDCDCDCDDDCCDDDCCDDDDDDCCDDDDDDCDDDDDDCCDDCDDDCCCDDDDDDDCCDDDDCDDDDCDCDCDDD",
        "CCCCDCCCCCDDDDDDDDDDCDDDDDCCCDDDCCCCCCCDDDCCDDDDDDDDDDDDDDDDDDDDDDDDDDCCCCCCCCCCDCDDDDCCCCCCDDDDDCDD"
        "CDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCDDDDDDDDDDDDDDDDD",
        "CCCCDCCCCCDDDDDDDDDDCDDDDDCCCDDDCCCCCCCDDDCCDDDDDDDDDDDDDDDDDDDDDDDDDDCCCCCCCCCCDCDDDDCCCCCCDDDDDCDD"
        "CDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDCDDDDDDDDDDDDDDDDD",
    ),
]


@pytest.mark.parametrize("game", range(len(LONG_GAMES)))
def test_meta_hunters_past_move_100_as_in_the_reference_library(game):
    opponent, hunter, aggressive = LONG_GAMES[game]
    versus_test(axn.MetaHunter(), opponent, expected=hunter)
    versus_test(axn.MetaHunterAggressive(), opponent, expected=aggressive)
