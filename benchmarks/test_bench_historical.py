"""Speed of the historical tournaments: the first in well under 0.1 s, 1000 seeds of it in seconds,
the second at 1000 repetitions, and its reproduction over 1000 seeds (the issue's target: 60 s on 2 cores)."""

from pathlib import Path

from axelrod_nl.engine.protocol import TURNS
from axelrod_nl.historical.reproduction import reproduce_spec
from axelrod_nl.spec import load_spec

SPEC = Path(__file__).resolve().parents[1] / "tournaments" / "axelrod_1980_first.toml"


def test_first_tournament_15_rules_5_repetitions(benchmark):
    tournament = load_spec(SPEC).tournament()
    tournament.play()
    benchmark(tournament.play)


def test_first_tournament_summary_table(benchmark):
    """Play and build the ranked pandas summary, as `axelrod-nl run` does."""
    tournament = load_spec(SPEC).tournament()
    tournament.play().summary
    benchmark(lambda: tournament.play().summary)


def test_first_tournament_1000_reproductions(benchmark):
    spec = load_spec(SPEC)
    reproduce_spec(spec, seeds=10)
    benchmark.pedantic(lambda: reproduce_spec(spec, seeds=1000).table, rounds=3, iterations=1)


def test_second_tournament_round_robin_1000_repetitions(benchmark):
    """The 63 rules of Axelrod's second tournament, the five game lengths, 1,000 repetitions, 1 core."""
    spec = load_spec(SPEC.with_name("axelrod_1980_second.toml"))
    tournament = spec.tournament(repetitions=1000, workers=1)
    results = tournament.play()
    benchmark.pedantic(tournament.play, rounds=1, iterations=1)
    turns = int(results.aggregates.pair_sums[:, TURNS].sum())
    seconds = benchmark.stats.stats.median if benchmark.stats else float("nan")
    benchmark.extra_info.update(players=len(spec.players), counted_turns=turns,
                                turns_per_second_per_core=turns / seconds)


def test_second_tournament_1000_reproductions(benchmark):
    """``axelrod-nl reproduce tournaments/axelrod_1980_second.toml`` over 1,000 seeds, all cores, report included."""
    spec = load_spec(SPEC.with_name("axelrod_1980_second.toml"))
    reproduce_spec(spec, seeds=2)
    benchmark.pedantic(lambda: reproduce_spec(spec, seeds=1000).format(), rounds=1, iterations=1)
