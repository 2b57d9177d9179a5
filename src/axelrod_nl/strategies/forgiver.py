"""Forgivers: rules that cooperate while the opponent's defections stay below a tenth of its moves."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Forgiver(Strategy):
    """Cooperates while at most a tenth of the opponent's moves so far were defections.

    Once the opponent's defections exceed a tenth of its moves it defects,
    and it returns to cooperation as soon as enough cooperations bring the
    share back down to a tenth or less. It cooperates on the first move.

    Names:

    - Forgiver: Axelrod-Python ``Forgiver``, by Thomas Campbell
    """

    name = "Forgiver"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > turn / 10.0:
            return D
        return C


class ForgivingTitForTat(Strategy):
    """Cooperates while the opponent defected on at most a tenth of its moves; tit for tat beyond.

    While the opponent's defections are at most a tenth of its moves it
    cooperates whatever the opponent's last move; above that share it copies
    the opponent's last move.

    Names:

    - Forgiving Tit For Tat: Axelrod-Python ``ForgivingTitForTat``, by Thomas Campbell
    """

    name = "Forgiving Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > turn / 10.0:
            return history[OPPONENT, turn - 1]
        return C
