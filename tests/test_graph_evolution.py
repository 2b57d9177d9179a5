"""Evolutionary dynamics on graphs: the kernels, the API, and checks against published results.

Every stochastic check below has a fixed seed, so it passes or fails the
same way on every run; the false-alarm rate stated with it is the chance
that a correct implementation would fail it at a seed picked at random.
"""

import networkx as nx
import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.analysis import graph_evolution
from axelrod_nl.analysis import graph_evolution as ge
from axelrod_nl.analysis.graph_evolution import (
    RULES,
    GraphEvolution,
    donation_game,
    graph_to_csr,
    lattice_graph,
    node_payoff,
    nowak_may_game,
    random_population,
    strategy_payoffs,
)
from axelrod_nl.analysis.moran import exact_fixation_probability


def cycle_run(rule, seed=3, **options):
    evolution = GraphEvolution(nx.cycle_graph(20), donation_game(5, 1), [0] * 10 + [1] * 10, rule=rule,
                               selection=0.1, seed=seed, **options)
    return evolution.run(30)


# ---- payoffs, graphs, kernels -------------------------------------------------------------------

def test_one_shot_games():
    assert donation_game(3, 1).tolist() == [[2, -1], [3, 0]]
    assert nowak_may_game(1.9).tolist() == [[1, 0], [1.9, 0]]
    with pytest.raises(TypeError, match="benefit"):
        donation_game("3", 1)


def test_strategy_payoffs_are_the_tournament_means():
    matrix = strategy_payoffs([axn.TitForTat(), axn.Defector()], turns=10, repetitions=2)
    # 10 moves: TFT-TFT all R; TFT-ALLD one S then P; ALLD-TFT one T then P.
    assert matrix.tolist() == [[30, 9], [14, 10]]


def test_tournament_results_supply_payoffs_and_names():
    results = axn.Tournament([axn.TitForTat(), axn.Defector()], turns=10, repetitions=1).play()
    evolution = GraphEvolution(nx.cycle_graph(6), results, [0, 1, 0, 1, 0, 1], selection=0.01)
    assert evolution.names == results.names
    assert evolution.run(3).counts.columns.tolist() == results.names


def test_csr_follows_node_order_and_lattices_have_the_right_degree():
    graph = nx.Graph([("a", "b"), ("b", "c")])
    indptr, indices = graph_to_csr(graph)
    assert indptr.tolist() == [0, 1, 3, 4]
    assert indices.tolist() == [1, 0, 2, 1]
    for neighbourhood, degree in (("moore", 8), ("von_neumann", 4)):
        lattice = lattice_graph(5, 4, neighbourhood)
        assert {d for _, d in lattice.degree} == {degree} and lattice.number_of_nodes() == 20
    assert min(d for _, d in lattice_graph(5, 5, periodic=False).degree) == 3


def test_accumulated_and_averaged_payoffs_with_and_without_self():
    # The middle node of a path, a cooperator between a cooperator and a defector.
    indptr, indices = graph_to_csr(nx.path_graph(3))
    strategies = np.array([0, 0, 1])
    game = donation_game(3, 1)
    assert node_payoff(1, strategies, game, indptr, indices, False, False) == 2 - 1
    assert node_payoff(1, strategies, game, indptr, indices, False, True) == 0.5
    assert node_payoff(1, strategies, game, indptr, indices, True, False) == 2 - 1 + 2
    assert node_payoff(1, strategies, game, indptr, indices, True, True) == 1.0


# ---- runs -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("synchronous", [False, True])
@pytest.mark.parametrize("rule", RULES)
def test_every_rule_runs_and_the_seed_fixes_the_run(rule, synchronous):
    if rule == "birth_death" and synchronous:
        pytest.skip("birth-death has no synchronous form")
    first, again = cycle_run(rule, synchronous=synchronous), cycle_run(rule, synchronous=synchronous)
    assert first.counts.equals(again.counts) and (first.population == again.population).all()
    assert (first.counts.sum(axis=1) == 20).all() and len(first.counts) == 31
    assert np.bincount(first.population, minlength=2).tolist() == first.counts.iloc[-1].tolist()
    assert first.rule == rule and first.fitness == "accumulated"


def test_different_seeds_give_different_runs():
    runs = [cycle_run("death_birth", seed=seed, mutation=0.05).counts for seed in (1, 2)]
    assert not runs[0].equals(runs[1])


def test_mutation_brings_in_the_other_strategy():
    evolution = GraphEvolution(nx.cycle_graph(30), donation_game(5, 1), [0] * 30, selection=0.1, mutation=0.05)
    assert evolution.run(20).counts["1"].max() > 0
    without = GraphEvolution(nx.cycle_graph(30), donation_game(5, 1), [0] * 30, selection=0.1)
    assert without.run(20).counts["1"].max() == 0


def test_imitate_the_best_grows_a_lone_defector_into_a_block():
    """Nowak & May's first step: a defector among cooperators earns 8b > 8, so its 8 neighbours copy it."""
    lattice = lattice_graph(9, 9)
    population = {node: 0 for node in lattice}
    population[(4, 4)] = 1
    evolution = GraphEvolution(lattice, nowak_may_game(1.9), population, rule="imitate_best",
                               synchronous=True, self_interaction=True)
    run = evolution.run(1)
    assert run.counts["1"].tolist() == [1, 9]
    defectors = {node for node, s in zip(run.nodes, run.population) if s == 1}
    assert defectors == {(r, c) for r in (3, 4, 5) for c in (3, 4, 5)}


def test_separate_interaction_and_reproduction_graphs_give_neutral_drift_without_games():
    """No interaction edges: every payoff is 0, so death-birth on a cycle is neutral and a mutant fixes with 1/N.

    10,000 runs, N = 10; the estimate must lie within 4 standard errors of 0.1
    (false alarm 6e-5).
    """
    nodes = nx.empty_graph(10)
    evolution = GraphEvolution(nodes, donation_game(5, 1), [1] * 10, reproduction_graph=nx.cycle_graph(10),
                               selection=0.5, seed=4)
    estimate = evolution.fixation_probability(0, 1, 10_000)
    assert abs(estimate.probability - 0.1) <= 4 * np.sqrt(0.1 * 0.9 / 10_000)
    assert estimate.unresolved == 0


# ---- input checks ----------------------------------------------------------------------------------

def test_bad_input_is_rejected_with_a_clear_message():
    graph, game = nx.cycle_graph(4), nowak_may_game(1.5)
    population = [0, 1, 0, 1]
    with pytest.raises(ValueError, match="rule must be one of"):
        GraphEvolution(graph, game, population, rule="moran")
    with pytest.raises(ValueError, match="fitness must be one of"):
        GraphEvolution(graph, game, population, fitness="total")
    with pytest.raises(ValueError, match="no synchronous form"):
        GraphEvolution(graph, game, population, rule="birth_death", synchronous=True)
    with pytest.raises(ValueError, match="one strategy per node"):
        GraphEvolution(graph, game, [0, 1])
    with pytest.raises(ValueError, match="between 0 and 1"):
        GraphEvolution(graph, game, [0, 1, 2, 0])
    with pytest.raises(TypeError, match="strategy indices"):
        GraphEvolution(graph, game, [0, 1, 0.5, 0])
    with pytest.raises(ValueError, match="every node of the graph"):
        GraphEvolution(graph, game, {0: 0, 1: 1})
    with pytest.raises(ValueError, match="fitness 1 - w"):
        GraphEvolution(graph, donation_game(3, 1), population, selection=0.9)
    with pytest.raises(ValueError, match="selection must be at least 0"):
        GraphEvolution(graph, game, population, selection=-1)
    with pytest.raises(ValueError, match="mutation must be between"):
        GraphEvolution(graph, game, population, mutation=2)
    with pytest.raises(ValueError, match="undirected"):
        GraphEvolution(nx.DiGraph(graph), game, population)
    with pytest.raises(ValueError, match="self-loops"):
        GraphEvolution(nx.Graph([(0, 0), (0, 1), (1, 2), (2, 3)]), game, population)
    with pytest.raises(TypeError, match="networkx graph"):
        GraphEvolution([(0, 1)], game, population)
    with pytest.raises(ValueError, match="same nodes"):
        GraphEvolution(graph, game, population, reproduction_graph=nx.cycle_graph(5))
    with pytest.raises(ValueError, match="no reproduction neighbour"):
        GraphEvolution(graph, game, population, reproduction_graph=nx.empty_graph(4))
    with pytest.raises(ValueError, match="square"):
        GraphEvolution(graph, [[1, 2, 3]], population)
    with pytest.raises(TypeError, match="generations"):
        GraphEvolution(graph, game, population).run(2.5)
    mutating = GraphEvolution(graph, game, population, mutation=0.1)
    with pytest.raises(ValueError, match="mutation = 0"):
        mutating.fixation_probability(0, 1, 10)
    with pytest.raises(ValueError, match="different strategies"):
        GraphEvolution(graph, game, population).fixation_probability(0, 0, 10)
    with pytest.raises(ValueError, match="no strategy named"):
        GraphEvolution(graph, game, population).fixation_probability("C", "1", 10)


def test_exported_from_the_analysis_package():
    from axelrod_nl import analysis

    assert analysis.graph_evolution is graph_evolution
    assert "graph_evolution" in analysis.__all__


# ---- the literature --------------------------------------------------------------------------------

TFT_ALLD_10 = np.array([[30.0, 9.0], [14.0, 10.0]])  # TFT and ALL D, 10-move matches (see above)


@pytest.mark.parametrize("self_interaction", [False, True])
@pytest.mark.parametrize("process, rule", [("birth-death", "birth_death"), ("death-birth", "death_birth"),
                                           ("birth-death", "imitation")])
def test_complete_graph_matches_the_exact_moran_fixation_probability(process, rule, self_interaction):
    """On a complete graph the graph rules are the Moran process of :mod:`~axelrod_nl.analysis.moran`.

    Same fitness map (``1 - w + w * payoff``, w = 0.1), payoffs averaged over
    the ``N - 1`` others (plus itself with self-interaction, over ``N``),
    exactly as ``exact_fixation_probability`` assumes. Birth-death there may
    replace the parent itself, here only a neighbour; both give the same
    ratio of backward to forward steps, so the same fixation probability.
    Imitation (a random node copies one of all N, itself included, by
    fitness) has that ratio too, g / f, so it also matches birth-death.
    One TFT among 9 ALL D: 10,000 runs, tolerance 4 standard errors of the
    exact value (two-sided false alarm 6e-5). Measured against exact: BD
    0.1496 v 0.1522, with self 0.1909 v 0.1927; DB 0.1455 v 0.1478, with
    self 0.1837 v 0.1835; imitation 0.1464 v 0.1522, with self 0.1867 v
    0.1927 (all within 1.7 standard errors; imitation at 100,000 runs with
    another seed: 0.1512, -0.9 standard errors).
    """
    exact = exact_fixation_probability(*TFT_ALLD_10.ravel(), 10, process=process, intensity=0.1,
                                       self_interaction=self_interaction)
    evolution = GraphEvolution(nx.complete_graph(10), TFT_ALLD_10, [1] * 10, rule=rule, selection=0.1,
                               fitness="averaged", self_interaction=self_interaction, seed=11)
    runs = 10_000
    estimate = evolution.fixation_probability(0, 1, runs)
    assert abs(estimate.probability - exact) <= 4 * np.sqrt(exact * (1 - exact) / runs)
    assert estimate.standard_error == pytest.approx(np.sqrt(estimate.probability * (1 - estimate.probability)
                                                            / runs))
    assert estimate.runs == runs and estimate.unresolved == 0


def test_pairwise_comparison_on_a_complete_graph_matches_the_fermi_process():
    """The Fermi process of Traulsen, Nowak & Pacheco (2006), well mixed: T-/T+ = exp(-s (pi_A - pi_B)).

    So a single mutant fixes with probability 1 / (1 + sum_k prod_{i<=k} exp(-s (pi_A(i) - pi_B(i)))),
    payoffs averaged over the N - 1 others. One TFT among 9 ALL D, s = 0.3:
    10,000 runs, tolerance 4 standard errors (false alarm 6e-5); measured
    0.2045 against 0.2090 (-1.1 standard errors).
    """
    (a, b), (c, d) = TFT_ALLD_10
    n, s = 10, 0.3
    i = np.arange(1, n)
    pi_a = (a * (i - 1) + b * (n - i)) / (n - 1)
    pi_b = (c * i + d * (n - i - 1)) / (n - 1)
    exact = 1 / (1 + np.cumprod(np.exp(-s * (pi_a - pi_b))).sum())
    evolution = GraphEvolution(nx.complete_graph(n), TFT_ALLD_10, [1] * n, rule="pairwise", selection=s,
                               fitness="averaged", seed=12)
    runs = 10_000
    estimate = evolution.fixation_probability(0, 1, runs)
    assert abs(estimate.probability - exact) <= 4 * np.sqrt(exact * (1 - exact) / runs)
    assert evolution.fixation_probability(0, 1, runs) == estimate  # the seed fixes every run


@pytest.mark.parametrize("b, seed", [(1.85, 1), (1.95, 2)])
def test_nowak_may_spatial_chaos_settles_near_0318_cooperators(b, seed):
    """Nowak & May (1992): for 1.8 < b < 2 the cooperators' share fluctuates around 12 ln 2 - 8 = 0.318.

    100 x 100 periodic Moore lattice, self-interaction, R = 1, T = b, S = P = 0,
    synchronous imitate-the-best, 90% cooperators at random. The share
    averaged over generations 100-300 must lie within 0.318 +- 0.01. Over ten
    seeds this average was 0.3157 with a spread (standard deviation) of
    0.0016, so the band's lower edge is 4.7 spreads away (false alarm about
    1e-6). Every b in (1.8, 2) orders the payoffs alike, so the two values
    run the same dynamics; they differ here only by their starting populations.
    """
    lattice = lattice_graph(100, 100)
    population = random_population(lattice.number_of_nodes(), [0.9, 0.1], seed=seed)
    evolution = GraphEvolution(lattice, nowak_may_game(b), population, names=["C", "D"], rule="imitate_best",
                               synchronous=True, self_interaction=True)
    shares = evolution.run(300).shares["C"]
    assert abs(shares.iloc[100:].mean() - (12 * np.log(2) - 8)) <= 0.01
    assert shares.iloc[100:].min() > 0.2  # neither strategy dies out


@pytest.fixture(scope="module")
def random_regular():
    graph = nx.random_regular_graph(4, 100, seed=1)
    assert nx.is_connected(graph)
    return graph


@pytest.mark.parametrize("rule, b_over_c, above", [
    ("death_birth", 8.0, True), ("death_birth", 2.0, False),
    ("birth_death", 2.0, False), ("birth_death", 8.0, False), ("birth_death", 12.0, False)])
def test_ohtsuki_rule_b_over_c_above_k(random_regular, rule, b_over_c, above):
    """Ohtsuki, Hauert, Lieberman & Nowak (2006): death-birth favours cooperators iff b/c > k; birth-death never.

    Random regular graph, N = 100, k = 4 (for N = 100 the threshold is
    (N - 2) / (N/k - 2) = 4.26); donation game with c = 1, accumulated
    payoffs, w = 0.01 (the value of their simulations). A single cooperator,
    10,000 runs; the estimate must differ from 1/N = 0.01 in the predicted
    direction by more than 3 null standard errors (sqrt(0.01 * 0.99 / 10^4)
    = 0.001), so an implementation without the effect passes each case with
    probability about 1e-3. Fixation probabilities measured with other seeds
    (40,000 runs): DB 0.0326 at b/c = 8 and 0.0032 at b/c = 2; BD 0.0007 to
    0.0012. The bounds are then 13 and 7 of the estimate's own standard
    errors away (Poisson tail: false alarm below 1e-8 per case). Measured
    here: DB 0.0330 (z = +23) and 0.0030 (z = -7.0); BD 0.0007, 0.0012,
    0.0008 at b/c = 2, 8, 12 (z = -9.4, -8.8, -9.3).
    """
    evolution = GraphEvolution(random_regular, donation_game(b_over_c, 1.0), [1] * 100, rule=rule,
                               selection=0.01, seed=5)
    runs = 10_000
    estimate = evolution.fixation_probability(0, 1, runs)
    z = (estimate.probability - 0.01) / np.sqrt(0.01 * 0.99 / runs)
    assert (z > 3) if above else (z < -3), estimate


# ---- the social bank account on an evolving graph ---------------------------------------------------


def test_trajectory_is_the_run_recorded_node_by_node():
    graph = nx.random_regular_graph(4, 30, seed=2)
    evolution = ge.GraphEvolution(graph, ge.donation_game(3.0, 1.0), ge.random_population(30, [0.5, 0.5], seed=1),
                                  rule="death_birth", selection=0.1, mutation=0.01, seed=5)
    populations = evolution.trajectory(40)
    counts = evolution.run(40).counts.to_numpy()
    assert populations.shape == (41, 30)
    assert (np.stack([np.bincount(row, minlength=2) for row in populations]) == counts).all()


def test_bank_accounts_of_hubs_and_leaves():
    # A star of 11 nodes, cooperators and defectors, the donation game (b = 3, c = 1).
    graph = nx.star_graph(10)
    start = [0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0]
    evolution = ge.GraphEvolution(graph, ge.donation_game(3.0, 1.0), start, rule="death_birth", selection=0.05,
                                  seed=3)
    populations = evolution.trajectory(20)
    accounts = ge.bank_accounts(evolution, populations, ge.donation_cooperation())
    first = accounts[accounts.generation == 0].set_index("node")
    # The hub (a cooperator) gives to all 10 leaves and receives from the 5 cooperating leaves.
    assert first.loc[0, ["degree", "given", "received", "balance"]].tolist() == [10, 10.0, 5.0, 5.0]
    # A defecting leaf gives nothing and receives the hub's cooperation; its payoff is the benefit b.
    assert first.loc[1, ["given", "received", "balance", "payoff"]].tolist() == [0.0, 1.0, -1.0, 3.0]
    assert (first.loc[0, "payoff"] == 5 * 3.0 - 10 * 1.0)
    by_degree = ge.hubs_and_leaves(accounts)
    assert list(by_degree.index) == [1, 10]
    assert by_degree.loc[10, "observations"] == 20 and by_degree.loc[1, "observations"] == 200
    assert ((accounts.survived) == (populations[1:].ravel() == populations[:-1].ravel())).all()
    with pytest.raises(ValueError, match="cooperation must be 2 x 2"):
        ge.bank_accounts(evolution, populations, np.ones((3, 3)))
    with pytest.raises(ValueError, match="populations must be"):
        ge.bank_accounts(evolution, populations[:1], ge.donation_cooperation())


def test_strategy_cooperation_from_the_engine():
    import axelrod_nl as axn

    matrix = ge.strategy_cooperation([axn.TitForTat(), axn.Defector(), axn.Cooperator()], turns=10, repetitions=2)
    assert matrix.tolist() == [[10, 1, 10], [0, 0, 0], [10, 10, 10]]
