"""The tit-for-tat variants of titfortat.py added beside the classic ones: documented behaviour,
classifiers and the generic promises (their moves against Axelrod-Python's are checked in
tests/test_reference_titfortat_variants.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.engine.protocol import CONTEXT_SIZE, LENGTH
from axelrod_nl.testing import check_strategy, versus, versus_test

# class name: (display name, (stochastic, memory_depth, uses_length, uses_payoffs)) of the default instance.
ADDED = {
    "DynamicTwoTitsForTat": ("Dynamic Two Tits For Tat", (True, math.inf, False, False)),
    "SneakyTitForTat": ("Sneaky Tit For Tat", (False, math.inf, False, False)),
    "HardTitFor2Tats": ("Hard Tit For 2 Tats", (False, 3, False, False)),
    "OmegaTFT": ("Omega TFT", (False, math.inf, False, False)),
    "OriginalGradual": ("Original Gradual", (False, math.inf, False, False)),
    "ContriteTitForTat": ("Contrite Tit For Tat", (False, 3, False, False)),
    "AdaptiveTitForTat": ("Adaptive Tit For Tat", (False, math.inf, False, False)),
    "SpitefulTitForTat": ("Spiteful Tit For Tat", (False, math.inf, False, False)),
    "SlowTitForTwoTats2": ("Slow Tit For Two Tats 2", (False, 2, False, False)),
    "Alexei": ("Alexei", (False, math.inf, True, False)),
    "EugineNier": ("EugineNier", (False, math.inf, True, False)),
    "NTitsForMTats": ("N Tit(s) For M Tat(s)", (False, 3, False, False)),
    "Michaelos": ("Michaelos", (True, math.inf, True, False)),
    "RandomTitForTat": ("Random Tit for Tat", (True, 1, False, False)),
    "BurnBothEnds": ("Burn Both Ends", (True, 1, False, False)),
}


@pytest.mark.parametrize("class_name", sorted(ADDED))
def test_name_classifier_and_docstring(class_name):
    cls = axn.CATALOGUE[class_name]
    player = cls()
    assert player.name == ADDED[class_name][0]
    c = player.classifier
    assert (c.stochastic, c.memory_depth, c.uses_length, c.uses_payoffs) == ADDED[class_name][1]
    assert not (c.long_run_time or c.inspects_source or c.manipulates_source or c.manipulates_state)
    assert "Names:" in cls.__doc__ and f"``{class_name}``" in cls.__doc__
    assert cls.__module__ == "axelrod_nl.strategies.titfortat"


GENERIC = [axn.CATALOGUE[name]() for name in sorted(ADDED)] + [
    axn.OmegaTFT(2, 4), axn.OmegaTFT(1, 12), axn.AdaptiveTitForTat(0.2), axn.AdaptiveTitForTat(1.0),
    axn.NTitsForMTats(1, 1), axn.NTitsForMTats(2, 3), axn.NTitsForMTats(0, 2), axn.NTitsForMTats(2, 0),
    axn.NTitsForMTats(5, 1), axn.RandomTitForTat(0.0), axn.RandomTitForTat(1.0), axn.RandomTitForTat(0.8),
]


@pytest.mark.parametrize("player", GENERIC, ids=str)
def test_generic_promises(player):
    check_strategy(player)


def test_dynamic_two_tits_for_tat_forgives_as_often_as_the_opponent_cooperates():
    versus_test(axn.DynamicTwoTitsForTat(), "D", expected="CDDDDD")  # no cooperation to go by
    versus_test(axn.DynamicTwoTitsForTat(), "C", expected="CCCCCC")
    # After the opponent's D on move 4 (3 of 4 moves cooperations) it cooperates 3 times in 4.
    player, games = axn.DynamicTwoTitsForTat(), 800
    cooperated = sum(versus(player, "CCCDCCCC", seed=s)[0][4] == "C" for s in range(games))
    assert abs(cooperated / games - 0.75) < 4.5 * math.sqrt(0.75 * 0.25 / games)


def test_sneaky_tit_for_tat_tries_a_defection_and_repents():
    versus_test(axn.SneakyTitForTat(), "C", expected="CCDDDD")
    # Punished on move 4 for its defection on move 3, it cooperates on move 5, then copies.
    versus_test(axn.SneakyTitForTat(), "CCCD", expected="CCDDCCCCD")


def test_hard_tit_for_two_tats_needs_two_defections_in_a_row_within_three_moves():
    versus_test(axn.HardTitFor2Tats(), "CDCDDCCC", expected="CCCCCDDC")


def test_omega_tft_breaks_a_deadlock_then_gives_up_on_an_erratic_opponent():
    # Against C, D, C, D...: three changes of the opponent's move mark a deadlock (moves 3 to 5),
    # answered by two cooperations; by move 9 the randomness counter reaches 8.
    versus_test(axn.OmegaTFT(), "CD", expected="CCDCDCCCDD", turns=10)
    versus_test(axn.OmegaTFT(), "CCDDCCDD", expected="CCCDDCCDD")
    assert str(axn.OmegaTFT()) == "Omega TFT: 3, 8"


def test_original_gradual_counts_only_the_defections_it_punishes():
    # The opponent's Ds on moves 3 and 4 fall in the punishment and calm: the D on move 8 gets
    # a punishment of two (Gradual, counting all four, punishes it four times).
    versus_test(axn.OriginalGradual(), "CDDDCCCDCCCCCC", expected="CCDCCCCCDDCCCC")
    versus_test(axn.Gradual(), "CDDDCCCDCCCCCC", expected="CCDCCCCCDDDDCC")
    versus_test(axn.OriginalGradual(), "D", expected="CDCCDDCCDDDCC")


def _call(player, turn, own, opponent, state):
    history = np.array([list(own), list(opponent)], dtype=np.int8).reshape(2, turn)
    ctx = np.zeros(CONTEXT_SIZE)
    ctx[LENGTH] = -1.0
    rng = np.zeros(1, dtype=np.uint64)
    return type(player).decide.function(turn, history, ctx, player.params_array(), state, rng)


def test_contrite_tit_for_tat_is_tit_for_tat_without_noise():
    for pattern in ("CDDC", "DDCD", "CCCDCD"):
        assert versus(axn.ContriteTitForTat(), pattern, 20) == versus(axn.TitForTat(), pattern, 20)


def test_contrite_tit_for_tat_does_not_answer_the_retaliation_its_noisy_defection_caused():
    player = axn.ContriteTitForTat()
    state = np.zeros(type(player).state_size)
    C, D = axn.C, axn.D
    assert _call(player, 0, [], [], state) == C
    assert _call(player, 1, [C], [C], state) == C
    assert _call(player, 2, [C, C], [C, C], state) == C
    # Its cooperation on move 3 was played as D (noise) against a C: it becomes contrite and copies C.
    assert _call(player, 3, [C, C, D], [C, C, C], state) == C
    # The opponent retaliates; the contrite rule, having cooperated, cooperates instead of copying.
    assert _call(player, 4, [C, C, D, C], [C, C, C, D], state) == C
    # Contrition spent, it is tit for tat again.
    assert _call(player, 5, [C, C, D, C, C], [C, C, C, D, D], state) == D


def test_contrite_tit_for_tat_plays_as_python_under_noise():
    player = axn.ContriteTitForTat()
    for seed in range(5):
        jitted = axn.Match(player, axn.TitForTat(), turns=80, noise=0.1, seed=seed).play()
        python = axn.Match(player.as_python(), axn.TitForTat(), turns=80, noise=0.1, seed=seed).play()
        assert jitted.moves_a == python.moves_a


def test_adaptive_tit_for_tat_tracks_a_running_estimate_that_starts_at_the_rate():
    versus_test(axn.AdaptiveTitForTat(), "D", expected="CDDD")
    versus_test(axn.AdaptiveTitForTat(), "CCDC", expected="CCCDC")
    # Rate 0.2 starts the estimate at 0.2: 0.36, 0.488, 0.5904 against a cooperator.
    versus_test(axn.AdaptiveTitForTat(0.2), "C", expected="CDDCC")
    with pytest.raises(ValueError, match="rate"):
        axn.AdaptiveTitForTat(1.5)


def test_spiteful_tit_for_tat_defects_for_good_after_two_defections_in_a_row():
    versus_test(axn.SpitefulTitForTat(), "CDCDDCCC", expected="CCDCDDDD")


def test_slow_tit_for_two_tats_2_follows_only_repeated_moves():
    versus_test(axn.SlowTitForTwoTats2(), "CDDCCDC", expected="CCCDDCC")


def test_alexei_and_eugine_nier_defect_last_when_the_length_is_announced():
    versus_test(axn.Alexei(), "C", expected="CCCCD")
    versus_test(axn.Alexei(), "C", expected="CCCCC", announce_length=False)
    versus_test(axn.Alexei(), "DDDDDCCC", expected="CDDDDDCD")
    # Eugine Nier turns into a defector at the opponent's fifth defection.
    versus_test(axn.EugineNier(), "DDDDDCCC", expected="CDDDDDDD")
    versus_test(axn.EugineNier(), "DDDDDCCCCC", expected="CDDDDDDDDD", announce_length=False)
    versus_test(axn.EugineNier(), "CDCC", expected="CCDCCCDCCCDD", turns=12)


def test_n_tits_for_m_tats():
    versus_test(axn.NTitsForMTats(), "CDDCCCCC", expected="CCCDDDCC")
    for pattern in ("CDDC", "DDCD", "CCCDCD"):
        assert versus(axn.NTitsForMTats(1, 1), pattern, 20) == versus(axn.TitForTat(), pattern, 20)
        assert versus(axn.NTitsForMTats(1, 2), pattern, 20) == versus(axn.TitFor2Tats(), pattern, 20)
        assert versus(axn.NTitsForMTats(2, 1), pattern, 20) == versus(axn.TwoTitsForTat(), pattern, 20)
        assert versus(axn.NTitsForMTats(0, 2), pattern, 20)[0] == "C" * 20
        assert versus(axn.NTitsForMTats(2, 0), pattern, 20)[0] == "D" * 20
    assert axn.NTitsForMTats(5, 1).classifier.memory_depth == 5
    assert str(axn.NTitsForMTats(2, 3)) == "N Tit(s) For M Tat(s): 2, 3"


def test_michaelos_may_turn_defector_after_exploiting_a_cooperation():
    versus_test(axn.Michaelos(), "C", expected="CCCCCD")
    versus_test(axn.Michaelos(), "C", expected="CCCCCC", announce_length=False)
    games, turned = 400, 0
    for seed in range(games):
        moves = versus(axn.Michaelos(), "DC", 20, seed=seed, announce_length=False)[0]
        # Move 2 copies the D; on move 3 (after its D against a C) it tosses a coin.
        assert moves[:2] == "CD"
        if moves[2] == "D":
            turned += 1
            assert moves[2:] == "D" * 18
    assert abs(turned / games - 0.5) < 4.5 * math.sqrt(0.25 / games)


def test_random_tit_for_tat_alternates_copying_and_chance():
    versus_test(axn.RandomTitForTat(0.0), "C", expected="CCDCDCD")
    versus_test(axn.RandomTitForTat(1.0), "D", expected="CDCDCDC")
    assert not axn.RandomTitForTat(0.0).classifier.stochastic
    assert axn.RandomTitForTat(1.0).classifier.memory_depth == math.inf
    for seed in range(10):
        moves = versus(axn.RandomTitForTat(), "CD", 30, seed=seed)[0]
        # Moves 2, 4, 6... copy the opponent's moves 1, 3, 5..., all C; moves 3, 5, 7... are chance.
        assert set(moves[1::2]) == {"C"}
    draws = [versus(axn.RandomTitForTat(), "CD", 30, seed=s)[0][2::2] for s in range(100)]
    assert 0.35 < sum(d.count("C") for d in draws) / sum(len(d) for d in draws) < 0.65


def test_burn_both_ends_returns_a_cooperation_nine_times_in_ten():
    versus_test(axn.BurnBothEnds(), "D", expected="CDDDDD")
    games, turns = 200, 50
    cooperations = sum(versus(axn.BurnBothEnds(), "C", turns, seed=s)[0][1:].count("C") for s in range(games))
    draws = games * (turns - 1)
    assert abs(cooperations / draws - 0.9) < 4.5 * math.sqrt(0.09 / draws)
