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


def test_reference_harper_scale_field_one_repetition(benchmark):
    """The 176-rule field of test_bench_scale.py, 200 turns, noise 0.05, one repetition, 1 process.

    Compare per repetition and per core with test_bench_scale.py's seconds_per_repetition (2 cores).
    """
    from scale_fields import harper_field

    players = [getattr(axl, cls.__name__)() for cls in harper_field()]

    def play():
        tournament = axl.Tournament(players, turns=200, repetitions=1, noise=0.05, seed=1)
        return tournament.play(progress_bar=False, processes=1)

    benchmark.pedantic(play, rounds=1, iterations=1)
    benchmark.extra_info.update(players=len(players))


def test_reference_glynatsi_subset(benchmark):
    """The small Glynatsi-style trials of test_bench_sweeps.py's test_glynatsi_reference_subset, 1 process.

    Same fields, lengths, noise and repetitions; no self-play, as in the sweep.
    """
    from scale_fields import glynatsi_reference_subset

    subset = glynatsi_reference_subset()

    def play():
        for planned in subset:
            players = [getattr(axl, name)() for name in planned.players]
            n = len(players)
            edges = [(i, j) for i in range(n) for j in range(i + 1, n)]
            options = ({"turns": planned.turns} if planned.turns is not None
                       else {"prob_end": 1.0 - planned.continuation})
            tournament = axl.Tournament(players, edges=edges, repetitions=planned.repetitions,
                                        noise=planned.noise, seed=planned.seed % 2**32,
                                        game=axl.Game(*planned.payoffs), **options)
            tournament.play(progress_bar=False, processes=1)

    benchmark.pedantic(play, rounds=1, iterations=1)
    benchmark.extra_info.update(tournaments=len(subset))
