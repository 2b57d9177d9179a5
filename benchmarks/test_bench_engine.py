"""Speed of the match kernel and of round robins (pytest-benchmark; `make bench`).

Figures and the machine they ran on are recorded in benchmarks/README.md.
Turn rates count every turn of every repetition, including repetitions of
deterministic pairs that the tournament computes once and copies.
"""

import subprocess
import sys
from pathlib import Path

import numba
import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.engine import kernel, protocol
from axelrod_nl.engine.runner import PlayerTables

ROOT = Path(__file__).resolve().parents[1]


def classic_catalogue():
    """Every catalogue rule outside the historical tournament families, default parameters."""
    return [cls() for name, cls in axn.CATALOGUE.items()
            if not cls.__module__.endswith(("axelrod_first", "axelrod_second"))]


def median_seconds(benchmark) -> float:
    """The median of the timed rounds; NaN when benchmarks are disabled (a quick check of the code paths)."""
    return benchmark.stats.stats.median if benchmark.stats else float("nan")


def counted_turns(tournament, results):
    return int(results.aggregates.pair_sums[:, protocol.TURNS].sum())


def test_match_kernel_tft_vs_random_200_turns(benchmark):
    """One 200-turn match through the jitted kernel, without the Python wrapper."""
    tables = PlayerTables.of([axn.TitForTat(), axn.Random(0.5)])
    one = np.zeros(1, dtype=np.int64)
    args = (tables.addresses, tables.param_values, tables.param_starts, tables.state_sizes, tables.windows,
            one, one + 1, one, one + 200, 1, 0.0, axn.Game().as_array(), True, False,
            np.zeros((1, protocol.N_STATS)), np.zeros((1, 2, 1), dtype=np.int8),
            np.zeros((1, protocol.N_ERROR), dtype=np.int64), np.zeros((1, 2), dtype=np.bool_),
            np.zeros(protocol.workspace_layout(200, 1, 1)[-1], dtype=np.uint8), 0, 1, np.zeros(1, dtype=np.int64))
    kernel.play_items(*args)
    benchmark(kernel.play_items, *args)


def test_match_api_tft_vs_random_200_turns(benchmark):
    """The same match through axn.Match(...).play(), Python set-up included."""
    match = axn.Match(axn.TitForTat(), axn.Random(0.5), turns=200, seed=1)
    match.play()
    benchmark(match.play)


@pytest.mark.parametrize("workers", [1, None], ids=["1-core", "all-cores"])
def test_classic_catalogue_round_robin_200_turns_100_repetitions(benchmark, workers):
    players = classic_catalogue()
    tournament = axn.Tournament(players, turns=200, repetitions=100, seed=1, workers=workers)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=5, iterations=1)
    cores = 1 if workers == 1 else numba.config.NUMBA_NUM_THREADS
    turns = counted_turns(tournament, results)
    rate = turns / median_seconds(benchmark)
    benchmark.extra_info.update(players=len(players), counted_turns=turns, cores=cores,
                                turns_per_second=rate, turns_per_second_per_core=rate / cores)


def test_classic_catalogue_round_robin_with_noise(benchmark):
    """Noise makes every pair stochastic: no repetition is copied, every turn is played."""
    players = classic_catalogue()
    tournament = axn.Tournament(players, turns=200, repetitions=100, seed=1, noise=0.01, workers=1)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=3, iterations=1)
    turns = counted_turns(tournament, results)
    benchmark.extra_info.update(players=len(players), counted_turns=turns,
                                turns_per_second_per_core=turns / median_seconds(benchmark))


class _UserMajority(axn.Strategy):
    """A user's rule that reads the whole history every move: the worst case for bounds checks."""

    classifier = axn.Classifier(memory_depth=float("inf"))

    @axn.rule
    def decide(turn, history, ctx, params, state, rng):
        defections = 0
        for t in range(turn):
            defections += history[axn.OPPONENT, t]
        return axn.D if 2 * defections > turn else axn.C


class _UserMajorityUnchecked(_UserMajority):
    decide = axn.rule(_UserMajority.decide.function, checked=False)


class _UserTitForTat(axn.Strategy):
    classifier = axn.Classifier(memory_depth=1)

    @axn.rule
    def decide(turn, history, ctx, params, state, rng):
        return axn.C if turn == 0 else history[axn.OPPONENT, turn - 1]


class _UserTitForTatUnchecked(_UserTitForTat):
    decide = axn.rule(_UserTitForTat.decide.function, checked=False)


@pytest.mark.parametrize("rule_class", [_UserTitForTat, _UserTitForTatUnchecked, _UserMajority,
                                        _UserMajorityUnchecked],
                         ids=["tft-checked", "tft-unchecked", "majority-checked", "majority-unchecked"])
def test_user_rule_checked_against_unchecked(benchmark, rule_class):
    """A user's rule against Random(0.5), 1,000-move matches, 1 core: the rule's own cost dominates."""
    players = [rule_class(), axn.Random(0.5)]
    tournament = axn.Tournament(players, turns=1000, repetitions=200, seed=1, self_play=False, workers=1)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=3, iterations=1)
    benchmark.extra_info.update(checked=rule_class.decide.checked, counted_turns=counted_turns(tournament, results))


def _run(command):
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def test_import_time(benchmark):
    _run([sys.executable, "-c", "import axelrod_nl"])
    benchmark.pedantic(_run, args=([sys.executable, "-c", "import axelrod_nl"],), rounds=5, iterations=1)


def test_cli_small_spec_end_to_end_warm_cache(benchmark):
    command = [str(Path(sys.executable).with_name("axelrod-nl")), "run",
               str(ROOT / "tournaments" / "networking.toml"), "--quiet"]
    _run(command)
    benchmark.pedantic(_run, args=(command,), rounds=5, iterations=1)


def test_cli_first_tournament_cold_cache(benchmark, tmp_path):
    """The first run on a new machine: every rule and the kernel compiled, into an empty cache."""
    import os
    import shutil

    command = [str(Path(sys.executable).with_name("axelrod-nl")), "run",
               str(ROOT / "tournaments" / "axelrod_1980_first.toml"), "--quiet"]
    folder = tmp_path / "cache"

    def cold():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "AXELROD_NL_CACHE_DIR": str(folder)})

    benchmark.pedantic(cold, rounds=2, iterations=1)
