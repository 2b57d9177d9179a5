"""VeryBad: goes with the opponent's majority move."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class VeryBad(Strategy):
    """Cooperates three times, then plays the opponent's more frequent move, and copies it on a tie.

    From move four on it cooperates if more than half of the opponent's moves
    so far were cooperations, defects if fewer than half were, and copies the
    opponent's last move when exactly half were.

    Reading (Axelrod-Python's): the source gives the rule in terms of "the
    probability" of each move without saying which; as in Axelrod-Python it
    is read as the opponent's share of each move so far, and the rule is
    deterministic.

    Names:

    - VeryBad: Axelrod-Python ``VeryBad``; André (2013), as cited by
      Axelrod-Python
    """

    name = "VeryBad"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 3:
            return C
        cooperations = turn - ctx[OPPONENT_DEFECTIONS]
        if 2.0 * cooperations > turn:
            return C
        if 2.0 * cooperations < turn:
            return D
        return history[OPPONENT, turn - 1]
