"""The stability results of Axelrod and Hamilton (1981), each closed form checked against the engine.

Engine values come from matches played long enough that the moves left out
are worth at most ``bound`` (``w**n * max|payoff| / (1 - w)``); the
comparisons allow that bound plus a relative 1e-9 for the rounding of the
discounted sums.
"""

import math
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.analysis import stability as st
from axelrod_nl.cli import main

GAME = axn.Game()  # 3, 0, 5, 1
OTHER = axn.Game(4, 0.5, 6, 1)  # thresholds: ALL D 2/5, ALTERNATOR 4/7
GAMES = pytest.mark.parametrize("game", [GAME, OTHER], ids=["3-0-5-1", "4-0.5-6-1"])
WS = (0.1, 0.25, 0.5, 2 / 3, 0.9, 0.99)


def alternation():
    """Axelrod's ALTERNATOR: D, C, D, C, ... (the catalogue's Alternator starts with C)."""
    return axn.Cycler("DC")


def within(simulated: float, exact, bound: float) -> bool:
    return abs(simulated - float(exact)) <= bound + 1e-9 * abs(float(exact))


def test_alternations_start_as_stated():
    moves = axn.Match(alternation(), axn.Alternator(), turns=4).play()
    assert (moves.moves_a, moves.moves_b) == ("DCDC", "CDCD")


# ---- the bridge: discounted sums of played moves -------------------------------------------

def test_discounted_value_by_hand():
    # D against C, then C against D: T + w S, and for the other side S + w T.
    assert st.discounted_value([1, 0], [0, 1], 0.5) == 5.0
    assert st.discounted_value([0, 1], [1, 0], 0.5) == 2.5
    assert st.discounted_value(np.array([0, 0, 0], dtype=np.int8), [0, 0, 0], 0.5, OTHER) == 4 * 1.75
    assert st.discounted_value([], [], 0.3) == 0.0


def test_truncation_bound_covers_the_tail_and_turns_needed_is_the_least():
    w = 0.9
    for n in (1, 10, 50):
        moves = axn.Match(axn.TitForTat(), axn.TitForTat(), turns=n).play().moves
        tail = st.value_tft_vs_tft(w) - st.discounted_value(moves[0], moves[1], w)
        assert 0 < tail <= st.truncation_bound(n, w)
    n = st.turns_needed(w, tolerance=1e-6)
    assert st.truncation_bound(n, w) <= 1e-6 < st.truncation_bound(n - 1, w)
    value = st.simulated_value(axn.TitForTat(), axn.TitForTat(), w, tolerance=1e-6)
    assert value.turns == n and value.bound <= 1e-6


@pytest.mark.parametrize("w", WS)
@GAMES
def test_closed_forms_match_the_engine(w, game):
    tft = axn.TitForTat()
    pairs = [
        (tft, axn.TitForTat(), st.value_tft_vs_tft),
        (axn.Defector(), tft, st.value_alld_vs_tft),
        (alternation(), tft, st.value_alternator_vs_tft),
        (axn.Defector(), axn.Defector(), st.value_alld_vs_alld),
        (tft, axn.Defector(), st.value_tft_vs_alld),
    ]
    for a, b, formula in pairs:
        simulated = st.simulated_value(a, b, w, game)
        assert within(simulated.value, formula(w, game), simulated.bound), (str(a), str(b))
    # Both sides of one match: ALL D against TIT FOR TAT gives V(TFT|ALL D) too.
    both = st.simulated_value(axn.Defector(), tft, w, game)
    assert within(both.opponent_value, st.value_tft_vs_alld(w, game), both.bound)
    # The catalogue's C-first Alternator earns R, then the D-first alternation's value one move later.
    c_first = st.simulated_value(axn.Alternator(), tft, w, game)
    assert within(c_first.value, game.R + w * st.value_alternator_vs_tft(w, game), c_first.bound)


def test_closed_forms_are_exact_for_fractions():
    w = Fraction(9, 10)
    assert st.value_tft_vs_tft(w) == 30
    assert st.value_alld_vs_tft(w) == 14
    assert st.value_alternator_vs_tft(w) == Fraction(500, 19)
    assert st.value_alld_vs_alld(w) == 10
    assert st.value_tft_vs_alld(w) == 9
    assert isinstance(st.value_alternator_vs_tft(w), Fraction)
    assert isinstance(st.value_alternator_vs_tft(0.9), float)


@pytest.mark.parametrize("continuation", [0.5, 0.9])
def test_random_game_lengths_average_to_the_values(continuation):
    # Games of geometric length: move t is played with probability w**t, so the mean total score
    # is V. Each closed form must lie within 5 standard errors of the mean over the repetitions.
    repetitions = 20_000
    players = [axn.TitForTat(), axn.Defector(), alternation()]
    results = axn.Tournament(players, continuation=continuation, repetitions=repetitions, seed=2024).play()
    mean, error = results.payoff_array, results.payoff_std_array / math.sqrt(repetitions)
    tft, alld, alt = 0, 1, 2
    expected = {
        (tft, tft): st.value_tft_vs_tft(continuation),
        (alld, tft): st.value_alld_vs_tft(continuation),
        (alt, tft): st.value_alternator_vs_tft(continuation),
        (alld, alld): st.value_alld_vs_alld(continuation),
        (tft, alld): st.value_tft_vs_alld(continuation),
    }
    for (row, column), value in expected.items():
        assert error[row, column] > 0
        assert abs(mean[row, column] - value) <= 5 * error[row, column], (row, column)


# ---- TIT FOR TAT's threshold ---------------------------------------------------------------

def test_thresholds_for_axelrods_payoffs():
    assert st.alld_invasion_threshold() == 0.5
    assert st.alternator_invasion_threshold() == pytest.approx(2 / 3)
    assert st.tft_stability_threshold() == pytest.approx(2 / 3)
    assert st.tft_stability_threshold(exact=True) == Fraction(2, 3)
    assert st.tft_stability_threshold(OTHER, exact=True) == Fraction(4, 7)
    assert st.alld_invasion_threshold(OTHER, exact=True) == Fraction(2, 5)


def test_stable_at_the_threshold_itself():
    assert st.is_collectively_stable_tft(Fraction(2, 3))
    assert st.is_collectively_stable_tft(2 / 3)
    assert not st.is_collectively_stable_tft(Fraction(2, 3) - Fraction(1, 10**12))
    assert st.value_alternator_vs_tft(Fraction(2, 3)) == st.value_tft_vs_tft(Fraction(2, 3))


@GAMES
def test_tft_stable_just_above_the_threshold_and_invaded_just_below(game):
    threshold = st.tft_stability_threshold(game)
    above, below = threshold + 1e-3, threshold - 1e-3
    assert st.is_collectively_stable_tft(above, game) and not st.is_collectively_stable_tft(below, game)
    for w, stable in ((above, True), (below, False)):
        native = st.simulated_value(axn.TitForTat(), axn.TitForTat(), w, game)
        invaders = [st.simulated_value(p, axn.TitForTat(), w, game) for p in (axn.Defector(), alternation())]
        best = max(invaders, key=lambda v: v.value)
        margin = native.bound + best.bound + 1e-9 * native.value
        if stable:
            assert best.value <= native.value + margin
        else:
            assert best.value > native.value + margin
    # The alternation's threshold binds for both games, so it is the invader just below.
    below_table = st.tft_invasion_table([below], game)
    assert below_table["best_invader"].iloc[0] == st.ALTERNATOR
    assert below_table["advantage"].iloc[0] > 0


@pytest.mark.parametrize("w", [0.7, 0.9, 0.99])
def test_no_catalogue_rule_beats_tft_above_the_threshold(w):
    # Any sequence of moves, random or not, is one strategy's play, so Proposition 2 holds for
    # every rule's every match against TIT FOR TAT, not only for the two invaders in the formula.
    native = st.value_tft_vs_tft(w)
    for cls in axn.CATALOGUE.values():
        simulated = st.simulated_value(cls(), axn.TitForTat(), w, seed=3)
        assert simulated.value <= native + simulated.bound + 1e-9 * native, cls.__name__


def test_invasion_table():
    table = st.tft_invasion_table()
    assert list(table.columns) == ["tft_vs_tft", "alld_vs_tft", "alternator_vs_tft", "best_invader",
                                   "advantage", "stable"]
    assert np.allclose(table.index, np.arange(1, 20) * 0.05)
    for w, row in table.iterrows():
        assert row["tft_vs_tft"] == pytest.approx(st.value_tft_vs_tft(w))
        assert row["alld_vs_tft"] == pytest.approx(st.value_alld_vs_tft(w))
        assert row["alternator_vs_tft"] == pytest.approx(st.value_alternator_vs_tft(w))
        assert row["stable"] == (w >= 2 / 3) == (row["advantage"] <= 0)
        # The invaders' values cross at w = (P - S)/(T - P) = 1/4.
        if w != 0.25:
            assert row["best_invader"] == (st.ALL_D if w < 0.25 else st.ALTERNATOR)
    assert list(st.tft_invasion_table([0.3, 0.8], OTHER)["stable"]) == [False, True]


# ---- ALL D ---------------------------------------------------------------------------------

@pytest.mark.parametrize("w", [0.01, 0.3, 0.6, 0.9, 0.99])
def test_alld_is_not_invaded(w):
    assert st.alld_is_collectively_stable(w)
    native = st.value_alld_vs_alld(w)
    P_S = GAME.P - GAME.S
    deficits = {
        "Tit For Tat": (axn.TitForTat(), P_S),
        "Cooperator": (axn.Cooperator(), P_S / (1 - w)),
        "Alternator (C first)": (axn.Alternator(), P_S / (1 - w ** 2)),
        "Alternator (D first)": (alternation(), w * P_S / (1 - w ** 2)),
    }
    for label, (player, deficit) in deficits.items():
        simulated = st.simulated_value(player, axn.Defector(), w)
        assert simulated.value < native, label
        assert within(native - simulated.value, deficit, simulated.bound), label
        moves = axn.Match(player, axn.Defector(), simulated.turns, announce_length=False).play().moves
        assert within(st.alld_invader_deficit(moves[0], w), deficit, simulated.bound), label


def test_no_catalogue_rule_beats_alld():
    for w in (0.5, 0.95):
        native = st.value_alld_vs_alld(w)
        for cls in axn.CATALOGUE.values():
            simulated = st.simulated_value(cls(), axn.Defector(), w, seed=5)
            assert simulated.value <= native + simulated.bound, cls.__name__


def test_alld_deficit_counts_cooperations():
    assert st.alld_invader_deficit([1, 1, 1], 0.5) == 0.0
    assert st.alld_invader_deficit([0, 1, 0], 0.5) == 1 + 0.25
    assert st.alld_invader_deficit([0], 0.5, OTHER) == 0.5


# ---- clusters ------------------------------------------------------------------------------

def test_cluster_threshold_is_axelrods_five_percent():
    assert st.cluster_invasion_threshold(Fraction(9, 10)) == Fraction(1, 21)
    assert st.cluster_invasion_threshold(0.9) == pytest.approx(1 / 21)
    for w in (Fraction(1, 2), Fraction(9, 10), Fraction(99, 100)):
        ratio = ((st.value_alld_vs_alld(w) - st.value_tft_vs_alld(w))
                 / (st.value_tft_vs_tft(w) - st.value_tft_vs_alld(w)))
        assert st.cluster_invasion_threshold(w) == ratio
    member, native = st.cluster_scores(Fraction(1, 21), Fraction(9, 10))
    assert member == native == 10
    assert not st.cluster_invades(Fraction(1, 21), Fraction(9, 10))
    assert st.cluster_invades(Fraction(1, 21) + Fraction(1, 10**9), Fraction(9, 10))


@pytest.mark.parametrize("w", [0.5, 0.9, 0.99])
@GAMES
def test_cluster_invades_just_above_the_threshold_by_engine_values(w, game):
    tt = st.simulated_value(axn.TitForTat(), axn.TitForTat(), w, game)
    td = st.simulated_value(axn.TitForTat(), axn.Defector(), w, game)
    dd = st.simulated_value(axn.Defector(), axn.Defector(), w, game)
    threshold = st.cluster_invasion_threshold(w, game)
    assert threshold == pytest.approx((dd.value - td.value) / (tt.value - td.value), rel=1e-7)
    error = tt.bound + td.bound + dd.bound + 1e-9 * tt.value
    for p, invades in ((threshold + 1e-4, True), (threshold - 1e-4, False)):
        member = p * tt.value + (1 - p) * td.value  # a cluster member's average score, from the matches
        assert (member > dd.value + error) if invades else (member < dd.value - error)
        assert st.cluster_invades(p, w, game) == invades
        exact_member, exact_native = st.cluster_scores(p, w, game)
        assert within(member, exact_member, error) and within(dd.value, exact_native, dd.bound)


# ---- provocability -------------------------------------------------------------------------

def defects_once_on(move: int, turns: int) -> axn.Strategy:
    """Cooperates except on ``move``: against TIT FOR TWO TATS, the native's own play but for one defection."""
    return axn.Cycler("C" * move + "D" + "C" * (turns - move - 1))


@pytest.mark.parametrize("w", [0.1, 0.5, 0.9, 0.99, 0.999])
@pytest.mark.parametrize("move", [0, 3])
def test_a_forgiving_nice_rule_is_invaded_for_every_w(w, move):
    turns = st.turns_needed(w)
    native = st.simulated_value(axn.TitFor2Tats(), axn.TitFor2Tats(), w)
    assert within(native.value, st.value_tft_vs_tft(w), native.bound)
    invader = st.simulated_value(defects_once_on(move, turns), axn.TitFor2Tats(), w)
    assert invader.turns == turns
    gain = st.forgiving_rule_invader_advantage(w, move=move)
    assert gain == pytest.approx(w ** move * 2) and gain > 0
    assert within(invader.value - native.value, gain, invader.bound + native.bound)
    assert invader.value > native.value + invader.bound + native.bound
    # TIT FOR TWO TATS let the defection pass: it cooperated on every move.
    played = axn.Match(defects_once_on(move, turns), axn.TitFor2Tats(), turns, announce_length=False).play()
    assert played.moves[1].sum() == 0


@pytest.mark.parametrize("w", [0.5, 0.9, 0.99])
def test_the_same_defection_against_tft_is_paid_back(w):
    # TIT FOR TAT is provoked: the defection costs S - R on the next move, and from the
    # alternation threshold (2/3) on, the invader does no better than TIT FOR TAT itself.
    turns = st.turns_needed(w)
    invader = st.simulated_value(defects_once_on(0, turns), axn.TitForTat(), w)
    native = st.value_tft_vs_tft(w)
    gain = (GAME.T - GAME.R) - w * (GAME.R - GAME.S)
    assert within(invader.value - native, gain, invader.bound)
    assert (gain <= 0) == st.is_collectively_stable_tft(w)


# ---- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("call, error, message", [
    (lambda: st.value_tft_vs_tft(1.0), ValueError, "w must be between 0 and 1"),
    (lambda: st.value_tft_vs_tft(0), ValueError, "w must be between 0 and 1"),
    (lambda: st.value_tft_vs_tft(float("nan")), ValueError, "w must be between 0 and 1"),
    (lambda: st.value_tft_vs_tft("0.9"), TypeError, "w must be a number"),
    (lambda: st.value_tft_vs_tft(True), TypeError, "w must be a number"),
    (lambda: st.value_tft_vs_tft(0.9, (3, 0, 5, 1)), TypeError, "game must be a Game"),
    (lambda: st.tft_stability_threshold(axn.Game(1, 2, 3, 4, general=True)), ValueError, "T > R > P > S"),
    (lambda: st.discounted_value([0, 1], [0], 0.5), ValueError, "same length"),
    (lambda: st.discounted_value([0, 2], [0, 1], 0.5), ValueError, "only 0 (C) and 1 (D)"),
    (lambda: st.discounted_value([[0]], [[0]], 0.5), ValueError, "one-dimensional"),
    (lambda: st.truncation_bound(-1, 0.5), ValueError, "turns must be at least 0"),
    (lambda: st.turns_needed(0.5, tolerance=0), ValueError, "tolerance must be positive"),
    (lambda: st.simulated_value(axn.TitForTat, axn.TitForTat(), 0.5), TypeError, "is a class"),
    (lambda: st.cluster_scores(1.5, 0.9), ValueError, "must be between 0 and 1"),
    (lambda: st.cluster_invades("0.1", 0.9), TypeError, "must be a number"),
    (lambda: st.forgiving_rule_invader_advantage(0.9, move=-1), ValueError, "move must be at least 0"),
    (lambda: st.tft_invasion_table([0.5, 1.0]), ValueError, "w must be between 0 and 1"),
    (lambda: st.tft_invasion_table([]), ValueError, "at least one"),
    (lambda: st.tft_invasion_table("0.5"), TypeError, "sequence"),
])
def test_bad_input_is_refused_clearly(call, error, message):
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        call()


# ---- the command ---------------------------------------------------------------------------

def test_cli_stability_defaults(capsys):
    assert main(["stability"]) == 0
    out = capsys.readouterr().out
    assert "at w = 0.9 (= 9/10), payoffs R = 3, S = 0, T = 5, P = 1" in out
    assert "TIT FOR TAT is collectively stable iff w >= 0.666667 (= 2/3)" in out
    assert "ALL D needs w >= 0.5 (= 1/2)" in out
    assert "at w = 0.9 (= 9/10) it is collectively stable" in out
    assert "V(TIT FOR TAT | TIT FOR TAT)  30\n" in out
    assert "V(ALL D | TIT FOR TAT)        14\n" in out
    assert "V(ALTERNATOR | TIT FOR TAT)   26.3158 (= 500/19)" in out
    assert "p* = 0.047619 (= 1/21)" in out
    assert "gains T - R = 2" in out


@pytest.mark.parametrize("argv, verdict", [
    (["--w", "0.6"], "not collectively stable: ALTERNATOR does better by 0.3125 (= 5/16)"),
    (["--w", "1/5"], "not collectively stable: ALL D does better by 1.5 (= 3/2)"),
    (["--w", "2/3"], "it is collectively stable"),
    (["--w", "0.5", "--payoffs", "4", "0.5", "6", "1"], "not collectively stable"),
    (["--w", "0.6", "--payoffs", "4", "0.5", "6", "1"], "it is collectively stable"),
])
def test_cli_stability_verdicts(argv, verdict, capsys):
    assert main(["stability", *argv]) == 0
    assert verdict in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["--w", "1"], "--w must be between 0 and 1"),
    (["--w", "0"], "--w must be between 0 and 1"),
    (["--w", "-0.5"], "--w must be between 0 and 1"),
    (["--payoffs", "3", "0", "6", "1"], "2R > T + S"),
    (["--payoffs", "3", "0", "5", "4"], "T > R > P > S"),
    (["--payoffs", "3", "0", "5", "nan"], "payoff P must be finite"),
])
def test_cli_stability_errors_are_one_line(argv, message, capsys):
    assert main(["stability", *argv]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert captured.out == ""
    assert len(err) == 1 and err[0].startswith("axelrod-nl: error: ") and message in err[0]


def test_cli_stability_rejects_text_through_argparse(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["stability", "--w", "abc"])
    assert exit_.value.code == 2
    assert "expected a number such as 0.9 or 9/10" in capsys.readouterr().err


def test_installed_command_prints_the_stability_results():
    command = Path(sys.executable).with_name("axelrod-nl")
    done = subprocess.run([str(command), "stability", "--w", "0.9"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "p* = 0.047619 (= 1/21)" in done.stdout
