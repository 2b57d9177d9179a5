"""Average copiers: cooperate as often as the opponent has."""

from __future__ import annotations

import math

from ..actions import C
from ..engine.protocol import OPPONENT_DEFECTIONS
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class AverageCopier(Strategy):
    """Cooperates with probability equal to the opponent's share of cooperations so far.

    Its first move is C or D with equal chances. Against an opponent that has
    only cooperated (or only defected) it is certain to cooperate (defect).

    Names:

    - Average Copier: Axelrod-Python ``AverageCopier``, by Geraint Palmer
    """

    name = "Average Copier"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.5)
        return random_choice(rng, (turn - ctx[OPPONENT_DEFECTIONS]) / turn)


class NiceAverageCopier(Strategy):
    """Average copier that cooperates on the first move.

    Afterwards it cooperates with probability equal to the opponent's share
    of cooperations so far.

    Names:

    - Nice Average Copier: Axelrod-Python ``NiceAverageCopier``, by Owen
      Campbell (its docstring names it "Average Copier")
    """

    name = "Nice Average Copier"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        return random_choice(rng, (turn - ctx[OPPONENT_DEFECTIONS]) / turn)
