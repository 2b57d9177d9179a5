"""Collective stability in Axelrod's iterated prisoner's dilemma of random length.

This module gives the stability results of Axelrod and Hamilton (1981) and of
Axelrod (1984, ch. 3) as exact formulas, and connects them to the match engine
so that each can be checked against played moves.

The setting
-----------
After every move the game goes on with probability ``w`` (``0 < w < 1``), so
move ``t`` (counting from 0) is played with probability ``w**t``. The payoffs
satisfy ``T > R > P > S`` and ``2R > T + S``. The *value* of a strategy A
against a strategy B is its expected total score in such a game::

    V(A|B) = sum over t >= 0 of w**t * (A's payoff on move t)

A native strategy B is *collectively stable* if no strategy A does better
against it than B does against itself: ``V(A|B) <= V(B|B)`` for every A.

Exactness
---------
The closed forms work in the number type of ``w``: a float ``w`` gives floats,
a :class:`fractions.Fraction` gives exact fractions (the payoffs, floats in
:class:`~axelrod_nl.game.Game`, are converted exactly), so that for instance
``cluster_invasion_threshold(Fraction(9, 10))`` is ``Fraction(1, 21)``.

References
----------
Axelrod, R. & Hamilton, W. D. (1981). The evolution of cooperation. Science
211(4489), 1390-1396.
Axelrod, R. (1984). The Evolution of Cooperation. Basic Books, ch. 3, "The
Chronology of Cooperation".

>>> from fractions import Fraction
>>> from axelrod_nl.analysis import stability
>>> stability.tft_stability_threshold()
0.6666666666666666
>>> stability.cluster_invasion_threshold(Fraction(9, 10))
Fraction(1, 21)
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from fractions import Fraction
from typing import Optional, Sequence, Union

import numpy as np

from ..game import Game
from ..match import Match, check_player
from ..strategy import Strategy
from ..validation import check_whole

Number = Union[float, Fraction]

#: The names of the invaders in :func:`tft_invasion_table`.
ALL_D = "ALL D"
ALTERNATOR = "ALTERNATOR"


# ---- checks --------------------------------------------------------------------------------

def _is_number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def check_w(w) -> Number:
    """The continuation probability, strictly between 0 and 1; a Fraction stays exact.

    Raises
    ------
    TypeError
        If ``w`` is not a real number.
    ValueError
        If ``w`` is not finite or not in the open interval (0, 1).
    """
    if not _is_number(w):
        raise TypeError(f"continuation probability w must be a number, got {w!r}")
    value = w if isinstance(w, Fraction) else float(w)
    if not math.isfinite(value) or not 0 < value < 1:
        raise ValueError(f"continuation probability w must be between 0 and 1 (both excluded), got {w}")
    return value


def _check_share(name: str, p) -> Number:
    if not _is_number(p):
        raise TypeError(f"{name} must be a number between 0 and 1, got {p!r}")
    value = p if isinstance(p, Fraction) else float(p)
    if not 0 <= value <= 1:  # False for NaN too
        raise ValueError(f"{name} must be between 0 and 1, got {p}")
    return value


def check_dilemma(game: Optional[Game] = None) -> Game:
    """The game, by default Axelrod's 3, 0, 5, 1, checked to be an iterated prisoner's dilemma.

    A ``Game(..., general=True)`` is accepted only if its payoffs happen to
    satisfy the inequalities every result here rests on.

    Raises
    ------
    TypeError
        If ``game`` is not a :class:`~axelrod_nl.game.Game`.
    ValueError
        Unless ``T > R > P > S`` and ``2R > T + S``.
    """
    if game is None:
        return Game()
    if not isinstance(game, Game):
        raise TypeError(f"game must be a Game, such as Game(3, 0, 5, 1), got {game!r}")
    R, S, T, P = game.R, game.S, game.T, game.P
    if not (T > R > P > S and 2 * R > T + S):
        raise ValueError(f"payoffs R={R:g}, S={S:g}, T={T:g}, P={P:g}: the stability results need a "
                         "prisoner's dilemma with T > R > P > S and 2R > T + S")
    return game


def _payoffs(game: Optional[Game], exact: bool) -> tuple[Number, Number, Number, Number]:
    game = check_dilemma(game)
    values = (game.R, game.S, game.T, game.P)
    # Fraction(float) is the float's exact binary value, so nothing is rounded on the way.
    return tuple(Fraction(v) for v in values) if exact else values  # type: ignore[return-value]


def _setting(w, game: Optional[Game]) -> tuple[Number, Number, Number, Number, Number]:
    w = check_w(w)
    return (w, *_payoffs(game, isinstance(w, Fraction)))


# ---- the bridge to the engine --------------------------------------------------------------

def _moves(name: str, moves) -> np.ndarray:
    array = np.asarray(moves)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a one-dimensional sequence of moves, got shape {array.shape}")
    if array.size and (array.dtype.kind not in "biu" or not np.isin(array, (0, 1)).all()):
        raise ValueError(f"{name} must hold only 0 (C) and 1 (D), as the engine's moves do")
    return array.astype(np.int64)


def discounted_value(moves_a, moves_b, w, game: Optional[Game] = None) -> float:
    """The discounted score ``sum_t w**t * payoff_A(t)`` of player A over the moves given.

    Parameters
    ----------
    moves_a, moves_b : sequences of equal length of 0 (C) and 1 (D), the two
        rows of :attr:`MatchResult.moves <axelrod_nl.match.MatchResult.moves>`.
    w : the continuation probability, ``0 < w < 1``.
    game : the payoffs (default 3, 0, 5, 1).

    Returns
    -------
    float
        A's value over the given moves. If the moves are the first ``n`` of an
        endless game, the rest of ``V(A|B)`` is at most
        :func:`truncation_bound` ``(n, w, game)`` in size.

    Raises
    ------
    ValueError
        If the sequences differ in length or hold anything but 0 and 1.
    """
    w = float(check_w(w))
    game = check_dilemma(game)
    a, b = _moves("moves_a", moves_a), _moves("moves_b", moves_b)
    if a.shape != b.shape:
        raise ValueError(f"moves_a and moves_b must have the same length, got {a.size} and {b.size}")
    payoff = game.as_array()[2 * a + b]
    return float(np.dot(np.power(w, np.arange(a.size)), payoff))


def truncation_bound(turns: int, w, game: Optional[Game] = None) -> float:
    """How far the first ``turns`` moves can be from the whole value: ``w**turns * M / (1 - w)``.

    ``M`` is the largest payoff in size. The moves not played are worth
    ``sum_{t >= turns} w**t * payoff(t)``, and each payoff is at most ``M`` in
    size, so the geometric tail bounds them.
    """
    turns = check_whole("turns", turns, minimum=0)
    w = float(check_w(w))
    return w ** turns * check_dilemma(game).largest / (1 - w)


def turns_needed(w, game: Optional[Game] = None, tolerance: float = 1e-9) -> int:
    """The fewest moves whose :func:`truncation_bound` is at most ``tolerance``."""
    if not _is_number(tolerance):
        raise TypeError(f"tolerance must be a number, got {tolerance!r}")
    if not 0 < tolerance < math.inf:
        raise ValueError(f"tolerance must be positive and finite, got {tolerance}")
    w = float(check_w(w))
    largest = check_dilemma(game).largest
    turns = max(1, math.ceil(math.log(tolerance * (1 - w) / largest) / math.log(w)))
    # The logarithms round; step until the bound itself is within the tolerance.
    while turns > 1 and truncation_bound(turns - 1, w, game) <= tolerance:
        turns -= 1
    while truncation_bound(turns, w, game) > tolerance:
        turns += 1
    return turns


@dataclass(frozen=True)
class SimulatedValue:
    """Values of a played match, discounted.

    Attributes
    ----------
    value : ``V(A|B)`` from the moves played, A being the first player.
    opponent_value : ``V(B|A)``, from the same moves.
    bound : each value is within this of the value of the endless game
        (:func:`truncation_bound`; floating-point rounding aside).
    turns : the moves played.
    """

    value: float
    opponent_value: float
    bound: float
    turns: int


def simulated_value(player_a: Strategy, player_b: Strategy, w, game: Optional[Game] = None, *,
                    tolerance: float = 1e-9, seed: int = 0) -> SimulatedValue:
    """``V(A|B)`` and ``V(B|A)`` from a match played by the engine, long enough to be within ``tolerance``.

    The match is played for :func:`turns_needed` moves and the moves are
    discounted by :func:`discounted_value`. The rules are not told the length:
    in Axelrod's setting no one knows which move is the last.

    For deterministic rules this is the value up to ``bound``; a stochastic
    rule gives one sample of its discounted score, not its expectation.
    """
    player_a, player_b = check_player(player_a, "player_a"), check_player(player_b, "player_b")
    game = check_dilemma(game)
    w = float(check_w(w))
    turns = turns_needed(w, game, tolerance)
    moves = Match(player_a, player_b, turns, game=game, seed=seed, announce_length=False).play().moves
    return SimulatedValue(value=discounted_value(moves[0], moves[1], w, game),
                          opponent_value=discounted_value(moves[1], moves[0], w, game),
                          bound=truncation_bound(turns, w, game), turns=turns)


# ---- closed forms --------------------------------------------------------------------------

def value_tft_vs_tft(w, game: Optional[Game] = None) -> Number:
    """``V(TFT|TFT) = R / (1 - w)``.

    Two TIT FOR TATs cooperate on every move, so the value is the geometric
    series ``R + wR + w**2 R + ...``. The same holds for any two nice rules
    (rules never first to defect).
    """
    w, R, S, T, P = _setting(w, game)
    return R / (1 - w)


def value_alld_vs_tft(w, game: Optional[Game] = None) -> Number:
    """``V(ALL D|TFT) = T + w P / (1 - w)``.

    ALL D exploits TIT FOR TAT's first cooperation (T), after which TIT FOR
    TAT defects on every move and both get P.
    """
    w, R, S, T, P = _setting(w, game)
    return T + w * P / (1 - w)


def value_alternator_vs_tft(w, game: Optional[Game] = None) -> Number:
    """``V(ALTERNATOR|TFT) = (T + w S) / (1 - w**2)``, ALTERNATOR playing D, C, D, C, ...

    TIT FOR TAT answers with C, D, C, D, ..., one move behind, so the
    alternator gets T on even moves and S on odd ones: the pair ``T + wS``
    repeats with discount ``w**2``.

    The alternation starts with a defection, as Axelrod's does. The
    catalogue's ``Alternator`` starts with a cooperation and earns
    ``R + w * value_alternator_vs_tft(w)``; ``Cycler("DC")`` is this one.
    """
    w, R, S, T, P = _setting(w, game)
    return (T + w * S) / (1 - w ** 2)


def value_alld_vs_alld(w, game: Optional[Game] = None) -> Number:
    """``V(ALL D|ALL D) = P / (1 - w)``: mutual defection on every move."""
    w, R, S, T, P = _setting(w, game)
    return P / (1 - w)


def value_tft_vs_alld(w, game: Optional[Game] = None) -> Number:
    """``V(TFT|ALL D) = S + w P / (1 - w)``.

    TIT FOR TAT is exploited once (S) and then defects with ALL D for good (P).
    """
    w, R, S, T, P = _setting(w, game)
    return S + w * P / (1 - w)


# ---- TIT FOR TAT: Axelrod (1984), ch. 3, Proposition 2 --------------------------------------

def alld_invasion_threshold(game: Optional[Game] = None, *, exact: bool = False) -> Number:
    """``(T - R) / (T - P)``: ALL D does no better than TIT FOR TAT against TIT FOR TAT iff w is at least this.

    ``T + wP/(1 - w) <= R/(1 - w)`` is, multiplied by ``1 - w``,
    ``T - R <= w (T - P)``. With ``exact=True`` the result is a Fraction.
    """
    R, S, T, P = _payoffs(game, exact)
    return (T - R) / (T - P)


def alternator_invasion_threshold(game: Optional[Game] = None, *, exact: bool = False) -> Number:
    """``(T - R) / (R - S)``: the D-first alternation does no better than TIT FOR TAT iff w is at least this.

    ``(T + wS)/(1 - w**2) <= R/(1 - w)`` is, multiplied by ``1 - w**2``,
    ``T + wS <= R(1 + w)``, that is ``T - R <= w (R - S)``. The threshold is
    below 1 because ``2R > T + S``; without that the alternation would beat
    TIT FOR TAT however long the game.
    """
    R, S, T, P = _payoffs(game, exact)
    return (T - R) / (R - S)


def tft_stability_threshold(game: Optional[Game] = None, *, exact: bool = False) -> Number:
    """The least w at which TIT FOR TAT is collectively stable: ``max((T-R)/(T-P), (T-R)/(R-S))``.

    Axelrod and Hamilton (1981); Axelrod (1984), ch. 3, Proposition 2. For
    the payoffs 3, 0, 5, 1 it is ``max(1/2, 2/3) = 2/3``.

    Why these two invaders suffice: what TIT FOR TAT does next depends only on
    the invader's last move, so an invader faces one of two situations on
    every move, "TIT FOR TAT will cooperate" or "will defect", and the game
    from then on is the same whatever came before. An optimal reply therefore
    chooses one move in each situation, once and for all (a stationary policy
    of a discounted decision problem). Starting from "will cooperate",
    cooperating there never leaves it (value ``R/(1 - w)``, what TIT FOR TAT
    itself gets); defecting there and defecting again is ALL D; defecting
    there and cooperating in "will defect" is the alternation D, C, D, C, ...
    TIT FOR TAT is collectively stable iff neither of the last two beats
    ``R/(1 - w)``, which are the conditions of
    :func:`alld_invasion_threshold` and :func:`alternator_invasion_threshold`.
    """
    return max(alld_invasion_threshold(game, exact=exact), alternator_invasion_threshold(game, exact=exact))


def is_collectively_stable_tft(w, game: Optional[Game] = None) -> bool:
    """Whether TIT FOR TAT is collectively stable at ``w``: ``w >= tft_stability_threshold(game)``.

    At the threshold itself the best invader ties with TIT FOR TAT, which is
    not doing better, so the rule is stable there. The comparison is of ``w``
    with the threshold, not of the values, whose floating-point sums would
    decide a tie by rounding; a Fraction ``w`` is compared exactly.
    """
    w = check_w(w)
    return bool(w >= tft_stability_threshold(game, exact=isinstance(w, Fraction)))


def tft_invasion_table(ws: Optional[Sequence[float]] = None, game: Optional[Game] = None):
    """TIT FOR TAT against its two best invaders, over a grid of w.

    Parameters
    ----------
    ws : the continuation probabilities (default 0.05, 0.10, ..., 0.95).
    game : the payoffs (default 3, 0, 5, 1).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``w``, with columns ``tft_vs_tft``, ``alld_vs_tft`` and
        ``alternator_vs_tft`` (the values), ``best_invader`` (``"ALL D"`` or
        ``"ALTERNATOR"``, whichever scores more against TIT FOR TAT),
        ``advantage`` (the best invader's value minus ``V(TFT|TFT)``, positive
        where TIT FOR TAT can be invaded) and ``stable``
        (:func:`is_collectively_stable_tft`).

    ``V(ALL D|TFT) - V(ALTERNATOR|TFT)`` is ``w ((P - S) - w (T - P)) / (1 - w**2)``,
    so ALL D is the better invader below ``w = (P - S) / (T - P)`` (1/4 for
    3, 0, 5, 1) and the alternation above it. Which of the two thresholds
    binds depends on the payoffs alone: the alternation's when
    ``R - S < T - P`` (as for 3, 0, 5, 1), ALL D's otherwise.
    """
    import pandas as pd

    game = check_dilemma(game)
    grid = np.round(np.arange(1, 20) * 0.05, 10) if ws is None else ws
    if isinstance(grid, (str, bytes)) or not hasattr(grid, "__iter__"):
        raise TypeError(f"ws must be a sequence of continuation probabilities, got {grid!r}")
    grid = [float(check_w(w)) for w in grid]
    if not grid:
        raise ValueError("ws must hold at least one continuation probability")
    rows = []
    for w in grid:
        native = value_tft_vs_tft(w, game)
        alld, alternator = value_alld_vs_tft(w, game), value_alternator_vs_tft(w, game)
        rows.append({"w": w, "tft_vs_tft": native, "alld_vs_tft": alld, "alternator_vs_tft": alternator,
                     "best_invader": ALL_D if alld >= alternator else ALTERNATOR,
                     "advantage": max(alld, alternator) - native,
                     "stable": is_collectively_stable_tft(w, game)})
    return pd.DataFrame(rows).set_index("w")


# ---- ALL D: Axelrod (1984), ch. 3, Proposition 5 --------------------------------------------

def alld_is_collectively_stable(w, game: Optional[Game] = None) -> bool:
    """ALL D is collectively stable at every w; True once the inputs are checked.

    Against ALL D a player gets S when it cooperates and P when it defects, and
    ``P > S``, so no move earns more than P. Hence for every strategy A,
    ``V(A|ALL D) <= sum_t w**t P = P/(1 - w) = V(ALL D|ALL D)``, with
    equality only if A defects on every move against ALL D (AH81; Axelrod
    1984, ch. 3, Proposition 5). What A loses is
    :func:`alld_invader_deficit`. The answer depends on nothing but
    ``P > S``, which is what is returned.
    """
    check_w(w)
    game = check_dilemma(game)
    return bool(game.P > game.S)


def alld_invader_deficit(moves, w, game: Optional[Game] = None) -> float:
    """``V(ALL D|ALL D) - V(A|ALL D)`` over the moves given: ``(P - S) * sum of w**t over A's cooperations``.

    ``moves`` are A's moves against ALL D (0 = C, 1 = D). Each cooperation on
    move t costs ``w**t (P - S)`` against defecting, so the deficit is never
    negative: TIT FOR TAT's is ``P - S``, ALL C's ``(P - S)/(1 - w)``.
    """
    w = float(check_w(w))
    game = check_dilemma(game)
    own = _moves("moves", moves)
    return float((game.P - game.S) * np.dot(np.power(w, np.arange(own.size)), own == 0))


# ---- clusters: Axelrod (1984), ch. 3, Proposition 6 -----------------------------------------

def cluster_scores(p, w, game: Optional[Game] = None) -> tuple[Number, Number]:
    """The scores of a member of a small TIT FOR TAT cluster and of a native, in a population of ALL D.

    A cluster member meets another member with probability ``p`` and ALL D
    otherwise; the cluster is so small a share of the population that a native
    almost always meets a native (Axelrod and Hamilton 1981). So::

        cluster member: p V(TFT|TFT) + (1 - p) V(TFT|ALL D)
        native:         V(ALL D|ALL D)

    Returns
    -------
    tuple
        ``(member, native)``.
    """
    p = _check_share("p, the chance that a cluster member meets another", p)
    w = check_w(w)
    if isinstance(p, Fraction) != isinstance(w, Fraction):
        p, w = float(p), float(w)  # one exact and one not: the result cannot be exact
    member = p * value_tft_vs_tft(w, game) + (1 - p) * value_tft_vs_alld(w, game)
    return member, value_alld_vs_alld(w, game)


def cluster_invasion_threshold(w, game: Optional[Game] = None) -> Number:
    """The least share ``p*`` of meetings within the cluster above which TIT FOR TAT invades ALL D.

    The cluster does better than the natives iff
    ``p V(TFT|TFT) + (1 - p) V(TFT|ALL D) > V(ALL D|ALL D)``, that is
    ``p > p*`` with::

        p* = (V(ALL D|ALL D) - V(TFT|ALL D)) / (V(TFT|TFT) - V(TFT|ALL D))
           = (P - S)(1 - w) / ((R - S) - w (P - S))

    The numerator ``P - S`` is what TIT FOR TAT loses on its first move against
    ALL D; the denominator is what it gains from meeting its own kind. For 3,
    0, 5, 1 and ``w = 0.9``, ``p* = 1/21``, about 5%, Axelrod's figure
    (AH81; Axelrod 1984, ch. 3). At ``p = p*`` the cluster only ties.
    """
    w, R, S, T, P = _setting(w, game)
    return (P - S) * (1 - w) / ((R - S) - w * (P - S))


def cluster_invades(p, w, game: Optional[Game] = None) -> bool:
    """Whether a TIT FOR TAT cluster meeting itself with probability ``p`` does better than ALL D.

    Decided by ``p > cluster_invasion_threshold(w, game)``, which is exact
    for Fractions and, for floats, free of the rounding of the two scores.
    """
    p = _check_share("p, the chance that a cluster member meets another", p)
    w = check_w(w)
    if isinstance(p, Fraction) and not isinstance(w, Fraction):
        p = float(p)
    return bool(p > cluster_invasion_threshold(w, game))


# ---- provocability: Axelrod (1984), ch. 3, Proposition 4 ------------------------------------

def forgiving_rule_invader_advantage(w, game: Optional[Game] = None, move: int = 0) -> Number:
    """What an invader gains over a nice native that lets one defection, on ``move``, pass: ``w**move (T - R)``.

    A nice rule can be collectively stable only if it is provoked by the
    very first defection (Axelrod 1984, ch. 3, Proposition 4; AH81). Take a
    native that cooperates with itself for ever and answers an isolated
    defection with nothing, as TIT FOR TWO TATS does. The invader that plays
    exactly as the native would, except for one defection on ``move``, meets
    cooperation throughout, so its game differs from the native's self-play
    only on that move, where it gets T instead of R::

        V(invader|native) = V(native|native) + w**move (T - R)

    This is positive for every w, however close to 1, so such a native is
    never collectively stable. (Against TIT FOR TAT, which is provoked, the
    same defection is paid back with S on the next move: its gain is
    ``w**move ((T - R) - w (R - S))``, not positive once ``w`` reaches the
    alternation threshold.)
    """
    w, R, S, T, P = _setting(w, game)
    move = check_whole("move", move, minimum=0)
    return w ** move * (T - R)
