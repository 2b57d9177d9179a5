"""Stalker: a rule driven only by its own average score."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OWN_SCORE, PUNISHMENT, REWARD
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy
from .titfortat import _in_final_moves


class Stalker(Strategy):
    """Steers its average score per move between the punishment and the reward, and defects last.

    It cooperates on the first move. Afterwards, with a its own score per
    move so far, R the reward and P the punishment: above R it defects
    strictly between (R + P) / 2 and R it cooperates; failing those, above
    2 it cooperates and strictly between 1 and 2 it defects; in every other
    case (with the usual payoffs: a at most 1, or exactly 2) it plays C or D
    with equal chances. It defects on the last move of a match
    of announced length; when the length is not announced there is no
    end-game defection.

    The thresholds 1 and 2 are fixed numbers, as in Axelrod-Python, whatever
    the payoffs (they sit between P and R for the usual 3, 0, 5, 1).

    Names:

    - Stalker: Axelrod-Python ``Stalker``; André (2013), as cited by
      Axelrod-Python
    """

    name = "Stalker"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=True, uses_payoffs=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            move = C
        else:
            average = ctx[OWN_SCORE] / turn
            reward = ctx[REWARD]
            wish = (reward + ctx[PUNISHMENT]) / 2.0
            if average > reward:
                move = D
            elif wish < average < reward:
                move = C
            elif average > 2.0:
                move = C
            elif 1.0 < average < 2.0:
                move = D
            else:
                move = random_choice(rng, 0.5)
        if _in_final_moves(turn, ctx, 1):
            return D
        return move
