"""Probers: rules that test the opponent with an early defection."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OPPONENT, OPPONENT_DEFECTIONS, OWN, sequence
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Moves, Probability, State
from ..strategy import Classifier, Strategy


class Prober(Strategy):
    """Opens D, C, C; exploits an opponent that did not retaliate, else plays tit for tat.

    The opening defection is a probe. If the opponent cooperated on both the
    second and the third move, that is, it let the probe pass without
    retaliating, Prober defects for the rest of the match. Otherwise it plays
    tit for tat from the fourth move on (copying the opponent's previous move).

    Only the opponent's moves two and three are looked at, as in
    Axelrod-Python: move two is its answer to the probe and move three its
    answer to the first cooperation; its first move, made before it saw the
    probe, does not count.

    Names:

    - Prober: Axelrod-Python ``Prober``; Li, Hingston and Kendall (2011),
      "Engineering design of strategies for winning iterated prisoner's
      dilemma competitions", IEEE TCIAIG 3(4); also in Mathieu and Delahaye's
      catalogue of classic rules
    """

    name = "Prober"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 1
        if turn < 3:
            return 0
        if history[OPPONENT, 1] == 0 and history[OPPONENT, 2] == 0:
            return 1
        return history[OPPONENT, turn - 1]


class CollectiveStrategy(Strategy):
    """Opens C, D; cooperates with an opponent that answered the same, until it defects again; else defects.

    The opening is a handshake: an opponent whose first two moves were also
    C, D is taken for one of its own kind and met with cooperation, until it
    defects a second time; any other opponent is met with defection for the
    rest of the match.

    Names:

    - CollectiveStrategy: Axelrod-Python ``CollectiveStrategy``
    - Collective Strategy: Li and Kendall (2009), "A strategy with novel
      evolutionary features for the iterated prisoner's dilemma", Evolutionary
      Computation 17(2)
    """

    name = "CollectiveStrategy"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn == 1:
            return D
        if ctx[OPPONENT_DEFECTIONS] > 1.0:
            return D
        if history[OPPONENT, 0] == C and history[OPPONENT, 1] == D:
            return C
        return D


class Detective(Strategy):
    """Plays a fixed opening (C, D, C, C); then tit for tat if the opponent defected during it, else always D.

    An opponent that never retaliated during the opening is exploited for the
    rest of the match.

    Parameters
    ----------
    initial_actions : the opening, "CDCC" by default.

    Names:

    - Detective: Axelrod-Python ``Detective``; Nicky Case (2017), "The
      Evolution of Trust", https://ncase.me/trust/
    """

    name = "Detective"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    initial_actions = Moves(default="CDCC", doc="the opening moves")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        opening = sequence(params, Detective.initial_actions)
        size = opening.shape[0]
        if turn < size:
            return int(opening[turn])
        for t in range(size):
            if history[OPPONENT, t] == D:
                return history[OPPONENT, turn - 1]
        return D


class Prober2(Strategy):
    """Opens D, C, C; cooperates for good if the opponent answered D, C on moves 2 and 3, else plays tit for tat.

    Names:

    - Prober 2: Axelrod-Python ``Prober2``; the PRISON project (1998)
    """

    name = "Prober 2"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return D
        if turn < 3:
            return C
        if history[OPPONENT, 1] == D and history[OPPONENT, 2] == C:
            return C
        return history[OPPONENT, turn - 1]


class Prober3(Strategy):
    """Opens D, C; defects for good if the opponent cooperated on move 2, else plays tit for tat.

    Names:

    - Prober 3: Axelrod-Python ``Prober3``; the PRISON project (1998)
    """

    name = "Prober 3"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return D
        if turn == 1:
            return C
        if history[OPPONENT, 1] == C:
            return D
        return history[OPPONENT, turn - 1]


_PROBER4_OPENING = "CCDCDDDCCDCDCCDCDDCD"
_PROBER4_DEFECTS = sum(1 << k for k, m in enumerate(_PROBER4_OPENING) if m == "D")  # bit k: move k + 1


class Prober4(Strategy):
    """Plays a fixed 20-move probe, then defects for good or makes peace, by how the opponent answered it.

    The probe is C, C, D, C, D, D, D, C, C, D, C, D, C, C, D, C, D, D, C, D.
    During it, each defection of the opponent after one of its own
    defections counts as justified and each after one of its cooperations as
    unjustified (its answers to the first 19 moves are counted). If the two
    counts differ by at most 2, the opponent is taken to defect regardless
    of provocation and is defected against for the rest of the match;
    otherwise it cooperates for five moves and then plays tit for tat.

    Names:

    - Prober 4: Axelrod-Python ``Prober4``; the PRISON project (1998)
    """

    name = "Prober 4"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    hostile = State(doc="1 once the opponent is judged a defector")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 20:
            return (_PROBER4_DEFECTS >> turn) & 1
        if turn == 20:
            justified = 0
            unjustified = 0
            for t in range(19):
                if history[OPPONENT, t] == D:
                    if history[OWN, t] == D:
                        justified += 1
                    else:
                        unjustified += 1
            if abs(justified - unjustified) <= 2:
                state[Prober4.hostile] = 1.0
        if state[Prober4.hostile] == 1.0:
            return D
        if turn < 25:
            return C
        return history[OPPONENT, turn - 1]


class HardProber(Strategy):
    """Opens D, D, C, C; defects for good if the opponent cooperated on moves 2 and 3, else plays tit for tat.

    Names:

    - Hard Prober: Axelrod-Python ``HardProber``; the PRISON project (1998)
    """

    name = "Hard Prober"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return D
        if turn < 4:
            return C
        if history[OPPONENT, 1] == C and history[OPPONENT, 2] == C:
            return D
        return history[OPPONENT, turn - 1]


class NaiveProber(Strategy):
    """Tit for tat that now and then defects after a cooperation, with probability ``p``.

    It opens with C, answers every defection with a defection, and after a
    cooperation defects with probability ``p`` to probe for exploitable
    opponents.

    Parameters
    ----------
    p : the probability of defecting after the opponent cooperated.

    Names:

    - Naive Prober: Axelrod-Python ``NaiveProber``; Li, Hingston and Kendall (2011)
    """

    name = "Naive Prober"
    classifier = Classifier(stochastic=True, memory_depth=1)
    p = Probability(default=0.1, doc="probability of defecting after a cooperation")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if history[OPPONENT, turn - 1] == D:
            return D
        return random_choice(rng, 1.0 - params[NaiveProber.p])


class RemorsefulProber(Strategy):
    """Naive Prober that does not retaliate when its own probe is answered with a defection.

    Like Naive Prober it defects after a cooperation with probability ``p``
    and answers defections in kind, but it remembers whether its last move
    was such a probe: if the opponent defects right after one, it
    "remorsefully" cooperates, allowing one free hit (Dawkins, The Selfish
    Gene, describes it so).

    Parameters
    ----------
    p : the probability of probing (defecting after a cooperation).

    Names:

    - Remorseful Prober: Axelrod-Python ``RemorsefulProber``; Li, Hingston and Kendall (2011)
    """

    name = "Remorseful Prober"
    classifier = Classifier(stochastic=True, memory_depth=2)
    p = Probability(default=0.1, doc="probability of defecting after a cooperation")
    probing = State(doc="1 when the last move was a probe")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if history[OPPONENT, turn - 1] == D:
            if state[RemorsefulProber.probing] == 1.0:
                state[RemorsefulProber.probing] = 0.0
                return C
            return D
        move = random_choice(rng, 1.0 - params[RemorsefulProber.p])
        state[RemorsefulProber.probing] = 1.0 if move == D else 0.0
        return move
