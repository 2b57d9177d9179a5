"""Adaptors: a running score of the last rounds' outcomes decides whether to trust."""

from __future__ import annotations

import math

from numba import njit

from ..engine.protocol import OPPONENT, OWN
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy

_ERROR = 0.01  # the chance of doing the opposite of what the score says


@njit(cache=True, inline="always")
def _adaptor_move(turn, history, state, rng, slot, after_cd, after_dc, after_dd):
    """Add the last round's increment to the score in ``state[slot]`` and draw the move.

    The increment after mutual cooperation is 0 in both trained Adaptors; the
    others are given own move first (``after_cd``: it cooperated, the opponent
    defected). It cooperates with probability ``1 - _ERROR`` while the score
    lies in [-1, 1), else with probability ``_ERROR``.
    """
    if turn > 0:
        own = history[OWN, turn - 1]
        theirs = history[OPPONENT, turn - 1]
        if own == 0:
            if theirs == 1:
                state[slot] += after_cd
        elif theirs == 0:
            state[slot] += after_dc
        else:
            state[slot] += after_dd
    score = state[slot]
    if -1.0 <= score < 1.0:
        return random_choice(rng, 1.0 - _ERROR)
    return random_choice(rng, _ERROR)


class AdaptorBrief(Strategy):
    """An Adaptor whose increments were evolved for short matches: cooperative until exploited.

    An Adaptor keeps one number, its score, 0 at the start; after every
    round it adds an increment that depends on that round's outcome, and it
    cooperates with probability 0.99 while the score lies in [-1, 1) and
    with probability 0.01 outside (a fixed chance of erring either way).
    This one's increments are 0 after (C, C), -1.001505 after (C, D),
    0.992107 after (D, C) and -0.638734 after (D, D), own move first: a
    single sucker's payoff pushes the score just below -1, to defection,
    and a temptation payoff that follows brings it back. The values are
    those Hauert and Stenull found best for brief encounters.

    Names:

    - AdaptorBrief: Axelrod-Python ``AdaptorBrief``; Hauert and Stenull
      (2002), "Simple adaptive strategy wins the prisoner's dilemma",
      Journal of Theoretical Biology 218(3)
    """

    name = "AdaptorBrief"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    score = State(doc="the sum of the increments so far")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _adaptor_move(turn, history, state, rng, AdaptorBrief.score, -1.001505, 0.992107, -0.638734)


class AdaptorLong(Strategy):
    """An Adaptor whose increments were evolved for long matches: mutual defection is what it punishes.

    The same machine as :class:`AdaptorBrief` (a score, 0 at the start, an
    increment added after each round, cooperation with probability 0.99
    while the score lies in [-1, 1) and 0.01 outside), with the increments
    Hauert and Stenull found best for long encounters: 0 after (C, C),
    1.888159 after (C, D), 1.858883 after (D, C) and -0.995703 after (D, D),
    own move first. From 0, an unequal round throws the score above 1, to
    defection, and a mutual defection then brings it back into the
    cooperative band.

    Names:

    - AdaptorLong: Axelrod-Python ``AdaptorLong``; Hauert and Stenull
      (2002), "Simple adaptive strategy wins the prisoner's dilemma",
      Journal of Theoretical Biology 218(3)
    """

    name = "AdaptorLong"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    score = State(doc="the sum of the increments so far")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _adaptor_move(turn, history, state, rng, AdaptorLong.score, 1.888159, 1.858883, -0.995703)
