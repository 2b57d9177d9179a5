"""Grudges: rules that answer a defection with a long, or permanent, punishment."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS, OWN
from ..engine.rule import rule
from ..parameters import Count, State
from ..strategy import Classifier, Strategy


class Grudger(Strategy):
    """Cooperates until the opponent defects once, then defects for the rest of the match.

    James W. Friedman's entry in Axelrod's first tournament, where it came 7th
    of 15: it is nice (never the first to defect) but, once provoked, it never
    returns to cooperation. It is the "grim trigger" of repeated-game theory,
    with which Friedman (1971) showed that cooperation can be an equilibrium
    of a supergame.

    It reads the opponent's defection count from the context, so its cost per
    move does not grow with the match.

    Names:

    - Grudger: Axelrod-Python ``Grudger``
    - FRIEDMAN: Axelrod (1980), "Effective Choice in the Prisoner's Dilemma", JCR 24(1)
    - Grim trigger: Friedman (1971), "A non-cooperative equilibrium for
      supergames", Review of Economic Studies 38(1)
    - Spite, Spiteful: Beaufils, Delahaye and Mathieu (1997); Mathieu and
      Delahaye (2015), as listed by Axelrod-Python
    """

    name = "Grudger"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K34R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > 0.0:
            return 1
        return 0


class ForgetfulGrudger(Strategy):
    """Cooperates until the opponent defects, then defects for ten moves and forgets.

    A defection of the opponent starts a grudge of ten defections. Defections
    made by the opponent while the grudge runs are not counted; when the ten
    are served the grudge is dropped and, on that same move, the opponent's
    last move decides again: a defection starts the next grudge at once.

    Interpretation: Axelrod-Python classifies it memory depth 10, but
    grudges can follow one another without a break, so how far a run of
    its defections has got into the current grudge can depend on moves more
    than ten rounds back: against a cycle of D, D, C the same last ten
    rounds are followed by a C at one point of the match and by a D at
    another. Its memory depth here is unbounded.

    Names:

    - Forgetful Grudger: Axelrod-Python ``ForgetfulGrudger``; original name by Geraint Palmer
    """

    name = "Forgetful Grudger"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    grudging = State(doc="1 while a grudge runs")
    served = State(doc="defections served in the current grudge")
    _grudge = 10.0

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[ForgetfulGrudger.served] == ForgetfulGrudger._grudge:
            state[ForgetfulGrudger.served] = 0.0
            state[ForgetfulGrudger.grudging] = 0.0
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            state[ForgetfulGrudger.grudging] = 1.0
        if state[ForgetfulGrudger.grudging] == 1.0:
            state[ForgetfulGrudger.served] += 1.0
            return D
        return C


class OppositeGrudger(Strategy):
    """Defects until the opponent cooperates once, then cooperates for the rest of the match.

    Grudger with the moves exchanged: it opens with D and a single
    cooperation of the opponent turns it into an unconditional cooperator.

    Names:

    - Opposite Grudger: Axelrod-Python ``OppositeGrudger``; original name by Geraint Palmer
    """

    name = "Opposite Grudger"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn - ctx[OPPONENT_DEFECTIONS] > 0.0:
            return C
        return D


class Aggravater(Strategy):
    """Defects on the first three moves, then plays Grudger.

    From the fourth move on it cooperates only while the opponent has never
    defected, and its answers to the opening defections count: an opponent
    that retaliates against them is never forgiven.

    Names:

    - Aggravater: Axelrod-Python ``Aggravater``; original name by Thomas Campbell
    """

    name = "Aggravater"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 3 or ctx[OPPONENT_DEFECTIONS] > 0.0:
            return D
        return C


class SoftGrudger(Strategy):
    """Cooperates; answers a defection with the punishment D, D, D, D, C, C, then cooperates again.

    The opponent's moves during the six-move punishment are ignored; after it,
    the next defection starts a new one.

    Names:

    - Soft Grudger: Axelrod-Python ``SoftGrudger``
    - SGRIM: Li, Hingston and Kendall (2011), "Engineering design of strategies
      for winning iterated prisoner's dilemma competitions", IEEE TCIAIG 3(4)
    """

    name = "Soft Grudger"
    classifier = Classifier(stochastic=False, memory_depth=6)
    grudging = State(doc="1 while a punishment runs")
    step = State(doc="moves of the punishment played after the first")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[SoftGrudger.grudging] == 1.0:
            k = state[SoftGrudger.step]
            state[SoftGrudger.step] = k + 1.0
            if k + 1.0 == 5.0:
                state[SoftGrudger.grudging] = 0.0
                state[SoftGrudger.step] = 0.0
            return D if k < 3.0 else C
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            state[SoftGrudger.grudging] = 1.0
            return D
        return C


class GrudgerAlternator(Strategy):
    """Cooperates until the opponent defects once, then alternates D and C for the rest of the match.

    Once the opponent has defected, it defects after each of its own
    cooperations and cooperates after each of its own defections.

    Names:

    - GrudgerAlternator: Axelrod-Python ``GrudgerAlternator``; original name by Geraint Palmer
    - c_then_per_dc: the PRISON project (1998), as listed by Axelrod-Python
    """

    name = "GrudgerAlternator"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > 0.0 and history[OWN, turn - 1] == C:
            return D
        return C


class EasyGo(Strategy):
    """Defects until the opponent defects once, then cooperates for the rest of the match.

    A reversed grudger: it exploits an opponent that has never defected and
    befriends one that has.

    Names:

    - EasyGo: Axelrod-Python ``EasyGo``
    - Easy Go: the PRISON project (1998)
    - Reverse Grudger (RGRIM): Li, Hingston and Kendall (2011)
    - Fool Me Forever: Harper et al. (2017), "Reinforcement learning produces
      dominant strategies for the Iterated Prisoner's Dilemma", PLoS ONE 12(12)
    """

    name = "EasyGo"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if ctx[OPPONENT_DEFECTIONS] > 0.0:
            return C
        return D


class GeneralSoftGrudger(Strategy):
    """Soft Grudger with its trigger and punishment as parameters.

    It cooperates until the opponent has defected on each of the last ``n``
    moves; it then defects ``d`` times and cooperates ``c`` times (the
    "penance"), ignoring the opponent meanwhile, and starts watching again.
    ``GeneralSoftGrudger(1, 4, 2)``, the default, is Soft Grudger.

    Interpretation: with ``d = 1`` and ``c = 0`` the punishment is the
    triggering defection alone (Axelrod-Python fails on the move after it).

    Parameters
    ----------
    n : consecutive defections of the opponent that trigger a punishment, at least 1.
    d : defections in a punishment, at least 1 (the triggering move is the first).
    c : cooperations that follow them.

    Names:

    - General Soft Grudger: Axelrod-Python ``GeneralSoftGrudger``; original name by J. Taylor Smith
    """

    name = "General Soft Grudger"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    n = Count(default=1, minimum=1, doc="consecutive defections that trigger a punishment")
    d = Count(default=4, minimum=1, doc="defections in a punishment")
    c = Count(default=2, minimum=0, doc="cooperations after them")
    grudging = State(doc="1 while a punishment runs")
    step = State(doc="moves of the punishment played after the first")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        length = params[GeneralSoftGrudger.d] - 1.0 + params[GeneralSoftGrudger.c]
        if state[GeneralSoftGrudger.grudging] == 1.0:
            k = state[GeneralSoftGrudger.step]
            state[GeneralSoftGrudger.step] = k + 1.0
            if k + 1.0 >= length:
                state[GeneralSoftGrudger.grudging] = 0.0
                state[GeneralSoftGrudger.step] = 0.0
            return D if k < params[GeneralSoftGrudger.d] - 1.0 else C
        n = int(params[GeneralSoftGrudger.n])
        if turn < n:
            return C
        for t in range(turn - n, turn):
            if history[OPPONENT, t] == C:
                return C
        if length > 0.0:
            state[GeneralSoftGrudger.grudging] = 1.0
        return D


class SpitefulCC(Strategy):
    """Cooperates on the first two moves, then plays Grudger.

    From the third move on it defects for good once the opponent has defected
    (on any move, including the first two).

    Names:

    - SpitefulCC: Axelrod-Python ``SpitefulCC``
    - spiteful_cc: Mathieu and Delahaye (2015), "New winning strategies for the
      iterated prisoner's dilemma", AAMAS 2015
    """

    name = "SpitefulCC"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 2 and ctx[OPPONENT_DEFECTIONS] > 0.0:
            return D
        return C


def _capri_mask() -> int:
    """Bit k set when CAPRI cooperates after the last three rounds coded k.

    A round is coded 2 * own + opponent (CC = 0, CD = 1, DC = 2, DD = 3) and
    three rounds, oldest first, as 16 * first + 4 * second + third.
    """
    code = {"CC": 0, "CD": 1, "DC": 2, "DD": 3}
    cooperate = (
        "CC CC CC",                                          # C: mutual cooperation
        "CC CC DC", "CC DC CD", "DC CD CC", "CD CC CC",      # A: accept a punishment
        "CC CD DC", "CD DC CC", "DC CC CC",                  # P: punish once, then back
        "DD DD DC", "DD DC CC", "DD DD CD", "DD CD CC",      # R: recover from mutual defection
        "DD DD CC", "DD CC CC",
    )
    mask = 0
    for rounds in cooperate:
        first, second, third = (code[r] for r in rounds.split())
        mask |= 1 << (16 * first + 4 * second + third)
    return mask


_CAPRI_COOPERATES = _capri_mask()


class Capri(Strategy):
    """CAPRI: a memory-three rule that cooperates, accepts punishment, punishes, recovers, else defects.

    Murase and Baek (2020) found it in an exhaustive search of memory-three
    rules as a strategy that is efficient (it recovers mutual cooperation
    after errors), defensible (it is never exploited) and distinguishable.
    It looks at the last three rounds, counting missing rounds at the start as
    mutual cooperation, and cooperates in exactly these cases (own, opponent
    moves of each round, oldest first):

    - C, cooperate at mutual cooperation: (CC, CC, CC);
    - A, accept punishment after its own mistaken defection: (CC, CC, DC),
      (CC, DC, CD), (DC, CD, CC), (CD, CC, CC);
    - P, punish a defection from mutual cooperation once, then return:
      (CC, CD, DC), (CD, DC, CC), (DC, CC, CC) (after (CC, CC, CD) it defects);
    - R, recover cooperation from mutual defection: (DD, DD, DC), (DD, DC, CC),
      (DD, DD, CD), (DD, CD, CC), (DD, DD, CC), (DD, CC, CC);

    and defects otherwise.

    Names:

    - CAPRI: Axelrod-Python ``Capri``; Murase and Baek (2020), "Five rules for
      friendly rivalry in direct reciprocity", Scientific Reports 10
    """

    name = "CAPRI"
    classifier = Classifier(stochastic=False, memory_depth=3)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        code = 0
        for t in range(turn - 3, turn):
            code *= 4
            if t >= 0:
                code += 2 * int(history[OWN, t]) + int(history[OPPONENT, t])
        if (_CAPRI_COOPERATES >> code) & 1:
            return C
        return D
