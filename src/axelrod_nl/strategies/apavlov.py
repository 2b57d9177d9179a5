"""Adaptive Pavlov: rules that classify the opponent every six moves and answer the class."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy

# Opponent classes, as state values (0: not classified yet).
_COOPERATIVE, _ALLD, _STFT, _PAVLOV_D, _RANDOM = 1.0, 2.0, 3.0, 4.0, 5.0


class APavlov2006(Strategy):
    """Tit for tat for six moves, then classifies the opponent every six moves and plays against the class.

    On moves 7, 13, 19, ... it reads the opponent's last six moves: CCCCCC
    makes it "cooperative", DDDDDD "always defect", DCDCDC "suspicious tit for
    tat", DDCDDC "Pavlov opening with D"; another pattern leaves the earlier
    class in place, and at the first classification makes it "random". It
    then plays, until the next classification: tit for tat against a
    cooperative opponent; D against always-defect and random ones; against
    suspicious tit for tat, C on the first two moves of each six and tit for
    tat on the rest; against Pavlov-D, D on the first move of each six and C
    on the others.

    Names:

    - Adaptive Pavlov 2006: Axelrod-Python ``APavlov2006``; Li (2007), "How to
      design a strategy to win an IPD tournament", in The Iterated Prisoners'
      Dilemma: 20 Years On
    """

    name = "Adaptive Pavlov 2006"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    opponent_class = State(doc="0 not yet, 1 cooperative, 2 ALLD, 3 STFT, 4 Pavlov-D, 5 random")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 6:
            return C if turn == 0 else history[OPPONENT, turn - 1]
        phase = turn % 6
        if phase == 0:
            pattern = 0
            for t in range(turn - 6, turn):
                pattern = 2 * pattern + int(history[OPPONENT, t])
            if pattern == 0:
                state[APavlov2006.opponent_class] = _COOPERATIVE
            elif pattern == 63:
                state[APavlov2006.opponent_class] = _ALLD
            elif pattern == 0b101010:
                state[APavlov2006.opponent_class] = _STFT
            elif pattern == 0b110110:
                state[APavlov2006.opponent_class] = _PAVLOV_D
            elif state[APavlov2006.opponent_class] == 0.0:
                state[APavlov2006.opponent_class] = _RANDOM
        kind = state[APavlov2006.opponent_class]
        if kind == _RANDOM or kind == _ALLD:
            return D
        if kind == _STFT:
            if phase < 2:
                return C
            return history[OPPONENT, turn - 1]
        if kind == _PAVLOV_D:
            return D if phase == 0 else C
        return history[OPPONENT, turn - 1]


class APavlov2011(Strategy):
    """Tit for tat for six moves, then classifies the opponent every six moves by its defections.

    On moves 7, 13, 19, ... it counts the opponent's defections among its last
    six moves: none makes it "cooperative", three "suspicious tit for tat",
    four or more "always defect"; one or two leave the earlier class in place,
    and at the first classification make it "random". Until the next
    classification it plays tit for tat against a cooperative opponent, tit
    for two tats against suspicious tit for tat, and D against the others.

    Names:

    - Adaptive Pavlov 2011: Axelrod-Python ``APavlov2011``; Li, Hingston and
      Kendall (2011), "Engineering design of strategies for winning iterated
      prisoner's dilemma competitions", IEEE TCIAIG 3(4)
    """

    name = "Adaptive Pavlov 2011"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    opponent_class = State(doc="0 not yet, 1 cooperative, 2 ALLD, 3 STFT, 5 random")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 6:
            return C if turn == 0 else history[OPPONENT, turn - 1]
        if turn % 6 == 0:
            defections = 0
            for t in range(turn - 6, turn):
                defections += int(history[OPPONENT, t])
            if defections == 0:
                state[APavlov2011.opponent_class] = _COOPERATIVE
            elif defections >= 4:
                state[APavlov2011.opponent_class] = _ALLD
            elif defections == 3:
                state[APavlov2011.opponent_class] = _STFT
            elif state[APavlov2011.opponent_class] == 0.0:
                state[APavlov2011.opponent_class] = _RANDOM
        kind = state[APavlov2011.opponent_class]
        if kind == _STFT:
            if history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
                return D
            return C
        if kind == _COOPERATIVE:
            return history[OPPONENT, turn - 1]
        return D
