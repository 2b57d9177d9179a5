"""Payoffs of a symmetric 2x2 game, checked to be a prisoner's dilemma by default."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .validation import check_flag


@dataclass(frozen=True)
class Game:
    """The payoff of one move to the row player.

    Parameters
    ----------
    R : reward for mutual cooperation (default 3).
    S : sucker's payoff, cooperating against a defection (default 0).
    T : temptation, defecting against a cooperation (default 5).
    P : punishment for mutual defection (default 1).
    general : accept any finite payoffs (a general symmetric 2x2 game) instead of
        requiring a prisoner's dilemma, ``T > R > P > S`` and ``2R > T + S``.

    The defaults are Axelrod's (1980), Table 1.
    """

    R: float = 3.0
    S: float = 0.0
    T: float = 5.0
    P: float = 1.0
    general: bool = False

    def __post_init__(self) -> None:
        for label in "RSTP":
            value = getattr(self, label)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"payoff {label} must be a number, got {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"payoff {label} must be finite, got {value!r}")
            object.__setattr__(self, label, float(value))
        object.__setattr__(self, "general", check_flag("general", self.general))
        if self.general:
            return
        R, S, T, P = self.R, self.S, self.T, self.P
        if not T > R > P > S:
            raise ValueError(
                f"payoffs R={R:g}, S={S:g}, T={T:g}, P={P:g} are not a prisoner's dilemma: "
                "it needs T > R > P > S (pass general=True for another 2x2 game)"
            )
        if not 2 * R > T + S:
            raise ValueError(
                f"payoffs R={R:g}, S={S:g}, T={T:g}, P={P:g} are not an iterated prisoner's dilemma: "
                "it needs 2R > T + S, or alternating exploitation beats mutual cooperation "
                "(pass general=True for another 2x2 game)"
            )

    @classmethod
    def from_mapping(cls, values: dict) -> "Game":
        """Build a game from a mapping such as a TOML table ``{R = 3, S = 0, ...}``."""
        if not isinstance(values, Mapping):
            raise TypeError(f"payoffs must be a table such as {{R = 3, S = 0, T = 5, P = 1}}, got {values!r}")
        unknown = set(values) - {"R", "S", "T", "P", "general"}
        if unknown:
            raise ValueError(f"unknown payoff keys {sorted(unknown)}; expected R, S, T, P and optionally general")
        return cls(**values)

    @property
    def largest(self) -> float:
        """The largest payoff in size."""
        return max(abs(self.R), abs(self.S), abs(self.T), abs(self.P))

    def as_array(self) -> np.ndarray:
        """Payoffs in the engine's order ``[R, S, T, P]``, indexed by ``2 * own + opponent``."""
        return np.array([self.R, self.S, self.T, self.P], dtype=np.float64)

    def scores(self, own: int, opponent: int) -> tuple[float, float]:
        """Payoffs ``(own, opponent)`` for one move, actions as 0 (C) and 1 (D)."""
        table = self.as_array()
        return float(table[2 * own + opponent]), float(table[2 * opponent + own])
