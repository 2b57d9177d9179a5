"""Negation: anti tit for tat with a random opening."""

from __future__ import annotations

from ..engine.protocol import OPPONENT
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Negation(Strategy):
    """Opens with a fair coin, then plays the opposite of the opponent's previous move.

    Names:

    - Negation: Axelrod-Python ``Negation``; from the strategy list of the
      prisoners-dilemma.com competition pages (PD2017 in Axelrod-Python's
      bibliography)
    """

    name = "Negation"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.5)
        return 1 - history[OPPONENT, turn - 1]
