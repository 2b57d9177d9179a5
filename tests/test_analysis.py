"""The analysis layer: metrics, replicator dynamics, the Moran process, plots and the ecology command."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import axelrod_nl as axn
from axelrod_nl import OPPONENT, Classifier, Strategy, rule
from axelrod_nl.analysis import Ecosystem, MoranProcess, metrics, plots
from axelrod_nl.analysis.moran import estimate_fixation_probability, exact_fixation_probability
from axelrod_nl.cli import main
from axelrod_nl.engine.protocol import LENGTH

ROOT = Path(__file__).resolve().parents[1]


class EndGameDefector(Strategy):
    """Tit for tat that defects on the last move of a match of announced length."""

    name = "End Game Defector"
    classifier = Classifier(memory_depth=1, uses_length=True)

    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        if turn == ctx[LENGTH] - 1:
            return 1
        return 0 if turn == 0 else int(history[OPPONENT, turn - 1])


@pytest.fixture(scope="module")
def small():
    """TFT, ALL D, ALL C, ALTERNATOR: 10 moves, 3 repetitions, every match deterministic."""
    players = [axn.TitForTat(), axn.Defector(), axn.Cooperator(), axn.Alternator()]
    return axn.Tournament(players, turns=10, repetitions=3, keep_histories=True).play()


# ---- metrics -----------------------------------------------------------------------------------

def test_state_distribution_by_hand_and_agrees_with_the_summary(small):
    pairs = metrics.pair_state_distribution(small, normalise=False)
    # TFT v ALL D: C then nine D against ten D, three times.
    assert pairs.loc[("Tit For Tat", "Defector")].tolist() == [0, 3, 0, 27]
    assert pairs.loc[("Defector", "Tit For Tat")].tolist() == [0, 0, 3, 27]
    # Self-play counts both twins: 2 x 10 moves x 3 repetitions.
    assert pairs.loc[("Tit For Tat", "Tit For Tat")].tolist() == [60, 0, 0, 0]
    # ALTERNATOR against itself: CC and DD alternate, seen from both twins.
    assert pairs.loc[("Alternator", "Alternator")].tolist() == [30, 0, 0, 30]

    rates = metrics.state_distribution(small)
    summary = small.summary.set_index("player")
    for state in metrics.STATES:
        assert rates[state].to_numpy() == pytest.approx(summary.loc[small.names, f"{state}_rate"].to_numpy())
    assert rates.sum(axis=1).to_numpy() == pytest.approx(np.ones(4))


def test_state_to_action_rates_recover_memory_one_profiles(small):
    rates = metrics.state_to_action_rates(small)
    assert rates.loc["Tit For Tat"].tolist() == [1.0, 0.0, 1.0, 0.0]
    defector = rates.loc["Defector"]
    assert np.isnan(defector.CC) and np.isnan(defector.CD) and defector.DC == 0 and defector.DD == 0
    # ALTERNATOR ignores the opponent: after its own C comes D, after its own D comes C.
    assert rates.loc["Alternator"].tolist() == [0.0, 0.0, 1.0, 1.0]


def test_state_to_action_rates_ignore_the_padding_of_shorter_matches():
    # With a probabilistic length the moves array is padded with zeros (which read as C).
    results = axn.Tournament([axn.Defector(), axn.TitForTat()], continuation=0.9, repetitions=20,
                             keep_histories=True, seed=3).play()
    assert len(set(results.stats[:, :, -1].ravel())) > 1
    rates = metrics.state_to_action_rates(results)
    assert rates.loc["Defector", "DD"] == 0.0 and rates.loc["Defector", "DC"] == 0.0
    assert np.isnan(rates.loc["Defector", "CC"])
    assert metrics.niceness(results)["nice"].to_dict() == {"Defector": False, "Tit For Tat": True}


def test_metrics_that_need_histories_say_so():
    results = axn.Tournament([axn.TitForTat(), axn.Defector()], turns=5, repetitions=1).play()
    for function in (metrics.state_to_action_rates, metrics.niceness):
        with pytest.raises(ValueError, match="keep_histories=True"):
            function(results)
    metrics.state_distribution(results)  # needs no histories


def test_good_partner_rating_follows_axelrod_python(small):
    matrix = metrics.good_partner_matrix(small)
    # TFT cooperates at least as often as anyone; ALL D never does except with an equal partner.
    assert matrix.loc["Tit For Tat"].tolist() == [0, 3, 3, 3]
    assert matrix.loc["Defector"].tolist() == [0, 0, 0, 0]
    # ALTERNATOR (5 C) v TFT (6 C): no; v ALL D: yes; v ALL C: no.
    assert matrix.loc["Alternator"].tolist() == [0, 3, 0, 0]
    rating = metrics.good_partner_rating(small)
    assert rating.to_dict() == pytest.approx({"Tit For Tat": 1.0, "Defector": 0.0, "Cooperator": 1.0,
                                              "Alternator": 1 / 3})
    two_defectors = axn.Tournament([axn.Defector(), axn.Defector(), axn.Cooperator()], turns=5,
                                   repetitions=2).play()
    assert metrics.good_partner_rating(two_defectors).tolist() == pytest.approx([0.5, 0.5, 1.0])


def test_niceness_by_hand(small):
    table = metrics.niceness(small)
    assert table["nice"].to_dict() == {"Tit For Tat": True, "Defector": False, "Cooperator": True,
                                       "Alternator": False}
    # ALTERNATOR defects first against TFT, ALL C and its twin (both twins at once), not ALL D: 3 of 4 matches.
    assert table.loc["Alternator", "defected_first"] == 3 * 3
    assert table.loc["Alternator", "nice_rate"] == pytest.approx(0.25)
    # ALL D meeting ALL D: neither was provoked, so it counts against it too.
    assert table.loc["Defector", "nice_rate"] == 0.0


def test_niceness_can_ignore_end_game_defections():
    results = axn.Tournament([EndGameDefector(), axn.TitForTat(), axn.Cooperator()], turns=8,
                             repetitions=1, keep_histories=True).play()
    assert not metrics.niceness(results).loc["End Game Defector", "nice"]
    assert metrics.niceness(results, ignore_last=1)["nice"].all()
    with pytest.raises(ValueError, match="ignore_last"):
        metrics.niceness(results, ignore_last=-1)


def test_payoff_difference_matrix_is_antisymmetric(small):
    difference = metrics.payoff_difference_matrix(small)
    assert difference.loc["Tit For Tat", "Defector"] == 9 - 14
    assert difference.loc["Defector", "Cooperator"] == 50
    assert np.allclose(difference.to_numpy(), -difference.to_numpy().T)
    assert np.diag(difference.to_numpy()).tolist() == [0.0] * 4


def test_bank_account_of_one_match():
    match = axn.Match(axn.TitForTat(), axn.Defector(), 10).play()
    account = metrics.bank_account(match.moves)
    assert account["balance"].tolist() == [1] * 10  # TFT's opening gift is never repaid
    assert account["cumulative_payoff"].iloc[-1] == match.scores[0] == 9
    other = metrics.bank_account(match.moves[::-1])
    assert other["balance"].tolist() == [-1] * 10
    with pytest.raises(ValueError, match="shape"):
        metrics.bank_account(np.zeros(5))


def test_tournament_bank_account_lists_every_opponent(small):
    accounts = metrics.tournament_bank_account(small, "Tit For Tat")
    assert set(accounts.opponent) == set(small.names)
    last = accounts[accounts.turn == 10].set_index("opponent")
    assert last.loc["Defector", "balance"] == 1 and last.loc["Tit For Tat", "balance"] == 0
    assert last.loc["Cooperator", "cumulative_payoff"] == 30


# ---- replicator dynamics -------------------------------------------------------------------------

def exploiter_field():
    return axn.Tournament([axn.TitForTat(), axn.Cooperator(), axn.Defector()], turns=200, repetitions=1).play()


def test_ecosystem_shares_sum_to_one_and_are_deterministic():
    results = exploiter_field()
    shares = Ecosystem(results).run(100)
    assert shares.shape == (101, 3) and shares.index.name == "generation"
    assert shares.sum(axis=1).to_numpy() == pytest.approx(np.ones(101))
    assert (shares.to_numpy() >= 0).all()
    assert shares.iloc[0].tolist() == pytest.approx([1 / 3] * 3)
    pd.testing.assert_frame_equal(shares, Ecosystem(exploiter_field()).run(100))


def test_exploiter_grows_while_naive_cooperators_last_then_dies_out():
    shares = Ecosystem(exploiter_field()).run(200)
    defector = shares["Defector"]
    peak = int(defector.idxmax())
    assert 0 < peak < 20 and defector[peak] > defector[0]
    assert shares["Cooperator"][peak] < shares["Cooperator"][0]  # its prey shrinks as it grows
    assert defector.iloc[-1] < 1e-6
    assert shares.iloc[-1].idxmax() == "Tit For Tat"


def test_a_strictly_dominated_type_shrinks_every_generation():
    matrix = [[1.0, 2.0, 3.0], [2.0, 3.0, 4.0], [1.5, 2.5, 3.5]]  # row 0 is beaten by row 1 everywhere
    shares = Ecosystem(matrix, names=["weak", "strong", "middle"], population={"weak": 5, "strong": 1,
                                                                                  "middle": 1}).run(50)
    assert (np.diff(shares["weak"].to_numpy()) < 0).all()
    assert shares.iloc[0]["weak"] == pytest.approx(5 / 7)


def test_ecosystem_rejects_bad_inputs():
    no_self_play = axn.Tournament([axn.TitForTat(), axn.Defector()], turns=5, self_play=False).play()
    with pytest.raises(ValueError, match="self_play"):
        Ecosystem(no_self_play)
    with pytest.raises(ValueError, match="self-play"):
        Ecosystem([[np.nan, 1.0], [2.0, 3.0]])
    with pytest.raises(ValueError, match="non-negative"):
        Ecosystem([[1.0, -1.0], [2.0, 3.0]])
    with pytest.raises(ValueError, match="square"):
        Ecosystem([[1.0, 2.0]])
    with pytest.raises(ValueError, match="all be zero"):
        Ecosystem([[1.0, 2.0], [2.0, 3.0]], population=[0, 0])
    with pytest.raises(ValueError, match="non-negative"):
        Ecosystem([[1.0, 2.0], [2.0, 3.0]], population=[1, -1])
    with pytest.raises(ValueError, match="one amount per type"):
        Ecosystem([[1.0, 2.0], [2.0, 3.0]], population=[1, 1, 1])
    with pytest.raises(ValueError, match="unknown types"):
        Ecosystem([[1.0, 2.0], [2.0, 3.0]], names=["a", "b"], population={"c": 1})
    with pytest.raises(ValueError, match="generations"):
        Ecosystem([[1.0, 2.0], [2.0, 3.0]]).run(-1)
    with pytest.raises(ValueError, match="mean fitness"):
        Ecosystem([[0.0, 1.0], [1.0, 0.0]], population=[1, 0]).run(1)


# ---- the Moran process --------------------------------------------------------------------------

TFT_ALLD = [[600.0, 199.0], [204.0, 200.0]]  # 200-move matches: a, b (TFT row), c, d (ALL D row)
RUNS = 20_000


def within(estimate: float, exact: float, runs: int = RUNS, sigmas: float = 4.0) -> bool:
    return abs(estimate - exact) <= sigmas * np.sqrt(exact * (1 - exact) / runs)


@pytest.mark.parametrize("r", [1.5, 0.8])
def test_fixation_under_constant_fitness_matches_moran(r):
    n = 10
    exact = (1 - 1 / r) / (1 - 1 / r ** n)
    assert exact_fixation_probability(r, r, 1, 1, n) == pytest.approx(exact)
    process = MoranProcess([[r, r], [1.0, 1.0]], [1, n - 1], names=["mutant", "resident"], seed=1)
    table = process.fixation_probabilities(RUNS)
    assert table.fixations.sum() == RUNS
    assert within(table.loc["mutant", "probability"], exact)


@pytest.mark.parametrize("process", ["birth-death", "death-birth"])
@pytest.mark.parametrize("self_interaction", [False, True])
def test_fixation_of_tit_for_tat_among_defectors_matches_the_exact_formula(process, self_interaction):
    exact = exact_fixation_probability(*np.ravel(TFT_ALLD), 10, process=process,
                                       self_interaction=self_interaction)
    estimate = estimate_fixation_probability(TFT_ALLD, 0, 1, 10, runs=RUNS, process=process,
                                             self_interaction=self_interaction, seed=2)
    assert within(estimate.probability, exact)
    assert estimate.standard_error == pytest.approx(np.sqrt(estimate.probability * (1 - estimate.probability) / RUNS))


def test_exact_formula_by_hand():
    # Nowak et al. (2004), no self-interaction, N = 3:
    # f_i = (a (i-1) + b (N-i)) / (N-1) and g_i = (c i + d (N-i-1)) / (N-1).
    a, b, c, d = 600.0, 199.0, 204.0, 200.0
    f = [(a * 0 + b * 2) / 2, (a * 1 + b * 1) / 2]
    g = [(c * 1 + d * 1) / 2, (c * 2 + d * 0) / 2]
    expected = 1 / (1 + g[0] / f[0] + g[0] / f[0] * g[1] / f[1])
    assert exact_fixation_probability(a, b, c, d, 3) == pytest.approx(expected)
    # Neutral drift: m mutants fix with probability m / N, whatever the updating.
    for process in ("birth-death", "death-birth"):
        neutral = exact_fixation_probability(a, b, c, d, 8, mutants=3, intensity=0.0, process=process)
        assert neutral == pytest.approx(3 / 8)
    # Strong selection does not overflow: ALL D invading TFT multiplies ratios of about exp(400).
    assert exact_fixation_probability(d, c, b, a, 500, fitness="exponential") == 0.0
    assert 0 < exact_fixation_probability(a, b, c, d, 500, fitness="exponential") < 1


def test_a_run_ends_at_fixation_and_is_run_zero_of_the_batch():
    process = MoranProcess(TFT_ALLD, {"TFT": 4, "ALLD": 6}, names=["TFT", "ALLD"], seed=7)
    run = process.run()
    assert run.fixed in ("TFT", "ALLD")
    assert run.counts.index[-1] == run.fixation_step
    assert (run.counts.sum(axis=1) == 10).all()
    assert run.counts.iloc[0].tolist() == [4, 6] and run.counts.iloc[-1][run.fixed] == 10
    assert (run.counts.diff().abs().sum(axis=1).iloc[1:] <= 2).all()  # one birth and one death per step
    first = process.fixation_probabilities(1)
    assert first.loc[run.fixed, "fixations"] == 1 and first.loc[run.fixed, "mean_steps"] == run.fixation_step
    again = MoranProcess(TFT_ALLD, {"TFT": 4, "ALLD": 6}, names=["TFT", "ALLD"], seed=7).run()
    pd.testing.assert_frame_equal(run.counts, again.counts)
    thinned = process.run(record_every=5)
    assert list(thinned.counts.index[:-1]) == list(range(0, thinned.fixation_step, 5))
    assert thinned.counts.index[-1] == thinned.fixation_step


def test_mutation_keeps_the_process_going():
    process = MoranProcess(TFT_ALLD, [5, 5], mutation_rate=0.2, seed=3)
    run = process.run(max_steps=300)
    assert run.fixed is None and run.fixation_step is None
    assert len(run.counts) == 301 and (run.counts.sum(axis=1) == 10).all()
    assert run.shares.iloc[-1].sum() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="max_steps"):
        process.run()
    with pytest.raises(ValueError, match="mutation_rate = 0"):
        process.fixation_probabilities(10)


def test_moran_process_from_tournament_results():
    results = axn.Tournament([axn.TitForTat(), axn.Defector(), axn.Cooperator()], turns=200, repetitions=1).play()
    process = MoranProcess(results, {"Tit For Tat": 3, "Defector": 3, "Cooperator": 3}, seed=4)
    table = process.fixation_probabilities(500)
    assert table.probability.sum() == pytest.approx(1.0)
    assert list(table.index) == results.names


def test_moran_process_rejects_bad_inputs():
    with pytest.raises(ValueError, match="at least 2"):
        MoranProcess(TFT_ALLD, [1, 0])
    with pytest.raises(ValueError, match="whole numbers"):
        MoranProcess(TFT_ALLD, [1.5, 2])
    with pytest.raises(ValueError, match="one count per type"):
        MoranProcess(TFT_ALLD, [1, 2, 3])
    with pytest.raises(ValueError, match="negative"):
        MoranProcess([[1.0, -5.0], [0.0, 1.0]], [1, 1])
    MoranProcess([[1.0, -5.0], [0.0, 1.0]], [1, 1], fitness="exponential")  # any payoffs will do
    with pytest.raises(ValueError, match="process"):
        MoranProcess(TFT_ALLD, [1, 1], process="sideways")
    with pytest.raises(ValueError, match="mutation_rate"):
        MoranProcess(TFT_ALLD, [1, 1], mutation_rate=1.5)
    with pytest.raises(ValueError, match="different types"):
        estimate_fixation_probability(TFT_ALLD, 0, 0, 10)
    with pytest.raises(ValueError, match="no type named"):
        estimate_fixation_probability(TFT_ALLD, "TFT", 1, 10)


# ---- plots ---------------------------------------------------------------------------------------

def test_tournament_plots_have_the_expected_artists(small):
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure

    figure = plots.score_distribution(small)
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    order = np.argsort(-np.median(small.scores, axis=1), kind="stable")
    assert [t.get_text() for t in ax.get_xticklabels()] == [small.names[i] for i in order]

    violins = plots.score_distribution(small, kind="violin").axes[0]
    assert not [c for c in violins.collections if isinstance(c, PolyCollection)]  # deterministic: no spread

    heat = plots.payoff_heatmap(small).axes[0]
    order = [small.names.index(n) for n in small.ranking]
    assert np.array_equal(heat.images[0].get_array(), small.payoff_array[np.ix_(order, order)])

    wins = plots.wins_vs_score(small).axes[0]
    assert wins.collections[0].get_offsets().shape == (4, 2)

    cooperation = plots.cooperation_vs_score(small).axes[0]
    nice, nasty = cooperation.collections[:2]
    assert len(nice.get_offsets()) == 2 and len(nasty.get_offsets()) == 2  # TFT, ALL C | ALL D, ALTERNATOR

    no_histories = axn.Tournament([axn.TitForTat(), axn.Defector()], turns=5, repetitions=1).play()
    unmarked = plots.cooperation_vs_score(no_histories).axes[0]
    assert "keep_histories" in unmarked.get_legend().get_texts()[0].get_text()

    with pytest.raises(ValueError, match="kind"):
        plots.score_distribution(small, kind="pie")


def test_violins_are_drawn_for_rules_whose_scores_vary():
    from matplotlib.collections import PolyCollection

    results = axn.Tournament([axn.Random(0.5), axn.TitForTat()], turns=20, repetitions=5, seed=2).play()
    ax = plots.score_distribution(results, kind="violin").axes[0]
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) == 2


def test_social_bank_account_plots(small):
    match = axn.Match(axn.TitForTat(), axn.Defector(), 10).play()
    top, bottom = plots.social_bank_account(match).axes
    assert top.lines[0].get_ydata().tolist() == [1] * 10
    assert bottom.lines[0].get_ydata()[-1] == 9 and bottom.lines[1].get_ydata()[-1] == 14
    as_defector = plots.social_bank_account(match, player="Defector").axes[0]
    assert as_defector.lines[0].get_ydata().tolist() == [-1] * 10

    top, _ = plots.social_bank_account(small, "Tit For Tat").axes
    assert {line.get_label() for line in top.lines} >= set(small.names) | {"mean"}
    with pytest.raises(ValueError, match="name the player"):
        plots.social_bank_account(small)


@pytest.fixture(scope="module")
def first():
    """Axelrod's first tournament (15 rules, 200 moves), from its spec, with histories for niceness."""
    from axelrod_nl.spec import load_spec

    spec = load_spec(ROOT / "tournaments" / "axelrod_1980_first.toml")
    return spec.tournament(repetitions=2, keep_histories=True, progress=False).play()


def drawn_labels(figure):
    """Draw with Agg; the axes, its point labels and their boxes in pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    return ax, ax.texts, [text.get_window_extent(renderer) for text in ax.texts]


def assert_apart_and_inside(ax, boxes):
    frame = ax.get_window_extent()
    for k, box in enumerate(boxes):
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        for other in boxes[k + 1:]:
            assert not box.overlaps(other), (box, other)


@pytest.mark.parametrize("plot", [plots.wins_vs_score, plots.cooperation_vs_score])
def test_scatter_labels_of_the_first_tournament_do_not_overlap(first, plot):
    ax, texts, boxes = drawn_labels(plot(first))
    assert sorted(t.get_text() for t in texts) == sorted(first.names)  # 15 rules: by name
    assert_apart_and_inside(ax, boxes)
    # No label covers a marker either.
    points = np.vstack([c.get_offsets() for c in ax.collections if len(c.get_offsets())])
    pixels = ax.transData.transform(points)
    for box in boxes:
        assert not any(box.contains(px, py) for px, py in pixels)


def test_scatter_labels_by_rank_with_a_key_for_forty_rules():
    from axelrod_nl.strategies import CATALOGUE

    players = [cls() for cls in CATALOGUE.values()][:36] + [axn.Random(p) for p in (0.1, 0.3, 0.7, 0.9)]
    results = axn.Tournament(players, turns=20, repetitions=1, seed=1).play()
    assert results.n_players == 40
    for plot in (plots.wins_vs_score, plots.cooperation_vs_score):
        figure = plot(results, labels="ranks")
        ax, texts, boxes = drawn_labels(figure)
        assert sorted(int(t.get_text()) for t in texts) == list(range(1, 41))
        assert_apart_and_inside(ax, boxes)
        key = [t.get_text() for t in ax.get_legend().get_texts()]
        assert f"1  {results.ranking[0]}" in key and f"40  {results.ranking[-1]}" in key
        # The rank written beside each point is that rule's rank.
        scores = dict(zip(results.names, results.scores.mean(axis=1)))
        by_rank = {int(t.get_text()): t.xy for t in texts}
        if plot is plots.wins_vs_score:
            assert all(by_rank[r][0] == pytest.approx(scores[name])
                       for r, name in enumerate(results.ranking, start=1))
    with pytest.raises(ValueError, match="labels"):
        plots.wins_vs_score(results, labels="numbers")


def test_population_shares_give_the_early_generations_room(first):
    shares = Ecosystem(first).run(1000)
    ax = plots.population_shares(shares).axes[0]
    assert ax.get_xscale() == "symlog" and ax.get_xlim() == (0, 1000)
    x0, x50, x1000 = ax.transData.transform([(0, 0), (50, 0), (1000, 0)])[:, 0]
    assert (x50 - x0) / (x1000 - x0) > 0.5  # generations 0-50 take more than half the width
    assert "logarithmic" in ax.get_xlabel()
    linear = plots.population_shares(shares, xscale="linear").axes[0]
    x0, x50, x1000 = linear.transData.transform([(0, 0), (50, 0), (1000, 0)])[:, 0]
    assert (x50 - x0) / (x1000 - x0) == pytest.approx(0.05)
    short = plots.population_shares(shares.loc[:50]).axes[0]  # a short run stays linear
    assert short.get_xscale() == "linear" and short.get_xlim() == (0, 50)
    with pytest.raises(ValueError, match="xscale"):
        plots.population_shares(shares, xscale="log")


def median_lines(ax, positions):
    """The median of each box of a box plot: its horizontal line as wide as the box (0.6)."""
    medians = {}
    for line in ax.lines:
        xs, ys = line.get_xdata(), line.get_ydata()
        if len(xs) == 2 and ys[0] == ys[1] and xs[1] - xs[0] == pytest.approx(0.6):
            medians[round((xs[0] + xs[1]) / 2)] = ys[0]
    return [medians[p] for p in positions]


def test_payoff_differences_show_each_rules_differences_ordered_by_median(small):
    figure = plots.payoff_differences(small)
    ax = figure.axes[0]
    difference = metrics.payoff_difference_matrix(small)
    expected = {name: np.median(difference.loc[name].drop(name)) for name in small.names}
    order = sorted(small.names, key=lambda name: -expected[name])
    assert [t.get_text() for t in ax.get_xticklabels()] == order
    assert median_lines(ax, range(1, 5)) == pytest.approx([expected[name] for name in order])
    # By hand, 10 moves: ALL D beats TFT 14-9, ALL C 50-0, ALTERNATOR 30-5: median of 5, 50, 25.
    assert expected["Defector"] == 25.0 and order[0] == "Defector"
    assert list(ax.lines[-1].get_ydata()) == [0, 0]  # the zero line
    assert "opponent" in ax.get_ylabel() and ax.get_title()
    violins = plots.payoff_differences(small, kind="violin").axes[0]
    assert [t.get_text() for t in violins.get_xticklabels()] == order
    with pytest.raises(ValueError, match="kind"):
        plots.payoff_differences(small, kind="pie")


def test_match_lengths_fixed_and_probabilistic(small):
    ax = plots.match_lengths(small).axes[0]
    (bar,) = ax.patches
    assert bar.get_x() + bar.get_width() / 2 == 10 and bar.get_height() == 10 * 3  # 10 pairings, 3 repetitions
    assert "fixed" in ax.get_title() and "10 moves" in ax.get_title()
    assert ax.get_xlabel() == "match length (moves)" and ax.get_ylabel() == "matches (of 30)"

    results = axn.Tournament([axn.Defector(), axn.TitForTat()], continuation=0.9, repetitions=20, seed=3).play()
    lengths, counts = results.length_histogram()
    assert len(lengths) > 1
    ax = plots.match_lengths(results).axes[0]
    assert [p.get_x() + p.get_width() / 2 for p in ax.patches] == pytest.approx(lengths)
    assert [p.get_height() for p in ax.patches] == counts.tolist()
    (expected,) = ax.lines
    k = expected.get_xdata()
    assert expected.get_ydata() == pytest.approx(counts.sum() * 0.9 ** (k - 1) * 0.1)
    assert "continuation probability 0.9" in ax.get_title()


def noisy_field():
    return axn.Tournament([axn.Random(0.5), axn.TitForTat(), axn.Defector()], turns=20, repetitions=5,
                          seed=1).play()


def test_payoff_heatmap_writes_mean_and_standard_deviation():
    results = noisy_field()
    order = [results.names.index(name) for name in results.ranking]
    mean = results.payoff_array[np.ix_(order, order)]
    sd = results.payoff_std_array[np.ix_(order, order)]
    ax = plots.payoff_heatmap(results).axes[0]
    assert "standard deviation" in ax.get_title()
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    assert len(cells) == 9
    for (i, j), text in cells.items():
        top, bottom = text.split("\n")
        assert float(top) == pytest.approx(mean[i, j], abs=0.05)
        assert bottom.startswith("±") and float(bottom[1:]) == pytest.approx(sd[i, j], abs=0.5)
    assert sd[order.index(results.names.index("Defector")), order.index(results.names.index("Tit For Tat"))] == 0
    plain = plots.payoff_heatmap(results, std=False).axes[0]
    assert not any("±" in t.get_text() for t in plain.texts)

    spread = plots.payoff_std_heatmap(results).axes[0]
    assert np.array_equal(spread.images[0].get_array().filled(np.nan), sd, equal_nan=True)
    assert "5 repetitions" in spread.get_title()
    assert [t.get_text() for t in spread.get_xticklabels()] == results.ranking


def test_payoff_heatmaps_of_deterministic_and_single_repetition_fields(small):
    heat = plots.payoff_heatmap(small).axes[0]
    assert not any("±" in t.get_text() for t in heat.texts)  # nothing varies: means only
    forced = plots.payoff_heatmap(small, std=True).axes[0]
    assert all(t.get_text().endswith("±0") for t in forced.texts)
    once = axn.Tournament([axn.TitForTat(), axn.Defector()], turns=5, repetitions=1).play()
    spread = plots.payoff_std_heatmap(once).axes[0]
    assert "one repetition" in spread.get_title() and not spread.texts


def test_population_shares_stackplot_pools_small_types():
    from matplotlib.collections import PolyCollection

    shares = Ecosystem(exploiter_field()).run(30)
    ax = plots.population_shares(shares).axes[0]
    assert len([c for c in ax.collections if isinstance(c, PolyCollection)]) == 3
    pooled = plots.population_shares(shares, top=1).axes[0]
    labels = [t.get_text() for t in pooled.get_legend().get_texts()]
    assert labels[0] == "Tit For Tat" and labels[1].startswith("others")
    counts = MoranProcess(TFT_ALLD, [5, 5], seed=1).run().counts
    assert plots.population_shares(counts).axes[0].get_xlabel() == "step"


def test_figures_are_written_as_png_atomically(small, tmp_path):
    written = plots.save_figures(plots.tournament_figures(small), tmp_path / "plots")
    assert {p.name for p in written} == {"scores.png", "payoffs.png", "wins.png", "cooperation.png",
                                         "payoff_differences.png", "match_lengths.png", "payoff_std.png",
                                         "bank_account.png"}
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The folder is written whole, with its manifest, and nothing is left beside it.
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == sorted([p.name for p in written] + ["manifest.json"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plots"]


def test_importing_the_library_and_the_plots_module_does_not_import_matplotlib():
    code = ("import sys, axelrod_nl, axelrod_nl.analysis.plots; "
            "print(any(m.startswith('matplotlib') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- the command line ------------------------------------------------------------------------------

SPEC = """
[tournament]
name = "Prey and predators"
turns = 50
repetitions = 2
seed = 3

[[players]]
strategy = "TitForTat"

[[players]]
strategy = "Cooperator"

[[players]]
strategy = "Defector"
"""


def test_ecology_command_prints_shares_and_writes_csv_and_plot(tmp_path, capsys):
    spec = tmp_path / "spec.toml"
    spec.write_text(SPEC)
    code = main(["ecology", str(spec), "--generations", "80", "--out", str(tmp_path / "out"),
                 "--plots", str(tmp_path / "plots")])
    assert code == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(line for line in lines if "gen 0" in line)
    assert header.split() == ["gen", "0", "gen", "5", "gen", "50", "gen", "80"]
    rows = lines[lines.index(header) + 1:lines.index(header) + 4]
    assert [row.split()[0] for row in rows][0] == "Tit"  # sorted by final share
    assert rows[-1].startswith("Defector")
    shares = pd.read_csv(tmp_path / "out" / "ecology_shares.csv", index_col="generation")
    assert shares.shape == (81, 3) and np.allclose(shares.sum(axis=1), 1)
    assert (tmp_path / "plots" / "ecology.png").read_bytes()[:4] == b"\x89PNG"


def test_ecology_command_errors_are_one_line(tmp_path, capsys):
    spec = tmp_path / "spec.toml"
    spec.write_text(SPEC.replace("seed = 3", "seed = 3\nself_play = false"))
    assert main(["ecology", str(spec), "--generations", "5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "self_play = true" in err
    assert main(["ecology", str(tmp_path / "missing.toml")]) == 2
    assert "not found" in capsys.readouterr().err


def test_run_command_writes_every_plot(tmp_path, capsys):
    spec = tmp_path / "spec.toml"
    spec.write_text(SPEC)
    assert main(["run", str(spec), "--plots", str(tmp_path / "plots"), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    names = sorted(p.name for p in (tmp_path / "plots").iterdir())
    assert names == ["bank_account.png", "cooperation.png", "manifest.json", "match_lengths.png",
                     "payoff_differences.png", "payoff_std.png", "payoffs.png", "scores.png", "wins.png"]


def test_moran_command_compares_simulation_with_the_exact_formula(tmp_path, capsys):
    spec = tmp_path / "spec.toml"
    spec.write_text(SPEC.replace("turns = 50", "turns = 200"))
    assert main(["moran", str(spec), "--mutant", "tit for tat", "--resident", "Defector", "--size", "10",
                 "--runs", "20000"]) == 0
    out = capsys.readouterr().out
    simulated = float(out.split("fixation probability")[1].split()[0])
    exact = float(out.split("exact (Nowak et al.)")[1].split()[0])
    assert exact == pytest.approx(exact_fixation_probability(*np.ravel(TFT_ALLD), 10), abs=1e-4)
    assert within(simulated, exact)
    assert main(["moran", str(spec), "--mutant", "Grudger", "--resident", "Defector"]) == 2
    assert "players are Tit For Tat, Cooperator, Defector" in capsys.readouterr().err
