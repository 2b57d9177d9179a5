"""Thue-Morse players: Axelrod-Python 4.14's moves on fixed sequences, the sequence itself, the generic promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus_test


@pytest.mark.parametrize("key", keys("sequence_player"))
def test_plays_as_the_reference_library(key):
    check_player("sequence_player", key)


@pytest.mark.parametrize("player", [axn.ThueMorse(), axn.ThueMorseInverse()], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_thue_morse_defects_on_the_zeros_of_the_sequence():
    # Thue-Morse: 0 1 1 0 1 0 0 1 1 0 0 1 0 1 1 0
    versus_test(axn.ThueMorse(), "C" * 16, expected="DCCDCDDCCDDCDCCD")
    versus_test(axn.ThueMorseInverse(), "D" * 16, expected="CDDCDCCDDCCDCDDC")


def test_thue_morse_ignores_the_opponent():
    versus_test(axn.ThueMorse(), "DDCDCCDC", expected="DCCDCDDC")
