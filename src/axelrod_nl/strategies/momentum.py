"""Momentum: trust as an exponentially weighted average of the opponent's cooperation."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.rule import rule
from ..parameters import Number, State
from ..strategy import Classifier, Strategy


class Momentum(Strategy):
    """Cooperates while an exponentially weighted average of the opponent's cooperations stays above a threshold.

    Its momentum starts at 1. After each round it becomes
    ``alpha * momentum + (1 - alpha) * x``, ``x`` 1 if the opponent
    cooperated and 0 if it defected, like the velocity of the momentum
    method of gradient descent; it cooperates on the first move and then
    whenever the momentum is at least ``threshold``. With the default
    values, found by a genetic algorithm, a single defection from full trust
    brings the momentum to 0.9915, above the threshold 0.9677, and four in
    a row to about 0.966, below it. A cooperation moves the momentum up by
    ``1 - alpha`` times its distance from 1 and a defection down by
    ``1 - alpha`` times the momentum, so near full trust one defection takes
    many cooperations to repair.

    Parameters
    ----------
    alpha : how much of the momentum carries over each round, in [0, 1].
    threshold : the momentum needed to cooperate.

    Names:

    - Momentum: Axelrod-Python ``Momentum``; original name by Dong Won Moon
    """

    name = "Momentum"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    alpha = Number(default=0.9914655399877477, minimum=0.0, maximum=1.0, doc="decay of the momentum")
    threshold = Number(default=0.9676595613724907, doc="the momentum needed to cooperate")
    momentum = State(doc="the current momentum")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[Momentum.momentum] = 1.0
            return C
        alpha = params[Momentum.alpha]
        seen = 1.0 if history[OPPONENT, turn - 1] == C else 0.0
        state[Momentum.momentum] = alpha * state[Momentum.momentum] + (1.0 - alpha) * seen
        return C if state[Momentum.momentum] >= params[Momentum.threshold] else D
