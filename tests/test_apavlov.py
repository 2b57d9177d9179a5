"""The adaptive Pavlovs of apavlov.py: Axelrod-Python's moves on fixed sequences, documented behaviour."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("apavlov"))
def test_plays_as_the_reference_library(key):
    check_player("apavlov", key)


@pytest.mark.parametrize("player", [axn.APavlov2006(), axn.APavlov2011()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_apavlov_2006_answers_each_class():
    versus_test(axn.APavlov2006(), "C", expected="C" * 14, turns=14)                   # cooperative: TFT
    versus_test(axn.APavlov2006(), "D", expected="CDDDDD" + "D" * 8, turns=14)         # ALLD
    versus_test(axn.APavlov2006(), "DC", expected="CDCDCD" + "CCCDCD" + "CC", turns=14)  # STFT
    versus_test(axn.APavlov2006(), "DDC", expected="CDDCDD" + "DCCCCC" + "D", turns=13)  # Pavlov-D
    versus_test(axn.APavlov2006(), "CCD", expected="CCCDCC" + "D" * 8, turns=14)       # random


def test_apavlov_2011_classifies_by_defections():
    versus_test(axn.APavlov2011(), "CCD", expected="CCCDCC" + "D" * 8, turns=14)  # two Ds: random
    versus_test(axn.APavlov2011(), "DC", expected="CDCDCD" + "C" * 8, turns=14)   # three: STFT, TF2T
    versus_test(axn.APavlov2011(), "DDC", expected="CDDCDD" + "D" * 8, turns=14)  # four: ALLD
    versus_test(axn.APavlov2011(), "C", expected="C" * 14, turns=14)
