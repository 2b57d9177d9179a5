"""Inverse: a defection is answered with a probability that fades with time."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


class Inverse(Strategy):
    """Defects with probability one over the number of moves since the opponent last defected.

    It cooperates while the opponent has never defected. Otherwise, if the
    opponent's latest defection was k moves ago (k = 1 for its last move),
    it defects with probability 1/k: always right after a defection, half
    the time one move later, and ever more rarely as the defection recedes.

    It keeps the move of the latest defection in its state, so a move costs
    the same however long ago that was.

    Names:

    - Inverse: Axelrod-Python ``Inverse``, by Karol Langner
    """

    name = "Inverse"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    latest = State(doc="1 + the move of the opponent's latest defection; 0 if none")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            state[Inverse.latest] = turn
        if state[Inverse.latest] == 0.0:
            return C
        ago = turn + 1.0 - state[Inverse.latest]
        return random_choice(rng, 1.0 - 1.0 / ago)
