"""Grumpy: a mood that sours with the opponent's defections and sweetens with its cooperations."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..parameters import Count, Parameter, State
from ..strategy import Classifier, Strategy

_MOODS = ("Nice", "Grumpy")


class _Mood(Parameter):
    """The mood it starts in, "Nice" or "Grumpy" (encoded as 0 or 1)."""

    def check(self, value):
        if not isinstance(value, str):
            self._fail(f"must be 'Nice' or 'Grumpy', got {value!r}", TypeError)
        if value not in _MOODS:
            self._fail(f"must be 'Nice' or 'Grumpy', got {value!r}")
        return value

    def encode(self, value, values):
        return [float(_MOODS.index(value))]


class Grumpy(Strategy):
    """Nice until the opponent's defections outnumber its cooperations by more than a threshold.

    Its grumpiness is the opponent's defections minus its cooperations so
    far. A nice Grumpy cooperates, and turns grumpy (and defects) when the
    grumpiness exceeds ``grumpy_threshold``; a grumpy one defects, and turns
    nice (and cooperates) when the grumpiness falls below
    ``nice_threshold``. With the default thresholds 10 and -10 the gap
    between them makes it slow to change its mind either way.

    Names:

    - Grumpy: Axelrod-Python ``Grumpy``, by Jason Young
    """

    name = "Grumpy"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    starting_state = _Mood(default="Nice", doc="'Nice' or 'Grumpy'")
    grumpy_threshold = Count(default=10, minimum=None, doc="grumpiness above which it turns grumpy")
    nice_threshold = Count(default=-10, minimum=None, doc="grumpiness below which it turns nice")
    grumpy = State(doc="1 while grumpy")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[Grumpy.grumpy] = params[Grumpy.starting_state]
        grumpiness = 2.0 * ctx[OPPONENT_DEFECTIONS] - turn
        if state[Grumpy.grumpy] == 0.0:
            if grumpiness > params[Grumpy.grumpy_threshold]:
                state[Grumpy.grumpy] = 1.0
                return D
            return C
        if grumpiness < params[Grumpy.nice_threshold]:
            state[Grumpy.grumpy] = 0.0
            return C
        return D
