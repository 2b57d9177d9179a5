"""Axelrod's first tournament (1980): the submitted rules, reproduced from the evidence.

draft
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from ..engine.context import (
    LENGTH,
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OPPONENT_SCORE,
    OWN,
    OWN_SCORE,
)
from ..engine.random import random_choice, uniform
from ..engine.rule import rule
from ..strategy import Classifier, Strategy, check_probability


# Outcomes of NYDEGGER's three-move code (own defection 2, opponent's 1,
# newest move weight 1, oldest 16) on which it cooperates.
_NYDEGGER_COOPERATE = np.zeros(64, dtype=np.int8)
for _value in (0, 27, 28, 32, 40, 41, 42, 43, 44, 46, 47, 48, 56, 57, 59, 60, 62, 63):
    _NYDEGGER_COOPERATE[_value] = 1
del _value


class FirstByNydegger(Strategy):
    """draft"""

    name = "First by Nydegger"
    classifier = Classifier(stochastic=False, memory_depth=3)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        if turn == 1:
            return history[OPPONENT, 0]
        if turn == 2:
            if (history[OWN, 0] == 0 and history[OPPONENT, 0] == 1
                    and history[OWN, 1] == 1 and history[OPPONENT, 1] == 0):
                return 1
            return history[OPPONENT, 1]
        code = 0
        for back in range(3, 0, -1):
            t = turn - back
            code = 4 * code + 2 * history[OWN, t] + history[OPPONENT, t]
        return 1 - _NYDEGGER_COOPERATE[code]


class FirstByGrofman(Strategy):
    """draft"""

    name = "First by Grofman"
    classifier = Classifier(stochastic=True, memory_depth=1)

    def __init__(self, p: float = 2 / 7) -> None:
        self.p = check_probability("p", p)
        super().__init__(self.p)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        own = history[OWN, turn - 1]
        if own == history[OPPONENT, turn - 1]:
            return own
        return random_choice(rng, params[0])


class FirstByShubik(Strategy):
    """draft"""

    name = "First by Shubik"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    state_size = 2  # retaliation length k, retaliations still owed

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        if state[1] > 0:
            state[1] -= 1
            return 1
        if history[OPPONENT, turn - 1] == 1 and history[OWN, turn - 1] == 0:
            state[0] += 1
            state[1] = state[0] - 1
            return 1
        return 0


class FirstByDavis(Strategy):
    """draft"""

    name = "First by Davis"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)

    def __init__(self, rounds_to_cooperate: int = 10) -> None:
        if isinstance(rounds_to_cooperate, bool) or not isinstance(rounds_to_cooperate, (int, np.integer)):
            raise TypeError(f"rounds_to_cooperate must be a whole number, got {rounds_to_cooperate!r}")
        if rounds_to_cooperate < 0:
            raise ValueError(f"rounds_to_cooperate must be at least 0, got {rounds_to_cooperate}")
        self.rounds_to_cooperate = int(rounds_to_cooperate)
        super().__init__(self.rounds_to_cooperate)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < params[0]:
            return 0
        return 1 if ctx[OPPONENT_DEFECTIONS] > 0.0 else 0


class FirstByGraaskamp(Strategy):
    """draft"""

    name = "First by Graaskamp"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    state_size = 2  # mode from move 57 on, moves of tit for tat left before the next defection

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move == 1:
            return 0
        if move == 51:
            return 1
        if move < 57:
            return history[OPPONENT, turn - 1]
        if move == 57:
            if ctx[OPPONENT_SCORE] <= 135.0:
                state[0] = 3  # looks like RANDOM: defect to the end
                return 1
            m52 = 2 * history[OWN, 51] + history[OPPONENT, 51]
            m53 = 2 * history[OWN, 52] + history[OPPONENT, 52]
            m54 = 2 * history[OWN, 53] + history[OPPONENT, 53]
            m55 = 2 * history[OWN, 54] + history[OPPONENT, 54]
            if (m52 == 1 and m53 == 2 and m54 == 1) or (m52 == 3 and m53 == 3 and m54 == 3):
                state[0] = 2  # tit for tat's echo, or its own twin: tit for tat
            elif m52 == 0 and m53 == 1 and m54 == 2 and m55 == 0:
                state[0] = 4  # presumably ANALOGY: cooperate to move 118, then tit for tat
            else:
                state[0] = 1
                state[1] = math.floor(10.0 * uniform(rng) + 5.0)
            return 0
        mode = state[0]
        if mode == 1:
            if state[1] <= 0:
                state[1] = math.floor(10.0 * uniform(rng) + 5.0)
                return 1
            state[1] -= 1
            return history[OPPONENT, turn - 1]
        if mode == 2:
            return history[OPPONENT, turn - 1]
        if mode == 3:
            return 1
        if move >= 118:
            state[0] = 2
        return 0


@njit(cache=True)
def _k59r(turn, history, params, state):
    """The K59R decision; state holds good, bad and the four counts."""
    if turn == 0:
        state[0] = params[0]
        state[1] = params[1]
    elif turn >= 2:
        if history[OWN, turn - 2] == 0:
            state[3] += 1
            if history[OPPONENT, turn - 1] == 0:
                state[2] += 1
            state[0] = np.float32(state[2]) / np.float32(state[3])
        else:
            state[5] += 1
            if history[OPPONENT, turn - 1] == 0:
                state[4] += 1
            state[1] = np.float32(state[4]) / np.float32(state[5])
    good = np.float32(state[0])
    bad = np.float32(state[1])
    c = np.float32(6.0) * good - np.float32(8.0) * bad - np.float32(2.0)
    alt = np.float32(4.0) * good - np.float32(5.0) * bad - np.float32(1.0)
    if c >= 0 and c >= alt:
        return 0
    if (c >= 0 and c < alt) or alt >= 0:
        previous = history[OWN, turn - 1] if turn > 0 else 0
        return 1 - previous
    return 1


@rule
def _downing_decide(turn, history, ctx, params, state, rng):
    return _k59r(turn, history, params, state)


class FirstByDowning(Strategy):
    """draft"""

    name = "First by Downing"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    state_size = 6
    decide = _downing_decide

    def __init__(self) -> None:
        super().__init__()

    def params_array(self) -> np.ndarray:
        return np.array([0.5, 0.5])


class RevisedDowning(Strategy):
    """draft"""

    name = "Revised Downing"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    state_size = 6
    decide = _downing_decide

    def params_array(self) -> np.ndarray:
        return np.array([1.0, 0.0])


class FirstByFeld(Strategy):
    """draft"""

    name = "First by Feld"
    classifier = Classifier(stochastic=True, memory_depth=1)

    def __init__(self, start_coop_prob: float = 1.0, end_coop_prob: float = 0.5,
                 rounds_of_decay: int = 200) -> None:
        self.start_coop_prob = check_probability("start_coop_prob", start_coop_prob)
        self.end_coop_prob = check_probability("end_coop_prob", end_coop_prob)
        if isinstance(rounds_of_decay, bool) or not isinstance(rounds_of_decay, (int, np.integer)):
            raise TypeError(f"rounds_of_decay must be a whole number, got {rounds_of_decay!r}")
        if rounds_of_decay <= 0:
            raise ValueError(f"rounds_of_decay must be positive, got {rounds_of_decay}")
        self.rounds_of_decay = int(rounds_of_decay)
        super().__init__(self.start_coop_prob, self.end_coop_prob, self.rounds_of_decay)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        if history[OPPONENT, turn - 1] == 1:
            return 1
        start = params[0]
        end = params[1]
        p = start + (end - start) * turn / params[2]
        if (end <= start and p < end) or (end > start and p > end):
            p = end
        return random_choice(rng, p)


class FirstByJoss(Strategy):
    """draft"""

    name = "First by Joss"
    classifier = Classifier(stochastic=True, memory_depth=1)

    def __init__(self, p: float = 0.9) -> None:
        self.p = check_probability("p", p)
        super().__init__(self.p)
        if self.p in (0.0, 1.0):
            self.classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        if history[OPPONENT, turn - 1] == 1:
            return 1
        return random_choice(rng, params[0])


class FirstByTullock(Strategy):
    """draft"""

    name = "First by Tullock"
    classifier = Classifier(stochastic=True, memory_depth=10)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 11:
            return 0
        cooperations = 0
        for t in range(turn - 10, turn):
            cooperations += 1 - history[OPPONENT, t]
        p = cooperations / 10.0 - 0.1
        return random_choice(rng, p)


class FirstByAnonymous(Strategy):
    """draft"""

    name = "First by Anonymous"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    state_size = 1  # P in tenths

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[0] = 3
        elif turn % 10 == 0:
            cooperations = 0
            for t in range(turn - 10, turn):
                cooperations += 1 - history[OPPONENT, t]
            tenths = state[0]
            if cooperations >= 8:
                tenths += 1
            elif cooperations <= 2:
                tenths -= 1
            elif 4 <= cooperations <= 6:
                tenths -= 1
            if turn >= 130 and ctx[OWN_SCORE] < ctx[OPPONENT_SCORE]:
                tenths += 1
            state[0] = min(7.0, max(3.0, tenths))
        return random_choice(rng, state[0] / 10.0)


@njit(cache=True)
def _chi2_sf_1df(x):
    """Upper tail of the chi-squared distribution with one degree of freedom."""
    if x <= 0.0:
        return 1.0
    return math.erfc(math.sqrt(0.5 * x))


class FirstByTidemanAndChieruzzi(Strategy):
    """draft"""

    name = "First by Tideman and Chieruzzi"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True, uses_payoffs=True)
    # runs finished since the last fresh start, extra defections owed, cooperations owed
    # by a fresh start, opponent's defections and moves since the last fresh start
    state_size = 5

    @rule
    def decide(turn, history, ctx, params, state, rng):
        length = ctx[LENGTH]
        move = turn + 1
        if turn > 0:
            state[4] += 1
            state[3] += history[OPPONENT, turn - 1]
        if length > 0 and move > length - 2:
            return 1
        if turn == 0:
            return 0
        if state[2] > 0:
            state[2] -= 1
            return 0
        last = history[OPPONENT, turn - 1]
        just_started = last == 1 and (turn == 1 or history[OPPONENT, turn - 2] == 0)
        if (state[4] >= 20 and not just_started
                and ctx[OWN_SCORE] - ctx[OPPONENT_SCORE] >= 10.0
                and (length <= 0 or length - move >= 10)):
            n = state[4]
            if abs(state[3] - 0.5 * n) >= 3.0 * 0.5 * math.sqrt(n):
                state[0] = 0
                state[1] = 0
                state[2] = 1
                state[3] = 0
                state[4] = 0
                return 0
        if last == 0 and state[4] >= 2 and history[OPPONENT, turn - 2] == 1:
            state[0] += 1
            state[1] += state[0] - 1
        if state[1] > 0:
            state[1] -= 1
            return 1
        return last


class FirstBySteinAndRapoport(Strategy):
    """draft"""

    name = "First by Stein and Rapoport"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=True)
    state_size = 1  # 1 once the opponent has been judged random

    def __init__(self, alpha: float = 0.05) -> None:
        self.alpha = check_probability("alpha", alpha)
        super().__init__(self.alpha)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        length = ctx[LENGTH]
        move = turn + 1
        if length > 0 and move > length - 2:
            return 1
        if move <= 4:
            return 0
        if state[0] == 1.0:
            return 1
        if move % 15 == 0:
            # 2x2 table of the opponent's move against its previous move,
            # over the transitions since the previous check.
            cc = 0.0
            cd = 0.0
            dc = 0.0
            dd = 0.0
            for t in range(max(1, turn - 15), turn):
                before = history[OPPONENT, t - 1]
                after = history[OPPONENT, t]
                if before == 0:
                    if after == 0:
                        cc += 1
                    else:
                        cd += 1
                elif after == 0:
                    dc += 1
                else:
                    dd += 1
            n = cc + cd + dc + dd
            from_c = cc + cd
            from_d = dc + dd
            to_c = cc + dc
            to_d = cd + dd
            random_looking = False
            if from_c > 0 and from_d > 0 and to_c > 0 and to_d > 0:
                x = n * (cc * dd - cd * dc) ** 2 / (from_c * from_d * to_c * to_d)
                random_looking = _chi2_sf_1df(x) >= params[0]
            # joint moves alternating between CD and DC over the last fifteen moves
            alternating = True
            for t in range(turn - 15, turn):
                if history[OWN, t] == history[OPPONENT, t] or history[OPPONENT, t] == history[OPPONENT, t - 1]:
                    alternating = False
                    break
            if random_looking or alternating:
                state[0] = 1.0
                return 1
        return history[OPPONENT, turn - 1]
