"""Hunters: rules that watch for one kind of opponent and defect against it once found."""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS, OWN, OWN_DEFECTIONS
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


@njit(cache=True)
def _has_cycle(history, start, stop, shortest, longest):
    """Whether the opponent's moves ``start .. stop - 1`` repeat one block of ``shortest`` to ``longest`` moves.

    A block is tried only if it fits at least twice; the moves must be the
    block repeated, the last repetition possibly cut short (Axelrod-Python's
    ``detect_cycle``).
    """
    size = stop - start
    for period in range(shortest, min(size // 2, longest) + 1):
        repeats = True
        for t in range(start + period, stop):
            if history[OPPONENT, t] != history[OPPONENT, t - period]:
                repeats = False
                break
        if repeats:
            return True
    return False


class DefectorHunter(Strategy):
    """Cooperates, but from the fifth move on defects while the opponent has defected on every move.

    Names:

    - Defector Hunter: Axelrod-Python ``DefectorHunter``; original name by Karol Langner
    """

    name = "Defector Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 4 and ctx[OPPONENT_DEFECTIONS] == turn:
            return D
        return C


class CooperatorHunter(Strategy):
    """Cooperates, but from the fifth move on defects while the opponent has cooperated on every move.

    Names:

    - Cooperator Hunter: Axelrod-Python ``CooperatorHunter``; original name by Karol Langner
    """

    name = "Cooperator Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 4 and ctx[OPPONENT_DEFECTIONS] == 0.0:
            return D
        return C


class AlternatorHunter(Strategy):
    """Cooperates for six moves; defects for good if the opponent alternated on all six, else cooperates.

    The verdict is taken once, on the seventh move, from the opponent's first
    six moves; later moves do not change it.

    Names:

    - Alternator Hunter: Axelrod-Python ``AlternatorHunter``; original name by Karol Langner
    """

    name = "Alternator Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    found = State(doc="1 if the opponent's first six moves alternated")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 6:
            return C
        if turn == 6:
            alternates = True
            for t in range(1, 6):
                if history[OPPONENT, t] == history[OPPONENT, t - 1]:
                    alternates = False
            state[AlternatorHunter.found] = 1.0 if alternates else 0.0
        if state[AlternatorHunter.found] == 1.0:
            return D
        return C


class CycleHunter(Strategy):
    """Cooperates until the opponent's moves so far are a cycle of 3 to 12 moves, then defects for good.

    On each move it checks whether the opponent's whole history repeats a
    block of 3 to 12 moves (seen at least twice); a constant history does
    not count. Once a cycle is found it defects for the rest of the match.

    Names:

    - Cycle Hunter: Axelrod-Python ``CycleHunter``; original name by Marc Harper
    """

    name = "Cycle Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    found = State(doc="1 once a cycle was found")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[CycleHunter.found] == 1.0:
            return D
        defections = ctx[OPPONENT_DEFECTIONS]
        if defections == 0.0 or defections == turn:
            return C
        if _has_cycle(history, 0, turn, 3, 12):
            state[CycleHunter.found] = 1.0
            return D
        return C


class EventualCycleHunter(Strategy):
    """Cycle Hunter that ignores the opponent's first ten moves and looks again every ten moves.

    It cooperates for ten moves, and whenever the opponent has cooperated on
    every move so far. On moves 11, 21, 31, ... (unless the opponent has only
    cooperated) it checks whether the opponent's moves after the tenth
    repeat a block of 3 to 12 moves, a constant run included, and until the
    next check it defects if they did and cooperates if not.

    Names:

    - Eventual Cycle Hunter: Axelrod-Python ``EventualCycleHunter``; original name by Marc Harper
    """

    name = "Eventual Cycle Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    found = State(doc="1 if the last check found a cycle")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 10 or ctx[OPPONENT_DEFECTIONS] == 0.0:
            return C
        if turn % 10 == 0:
            state[EventualCycleHunter.found] = 1.0 if _has_cycle(history, 10, turn, 3, 12) else 0.0
        if state[EventualCycleHunter.found] == 1.0:
            return D
        return C


class MathConstantHunter(Strategy):
    """Defects when both players' share of cooperations is steady over the match, as against a constant-ratio player.

    From the ninth move on, if the opponent has both cooperated and defected,
    it computes the share of cooperations among both players' moves in the
    first half of the match so far, the middle half and the second half; if
    the middle and second shares are both within 0.2 of the first, it
    defects (hunting players that cooperate at a fixed rate, such as those
    built on the digits of pi or e, and catching many random players too).

    Names:

    - Math Constant Hunter: Axelrod-Python ``MathConstantHunter``; original name by Karol Langner
    """

    name = "Math Constant Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        n = turn
        if n < 8 or ctx[OPPONENT_DEFECTIONS] == 0.0 or ctx[OPPONENT_DEFECTIONS] == n:
            return C
        half = n // 2
        quarter = n // 4
        three_quarters = 3 * n // 4
        first = 0  # cooperations, both players, moves 0 .. half - 1
        middle = 0  # moves quarter .. three_quarters - 1
        for t in range(three_quarters):
            together = 2 - int(history[OWN, t]) - int(history[OPPONENT, t])
            if t < half:
                first += together
            if t >= quarter:
                middle += together
        total = 2 * n - ctx[OWN_DEFECTIONS] - ctx[OPPONENT_DEFECTIONS]
        second = total - first
        ratio1 = 0.5 * first / half
        ratio2 = 0.5 * middle / (three_quarters - quarter)
        ratio3 = 0.5 * second / (n - half)
        if abs(ratio1 - ratio2) < 0.2 and abs(ratio1 - ratio3) < 0.2:
            return D
        return C


class RandomHunter(Strategy):
    """Defects when the opponent's answers to its moves look like coin tosses.

    It counts how often the opponent cooperated right after one of its own
    cooperations and defected right after one of its own defections. From
    the twelfth move on, each of these frequencies (taken relative to its
    own number of cooperations and of defections, when that is above 5) is
    compared with 1/2, and if all of them are within 0.25 of it the opponent
    is taken for a random player and defected against on that move.

    Names:

    - Random Hunter: Axelrod-Python ``RandomHunter``; original name by Karol Langner
    """

    name = "Random Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    echoed_c = State(doc="opponent's C right after its own C")
    echoed_d = State(doc="opponent's D right after its own D")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 1:
            own = history[OWN, turn - 2]
            if own == C and history[OPPONENT, turn - 1] == C:
                state[RandomHunter.echoed_c] += 1.0
            if own == D and history[OPPONENT, turn - 1] == D:
                state[RandomHunter.echoed_d] += 1.0
        if turn <= 10:
            return C
        defections = ctx[OWN_DEFECTIONS]
        cooperations = turn - defections
        checked = False
        if cooperations > 5.0:
            checked = True
            if abs(state[RandomHunter.echoed_c] / cooperations - 0.5) >= 0.25:
                return C
        if defections > 5.0:
            checked = True
            if abs(state[RandomHunter.echoed_d] / defections - 0.5) >= 0.25:
                return C
        return D if checked else C
