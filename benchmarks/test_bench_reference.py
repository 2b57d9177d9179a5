"""The same work in Axelrod-Python, for ratios measured in one run on one machine.

Skipped unless the reference library (``axelrod`` on PyPI) is importable in the
environment running the benchmarks; it is not a dependency of axelrod-nl. See
benchmarks/README.md for how the recorded figures were made.
"""

import subprocess
import sys

import pytest

axl = pytest.importorskip("axelrod")


def test_reference_match_tft_vs_random_200_turns(benchmark):
    match = axl.Match((axl.TitForTat(), axl.Random()), turns=200, seed=1)
    benchmark(match.play)


def test_reference_first_tournament_15_rules_5_repetitions(benchmark):
    players = [axl.TitForTat(), axl.FirstByTidemanAndChieruzzi(), axl.FirstByNydegger(), axl.FirstByGrofman(),
               axl.FirstByShubik(), axl.FirstBySteinAndRapoport(), axl.Grudger(), axl.FirstByDavis(),
               axl.FirstByGraaskamp(), axl.FirstByDowning(), axl.FirstByFeld(), axl.FirstByJoss(),
               axl.FirstByTullock(), axl.FirstByAnonymous(), axl.Random()]

    def play():
        tournament = axl.Tournament(players, turns=200, repetitions=5, seed=1)
        return tournament.play(progress_bar=False, processes=1)

    benchmark.pedantic(play, rounds=3, iterations=1)


def test_reference_import_time(benchmark):
    command = [sys.executable, "-c", "import axelrod"]
    subprocess.run(command, check=True)
    benchmark.pedantic(subprocess.run, args=(command,), kwargs={"check": True}, rounds=3, iterations=1)


def test_reference_whole_field_round_robin(benchmark):
    """Axelrod-Python's short-run-time strategies, 200 turns, noise 0.05, 2 repetitions, 1 process.

    Compare per repetition with test_bench_catalogue.py's noisy round robin (100 repetitions).
    """
    players = [cls() for cls in axl.short_run_time_strategies]

    def play():
        tournament = axl.Tournament(players, turns=200, repetitions=2, noise=0.05, seed=1)
        return tournament.play(progress_bar=False, processes=1)

    benchmark.pedantic(play, rounds=1, iterations=1)
