"""Pictures of evolution on graphs: they show the strategies of the asked generation, and bad input is refused."""

from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from matplotlib.colors import to_rgba

from axelrod_nl.analysis import graph_evolution as ge
from axelrod_nl.analysis import plots
from axelrod_nl.cli import main

NAMES = ["C", "D"]


@pytest.fixture(scope="module")
def ring_run():
    graph = nx.cycle_graph(30)
    evolution = ge.GraphEvolution(graph, ge.donation_game(3.0, 1.0), ge.random_population(30, [0.5, 0.5], seed=2),
                                  names=NAMES, rule="death_birth", selection=0.2, mutation=0.02, seed=4)
    return graph, evolution, evolution.trajectory(40)


def node_colours(ax):
    assert len(ax.collections) == 2  # the edges are drawn first, under the nodes
    return ax.collections[1].get_facecolors()


def test_graph_panels_colour_each_node_by_its_strategy_at_that_generation(ring_run):
    graph, _, populations = ring_run
    assert (populations[0] != populations[40]).any()  # the pictures must differ for the test to mean anything
    figure = plots.graph_strategies(graph, populations, NAMES, generations=[0, 10, 40], seed=1)
    axes = figure.axes
    assert [ax.get_title() for ax in axes] == ["generation 0", "generation 10", "generation 40"]
    for ax, g in zip(axes, [0, 10, 40]):
        expected = np.array([to_rgba(plots._colour(k)) for k in populations[g]])
        assert np.allclose(node_colours(ax), expected)
        assert len(ax.collections[0].get_segments()) == graph.number_of_edges()
    # The same layout in every panel.
    offsets = [ax.collections[1].get_offsets() for ax in axes]
    assert all(np.allclose(offsets[0], o) for o in offsets[1:])
    legend = figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == NAMES
    assert [tuple(h.get_facecolor()) for h in legend.legend_handles] == [to_rgba(plots._colour(k)) for k in (0, 1)]


def test_snapshots_are_the_trajectory_rows_and_plot_alike(ring_run):
    graph, evolution, populations = ring_run
    kept = evolution.snapshots([40, 0, 17])
    assert list(kept) == [0, 17, 40]
    for g, row in kept.items():
        assert (row == populations[g]).all()
    from_trajectory = plots.graph_strategies(graph, populations, NAMES, [17], seed=3)
    from_snapshots = plots.graph_strategies(graph, kept, NAMES, [17], seed=3)
    assert np.allclose(node_colours(from_trajectory.axes[0]), node_colours(from_snapshots.axes[0]))
    assert np.allclose(from_trajectory.axes[0].collections[1].get_offsets(),
                       from_snapshots.axes[0].collections[1].get_offsets())
    with pytest.raises(TypeError, match="whole number"):
        evolution.snapshots([1.5])
    with pytest.raises(ValueError, match="at least one"):
        evolution.snapshots([])


def test_the_layout_is_seeded_and_a_lattice_sits_on_its_grid(ring_run):
    graph, _, populations = ring_run
    first = plots.graph_strategies(graph, populations, NAMES, [0], seed=5).axes[0].collections[1].get_offsets()
    again = plots.graph_strategies(graph, populations, NAMES, [0], seed=5).axes[0].collections[1].get_offsets()
    other = plots.graph_strategies(graph, populations, NAMES, [0], seed=6).axes[0].collections[1].get_offsets()
    assert np.allclose(first, again) and not np.allclose(first, other)
    lattice = ge.lattice_graph(4, 5)
    figure = plots.graph_strategies(lattice, np.zeros((1, 20), dtype=np.int64), NAMES)
    offsets = figure.axes[0].collections[1].get_offsets()
    assert np.allclose(offsets, [(c, -r) for r, c in lattice.nodes])


def test_lattice_snapshots_show_the_grid_of_strategies():
    lattice = ge.lattice_graph(12, 10)
    population = ge.random_population(120, [0.9, 0.1], seed=1)
    evolution = ge.GraphEvolution(lattice, ge.nowak_may_game(1.9), population, names=NAMES, rule="imitate_best",
                                  synchronous=True, self_interaction=True)
    populations = evolution.trajectory(8)
    figure = plots.lattice_snapshots(populations, 12, 10, NAMES, generations=(0, 1, 8), title="Nowak & May")
    assert len(figure.axes) == 3 and figure.get_suptitle() == "Nowak & May"
    for ax, g in zip(figure.axes, (0, 1, 8)):
        (image,) = ax.images
        grid = np.asarray(image.get_array())
        assert grid.shape == (12, 10)
        assert (grid == populations[g].reshape(12, 10)).all()
        # Cell (r, c) is node (r, c) of the lattice.
        node = list(lattice.nodes).index((3, 7))
        assert grid[3, 7] == populations[g][node]
        # The colour map sends strategy k to colour k.
        assert np.allclose(image.cmap(image.norm(1)), to_rgba(plots._colour(1)))
        assert np.allclose(image.cmap(image.norm(0)), to_rgba(plots._colour(0)))
    assert [t.get_text() for t in figure.legends[0].get_texts()] == NAMES


@pytest.mark.parametrize("call, error, message", [
    (lambda p: plots.graph_strategies([(0, 1)], p, NAMES), TypeError, "networkx graph"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, NAMES, [41]), ValueError, "outside the trajectory"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, NAMES, []), TypeError, "non-empty sequence"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, NAMES, [0.5]), TypeError, "whole numbers"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(31), p, NAMES), ValueError, "one strategy per node"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, ["C"]), ValueError, "from 0 to 0"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, "CD"), TypeError, "names"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), p, NAMES, positions={0: (0, 0)}), ValueError,
     "no place for node 1"),
    (lambda p: plots.graph_strategies(nx.cycle_graph(30), {0: p[0]}, NAMES, [3]), ValueError,
     "no population for generation 3"),
    (lambda p: plots.lattice_snapshots(p, 5, 5, NAMES), ValueError, "one strategy per node"),
    (lambda p: plots.lattice_snapshots(p, 5.0, 6, NAMES), TypeError, "rows"),
    (lambda p: plots.lattice_snapshots(p[0], 5, 6, NAMES), ValueError, "trajectory"),
    (lambda p: plots.lattice_snapshots(p.astype(float), 5, 6, NAMES), ValueError, "strategy indices"),
])
def test_bad_input_is_refused(ring_run, call, error, message):
    with pytest.raises(error, match=message):
        call(ring_run[2])


# ---- axelrod-nl evolve --out --------------------------------------------------------------------

def write_spec(folder: Path, graph: str, evolution: str = "") -> Path:
    spec = folder / "spec.toml"
    spec.write_text(f"[graph]\n{graph}\n[evolution]\ngenerations = 12\nseed = 2\n{evolution}\n[match]\nturns = 10\n"
                    "repetitions = 1\n[[players]]\nstrategy = \"TitForTat\"\n[[players]]\nstrategy = \"Defector\"\n")
    return spec


def test_evolve_out_draws_the_lattice_at_the_spec_snapshots(tmp_path, capsys):
    spec = write_spec(tmp_path, 'kind = "lattice"\nrows = 6\ncolumns = 8', "snapshots = [0, 5, 12]")
    assert main(["evolve", str(spec), "--out", str(tmp_path / "run")]) == 0
    assert sorted(p.name for p in (tmp_path / "run").glob("*.png")) == ["evolution_lattice.png",
                                                                         "evolution_shares.png"]
    assert "and the figures beside it" in capsys.readouterr().out


def test_evolve_out_draws_the_graph_at_the_asked_generations(tmp_path, capsys):
    spec = write_spec(tmp_path, 'kind = "small_world"\nsize = 30\ndegree = 4\nseed = 3')
    assert main(["evolve", str(spec), "--snapshots", "0,12", "--out", str(tmp_path / "run")]) == 0
    assert (tmp_path / "run" / "evolution_graph.png").stat().st_size > 0
    # Spec snapshots after a shortened run are left out, and the command says so.
    spec = write_spec(tmp_path, 'kind = "ring"\nsize = 20\ndegree = 2', "snapshots = [0, 5, 12]")
    capsys.readouterr()
    assert main(["evolve", str(spec), "--generations", "6", "--out", str(tmp_path / "short")]) == 0
    assert "snapshots after generation 6 left out: 12" in capsys.readouterr().out
    assert (tmp_path / "short" / "evolution_graph.png").exists()


def test_a_large_graph_is_drawn_only_when_asked(tmp_path, capsys, monkeypatch):
    from axelrod_nl.analysis import graph_spec

    monkeypatch.setattr(graph_spec, "DRAW_LIMIT", 25)  # stands in for a graph of thousands of nodes
    spec = write_spec(tmp_path, 'kind = "ring"\nsize = 30\ndegree = 2')
    assert main(["evolve", str(spec), "--out", str(tmp_path / "run")]) == 0
    assert "the graph is not drawn: 30 nodes are more than 25" in capsys.readouterr().out
    assert not (tmp_path / "run" / "evolution_graph.png").exists()
    assert main(["evolve", str(spec), "--snapshots", "0,12", "--out", str(tmp_path / "asked")]) == 0
    assert (tmp_path / "asked" / "evolution_graph.png").exists()


@pytest.mark.parametrize("options, evolution, message", [
    (["--snapshots", "0,13"], "", "--snapshots: generation 13 is outside the run (0 to 12)"),
    ([], "snapshots = [0, 20]", "[evolution] snapshots: generation 20 is outside the run"),
    ([], "snapshots = [3, 3]", "lists a generation twice"),
    ([], 'snapshots = "all"', "must list whole numbers"),
])
def test_bad_snapshots_get_one_line_and_status_2(tmp_path, capsys, options, evolution, message):
    spec = write_spec(tmp_path, 'kind = "ring"\nsize = 10\ndegree = 2', evolution)
    assert main(["evolve", str(spec), *options]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_snapshots_that_are_not_numbers_are_a_usage_error(tmp_path, capsys):
    spec = write_spec(tmp_path, 'kind = "ring"\nsize = 10\ndegree = 2')
    with pytest.raises(SystemExit) as stop:
        main(["evolve", str(spec), "--snapshots", "0,x"])
    assert stop.value.code == 2 and "expected generations separated by commas" in capsys.readouterr().err
