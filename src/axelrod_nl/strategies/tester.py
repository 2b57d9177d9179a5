"""Tester: Axelrod-Python's reading of Axelrod's description of TESTER (second tournament)."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


class SecondByTester(Strategy):
    """Opens with a defection and alternates while unpunished; apologises once and plays tit for tat after the first retaliation.

    It defects on move 1 and cooperates on moves 2 and 3. From then on,
    while the opponent has never defected, it plays the opposite of its own
    previous move (D, C, D, ...). On the move after the opponent's first
    defection it cooperates, an apology, and for the rest of the match it
    plays tit for tat.

    This is the reference library's reading of Axelrod's prose description of
    TESTER, David Gladstein's entry to the second tournament (Axelrod 1980b,
    where it ranked 46th); it is not among the 63 ranked rules of TourExec's
    round two, and :class:`~axelrod_nl.strategies.axelrod_second.SecondByGladstein`
    plays Gladstein's own code. The two make the same moves when no noise is
    played; under noise this class alternates from the move it played last,
    as Axelrod-Python does, where that one counts the moves it chose.

    Names:

    - Second by Tester: Axelrod-Python ``SecondByTester``
    - TESTER: Axelrod (1980), "More Effective Choice in the Prisoner's
      Dilemma", Journal of Conflict Resolution 24(3)
    """

    name = "Second by Tester"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    retaliated = State(doc="1 once the opponent has defected (tit for tat from then on)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return D
        if state[SecondByTester.retaliated] == 1.0:
            return history[OPPONENT, turn - 1]
        if history[OPPONENT, turn - 1] == D:
            state[SecondByTester.retaliated] = 1.0
            return C
        if turn < 3:
            return C
        return 1 - history[OWN, turn - 1]
