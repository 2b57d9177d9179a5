"""Sweep descriptions: many tournaments from one TOML file or dict, expanded into a plan.

A sweep names a pool of players and either a grid (every combination of the
values listed) or a seeded random sample (``tournaments`` trials, each drawing
its settings from the ranges given)::

    [sweep]
    name = "Small sweep"
    seed = 1                 # every tournament's seed and random field derive from it
    self_play = true         # default true
    batch = 1                # tournaments per saved part file (default: about 1,000 files in all)
    rank_by = "mean_score"   # optional, as in a tournament spec

    [players]
    list = "basic"           # a named list (axelrod_nl.filters.LISTS), or
    # strategies = ["TitForTat", "Random(0.3)", "TitForTat | noisy(0.1)"]

    [grid]                   # every combination, in this order of the keys:
    size = [3, 5]            # random subsets of the pool of these sizes (default: the whole pool)
    turns = [20, 50]         # the length axis: these turns, then these
    continuation = [0.9]     #   continuation probabilities w
    noise = [0.0, 0.05]      # default [0.0]
    repetitions = [3]        # default [10]
    payoffs = [[3, 0, 5, 1]] # [R, S, T, P] each (default Axelrod's)
    replicates = 2           # tournaments per combination, each with its own seed (default 1)

or, in place of ``[grid]``::

    [sample]
    tournaments = 100        # trials
    size = [3, 10]           # a whole number, or [low, high] drawn uniformly, both included
    turns = [1, 200]         # likewise
    continuation = [0.0, 1.0]  # a number, or [low, high) drawn uniformly
    noise = [0.0, 0.1]       # likewise (default 0)
    repetitions = [10, 100]  # a whole number or a range (default 10)
    payoffs = [3, 0, 5, 1]
    types = ["standard", "noisy", "probend", "noisy_probend"]

With ``types``, each trial is played once per type on the same field and the
same draws, as in Glynatsi, Knight and Harper's meta-analysis: ``standard``
uses the turns and no noise, ``noisy`` the turns and the noise, ``probend``
the continuation probability and no noise, ``noisy_probend`` both. Without
``types`` a trial gives one tournament, with its turns (or continuation) and
noise; a sample that gives both turns and continuation must say ``types``.

Every draw comes from a stream keyed by the sweep's seed and the trial's index
(numpy's ``SeedSequence`` with the index as spawn key), and every tournament's
seed from the sweep's seed and the tournament's index, so the plan, and the
data, do not depend on the order or the place in which tournaments are played.
Errors name the file and line, as :mod:`axelrod_nl.spec` does.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..game import Game
from ..results import RANKINGS
from ..spec import SpecError, _section_line, _where
from ..validation import check_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TYPES = ("standard", "noisy", "probend", "noisy_probend")
_SECTIONS = ("sweep", "players", "grid", "sample")
_SWEEP_KEYS = ("name", "description", "seed", "self_play", "batch", "rank_by")
_PLAYER_KEYS = ("list", "strategies")
_GRID_KEYS = ("size", "turns", "continuation", "noise", "repetitions", "payoffs", "replicates")
_SAMPLE_KEYS = ("tournaments", "size", "turns", "continuation", "noise", "repetitions", "payoffs", "types")
_DEFAULT_PAYOFFS = [3.0, 0.0, 5.0, 1.0]
# Part files of a sweep whose batch size is not given: about this many in all.
_TARGET_PARTS = 1000
# Spawn keys of the two streams: draws of a trial, seed of a tournament.
_DRAWS, _SEEDS = 0, 1


class SweepError(SpecError):
    """A sweep description is malformed; the message names the file and, where known, the line."""


@dataclass(frozen=True)
class PlannedTournament:
    """One tournament of a sweep, as plain values that travel to any worker.

    ``players`` are texts that :func:`~axelrod_nl.loading.parse_player` reads
    (catalogue class names, or the texts the sweep gave).
    """

    index: int
    trial: int
    type: str
    players: tuple[str, ...]
    turns: int | None
    continuation: float | None
    noise: float
    repetitions: int
    payoffs: tuple[float, float, float, float]
    seed: int
    self_play: bool
    rank_by: str | None

    @property
    def n_pairs(self) -> int:
        n = len(self.players)
        return n * (n - 1) // 2 + (n if self.self_play else 0)

    @property
    def matches(self) -> int:
        return self.n_pairs * self.repetitions

    @property
    def expected_turns(self) -> float:
        """Moves the tournament plays, expected (exact for fixed turns)."""
        length = self.turns if self.turns is not None else 1.0 / (1.0 - self.continuation)
        return self.matches * length


@dataclass(frozen=True)
class SweepSize:
    tournaments: int
    matches: int
    turns: float

    def __str__(self) -> str:
        return (f"{self.tournaments:,} tournaments, {self.matches:,} matches, "
                f"{self.turns:,.0f} moves expected")


@dataclass
class Sweep:
    """A loaded sweep description; :meth:`plan` lists its tournaments.

    ``description`` is the normalised description (defaults filled in), the
    same for a TOML file and for the dict the API takes; its hash with the
    library's version is the :meth:`fingerprint` a sweep folder records.
    """

    description: dict
    path: Path | None = None
    search: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.description["sweep"]["name"]

    @classmethod
    def from_dict(cls, data: dict, path: Path | None = None, text: str = "") -> Sweep:
        """A sweep from a dict with the TOML's tables (``{"sweep": ..., "players": ..., "grid": ...}``)."""
        return sweep_from_dict(data, path=path, text=text)

    def fingerprint(self) -> str:
        from .. import __version__

        blob = json.dumps({"description": self.description, "version": __version__}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def plan(self) -> list[PlannedTournament]:
        """Every tournament of the sweep, by index."""
        if "grid" in self.description:
            return _grid_plan(self.description)
        return _sample_plan(self.description)

    def size(self, plan: list[PlannedTournament] | None = None) -> SweepSize:
        plan = self.plan() if plan is None else plan
        return SweepSize(len(plan), sum(t.matches for t in plan), float(sum(t.expected_turns for t in plan)))

    def batch_size(self, n_tournaments: int) -> int:
        given = self.description["sweep"].get("batch")
        return given if given is not None else max(1, math.ceil(n_tournaments / _TARGET_PARTS))


# ---- loading -------------------------------------------------------------------------------

def load_sweep(path) -> Sweep:
    """Read a sweep description from a TOML file.

    Raises
    ------
    SweepError
        For a missing file, malformed TOML, unknown keys, values of the wrong kind
        or out of range, or unknown strategies; the message names the file and line.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise SweepError(f"sweep file {path} not found") from None
    except IsADirectoryError:
        raise SweepError(f"sweep file {path} is a folder, not a TOML file") from None
    except UnicodeDecodeError:
        raise SweepError(f"{path}: sweep file is not UTF-8 text; save it as UTF-8") from None
    except OSError as error:
        raise SweepError(f"cannot read sweep file {path}: {error.strerror or error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        if line is None:
            import re

            found = re.search(r"\(at line (\d+), column \d+\)", str(error))
            line = int(found[1]) if found else None
        raise SweepError(f"{path}:{line}: malformed TOML: {getattr(error, 'msg', error)}" if line
                         else f"{path}: malformed TOML: {error}") from None
    return sweep_from_dict(data, path=path, text=text)


class _Checker:
    """Raises SweepError at the line of the key an error is about."""

    def __init__(self, label: Path, text: str) -> None:
        self.label, self.text = label, text

    def fail(self, section: str | None, key: str | None, message: str):
        if key is not None:
            where = _where(self.label, self.text, key, section)
        else:
            header = _section_line(self.text, section, None) if section else None
            where = f"{self.label}:{header}" if header else str(self.label)
        raise SweepError(f"{where}: {message}")

    def table(self, data: dict, section: str, allowed, required: bool = False) -> dict:
        value = data.get(section, None)
        if value is None:
            if required:
                self.fail(None, None, f"the sweep needs a [{section}] table")
            return {}
        if not isinstance(value, dict):
            self.fail(None, section, f"[{section}] must be a table")
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            self.fail(section, unknown[0], f"unknown key {unknown[0]!r} in [{section}]; "
                                           f"expected one of {', '.join(allowed)}")
        return value


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def sweep_from_dict(data: dict, path: Path | None = None, text: str = "") -> Sweep:
    """Check a sweep description (parsed TOML or the API's dict) and normalise it."""
    label = path or Path("<sweep>")
    check = _Checker(label, text)
    if not isinstance(data, dict):
        raise SweepError(f"{label}: a sweep must be a table of [sweep], [players] and [grid] or [sample]")
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        check.fail(unknown[0], None, f"unknown section {unknown[0]!r}; expected "
                                     "[sweep], [players] and one of [grid] or [sample]")
    head = check.table(data, "sweep", _SWEEP_KEYS)
    sweep = {"name": head.get("name", label.stem if path else "sweep"),
             "description": head.get("description", ""), "seed": head.get("seed", 0),
             "self_play": head.get("self_play", True), "batch": head.get("batch"),
             "rank_by": head.get("rank_by")}
    try:
        check_text("name", sweep["name"])
    except (TypeError, ValueError) as error:
        check.fail("sweep", "name", str(error))
    if not isinstance(sweep["description"], str):
        check.fail("sweep", "description", "description must be a string in quotes")
    if not _is_whole(sweep["seed"]) or not 0 <= sweep["seed"] < 2**63:
        check.fail("sweep", "seed", f"seed must be a whole number from 0 to 2**63 - 1, got {sweep['seed']!r}")
    if not isinstance(sweep["self_play"], bool):
        check.fail("sweep", "self_play", "self_play must be true or false (a TOML boolean, without quotes)")
    if sweep["batch"] is not None and not (_is_whole(sweep["batch"]) and sweep["batch"] > 0):
        check.fail("sweep", "batch", f"batch must be a positive whole number, got {sweep['batch']!r}")
    if sweep["rank_by"] is not None and sweep["rank_by"] not in RANKINGS:
        check.fail("sweep", "rank_by", f"rank_by must be one of {', '.join(RANKINGS)}, got {sweep['rank_by']!r}")

    search = [str(label.parent), str(label.parent.parent)] if path else []
    pool = _pool(check, check.table(data, "players", _PLAYER_KEYS, required=True), search)
    if ("grid" in data) == ("sample" in data):
        check.fail(None, None, "the sweep needs exactly one of [grid] (every combination) "
                               "or [sample] (random draws)")
    minimum = 1 if sweep["self_play"] else 2
    if "grid" in data:
        body = {"grid": _grid(check, check.table(data, "grid", _GRID_KEYS), len(pool), minimum)}
    else:
        body = {"sample": _sample(check, check.table(data, "sample", _SAMPLE_KEYS), len(pool), minimum)}
    description = {"sweep": sweep, "players": {"pool": pool}, **body}
    return Sweep(description=description, path=path, search=search)


def _pool(check: _Checker, table: dict, search: list[str]) -> list[str]:
    """The pool of player texts; each is read once here, so a bad name fails before any run."""
    from ..loading import parse_player

    if ("list" in table) == ("strategies" in table):
        check.fail("players", None, "[players] needs exactly one of list = \"a named list\" "
                                    "or strategies = [\"TitForTat\", ...]")
    if "list" in table:
        from ..filters import strategy_list

        if not isinstance(table["list"], str):
            check.fail("players", "list", "list must be a string in quotes, such as \"basic\"")
        try:
            return [cls.__name__ for cls in strategy_list(table["list"])]
        except ValueError as error:
            check.fail("players", "list", str(error))
    texts = table["strategies"]
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        check.fail("players", "strategies", "strategies must be a non-empty list of strategy texts in quotes")
    for k, text in enumerate(texts):
        try:
            parse_player(text, [Path(s) for s in search])
        except (TypeError, ValueError) as error:
            check.fail("players", "strategies", f"strategy {k + 1} ({text!r}): {error}")
    return [t.strip() for t in texts]


def _check_value(check: _Checker, section: str, key: str, value) -> None:
    """One value of a setting, checked for its kind and range."""
    if key in ("size", "turns", "repetitions"):
        if not _is_whole(value) or value < 1:
            check.fail(section, key, f"{key} must hold positive whole numbers, got {value!r}")
    elif key in ("noise", "continuation"):
        if not _is_number(value) or not 0.0 <= value < 1.0:
            what = "noise" if key == "noise" else "continuation probability w"
            check.fail(section, key, f"{what} must be a number in [0, 1), got {value!r}")
    elif key == "payoffs":
        if not (isinstance(value, list) and len(value) == 4 and all(_is_number(v) for v in value)):
            check.fail(section, key, f"payoffs must be [R, S, T, P], four numbers, got {value!r}")
        try:
            Game(*value)
        except (TypeError, ValueError) as error:
            check.fail(section, key, f"bad payoffs: {error}")


def _check_sizes(check: _Checker, section: str, sizes, pool: int, minimum: int) -> None:
    for size in sizes:
        if size > pool:
            check.fail(section, "size", f"size {size} is more than the {pool} players of the pool")
        if size < minimum:
            check.fail(section, "size", f"size {size} is too small: a tournament needs {minimum} players"
                                        + ("" if minimum == 1 else " without self_play"))


def _grid(check: _Checker, table: dict, pool: int, minimum: int) -> dict:
    grid = {}
    for key in ("size", "turns", "continuation", "noise", "repetitions", "payoffs"):
        if key not in table:
            continue
        values = table[key]
        if not isinstance(values, list) or not values:
            check.fail("grid", key, f"{key} in [grid] must be a non-empty list of values, such as [1, 2]")
        for value in values:
            _check_value(check, "grid", key, value)
        grid[key] = [float(v) if key in ("noise", "continuation") else v for v in values]
    if "turns" not in grid and "continuation" not in grid:
        grid["turns"] = [200]
    grid.setdefault("noise", [0.0])
    grid.setdefault("repetitions", [10])
    grid["payoffs"] = [[float(v) for v in p] for p in grid.get("payoffs", [_DEFAULT_PAYOFFS])]
    replicates = table.get("replicates", 1)
    if not _is_whole(replicates) or replicates < 1:
        check.fail("grid", "replicates", f"replicates must be a positive whole number, got {replicates!r}")
    grid["replicates"] = replicates
    if "size" in grid:
        _check_sizes(check, "grid", grid["size"], pool, minimum)
    elif pool < minimum:
        check.fail("players", None, f"the pool has {pool} player; a tournament needs {minimum}")
    return grid


def _range(check: _Checker, key: str, value) -> list:
    """A fixed value as [v, v], a range as [low, high], each end checked."""
    bounds = value if isinstance(value, list) else [value, value]
    if len(bounds) != 2:
        check.fail("sample", key, f"{key} in [sample] must be a value or a range [low, high], got {value!r}")
    low, high = bounds
    _check_value(check, "sample", key, low)
    # A range of probabilities is drawn from [low, high), so its high end may be 1.
    if not (key in ("noise", "continuation") and _is_number(high) and high == 1.0 and low != high):
        _check_value(check, "sample", key, high)
    if bounds[0] > bounds[1]:
        check.fail("sample", key, f"{key}: the range [{bounds[0]}, {bounds[1]}] has low above high")
    return [float(b) for b in bounds] if key in ("noise", "continuation") else list(bounds)


def _sample(check: _Checker, table: dict, pool: int, minimum: int) -> dict:
    count = table.get("tournaments")
    if not _is_whole(count) or count < 1:
        check.fail("sample", "tournaments" if "tournaments" in table else None,
                   f"[sample] needs tournaments = a positive whole number (the trials), got {count!r}")
    sample: dict[str, Any] = {"tournaments": count}
    for key in ("size", "turns", "continuation", "noise", "repetitions"):
        if key in table:
            sample[key] = _range(check, key, table[key])
    sample.setdefault("noise", [0.0, 0.0])
    sample.setdefault("repetitions", [10, 10])
    payoffs = table.get("payoffs", _DEFAULT_PAYOFFS)
    _check_value(check, "sample", "payoffs", payoffs)
    sample["payoffs"] = [float(v) for v in payoffs]
    if "size" in sample:
        _check_sizes(check, "sample", sample["size"], pool, minimum)
    elif pool < minimum:
        check.fail("players", None, f"the pool has {pool} player; a tournament needs {minimum}")
    if "types" in table:
        types = table["types"]
        if not isinstance(types, list) or not types or any(t not in TYPES for t in types) \
                or len(set(types)) != len(types):
            check.fail("sample", "types", f"types must be a list of distinct names from {', '.join(TYPES)}, "
                                          f"got {types!r}")
        for kind in types:
            length = "continuation" if kind.startswith("probend") or kind == "noisy_probend" else "turns"
            if length not in sample:
                check.fail("sample", "types", f"type {kind!r} needs {length} in [sample]")
        sample["types"] = list(types)
    else:
        if "turns" in sample and "continuation" in sample:
            check.fail("sample", "continuation", "a sample with both turns and continuation must say which "
                                                 "tournaments use which: types = [\"standard\", \"probend\", ...]")
        if "turns" not in sample and "continuation" not in sample:
            sample["turns"] = [200, 200]
        sample["types"] = [""]
    return sample


# ---- the plan ------------------------------------------------------------------------------

def tournament_seed(sweep_seed: int, index: int) -> int:
    """The seed of the tournament at ``index``: from the sweep's seed and the index alone."""
    state = np.random.SeedSequence(sweep_seed, spawn_key=(_SEEDS, index)).generate_state(1, np.uint64)[0]
    return int(state) >> 1  # a seed is below 2**63


def _draws(sweep_seed: int, trial: int) -> np.random.Generator:
    return np.random.default_rng(np.random.SeedSequence(sweep_seed, spawn_key=(_DRAWS, trial)))


def _field(pool: list[str], size: int | None, rng: np.random.Generator) -> tuple[str, ...]:
    """A random subset of the pool, in pool order; the whole pool without a size."""
    if size is None or size == len(pool):
        return tuple(pool)
    chosen = np.sort(rng.choice(len(pool), size=size, replace=False))
    return tuple(pool[k] for k in chosen)


def _grid_plan(description: dict) -> list[PlannedTournament]:
    import itertools

    head, pool, grid = description["sweep"], description["players"]["pool"], description["grid"]
    lengths = [("turns", t) for t in grid.get("turns", [])] + \
              [("continuation", w) for w in grid.get("continuation", [])]
    axes = itertools.product(grid.get("size", [None]), lengths, grid["noise"], grid["repetitions"],
                             grid["payoffs"], range(grid["replicates"]))
    plan = []
    for index, (size, (kind, length), noise, repetitions, payoffs, _) in enumerate(axes):
        plan.append(PlannedTournament(
            index=index, trial=index, type="", players=_field(pool, size, _draws(head["seed"], index)),
            turns=length if kind == "turns" else None, continuation=length if kind == "continuation" else None,
            noise=noise, repetitions=repetitions, payoffs=tuple(payoffs),
            seed=tournament_seed(head["seed"], index), self_play=head["self_play"], rank_by=head["rank_by"]))
    return plan


def _sample_plan(description: dict) -> list[PlannedTournament]:
    head, pool, sample = description["sweep"], description["players"]["pool"], description["sample"]

    def whole(rng, key):
        low, high = sample[key]
        return int(rng.integers(low, high, endpoint=True)) if low != high else int(low)

    def real(rng, key):
        low, high = sample[key]
        return float(low + (high - low) * rng.random()) if low != high else float(low)

    plan = []
    for trial in range(sample["tournaments"]):
        rng = _draws(head["seed"], trial)
        # A fixed order of draws: each trial's values depend on its index alone.
        size = whole(rng, "size") if "size" in sample else None
        players = _field(pool, size, rng)
        repetitions = whole(rng, "repetitions")
        turns = whole(rng, "turns") if "turns" in sample else None
        continuation = real(rng, "continuation") if "continuation" in sample else None
        noise = real(rng, "noise")
        for kind in sample["types"]:
            probend = kind in ("probend", "noisy_probend") or (kind == "" and turns is None)
            noisy = kind in ("noisy", "noisy_probend") or kind == ""
            index = len(plan)
            plan.append(PlannedTournament(
                index=index, trial=trial, type=kind, players=players,
                turns=None if probend else turns, continuation=continuation if probend else None,
                noise=noise if noisy else 0.0, repetitions=repetitions, payoffs=tuple(sample["payoffs"]),
                seed=tournament_seed(head["seed"], index), self_play=head["self_play"],
                rank_by=head["rank_by"]))
    return plan
