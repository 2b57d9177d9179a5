"""Frequency Analyzer: tit for tat while it tallies what the opponent does after each pair of rounds."""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy

_LEARNING_MOVES = 30  # moves of plain tit for tat before the tallies are used
_THRESHOLD = 0.25


@njit(cache=True, inline="always")
def _two_rounds(history, first):
    """Rounds ``first`` and ``first + 1`` coded 0..15, the opponent's move before its own in each."""
    return (8 * int(history[OPPONENT, first]) + 4 * int(history[OWN, first])
            + 2 * int(history[OPPONENT, first + 1]) + int(history[OWN, first + 1]))


class FrequencyAnalyzer(Strategy):
    """Plays tit for tat while it learns what the opponent does after each pair of rounds, then predicts.

    For each of the 16 possible pairs of consecutive rounds it counts the
    opponent's replies on the round after: from move 7 on, the latest
    opponent move is tallied under the two rounds before it (so the pairs
    that start on rounds 1, 2 and 3 are never tallied). For its first 30 moves, and whenever the last two
    rounds form a pair not yet tallied, it plays tit for tat (C first).
    Otherwise it cooperates if the opponent's cooperations tallied after
    this pair, divided by the number of moves played so far, exceed 0.25,
    and defects if not.

    The divisor is Axelrod-Python's: its docstring describes the ratio as
    one of the pair's tallied replies, but its code divides by the length of
    the match so far, and this class plays as that code does. So once a
    pair has been seen it tends towards defection as the match grows, unless
    the pair recurs often.

    Names:

    - FrequencyAnalyzer: Axelrod-Python ``FrequencyAnalyzer``; FREQ, original by Ian Miller
    """

    name = "FrequencyAnalyzer"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    replies = State(16, doc="the opponent's cooperations tallied after each pair of rounds")
    seen = State(16, doc="how often each pair of rounds has been tallied")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn > 5:
            before = _two_rounds(history, turn - 3)
            state[FrequencyAnalyzer.seen + before] += 1.0
            if history[OPPONENT, turn - 1] == C:
                state[FrequencyAnalyzer.replies + before] += 1.0
        if turn >= _LEARNING_MOVES:
            last = _two_rounds(history, turn - 2)
            if state[FrequencyAnalyzer.seen + last] > 0.0:
                if state[FrequencyAnalyzer.replies + last] / turn > _THRESHOLD:
                    return C
                return D
        return history[OPPONENT, turn - 1]
