"""The probers added to prober.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test

PROBE4 = "CCDCDDDCCDCDCCDCDDCD"


@pytest.mark.parametrize("key", keys("prober"))
def test_plays_as_the_reference_library(key):
    check_player("prober", key)


@pytest.mark.parametrize("player", [
    axn.CollectiveStrategy(), axn.Detective(), axn.Detective("CCD"), axn.Prober2(), axn.Prober3(), axn.Prober4(),
    axn.HardProber(), axn.NaiveProber(), axn.NaiveProber(0.0), axn.NaiveProber(1.0), axn.RemorsefulProber(),
    axn.RemorsefulProber(1.0), axn.RemorsefulProber(0.0),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_collective_strategy_handshake():
    versus_test(axn.CollectiveStrategy(), "CDCCDCC", expected="CDCCCDD")
    versus_test(axn.CollectiveStrategy(), "C", expected="CDDD", turns=4)
    result = axn.Match(axn.CollectiveStrategy(), axn.CollectiveStrategy(), turns=8).play()
    assert result.moves_a == "CD" + "C" * 6


def test_detective_exploits_an_opponent_that_never_retaliated():
    versus_test(axn.Detective(), "C", expected="CDCC" + "DDD", turns=7)
    versus_test(axn.Detective(), "CD", expected="CDCCDC")
    versus_test(axn.Detective("CCD"), "C", expected="CCDDD", turns=5)


def test_prober_2_3_and_hard_prober():
    versus_test(axn.Prober2(), "CDCDDD", expected="DCCCCC")
    versus_test(axn.Prober2(), "D", expected="DCCDDD", turns=6)
    versus_test(axn.Prober3(), "C", expected="DCDDD", turns=5)
    versus_test(axn.Prober3(), "CD", expected="DCDCDC", turns=6)
    versus_test(axn.HardProber(), "C", expected="DDCCDDD", turns=7)
    versus_test(axn.HardProber(), "D", expected="DDCCDD", turns=6)
    assert axn.Match(axn.HardProber(), axn.TitForTat(), turns=6).play().moves_a == "DDCCCC"


def test_prober_4_judges_the_opponent_by_its_answers_to_the_probe():
    versus_test(axn.Prober4(), "C", expected=PROBE4 + "DDD", turns=23)  # never provoked: exploited
    # Tit for tat's defections split 3 justified, 6 unjustified: peace, five Cs, then tit for tat.
    assert axn.Match(axn.Prober4(), axn.TitForTat(), turns=30).play().moves_a == PROBE4 + "C" * 10


def test_naive_prober_always_answers_a_defection():
    assert versus(axn.NaiveProber(0.0), "CDDC", 20)[0] == versus(axn.TitForTat(), "CDDC", 20)[0]
    versus_test(axn.NaiveProber(1.0), "C", expected="CDDDD", turns=5)
    for seed in range(20):
        result = axn.Match(axn.NaiveProber(0.5), axn.Random(0.5), turns=50, seed=seed).play()
        assert all(a == "D" for a, b in zip(result.moves_a[1:], result.moves_b) if b == "D")


def test_remorseful_prober_forgives_the_answer_to_its_probe():
    versus_test(axn.RemorsefulProber(1.0), "C", expected="CDDDD", turns=5)
    versus_test(axn.RemorsefulProber(1.0), "CD", expected="CDCDC", turns=5)
    versus_test(axn.RemorsefulProber(1.0), "D", expected="CDDD", turns=4)
    assert versus(axn.RemorsefulProber(0.0), "CDDC", 20)[0] == versus(axn.TitForTat(), "CDDC", 20)[0]
    assert not axn.RemorsefulProber(1.0).classifier.stochastic
