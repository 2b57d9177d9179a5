"""Long deterministic matches completed from their cycles give the results of playing every move."""

import math

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl import OPPONENT, C, Classifier, D, Strategy, rule
from axelrod_nl.engine.protocol import NO_WINDOW, TURNS
from axelrod_nl.match import Match
from axelrod_nl.parameters import State
from axelrod_nl.testing import check_cycle_window
from axelrod_nl.transformers import transform


def windowed_catalogue() -> list:
    """Every catalogue strategy (default parameters) with a cycle window, and some transformed ones."""
    players = [cls() for cls in axn.strategy_list("all") if cls().cycle_window() != NO_WINDOW]
    transformed = [transform(axn.TitForTat, ("flip",)), transform(axn.Fortress3, ("initial", "DD")),
                   transform(axn.TitFor2Tats, ("dual",))]
    return players + [cls() for cls in transformed if cls().cycle_window() != NO_WINDOW]


@pytest.fixture(scope="module")
def field():
    return windowed_catalogue()


def test_the_catalogue_has_many_windowed_rules(field):
    names = {str(p) for p in field}
    # Finite memory depth (tit for tat, the cyclers, go by majority) and declared windows (the machines).
    assert {"Tit For Tat", "Cycler CCD", "Hard Go By Majority: 40", "Predator", "Thumper"} <= names
    assert len(field) >= 70


@pytest.mark.parametrize("settings", [
    dict(turns=1_500, repetitions=1),
    dict(continuation=0.998, repetitions=3, seed=7),
], ids=["fixed 1500 turns", "continuation 0.998"])
def test_every_windowed_pair_matches_full_play(field, settings):
    """Every pair of windowed catalogue rules (and each with its twin): identical statistics and moves."""
    runs = [axn.Tournament(field, keep_histories=True, cycle_detection=flag, **settings).play()
            for flag in (True, False)]
    detected, played = runs
    np.testing.assert_array_equal(detected.stats, played.stats)
    np.testing.assert_array_equal(detected.moves, played.moves)
    assert detected.ranking == played.ranking
    n = len(field)
    assert played.stats.shape[:2] == (n * (n + 1) // 2, settings["repetitions"])
    assert played.stats[..., TURNS].min() > 0


class Counted(Strategy):
    """Tit for tat as plain Python, counting how often it is asked for a move (a user's rule)."""

    name = "Counted Tit For Tat"
    classifier = Classifier(memory_depth=1)
    calls = 0

    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        Counted.calls += 1
        return C if turn == 0 else history[OPPONENT, turn - 1]


class CountedWindowed(Counted):
    """The same rule with its window declared, which a user's rule needs for cycle detection."""

    history_window = 1


def counted_match(opponent, turns=1_000_000, **options):
    Counted.calls = 0
    result = Match(CountedWindowed(), opponent, turns=turns, **options).play()
    return result, Counted.calls


def test_a_million_moves_cost_about_a_cycle():
    result, calls = counted_match(axn.Alternator())
    assert calls < 20
    assert result.turns == 1_000_000
    assert result.moves_a[:6] == "CCDCDC" and result.moves_b[:6] == "CDCDCD"
    # C/C, then C/D on the 500,000 even-numbered moves and D/C on the 499,999 odd-numbered ones from move 3.
    assert result.scores == (3 + 5 * 499_999, 3 + 5 * 500_000)
    full = Match(axn.TitForTat(), axn.Alternator(), turns=1_000_000, cycle_detection=False).play()
    np.testing.assert_array_equal(result.moves, full.moves)


def test_the_python_and_jitted_paths_agree_from_the_cycle():
    fast = Match(axn.TitFor2Tats(), axn.CyclerCCCDCD(), turns=100_001).play()
    python = Match(axn.TitFor2Tats().as_python(), axn.CyclerCCCDCD().as_python(), turns=100_001).play()
    full = Match(axn.TitFor2Tats(), axn.CyclerCCCDCD(), turns=100_001, cycle_detection=False).play()
    np.testing.assert_array_equal(fast.moves, full.moves)
    np.testing.assert_array_equal(python.moves, full.moves)


@pytest.mark.parametrize("options, why", [
    (dict(noise=0.01), "noise"),
    (dict(game=axn.Game(3.5, 0, 5, 1)), "a payoff that is not a whole number"),
    (dict(cycle_detection=False), "detection turned off"),
])
def test_every_move_is_played_when_a_cycle_would_not_be_exact(options, why):
    turns = 5_000
    result, calls = counted_match(axn.Alternator(), turns=turns, **options)
    assert calls == turns, why
    if "game" in options:
        Counted.calls = 0
        assert Match(Counted(), axn.Alternator(), turns=turns, **options).play().scores == result.scores
        assert Counted.calls == turns


def test_rules_without_a_window_are_played_in_full():
    """A stochastic opponent, or one of unbounded memory without a declared window."""
    for opponent in (axn.Random(0.5), axn.Grudger(), axn.Appeaser()):
        assert opponent.cycle_window() == NO_WINDOW
        _, calls = counted_match(opponent, turns=3_000)
        assert calls == 3_000


class EverySeventh(Strategy):
    """Defects every seventh move, counting in its state: the state, not the window, carries the phase."""

    name = "Every Seventh"
    classifier = Classifier(memory_depth=math.inf)
    history_window = 0
    phase = State()

    @rule
    def decide(turn, history, ctx, params, state, rng):
        state[EverySeventh.phase] = (state[EverySeventh.phase] + 1) % 7
        return D if state[EverySeventh.phase] == 0 else C


class CountsForever(Strategy):
    """Defects on moves 1000 and 2000 by a count in its state that never repeats (a window of 0 declared)."""

    name = "Counts Forever"
    classifier = Classifier(memory_depth=math.inf)
    history_window = 0
    count = State()

    @rule
    def decide(turn, history, ctx, params, state, rng):
        state[CountsForever.count] += 1
        return D if state[CountsForever.count] in (1000.0, 2000.0) else C


@pytest.mark.parametrize("player", [EverySeventh(), CountsForever()], ids=str)
def test_the_state_is_part_of_the_joint_state(player):
    for opponent in (axn.TitForTat(), axn.Cooperator(), player):
        detected = Match(player, opponent, turns=2_500).play()
        full = Match(player, opponent, turns=2_500, cycle_detection=False).play()
        np.testing.assert_array_equal(detected.moves, full.moves)
    check_cycle_window(player)


def test_a_window_belongs_to_the_rule_that_declares_it():
    assert axn.Predator().cycle_window() == 1          # a machine: its own rule, the declared window
    assert axn.TitForTat().cycle_window() == 1         # a finite memory depth
    assert axn.Random(0.5).cycle_window() == NO_WINDOW
    assert axn.Random(1.0).cycle_window() == 0         # certain: deterministic, memory depth 0

    class OwnRule(axn.Predator):
        @rule
        def decide(turn, history, ctx, params, state, rng):
            return C if turn % 3 else D

    assert OwnRule().cycle_window() == NO_WINDOW
    assert transform(axn.Predator, ("initial", "DD"))().cycle_window() == NO_WINDOW


def test_a_users_memory_depth_alone_does_not_enable_cycles():
    """A user's classifier may be wrong; only a declared history_window is a promise about cycles."""
    class Sometimes(Strategy):
        classifier = Classifier(memory_depth=0)   # wrong: it reads the move number

        @rule
        def decide(turn, history, ctx, params, state, rng):
            return D if turn % 3 == 2 else C

    assert Sometimes().cycle_window() == NO_WINDOW
    assert Match(Sometimes(), axn.Cooperator(), turns=3_000).play().moves_a[:6] == "CCDCCD"

    class Declared(Counted):
        history_window = 1

    assert Counted().cycle_window() == NO_WINDOW and Declared().cycle_window() == 1


def test_a_bad_history_window_is_refused():
    with pytest.raises(TypeError, match="history_window must be a whole number"):
        class Bad(Strategy):
            history_window = -1

            @rule
            def decide(turn, history, ctx, params, state, rng):
                return C


def test_a_false_window_is_caught_by_the_testing_kit():
    class Liar(Strategy):
        """Claims a window of one move but defects on move 500 (the move number)."""

        name = "Liar"
        classifier = Classifier(memory_depth=math.inf)
        history_window = 1

        @rule
        def decide(turn, history, ctx, params, state, rng):
            if turn == 500:
                return D
            return C if turn == 0 else history[OPPONENT, turn - 1]

    with pytest.raises(AssertionError, match="cycle window"):
        check_cycle_window(Liar())
