"""Figures of tournament results, ecological dynamics, Moran processes and evolution on graphs.

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

from ..io import RunFolder, atomic_path
from ..match import MatchResult
from ..results import TournamentResults
from ..validation import check_whole
from . import metrics

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from .fingerprint import Fingerprint

_OTHERS = "others"


def _figure(width: float, height: float, rows: int = 1, sharex: bool = False):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.subplots(rows, 1, sharex=sharex)
    return figure, axes


_LABEL_FONTSIZE = 8
_LABEL_MODES = ("auto", "names", "ranks")
_KEY_ROWS = 25  # rows per column of the rank key
_LABEL_RINGS = (5, 9, 14, 20, 28, 38, 50, 64, 80, 100)  # distances (points) of a label from its point
_NAMES_REACH = 30  # points: with labels="auto", names set further apart than this switch to ranks


def _by_rank(results: TournamentResults) -> list[int]:
    """Player indices from first to last by mean score."""
    return [results.names.index(name) for name in results.ranking]


def _label_candidates() -> list[tuple[float, float, float]]:
    """Label positions to try, nearest first: (distance in points, cos, sin) of the offset.

    Within a ring, right of the point comes first, then above and below,
    left last; the outer rings try twice as many directions.
    """
    candidates = []
    for ring, radius in enumerate(_LABEL_RINGS):
        steps = 8 if ring < 3 else 16
        angles = sorted((2 * np.pi * k / steps for k in range(steps)),
                        key=lambda a: (min(a, 2 * np.pi - a), a > np.pi))
        candidates += [(radius, np.cos(a), np.sin(a)) for a in angles]
    return candidates


def _align(cosine: float, sine: float) -> tuple[str, str]:
    """Text alignment that puts the label on the far side of its offset from the point."""
    ha = "left" if cosine > 0.3 else "right" if cosine < -0.3 else "center"
    va = "bottom" if sine > 0.3 else "top" if sine < -0.3 else "center"
    return ha, va


def _overlap(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Overlap area of ``box`` (x0, y0, x1, y1) with each row of ``others``."""
    if len(others) == 0:
        return np.zeros(0)
    width = np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0])
    height = np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1])
    return np.clip(width, 0, None) * np.clip(height, 0, None)


def _place_labels(ax, x: np.ndarray, y: np.ndarray, texts: Sequence[str], order: Sequence[int]) -> tuple[list, float]:
    """Write ``texts[i]`` beside point ``i`` so that no two labels overlap; returns (artists, reach).

    The figure is laid out once (the labels are kept out of the layout and
    the axis limits must already be fixed, so that laying it out again when it
    is drawn or saved moves nothing). Then, in ``order``, each label takes the
    first free position of :func:`_label_candidates`: inside the axes, clear of
    every marker and of the labels already placed. A label set apart from
    its point (beyond the first ring) gets a thin leader line. The reach
    returned is the largest distance (points) of a label from its point, or
    infinity when some label found no free position (it then takes the one
    that overlaps least).
    """
    from matplotlib.collections import LineCollection

    figure = ax.get_figure()
    labels = {}
    for i in order:
        if np.isfinite(x[i]) and np.isfinite(y[i]):
            label = ax.annotate(texts[i], (x[i], y[i]), xytext=(0, 0), textcoords="offset points",
                                fontsize=_LABEL_FONTSIZE, ha="left", va="bottom")
            label.set_in_layout(False)
            labels[i] = label
    figure.draw_without_rendering()
    pixels = figure.dpi / 72.0  # per point
    points = ax.transData.transform(np.column_stack([x, y]))
    frame = ax.get_window_extent()
    inner = np.array([frame.x0, frame.y0, frame.x1, frame.y1]) + np.array([2, 2, -2, -2])
    marker = 3.5 * pixels  # half the side of the square kept clear around each marker
    finite = np.isfinite(points).all(axis=1)
    markers = np.column_stack([points[finite] - marker, points[finite] + marker])
    pad = 1.0  # pixels kept between labels
    placed = np.zeros((0, 4))
    leaders = []
    reach = 0.0
    for i, label in labels.items():
        extent = label.get_window_extent()
        width, height = extent.width, extent.height
        best = None
        for radius, cosine, sine in _label_candidates():
            ha, va = _align(cosine, sine)
            ox, oy = points[i] + radius * pixels * np.array([cosine, sine])
            x0 = ox if ha == "left" else ox - width if ha == "right" else ox - width / 2
            y0 = oy if va == "bottom" else oy - height if va == "top" else oy - height / 2
            box = np.array([x0, y0, x0 + width, y0 + height])
            if box[0] < inner[0] or box[1] < inner[1] or box[2] > inner[2] or box[3] > inner[3]:
                continue
            padded = box + np.array([-pad, -pad, pad, pad])
            cost = 10 * _overlap(padded, placed).sum() + _overlap(box, markers).sum()
            if best is None or cost < best[0]:
                best = (cost, radius, cosine, sine, ha, va, box)
            if cost == 0:
                break
        if best is None:  # larger than the axes: leave it on its point
            reach = np.inf
            continue
        cost, radius, cosine, sine, ha, va, box = best
        reach = max(reach, radius if cost == 0 else np.inf)
        label.xyann = (radius * cosine, radius * sine)
        label.set_horizontalalignment(ha)
        label.set_verticalalignment(va)
        placed = np.vstack([placed, box])
        if radius > _LABEL_RINGS[0]:
            end = np.clip(points[i], box[:2], box[2:])
            leaders.append(ax.transData.inverted().transform(np.array([points[i], end])))
    artists = list(labels.values())
    if leaders:
        artists.append(ax.add_collection(LineCollection(leaders, colors="grey", linewidths=0.6, zorder=0.5),
                                          autolim=False))
    return artists, reach


def _label_points(ax, x: np.ndarray, y: np.ndarray, results: TournamentResults, labels: str,
                  handles: Sequence = (), entries: Sequence[str] = ()) -> str:
    """Label each player's point by name or by rank, with a legend outside the axes on the right.

    The legend holds ``handles``/``entries`` (the markers' meaning), then, when
    the points are labelled by rank, the key from rank to name. ``labels``:
    "names", "ranks", or "auto" (names when every name finds a free place
    within ``_NAMES_REACH`` points of its point, else ranks). With ranks the
    figure is widened to make room for the key. Returns the mode used.
    """
    if labels not in _LABEL_MODES:
        raise ValueError(f"labels must be one of {', '.join(map(repr, _LABEL_MODES))}, got {labels!r}")
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    ax.margins(0.06)
    # Fixed limits: the ticks, hence the layout, cannot change after the labels are placed.
    ax.set_xlim(ax.get_xlim())
    ax.set_ylim(ax.get_ylim())
    order = _by_rank(results)
    if labels != "ranks":
        legend = _side_legend(ax, list(handles), list(entries))
        artists, reach = _place_labels(ax, x, y, results.names, order)
        if reach <= _NAMES_REACH or labels == "names":
            return "names"
        for artist in artists:
            artist.remove()
        if legend is not None:
            legend.remove()
    from matplotlib.lines import Line2D

    blank = Line2D([], [], linestyle="none")
    key = [f"{rank}  {results.names[i]}" for rank, i in enumerate(order, start=1)]
    width, height = ax.get_figure().get_size_inches()
    columns = -(-(len(handles) + len(key)) // _KEY_ROWS)
    ax.get_figure().set_size_inches(width + columns * (0.3 + 0.055 * max(map(len, key))), height)
    _side_legend(ax, list(handles) + [blank] * len(key), list(entries) + key)
    ranks = [""] * results.n_players
    for rank, i in enumerate(order, start=1):
        ranks[i] = str(rank)
    _place_labels(ax, x, y, ranks, order)
    return "ranks"


def _side_legend(ax, handles: list, entries: list):
    if not handles:
        return None
    return ax.legend(handles, entries, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0,
                     fontsize=7, frameon=False, handlelength=1.2, handletextpad=0.5,
                     ncols=-(-len(handles) // _KEY_ROWS))


# ---- tournament figures ------------------------------------------------------------------------

def _distributions(ax, data: Sequence[np.ndarray], names: Sequence[str], kind: str) -> None:
    """One box or violin per sample at positions 1, 2, ...; a sample without spread is a single marker."""
    if kind not in ("box", "violin"):
        raise ValueError(f"kind must be 'box' or 'violin', got {kind!r}")
    positions = np.arange(1, len(data) + 1)
    if kind == "box":
        ax.boxplot(data, positions=positions, widths=0.6)
    else:
        spread = np.array([d.size > 1 and np.ptp(d) > 0 for d in data])
        if spread.any():
            ax.violinplot([d for d, s in zip(data, spread) if s], positions=positions[spread],
                          showmedians=True)
        flat = ~spread & np.array([d.size > 0 for d in data])
        if flat.any():
            ax.plot(positions[flat], [data[k][0] for k in np.flatnonzero(flat)], "_", markersize=14, color="C0")
    ax.set_xticks(positions, names, rotation=45, ha="right")
    ax.grid(axis="y", alpha=0.3)


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
    figure, ax = _figure(max(6.0, 0.45 * len(data) + 2), 4.5)
    _distributions(ax, data, [results.names[i] for i in order], kind)
    ax.set_ylabel("mean score per match")
    ax.set_title(f"Scores over {results.repetitions} repetition(s)")
    return figure


def payoff_differences(results: TournamentResults, kind: str = "box") -> "Figure":
    """Each rule's payoff difference against every opponent, as a box or violin plot.

    For each pairing the difference is the rule's mean score per match minus
    its opponent's (:func:`~axelrod_nl.analysis.metrics.payoff_difference_matrix`),
    so each box shows how a rule's matches are split between wins (above the
    dashed zero line) and losses, and by how much; self-play, always 0, is
    left out. This is the Axelrod-Python "sdv" plot. Rules are ordered by
    median difference, largest first: rules that rank high here win their
    matches, which is not what wins tournaments.

    Parameters
    ----------
    results : a played tournament.
    kind : "box" or "violin"; a rule whose differences are all equal is drawn
        as a single marker in a violin plot.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if kind not in ("box", "violin"):
        raise ValueError(f"kind must be 'box' or 'violin', got {kind!r}")
    difference = metrics.payoff_difference_matrix(results).to_numpy()
    data = []
    for i in range(results.n_players):
        row = np.delete(difference[i], i)
        data.append(row[np.isfinite(row)])
    medians = np.array([np.median(d) if d.size else -np.inf for d in data])
    order = np.argsort(-medians, kind="stable")
    figure, ax = _figure(max(6.0, 0.45 * len(data) + 2), 4.5)
    _distributions(ax, [data[i] for i in order], [results.names[i] for i in order], kind)
    ax.axhline(0, color="grey", linewidth=0.8, linestyle="--", zorder=0)
    ax.set_ylabel("score per match minus the opponent's")
    ax.set_title("Payoff differences against each opponent")
    return figure


def match_lengths(results: TournamentResults) -> "Figure":
    """How many matches lasted each number of moves, from :meth:`TournamentResults.length_histogram`.

    With a probabilistic end (a continuation probability ``w``) the lengths
    are geometric, ``P(length = k) = w**(k - 1) * (1 - w)``; the expected
    number of matches of each length is drawn over the bars. With a fixed
    length the figure is a single bar, and its title says so.

    Parameters
    ----------
    results : a played tournament; every pairing in every repetition counts
        as one match (a self-play pairing once).

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.ticker import MaxNLocator

    lengths, counts = results.length_histogram()
    total = int(counts.sum())
    mean = float((lengths * counts).sum() / total)
    continuation = results.description.get("continuation")
    figure, ax = _figure(7.0, 4.5)
    ax.bar(lengths, counts, width=0.8 if len(lengths) == 1 else 1.0, color="C0", label="matches")
    if continuation is not None:
        w = float(continuation)
        k = np.arange(1, lengths[-1] + 1)
        ax.plot(k, total * w ** (k - 1) * (1 - w), color="C1", linewidth=1.5,
                label=f"expected (geometric, mean {1 / (1 - w):.3g})" if w < 1 else "expected")
        shared = " (one length per repetition, shared by every pairing)" if results.description.get(
            "shared_lengths") else ""
        ax.set_title(f"Match lengths: continuation probability {w:g}, mean {mean:.1f} moves{shared}")
        ax.legend(loc="upper right", fontsize=8)
    elif len(lengths) == 1:
        ax.set_xlim(lengths[0] - 2, lengths[0] + 2)
        ax.set_title(f"Match lengths: fixed, every match lasted {lengths[0]} moves")
    else:
        ax.set_title(f"Match lengths: mean {mean:.1f} moves")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("match length (moves)")
    ax.set_ylabel(f"matches (of {total})")
    ax.grid(axis="y", alpha=0.3)
    return figure


def _cell_number(value: float, digits: int) -> str:
    return "0" if value == 0 else f"{value:.{digits}f}"


def payoff_heatmap(results: TournamentResults, annotate: Optional[bool] = None,
                   std: Optional[bool] = None) -> "Figure":
    """Mean score of each row rule against each column rule, rules ordered by rank.

    Parameters
    ----------
    results : a played tournament.
    annotate : write the scores in the cells (default: for up to 20 rules).
    std : with the annotations, also write the standard deviation over the
        repetitions (:attr:`TournamentResults.payoff_std_array`) under each
        mean, as "± sd" (default: when there are several repetitions and
        some pairing's score varies). For fields too large to annotate, see
        :func:`payoff_std_heatmap`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    order = _by_rank(results)
    matrix = results.payoff_array[np.ix_(order, order)]
    spread = results.payoff_std_array[np.ix_(order, order)]
    names = [results.names[i] for i in order]
    n = len(names)
    size = max(5.0, 0.45 * n + 2.5)
    figure, ax = _figure(size + 1.0, size)
    image = ax.imshow(matrix, cmap="viridis")
    figure.colorbar(image, ax=ax, label="mean score per match (row player)")
    ax.set_xticks(range(n), names, rotation=45, ha="right")
    ax.set_yticks(range(n), names)
    ax.set_xlabel("opponent")
    annotated = annotate if annotate is not None else n <= 20
    finite_spread = spread[np.isfinite(spread)]
    with_std = annotated and (std if std is not None else bool((finite_spread > 0).any()))
    if with_std:
        ax.set_title(f"Pairwise payoffs: mean ± standard deviation over {results.repetitions} repetitions")
    else:
        ax.set_title("Pairwise payoffs")
    if annotated:
        finite = matrix[np.isfinite(matrix)]
        digits = 0 if finite.size == 0 or np.abs(finite).max() >= 100 else 1
        middle = np.nanmean(matrix)
        fontsize = 7 if not with_std or n <= 16 else 6
        for i in range(n):
            for j in range(n):
                if np.isfinite(matrix[i, j]):
                    text = _cell_number(matrix[i, j], digits)
                    if with_std and np.isfinite(spread[i, j]):
                        text += "\n±" + _cell_number(spread[i, j], 0 if spread[i, j] >= 10 else 1)
                    ax.text(j, i, text, ha="center", va="center", fontsize=fontsize, linespacing=1.0,
                            color="black" if matrix[i, j] > middle else "white")
    return figure


def payoff_std_heatmap(results: TournamentResults, annotate: Optional[bool] = None) -> "Figure":
    """Standard deviation over the repetitions of each row rule's score against each column rule.

    The companion of :func:`payoff_heatmap`, in the same order (by rank): it
    shows which pairings are decided by chance (noise, random rules, random
    match lengths) and which are the same in every repetition (0). With one
    repetition there is no deviation to show, and the title says so.

    Parameters
    ----------
    results : a played tournament (:attr:`TournamentResults.payoff_std_array`).
    annotate : write the deviations in the cells (default: for up to 20 rules).

    Returns
    -------
    matplotlib.figure.Figure
    """
    order = _by_rank(results)
    spread = results.payoff_std_array[np.ix_(order, order)]
    names = [results.names[i] for i in order]
    n = len(names)
    size = max(5.0, 0.45 * n + 2.5)
    figure, ax = _figure(size + 1.0, size)
    finite = spread[np.isfinite(spread)]
    image = ax.imshow(spread, cmap="magma", vmin=0, vmax=finite.max() if finite.size and finite.max() > 0 else 1)
    figure.colorbar(image, ax=ax, label="standard deviation of the row player's score per match")
    ax.set_xticks(range(n), names, rotation=45, ha="right")
    ax.set_yticks(range(n), names)
    ax.set_xlabel("opponent")
    if results.repetitions < 2:
        ax.set_title("Spread of pairwise payoffs: one repetition, no spread to show")
    else:
        ax.set_title(f"Spread of pairwise payoffs over {results.repetitions} repetitions")
    if finite.size and (annotate if annotate is not None else n <= 20):
        middle = (finite.max() + finite.min()) / 2
        for i in range(n):
            for j in range(n):
                if np.isfinite(spread[i, j]):
                    ax.text(j, i, _cell_number(spread[i, j], 0 if spread[i, j] >= 10 else 1), ha="center",
                            va="center", fontsize=7, color="black" if spread[i, j] > middle else "white")
    return figure


def wins_vs_score(results: TournamentResults, labels: str = "auto") -> "Figure":
    """Matches won per repetition against mean score: winning matches is not winning tournaments.

    TIT FOR TAT never wins a match, yet won both of Axelrod's tournaments.

    Parameters
    ----------
    results : a played tournament.
    labels : how the points are labelled, so that no two labels overlap:

        - "names": each point carries its rule's name, placed by a simple
          deterministic search: rules in rank order, each name goes to the
          nearest free spot on rings of growing radius around its point
          (right first, then above and below, left last), clear of every
          marker, of the names already placed and of the axes' edges; a name
          set apart from its point gets a thin leader line;
        - "ranks": the same placement, with each point labelled by its rank
          (1 = highest mean score) and a key from rank to name beside the axes;
        - "auto" (default): names when every name finds a free spot within
          30 points (about 10 mm) of its point, else ranks: long leader lines
          are hard to follow.

        Only when no free spot is left at all (say, many rules on one point)
        do labels overlap.

    Returns
    -------
    matplotlib.figure.Figure
    """
    wins = results.wins.mean(axis=1)
    scores = results.scores.mean(axis=1)
    figure, ax = _figure(8.0, 5.5)
    ax.scatter(scores, wins, color="C0")
    ax.set_xlabel("mean score per match")
    ax.set_ylabel("matches won per repetition")
    ax.set_title("Wins against score")
    ax.grid(alpha=0.3)
    _label_points(ax, scores, wins, results, labels)
    return figure


def cooperation_vs_score(results: TournamentResults, nice: Optional[Sequence[bool]] = None,
                         ignore_last: int = 0, labels: str = "auto") -> "Figure":
    """Cooperation rate against mean score, nice rules (never the first to defect) marked.

    Parameters
    ----------
    results : a played tournament.
    nice : one flag per player; by default computed with
        :func:`~axelrod_nl.analysis.metrics.niceness` when move histories
        were kept, otherwise the rules are drawn unmarked.
    ignore_last : passed to ``niceness`` (end-game defections to ignore).
    labels : "names", "ranks" or "auto" (default), as in :func:`wins_vs_score`:
        labels never overlap; by rank, the key is listed under the legend of
        the markers, beside the axes.

    Returns
    -------
    matplotlib.figure.Figure
    """
    summary = results.summary.set_index("player").loc[results.names]
    x = summary["cooperation_rate"].to_numpy()
    y = summary["mean_score"].to_numpy()
    if nice is None and results.moves is not None:
        nice = metrics.niceness(results, ignore_last=ignore_last)["nice"].to_numpy()
    figure, ax = _figure(8.5, 5.5)
    if nice is None:
        markers = [ax.scatter(x, y, color="C0", label="niceness unknown\n(play with keep_histories=True)")]
    else:
        flags = np.asarray(nice, dtype=bool)
        if flags.shape != (results.n_players,):
            raise ValueError(f"nice needs one flag per player ({results.n_players}), got {flags.shape}")
        markers = [ax.scatter(x[flags], y[flags], color="C2", marker="o", label="nice (never defected first)"),
                   ax.scatter(x[~flags], y[~flags], color="C3", marker="x", label="not nice")]
    ax.set_xlabel("cooperation rate")
    ax.set_ylabel("mean score per match")
    ax.set_title("Cooperation against score")
    ax.grid(alpha=0.3)
    _label_points(ax, x, y, results, labels, handles=markers, entries=[m.get_label() for m in markers])
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

def population_shares(population: pd.DataFrame, top: int = 12, title: Optional[str] = None,
                      xscale: str = "auto", linear_until: float = 10) -> "Figure":
    """Population shares over time as a stackplot, for an ecology or a Moran process.

    In Axelrod's ecological simulation most of the change happens in the
    first tens of generations, and a linear axis over 1000 generations
    squeezes it into a sliver at the left. By default a long run is drawn on
    a "symlog" axis: linear for the first ``linear_until`` generations, then
    logarithmic, so that each of 0-10, 10-100 and 100-1000 gets the same
    width. Generations 0-50 then take more than half of the axis, and the
    whole run stays visible.

    Parameters
    ----------
    population : shares or counts, one row per generation (or step) and one
        column per type, as returned by ``Ecosystem.run`` or ``MoranRun.counts``;
        rows are normalised to shares.
    top : show the ``top`` types with the highest peak share; the rest are
        pooled as "others" (in grey).
    title : figure title (default: "Population shares").
    xscale : "linear", "symlog", or "auto" (default): symlog when the run is
        longer than ``10 * linear_until`` generations, linear otherwise.
    linear_until : on a symlog axis, the end of its linear part.

    Returns
    -------
    matplotlib.figure.Figure
    """
    shares = _check_population(population, xscale, linear_until)
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
    time = shares.index.to_numpy()
    figure, ax = _figure(9.0, 5.0)
    ax.stackplot(time, *layers, labels=labels, colors=colours)
    _time_axis(ax, time, str(shares.index.name or "generation"), xscale, linear_until, "white")
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of the population")
    ax.set_title(title or "Population shares")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
    return figure


def _check_population(population, xscale: str, linear_until: float) -> pd.DataFrame:
    if not isinstance(population, pd.DataFrame) or population.empty:
        raise ValueError("population must be a non-empty DataFrame (generations x types)")
    if xscale not in ("auto", "linear", "symlog"):
        raise ValueError(f"xscale must be 'auto', 'linear' or 'symlog', got {xscale!r}")
    if not linear_until > 0:
        raise ValueError(f"linear_until must be positive, got {linear_until}")
    return population.div(population.sum(axis=1), axis=0)


def _time_axis(ax, time: np.ndarray, what: str, xscale: str, linear_until: float, divider: str) -> None:
    """Generations on the x axis: symlog for a long run ("auto"), with round ticks."""
    from matplotlib.ticker import FixedLocator, NullLocator, ScalarFormatter

    start, end = time[0], time[-1]
    if xscale == "auto":
        xscale = "symlog" if end - start > 10 * linear_until else "linear"
    if xscale == "symlog":
        ax.set_xscale("symlog", linthresh=linear_until, linscale=1.0)
        ticks = {0, end, *(t * 10 ** k for k in range(int(np.log10(max(abs(end), 1))) + 1) for t in (1, 2, 5))}
        ax.xaxis.set_major_locator(FixedLocator(sorted(t for t in ticks if start <= t <= end)))
        ax.xaxis.set_major_formatter(ScalarFormatter())
        ax.xaxis.set_minor_locator(NullLocator())
        ax.axvline(linear_until, color=divider, linewidth=0.6, alpha=0.6)
        ax.set_xlabel(f"{what} (linear up to {linear_until:g}, logarithmic beyond)")
    else:
        ax.set_xlabel(what)
    ax.set_xlim(start, end)


def population_lines(population: pd.DataFrame, highlight: Optional[Sequence[str]] = None, top: int = 6,
                     title: Optional[str] = None, xscale: str = "auto", linear_until: float = 10) -> "Figure":
    """Each type's share over time as a line, in the style of Axelrod (1984), Figure 2.

    Axelrod drew the ecological analysis of his second tournament as one
    curve per rule, share against generation. Here the highlighted types
    are drawn in colour and named in the legend, every other type as a thin
    grey line, so the shape of the whole field stays visible. The time axis
    is symlog for a long run, as in :func:`population_shares`, so the first
    generations, where the lowest-ranked rules collapse, are readable.

    Parameters
    ----------
    population : shares or counts, one row per generation, one column per type
        (``Ecosystem.run``); rows are normalised to shares.
    highlight : the types to draw in colour (default: the ``top`` with the
        largest share at the last generation).
    top : how many to highlight when ``highlight`` is not given.
    title : figure title (default: "Population shares").
    xscale, linear_until : as for :func:`population_shares`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    shares = _check_population(population, xscale, linear_until)
    if highlight is None:
        highlight = list(shares.iloc[-1].sort_values(ascending=False, kind="stable").index[:top])
    unknown = [name for name in highlight if name not in shares.columns]
    if unknown:
        raise ValueError(f"no type named {unknown[0]!r} in the population; types: {', '.join(map(str, shares.columns))}")
    time = shares.index.to_numpy()
    figure, ax = _figure(9.0, 5.0)
    for name in shares.columns:
        if name not in highlight:
            ax.plot(time, shares[name].to_numpy(), color="lightgrey", linewidth=0.7, zorder=1)
    for k, name in enumerate(highlight):
        ax.plot(time, shares[name].to_numpy(), color=_colour(k), linewidth=2.0, label=str(name), zorder=2)
    ax.plot([], [], color="lightgrey", linewidth=0.7, label=f"{_OTHERS} ({len(shares.columns) - len(highlight)})")
    _time_axis(ax, time, str(shares.index.name or "generation"), xscale, linear_until, "grey")
    ax.set_ylim(0, None)
    ax.set_ylabel("share of the population")
    ax.set_title(title or "Population shares")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
    return figure


def _colour(k: int):
    """The k-th of 20 colours: tab20's ten dark shades first, so neighbours differ in hue."""
    from matplotlib import colormaps

    k %= 20
    return colormaps["tab20"](2 * k if k < 10 else 2 * (k - 10) + 1)


# ---- evolution on graphs ---------------------------------------------------------------------

def _snapshots(populations, names: Sequence[str], generations: Sequence[int], size: Optional[int]) -> list:
    """The populations at the asked generations, checked: ``[(generation, strategies), ...]``.

    ``populations`` is a trajectory (row g the strategies at generation g,
    :meth:`~axelrod_nl.analysis.graph_evolution.GraphEvolution.trajectory`) or
    a mapping from generation to strategies
    (:meth:`~axelrod_nl.analysis.graph_evolution.GraphEvolution.snapshots`).
    """
    if isinstance(names, (str, bytes)) or not isinstance(names, Sequence) or not names:
        raise TypeError(f"names must be a non-empty sequence of strategy names, got {names!r}")
    if isinstance(generations, (str, bytes)) or not isinstance(generations, Sequence) or not generations:
        raise TypeError(f"generations must be a non-empty sequence of whole numbers, got {generations!r}")
    for g in generations:
        if isinstance(g, (bool, np.bool_)) or not isinstance(g, (int, np.integer)):
            raise TypeError(f"generations must be whole numbers, got {g!r}")
    if isinstance(populations, Mapping):
        missing = [g for g in generations if g not in populations]
        if missing:
            raise ValueError(f"no population for generation {missing[0]}; have {sorted(populations)}")
        rows = [np.asarray(populations[g]) for g in generations]
    else:
        table = np.asarray(populations)
        if table.ndim != 2:
            raise ValueError(f"populations must be a (generations + 1, N) trajectory, got shape {table.shape}")
        outside = [g for g in generations if not 0 <= g < table.shape[0]]
        if outside:
            raise ValueError(f"generation {outside[0]} is outside the trajectory (0 to {table.shape[0] - 1})")
        rows = [table[g] for g in generations]
    for g, row in zip(generations, rows):
        if row.ndim != 1 or (size is not None and row.shape[0] != size):
            raise ValueError(f"the population at generation {g} must hold one strategy per node ({size}), "
                             f"got shape {row.shape}")
        if not np.issubdtype(row.dtype, np.integer) or (row < 0).any() or (row >= len(names)).any():
            raise ValueError(f"the population at generation {g} must hold strategy indices from 0 to "
                             f"{len(names) - 1}")
    return [(int(g), row.astype(np.int64)) for g, row in zip(generations, rows)]


def _strategy_legend(figure, names: Sequence[str]) -> None:
    """One legend for all panels: a swatch per strategy, in the colours of :func:`_colour`."""
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=_colour(k), edgecolor="none", label=str(name)) for k, name in enumerate(names)]
    figure.legend(handles=handles, loc="outside right center", fontsize=8, frameon=False)


def _panels(count: int, title: Optional[str]):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3.2 * count + 1.8, 3.6), layout="constrained")
    axes = np.atleast_1d(figure.subplots(1, count))
    if title:
        figure.suptitle(title)
    return figure, axes


def graph_strategies(graph, populations, names: Sequence[str], generations: Sequence[int] = (0,),
                     positions: Optional[Mapping] = None, seed: int = 0, title: Optional[str] = None) -> "Figure":
    """The graph with every node coloured by its strategy, one panel per generation.

    Every panel uses the same node positions and the same colour per
    strategy (strategy ``k`` takes colour ``k`` of :func:`population_lines`
    with ``highlight=names``), so a change of colour at a node is a change of
    strategy. Meant for graphs of up to a few thousand nodes; draw a lattice
    with :func:`lattice_snapshots`.

    Parameters
    ----------
    graph : the networkx graph the population lives on.
    populations : a trajectory (row g the strategy index of every node at
        generation g, nodes in the order of ``list(graph.nodes)``, as
        :meth:`GraphEvolution.trajectory` returns) or a mapping from
        generation to such a row (:meth:`GraphEvolution.snapshots`).
    names : the strategy names, index ``k`` for strategy ``k``.
    generations : the generations to draw, one panel each, in this order.
    positions : node -> (x, y). By default the nodes of
        :func:`~axelrod_nl.analysis.graph_evolution.lattice_graph` (pairs
        ``(row, column)``) sit on their grid, any other graph takes a spring
        layout drawn from ``seed``.
    seed : seed of the spring layout.
    title : figure title.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import networkx as nx
    from matplotlib.collections import LineCollection

    if not isinstance(graph, nx.Graph):
        raise TypeError(f"graph must be a networkx graph, got {type(graph).__name__}")
    nodes = list(graph.nodes)
    snapshots = _snapshots(populations, names, generations, len(nodes))
    if positions is None:
        if nodes and all(isinstance(n, tuple) and len(n) == 2 and all(isinstance(x, (int, np.integer)) for x in n)
                         for n in nodes):
            positions = {n: (n[1], -n[0]) for n in nodes}
        else:
            positions = nx.spring_layout(graph, seed=seed)
    if not isinstance(positions, Mapping):
        raise TypeError(f"positions must map every node to (x, y), got {type(positions).__name__}")
    missing = [n for n in nodes if n not in positions]
    if missing:
        raise ValueError(f"positions gives no place for node {missing[0]!r}")
    xy = np.array([positions[n] for n in nodes], dtype=np.float64)
    index = {n: k for k, n in enumerate(nodes)}
    segments = [(xy[index[u]], xy[index[v]]) for u, v in graph.edges]
    palette = np.array([_colour(k) for k in range(len(names))])
    marker = float(np.clip(3000.0 / max(len(nodes), 1), 4.0, 80.0))
    figure, axes = _panels(len(snapshots), title)
    for ax, (g, strategies) in zip(axes, snapshots):
        ax.add_collection(LineCollection(segments, colors="lightgrey", linewidths=0.5, zorder=1))
        ax.scatter(xy[:, 0], xy[:, 1], s=marker, c=palette[strategies], edgecolors="none", zorder=2)
        ax.set_title(f"generation {g}", fontsize=9)
        ax.set_aspect("equal")
        ax.set_axis_off()
    _strategy_legend(figure, names)
    return figure


def lattice_snapshots(populations, rows: int, columns: int, names: Sequence[str],
                      generations: Sequence[int] = (0,), title: Optional[str] = None) -> "Figure":
    """The strategy of every site of a lattice as a grid of coloured cells, one panel per generation.

    The picture of Nowak & May (1992): clusters of cooperators and
    defectors and the shifting border between them. Cell ``(r, c)`` is node
    ``r * columns + c``, the order of
    :func:`~axelrod_nl.analysis.graph_evolution.lattice_graph`'s nodes;
    strategy ``k`` takes colour ``k`` in every panel.

    Parameters
    ----------
    populations : a trajectory or a mapping from generation to population, as
        for :func:`graph_strategies`, ``rows * columns`` nodes.
    rows, columns : the shape of the lattice.
    names : the strategy names, index ``k`` for strategy ``k``.
    generations : the generations to draw, one panel each, in this order.
    title : figure title.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.colors import ListedColormap

    rows = check_whole("rows", rows, minimum=1)
    columns = check_whole("columns", columns, minimum=1)
    snapshots = _snapshots(populations, names, generations, rows * columns)
    colours = ListedColormap([_colour(k) for k in range(len(names))])
    figure, axes = _panels(len(snapshots), title)
    for ax, (g, strategies) in zip(axes, snapshots):
        ax.imshow(strategies.reshape(rows, columns), cmap=colours, vmin=-0.5, vmax=len(names) - 0.5,
                  interpolation="nearest")
        ax.set_title(f"generation {g}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
    _strategy_legend(figure, names)
    return figure


# ---- fingerprints ---------------------------------------------------------------------------

def fingerprint(print_: "Fingerprint") -> "Figure":
    """A fingerprint as a heat map: Ashlock's over the unit square, the transitive one over moves.

    Parameters
    ----------
    print_ : a :class:`~axelrod_nl.analysis.fingerprint.Fingerprint`.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from .fingerprint import Fingerprint

    if not isinstance(print_, Fingerprint):
        raise TypeError(f"expected a Fingerprint, got {type(print_).__name__}")
    data = print_.data.to_numpy()
    if print_.kind == "ashlock":
        figure, ax = _figure(6.5, 5.5)
        image = ax.imshow(data, origin="lower", extent=(0, 1, 0, 1), cmap="viridis", aspect="equal",
                          interpolation="nearest")
        figure.colorbar(image, ax=ax, label="mean score per move")
        ax.set_xlabel("x: the probe's chance of cooperating anyway")
        ax.set_ylabel("y: the probe's chance of defecting anyway")
        ax.set_title(f"Ashlock fingerprint of {print_.strategy}\n"
                     f"({print_.turns} moves, {print_.repetitions} repetitions a point)")
        return figure
    rows = data.shape[0]
    figure, ax = _figure(8.0, max(4.0, 0.12 * rows + 2.0))
    image = ax.imshow(data, origin="lower", cmap="viridis", aspect="auto", vmin=0, vmax=1,
                      interpolation="nearest",
                      extent=(0.5, data.shape[1] + 0.5, -0.5, rows - 0.5))
    figure.colorbar(image, ax=ax, label="cooperation rate")
    labels = list(print_.data.index)
    shown = range(0, rows, max(1, rows // 10))
    ax.set_yticks(list(shown), [labels[k] for k in shown], fontsize=7)
    ax.set_xlabel("move")
    ax.set_ylabel("opponent")
    ax.set_title(f"Transitive fingerprint of {print_.strategy} ({print_.repetitions} repetitions)")
    return figure


# ---- all at once, and saving ---------------------------------------------------------------------

def tournament_figures(results: TournamentResults, ignore_last: int = 0) -> dict[str, "Figure"]:
    """Every tournament figure, by file stem.

    The spread of the pairwise payoffs (``payoff_std``) is included with
    several repetitions, the social bank account of the winner when move
    histories were kept.
    """
    figures = {
        "scores": score_distribution(results),
        "payoffs": payoff_heatmap(results),
        "wins": wins_vs_score(results),
        "cooperation": cooperation_vs_score(results, ignore_last=ignore_last),
        "payoff_differences": payoff_differences(results),
        "match_lengths": match_lengths(results),
    }
    if results.repetitions > 1:
        figures["payoff_std"] = payoff_std_heatmap(results)
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


def save_figures(figures: Mapping[str, "Figure"], directory: Union[str, Path], dpi: int = 120,
                 overwrite: bool = False) -> list[Path]:
    """Write each figure as ``<directory>/<stem>.png``, as one run folder; returns the paths written.

    The folder is written whole (:class:`~axelrod_nl.io.RunFolder`): figures
    already there are replaced only with ``overwrite``, and then all of them.
    """
    with RunFolder(directory, overwrite=overwrite) as folder:
        for stem, figure in figures.items():
            figure.savefig(folder.file(f"{stem}.png"), format="png", dpi=dpi)
    return [Path(directory) / f"{stem}.png" for stem in figures]
