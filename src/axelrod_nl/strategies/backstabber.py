"""Backstabbers: grudges that forgive three defections and betray at the end of a match."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy
from .titfortat import _in_final_moves


class BackStabber(Strategy):
    """Cooperates until the opponent's fourth defection, then defects; defects on the last two moves.

    The closing defections need the match length: when it is not announced
    the rule is a grudger that tolerates three defections.

    Names:

    - BackStabber: Axelrod-Python ``BackStabber``, by Thomas Campbell
    """

    name = "BackStabber"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if _in_final_moves(turn, ctx, 2):
            return D
        if ctx[OPPONENT_DEFECTIONS] > 3.0:
            return D
        return C


class DoubleCrosser(Strategy):
    """A backstabber that, against an opponent clean for seven moves, plays tit for two tats for a while.

    If the opponent did not defect on any of its first seven moves, then on
    moves 8 to 180 the rule defects only when the opponent's last two moves
    were both defections, and cooperates otherwise. Elsewhere it plays as
    :class:`BackStabber`: it cooperates until the opponent's fourth
    defection and defects from then on. It defects on the last two moves of
    a match of announced length (no end-game defections when the length is
    not announced).

    Names:

    - DoubleCrosser: Axelrod-Python ``DoubleCrosser``
    - Double Crosser: by Thomas Campbell, as listed by Axelrod-Python
    """

    name = "DoubleCrosser"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if _in_final_moves(turn, ctx, 2):
            return D
        if 7 <= turn < 180:
            clean = True
            for t in range(7):
                if history[OPPONENT, t] == D:
                    clean = False
                    break
            if clean:
                if history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
                    return D
                return C
        if ctx[OPPONENT_DEFECTIONS] > 3.0:
            return D
        return C
