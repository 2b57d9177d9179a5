"""Memory-one rules: the next move depends only on the last round (and the first move on nothing).

A memory-one rule is four probabilities of cooperating, one for each outcome
of the previous round seen from the player's own side, CC, CD, DC and DD
(own move first), plus what to do on the first move. Tit for tat is
(1, 0, 1, 0) opening with C; win-stay lose-shift is (1, 0, 0, 1).
"""

from __future__ import annotations

import math
import numbers
from typing import Optional

import numpy as np
from numba import njit

from ..actions import C, D
from ..engine.protocol import OPPONENT, OWN, PUNISHMENT, REWARD, SUCKER, TEMPTATION
from ..engine.random import random_choice
from ..engine.rule import rule
from ..game import Game
from ..parameters import Move, Number, Probabilities, Probability, State
from ..strategy import Classifier, Strategy

_OUTCOMES = ("CC", "CD", "DC", "DD")


class _FourVector(Probabilities):
    """The four probabilities ``P(C|CC), P(C|CD), P(C|DC), P(C|DD)``."""

    def __init__(self, default, *, doc: str = "") -> None:
        super().__init__(4, default, labels=[f"P(C|{outcome})" for outcome in _OUTCOMES], doc=doc)

    def check(self, value):
        if not isinstance(value, (str, bytes)) and hasattr(value, "__len__") and len(value) != 4:
            self._fail(
                f"must hold four probabilities P(C|CC), P(C|CD), P(C|DC), P(C|DD), got {len(value)} values"
            )
        return super().check(value)


class _Opening(Probability):
    """The first move: "C", "D" or a float, the probability of cooperating on it.

    A certain opening is kept as the move, so 1.0 and "C" make equal players;
    the rule receives the probability of cooperating.
    """

    def check(self, value):
        if isinstance(value, str):
            if value.upper() in ("C", "D"):
                return value.upper()
            self._fail(f"must be 'C', 'D' or a probability of cooperating, got {value!r}")
        if isinstance(value, (bool, np.bool_)) or isinstance(value, numbers.Integral):
            # axn.C and axn.D are the integers 0 and 1, which read as probabilities
            # would mean the opposite moves; refuse rather than guess.
            self._fail(
                f"must be 'C', 'D' or a float probability of cooperating, got {value!r} "
                "(an integer is ambiguous: axn.C == 0 would mean 'never cooperate')",
                TypeError,
            )
        value = super().check(value)
        return {1.0: "C", 0.0: "D"}.get(value, value)

    @staticmethod
    def probability(value) -> float:
        """The probability of cooperating on the first move."""
        return {"C": 1.0, "D": 0.0}.get(value, value)

    def encode(self, value, values):
        return [self.probability(value)]

    def show(self, value) -> str:
        return value if isinstance(value, str) else f"{value:.4g}"

    def certain(self, value) -> bool:
        return isinstance(value, str)


class MemoryOnePlayer(Strategy):
    """Cooperates with a fixed probability that depends only on the previous round.

    ``four_vector`` is ``(P(C | CC), P(C | CD), P(C | DC), P(C | DD))``, where
    the outcome is written own move first. ``initial`` is the first move: "C"
    (the default), "D", or a float, the probability of cooperating on it.
    Probabilities of exactly 0 or 1 draw no random number, so a vector of 0s
    and 1s with a "C" or "D" opening is a deterministic rule.

    Nowak and Sigmund studied this space of rules in evolutionary games
    (Nowak 1990, "Stochastic strategies in the prisoner's dilemma",
    Theoretical Population Biology 38; Nowak and Sigmund 1993, Nature 364).
    The default, (1, 0, 0, 1) opening with C, is win-stay lose-shift, as in
    Axelrod-Python (which also warns when no vector is given; this class does
    not, the default being documented here).

    Interpretation: Axelrod-Python's ``initial`` is an action only; a float is
    accepted here for the probabilistic opening that Nowak's strategy space
    allows. The memory depth is 0 when all four probabilities are equal, as
    the rule then ignores the last round (Axelrod-Python says 0 only when
    they are all 0 or all 1).

    Names:

    - Generic Memory One Player: Axelrod-Python ``MemoryOnePlayer``
    - Memory one: Nowak (1990)
    """

    name = "Generic Memory One Player"
    classifier = Classifier(stochastic=True, memory_depth=1)
    four_vector = _FourVector(default=(1.0, 0.0, 0.0, 1.0),
                              doc="P(C|CC), P(C|CD), P(C|DC), P(C|DD), own move first")
    initial = _Opening(default="C", doc="the first move: 'C', 'D' or a probability of cooperating")

    def classify(self) -> Classifier:
        probabilities = (_Opening.probability(self.initial), *self.four_vector)
        return Classifier(
            stochastic=any(0.0 < p < 1.0 for p in probabilities),
            memory_depth=0 if len(set(self.four_vector)) == 1 else 1,
        )

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, params[MemoryOnePlayer.initial])
        outcome = 2 * history[OWN, turn - 1] + history[OPPONENT, turn - 1]
        return random_choice(rng, params[MemoryOnePlayer.four_vector + outcome])


class WinStayLoseShift(Strategy):
    """Cooperates first; then repeats its last move after a good payoff and switches after a bad one.

    A "win" is R or T (the opponent cooperated), a "loss" S or P. Equivalently
    it cooperates exactly when both players made the same move last round:
    the memory-one rule (1, 0, 0, 1). Unlike tit for tat it corrects a mistaken
    defection between two copies of itself in two moves, and it exploits
    unconditional cooperators after an accidental defection.

    Kraines and Kraines (1989, "Pavlov and the prisoner's dilemma", Theory and
    Decision 26) proposed it as Pavlov; Nowak and Sigmund (1993, "A strategy of
    win-stay, lose-shift that outperforms tit-for-tat in the Prisoner's
    Dilemma game", Nature 364) showed its success in noisy evolution.

    Names:

    - Win-Stay Lose-Shift: Axelrod-Python ``WinStayLoseShift``; Nowak and Sigmund (1993)
    - Pavlov: Kraines and Kraines (1989)
    - WSLS: Stewart and Plotkin (2012)
    """

    name = "Win-Stay Lose-Shift"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if history[OWN, turn - 1] == history[OPPONENT, turn - 1]:
            return C
        return D



@njit(cache=True, inline="always")
def _memory_one_move(turn, history, rng, opening, cc, cd, dc, dd):
    """The move of the memory-one rule ``(cc, cd, dc, dd)`` that cooperates first with probability ``opening``.

    The rules below with fixed vectors call it with constants of their own.
    """
    if turn == 0:
        return random_choice(rng, opening)
    own = history[OWN, turn - 1]
    if history[OPPONENT, turn - 1] == C:
        return random_choice(rng, dc if own else cc)
    return random_choice(rng, dd if own else cd)


class WinShiftLoseStay(Strategy):
    """Opens with D; then switches its move after a good payoff and repeats it after a bad one.

    The reverse of win-stay lose-shift: it cooperates exactly when the two
    moves of the last round differed, the memory-one rule (0, 1, 1, 0).

    Parameters
    ----------
    initial : the first move, "D" by default.

    Names:

    - Win-Shift Lose-Stay: Axelrod-Python ``WinShiftLoseStay``
    - Reverse Pavlov: Li, Hingston and Kendall (2011), "Engineering design of
      strategies for winning iterated prisoner's dilemma competitions", IEEE TCIAIG 3(4)
    """

    name = "Win-Shift Lose-Stay"
    classifier = Classifier(stochastic=False, memory_depth=1)
    initial = Move(default="D", doc="the first move")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return int(params[WinShiftLoseStay.initial])
        if history[OWN, turn - 1] == history[OPPONENT, turn - 1]:
            return D
        return C


class FirmButFair(Strategy):
    """Cooperates unless it was the sucker last round; after mutual defection it cooperates with probability 2/3.

    The memory-one rule (1, 0, 1, 2/3) opening with C: it defects only after
    cooperating against a defection, and escapes mutual defection more often
    than not.

    Names:

    - Firm But Fair: Axelrod-Python ``FirmButFair``; Frean (1994), "The
      prisoner's dilemma without synchrony", Proc. R. Soc. B 257
    """

    name = "Firm But Fair"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _memory_one_move(turn, history, rng, 1.0, 1.0, 0.0, 1.0, 2.0 / 3.0)


class StochasticCooperator(Strategy):
    """The memory-one rule (0.935, 0.229, 0.266, 0.42), opening with C.

    Adami and Hintze found it in evolving populations as a cooperative rule
    that resists zero-determinant extortioners.

    Names:

    - Stochastic Cooperator: Axelrod-Python ``StochasticCooperator``; Adami and
      Hintze (2013), "Evolutionary instability of zero-determinant strategies
      demonstrates that winning is not everything", Nature Communications 4
    """

    name = "Stochastic Cooperator"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _memory_one_move(turn, history, rng, 1.0, 0.935, 0.229, 0.266, 0.42)


class StochasticWSLS(Strategy):
    """Win-stay lose-shift that errs with probability ``ep``: the memory-one rule (1 - ep, ep, ep, 1 - ep).

    It opens with C. ``StochasticWSLS(0)`` is win-stay lose-shift. It is not
    the learning rule of the same name in Amaral et al. (2016).

    Parameters
    ----------
    ep : the probability of doing the opposite of win-stay lose-shift.

    Names:

    - Stochastic WSLS: Axelrod-Python ``StochasticWSLS``; original name by Marc Harper
    """

    name = "Stochastic WSLS"
    classifier = Classifier(stochastic=True, memory_depth=1)
    ep = Probability(default=0.05, doc="probability of playing against win-stay lose-shift")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        ep = params[StochasticWSLS.ep]
        return _memory_one_move(turn, history, rng, 1.0, 1.0 - ep, ep, ep, 1.0 - ep)


class SoftJoss(Strategy):
    """Tit for tat that answers a defection with a defection only with probability ``q``.

    The memory-one rule (1, 1 - q, 1, 1 - q), opening with C: a gentler cousin
    of Joss, forgiving one defection in ten at the default. ``SoftJoss(1)`` is
    tit for tat and ``SoftJoss(0)`` cooperates always.

    Parameters
    ----------
    q : the probability of retaliating against a defection.

    Names:

    - Soft Joss: Axelrod-Python ``SoftJoss``; the PRISON project (1998)
    """

    name = "Soft Joss"
    classifier = Classifier(stochastic=True, memory_depth=1)
    q = Probability(default=0.9, doc="probability of answering a defection with a defection")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        forgive = 1.0 - params[SoftJoss.q]
        return _memory_one_move(turn, history, rng, 1.0, 1.0, forgive, 1.0, forgive)


class ALLCorALLD(Strategy):
    """Cooperates first with probability 0.6, then repeats its own previous move for ever.

    It is the memory-one rule (1, 1, 0, 0), the limit of the zero-determinant
    rules as the enforcement rate goes to 0: after the first move it is an
    unconditional cooperator or an unconditional defector (under noise, long
    runs of each). The opening probability 0.6 is Axelrod-Python's choice.

    Names:

    - ALLCorALLD: Axelrod-Python ``ALLCorALLD``; original name by Marc Harper
    - Repeat: Akin (2015), "What you gotta know to play good in the iterated
      prisoner's dilemma", Games 6(3)
    """

    name = "ALLCorALLD"
    classifier = Classifier(stochastic=True, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return random_choice(rng, 0.6)
        return history[OWN, turn - 1]


class ReactivePlayer(Strategy):
    """Cooperates with a probability that depends only on the opponent's last move.

    ``probabilities`` is ``(P(C | C), P(C | D))``, the chances of cooperating
    after the opponent cooperated and after it defected; the first move is a
    cooperation. It is the memory-one rule ``(p, q, p, q)``: tit for tat is
    (1, 0), generous tit for tat (1, 1/3).

    Interpretation: Axelrod-Python requires ``probabilities``; here it
    defaults to (1, 0), tit for tat, so that the class builds without
    arguments as every catalogue entry does.

    Names:

    - Reactive Player: Axelrod-Python ``ReactivePlayer``
    - Reactive: Nowak and Sigmund (1989), "Game-dynamical aspects of the
      prisoner's dilemma", Applied Mathematics and Computation 30(3)
    """

    name = "Reactive Player"
    classifier = Classifier(stochastic=True, memory_depth=1)
    probabilities = Probabilities(2, default=(1.0, 0.0), labels=("P(C|C)", "P(C|D)"),
                                  doc="probabilities of cooperating after C and after D")

    def classify(self) -> Classifier:
        p, q = self.probabilities
        # Memory 0 only for (1, 1): (0, 0) opens with C and then defects, so its first
        # move differs from the others after the same (empty) window; Axelrod-Python says 0 for both.
        return Classifier(stochastic=any(0.0 < x < 1.0 for x in (p, q)), memory_depth=0 if p == q == 1.0 else 1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        p = params[ReactivePlayer.probabilities]
        q = params[ReactivePlayer.probabilities + 1]
        return _memory_one_move(turn, history, rng, 1.0, p, q, p, q)


@njit(cache=True)
def gtft_default_p(R: float, S: float, T: float, P: float) -> float:
    """The most generous forgiveness that still makes defection unprofitable."""
    if R - S <= 0.0 or T - P <= 0.0:
        raise ValueError("GTFT's default p needs R > S and T > P; give p explicitly for this game")
    p = min(1.0 - (T - R) / (R - S), (R - P) / (T - P))
    if p < 0.0 or p > 1.0:
        raise ValueError("GTFT's default p is not a probability for this game; give p explicitly")
    return p


class GTFT(Strategy):
    """Generous tit for tat: cooperates after a cooperation, and forgives a defection with probability ``p``.

    It opens with C and is the memory-one rule (1, p, 1, p): tit for tat that
    answers a defection with a cooperation with probability ``p``. Generosity
    lets it recover from errors that lock two tit for tats into retaliation.

    When ``p`` is None (the default) it is derived from the match's payoffs,
    read from the context on the first move, as the largest forgiveness at
    which defecting does not pay against it:

        p = min(1 - (T - R) / (R - S), (R - P) / (T - P))

    The first term keeps a single defection unprofitable (its gain, T - R,
    is no more than the expected cost of the retaliation, (1 - p)(R - S)); the
    second keeps permanent defection, worth p T + (1 - p) P a move, below R.
    It is 1/3 for the payoffs (3, 0, 5, 1). The bound is Molander's (1985,
    "The optimal level of generosity in a selfish, uncertain environment",
    JCR 29(4)) and Nowak and Sigmund's (1992, "Tit for tat in heterogeneous
    populations", Nature 355); Axelrod-Python uses the same default. For a game
    where it is not a probability (possible only outside the prisoner's
    dilemma) the match raises an error asking for an explicit ``p``.

    ``GTFT(0)`` is tit for tat and ``GTFT(1)`` cooperates always; both are
    deterministic.

    Names:

    - GTFT: Axelrod-Python ``GTFT``
    - Generous Tit For Tat: Nowak and Sigmund (1992, 1993)
    - Naive peace maker, Soft Joss: Gaudesi et al. (2016), as listed by Axelrod-Python
    """

    name = "GTFT"
    classifier = Classifier(stochastic=True, memory_depth=1, uses_payoffs=True)
    p = Probability(default=None, optional=True,
                    doc="probability of forgiving a defection; None to derive it from the payoffs")
    forgiveness = State(doc="the forgiveness probability in use in this match")

    def classify(self) -> Classifier:
        if self.p is None:
            return type(self).classifier
        return Classifier(
            stochastic=0.0 < self.p < 1.0,
            memory_depth=0 if self.p == 1.0 else 1,
            uses_payoffs=False,
        )

    def four_vector(self, game: Optional[Game] = None) -> tuple[float, float, float, float]:
        """``(P(C|CC), P(C|CD), P(C|DC), P(C|DD))`` in ``game`` (default payoffs if None)."""
        p = self.p
        if p is None:
            game = game or Game()
            p = float(gtft_default_p(game.R, game.S, game.T, game.P))
        return (1.0, p, 1.0, p)

    def __str__(self) -> str:
        return self.name if self.p is None else f"{self.name}: {self.p:.4g}"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            if math.isnan(params[GTFT.p]):  # p is None: derive it from the payoffs
                state[GTFT.forgiveness] = gtft_default_p(ctx[REWARD], ctx[SUCKER], ctx[TEMPTATION],
                                                         ctx[PUNISHMENT])
            else:
                state[GTFT.forgiveness] = params[GTFT.p]
            return C
        if history[OPPONENT, turn - 1] == C:
            return C
        return random_choice(rng, state[GTFT.forgiveness])


_TOLERANCE = 1e-12  # rounding in the formulas may step a hair outside [0, 1]


@njit(cache=True)
def linear_relation_vector(R: float, S: float, T: float, P: float,
                           phi: float, s: float, l: float, out: np.ndarray) -> None:
    """Fill ``out[0:4]`` with the memory-one vector enforcing ``s (S_X - l) = S_Y - l``.

    Raises ValueError when ``(l, s)`` cannot be enforced in this game or when
    ``phi`` takes a probability outside [0, 1].
    """
    if l < P or l > R or l - S <= 0.0 or T - l <= 0.0:
        raise ValueError("zero-determinant baseline l must satisfy P <= l <= R and S < l < T")
    s_min = -min((T - l) / (l - S), (l - S) / (T - l))
    if s > 1.0 or s < s_min:
        raise ValueError("zero-determinant slope s is not enforceable in this game")
    out[0] = 1.0 - phi * (1.0 - s) * (R - l)
    out[1] = 1.0 - phi * (s * (l - S) + (T - l))
    out[2] = phi * ((l - S) + s * (T - l))
    out[3] = phi * (1.0 - s) * (l - P)
    for i in range(4):
        if out[i] < -_TOLERANCE or out[i] > 1.0 + _TOLERANCE:
            raise ValueError("zero-determinant phi gives a probability outside [0, 1] in this game")
        out[i] = min(1.0, max(0.0, out[i]))


class _ZeroDeterminant(Strategy):
    """Shared machinery of the zero-determinant players (not itself a catalogue entry).

    A linear-relation ("zero-determinant") memory-one player X fixes, whatever
    the opponent Y does, a linear relation between the two long-run average
    payoffs: ``S_Y - l = s (S_X - l)``, with baseline ``l`` and slope ``s``
    (Press and Dyson 2012). Following Hilbe, Nowak and Sigmund (2013,
    "Evolution of extortion in Iterated Prisoner's Dilemma games", PNAS
    110(17), their eq. 14), the cooperation probabilities are

        P(C | CC) = 1 - phi (1 - s) (R - l)
        P(C | CD) = 1 - phi (s (l - S) + (T - l))
        P(C | DC) = phi ((l - S) + s (T - l))
        P(C | DD) = phi (1 - s) (l - P)

    where ``phi > 0`` scales how fast the relation is enforced. A pair
    ``(l, s)`` can be enforced when ``P <= l <= R`` and
    ``-min((T - l) / (l - S), (l - S) / (T - l)) <= s <= 1``, and ``phi``
    must keep all four values in [0, 1]. The vector is computed from the
    match's payoffs on the first move, which is a cooperation. In a game
    where the parameters are not enforceable the match fails with a
    ValueError (the engine's RuleError, naming the rule), as Axelrod-Python
    fails at match start; values outside [0, 1] by no more than 1e-12, which
    is rounding, are clipped instead.
    """

    classifier = Classifier(stochastic=True, memory_depth=1, uses_payoffs=True)
    phi = Number(minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(maximum=1.0, doc="slope of the enforced relation, at most 1")
    vector = State(size=4, doc="the four-vector for this match's payoffs")
    # Where l lies between P (0) and R (1); set by each subclass.
    _baseline_weight = 0.0

    def baseline(self, game: Optional[Game] = None) -> float:
        """The baseline payoff ``l`` in ``game`` (default payoffs if None)."""
        game = game or Game()
        return game.P + self._baseline_weight * (game.R - game.P)

    def four_vector(self, game: Optional[Game] = None) -> tuple[float, float, float, float]:
        """``(P(C|CC), P(C|CD), P(C|DC), P(C|DD))`` in ``game`` (default payoffs if None).

        Raises ValueError if the parameters cannot be enforced in that game.
        """
        game = game or Game()
        out = np.zeros(4)
        linear_relation_vector(game.R, game.S, game.T, game.P, self.phi, self.s, self.baseline(game), out)
        return tuple(float(x) for x in out)


@njit(cache=True, inline="always")
def _zero_determinant_decide(turn, history, ctx, params, state, rng, baseline_weight):
    """The move of a zero-determinant player whose baseline is ``P + baseline_weight (R - P)``.

    Each subclass's rule calls it with its own ``_baseline_weight``, a constant
    of the compiled rule; the parameters and state are the shared base class's.
    """
    at = _ZeroDeterminant.vector
    if turn == 0:
        R = ctx[REWARD]
        P = ctx[PUNISHMENT]
        linear_relation_vector(R, ctx[SUCKER], ctx[TEMPTATION], P, params[_ZeroDeterminant.phi],
                               params[_ZeroDeterminant.s], P + baseline_weight * (R - P), state[at:at + 4])
        return C
    # Indexed, not sliced, on the moves after the first: a view per move costs more than the move.
    outcome = 2 * history[OWN, turn - 1] + history[OPPONENT, turn - 1]
    return random_choice(rng, state[at + outcome])


class ZDExtort2(_ZeroDeterminant):
    """An extortionate zero-determinant player: the opponent's surplus over P is half its own.

    With baseline ``l = P`` and slope ``s = 1/2`` it enforces, in long-run
    averages, ``S_Y - P = (S_X - P) / 2`` (extortion factor ``1/s = 2``):
    whatever the opponent gains over mutual defection, this player gains
    twice as much. It cooperates on the first move, then with probability

        P(C | CC) = 1 - phi (1 - s) (R - l)
        P(C | CD) = 1 - phi (s (l - S) + (T - l))
        P(C | DC) = phi ((l - S) + s (T - l))
        P(C | DD) = phi (1 - s) (l - P)

    computed from the match's payoffs on the first move (Hilbe, Nowak and
    Sigmund 2013, eq. 14; the enforceability conditions are in the notes of
    the shared base class). With ``phi = 1/9`` and the payoffs (3, 0, 5, 1)
    this is (8/9, 1/2, 1/3, 0), Stewart and Plotkin's Extort-2.

    Press and Dyson (2012, "Iterated Prisoner's Dilemma contains strategies
    that dominate any evolutionary opponent", PNAS 109(26)) discovered such
    extortionate rules; Stewart and Plotkin (2012, "Extortion and cooperation
    in the Prisoner's Dilemma", PNAS 109(26)) named Extort-2 and entered it
    in a tournament, where it won most of its matches yet scored poorly in total.

    Parameters
    ----------
    phi : enforcement rate, default 1/9.
    s : slope, default 1/2 (the extortion factor is 1/s).

    Names:

    - ZD-Extort-2: Axelrod-Python ``ZDExtort2``
    - Extort-2: Stewart and Plotkin (2012)
    """

    name = "ZD-Extort-2"
    phi = Number(default=1 / 9, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.5, maximum=1.0, doc="slope of the enforced relation, at most 1")
    _baseline_weight = 0.0

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _zero_determinant_decide(turn, history, ctx, params, state, rng, ZDExtort2._baseline_weight)


class ZDGTFT2(_ZeroDeterminant):
    """A generous zero-determinant player: its own shortfall from R is twice the opponent's.

    With baseline ``l = R`` and slope ``s = 1/2`` it enforces, in long-run
    averages, ``R - S_Y = (R - S_X) / 2``: when mutual cooperation breaks
    down this player bears the larger share of the loss, so the opponent
    never does worse than it; the relation is anchored at full cooperation,
    where extortion anchors it at mutual defection. It cooperates on the
    first move, then with probability

        P(C | CC) = 1 - phi (1 - s) (R - l)
        P(C | CD) = 1 - phi (s (l - S) + (T - l))
        P(C | DC) = phi ((l - S) + s (T - l))
        P(C | DD) = phi (1 - s) (l - P)

    computed from the match's payoffs on the first move (Hilbe, Nowak and
    Sigmund 2013, eq. 14). With ``phi = 1/4`` and the payoffs (3, 0, 5, 1)
    this is (1, 1/8, 1, 1/4), Stewart and Plotkin's ZDGTFT-2: a generous tit
    for tat that also sometimes forgives mutual defection.

    Stewart and Plotkin (2012, "Extortion and cooperation in the Prisoner's
    Dilemma", PNAS 109(26)) introduced it; in their tournament it earned the
    highest total payoff. The underlying theory is Press and Dyson's (2012,
    PNAS 109(26)).

    Parameters
    ----------
    phi : enforcement rate, default 1/4.
    s : slope, default 1/2.

    Names:

    - ZD-GTFT-2: Axelrod-Python ``ZDGTFT2``
    - ZDGTFT-2: Stewart and Plotkin (2012)
    """

    name = "ZD-GTFT-2"
    phi = Number(default=0.25, minimum=0.0, above=True, doc="enforcement rate, positive")
    s = Number(default=0.5, maximum=1.0, doc="slope of the enforced relation, at most 1")
    _baseline_weight = 1.0

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return _zero_determinant_decide(turn, history, ctx, params, state, rng, ZDGTFT2._baseline_weight)
