"""The second-tournament reproduction report: ranking, TIT FOR TAT's score and row, displaced rules."""

from pathlib import Path

import pytest

import axelrod_nl as axn
from axelrod_nl.cli import main
from axelrod_nl.historical import axelrod_1980_second as published
from axelrod_nl.historical.reproduction import reproduce_spec
from axelrod_nl.spec import load_spec

SPEC = Path(__file__).resolve().parents[1] / "tournaments" / "axelrod_1980_second.toml"
SEEDS = 40


@pytest.fixture(scope="module")
def report():
    return reproduce_spec(load_spec(SPEC), seeds=SEEDS, seed=7)


def test_reference_data_are_the_ranking_and_axtests_row():
    order = published.published_order()
    assert len(order) == len(set(order)) == 63
    assert [axn.CATALOGUE[name].tourexec for name in order[:3]] == ["K92R", "K61R", "K42R"]
    assert sorted(axn.CATALOGUE[name].tourexec for name in order) == sorted(f"K{k}R" for k in range(31, 94))
    assert len(published.ACTUAL_TFT_PAIR_SCORES) == 63
    # TIT FOR TAT against its twin: three points a move over the 151-move average game.
    assert published.ACTUAL_TFT_PAIR_SCORES[0] == 3 * 151
    assert published.TFT_SCORE == pytest.approx(434.71, abs=0.005)
    assert load_spec(SPEC).reference == "axelrod_1980_second"


def test_tit_for_tat_wins_again(report):
    assert report.winner == "TitForTat"
    assert report.table.loc[0, "win_share"] > 0.9


def test_tit_for_tats_score_is_the_recorded_one(report):
    tft = report.table[report.table.rule == "TitForTat"].iloc[0]
    assert abs(tft.mean_score - published.TFT_SCORE) < 1.0
    assert tft.p05 <= published.TFT_SCORE <= tft.p95


def test_ranking_follows_the_published_order(report):
    assert report.compared_with == "ranks"
    assert report.spearman >= 0.97
    assert report.table.rule.iloc[-1] == "SecondByHotz"


def test_tit_for_tats_row_pair_by_pair(report):
    rows = report.recorded_rows
    assert len(rows) == 63
    deterministic = rows[[not axn.CATALOGUE[name].classifier.stochastic for name in rows.opponent]]
    # Against every deterministic rule the five games are fixed: the truncated average is the record.
    assert len(deterministic) >= 38
    assert (deterministic.p05 == deterministic.recorded).all() and (deterministic.p95 == deterministic.recorded).all()
    # Against the stochastic ones the record is one draw: inside our 5-95% band for all but a few.
    assert rows.in_band.sum() >= 58


def test_displaced_rules_are_listed_with_what_is_known(report):
    displaced = report.displaced.set_index("rule")
    assert "SecondByChampion" in displaced.index
    assert displaced.loc["SecondByChampion", "mean_rank"] > 8
    assert "8 October 2017" in displaced.loc["SecondByChampion", "known_reason"]


def test_cli_reproduce_of_the_second_tournament(capsys):
    assert main(["reproduce", str(SPEC), "--seeds", "4", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert "4 reproductions of 5 repetitions each" in out
    assert "Spearman correlation with the published ranks" in out
    assert "TitForTat's recorded row (TourExec AxTest.f" in out
    assert "SecondByChampion: published 2" in out


# --------------------------------------------------------------------------- the ecological analysis


@pytest.fixture(scope="module")
def shares(report):
    from axelrod_nl.analysis import Ecosystem

    return Ecosystem(report.results).run(published.ECOLOGY_GENERATIONS)


def test_ecological_analysis_shows_the_published_features(report, shares):
    features = published.ecological_features(shares, report.results.names)
    assert len(features) == 4
    assert features.holds.all(), features.to_string()
    # Replicator dynamics on the 63 x 63 matrix, self-play included: shares stay a distribution.
    assert shares.shape == (published.ECOLOGY_GENERATIONS + 1, 63)
    assert abs(shares.sum(axis=1) - 1).max() < 1e-9


def test_ecological_features_are_refused_on_the_wrong_input(report, shares):
    with pytest.raises(ValueError, match="63 rules in published rank order"):
        published.ecological_features(shares, report.results.names[:10])
    with pytest.raises(ValueError, match="must run to generation 1000"):
        published.ecological_features(shares.iloc[:100], report.results.names)


def test_the_figure_in_the_style_of_axelrods(report, shares):
    from axelrod_nl.analysis import plots

    names = report.results.names
    figure = plots.population_lines(shares, highlight=[names[0], names[7]])
    ax = figure.axes[0]
    assert ax.get_xscale() == "symlog"  # the early generations get their own width
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend == [names[0], names[7], "others (61)"]
    with pytest.raises(ValueError, match="no type named 'Nobody'"):
        plots.population_lines(shares, highlight=["Nobody"])


def test_cli_ecology_checks_the_published_features_for_round_two(capsys):
    assert main(["ecology", str(SPEC), "--repetitions", "25"]) == 0
    out = capsys.readouterr().out
    assert "the published features of round two's ecology" in out
    features = [line for line in out.splitlines() if line.startswith(("  HOLDS", "  FAILS"))]
    assert len(features) == 4 and "TIT FOR TAT the largest share at generation 1000" in features[-1]
