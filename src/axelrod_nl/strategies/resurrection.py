"""Resurrection: tit for tat that watches its own last five moves."""

from __future__ import annotations

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Resurrection(Strategy):
    """Tit for tat that keeps defecting once its own last five moves were all defections.

    It cooperates first and copies the opponent's last move, except that
    after five defections of its own in a row it defects regardless; so
    against a rule that answers a run of defections it stays in mutual
    defection.

    Names:

    - Resurrection: Axelrod-Python ``Resurrection``; Eckhart Arnold (2015),
      as cited by Axelrod-Python
    """

    name = "Resurrection"
    classifier = Classifier(stochastic=False, memory_depth=5)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn >= 5:
            run = True
            for t in range(turn - 5, turn):
                if history[OWN, t] == C:
                    run = False
                    break
            if run:
                return D
        return history[OPPONENT, turn - 1]


class DoubleResurrection(Strategy):
    """Tit for tat that breaks any run of five equal moves of its own.

    It cooperates first and copies the opponent's last move, except that
    after five cooperations of its own in a row it defects, and after five
    defections of its own in a row it cooperates.

    Names:

    - DoubleResurrection: Axelrod-Python ``DoubleResurrection``; Eckhart
      Arnold (2015), as cited by Axelrod-Python
    """

    name = "DoubleResurrection"
    classifier = Classifier(stochastic=False, memory_depth=5)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn >= 5:
            first = history[OWN, turn - 5]
            run = True
            for t in range(turn - 4, turn):
                if history[OWN, t] != first:
                    run = False
                    break
            if run:
                return D if first == C else C
        return history[OPPONENT, turn - 1]
