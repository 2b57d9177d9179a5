"""Compare catalogue rules with Axelrod-Python's moves against fixed sequences (tests/data/reference/).

The files are written by ``tests/data/reference/make_reference.py`` in a
scratch environment that has ``axelrod==4.14.0``. A family's test calls
:func:`check_player` for each key of :func:`load`; it fails with the first
sequence and move where the two libraries differ.

Deterministic rules must match every move. A stochastic rule is played in as
many seeded games as the reference (``games``, seeds 0 .. games - 1; the two
libraries' random streams differ, so only the distribution can agree): at
each move the number of games in which it cooperated is compared with the
reference's as a difference of two binomial proportions, and must lie within
:data:`SE_LIMIT` standard errors (where both proportions are 0 or 1 they must
be equal). With some 2,400 moves per rule and a hundred stochastic rules that
is a quarter of a million comparisons; at 6 standard errors (two-sided normal
tail 2e-9) the chance of a false alarm anywhere in the suite is below 1e-3.
"""

from __future__ import annotations

import gzip
import json
import pathlib
from functools import lru_cache

import numpy as np

import axelrod_nl as axn
from axelrod_nl.testing import versus

ROOT = pathlib.Path(__file__).resolve().parent / "data" / "reference"
SE_LIMIT = 6.0


@lru_cache(maxsize=None)
def load(family: str) -> dict:
    with gzip.open(ROOT / f"{family}.json.gz", "rt") as handle:
        return json.load(handle)


def _argument(value):
    if isinstance(value, dict) and set(value) == {"moves"}:
        return value["moves"]
    if isinstance(value, dict) and set(value) == {"class"}:
        return axn.CATALOGUE[value["class"]]
    return tuple(_argument(v) for v in value) if isinstance(value, list) else value


def build(entry: dict) -> axn.Strategy:
    from axelrod_nl import transformers

    cls = axn.CATALOGUE[entry["class"]]
    for name, args in entry.get("transform", []):
        cls = getattr(transformers, name)(*[_argument(a) for a in args])(cls)
    return cls(**entry["kwargs"])


def check_player(family: str, key: str) -> None:
    data = load(family)
    entry = data["players"][key]
    player = build(entry)
    # The display name up to the parameters: this library shows parameters to 4 significant digits.
    assert str(player).split(":")[0] == entry["reference_name"].split(":")[0], (
        f"{key}: named {player}, the reference library says {entry['reference_name']}")
    assert player.classifier.stochastic == entry["stochastic"], f"{key}: stochastic classifier differs"
    for label, expected in entry["moves"].items():
        sequence = data["sequences"][label]
        if not entry["stochastic"]:
            got = versus(player, sequence)[0]
            if got != expected:
                first = next(k for k, (a, b) in enumerate(zip(got, expected)) if a != b)
                raise AssertionError(f"{key} against {label}: played {got}, the reference {expected} "
                                     f"(first difference at move {first + 1})")
            continue
        games = data["games"]
        ours = np.zeros(len(sequence))
        for seed in range(games):
            ours += np.frombuffer(versus(player, sequence, seed=seed)[0].encode(), dtype=np.uint8) == ord("C")
        theirs = np.asarray(expected, dtype=float)
        pooled = (ours + theirs) / (2 * games)
        se = np.sqrt(pooled * (1 - pooled) * 2 / games)
        gap = np.abs(ours - theirs) / games
        bad = np.flatnonzero(np.where(se > 0, gap > SE_LIMIT * se, gap > 0))
        if bad.size:
            k = bad[0]
            raise AssertionError(f"{key} against {label}, move {k + 1}: cooperated in {ours[k]:.0f} of {games} games, "
                                 f"the reference in {theirs[k]:.0f}")


def keys(family: str) -> list[str]:
    return list(load(family)["players"])
