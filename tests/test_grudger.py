"""The grudgers of grudger.py: Axelrod-Python's moves on fixed sequences, documented behaviour, generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test


@pytest.mark.parametrize("key", keys("grudger"))
def test_plays_as_the_reference_library(key):
    check_player("grudger", key)


@pytest.mark.parametrize("player", [
    axn.ForgetfulGrudger(), axn.OppositeGrudger(), axn.Aggravater(), axn.SoftGrudger(), axn.GrudgerAlternator(),
    axn.EasyGo(), axn.GeneralSoftGrudger(), axn.GeneralSoftGrudger(2, 3, 1), axn.GeneralSoftGrudger(1, 1, 0),
    axn.SpitefulCC(), axn.Capri(),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_forgetful_grudger_defects_ten_times_then_forgets():
    versus_test(axn.ForgetfulGrudger(), "CD" + "C" * 12, expected="CC" + "D" * 10 + "CC")
    # Defections during the grudge do not extend it ...
    versus_test(axn.ForgetfulGrudger(), "CDCCCDCCCCCCCC", expected="CC" + "D" * 10 + "CC")
    # ... but one on its last move starts the next grudge at once.
    versus_test(axn.ForgetfulGrudger(), "CD" + "C" * 9 + "DCC", expected="CC" + "D" * 12)


def test_opposite_grudger_and_easy_go_turn_for_good():
    versus_test(axn.OppositeGrudger(), "DDCDD", expected="DDDCC")
    versus_test(axn.EasyGo(), "CCDCC", expected="DDDCC")


def test_aggravater_opens_with_three_defections_then_holds_a_grudge():
    versus_test(axn.Aggravater(), "C", expected="DDDCCC", turns=6)
    versus_test(axn.Aggravater(), "CCCDCC", expected="DDDCDD")
    result = axn.Match(axn.Aggravater(), axn.TitForTat(), turns=6).play()
    assert result.moves_a == "DDDDDD"  # tit for tat's retaliation is never forgiven


def test_soft_grudger_punishes_with_dddd_cc():
    versus_test(axn.SoftGrudger(), "CD" + "C" * 8, expected="CCDDDDCCCC")
    versus_test(axn.SoftGrudger(), "CDDDDDDDCC", expected="CCDDDDCCDD")


def test_grudger_alternator_alternates_once_provoked():
    versus_test(axn.GrudgerAlternator(), "CDCCCC", expected="CCDCDC")


def test_general_soft_grudger_waits_for_n_defections_in_a_row():
    versus_test(axn.GeneralSoftGrudger(2, 3, 1), "CDCDDCCCC", expected="CCCCCDDDC")
    versus_test(axn.GeneralSoftGrudger(1, 1, 0), "CDCDC", expected="CCDCD")
    assert str(axn.GeneralSoftGrudger()) == "General Soft Grudger: 1, 4, 2"
    for pattern in ("CDCCCCDD", "DDC", "CCCD"):
        versus_test(axn.GeneralSoftGrudger(), pattern, turns=30,
                    expected=versus(axn.SoftGrudger(), pattern, 30)[0])


@pytest.mark.parametrize("kwargs", [{"n": 0}, {"d": 0}, {"c": -1}, {"n": 1.5}])
def test_general_soft_grudger_rejects_bad_counts(kwargs):
    with pytest.raises((TypeError, ValueError)):
        axn.GeneralSoftGrudger(**kwargs)


def test_spiteful_cc_cooperates_twice_then_is_grudger():
    versus_test(axn.SpitefulCC(), "DCCC", expected="CCDD")
    versus_test(axn.SpitefulCC(), "C", expected="CCCCC", turns=5)


def test_capri_punishes_once_and_recovers():
    versus_test(axn.Capri(), "CCDCCCCC", expected="CCCDCCCC")
    versus_test(axn.Capri(), "D", expected="CDDDD", turns=5)
    versus_test(axn.Capri(), "C", expected="C" * 10, turns=10)
    # Two CAPRIs return to mutual cooperation after an error.
    result = axn.Match(axn.Capri(), axn.Capri(), turns=30, noise=0.05, seed=3).play()
    assert result.moves_a.endswith("CCCC") and result.moves_b.endswith("CCCC")
