"""SelfSteem: a mood that follows a sine wave of period ten."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class SelfSteem(Strategy):
    """Defects, copies, gambles or cooperates as the sine of its move number swings.

    With f = sin(2 pi n / 10) for move n (0 for the first): when f > 0.95 its
    ego is inflated and it defects; when 0.3 < |f| < 0.95 it is rational and
    plays tit for tat; when |f| < 0.3 it plays C or D with equal chances;
    otherwise (f < -0.95, rock bottom) it cooperates. Over each cycle of ten
    moves that gives: random, tit for tat, D, D, tit for tat, random, tit for
    tat, C, C, tit for tat.

    The source also shifts the phase of the wave when the opponent defects,
    without saying how; as in Axelrod-Python, there is no phase shift here.

    Names:

    - SelfSteem: Axelrod-Python ``SelfSteem``; André (2013), as cited by
      Axelrod-Python
    """

    name = "SelfSteem"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        f = math.sin(2.0 * math.pi * turn / 10.0)
        if f > 0.95:
            return D
        if 0.3 < abs(f) < 0.95:
            return history[OPPONENT, turn - 1]
        if -0.3 < f < 0.3:
            return random_choice(rng, 0.5)
        return C
