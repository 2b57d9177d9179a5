"""Zero-determinant (linear-relation) players with an explicit baseline payoff.

ZD-Extort-2 and ZD-GTFT-2, whose baselines are the payoffs P and R of the
match, are in :mod:`.memoryone`; the players here fix the baseline ``l`` as a
number, as Axelrod-Python's do.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..actions import C
from ..engine.protocol import OPPONENT, OWN, PUNISHMENT, REWARD, SUCKER, TEMPTATION
from ..engine.random import random_choice
from ..engine.rule import rule
from ..game import Game
from ..parameters import Number, State
from ..strategy import Classifier, Strategy
from .memoryone import linear_relation_vector


class LRPlayer(Strategy):
    """A linear-relation player: enforces ``S_Y - l = s (S_X - l)`` between the long-run payoffs.

    Whatever the opponent Y does, this memory-one player X holds the two
    average payoffs on a line of slope ``s`` through ``(l, l)`` (Press and
    Dyson 2012). In the parameterisation of Hilbe, Nowak and Sigmund (2013,
    "Evolution of extortion in Iterated Prisoner's Dilemma games", PNAS
    110(17), eq. 14) it cooperates first and then with probability

        P(C | CC) = 1 - phi (1 - s) (R - l)
        P(C | CD) = 1 - phi (s (l - S) + (T - l))
        P(C | DC) = phi ((l - S) + s (T - l))
        P(C | DD) = phi (1 - s) (l - P)

    computed from the match's payoffs on the first move. The pair ``(l, s)``
    must be enforceable (``P <= l <= R`` and
    ``-min((T - l) / (l - S), (l - S) / (T - l)) <= s <= 1``) and ``phi`` must
    keep the four values in [0, 1]; otherwise the match fails with a
    ValueError, as Axelrod-Python fails when the match starts. Values outside
    [0, 1] by no more than 1e-12 (rounding) are clipped.
    ``four_vector(game)`` shows the vector for a game.

    Parameters
    ----------
    phi : enforcement rate, positive (default 0.2).
    s : slope, at most 1 (default 0.1).
    l : baseline payoff (default 1, P of the usual payoffs).

    Names:

    - LinearRelation: Axelrod-Python ``LRPlayer``
    - Linear relation player: Hilbe, Nowak and Sigmund (2013)
    """

    name = "LinearRelation"
    classifier = Classifier(stochastic=True, memory_depth=1, uses_payoffs=True)
    phi = Number(default=0.2, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.1, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=1.0, doc="baseline payoff of the enforced relation")
    vector = State(size=4, doc="the four-vector for this match's payoffs")

    def four_vector(self, game: Optional[Game] = None) -> tuple[float, float, float, float]:
        """``(P(C|CC), P(C|CD), P(C|DC), P(C|DD))`` in ``game`` (default payoffs if None).

        Raises ValueError if the parameters cannot be enforced in that game.
        """
        game = game or Game()
        out = np.zeros(4)
        linear_relation_vector(game.R, game.S, game.T, game.P, self.phi, self.s, self.l, out)
        return tuple(float(x) for x in out)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        at = LRPlayer.vector
        if turn == 0:
            linear_relation_vector(ctx[REWARD], ctx[SUCKER], ctx[TEMPTATION], ctx[PUNISHMENT],
                                   params[LRPlayer.phi], params[LRPlayer.s], params[LRPlayer.l],
                                   state[at:at + 4])
            return C
        return random_choice(rng, state[at + 2 * int(history[OWN, turn - 1]) + int(history[OPPONENT, turn - 1])])


class ZDExtortion(LRPlayer):
    """An extortionate linear-relation player: ``l = 1``, ``s = 0.1``, ``phi = 0.2``.

    With the usual payoffs its vector is (0.64, 0.18, 0.28, 0): the opponent's
    surplus over P is a tenth of its own.

    Names:

    - ZD-Extortion: Axelrod-Python ``ZDExtortion``
    - ZDExtortion: Roemheld (2013), "Evolutionary extortion and mischief:
      zero determinant strategies in iterated 2x2 games", Bachelor's thesis, Heidelberg
    """

    name = "ZD-Extortion"


class ZDExtort2v2(LRPlayer):
    """An extortionate linear-relation player: ``l = 1``, ``s = 1/2``, ``phi = 1/8``.

    With the usual payoffs its vector is (7/8, 7/16, 3/8, 0).

    Names:

    - ZD-Extort-2 v2: Axelrod-Python ``ZDExtort2v2``
    - EXTORT2: Kuhn (2017), "Prisoner's Dilemma", Stanford Encyclopedia of Philosophy
    """

    name = "ZD-Extort-2 v2"
    phi = Number(default=1 / 8, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.5, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=1.0, doc="baseline payoff of the enforced relation")


class ZDExtort3(LRPlayer):
    """An extortionate linear-relation player with extortion factor 3: ``l = 1``, ``s = 1/3``, ``phi = 3/26``.

    With the usual payoffs its vector is (11/13, 1/2, 7/26, 0), Press and
    Dyson's example of an extortionate rule.

    Names:

    - ZD-Extort3: Axelrod-Python ``ZDExtort3``; original name by Marc Harper
    - Unnamed: Press and Dyson (2012), "Iterated Prisoner's Dilemma contains
      strategies that dominate any evolutionary opponent", PNAS 109(26)
    """

    name = "ZD-Extort3"
    phi = Number(default=3 / 26, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=1 / 3, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=1.0, doc="baseline payoff of the enforced relation")


class ZDExtort4(LRPlayer):
    """An extortionate linear-relation player with extortion factor 4: ``l = 1``, ``s = 1/4``, ``phi = 4/17``.

    With the usual payoffs its vector is (11/17, 0, 8/17, 0), at the edge of
    what is enforceable: P(C | CD) is 0. Tit for tat is the other extreme
    (``l = 3``, ``s = 1``).

    Names:

    - ZD-Extort-4: Axelrod-Python ``ZDExtort4``; original name by Marc Harper
    """

    name = "ZD-Extort-4"
    phi = Number(default=4 / 17, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.25, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=1.0, doc="baseline payoff of the enforced relation")


class ZDGen2(LRPlayer):
    """A generous linear-relation player: ``l = 3``, ``s = 1/2``, ``phi = 1/8``.

    With the usual payoffs its vector is (1, 9/16, 1/2, 1/8).

    Names:

    - ZD-GEN-2: Axelrod-Python ``ZDGen2``
    - GEN2: Kuhn (2017), "Prisoner's Dilemma", Stanford Encyclopedia of Philosophy
    """

    name = "ZD-GEN-2"
    phi = Number(default=1 / 8, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.5, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=3.0, doc="baseline payoff of the enforced relation")


class ZDMischief(LRPlayer):
    """A "mischievous" linear-relation player of slope 0: ``l = 1``, ``s = 0``, ``phi = 0.1``.

    Slope 0 pins the opponent's average payoff at ``l`` whatever it does.
    With the usual payoffs its vector is (0.8, 0.6, 0.1, 0).

    Names:

    - ZD-Mischief: Axelrod-Python ``ZDMischief``
    - ZDMischief: Roemheld (2013)
    """

    name = "ZD-Mischief"
    phi = Number(default=0.1, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.0, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=1.0, doc="baseline payoff of the enforced relation")


class ZDSet2(LRPlayer):
    """An equaliser: ``l = 2``, ``s = 0``, ``phi = 1/4``, setting the opponent's average payoff to 2.

    With the usual payoffs its vector is (3/4, 1/4, 1/2, 1/4).

    Names:

    - ZD-SET-2: Axelrod-Python ``ZDSet2``
    - SET2: Kuhn (2017), "Prisoner's Dilemma", Stanford Encyclopedia of Philosophy
    """

    name = "ZD-SET-2"
    phi = Number(default=1 / 4, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.0, maximum=1.0, doc="slope of the enforced relation, at most 1")
    l = Number(default=2.0, doc="baseline payoff of the enforced relation")
