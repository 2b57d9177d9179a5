"""The rule protocol: declared parameters and state, read-only inputs, checked user rules.

Each test here is a mistake a rule author can make, or a promise the engine
keeps to every rule; each mistake must end in a clear error naming the rule
(or, for randomness, in repetitions that differ), never in a wrong match.
"""

from __future__ import annotations

import math
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl import (
    OPPONENT,
    OWN,
    OWN_SCORE,
    C,
    D,
    Count,
    Flag,
    Moves,
    Number,
    Probability,
    State,
    rule,
    sequence,
    uniform,
)
from axelrod_nl.engine import cache
from axelrod_nl.testing import check_strategy, versus, versus_test

ROOT = Path(__file__).resolve().parent.parent


def play(player, opponent=None, turns=10, **options):
    return axn.Match(player, opponent or axn.Alternator(), turns=turns, **options).play()


# --------------------------------------------------------------------------- what a rule returns


class ReturnsLetter(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return "D"


class ReturnsNothingSometimes(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 3:
            return C


class ReturnsFraction(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return 0.0 if turn < 2 else 0.7


class ReturnsFractionInPython(axn.Strategy):
    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        return 0.0 if turn < 2 else 0.7


class ReturnsLetterInPython(axn.Strategy):
    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        return "D"


class ReturnsBool(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return turn % 3 == 2


def test_a_jitted_rule_returning_a_string_is_refused_when_compiled():
    with pytest.raises(axn.RuleCompileError, match=r"ReturnsLetter.decide returns a string \(.*test_protocol.py:\d+\)"):
        play(ReturnsLetter())


def test_a_jitted_rule_that_may_return_nothing_is_refused_when_compiled():
    with pytest.raises(axn.RuleCompileError, match="ReturnsNothingSometimes.decide may return nothing"):
        play(ReturnsNothingSometimes())


@pytest.mark.parametrize("player", [ReturnsFraction(), ReturnsFractionInPython()], ids=["jitted", "python"])
def test_a_fraction_is_reported_as_python_prints_it(player):
    with pytest.raises(axn.RuleError) as error:
        play(player)
    assert "returned 0.7, not C (0) or D (1), at move 3 against Alternator" in str(error.value)


def test_plain_python_rules_return_moves_not_letters():
    with pytest.raises(axn.RuleError, match="returned 'D', not C"):
        play(ReturnsLetterInPython())


def test_a_bool_is_read_as_defect_if_true_on_both_paths():
    assert play(ReturnsBool(), turns=6).moves_a == "CCDCCD"
    assert play(ReturnsBool().as_python(), turns=6).moves_a == "CCDCCD"


# --------------------------------------------------------------------------- reading outside the arrays


class ReadsTheFuture(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return history[OPPONENT, turn + 1000]


class ReadsTheCurrentMove(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return history[OPPONENT, turn]


class ReadsBeforeTheStart(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return history[OPPONENT, turn - 1]


class UndeclaredState(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        state[5] += 1
        return C


class ReadsAnotherParameter(axn.Strategy):
    p = Probability(default=0.5)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if params[1] < 0.5 else D


@pytest.mark.parametrize("player, index", [
    (ReadsTheFuture(), "index 1000 is out of bounds for axis 1 with size 0"),
    (ReadsTheCurrentMove(), "index 0 is out of bounds for axis 1 with size 0"),
    (ReadsBeforeTheStart(), "index -1 is out of bounds for axis 1 with size 0"),
    (UndeclaredState(), "index 5 is out of bounds for axis 0 with size 0"),
    (ReadsAnotherParameter(), "index 1 is out of bounds for axis 0 with size 1"),
], ids=["future", "current", "before-start", "state", "params"])
@pytest.mark.parametrize("path", ["jitted", "python"])
def test_an_index_outside_the_arrays_stops_the_run_naming_rule_opponent_move_and_index(player, index, path):
    if path == "python":
        player = player.as_python()
    with pytest.raises(axn.RuleError) as error:
        axn.Tournament([player, axn.Alternator()], turns=10, repetitions=2, self_play=False).play()
    message = str(error.value)
    assert message.startswith(f"rule {player}") and "IndexError" in message
    assert index in message and "at move 1 against Alternator" in message


def test_history_holds_exactly_the_moves_played_so_far():
    class Length(axn.Strategy):
        @rule
        def decide(turn, history, ctx, params, state, rng):
            if history.shape[1] != turn:
                return 5
            return history[OPPONENT, turn - 1] if turn > 0 else C

    assert play(Length(), turns=8).moves_a == "CCDCDCDC"


def test_user_rules_are_checked_and_the_catalogue_is_not():
    assert ReadsTheFuture.decide.checked
    assert not axn.TitForTat.decide.checked

    class Fast(axn.Strategy):
        @rule(checked=False)
        def decide(turn, history, ctx, params, state, rng):
            return C

    assert not Fast.decide.checked and play(Fast(), turns=3).moves_a == "CCC"


# --------------------------------------------------------------------------- read-only inputs


def _writer(target: str):
    source = textwrap.dedent(f"""
        class Writer(axn.Strategy):
            p = Probability(default=0.5)

            @rule
            def decide(turn, history, ctx, params, state, rng):
                {target} = 1
                return 1
    """)
    namespace = {"axn": axn, "rule": rule, "Probability": Probability}
    exec(compile(source, "<writer>", "exec"), namespace)
    return namespace["Writer"]()


@pytest.mark.parametrize("target", ["history[0, 0]", "history[1, turn - 1]", "ctx[0]", "params[0]"])
def test_writing_history_ctx_or_params_is_refused_when_compiled(target):
    with pytest.raises(axn.RuleCompileError, match="Writer.decide does not compile .*read-only"):
        play(_writer(target))


@pytest.mark.parametrize("target", ["history[0, 0]", "ctx[0]", "params[0]"])
def test_writing_them_from_plain_python_is_refused_too(target):
    with pytest.raises(axn.RuleError, match="read-only"):
        play(_writer(target).as_python(), turns=3)


# --------------------------------------------------------------------------- randomness


class DrawsWithDefaultClassifier(axn.Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if uniform(rng) < 0.5 else D


def test_a_rule_that_draws_is_stochastic_whatever_its_classifier_says():
    with pytest.warns(axn.StochasticRuleWarning, match="drew random numbers"):
        results = axn.Tournament([DrawsWithDefaultClassifier(), axn.TitForTat()], turns=200,
                                 repetitions=5, self_play=False, seed=3, keep_matches=True).play()
    scores = results.stats[0, :, 0]
    assert len(set(scores.tolist())) > 1


def test_a_deterministic_rule_that_could_draw_is_still_copied_when_it_does_not():
    results = axn.Tournament([axn.Random(1.0), axn.TitForTat()], turns=50, repetitions=4,
                             self_play=False, seed=3, keep_matches=True).play()
    assert len(set(results.stats[0, :, 0].tolist())) == 1


@pytest.mark.parametrize("call, shown", [
    ("np.random.random()", "np.random.random"),
    ("random.random()", "random.random"),
    ("helper()", "np.random.rand"),
])
def test_other_random_generators_are_refused(call, shown):
    source = textwrap.dedent(f"""
        def helper():
            return np.random.rand()

        class Gambler(axn.Strategy):
            @rule
            def decide(turn, history, ctx, params, state, rng):
                return C if {call} < 0.5 else D
    """)
    namespace = {"axn": axn, "rule": rule, "np": np, "random": random, "C": C, "D": D}
    exec(compile(source, "<gambler>", "exec"), namespace)
    for player in (namespace["Gambler"](), namespace["Gambler"]().as_python()):
        with pytest.raises(axn.RuleCompileError, match=rf"uses {shown}.*own stream"):
            play(player)


def test_the_same_seed_gives_the_same_matches_on_any_number_of_workers():
    field = [DrawsWithDefaultClassifier().with_classifier(stochastic=True), axn.Random(0.3), axn.GTFT()]
    one = axn.Tournament(field, turns=50, repetitions=5, seed=9, workers=1, keep_matches=True).play().stats
    two = axn.Tournament(field, turns=50, repetitions=5, seed=9, workers=2, keep_matches=True).play().stats
    assert np.array_equal(one, two)


# --------------------------------------------------------------------------- declared parameters and state


class Generous(axn.Strategy):
    """Tit for tat that forgives with probability ``forgive`` after ``patience`` defections in a row."""

    name = "Generous"
    classifier = axn.Classifier(stochastic=True, memory_depth=math.inf)
    forgive = Probability(default=0.25)
    patience = Count(default=2, minimum=1)
    opening = Moves(default="CC")
    loud = Flag(default=False)
    scale = Number(default=1.0, minimum=0.0, above=True)
    run = State(doc="the opponent's current run of defections")
    scratch = State(size=3)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        opening = sequence(params, Generous.opening)
        if turn < opening.shape[0]:
            return int(opening[turn])
        if history[OPPONENT, turn - 1] == D:
            state[Generous.run] += 1
        else:
            state[Generous.run] = 0
        state[Generous.scratch + 2] = params[Generous.scale]
        if state[Generous.run] >= params[Generous.patience]:
            return C if uniform(rng) < params[Generous.forgive] else D
        return C


def test_declared_parameters_by_position_or_name_with_defaults():
    player = Generous(0.5, opening="CDC")
    assert (player.forgive, player.patience, player.opening, player.loud, player.scale) == (0.5, 2, "CDC", False, 1.0)
    assert str(player) == "Generous: 0.5, 2, CDC, False, 1"
    assert repr(player) == "Generous(forgive=0.5, patience=2, opening='CDC', loud=False, scale=1.0)"
    assert player == Generous(forgive=0.5, opening="CDC") and hash(player) == hash(Generous(0.5, 2, "CDC"))
    assert player != Generous(0.25, opening="CDC")


def test_on_the_class_a_declared_name_is_its_slot():
    assert (Generous.forgive, Generous.patience, Generous.opening, Generous.loud, Generous.scale) == (0, 1, 2, 4, 5)
    assert (Generous.run, Generous.scratch, Generous.state_size) == (0, 1, 4)
    player = Generous(opening="CDDC")
    values = player.params_array()
    assert values[: 6].tolist() == [0.25, 2.0, 6.0, 4.0, 0.0, 1.0]
    assert values[6:].tolist() == [0.0, 1.0, 1.0, 0.0]


@pytest.mark.parametrize("kwargs, error, text", [
    (dict(forgive=1.5), ValueError, "forgive must be between 0 and 1"),
    (dict(forgive="high"), TypeError, "forgive must be a number"),
    (dict(patience=0), ValueError, "patience must be at least 1"),
    (dict(patience=2.5), TypeError, "patience must be a whole number"),
    (dict(opening="CX"), ValueError, "opening must be made of C and D"),
    (dict(loud=1), TypeError, "loud must be True or False"),
    (dict(scale=0.0), ValueError, "scale must be above 0"),
    (dict(scale=math.inf), ValueError, "scale must be finite"),
    (dict(colour="red"), TypeError, "Generous has no parameter 'colour'; its parameters are forgive"),
])
def test_declared_parameters_are_checked(kwargs, error, text):
    with pytest.raises(error, match=text):
        Generous(**kwargs)


def test_parameters_are_fixed_once_made():
    with pytest.raises(AttributeError, match="fixed"):
        Generous().forgive = 0.9


def test_rules_without_parameters_take_none():
    with pytest.raises(TypeError, match="TitForTat takes no parameters"):
        axn.TitForTat(0.9)


def test_certain_probabilities_make_a_player_deterministic():
    assert not axn.Random(1.0).classifier.stochastic and axn.Random(0.4).classifier.stochastic
    assert not Generous(forgive=0.0).classifier.stochastic


def test_the_old_state_size_attribute_is_refused_with_directions():
    with pytest.raises(TypeError, match="declare its state slots by name"):
        class Old(axn.Strategy):
            state_size = 2

            @rule
            def decide(turn, history, ctx, params, state, rng):
                return C


def test_each_rule_receives_only_its_own_parameters():
    class Width(axn.Strategy):
        @rule
        def decide(turn, history, ctx, params, state, rng):
            return C if params.shape[0] == 0 else D

    field = [Width(), axn.LookerUp(), axn.Cycler("CCDCD")]
    results = axn.Tournament(field, turns=5, repetitions=1, keep_matches=True).play()
    assert results.stats[0, 0, 2] == 5  # Width cooperated every move against itself
    versus_test(Width(), "CD", expected="CCCC")


def test_parameters_cannot_leak_between_matches():
    # Writing params is refused, so identical threaded runs agree (they once differed).
    field = [Generous(0.4), axn.Random(0.3), axn.TitForTat(), axn.Gradual()]
    runs = [axn.Tournament(field, turns=40, repetitions=4, seed=2, workers=2, keep_matches=True).play().stats
            for _ in range(2)]
    assert np.array_equal(*runs)


# --------------------------------------------------------------------------- compile errors


def test_a_compile_error_keeps_its_cause_and_the_line(tmp_path):
    rules = tmp_path / "typo.py"
    rules.write_text(textwrap.dedent("""
        from axelrod_nl import Strategy, rule, OPPONENT

        class Typo(Strategy):
            @rule
            def decide(turn, history, ctx, params, state, rng):
                if turn == 0:
                    return 0
                return histroy[OPPONENT, turn - 1]
    """))
    spec = tmp_path / "spec.toml"
    spec.write_text('[tournament]\nturns = 5\nrepetitions = 1\n\n[[players]]\nstrategy = "typo.py:Typo"\n\n'
                    '[[players]]\nstrategy = "TitForTat"\n')
    done = subprocess.run([sys.executable, "-m", "axelrod_nl.cli", "run", str(spec)], capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Typo.decide does not compile" in lines[0]
    assert "NameError: name 'histroy' is not defined" in lines[0]
    assert f"{rules}:9" in lines[0]


# --------------------------------------------------------------------------- compile caches


RULE_FILE = """
from axelrod_nl import Strategy, rule, OPPONENT, C

class Mirror(Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if turn == 0 else history[OPPONENT, turn - 1]
"""

BY_PATH = ("import axelrod_nl as axn\nfrom axelrod_nl.loading import file_class\n"
           "print(axn.Match(file_class('mine.py:Mirror')(), axn.Alternator(), turns=6).play().moves_a)\n")
BY_IMPORT = ("import sys; sys.path.insert(0, '.')\nimport axelrod_nl as axn\nimport mine\n"
             "print(axn.Match(mine.Mirror(), axn.Alternator(), turns=6).play().moves_a)\n")


def _run(program: str, cwd: Path, env: dict) -> str:
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_rule_file_works_by_path_and_by_import_in_either_order(tmp_path):
    (tmp_path / "mine.py").write_text(RULE_FILE)
    env = {**os.environ, "AXELROD_NL_CACHE_DIR": str(tmp_path / "cache")}
    for program in (BY_PATH, BY_IMPORT, BY_PATH, BY_IMPORT):
        assert _run(program, tmp_path, env) == "CCDCDC"
    # Nothing of numba's beside the user's file, and a cache file planted there is never read.
    pycache = tmp_path / "__pycache__"
    pycache.mkdir(exist_ok=True)
    assert not list(pycache.glob("*.nb*"))
    for name in ("mine.Mirror.decide-6.py311.nbi", "mine.Mirror.decide-6.py311.1.nbc"):
        (pycache / name).write_bytes(b"planted")
    assert _run(BY_IMPORT, tmp_path, env) == "CCDCDC"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [cache.library_fingerprint()]


TWO_RULES = """
from axelrod_nl import Strategy, rule, OPPONENT, C, D

class Mirror(Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if turn == 0 else history[OPPONENT, turn - 1]

class Contrary(Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        return D if turn == 0 else 1 - history[OPPONENT, turn - 1]
"""

BOTH = ("import sys; sys.path.insert(0, '.')\nimport axelrod_nl as axn\nimport mine\n"
        "print(*(axn.Match(c(), axn.Alternator(), turns=6).play().moves_a for c in (mine.Mirror, mine.Contrary)))\n")


def test_an_edited_rule_file_is_recompiled_entry_and_all(tmp_path):
    # A rule's entry (the rule inlined behind the kernel's signature) is filed with the rule's
    # own source: two rules of one file get their own, and editing the file recompiles both.
    env = {**os.environ, "AXELROD_NL_CACHE_DIR": str(tmp_path / "cache")}
    (tmp_path / "mine.py").write_text(TWO_RULES)
    assert _run(BOTH, tmp_path, env) == "CCDCDC DDCDCD"
    assert _run(BOTH, tmp_path, env) == "CCDCDC DDCDCD"
    entries = {p.name.split("-")[0] for p in (tmp_path / "cache").rglob(f"{tmp_path.name}_*/*_entry-*.nbi")}
    assert entries == {"entry.Mirror.decide_entry", "entry.Contrary.decide_entry"}
    (tmp_path / "mine.py").write_text(TWO_RULES.replace("return C if turn == 0", "return D if turn == 0")
                                      + "\n# edited\n")
    assert _run(BOTH, tmp_path, env) == "DCDCDC DDCDCD"


def test_the_cache_folder_is_keyed_by_numba_and_the_library_sources():
    import numba

    folder = cache.cache_folder()
    assert folder.parent == cache.cache_root()
    assert folder.name.startswith(f"numba-{numba.__version__}-")
    locator = cache.LibraryCacheLocator.from_function(axn.TitForTat.decide.function,
                                                      axn.TitForTat.decide.function.__code__.co_filename)
    assert locator is not None and Path(locator.get_cache_path()).parent == folder


def test_the_fingerprint_changes_with_any_library_source(tmp_path, monkeypatch):
    copy = tmp_path / "axelrod_nl"
    for source in cache.PACKAGE_ROOT.rglob("*.py"):
        target = copy / source.relative_to(cache.PACKAGE_ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    monkeypatch.setattr(cache, "PACKAGE_ROOT", copy)
    cache.library_fingerprint.cache_clear()
    try:
        before = cache.library_fingerprint()
        with open(copy / "engine" / "random.py", "a") as handle:
            handle.write("\n# edited\n")
        cache.library_fingerprint.cache_clear()
        assert cache.library_fingerprint() != before
    finally:
        monkeypatch.undo()
        cache.library_fingerprint.cache_clear()


def test_a_rule_and_its_module_name_get_their_own_cache_entry():
    function = axn.TitForTat.decide.function
    here = cache.LibraryCacheLocator(function, function.__code__.co_filename)
    renamed = type(function)(function.__code__, function.__globals__, function.__name__)
    renamed.__module__ = "somewhere_else"
    there = cache.LibraryCacheLocator(renamed, function.__code__.co_filename)
    assert here.get_cache_path() != there.get_cache_path()


# --------------------------------------------------------------------------- interrupting a run


STUCK_RULES = """
from axelrod_nl import Strategy, rule, C

class Stuck(Strategy):
    @rule
    def decide(turn, history, ctx, params, state, rng):
        x = 0
        while turn >= 0:
            x += 1
        return C
"""


def test_ctrl_c_stops_a_run_inside_a_rule_stuck_in_a_loop(tmp_path):
    (tmp_path / "stuck.py").write_text(STUCK_RULES)
    spec = tmp_path / "spec.toml"
    spec.write_text('[tournament]\nturns = 5\nrepetitions = 1\n\n[[players]]\nstrategy = "stuck.py:Stuck"\n\n'
                    '[[players]]\nstrategy = "TitForTat"\n')
    process = subprocess.Popen([sys.executable, "-m", "axelrod_nl.cli", "run", str(spec)], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    # Wait until the rule is running (it compiles first), then interrupt.
    while time.time() < deadline and process.poll() is None:
        time.sleep(1.0)
        if _busy(process.pid):
            break
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("the run did not stop on SIGINT")
    assert process.returncode == 130
    assert err.strip().splitlines() == ["axelrod-nl: interrupted"]


def _busy(pid: int) -> bool:
    """Whether the process has used a second of CPU in the last second (it is spinning in the rule)."""
    def cpu() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    try:
        before = cpu()
        time.sleep(1.0)
        return cpu() - before > 0.8
    except (FileNotFoundError, ProcessLookupError):
        return False


# --------------------------------------------------------------------------- threads


def test_several_python_threads_may_play_at_once():
    field = [axn.TitForTat(), axn.Random(0.4), axn.GTFT(), axn.Gradual(), axn.Defector()]
    expected = axn.Tournament(field, turns=100, repetitions=20, seed=4, keep_matches=True).play().stats
    results, failures = [None] * 4, []

    def work(k):
        try:
            results[k] = axn.Tournament(field, turns=100, repetitions=20, seed=4, keep_matches=True).play().stats
        except Exception as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures
    assert all(np.array_equal(r, expected) for r in results)


# --------------------------------------------------------------------------- numba internals we rely on


def test_numba_internals_of_the_function_pointer_bridge_are_still_there():
    from numba.core import caching, types
    from numba.core.datamodel.registry import default_manager
    from numba.experimental import function_type  # noqa: F401  (registers the model looked up below)

    from axelrod_nl.engine.function_pointer import RULE_TYPE
    from axelrod_nl.engine.protocol import ENTRY_SIGNATURE, RULE_SIGNATURE

    # rule_from_address fills these three fields of numba's first-class function value.
    assert set(default_manager.lookup(RULE_TYPE)._fields) == {"jit_addr", "c_addr", "py_addr"}
    assert RULE_SIGNATURE.args in axn.TitForTat.decide.compiled().overloads
    result = axn.TitForTat.decide.entry().overloads[ENTRY_SIGNATURE.args]
    assert result.fndesc.llvm_func_name and result.fndesc.llvm_cfunc_wrapper_name
    assert result.library.get_pointer_to_function(result.fndesc.llvm_func_name)
    assert isinstance(RULE_TYPE, types.FunctionType)
    assert hasattr(caching, "_SourceFileBackedLocatorMixin") and hasattr(caching.CacheImpl, "_locator_classes")
    assert caching.CacheImpl._locator_classes[0] is cache.LibraryCacheLocator


def test_numba_is_within_the_tested_range():
    import numba

    from axelrod_nl.engine import NUMBA_TESTED

    low, high = NUMBA_TESTED
    version = tuple(int(x) for x in numba.__version__.split(".")[:2])
    assert low <= version < high


# --------------------------------------------------------------------------- Alternator and the testing kit


def test_alternator_flips_its_own_last_move_under_noise():
    moves = axn.Match(axn.Alternator(), axn.Cooperator(), turns=40_000, noise=0.05, seed=5).play().moves[0]
    changed = np.mean(moves[1:] != moves[:-1])
    assert abs(changed - 0.95) < 4 * math.sqrt(0.95 * 0.05 / moves.size)


def test_versus_test_reports_the_first_difference():
    versus_test(axn.TitForTat(), "DDC", expected="CDDC", turns=4)
    with pytest.raises(AssertionError, match=r"played CDDC, expected CDDD \(first difference at move 4\)"):
        versus_test(axn.TitForTat(), "DDC", expected="CDDD")
    assert versus(axn.Defector(), "C") == ("D", "C")


class LiesAboutItsMemory(axn.Strategy):
    classifier = axn.Classifier(memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return D if turn >= 2 and history[OPPONENT, turn - 2] == D else C


class DrawsButSaysNot(axn.Strategy):
    classifier = axn.Classifier(memory_depth=0)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if uniform(rng) < 0.5 else D


class PlainTwin(axn.Strategy):
    classifier = axn.Classifier(memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if turn == 0 else history[OWN, turn - 1] * 0 + history[OPPONENT, turn - 1]


def test_check_strategy_catches_broken_promises():
    check_strategy(PlainTwin())
    check_strategy(Generous(0.3))
    with pytest.raises(AssertionError, match="declares memory depth 1"):
        check_strategy(LiesAboutItsMemory())
    with pytest.raises(AssertionError, match="classified deterministic but drew"):
        check_strategy(DrawsButSaysNot())


def test_running_scores_are_what_a_rule_reads():
    class Watcher(axn.Strategy):
        classifier = axn.Classifier(uses_payoffs=True)

        @rule
        def decide(turn, history, ctx, params, state, rng):
            return D if ctx[OWN_SCORE] < 3 * turn else C

    assert play(Watcher(), axn.Cooperator(), turns=4).moves_a == "CCCC"


def test_old_cache_folders_are_pruned(tmp_path):
    import time as clock

    for k in range(12):
        folder = tmp_path / f"numba-0.68.1-{k:016x}"
        folder.mkdir()
        age = clock.time() - (k * 3600 if k < 10 else 30 * 86400)
        os.utime(folder, (age, age))
    (tmp_path / "unrelated").mkdir()
    removed = cache.prune(tmp_path, current="numba-0.68.1-0000000000000000")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "numba-0.68.1-0000000000000000" in left and "unrelated" in left
    assert len(left) == 1 + 1 + (cache.KEEP_FOLDERS - 1)  # unrelated, current, the most recent others
    assert {p.name for p in removed} >= {f"numba-0.68.1-{k:016x}" for k in (10, 11)}
