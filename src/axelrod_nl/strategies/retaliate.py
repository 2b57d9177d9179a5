"""Retaliators: rules that defect when the opponent has exploited them more than they have it."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN
from ..engine.rule import rule
from ..parameters import Count, Number, State
from ..strategy import Classifier, Strategy


class Retaliate(Strategy):
    """Defects while the opponent has won more rounds off it than a share of those it won back.

    It counts the rounds it lost (it cooperated, the opponent defected: CD)
    and those it won (DC). It defects when the losses exceed
    ``retaliation_threshold`` times the wins, and cooperates otherwise, so it
    opens with C and a single loss turns it to D until it has won ten times
    as many rounds (at the default 0.1).

    Parameters
    ----------
    retaliation_threshold : the share of its wins the opponent's wins may reach, at least 0.

    Names:

    - Retaliate: Axelrod-Python ``Retaliate``; original name by Owen Campbell
    """

    name = "Retaliate"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    retaliation_threshold = Number(default=0.1, minimum=0.0, doc="losses allowed per win")
    losses = State(doc="rounds CD so far")
    wins = State(doc="rounds DC so far")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 0:
            own = history[OWN, turn - 1]
            theirs = history[OPPONENT, turn - 1]
            if own == C and theirs == D:
                state[Retaliate.losses] += 1.0
            elif own == D and theirs == C:
                state[Retaliate.wins] += 1.0
        if state[Retaliate.losses] > state[Retaliate.wins] * params[Retaliate.retaliation_threshold]:
            return D
        return C


class Retaliate2(Retaliate):
    """Retaliate with a threshold of 8%.

    Names:

    - Retaliate 2: Axelrod-Python ``Retaliate2``; original name by Owen Campbell
    """

    name = "Retaliate 2"
    retaliation_threshold = Number(default=0.08, minimum=0.0, doc="losses allowed per win")


class Retaliate3(Retaliate):
    """Retaliate with a threshold of 5%.

    Names:

    - Retaliate 3: Axelrod-Python ``Retaliate3``; original name by Owen Campbell
    """

    name = "Retaliate 3"
    retaliation_threshold = Number(default=0.05, minimum=0.0, doc="losses allowed per win")


class LimitedRetaliate(Strategy):
    """Retaliate that stops after a number of consecutive retaliations.

    It counts lost (CD) and won (DC) rounds as Retaliate does and retaliates
    while the losses exceed ``retaliation_threshold`` times the wins, but
    after ``retaliation_limit`` defections in a row it cooperates once and
    starts counting its retaliations afresh; whenever the condition lapses
    the count is reset.

    Parameters
    ----------
    retaliation_threshold : the share of its wins the opponent's wins may reach, at least 0.
    retaliation_limit : defections in a row before one cooperation, at least 0.

    Names:

    - Limited Retaliate: Axelrod-Python ``LimitedRetaliate``; original name by Owen Campbell
    """

    name = "Limited Retaliate"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    retaliation_threshold = Number(default=0.1, minimum=0.0, doc="losses allowed per win")
    retaliation_limit = Count(default=20, minimum=0, doc="retaliations in a row before a cooperation")
    losses = State(doc="rounds CD so far")
    wins = State(doc="rounds DC so far")
    retaliations = State(doc="retaliations in the current run")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 0:
            own = history[OWN, turn - 1]
            theirs = history[OPPONENT, turn - 1]
            if own == C and theirs == D:
                state[LimitedRetaliate.losses] += 1.0
            elif own == D and theirs == C:
                state[LimitedRetaliate.wins] += 1.0
        if state[LimitedRetaliate.losses] <= (state[LimitedRetaliate.wins]
                                              * params[LimitedRetaliate.retaliation_threshold]):
            state[LimitedRetaliate.retaliations] = 0.0
            return C
        if state[LimitedRetaliate.retaliations] < params[LimitedRetaliate.retaliation_limit]:
            state[LimitedRetaliate.retaliations] += 1.0
            return D
        state[LimitedRetaliate.retaliations] = 0.0
        return C


class LimitedRetaliate2(LimitedRetaliate):
    """Limited Retaliate with a threshold of 8% and at most 15 retaliations in a row.

    Names:

    - Limited Retaliate 2: Axelrod-Python ``LimitedRetaliate2``; original name by Owen Campbell
    """

    name = "Limited Retaliate 2"
    retaliation_threshold = Number(default=0.08, minimum=0.0, doc="losses allowed per win")
    retaliation_limit = Count(default=15, minimum=0, doc="retaliations in a row before a cooperation")


class LimitedRetaliate3(LimitedRetaliate):
    """Limited Retaliate with a threshold of 5% and at most 20 retaliations in a row.

    Names:

    - Limited Retaliate 3: Axelrod-Python ``LimitedRetaliate3``; original name by Owen Campbell
    """

    name = "Limited Retaliate 3"
    retaliation_threshold = Number(default=0.05, minimum=0.0, doc="losses allowed per win")
    retaliation_limit = Count(default=20, minimum=0, doc="retaliations in a row before a cooperation")
