"""Behaviour tests for twelve second-round rules (Weiner to Mauk): what each docstring says, move by move."""

from __future__ import annotations

import math

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.strategies.axelrod_second import (
    SecondByBorufsen,
    SecondByColbert,
    SecondByGraaskampKatzen,
    SecondByGrofman,
    SecondByMauk,
    SecondByMikkelson,
    SecondByNydegger,
    SecondByRichardHufford,
    SecondByRowsam,
    SecondByTidemanAndChieruzzi,
    SecondByWeiner,
    SecondByYamachi,
)
from axelrod_nl.testing import versus, versus_test


def with_moves(length: int, positions, move: str = "D", base: str = "C") -> str:
    """``length`` moves of ``base``, with ``move`` on the given moves (numbered from 1)."""
    moves = [base] * length
    for position in positions:
        moves[position - 1] = move
    return "".join(moves)


def tit_for_tat(opponent: str) -> str:
    """Tit for tat's moves against a fixed sequence: C, then the opponent's move before."""
    return "C" + opponent[:-1]


def changed(moves: str, changes: dict[int, str]) -> str:
    """``moves`` with the moves numbered (from 1) in ``changes`` replaced."""
    out = list(moves)
    for position, move in changes.items():
        out[position - 1] = move
    return "".join(out)


def play(player, opponent, expected: str, **kwargs) -> None:
    versus_test(player, opponent, expected, announce_length=False, **kwargs)


# --- Weiner (K41R) -------------------------------------------------------------------------------


def test_weiner_answers_a_lone_defection_and_all_d_like_tit_for_tat():
    play(SecondByWeiner(), "CCCDCC", "CCCCDC")
    play(SecondByWeiner(), "C", "C" * 30)
    play(SecondByWeiner(), "D", "C" + "D" * 29)


def test_weiner_forgives_the_second_defection_of_d_c_d():
    # D on move 2 is answered on move 3; the D on move 4 (after D C) is forgiven on move 5.
    opponent = with_moves(12, [2, 4])
    play(SecondByWeiner(), opponent, changed(tit_for_tat(opponent), {5: "C"}))


def test_weiner_spends_forgiveness_budget_on_a_refused_defection_too():
    # Forgiven on move 5 (budget 20); D C D on moves 10-12 is refused on move 13 (20 is not < 13),
    # and that refusal raises the budget to 40.
    refused_early = with_moves(20, [2, 4, 10, 12])
    play(SecondByWeiner(), refused_early, changed(tit_for_tat(refused_early), {5: "C"}))
    # So D C D answered on move 40 is refused (40 is not < 40; 20 < 40 had the refusal been free) ...
    at_40 = with_moves(45, [2, 4, 10, 12, 37, 39])
    play(SecondByWeiner(), at_40, changed(tit_for_tat(at_40), {5: "C"}))
    # ... and answered on move 41 it is forgiven.
    at_41 = with_moves(45, [2, 4, 10, 12, 38, 40])
    play(SecondByWeiner(), at_41, changed(tit_for_tat(at_41), {5: "C", 41: "C"}))


def test_weiner_defects_while_five_defections_lie_in_moves_m_minus_13_to_m_minus_2():
    # Defections on moves 1-5: tit for tat answers them on moves 2-6; the override keeps
    # defecting on moves 7-14 while move 1 is in the window, and lets go on move 15.
    opponent = with_moves(20, range(1, 6))
    play(SecondByWeiner(), opponent, changed(tit_for_tat(opponent), {m: "D" for m in range(7, 15)}))
    # The window leaves out the opponent's last move: the fifth defection (move 13) does not stop
    # its forgiveness on move 14, but makes it defect on move 15 although the opponent cooperated.
    late = with_moves(20, [2, 3, 7, 11, 13])
    play(SecondByWeiner(), late, changed(tit_for_tat(late), {14: "C", 15: "D"}))


# --- Borufsen (K42R) -----------------------------------------------------------------------------


def test_borufsen_cooperates_once_after_three_mutual_defections():
    play(SecondByBorufsen(), "D", "CDDD" * 6 + "CD")


def test_borufsen_breaks_an_echo_after_three_echo_moves():
    # Against D C D C ...: echoes on moves 3, 4, 5; the next defection (move 6) becomes a C;
    # mutual cooperation on move 7 restarts the count.
    play(SecondByBorufsen(), "DC", "CDCDCC" + "CDCDCC" + "C")


def test_borufsen_judges_a_middling_cooperator_random_on_move_27():
    # D C C ...: 17 cooperations on moves 2-26, 9 of them answering a C (53% < 70%): random, so
    # it defects from move 27 (and the next check, move 52, judges it random again).
    opponent = "DCC" * 20
    play(SecondByBorufsen(), opponent, tit_for_tat(opponent)[:26] + "D" * 34)
    # One cooperation more (move 25): 18 cooperations, never judged random, so tit for tat goes on
    # until move 52, where moves 27-51 (17 cooperations, 53% after a C) are judged random.
    eighteen = changed(opponent, {25: "C"})
    play(SecondByBorufsen(), eighteen, tit_for_tat(eighteen)[:51] + "D" * 9)


def test_borufsen_judges_all_d_defective_and_the_spell_ends_after_the_check_move():
    # Fewer than 3 cooperations on moves 2-26: defect on move 27 and the next 24; the check on
    # move 52 finds 25 cooperations but is still a defection (the quirk); tit for tat from 53.
    opponent = "D" * 26 + "C" * 30
    play(SecondByBorufsen(), opponent, "CDDD" * 6 + "CD" + "D" * 26 + "C" * 4)


# --- Graaskamp and Katzen (K60R) -----------------------------------------------------------------

CHECKPOINTS = [11, 21, 31, 41, 51, 101]


def test_graaskamp_katzen_plays_tit_for_tat_while_on_score():
    play(SecondByGraaskampKatzen(), "C", "C" * 120)
    play(SecondByGraaskampKatzen(), "CCCDCC", "CCCCDC")
    play(SecondByGraaskampKatzen(), "D", "C" + "D" * 29)


@pytest.mark.parametrize("checkpoint", CHECKPOINTS)
def test_graaskamp_katzen_defects_for_good_when_below_the_checkpoint_score(checkpoint):
    # Defections on the four moves before the checkpoint: 3 M - 12 after M - 1 moves, below
    # 3 (M - 1) - 7 = 3 M - 10: it defects on the checkpoint and every move after.
    opponent = with_moves(checkpoint + 10, range(checkpoint - 4, checkpoint))
    play(SecondByGraaskampKatzen(), opponent, tit_for_tat(opponent)[:checkpoint - 1] + "D" * 11)


@pytest.mark.parametrize("checkpoint", CHECKPOINTS)
def test_graaskamp_katzen_keeps_playing_when_exactly_seven_points_short(checkpoint):
    # Three defections: 3 M - 10, exactly the threshold, which is not below it.
    opponent = with_moves(checkpoint + 10, range(checkpoint - 3, checkpoint))
    play(SecondByGraaskampKatzen(), opponent, tit_for_tat(opponent))


@pytest.mark.parametrize("move", [61, 71, 81, 91, 111])
def test_graaskamp_katzen_checks_its_score_on_no_other_move(move):
    opponent = with_moves(move + 10, range(move - 4, move))
    play(SecondByGraaskampKatzen(), opponent, tit_for_tat(opponent))


# --- Tideman and Chieruzzi (K84R) ----------------------------------------------------------------


def test_tideman_chieruzzi_answers_a_lone_defection_like_tit_for_tat():
    play(SecondByTidemanAndChieruzzi(), "CCCDCC", "CCCCDC")
    play(SecondByTidemanAndChieruzzi(), "C", "C" * 40)


def test_tideman_chieruzzi_answers_the_kth_run_of_defections_with_k_defections():
    # Lone defections on moves 4, 8, 12: the margins 0, 5, 15 take 1, 2 and 3 defections to earn.
    opponent = with_moves(20, [4, 8, 12])
    play(SecondByTidemanAndChieruzzi(), opponent, with_moves(20, [5, 9, 10, 13, 14, 15]))


def test_tideman_chieruzzi_makes_a_fresh_start_against_all_d_every_ten_moves():
    # Move 10: 9 defections in 9 moves is 4.5 = 1.5 sqrt(9) from 4.5, so C on moves 10 and 11;
    # the next fresh starts are on moves 21-22 and 32-33 (10 moves after each one ended).
    play(SecondByTidemanAndChieruzzi(), "D", "C" + "D" * 8 + "CC" + "D" * 9 + "CC" + "D" * 9 + "CC")


def test_tideman_chieruzzi_counts_a_run_ongoing_through_a_fresh_start_as_a_new_first_run():
    # ALL D for 14 moves (fresh start on 10-11), cooperation, then a lone defection on move 20:
    # the ongoing run counted as run 1, so the defection on 20 is run 2, answered twice (21, 22).
    opponent = with_moves(30, list(range(1, 15)) + [20])
    play(SecondByTidemanAndChieruzzi(), opponent,
         "C" + "D" * 8 + "CC" + "D" * 4 + "C" * 5 + "DD" + "C" * 8)


# --- Richard Hufford (K47R) ----------------------------------------------------------------------


def test_richard_hufford_probes_on_move_20_and_spaces_probes_by_the_answers():
    # ALL C answers every probe with C: probe 20, then M + 1 + floor(20 a / b) with a = 2 and
    # b = 3, 4, 5, 6: moves 36, 49, 60, 69.
    play(SecondByRichardHufford(), "C", with_moves(70, [20, 36, 49, 60, 69]))


def test_richard_hufford_puts_the_probe_off_after_an_opponent_defection():
    # A defection on move 5, seen on move 6 (up to P): the probe moves to 6 + 1 + 20 = 27.
    play(SecondByRichardHufford(), with_moves(40, [5]), with_moves(40, [6, 27]))


def test_richard_hufford_cooperates_after_a_probe_and_waits_longer_if_it_was_answered_with_d():
    # The opponent answers the probe of move 20 with D (its move 21): move 22 is C all the same,
    # and with a = 3, b = 2 the next probe is 23 + 30 = 53.
    play(SecondByRichardHufford(), with_moves(60, [21]), with_moves(60, [20, 53]))


def test_richard_hufford_cooperates_against_all_d_when_long_and_short_agreement_are_high():
    # ALL D repeats its defections, which counts as agreement: long = M - 1 > 0.9 M from move 11
    # with the last four agreeing, so C on 11 and 12; each pair costs two agreements: 31-32, 51-52.
    play(SecondByRichardHufford(), "D", "C" + "D" * 9 + "CC" + "D" * 18 + "CC" + "D" * 18 + "CC" + "DDD")


# --- Yamachi (K64R) ------------------------------------------------------------------------------


def test_yamachi_cooperates_with_all_c():
    play(SecondByYamachi(), "C", "C" * 60)


def test_yamachi_learns_all_d_one_answer_late():
    # Each tally is read before the answer just seen is added: C C C, then D on the first
    # negative tally, C once more for the (D, D) tally still at 0, then D.
    play(SecondByYamachi(), "D", "CCCDCD" + "D" * 14)


def test_yamachi_defects_from_move_41_against_a_fifty_fifty_player():
    # Against C D C D ... the tallies give C x 6 then D C D C ...; from move 41, 10 |c - d| < M.
    play(SecondByYamachi(), "CD", "C" * 6 + "DC" * 17 + "D" * 20)


# --- Colbert (K51R) ------------------------------------------------------------------------------


def test_colbert_plays_its_fixed_opening_whatever_the_opponent_does():
    play(SecondByColbert(), "C", "CCCCCDCC" + "C" * 12)
    play(SecondByColbert(), with_moves(20, range(1, 8)), "CCCCCDCC" + "C" * 12)


def test_colbert_answers_a_defection_with_d_d_c_c():
    play(SecondByColbert(), with_moves(20, [10]), "CCCCCDCC" + "CC" + "DDCC" + "C" * 6)
    play(SecondByColbert(), "D", "CCCCCDCC" + "DDCC" * 3)


def test_colbert_ignores_defections_during_the_three_moves_after_punishing():
    play(SecondByColbert(), with_moves(20, [10, 12, 13]), "CCCCCDCC" + "CC" + "DDCC" + "C" * 6)


# --- Mikkelson (K66R) ----------------------------------------------------------------------------


def test_mikkelson_cooperates_with_all_c():
    play(SecondByMikkelson(), "C", "C" * 30)


def test_mikkelson_defects_and_resets_on_moves_3_to_10_then_defects_against_a_high_rate():
    # Counter -4, -2, 0, 2, then 4: D and reset to -1; 1, 3: D; ... from move 11 the counter
    # stays >= 3 and 100% defections >= 0.15: D.
    play(SecondByMikkelson(), "D", "CCCCDCDCDC" + "D" * 10)


def test_mikkelson_tolerates_defections_that_are_rare_over_the_game():
    # After 40 cooperations, five defections take the counter from -5 to 3 and 5, but 4/45 and
    # 5/46 are below 0.15: it keeps cooperating.
    play(SecondByMikkelson(), with_moves(50, range(41, 46)), "C" * 50)


def test_mikkelson_divides_the_defection_count_by_the_move_number():
    # Four defections ending on move 25: 4/26 >= 0.15, D on move 26.
    play(SecondByMikkelson(), with_moves(30, range(22, 26)), with_moves(30, [26]))
    # Ending on move 26: 4/27 < 0.15 (4/26, over the moves played, would not be), so C on move 27.
    play(SecondByMikkelson(), with_moves(30, range(23, 27)), "C" * 30)


# --- Rowsam (K58R) -------------------------------------------------------------------------------


def test_rowsam_cooperates_with_all_c_and_ignores_a_defection_that_leaves_its_score_enough():
    play(SecondByRowsam(), "C", "C" * 30)
    # A defection on move 7: score 30 at move 12, exactly 2.5 M, so no distrust, no answer.
    play(SecondByRowsam(), with_moves(20, [7]), "C" * 20)


def test_rowsam_answers_a_low_score_at_move_6_with_d_c_d():
    # A defection on move 1: score 12 at move 6, below 2.5 M = 15: one point, D C D on 6-8.
    play(SecondByRowsam(), with_moves(20, [1]), with_moves(20, [6, 8]))


def test_rowsam_defects_for_good_once_distrust_exceeds_six():
    # ALL D: score 0 at move 6 (5 points, D C D), 2 at move 12 (5 more): D from move 12 on.
    play(SecondByRowsam(), "D", "CCCCCDCDCCC" + "D" * 19)


# --- Grofman (K86R) ------------------------------------------------------------------------------


def test_grofman_cooperates_twice_then_plays_tit_for_tat_to_move_7():
    play(SecondByGrofman(), "D", "CC" + "D" * 18)
    # A defection on move 1 goes unanswered; one on move 4 is answered on move 5.
    play(SecondByGrofman(), with_moves(8, [1, 4]), with_moves(8, [5]))


def test_grofman_does_not_answer_a_lone_late_defection():
    play(SecondByGrofman(), with_moves(30, [11]), "C" * 30)


def test_grofman_counts_defections_in_moves_m_minus_8_to_m_minus_2():
    # Defections on 11, 12, 13: at most 2 in the window up to move 14 (C); 3 on moves 15-19 (D);
    # 2 on move 20 after its own D (D); 1 on move 21 (C).
    play(SecondByGrofman(), with_moves(25, [11, 12, 13]), with_moves(25, range(15, 21)))


# --- Nydegger (K57R) -----------------------------------------------------------------------------


def test_nydegger_cooperates_with_all_c_and_retries_c_after_three_mutual_defections():
    play(SecondByNydegger(), "C", "C" * 16)
    play(SecondByNydegger(), "D", "CDDD" * 4)


def test_nydegger_defects_on_move_3_after_c_against_d_then_d_against_c():
    # Tit for tat would cooperate on move 3.
    play(SecondByNydegger(), "DCCCCC", "CDDDCC")


def test_nydegger_answers_a_lone_defection_with_three_defections():
    # A = 1, 6, 26 (not in the list): D on moves 5-7; then 42, 40, 32, 0: C.
    play(SecondByNydegger(), with_moves(12, [4]), with_moves(12, [5, 6, 7]))


# --- Mauk (K78R, GRAASKAMP) ----------------------------------------------------------------------

OPENING = "C" * 50 + "D" + "C" * 6  # moves 1-57 against ALL C


def test_mauk_tests_on_move_51_then_defects_every_6_to_15_moves():
    # N = floor(10 r + 5) is uniform on 5..14, so gaps N + 1 are uniform on 6..15: mean 10.5,
    # standard deviation sqrt(99 / 12); the mean of the gaps must be within 5 standard errors.
    gaps = []
    for seed in range(200):
        own, _ = versus(SecondByMauk(), "C", 200, seed=seed, announce_length=False)
        assert own[:57] == OPENING
        defections = [57] + [k + 1 for k in range(57, 200) if own[k] == "D"]
        gaps += list(np.diff(defections))
    gaps = np.array(gaps)
    assert gaps.min() == 6 and gaps.max() == 15
    assert set(gaps.tolist()) == set(range(6, 16))
    standard_error = math.sqrt(99 / 12) / math.sqrt(len(gaps))
    assert abs(gaps.mean() - 10.5) < 5 * standard_error


def test_mauk_defects_for_good_when_the_opponents_score_is_at_most_135_on_move_57():
    # Cooperation for 30 moves, then 26 defections: the opponent has 120 on move 57.
    opponent = "C" * 30 + "D" * 26 + "C" * 20
    play(SecondByMauk(), opponent, "C" * 31 + "D" * 45)


@pytest.mark.parametrize("seed", range(5))
def test_mauk_plays_tit_for_tat_after_seeing_tit_for_tat_echo_its_test(seed):
    # Moves 52-54 are (C, D), (D, C), (C, D): C on move 57, then tit for tat, no random defection.
    play(SecondByMauk(), axn.TitForTat(), "C" * 50 + "DCDCDC" + "C" * 74, seed=seed)


@pytest.mark.parametrize("seed", range(5))
def test_mauk_cooperates_through_move_118_against_analogy(seed):
    # Moves 52-55 are (C, C), (C, D), (D, C), (C, C): cooperate on 57-118 (the defections on 60 and
    # 118 go unanswered), then tit for tat from 119 (the one on 125 is answered on 126).
    opponent = with_moves(140, [53, 60, 118, 125])
    play(SecondByMauk(), opponent, with_moves(140, [51, 54, 119, 126]), seed=seed)
