"""Memory-two rules: the next move depends on the last two rounds."""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN, sequence
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Moves, Probabilities, State
from ..strategy import Classifier, Strategy

_ROUNDS = ("CC", "CD", "DC", "DD")
_LABELS = tuple(f"P(C|{own}, {theirs})" for own in _ROUNDS for theirs in _ROUNDS)


@njit(cache=True, inline="always")
def _last_two_rounds(turn, history):
    """The last two rounds coded 0..15: 8 own[-2] + 4 own[-1] + 2 opponent[-2] + opponent[-1]."""
    return (8 * int(history[OWN, turn - 2]) + 4 * int(history[OWN, turn - 1])
            + 2 * int(history[OPPONENT, turn - 2]) + int(history[OPPONENT, turn - 1]))


def _cooperation_mask(vector) -> int:
    """Bit k set when a deterministic sixteen-vector cooperates after the rounds coded k."""
    return sum(1 << k for k, p in enumerate(vector) if p == 1)


class _InitialPair(Moves):
    """The first two moves, such as "CC"."""

    def check(self, value):
        value = super().check(value)
        if len(value) != 2:
            self._fail(f"must be two moves, got {value!r}")
        return value


def memory_two_depth(vector) -> int:
    """The memory depth of a sixteen-vector, as Axelrod-Python computes it.

    0 when every probability is 0 or every one is 1; 1 when the vector does
    not depend on the round before last; 2 otherwise.
    """
    if all(p == 0 for p in vector) or all(p == 1 for p in vector):
        return 0
    for last in range(4):  # own[-1], opponent[-1]
        own, theirs = divmod(last, 2)
        seen = {vector[8 * x + 4 * own + 2 * y + theirs] for x in (0, 1) for y in (0, 1)}
        if len(seen) > 1:
            return 2
    return 1


class MemoryTwoPlayer(Strategy):
    """Cooperates with a fixed probability that depends only on the last two rounds.

    ``sixteen_vector`` holds ``P(C | I J, K L)`` where ``I, J`` are the
    player's own moves two rounds ago and last round and ``K, L`` the
    opponent's, in the order CC,CC; CC,CD; CC,DC; CC,DD; CD,CC; ... DD,DD
    (the own pair varying slowest). The first two moves are ``initial``
    ("CC" by default). The default vector, all ones, is an unconditional
    cooperator, as in Axelrod-Python (which also warns when no vector is
    given). Probabilities of exactly 0 or 1 draw no random number.

    The classifier follows Axelrod-Python: memory depth 0 when every
    probability is 0 or every one is 1, 1 when the vector ignores the round
    before last, else 2 (the first two moves are not considered).

    Names:

    - Generic Memory Two Player: Axelrod-Python ``MemoryTwoPlayer``
    - Memory two: Hilbe, Martinez-Vaquero, Chatterjee and Nowak (2017),
      "Memory-n strategies of direct reciprocity", PNAS 114(18)
    """

    name = "Generic Memory Two Player"
    classifier = Classifier(stochastic=True, memory_depth=2)
    sixteen_vector = Probabilities(16, default=(1.0,) * 16, labels=_LABELS,
                                   doc="P(C | own two moves, opponent's two moves)")
    initial = _InitialPair(default="CC", doc="the first two moves")

    def classify(self) -> Classifier:
        return Classifier(stochastic=any(0.0 < p < 1.0 for p in self.sixteen_vector),
                          memory_depth=memory_two_depth(self.sixteen_vector))

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return int(sequence(params, MemoryTwoPlayer.initial)[turn])
        return random_choice(rng, params[MemoryTwoPlayer.sixteen_vector + _last_two_rounds(turn, history)])


_AON2 = _cooperation_mask((1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1))
_DELAYED_AON1 = _cooperation_mask((1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1))


class AON2(Strategy):
    """All-or-none of memory two: cooperates when both players made the same moves in the last two rounds.

    It opens C, C and then cooperates exactly after (CC, CC), (CD, CD),
    (DC, DC) and (DD, DD), own pair first: when its own last two moves equal
    the opponent's. Hilbe et al. (2017) designed the AON(k) rules to be
    mutually cooperative, to correct errors within k + 1 rounds and to
    retaliate for k rounds; of the four memory-two vectors they report for
    AON2 this is the one with the highest self-cooperation rate (0.952), as
    in Axelrod-Python.

    Names:

    - AON2: Axelrod-Python ``AON2``; Hilbe, Martinez-Vaquero, Chatterjee and
      Nowak (2017), "Memory-n strategies of direct reciprocity", PNAS 114(18)
    """

    name = "AON2"
    classifier = Classifier(stochastic=False, memory_depth=2)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return C
        if (_AON2 >> _last_two_rounds(turn, history)) & 1:
            return C
        return D


class DelayedAON1(Strategy):
    """Delayed AON1: a memory-two form of win-stay lose-shift that reacts one round late.

    It opens C, C and then cooperates exactly after (CC, CC), (CD, CD),
    (CD, DD), (DD, CD), (DC, DC) and (DD, DD), own pair first. Of the three
    vectors Hilbe et al. (2017) report for it, this is the one with the
    highest self-cooperation rate (0.971), as in Axelrod-Python. AON1 itself
    is win-stay lose-shift.

    Names:

    - Delayed AON1: Axelrod-Python ``DelayedAON1``; Hilbe, Martinez-Vaquero,
      Chatterjee and Nowak (2017)
    """

    name = "Delayed AON1"
    classifier = Classifier(stochastic=False, memory_depth=2)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return C
        if (_DELAYED_AON1 >> _last_two_rounds(turn, history)) & 1:
            return C
        return D


class MEM2(Strategy):
    """Plays tit for tat, tit for two tats or always-defect, choosing among them every two moves.

    It starts as tit for tat. On moves 3, 5, 7, ... it looks at the last two
    rounds: two mutual cooperations make it tit for tat, one CD and one DC
    (in either order) tit for two tats, anything else always-defect. The
    second time it picks always-defect it stops choosing and defects for the
    rest of the match, which makes it infinite-memory, although Li et al.
    call it memory two (as Axelrod-Python notes).

    Names:

    - MEM2: Axelrod-Python ``MEM2``; Li and Kendall (2014), "The effect of
      memory size on the evolutionary stability of strategies in iterated
      prisoner's dilemma", IEEE Transactions on Evolutionary Computation 18(6)
    """

    name = "MEM2"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    mode = State(doc="0 tit for tat, 1 tit for two tats, 2 always defect")
    defections_chosen = State(doc="times always-defect was chosen")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 2 and turn % 2 == 0 and state[MEM2.defections_chosen] < 2.0:
            first = 2 * int(history[OWN, turn - 2]) + int(history[OPPONENT, turn - 2])
            second = 2 * int(history[OWN, turn - 1]) + int(history[OPPONENT, turn - 1])
            if first == 0 and second == 0:
                state[MEM2.mode] = 0.0
            elif first + second == 3 and first * second == 2:  # CD then DC, or DC then CD
                state[MEM2.mode] = 1.0
            else:
                state[MEM2.mode] = 2.0
                state[MEM2.defections_chosen] += 1.0
        mode = state[MEM2.mode]
        if mode == 2.0:
            return D
        if turn == 0:
            return C
        if mode == 0.0:
            return history[OPPONENT, turn - 1]
        if turn >= 2 and history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
            return D
        return C
