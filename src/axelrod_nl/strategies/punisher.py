"""Punishers: rules whose punishment grows with how often the opponent has defected."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


class Punisher(Strategy):
    """Cooperates; a defection starts a punishment as long as the opponent's share of defections.

    When the opponent defects and no punishment is running, it defects and
    sets the punishment's length to ``floor(20 d / n)``, where ``d`` of the
    opponent's ``n`` moves so far were defections (0 to 20); it then defects
    that many more times whatever the opponent does, and afterwards looks at
    the opponent's last move again. An opponent that rarely defects is thus
    punished briefly, one that defects often for up to 21 moves.

    Names:

    - Punisher: Axelrod-Python ``Punisher``; original name by Geraint Palmer
    """

    name = "Punisher"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    grudging = State(doc="1 while a punishment runs")
    served = State(doc="defections served after the first")
    length = State(doc="defections to serve after the first")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[Punisher.grudging] == 1.0 and state[Punisher.served] >= state[Punisher.length]:
            state[Punisher.grudging] = 0.0
            state[Punisher.served] = 0.0
        if state[Punisher.grudging] == 1.0:
            state[Punisher.served] += 1.0
            return D
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            state[Punisher.length] = math.floor(ctx[OPPONENT_DEFECTIONS] * 20.0 / turn)
            state[Punisher.grudging] = 1.0
            return D
        return C


class InversePunisher(Strategy):
    """Punisher whose punishment grows with the opponent's share of cooperations instead.

    When the opponent defects and no punishment is running, it defects and
    then defects ``floor(20 c / n)`` more times (at least once), where ``c``
    of the opponent's ``n`` moves so far were cooperations: a mostly
    cooperative opponent's defection is punished hardest.

    Names:

    - Inverse Punisher: Axelrod-Python ``InversePunisher``; original name by Geraint Palmer
    """

    name = "Inverse Punisher"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    grudging = State(doc="1 while a punishment runs")
    served = State(doc="defections served after the first")
    length = State(doc="defections to serve after the first")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[InversePunisher.grudging] == 1.0 and state[InversePunisher.served] >= state[InversePunisher.length]:
            state[InversePunisher.grudging] = 0.0
            state[InversePunisher.served] = 0.0
        if state[InversePunisher.grudging] == 1.0:
            state[InversePunisher.served] += 1.0
            return D
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            length = math.floor((turn - ctx[OPPONENT_DEFECTIONS]) * 20.0 / turn)
            state[InversePunisher.length] = max(length, 1.0)
            state[InversePunisher.grudging] = 1.0
            return D
        return C


class LevelPunisher(Strategy):
    """Cooperates for ten moves; then defects whenever more than 20% of the opponent's moves were defections.

    Names:

    - Level Punisher: Axelrod-Python ``LevelPunisher``; Eckhart Arnold's CoopSim
      simulation program (Axelrod-Python's reference Eckhart2015)
    """

    name = "Level Punisher"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 10 and ctx[OPPONENT_DEFECTIONS] / turn > 0.2:
            return D
        return C


class TrickyLevelPunisher(Strategy):
    """Defects when the opponent's share of defections passes a threshold that tightens with time.

    After ``n`` moves (1 <= n), it defects if the share of the opponent's
    moves that were defections exceeds 5% while ``n < 100``, 10% while
    ``n < 50``, 20% while ``n < 10``; from move 101 on it always cooperates.
    Read literally, as Axelrod-Python codes it, the looser thresholds are
    checked first but the 5% one applies to every ``n < 100``, so in effect
    the threshold is 5% for the first hundred moves; the first move is a
    cooperation.

    Names:

    - Tricky Level Punisher: Axelrod-Python ``TrickyLevelPunisher``; Eckhart Arnold's CoopSim
    """

    name = "Tricky Level Punisher"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        share = ctx[OPPONENT_DEFECTIONS] / turn
        if turn < 10 and share > 0.2:
            return D
        if turn < 50 and share > 0.1:
            return D
        if turn < 100 and share > 0.05:
            return D
        return C
