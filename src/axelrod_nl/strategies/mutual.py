"""Rules that answer the last round's outcome: each changes its move after one kind of mutual play.

Each opens with a fair coin and then looks only at the last round, from its
own side (own move first).
"""

from __future__ import annotations

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.random import random_choice
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class Desperate(Strategy):
    """Cooperates only after mutual defection; defects after every other outcome.

    Its first move is C or D with equal chances. In memory-one terms it is
    (0, 0, 0, 1) for CC, CD, DC, DD.

    Names:

    - Desperate: Axelrod-Python ``Desperate``; van den Berg, Molenaar and
      Weissing (2015), "Trust and the emergence of cooperation", as cited by
      Axelrod-Python
    """

    name = "Desperate"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.5)
        if history[OWN, turn - 1] == D and history[OPPONENT, turn - 1] == D:
            return C
        return D


class Hopeless(Strategy):
    """Defects only after mutual cooperation; cooperates after every other outcome.

    Its first move is C or D with equal chances. In memory-one terms it is
    (0, 1, 1, 1) for CC, CD, DC, DD.

    Names:

    - Hopeless: Axelrod-Python ``Hopeless``; van den Berg, Molenaar and
      Weissing (2015), as cited by Axelrod-Python
    """

    name = "Hopeless"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.5)
        if history[OWN, turn - 1] == C and history[OPPONENT, turn - 1] == C:
            return D
        return C


class Willing(Strategy):
    """Defects only after mutual defection; cooperates after every other outcome.

    Its first move is C or D with equal chances. In memory-one terms it is
    (1, 1, 1, 0) for CC, CD, DC, DD.

    Names:

    - Willing: Axelrod-Python ``Willing``; van den Berg, Molenaar and
      Weissing (2015), as cited by Axelrod-Python
    """

    name = "Willing"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.5)
        if history[OWN, turn - 1] == D and history[OPPONENT, turn - 1] == D:
            return D
        return C
