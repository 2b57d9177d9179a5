"""Named finite-state machines: Axelrod-Python 4.14's moves on fixed sequences, documented behaviour, promises."""

import math

import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.strategies import finite_state_machines as fsm
from axelrod_nl.testing import check_strategy, versus_test

CLASSES = [cls for name, cls in axn.CATALOGUE.items() if cls.__module__ == fsm.__name__]


@pytest.mark.parametrize("key", keys("finite_state_machines"))
def test_plays_as_the_reference_library(key):
    check_player("finite_state_machines", key)


def test_every_named_machine_has_reference_moves():
    assert {cls.__name__ for cls in CLASSES} == set(keys("finite_state_machines"))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_generic_promises(cls):
    check_strategy(cls())


def test_fortress3_cooperates_after_the_password_and_while_the_opponent_does():
    versus_test(fsm.Fortress3(), "CCDDCCCDC", expected="DDDDCCCCD")


def test_fortress4_needs_three_defections():
    versus_test(fsm.Fortress4(), "DDCDDDCCD", expected="DDDDDDCCC")


def test_thumper_answers_a_defection_twice():
    versus_test(fsm.Thumper(), "CDCCCDDCC", expected="CCDDCCDDC")


def test_usually_cooperates_defects_once_after_a_cooperation_that_follows_a_defection():
    versus_test(fsm.UsuallyCooperates(), "CDCCDDCC", expected="CCCDCCCC")
    versus_test(fsm.UsuallyDefects(), "DCDDCCDD", expected="DDDCDDDD")


def test_solution_b1_cooperates_for_good_after_the_first_cooperation():
    versus_test(fsm.SolutionB1(), "DDCDDDCD", expected="DDDDCCCC")


def test_named_machines_show_their_name_and_published_classifier():
    assert str(fsm.Fortress3()) == "Fortress3" and fsm.Fortress3().classifier.memory_depth == 2
    assert str(fsm.EvolvedFSM16()) == "Evolved FSM 16"
    assert fsm.TF1().classifier.memory_depth == math.inf
    other = fsm.Fortress3(initial_action="C")
    assert str(other).startswith("Fortress3: ") and other.classifier.memory_depth == math.inf
