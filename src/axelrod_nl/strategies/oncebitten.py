"""Once bitten: rules that forgive a first defection and punish the next."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Probability, State
from ..strategy import Classifier, Strategy


class OnceBitten(Strategy):
    """Cooperates through single defections, and answers two in a row with ten defections.

    It cooperates on the first two moves. Afterwards, when the opponent's
    last two moves were both defections it starts a grudge: it defects on
    that move and on the next ten, whatever the opponent does, and then goes
    back to watching the opponent's last two moves.

    As in Axelrod-Python, the grudge is eleven defections long: the one that
    starts it and ten counted ones.

    Names:

    - Once Bitten: Axelrod-Python ``OnceBitten``, by Holly Marissa
    """

    name = "Once Bitten"
    classifier = Classifier(stochastic=False, memory_depth=12)
    grudged = State(doc="1 while the grudge lasts")
    held = State(doc="moves of the grudge played after the one that started it")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[OnceBitten.held] >= 10.0:
            state[OnceBitten.held] = 0.0
            state[OnceBitten.grudged] = 0.0
        if turn < 2:
            return C
        if state[OnceBitten.grudged] > 0.0:
            state[OnceBitten.held] += 1.0
            return D
        if history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
            state[OnceBitten.grudged] = 1.0
            return D
        return C


class FoolMeOnce(Strategy):
    """Forgives the opponent's first defection and defects for good after its second.

    Names:

    - Fool Me Once: Axelrod-Python ``FoolMeOnce``, by Marc Harper
    """

    name = "Fool Me Once"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > 1.0:
            return D
        return C


class ForgetfulFoolMeOnce(Strategy):
    """Fool me once with a count of defections that it sometimes forgets.

    It keeps its own count of the opponent's defections and defects while
    that count is above one. At every move after the first it adds the
    opponent's last move to the count if it was a defection, and then, with
    probability ``forget_probability``, sets the count back to zero. So a
    grudge, once started, ends at the first forgetting, and the next two
    defections start it again.

    Axelrod-Python draws its random number on the first move too, where it
    is not used; this rule draws only when it may forget.

    Names:

    - Forgetful Fool Me Once: Axelrod-Python ``ForgetfulFoolMeOnce``, by Marc Harper
    """

    name = "Forgetful Fool Me Once"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    forget_probability = Probability(default=0.05, doc="chance of forgetting the count at each move")
    count = State(doc="defections counted since the last forgetting")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if history[OPPONENT, turn - 1] == D:
            state[ForgetfulFoolMeOnce.count] += 1.0
        if random_choice(rng, params[ForgetfulFoolMeOnce.forget_probability]) == C:
            state[ForgetfulFoolMeOnce.count] = 0.0
        if state[ForgetfulFoolMeOnce.count] > 1.0:
            return D
        return C
