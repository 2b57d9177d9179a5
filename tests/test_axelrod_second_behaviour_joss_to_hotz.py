"""Documented behaviour of eleven second-round rules (Joss to Hotz), with the versus_test kit."""

from __future__ import annotations

import math

import pytest

import axelrod_nl as axn
from axelrod_nl.strategies.axelrod_second import (
    SecondByFeld,
    SecondByHollander,
    SecondByHotz,
    SecondByJoss,
    SecondByLeyland,
    SecondByNussbacher,
    SecondByPebly,
    SecondByRobertAdams,
    SecondBySchurmann,
    SecondBySmith,
    SecondBySmoody,
)
from axelrod_nl.testing import versus, versus_test

# Rates are checked over many seeds: an observed proportion may differ from the
# documented probability p by at most 5 standard errors, sqrt(p (1 - p) / n)
# (a false alarm about 1 in 1.7 million per check).
SIGMAS = 5.0
PAYOFF = {"CC": 3, "CD": 0, "DC": 5, "DD": 1}


def play(player, opponent, turns=None, seed=0) -> str:
    """The player's moves, the length not announced."""
    return versus(player, opponent, turns, seed=seed, announce_length=False)[0]


def games(player, opponent, turns, seeds) -> list[str]:
    return [play(player, opponent, turns, seed) for seed in seeds]


def assert_rate(hits: int, n: int, p: float, what: str) -> None:
    assert n > 0, f"{what}: no cases"
    se = math.sqrt(p * (1 - p) / n)
    observed = hits / n
    assert abs(observed - p) <= SIGMAS * se, (
        f"{what}: {observed:.4f} over {n}, expected {p} +- {SIGMAS * se:.4f} (5 standard errors)"
    )


def tit_for_tat(opponent: str) -> str:
    return "C" + opponent[:-1]


# An irregular opponent, for the parts of a rule that are tit for tat.
IRREGULAR = "CDDCCCDCDDDCCDCCCCDDCDCDDDCCDC"


# SecondByJoss ---------------------------------------------------------------------------------

def test_joss_answers_all_c_with_a_probe_then_two_cooperations():
    """Move 1 is C; after a probe D it plays the normal move (C here) and then C, so no DD or DCD."""
    for moves in games(SecondByJoss(), "C", 200, range(200)):
        assert moves[0] == "C"
        assert "DD" not in moves and "DCD" not in moves, moves


def test_joss_probes_one_normal_move_in_ten():
    """Against ALL C every move is in the normal state except the two after each probe: D with probability 0.1."""
    hits = n = 0
    for moves in games(SecondByJoss(), "C", 200, range(400)):
        m = 1  # move 1 is C by rule; the normal state starts at move 2
        while m < len(moves):
            n += 1
            if moves[m] == "D":
                hits += 1
                m += 3  # the probe, then the two moves it cannot probe on
            else:
                m += 1
    assert_rate(hits, n, 0.1, "Joss probes against ALL C")


def test_joss_turns_to_defection_against_a_poor_cooperator():
    """Against C D C D ... (c < 0.7 (M - 3) from move 9) it defects for good; d never passes 10."""
    for moves in games(SecondByJoss(), "CD", 200, range(100)):
        assert moves[0] == "C"
        assert moves[19:] == "D" * 181, moves


def test_joss_forgiving_tit_for_tat_cooperates_after_21_defections_in_a_row():
    """Against ALL D it reaches forgiving tit for tat and then cooperates every 21st move (d > 20, d set to 0)."""
    for moves in games(SecondByJoss(), "D", 200, range(100)):
        late = [m for m in range(10, 200) if moves[m] == "C"]
        assert late and late[0] < 30, moves
        assert all(b - a == 21 for a, b in zip(late, late[1:])), moves
        assert len(late) == 1 + (199 - late[0]) // 21, moves


# SecondByPebly --------------------------------------------------------------------------------

def test_pebly_cooperates_for_ever_with_all_c():
    for seed in range(20):
        versus_test(SecondByPebly(), "C", "C" * 100, seed=seed, announce_length=False)


def test_pebly_mutual_defection_lasts_until_the_opponent_cooperates():
    """Once D meets D it repeats D: against ALL D the moves are some C then D for good."""
    for moves in games(SecondByPebly(), "D", 60, range(200)):
        assert moves[0] == "C"
        first = moves.index("D")
        assert moves[first:] == "D" * (60 - first), moves
    # Against D D D C: the D/D streak holds until the opponent's C is seen.
    for moves in games(SecondByPebly(), "DDDDDDDC", 8 + 1, range(200)):
        if moves[:2] == "CD":
            assert moves[1:8] == "D" * 7, moves


def test_pebly_defects_with_probability_0_8_when_the_moves_differ():
    hits = n = 0
    for seed in range(3000):
        moves = play(SecondByPebly(), "D", 2, seed)  # move 2 answers C/D
        hits += moves[1] == "D"
        n += 1
    assert_rate(hits, n, 0.8, "Pebly after own C, opponent's D")
    hits = n = 0
    for seed in range(3000):
        moves = play(SecondByPebly(), "DDC", 4, seed)
        if moves[1:3] == "DD":  # move 4 answers own D, opponent's C
            hits += moves[3] == "D"
            n += 1
    assert_rate(hits, n, 0.8, "Pebly after own D, opponent's C")


# SecondByRobertAdams --------------------------------------------------------------------------

def test_robert_adams_cooperates_twice_then_punishes_all_d():
    """Moves 1 and 2 are C; against ALL D w = 3, 7, 9, 13, 15, ... punish (moves 3, 5, 6, 8, 9, ...)."""
    for moves in games(SecondByRobertAdams(), "D", 60, range(300)):
        assert moves[:3] == "CCD", moves
        assert all(moves[m - 1] == "D" for m in range(3, 61) if m % 3 != 1), moves


def test_robert_adams_forgiveness_halves_with_each_defection():
    """A first defection after move 2 is forgiven with q = 0.8 / 2 = 0.4; against ALL D move 4 with 0.05."""
    first = games(SecondByRobertAdams(), "CCCDC", 6, range(3000))
    assert all(m[:4] == "CCCC" and m[5] == "C" for m in first)  # w = 2 is not due
    assert_rate(sum(m[4] == "C" for m in first), len(first), 0.4, "Robert Adams forgives a first defection")
    all_d = games(SecondByRobertAdams(), "D", 4, range(3000))
    assert_rate(sum(m[3] == "C" for m in all_d), len(all_d), 0.05, "Robert Adams forgives ALL D on move 4")


def test_robert_adams_punishes_every_cooperation_after_the_second_defection():
    """w does not move on a cooperation, so once it is due every cooperation is punished."""
    # Defection on move 1 counts once (w = 1, not due); the next makes w = 3: D for good.
    for seed in range(10):
        versus_test(SecondByRobertAdams(), "D" + "C" * 5 + "D" + "C" * 20, "C" * 7 + "D" * 20, seed=seed,
                    announce_length=False)
    # Two late defections: w = 2 (forgiven or not), then w = 4, due.
    for moves in games(SecondByRobertAdams(), "CCCD" + "CCCD" + "C" * 30, 38, range(200)):
        assert moves[8:] == "D" * 30, moves


# SecondBySchurmann ----------------------------------------------------------------------------

def test_schurmann_cooperates_until_the_first_defection():
    for seed in range(20):
        versus_test(SecondBySchurmann(), "C", "C" * 100, seed=seed, announce_length=False)
        versus_test(SecondBySchurmann(), "C" * 30 + "D", "C" * 31, seed=seed, announce_length=False)


def test_schurmann_answers_the_first_defection_with_q_one_quarter():
    """The move after the first defection (own C, opponent's D) is played with q = 0.5 / 2."""
    moves = games(SecondBySchurmann(), "CCCD" + "C" * 4, 5, range(4000))
    assert_rate(sum(m[4] == "C" for m in moves), len(moves), 0.25, "Schurmann after the first defection")


def test_schurmann_learns_from_each_outcome():
    """From q = 0.25: (C, C) gives 0.57 q + 0.43, (D, C) and (C, D) halve it, (D, D) gives 0.74 q + 0.104."""
    cases = {"CC": [0, 0], "DC": [0, 0], "CD": [0, 0], "DD": [0, 0]}
    for seed in range(8000):
        for opponent in ("D" + "C" * 3, "D"):  # the opponent's move 2 is C, or D
            moves = play(SecondBySchurmann(), opponent, 3, seed)
            key = moves[1] + opponent[1 % len(opponent)]
            cases[key][0] += moves[2] == "C"
            cases[key][1] += 1
    expected = {"CC": 0.57 * 0.25 + 0.43, "DC": 0.125, "CD": 0.125, "DD": 0.74 * 0.25 + 0.104}
    for key, (hits, n) in cases.items():
        assert_rate(hits, n, expected[key], f"Schurmann's q after outcome {key}")


# SecondByNussbacher ---------------------------------------------------------------------------

def test_nussbacher_cooperates_on_moves_1_to_10():
    for moves in games(SecondByNussbacher(), "D", 10, range(50)):
        assert moves == "C" * 10


def test_nussbacher_cooperates_after_ten_clean_moves():
    """With no defection among the opponent's last ten moves it cooperates for certain."""
    for seed in range(20):
        versus_test(SecondByNussbacher(), "C", "C" * 100, seed=seed, announce_length=False)
    for moves in games(SecondByNussbacher(), "D" + "C" * 60, 61, range(100)):
        assert moves[11:] == "C" * 50, moves  # move 11 reads moves 1-10 (d = 1); from move 12, d = 0


@pytest.mark.parametrize("d, p", [(1, 0.23), (2, 0.87), (3, 0.915), (4, 0.915), (6, 0.87), (8, 0.915), (10, 0.94)])
def test_nussbacher_defects_with_the_chance_the_table_gives_d(d, p):
    """Against a period-10 opponent with d defections the count is d on every move from 11."""
    opponent = "D" * d + "C" * (10 - d)
    hits = n = 0
    for moves in games(SecondByNussbacher(), opponent, 60, range(200)):
        hits += moves[10:].count("D")
        n += 50
    assert_rate(hits, n, p, f"Nussbacher with d = {d}")


# SecondBySmith --------------------------------------------------------------------------------

def smith_intended(opponent: str, turns: int) -> str:
    """The intended moves (before the 5% reversal), worked out from the docstring."""
    run = letups = 0
    out = []
    last = "C"
    for m in range(turns):
        run = run + 1 if last == "D" else 0
        move = "C"
        if run >= 2:
            move = "D"
            if run >= 5 + 3 * letups:
                run, letups = 0, letups + 1
        out.append(move)
        last = opponent[m % len(opponent)]
    return "".join(out)


def test_smith_lets_up_against_all_d_on_moves_7_15_26():
    intended = smith_intended("D", 40)
    assert intended[:27] == "CCDDDDCDDDDDDDCDDDDDDDDDDCD"  # C on moves 1, 2, 7, 15, 26
    runs = games(SecondBySmith(), "D", 40, range(500))
    for m in range(40):  # the intended move wins at every move
        assert sum(g[m] == intended[m] for g in runs) > 400, m
    agree = sum(g[m] == intended[m] for g in runs for m in range(40))
    assert_rate(agree, 500 * 40, 0.95, "Smith plays its intended move")


def test_smith_is_tit_for_two_tats_with_runs_of_d():
    """Two defections in a row start its defection; a cooperation clears the count."""
    for opponent, start in (("CD", "CCCCCCCC"), ("DDC", "CCDCCDCC"), ("DDDC", "CCDDCCDD")):
        intended = smith_intended(opponent, 60)
        assert intended.startswith(start)
        runs = games(SecondBySmith(), opponent, 60, range(300))
        agree = sum(g[m] == intended[m] for g in runs for m in range(60))
        assert_rate(agree, 300 * 60, 0.95, f"Smith against {opponent}")


def test_smith_reverses_its_move_one_time_in_twenty():
    runs = games(SecondBySmith(), "C", 100, range(400))
    assert_rate(sum(g.count("D") for g in runs), 400 * 100, 0.05, "Smith's reversals against ALL C")


# SecondByLeyland ------------------------------------------------------------------------------

def test_leyland_plays_tit_for_tat_before_move_30():
    for seed in range(50):
        versus_test(SecondByLeyland(), IRREGULAR, tit_for_tat(IRREGULAR)[:29], seed=seed, announce_length=False)
        versus_test(SecondByLeyland(), "D", "C" + "D" * 28, seed=seed, announce_length=False)


def test_leyland_adds_a_random_defection_on_move_30_with_chance_one_quarter():
    """x starts at 0.75 and the opponent's share of defections is 0: D when R > 0.75."""
    runs = games(SecondByLeyland(), "C", 30, range(4000))
    assert all(g[:29] == "C" * 29 for g in runs)
    assert_rate(sum(g[29] == "D" for g in runs), len(runs), 0.25, "Leyland's probe on move 30")


def test_leyland_cooperates_after_a_probe_answered_with_d():
    """Against TIT FOR TAT: probe D on move m, tit for tat C on m + 1 (watching), the reply D is forgiven on m + 2."""
    watched = 0
    for moves in games(SecondByLeyland(), axn.TitForTat(), 150, range(300)):
        assert moves[:29] == "C" * 29
        m = moves.find("D")
        if m < 0 or m + 2 >= len(moves) or moves[m + 1] != "C":
            continue
        watched += 1
        assert moves[m + 2] == "C", (m, moves)  # tit for tat would play D here
    assert watched > 100


def test_leyland_defects_for_good_against_an_opponent_defecting_half_the_time():
    """Step 4 drops x by 0.2 on every move while the share is within 0.1 of one half: x < 0, D at every step 6."""
    for moves in games(SecondByLeyland(), "CD", 200, range(300)):
        assert moves[:29] == tit_for_tat("CD" * 15)[:29]
        assert moves[35:] == "D" * 165, moves


# SecondByHollander ----------------------------------------------------------------------------

def test_hollander_defects_after_two_defections_in_a_row():
    for moves in games(SecondByHollander(), "D", 100, range(100)):
        assert moves[2:] == "D" * 98, moves
    for moves in games(SecondByHollander(), "CDD", 99, range(100)):
        assert all(moves[m] == "D" for m in range(3, 99, 3)), moves  # after the opponent's D, D


def test_hollander_random_defections_come_1_to_23_moves_apart():
    """Against ALL C its D's are the schedule: first on move 1-23, then 1-23 moves apart (uniform, mean 12)."""
    gaps = []
    for seed in range(2000):
        moves = play(SecondByHollander(), "C", 200, seed)
        ds = [m + 1 for m, x in enumerate(moves) if x == "D"]
        assert 1 <= ds[0] <= 23
        steps = [b - a for a, b in zip([0] + ds, ds)]
        assert all(1 <= s <= 23 for s in steps), ds
        if ds[0] != 1:  # the schedule from move 1 is the quirk tested below
            gaps.extend(steps[:6])  # six complete steps fit in 200 moves for sure
    mean = sum(gaps) / len(gaps)
    se = math.sqrt((23 * 23 - 1) / 12 / len(gaps))
    assert abs(mean - 12) <= SIGMAS * se, (mean, se)


def test_hollander_defects_on_move_2_whenever_move_1_is_scheduled():
    """Move 1 is scheduled with chance 1/23, and then its random number makes move 2 scheduled too."""
    starts = [play(SecondByHollander(), "C", 2, seed) for seed in range(20000)]
    assert all(s == "DD" for s in starts if s[0] == "D")
    assert_rate(sum(s[0] == "D" for s in starts), len(starts), 1 / 23, "Hollander's move 1 scheduled")


# SecondBySmoody -------------------------------------------------------------------------------

def test_smoody_always_cooperates_after_a_defection():
    for moves in games(SecondBySmoody(), "D", 100, range(50)):
        assert moves[1:] == "C" * 99, moves
    for moves in games(SecondBySmoody(), IRREGULAR, 30, range(50)):
        assert all(moves[m + 1] == "C" for m in range(29) if IRREGULAR[m] == "D"), moves


def test_smoody_defects_one_time_in_ten_after_a_cooperation():
    runs = games(SecondBySmoody(), "C", 100, range(400))
    assert_rate(sum(g.count("D") for g in runs), 400 * 100, 0.1, "Smoody against ALL C")


# SecondByFeld ---------------------------------------------------------------------------------

def test_feld_plays_tit_for_tat_for_the_first_20_moves():
    for seed in range(50):
        versus_test(SecondByFeld(), IRREGULAR, tit_for_tat(IRREGULAR)[:20], seed=seed, announce_length=False)


def test_feld_climbs_to_all_d_against_all_d():
    """Rule 3 scores 19 < 100: rule 4 (D after D) scores 20 < 100: rule 5, which no softer rule beats."""
    for seed in range(20):
        versus_test(SecondByFeld(), "D", "C" + "D" * 199, seed=seed, announce_length=False)


def test_feld_climbs_through_rule_4_to_all_d_against_all_c():
    """Moves 1-20 tit for tat, 21-40 rule 4 (C with probability 0.75 after C), from 41 always D."""
    runs = games(SecondByFeld(), "C", 120, range(400))
    for moves in runs:
        assert moves[:20] == "C" * 20 and moves[40:] == "D" * 80, moves
    assert_rate(sum(g[20:40].count("C") for g in runs), 400 * 20, 0.75, "Feld's rule 4 after C")


def test_feld_steps_down_playing_as_if_the_opponent_had_cooperated():
    """Against 40 C then D: rule 5 scores 20 on moves 41-60, below rule 4's; move 61 steps down to rule 4
    and is played as after a C (C with probability 0.75), not as after the opponent's D (D for certain)."""
    opponent = "C" * 40 + "D" * 40
    runs = games(SecondByFeld(), opponent, 61, range(3000))
    for moves in runs:
        assert moves[40:60] == "D" * 20
        score = [sum(PAYOFF[moves[m] + opponent[m]] for m in range(a, a + 20)) for a in (20, 40)]
        assert score[0] > score[1]
    assert_rate(sum(g[60] == "C" for g in runs), len(runs), 0.75, "Feld's move 61 after stepping down")


# SecondByHotz ---------------------------------------------------------------------------------

def test_hotz_always_defects_from_move_300():
    for moves in games(SecondByHotz(), "C", 400, range(100)):
        assert moves[299:] == "D" * 101


def test_hotz_ignores_the_opponent():
    for seed in range(20):
        moves = play(SecondByHotz(), "C", 320, seed)
        for opponent in ("D", "CD", IRREGULAR):
            versus_test(SecondByHotz(), opponent, moves, seed=seed, announce_length=False)


def test_hotz_cooperates_at_the_rate_of_the_move_number():
    runs = games(SecondByHotz(), "C", 299, range(300))
    for (a, b), p in (((0, 99), 0.1), ((99, 199), 0.05), ((199, 299), 0.15)):
        assert_rate(sum(g[a:b].count("C") for g in runs), 300 * (b - a), p, f"Hotz on moves {a + 1}-{b}")
