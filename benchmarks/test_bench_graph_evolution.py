"""Speed of evolution on graphs (pytest-benchmark; `make bench`).

A 100 x 100 lattice for 1,000 generations is a hundredth of the issue's
target run (10,000 nodes for 10,000 generations), which takes about
100 times as long: the cost per generation does not depend on the run's length.
"""

import networkx as nx

from axelrod_nl.analysis.graph_evolution import (
    GraphEvolution,
    donation_game,
    lattice_graph,
    nowak_may_game,
    random_population,
)


def median_seconds(benchmark) -> float:
    """The median of the timed rounds; NaN when benchmarks are disabled (a quick check of the code paths)."""
    return benchmark.stats.stats.median if benchmark.stats else float("nan")


def test_nowak_may_lattice_100x100_1000_generations(benchmark):
    """Synchronous imitate-the-best, Moore neighbourhood plus self: chaotic, so no run ever fixes early."""
    lattice = lattice_graph(100, 100)
    population = random_population(10_000, [0.9, 0.1], seed=1)
    evolution = GraphEvolution(lattice, nowak_may_game(1.9), population, rule="imitate_best", synchronous=True,
                               self_interaction=True)
    evolution.run(1)
    benchmark.pedantic(evolution.run, args=(1000,), rounds=3, iterations=1)
    benchmark.extra_info.update(nodes=10_000, generations=1000,
                                node_updates_per_second=10_000 * 1000 / median_seconds(benchmark))


def test_death_birth_lattice_100x100_1000_generations_with_mutation(benchmark):
    """Asynchronous death-birth, donation game, von Neumann lattice; mutation keeps both strategies present."""
    lattice = lattice_graph(100, 100, "von_neumann")
    population = random_population(10_000, [0.5, 0.5], seed=1)
    evolution = GraphEvolution(lattice, donation_game(6, 1), population, rule="death_birth", selection=0.1,
                               mutation=0.01)
    evolution.run(1)
    benchmark.pedantic(evolution.run, args=(1000,), rounds=3, iterations=1)
    benchmark.extra_info.update(nodes=10_000, generations=1000,
                                node_updates_per_second=10_000 * 1000 / median_seconds(benchmark))


def test_fixation_runs_random_regular_graph(benchmark):
    """Single-cooperator fixation runs, death-birth, N = 100, k = 4, w = 0.01, both cores."""
    graph = nx.random_regular_graph(4, 100, seed=1)
    evolution = GraphEvolution(graph, donation_game(8, 1), [1] * 100, selection=0.01, seed=5)
    evolution.fixation_probability(0, 1, 100)
    benchmark.pedantic(evolution.fixation_probability, args=(0, 1, 10_000), rounds=3, iterations=1)
    benchmark.extra_info.update(runs_per_second=10_000 / median_seconds(benchmark))
