"""The first-tournament reproduction report meets the issue's targets, from Python and the CLI."""

from pathlib import Path

import numpy as np
import pytest

from axelrod_nl.cli import main
from axelrod_nl.historical import axelrod_1980_first as published
from axelrod_nl.historical.reproduction import reproduce_spec, spearman
from axelrod_nl.spec import load_spec

SPEC = Path(__file__).resolve().parents[1] / "tournaments" / "axelrod_1980_first.toml"


@pytest.fixture(scope="module")
def report():
    return reproduce_spec(load_spec(SPEC), seeds=300, seed=11)


def test_spec_is_the_1980_format():
    spec = load_spec(SPEC)
    tournament = spec.tournament()
    assert [type(p).__name__ for p in spec.players] == published.published_order()
    assert (tournament.turns, tournament.repetitions, tournament.self_play, tournament.announce_length) == (
        200, 5, True, True)
    assert (spec.game.R, spec.game.S, spec.game.T, spec.game.P) == (3, 0, 5, 1)


def test_tit_for_tat_wins_by_mean_score(report):
    assert report.winner == "TitForTat"
    assert report.table.loc[0, "win_share"] > 0.9


def test_ranking_and_scores_match_the_published_table(report):
    assert report.spearman >= 0.95
    assert report.mean_absolute_error <= 8.0
    # The eight nice rules take the top eight places, as in 1980.
    nice = {"TitForTat", "FirstByTidemanAndChieruzzi", "FirstByNydegger", "FirstByGrofman", "FirstByShubik",
            "FirstBySteinAndRapoport", "Grudger", "FirstByDavis"}
    assert set(report.table.rule[:8]) == nice


def test_quoted_pairwise_values_within_their_sampling_error(report):
    pairs = report.pairwise
    assert len(pairs) == len(published.QUOTED_PAIRWISE)
    assert (pairs.z < 3).all(), pairs


def test_reproduction_blocks_are_the_tournament_repetitions(report):
    scores = report.reproduction_scores
    assert scores.shape == (15, 300)
    np.testing.assert_allclose(scores.mean(axis=1), report.results.scores.mean(axis=1))
    ranks = report.reproduction_ranks
    assert sorted(ranks[:, 0]) == list(range(1, 16))


def test_spearman_helper():
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)


def test_same_seed_same_report():
    spec = load_spec(SPEC)
    first = reproduce_spec(spec, seeds=5, seed=3).table
    again = reproduce_spec(spec, seeds=5, seed=3, workers=1).table
    assert first.equals(again)


def test_cli_reproduce_prints_the_report(capsys):
    assert main(["reproduce", str(SPEC), "--seeds", "50", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "50 reproductions of 5 repetitions each" in out
    assert "winner by mean score: TitForTat" in out
    assert "Spearman correlation with the published scores" in out


def test_cli_reproduce_needs_a_reference(capsys, tmp_path):
    spec = tmp_path / "plain.toml"
    spec.write_text('[tournament]\nturns = 10\n[[players]]\nstrategy = "TitForTat"\n[[players]]\nstrategy = "Defector"\n')
    assert main(["reproduce", str(spec), "--seeds", "2"]) == 2
    assert "names no published results" in capsys.readouterr().err


def test_reference_must_be_known(tmp_path):
    from axelrod_nl.historical.reproduction import published as lookup

    with pytest.raises(ValueError, match="no published results named 'axelrod_1990'"):
        lookup("axelrod_1990")


def test_cli_run_shows_published_scores_beside_ours(capsys):
    assert main(["run", str(SPEC), "--repetitions", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split()[-1] == "published_score"
    assert lines[3].split()[1:4] == ["Tit", "For", "Tat"] and lines[3].split()[-1] == "504.50"
