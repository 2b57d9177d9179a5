"""Tables that describe how each rule plays, computed from a tournament's results.

Every function takes a :class:`~axelrod_nl.results.TournamentResults` and
returns a pandas table indexed by player name (in tournament order). Rates
follow the conventions of :mod:`axelrod_nl.results`:

- *per move* measures (outcome distributions, state-to-action rates) count
  both twins' moves in a self-play match;
- *per match* measures (niceness) count a self-play match once, as the mean of
  its two twins.

Functions marked "needs move histories" read ``results.moves`` and raise
``ValueError`` when the tournament was played without ``keep_histories=True``.

References
----------
Axelrod, R. (1980). Effective choice in the Prisoner's Dilemma. Journal of
Conflict Resolution 24(1), 3-25 ("nice" rules: never the first to defect).
Singer-Clark, T. (2014). Morality metrics on iterated Prisoner's Dilemma
players (the good partner rating, as documented by Axelrod-Python).
"""

from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd

from ..engine import protocol
from ..game import Game
from ..results import TournamentResults

STATES = ("CC", "CD", "DC", "DD")
"""Outcomes of one move from the focal player's side: its move, then the opponent's."""

# The same outcome seen from the other side of the table: CD for one player is DC for the other.
_MIRROR = np.array([0, 2, 1, 3])
_STATE_COLUMNS = np.array([protocol.CC, protocol.CD, protocol.DC, protocol.DD])


def _require_histories(results: TournamentResults, what: str) -> np.ndarray:
    if results.moves is None:
        raise ValueError(f"{what} needs the move histories; play the tournament with keep_histories=True")
    return results.moves


def _self_play_weight(results: TournamentResults) -> np.ndarray:
    """Weight of each pairing's sides in a per-match measure: 1/2 for each twin of a self-play match."""
    return np.where(results.pair_a == results.pair_b, 0.5, 1.0)


# ---- outcome (state) distributions ------------------------------------------------------

def pair_state_counts(results: TournamentResults) -> np.ndarray:
    """Counts of the outcomes CC, CD, DC, DD over all repetitions, for every ordered pair.

    Returns
    -------
    numpy.ndarray
        Shape ``(players, players, 4)``; entry ``[i, j, s]`` counts the moves
        of ``i``'s matches against ``j`` that ended in state ``STATES[s]``,
        seen from ``i``'s side. A self-play match counts both twins' sides.
    """
    n = results.n_players
    summed = results.aggregates.pair_sums[:, _STATE_COLUMNS]  # (pairs, 4), from a's side
    counts = np.zeros((n, n, 4))
    np.add.at(counts, (results.pair_a, results.pair_b), summed)
    np.add.at(counts, (results.pair_b, results.pair_a), summed[:, _MIRROR])
    return counts


def _as_rates(counts: np.ndarray) -> np.ndarray:
    totals = counts.sum(axis=-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, counts / np.where(totals > 0, totals, 1.0), np.nan)


def state_distribution(results: TournamentResults, normalise: bool = True) -> pd.DataFrame:
    """Share of each player's moves that ended in CC, CD, DC and DD.

    Parameters
    ----------
    results : the tournament's results.
    normalise : give fractions of the player's moves (rows sum to 1) instead of counts.

    Returns
    -------
    pandas.DataFrame
        Index: player names; columns ``CC, CD, DC, DD`` from the player's side
        (``CD``: it cooperated and was defected against). The rates equal the
        ``CC_rate`` ... ``DD_rate`` columns of ``results.summary``.
    """
    counts = pair_state_counts(results).sum(axis=1)
    values = _as_rates(counts) if normalise else counts
    return pd.DataFrame(values, index=pd.Index(results.names, name="player"), columns=list(STATES))


def pair_state_distribution(results: TournamentResults, normalise: bool = True) -> pd.DataFrame:
    """Outcome distribution of every ordered pairing, from the first player's side.

    Parameters
    ----------
    results : the tournament's results.
    normalise : give fractions of the pairing's moves instead of counts.

    Returns
    -------
    pandas.DataFrame
        Index: ``(player, opponent)`` for every pairing that was played, both
        orders; columns ``CC, CD, DC, DD``.
    """
    counts = pair_state_counts(results)
    played = np.zeros((results.n_players,) * 2, dtype=bool)
    played[results.pair_a, results.pair_b] = played[results.pair_b, results.pair_a] = True
    i, j = np.nonzero(played)
    values = _as_rates(counts[i, j]) if normalise else counts[i, j]
    names = np.array(results.names, dtype=object)
    index = pd.MultiIndex.from_arrays([names[i], names[j]], names=["player", "opponent"])
    return pd.DataFrame(values, index=index, columns=list(STATES))


# ---- state-to-action rates (needs histories) -------------------------------------------------

def _valid_turns(results: TournamentResults, start: int = 0) -> np.ndarray:
    """Mask (pairs, repetitions, turns) of moves that were played, from column ``start``.

    Matches of a probabilistic length are shorter than the moves array; the
    padding after a match ends must not count as cooperation.
    """
    turns = results.lengths
    return np.arange(start, results.moves.shape[-1])[None, None, :] < turns[:, :, None]


def transition_counts(results: TournamentResults) -> np.ndarray:
    """How often each player chose C or D after each outcome, against each opponent.

    Needs move histories.

    Returns
    -------
    numpy.ndarray
        Shape ``(players, players, 4, 2)``; entry ``[i, j, s, x]`` counts the
        moves where ``i``, playing ``j``, chose action ``x`` (0 = C, 1 = D)
        right after a move that ended in state ``STATES[s]`` from ``i``'s side.
    """
    moves = _require_histories(results, "state-to-action rates").astype(np.int64)
    n = results.n_players
    valid = _valid_turns(results, start=1).astype(np.float64)
    own, other = moves[:, :, 0, :], moves[:, :, 1, :]
    counts = np.zeros(n * n * 4 * 2)
    sides = ((results.pair_a, results.pair_b, own, other), (results.pair_b, results.pair_a, other, own))
    for player, opponent, mine, theirs in sides:
        state = 2 * mine[:, :, :-1] + theirs[:, :, :-1]
        action = mine[:, :, 1:]
        pair = (player * n + opponent)[:, None, None]
        flat = ((pair * 4 + state) * 2 + action).ravel()
        counts += np.bincount(flat, weights=valid.ravel(), minlength=counts.size)
    return counts.reshape(n, n, 4, 2)


def state_to_action_rates(results: TournamentResults) -> pd.DataFrame:
    """Probability that each player cooperates right after each outcome.

    The memory-one profile ``(p_CC, p_CD, p_DC, p_DD)`` estimated from play:
    TIT FOR TAT is ``(1, 0, 1, 0)``, WIN-STAY LOSE-SHIFT ``(1, 0, 0, 1)``.
    Needs move histories.

    Returns
    -------
    pandas.DataFrame
        Index: player names; columns ``CC, CD, DC, DD`` (the previous outcome
        from the player's side). NaN where the outcome never occurred.

    Raises
    ------
    ValueError
        If the tournament was played without ``keep_histories=True``.
    """
    counts = transition_counts(results).sum(axis=1)  # (players, 4, 2)
    seen = counts.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(seen > 0, counts[:, :, 0] / np.where(seen > 0, seen, 1.0), np.nan)
    return pd.DataFrame(rates, index=pd.Index(results.names, name="player"), columns=list(STATES))


# ---- good partner rating ------------------------------------------------------------------------

def good_partner_matrix(results: TournamentResults) -> pd.DataFrame:
    """Repetitions in which the row player cooperated at least as often as the column player.

    Self-play is left out (the diagonal is 0), as in Axelrod-Python.

    Returns
    -------
    pandas.DataFrame
        Square table of counts between 0 and ``results.repetitions``.
    """
    n = results.n_players
    good = results.aggregates.pair_good
    distinct = results.pair_a != results.pair_b
    matrix = np.zeros((n, n))
    a, b = results.pair_a[distinct], results.pair_b[distinct]
    matrix[a, b] = good[distinct, 0]
    matrix[b, a] = good[distinct, 1]
    return pd.DataFrame(matrix, index=results.names, columns=results.names)


def good_partner_rating(results: TournamentResults) -> pd.Series:
    """Fraction of a player's matches in which it cooperated at least as often as its opponent.

    This is Axelrod-Python's "good partner rating" (its documentation, "Calculate
    Morality Metrics", after Singer-Clark 2014): the row sums of
    :func:`good_partner_matrix` divided by ``repetitions * (players - 1)``, so
    self-play is not counted. A rule that never cooperates less than its
    partner, such as TIT FOR TAT or ALL C, rates 1; ALL D rates 0 unless it
    meets another ALL D.

    Returns
    -------
    pandas.Series
        Named ``good_partner_rating``, indexed by player name.

    Raises
    ------
    ValueError
        For a one-player tournament, where the rating is undefined.
    """
    if results.n_players < 2:
        raise ValueError("the good partner rating needs at least two players")
    matrix = good_partner_matrix(results)
    rating = matrix.sum(axis=1) / (results.repetitions * (results.n_players - 1))
    return rating.rename("good_partner_rating").rename_axis("player")


# ---- niceness (needs histories) ---------------------------------------------------------------

def _first_defection(actions: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Index of the first valid defection along the last axis, or the axis length if none."""
    defected = (actions == 1) & valid
    return np.where(defected.any(axis=-1), defected.argmax(axis=-1), actions.shape[-1])


def niceness(results: TournamentResults, ignore_last: int = 0) -> pd.DataFrame:
    """Whether each player ever defected first, Axelrod's (1980) test of a "nice" rule.

    A player *defects first* in a match when it defects on a move before
    which its opponent had not defected. Defecting on the same move as the
    opponent's first defection therefore counts against both: neither was
    provoked (so ALL D meeting ALL D is not nice). A self-play match counts
    once, as the mean of its two twins. Needs move histories.

    Parameters
    ----------
    results : the tournament's results, played with ``keep_histories=True``.
    ignore_last : do not count defections in the last ``ignore_last`` moves of
        a match. Axelrod called the first tournament's rules nice if they did
        not defect first "before the last few moves" (A80), so two end-game
        defections in a 200-move game do not make a rule nasty there.

    Returns
    -------
    pandas.DataFrame
        Index: player names. Columns ``defected_first`` (matches over all
        repetitions in which the player defected first; a self-play match in
        which one twin did counts 1/2), ``nice_rate`` (fraction of matches in
        which it did not) and ``nice`` (True if it never defected first).

    Raises
    ------
    ValueError
        If histories were not kept, or ``ignore_last`` is negative.
    """
    moves = _require_histories(results, "niceness")
    if isinstance(ignore_last, bool) or not isinstance(ignore_last, (int, np.integer)) or ignore_last < 0:
        raise ValueError(f"ignore_last must be a whole number >= 0, got {ignore_last!r}")
    played = _valid_turns(results)
    turns = results.lengths
    counted = played & (np.arange(moves.shape[-1])[None, None, :] < (turns - ignore_last)[:, :, None])
    first_a = _first_defection(moves[:, :, 0, :], counted)
    first_b = _first_defection(moves[:, :, 1, :], counted)
    never = moves.shape[-1]
    # Provocation counts even inside the ignored window: only the focal player's defections are ignored there.
    provoked_a = _first_defection(moves[:, :, 1, :], played)
    provoked_b = _first_defection(moves[:, :, 0, :], played)
    a_first = (first_a < never) & (first_a <= provoked_a)
    b_first = (first_b < never) & (first_b <= provoked_b)

    weight = _self_play_weight(results)[:, None]
    defected_first = np.zeros(results.n_players)
    np.add.at(defected_first, results.pair_a, (weight * a_first).sum(axis=1))
    np.add.at(defected_first, results.pair_b, (weight * b_first).sum(axis=1))
    matches = results.opponents * results.repetitions
    table = pd.DataFrame({
        "defected_first": defected_first,
        "nice_rate": 1.0 - defected_first / matches,
        "nice": defected_first == 0,
    }, index=pd.Index(results.names, name="player"))
    return table


# ---- payoffs ------------------------------------------------------------------------------------

def payoff_difference_matrix(results: TournamentResults) -> pd.DataFrame:
    """Mean score of the row player minus the column player's in their matches.

    Positive entries mark pairings the row player won on average; the
    diagonal (self-play) is 0, and the table is antisymmetric.
    """
    matrix = results.payoff_array
    return pd.DataFrame(matrix - matrix.T, index=results.names, columns=results.names)


# ---- the social bank account ----------------------------------------------------------------------

def bank_account(moves: np.ndarray, game: Optional[Game] = None) -> pd.DataFrame:
    """The "social bank account" of the first player of one match, move by move.

    Every cooperation given is a deposit and every cooperation received a
    withdrawal; the balance is what the player has given beyond what it got
    back. A positive balance means the player invested in the relationship
    first.

    Parameters
    ----------
    moves : int array (2, turns), 0 = C and 1 = D, row 0 the focal player
        (as ``MatchResult.moves`` or ``TournamentResults.moves_of``).
    game : the payoffs (default 3, 0, 5, 1).

    Returns
    -------
    pandas.DataFrame
        Index ``turn`` (1-based: the state after that many moves); columns
        ``given`` and ``received`` (cumulative cooperations), ``balance``
        (given minus received), ``payoff`` (this move's) and
        ``cumulative_payoff``.
    """
    moves = np.asarray(moves)
    if moves.ndim != 2 or moves.shape[0] != 2:
        raise ValueError(f"moves must have shape (2, turns), got {moves.shape}")
    own, other = moves[0].astype(np.int64), moves[1].astype(np.int64)
    payoff = (game or Game()).as_array()[2 * own + other]
    given = np.cumsum(own == 0)
    received = np.cumsum(other == 0)
    return pd.DataFrame({
        "given": given,
        "received": received,
        "balance": given - received,
        "payoff": payoff,
        "cumulative_payoff": np.cumsum(payoff),
    }, index=pd.RangeIndex(1, own.size + 1, name="turn"))


def tournament_bank_account(results: TournamentResults, player: str) -> pd.DataFrame:
    """A player's social bank account against each opponent, averaged over repetitions.

    Needs move histories. A match of probabilistic length that has ended
    keeps its final balance and payoff, so curves of different lengths can
    be averaged.

    Returns
    -------
    pandas.DataFrame
        Long format: columns ``opponent``, ``turn``, ``balance`` and
        ``cumulative_payoff``, one row per opponent (its twin included with
        self-play) and turn.
    """
    _require_histories(results, "the social bank account")
    longest = int(results.lengths.max())
    me = results._index(player)
    met = {int(b) for a, b in zip(results.pair_a, results.pair_b) if a == me} | \
          {int(a) for a, b in zip(results.pair_a, results.pair_b) if b == me}
    frames = []
    for k, opponent in enumerate(results.names):
        if k not in met:  # not a neighbour on the graph, or the twin without self-play
            continue
        balance = np.zeros(longest)
        payoff = np.zeros(longest)
        for repetition in range(results.repetitions):
            account = bank_account(results.moves_of(player, opponent, repetition), results.game)
            balance += _held(account["balance"].to_numpy(), longest)
            payoff += _held(account["cumulative_payoff"].to_numpy(), longest)
        frames.append(pd.DataFrame({
            "opponent": opponent,
            "turn": np.arange(1, longest + 1),
            "balance": balance / results.repetitions,
            "cumulative_payoff": payoff / results.repetitions,
        }))
    return pd.concat(frames, ignore_index=True)


def node_bank_accounts(results: TournamentResults) -> pd.DataFrame:
    """Every player's social bank account over all its matches, beside its degree and payoff.

    On a graph (``Tournament(edges=...)``) a player's partners are its
    neighbours: a hub holds many accounts, a leaf one. Per player, over all
    its matches and repetitions: cooperations ``given`` and ``received`` (the
    partners' cooperations with it), the ``balance`` given minus received per
    match, its number of partners (``degree``, its twin counted once with
    self-play) and its mean score per match and per move. Needs no histories.

    Returns
    -------
    pandas.DataFrame
        Index: player names; columns ``degree``, ``given``, ``received``,
        ``balance_per_match``, ``mean_score``, ``normalised_score``.
    """
    sums = results.aggregates.pair_sums
    given = np.zeros(results.n_players)
    received = np.zeros(results.n_players)
    twins = results.pair_a == results.pair_b
    np.add.at(given, results.pair_a, sums[:, protocol.COOP_A])
    np.add.at(received, results.pair_a, sums[:, protocol.COOP_B])
    # A twin match is one match of the player with itself: both sides count as given and received once.
    np.add.at(given, results.pair_b[~twins], sums[~twins, protocol.COOP_B])
    np.add.at(received, results.pair_b[~twins], sums[~twins, protocol.COOP_A])
    given[results.pair_a[twins]] = given[results.pair_a[twins]] - sums[twins, protocol.COOP_A] + (
        sums[twins, protocol.COOP_A] + sums[twins, protocol.COOP_B]) / 2
    received[results.pair_a[twins]] = received[results.pair_a[twins]] - sums[twins, protocol.COOP_B] + (
        sums[twins, protocol.COOP_A] + sums[twins, protocol.COOP_B]) / 2
    matches = results.opponents * results.repetitions
    return pd.DataFrame({
        "degree": results.opponents,
        "given": given,
        "received": received,
        "balance_per_match": (given - received) / matches,
        "mean_score": results.scores.mean(axis=1),
        "normalised_score": results.normalised_scores.mean(axis=1),
    }, index=pd.Index(results.names, name="player"))


def _held(values: np.ndarray, length: int) -> np.ndarray:
    """``values`` extended to ``length`` by repeating its last entry (0 if empty)."""
    if values.size >= length:
        return values[:length].astype(np.float64)
    last = values[-1] if values.size else 0.0
    return np.concatenate([values, np.full(length - values.size, last)]).astype(np.float64)


def metric_tables(results: TournamentResults, ignore_last: int = 0) -> dict[str, pd.DataFrame]:
    """Every table of this module, by file stem; the ones that need histories only when they were kept."""
    tables = {
        "state_distribution": state_distribution(results),
        "pair_state_distribution": pair_state_distribution(results),
        "payoff_difference_matrix": payoff_difference_matrix(results),
    }
    if results.moves is not None:
        tables["state_to_action_rates"] = state_to_action_rates(results)
        tables["good_partner_rating"] = good_partner_rating(results).to_frame()
        tables["niceness"] = niceness(results, ignore_last=ignore_last)
    return tables
