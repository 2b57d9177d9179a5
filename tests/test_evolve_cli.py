"""axelrod-nl evolve: evolution on a graph from a TOML spec, with clear errors."""

from pathlib import Path

import pytest

from axelrod_nl.analysis.graph_spec import build_graph
from axelrod_nl.cli import main

SPEC = Path(__file__).resolve().parents[1] / "tournaments" / "evolution" / "networking_ring.toml"


def test_the_shipped_spec_runs_and_writes_its_folder(tmp_path, capsys):
    assert main(["evolve", str(SPEC), "--generations", "20", "--out", str(tmp_path / "run")]) == 0
    out = capsys.readouterr().out
    assert "death-birth updating on 100 nodes, 20 generations, accumulated payoffs" in out
    assert (tmp_path / "run" / "evolution_counts.csv").exists() and (tmp_path / "run" / "evolution_shares.png").exists()
    lines = (tmp_path / "run" / "evolution_counts.csv").read_text().splitlines()
    assert lines[0] == "generation,Tit For Tat,Defector,Cooperator" and len(lines) == 22


@pytest.mark.parametrize("table, size", [
    ({"kind": "lattice", "size": 5}, 25), ({"kind": "ring", "size": 10, "degree": 2}, 10),
    ({"kind": "random_regular", "size": 10, "degree": 3}, 10),
    ({"kind": "small_world", "size": 12, "degree": 4, "rewiring": 0.2}, 12),
    ({"kind": "scale_free", "size": 20, "degree": 2}, 20),
])
def test_graph_kinds(table, size):
    assert build_graph(table, Path(".")).number_of_nodes() == size


def test_an_edge_list_file(tmp_path):
    (tmp_path / "g.edges").write_text("a b\nb c\nc a\n")
    assert build_graph({"kind": "edges", "file": "g.edges"}, tmp_path).number_of_edges() == 3


@pytest.mark.parametrize("text, message", [
    ('[graph]\nkind = "torus"\n', "kind must be one of"),
    ('[graph]\nkind = "ring"\nsize = 10\ncolour = 1\n', "unknown key 'colour' in [graph]"),
    ('[graph]\nkind = "random_regular"\nsize = 5\ndegree = 3\n', "size * degree even"),
    ('[graph]\nkind = "ring"\nsize = 10\n[[players]]\nstrategy = "TitForTat"\n', "at least two [[players]]"),
    ('[graph]\nkind = "ring"\nsize = 10\n[evolution]\nshares = [1]\n[[players]]\nstrategy = "TitForTat"\n'
     '[[players]]\nstrategy = "Defector"\n', "one share per player"),
    ('[graph]\nkind = "ring"\nsize = 10\n[evolution]\nrule = "vote"\n[[players]]\nstrategy = "TitForTat"\n'
     '[[players]]\nstrategy = "Defector"\n', "rule"),
])
def test_bad_specs_get_one_line_and_status_2(tmp_path, capsys, text, message):
    spec = tmp_path / "bad.toml"
    spec.write_text(text)
    assert main(["evolve", str(spec)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
