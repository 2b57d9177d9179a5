"""Run a batch of matches: split jitted and plain-Python work, check what rules do.

This is the edge between Python objects (strategies, names, progress) and the
array kernels in :mod:`~axelrod_nl.engine.kernel`.

The jitted kernel runs without the GIL in threads of this module's own, so the
calling thread stays responsive: Ctrl-C stops a run (matches not yet started
are skipped; a rule stuck in a loop is left behind, see :func:`_run_kernel`)
and raises KeyboardInterrupt. The engine uses no numba threading layer, so
several Python threads may call :meth:`Tournament.play` at once.
"""

from __future__ import annotations

import numbers
import threading
import time
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..progress import ProgressBar
from . import kernel
from .protocol import (ERROR_MOVE, ERROR_PLAYER, ERROR_VALUE, INVALID_MOVE, N_ERROR, N_STATS, NO_WINDOW,
                       workspace_layout)


class RuleError(ValueError):
    """A rule raised an exception, read outside its arrays, or returned something other than C or D."""


@dataclass
class WorkItems:
    """One entry per match to play: players (indices), repetition and length."""

    a: np.ndarray
    b: np.ndarray
    repetition: np.ndarray
    length: np.ndarray

    def __len__(self) -> int:
        return int(self.a.shape[0])

    def subset(self, selector) -> "WorkItems":
        return WorkItems(self.a[selector], self.b[selector], self.repetition[selector], self.length[selector])


@dataclass
class MatchSettings:
    seed: int
    noise: float
    payoffs: np.ndarray
    announce_length: bool
    # Stop a long match of two windowed deterministic rules once it cycles (same results; see kernel).
    cycle_detection: bool = True


def cycles_exact(settings: MatchSettings, longest: int) -> bool:
    """Whether a match completed from its cycle has the same statistics as one played move by move.

    Only without noise (with noise no joint state ever determines the next) and
    with whole-number payoffs whose match totals stay below 2**53, so that a
    score summed cycle by cycle equals the move-by-move sum to the last bit.
    """
    payoffs = np.asarray(settings.payoffs, dtype=np.float64)
    return bool(settings.cycle_detection and settings.noise == 0.0
                and np.all(payoffs == np.round(payoffs))
                and float(np.abs(payoffs).max(initial=0.0)) * max(longest, 1) < 2.0 ** 53)


@dataclass
class PlayerTables:
    """What the kernel needs of the players, as arrays."""

    addresses: np.ndarray     # (players, 2) int64; zeros for plain-Python players
    param_values: np.ndarray  # every player's parameters, one after another
    param_starts: np.ndarray  # (players + 1,) int64
    state_sizes: np.ndarray   # (players,) int64
    windows: np.ndarray       # (players,) int64, each player's cycle window or NO_WINDOW

    @classmethod
    def of(cls, players: Sequence, compile_rules: bool = True, cycles: bool = True) -> "PlayerTables":
        addresses = np.zeros((len(players), 2), dtype=np.int64)
        if compile_rules:
            for row, player in zip(addresses, players):
                if player.is_jitted:
                    row[:] = player.rule.addresses()
        arrays = [p.params_array() for p in players]
        starts = np.zeros(len(players) + 1, dtype=np.int64)
        starts[1:] = np.cumsum([a.size for a in arrays])
        values = np.concatenate(arrays + [np.zeros(1)]).astype(np.float64)
        sizes = np.array([p.state_size for p in players], dtype=np.int64)
        windows = np.array([p.cycle_window() if cycles else NO_WINDOW for p in players], dtype=np.int64)
        return cls(addresses, values, starts, sizes, windows)


def _as_move(value) -> int:
    """0 or 1 from what a plain-Python rule returned; ValueError otherwise.

    As on the jitted path: a bool is D when true, and a number counts only when it is 0 or 1.
    """
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, numbers.Real) and value in (0, 1):
        return int(value)
    raise ValueError(value)


class _PythonRuleCall:
    """A rule called from the Python loop; turns its failures into a located error."""

    def __init__(self, function, player_name: str) -> None:
        self.function = function
        self.player_name = player_name
        self.opponent_name = "?"

    def __call__(self, turn, history, ctx, params, state, rng):
        try:
            value = self.function(turn, history, ctx, params, state, rng)
        except RuleError:
            raise
        except Exception as error:
            raise RuleError(
                f"rule {self.player_name} raised {type(error).__name__}: {error} "
                f"at move {turn + 1} against {self.opponent_name}"
            ) from error
        try:
            return _as_move(value)
        except ValueError:
            raise RuleError(
                f"rule {self.player_name} returned {value!r}, not C (0) or D (1), "
                f"at move {turn + 1} against {self.opponent_name}"
            ) from None


def _python_callables(players: Sequence, names: Sequence[str], force_python: bool) -> list:
    calls = []
    for player, name in zip(players, names):
        player.rule.screen()
        function = player.rule.function
        if player.is_jitted and not force_python:
            function = player.rule.compiled()
        calls.append(_PythonRuleCall(function, name))
    return calls


def _run_python(players, names, items: WorkItems, settings: MatchSettings, tables: PlayerTables,
                keep_moves: bool, stats, moves, errors, drew, force_python: bool) -> None:
    calls = _python_callables(players, names, force_python)
    for k in range(len(items)):
        calls[items.a[k]].opponent_name = names[items.b[k]]
        calls[items.b[k]].opponent_name = names[items.a[k]]
        kernel.play_items_python(
            calls, tables.param_values, tables.param_starts, tables.state_sizes, tables.windows,
            items.a[k:k + 1], items.b[k:k + 1], items.repetition[k:k + 1], items.length[k:k + 1],
            settings.seed, settings.noise, settings.payoffs, settings.announce_length, keep_moves,
            stats[k:k + 1], moves[k:k + 1], errors[k:k + 1], drew[k:k + 1],
        )


_STUCK: list = []  # kernel threads left running after an interrupt


def default_workers() -> int:
    """Threads a run uses when not told: every core (``NUMBA_NUM_THREADS`` if set)."""
    import numba

    return int(numba.config.NUMBA_NUM_THREADS)


def kernel_stuck() -> bool:
    """Whether a run interrupted earlier left a kernel thread inside a rule that has not returned."""
    return any(thread.is_alive() for thread in _STUCK)


_INLINE_TURNS = 200_000  # about 5 ms of play


def _workspace(tables: PlayerTables, items: WorkItems) -> np.ndarray:
    """Scratch memory for one kernel call, room for its largest match (numpy aligns it for the float views)."""
    largest_state = int(tables.state_sizes.max()) if tables.state_sizes.size else 0
    longest = int(items.length.max()) if len(items) else 0
    return np.zeros(workspace_layout(longest, largest_state, largest_state)[-1], dtype=np.uint8)


def _run_kernel(tables: PlayerTables, items: WorkItems, settings: MatchSettings, keep_moves: bool,
                stats, moves, errors, drew, workers: Optional[int], progress: Optional[ProgressBar] = None,
                pieces_per_worker: int = 4, trusted: bool = False) -> None:
    """Play ``items`` with the jitted kernel on ``workers`` threads, interruptibly.

    The items are cut into ranges that the threads take in turn; each range is
    one call of the nogil kernel. The calling thread only waits, so Ctrl-C
    reaches it at once: the threads stop after their current match, and one
    stuck in a rule that never returns is left behind (see :func:`kernel_stuck`).
    A small job of ``trusted`` (catalogue) rules only is played in the calling thread.
    """
    n = len(items)
    stop = np.zeros(1, dtype=np.int64)
    if trusted and int(items.length.sum()) <= _INLINE_TURNS:
        # Tested rules end every move; a job this small ends within milliseconds, so it runs
        # here, saving the thread hand-over (most of a single match's cost), and Ctrl-C is
        # raised as soon as it returns.
        kernel.play_items(
            tables.addresses, tables.param_values, tables.param_starts, tables.state_sizes, tables.windows,
            items.a, items.b, items.repetition, items.length, settings.seed, settings.noise,
            settings.payoffs, settings.announce_length, keep_moves, stats, moves, errors, drew,
            _workspace(tables, items), 0, n, stop,
        )
        if progress is not None:
            progress.update(int(items.length.sum()))
        return
    threads = max(1, min(workers or default_workers(), n))
    pieces = max(1, min(n, threads * pieces_per_worker))
    bounds = np.linspace(0, n, pieces + 1).astype(np.int64)
    ranges = list(zip(bounds[:-1], bounds[1:]))
    failure: list = []
    guard = threading.Lock()

    def work() -> None:
        workspace = _workspace(tables, items)
        while stop[0] == 0:
            with guard:
                if not ranges:
                    return
                first, last = ranges.pop(0)
            try:
                kernel.play_items(
                    tables.addresses, tables.param_values, tables.param_starts, tables.state_sizes, tables.windows,
                    items.a, items.b, items.repetition, items.length, settings.seed, settings.noise,
                    settings.payoffs, settings.announce_length, keep_moves, stats, moves, errors, drew,
                    workspace, int(first), int(last), stop,
                )
            except BaseException as error:  # handed to the calling thread
                failure.append(error)
                stop[0] = 1
                return
            if progress is not None:
                with guard:
                    progress.update(int(items.length[first:last].sum()))

    pool = [threading.Thread(target=work, name="axelrod-nl kernel", daemon=True) for _ in range(threads)]
    try:
        for thread in pool:
            thread.start()
        for thread in pool:
            while thread.is_alive():
                thread.join(0.05)
    except KeyboardInterrupt:
        stop[0] = 1
        deadline = time.monotonic() + 1.0
        for thread in pool:
            thread.join(max(0.0, deadline - time.monotonic()))
        _STUCK.extend(thread for thread in pool if thread.is_alive())
        raise
    if failure:
        raise failure[0]


def run_items(players: Sequence, names: Sequence[str], items: WorkItems, settings: MatchSettings,
              keep_moves: bool = False, progress: Optional[ProgressBar] = None,
              chunks: int = 4, workers: Optional[int] = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Play every item and return ``(stats, moves, drew)``.

    ``stats`` has one row per item (columns in :mod:`~axelrod_nl.engine.protocol`);
    ``moves`` is ``(items, 2, longest)`` int8 when ``keep_moves``, else empty;
    ``drew`` is ``(items, 2)`` bool, whether each player's rule drew from its stream.
    Items whose players are both jitted go to the kernel (on ``workers``
    threads, default all cores, each taking ``chunks`` ranges in turn), the rest
    to the Python loop; both use the same random streams.
    """
    n = len(items)
    stats = np.zeros((n, N_STATS))
    drew = np.zeros((n, 2), dtype=np.bool_)
    longest = int(items.length.max()) if (keep_moves and n) else 0
    moves = np.zeros((n if keep_moves else 0, 2, longest), dtype=np.int8)
    if n == 0:
        return stats, moves, drew

    jitted = np.array([p.is_jitted for p in players])
    in_kernel = jitted[items.a] & jitted[items.b]
    kernel_index = np.flatnonzero(in_kernel)
    python_index = np.flatnonzero(~in_kernel)
    tables = PlayerTables.of(players, compile_rules=bool(kernel_index.size),
                             cycles=cycles_exact(settings, int(items.length.max())))

    def buffers(count: int):
        return (np.zeros((count, N_STATS)), np.zeros((count if keep_moves else 1, 2, max(longest, 1)), np.int8),
                np.zeros((count, N_ERROR), dtype=np.int64), np.zeros((count, 2), dtype=np.bool_))

    if kernel_index.size == n:
        # Everything goes to the kernel (the usual case): it writes straight into the results.
        sub, sub_stats, sub_drew = items, stats, drew
        sub_errors = np.zeros((n, N_ERROR), dtype=np.int64)
        sub_moves = moves if keep_moves else np.zeros((1, 2, 1), dtype=np.int8)
    elif kernel_index.size:
        sub = items.subset(kernel_index)
        sub_stats, sub_moves, sub_errors, sub_drew = buffers(len(sub))
    if kernel_index.size:
        try:
            _run_kernel(tables, sub, settings, keep_moves, sub_stats, sub_moves, sub_errors, sub_drew,
                        workers, progress, pieces_per_worker=chunks, trusted=all(p.rule.trusted for p in players))
        except Exception as error:
            _locate_failure(players, names, sub, settings, tables, error)
        _raise_returned_value_errors(players, names, sub, settings, tables, sub_errors)
        if sub_stats is not stats:
            stats[kernel_index] = sub_stats
            drew[kernel_index] = sub_drew
            if keep_moves:
                moves[kernel_index] = sub_moves[:, :, :longest]

    if python_index.size:
        sub = items.subset(python_index)
        sub_stats, sub_moves, sub_errors, sub_drew = buffers(len(sub))
        _run_python(players, names, sub, settings, tables, keep_moves, sub_stats, sub_moves, sub_errors,
                    sub_drew, force_python=False)
        _raise_returned_value_errors(players, names, sub, settings, tables, sub_errors)
        stats[python_index] = sub_stats
        drew[python_index] = sub_drew
        if keep_moves:
            moves[python_index] = sub_moves[:, :, :longest]
        if progress is not None:
            progress.update(int(sub.length.sum()))
    return stats, moves, drew


def _replay_as_python(players, names, one: WorkItems, settings: MatchSettings, tables: PlayerTables) -> None:
    """Play one match with every rule as plain Python; a misbehaving rule raises a located RuleError."""
    stats, moves, errors, drew = (np.zeros((1, N_STATS)), np.zeros((1, 2, 1), np.int8),
                                  np.zeros((1, N_ERROR), np.int64), np.zeros((1, 2), np.bool_))
    _run_python(players, names, one, settings, tables, False, stats, moves, errors, drew, force_python=True)


def _raise_returned_value_errors(players, names, items: WorkItems, settings: MatchSettings,
                                 tables: PlayerTables, errors: np.ndarray) -> None:
    failed = np.flatnonzero(errors[:, ERROR_MOVE])
    if failed.size == 0:
        return
    k = failed[0]
    move, player, value = errors[k, ERROR_MOVE], errors[k, ERROR_PLAYER], errors[k, ERROR_VALUE]
    # The Python replay shows the value as Python prints it (0.7, not its bits).
    _replay_as_python(players, names, items.subset(slice(k, k + 1)), settings, tables)
    index_self, index_other = (items.a[k], items.b[k]) if player == 0 else (items.b[k], items.a[k])
    shown = "a value that is not a whole number" if value == INVALID_MOVE else str(value)
    raise RuleError(
        f"rule {names[index_self]} returned {shown}, not C (0) or D (1), "
        f"at move {move} against {names[index_other]}"
    )


def _locate_failure(players, names, items: WorkItems, settings: MatchSettings, tables: PlayerTables,
                    error: Exception):
    """A jitted rule raised inside the kernel: find a failing match, then replay it as Python to name the move.

    Matches are independent, so a range of them fails exactly when it holds a
    failing match; halving the range finds one in a logarithmic number of runs.
    """
    def fails(part: WorkItems) -> bool:
        n = len(part)
        buffers = (np.zeros((n, N_STATS)), np.zeros((1, 2, 1), dtype=np.int8),
                   np.zeros((n, N_ERROR), dtype=np.int64), np.zeros((n, 2), dtype=np.bool_))
        try:
            _run_kernel(tables, part, settings, False, *buffers, workers=1)
        except Exception:
            return True
        return False

    low, high = 0, len(items)
    if not fails(items):
        raise error
    while high - low > 1:
        middle = (low + high) // 2
        if fails(items.subset(slice(low, middle))):
            high = middle
        else:
            low = middle
    one = items.subset(slice(low, low + 1))
    _replay_as_python(players, names, one, settings, tables)
    detail = " (an index outside its arrays)" if isinstance(error, IndexError) else ""
    raise RuleError(
        f"{names[one.a[0]]} or {names[one.b[0]]} raised {type(error).__name__}: {error}{detail} "
        "inside the jitted engine (replaying their match as plain Python did not reproduce it)"
    ) from error
