"""Fingerprints of strategies: Ashlock's Joss-Ann fingerprint and the transitive fingerprint.

An **Ashlock fingerprint** (Ashlock and Kim 2008, "Fingerprinting: visualization
and automatic analysis of prisoner's dilemma strategies", IEEE Transactions on
Evolutionary Computation 12(5); Ashlock, Kim and Ashlock 2010) maps a
strategy to its mean score per move against a family of probes indexed by
(x, y) in the unit square. The probe is the Joss-Ann transformation of TIT
FOR TAT: it cooperates with probability x, defects with probability y and
otherwise plays TIT FOR TAT; where x + y >= 1 it is the Joss-Ann of TIT FOR
TAT's dual (defect first, then the opposite of the other's last move) with
the probabilities 1 - y and 1 - x, as in Axelrod-Python's ``AshlockFingerprint``.
In both halves the probe's chance of cooperating works out to 1 - y on its
first move and after the fingerprinted strategy's C, and x after its D, so
here it is one memory-one rule with the two parameters; its moves have the
same distribution as the reference library's probe.

For a memory-one strategy the fingerprint has a closed form: the two players'
joint last moves are a Markov chain, so the expected mean score over ``turns``
moves is a sum over the chain's distribution at each move
(:func:`memory_one_ashlock_value`); the tests hold the simulated fingerprint
to it.

A **transitive fingerprint** (Axelrod-Python's ``TransitiveFingerprint``,
which fails under numpy 2) is the strategy's cooperation rate at each move
against a range of opponents, by default ``Random(p)`` for p from 0 to 1.

Both are played by the engine in one batch of matches (the strategy against
each probe, ``repetitions`` times), seeded, with the same results on any
number of workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..engine.protocol import OPPONENT, SCORE_A
from ..engine.random import random_choice
from ..engine.rule import rule
from ..engine.runner import MatchSettings, WorkItems, run_items
from ..game import Game
from ..match import check_player
from ..parameters import Probability
from ..strategy import Classifier, Strategy
from ..validation import as_int64, check_positive, check_real, check_whole


class AshlockProbe(Strategy):
    """The Joss-Ann probe of Ashlock's fingerprint at (x, y), as one memory-one rule.

    Cooperates on its first move and after the other player's C with
    probability 1 - y, after the other's D with probability x: the
    distribution of the Joss-Ann of TIT FOR TAT (x + y < 1) and of its dual
    (x + y >= 1), see :mod:`axelrod_nl.analysis.fingerprint`.

    Names:

    - Joss-Ann probe: Ashlock and Kim (2008); Axelrod-Python ``AshlockFingerprint``'s probes
    """

    name = "Ashlock Probe"
    classifier = Classifier(stochastic=True, memory_depth=1)
    x = Probability(default=0.0, doc="chance of cooperating when the probe would defect (Joss-Ann's C)")
    y = Probability(default=0.0, doc="chance of defecting when the probe would cooperate (Joss-Ann's D)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0 or history[OPPONENT, turn - 1] == 0:
            return random_choice(rng, 1.0 - params[AshlockProbe.y])
        return random_choice(rng, params[AshlockProbe.x])


def grid(step: float) -> np.ndarray:
    """The points of the unit square at spacing ``step`` (which must divide 1), rows of (x, y)."""
    step = check_real("step", step)
    if not 0 < step <= 1:
        raise ValueError(f"step must be in (0, 1], got {step}")
    count = round(1.0 / step)
    if count < 1 or abs(count * step - 1.0) > 1e-9:
        raise ValueError(f"step must divide 1 (0.5, 0.25, 0.1, 0.05, 0.01, ...), got {step}")
    axis = np.round(np.linspace(0.0, 1.0, count + 1), 12)
    x, y = np.meshgrid(axis, axis, indexing="xy")
    return np.column_stack([x.ravel(), y.ravel()])


@dataclass
class Fingerprint:
    """A played fingerprint.

    Attributes
    ----------
    strategy : the fingerprinted player's display name.
    kind : "ashlock" or "transitive".
    data : Ashlock: a DataFrame indexed by y (rows) with one column per x, the
        mean score per move; transitive: rows are the opponents, columns the
        moves, the cooperation rate.
    spread : the standard error of each value over the repetitions (same shape).
    turns, repetitions, seed : how it was played.
    """

    strategy: str
    kind: str
    data: pd.DataFrame
    spread: pd.DataFrame
    turns: int
    repetitions: int
    seed: int

    def plot(self):
        """The fingerprint as a heat map (see :func:`axelrod_nl.analysis.plots.fingerprint`)."""
        from .plots import fingerprint

        return fingerprint(self)


def _play(player: Strategy, opponents: Sequence[Strategy], turns: int, repetitions: int, seed: int,
          game: Game, workers: Optional[int], keep_moves: bool):
    players = [player, *opponents]
    n = len(opponents)
    opponent_index = np.repeat(np.arange(1, n + 1), repetitions)
    items = WorkItems(as_int64(np.zeros(n * repetitions)), as_int64(opponent_index),
                      as_int64(np.tile(np.arange(repetitions), n)), as_int64(np.full(n * repetitions, turns)))
    settings = MatchSettings(seed, 0.0, game.as_array(), True)
    names = [str(p) for p in players]
    stats, moves, _ = run_items(players, names, items, settings, keep_moves=keep_moves, workers=workers)
    return stats, moves


def ashlock_fingerprint(player: Strategy, step: float = 0.01, turns: int = 50, repetitions: int = 10,
                        seed: int = 0, game: Optional[Game] = None, workers: Optional[int] = None) -> Fingerprint:
    """Ashlock's fingerprint of ``player``: its mean score per move against the probe at each (x, y).

    Parameters
    ----------
    player : the strategy to fingerprint (an instance).
    step : spacing of the grid on the unit square (must divide 1); 0.01 gives 101 x 101 points.
    turns, repetitions : each point is the mean over ``repetitions`` matches of ``turns``
        moves (Axelrod-Python's defaults, 50 and 10).
    seed : seed of every draw, the probes' and the player's.
    game : the payoffs (default 3, 0, 5, 1).
    workers : threads to play on (default: every core).
    """
    player = check_player(player, "player")
    turns = check_positive("turns", turns)
    repetitions = check_whole("repetitions", repetitions, minimum=1)
    seed = check_whole("seed", seed, minimum=0)
    game = game if game is not None else Game()
    points = grid(step)
    probes = [AshlockProbe(float(x), float(y)) for x, y in points]
    stats, _ = _play(player, probes, turns, repetitions, seed, game, workers, keep_moves=False)
    per_move = stats[:, SCORE_A].reshape(len(points), repetitions) / turns
    mean = per_move.mean(axis=1)
    error = per_move.std(axis=1, ddof=1) / np.sqrt(repetitions) if repetitions > 1 else np.zeros(len(points))
    axis = np.unique(points[:, 0])
    shape = (axis.size, axis.size)
    data = pd.DataFrame(mean.reshape(shape), index=pd.Index(axis, name="y"), columns=pd.Index(axis, name="x"))
    spread = pd.DataFrame(error.reshape(shape), index=data.index, columns=data.columns)
    return Fingerprint(str(player), "ashlock", data, spread, turns, repetitions, seed)


def transitive_fingerprint(player: Strategy, opponents: Optional[Sequence[Strategy]] = None,
                           number_of_opponents: int = 50, turns: int = 50, repetitions: int = 10, seed: int = 0,
                           game: Optional[Game] = None, workers: Optional[int] = None) -> Fingerprint:
    """The cooperation rate of ``player`` at each move against each opponent.

    Parameters
    ----------
    player : the strategy to fingerprint.
    opponents : the opponents (default: ``Random(p)`` for ``number_of_opponents`` values of p
        from 0 to 1, Axelrod-Python's default).
    turns, repetitions, seed, game, workers : as for :func:`ashlock_fingerprint`.
    """
    from ..strategies import Random

    player = check_player(player, "player")
    if opponents is None:
        count = check_whole("number_of_opponents", number_of_opponents, minimum=2)
        opponents = [Random(float(p)) for p in np.linspace(0.0, 1.0, count)]
    else:
        opponents = [check_player(o, "opponent") for o in opponents]
        if not opponents:
            raise ValueError("opponents must name at least one strategy")
    turns = check_positive("turns", turns)
    repetitions = check_whole("repetitions", repetitions, minimum=1)
    seed = check_whole("seed", seed, minimum=0)
    game = game if game is not None else Game()
    _, moves = _play(player, opponents, turns, repetitions, seed, game, workers, keep_moves=True)
    cooperated = (moves[:, 0, :turns] == 0).reshape(len(opponents), repetitions, turns)
    rate = cooperated.mean(axis=1)
    error = (cooperated.std(axis=1, ddof=1) / np.sqrt(repetitions)) if repetitions > 1 else np.zeros_like(rate)
    index = pd.Index([str(o) for o in opponents], name="opponent")
    columns = pd.Index(np.arange(1, turns + 1), name="move")
    return Fingerprint(str(player), "transitive", pd.DataFrame(rate, index=index, columns=columns),
                       pd.DataFrame(error, index=index, columns=columns), turns, repetitions, seed)


def memory_one_ashlock_value(four_vector: Sequence[float], first: float, x: float, y: float, turns: int = 50,
                             game: Optional[Game] = None) -> float:
    """The exact expected mean score per move of a memory-one rule against the probe at (x, y).

    Parameters
    ----------
    four_vector : the rule's chances of cooperating after CC, CD, DC, DD (its own move first).
    first : its chance of cooperating on the first move.
    x, y : the probe's point.
    turns : the match length.
    game : the payoffs (default 3, 0, 5, 1).

    The joint last moves form a Markov chain on CC, CD, DC, DD (the rule's move
    first): the rule cooperates with ``four_vector[state]``, the probe with
    1 - y after the rule's C and x after its D, independently.
    """
    game = game if game is not None else Game()
    p = np.asarray(four_vector, dtype=float)
    if p.shape != (4,) or not ((p >= 0) & (p <= 1)).all():
        raise ValueError(f"four_vector must be four probabilities, got {four_vector!r}")
    turns = check_positive("turns", turns)
    probe = np.array([1 - y, 1 - y, x, x])  # after CC, CD (rule's C), DC, DD (rule's D)

    def joint(own_c: np.ndarray, other_c: np.ndarray) -> np.ndarray:
        return np.stack([own_c * other_c, own_c * (1 - other_c), (1 - own_c) * other_c,
                         (1 - own_c) * (1 - other_c)], axis=-1)

    transition = joint(p, probe)  # row: state now, column: state next
    distribution = joint(np.array(first), np.array(1 - y))
    payoff = np.array([game.R, game.S, game.T, game.P], dtype=float)
    total = 0.0
    for _ in range(turns):
        total += float(distribution @ payoff)
        distribution = distribution @ transition
    return total / turns
