"""Probers: rules that test the opponent with an early defection."""

from __future__ import annotations

import math

from ..engine.protocol import OPPONENT
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Prober(Strategy):
    """Opens D, C, C; exploits an opponent that did not retaliate, else plays tit for tat.

    The opening defection is a probe. If the opponent cooperated on both the
    second and the third move, that is, it let the probe pass without
    retaliating, Prober defects for the rest of the match. Otherwise it plays
    tit for tat from the fourth move on (copying the opponent's previous move).

    Only the opponent's moves two and three are looked at, as in
    Axelrod-Python: move two is its answer to the probe and move three its
    answer to the first cooperation; its first move, made before it saw the
    probe, does not count.

    Names:

    - Prober: Axelrod-Python ``Prober``; Li, Hingston and Kendall (2011),
      "Engineering design of strategies for winning iterated prisoner's
      dilemma competitions", IEEE TCIAIG 3(4); also in Mathieu and Delahaye's
      catalogue of classic rules
    """

    name = "Prober"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 1
        if turn < 3:
            return 0
        if history[OPPONENT, 1] == 0 and history[OPPONENT, 2] == 0:
            return 1
        return history[OPPONENT, turn - 1]
