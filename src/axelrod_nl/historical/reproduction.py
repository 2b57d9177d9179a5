"""How well a tournament reproduces a published one, over many seeds.

A reproduction plays the historical tournament ``seeds`` times (as one run of
``seeds x repetitions`` repetitions, cut into consecutive blocks; block k is
reproduction k) and compares each rule's score with the published table: the
mean and 5-95% band of its score over reproductions, its ranks, how often it
wins, the Spearman correlation of the mean scores' order with the published
order, the mean absolute error, and each pairwise value the paper quotes.
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

REFERENCES = ("axelrod_1980_first",)


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
        """Rank correlation of our mean scores with the published scores."""
        known = self.table.dropna(subset=["published_score"])
        return spearman(known["mean_score"], known["published_score"])

    @property
    def mean_absolute_error(self) -> float:
        return float(self.table["error"].abs().mean())

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
        lines = [
            f"{self.seeds} reproductions of {self.repetitions} repetitions each",
            "",
            table.loc[:, ["rank", "rule", "published_rank", "published_score", "mean_score", "p05", "p95",
                          "error", "mean_rank", "best_rank", "worst_rank", "win_share"]].to_string(index=False),
            "",
            f"winner by mean score: {self.winner}",
            f"Spearman correlation with the published scores: {self.spearman:.3f}",
            f"mean absolute error: {self.mean_absolute_error:.1f} points",
        ]
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
    return reproduce(spec.players, reference=spec.reference, seeds=seeds, seed=base_seed,
                     repetitions=settings.pop("repetitions", 5), turns=settings.pop("turns", 200),
                     workers=workers, progress=progress, game=spec.game, name=spec.name, **settings)


def reproduce(players: Sequence[Strategy], reference: str = "axelrod_1980_first", seeds: int = 1000,
              seed: int = 0, repetitions: int = 5, turns: int = 200, workers: Optional[int] = None,
              progress: bool = False, **settings) -> Reproduction:
    """Play a historical tournament ``seeds`` times and compare it with the published table.

    Parameters
    ----------
    players : the rules, each implementing a published entry (matched by class name).
    reference : which published tournament (see :data:`REFERENCES`).
    seeds : how many reproductions.
    seed : the seed of the whole run.
    repetitions, turns : the historical format (5 and 200 for the first tournament).
    settings : further :class:`~axelrod_nl.tournament.Tournament` settings.
    """
    if isinstance(seeds, bool) or not isinstance(seeds, (int, np.integer)) or seeds < 1:
        raise ValueError(f"seeds must be a positive whole number, got {seeds!r}")
    data = published(reference)
    tournament = Tournament(list(players), turns=turns, repetitions=repetitions * int(seeds), seed=seed,
                            workers=workers, progress=progress, **settings)
    results = tournament.play()
    return Reproduction(results=results, reference=data, seeds=int(seeds), repetitions=repetitions,
                        class_names=[type(p).__name__ for p in players])
