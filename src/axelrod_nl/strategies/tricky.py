"""Tricky rules: a cooperator and a defector that each break their habit when it seems to pay."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class TrickyCooperator(Strategy):
    """Cooperates, but defects from move four on whenever the opponent's last ten moves were all cooperations.

    On its first three moves it cooperates; afterwards it defects against an
    opponent that cooperated on each of its last ten moves (or on all of
    them, before it has made ten), and cooperates otherwise. Against an
    unconditional cooperator it defects from move four on.

    Names:

    - Tricky Cooperator: Axelrod-Python ``TrickyCooperator``, by Karol Langner
    """

    name = "Tricky Cooperator"
    classifier = Classifier(stochastic=False, memory_depth=10)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 3:
            return C
        start = turn - 10 if turn > 10 else 0
        for t in range(start, turn):
            if history[OPPONENT, t] == D:
                return C
        return D


class TrickyDefector(Strategy):
    """Defects, but cooperates when an opponent that once cooperated has defected three times in a row.

    The cooperation is bait: it comes only after the opponent's last three
    moves were defections and if the opponent cooperated at least once
    before; otherwise the rule defects.

    Names:

    - Tricky Defector: Axelrod-Python ``TrickyDefector``, by Karol Langner
    """

    name = "Tricky Defector"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 3 or ctx[OPPONENT_DEFECTIONS] == turn:
            return D
        for t in range(turn - 3, turn):
            if history[OPPONENT, t] == C:
                return D
        return C
