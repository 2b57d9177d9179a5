"""Tournaments on a graph: only the graph's pairs play; results per node and per strategy."""

import networkx as nx
import numpy as np
import pytest

import axelrod_nl as axn


def _field():
    return [axn.TitForTat(), axn.Defector(), axn.TitForTat(), axn.Cooperator(), axn.Random(0.5)]


def test_only_the_edges_play():
    t = axn.Tournament(_field(), edges=[(0, 1), (2, 1), (2, 3), (3, 4)], turns=20, repetitions=3, seed=1)
    assert t.pairs_list() == [(0, 1), (1, 2), (2, 3), (3, 4)]
    results = t.play()
    assert list(results.opponents) == [1, 2, 2, 2, 1]
    matrix = results.payoff_array
    assert np.isnan(matrix[0, 2]) and np.isnan(matrix[0, 0])  # no edge, no twin
    # Each node's mean score per match is the mean over its own matches.
    played = {name: [] for name in results.names}
    for a, b in t.pairs_list():
        played[results.names[a]].append(matrix[a, b])
        played[results.names[b]].append(matrix[b, a])
    summary = results.summary.set_index("player")
    for name, scores in played.items():
        assert summary.loc[name, "mean_score"] == pytest.approx(np.mean(scores))


def test_a_networkx_graph_and_self_play_only_if_asked():
    graph = nx.cycle_graph(["a", "b", "c", "d", "e"])
    t = axn.Tournament(_field(), edges=graph, turns=10, repetitions=1)
    assert t.pairs_list() == [(0, 1), (0, 4), (1, 2), (2, 3), (3, 4)] and not t.self_play
    with_twins = axn.Tournament(_field(), edges=graph, turns=10, repetitions=1, self_play=True)
    assert (0, 0) in with_twins.pairs_list() and len(with_twins.pairs_list()) == 10
    loop = axn.Tournament(_field()[:2], edges=[(0, 0), (0, 1), (1, 1)], turns=5, repetitions=1).play()
    assert list(loop.opponents) == [2, 2]


def test_the_complete_graph_is_the_round_robin():
    field = _field()
    complete = axn.Tournament(field, edges=nx.complete_graph(5), turns=30, repetitions=4, seed=9).play()
    robin = axn.Tournament(field, turns=30, repetitions=4, seed=9, self_play=False).play()
    np.testing.assert_allclose(complete.scores, robin.scores)


def test_results_pooled_by_strategy():
    results = axn.Tournament(_field(), edges=[(0, 1), (1, 2), (2, 3), (3, 4)], turns=10, repetitions=2).play()
    pooled = results.by_strategy()
    assert pooled.loc["Tit For Tat", "players"] == 2
    nodes = results.summary.set_index("player")
    assert pooled.loc["Tit For Tat", "mean_score"] == pytest.approx(
        (nodes.loc["Tit For Tat", "mean_score"] + nodes.loc["Tit For Tat #2", "mean_score"]) / 2)


def test_a_graph_run_folder_loads_back(tmp_path):
    results = axn.Tournament(_field(), edges=[(0, 1), (1, 2), (2, 3), (3, 4)], turns=10, repetitions=2).play()
    results.save(tmp_path / "run")
    again = axn.load_results(tmp_path / "run")
    assert list(again.opponents) == list(results.opponents)
    assert again.summary.equals(results.summary)
    assert again.description["edges"] == [[0, 1], [1, 2], [2, 3], [3, 4]]


@pytest.mark.parametrize("edges, error, message", [
    ([(0, 1), (1, 0)], ValueError, "given twice"),
    ([(0, 7)], ValueError, "outside 0..4"),
    ([(0, 1, 2)], TypeError, "a pair"),
    ("01", TypeError, "edges must be"),
    ([], ValueError, "at least one"),
    ([(0, 1), (1, 2), (2, 3)], ValueError, "player 4 .* has no edge"),
    (nx.path_graph(3), ValueError, "3 nodes for 5 players"),
])
def test_bad_edges_are_refused(edges, error, message):
    with pytest.raises(error, match=message):
        axn.Tournament(_field(), edges=edges, turns=5)


def test_social_bank_accounts_of_hubs_and_leaves():
    from axelrod_nl.analysis import metrics

    # A star: a TIT FOR TAT hub with four leaves.
    players = [axn.TitForTat(), axn.Cooperator(), axn.Defector(), axn.Alternator(), axn.TitForTat()]
    results = axn.Tournament(players, edges=nx.star_graph(4), turns=10, repetitions=2,
                             keep_histories=True).play()
    accounts = metrics.node_bank_accounts(results)
    assert list(accounts["degree"]) == [4, 1, 1, 1, 1]
    hub = accounts.loc["Tit For Tat"]
    # Against C: 10 given, 10 received; against D: 1 given, 0 received; against the alternator
    # (CDCDC...): TIT FOR TAT gives C then copies, 6 given, 5 received; against TIT FOR TAT 10 and 10.
    assert hub["given"] == 2 * (10 + 1 + 6 + 10) and hub["received"] == 2 * (10 + 0 + 5 + 10)
    assert accounts.loc["Defector", "balance_per_match"] == -1.0
    assert accounts["mean_score"].equals(results.summary.set_index("player").loc[accounts.index, "mean_score"])
    # The per-opponent curves only cover the hub's neighbours.
    curves = metrics.tournament_bank_account(results, "Cooperator")
    assert set(curves["opponent"]) == {"Tit For Tat"}


def test_a_spec_plays_on_a_graph(tmp_path):
    from axelrod_nl.cli import main
    from axelrod_nl.spec import SpecError, load_spec

    spec = tmp_path / "ring.toml"
    players = "".join(f'[[players]]\nstrategy = "{name}"\n' for name in ("TitForTat", "Defector", "Cooperator"))
    spec.write_text("[tournament]\nturns = 10\nrepetitions = 1\nedges = [[0, 1], [1, 2]]\n" + players)
    tournament = load_spec(spec).tournament()
    assert tournament.pairs_list() == [(0, 1), (1, 2)] and not tournament.self_play
    assert main(["run", str(spec), "--quiet"]) == 0
    spec.write_text("[tournament]\nturns = 10\nedges = [[0, 5]]\n" + players)
    with pytest.raises(SpecError, match="outside 0..2"):
        load_spec(spec)
