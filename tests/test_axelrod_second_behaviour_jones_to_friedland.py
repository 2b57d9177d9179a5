"""Behaviour tests, from the docstrings, for second-round rules Jones to Friedland (part 3)."""

from __future__ import annotations

import math

from axelrod_nl.strategies import TitForTat
from axelrod_nl.strategies.axelrod_second import (
    SecondByBatell,
    SecondByDuisman,
    SecondByFriedland,
    SecondByGeorgeHufford,
    SecondByGladstein,
    SecondByHall,
    SecondByJones,
    SecondByMcGurrin,
    SecondByRabbie,
    SecondByRobertson,
    SecondBySnodgrass,
)
from axelrod_nl.testing import versus, versus_test

_PAYOFF = {("C", "C"): (3, 3), ("C", "D"): (0, 5), ("D", "C"): (5, 0), ("D", "D"): (1, 1)}


def _scores(own: str, theirs: str) -> tuple[int, int]:
    a = b = 0
    for x, y in zip(own, theirs):
        pa, pb = _PAYOFF[(x, y)]
        a, b = a + pa, b + pb
    return a, b


# --- SecondByJones (K81R) -------------------------------------------------------------------

def test_jones_opens_with_tit_for_tat_on_moves_1_to_4_or_1_to_8_after_a_defection_on_move_1():
    versus_test(SecondByJones(), "CDDC", expected="CCDD", announce_length=False)
    versus_test(SecondByJones(), "DCDDCDCC", expected="CDCDDCDC", announce_length=False)


def test_jones_turns_to_tit_for_tat_once_the_opponent_leads_by_more_than_the_margin():
    # After k moves of mutual cooperation the opponent defects for good. The inflated
    # cooperation counts keep the planner cooperating, so it is suckered, 5 points a move,
    # until the opponent's lead exceeds the margin 25 + (M - 1) // 10 at move M; from then
    # tit for tat answers each defection with a defection. n = the smallest n with
    # 5 n > 25 + (k + n) // 10: 6 for k = 10, 40; 7 for k = 45, 90 (lead 30 is not above a
    # margin of 30 / 34); 8 for k = 95 (lead 35 is not above 35 at move 103).
    for k, n in ((10, 6), (40, 6), (45, 7), (90, 7), (95, 8)):
        assert n == min(m for m in range(1, 20) if 5 * m > 25 + (k + m) // 10)
        versus_test(SecondByJones(), "C" * k + "D" * 30, expected="C" * (k + n) + "D" * 10,
                    announce_length=False)


def _jones_twin_opponent(tail: str) -> str:
    # D on move 1, and scores 237 each after move 80 (74 CC, 3 CD, 3 DC), C on move 80.
    prefix = "DCCCDCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCDC"
    return prefix + tail


def test_jones_twin_schedule_defects_on_81_to_139_and_cooperates_on_140_to_180_every_100_moves():
    opponent = _jones_twin_opponent("C" * 220)
    own, theirs = versus(SecondByJones(), opponent, announce_length=False)
    assert _scores(own[:80], theirs[:80]) == (237, 237)
    assert own[80:] == ("D" * 59 + "C" * 41) * 2 + "D" * 20


def test_jones_twin_schedule_ends_for_good_at_the_opponents_first_defection():
    # The opponent defects on move 150 (inside a C phase); the D phase due on 181-239 never comes.
    opponent = _jones_twin_opponent("C" * 69 + "D" + "C" * 150)
    own, theirs = versus(SecondByJones(), opponent, announce_length=False)
    assert _scores(own[:80], theirs[:80]) == (237, 237)
    assert own[80:150] == "D" * 59 + "C" * 11
    assert own[180:239] != "D" * 59
    assert own[180:239].count("C") > 0


def test_jones_twin_never_meets_its_own_twin_test():
    own, theirs = versus(SecondByJones(), SecondByJones(), 200, announce_length=False)
    assert own[0] == "C"
    assert own[80:139] != "D" * 59
    assert own == theirs


# --- SecondByGladstein (K76R) ---------------------------------------------------------------

def test_gladstein_tests_all_c_with_d_c_c_then_alternation():
    versus_test(SecondByGladstein(), "C", expected="DCCDCDCDCDCD", announce_length=False)


def test_gladstein_apologises_at_the_first_defection_then_plays_tit_for_tat():
    # Test phase D C C D C; the opponent's D on move 5 is seen on move 6: C, then tit for tat.
    versus_test(SecondByGladstein(), "CCCCDCDDCC", expected="DCCDC" + "C" + "CDDC", announce_length=False)


def test_gladstein_against_all_d_apologises_once_then_defects():
    versus_test(SecondByGladstein(), "D", expected="DCDDDD", announce_length=False)


# --- SecondByBatell (K65R) ------------------------------------------------------------------

def test_batell_forgives_defections_five_moves_apart():
    versus_test(SecondByBatell(), "CCDCCCCDCC", expected="C" * 10, announce_length=False)


def test_batell_defects_for_good_after_two_defections_four_moves_apart():
    # Defections on moves 3 and 7: the second is seen on move 8, from which it defects.
    versus_test(SecondByBatell(), "CCDCCCDC" + "C" * 12, expected="C" * 7 + "D" * 13, announce_length=False)


def test_batell_defects_for_good_from_the_move_it_sees_the_tenth_defection():
    # Defections on moves 1, 6, ..., 46 (five apart, all forgiven), the tenth seen on move 47.
    versus_test(SecondByBatell(), "DCCCC", expected="C" * 46 + "D" * 14, announce_length=False)
    versus_test(SecondByBatell(), "DCCCC" * 9 + "C" * 20, expected="C" * 65, announce_length=False)


# --- SecondByMcGurrin (K45R) ----------------------------------------------------------------

def test_mcgurrin_against_c_c_plays_tit_for_two_tats_with_a_defection_every_eighth_move_from_11():
    expected = "DCC" + "".join("D" if m in (11, 19, 27) else "C" for m in range(4, 31))
    versus_test(SecondByMcGurrin(), "C", expected=expected, turns=30, announce_length=False)
    # Tit for two tats: the single D on move 6 passes, the pair on 12, 13 is answered on 14.
    versus_test(SecondByMcGurrin(), "CCCCCDCCCCCDDCC", expected="DCCCCCCCCCDCCDC", announce_length=False)


def test_mcgurrin_against_d_d_plays_tit_for_tat_from_move_4():
    versus_test(SecondByMcGurrin(), "DDCCCDCCC", expected="DCC" + "CCCDCC", announce_length=False)


def test_mcgurrin_against_d_c_answers_the_third_move_then_tit_for_tat_or_tit_for_two_tats():
    # Third move D: tit for tat from move 4.
    versus_test(SecondByMcGurrin(), "DCDCCDCCDDCC", expected="DCC" + "DCCDCCDDC", announce_length=False)
    # Third move C: C on move 4, then tit for two tats, with no periodic defection on move 11.
    versus_test(SecondByMcGurrin(), "DCC" + "C" * 27, expected="DCC" + "C" * 27, announce_length=False)
    versus_test(SecondByMcGurrin(), "DCCCCDCCDDCC", expected="DCCCCCCCCCDC", announce_length=False)


def test_mcgurrin_against_c_d_cooperates_on_move_4_then_by_the_third_move():
    # Third move D: tit for tat from move 5.
    versus_test(SecondByMcGurrin(), "CDDCCDCCDDCC", expected="DCC" + "C" + "CCDCCDD", announce_length=False)
    # Third move C: tit for two tats from move 5 (the single D on move 6 passes).
    versus_test(SecondByMcGurrin(), "CDCCCDCCDDCC", expected="DCC" + "C" + "CCCCCCDC", announce_length=False)


# --- SecondByGeorgeHufford (K48R) -----------------------------------------------------------

def test_george_hufford_climbs_one_level_a_block_against_all_c():
    # Tit for tat on 1-5; level 0 + 1 at move 6, and up while its block score rises: levels 1..5.
    blocks = ["CDCCC", "CDCDC", "CDDDC", "CDDDD", "DDDDD", "DDDDD"]
    versus_test(SecondByGeorgeHufford(), "C", expected="CCCCC" + "".join(blocks), announce_length=False)


def test_george_hufford_starts_the_level_at_the_opponents_defections_on_moves_1_to_4():
    # Two defections on moves 1-4: level 2, plus one at move 6: the pattern C D D D C.
    versus_test(SecondByGeorgeHufford(), "CDCD" + "C" * 6, expected="CCDCD" + "CDDDC", announce_length=False)
    # Four: level 4 + 1 = 5, all D; equal block scores never turn it, so it stays there.
    versus_test(SecondByGeorgeHufford(), "D", expected="C" + "D" * 29, announce_length=False)


def test_george_hufford_reverses_when_its_block_score_falls_and_settles_at_zero():
    # Against tit for tat the level-1 probe (move 7) costs it: 14 < 15 points, so the level goes
    # down to 0 and stays there (C for good).
    versus_test(SecondByGeorgeHufford(), TitForTat(), expected="CCCCC" + "CDCCC" + "C" * 30,
                announce_length=False)


# --- SecondBySnodgrass (K89R) ---------------------------------------------------------------

_SNODGRASS_FIRST_ROUND = "C" * 10 + "D" * 10 + "CD" * 5


def test_snodgrass_tries_the_five_policies_ten_moves_each():
    # ALL C, ALL D, alternation (from C), tit for tat, tit for two tats; against TFT-like probes:
    opponent = "C" * 30 + "CDCCDDCDDC" + "DCCDDCDDDC"
    expected = _SNODGRASS_FIRST_ROUND + "CCDCCDDCDD" + "CCCCCDCCDD"
    versus_test(SecondBySnodgrass(), opponent, expected=expected, announce_length=False)


def test_snodgrass_drops_policies_below_90_percent_of_the_mean():
    # Against ALL C the round scores 30, 50, 40, 30, 30: mean 36, bar 32; policies 1, 4 and 5
    # are dropped, and the next rounds play ALL D then the alternation (bar 9 * 45 // 10 = 40).
    expected = _SNODGRASS_FIRST_ROUND + "C" * 20 + ("D" * 10 + "CD" * 5) * 3
    versus_test(SecondBySnodgrass(), "C", expected=expected, announce_length=False)


def test_snodgrass_restores_a_dropped_policy_whose_mean_beats_the_bar():
    # ALL C for 50 moves, then ALL D. Round 2 (51-70): ALL D earns 10, alternation 5; mean 7,
    # bar 6: the alternation is dropped, and policies 1, 4, 5 (30 per ten moves) come back.
    # Round 3 (71-110): ALL C, ALL D, tit for tat, tit for two tats.
    expected = (_SNODGRASS_FIRST_ROUND + "C" * 20 + "D" * 10 + "CD" * 5
                + "C" * 10 + "D" * 10 + "D" * 10 + "C" + "D" * 9)
    versus_test(SecondBySnodgrass(), "C" * 50 + "D" * 60, expected=expected, announce_length=False)


def test_snodgrass_tit_for_two_tats_remembers_the_move_seen_on_its_last_move():
    # Against ALL D the remembered move starts as C, so move 41 cooperates despite D, D.
    versus_test(SecondBySnodgrass(), "D", expected=_SNODGRASS_FIRST_ROUND + "D" * 10 + "C" + "D" * 9,
                announce_length=False)
    # In the restore game above, move 101 cooperates: the move it remembers is the opponent's
    # move 49 (C, seen on move 50), not move 99 (D).
    own, _ = versus(SecondBySnodgrass(), "C" * 50 + "D" * 60, announce_length=False)
    assert own[100:] == "C" + "D" * 9


# --- SecondByDuisman (K63R) -----------------------------------------------------------------

def test_duisman_alternates_c_d_whatever_the_opponent_does():
    for opponent in ("C", "D", "CDDCDCCCDD", "DDC"):
        versus_test(SecondByDuisman(), opponent, expected="CD" * 10, announce_length=False)
    versus_test(SecondByDuisman(), TitForTat(), expected="CD" * 10, announce_length=False)


def test_duisman_keeps_its_clock_under_noise():
    # Each played move is the clock's move unless flipped (probability 0.1), so about 90%
    # agree with C on odd moves, D on even ones; an alternation that followed its own played
    # moves would drift to about 50%. 4000 moves: standard error sqrt(0.09 / 4000) = 0.0047;
    # tolerance 5 standard errors.
    turns, noise = 4000, 0.1
    agree = 0
    for seed in range(4):
        own, _ = versus(SecondByDuisman(), "C", turns // 4, seed=seed, noise=noise, announce_length=False)
        agree += sum(m == ("C" if k % 2 == 0 else "D") for k, m in enumerate(own))
    rate = agree / turns
    assert abs(rate - (1 - noise)) < 5 * math.sqrt(noise * (1 - noise) / turns)


# --- SecondByRobertson (K54R) ---------------------------------------------------------------

def test_robertson_against_all_c_bursts_six_trial_defections_when_the_opponent_has_12_points():
    # C C C C; then the opponent's score (its clock) sticks at 12 while it defects: six trials,
    # after which the period is 11 and it cooperates.
    versus_test(SecondByRobertson(), "C", expected="CCCC" + "D" * 6 + "C", announce_length=False)


def test_robertson_trial_period_drops_by_one_after_each_six_trials():
    # Clock 12 + 3 (M - 11) from move 11: the next multiple of 11 is 33 (move 18), of 10 is 60
    # (move 33), of 9 is 63 (move 40).
    expected = ("CCCC" + "D" * 6 + "C" * 7 + "D" * 6 + "C" * 9 + "D" * 6 + "C" + "D")
    versus_test(SecondByRobertson(), "C", expected=expected, announce_length=False)


def test_robertson_answers_the_third_defection_in_a_row():
    # Clocks 5, 10, 15 with 1, 2, 3 defections: never above 20%, but the run of three is.
    versus_test(SecondByRobertson(), "D", expected="CCC" + "D" * 12, announce_length=False)
    versus_test(SecondByRobertson(), "CCDCCCCCCC", expected="C" * 10, announce_length=False)


def test_robertson_excuses_defections_once_the_run_of_cooperations_is_long_enough():
    # After D D D D: 4 defections, clock 16 (> 20% of it); the opponent then cooperates against
    # its D, so the clock stays 16: it defects until 20 x 4 <= run x 16, i.e. a run of 5.
    versus_test(SecondByRobertson(), "DDDD" + "C" * 10, expected="CCC" + "D" * 6 + "C" * 5,
                announce_length=False)


def test_robertson_lowers_the_tolerated_share_only_if_the_clock_is_exactly_20():
    # D then C's: clock 5, 8, ..., 20 on move 7 (share now 10%); 4 defections at clock 38 > 3.8.
    versus_test(SecondByRobertson(), "DCCCCCDDCD", expected="C" * 10 + "D", turns=11, announce_length=False)
    # D D then C's: clock 10, 13, ..., 22 skips 20; 4 defections at clock 35 are within 20%.
    versus_test(SecondByRobertson(), "DDCCCCCDDC", expected="C" * 10, announce_length=False)


# --- SecondByRabbie (K33R) ------------------------------------------------------------------

def test_rabbie_plays_c_c_d_d_on_moves_1_to_22():
    for opponent in ("C", "D", "CDDCDCCD"):
        own, _ = versus(SecondByRabbie(), opponent, 22, announce_length=False)
        assert own == ("CCDD" * 6)[:22]


def test_rabbie_cooperates_for_good_with_an_opponent_that_mirrored_it():
    versus_test(SecondByRabbie(), SecondByRabbie(), expected=("CCDD" * 6)[:22] + "C" * 30, announce_length=False)


def test_rabbie_defects_for_good_against_all_c_and_all_d():
    # All p = 1 scores 36, 44, 48, 48, 52, 60; all p = 0 scores 0, 4, 6, 6, 8, 12: policy 6.
    for opponent in ("C", "D"):
        versus_test(SecondByRabbie(), opponent, expected=("CCDD" * 6)[:22] + "D" * 30, announce_length=False)


def test_rabbie_cooperates_for_good_against_tit_for_tat():
    # p = 1, 0, 1, 0 (the opponent copies its last move): 36, 32, 30, 27, 24, 12: policy 1.
    versus_test(SecondByRabbie(), TitForTat(), expected=("CCDD" * 6)[:22] + "C" * 30, announce_length=False)


# --- SecondByHall (K71R) --------------------------------------------------------------------

def test_hall_against_all_c_alternates_c_d():
    versus_test(SecondByHall(), "C", expected="CD" * 8, announce_length=False)


def test_hall_opens_c_then_the_opposite_of_the_first_move_and_defects_after_every_defection():
    versus_test(SecondByHall(), "D", expected="CC" + "D" * 10, announce_length=False)
    # Single defections are not let pass: each is answered with D (the missing jump).
    versus_test(SecondByHall(), "CCCDCCD", expected="CDCDDCDD", turns=8, announce_length=False)


def test_hall_counts_cooperations_from_move_3_across_defections():
    # Cooperations seen on moves 3, 4, 5, 7, 8 are the 1st..5th: C, D, C, (D for the D), D, C.
    versus_test(SecondByHall(), "DCCCDCCD", expected="CCCDCDDC", announce_length=False)


# --- SecondByFriedland (K74R) ---------------------------------------------------------------

def test_friedland_against_all_c_plays_d_c_then_defects_for_good():
    versus_test(SecondByFriedland(), "C", expected="DC" + "D" * 18, announce_length=False)


def test_friedland_against_all_d_defects_for_good():
    versus_test(SecondByFriedland(), "D", expected="DC" + "D" * 18, announce_length=False)


def test_friedland_alternates_while_the_alternation_test_holds():
    # Against tit for tat: its D answered by D (beta 0), its C by C (alpha 1): 4 alpha - 5 beta - 1 = 3.
    versus_test(SecondByFriedland(), TitForTat(), expected="DC" * 15, announce_length=False)
