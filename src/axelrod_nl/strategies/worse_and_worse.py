"""Rules whose chance of defecting drifts with the move number (and Better and Better, which drifts the other way)."""

from __future__ import annotations

import math

from ..actions import C
from ..engine.protocol import LENGTH, OPPONENT, OPPONENT_DEFECTIONS
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class WorseAndWorse(Strategy):
    """Defects on move ``k`` (counted from 1) with probability ``k / 1000``.

    It starts almost always cooperating and becomes a defector by move 1000
    (from then on it always defects).

    Names:

    - Worse and Worse: Axelrod-Python ``WorseAndWorse``; the PRISON project (1998)
    """

    name = "Worse and Worse"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return random_choice(rng, 1.0 - (turn + 1) / 1000.0)


class KnowledgeableWorseAndWorse(Strategy):
    """Defects on move ``k`` (counted from 1) with probability ``k / n``, ``n`` the announced length.

    Worse and Worse stretched over the match: its last move is a certain
    defection. When the length is not announced it cooperates (as
    Axelrod-Python's does when told the length is infinite).

    Names:

    - Knowledgeable Worse and Worse: Axelrod-Python ``KnowledgeableWorseAndWorse``;
      original name by Adam Pohl
    """

    name = "Knowledgeable Worse and Worse"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        length = ctx[LENGTH]
        if length <= 0.0:
            return C
        return random_choice(rng, 1.0 - (turn + 1) / length)


class WorseAndWorse2(Strategy):
    """Tit for tat for 20 moves; then, on move ``k`` (from 1), cooperates with probability ``20 / k``.

    Names:

    - Worse and Worse 2: Axelrod-Python ``WorseAndWorse2``; the PRISON project (1998)
    """

    name = "Worse and Worse 2"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn < 20:
            return history[OPPONENT, turn - 1]
        return random_choice(rng, 20.0 / (turn + 1))


class WorseAndWorse3(Strategy):
    """Cooperates first; then defects with probability the opponent's share of defections so far.

    Names:

    - Worse and Worse 3: Axelrod-Python ``WorseAndWorse3``; the PRISON project (1998)
    """

    name = "Worse and Worse 3"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        return random_choice(rng, 1.0 - ctx[OPPONENT_DEFECTIONS] / turn)


class BetterAndBetter(Strategy):
    """Cooperates on move ``k`` (counted from 1) with probability ``k / 1000``.

    The mirror of Worse and Worse: it starts almost always defecting and
    cooperates for good from move 1000.

    Names:

    - Better and Better: Axelrod-Python ``BetterAndBetter``; the PRISON project (1998)
    """

    name = "Better and Better"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return random_choice(rng, (turn + 1) / 1000.0)
