"""The whole catalogue (every short-run-time strategy) in a round robin: 200 turns, 100 repetitions.

Every turn counted, as the issue asks: without noise the deterministic pairs are played once and
copied to the other repetitions, with noise 0.05 every turn is played. The issue's targets: every
turn played at 40 M turns/s per core or more, and the noisy tournament within 60 s on 2 cores.
The Axelrod-Python side of the comparison is in test_bench_reference.py
(``test_reference_whole_field_round_robin``), played on a subset of repetitions.
"""

import pytest

import axelrod_nl as axn
from axelrod_nl.engine.protocol import TURNS


def _field():
    return [cls() for cls in axn.strategy_list("short_run_time")]


@pytest.mark.parametrize("noise, workers", [(0.0, 2), (0.05, 2), (0.05, 1)], ids=["exact-2-cores", "noise-2-cores",
                                                                               "noise-1-core"])
def test_whole_catalogue_round_robin_200_turns_100_repetitions(benchmark, noise, workers):
    tournament = axn.Tournament(_field(), turns=200, repetitions=100 if workers == 2 else 10, noise=noise, seed=1,
                                workers=workers)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=1, iterations=1)
    turns = int(results.aggregates.pair_sums[:, TURNS].sum())
    seconds = benchmark.stats.stats.median if benchmark.stats else float("nan")
    benchmark.extra_info.update(players=len(tournament.players), counted_turns=turns,
                                turns_per_second_per_core=turns / seconds / workers)
