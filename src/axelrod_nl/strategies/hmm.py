"""Hidden Markov model players: stochastic machines whose state moves on the opponent's last move.

A machine has ``n`` hidden states, two ``n x n`` transition matrices (one
used after the opponent cooperates, one after it defects) whose rows are
probability distributions over the next state, and for each state the
probability of cooperating in it. The trained machine EvolvedHMM5 is
Axelrod-Python 4.14's (``axelrod/strategies/hmm.py``), kept below as data.
"""

from __future__ import annotations

import math

from ..engine.protocol import OPPONENT, sequence
from ..engine.random import random_choice, uniform
from ..engine.rule import rule
from ..parameters import Count, Move, Parameter, State
from ..strategy import Classifier, Strategy
from ..validation import check_probability
from .cycler import _Named

_TOLERANCE = 1e-8  # how far a row's sum may be from 1, as in Axelrod-Python

# EvolvedHMM5: five states, opening C in state 3.
EVOLVED_HMM_5_TRANSITIONS_C = (
    (1, 0, 0, 0, 0),
    (0, 1, 0, 0, 0),
    (0, 1, 0, 0, 0),
    (0.631, 0, 0, 0.369, 0),
    (0.143, 0.018, 0.118, 0, 0.721),
)
EVOLVED_HMM_5_TRANSITIONS_D = (
    (0, 1, 0, 0, 0),
    (0, 0.487, 0.513, 0, 0),
    (0, 0, 0, 0.590, 0.410),
    (1, 0, 0, 0, 0),
    (0, 0.287, 0.456, 0.146, 0.111),
)
EVOLVED_HMM_5_EMISSIONS = (1, 0, 0, 1, 0.111)


class _StochasticMatrix(Parameter):
    """A square matrix whose rows are probability distributions, kept as a tuple of row tuples; encoded by rows."""

    variable = True

    def check(self, value):
        if isinstance(value, (str, bytes)):
            self._fail(f"must be a square matrix of probabilities, got {value!r}", TypeError)
        try:
            rows = [list(row) for row in value]
        except TypeError:
            self._fail(f"must be a square matrix of probabilities (a sequence of rows), got {value!r}", TypeError)
        if not rows or any(len(row) != len(rows) for row in rows):
            self._fail(f"must be a non-empty square matrix, got {value!r}")
        checked = []
        for i, row in enumerate(rows):
            entries = tuple(check_probability(f"{self.name}[{i}][{j}]", p) for j, p in enumerate(row))
            if abs(sum(entries) - 1.0) > _TOLERANCE:
                self._fail(f"row {i} must sum to 1, got {sum(entries):g}")
            checked.append(entries)
        return tuple(checked)

    def encode(self, value, values):
        return [p for row in value for p in row]

    def show(self, value) -> str:
        return "(" + ", ".join("(" + ", ".join(f"{p:.4g}" for p in row) + ")" for row in value) + ")"


class _Emissions(Parameter):
    """One probability of cooperating per state, kept as a tuple of floats."""

    variable = True

    def check(self, value):
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
            self._fail(f"must be a sequence of probabilities, got {value!r}", TypeError)
        if len(value) == 0:
            self._fail("must hold at least one probability")
        return tuple(check_probability(f"{self.name}[{k}]", p) for k, p in enumerate(value))

    def encode(self, value, values):
        return list(value)

    def show(self, value) -> str:
        return "(" + ", ".join(f"{p:.4g}" for p in value) + ")"


class HMMPlayer(Strategy):
    """Plays a hidden Markov model: a machine whose state moves at random on the opponent's last move.

    The first move is ``initial_action``, in state ``initial_state``. On
    every later move the machine first moves to a new state, drawn from row
    ``s`` of ``transitions_C`` if the opponent's last move was C and of
    ``transitions_D`` if it was D (``s`` the current state), then cooperates
    with the new state's ``emission_probabilities`` entry. A row with an
    entry of 1, or a probability of 0 or 1, draws nothing, so a machine of
    zeros and ones is a deterministic finite-state machine. The default, one
    state that cooperates with probability 1/2 after a cooperative opening,
    is Axelrod-Python's.

    The memory depth is 1 for a one-state machine and infinite otherwise;
    Axelrod-Python's generic class says 1 whatever the machine.

    Names:

    - HMM Player: Axelrod-Python ``HMMPlayer``, named by Marc Harper
    - Hidden Markov model: https://en.wikipedia.org/wiki/Hidden_Markov_model
    """

    name = "HMM Player"
    classifier = Classifier(stochastic=True, memory_depth=1)
    transitions_C = _StochasticMatrix(default=((1.0,),), doc="next-state distributions after the opponent's C")
    transitions_D = _StochasticMatrix(default=((1.0,),), doc="next-state distributions after the opponent's D")
    emission_probabilities = _Emissions(default=(0.5,), doc="probability of cooperating in each state")
    initial_state = Count(default=0, doc="the state of the first move")
    initial_action = Move(default="C", doc="the first move")
    current = State(doc="the current state")

    def validate(self) -> None:
        n = len(self.emission_probabilities)
        for label in ("transitions_C", "transitions_D"):
            if len(getattr(self, label)) != n:
                raise ValueError(f"{label} must be {n} x {n}, one row and column per emission probability")
        if self.initial_state >= n:
            raise ValueError(f"initial_state must be a state from 0 to {n - 1}, got {self.initial_state}")

    def classify(self) -> Classifier:
        values = set(self.emission_probabilities)
        for matrix in (self.transitions_C, self.transitions_D):
            for row in matrix:
                values.update(row)
        return Classifier(stochastic=not values <= {0.0, 1.0},
                          memory_depth=1 if len(self.emission_probabilities) == 1 else math.inf)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[HMMPlayer.current] = params[HMMPlayer.initial_state]
            return int(params[HMMPlayer.initial_action])
        emissions = sequence(params, HMMPlayer.emission_probabilities)
        n = emissions.shape[0]
        if history[OPPONENT, turn - 1] == 0:
            matrix = sequence(params, HMMPlayer.transitions_C)
        else:
            matrix = sequence(params, HMMPlayer.transitions_D)
        base = int(state[HMMPlayer.current]) * n
        chosen = -1
        for j in range(n):
            if matrix[base + j] == 1.0:
                chosen = j
                break
        if chosen < 0:
            u = uniform(rng)
            total = 0.0
            chosen = n - 1
            for j in range(n):
                total += matrix[base + j]
                if u < total:
                    chosen = j
                    break
            # Rounding may leave the last rows' sum a hair below 1: fall back on the last state with weight.
            if u >= total:
                for j in range(n - 1, -1, -1):
                    if matrix[base + j] > 0.0:
                        chosen = j
                        break
        state[HMMPlayer.current] = chosen
        return random_choice(rng, emissions[chosen])


class EvolvedHMM5(_Named, HMMPlayer):
    """A five-state hidden Markov model bred by an evolutionary algorithm; it opens with C in state 3.

    States 0 and 3 always cooperate and states 1 and 2 always defect; state
    4 cooperates with probability 0.111. After the opponent's cooperation the
    machine drifts towards state 0 or 1 and stays there while the opponent
    keeps cooperating (state 0 cooperates, state 1 defects); a defection
    moves it on, from state 3 to the cooperative state 0 and from state 0 to
    the defecting state 1. Trained against Axelrod-Python's short-run-time
    players (Harper et al. 2017, "Reinforcement learning produces dominant
    strategies for the Iterated Prisoner's Dilemma", PLoS ONE 12(12)).

    Names:

    - Evolved HMM 5: Axelrod-Python ``EvolvedHMM5``, named by Marc Harper
    """

    name = "Evolved HMM 5"
    classifier = Classifier(stochastic=True, memory_depth=5)
    transitions_C = _StochasticMatrix(default=EVOLVED_HMM_5_TRANSITIONS_C,
                                      doc="next-state distributions after the opponent's C")
    transitions_D = _StochasticMatrix(default=EVOLVED_HMM_5_TRANSITIONS_D,
                                      doc="next-state distributions after the opponent's D")
    emission_probabilities = _Emissions(default=EVOLVED_HMM_5_EMISSIONS, doc="probability of cooperating in each state")
    initial_state = Count(default=3, doc="the state of the first move")
    initial_action = Move(default="C", doc="the first move")
