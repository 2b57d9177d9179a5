"""ShortMem: majority over the last ten moves, tit for tat when they are close."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class ShortMem(Strategy):
    """Cooperates for eleven moves, then follows a clear majority in the opponent's last ten.

    From move twelve on it counts the opponent's cooperations and defections
    among its last ten moves: three or more cooperations than defections and
    it cooperates, three or more defections than cooperations and it
    defects; otherwise it copies the opponent's last move.

    The source describes the start as "the first 10 moves"; as in
    Axelrod-Python the rule cooperates while the opponent has made at most
    ten moves, so on the first eleven. Ten moves split evenly, so the margin
    is in fact at least four (six against four).

    Names:

    - ShortMem: Axelrod-Python ``ShortMem``; André (2013), as cited by
      Axelrod-Python
    """

    name = "ShortMem"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn <= 10:
            return C
        defections = 0
        for t in range(turn - 10, turn):
            defections += history[OPPONENT, t]
        margin = 10 - 2 * defections  # cooperations minus defections
        if margin >= 3:
            return C
        if margin <= -3:
            return D
        return history[OPPONENT, turn - 1]
