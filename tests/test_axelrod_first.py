"""Axelrod's first tournament (1980): the entries' behaviour and the published values.

Three kinds of checks:

- behaviour against fixed opponents (the openings, end games and reactions
  that Axelrod's paper, "A80", and the surviving Fortran describe);
- the three rules whose round-one code survives (TourExec ``k57r.f``,
  ``grasr.f``, ``K59R.f``) against plain-Python restatements of that code,
  move for move, against many opponents;
- the pairwise values the paper quotes.

Published pairwise values are means of five games. When a pair is stochastic,
the published mean has the sampling error of a five-game mean, so the
tolerance is three standard errors of the difference between it and our mean
over many seeded games, ``3 * sd * sqrt(1/5 + 1/n)``, plus 0.5 for the
rounding of the published integer (``sd`` is the per-game standard deviation,
estimated from our games).

The reproduction table over many seeds is ``axelrod-nl reproduce
tournaments/axelrod_1980_first.toml``; its targets are tested in
``test_reproduction.py``.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.engine.protocol import OPPONENT_SCORE
from axelrod_nl.strategies import CATALOGUE
from axelrod_nl.strategies import axelrod_first as af
from axelrod_nl.testing import check_strategy

TURNS = 200

def first_tournament_field() -> list:
    """The fifteen rules of the first tournament, in A80's rank order."""
    return [
        axn.TitForTat(), af.FirstByTidemanAndChieruzzi(), af.FirstByNydegger(), af.FirstByGrofman(),
        af.FirstByShubik(), af.FirstBySteinAndRapoport(), axn.Grudger(), af.FirstByDavis(),
        af.FirstByGraaskamp(), af.FirstByDowning(), af.FirstByFeld(), af.FirstByJoss(),
        af.FirstByTullock(), af.FirstByAnonymous(), axn.Random(0.5),
    ]


def moves(a, b, turns: int = TURNS, seed: int = 0, **kwargs) -> tuple[str, str]:
    result = axn.Match(a, b, turns=turns, seed=seed, **kwargs).play()
    return result.moves_a, result.moves_b


def scores_over_seeds(a, b, seeds: int) -> np.ndarray:
    """Scores (seeds, 2) of ``a`` and ``b`` in 200-move matches with distinct seeds."""
    return np.array([axn.Match(a, b, turns=TURNS, seed=s).play().scores for s in range(seeds)])


def assert_matches_published(samples: np.ndarray, published: float, what: str) -> None:
    n = samples.size
    sd = samples.std(ddof=1)
    tolerance = 3.0 * sd * math.sqrt(1 / 5 + 1 / n) + 0.5
    mean = samples.mean()
    assert abs(mean - published) <= tolerance, (
        f"{what}: mean {mean:.1f} over {n} games, published {published} (tolerance {tolerance:.1f})")


# ----------------------------------------------------------------------------
# Catalogue and metadata


FIRST_ROUND_CLASSES = [
    "FirstByTidemanAndChieruzzi", "FirstByNydegger", "FirstByGrofman", "FirstByShubik",
    "FirstBySteinAndRapoport", "FirstByDavis", "FirstByGraaskamp", "FirstByDowning", "FirstByFeld",
    "FirstByJoss", "FirstByTullock", "FirstByAnonymous", "RevisedDowning",
]


@pytest.mark.parametrize("name", FIRST_ROUND_CLASSES)
def test_in_catalogue_with_docstring(name):
    cls = CATALOGUE[name]
    assert cls.__module__ == af.__name__
    assert "Names:" in (cls.__doc__ or "")
    assert getattr(axn, name) is cls


def test_classifiers():
    assert af.FirstByTidemanAndChieruzzi().classifier.uses_length
    assert af.FirstBySteinAndRapoport().classifier.uses_length
    assert not af.FirstByDowning().classifier.uses_length
    assert af.FirstByNydegger().classifier.memory_depth == 3
    for cls in (af.FirstByNydegger, af.FirstByShubik, af.FirstByTidemanAndChieruzzi, af.FirstByDowning,
                af.RevisedDowning, af.FirstByDavis, af.FirstBySteinAndRapoport):
        assert not cls().classifier.stochastic, cls
    for cls in (af.FirstByGrofman, af.FirstByGraaskamp, af.FirstByFeld, af.FirstByJoss,
                af.FirstByTullock, af.FirstByAnonymous):
        assert cls().classifier.stochastic, cls
    assert not af.FirstByJoss(1.0).classifier.stochastic


def test_parameters_are_checked():
    with pytest.raises(ValueError):
        af.FirstByJoss(1.5)
    with pytest.raises(TypeError):
        af.FirstByDavis(2.5)
    with pytest.raises(ValueError):
        af.FirstByFeld(rounds_of_decay=0)
    with pytest.raises(TypeError):
        af.FirstByDowning(0.3)
    assert str(af.FirstByJoss()) == "First by Joss: 0.9"
    assert str(af.RevisedDowning()) == "Revised Downing"


@pytest.mark.parametrize("player", [
    af.FirstByTidemanAndChieruzzi(), af.FirstBySteinAndRapoport(), af.FirstByGraaskamp(),
    af.FirstByDowning(), af.FirstByAnonymous(), af.FirstByNydegger(),
], ids=str)
def test_plain_python_plays_the_same(player):
    for opponent in (axn.Random(0.5), af.FirstByJoss()):
        for seed in range(3):
            assert moves(player, opponent, seed=seed) == moves(player.as_python(), opponent, seed=seed)


@pytest.mark.parametrize("player", first_tournament_field() + [
    af.RevisedDowning(), af.FirstByJoss(1.0), af.FirstByFeld(1.0, 1.0), af.FirstByDavis(3),
], ids=str)
def test_every_entry_keeps_the_generic_promises(player):
    check_strategy(player, turns=TURNS)


# ----------------------------------------------------------------------------
# Behaviour against fixed opponents


def test_nydegger_against_all_d_retries_every_fourth_move():
    own, _ = moves(af.FirstByNydegger(), axn.Defector())
    assert own == "CDDD" * 50


def test_nydegger_punishes_a_lone_defection_three_times():
    pattern = "CCDCCCCCCDCCCCCCCCCD" + "C" * 180
    own, _ = moves(af.FirstByNydegger(), axn.Cycler(pattern), turns=30)
    assert own == "CCCDDDCCCCDDDCCCCCCCDDDCCCCCCC"


def test_nydegger_third_move_exception():
    # Alone to cooperate on move 1, alone to defect on move 2: defect on move 3.
    own, _ = moves(af.FirstByNydegger(), axn.Cycler("DCC" + "C" * 10), turns=6)
    assert own[:3] == "CDD"
    # Tit for tat otherwise.
    own, _ = moves(af.FirstByNydegger(), axn.Cycler("DDC" + "C" * 10), turns=3)
    assert own == "CDD"
    own, _ = moves(af.FirstByNydegger(), axn.Cycler("CDC" + "C" * 10), turns=3)
    assert own == "CCD"


def test_nydegger_with_cooperators():
    assert moves(af.FirstByNydegger(), axn.Cooperator())[0] == "C" * TURNS
    assert moves(af.FirstByNydegger(), axn.TitForTat())[0] == "C" * TURNS


def test_downing_defects_on_moves_one_and_two():
    for opponent in (axn.Cooperator(), axn.Defector(), axn.TitForTat(), axn.Alternator()):
        own, _ = moves(af.FirstByDowning(), opponent, turns=10)
        assert own[:2] == "DD", opponent
    # Against ALL C its estimate of "cooperates after my defection" is 1: defect for ever.
    assert moves(af.FirstByDowning(), axn.Cooperator())[0] == "D" * TURNS
    # Against ALL D: no answer yet to a cooperation, so it tries two, then defects.
    assert moves(af.FirstByDowning(), axn.Defector())[0] == "DDCC" + "D" * 196


def test_downing_against_tit_for_tat():
    own, other = moves(af.FirstByDowning(), axn.TitForTat())
    assert own == "DD" + "C" * 198
    assert other == "CDD" + "C" * 197


def test_revised_downing_opens_with_cooperation():
    assert moves(af.RevisedDowning(), axn.Cooperator())[0] == "C" * TURNS
    assert moves(af.RevisedDowning(), axn.Defector())[0] == "CC" + "D" * 198


def test_downing_decision_table():
    # On move 2 the estimates are not updated, so preset ones are used as they are.
    history = np.zeros((2, 1), dtype=np.int8)

    def decision(good, bad, previous):
        history[0, 0] = previous
        state = np.zeros(af.FirstByDowning.state_size)
        state[af.FirstByDowning.good] = good
        state[af.FirstByDowning.bad] = bad
        return af._k59r(1, history, state, 0.0, 0.0)

    assert decision(1.0, 0.0, 1) == 0        # c = 4 >= a = 3: cooperate
    assert decision(0.5, 0.5, 0) == 1        # c = -3, a = -1.5: defect
    assert decision(0.5, 0.2, 0) == 1        # c = -0.6 < 0 but a = 0: alternate
    assert decision(0.5, 0.2, 1) == 0
    assert decision(0.5, 0.1, 1) == 0        # c = 0.2 < a = 0.5: alternate
    assert decision(0.5, 0.1, 0) == 1
    assert decision(1 / 3, 0.0, 1) == 0      # c = 0 >= a = 1/3 - ... : cooperate on the tie


def test_graaskamp_defects_on_move_51_and_probes_a_cooperator():
    own, _ = moves(af.FirstByGraaskamp(), axn.Cooperator(), seed=3)
    assert own[:50] == "C" * 50
    assert own[50] == "D"
    assert own[51:57] == "CCCCCC"
    defections = [i + 1 for i, m in enumerate(own) if m == "D"]
    gaps = np.diff(defections)
    # First random defection 6 to 15 moves after move 57, then every 6 to 15 moves.
    assert 63 <= defections[1] <= 72
    assert gaps[1:].min() >= 6 and gaps[1:].max() <= 15


def test_graaskamp_mirrors_tit_for_tat_and_its_twin():
    own, other = moves(af.FirstByGraaskamp(), axn.TitForTat())
    assert own == "C" * 50 + "DCDCDC" + "C" * 144
    own, other = moves(af.FirstByGraaskamp(), af.FirstByGraaskamp())
    assert own == other == "C" * 50 + "D" * 6 + "C" * 144


def test_graaskamp_defects_for_ever_against_a_low_scorer():
    own, _ = moves(af.FirstByGraaskamp(), axn.Defector())
    assert own == "C" + "D" * 199
    # The test is "135 or less" on the opponent's score after move 56.
    for pattern, score, defects in [
        ("CCDDCCDCCDCDDDCCCCDCDDCCCCCCCCDCDCDCDDDCDDCCDDDCCDCCDCDC", 135, True),
        ("CDCCDCDDCDCDCCDCDCDCDDDCDDCDCCCDDDCCCCCCCCDCDCCCDCCDCCDC", 136, False),
    ]:
        opponent = axn.Cycler(pattern + "C" * 144)
        assert axn.Match(af.FirstByGraaskamp(), opponent, turns=56).play().scores[1] == score
        own, _ = moves(af.FirstByGraaskamp(), opponent)
        assert (own[56:] == "D" * 144) == defects


def test_graaskamp_analogy_signature():
    # Outcomes (C, C), (C, D), (D, C), (C, C) on moves 52-55: cooperate on
    # moves 57-118 whatever happens, tit for tat from move 119.
    opponent = list("C" * TURNS)
    for move in (53, 80, 100, 130):
        opponent[move - 1] = "D"
    own, _ = moves(af.FirstByGraaskamp(), axn.Cycler("".join(opponent)))
    assert own[51:56] == "CCDCC"
    assert own[56:118] == "C" * 62
    assert own[130] == "D" and own[129] == "C"


def test_tideman_and_chieruzzi_end_game_and_length():
    own, _ = moves(af.FirstByTidemanAndChieruzzi(), axn.Cooperator())
    assert own == "C" * 198 + "DD"
    own, _ = moves(af.FirstByTidemanAndChieruzzi(), axn.Cooperator(), announce_length=False)
    assert own == "C" * TURNS
    assert moves(af.FirstByTidemanAndChieruzzi(), axn.Defector())[0] == "C" + "D" * 199


def test_tideman_and_chieruzzi_punishes_runs_and_gives_a_fresh_start():
    # Lone defections on moves 3, 10, 20. The first run is only echoed (move 4),
    # the second earns one extra defection (11, 12); after the third it would owe
    # two extra, but on move 23 the opponent is 10 points behind, cooperated last,
    # 22 moves have passed and its 3 defections in 22 moves are 3.4 standard
    # deviations from 11: a fresh start, two cooperations.
    pattern = "CCDCCCCCCDCCCCCCCCCD" + "C" * 180
    own, _ = moves(af.FirstByTidemanAndChieruzzi(), axn.Cycler(pattern))
    assert own[:30] == "CCCDCCCCCCDDCCCCCCCCDDCC" + "C" * 6


def test_tideman_and_chieruzzi_echoes_a_first_run_of_two():
    # DOWNING's opening: one run of two defections, echoed without extra punishment.
    own, _ = moves(af.FirstByTidemanAndChieruzzi(), axn.Cycler("DD" + "C" * 198))
    assert own == "CDD" + "C" * 195 + "DD"


def test_stein_and_rapoport_opening_end_game_and_length():
    own, _ = moves(af.FirstBySteinAndRapoport(), axn.TitForTat())
    assert own == "C" * 198 + "DD"
    own, _ = moves(af.FirstBySteinAndRapoport(), axn.Defector())
    assert own == "CCCC" + "D" * 196
    own, _ = moves(af.FirstBySteinAndRapoport(), axn.Cooperator(), announce_length=False)
    assert own == "C" * TURNS


def test_stein_and_rapoport_alternation_check():
    # Tit for tat's echo of ALTERNATOR alternates CD and DC: at the check on
    # move 30 the opponent is judged random, and it defects to the end.
    own, _ = moves(af.FirstBySteinAndRapoport(), axn.Alternator())
    assert own == "CCCC" + "DC" * 12 + "D" + "D" * 171


def test_stein_and_rapoport_defects_against_random():
    # Judged random at a check (move 15, 30, ...), it defects from there to the end.
    for seed in range(20):
        own, _ = moves(af.FirstBySteinAndRapoport(), axn.Random(0.5), seed=seed)
        assert any(own[m - 1:] == "D" * (TURNS - m + 1) for m in range(15, 91, 15)), seed


def test_shubik_retaliations_lengthen():
    pattern = "CCDCCCCCCDCCCCCCCCCD" + "C" * 180
    own, _ = moves(af.FirstByShubik(), axn.Cycler(pattern), turns=30)
    assert own == "CCCDCCCCCCDDCCCCCCCCDDDCCCCCCC"
    # Defections during a retaliation start no new one.
    own, _ = moves(af.FirstByShubik(), axn.Defector(), turns=12)
    assert own == "CDCDDCDDDCDD"


def test_davis_cooperates_ten_moves_then_holds_a_grudge():
    own, _ = moves(af.FirstByDavis(), axn.Cycler("D" + "C" * 199))
    assert own == "C" * 10 + "D" * 190
    assert moves(af.FirstByDavis(), axn.Cooperator())[0] == "C" * TURNS
    own, _ = moves(af.FirstByDavis(), axn.Cycler("C" * 30 + "D" + "C" * 169))
    assert own == "C" * 31 + "D" * 169


def test_grofman_keeps_shared_moves():
    assert moves(af.FirstByGrofman(), axn.Cooperator())[0] == "C" * TURNS
    assert moves(af.FirstByGrofman(), af.FirstByGrofman())[0] == "C" * TURNS
    for seed in range(20):
        own, _ = moves(af.FirstByGrofman(), axn.Defector(), seed=seed)
        assert re.fullmatch(r"C+D*", own), own  # once both defect it never cooperates again
    # After a disagreement it cooperates with probability 2/7.
    own = [moves(af.FirstByGrofman(), axn.Defector(), seed=s, turns=2)[0][1] for s in range(2000)]
    assert abs(own.count("C") / 2000 - 2 / 7) < 0.035


def test_feld_declines_to_one_half():
    assert moves(af.FirstByFeld(), axn.Defector())[0] == "C" + "D" * 199
    coop = np.array([[m == "C" for m in moves(af.FirstByFeld(), axn.Cooperator(), seed=s)[0]]
                     for s in range(300)])
    early, late = coop[:, 1:21].mean(), coop[:, 180:].mean()
    assert abs(early - (1 - 0.5 * 10.5 / 200)) < 0.03
    assert abs(late - (1 - 0.5 * 189.5 / 200)) < 0.03


def test_joss():
    assert moves(af.FirstByJoss(), axn.Defector())[0] == "C" + "D" * 199
    coop = np.mean([moves(af.FirstByJoss(), axn.Cooperator(), seed=s)[0][1:].count("C") / 199
                    for s in range(100)])
    assert abs(coop - 0.9) < 0.01


def test_tullock():
    assert moves(af.FirstByTullock(), axn.Defector())[0] == "C" * 11 + "D" * 189
    coop = np.mean([moves(af.FirstByTullock(), axn.Cooperator(), seed=s)[0][11:].count("C") / 189
                    for s in range(100)])
    assert abs(coop - 0.9) < 0.01
    # Against a player cooperating on 3 of every 10 moves: probability 0.2.
    coop = np.mean([moves(af.FirstByTullock(), axn.Cycler("CDDCDDCDDD"), seed=s)[0][11:].count("C") / 189
                    for s in range(200)])
    assert abs(coop - 0.2) < 0.015


def test_anonymous_probability_of_cooperation():
    def rate(opponent, start, stop):
        return np.mean([moves(af.FirstByAnonymous(), opponent, seed=s)[0][start:stop].count("C") / (stop - start)
                        for s in range(300)])
    # Starts at 30%.
    assert abs(rate(axn.Cooperator(), 0, 10) - 0.3) < 0.03
    # Rises by 10 points per very cooperative block of ten, up to 70%.
    assert abs(rate(axn.Cooperator(), 10, 20) - 0.4) < 0.03
    assert abs(rate(axn.Cooperator(), 50, 200) - 0.7) < 0.02
    # Never below 30% (against ALL D it stays there).
    assert abs(rate(axn.Defector(), 0, 200) - 0.3) < 0.02


# ----------------------------------------------------------------------------
# The surviving round-one code, restated in plain Python with its own control
# flow (a shifted base-4 register, the outcome codes 2-5, the game modes), and
# played against the classes move for move.


NYDEGGER_COOPERATES_ON = {0, 27, 28, 32, 40, 41, 42, 43, 44, 46, 47, 48, 56, 57, 59, 60, 62, 63}


class NydeggerAsCoded(axn.Strategy):
    name = "NYDEGGER as coded"
    register = axn.State(doc="the last three outcomes, base 4")

    @axn.rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        previous_own = int(history[0, turn - 1]) if turn else 0
        previous_other = int(history[1, turn - 1]) if turn else 0
        register = 0 if turn == 0 else int(state[NydeggerAsCoded.register])
        register = 4 * (register % 16) + 2 * previous_own + previous_other
        state[NydeggerAsCoded.register] = register
        if turn + 1 <= 3:
            if turn + 1 == 3 and register == 6:
                return 1
            return previous_other
        return 0 if register in NYDEGGER_COOPERATES_ON else 1


class GraaskampAsCoded(axn.Strategy):
    name = "GRAASKAMP as coded"
    codes = axn.State(size=4, doc="outcome codes of moves 52-55")
    own_code = axn.State(doc="the code of its own last move")
    mode = axn.State(doc="the game mode from move 57")
    countdown = axn.State(doc="moves to the next random defection")

    @axn.rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        cls = GraaskampAsCoded
        move = turn + 1
        other = int(history[1, turn - 1]) if turn else 0
        if move == 1:
            return 0
        if move < 51:
            return other
        if move == 51:
            return 1
        if move < 57:
            if move > 52:
                state[cls.codes + move - 53] = state[cls.own_code] + other
            state[cls.own_code] = 2 if other == 0 else 4
            return other
        if move == 57:
            if ctx[OPPONENT_SCORE] <= 135:
                state[cls.mode] = 3
                return 1
            first, second, third, fourth = (int(v) for v in state[cls.codes:cls.codes + 4])
            if second == 4 and first == 3 and third == 3:
                state[cls.mode] = 2
                return 0
            if second == 5 and first == 5 and third == 5:
                state[cls.mode] = 2
                return 0
            if second == 3 and first == 2 and third == 4 and fourth == 2:
                state[cls.mode] = 4
                return 0
            state[cls.mode] = 1
            state[cls.countdown] = int(axn.uniform(rng) * 10.0 + 5.0)
            return 0
        mode = int(state[cls.mode])
        if mode == 1:
            if state[cls.countdown] <= 0:
                state[cls.countdown] = int(axn.uniform(rng) * 10.0 + 5.0)
                return 1
            state[cls.countdown] -= 1
            return other
        if mode == 2:
            return other
        if mode == 3:
            return 1
        if move >= 118:
            state[cls.mode] = 2
        return 0


class DowningAsCoded(axn.Strategy):
    name = "DOWNING as coded"
    good_prior = axn.Probability()
    bad_prior = axn.Probability()
    good = axn.State()
    bad = axn.State()
    own_before_last = axn.State()
    c_after_c = axn.State()
    own_c = axn.State()
    c_after_d = axn.State()
    own_d = axn.State()

    @axn.rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        cls = DowningAsCoded
        f = np.float32
        own_last = int(history[0, turn - 1]) if turn else 0
        other_last = int(history[1, turn - 1]) if turn else 0
        move = turn + 1
        if move == 1:
            state[cls.good], state[cls.bad] = params[cls.good_prior], params[cls.bad_prior]
        elif move > 2:
            if state[cls.own_before_last] == 1:
                state[cls.c_after_d] += other_last == 0
                state[cls.own_d] += 1
                state[cls.bad] = f(state[cls.c_after_d]) / f(state[cls.own_d])
            else:
                state[cls.c_after_c] += other_last == 0
                state[cls.own_c] += 1
                state[cls.good] = f(state[cls.c_after_c]) / f(state[cls.own_c])
        state[cls.own_before_last] = own_last
        good, bad = f(state[cls.good]), f(state[cls.bad])
        c = f(6.0) * good - f(8.0) * bad - f(2.0)
        alt = f(4.0) * good - f(5.0) * bad - f(1.0)
        if c >= 0 and c >= alt:
            return 0
        if (c >= 0 and c < alt) or alt >= 0:
            return 1 - own_last
        return 1


def _opponents():
    return [
        axn.Cooperator(), axn.Defector(), axn.Alternator(), axn.TitForTat(), axn.Random(0.5),
        axn.Random(0.2), axn.Random(0.8), axn.Random(0.95), axn.Cycler("CCD"), axn.Cycler("CDDCCCD"),
        axn.Grudger(), af.FirstByJoss(), af.FirstByFeld(), af.FirstByTullock(), af.FirstByGrofman(),
        af.FirstByShubik(), af.FirstByTidemanAndChieruzzi(), af.FirstBySteinAndRapoport(),
        af.FirstByDavis(), af.FirstByAnonymous(), af.FirstByNydegger(), af.FirstByGraaskamp(),
        af.FirstByDowning(), af.RevisedDowning(),
        # GRAASKAMP's ANALOGY branch, with defections it must ignore up to move 118
        axn.Cycler("C" * 52 + "D" + "C" * 26 + "D" + "C" * 36 + "DD" + "C" * 82),
        # opponents whose score after move 56 against GRAASKAMP is 135 and 136
        axn.Cycler("CCDDCCDCCDCDDDCCCCDCDDCCCCCCCCDCDCDCDDDCDDCCDDDCCDCCDCDC" + "C" * 144),
        axn.Cycler("CDCCDCDDCDCDCCDCDCDCDDDCDDCDCCCDDDCCCCCCCCDCDCCCDCCDCCDC" + "C" * 144),
    ]


@pytest.mark.parametrize("player, reference", [
    (af.FirstByNydegger(), NydeggerAsCoded()),
    (af.FirstByGraaskamp(), GraaskampAsCoded()),
    (af.FirstByDowning(), DowningAsCoded(0.5, 0.5)),
    (af.RevisedDowning(), DowningAsCoded(1.0, 0.0)),
], ids=["k57r", "grasr", "downing", "K59R"])
def test_plays_exactly_as_the_surviving_code(player, reference):
    for opponent in _opponents():
        for seed in range(4):
            ours = moves(player, opponent, seed=seed)
            theirs = moves(reference, opponent, seed=seed)
            assert ours == theirs, (str(opponent), seed)


# ----------------------------------------------------------------------------
# Pairwise values quoted in A80 (and RSC's table)


def test_tit_for_tat_against_graaskamp_597():
    for seed in range(5):
        assert axn.Match(axn.TitForTat(), af.FirstByGraaskamp(), turns=TURNS, seed=seed).play().scores == (597, 597)


def test_nydegger_against_downing_158():
    assert axn.Match(af.FirstByNydegger(), af.FirstByDowning(), turns=TURNS).play().scores[0] == 158


def test_tideman_and_chieruzzi_against_downing_601():
    assert axn.Match(af.FirstByTidemanAndChieruzzi(), af.FirstByDowning(), turns=TURNS).play().scores[0] == 601


def test_tideman_and_chieruzzi_against_graaskamp_310():
    # RSC's table; the pair plays deterministically (GRAASKAMP sees tit for tat's echo).
    for seed in range(5):
        result = axn.Match(af.FirstByTidemanAndChieruzzi(), af.FirstByGraaskamp(), turns=TURNS, seed=seed).play()
        assert result.scores[0] == 310


def test_shubik_against_graaskamp_348():
    # RSC's table.
    for seed in range(5):
        assert axn.Match(af.FirstByShubik(), af.FirstByGraaskamp(), turns=TURNS, seed=seed).play().scores[0] == 348


@pytest.fixture(scope="module")
def tft_joss():
    return scores_over_seeds(axn.TitForTat(), af.FirstByJoss(), 400)


def test_tit_for_tat_against_joss_225(tft_joss):
    assert_matches_published(tft_joss[:, 0], 225, "TIT FOR TAT vs JOSS")


def test_joss_against_tit_for_tat_230(tft_joss):
    assert_matches_published(tft_joss[:, 1], 230, "JOSS vs TIT FOR TAT")


@pytest.fixture(scope="module")
def feld_downing():
    return scores_over_seeds(af.FirstByFeld(), af.FirstByDowning(), 400)


def test_feld_against_downing_704(feld_downing):
    assert_matches_published(feld_downing[:, 0], 704, "FELD vs DOWNING")


def test_downing_against_feld_436(feld_downing):
    assert_matches_published(feld_downing[:, 1], 436, "DOWNING vs FELD")


def test_revised_downing_would_have_scored_542():
    # A80, footnote 5: against the fifteen entries and its own twin.
    players = first_tournament_field() + [af.RevisedDowning()]
    result = axn.Tournament(players, turns=TURNS, repetitions=60, seed=12).play()
    per_repetition = result.scores[-1]
    assert_matches_published(per_repetition, 542, "REVISED DOWNING in the first tournament")

# The tournament totals, the ranking and the published pairwise table are checked on the
# reproduction report in tests/test_reproduction.py.
