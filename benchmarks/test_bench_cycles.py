"""Long deterministic matches: completed from their cycles against played move by move (issue 13).

Figures are in benchmarks/README.md. Both variants of each benchmark give identical results
(tests/test_cycles.py); only the time differs.
"""

import pytest
from test_bench_engine import counted_turns, median_seconds

import axelrod_nl as axn
from axelrod_nl.engine.protocol import NO_WINDOW


def windowed_field() -> list:
    """Every catalogue rule (default parameters) with a cycle window: 71 of them."""
    return [cls() for cls in axn.strategy_list("all") if cls().cycle_window() != NO_WINDOW]


@pytest.mark.parametrize("detect", [True, False], ids=["cycles", "every-move"])
def test_million_turn_match(benchmark, detect):
    """TIT FOR TAT against Fortress4 for 10**6 moves, moves kept (the Match API)."""
    match = axn.Match(axn.TitForTat(), axn.Fortress4(), turns=1_000_000, cycle_detection=detect)
    match.play()
    benchmark.pedantic(match.play, rounds=5, iterations=1)
    benchmark.extra_info.update(turns=1_000_000)


@pytest.mark.parametrize("detect", [True, False], ids=["cycles", "every-move"])
def test_million_turn_pair_statistics(benchmark, detect):
    """The same pair in a tournament of one pairing, statistics only (no moves kept)."""
    tournament = axn.Tournament([axn.TitForTat(), axn.Fortress4()], turns=1_000_000, repetitions=1,
                                self_play=False, workers=1, cycle_detection=detect)
    tournament.play()
    benchmark.pedantic(tournament.play, rounds=20, iterations=1)


@pytest.mark.parametrize("detect", [True, False], ids=["cycles", "every-move"])
def test_windowed_field_million_turns(benchmark, detect):
    """Every pair of the windowed field (with twins) for 10**6 moves, statistics only, 1 core."""
    players = windowed_field()
    tournament = axn.Tournament(players, turns=1_000_000, repetitions=1, workers=1, cycle_detection=detect)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=1 if not detect else 3, iterations=1)
    turns = counted_turns(tournament, results)
    benchmark.extra_info.update(players=len(players), counted_turns=turns,
                                turns_per_second=turns / median_seconds(benchmark))


@pytest.mark.parametrize("detect", [True, False], ids=["cycles", "every-move"])
def test_windowed_field_short_random_lengths(benchmark, detect):
    """The cost of looking for cycles where few are worth it: w = 0.99654 (mean 289 moves), 20 repetitions."""
    players = windowed_field()
    tournament = axn.Tournament(players, continuation=0.99654, repetitions=20, seed=1, workers=1,
                                cycle_detection=detect)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=3, iterations=1)
    turns = counted_turns(tournament, results)
    benchmark.extra_info.update(players=len(players), counted_turns=turns,
                                turns_per_second=turns / median_seconds(benchmark))
