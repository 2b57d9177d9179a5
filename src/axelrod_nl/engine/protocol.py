"""The calling convention between the engine and a rule, in one place.

A rule is a function

``decide(turn, history, ctx, params, state, rng) -> C or D``

- ``turn`` (int): the index of the move being chosen, 0 for the first move.
- ``history`` (read-only int8 array, shape ``(2, turn)``): the moves played so
  far; row :data:`OWN` holds the rule's own moves and row :data:`OPPONENT` the
  opponent's, 0 for C and 1 for D, oldest first. Moves are as played, after
  any noise, so both players see the same history. On move 0 it has no
  columns: ``history[OPPONENT, turn - 1]`` there is an index error, not a move.
- ``ctx`` (read-only float64 array): running scores, payoffs, match length and
  counts, read with the index constants below (``ctx[OWN_SCORE]``, ...).
- ``params`` (read-only float64 array): this player's declared parameters,
  read by name (``params[Random.p]``; see :mod:`axelrod_nl.parameters`).
- ``state`` (float64 array): private memory, zeroed at the start of each match
  and kept between moves, read and written by name (``state[Gradual.punishing]``).
  It is the only argument a rule may write.
- ``rng`` (uint64 array of one element): the rule's own random stream, used
  through :func:`axelrod_nl.engine.random.uniform` or
  :func:`~axelrod_nl.engine.random.random_choice` and nothing else.

It returns 0 (C) or 1 (D); a bool is read as ``D if True``.

This is what the entrants of Axelrod's tournaments were given (move number, the
opponent's previous move, both scores, a random number; TourExec
documentation), widened to full histories and the payoffs.

The kernel does not call ``decide`` with these six arrays: numba passes an
array as seven to nine machine words, so such a call moves some forty
arguments and cost more than most rules' whole move. Each rule is called
through its *entry* (:mod:`.entry`), ``entry(turn, frame) -> move`` with
:data:`ENTRY_SIGNATURE`, compiled once per rule with ``decide`` inlined:
``frame`` is the address of :data:`FRAME_SIZE` int64 words, filled once per
match, from which the entry rebuilds the six arguments.

The module also fixes the engine's side of the convention: the layout of a
match's workspace and the columns of the per-match statistics that results,
metrics and reports read.
"""

from __future__ import annotations

from numba import njit, types

OWN = 0
OPPONENT = 1

# ctx: what a rule knows besides the moves.
OWN_SCORE = 0
OPPONENT_SCORE = 1
REWARD = 2
SUCKER = 3
TEMPTATION = 4
PUNISHMENT = 5
LENGTH = 6  # the announced number of moves, or -1 when the rules are not told
OWN_DEFECTIONS = 7
OPPONENT_DEFECTIONS = 8
CONTEXT_SIZE = 9

CONTEXT_NAMES = ("OWN_SCORE", "OPPONENT_SCORE", "REWARD", "SUCKER", "TEMPTATION", "PUNISHMENT",
                 "LENGTH", "OWN_DEFECTIONS", "OPPONENT_DEFECTIONS")

HISTORY_TYPE = types.Array(types.int8, 2, "A", readonly=True)
READ_ONLY_VECTOR = types.Array(types.float64, 1, "C", readonly=True)

RULE_SIGNATURE = types.int64(
    types.int64,          # turn
    HISTORY_TYPE,         # history, (2, turn)
    READ_ONLY_VECTOR,     # ctx
    READ_ONLY_VECTOR,     # params
    types.float64[::1],   # state
    types.uint64[::1],    # rng
)

ENTRY_SIGNATURE = types.int64(
    types.int64,          # turn
    types.int64,          # address of the player's frame
)

# A frame: where one player's arguments live during a match (int64 words; addresses and lengths).
FRAME_CONTEXT, FRAME_PARAMS, FRAME_N_PARAMS, FRAME_STATE, FRAME_STATE_SIZE, FRAME_RNG, FRAME_HISTORY, \
    FRAME_LENGTH = range(8)
FRAME_SIZE = 8

INVALID_MOVE = -(2**62)
"""What a rule's guard returns for a value that is neither C nor D; the runner
replays the match as Python to report the value itself."""

# Columns of the per-match statistics, from player a's side.
SCORE_A, SCORE_B, COOP_A, COOP_B, CC, CD, DC, DD, FIRST_COOP_A, FIRST_COOP_B, TURNS = range(11)
N_STATS = 11

# Columns of the per-match error record: move (1-based, 0 = no error), player (0 = a, 1 = b), value.
ERROR_MOVE, ERROR_PLAYER, ERROR_VALUE = range(3)
N_ERROR = 3

# Columns of the per-match draw record: whether each rule advanced its stream.
DREW_A, DREW_B = range(2)

# The cycle record of a match (int64): the moves actually played, the period found (0 if none), and
# the position of the search (the move whose joint state is saved, and Brent's power of two).
# A pair of deterministic rules that each read only a bounded window of moves and their own state
# (Strategy.cycle_window) moves from one joint state to the next by a fixed map, so a long match
# falls into a cycle; once the joint state repeats, the rest of the match is the cycle again.
CYCLE_PLAYED, CYCLE_PERIOD, CYCLE_TORTOISE, CYCLE_POWER = range(4)
CYCLE_SIZE = 4
NO_WINDOW = -1
"""A player's cycle window when cycle detection may not be used with it."""


@njit(cache=True)
def workspace_layout(length: int, size_a: int, size_b: int) -> tuple:
    """Byte offsets in one match's workspace, and its size.

    The workspace holds, in order, the two contexts, the two states, the two
    saved states of cycle detection (:data:`CYCLE_PLAYED`), four streams (each
    rule's and each player's noise; 8-byte words), the cycle record, the two
    players' frames and the two ``(2, length)`` int8 histories, one from each
    player's side.

    Returns ``(ctx_b, state_a, state_b, saved_a, saved_b, streams, cycle, frames, history_a,
    history_b, size)``; ``ctx_a`` is at offset 0 and b's frame follows a's.
    """
    ctx_b = 8 * CONTEXT_SIZE
    state_a = 2 * ctx_b
    state_b = state_a + 8 * size_a
    saved_a = state_b + 8 * size_b
    saved_b = saved_a + 8 * size_a
    streams = saved_b + 8 * size_b
    cycle = streams + 8 * 4
    frames = cycle + 8 * CYCLE_SIZE
    history_a = frames + 2 * 8 * FRAME_SIZE
    history_b = history_a + 2 * length
    return (ctx_b, state_a, state_b, saved_a, saved_b, streams, cycle, frames, history_a, history_b,
            history_b + 2 * length)


@njit(cache=True, inline="always")
def sequence(params, index):
    """The values of the variable-length parameter declared at ``index`` (a read-only view).

    Its two slots hold where its values start in ``params`` and how many there
    are (see :mod:`axelrod_nl.parameters`).
    """
    start = int(params[index])
    return params[start:start + int(params[index + 1])]
