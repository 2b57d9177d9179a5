"""Q-learners: tabular Q-learning over what the opponent has done, with an epsilon-soft choice.

The four players differ only in two rates. Each move, the learner sees a
*state*: the opponent's last ``_MEMORY`` = 12 moves (fewer at the start) and
the number of times the opponent has cooperated so far. It keeps a value
``Q(s, a)`` for each state and move, and a state value ``V(s) = max_a Q(s, a)``,
all 0 until learnt. After each round it credits the move ``a`` it chose in
the state ``s`` it saw with the payoff ``r`` it got and the value of the
state ``s'`` it has reached:
``Q(s, a) <- (1 - learning_rate) Q(s, a) + learning_rate (r + discount_rate V(s'))``,
then sets ``V(s)``. It then plays, in ``s'``, the move of larger ``Q`` (C on a
tie) with probability 0.9, and a fair coin's move otherwise, so C with
probability 0.95 on the first move.

The table is exact and takes seven state slots, with no allocation during a
match: the count of cooperations in the state only grows, so a state can be
met again only on consecutive moves (while the opponent keeps defecting with
twelve defections already in view), and no other state's values are ever read
after the move it was seen on. A learner therefore keeps the state it saw last
(encoded as one number), its two ``Q`` values and ``V``; a state it has not
just seen has values 0.

The state is Axelrod-Python's as its code builds it: its docstring speaks of
the opponent's proportion of cooperations, but the key it writes holds their
count, and these classes follow the code.
"""

from __future__ import annotations

import math

from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT
from ..engine.random import random_choice, uniform
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy
from .bush_mosteller import own_payoff

_MEMORY = 12  # opponent moves in a state
_WINDOW = 2 ** _MEMORY
_GREEDY = 1.0 - 0.1  # chance of playing the move of larger value
_SLOTS = 7

# Offsets in a learner's state block.
_BITS = 0      # the opponent's last _MEMORY moves, the latest in the lowest bit
_COOPS = 1     # the opponent's cooperations so far
_KEY = 2       # the state seen last move, encoded
_Q = 3         # Q of that state for C, then for D (offset 4)
_VALUE = 5     # V of that state
_CHOSEN = 6    # the move chosen last (before any noise)


@njit(cache=True, inline="always")
def _q_learning_move(turn, history, ctx, state, rng, base, learning_rate, discount_rate):
    """One move of a Q-learner whose state block starts at ``state[base]``."""
    if turn > 0:
        theirs = history[OPPONENT, turn - 1]
        bits = (2 * int(state[base + _BITS]) + theirs) % _WINDOW
        state[base + _BITS] = bits
        if theirs == C:
            state[base + _COOPS] += 1.0
        key = (state[base + _COOPS] * (_MEMORY + 1) + min(turn, _MEMORY)) * _WINDOW + bits
        again = key == state[base + _KEY]
        reached = state[base + _VALUE] if again else 0.0
        chosen = base + _Q + int(state[base + _CHOSEN])
        reward = own_payoff(ctx, int(state[base + _CHOSEN]), theirs)
        state[chosen] = (1.0 - learning_rate) * state[chosen] + learning_rate * (reward + discount_rate * reached)
        if again:
            state[base + _VALUE] = max(state[base + _Q], state[base + _Q + 1])
        else:
            state[base + _Q] = 0.0
            state[base + _Q + 1] = 0.0
            state[base + _VALUE] = 0.0
        state[base + _KEY] = key
    if uniform(rng) < _GREEDY:
        move = C if state[base + _Q] >= state[base + _Q + 1] else D
    else:
        move = random_choice(rng, 0.5)
    state[base + _CHOSEN] = move
    return move


class RiskyQLearner(Strategy):
    """A Q-learner that learns fast and values the future: learning rate 0.9, discount rate 0.9.

    Q-learning over states made of the opponent's last twelve moves and its
    count of cooperations, as the module describes: after each round it
    moves 90% of the way to the payoff just earned plus 0.9 times the value
    of the state reached, and plays the move of larger value with
    probability 0.9, a coin's move otherwise. The payoffs are the match's.
    As in Axelrod-Python, it credits the move it chose (under noise the move
    played may differ) and the very first update, which concerns the state
    before the match and a move and payoff drawn at random, is never read
    again, so it is left out.

    Names:

    - Risky QLearner: Axelrod-Python ``RiskyQLearner``; original name by Geraint Palmer
    """

    name = "Risky QLearner"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    learning = State(_SLOTS, doc="the opponent's recent moves and cooperations, and the last state's values")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _q_learning_move(turn, history, ctx, state, rng, RiskyQLearner.learning, 0.9, 0.9)


class ArrogantQLearner(Strategy):
    """A Q-learner that learns fast and looks little ahead: learning rate 0.9, discount rate 0.1.

    :class:`RiskyQLearner`'s machine (see the module) with a discount rate
    of 0.1: it jumps to conclusions from the payoff just earned and gives the
    state reached a tenth of its value.

    Names:

    - Arrogant QLearner: Axelrod-Python ``ArrogantQLearner``; original name by Geraint Palmer
    """

    name = "Arrogant QLearner"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    learning = State(_SLOTS, doc="the opponent's recent moves and cooperations, and the last state's values")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _q_learning_move(turn, history, ctx, state, rng, ArrogantQLearner.learning, 0.9, 0.1)


class HesitantQLearner(Strategy):
    """A Q-learner that learns slowly and values the future: learning rate 0.1, discount rate 0.9.

    :class:`RiskyQLearner`'s machine (see the module) with a learning rate
    of 0.1: each round moves a value only a tenth of the way to its new
    estimate, in which the state reached counts 0.9.

    Names:

    - Hesitant QLearner: Axelrod-Python ``HesitantQLearner``; original name by Geraint Palmer
    """

    name = "Hesitant QLearner"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    learning = State(_SLOTS, doc="the opponent's recent moves and cooperations, and the last state's values")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _q_learning_move(turn, history, ctx, state, rng, HesitantQLearner.learning, 0.1, 0.9)


class CautiousQLearner(Strategy):
    """A Q-learner that learns slowly and looks little ahead: learning rate 0.1, discount rate 0.1.

    :class:`RiskyQLearner`'s machine (see the module) with both rates 0.1.

    Names:

    - Cautious QLearner: Axelrod-Python ``CautiousQLearner``; original name by Geraint Palmer
    """

    name = "Cautious QLearner"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    learning = State(_SLOTS, doc="the opponent's recent moves and cooperations, and the last state's values")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _q_learning_move(turn, history, ctx, state, rng, CautiousQLearner.learning, 0.1, 0.1)
