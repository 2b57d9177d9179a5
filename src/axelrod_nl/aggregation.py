"""Streaming aggregation: what a tournament keeps of its matches, block by block.

A tournament is played in blocks of repetitions. Each block's per-match
statistics (pairs, repetitions in the block, columns of
:mod:`axelrod_nl.engine.protocol`) are folded into an :class:`Aggregates`
and dropped, so memory does not grow with the number of repetitions beyond
the per-(player, repetition) scores that medians and score distributions need.

Kept per pairing: the sum of every statistic, the mean and the sum of squared
deviations of both sides' scores and of the twins' mean (merged across blocks
with Chan, Golub and LeVeque's update, so the variance of a deterministic pair
stays exactly zero), repetitions won by each side, and the "good partner"
counts (repetitions in which each side cooperated at least as often as the
other). Kept per player and repetition: the score per match, the moves and the
wins. Kept overall: the histogram of match lengths.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np

from .engine import protocol

# Sides of a pairing whose score spread is kept: a's score, b's score, the twins' mean.
SPREAD_A, SPREAD_B, SPREAD_TWINS = range(3)


@dataclass
class Aggregates:
    """Running sums of a tournament; see the module notes.

    Attributes
    ----------
    pair_a, pair_b : player indices of each pairing.
    n_players : number of players.
    capacity : repetitions the per-player arrays have room for.
    repetitions : repetitions folded in so far.
    pair_sums : (pairs, N_STATS), each statistic summed over repetitions.
    score_mean, score_m2 : (pairs, 3), mean and sum of squared deviations of
        a's score, b's score and their mean, over repetitions.
    pair_wins : (pairs, 2), repetitions won (strictly higher score) by a and by b.
    pair_good : (pairs, 2), repetitions in which a (b) cooperated at least as often as b (a).
    player_scores : (players, repetitions), score summed over a player's matches
        (a twin match counts half for each twin, so it counts once).
    player_turns : (players, repetitions), moves summed the same way.
    player_wins : (players, repetitions), matches won (self-play never counts).
    length_counts : number of matches of each length (index = length).
    """

    pair_a: np.ndarray
    pair_b: np.ndarray
    n_players: int
    capacity: int = 0
    repetitions: int = 0
    pair_sums: np.ndarray = field(default=None)
    score_mean: np.ndarray = field(default=None)
    score_m2: np.ndarray = field(default=None)
    pair_wins: np.ndarray = field(default=None)
    pair_good: np.ndarray = field(default=None)
    player_scores: np.ndarray = field(default=None)
    player_turns: np.ndarray = field(default=None)
    player_wins: np.ndarray = field(default=None)
    length_counts: np.ndarray = field(default=None)

    def __post_init__(self) -> None:
        pairs = self.pair_a.shape[0]
        defaults = {
            "pair_sums": np.zeros((pairs, protocol.N_STATS)), "score_mean": np.zeros((pairs, 3)),
            "score_m2": np.zeros((pairs, 3)), "pair_wins": np.zeros((pairs, 2)), "pair_good": np.zeros((pairs, 2)),
            "player_scores": np.zeros((self.n_players, self.capacity)),
            "player_turns": np.zeros((self.n_players, self.capacity)),
            "player_wins": np.zeros((self.n_players, self.capacity)), "length_counts": np.zeros(0, dtype=np.int64),
        }
        for name, value in defaults.items():
            if getattr(self, name) is None:
                setattr(self, name, value)

    @classmethod
    def of(cls, stats: np.ndarray, pair_a: np.ndarray, pair_b: np.ndarray, n_players: int) -> "Aggregates":
        """The aggregates of a whole (pairs, repetitions, N_STATS) array at once."""
        aggregates = cls(pair_a, pair_b, n_players, capacity=stats.shape[1])
        aggregates.add(stats)
        return aggregates

    def add(self, block: np.ndarray) -> None:
        """Fold in the next repetitions: ``block`` is (pairs, repetitions in the block, N_STATS)."""
        n = block.shape[1]
        if n == 0:
            return
        if self.repetitions + n > self.capacity:
            raise ValueError(f"room for {self.capacity} repetitions, {self.repetitions + n} given")
        here = slice(self.repetitions, self.repetitions + n)
        score_a = block[:, :, protocol.SCORE_A]
        score_b = block[:, :, protocol.SCORE_B]
        self.pair_sums += block.sum(axis=1)
        self._merge_spread(np.stack([score_a, score_b, (score_a + score_b) / 2], axis=2))
        self.pair_wins[:, 0] += (score_a > score_b).sum(axis=1)
        self.pair_wins[:, 1] += (score_b > score_a).sum(axis=1)
        coop_a = block[:, :, protocol.COOP_A]
        coop_b = block[:, :, protocol.COOP_B]
        self.pair_good[:, 0] += (coop_a >= coop_b).sum(axis=1)
        self.pair_good[:, 1] += (coop_b >= coop_a).sum(axis=1)

        twins = self.pair_a == self.pair_b
        half = np.where(twins, 0.5, 1.0)[:, None]
        distinct = (~twins)[:, None]
        self.player_scores[:, here] = self._per_player(half * score_a, half * score_b)
        turns = block[:, :, protocol.TURNS]
        self.player_turns[:, here] = self._per_player(half * turns, half * turns)
        self.player_wins[:, here] = self._per_player((score_a > score_b) * distinct, (score_b > score_a) * distinct)

        lengths = np.bincount(turns.astype(np.int64).ravel())
        if lengths.size > self.length_counts.size:
            lengths[: self.length_counts.size] += self.length_counts
            self.length_counts = lengths
        else:
            self.length_counts[: lengths.size] += lengths
        self.repetitions += n

    def _per_player(self, own: np.ndarray, other: np.ndarray) -> np.ndarray:
        total = np.zeros((self.n_players, own.shape[1]))
        _add_rows(total, self.pair_a, own)
        _add_rows(total, self.pair_b, other)
        return total

    def _merge_spread(self, values: np.ndarray) -> None:
        """Chan et al.'s pairwise update of mean and M2 with a block of (pairs, n, 3) values."""
        n_old, n_new = self.repetitions, values.shape[1]
        block_mean = values.mean(axis=1)
        block_m2 = ((values - block_mean[:, None, :]) ** 2).sum(axis=1)
        total = n_old + n_new
        delta = block_mean - self.score_mean
        self.score_mean = self.score_mean + delta * (n_new / total)
        self.score_m2 = self.score_m2 + block_m2 + delta ** 2 * (n_old * n_new / total)

    def as_arrays(self) -> dict[str, np.ndarray]:
        """Every field as an array, for saving."""
        return {f.name: np.asarray(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_arrays(cls, arrays: dict) -> "Aggregates":
        values = {f.name: arrays[f.name] for f in fields(cls)}
        for name in ("n_players", "capacity", "repetitions"):
            values[name] = int(values[name])
        return cls(**values)


def _add_rows(total: np.ndarray, index: np.ndarray, values: np.ndarray) -> None:
    """``total[index[k]] += values[k]`` for every k, as ``np.add.at`` but by sorted runs (ten times faster).

    The values are whole numbers and halves, so the order of the additions cannot change a sum.
    """
    if index.size == 0:
        return
    order = np.argsort(index, kind="stable")
    keys = index[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    total[keys[starts]] += np.add.reduceat(values[order], starts, axis=0)
