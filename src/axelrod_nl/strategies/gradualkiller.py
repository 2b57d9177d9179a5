"""Gradual Killer: a fixed probe that sorts opponents into friends and victims."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class GradualKiller(Strategy):
    """Opens D, D, D, D, D, C, C; then defects for good if the opponent defected on moves 6 and 7, else cooperates.

    The opening provokes a retaliating opponent; one that is still defecting
    when the two cooperations come (its moves 6 and 7) is treated as a
    defector for the rest of the match, any other as a cooperator. It was
    written to stop Gradual from beating tit for tat in a three-player
    tournament.

    Names:

    - Gradual Killer: Axelrod-Python ``GradualKiller``; the PRISON project (1998),
      http://www.lifl.fr/IPD/ipd.frame.html
    """

    name = "Gradual Killer"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 5:
            return D
        if turn < 7:
            return C
        if history[OPPONENT, 5] == D and history[OPPONENT, 6] == D:
            return D
        return C
