"""Calculator: watches for a cycle in the opponent's first twenty moves."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


class Calculator(Strategy):
    """Plays Joss for twenty moves; then defects for good against a periodic opponent, else tit for tat.

    On its first twenty moves it plays as JOSS (:class:`FirstByJoss`, with
    its probability 0.9): it cooperates first, defects after a defection and
    cooperates nine times in ten after a cooperation. On move 21 it looks
    for a cycle in the opponent's twenty moves: a period of 1 to 10 moves
    that the whole sequence repeats from its start (the last repetition may
    be cut short). If there is one, it defects for the rest of the match;
    otherwise it plays tit for tat.

    The cycle test is Axelrod-Python's (its ``detect_cycle`` on the
    opponent's history, periods up to half its length); it is made once
    and kept in the rule's state.

    Names:

    - Calculator: Axelrod-Python ``Calculator``; the PRISON project's
      strategy list (LIFL, 1998), as cited by Axelrod-Python
    """

    name = "Calculator"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    periodic = State(doc="1 if the opponent's first twenty moves were found periodic")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn < 20:
            if history[OPPONENT, turn - 1] == D:
                return D
            return random_choice(rng, 0.9)
        if turn == 20:
            for period in range(1, 11):
                repeats = True
                for t in range(period, 20):
                    if history[OPPONENT, t] != history[OPPONENT, t % period]:
                        repeats = False
                        break
                if repeats:
                    state[Calculator.periodic] = 1.0
                    break
        if state[Calculator.periodic] > 0.0:
            return D
        return history[OPPONENT, turn - 1]
