"""A single match between two players, and its result."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Optional

import numpy as np

from .actions import to_string
from .engine.random import ROLE_LENGTH, geometric_length, new_stream
from . import sizing
from .engine.runner import MatchSettings, WorkItems, run_items
from .game import Game
from .strategy import Strategy
from .validation import as_int64, check_flag, check_length_mode, check_noise, check_seed


def check_player(player, role: str = "player") -> Strategy:
    if isinstance(player, type) and issubclass(player, Strategy):
        raise TypeError(f"{role} {player.__name__} is a class; pass an instance such as {player.__name__}()")
    if not isinstance(player, Strategy):
        raise TypeError(f"{role} must be a Strategy instance, got {player!r}")
    return player


@dataclass(frozen=True)
class MatchResult:
    """The moves of both players and everything derived from them.

    Attributes
    ----------
    players : the two display names.
    moves : int8 array (2, turns), 0 = C and 1 = D; row 0 is player A.
    game : the payoffs used.
    """

    players: tuple[str, str]
    moves: np.ndarray
    game: Game

    @property
    def turns(self) -> int:
        return int(self.moves.shape[1])

    @property
    def moves_a(self) -> str:
        return to_string(self.moves[0])

    @property
    def moves_b(self) -> str:
        return to_string(self.moves[1])

    @cached_property
    def payoffs(self) -> np.ndarray:
        """Per-turn payoffs, float array (2, turns); row 0 is player A's."""
        table = self.game.as_array()
        a, b = self.moves[0].astype(np.int64), self.moves[1].astype(np.int64)
        return np.vstack([table[2 * a + b], table[2 * b + a]])

    @property
    def scores(self) -> tuple[float, float]:
        totals = self.payoffs.sum(axis=1)
        return float(totals[0]), float(totals[1])

    @property
    def cooperations(self) -> tuple[int, int]:
        coop = (self.moves == 0).sum(axis=1)
        return int(coop[0]), int(coop[1])

    @property
    def state_counts(self) -> dict[str, int]:
        """Counts of the outcomes CC, CD, DC, DD from player A's side."""
        codes = 2 * self.moves[0].astype(np.int64) + self.moves[1]
        counts = np.bincount(codes, minlength=4)
        return dict(zip(("CC", "CD", "DC", "DD"), (int(c) for c in counts)))

    @property
    def winner(self) -> Optional[str]:
        """The name of the higher scorer, or None on a tie."""
        a, b = self.scores
        if a == b:
            return None
        return self.players[0] if a > b else self.players[1]

    def __str__(self) -> str:
        a, b = self.scores
        width = max(len(n) for n in self.players)
        return (f"{self.players[0]:<{width}}  {self.moves_a}  {a:g}\n"
                f"{self.players[1]:<{width}}  {self.moves_b}  {b:g}")


_CHECKED_TURNS = 100_000
_CHECKED_PAYOFF = 1e250


class Match:
    """Two players, a length (fixed or probabilistic), noise, payoffs and a seed.

    Parameters
    ----------
    player_a, player_b : strategy instances.
    turns : a fixed number of moves; or
    continuation : the probability ``w`` that the game goes on after each move
        (a geometric length, unknown to the rules).
    noise : probability that each intended move is flipped; both players see the flipped move.
    game : the payoffs (default R, S, T, P = 3, 0, 5, 1).
    seed : the seed of every random draw.
    announce_length : tell the rules the number of turns (fixed length only), as in
        Axelrod's first tournament.
    cycle_detection : stop playing once two deterministic rules with bounded
        windows (:meth:`~axelrod_nl.strategy.Strategy.cycle_window`) repeat a joint
        state, and complete the match from its cycle (without noise and with
        whole-number payoffs only). The moves and scores are those of playing
        every move; False plays every move, to check that or to time it.
    """

    def __init__(self, player_a: Strategy, player_b: Strategy, turns: Optional[int] = None, *,
                 continuation: Optional[float] = None, noise: float = 0.0,
                 game: Optional[Game] = None, seed: int = 0, announce_length: bool = True,
                 cycle_detection: bool = True) -> None:
        self.players = (check_player(player_a, "player_a"), check_player(player_b, "player_b"))
        if turns is None and continuation is None:
            turns = 200
        self.turns, self.continuation = check_length_mode(turns, continuation)
        self.noise = check_noise(noise)
        if game is not None and not isinstance(game, Game):
            raise TypeError(f"game must be a Game, got {game!r}")
        self.game = game or Game()
        self.seed = check_seed(seed)
        self.announce_length = bool(announce_length) and self.turns is not None
        self.cycle_detection = check_flag("cycle_detection", cycle_detection)

    def _length(self) -> int:
        if self.turns is not None:
            return self.turns
        return int(geometric_length(new_stream(self.seed, 0, 1, 0, ROLE_LENGTH), self.continuation))

    def play(self) -> MatchResult:
        if self.turns is None or self.turns > _CHECKED_TURNS or self.game.largest > _CHECKED_PAYOFF:
            # Cheap as these checks are, most matches need neither, and a match takes microseconds.
            sizing.check_scores_finite(self.game.as_array(), sizing.longest_match(self.turns, self.continuation), 1)
            sizing.check_fits(sizing.estimate(2, 1, 1, self.turns, self.continuation, True, True, 1, 1),
                              "this match")
        length = self._length()
        names = (str(self.players[0]), str(self.players[1]))
        items = WorkItems(as_int64([0]), as_int64([1]), as_int64([0]), as_int64([length]))
        settings = MatchSettings(self.seed, self.noise, self.game.as_array(), self.announce_length,
                                 self.cycle_detection)
        _, moves, _ = run_items(self.players, names, items, settings, keep_moves=True)
        return MatchResult(names, moves[0].copy(), self.game)
