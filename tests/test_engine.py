"""The match engine: bookkeeping, determinism, noise, lengths, and the two execution paths."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import axelrod_nl as axn
from axelrod_nl import rule
from axelrod_nl.engine.protocol import LENGTH, OPPONENT_SCORE, OWN_SCORE


def catalogue_players():
    return [cls() for cls in axn.CATALOGUE.values()]


player = st.sampled_from(catalogue_players())
seeds = st.integers(min_value=0, max_value=2**32)


@given(player, player, st.integers(1, 300), seeds, st.sampled_from([0.0, 0.05, 0.3]))
def test_totals_equal_sum_of_per_turn_payoffs(a, b, turns, seed, noise):
    result = axn.Match(a, b, turns=turns, seed=seed, noise=noise).play()
    table = {(0, 0): (3, 3), (0, 1): (0, 5), (1, 0): (5, 0), (1, 1): (1, 1)}
    expected = np.array([table[(x, y)] for x, y in zip(result.moves[0], result.moves[1])]).T
    assert result.payoffs.shape == (2, turns)
    np.testing.assert_array_equal(result.payoffs, expected)
    assert result.scores == (expected[0].sum(), expected[1].sum())
    assert sum(result.state_counts.values()) == turns
    assert result.cooperations == (result.moves_a.count("C"), result.moves_b.count("C"))


@given(player, st.integers(1, 300), seeds)
def test_tit_for_tat_never_outscores_its_opponent(opponent, turns, seed):
    tft, other = axn.Match(axn.TitForTat(), opponent, turns=turns, seed=seed).play().scores
    assert tft <= other


@given(st.sampled_from([p for p in catalogue_players() if not p.classifier.stochastic]), st.integers(1, 300))
def test_deterministic_self_play_is_symmetric(player_, turns):
    result = axn.Match(player_, player_, turns=turns).play()
    assert result.moves_a == result.moves_b
    assert result.scores[0] == result.scores[1]


@given(player, player, seeds, st.sampled_from([0.0, 0.1]))
def test_same_seed_same_match(a, b, seed, noise):
    first = axn.Match(a, b, turns=50, seed=seed, noise=noise).play()
    second = axn.Match(a, b, turns=50, seed=seed, noise=noise).play()
    np.testing.assert_array_equal(first.moves, second.moves)


@given(player, player, seeds, st.sampled_from([0.0, 0.1]), st.sampled_from([None, 0.9]))
def test_jitted_and_plain_python_rules_play_identically(a, b, seed, noise, continuation):
    turns = None if continuation else 60
    jitted = axn.Match(a, b, turns, continuation=continuation, seed=seed, noise=noise).play()
    python = axn.Match(a.as_python(), b.as_python(), turns, continuation=continuation,
                       seed=seed, noise=noise).play()
    mixed = axn.Match(a, b.as_python(), turns, continuation=continuation, seed=seed, noise=noise).play()
    np.testing.assert_array_equal(jitted.moves, python.moves)
    np.testing.assert_array_equal(jitted.moves, mixed.moves)


def test_different_seeds_give_different_random_matches():
    games = {axn.Match(axn.Random(), axn.Random(), turns=50, seed=s).play().moves_a for s in range(5)}
    assert len(games) == 5


def test_noise_flips_moves_at_the_given_rate_and_both_players_see_the_flip():
    turns, noise = 20_000, 0.1
    result = axn.Match(axn.Cooperator(), axn.TitForTat(), turns=turns, noise=noise, seed=3).play()
    flips = result.moves_a.count("D")
    assert abs(flips / turns - noise) < 4 * np.sqrt(noise * (1 - noise) / turns)
    # Tit for tat copies what it saw, which is the flipped move, unless its own copy was flipped.
    copied = np.mean(result.moves[1, 1:] == result.moves[0, :-1])
    assert abs(copied - (1 - noise)) < 0.01


def test_probabilistic_length_is_geometric():
    w = 0.9
    lengths = np.array([axn.Match(axn.Cooperator(), axn.Defector(), continuation=w, seed=s).play().turns
                        for s in range(3000)])
    assert lengths.min() >= 1
    mean, expected = lengths.mean(), 1 / (1 - w)
    assert abs(mean - expected) < 4 * np.sqrt(w) / (1 - w) / np.sqrt(lengths.size)


class _Recorder(axn.Strategy):
    """Defects exactly when told that the match has 7 moves."""

    name = "Length Teller"
    classifier = axn.Classifier(uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return 1 if ctx[LENGTH] == 7 else 0


def test_length_is_announced_only_when_asked():
    assert axn.Match(_Recorder(), axn.Cooperator(), turns=7).play().moves_a == "DDDDDDD"
    assert axn.Match(_Recorder(), axn.Cooperator(), turns=7, announce_length=False).play().moves_a == "CCCCCCC"


class _ScoreWatcher(axn.Strategy):
    name = "Score Watcher"
    classifier = axn.Classifier(uses_payoffs=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        # Defect while behind; the scores in ctx must be the running totals.
        return 1 if ctx[OWN_SCORE] < ctx[OPPONENT_SCORE] else 0


def test_rules_see_running_scores():
    # Against D C D C ...: 0 v 5 after move 1 (defect), level after move 2 (cooperate), and so on.
    assert axn.Match(_ScoreWatcher(), axn.Cycler("DC"), turns=6).play().moves_a == "CDCDCD"


class _ReturnsTwo(axn.Strategy):
    name = "Returns Two"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return 2 if turn == 4 else 0


class _Raises(axn.Strategy):
    name = "Raises"

    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        if turn == 2:
            raise ZeroDivisionError("no")
        return 0


class _ReturnsWord(axn.Strategy):
    name = "Returns Word"

    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        return "cooperate"


@pytest.mark.parametrize("bad, message", [
    (_ReturnsTwo(), "rule Returns Two returned 2, not C (0) or D (1), at move 5 against Tit For Tat"),
    (_Raises(), "rule Raises raised ZeroDivisionError: no at move 3 against Tit For Tat"),
    (_ReturnsWord(), "rule Returns Word returned 'cooperate', not C (0) or D (1), at move 1 against Tit For Tat"),
])
def test_misbehaving_rule_is_named_with_opponent_and_move(bad, message):
    with pytest.raises(axn.RuleError) as error:
        axn.Match(bad, axn.TitForTat(), turns=10).play()
    assert str(error.value) == message


def test_misbehaving_rule_in_tournament_names_the_pairing():
    with pytest.raises(axn.RuleError, match="Returns Two returned 2.*at move 5 against"):
        axn.Tournament([axn.TitForTat(), _ReturnsTwo()], turns=10, repetitions=2).play()


class _Uncompilable(axn.Strategy):
    name = "Uncompilable"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return {"a": object()}


def test_rule_numba_cannot_compile_gets_a_clear_error():
    with pytest.raises(axn.RuleCompileError, match=r"_Uncompilable.decide does not compile \(.*test_engine.py:\d+\)"):
        axn.Match(_Uncompilable(), axn.TitForTat(), turns=3).play()


def test_decide_must_be_declared_with_rule():
    with pytest.raises(TypeError, match="must be declared with @rule"):
        class Broken(axn.Strategy):
            def decide(turn, history, ctx, params, state, rng):
                return 0


@pytest.mark.parametrize("kwargs, error", [
    (dict(turns=0), ValueError), (dict(turns=-3), ValueError), (dict(turns=2.5), TypeError),
    (dict(continuation=1.0), ValueError), (dict(continuation=-0.1), ValueError),
    (dict(turns=10, continuation=0.5), ValueError),
    (dict(turns=10, noise=1.5), ValueError), (dict(turns=10, noise=-0.01), ValueError),
    (dict(turns=10, seed=-1), ValueError), (dict(turns=10, game=(3, 0, 5, 1)), TypeError),
])
def test_bad_match_settings_are_rejected(kwargs, error):
    with pytest.raises(error):
        axn.Match(axn.TitForTat(), axn.Defector(), **kwargs)


def test_players_must_be_instances():
    with pytest.raises(TypeError, match="is a class; pass an instance such as TitForTat"):
        axn.Match(axn.TitForTat, axn.Defector(), turns=5)


@pytest.mark.parametrize("payoffs, general", [((3, 0, 5, 1), False), ((2, 0, 3, 1), False), ((4, 0, 5, 1), True)])
def test_prisoners_dilemma_payoffs_accepted(payoffs, general):
    game = axn.Game(*payoffs)
    assert game.as_array().tolist() == list(map(float, payoffs))


@pytest.mark.parametrize("payoffs, message", [
    ((3, 0, 2, 1), "T > R > P > S"),       # harmony game
    ((3, 0, 7, 1), "2R > T \\+ S"),        # alternation pays more than cooperation
    ((3, 1, 5, 1), "T > R > P > S"),
])
def test_non_dilemma_payoffs_rejected_unless_general(payoffs, message):
    with pytest.raises(ValueError, match=message):
        axn.Game(*payoffs)
    assert axn.Game(*payoffs, general=True).R == payoffs[0]


def test_payoffs_reach_the_scores():
    game = axn.Game(4, 0, 6, 2)
    result = axn.Match(axn.Defector(), axn.Cooperator(), turns=5, game=game).play()
    assert result.scores == (30.0, 0.0)


def test_the_kernel_is_compiled_once_for_any_mix_of_rules():
    from axelrod_nl.engine import kernel

    fields = [[axn.TitForTat(), axn.Defector()],
              [axn.Random(0.2), axn.Cycler("CCD"), axn.Grudger(), axn.GTFT()],
              [cls() for cls in axn.CATALOGUE.values()]]
    for field in fields:
        axn.Tournament(field, turns=20, repetitions=2, seed=1).play()
    assert len(kernel.play_items.signatures) == 1


def test_rules_typed_at_a_prompt_compile_without_a_cache_file():
    import subprocess
    import sys

    program = (
        "import axelrod_nl as axn\n"
        "from axelrod_nl import rule, OPPONENT\n"
        "class Mine(axn.Strategy):\n"
        "    @rule\n"
        "    def decide(turn, history, ctx, params, state, rng):\n"
        "        return 0 if turn == 0 else history[OPPONENT, turn - 1]\n"
        "print(axn.Match(Mine(), axn.Alternator(), turns=6).play().moves_a)\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "CCDCDC"


class _RaisesWhenJitted(axn.Strategy):
    name = "Raises Late"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 7:
            raise ValueError("bad state")
        return 0


def test_rule_raising_inside_the_jitted_engine_is_located():
    field = [axn.TitForTat(), axn.Defector(), _RaisesWhenJitted(), axn.Random()]
    with pytest.raises(axn.RuleError, match=r"rule Raises Late raised ValueError: bad state at move 8 against"):
        axn.Tournament(field, turns=20, repetitions=3).play()
