"""Playing a sweep: on local threads by default, on a dask.distributed cluster when asked.

Either way the work is the same list of batches (:func:`play_batch`, pure
functions of plain values), and this process writes each batch's parts as it
comes back, so workers need no shared file system and the data are the same
wherever and in whatever order the batches were played.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..progress import ProgressBar
from .dataset import SweepFolder, batch_tables, batches, tournament_rows
from .spec import PlannedTournament, Sweep, load_sweep, sweep_from_dict


class SweepInterrupted(KeyboardInterrupt):
    """A sweep stopped by Ctrl-C; what it had finished is saved and a rerun resumes."""

    def __init__(self, done: int, total: int, path: Path) -> None:
        super().__init__(f"{done} of {total} tournaments are saved in {path}")
        self.done, self.total, self.path = done, total, path


@dataclass(frozen=True)
class SweepReport:
    """What a call of :func:`run_sweep` did."""

    name: str
    path: Path
    tournaments: int
    run: int
    skipped: int
    seconds: float

    def __str__(self) -> str:
        return (f"{self.name}: {self.run} tournaments run, {self.skipped} skipped as already done "
                f"({self.tournaments} in all), {self.seconds:.1f} s; the data are in {self.path / 'players'} "
                f"and {self.path / 'tournaments'}")


def play_batch(planned: Sequence[PlannedTournament], search: Sequence[str] = (), workers: int = 1):
    """Play a batch of tournaments and return its (players, tournaments) Arrow tables.

    ``seconds`` in the tournaments table is each tournament's wall time, the
    one column that differs between runs.
    """
    from ..game import Game
    from ..loading import parse_player
    from ..tournament import Tournament

    folders = [Path(s) for s in search]
    players_rows, tournament_rows_ = [], []
    for item in planned:
        start = time.perf_counter()
        tournament = Tournament(
            [parse_player(text, folders) for text in item.players], turns=item.turns,
            continuation=item.continuation, repetitions=item.repetitions, noise=item.noise,
            game=Game(*item.payoffs), seed=item.seed, self_play=item.self_play, workers=workers,
            name=f"tournament {item.index}", rank_by=item.rank_by)
        results = tournament.play()
        rows, row = tournament_rows(item, results, time.perf_counter() - start)
        players_rows += rows
        tournament_rows_.append(row)
    return batch_tables(players_rows, tournament_rows_)


def as_sweep(sweep) -> Sweep:
    """A :class:`Sweep` from a Sweep, a path to a TOML file, or a dict with the TOML's tables."""
    if isinstance(sweep, Sweep):
        return sweep
    if isinstance(sweep, dict):
        return sweep_from_dict(sweep)
    if isinstance(sweep, (str, Path)):
        return load_sweep(sweep)
    raise TypeError(f"sweep must be a Sweep, a dict or the path of a TOML file, got {sweep!r}")


def run_sweep(sweep, out, *, workers: int | None = None, scheduler=None, progress: bool = False) -> SweepReport:
    """Play every tournament of a sweep not yet saved in ``out``, and save each batch as it ends.

    Parameters
    ----------
    sweep : a :class:`Sweep`, a dict with the TOML's tables, or the path of a TOML file.
    out : the sweep folder; a rerun into it skips the batches done (it must hold this sweep).
    workers : local threads, each playing whole tournaments (default: all cores); not with ``scheduler``.
    scheduler : the address of a dask.distributed scheduler, or a ``distributed.Client``:
        one task per batch on that cluster.
    progress : a progress bar on standard error, with the time left.

    Raises
    ------
    OutputError
        If ``out`` holds anything but this sweep.
    SweepInterrupted
        On Ctrl-C, once the batches finished so far are saved.
    """
    from ..validation import check_workers

    sweep = as_sweep(sweep)
    workers = check_workers(workers)
    if scheduler is not None and workers is not None:
        raise ValueError("workers sets local threads; with a scheduler the cluster's workers play the sweep")
    started = time.perf_counter()
    plan = sweep.plan()
    size = sweep.batch_size(len(plan))
    groups = batches(plan, size)
    folder = SweepFolder(out, sweep, len(groups), size)
    client, owned = _client(scheduler) if scheduler is not None else (None, False)
    try:
        done = folder.open()
        todo = [b for b in range(len(groups)) if b not in done]
        skipped = sum(len(groups[b]) for b in done)
        bar = ProgressBar(sum(t.expected_turns for b in todo for t in groups[b]), label=sweep.name,
                          enabled=progress)
        saved = [skipped]

        def save(batch: int, tables) -> None:
            folder.write_batch(batch, *tables)
            saved[0] += len(groups[batch])
            bar.update(int(sum(t.expected_turns for t in groups[batch])))

        try:
            if client is not None:
                _run_dask(client, sweep, groups, todo, save)
            else:
                _run_local(sweep, groups, todo, save, workers)
        except KeyboardInterrupt:
            bar.close()
            raise SweepInterrupted(saved[0], len(plan), Path(out)) from None
        bar.close()
        folder.check_complete(plan)
        folder.write_manifest(complete=True)
    finally:
        if owned:
            client.close()
    return SweepReport(sweep.name, Path(out), len(plan), len(plan) - skipped, skipped,
                       time.perf_counter() - started)


def _run_local(sweep: Sweep, groups, todo, save, workers: int | None) -> None:
    """Batches on a pool of threads, each playing its tournaments one at a time on one core.

    Whole tournaments in parallel beat one tournament at a time on every core
    for sweeps of many small tournaments (measured: see the README's Sweeps
    section); the engine runs without the GIL, so threads use every core.
    """
    from ..engine.runner import default_workers

    pool = ThreadPoolExecutor(max_workers=workers or default_workers(), thread_name_prefix="axelrod-nl-sweep")
    pending = {pool.submit(play_batch, groups[b], sweep.search, 1): b for b in todo}
    try:
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                save(pending.pop(future), future.result())
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def running_threads() -> bool:
    """Whether a sweep's worker thread is still playing (after an interrupt)."""
    return any(t.name.startswith("axelrod-nl-sweep") and t.is_alive() for t in threading.enumerate())


def _client(scheduler):
    """A dask.distributed Client for a scheduler address (owned: closed after the sweep) or the one given."""
    try:
        from distributed import Client
    except ImportError:
        raise ValueError("running on a Dask cluster needs dask.distributed: pip install axelrod-nl[dask]") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if not isinstance(scheduler, str):
        raise TypeError(f"scheduler must be an address such as 'tcp://host:8786' or a distributed.Client, "
                        f"got {scheduler!r}")
    try:
        return Client(scheduler, timeout="10s"), True
    except (OSError, TimeoutError) as error:
        raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None


def _run_dask(client, sweep: Sweep, groups, todo, save) -> None:
    """One task per batch on the cluster; a lost worker's task is rerun by the scheduler."""
    from distributed import as_completed

    stem = f"axelrod-nl-sweep-{sweep.fingerprint()[:16]}"
    futures = {client.submit(play_batch, groups[b], sweep.search, 1, key=f"{stem}-{b:05d}", pure=False): b
               for b in todo}
    try:
        for future, tables in as_completed(futures, with_results=True):
            save(futures[future], tables)
    except BaseException:
        client.cancel(list(futures))
        raise
