"""Majority rules: do what the opponent has mostly done."""

from __future__ import annotations

import math
from typing import Optional

from numba import njit

from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..parameters import Count, Flag
from ..strategy import Classifier, Strategy


@njit(cache=True, inline="always")
def _majority(turn, history, ctx, window, soft):
    """D if the opponent defected more often than it cooperated, in its last ``window`` moves
    (all of them when ``window`` is negative); a tie is C when ``soft``, else D."""
    if window < 0 or window >= turn:
        seen = turn
        defections = int(ctx[OPPONENT_DEFECTIONS])
    else:
        seen = window
        defections = 0
        for t in range(turn - window, turn):
            defections += int(history[OPPONENT, t])
    cooperations = seen - defections
    if defections > cooperations:
        return 1
    if defections == cooperations and not soft:
        return 1
    return 0


class GoByMajority(Strategy):
    """Defects if the opponent has defected more often than it cooperated, else cooperates.

    The count runs over the whole match, or over the opponent's last
    ``memory_depth`` moves when that is given (fewer at the start of the match).
    On a tie, including the first move when nothing has been seen, the soft
    rule (the default) cooperates; ``soft=False`` gives the hard variant,
    which defects on a tie.

    Gail Grisell submitted it, ten lines of BASIC, to Axelrod's second
    tournament, where it came 23rd of 63 (Axelrod 1980b, "More Effective
    Choice in the Prisoner's Dilemma", JCR 24(3)).

    Parameters
    ----------
    memory_depth : how many of the opponent's most recent moves to count, a
        positive integer; ``None`` or ``math.inf`` (the default) counts them
        all. Interpretation: Axelrod-Python also takes 0 to mean "all"; here 0
        is refused, as it would otherwise read as "count nothing".
    soft : cooperate on a tie (True, the default) or defect (False).

    Display names follow Axelrod-Python: "Soft Go By Majority",
    "Hard Go By Majority", and with a window "Soft Go By Majority: 10".

    Names:

    - Go By Majority: Axelrod-Python ``GoByMajority``; Axelrod (1984), "The
      Evolution of Cooperation"
    - Grisell: Axelrod (1980b)
    - Soft Majority: Mittal and Deb (2009), "Optimal strategies of the iterated
      prisoner's dilemma problem for multiple conflicting objectives", IEEE TEC 13(3)
    """

    name = "Soft Go By Majority"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K31R"  # the default, soft, whole-match player

    memory_depth = Count(default=None, minimum=1, optional=True,
                         doc="how many of the opponent's latest moves to count; None for all")
    soft = Flag(default=True, doc="cooperate on a tie")

    def __init__(self, memory_depth: Optional[float] = None, soft: bool = True) -> None:
        if isinstance(memory_depth, float) and memory_depth == math.inf:
            memory_depth = None
        super().__init__(memory_depth=memory_depth, soft=soft)
        self.name = ("Soft" if self.soft else "Hard") + " Go By Majority"
        if self.memory_depth is not None:
            self.name += f": {self.memory_depth}"

    def classify(self) -> Classifier:
        depth = math.inf if self.memory_depth is None else self.memory_depth
        return Classifier(stochastic=False, memory_depth=depth)

    def __str__(self) -> str:
        return self.name

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, int(params[GoByMajority.memory_depth]), params[GoByMajority.soft] != 0.0)


class HardGoByMajority(Strategy):
    """Go By Majority that defects on a tie: it cooperates only while the opponent has cooperated more often.

    It is ``GoByMajority(soft=False)`` as a class of its own, as in
    Axelrod-Python; it defects on the first move, when nothing has been seen.

    Parameters
    ----------
    memory_depth : how many of the opponent's most recent moves to count, a
        positive integer; ``None`` or ``math.inf`` (the default) counts them all.

    Names:

    - Hard Go By Majority: Axelrod-Python ``HardGoByMajority``
    - Hard Majority: Mittal and Deb (2009)
    """

    name = "Hard Go By Majority"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    memory_depth = Count(default=None, minimum=1, optional=True,
                         doc="how many of the opponent's latest moves to count; None for all")

    def __init__(self, memory_depth: Optional[float] = None) -> None:
        if isinstance(memory_depth, float) and memory_depth == math.inf:
            memory_depth = None
        super().__init__(memory_depth=memory_depth)
        self.name = "Hard Go By Majority"
        if self.memory_depth is not None:
            self.name += f": {self.memory_depth}"

    def classify(self) -> Classifier:
        depth = math.inf if self.memory_depth is None else self.memory_depth
        return Classifier(stochastic=False, memory_depth=depth)

    def __str__(self) -> str:
        return self.name

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, int(params[HardGoByMajority.memory_depth]), False)


class GoByMajority40(Strategy):
    """Soft Go By Majority over the opponent's last 40 moves.

    Names:

    - Go By Majority 40: Axelrod-Python ``GoByMajority40``; original name by Karol Langner
    """

    name = "Soft Go By Majority: 40"
    classifier = Classifier(stochastic=False, memory_depth=40)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 40, True)


class GoByMajority20(Strategy):
    """Soft Go By Majority over the opponent's last 20 moves.

    Names:

    - Go By Majority 20: Axelrod-Python ``GoByMajority20``; original name by Karol Langner
    """

    name = "Soft Go By Majority: 20"
    classifier = Classifier(stochastic=False, memory_depth=20)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 20, True)


class GoByMajority10(Strategy):
    """Soft Go By Majority over the opponent's last 10 moves.

    Names:

    - Go By Majority 10: Axelrod-Python ``GoByMajority10``; original name by Karol Langner
    """

    name = "Soft Go By Majority: 10"
    classifier = Classifier(stochastic=False, memory_depth=10)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 10, True)


class GoByMajority5(Strategy):
    """Soft Go By Majority over the opponent's last 5 moves.

    Names:

    - Go By Majority 5: Axelrod-Python ``GoByMajority5``; original name by Karol Langner
    """

    name = "Soft Go By Majority: 5"
    classifier = Classifier(stochastic=False, memory_depth=5)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 5, True)


class HardGoByMajority40(Strategy):
    """Hard Go By Majority over the opponent's last 40 moves.

    Names:

    - Hard Go By Majority 40: Axelrod-Python ``HardGoByMajority40``; original name by Karol Langner
    """

    name = "Hard Go By Majority: 40"
    classifier = Classifier(stochastic=False, memory_depth=40)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 40, False)


class HardGoByMajority20(Strategy):
    """Hard Go By Majority over the opponent's last 20 moves.

    Names:

    - Hard Go By Majority 20: Axelrod-Python ``HardGoByMajority20``; original name by Karol Langner
    """

    name = "Hard Go By Majority: 20"
    classifier = Classifier(stochastic=False, memory_depth=20)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 20, False)


class HardGoByMajority10(Strategy):
    """Hard Go By Majority over the opponent's last 10 moves.

    Names:

    - Hard Go By Majority 10: Axelrod-Python ``HardGoByMajority10``; original name by Karol Langner
    """

    name = "Hard Go By Majority: 10"
    classifier = Classifier(stochastic=False, memory_depth=10)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 10, False)


class HardGoByMajority5(Strategy):
    """Hard Go By Majority over the opponent's last 5 moves.

    Names:

    - Hard Go By Majority 5: Axelrod-Python ``HardGoByMajority5``; original name by Karol Langner
    """

    name = "Hard Go By Majority: 5"
    classifier = Classifier(stochastic=False, memory_depth=5)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _majority(turn, history, ctx, 5, False)
