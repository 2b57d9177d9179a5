"""Grudges: rules that never forgive a defection."""

from __future__ import annotations

import math

from ..engine.protocol import OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Grudger(Strategy):
    """Cooperates until the opponent defects once, then defects for the rest of the match.

    James W. Friedman's entry in Axelrod's first tournament, where it came 7th
    of 15: it is nice (never the first to defect) but, once provoked, it never
    returns to cooperation. It is the "grim trigger" of repeated-game theory,
    with which Friedman (1971) showed that cooperation can be an equilibrium
    of a supergame.

    It reads the opponent's defection count from the context, so its cost per
    move does not grow with the match.

    Names:

    - Grudger: Axelrod-Python ``Grudger``
    - FRIEDMAN: Axelrod (1980), "Effective Choice in the Prisoner's Dilemma", JCR 24(1)
    - Grim trigger: Friedman (1971), "A non-cooperative equilibrium for
      supergames", Review of Economic Studies 38(1)
    - Spite, Spiteful: Beaufils, Delahaye and Mathieu (1997); Mathieu and
      Delahaye (2015), as listed by Axelrod-Python
    """

    name = "Grudger"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K34R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > 0.0:
            return 1
        return 0
