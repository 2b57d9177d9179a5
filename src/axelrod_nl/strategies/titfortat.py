"""Tit for tat and the rules that vary it: mirror the opponent, more or less strictly."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy


class TitForTat(Strategy):
    """Cooperates on the first move, then copies the opponent's previous move.

    Submitted by Anatol Rapoport, it won both of Axelrod's 1980 tournaments: in
    the first with 504.5 points per 200-move game, as the shortest program
    (four lines of FORTRAN). It never defects first, retaliates at once and
    forgives at once (Axelrod 1980, "Effective Choice in the Prisoner's
    Dilemma", JCR 24(1); round-two entry K92R is the same rule).

    Names:

    - Tit For Tat: Axelrod-Python ``TitForTat``
    - TIT FOR TAT: Axelrod (1980)
    """

    name = "Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=1)
    tourexec = "K92R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        return history[OPPONENT, turn - 1]


class TitFor2Tats(Strategy):
    """Cooperates unless the opponent defected on each of the last two moves.

    A single defection goes unanswered; only a run of two is punished, and
    punishment stops as soon as the opponent cooperates once. The first two
    moves are therefore always cooperations.

    Axelrod (1980a) reported that this more forgiving rule, had anyone entered
    it, would have won the first tournament; John Maynard Smith submitted it to
    the second, where the entrants had read that report and it came 24th of 63
    (Axelrod 1980b, "More Effective Choice in the Prisoner's Dilemma", JCR 24(3)).

    Names:

    - Tit For 2 Tats: Axelrod-Python ``TitFor2Tats``
    - TIT FOR TWO TATS: Axelrod (1984), "The Evolution of Cooperation"
    - Slow Tit For Two Tats, JMaynardSmith: names listed by Axelrod-Python
    """

    name = "Tit For 2 Tats"
    classifier = Classifier(stochastic=False, memory_depth=2)
    tourexec = "K90R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return 0
        if history[OPPONENT, turn - 1] == 1 and history[OPPONENT, turn - 2] == 1:
            return 1
        return 0


class TwoTitsForTat(Strategy):
    """Cooperates first, then answers every defection with two defections.

    It defects whenever either of the opponent's last two moves was a
    defection, so a lone defection is punished twice and a run of defections
    is punished for its length plus one.

    Names:

    - Two Tits For Tat: Axelrod-Python ``TwoTitsForTat``
    - Two Tits for Tat: Axelrod (1984), "The Evolution of Cooperation", as
      cited by Axelrod-Python
    """

    name = "Two Tits For Tat"
    classifier = Classifier(stochastic=False, memory_depth=2)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn >= 1 and history[OPPONENT, turn - 1] == 1:
            return 1
        if turn >= 2 and history[OPPONENT, turn - 2] == 1:
            return 1
        return 0


class SuspiciousTitForTat(Strategy):
    """Tit for tat that opens with a defection.

    After the opening D it copies the opponent's previous move. Against tit for
    tat it locks into alternating exploitation; against itself into mutual
    defection; the opening suspicion is its only difference from tit for tat.

    Names:

    - Suspicious Tit For Tat: Axelrod-Python ``SuspiciousTitForTat``;
      Hilbe, Nowak and Sigmund (2013), "Evolution of extortion in Iterated
      Prisoner's Dilemma games", PNAS 110(17)
    - Mistrust: Beaufils, Delahaye and Mathieu (1997), "Our meeting with
      gradual", Artificial Life V
    """

    name = "Suspicious Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 1
        return history[OPPONENT, turn - 1]


class HardTitForTat(Strategy):
    """Cooperates first, then defects if the opponent defected in any of its last three moves.

    A slower-to-forgive tit for tat: one defection is answered by up to three
    defections, and cooperation resumes only after three clean moves from
    the opponent. On moves two and three it looks at what history there is.

    Names:

    - Hard Tit For Tat: Axelrod-Python ``HardTitForTat``, from the strategy
      list of the prisoners-dilemma.com competition pages (PD2017 in
      Axelrod-Python's bibliography)
    """

    name = "Hard Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=3)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        start = turn - 3 if turn > 3 else 0
        for t in range(start, turn):
            if history[OPPONENT, t] == 1:
                return 1
        return 0


class Gradual(Strategy):
    """Punishes the n-th defection with n defections, then offers peace with two cooperations.

    It cooperates until the opponent defects. On seeing a defection it defects
    at once, and then keeps defecting until it has defected as many times in
    a row as the opponent has defected in the whole match so far; then it
    cooperates twice whatever the opponent does, and returns to watching the
    opponent's last move. A defection made while it is punishing or calming
    down starts nothing by itself (only the opponent's move just before a
    watching move can), but it lengthens the next punishment.

    Beaufils, Delahaye and Mathieu (1997), "Our meeting with gradual: a good
    strategy for the iterated prisoner's dilemma" (Artificial Life V)
    introduced the idea. Interpretation: this is the version that
    Axelrod-Python names ``Gradual``, which follows the CRISTAL-SMAC ``ipd``
    code (Mathieu and Delahaye 2017, "New winning strategies for the iterated
    prisoner's dilemma", JASSS 20(4)): the punishment length is the opponent's
    total defection count at the moment punishment starts. Axelrod-Python
    found (its issue 1294) that this does not reproduce the 1997 paper's
    numbers and keeps a variant, "Original Gradual", that only counts
    defections outside punishment; that variant is not this rule.

    Names:

    - Gradual: Axelrod-Python ``Gradual``; Beaufils et al. (1997); Mathieu and
      Delahaye (2017)
    """

    name = "Gradual"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    punishing = State(doc="punishing defections still to play")
    calming = State(doc="calming cooperations still to play")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if state[Gradual.punishing] > 0.0:
            state[Gradual.punishing] -= 1.0
            return D
        if state[Gradual.calming] > 0.0:
            state[Gradual.calming] -= 1.0
            return C
        if history[OPPONENT, turn - 1] == D:
            # This move is the first of the punishment, hence the minus one.
            state[Gradual.punishing] = ctx[OPPONENT_DEFECTIONS] - 1.0
            state[Gradual.calming] = 2.0
            return D
        return C


class AntiTitForTat(Strategy):
    """Cooperates first, then plays the opposite of the opponent's previous move.

    Names:

    - Anti Tit For Tat: Axelrod-Python ``AntiTitForTat``; Hilbe, Nowak and
      Sigmund (2013), PNAS 110(17)
    - Psycho (PSYC): Ashlock et al. (2009), as listed by Axelrod-Python
    """

    name = "Anti Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        return 1 - history[OPPONENT, turn - 1]


class Bully(Strategy):
    """Defects first, then plays the opposite of the opponent's previous move.

    The mirror image of tit for tat in every respect, opening move included:
    it exploits a cooperator and gives in to a defector.

    Names:

    - Bully: Axelrod-Python ``Bully``
    - Reverse Tit For Tat: Nachbar (1992), "Evolution in the finitely repeated
      prisoner's dilemma", Journal of Economic Behavior and Organization 19
    """

    name = "Bully"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 1
        return 1 - history[OPPONENT, turn - 1]
