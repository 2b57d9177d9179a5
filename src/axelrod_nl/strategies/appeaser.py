"""Appeaser: changes its move whenever the opponent defects."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Appeaser(Strategy):
    """Cooperates first, then switches its move after every defection of the opponent.

    It repeats its own last move while the opponent cooperates, as if that
    move were what the opponent wants, and plays the other move after each
    of the opponent's defections.

    Its move depends on the last round only, but it is classified with
    unbounded memory, as Axelrod-Python classifies it; under noise it
    switches the move as played.

    Names:

    - Appeaser: Axelrod-Python ``Appeaser``, by Jochen Müller
    """

    name = "Appeaser"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        own = history[OWN, turn - 1]
        if history[OPPONENT, turn - 1] == D:
            return C if own == D else D
        return own
