"""The match engine: one move loop, run jitted for speed or as Python for plain rules.

:func:`match_loop` plays one match. The jitted tournament kernel
:func:`play_items` runs it over a range of work items, without the GIL, so the
runner plays disjoint ranges in parallel Python threads; each item is one
(pair, repetition) and carries everything its randomness depends on, so
results do not depend on the number of threads.

The same :func:`match_loop` source runs as plain Python in
:func:`play_items_python`, for rules written without numba. Keeping one loop
for both paths is what makes the jitted and plain-Python versions of a rule play
identically. The calling convention, the workspace layout and the columns
filled here are declared in :mod:`.protocol`.
"""

from __future__ import annotations

import warnings

import numpy as np
from numba import carray, njit
from numba.extending import overload
from numba.core.errors import NumbaExperimentalFeatureWarning

from .function_pointer import rule_from_address, void_pointer
from .protocol import (
    CC,
    CD,
    CONTEXT_SIZE,
    COOP_A,
    COOP_B,
    DC,
    DD,
    DREW_A,
    DREW_B,
    ERROR_MOVE,
    ERROR_PLAYER,
    ERROR_VALUE,
    FIRST_COOP_A,
    FIRST_COOP_B,
    FRAME_CONTEXT,
    FRAME_HISTORY,
    FRAME_LENGTH,
    FRAME_N_PARAMS,
    FRAME_PARAMS,
    FRAME_RNG,
    FRAME_SIZE,
    FRAME_STATE,
    FRAME_STATE_SIZE,
    LENGTH,
    OPPONENT_DEFECTIONS,
    OPPONENT_SCORE,
    OWN_DEFECTIONS,
    OWN_SCORE,
    PUNISHMENT,
    REWARD,
    SCORE_A,
    SCORE_B,
    SUCKER,
    TEMPTATION,
    TURNS,
    workspace_layout,
)
from .random import (ROLE_NOISE_A, ROLE_NOISE_B, ROLE_RULE_A, ROLE_RULE_B, role_seed, stream_prefix, stream_seed,
                     uniform)

# Rules are called as first-class functions, a feature numba still labels experimental.
warnings.filterwarnings("ignore", category=NumbaExperimentalFeatureWarning,
                        message="First-class function type feature is experimental")


@njit(cache=True)
def fill_context(ctx: np.ndarray, payoffs: np.ndarray, announced_length: int) -> None:
    ctx[:] = 0.0
    ctx[REWARD] = payoffs[0]
    ctx[SUCKER] = payoffs[1]
    ctx[TEMPTATION] = payoffs[2]
    ctx[PUNISHMENT] = payoffs[3]
    ctx[LENGTH] = announced_length


def match_loop(rule_a, rule_b, frame_a, frame_b, params_a, params_b, state_a, state_b, rng_a, rng_b,
               noise_rng_a, noise_rng_b, noise, ctx_a, ctx_b, hist_a, hist_b,
               seen_ctx_a, seen_ctx_b, seen_a, seen_b, error):
    """Play ``hist_a.shape[1]`` moves; return False (and fill ``error``) if a rule misbehaves.

    ``hist_a`` is the match from a's side (row 0 a's moves, row 1 b's) and
    ``hist_b`` from b's side; both are kept so each rule reads its own row 0.
    ``seen_*`` are what the rules are handed: the same memory, read-only (the
    jitted path makes them read-only by the rule's type, the Python path by
    numpy flags), and cut to the moves played so far. Jitted, the rules are
    entries and get only their frames (the addresses of the same arrays).
    """
    for turn in range(hist_a.shape[1]):
        a = call_rule(rule_a, turn, frame_a, seen_a, seen_ctx_a, params_a, state_a, rng_a)
        b = call_rule(rule_b, turn, frame_b, seen_b, seen_ctx_b, params_b, state_b, rng_b)
        if a != 0 and a != 1:
            error[ERROR_MOVE] = turn + 1
            error[ERROR_PLAYER] = 0
            error[ERROR_VALUE] = a
            return False
        if b != 0 and b != 1:
            error[ERROR_MOVE] = turn + 1
            error[ERROR_PLAYER] = 1
            error[ERROR_VALUE] = b
            return False
        if noise > 0.0:
            # Both streams are always drawn so one player's flip never shifts the other's noise.
            if uniform(noise_rng_a) < noise:
                a = 1 - a
            if uniform(noise_rng_b) < noise:
                b = 1 - b
        hist_a[0, turn] = a
        hist_a[1, turn] = b
        hist_b[0, turn] = b
        hist_b[1, turn] = a
        # R, S, T, P sit at consecutive context slots, in the order of 2 * own + opponent.
        score_a = ctx_a[REWARD + 2 * a + b]
        score_b = ctx_a[REWARD + 2 * b + a]
        ctx_a[OWN_SCORE] += score_a
        ctx_a[OPPONENT_SCORE] += score_b
        ctx_b[OWN_SCORE] += score_b
        ctx_b[OPPONENT_SCORE] += score_a
        ctx_a[OWN_DEFECTIONS] += a
        ctx_a[OPPONENT_DEFECTIONS] += b
        ctx_b[OWN_DEFECTIONS] += b
        ctx_b[OPPONENT_DEFECTIONS] += a
    return True


def call_rule(rule, turn, frame, history, ctx, params, state, rng):
    """One move of a plain-Python rule: ``decide`` with the ``(2, turn)`` view of the moves played."""
    return rule(turn, history[:, :turn], ctx, params, state, rng)


@overload(call_rule, inline="always", jit_options={"cache": True})
def _call_entry(rule, turn, frame, history, ctx, params, state, rng):
    def call(rule, turn, frame, history, ctx, params, state, rng):
        return rule(turn, frame)

    return call


_match_loop_jit = njit(cache=True)(match_loop)


@njit(cache=True)
def fill_frame(frame: np.ndarray, ctx: int, params: np.ndarray, state: int, state_size: int, rng: int,
               history: int, length: int) -> None:
    """Write where a player's arguments live (addresses in the workspace) into its frame."""
    frame[FRAME_CONTEXT] = ctx
    frame[FRAME_PARAMS] = params.ctypes.data
    frame[FRAME_N_PARAMS] = params.shape[0]
    frame[FRAME_STATE] = state
    frame[FRAME_STATE_SIZE] = state_size
    frame[FRAME_RNG] = rng
    frame[FRAME_HISTORY] = history
    frame[FRAME_LENGTH] = length


@njit(cache=True)
def summarise(hist_a: np.ndarray, ctx_a: np.ndarray, stats: np.ndarray) -> None:
    """Fill one row of statistics from a finished match seen from a's side."""
    length = hist_a.shape[1]
    own = hist_a[0]
    other = hist_a[1]
    mutual_defections = 0
    for turn in range(length):
        mutual_defections += own[turn] & other[turn]
    # The defection counts are in the context; a defection is mutual or alone.
    a_alone = ctx_a[OWN_DEFECTIONS] - mutual_defections
    b_alone = ctx_a[OPPONENT_DEFECTIONS] - mutual_defections
    stats[SCORE_A] = ctx_a[OWN_SCORE]
    stats[SCORE_B] = ctx_a[OPPONENT_SCORE]
    stats[COOP_A] = length - ctx_a[OWN_DEFECTIONS]
    stats[COOP_B] = length - ctx_a[OPPONENT_DEFECTIONS]
    stats[CC] = length - mutual_defections - a_alone - b_alone
    stats[CD] = b_alone
    stats[DC] = a_alone
    stats[DD] = mutual_defections
    stats[FIRST_COOP_A] = 1.0 if length > 0 and hist_a[0, 0] == 0 else 0.0
    stats[FIRST_COOP_B] = 1.0 if length > 0 and hist_a[1, 0] == 0 else 0.0
    stats[TURNS] = length


@njit(cache=True)
def _play_in_workspace(workspace, rule_a, rule_b, param_values, param_starts, i, j, size_a, size_b,
                       length, announced, seed, repetition, noise, payoffs, keep_moves, stats, moves,
                       item, error, drew):
    """Play one match with every array a rule sees carved out of ``workspace``.

    The views are made with ``carray`` and own no memory (no NRT meminfo), so a
    rule that numba compiles with reference counting on its arguments pays
    nothing for it; ``workspace`` is an argument here, so it outlives them.
    Fills ``stats`` (and row ``item`` of ``moves`` if kept) and ``drew``;
    returns False if a rule misbehaved.
    """
    at_ctx_b, at_state_a, at_state_b, at_streams, at_frames, at_hist_a, at_hist_b, _ = workspace_layout(
        length, size_a, size_b)
    base = workspace.ctypes.data
    ctx_a = carray(void_pointer(base), (CONTEXT_SIZE,), np.float64)
    ctx_b = carray(void_pointer(base + at_ctx_b), (CONTEXT_SIZE,), np.float64)
    state_a = carray(void_pointer(base + at_state_a), (size_a,), np.float64)
    state_b = carray(void_pointer(base + at_state_b), (size_b,), np.float64)
    rng_a = carray(void_pointer(base + at_streams), (1,), np.uint64)
    rng_b = carray(void_pointer(base + at_streams + 8), (1,), np.uint64)
    noise_a = carray(void_pointer(base + at_streams + 16), (1,), np.uint64)
    noise_b = carray(void_pointer(base + at_streams + 24), (1,), np.uint64)
    hist_a = carray(void_pointer(base + at_hist_a), (2, length), np.int8)
    hist_b = carray(void_pointer(base + at_hist_b), (2, length), np.int8)
    # Each rule gets exactly its own parameters, so an index past them is caught when checked.
    values = param_values.ctypes.data
    params_a = carray(void_pointer(values + 8 * param_starts[i]), (param_starts[i + 1] - param_starts[i],),
                      np.float64)
    params_b = carray(void_pointer(values + 8 * param_starts[j]), (param_starts[j + 1] - param_starts[j],),
                      np.float64)

    # The workspace is reused from match to match: the states start at zero, the contexts and
    # streams are set here, and a history column is written before any rule can read it.
    for k in range(size_a):
        state_a[k] = 0.0
    for k in range(size_b):
        state_b[k] = 0.0
    fill_context(ctx_a, payoffs, announced)
    fill_context(ctx_b, payoffs, announced)
    frame_a = base + at_frames
    frame_b = frame_a + 8 * FRAME_SIZE
    fill_frame(carray(void_pointer(frame_a), (FRAME_SIZE,), np.int64), base, params_a, base + at_state_a, size_a,
               base + at_streams, base + at_hist_a, length)
    fill_frame(carray(void_pointer(frame_b), (FRAME_SIZE,), np.int64), base + at_ctx_b, params_b,
               base + at_state_b, size_b, base + at_streams + 8, base + at_hist_b, length)
    prefix = stream_prefix(seed, i, j, repetition)
    seed_a = role_seed(prefix, ROLE_RULE_A)
    seed_b = role_seed(prefix, ROLE_RULE_B)
    rng_a[0] = seed_a
    rng_b[0] = seed_b
    if noise > 0.0:
        noise_a[0] = role_seed(prefix, ROLE_NOISE_A)
        noise_b[0] = role_seed(prefix, ROLE_NOISE_B)
    ok = _match_loop_jit(rule_a, rule_b, frame_a, frame_b, params_a, params_b, state_a, state_b, rng_a, rng_b,
                         noise_a, noise_b, noise, ctx_a, ctx_b, hist_a, hist_b,
                         ctx_a, ctx_b, hist_a, hist_b, error)
    drew[DREW_A] = rng_a[0] != seed_a
    drew[DREW_B] = rng_b[0] != seed_b
    if not ok:
        return False
    summarise(hist_a, ctx_a, stats)
    if keep_moves:
        # Element by element: a slice assignment compiles numba's shape-mismatch message machinery.
        for turn in range(length):
            moves[item, 0, turn] = hist_a[0, turn]
            moves[item, 1, turn] = hist_a[1, turn]
    return True


@njit(cache=True, nogil=True)
def play_items(rule_addresses, param_values, param_starts, state_sizes, item_a, item_b, item_repetition,
               item_length, seed, noise, payoffs, announce_length, keep_moves, stats, moves, errors, drew,
               workspace, first, last, stop):
    """Play work items ``first .. last - 1``; jitted, without the GIL.

    The runner calls it from several Python threads at once on disjoint ranges
    (:func:`~axelrod_nl.engine.runner.run_items`), so the engine needs no numba
    threading layer: its compile time and its thread safety are numba's plain
    serial code's.

    Parameters
    ----------
    rule_addresses : int64 array (players, 2), each player's rule addresses
        from :func:`~axelrod_nl.engine.function_pointer.rule_addresses`.
    param_values : float64 array, every player's parameters one after another.
    param_starts : int64 array (players + 1); player i's are ``param_values[starts[i]:starts[i + 1]]``.
    state_sizes : int64 array, private state length per player.
    item_a, item_b, item_repetition, item_length : int64 arrays, one entry per item.
    seed : the tournament seed.
    noise : probability that an intended move is flipped.
    payoffs : float64 array ``[R, S, T, P]``.
    announce_length : whether rules are told the match length.
    keep_moves : whether to copy the moves into ``moves`` (items, 2, max length).
    stats : float64 array (items, N_STATS), filled.
    errors : int64 array (items, N_ERROR), filled for items where a rule misbehaved.
    drew : bool array (items, 2), whether each rule advanced its stream.
    workspace : uint8 array of at least the largest item's ``workspace_layout`` size, reused by each
        item (each match clears what it reads before reading it).
    first, last : the range of items to play.
    stop : int64 array of one element; the loop ends once it is set.
    """
    for k in range(first, last):
        if stop[0] != 0:
            return
        i = item_a[k]
        j = item_b[k]
        length = item_length[k]
        size_a = state_sizes[i]
        size_b = state_sizes[j]
        _play_in_workspace(
            workspace,
            rule_from_address(rule_addresses[i, 0], rule_addresses[i, 1]),
            rule_from_address(rule_addresses[j, 0], rule_addresses[j, 1]),
            param_values, param_starts, i, j, size_a, size_b, length, length if announce_length else -1,
            seed, item_repetition[k], noise, payoffs, keep_moves, stats[k],
            moves, k, errors[k], drew[k],
        )


def _read_only(array: np.ndarray) -> np.ndarray:
    view = array.view()
    view.flags.writeable = False
    return view


def play_items_python(rules, param_values, param_starts, state_sizes, item_a, item_b, item_repetition,
                      item_length, seed, noise, payoffs, announce_length, keep_moves, stats, moves, errors,
                      drew):
    """:func:`play_items` as plain Python: ``rules`` are Python callables.

    Same arguments and the same random streams, so the results are identical
    to the jitted kernel's for the same rules; rules see read-only numpy views.
    """
    for k in range(item_a.shape[0]):
        i = int(item_a[k])
        j = int(item_b[k])
        repetition = int(item_repetition[k])
        length = int(item_length[k])
        announced = length if announce_length else -1
        hist_a = np.zeros((2, length), dtype=np.int8)
        hist_b = np.zeros((2, length), dtype=np.int8)
        ctx_a = np.empty(CONTEXT_SIZE)
        ctx_b = np.empty(CONTEXT_SIZE)
        fill_context(ctx_a, payoffs, announced)
        fill_context(ctx_b, payoffs, announced)
        seed_a = stream_seed(seed, i, j, repetition, ROLE_RULE_A)
        seed_b = stream_seed(seed, i, j, repetition, ROLE_RULE_B)
        rng_a = np.array([seed_a], dtype=np.uint64)
        rng_b = np.array([seed_b], dtype=np.uint64)
        ok = match_loop(
            rules[i], rules[j], None, None,
            _read_only(param_values[param_starts[i]:param_starts[i + 1]]),
            _read_only(param_values[param_starts[j]:param_starts[j + 1]]),
            np.zeros(state_sizes[i]), np.zeros(state_sizes[j]), rng_a, rng_b,
            np.array([stream_seed(seed, i, j, repetition, ROLE_NOISE_A)], dtype=np.uint64),
            np.array([stream_seed(seed, i, j, repetition, ROLE_NOISE_B)], dtype=np.uint64),
            noise, ctx_a, ctx_b, hist_a, hist_b,
            _read_only(ctx_a), _read_only(ctx_b), _read_only(hist_a), _read_only(hist_b), errors[k],
        )
        drew[k, DREW_A] = rng_a[0] != seed_a
        drew[k, DREW_B] = rng_b[0] != seed_b
        if ok:
            summarise(hist_a, ctx_a, stats[k])
            if keep_moves:
                moves[k, :, :length] = hist_a
