"""Sweeps: many tournaments from one description, played locally or on Dask, into one Parquet dataset.

>>> from axelrod_nl.sweeps import load_sweep, run_sweep
>>> sweep = load_sweep("tournaments/sweeps/small.toml")        # doctest: +SKIP
>>> run_sweep(sweep, "sweep-out/", progress=True)              # doctest: +SKIP

See :mod:`.spec` for the description, :mod:`.dataset` for the folder and its
tables, :mod:`.execute` for how the tournaments are played.
"""

from .dataset import PLAYERS_SCHEMA, TOURNAMENTS_SCHEMA, SweepFolder
from .execute import SweepInterrupted, SweepReport, play_batch, run_sweep
from .spec import (
           TYPES,
           PlannedTournament,
           Sweep,
           SweepError,
           SweepSize,
           load_sweep,
           sweep_from_dict,
)

__all__ = ["PLAYERS_SCHEMA", "TOURNAMENTS_SCHEMA", "TYPES", "PlannedTournament", "Sweep", "SweepError",
           "SweepFolder", "SweepInterrupted", "SweepReport", "SweepSize", "load_sweep", "play_batch",
           "run_sweep", "sweep_from_dict"]
