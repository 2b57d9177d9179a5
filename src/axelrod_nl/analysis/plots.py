"""Figures of tournament results, ecological dynamics and Moran processes.

Every function returns a :class:`matplotlib.figure.Figure`. The figures are
built with matplotlib's object interface, never through ``pyplot``: no
display or GUI backend is needed (saving renders with Agg), nothing is added
to pyplot's global list of open figures, and a figure is freed once the
caller drops it. In a notebook, show one with ``display(fig)`` or by making it
the cell's value. matplotlib is imported inside the functions so that
importing this module (and ``axelrod_nl``) stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..io import atomic_path, prepare_directory
from ..match import MatchResult
from ..results import TournamentResults
from . import metrics

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

_OTHERS = "others"


def _figure(width: float, height: float, rows: int = 1, sharex: bool = False):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.subplots(rows, 1, sharex=sharex)
    return figure, axes


def _by_rank(results: TournamentResults) -> list[int]:
    """Player indices from first to last by mean score."""
    return [results.names.index(name) for name in results.ranking]


def _label_points(ax, x: np.ndarray, y: np.ndarray, labels: Sequence[str]) -> None:
    for xi, yi, label in zip(x, y, labels):
        ax.annotate(label, (xi, yi), xytext=(4, 3), textcoords="offset points", fontsize=8)


# ---- tournament figures ------------------------------------------------------------------------

def score_distribution(results: TournamentResults, kind: str = "box") -> "Figure":
    """Each rule's mean score per match in every repetition, as a box or violin plot.

    Rules are ordered by median score, best first. With a single repetition,
    or a rule whose score never varies, a violin collapses to a line, so such
    rules are drawn as a single marker.
    """
    if kind not in ("box", "violin"):
        raise ValueError(f"kind must be 'box' or 'violin', got {kind!r}")
    order = np.argsort(-np.median(results.scores, axis=1), kind="stable")
    data = [results.scores[i] for i in order]
    names = [results.names[i] for i in order]
    positions = np.arange(1, len(data) + 1)
    figure, ax = _figure(max(6.0, 0.45 * len(data) + 2), 4.5)
    if kind == "box":
        ax.boxplot(data, positions=positions, widths=0.6)
    else:
        spread = np.array([np.ptp(d) > 0 for d in data])
        if spread.any():
            ax.violinplot([d for d, s in zip(data, spread) if s], positions=positions[spread],
                          showmedians=True)
        flat = ~spread
        if flat.any():
            ax.plot(positions[flat], [data[k][0] for k in np.flatnonzero(flat)], "_", markersize=14, color="C0")
    ax.set_xticks(positions, names, rotation=45, ha="right")
    ax.set_ylabel("mean score per match")
    ax.set_title(f"Scores over {results.repetitions} repetition(s)")
    ax.grid(axis="y", alpha=0.3)
    return figure


def payoff_heatmap(results: TournamentResults, annotate: Optional[bool] = None) -> "Figure":
    """Mean score of each row rule against each column rule, rules ordered by rank.

    Parameters
    ----------
    annotate : write the scores in the cells (default: for up to 20 rules).
    """
    order = _by_rank(results)
    matrix = results.payoff_array[np.ix_(order, order)]
    names = [results.names[i] for i in order]
    n = len(names)
    size = max(5.0, 0.45 * n + 2.5)
    figure, ax = _figure(size + 1.0, size)
    image = ax.imshow(matrix, cmap="viridis")
    figure.colorbar(image, ax=ax, label="mean score per match (row player)")
    ax.set_xticks(range(n), names, rotation=45, ha="right")
    ax.set_yticks(range(n), names)
    ax.set_xlabel("opponent")
    ax.set_title("Pairwise payoffs")
    if annotate if annotate is not None else n <= 20:
        middle = np.nanmean(matrix)
        for i in range(n):
            for j in range(n):
                if np.isfinite(matrix[i, j]):
                    ax.text(j, i, f"{matrix[i, j]:.0f}", ha="center", va="center", fontsize=7,
                            color="black" if matrix[i, j] > middle else "white")
    return figure


def wins_vs_score(results: TournamentResults) -> "Figure":
    """Matches won per repetition against mean score: winning matches is not winning tournaments.

    TIT FOR TAT never wins a match, yet won both of Axelrod's tournaments.
    """
    wins = results.wins.mean(axis=1)
    scores = results.scores.mean(axis=1)
    figure, ax = _figure(7.0, 5.0)
    ax.scatter(scores, wins, color="C0")
    _label_points(ax, scores, wins, results.names)
    ax.set_xlabel("mean score per match")
    ax.set_ylabel("matches won per repetition")
    ax.set_title("Wins against score")
    ax.grid(alpha=0.3)
    return figure


def cooperation_vs_score(results: TournamentResults, nice: Optional[Sequence[bool]] = None,
                         ignore_last: int = 0) -> "Figure":
    """Cooperation rate against mean score, nice rules (never the first to defect) marked.

    Parameters
    ----------
    nice : one flag per player; by default computed with
        :func:`~axelrod_nl.analysis.metrics.niceness` when move histories
        were kept, otherwise the rules are drawn unmarked.
    ignore_last : passed to ``niceness`` (end-game defections to ignore).
    """
    summary = results.summary.set_index("player").loc[results.names]
    x = summary["cooperation_rate"].to_numpy()
    y = summary["mean_score"].to_numpy()
    if nice is None and results.moves is not None:
        nice = metrics.niceness(results, ignore_last=ignore_last)["nice"].to_numpy()
    figure, ax = _figure(7.0, 5.0)
    if nice is None:
        ax.scatter(x, y, color="C0", label="niceness unknown (play with keep_histories=True)")
    else:
        flags = np.asarray(nice, dtype=bool)
        if flags.shape != (results.n_players,):
            raise ValueError(f"nice needs one flag per player ({results.n_players}), got {flags.shape}")
        ax.scatter(x[flags], y[flags], color="C2", marker="o", label="nice (never defected first)")
        ax.scatter(x[~flags], y[~flags], color="C3", marker="x", label="not nice")
    _label_points(ax, x, y, results.names)
    ax.set_xlabel("cooperation rate")
    ax.set_ylabel("mean score per match")
    ax.set_title("Cooperation against score")
    ax.legend(loc="best", fontsize=8)
    ax.grid(alpha=0.3)
    return figure


def social_bank_account(source: Union[MatchResult, TournamentResults], player: Optional[str] = None) -> "Figure":
    """A rule's "social bank account": cooperation given minus received, and what it earned.

    The top panel shows the balance (cumulative cooperations given minus
    received: above zero, the rule has invested in the relationship); the
    bottom panel the cumulative payoff it led to.

    Parameters
    ----------
    source : one match (its first player, or ``player``, is the focal rule),
        or a tournament played with ``keep_histories=True`` (one line per
        opponent, averaged over repetitions, and their mean in black).
    player : the focal rule's name; required for a tournament.
    """
    figure, (top, bottom) = _figure(8.0, 6.0, rows=2, sharex=True)
    if isinstance(source, MatchResult):
        side = 0 if player is None else _side(source, player)
        moves = source.moves if side == 0 else source.moves[::-1]
        mine = metrics.bank_account(moves, source.game)
        theirs = metrics.bank_account(moves[::-1], source.game)
        focal, opponent = source.players[side], source.players[1 - side]
        top.plot(mine.index, mine["balance"], color="C0", label=focal)
        bottom.plot(mine.index, mine["cumulative_payoff"], color="C0", label=focal)
        bottom.plot(theirs.index, theirs["cumulative_payoff"], color="C1", linestyle="--", label=opponent)
        top.set_title(f"Social bank account of {focal} against {opponent}")
    elif isinstance(source, TournamentResults):
        if player is None:
            raise ValueError("name the player whose account to show, e.g. player='Tit For Tat'")
        accounts = metrics.tournament_bank_account(source, player)
        balance = accounts.pivot(index="turn", columns="opponent", values="balance")
        payoff = accounts.pivot(index="turn", columns="opponent", values="cumulative_payoff")
        for opponent in balance.columns:
            top.plot(balance.index, balance[opponent], linewidth=1, alpha=0.7, label=opponent)
            bottom.plot(payoff.index, payoff[opponent], linewidth=1, alpha=0.7)
        top.plot(balance.index, balance.mean(axis=1), color="black", linewidth=2, label="mean")
        bottom.plot(payoff.index, payoff.mean(axis=1), color="black", linewidth=2)
        top.set_title(f"Social bank account of {player}, by opponent")
    else:
        raise TypeError(f"source must be a MatchResult or TournamentResults, got {type(source).__name__}")
    top.axhline(0, color="grey", linewidth=0.8)
    top.set_ylabel("cooperation given − received")
    bottom.set_ylabel("cumulative payoff")
    bottom.set_xlabel("move")
    top.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=7)
    if isinstance(source, MatchResult):
        bottom.legend(loc="upper left", fontsize=8)
    for ax in (top, bottom):
        ax.grid(alpha=0.3)
    return figure


def _side(match: MatchResult, player: str) -> int:
    if player not in match.players:
        raise ValueError(f"{player!r} did not play this match; its players are {', '.join(match.players)}")
    return match.players.index(player)


# ---- population dynamics ---------------------------------------------------------------------

def population_shares(population: pd.DataFrame, top: int = 12, title: Optional[str] = None) -> "Figure":
    """Population shares over time as a stackplot, for an ecology or a Moran process.

    Parameters
    ----------
    population : shares or counts, one row per generation (or step) and one
        column per type, as returned by ``Ecosystem.run`` or ``MoranRun.counts``;
        rows are normalised to shares.
    top : show the ``top`` types with the highest peak share; the rest are
        pooled as "others" (in grey).
    title : figure title (default: "Population shares").
    """
    if not isinstance(population, pd.DataFrame) or population.empty:
        raise ValueError("population must be a non-empty DataFrame (generations x types)")
    shares = population.div(population.sum(axis=1), axis=0)
    peaks = shares.max(axis=0).sort_values(ascending=False, kind="stable")
    shown = list(peaks.index[:top])
    # Stack by final share, largest at the bottom, so the winners are easy to read.
    shown.sort(key=lambda name: -shares[name].iloc[-1])
    layers = [shares[name].to_numpy() for name in shown]
    labels = [str(name) for name in shown]
    colours = [_colour(k) for k in range(len(shown))]
    rest = [name for name in shares.columns if name not in shown]
    if rest:
        layers.append(shares[rest].sum(axis=1).to_numpy())
        labels.append(f"{_OTHERS} ({len(rest)})")
        colours.append("lightgrey")
    figure, ax = _figure(9.0, 5.0)
    ax.stackplot(shares.index.to_numpy(), *layers, labels=labels, colors=colours)
    ax.set_xlim(shares.index[0], shares.index[-1])
    ax.set_ylim(0, 1)
    ax.set_xlabel(str(shares.index.name or "generation"))
    ax.set_ylabel("share of the population")
    ax.set_title(title or "Population shares")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
    return figure


def _colour(k: int):
    """The k-th of 20 colours: tab20's ten dark shades first, so neighbours differ in hue."""
    from matplotlib import colormaps

    k %= 20
    return colormaps["tab20"](2 * k if k < 10 else 2 * (k - 10) + 1)


# ---- all at once, and saving ---------------------------------------------------------------------

def tournament_figures(results: TournamentResults, ignore_last: int = 0) -> dict[str, "Figure"]:
    """Every tournament figure, by file stem.

    The social bank account of the winner is included when move histories
    were kept.
    """
    figures = {
        "scores": score_distribution(results),
        "payoffs": payoff_heatmap(results),
        "wins": wins_vs_score(results),
        "cooperation": cooperation_vs_score(results, ignore_last=ignore_last),
    }
    if results.moves is not None:
        figures["bank_account"] = social_bank_account(results, results.ranking[0])
    return figures


def save_figure(figure: "Figure", path: Union[str, Path], dpi: int = 120) -> Path:
    """Write a figure as PNG under a temporary name, renamed into place when complete."""
    target = Path(path)
    with atomic_path(target) as temporary:
        # The temporary name does not end in .png, so the format must be given.
        figure.savefig(temporary, format="png", dpi=dpi)
    return target


def save_figures(figures: Mapping[str, "Figure"], directory: Union[str, Path], dpi: int = 120) -> list[Path]:
    """Write each figure as ``<directory>/<stem>.png``; returns the paths written."""
    folder = prepare_directory(directory)
    return [save_figure(figure, folder / f"{stem}.png", dpi=dpi) for stem, figure in figures.items()]
