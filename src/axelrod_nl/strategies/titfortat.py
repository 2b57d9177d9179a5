"""Tit for tat and the rules that vary it: mirror the opponent, more or less strictly."""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import LENGTH, OPPONENT, OPPONENT_DEFECTIONS, OWN
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Count, Number, Probability, State
from ..strategy import Classifier, Strategy


@njit(cache=True, inline="always")
def _in_final_moves(turn, ctx, moves):
    """Whether move ``turn`` is one of the last ``moves`` of an announced match length.

    This is how Axelrod-Python's ``FinalTransformer`` plays a rule's closing
    defections: nothing changes when the length is not announced
    (``ctx[LENGTH]`` is -1) or once the announced length has been overrun.
    """
    length = ctx[LENGTH]
    return length >= 0.0 and turn < length and length - turn <= moves


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


class DynamicTwoTitsForTat(Strategy):
    """Two tits for tat whose punishments are forgiven as often as the opponent cooperates.

    It cooperates on the first move. Afterwards, if the opponent defected on
    either of its last two moves, it cooperates with probability equal to the
    share of all the opponent's moves so far that were cooperations, and
    defects otherwise; if both of those moves were cooperations it
    cooperates. Against a rule that seldom defects its retaliation is mostly
    forgiven; against one that seldom cooperates it is two tits for tat.

    Names:

    - Dynamic Two Tits For Tat: Axelrod-Python ``DynamicTwoTitsForTat``, by
      Grant Garrett-Grossman
    """

    name = "Dynamic Two Tits For Tat"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        provoked = history[OPPONENT, turn - 1] == D or (turn >= 2 and history[OPPONENT, turn - 2] == D)
        if not provoked:
            return C
        return random_choice(rng, (turn - ctx[OPPONENT_DEFECTIONS]) / turn)


class SneakyTitForTat(Strategy):
    """Tit for tat that tries one defection, and says sorry if it is punished for it.

    It cooperates on the first two moves. While the opponent has never
    defected it defects, testing whether it can get away with it. Once the
    opponent has defected it plays tit for tat, except that when the
    opponent's last move was a defection that answered its own defection of
    two moves back, it cooperates instead, to make amends.

    Names:

    - Sneaky Tit For Tat: Axelrod-Python ``SneakyTitForTat``, by Karol Langner
    """

    name = "Sneaky Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return C
        if ctx[OPPONENT_DEFECTIONS] == 0.0:
            return D
        if history[OPPONENT, turn - 1] == D and history[OWN, turn - 2] == D:
            return C
        return history[OPPONENT, turn - 1]


class HardTitFor2Tats(Strategy):
    """Defects when the opponent's last three moves hold two defections in a row.

    A slower-to-forgive tit for two tats: it cooperates first, and later
    defects exactly when two consecutive defections appear among the
    opponent's last three moves, so a run of two is punished up to two
    times after it ends.

    Names:

    - Hard Tit For 2 Tats: Axelrod-Python ``HardTitFor2Tats``
    - Hard Tit For Two Tats: Stewart and Plotkin (2012), "Extortion and
      cooperation in the Prisoner's Dilemma", PNAS 109(26), as cited by
      Axelrod-Python
    """

    name = "Hard Tit For 2 Tats"
    classifier = Classifier(stochastic=False, memory_depth=3)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        start = turn - 3 if turn > 3 else 0
        for t in range(start + 1, turn):
            if history[OPPONENT, t] == D and history[OPPONENT, t - 1] == D:
                return D
        return C


class OmegaTFT(Strategy):
    """Tit for tat that breaks out of alternating deadlocks and gives up on erratic opponents.

    It cooperates first and copies the opponent on move two. From then on it
    keeps two counters. The *randomness* counter goes down by one after two
    cooperations in a row from the opponent, and up by one when the
    opponent's last move differs from the one before it, and again when it
    differs from this rule's own last move; once the counter reaches
    ``randomness_threshold`` the rule defects (the counter, though updated
    as before, can bring it back to tit for tat if it falls again). The
    *deadlock* counter counts successive changes of the opponent's move
    while the rule plays tit for tat and resets when the opponent repeats a
    move; once it reaches ``deadlock_threshold`` (the sign of a C-D / D-C
    see-saw) the rule cooperates on two consecutive moves, whatever the
    opponent does, and starts counting afresh.

    Choices, as Axelrod-Python makes them: the counters are updated only on
    moves where no deadlock-breaking cooperation is played, and the deadlock
    counter only on moves where the rule plays tit for tat.

    Names:

    - Omega TFT: Axelrod-Python ``OmegaTFT``
    - OmegaTFT: Slany and Kienreich (2007), "On some winning strategies for
      the iterated prisoner's dilemma", in Kendall, Yao and Chong (eds.),
      "The Iterated Prisoners' Dilemma: 20 Years On"
    """

    name = "Omega TFT"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    deadlock_threshold = Count(default=3, doc="changes of the opponent's move that mark a deadlock")
    randomness_threshold = Count(default=8, doc="level of the randomness counter from which it defects")
    randomness = State(doc="the randomness counter")
    deadlock = State(doc="the deadlock counter")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        last = history[OPPONENT, turn - 1]
        if turn == 1:
            return last
        threshold = params[OmegaTFT.deadlock_threshold]
        if state[OmegaTFT.deadlock] >= threshold:
            if state[OmegaTFT.deadlock] == threshold:
                state[OmegaTFT.deadlock] = threshold + 1.0
            else:
                state[OmegaTFT.deadlock] = 0.0
            return C
        before = history[OPPONENT, turn - 2]
        if before == C and last == C:
            state[OmegaTFT.randomness] -= 1.0
        if before != last:
            state[OmegaTFT.randomness] += 1.0
        if history[OWN, turn - 1] != last:
            state[OmegaTFT.randomness] += 1.0
        if state[OmegaTFT.randomness] >= params[OmegaTFT.randomness_threshold]:
            return D
        if before != last:
            state[OmegaTFT.deadlock] += 1.0
        else:
            state[OmegaTFT.deadlock] = 0.0
        return last


class OriginalGradual(Strategy):
    """Gradual as first described: the punishment grows by one with each punished defection.

    It cooperates until the opponent defects. A defection seen while it is
    neither punishing nor calming down starts a punishment one defection
    longer than the previous one (one, then two, then three...), followed by
    two cooperations whatever the opponent does; then it watches the
    opponent's last move again. Unlike :class:`Gradual`, defections made
    during a punishment or the calm do not lengthen later punishments.

    As in Axelrod-Python, the first calming cooperation is the move on which
    the rule finds its punishment complete and the second is the move after
    it, so a punishment of length n is n defections, then two cooperations,
    then a watching move. Its opening move is a cooperation.

    Names:

    - Original Gradual: Axelrod-Python ``OriginalGradual``
    - Gradual: Beaufils, Delahaye and Mathieu (1997), "Our meeting with
      gradual: a good strategy for the iterated prisoner's dilemma",
      Artificial Life V
    """

    name = "Original Gradual"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    calming = State(doc="1 while the second calming cooperation is due")
    punishing = State(doc="1 while punishing")
    played = State(doc="punishing defections played in the current punishment")
    limit = State(doc="length of the current (latest) punishment")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[OriginalGradual.calming] > 0.0:
            state[OriginalGradual.calming] = 0.0
            return C
        if state[OriginalGradual.punishing] > 0.0:
            if state[OriginalGradual.played] < state[OriginalGradual.limit]:
                state[OriginalGradual.played] += 1.0
                return D
            state[OriginalGradual.calming] = 1.0
            state[OriginalGradual.punishing] = 0.0
            state[OriginalGradual.played] = 0.0
            return C
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            state[OriginalGradual.punishing] = 1.0
            state[OriginalGradual.played] += 1.0
            state[OriginalGradual.limit] += 1.0
            return D
        return C


class ContriteTitForTat(Strategy):
    """Tit for tat that makes amends when noise turned its cooperation into a defection.

    Without noise it is tit for tat. It remembers the move it chose, and
    compares it with the move as played: when its own move was flipped from
    C to D while the opponent cooperated, it becomes contrite, and then
    cooperates on the move after its next move that is played as a
    cooperation, whatever the opponent did, so that the opponent's
    retaliation is not answered and the echo of defections dies out.

    Names:

    - Contrite Tit For Tat: Axelrod-Python ``ContriteTitForTat``; Wu and
      Axelrod (1995), "How to cope with noise in the iterated prisoner's
      dilemma", Journal of Conflict Resolution 39(1)
    """

    name = "Contrite Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=3)
    contrite = State(doc="1 while it owes an apology")
    chosen = State(doc="the move it chose last, before any noise")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[ContriteTitForTat.chosen] = C
            return C
        own = history[OWN, turn - 1]
        if state[ContriteTitForTat.contrite] > 0.0 and own == C:
            state[ContriteTitForTat.contrite] = 0.0
            state[ContriteTitForTat.chosen] = C
            return C
        if state[ContriteTitForTat.chosen] != own and own == D and history[OPPONENT, turn - 1] == C:
            state[ContriteTitForTat.contrite] = 1.0
        move = history[OPPONENT, turn - 1]
        state[ContriteTitForTat.chosen] = move
        return move


class AdaptiveTitForTat(Strategy):
    """Cooperates while a running estimate of the opponent's cooperation is at least one half.

    The estimate (the "world") starts at ``rate`` and after each move of the
    opponent moves a share ``rate`` of the way towards 1 after a cooperation
    and towards 0 after a defection. The rule cooperates on the first move
    and then whenever the estimate is at least 0.5. A small rate makes it
    slow to punish and slow to forgive; rate 1 is tit for tat.

    The estimate starts at ``rate``, not at 0.5, as in Axelrod-Python (whose
    docstring notes that the start matters little if it is at least 0.5).

    Names:

    - Adaptive Tit For Tat: Axelrod-Python ``AdaptiveTitForTat``; Tzafestas
      (2000), "Toward adaptive cooperative behavior", Proceedings of the
      Simulation of Adaptive Behavior conference (SAB-2000)
    """

    name = "Adaptive Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    rate = Number(default=0.5, minimum=0.0, maximum=1.0, doc="adaptation rate of the estimate")
    world = State(doc="the estimate of the opponent's cooperation")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        rate = params[AdaptiveTitForTat.rate]
        if turn == 0:
            state[AdaptiveTitForTat.world] = rate
            return C
        world = state[AdaptiveTitForTat.world]
        if history[OPPONENT, turn - 1] == C:
            world += rate * (1.0 - world)
        else:
            world -= rate * world
        state[AdaptiveTitForTat.world] = world
        return C if world >= 0.5 else D


class SpitefulTitForTat(Strategy):
    """Tit for tat until the opponent defects twice in a row, then defects for good.

    Names:

    - Spiteful Tit For Tat: Axelrod-Python ``SpitefulTitForTat``; from the
      strategy list of the PRISON project (LIFL, 1998), as cited by
      Axelrod-Python
    """

    name = "Spiteful Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    spiteful = State(doc="1 once the opponent has defected twice in a row")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn >= 2 and history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
            state[SpitefulTitForTat.spiteful] = 1.0
        if state[SpitefulTitForTat.spiteful] > 0.0:
            return D
        return history[OPPONENT, turn - 1]


class SlowTitForTwoTats2(Strategy):
    """Follows the opponent only when it repeats a move; otherwise keeps its own last move.

    It cooperates on the first two moves. Then, if the opponent's last two
    moves were the same, it plays that move; if they differ, it repeats its
    own previous move.

    Names:

    - Slow Tit For Two Tats 2: Axelrod-Python ``SlowTitForTwoTats2``
    - Slow Tit For Tat: the PRISON project's strategy list (LIFL, 1998), as
      cited by Axelrod-Python
    """

    name = "Slow Tit For Two Tats 2"
    classifier = Classifier(stochastic=False, memory_depth=2)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return C
        last = history[OPPONENT, turn - 1]
        if history[OPPONENT, turn - 2] == last:
            return last
        return history[OWN, turn - 1]


class Alexei(Strategy):
    """Tit for tat that defects on the last move of a match of announced length.

    When the length is not announced it is tit for tat throughout.

    Names:

    - Alexei: Axelrod-Python ``Alexei``; an entry of the LessWrong prisoner's
      dilemma tournament of 2011, as cited by Axelrod-Python
    """

    name = "Alexei"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if _in_final_moves(turn, ctx, 1):
            return D
        if turn == 0:
            return C
        return history[OPPONENT, turn - 1]


class EugineNier(Strategy):
    """Tit for tat until the opponent's fifth defection, then always defects; defects on the last move.

    The last move of a match of announced length is a defection; when the
    length is not announced there is no end-game defection.

    Names:

    - EugineNier: Axelrod-Python ``EugineNier``
    - Eugine Nier: an entry of the LessWrong prisoner's dilemma tournament of
      2011, as cited by Axelrod-Python
    """

    name = "EugineNier"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if _in_final_moves(turn, ctx, 1):
            return D
        if turn == 0:
            return C
        if ctx[OPPONENT_DEFECTIONS] >= 5.0:
            return D
        return history[OPPONENT, turn - 1]


class NTitsForMTats(Strategy):
    """Answers every run of ``M`` defections with ``N`` defections.

    Whenever the opponent's last ``M`` moves are all defections, the rule
    (re)starts a punishment of ``N`` defections; otherwise it finishes the
    punishment under way, or cooperates. ``M = 0`` starts a punishment at
    every move, so it defects throughout (unless ``N = 0``); ``N = 0``
    never punishes. (1, 1) is tit for tat, (1, 2) tit for two tats and
    (2, 1) two tits for tat.

    Names:

    - N Tit(s) For M Tat(s): Axelrod-Python ``NTitsForMTats``, by Marc Harper
    """

    name = "N Tit(s) For M Tat(s)"
    classifier = Classifier(stochastic=False, memory_depth=3)
    N = Count(default=3, doc="defections in each punishment")
    M = Count(default=2, doc="defections in a row that start a punishment")
    owed = State(doc="punishing defections still to play")

    def classify(self) -> Classifier:
        return Classifier(stochastic=False, memory_depth=max(self.N, self.M))

    @rule
    def decide(turn, history, ctx, params, state, rng):
        m = int(params[NTitsForMTats.M])
        triggered = turn >= m
        if triggered:
            for t in range(turn - m, turn):
                if history[OPPONENT, t] == C:
                    triggered = False
                    break
        if triggered:
            state[NTitsForMTats.owed] = params[NTitsForMTats.N]
        if state[NTitsForMTats.owed] > 0.0:
            state[NTitsForMTats.owed] -= 1.0
            return D
        return C


class Michaelos(Strategy):
    """Tit for tat that, after exploiting a cooperator, may turn into a defector for good.

    It cooperates first and plays tit for tat, with two exceptions. When it
    has just defected against a cooperation, it tosses a fair coin: heads,
    it cooperates; tails, it defects for the rest of the match. And it
    defects on the last move of a match of announced length (when the
    length is not announced there is no end-game defection).

    Names:

    - Michaelos: Axelrod-Python ``Michaelos``; an entry of the LessWrong
      prisoner's dilemma tournament of 2011, as cited by Axelrod-Python
    """

    name = "Michaelos"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=True)
    defector = State(doc="1 once it has decided to defect for good")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = C
        if turn > 0:
            if state[Michaelos.defector] > 0.0:
                move = D
            elif history[OWN, turn - 1] == D and history[OPPONENT, turn - 1] == C:
                move = random_choice(rng, 0.5)
                if move == D:
                    state[Michaelos.defector] = 1.0
            else:
                move = history[OPPONENT, turn - 1]
        if _in_final_moves(turn, ctx, 1):
            return D
        return move


class RandomTitForTat(Strategy):
    """Cooperates first, then alternates between copying the opponent and a random move.

    Move two copies the opponent's previous move, move three is a
    cooperation with probability ``p``, move four copies again, and so on.
    ``p`` of 0 or 1 makes it deterministic.

    Classifier: memory depth 1, as Axelrod-Python has it, while ``p`` is a
    real chance. With ``p`` of 0 or 1 the moves follow the clock (every
    other move is fixed, whatever happened last), so no finite depth holds
    and the depth is unbounded here, where Axelrod-Python keeps 1.

    Names:

    - Random Tit for Tat: Axelrod-Python ``RandomTitForTat``, by Zachary M. Taylor
    """

    name = "Random Tit for Tat"
    classifier = Classifier(stochastic=True, memory_depth=1)
    p = Probability(default=0.5, doc="probability of cooperating on the random moves")

    def classify(self) -> Classifier:
        if self.p in (0.0, 1.0):
            return Classifier(stochastic=False, memory_depth=math.inf)
        return type(self).classifier

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn % 2 == 0:
            return random_choice(rng, params[RandomTitForTat.p])
        return history[OPPONENT, turn - 1]


class BurnBothEnds(Strategy):
    """Tit for tat that answers a cooperation with a cooperation only nine times in ten.

    It cooperates on the first move, defects after the opponent's
    defections, and after its cooperations cooperates with probability 0.9.

    Names:

    - Burn Both Ends: Axelrod-Python ``BurnBothEnds``
    - BurnBothEnds (BBE): Marinoff (1992), "Maximizing expected utilities in
      the prisoner's dilemma", Journal of Conflict Resolution 36(1), as
      cited by Axelrod-Python
    """

    name = "Burn Both Ends"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if history[OPPONENT, turn - 1] == D:
            return D
        return random_choice(rng, 0.9)
