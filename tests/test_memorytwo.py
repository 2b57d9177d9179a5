"""The memory-two rules of memorytwo.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test

TF2T = (1, 1, 1, 0) * 4


@pytest.mark.parametrize("key", keys("memorytwo"))
def test_plays_as_the_reference_library(key):
    check_player("memorytwo", key)


@pytest.mark.parametrize("player", [
    axn.MemoryTwoPlayer(), axn.MemoryTwoPlayer(TF2T), axn.MemoryTwoPlayer([0.5] * 16, "DC"),
    axn.AON2(), axn.DelayedAON1(), axn.MEM2(),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_memory_two_player_reads_its_vector_own_pair_first():
    versus_test(axn.MemoryTwoPlayer(TF2T, "DC"), "DDCDD", expected="DCDCC")
    for pattern in ("CDD", "DDC", "CCDD"):
        assert versus(axn.MemoryTwoPlayer(TF2T), pattern, 20)[0] == versus(axn.TitFor2Tats(), pattern, 20)[0]
    assert versus(axn.MemoryTwoPlayer(), "D", 10)[0] == "C" * 10


def test_memory_two_classifier_follows_the_vector():
    assert axn.MemoryTwoPlayer().classifier.memory_depth == 0
    assert axn.MemoryTwoPlayer(TF2T).classifier == axn.Classifier(False, 2)
    # Depends only on the last round: tit for tat as sixteen values.
    assert axn.MemoryTwoPlayer((1, 0, 1, 0) * 4).classifier.memory_depth == 1
    assert axn.MemoryTwoPlayer([0.5] * 16).classifier.stochastic


@pytest.mark.parametrize("args", [((1,) * 15,), ((1,) * 16, "C"), ((1,) * 16, "CCD"), ((2,) + (1,) * 15,)])
def test_memory_two_player_rejects_bad_arguments(args):
    with pytest.raises((TypeError, ValueError)):
        axn.MemoryTwoPlayer(*args)


def test_aon2_cooperates_when_the_last_two_moves_agree():
    versus_test(axn.AON2(), "C", expected="C" * 8, turns=8)
    versus_test(axn.AON2(), "D", expected="CCDDCDDC", turns=8)


def test_delayed_aon1():
    versus_test(axn.DelayedAON1(), "D", expected="CCDCDC", turns=6)
    versus_test(axn.DelayedAON1(), "C", expected="C" * 8, turns=8)


def test_mem2_switches_every_two_moves_and_settles_on_defection():
    versus_test(axn.MEM2(), "D", expected="CDDDDDDD", turns=8)
    versus_test(axn.MEM2(), "C", expected="C" * 8, turns=8)
    versus_test(axn.MEM2(), "DC", expected="CDCCDDDD", turns=8)
