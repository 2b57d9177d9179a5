"""Adaptive: try both moves, then keep playing the one that has scored more."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN, sequence
from ..engine.rule import rule
from ..parameters import Moves, State
from ..strategy import Classifier, Strategy
from .bush_mosteller import own_payoff


class Adaptive(Strategy):
    """Plays a fixed opening (six C, five D), then whichever move has earned it more points in total.

    It adds the payoff of every round to the move it played in it. After the
    opening it cooperates if its cooperations have brought it more points in
    total than its defections, and defects otherwise (also on a tie). The
    totals are sums, not averages, although the source describes the move
    that "has worked best".

    Parameters
    ----------
    initial_plays : the opening, "CCCCCCDDDDD" by default.

    Names:

    - Adaptive: Axelrod-Python ``Adaptive``; Li, Hingston and Kendall (2011),
      "Engineering design of strategies for winning iterated prisoner's
      dilemma competitions", IEEE TCIAIG 3(4)
    """

    name = "Adaptive"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    initial_plays = Moves(default="CCCCCCDDDDD", doc="the opening moves")
    scores = State(size=2, doc="points earned by C and by D")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 0:
            own = history[OWN, turn - 1]
            state[Adaptive.scores + own] += own_payoff(ctx, own, history[OPPONENT, turn - 1])
        opening = sequence(params, Adaptive.initial_plays)
        if turn < opening.shape[0]:
            return int(opening[turn])
        if state[Adaptive.scores] > state[Adaptive.scores + 1]:
            return C
        return D
