"""Evolution on a graph described in TOML, for ``axelrod-nl evolve``.

::

    [graph]
    kind = "random_regular"   # lattice, ring, random_regular, small_world, scale_free, edges
    size = 100                # nodes (lattice: rows = columns = size, or rows and columns)
    degree = 4                # random_regular, ring and small_world: neighbours; scale_free: edges per new node
    rewiring = 0.1            # small_world only
    file = "graph.edges"      # edges only: a networkx edge list, one "u v" per line
    seed = 1

    [evolution]
    rule = "death_birth"      # birth_death, imitation, pairwise, imitate_best
    selection = 0.05
    fitness = "accumulated"   # or "averaged"
    mutation = 0.0
    synchronous = false
    self_interaction = false
    generations = 1000
    shares = [0.5, 0.5]       # starting shares of the players below (default equal)
    snapshots = [0, 50, 200]  # generations pictured with --out (default 0, 10, 100 and the last)
    seed = 1

    [match]                   # the matches the payoffs come from
    turns = 200
    repetitions = 10
    noise = 0.0

    [[players]]
    strategy = "TitForTat"

Every key is checked; an unknown one is an error that names it.

With ``--out`` the command writes the counts, the shares over generations
and a picture of the population at each generation of ``snapshots``: the
strategy grid of a lattice, else the graph with its nodes coloured by
strategy. A graph of more than :data:`DRAW_LIMIT` nodes (not a lattice) is
drawn only when ``snapshots`` (or ``--snapshots``) asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import networkx as nx

from ..loading import instantiate, parse_player, strategy_class
from . import graph_evolution as ge

_GRAPH_KEYS = {"kind", "size", "rows", "columns", "degree", "rewiring", "file", "seed"}
_EVOLUTION_KEYS = {"rule", "selection", "fitness", "mutation", "synchronous", "self_interaction", "generations",
                   "shares", "snapshots", "seed"}
_MATCH_KEYS = {"turns", "repetitions", "noise"}
KINDS = ("lattice", "ring", "random_regular", "small_world", "scale_free", "edges")
DRAW_LIMIT = 2000  # nodes: beyond this a node-link picture is a blur, and slow to draw


@dataclass(frozen=True)
class EvolutionSpec:
    """What an evolution spec describes.

    Attributes
    ----------
    evolution : the dynamics, ready to run.
    generations : how many generations to run.
    players : the strategies, in the order of the payoff matrix.
    graph : the graph the population lives on.
    kind : the ``[graph]`` kind.
    lattice : ``(rows, columns)`` for a lattice, else None.
    snapshots : the generations to picture, or None when the spec does not say.
    """

    evolution: ge.GraphEvolution
    generations: int
    players: list
    graph: nx.Graph
    kind: str
    lattice: Optional[tuple[int, int]]
    snapshots: Optional[tuple[int, ...]]


def _table(data: dict, name: str, keys: set) -> dict:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ValueError(f"[{name}] must be a table")
    unknown = sorted(set(table) - keys)
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} in [{name}]; expected one of {', '.join(sorted(keys))}")
    return table


def build_graph(table: dict, folder: Path) -> nx.Graph:
    """The graph a ``[graph]`` table describes."""
    kind = table.get("kind")
    if kind not in KINDS:
        raise ValueError(f"[graph] kind must be one of {', '.join(KINDS)}, got {kind!r}")
    seed = table.get("seed", 0)
    size = table.get("size")
    if kind == "edges":
        path = folder / str(table.get("file", ""))
        if not path.is_file():
            raise ValueError(f"[graph] file {path} not found")
        return nx.read_edgelist(path, nodetype=str)
    if kind == "lattice":
        rows, columns = table.get("rows", size), table.get("columns", size)
        if not (isinstance(rows, int) and isinstance(columns, int)) or rows < 3 or columns < 3:
            raise ValueError("[graph] a lattice needs size (or rows and columns) of at least 3")
        return ge.lattice_graph(rows, columns)
    if not isinstance(size, int) or isinstance(size, bool) or size < 3:
        raise ValueError(f"[graph] size must be a whole number of at least 3, got {size!r}")
    degree = table.get("degree", 4)
    if not isinstance(degree, int) or isinstance(degree, bool) or not 1 <= degree < size:
        raise ValueError(f"[graph] degree must be a whole number from 1 to size - 1, got {degree!r}")
    if kind == "ring":
        return nx.watts_strogatz_graph(size, degree, 0.0, seed=seed)
    if kind == "random_regular":
        if size * degree % 2:
            raise ValueError("[graph] a random regular graph needs size * degree even")
        return nx.random_regular_graph(degree, size, seed=seed)
    if kind == "small_world":
        return nx.connected_watts_strogatz_graph(size, degree, float(table.get("rewiring", 0.1)), seed=seed)
    return nx.barabasi_albert_graph(size, degree, seed=seed)


def _players(entries: Any, folder: Path) -> list:
    if not isinstance(entries, list) or len(entries) < 2:
        raise ValueError("the spec needs at least two [[players]], the strategies that evolve")
    players = []
    for entry in entries:
        if isinstance(entry, str):
            players.append(parse_player(entry, [folder]))
        elif isinstance(entry, dict) and "strategy" in entry:
            cls = strategy_class(entry["strategy"], [folder])
            players.append(instantiate(cls, entry.get("args", []), entry.get("params", {})))
        else:
            raise ValueError("each player needs a strategy name, e.g. strategy = \"TitForTat\"")
    return players


def check_snapshots(snapshots: Any, generations: int, where: str = "[evolution] snapshots") -> tuple[int, ...]:
    """Generations to picture: a non-empty list of distinct whole numbers from 0 to ``generations``, sorted."""
    if not isinstance(snapshots, (list, tuple)) or not snapshots or any(
            isinstance(g, bool) or not isinstance(g, int) for g in snapshots):
        raise ValueError(f"{where} must list whole numbers of generations, got {snapshots!r}")
    outside = [g for g in snapshots if not 0 <= g <= generations]
    if outside:
        raise ValueError(f"{where}: generation {outside[0]} is outside the run (0 to {generations})")
    if len(set(snapshots)) != len(snapshots):
        raise ValueError(f"{where} lists a generation twice: {list(snapshots)!r}")
    return tuple(sorted(snapshots))


def evolution_from_spec(data: dict, folder: Path) -> EvolutionSpec:
    """The :class:`EvolutionSpec` of parsed TOML."""
    unknown = sorted(set(data) - {"graph", "evolution", "match", "players"})
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r}; expected [graph], [evolution], [match] and [[players]]")
    graph_table = _table(data, "graph", _GRAPH_KEYS)
    graph = build_graph(graph_table, folder)
    evolution = _table(data, "evolution", _EVOLUTION_KEYS)
    match = _table(data, "match", _MATCH_KEYS)
    players = _players(data.get("players"), folder)
    payoffs = ge.strategy_payoffs(players, turns=match.get("turns", 200), repetitions=match.get("repetitions", 10),
                                  noise=match.get("noise", 0.0), seed=evolution.get("seed", 0))
    shares = evolution.get("shares", [1.0 / len(players)] * len(players))
    if not isinstance(shares, list) or len(shares) != len(players):
        raise ValueError(f"[evolution] shares must list one share per player ({len(players)}), got {shares!r}")
    population = ge.random_population(graph.number_of_nodes(), shares, seed=evolution.get("seed", 0))
    names = [str(p) for p in players]
    dynamics = ge.GraphEvolution(graph, payoffs, population, names=names, rule=evolution.get("rule", "death_birth"),
                                 selection=evolution.get("selection", 0.05),
                                 fitness=evolution.get("fitness", "accumulated"),
                                 mutation=evolution.get("mutation", 0.0),
                                 synchronous=evolution.get("synchronous", False),
                                 self_interaction=evolution.get("self_interaction", False),
                                 seed=evolution.get("seed", 0))
    generations = evolution.get("generations", 1000)
    if not isinstance(generations, int) or isinstance(generations, bool) or generations < 1:
        raise ValueError(f"[evolution] generations must be a whole number of at least 1, got {generations!r}")
    lattice = None
    if graph_table["kind"] == "lattice":
        lattice = (graph_table.get("rows", graph_table.get("size")), graph_table.get("columns", graph_table.get("size")))
    snapshots = evolution.get("snapshots")
    if snapshots is not None:
        snapshots = check_snapshots(snapshots, generations)
    return EvolutionSpec(dynamics, generations, players, graph, graph_table["kind"], lattice, snapshots)
