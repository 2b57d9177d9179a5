"""Doubler: answers a defection only from an opponent that cooperates less than twice as often as it defects."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Doubler(Strategy):
    """Cooperates, except after a defection by an opponent with no more than two cooperations per defection.

    It cooperates on the first move. Later it defects when the opponent's
    last move was a defection and the opponent's cooperations so far number
    at most twice its defections; otherwise it cooperates.

    Names:

    - Doubler: Axelrod-Python ``Doubler``; the PRISON project's strategy list
      (LIFL, 1998), as cited by Axelrod-Python
    """

    name = "Doubler"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        defections = ctx[OPPONENT_DEFECTIONS]
        if history[OPPONENT, turn - 1] == D and turn - defections <= 2.0 * defections:
            return D
        return C
