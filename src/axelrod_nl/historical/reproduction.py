"""How well a tournament reproduces a published one, over many seeds.

A reproduction plays the historical tournament ``seeds`` times (as one run of
``seeds x repetitions`` repetitions, cut into consecutive blocks; block k is
reproduction k) and compares each rule's score with the published table: the
mean and 5-95% band of its score over reproductions, its ranks, how often it
wins, the Spearman correlation of the mean scores' order with the published
order (with the published scores where they are known, else with the
published ranks), the mean absolute error, each pairwise value the paper
quotes, each recorded row of the pairwise matrix pair by pair, and the rules
placed far from their published rank, with what is known of why.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cached_property
from typing import Optional, Sequence

import numpy as np

from ..aggregation import SPREAD_A, SPREAD_B
from ..results import TournamentResults
from ..strategy import Strategy
from ..tournament import Tournament

REFERENCES = ("axelrod_1980_first", "axelrod_1980_second")

# A rule this many places from its published rank (by mean rank) is listed as displaced.
DISPLACED_PLACES = 8


def published(reference: str):
    """The module holding a published tournament's figures."""
    if reference not in REFERENCES:
        raise ValueError(f"no published results named {reference!r}; known: {', '.join(REFERENCES)}")
    return importlib.import_module(f"{__package__}.{reference}")


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation (average ranks for ties)."""
    import pandas as pd

    ranks = pd.DataFrame({"x": x, "y": y}).rank()
    return float(np.corrcoef(ranks["x"], ranks["y"])[0, 1])


@dataclass
class Reproduction:
    """The outcome of :func:`reproduce`.

    Attributes
    ----------
    results : the underlying tournament results (all reproductions' repetitions).
    reference : the published figures' module.
    seeds : number of reproductions.
    repetitions : repetitions per reproduction (5 in 1980).
    """

    results: TournamentResults
    reference: object
    seeds: int
    repetitions: int
    class_names: list[str]
    row_scores: Optional[dict] = None  # scorer -> (opponents, repetitions) scores, for RECORDED_ROWS

    @cached_property
    def reproduction_scores(self) -> np.ndarray:
        """Each rule's mean score per game in each reproduction, (rules, seeds)."""
        scores = self.results.scores
        return scores.reshape(scores.shape[0], self.seeds, self.repetitions).mean(axis=2)

    @cached_property
    def reproduction_ranks(self) -> np.ndarray:
        """Each rule's rank (1 = best) in each reproduction, (rules, seeds)."""
        order = np.argsort(-self.reproduction_scores, axis=0, kind="stable")
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(1, order.shape[0] + 1)[:, None], axis=0)
        return ranks

    @cached_property
    def table(self):
        """Per rule: published rank and score against our mean, band, ranks and win share."""
        import pandas as pd

        entries = self.reference.ENTRIES
        scores, ranks = self.reproduction_scores, self.reproduction_ranks
        table = pd.DataFrame({
            "rule": self.class_names,
            "entry": [entries[c].entry if c in entries else "" for c in self.class_names],
            "published_rank": [entries[c].rank if c in entries else np.nan for c in self.class_names],
            "published_score": [entries[c].score if c in entries else np.nan for c in self.class_names],
            "mean_score": scores.mean(axis=1),
            "p05": np.percentile(scores, 5, axis=1),
            "p95": np.percentile(scores, 95, axis=1),
            "mean_rank": ranks.mean(axis=1),
            "best_rank": ranks.min(axis=1),
            "worst_rank": ranks.max(axis=1),
            "win_share": (ranks == 1).mean(axis=1),
        })
        table["error"] = table["mean_score"] - table["published_score"]
        table = table.sort_values("mean_score", ascending=False, kind="stable").reset_index(drop=True)
        table.insert(0, "rank", np.arange(1, len(table) + 1))
        return table

    @property
    def winner(self) -> str:
        return str(self.table.loc[0, "rule"])

    @property
    def spearman(self) -> float:
        """Rank correlation of our mean scores with the published scores, or ranks where scores are not known."""
        known = self.table.dropna(subset=["published_score"])
        if len(known) >= 3:
            return spearman(known["mean_score"], known["published_score"])
        ranked = self.table.dropna(subset=["published_rank"])
        return spearman(ranked["mean_score"], -ranked["published_rank"])

    @property
    def compared_with(self) -> str:
        """What :attr:`spearman` compares with: "scores" or "ranks"."""
        return "scores" if self.table["published_score"].notna().sum() >= 3 else "ranks"

    @property
    def mean_absolute_error(self) -> float:
        """Mean absolute difference from the published scores (NaN where none are known)."""
        errors = self.table["error"].dropna()
        return float(errors.abs().mean()) if len(errors) >= 3 else float("nan")

    @cached_property
    def displaced(self):
        """Rules whose mean rank is :data:`DISPLACED_PLACES` or more from the published rank, and why if known."""
        table = self.table.dropna(subset=["published_rank"]).copy()
        table["shift"] = table["mean_rank"] - table["published_rank"]
        far = table[table["shift"].abs() >= DISPLACED_PLACES].sort_values("shift", kind="stable")
        notes = getattr(self.reference, "KNOWN_DIFFERENCES", {})
        far = far.loc[:, ["rule", "published_rank", "mean_rank", "shift"]].reset_index(drop=True)
        far["known_reason"] = [notes.get(rule, "") for rule in far["rule"]]
        return far

    @cached_property
    def recorded_rows(self):
        """Each recorded row of the pairwise matrix (the reference's ``RECORDED_ROWS``) pair by pair.

        Per (scorer, opponent): the recorded value; the mean of our reproductions'
        averages per game (one reproduction = ``repetitions`` games); the 5-95%
        band of those averages truncated to whole numbers, as the record is; and
        whether the record lies in that band.
        """
        import pandas as pd

        rows = []
        recorded = getattr(self.reference, "RECORDED_ROWS", {})
        order = self.reference.published_order()
        for scorer, values in recorded.items():
            if not self.row_scores or scorer not in self.row_scores:
                continue
            opponents, scores = self.row_scores[scorer]
            per_seed = scores.reshape(len(opponents), self.seeds, self.repetitions).mean(axis=2)
            truncated = np.floor(per_seed + 1e-9)
            for opponent, value in zip(order, values):
                if opponent not in opponents:
                    continue
                k = opponents.index(opponent)
                low, high = np.percentile(truncated[k], 5), np.percentile(truncated[k], 95)
                rows.append({"scorer": scorer, "opponent": opponent, "recorded": float(value),
                             "mean": float(per_seed[k].mean()), "p05": float(low), "p95": float(high),
                             "in_band": bool(low <= value <= high)})
        return pd.DataFrame(rows)

    def _pair_statistics(self, scorer: str, opponent: str) -> tuple[float, float]:
        """Mean and standard deviation over all games of ``scorer``'s score against ``opponent``."""
        i, j = self.class_names.index(scorer), self.class_names.index(opponent)
        lo, hi = min(i, j), max(i, j)
        pair = np.flatnonzero((self.results.pair_a == lo) & (self.results.pair_b == hi))[0]
        side = SPREAD_A if i <= j else SPREAD_B
        aggregates = self.results.aggregates
        games = aggregates.repetitions
        spread = float(np.sqrt(aggregates.score_m2[pair, side] / (games - 1))) if games > 1 else 0.0
        return float(aggregates.score_mean[pair, side]), spread

    @cached_property
    def pairwise(self):
        """Each pairwise value the paper quotes against ours.

        ``published_se`` is the standard error of a 5-game average, the
        sampling error of the published figure itself; ``z`` is the difference
        in those units (after allowing 0.5 for the paper's rounding).
        """
        import pandas as pd

        rows = []
        for (scorer, opponent), value in self.reference.QUOTED_PAIRWISE.items():
            if scorer not in self.class_names or opponent not in self.class_names:
                continue
            mean, sd = self._pair_statistics(scorer, opponent)
            se = sd / np.sqrt(self.repetitions)
            gap = max(abs(mean - value) - 0.5, 0.0)
            rows.append({"scorer": scorer, "opponent": opponent, "published": value, "mean": mean,
                         "published_se": se, "z": gap / se if se > 0 else (0.0 if gap == 0 else np.inf)})
        return pd.DataFrame(rows)

    @cached_property
    def secondary_rows(self):
        """RSC's rows of the pairwise matrix against ours: published, ours, difference."""
        import pandas as pd

        order = self.reference.published_order()
        rows = []
        for scorer, values in self.reference.RSC_ROWS.items():
            if scorer not in self.class_names:
                continue
            for opponent, value in zip(order, values):
                if opponent in self.class_names:
                    mean, _ = self._pair_statistics(scorer, opponent)
                    rows.append({"scorer": scorer, "opponent": opponent, "published": float(value),
                                 "mean": mean, "difference": mean - value})
        return pd.DataFrame(rows)

    def format(self) -> str:
        """The report as plain text."""
        table = self.table.copy()
        for column in ("published_score", "mean_score", "p05", "p95", "error"):
            table[column] = table[column].map(lambda x: f"{x:.1f}")
        table["mean_rank"] = table["mean_rank"].map(lambda x: f"{x:.2f}")
        table["win_share"] = table["win_share"].map(lambda x: f"{x:.1%}")
        table["published_rank"] = table["published_rank"].map(lambda x: "" if np.isnan(x) else f"{x:.0f}")
        table["published_score"] = table["published_score"].replace("nan", "")
        table["error"] = table["error"].replace("nan", "")
        lines = [
            f"{self.seeds} reproductions of {self.repetitions} repetitions each",
            "",
            table.loc[:, ["rank", "rule", "published_rank", "published_score", "mean_score", "p05", "p95",
                          "error", "mean_rank", "best_rank", "worst_rank", "win_share"]].to_string(index=False),
            "",
            f"winner by mean score: {self.winner}",
            f"Spearman correlation with the published {self.compared_with}: {self.spearman:.3f}",
        ]
        if not np.isnan(self.mean_absolute_error):
            lines.append(f"mean absolute error: {self.mean_absolute_error:.1f} points")
        else:
            for row in self.table.dropna(subset=["published_score"]).itertuples():
                label = getattr(self.reference, "SCORE_LABEL", "the published")
                lines.append(f"{row.rule}: {row.mean_score:.1f} points a game (5-95%: {row.p05:.1f} to "
                             f"{row.p95:.1f}) against {label} {row.published_score:.1f}")
        if len(self.recorded_rows):
            rows = self.recorded_rows
            source = getattr(self.reference, "RECORDED_ROWS_SOURCE", "the reference")
            for scorer, group in rows.groupby("scorer", sort=False):
                outside = group[~group["in_band"]]
                lines += ["", f"{scorer}'s recorded row ({source}): the record is inside our 5-95% band "
                          f"for {int(group['in_band'].sum())} of {len(group)} opponents"
                          + (", outside for:" if len(outside) else "")]
                if len(outside):
                    shown = outside.loc[:, ["opponent", "recorded", "mean", "p05", "p95"]].copy()
                    shown["mean"] = shown["mean"].map(lambda x: f"{x:.1f}")
                    lines.append(shown.to_string(index=False))
        if len(self.displaced):
            lines += ["", f"rules {DISPLACED_PLACES} or more places from their published rank (by mean rank):"]
            for row in self.displaced.itertuples():
                reason = row.known_reason or "no explanation known"
                lines.append(f"  {row.rule}: published {row.published_rank:.0f}, reproduced {row.mean_rank:.1f}"
                             f" -- {reason}")
        if len(self.pairwise):
            pairs = self.pairwise.copy()
            pairs["mean"] = pairs["mean"].map(lambda x: f"{x:.1f}")
            pairs["published_se"] = pairs["published_se"].map(lambda x: f"{x:.1f}")
            pairs["z"] = pairs["z"].map(lambda x: f"{x:.2f}")
            lines += ["", "pairwise values quoted in the paper (scorer's average against opponent):",
                      pairs.to_string(index=False)]
        if len(self.secondary_rows):
            rows = self.secondary_rows
            lines += ["", "mean absolute difference from the secondary pairwise rows (RSC 2015): "
                      + ", ".join(f"{s} {g['difference'].abs().mean():.1f}" for s, g in rows.groupby("scorer", sort=False))]
        return "\n".join(lines)


def reproduce_spec(spec, seeds: int = 1000, seed: Optional[int] = None, workers: Optional[int] = None,
                   progress: bool = False) -> Reproduction:
    """:func:`reproduce` with the players, format and published reference of a tournament spec."""
    if not spec.reference:
        raise ValueError(f"spec {spec.path or spec.name} names no published results; "
                         f"add reference = \"...\" to its [tournament] table (known: {', '.join(REFERENCES)})")
    settings = dict(spec.settings)
    base_seed = settings.pop("seed", 0) if seed is None else seed
    settings.pop("seed", None)
    turns = settings.pop("turns", None if ("lengths" in settings or "continuation" in settings) else 200)
    return reproduce(spec.players, reference=spec.reference, seeds=seeds, seed=base_seed,
                     repetitions=settings.pop("repetitions", 5), turns=turns,
                     workers=workers, progress=progress, game=spec.game, name=spec.name, **settings)


def reproduce(players: Sequence[Strategy], reference: str = "axelrod_1980_first", seeds: int = 1000,
              seed: int = 0, repetitions: int = 5, turns: Optional[int] = 200, workers: Optional[int] = None,
              progress: bool = False, **settings) -> Reproduction:
    """Play a historical tournament ``seeds`` times and compare it with the published table.

    Parameters
    ----------
    players : the rules, each implementing a published entry (matched by class name).
    reference : which published tournament (see :data:`REFERENCES`).
    seeds : how many reproductions.
    seed : the seed of the whole run.
    repetitions, turns : the historical format (5 and 200 for the first tournament; the second
        gives ``lengths=[63, 77, 151, 156, 308]`` in ``settings`` and ``turns=None``, so each
        reproduction plays each length once).
    settings : further :class:`~axelrod_nl.tournament.Tournament` settings.
    """
    if isinstance(seeds, bool) or not isinstance(seeds, (int, np.integer)) or seeds < 1:
        raise ValueError(f"seeds must be a positive whole number, got {seeds!r}")
    data = published(reference)
    if ("lengths" in settings or "continuation" in settings) and turns == 200:
        turns = None
    tournament = Tournament(list(players), turns=turns, repetitions=repetitions * int(seeds), seed=seed,
                            workers=workers, progress=progress, **settings)
    class_names = [type(p).__name__ for p in players]
    collect = _RowCollector(class_names, getattr(data, "RECORDED_ROWS", {}), tournament.repetitions)
    results = tournament.play(on_block=collect if collect.scorers else None)
    return Reproduction(results=results, reference=data, seeds=int(seeds), repetitions=repetitions,
                        class_names=class_names, row_scores=collect.collected())


class _RowCollector:
    """Keeps, block by block, every game's score of each recorded row's scorer against each opponent."""

    def __init__(self, class_names: list[str], rows: dict, repetitions: int) -> None:
        self.class_names = class_names
        self.scorers = [name for name in rows if name in class_names]
        self.scores = {name: np.zeros((len(class_names), repetitions)) for name in self.scorers}

    def __call__(self, start, stats, pair_a, pair_b, moves) -> None:
        from ..engine.protocol import SCORE_A, SCORE_B

        count = stats.shape[1]
        for name in self.scorers:
            scorer = self.class_names.index(name)
            for side, column, other in ((pair_a, SCORE_A, pair_b), (pair_b, SCORE_B, pair_a)):
                for pair in np.flatnonzero(side == scorer):
                    self.scores[name][other[pair], start:start + count] = stats[pair, :, column]

    def collected(self) -> Optional[dict]:
        if not self.scorers:
            return None
        return {name: (list(self.class_names), self.scores[name]) for name in self.scorers}
