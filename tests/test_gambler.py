"""Gamblers: Axelrod-Python 4.14's play on fixed sequences (in distribution), documented behaviour, promises."""

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.strategies import gambler
from axelrod_nl.testing import check_strategy, versus, versus_test

CLASSES = [cls for name, cls in axn.CATALOGUE.items() if cls.__module__ == gambler.__name__]


@pytest.mark.parametrize("key", keys("gambler"))
def test_plays_as_the_reference_library(key):
    check_player("gambler", key)


@pytest.mark.parametrize("player", [cls() for cls in CLASSES] + [
    axn.Gambler((0.5, 0.2, 0.9, 0.1, 0.7, 0.3, 1.0, 0.0), (1, 1, 1), initial_actions="D"),
], ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_a_certain_table_is_a_deterministic_lookup_table():
    player = axn.Gambler("CDDC", (1, 1, 0))
    assert not player.classifier.stochastic and player.pattern == (1.0, 0.0, 0.0, 1.0)
    versus_test(player, "CDDCCD", expected=axn.Match(axn.LookerUp(pattern="CDDC", parameters=(1, 1, 0)),
                                                     axn.Cycler("CDDCCD"), turns=6).play().moves_a)
    assert str(axn.Gambler()) == "Gambler" and not axn.Gambler().classifier.stochastic


def test_pso_gambler_mem1_cooperates_after_mutual_cooperation_and_defects_after_exploiting():
    # Against a cooperator it cooperates for ever (table entry CC = 1).
    versus_test(gambler.PSOGamblerMem1(), "C" * 20, expected="C" * 20)


def test_pso_gambler_mem1_forgives_at_its_rate():
    # Against a defector: C then, after CD, cooperates with p = 0.52; after DD with p = 0.12.
    moves = np.array([list(versus(gambler.PSOGamblerMem1(), "D" * 60, seed=s)[0]) for s in range(300)])
    assert (moves[:, 0] == "C").all()
    after_cd = moves[:, 1:][moves[:, :-1] == "C"]
    after_dd = moves[:, 1:][moves[:, :-1] == "D"]
    assert abs((after_cd == "C").mean() - 0.52173487) < 0.03
    assert abs((after_dd == "C").mean() - 0.12050939) < 0.02


def test_bad_tables_are_refused():
    with pytest.raises(ValueError):
        axn.Gambler((0.5, 1.2), (0, 1, 0))
    with pytest.raises(ValueError):
        axn.Gambler((0.5, 0.5, 0.5), (0, 1, 0))
    with pytest.raises(ValueError):
        axn.Gambler((0.5, 0.2))
