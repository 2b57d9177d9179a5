"""Speed of the historical reproductions (issue: the first tournament in well under 0.1 s; 1000 seeds in seconds)."""

from pathlib import Path

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
