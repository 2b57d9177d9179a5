"""A sweep's Parquet dataset: its tables, their schemas, and the folder that holds them.

A sweep folder holds::

    sweep.json                     the description, its fingerprint, whether the sweep is complete
    players/part-00000.parquet     a row per (tournament, player) of batch 0
    tournaments/part-00000.parquet a row per tournament of batch 0
    ...

Each part file is one batch of consecutive tournaments, written whole (to a
temporary name in the same folder, then renamed) and named by its batch, so a
batch written twice around a crash replaces itself and no tournament appears
twice. A batch is done when its ``tournaments`` part exists, which is written
after its ``players`` part. The schemas are fixed here (plain Arrow types, no
pandas metadata), so every part file has the same columns and types and the
folders read as one table with pandas, pyarrow, Dask or DuckDB.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..io import MANIFEST, OutputError, atomic_path
from .spec import PlannedTournament, Sweep

SWEEP_MANIFEST = "sweep.json"
PLAYERS, TOURNAMENTS = "players", "tournaments"

_SETTINGS = [
    ("tournament", pa.int64()), ("trial", pa.int64()), ("type", pa.string()), ("seed", pa.int64()),
    ("n_players", pa.int64()), ("turns", pa.int64()), ("continuation", pa.float64()),
    ("noise", pa.float64()), ("repetitions", pa.int64()), ("R", pa.float64()), ("S", pa.float64()),
    ("T", pa.float64()), ("P", pa.float64()), ("self_play", pa.bool_()),
]
_STATISTICS = ("mean_score", "median_score", "std_score", "normalised_score", "wins", "cooperation_rate",
               "initial_cooperation_rate", "CC_rate", "CD_rate", "DC_rate", "DD_rate")
_CLASSIFIERS = [("stochastic", pa.bool_()), ("memory_depth", pa.float64()), ("uses_length", pa.bool_()),
                ("uses_payoffs", pa.bool_()), ("long_run_time", pa.bool_())]

PLAYERS_SCHEMA = pa.schema(
    _SETTINGS
    + [("position", pa.int64()), ("player", pa.string()), ("strategy", pa.string()), ("rank", pa.int64()),
       ("normalised_rank", pa.float64())]
    + [(name, pa.float64()) for name in _STATISTICS]
    + _CLASSIFIERS
)
TOURNAMENTS_SCHEMA = pa.schema(
    _SETTINGS
    + [("matches", pa.int64()), ("ranked_by", pa.string()), ("winner", pa.string()),
       ("winner_strategy", pa.string()), ("winner_score", pa.float64()), ("seconds", pa.float64())]
)


def _settings(planned: PlannedTournament) -> dict:
    R, S, T, P = planned.payoffs
    return {"tournament": planned.index, "trial": planned.trial, "type": planned.type, "seed": planned.seed,
            "n_players": len(planned.players), "turns": planned.turns, "continuation": planned.continuation,
            "noise": planned.noise, "repetitions": planned.repetitions, "R": R, "S": S, "T": T, "P": P,
            "self_play": planned.self_play}


def tournament_rows(planned: PlannedTournament, results, seconds: float) -> tuple[list[dict], dict]:
    """The players' rows and the tournament's row of one played tournament."""
    summary = results.summary
    position = {name: k for k, name in enumerate(results.names)}
    settings = _settings(planned)
    n = len(results.names)
    rows = []
    for record in summary.to_dict("records"):
        k = position[record["player"]]
        player = results.players[k]
        classifier = player.classifier
        rows.append({
            **settings, "position": k, "player": record["player"], "strategy": type(player).__name__,
            "rank": int(record["rank"]), "normalised_rank": (record["rank"] - 1) / (n - 1) if n > 1 else 0.0,
            **{name: float(record[name]) for name in _STATISTICS},
            "stochastic": bool(classifier.stochastic), "memory_depth": float(classifier.memory_depth),
            "uses_length": bool(classifier.uses_length), "uses_payoffs": bool(classifier.uses_payoffs),
            "long_run_time": bool(classifier.long_run_time),
        })
    first = rows[0]
    row = {**settings, "matches": planned.matches, "ranked_by": results.ranked_by, "winner": first["player"],
           "winner_strategy": first["strategy"], "winner_score": first[results.ranked_by], "seconds": seconds}
    return rows, row


def batch_tables(players: list[dict], tournaments: list[dict]) -> tuple[pa.Table, pa.Table]:
    return (pa.Table.from_pylist(players, schema=PLAYERS_SCHEMA),
            pa.Table.from_pylist(tournaments, schema=TOURNAMENTS_SCHEMA))


def part_name(batch: int) -> str:
    return f"part-{batch:05d}.parquet"


def batches(plan: Sequence[PlannedTournament], size: int) -> list[list[PlannedTournament]]:
    return [list(plan[start:start + size]) for start in range(0, len(plan), size)]


class SweepFolder:
    """The output folder of one sweep: refuses another sweep's folder, knows which batches are done.

    Parameters
    ----------
    target : the folder.
    sweep : the sweep to write there.
    n_batches : how many batches the sweep's plan makes.
    """

    def __init__(self, target, sweep: Sweep, n_batches: int, batch: int) -> None:
        self.target = Path(target)
        self.sweep = sweep
        self.n_batches = n_batches
        self.batch = batch
        self.fingerprint = sweep.fingerprint()

    def open(self) -> set[int]:
        """Create or check the folder and return the batches already done."""
        target = self.target
        if target.exists() and not target.is_dir():
            raise OutputError(f"output path {target} exists and is not a folder")
        manifest = target / SWEEP_MANIFEST
        if target.is_dir() and any(target.iterdir()):
            if not manifest.is_file():
                kind = "a tournament's results" if (target / MANIFEST).is_file() else "something else"
                raise OutputError(f"output folder {target} holds {kind}, not a sweep; choose an empty or new folder")
            recorded = self._read_manifest(manifest)
            if recorded.get("fingerprint") != self.fingerprint:
                raise OutputError(f"output folder {target} holds another sweep ({recorded.get('name')!r}, "
                                  "or this one under another library version); choose another folder")
        try:
            for sub in (PLAYERS, TOURNAMENTS):
                (target / sub).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot create output folder {target}: {error.strerror or error}") from None
        self._remove_leftovers()
        if not manifest.is_file():
            self.write_manifest(complete=False)
        return self.done()

    def _read_manifest(self, path: Path) -> dict:
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise OutputError(f"{path} is not a readable sweep manifest: {error}") from None

    def _remove_leftovers(self) -> None:
        """Temporary files of a killed run (``atomic_path`` names them ``.NAME.*.tmp``)."""
        for folder in (self.target, self.target / PLAYERS, self.target / TOURNAMENTS):
            for leftover in folder.glob(".*.tmp"):
                leftover.unlink(missing_ok=True)

    def done(self) -> set[int]:
        """Batches whose two parts exist."""
        finished = set()
        for batch in range(self.n_batches):
            name = part_name(batch)
            if (self.target / TOURNAMENTS / name).is_file() and (self.target / PLAYERS / name).is_file():
                finished.add(batch)
        return finished

    def write_batch(self, batch: int, players: pa.Table, tournaments: pa.Table) -> None:
        """Write one batch's two parts, each whole; the tournaments part last marks the batch done."""
        for sub, table in ((PLAYERS, players), (TOURNAMENTS, tournaments)):
            with atomic_path(self.target / sub / part_name(batch)) as temporary:
                pq.write_table(table, temporary)

    def write_manifest(self, complete: bool) -> None:
        from .. import __version__

        record = {
            "library": "axelrod-nl", "kind": "sweep", "version": __version__, "name": self.sweep.name,
            "fingerprint": self.fingerprint, "complete": complete, "batches": self.n_batches,
            "batch": self.batch, "updated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "description": self.sweep.description,
        }
        with atomic_path(self.target / SWEEP_MANIFEST) as temporary:
            temporary.write_text(json.dumps(record, indent=2) + "\n")

    def check_complete(self, plan: Sequence[PlannedTournament]) -> None:
        """Both tables hold every planned tournament exactly once, and the players of each."""
        tournaments = pq.read_table(self.target / TOURNAMENTS, columns=["tournament"])["tournament"].to_numpy()
        players = pq.read_table(self.target / PLAYERS, columns=["tournament"])["tournament"].to_numpy()
        expected = np.arange(len(plan))
        if not np.array_equal(np.sort(tournaments), expected):
            raise OutputError(f"{self.target}: the tournaments table does not hold each planned tournament once")
        counts = np.bincount(players, minlength=len(plan))
        if not np.array_equal(counts, [len(t.players) for t in plan]):
            raise OutputError(f"{self.target}: the players table does not match the tournaments table")

