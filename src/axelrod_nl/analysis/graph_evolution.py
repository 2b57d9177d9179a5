"""Evolutionary dynamics on graphs: strategies spread along the edges of a network.

Each node of a graph holds one individual playing one of ``k`` strategies.
An individual plays its *interaction* neighbours and earns, from the payoff
matrix ``A`` (``A[i, j]`` the mean score of strategy ``i`` per match against
``j``), either the sum of those payoffs (``fitness="accumulated"``, as in
Nowak & May 1992 and Ohtsuki et al. 2006) or their mean
(``fitness="averaged"``). With ``self_interaction`` it also plays itself, as
in Nowak & May's lattice. Strategies then spread along the *reproduction*
graph (by default the same graph; Ohtsuki, Pacheco & Nowak 2007 separate the
two) by one of five updating rules:

``"death_birth"``
    A random node dies; its reproduction neighbours compete for the empty
    place in proportion to their fitness.
``"birth_death"``
    A node chosen in proportion to fitness places its offspring on a random
    reproduction neighbour.
``"imitation"``
    A random node keeps its strategy or copies a neighbour's, in proportion
    to fitness, itself included (Ohtsuki et al. 2006's "IM" rule).
``"pairwise"``
    A random node copies a random neighbour with probability
    ``1 / (1 + exp(-s (pi_neighbour - pi_self)))`` (the Fermi rule of Szabó
    & Tőke 1998), ``s`` the selection intensity and ``pi`` the payoffs.
``"imitate_best"``
    A node takes the strategy of the highest payoff among itself and its
    neighbours, keeping its own on a tie (Nowak & May 1992). Deterministic.

The proportional rules use the fitness ``1 - w + w * payoff``, ``w`` the
intensity of selection, which is the weak-selection convention of Ohtsuki et
al. (2006): ``w -> 0`` is neutral drift. Whenever a rule places a strategy
on a node (a birth; for ``"pairwise"`` only when the node copies), the
strategy mutates with probability ``u`` to one of the others, chosen
uniformly.

Updating is asynchronous (a generation is ``N`` single updates, each on the
current state) or synchronous (every node updated at once from the state at
the start of the generation). Birth-death has no synchronous form: two
parents could place offspring on the same node at once.

Payoffs of all pairs of strategies are computed before the dynamics start,
from matches played by this library's engine (:func:`strategy_payoffs`), so
the dynamics cost nothing per match and large graphs stay fast. Every random
draw comes from a seeded SplitMix64 stream of :mod:`axelrod_nl.engine.random`:
a run uses the stream ``(seed, 0)``, fixation run ``r`` the stream
``(seed, r, 1)``, so results do not depend on the number of threads.

References
----------
Nowak, M. A. & May, R. M. (1992). Evolutionary games and spatial chaos.
Nature 359, 826-829.
Ohtsuki, H., Hauert, C., Lieberman, E. & Nowak, M. A. (2006). A simple rule
for the evolution of cooperation on graphs and social networks. Nature 441,
502-505.
Ohtsuki, H., Pacheco, J. M. & Nowak, M. A. (2007). Evolutionary graph theory:
breaking the symmetry between interaction and replacement. Journal of
Theoretical Biology 246, 681-694.
Szabó, G. & Tőke, C. (1998). Evolutionary prisoner's dilemma game on a square
lattice. Physical Review E 58, 69-73.
Lieberman, E., Hauert, C. & Nowak, M. A. (2005). Evolutionary dynamics on
graphs. Nature 433, 312-316.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Union

import networkx as nx
import numpy as np
import pandas as pd
from numba import njit, prange

from ..engine.random import ROLE_SIMULATION, new_stream, stream_seed, uniform
from ..validation import (
    check_flag,
    check_probability,
    check_real,
    check_seed,
    check_whole,
)
from .ecology import check_payoff_matrix, payoff_source
from .moran import offspring_type

RULES = ("death_birth", "birth_death", "imitation", "pairwise", "imitate_best")
FITNESS_MODES = ("accumulated", "averaged")
_DEATH_BIRTH, _BIRTH_DEATH, _IMITATION, _PAIRWISE, _IMITATE_BEST = range(5)
_NOT_FIXED = -1


# ---- payoff matrices -------------------------------------------------------------------------

def strategy_payoffs(players: Sequence, turns: Optional[int] = 200, repetitions: int = 10, noise: float = 0.0,
                     continuation: Optional[float] = None, seed: int = 0) -> np.ndarray:
    """Mean score per match of each strategy against each, from matches played by the engine.

    One round robin with self-play, so every pair (a strategy and its twin
    included) is played ``repetitions`` times, once for the whole graph.

    Parameters
    ----------
    players : strategy instances, one per strategy of the dynamics.
    turns : moves per match; ignored when ``continuation`` is given.
    repetitions : matches per pair, averaged.
    noise : probability that a move is flipped.
    continuation : probability that a match goes on after each move, instead of ``turns``.
    seed : seed of the tournament.

    Returns
    -------
    numpy.ndarray
        ``(k, k)``, entry ``[i, j]`` the mean score of ``players[i]`` against ``players[j]``.
    """
    from .. import Tournament

    if continuation is not None:
        turns = None
    tournament = Tournament(list(players), turns, continuation=continuation, repetitions=repetitions,
                            noise=noise, seed=seed, self_play=True)
    return np.array(tournament.play().payoff_array, dtype=np.float64)


def donation_game(b: float, c: float) -> np.ndarray:
    """The one-shot donation game; index 0 is the cooperator, 1 the defector.

    A cooperator pays ``c`` for its partner to receive ``b``; a defector pays
    nothing and gives nothing, so ``[[b - c, -c], [b, 0]]``.
    """
    b = check_real("benefit b", b)
    c = check_real("cost c", c)
    return np.array([[b - c, -c], [b, 0.0]])


def nowak_may_game(b: float) -> np.ndarray:
    """Nowak & May's (1992) one-shot prisoner's dilemma: R = 1, T = b, S = P = 0.

    Index 0 is the cooperator, 1 the defector: ``[[1, 0], [b, 0]]``.
    """
    b = check_real("temptation b", b, minimum=0.0)
    return np.array([[1.0, 0.0], [b, 0.0]])


# ---- graphs ------------------------------------------------------------------------------------

def lattice_graph(rows: int, columns: int, neighbourhood: str = "moore", periodic: bool = True) -> nx.Graph:
    """A square lattice whose nodes ``(row, column)`` join their 8 (Moore) or 4 (von Neumann) neighbours.

    ``periodic`` wraps the edges round into a torus, as in Nowak & May's runs.
    """
    rows = check_whole("rows", rows, minimum=3)
    columns = check_whole("columns", columns, minimum=3)
    periodic = check_flag("periodic", periodic)
    if neighbourhood not in ("moore", "von_neumann"):
        raise ValueError(f"neighbourhood must be 'moore' or 'von_neumann', got {neighbourhood!r}")
    steps = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if neighbourhood == "moore" else [])
    graph = nx.Graph()
    graph.add_nodes_from((r, c) for r in range(rows) for c in range(columns))
    for r in range(rows):
        for c in range(columns):
            for dr, dc in steps:
                r2, c2 = r + dr, c + dc
                if periodic:
                    graph.add_edge((r, c), (r2 % rows, c2 % columns))
                elif 0 <= r2 < rows and 0 <= c2 < columns:
                    graph.add_edge((r, c), (r2, c2))
    return graph


def graph_to_csr(graph: nx.Graph, nodes: Optional[Sequence] = None) -> tuple[np.ndarray, np.ndarray]:
    """Compressed sparse rows of an undirected graph: node ``v``'s neighbours are ``indices[indptr[v]:indptr[v + 1]]``.

    Nodes are numbered in the order of ``nodes`` (default ``list(graph.nodes)``).
    """
    if not isinstance(graph, nx.Graph):
        raise TypeError(f"graph must be a networkx graph, got {graph!r}")
    if graph.is_directed() or graph.is_multigraph():
        raise ValueError("graph must be a simple undirected graph (networkx.Graph)")
    if nx.number_of_selfloops(graph):
        raise ValueError("graph has self-loops; use self_interaction=True for a node that plays itself")
    nodes = list(graph.nodes) if nodes is None else list(nodes)
    position = {node: k for k, node in enumerate(nodes)}
    if len(position) != graph.number_of_nodes() or set(position) != set(graph.nodes):
        raise ValueError("the graphs must have the same nodes")
    indptr = np.zeros(len(nodes) + 1, dtype=np.int64)
    indices = np.empty(2 * graph.number_of_edges(), dtype=np.int64)
    filled = 0
    for k, node in enumerate(nodes):
        for neighbour in graph.adj[node]:
            indices[filled] = position[neighbour]
            filled += 1
        indptr[k + 1] = filled
    return indptr, indices


def random_population(size: int, shares: Sequence[float], seed: int = 0) -> np.ndarray:
    """Strategies drawn independently for ``size`` nodes, strategy ``i`` with probability ``shares[i]``.

    Draws from the stream ``(seed, 0, 2)``, apart from those of the dynamics.
    """
    size = check_whole("size", size, minimum=1)
    shares = np.asarray(shares, dtype=np.float64)
    if shares.ndim != 1 or shares.size == 0 or not np.isfinite(shares).all() or (shares < 0).any() \
            or not shares.sum() > 0:
        raise ValueError("shares must be non-negative numbers, not all zero, one per strategy")
    cumulative = np.cumsum(shares / shares.sum())
    draws = uniform_draws(new_stream(check_seed(seed), 0, 2, 0, ROLE_SIMULATION), size)
    return np.minimum(np.searchsorted(cumulative, draws, side="right"), shares.size - 1).astype(np.int64)


# ---- kernels -----------------------------------------------------------------------------------

@njit(cache=True)
def uniform_draws(rng: np.ndarray, size: int) -> np.ndarray:
    """``size`` successive uniform draws from one stream."""
    draws = np.empty(size)
    for i in range(size):
        draws[i] = uniform(rng)
    return draws


@njit(cache=True)
def node_payoff(v: int, strategies: np.ndarray, matrix: np.ndarray, indptr: np.ndarray, indices: np.ndarray,
                self_interaction: bool, averaged: bool) -> float:
    """Payoff of node ``v`` from games with its interaction neighbours (and itself)."""
    own = strategies[v]
    total = 0.0
    for e in range(indptr[v], indptr[v + 1]):
        total += matrix[own, strategies[indices[e]]]
    games = indptr[v + 1] - indptr[v]
    if self_interaction:
        total += matrix[own, own]
        games += 1
    if averaged and games > 0:
        return total / games
    return total


@njit(cache=True)
def tree_set(tree: np.ndarray, leaves: int, v: int, value: float) -> None:
    """Set the weight of item ``v`` in a sum tree and refresh its ancestors.

    Each ancestor is recomputed from its two children rather than adjusted by
    a difference, so no rounding error builds up over millions of updates.
    """
    if leaves == 0:  # no tree: only birth-death samples the whole population by fitness
        return
    i = leaves + v
    tree[i] = value
    i //= 2
    while i >= 1:
        tree[i] = tree[2 * i] + tree[2 * i + 1]
        i //= 2


@njit(cache=True)
def tree_sample(tree: np.ndarray, leaves: int, size: int, rng: np.ndarray) -> int:
    """An item drawn with probability proportional to its weight, in O(log N); uniform if all are 0."""
    if not tree[1] > 0.0:
        return int(uniform(rng) * size)
    while True:
        target = uniform(rng) * tree[1]
        i = 1
        while i < leaves:
            if target < tree[2 * i]:
                i = 2 * i
            else:
                target -= tree[2 * i]
                i = 2 * i + 1
        # Rounding can, very rarely, step onto an empty leaf; drawing again keeps the law exact.
        if i - leaves < size and tree[i] > 0.0:
            return i - leaves


@njit(cache=True)
def fitness_of(payoff: float, selection: float) -> float:
    """Ohtsuki et al.'s (2006) fitness ``1 - w + w * payoff``."""
    return 1.0 - selection + selection * payoff


@njit(cache=True)
def set_strategy(v: int, new: int, strategies: np.ndarray, payoffs: np.ndarray, fitness: np.ndarray,
                 tree: np.ndarray, leaves: int, counts: np.ndarray, matrix: np.ndarray, i_indptr: np.ndarray,
                 i_indices: np.ndarray, selection: float, self_interaction: bool, averaged: bool) -> None:
    """Give node ``v`` strategy ``new`` and refresh the payoffs it changes: its own and its partners'."""
    old = strategies[v]
    if new == old:
        return
    strategies[v] = new
    counts[old] -= 1
    counts[new] += 1
    payoffs[v] = node_payoff(v, strategies, matrix, i_indptr, i_indices, self_interaction, averaged)
    fitness[v] = fitness_of(payoffs[v], selection)
    tree_set(tree, leaves, v, fitness[v])
    for e in range(i_indptr[v], i_indptr[v + 1]):
        u = i_indices[e]
        payoffs[u] = node_payoff(u, strategies, matrix, i_indptr, i_indices, self_interaction, averaged)
        fitness[u] = fitness_of(payoffs[u], selection)
        tree_set(tree, leaves, u, fitness[u])


@njit(cache=True)
def refresh_all(strategies: np.ndarray, payoffs: np.ndarray, fitness: np.ndarray, tree: np.ndarray, leaves: int,
                counts: np.ndarray, matrix: np.ndarray, i_indptr: np.ndarray, i_indices: np.ndarray,
                selection: float, self_interaction: bool, averaged: bool) -> None:
    """Recompute every payoff, fitness, tree weight and count from the strategies."""
    counts[:] = 0
    tree[:] = 0.0
    for v in range(strategies.shape[0]):
        counts[strategies[v]] += 1
        payoffs[v] = node_payoff(v, strategies, matrix, i_indptr, i_indices, self_interaction, averaged)
        fitness[v] = fitness_of(payoffs[v], selection)
        if leaves > 0:
            tree[leaves + v] = fitness[v]
    if leaves > 0:
        for i in range(leaves - 1, 0, -1):
            tree[i] = tree[2 * i] + tree[2 * i + 1]


@njit(cache=True)
def proportional_pick(v: int, include_self: bool, fitness: np.ndarray, r_indptr: np.ndarray, r_indices: np.ndarray,
                      rng: np.ndarray) -> int:
    """A reproduction neighbour of ``v`` (or ``v`` itself if included) drawn in proportion to fitness."""
    total = fitness[v] if include_self else 0.0
    for e in range(r_indptr[v], r_indptr[v + 1]):
        total += fitness[r_indices[e]]
    degree = r_indptr[v + 1] - r_indptr[v]
    if not total > 0.0:  # every candidate has fitness 0: the choice is neutral
        slot = int(uniform(rng) * (degree + (1 if include_self else 0)))
        return v if slot == degree else r_indices[r_indptr[v] + slot]
    target = uniform(rng) * total
    last = v
    if include_self:
        target -= fitness[v]
        if target < 0.0:
            return v
    for e in range(r_indptr[v], r_indptr[v + 1]):
        u = r_indices[e]
        if fitness[u] > 0.0:
            last = u
            target -= fitness[u]
            if target < 0.0:
                return u
    return last  # a rounding sliver past the end


@njit(cache=True)
def random_neighbour(v: int, r_indptr: np.ndarray, r_indices: np.ndarray, rng: np.ndarray) -> int:
    """A reproduction neighbour of ``v``, uniformly."""
    degree = r_indptr[v + 1] - r_indptr[v]
    return r_indices[r_indptr[v] + int(uniform(rng) * degree)]


@njit(cache=True)
def best_of_neighbourhood(v: int, payoffs: np.ndarray, r_indptr: np.ndarray, r_indices: np.ndarray) -> int:
    """The node of highest payoff among ``v`` and its neighbours; ``v`` wins ties, then the first neighbour."""
    best = v
    for e in range(r_indptr[v], r_indptr[v + 1]):
        u = r_indices[e]
        if payoffs[u] > payoffs[best]:
            best = u
    return best


@njit(cache=True)
def focal_update(v: int, rule: int, strategies: np.ndarray, payoffs: np.ndarray, fitness: np.ndarray,
                 r_indptr: np.ndarray, r_indices: np.ndarray, selection: float, mutation: float, k: int,
                 rng: np.ndarray) -> int:
    """The strategy node ``v`` takes under a rule that picks ``v`` first (every rule but birth-death).

    Reads the current state and changes nothing, so the synchronous update
    can apply it to every node against the same state.
    """
    if rule == _DEATH_BIRTH:
        parent = proportional_pick(v, False, fitness, r_indptr, r_indices, rng)
    elif rule == _IMITATION:
        parent = proportional_pick(v, True, fitness, r_indptr, r_indices, rng)
    elif rule == _PAIRWISE:
        u = random_neighbour(v, r_indptr, r_indices, rng)
        if uniform(rng) >= 1.0 / (1.0 + np.exp(-selection * (payoffs[u] - payoffs[v]))):
            return strategies[v]  # no copy, so no birth and no mutation
        parent = u
    else:
        parent = best_of_neighbourhood(v, payoffs, r_indptr, r_indices)
    return offspring_type(strategies[parent], k, mutation, rng)


@njit(cache=True)
def asynchronous_update(rule: int, strategies: np.ndarray, payoffs: np.ndarray, fitness: np.ndarray,
                        tree: np.ndarray, leaves: int, counts: np.ndarray, matrix: np.ndarray,
                        i_indptr: np.ndarray, i_indices: np.ndarray, r_indptr: np.ndarray, r_indices: np.ndarray,
                        selection: float, mutation: float, self_interaction: bool, averaged: bool,
                        rng: np.ndarray) -> None:
    """One single-node update on the current state."""
    size = strategies.shape[0]
    k = matrix.shape[0]
    if rule == _BIRTH_DEATH:
        parent = tree_sample(tree, leaves, size, rng)
        v = random_neighbour(parent, r_indptr, r_indices, rng)
        new = offspring_type(strategies[parent], k, mutation, rng)
    else:
        v = int(uniform(rng) * size)
        new = focal_update(v, rule, strategies, payoffs, fitness, r_indptr, r_indices, selection, mutation, k, rng)
    set_strategy(v, new, strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr, i_indices,
                 selection, self_interaction, averaged)


@njit(cache=True)
def generation(rule: int, synchronous: bool, strategies: np.ndarray, payoffs: np.ndarray, fitness: np.ndarray,
               tree: np.ndarray, leaves: int, counts: np.ndarray, matrix: np.ndarray, i_indptr: np.ndarray,
               i_indices: np.ndarray, r_indptr: np.ndarray, r_indices: np.ndarray, selection: float,
               mutation: float, self_interaction: bool, averaged: bool, rng: np.ndarray,
               stop_at_fixation: bool) -> int:
    """One generation: ``N`` asynchronous updates, or one synchronous update of every node.

    With ``stop_at_fixation``, asynchronous updating stops as soon as one
    strategy holds every node; returns the number of single updates made.
    """
    size = strategies.shape[0]
    k = matrix.shape[0]
    if synchronous:
        following = np.empty_like(strategies)
        for v in range(size):
            following[v] = focal_update(v, rule, strategies, payoffs, fitness, r_indptr, r_indices, selection,
                                        mutation, k, rng)
        strategies[:] = following
        refresh_all(strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr, i_indices, selection,
                    self_interaction, averaged)
        return size
    for step in range(size):
        asynchronous_update(rule, strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr, i_indices,
                            r_indptr, r_indices, selection, mutation, self_interaction, averaged, rng)
        if stop_at_fixation and fixed_strategy(counts, size) != _NOT_FIXED:
            return step + 1
    return size


@njit(cache=True)
def fixed_strategy(counts: np.ndarray, size: int) -> int:
    """The strategy that holds every node, or -1."""
    for i in range(counts.shape[0]):
        if counts[i] == size:
            return i
    return _NOT_FIXED


@njit(cache=True)
def tree_leaves(size: int, rule: int) -> int:
    """Leaves of the sum tree over fitness: a power of two >= ``size``, or 0 for rules that need no tree."""
    if rule != _BIRTH_DEATH:
        return 0
    leaves = 1
    while leaves < size:
        leaves *= 2
    return leaves


@njit(cache=True)
def evolve(strategies: np.ndarray, matrix: np.ndarray, i_indptr: np.ndarray, i_indices: np.ndarray,
           r_indptr: np.ndarray, r_indices: np.ndarray, rule: int, synchronous: bool, selection: float,
           mutation: float, self_interaction: bool, averaged: bool, generations: int,
           rng: np.ndarray) -> np.ndarray:
    """Run ``generations`` generations from ``strategies`` (changed in place); returns counts per generation.

    Without mutation a fixed population cannot change again, so the
    remaining generations are filled in rather than simulated.
    """
    size = strategies.shape[0]
    k = matrix.shape[0]
    leaves = tree_leaves(size, rule)
    payoffs = np.empty(size)
    fitness = np.empty(size)
    tree = np.zeros(max(2 * leaves, 1))
    counts = np.zeros(k, dtype=np.int64)
    refresh_all(strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr, i_indices, selection,
                self_interaction, averaged)
    history = np.empty((generations + 1, k), dtype=np.int64)
    history[0] = counts
    for g in range(1, generations + 1):
        if mutation == 0.0 and fixed_strategy(counts, size) != _NOT_FIXED:
            history[g] = counts
            continue
        generation(rule, synchronous, strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr,
                   i_indices, r_indptr, r_indices, selection, mutation, self_interaction, averaged, rng, False)
        history[g] = counts
    return history


@njit(cache=True, parallel=True)
def fixation_runs(matrix: np.ndarray, i_indptr: np.ndarray, i_indices: np.ndarray, r_indptr: np.ndarray,
                  r_indices: np.ndarray, rule: int, synchronous: bool, selection: float, self_interaction: bool,
                  averaged: bool, mutant: int, resident: int, runs: int, seed: int,
                  max_generations: int) -> tuple[np.ndarray, np.ndarray]:
    """Independent runs from one mutant at a random node, each on its stream ``(seed, run, 1)``.

    Returns the strategy that fixed (-1 if ``max_generations`` passed first)
    and the number of single-node updates of every run.
    """
    size = i_indptr.shape[0] - 1
    k = matrix.shape[0]
    leaves = tree_leaves(size, rule)
    fixed = np.empty(runs, dtype=np.int64)
    updates = np.empty(runs, dtype=np.int64)
    for r in prange(runs):
        rng = np.empty(1, dtype=np.uint64)
        rng[0] = stream_seed(seed, r, 1, 0, ROLE_SIMULATION)
        strategies = np.full(size, resident, dtype=np.int64)
        strategies[int(uniform(rng) * size)] = mutant
        payoffs = np.empty(size)
        fitness = np.empty(size)
        tree = np.zeros(max(2 * leaves, 1))
        counts = np.zeros(k, dtype=np.int64)
        refresh_all(strategies, payoffs, fitness, tree, leaves, counts, matrix, i_indptr, i_indices, selection,
                    self_interaction, averaged)
        done = 0
        winner = fixed_strategy(counts, size)
        g = 0
        while winner == _NOT_FIXED and g < max_generations:
            done += generation(rule, synchronous, strategies, payoffs, fitness, tree, leaves, counts, matrix,
                               i_indptr, i_indices, r_indptr, r_indices, selection, 0.0, self_interaction,
                               averaged, rng, True)
            winner = fixed_strategy(counts, size)
            g += 1
        fixed[r] = winner
        updates[r] = done
    return fixed, updates


# ---- the API -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class GraphRun:
    """One run of evolution on a graph.

    Attributes
    ----------
    counts : pandas.DataFrame of how many nodes hold each strategy (columns),
        indexed by ``generation`` from 0 (the start) to the last.
    population : the final strategy index of every node, in the order of ``nodes``.
    nodes : the graph's nodes, in the order of ``population``.
    rule : the updating rule.
    fitness : ``"accumulated"`` (payoffs summed over partners) or
        ``"averaged"`` (their mean).
    snapshots : generation -> every node's strategy, for the generations asked of :meth:`GraphEvolution.run`.
    """

    counts: pd.DataFrame
    population: np.ndarray
    nodes: list
    rule: str
    fitness: str
    snapshots: dict = field(default_factory=dict)

    @property
    def shares(self) -> pd.DataFrame:
        """:attr:`counts` as fractions of the population."""
        return self.counts.div(self.counts.sum(axis=1), axis=0)


@dataclass(frozen=True)
class GraphFixation:
    """Monte Carlo estimate of the fixation probability of a single mutant on a graph.

    Attributes
    ----------
    probability : fraction of runs in which the mutant took over every node.
    standard_error : binomial, ``sqrt(p (1 - p) / runs)``.
    runs : number of independent runs.
    unresolved : runs still mixed after ``max_generations`` (counted as not fixed).
    mean_generations : mean length of the resolved runs, in generations of ``N`` updates.
    """

    probability: float
    standard_error: float
    runs: int
    unresolved: int
    mean_generations: float


class GraphEvolution:
    """Evolution of strategies on the nodes of a graph.

    Parameters
    ----------
    graph : undirected networkx graph on which individuals interact; node
        order is ``list(graph.nodes)``.
    payoffs : ``(k, k)`` payoff matrix (``[i, j]`` strategy ``i``'s score
        against ``j``), a labelled DataFrame, or tournament results played with self-play.
    population : strategy index of every node, in node order, or a mapping from node to index.
    names : strategy names (default from the payoffs, else ``"0"``, ``"1"``, ...).
    rule : ``"death_birth"`` (default), ``"birth_death"``, ``"imitation"``,
        ``"pairwise"`` or ``"imitate_best"``.
    selection : intensity of selection: ``w`` in the fitness ``1 - w + w * payoff``
        (proportional rules) or ``s`` in the Fermi rule; unused by ``"imitate_best"``.
    fitness : ``"accumulated"`` (sum of payoffs over partners, default) or ``"averaged"`` (their mean).
    mutation : probability that a birth takes a uniformly random other strategy.
    synchronous : update every node at once each generation instead of ``N`` single updates.
    reproduction_graph : graph along which strategies spread, on the same nodes (default ``graph``).
    self_interaction : whether a node also plays itself.
    seed : seed of every random draw.

    Examples
    --------
    >>> import networkx as nx
    >>> from axelrod_nl.analysis.graph_evolution import GraphEvolution, donation_game
    >>> graph = nx.cycle_graph(20)
    >>> evolution = GraphEvolution(graph, donation_game(5, 1), [0] * 10 + [1] * 10, selection=0.1, seed=3)
    >>> run = evolution.run(50)
    >>> int(run.counts.iloc[-1].sum())
    20
    """

    def __init__(self, graph: nx.Graph, payoffs, population: Union[Sequence[int], Mapping, np.ndarray], *,
                 names: Optional[Sequence[str]] = None, rule: str = "death_birth", selection: float = 1.0,
                 fitness: str = "accumulated", mutation: float = 0.0, synchronous: bool = False,
                 reproduction_graph: Optional[nx.Graph] = None, self_interaction: bool = False,
                 seed: int = 0) -> None:
        if isinstance(payoffs, pd.DataFrame):
            names = list(payoffs.columns) if names is None else names
            payoffs = payoffs.to_numpy()
        payoffs, names = payoff_source(payoffs, names, "evolution on a graph")
        self.matrix, self.names = check_payoff_matrix(payoffs, names, allow_negative=True)
        self.nodes = list(graph.nodes) if isinstance(graph, nx.Graph) else []
        self.indptr, self.indices = graph_to_csr(graph, self.nodes)
        if len(self.nodes) < 2:
            raise ValueError(f"the graph needs at least 2 nodes, got {len(self.nodes)}")
        if reproduction_graph is None:
            self.r_indptr, self.r_indices = self.indptr, self.indices
        else:
            self.r_indptr, self.r_indices = graph_to_csr(reproduction_graph, self.nodes)
        lonely = np.flatnonzero(np.diff(self.r_indptr) == 0)
        if lonely.size:
            raise ValueError(f"node {self.nodes[lonely[0]]!r} has no reproduction neighbour; "
                             "every node needs one for a strategy to reach or leave it")
        if rule not in RULES:
            raise ValueError(f"rule must be one of {', '.join(RULES)}, got {rule!r}")
        if fitness not in FITNESS_MODES:
            raise ValueError(f"fitness must be one of {', '.join(FITNESS_MODES)}, got {fitness!r}")
        self.rule, self.fitness = rule, fitness
        self.selection = check_real("selection", selection, minimum=0.0)
        self.mutation = check_probability("mutation", mutation)
        self.synchronous = check_flag("synchronous", synchronous)
        if self.synchronous and rule == "birth_death":
            raise ValueError("birth_death has no synchronous form (two parents could fill one node at once); "
                             "use synchronous=False or another rule")
        self.self_interaction = check_flag("self_interaction", self_interaction)
        self.seed = check_seed(seed)
        self.population = self._check_population(population)
        if rule in ("death_birth", "birth_death", "imitation"):
            self._check_fitness_positive()

    def _check_population(self, population) -> np.ndarray:
        if isinstance(population, Mapping):
            missing = [node for node in self.nodes if node not in population]
            if missing or len(population) != len(self.nodes):
                raise ValueError("population must give a strategy for every node of the graph and no others")
            population = [population[node] for node in self.nodes]
        if isinstance(population, (str, bytes)) or not hasattr(population, "__iter__"):
            raise TypeError(f"population must be a sequence of strategy indices, got {population!r}")
        values = list(population)
        if len(values) != len(self.nodes):
            raise ValueError(f"population needs one strategy per node ({len(self.nodes)}), got {len(values)}")
        k = len(self.names)
        for value in values:
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
                raise TypeError(f"population entries must be strategy indices (whole numbers), got {value!r}")
            if not 0 <= value < k:
                raise ValueError(f"population entries must be between 0 and {k - 1}, got {value}")
        return np.array(values, dtype=np.int64)

    def _check_fitness_positive(self) -> None:
        """The least payoff any node can earn must keep ``1 - w + w * payoff`` non-negative."""
        worst = self.matrix.min()
        games = np.diff(self.indptr) + (1 if self.self_interaction else 0)
        if self.fitness == "accumulated":
            least = float(min(worst * games.max(), worst * games.min()))
        else:
            least = float(worst if games.min() > 0 else min(worst, 0.0))  # a node without partners earns 0
        if 1 - self.selection + self.selection * least < 0:
            raise ValueError(f"fitness 1 - w + w * payoff is negative for the least payoff {least:g} at "
                             f"selection {self.selection:g}; lower the selection intensity or shift the payoffs")

    def _options(self) -> tuple:
        return (self.indptr, self.indices, self.r_indptr, self.r_indices, RULES.index(self.rule),
                self.synchronous, self.selection)

    def run(self, generations: int, snapshots: Optional[Sequence[int]] = None) -> GraphRun:
        """Run the dynamics from the starting population (always the stream ``(seed, 0)``).

        Parameters
        ----------
        generations : number of generations (``N`` single updates each, or one synchronous update).
        snapshots : generations (0 to ``generations``) at which to keep every node's strategy, in
            :attr:`GraphRun.snapshots`; the run is the same with or without them.
        """
        generations = check_whole("generations", generations, minimum=0)
        wanted = [] if snapshots is None else self._check_generations(snapshots, generations)
        parts, kept = [], {}
        for stop, counts, strategies in self._advance(sorted(set(wanted) | {generations})):
            parts.append(counts if not parts else counts[1:])
            if stop in wanted:
                kept[stop] = strategies.copy()
        history = np.concatenate(parts)
        counts = pd.DataFrame(history, columns=self.names, index=pd.RangeIndex(generations + 1, name="generation"))
        return GraphRun(counts, strategies, list(self.nodes), self.rule, self.fitness, kept)

    def _advance(self, stops: Sequence[int]):
        """Play the run of :meth:`run` on its stream, pausing at each of the increasing generations ``stops``.

        Yields ``(generation, counts, population)``: the counts of every generation since the
        previous pause (the first row that pause's), and the population, updated in place. Between
        calls of the kernel its state is the population alone (payoffs are recomputed from it), so
        the pauses do not change the run (tested: :meth:`trajectory` gives :meth:`run`'s counts).
        """
        strategies = self.population.copy()
        indptr, indices, r_indptr, r_indices, rule, synchronous, selection = self._options()
        rng = new_stream(self.seed, 0, 0, 0, ROLE_SIMULATION)
        done = 0
        for stop in stops:
            counts = evolve(strategies, self.matrix, indptr, indices, r_indptr, r_indices, rule, synchronous,
                            selection, self.mutation, self.self_interaction, self.fitness == "averaged",
                            stop - done, rng)
            done = stop
            yield stop, counts, strategies

    def trajectory(self, generations: int) -> np.ndarray:
        """Every node's strategy at every generation: the run of :meth:`run`, recorded node by node.

        Returns
        -------
        numpy.ndarray
            ``(generations + 1, N)`` strategy indices, row 0 the start, columns in
            the order of :attr:`nodes`. The same stream as :meth:`run`, so its
            counts are :meth:`run`'s (tested).
        """
        generations = check_whole("generations", generations, minimum=0)
        populations = np.empty((generations + 1, self.population.shape[0]), dtype=np.int64)
        populations[0] = self.population
        for stop, _, strategies in self._advance(range(1, generations + 1)):
            populations[stop] = strategies
        return populations

    def snapshots(self, generations: Sequence[int]) -> dict[int, np.ndarray]:
        """Every node's strategy at the given generations only: :meth:`trajectory`'s rows, without the rest.

        For pictures of a long run on a large graph, where the whole
        trajectory would not fit in memory. The same stream as :meth:`run`.

        Returns
        -------
        dict
            generation -> ``(N,)`` strategy indices (nodes in the order of
            :attr:`nodes`), in increasing order of generation.
        """
        wanted = self._check_generations(generations, None)
        return self.run(wanted[-1], snapshots=wanted).snapshots

    @staticmethod
    def _check_generations(generations, last) -> list[int]:
        """Distinct whole generations, sorted, none after ``last`` (if given)."""
        if isinstance(generations, (str, bytes)) or not hasattr(generations, "__iter__"):
            raise TypeError(f"generations must be a sequence of whole numbers, got {generations!r}")
        wanted = sorted({check_whole("generation", g, minimum=0) for g in generations})
        if not wanted:
            raise ValueError("generations must name at least one generation")
        if last is not None and wanted[-1] > last:
            raise ValueError(f"snapshot generation {wanted[-1]} is after the run's last, {last}")
        return wanted

    def fixation_probability(self, mutant: Union[int, str], resident: Union[int, str], runs: int, *,
                             max_generations: int = 10_000) -> GraphFixation:
        """Probability that a single mutant, placed on a uniformly random node of a resident population, takes over.

        Ignores the starting population; needs ``mutation = 0``. Runs go on
        until one strategy holds every node or ``max_generations`` pass.
        Compare with ``1 / N``, the neutral value.
        """
        if self.mutation > 0:
            raise ValueError("fixation probabilities need mutation = 0: with mutation nothing stays fixed")
        pick = [self._strategy_index(which) for which in (mutant, resident)]
        if pick[0] == pick[1]:
            raise ValueError("mutant and resident must be different strategies")
        runs = check_whole("runs", runs, minimum=1)
        max_generations = check_whole("max_generations", max_generations, minimum=1)
        indptr, indices, r_indptr, r_indices, rule, synchronous, selection = self._options()
        fixed, updates = fixation_runs(self.matrix, indptr, indices, r_indptr, r_indices, rule, synchronous,
                                       selection, self.self_interaction, self.fitness == "averaged", pick[0],
                                       pick[1], runs, self.seed, max_generations)
        probability = float(np.mean(fixed == pick[0]))
        resolved = fixed != _NOT_FIXED
        mean_generations = float(updates[resolved].mean() / len(self.nodes)) if resolved.any() else float("nan")
        return GraphFixation(probability, float(np.sqrt(probability * (1 - probability) / runs)), runs,
                             int((~resolved).sum()), mean_generations)

    def _strategy_index(self, which) -> int:
        if isinstance(which, str):
            if which not in self.names:
                raise ValueError(f"no strategy named {which!r}; strategies are {', '.join(self.names)}")
            return self.names.index(which)
        return check_whole("strategy index", which, minimum=0, maximum=len(self.names) - 1)

    def __repr__(self) -> str:
        return (f"<GraphEvolution {self.rule}, N={len(self.nodes)}, {len(self.names)} strategies, "
                f"{self.fitness} payoffs, selection={self.selection:g}, mutation={self.mutation:g}>")


# ---- the social bank account on a graph ---------------------------------------------------------------

def strategy_cooperation(players: Sequence, turns: Optional[int] = 200, repetitions: int = 10, noise: float = 0.0,
                         continuation: Optional[float] = None, seed: int = 0) -> np.ndarray:
    """Mean cooperations per match of each strategy against each, from matches played by the engine.

    The companion of :func:`strategy_payoffs` (same arguments, same
    tournament when the seed is the same): entry ``[i, j]`` is how often
    ``players[i]`` cooperated in a match against ``players[j]``.
    """
    from .. import Tournament
    from ..engine.protocol import COOP_A, COOP_B

    if continuation is not None:
        turns = None
    tournament = Tournament(list(players), turns, continuation=continuation, repetitions=repetitions,
                            noise=noise, seed=seed, self_play=True)
    results = tournament.play()
    k = len(results.names)
    mean = results.aggregates.pair_sums / results.repetitions
    matrix = np.zeros((k, k))
    matrix[results.pair_a, results.pair_b] = mean[:, COOP_A]
    matrix[results.pair_b, results.pair_a] = mean[:, COOP_B]
    twins = results.pair_a == results.pair_b
    matrix[results.pair_a[twins], results.pair_a[twins]] = (mean[twins, COOP_A] + mean[twins, COOP_B]) / 2
    return matrix


def donation_cooperation() -> np.ndarray:
    """Cooperations per interaction in the donation game: the cooperator (0) gives, the defector (1) does not."""
    return np.array([[1.0, 1.0], [0.0, 0.0]])


def bank_accounts(evolution: "GraphEvolution", populations: np.ndarray, cooperation: np.ndarray) -> pd.DataFrame:
    """The social bank account of every node in every generation of an evolving population.

    In generation g a node *gives* the cooperations its strategy plays against
    its interaction neighbours' strategies and *receives* theirs
    (``cooperation[i, j]``: strategy i's cooperations per interaction with
    strategy j, from :func:`strategy_cooperation` or
    :func:`donation_cooperation`); its balance is given minus received, the
    article's "social bank account". Beside it: the node's degree, its payoff
    as the dynamics count it (accumulated or averaged over its partners, as
    the evolution's ``fitness`` says), and whether its strategy *survived* to
    the next generation at that node. A hub has many accounts, a leaf one.

    Parameters
    ----------
    evolution : the :class:`GraphEvolution` the populations come from.
    populations : :meth:`GraphEvolution.trajectory`'s ``(generations + 1, N)`` array.
    cooperation : ``(k, k)`` cooperations per interaction.

    Returns
    -------
    pandas.DataFrame
        One row per node and generation but the last: ``generation``, ``node``,
        ``degree``, ``strategy``, ``given``, ``received``, ``balance``,
        ``payoff``, ``survived``.
    """
    populations = np.asarray(populations)
    size = len(evolution.nodes)
    if populations.ndim != 2 or populations.shape[1] != size or populations.shape[0] < 2:
        raise ValueError(f"populations must be a (generations + 1, {size}) trajectory with at least two rows, "
                         f"got shape {populations.shape}")
    cooperation = np.asarray(cooperation, dtype=np.float64)
    k = evolution.matrix.shape[0]
    if cooperation.shape != (k, k):
        raise ValueError(f"cooperation must be {k} x {k}, one row and column per strategy, got {cooperation.shape}")
    indptr, indices = evolution.indptr, evolution.indices
    degree = np.diff(indptr).astype(np.float64)
    source = np.repeat(np.arange(size), np.diff(indptr))
    averaged = evolution.fitness == "averaged"
    frames = []
    for g in range(populations.shape[0] - 1):
        s = populations[g]
        given = np.bincount(source, weights=cooperation[s[source], s[indices]], minlength=size)
        received = np.bincount(source, weights=cooperation[s[indices], s[source]], minlength=size)
        payoff = np.bincount(source, weights=evolution.matrix[s[source], s[indices]], minlength=size)
        partners = degree.copy()
        if evolution.self_interaction:
            given += cooperation[s, s]
            received += cooperation[s, s]
            payoff += evolution.matrix[s, s]
            partners += 1
        if averaged:
            payoff = payoff / np.maximum(partners, 1)
        frames.append(pd.DataFrame({
            "generation": g, "node": evolution.nodes, "degree": degree.astype(np.int64),
            "strategy": [evolution.names[i] for i in s], "given": given, "received": received,
            "balance": given - received, "payoff": payoff, "survived": populations[g + 1] == s,
        }))
    return pd.concat(frames, ignore_index=True)


def hubs_and_leaves(accounts: pd.DataFrame) -> pd.DataFrame:
    """:func:`bank_accounts` by degree: mean balance, payoff and survival rate of the nodes of each degree,
    with how many node-generations each row rests on."""
    grouped = accounts.groupby("degree")
    table = grouped[["balance", "payoff"]].mean()
    table["survival"] = grouped["survived"].mean()
    table["observations"] = grouped.size()
    return table
