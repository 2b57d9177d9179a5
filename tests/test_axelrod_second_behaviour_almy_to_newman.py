"""Behaviour tests, from their docstrings, for eleven second-round rules (Almy to Newman)."""

from __future__ import annotations

import axelrod_nl as axn
from axelrod_nl.strategies.axelrod_first import RevisedDowning
from axelrod_nl.strategies.axelrod_second import (
    SecondByAlmy,
    SecondByAmbuehlAndHickey,
    SecondByAnderson,
    SecondByDawesAndBatell,
    SecondByFalkAndLangsted,
    SecondByLefevre,
    SecondByNewman,
    SecondByPinkley,
    SecondByQuayle,
    SecondByWeiderman,
    SecondByZimmerman,
)
from axelrod_nl.testing import versus, versus_test

# --- Almy (K39R) -----------------------------------------------------------------------------------------------


def test_almy_exploits_a_cooperator_after_its_first_tit_for_two_tats_block():
    # Moves 1-11: a block of tit for two tats. Move 12: the evaluation finds no defection ever, marks the
    # opponent nice and exploits: D, one C (n = 1), and as the probe went unpunished, D again, and so on.
    versus_test(SecondByAlmy(), "C", expected="C" * 11 + ("DC" * 10)[:19], announce_length=False)
    versus_test(SecondByAlmy(), axn.TitFor2Tats(), expected="C" * 11 + ("DC" * 10)[:19], announce_length=False)


def test_almy_tries_tit_for_tat_then_all_d_against_the_alternator_and_keeps_all_d():
    # Block 1 (moves 1-11), tit for two tats: never two Ds in a row, so C; 18 points. The opponent defected
    # 4+ times, mode 2 untried: block 2 (moves 12-22) tit for tat, copying the opponent's last move; 25
    # points, better, and mode 3 untried: block 3 (from 23) all D, 35 points, the best, so kept.
    tit_for_tat_block = "CDCDCDCDCDC"
    versus_test(SecondByAlmy(), "CD", expected="C" * 11 + tit_for_tat_block + "D" * 23, announce_length=False)


def test_almy_cools_off_for_five_moves_before_stepping_back_from_all_d():
    # ALL D: tit for two tats (C C then D), tit for tat (D), all D (D), each block of 11. On move 34 the
    # scores are 9, 11, 11: the best is tit for tat (the lower mode on a tie), softer than all D, and the last
    # move was a mutual defection, so it cooperates 5 times (moves 34-38) and then plays tit for tat.
    versus_test(SecondByAlmy(), "D", expected="CC" + "D" * 31 + "C" * 5 + "D" * 7, announce_length=False)


def test_almy_backs_off_from_a_touchy_opponent_until_it_has_defected_five_times():
    # The probe on move 12 is punished at once (Grudger, D from move 13): a touchy opponent. It cooperates
    # until it has seen five defections (moves 13-17), then goes back to tit for two tats: D on move 18.
    versus_test(SecondByAlmy(), axn.Grudger(), expected="C" * 11 + "D" + "C" * 5 + "D" * 8, announce_length=False)
    # Tit for tat punishes the probe once and never again: the five defections never come.
    versus_test(SecondByAlmy(), axn.TitForTat(), expected="C" * 11 + "D" + "C" * 48, announce_length=False)


# --- Ambuehl and Hickey (K79R) -----------------------------------------------------------------------------------


def test_ambuehl_and_hickey_plays_tit_for_tat_for_five_moves():
    # Moves 2-5 copy the opponent; move 6 counts the placeholder C and moves 1-4 (two Ds): C.
    versus_test(SecondByAmbuehlAndHickey(), "DCDCCCCCCC", expected="CDCDCCCCCC", announce_length=False)


def test_ambuehl_and_hickey_ignores_the_opponents_last_move_in_its_majority():
    # Opponent defects on moves 6, 7, 8. Move 9 counts moves 3-7 (two Ds): C; moves 10-12 count three Ds: D;
    # move 13 counts moves 7-11 (two): C. A majority of the last five would defect on move 9 already.
    versus_test(SecondByAmbuehlAndHickey(), "CCCCCDDDCCCCCC", expected="CCCCCCCCCDDDCC", announce_length=False)


def test_ambuehl_and_hickey_against_all_d_and_all_c():
    versus_test(SecondByAmbuehlAndHickey(), "D", expected="C" + "D" * 29, announce_length=False)
    versus_test(SecondByAmbuehlAndHickey(), "C", expected="C" * 30, announce_length=False)


# --- Pinkley (K91R) ----------------------------------------------------------------------------------------------


def test_pinkley_cooperates_on_every_move_against_all_d():
    # Never a CC outcome, so x stays 0.999 and always cooperating stays the best policy (docstring).
    versus_test(SecondByPinkley(), "D", expected="C" * 308, announce_length=False)


def test_pinkley_cooperates_with_a_cooperator():
    # At the starting estimates policy CCCC is the best; move 1 is played as after CC, and against ALL C the
    # estimate after CC only rises towards 1.
    versus_test(SecondByPinkley(), "C", expected="C" * 308, announce_length=False)


def test_pinkley_learns_to_exploit_an_opponent_that_never_answers_its_defections():
    # One defection (move 2), then ALL C. The CC of move 1 was answered by D, so x falls to 2/3 and policy
    # DDCC wins: D after CD (move 3), C after DC, D after CC: it alternates. Each of its Ds is answered by C,
    # so y (after DC) rises; from move 13 policy DDDC is best, and against a cooperator that is D for good.
    versus_test(SecondByPinkley(), "CD" + "C" * 38, expected="CCDCDCDCDCDCD" + "D" * 27, announce_length=False)


# --- Falk and Langsted (K85R) ------------------------------------------------------------------------------------


def test_falk_and_langsted_answers_a_lone_defection_by_defecting_for_good():
    # CC -> C, CD -> D, DC -> D: once it has answered a defection it keeps defecting against a cooperator.
    versus_test(SecondByFalkAndLangsted(), "CD" + "C" * 38, expected="CC" + "D" * 38, announce_length=False)


def test_falk_and_langsted_cooperates_after_two_mutual_defections():
    # CD (move 2) -> D; DD (move 3) -> D; another DD (move 4) -> C; then CC -> C. The opponent's 3 defections
    # are never 3 more than its own defections before its last move.
    versus_test(SecondByFalkAndLangsted(), "CDDD" + "C" * 36, expected="CCDDCC" + "C" * 34, announce_length=False)


def test_falk_and_langsted_defects_once_the_opponent_is_three_defections_ahead():
    # ALL D: C, D (CD), D (DD), C (second DD); on move 6 the opponent's 5 defections reach its own 2
    # (before its last move) plus 3: D from then on.
    versus_test(SecondByFalkAndLangsted(), "D", expected="CDDC" + "D" * 26, announce_length=False)


def test_falk_and_langsted_defects_against_a_random_looking_opponent_from_move_21():
    # Against CCDD it plays CCCDDDDD in a cycle. On move 25 the answers after its Ds are 8 C to 6 D (1.33)
    # and after its Cs 4 C to 6 D (0.67), both within 0.5-1.5: it defects where the cycle would cooperate.
    versus_test(SecondByFalkAndLangsted(), "CCDD", expected="CCCDDDDD" * 3 + "D" * 6, announce_length=False)


# --- Weiderman (K38R) --------------------------------------------------------------------------------------------


def test_weiderman_forgives_any_number_of_defections_not_three_in_a_row():
    versus_test(SecondByWeiderman(), "DDCDDCDDC", expected="C" * 60, announce_length=False)


def test_weiderman_defects_for_good_after_three_defections_in_a_row():
    versus_test(SecondByWeiderman(), "CDDDCCCC", expected="CCCCDDDDDDDD", announce_length=False)
    # The placeholder before move 1 is a C: three real defections are needed.
    versus_test(SecondByWeiderman(), "D", expected="CCCDDD", announce_length=False)


# --- Dawes and Batell (K80R) -------------------------------------------------------------------------------------


def test_dawes_and_batell_defects_for_good_on_move_5_against_four_defections():
    # Move 5: d = 4, c = 5 - 4 = 1: 1.6667^4 x 0.882 = 6.8 >= 5, and it never cooperates again.
    versus_test(SecondByDawesAndBatell(), "DDDDCCCCCC", expected="CCCCDDDDDD", announce_length=False)


def test_dawes_and_batell_counts_the_current_move_as_a_cooperation():
    # Opponent C C C D D D D D. Move 8: d = 4, c = 8 - 4 = 4 (one more than its 3 cooperations):
    # 7.72 x 0.605 = 4.67 < 5, C; with c = 3 it would be 5.29 and D. Move 9: d = 5, c = 4: 7.78, D.
    versus_test(SecondByDawesAndBatell(), "CCCDDDDD", expected="CCCCCCCCDDDD", turns=12, announce_length=False)


def test_dawes_and_batell_tolerates_one_defection_in_six_but_not_one_in_four():
    # One in six: after k cycles the statistic is 0.882 x (1.6667 x 0.882^5)^k = 0.882 x 0.89^k, never 5.
    versus_test(SecondByDawesAndBatell(), "CCCCCD", expected="C" * 308, announce_length=False)
    # One in four: 0.882 x 1.1436^k first reaches 5 at k = 13: D from move 53, after the 13th defection.
    versus_test(SecondByDawesAndBatell(), "CCCD", expected="C" * 52 + "D" * 20, announce_length=False)


# --- Lefevre (K37R) ----------------------------------------------------------------------------------------------


def test_lefevre_answers_one_defection_on_move_1_with_three_defections():
    # 5 x 1 > m for m = 2, 3, 4; cooperates from move 5 (docstring quirk).
    versus_test(SecondByLefevre(), "D" + "C" * 9, expected="CDDDCCCCCC", announce_length=False)
    versus_test(SecondByLefevre(), "D", expected="CDDDDDDD", announce_length=False)


def test_lefevre_defects_while_the_opponents_defections_exceed_a_fifth_of_the_move_number():
    # CCCD: d = (m - 1) // 4; D when 5d > m: moves 9, 13-14, 17-19.
    versus_test(SecondByLefevre(), "CCCD", expected="CCCCCCCCDCCCDDCCDDDC", announce_length=False)
    # CCCCD: 5d <= m - 1 always.
    versus_test(SecondByLefevre(), "CCCCD", expected="C" * 300, announce_length=False)


# --- Quayle (K56R) -----------------------------------------------------------------------------------------------


def test_quayle_cooperates_on_move_1_and_always_against_a_cooperator():
    versus_test(SecondByQuayle(), "C", expected="C" * 60, announce_length=False)
    versus_test(SecondByQuayle(), axn.TitForTat(), expected="C" * 60, announce_length=False)


def test_quayle_defects_from_move_3_against_all_d():
    # Move 3: the D on move 2 answers its C, so g = 0, b = 0 (prior): c = -2, a = -1, defect; b stays 0.
    versus_test(SecondByQuayle(), "D", expected="CC" + "D" * 58, announce_length=False)


def test_quayle_alternates_when_alternating_beats_always_cooperating():
    # Against DDC, b = 0 and g = 1/3 on move 6: c = 0 < a = 1/3, so it plays the opposite of its last C.
    versus_test(SecondByQuayle(), "DDC", expected="CCD" * 20, announce_length=False)


def test_quayle_is_revised_downing():
    opponents = ["C", "D", "CD", "DDC", "CCD", "CDDD", axn.TitForTat(), axn.Grudger()]
    for opponent in opponents:
        assert versus(SecondByQuayle(), opponent, 100, announce_length=False) == \
            versus(RevisedDowning(), opponent, 100, announce_length=False), opponent
    for seed in range(5):
        assert versus(SecondByQuayle(), axn.Random(0.5), 100, seed=seed, announce_length=False) == \
            versus(RevisedDowning(), axn.Random(0.5), 100, seed=seed, announce_length=False), seed


# --- Anderson (K43R) ---------------------------------------------------------------------------------------------


def test_anderson_retaliates_only_three_times_before_move_16_then_defects_against_all_d():
    # Moves 2-4 answer ALL D with D, then no more before move 16; from move 16 all its cooperations have
    # been answered by defections (3 CD >= CC + CD): D.
    versus_test(SecondByAnderson(), "D", expected="CDDD" + "C" * 11 + "D" * 15, announce_length=False)


def test_anderson_probes_a_cooperator_every_fourth_move_from_move_16():
    # Move 16: no DD yet, D. On 20, 24, ...: DC (one per probe) >= m // 12, D.
    versus_test(SecondByAnderson(), "C", expected="C" * 15 + ("DCCC" * 80)[:293], announce_length=False)


def test_anderson_stops_probing_an_opponent_that_probes_on_move_16_like_its_twin():
    # Move 17: the opponent's last move was D, one CD and no DD: taken for its twin, no more probes.
    versus_test(SecondByAnderson(), SecondByAnderson(), expected="C" * 15 + "D" + "C" * 44, announce_length=False)
    versus_test(SecondByAnderson(), "C" * 15 + "D" + "C" * 44, expected="C" * 15 + "D" + "C" * 44,
                announce_length=False)


# --- Zimmerman (K73R) --------------------------------------------------------------------------------------------


def test_zimmerman_defects_once_it_has_seen_four_defections_not_necessarily_in_a_row():
    # CCCD: the fourth defection is on move 16, so it defects from move 17.
    versus_test(SecondByZimmerman(), "CCCD", expected="C" * 16 + "DDDD", announce_length=False)


def test_zimmerman_pays_back_until_eight_cooperations_and_an_average_of_3_keeps_the_tolerance():
    # Four Ds (moves 1-4): D from move 5 until the opponent's 8th C (move 12); move 13: 40 points // 13 = 3,
    # tolerance stays 4, payback int(1.6667 x 5) = 8 again: the same cycle.
    versus_test(SecondByZimmerman(), "DDDD" + "C" * 12, expected="CCCC" + "D" * 8 + "C" * 8 + "D" * 8 + "CCCC",
                announce_length=False)


def test_zimmerman_lowers_its_tolerance_when_it_averages_less_than_3():
    # DDDD then CDCD...: payback of 8 Cs ends on move 19; move 20: 47 // 20 = 2, tolerance 3, payback 6.
    # Three Ds (20, 22, 24): D from 25; six Cs end on move 35; move 36: 88 // 36 = 2, tolerance 2, payback 5.
    # Two Ds (36, 38): D on move 39.
    versus_test(SecondByZimmerman(), "DDDD" + "CD" * 20,
                expected="CCCC" + "D" * 15 + "C" * 5 + "D" * 11 + "CCC" + "DD", announce_length=False)


# --- Newman (K55R) -----------------------------------------------------------------------------------------------


def test_newman_against_all_d_cooperates_once_after_four_mutual_defections():
    # Docstring: C C, then D D D D C over and over (REVISED DOWNING never cooperates again).
    versus_test(SecondByNewman(), "D", expected="CC" + "DDDDC" * 11 + "DDD", announce_length=False)


def test_newman_cooperates_with_a_cooperator():
    # alpha = 1, beta = 0: c = 4 >= a = 3.
    versus_test(SecondByNewman(), "C", expected="C" * 60, announce_length=False)
    versus_test(SecondByNewman(), axn.TitForTat(), expected="C" * 60, announce_length=False)


def test_newman_alternates_when_alternating_beats_always_cooperating():
    # Against DDC: move 3, alpha = 0: defect branch, D. Move 6, alpha = 1/3, beta = 0: c = 0 < a = 1/3,
    # the opposite of its last C: D; likewise on moves 9, 12, ... (alpha 2/5, 3/7, ...).
    versus_test(SecondByNewman(), "DDC", expected="CCD" * 20, announce_length=False)
