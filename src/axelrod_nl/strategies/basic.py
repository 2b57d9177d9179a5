"""Rules that ignore the opponent: unconditional, random and cyclic players."""

from __future__ import annotations

import numpy as np

from ..actions import from_string
from ..engine.random import random_choice
from ..engine.rule import rule
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
        return 0


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
        return 1


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

    def __init__(self, p: float = 0.5) -> None:
        self.p = self._probability_parameter("p", p)
        super().__init__(self.p)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return random_choice(rng, params[0])


class Cycler(Strategy):
    """Repeats a fixed pattern of moves, such as ``"CCD"``, from the first move.

    Names:

    - Cycler: Axelrod-Python ``Cycler``
    """

    name = "Cycler"
    classifier = Classifier(stochastic=False, memory_depth=np.inf)

    def __init__(self, pattern: str = "CCD") -> None:
        if not isinstance(pattern, str) or not pattern:
            raise ValueError(f"pattern must be a non-empty string of C and D, got {pattern!r}")
        self.pattern = pattern.upper()
        self._moves = from_string(self.pattern)
        super().__init__(self.pattern)
        self.classifier = Classifier(stochastic=False, memory_depth=len(self.pattern) - 1)

    def params_array(self) -> np.ndarray:
        # The period goes first: the engine pads parameter rows with zeros,
        # so the row's length is not the pattern's.
        return np.concatenate([[len(self._moves)], self._moves]).astype(np.float64)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        period = int(params[0])
        return int(params[1 + turn % period])


class Alternator(Strategy):
    """Cooperates on the first move, then alternates: C, D, C, D, ...

    Names:

    - Alternator: Axelrod-Python ``Alternator``
    """

    name = "Alternator"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return turn % 2
