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
    CYCLE_PERIOD,
    CYCLE_PLAYED,
    CYCLE_POWER,
    CYCLE_SIZE,
    CYCLE_TORTOISE,
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
    NO_WINDOW,
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

# Moves within which a match looks for a cycle (see match_loop).
SEARCH_MOVES = 16_384

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
               seen_ctx_a, seen_ctx_b, seen_a, seen_b, error, window, saved_a, saved_b, cycle):
    """Play ``hist_a.shape[1]`` moves; return False (and fill ``error``) if a rule misbehaves.

    ``hist_a`` is the match from a's side (row 0 a's moves, row 1 b's) and
    ``hist_b`` from b's side; both are kept so each rule reads its own row 0.
    ``seen_*`` are what the rules are handed: the same memory, read-only (the
    jitted path makes them read-only by the rule's type, the Python path by
    numpy flags), and cut to the moves played so far. Jitted, the rules are
    entries and get only their frames (the addresses of the same arrays).

    With ``window >= 0`` (both rules deterministic and reading at most the last
    ``window`` moves and their own states, and no noise) the loop looks for a
    repeated joint state with Brent's method: the state saved at move ``t0`` is
    compared with each later one, and moved ahead each time the distance
    reaches a power of two, so a cycle of period p entered after m moves is
    found within about ``m + 2p`` moves, holding one saved state (within the
    first :data:`SEARCH_MOVES` moves; after that the match is played in full,
    as without the search). It then stops and records the moves played and the period in ``cycle``
    (:data:`~.protocol.CYCLE_PLAYED`); :func:`fast_forward` completes the
    match. Otherwise ``cycle`` records every move played and period 0.
    """
    length = hist_a.shape[1]
    cycle[CYCLE_PLAYED] = length
    cycle[CYCLE_PERIOD] = 0
    cycle[CYCLE_TORTOISE] = -1
    cycle[CYCLE_POWER] = 1
    # The map from one joint state to the next is fixed only once both windows are full. The search
    # costs a call a move, so it gives up after SEARCH_MOVES: a pair whose states never repeat (a rule
    # counting in its state) then pays it only there, and the rest of its match is played in full.
    start = max(window, 1) if window >= 0 else length
    stop = min(length, SEARCH_MOVES) if window >= 0 else 0
    for turn in range(length):
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
        # The search lives in a function of its own, its position in ``cycle``: the loop stays as
        # tight as without it for the matches that do not look for a cycle.
        if turn + 1 >= start and turn + 1 < stop and cycle_step(hist_a, turn + 1, window, state_a, saved_a,
                                                                 state_b, saved_b, cycle):
            return True
    return True


def cycle_step(hist, played, window, state_a, saved_a, state_b, saved_b, cycle):
    """One step of Brent's search after ``played`` moves; True once the joint state repeats.

    ``cycle`` holds the search's position: the move at which the joint state
    was saved (the tortoise, -1 before the first save) and the distance at
    which the saved state moves on (the power). When the state after
    ``played`` moves equals the saved one, it records the moves played and the
    period.
    """
    tortoise = cycle[CYCLE_TORTOISE]
    if tortoise >= 0 and same_joint_state(hist, played, tortoise, window, state_a, saved_a, state_b, saved_b):
        cycle[CYCLE_PLAYED] = played
        cycle[CYCLE_PERIOD] = played - tortoise
        return True
    if tortoise < 0 or played - tortoise == cycle[CYCLE_POWER]:
        if tortoise >= 0:
            cycle[CYCLE_POWER] *= 2
        cycle[CYCLE_TORTOISE] = played
        saved_a[:] = state_a
        saved_b[:] = state_b
    return False


def same_joint_state(hist, now, then, window, state_a, saved_a, state_b, saved_b):
    """Whether both players' last ``window`` moves and states after ``now`` moves equal those after ``then``.

    The states after ``then`` moves are the saved copies.
    """
    # The states first: a rule that counts in its state differs there at once.
    for k in range(state_a.shape[0]):
        if state_a[k] != saved_a[k]:
            return False
    for k in range(state_b.shape[0]):
        if state_b[k] != saved_b[k]:
            return False
    for k in range(1, window + 1):
        if hist[0, now - k] != hist[0, then - k] or hist[1, now - k] != hist[1, then - k]:
            return False
    return True


def cycled_column(turn, played, period):
    """The column of the played moves that move ``turn`` repeats (``turn`` itself if it was played)."""
    if turn < played:
        return turn
    return played - period + (turn - played) % period


def fast_forward(hist_a, ctx_a, ctx_b, played, period):
    """Add the unplayed moves of a match that entered a cycle to both contexts' scores and counts.

    Moves ``played .. length - 1`` repeat the last ``period`` moves played. The
    sums are whole cycles times a cycle's sum plus a partial cycle; they equal
    move-by-move sums exactly because cycle detection is used only with
    whole-number payoffs (see :func:`~axelrod_nl.engine.runner.cycles_exact`).
    """
    length = hist_a.shape[1]
    if played >= length:
        return
    whole, rest = divmod(length - played, period)
    first = played - period
    score_a, score_b, defect_a, defect_b = _sums(hist_a, ctx_a, first, played)
    part_a, part_b, part_defect_a, part_defect_b = _sums(hist_a, ctx_a, first, first + rest)
    score_a = whole * score_a + part_a
    score_b = whole * score_b + part_b
    defect_a = whole * defect_a + part_defect_a
    defect_b = whole * defect_b + part_defect_b
    ctx_a[OWN_SCORE] += score_a
    ctx_a[OPPONENT_SCORE] += score_b
    ctx_b[OWN_SCORE] += score_b
    ctx_b[OPPONENT_SCORE] += score_a
    ctx_a[OWN_DEFECTIONS] += defect_a
    ctx_a[OPPONENT_DEFECTIONS] += defect_b
    ctx_b[OWN_DEFECTIONS] += defect_b
    ctx_b[OPPONENT_DEFECTIONS] += defect_a


def _sums(hist_a, ctx_a, first, last):
    """Scores and defections of both players over moves ``first .. last - 1``."""
    score_a = 0.0
    score_b = 0.0
    defect_a = 0
    defect_b = 0
    for turn in range(first, last):
        a = hist_a[0, turn]
        b = hist_a[1, turn]
        score_a += ctx_a[REWARD + 2 * a + b]
        score_b += ctx_a[REWARD + 2 * b + a]
        defect_a += a
        defect_b += b
    return score_a, score_b, defect_a, defect_b


def _mutual_defections(hist_a, first, last):
    count = 0
    for turn in range(first, last):
        count += hist_a[0, turn] & hist_a[1, turn]
    return count


def call_rule(rule, turn, frame, history, ctx, params, state, rng):
    """One move of a plain-Python rule: ``decide`` with the ``(2, turn)`` view of the moves played."""
    return rule(turn, history[:, :turn], ctx, params, state, rng)


@overload(call_rule, inline="always", jit_options={"cache": True})
def _call_entry(rule, turn, frame, history, ctx, params, state, rng):
    def call(rule, turn, frame, history, ctx, params, state, rng):
        return rule(turn, frame)

    return call


_match_loop_jit = njit(cache=True)(match_loop)
same_joint_state = njit(cache=True, inline="always")(same_joint_state)
cycle_step = njit(cache=True)(cycle_step)
cycled_column = njit(cache=True)(cycled_column)
_sums = njit(cache=True)(_sums)
_mutual_defections = njit(cache=True)(_mutual_defections)
_fast_forward_jit = njit(cache=True)(fast_forward)


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
def summarise(hist_a: np.ndarray, ctx_a: np.ndarray, stats: np.ndarray, played: int, period: int) -> None:
    """Fill one row of statistics from a finished match seen from a's side.

    Of a match that entered a cycle only ``played`` moves are in ``hist_a``; the
    rest repeat its last ``period`` (and the context already counts them, see
    :func:`fast_forward`).
    """
    length = hist_a.shape[1]
    mutual_defections = _mutual_defections(hist_a, 0, min(played, length))
    if played < length:
        whole, rest = divmod(length - played, period)
        first = played - period
        mutual_defections += (whole * _mutual_defections(hist_a, first, played)
                              + _mutual_defections(hist_a, first, first + rest))
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
                       item, error, drew, window):
    """Play one match with every array a rule sees carved out of ``workspace``.

    The views are made with ``carray`` and own no memory (no NRT meminfo), so a
    rule that numba compiles with reference counting on its arguments pays
    nothing for it; ``workspace`` is an argument here, so it outlives them.
    Fills ``stats`` (and row ``item`` of ``moves`` if kept) and ``drew``;
    returns False if a rule misbehaved.
    """
    (at_ctx_b, at_state_a, at_state_b, at_saved_a, at_saved_b, at_streams, at_cycle, at_frames, at_hist_a,
     at_hist_b, _) = workspace_layout(length, size_a, size_b)
    base = workspace.ctypes.data
    ctx_a = carray(void_pointer(base), (CONTEXT_SIZE,), np.float64)
    ctx_b = carray(void_pointer(base + at_ctx_b), (CONTEXT_SIZE,), np.float64)
    state_a = carray(void_pointer(base + at_state_a), (size_a,), np.float64)
    state_b = carray(void_pointer(base + at_state_b), (size_b,), np.float64)
    saved_a = carray(void_pointer(base + at_saved_a), (size_a,), np.float64)
    saved_b = carray(void_pointer(base + at_saved_b), (size_b,), np.float64)
    cycle = carray(void_pointer(base + at_cycle), (CYCLE_SIZE,), np.int64)
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
                         ctx_a, ctx_b, hist_a, hist_b, error, window, saved_a, saved_b, cycle)
    drew[DREW_A] = rng_a[0] != seed_a
    drew[DREW_B] = rng_b[0] != seed_b
    if not ok:
        return False
    played = cycle[CYCLE_PLAYED]
    period = cycle[CYCLE_PERIOD]
    _fast_forward_jit(hist_a, ctx_a, ctx_b, played, period)
    summarise(hist_a, ctx_a, stats, played, period)
    if keep_moves:
        # Element by element: a slice assignment compiles numba's shape-mismatch message machinery.
        for turn in range(length):
            column = cycled_column(turn, played, period)
            moves[item, 0, turn] = hist_a[0, column]
            moves[item, 1, turn] = hist_a[1, column]
    return True


@njit(cache=True, nogil=True)
def play_items(rule_addresses, param_values, param_starts, state_sizes, windows, item_a, item_b, item_repetition,
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
    windows : int64 array, each player's cycle window (:meth:`~axelrod_nl.strategy.Strategy.cycle_window`),
        or :data:`~.protocol.NO_WINDOW` where cycle detection is off; a match looks for a cycle
        only when both its players have a window.
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
        window = max(windows[i], windows[j]) if windows[i] != NO_WINDOW and windows[j] != NO_WINDOW else NO_WINDOW
        _play_in_workspace(
            workspace,
            rule_from_address(rule_addresses[i, 0], rule_addresses[i, 1]),
            rule_from_address(rule_addresses[j, 0], rule_addresses[j, 1]),
            param_values, param_starts, i, j, size_a, size_b, length, length if announce_length else -1,
            seed, item_repetition[k], noise, payoffs, keep_moves, stats[k],
            moves, k, errors[k], drew[k], window,
        )


def _read_only(array: np.ndarray) -> np.ndarray:
    view = array.view()
    view.flags.writeable = False
    return view


def play_items_python(rules, param_values, param_starts, state_sizes, windows, item_a, item_b, item_repetition,
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
        window = (max(int(windows[i]), int(windows[j]))
                  if windows[i] != NO_WINDOW and windows[j] != NO_WINDOW else NO_WINDOW)
        cycle = np.zeros(CYCLE_SIZE, dtype=np.int64)
        ok = match_loop(
            rules[i], rules[j], None, None,
            _read_only(param_values[param_starts[i]:param_starts[i + 1]]),
            _read_only(param_values[param_starts[j]:param_starts[j + 1]]),
            np.zeros(state_sizes[i]), np.zeros(state_sizes[j]), rng_a, rng_b,
            np.array([stream_seed(seed, i, j, repetition, ROLE_NOISE_A)], dtype=np.uint64),
            np.array([stream_seed(seed, i, j, repetition, ROLE_NOISE_B)], dtype=np.uint64),
            noise, ctx_a, ctx_b, hist_a, hist_b,
            _read_only(ctx_a), _read_only(ctx_b), _read_only(hist_a), _read_only(hist_b), errors[k],
            window, np.zeros(state_sizes[i]), np.zeros(state_sizes[j]), cycle,
        )
        drew[k, DREW_A] = rng_a[0] != seed_a
        drew[k, DREW_B] = rng_b[0] != seed_b
        if ok:
            played, period = int(cycle[CYCLE_PLAYED]), int(cycle[CYCLE_PERIOD])
            fast_forward(hist_a, ctx_a, ctx_b, played, period)
            summarise(hist_a, ctx_a, stats[k], played, period)
            if keep_moves:
                columns = np.arange(length)
                if played < length:
                    columns[played:] = played - period + (columns[played:] - played) % period
                moves[k, :, :length] = hist_a[:, columns]
