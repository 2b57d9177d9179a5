"""Rules that steer the ratio of cooperations to defections in a match towards a mathematical constant.

Each counts the cooperations and the defections of both players so far, and
defects when their ratio is above its constant, cooperating otherwise. Axelrod-Python
derives the three from one base class, ``CotoDeRatio`` ("Co to Do Ratio", by
Timothy Standen), which is not a player; here they share a compiled helper.
"""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT_DEFECTIONS, OWN_DEFECTIONS
from ..engine.rule import rule
from ..strategy import Classifier, Strategy

_PHI = (1.0 + math.sqrt(5.0)) / 2.0
_PI = math.pi
_E = math.e


@njit(cache=True, inline="always")
def _towards_ratio(turn, ctx, ratio):
    """C on the first move; D while the opponent has never defected; then D above the ratio, C at or below it."""
    if turn == 0:
        return C
    opponent_defections = ctx[OPPONENT_DEFECTIONS]
    if opponent_defections == 0.0:
        return D
    defections = opponent_defections + ctx[OWN_DEFECTIONS]
    cooperations = 2.0 * turn - defections
    if cooperations / defections > ratio:
        return D
    return C


class Golden(Strategy):
    """Steers the ratio of all cooperations to all defections in the match towards the golden ratio.

    It cooperates on the first move and defects while the opponent has never
    defected (Axelrod-Python's guard against dividing by zero). Afterwards it defects when the players' cooperations so far,
    divided by their defections, exceed (1 + sqrt 5) / 2, and cooperates
    otherwise.

    Names:

    - $\\phi$: Axelrod-Python ``Golden``, by Timothy Standen
    """

    name = "$\\phi$"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _towards_ratio(turn, ctx, _PHI)


class Pi(Strategy):
    """Steers the ratio of all cooperations to all defections in the match towards pi.

    As :class:`Golden`, with pi for the golden ratio.

    Names:

    - $\\pi$: Axelrod-Python ``Pi``, by Timothy Standen
    """

    name = "$\\pi$"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _towards_ratio(turn, ctx, _PI)


class e(Strategy):
    """Steers the ratio of all cooperations to all defections in the match towards e.

    As :class:`Golden`, with e for the golden ratio.

    Names:

    - $e$: Axelrod-Python ``e``, by Timothy Standen
    """

    name = "$e$"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _towards_ratio(turn, ctx, _E)
