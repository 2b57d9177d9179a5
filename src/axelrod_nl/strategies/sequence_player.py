"""Players that read their moves off a fixed infinite sequence: the Thue-Morse sequence."""

from __future__ import annotations

import math

from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class ThueMorse(Strategy):
    """Defects where the Thue-Morse sequence has a 0 and cooperates where it has a 1.

    The Thue-Morse sequence 0 1 1 0 1 0 0 1 1 0 0 1 0 1 1 0 ... gives move
    ``n`` (from 0) the parity of the number of ones in the binary digits of
    ``n``; it has no period, and no block of it is repeated three times in a
    row. The player opens D, C, C, D, C, D, D, C. The move is computed from
    the move number, so it does not depend on anything the opponent does.

    Names:

    - ThueMorse: Axelrod-Python ``ThueMorse``, named by Geraint Palmer
    - Thue-Morse sequence: https://mathworld.wolfram.com/Thue-MorseSequence.html
    """

    name = "ThueMorse"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        n = turn
        parity = 0
        while n > 0:
            parity ^= n & 1
            n >>= 1
        return 1 - parity


class ThueMorseInverse(Strategy):
    """Cooperates where the Thue-Morse sequence has a 0 and defects where it has a 1.

    The mirror image of :class:`ThueMorse`: it opens C, D, D, C, D, C, C, D.

    Names:

    - ThueMorseInverse: Axelrod-Python ``ThueMorseInverse``, named by Geraint Palmer
    """

    name = "ThueMorseInverse"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        n = turn
        parity = 0
        while n > 0:
            parity ^= n & 1
            n >>= 1
        return parity
