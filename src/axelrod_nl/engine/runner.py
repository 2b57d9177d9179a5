"""Run a batch of matches: split jitted and plain-Python work, check what rules return.

This is the edge between Python objects (strategies, names, progress) and the
array kernels in :mod:`~axelrod_nl.engine.kernel`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..actions import as_action
from ..progress import ProgressBar
from . import kernel



class RuleError(ValueError):
    """A rule raised an exception or returned something other than C or D."""


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


def rule_address_table(players: Sequence) -> np.ndarray:
    """int64 array (players, 2) of rule addresses; plain-Python players get zeros (they never reach the kernel)."""
    table = np.zeros((len(players), 2), dtype=np.int64)
    for row, player in zip(table, players):
        if player.is_jitted:
            row[:] = player.rule.addresses()
    return table


def _params_matrix(players: Sequence) -> np.ndarray:
    arrays = [p.params_array() for p in players]
    width = max([1] + [a.size for a in arrays])
    matrix = np.zeros((len(players), width))
    for row, values in zip(matrix, arrays):
        row[: values.size] = values
    return matrix


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
            return as_action(value)
        except ValueError:
            raise RuleError(
                f"rule {self.player_name} returned {value!r}, not C or D, "
                f"at move {turn + 1} against {self.opponent_name}"
            ) from None


def _python_callables(players: Sequence, names: Sequence[str], force_python: bool) -> list:
    calls = []
    for player, name in zip(players, names):
        function = player.rule.function
        if player.is_jitted and not force_python:
            function = player.rule.compiled()
        calls.append(_PythonRuleCall(function, name))
    return calls


def _raise_returned_value_errors(errors: np.ndarray, items: WorkItems, names: Sequence[str]) -> None:
    failed = np.flatnonzero(errors[:, kernel.ERROR_MOVE])
    if failed.size == 0:
        return
    k = failed[0]
    move, player, value = errors[k]
    index_self, index_other = (items.a[k], items.b[k]) if player == 0 else (items.b[k], items.a[k])
    raise RuleError(
        f"rule {names[index_self]} returned {value}, not C (0) or D (1), "
        f"at move {move} against {names[index_other]}"
    )


def _run_python(players, names, items: WorkItems, settings: MatchSettings, keep_moves: bool,
                stats, moves, errors, force_python: bool) -> None:
    calls = _python_callables(players, names, force_python)
    params = _params_matrix(players)
    sizes = np.array([p.state_size for p in players], dtype=np.int64)
    for k in range(len(items)):
        calls[items.a[k]].opponent_name = names[items.b[k]]
        calls[items.b[k]].opponent_name = names[items.a[k]]
        kernel.play_items_python(
            calls, params, sizes, items.a[k:k + 1], items.b[k:k + 1],
            items.repetition[k:k + 1], items.length[k:k + 1], settings.seed, settings.noise,
            settings.payoffs, settings.announce_length, keep_moves,
            stats[k:k + 1], moves[k:k + 1], errors[k:k + 1],
        )


def run_items(players: Sequence, names: Sequence[str], items: WorkItems, settings: MatchSettings,
              keep_moves: bool = False, progress: Optional[ProgressBar] = None,
              chunks: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Play every item and return ``(stats, moves)``.

    ``stats`` has one row per item (columns named in :mod:`~axelrod_nl.engine.kernel`);
    ``moves`` is ``(items, 2, longest)`` int8 when ``keep_moves``, else empty.
    Items whose players are both jitted go to the parallel kernel, the rest to
    the Python loop; both use the same random streams.
    """
    n = len(items)
    stats = np.zeros((n, kernel.N_STATS))
    longest = int(items.length.max()) if (keep_moves and n) else 0
    moves = np.zeros((n if keep_moves else 0, 2, longest), dtype=np.int8)
    if n == 0:
        return stats, moves

    jitted = np.array([p.is_jitted for p in players])
    in_kernel = jitted[items.a] & jitted[items.b]
    kernel_index = np.flatnonzero(in_kernel)
    python_index = np.flatnonzero(~in_kernel)

    if kernel_index.size:
        addresses = rule_address_table(players)
        params = _params_matrix(players)
        sizes = np.array([p.state_size for p in players], dtype=np.int64)
        for block in np.array_split(kernel_index, max(1, min(chunks, kernel_index.size))):
            sub = items.subset(block)
            sub_stats = np.zeros((len(sub), kernel.N_STATS))
            sub_moves = np.zeros((len(sub) if keep_moves else 1, 2, max(longest, 1)), dtype=np.int8)
            sub_errors = np.zeros((len(sub), 3), dtype=np.int64)
            try:
                kernel.play_items(
                    addresses, params, sizes, sub.a, sub.b, sub.repetition, sub.length,
                    settings.seed, settings.noise, settings.payoffs, settings.announce_length,
                    keep_moves, sub_stats, sub_moves, sub_errors,
                )
            except Exception as error:
                _locate_failure(players, names, sub, settings, (addresses, params, sizes), error)
            _raise_returned_value_errors(sub_errors, sub, names)
            stats[block] = sub_stats
            if keep_moves:
                moves[block] = sub_moves[:, :, :longest]
            if progress is not None:
                progress.update(int(sub.length.sum()))

    if python_index.size:
        sub = items.subset(python_index)
        sub_stats = np.zeros((len(sub), kernel.N_STATS))
        sub_moves = np.zeros((len(sub) if keep_moves else 1, 2, max(longest, 1)), dtype=np.int8)
        sub_errors = np.zeros((len(sub), 3), dtype=np.int64)
        _run_python(players, names, sub, settings, keep_moves, sub_stats, sub_moves, sub_errors,
                    force_python=False)
        stats[python_index] = sub_stats
        if keep_moves:
            moves[python_index] = sub_moves[:, :, :longest]
        if progress is not None:
            progress.update(int(sub.length.sum()))
    return stats, moves


def _locate_failure(players, names, items: WorkItems, settings: MatchSettings, tables, error: Exception):
    """A jitted rule raised inside the kernel: find the match, then replay it as Python to name the move."""
    addresses, params, sizes = tables
    for k in range(len(items)):
        one = items.subset(slice(k, k + 1))
        try:
            kernel.play_items(addresses, params, sizes, one.a, one.b, one.repetition, one.length,
                              settings.seed, settings.noise, settings.payoffs, settings.announce_length,
                              False, np.zeros((1, kernel.N_STATS)), np.zeros((1, 2, 1), dtype=np.int8),
                              np.zeros((1, 3), dtype=np.int64))
        except Exception:
            _run_python(players, names, one, settings, False, np.zeros((1, kernel.N_STATS)),
                        np.zeros((1, 2, 1), dtype=np.int8), np.zeros((1, 3), dtype=np.int64),
                        force_python=True)
            raise RuleError(
                f"{names[one.a[0]]} or {names[one.b[0]]} raised {type(error).__name__}: {error} "
                "inside the jitted engine (replaying their match as plain Python did not reproduce it)"
            ) from error
    raise error
