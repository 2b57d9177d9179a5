"""Bush-Mosteller reinforcement learning: repeat what paid above aspiration, drop what paid below."""

from __future__ import annotations

import math

from numba import njit

from ..actions import C
from ..engine.protocol import OPPONENT, OWN, PUNISHMENT, REWARD, SUCKER, TEMPTATION
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Number, Probability, State
from ..strategy import Classifier, Strategy


@njit(cache=True, inline="always")
def own_payoff(ctx, own, theirs):
    """The payoff of the round ``(own, theirs)`` to the player whose context is ``ctx``."""
    if own == C:
        return ctx[REWARD] if theirs == C else ctx[SUCKER]
    return ctx[TEMPTATION] if theirs == C else ctx[PUNISHMENT]


class BushMosteller(Strategy):
    """Learns from its own payoffs: a move that paid more than its aspiration becomes likelier, one that paid less rarer.

    It keeps a weight for each move, ``c_prob`` and ``d_prob`` at the start,
    and cooperates with probability ``c / (c + d)``. After each round it
    compares its payoff ``u`` with the aspiration level ``A = M / divider``,
    ``M`` the largest payoff of the game, through the stimulus
    ``s = (u - A) / |M - A|`` (at least -1), and moves the weight ``w`` of
    the move it just played: ``w += rate s (1 - w)`` if ``s >= 0``, else
    ``w += rate s w``.

    Bush and Mosteller's (1955) stochastic learning model, in the form Macy
    and Flache (2002, "Learning dynamics in social dilemmas", PNAS 99) use
    for social dilemmas; Axelrod-Python cites Luis R. Izquierdo and Segismundo
    S. Izquierdo (2008), "Dynamics of the Bush-Mosteller learning algorithm
    in 2x2 games", in Reinforcement Learning: Theory and Applications.

    Interpretation: the aspiration level is taken from the match's payoffs;
    Axelrod-Python takes it from the default game whatever the match is
    played with (5 / divider), so the two differ only in other games. The
    class is classified stochastic whatever the weights, as in Axelrod-Python.

    Parameters
    ----------
    c_prob, d_prob : the starting weights of C and D (probabilities, not both 0).
    aspiration_level_divider : divides the largest payoff to give the aspiration level; positive, not 1.
    learning_rate : how far one round moves a weight, in [0, 1].

    Names:

    - Bush Mosteller: Axelrod-Python ``BushMosteller``; Izquierdo and Izquierdo (2008)
    """

    name = "Bush Mosteller"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    c_prob = Probability(default=0.5, doc="starting weight of C")
    d_prob = Probability(default=0.5, doc="starting weight of D")
    aspiration_level_divider = Number(default=3.0, minimum=0.0, above=True,
                                      doc="the aspiration level is the largest payoff over this")
    learning_rate = Number(default=0.5, minimum=0.0, maximum=1.0, doc="speed of learning")
    weights = State(size=2, doc="the current weights of C and D")
    aspiration = State(doc="the aspiration level in this match")

    def validate(self) -> None:
        if self.c_prob + self.d_prob <= 0.0:
            raise ValueError("c_prob and d_prob cannot both be 0")
        if self.aspiration_level_divider == 1.0:
            raise ValueError("aspiration_level_divider cannot be 1: the aspiration would be the largest payoff")

    def classify(self) -> Classifier:
        return type(self).classifier

    @rule
    def decide(turn, history, ctx, params, state, rng):
        w = BushMosteller.weights
        best = max(max(ctx[REWARD], ctx[SUCKER]), max(ctx[TEMPTATION], ctx[PUNISHMENT]))
        if turn == 0:
            state[w] = params[BushMosteller.c_prob]
            state[w + 1] = params[BushMosteller.d_prob]
            state[BushMosteller.aspiration] = abs(best / params[BushMosteller.aspiration_level_divider])
        else:
            own = history[OWN, turn - 1]
            aspiration = state[BushMosteller.aspiration]
            stimulus = (own_payoff(ctx, own, history[OPPONENT, turn - 1]) - aspiration) / abs(best - aspiration)
            stimulus = max(stimulus, -1.0)
            rate = params[BushMosteller.learning_rate]
            k = w + own
            if stimulus >= 0.0:
                state[k] += rate * stimulus * (1.0 - state[k])
            else:
                state[k] += rate * stimulus * state[k]
        return random_choice(rng, state[w] / (state[w] + state[w + 1]))
