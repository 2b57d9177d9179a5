"""Handshake: a secret opening that tells a twin from a stranger."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, sequence
from ..engine.rule import rule
from ..parameters import Moves, State
from ..strategy import Classifier, Strategy


class Handshake(Strategy):
    """Opens with a fixed handshake (C, D), then cooperates for good with an opponent that gave it too.

    After playing its handshake, it compares the opponent's first moves with
    it: if they are the same, it cooperates for the rest of the match, and
    otherwise it defects for the rest of the match. Two Handshakes therefore
    cooperate after the opening, and the handshake costs one mutual
    defection.

    The verdict is reached once, right after the handshake, and kept in the
    rule's state.

    Names:

    - Handshake: Axelrod-Python ``Handshake``; Robson (1990), "Efficient
      evolution of cooperation in the repeated prisoner's dilemma: a
      secret handshake", Journal of Theoretical Biology 142, as cited by
      Axelrod-Python
    """

    name = "Handshake"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    initial_plays = Moves(default="CD", doc="the handshake, played first and expected from the opponent")
    verdict = State(doc="0 until the handshake is over, then 1 for a twin and 2 for a stranger")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        handshake = sequence(params, Handshake.initial_plays)
        length = handshake.shape[0]
        if turn < length:
            return int(handshake[turn])
        if state[Handshake.verdict] == 0.0:
            state[Handshake.verdict] = 1.0
            for t in range(length):
                if history[OPPONENT, t] != handshake[t]:
                    state[Handshake.verdict] = 2.0
                    break
        return C if state[Handshake.verdict] == 1.0 else D
