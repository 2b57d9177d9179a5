"""Named lookup tables: Axelrod-Python 4.14's moves on fixed sequences, documented behaviour, promises."""

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.strategies import lookerup
from axelrod_nl.testing import check_strategy, versus_test

CLASSES = [cls for name, cls in axn.CATALOGUE.items() if cls.__module__ == lookerup.__name__]


@pytest.mark.parametrize("key", keys("lookerup"))
def test_plays_as_the_reference_library(key):
    check_player("lookerup", key)


def test_every_named_table_has_reference_moves():
    assert {cls.__name__ for cls in CLASSES} == set(keys("lookerup"))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_generic_promises(cls):
    check_strategy(cls())


def test_winner12_copies_after_its_cooperation_and_forgives_only_d_after_c():
    # Opens C, C; own C: copy the opponent; own D: C only after the opponent's C then D.
    versus_test(lookerup.Winner12(), "CCDCCDDC", expected="CCCDDDCD")


def test_winner21_opens_d_c():
    versus_test(lookerup.Winner21(), "CCCCCC", expected="DCCCCC")


def test_evolved_looker_up_1_1_1_reads_the_opponents_opening():
    # Against an opponent that opened with D it cooperates only after its own D and the opponent's C.
    versus_test(lookerup.EvolvedLookerUp1_1_1(), "DCCCC", expected="CDCDC")


def test_named_tables_take_their_table_by_default():
    player = lookerup.EvolvedLookerUp2_2_2()
    assert player.parameters == (2, 2, 2) and player.initial_actions == "CC" and str(player) == player.name
    assert player.classifier == axn.LookerUp(pattern=player.pattern, parameters=(2, 2, 2)).classifier
