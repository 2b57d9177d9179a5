"""Rules that ignore the opponent: unconditional, random and cyclic players."""

from __future__ import annotations

import math

from ..actions import C, D
from ..engine.protocol import OWN, sequence
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Moves, Probability
from ..strategy import Classifier, Strategy


class Cooperator(Strategy):
    """Always cooperates.

    Names:

    - Cooperator: Axelrod-Python ``Cooperator``
    - ALL C: Axelrod and Hamilton (1981), "The Evolution of Cooperation", Science 211
    """

    name = "Cooperator"
    classifier = Classifier(stochastic=False, memory_depth=0)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C


class Defector(Strategy):
    """Always defects.

    ALL D is the only evolutionarily stable rule when the future matters little
    (Axelrod and Hamilton 1981).

    Names:

    - Defector: Axelrod-Python ``Defector``
    - ALL D: Axelrod and Hamilton (1981), "The Evolution of Cooperation", Science 211
    """

    name = "Defector"
    classifier = Classifier(stochastic=False, memory_depth=0)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return D


class Random(Strategy):
    """Cooperates with probability ``p``, independently at every move.

    With ``p = 0.5`` this is RANDOM, the rule Axelrod added to both 1980
    tournaments (15th of 15 in the first; K93R, 62nd of 63, in the second).
    ``p`` of 0 or 1 makes it deterministic and it then draws no random numbers.

    Names:

    - Random: Axelrod-Python ``Random``
    - RANDOM: Axelrod (1980), "Effective Choice in the Prisoner's Dilemma", JCR 24(1)
    """

    name = "Random"
    classifier = Classifier(stochastic=True, memory_depth=0)
    tourexec = "K93R"  # with p = 0.5
    p = Probability(default=0.5, doc="probability of cooperating at each move")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return random_choice(rng, params[Random.p])


class Cycler(Strategy):
    """Repeats a fixed pattern of moves, such as ``"CCD"``, from the first move.

    Names:

    - Cycler: Axelrod-Python ``Cycler``
    """

    name = "Cycler"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    pattern = Moves(default="CCD", doc="the moves to repeat, such as 'CCD'")

    def classify(self) -> Classifier:
        return Classifier(stochastic=False, memory_depth=len(self.pattern) - 1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        pattern = sequence(params, Cycler.pattern)
        return int(pattern[turn % pattern.shape[0]])


class Alternator(Strategy):
    """Cooperates on the first move, then plays the opposite of its own previous move: C, D, C, D, ...

    It flips the move it actually played, as Axelrod-Python's ``Alternator``
    does, so under noise a flipped move shifts the alternation instead of being
    ignored by a clock (``turn % 2``): the move differs from the previous one
    unless noise flips exactly one of the two.

    Names:

    - Alternator: Axelrod-Python ``Alternator``
    """

    name = "Alternator"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        return 1 - history[OWN, turn - 1]
