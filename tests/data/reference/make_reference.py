"""Record how Axelrod-Python 4.14 plays a family of strategies against fixed sequences.

Run in a separate virtual environment that has the reference library
(``pip install torch==2.13.0 "axelrod==4.14.0"``); the test suite only reads
the files this writes, so axelrod-nl never depends on Axelrod-Python:

    /path/to/reference-venv/bin/python tests/data/reference/make_reference.py FAMILY [FAMILY ...]

A family is a file ``families/FAMILY.py`` with a dict ``PLAYERS``: key ->
``{"class": axelrod-nl class, "kwargs": its constructor arguments,
"reference": Axelrod-Python class, "reference_kwargs": its arguments}`` (the
last two default to the first two), and optionally ``"transform": [[name,
[arguments]], ...]``, strategy transformers of both libraries applied in order
(a list of moves is written ``{"moves": "CD"}``). Each player meets every opponent sequence
of :data:`SEQUENCES` (a string of C and D, played by an Axelrod-Python
``Cycler`` of that one period, so the opponent ignores the player) for the
sequence's length, which is announced, as Axelrod-Python's ``Match`` does by
default. A deterministic player is recorded move for move; a
stochastic one (by its reference classifier) by the number of games, out of
``GAMES``, in which it cooperated at each move, over seeds 0 .. GAMES - 1.
Writes ``FAMILY.json.gz`` beside this file.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import pathlib
import random
import sys

import axelrod as axl

HERE = pathlib.Path(__file__).resolve().parent
GAMES = 200
TURNS = 100


def _sequences() -> dict[str, str]:
    """The opponents: short cycles unrolled to TURNS moves, and seeded random sequences."""
    cycles = ("C", "D", "CD", "DC", "CCD", "DDC", "CDD", "CCCD", "DCDD", "CCCCCD", "DDDDDC")
    sequences = {f"cycle:{c}": (c * TURNS)[:TURNS] for c in cycles}
    for seed in range(12):
        draw = random.Random(seed)
        p = (0.1, 0.3, 0.5, 0.7, 0.9, 0.5)[seed % 6]
        sequences[f"random:{seed}:{p}"] = "".join("C" if draw.random() < p else "D" for _ in range(TURNS))
    # A sequence that cooperates for a long time, then defects once, then cooperates.
    sequences["lure"] = "C" * 40 + "D" + "C" * (TURNS - 41)
    return sequences


SEQUENCES = _sequences()


def _family(name: str) -> dict:
    spec = importlib.util.spec_from_file_location(f"family_{name}", HERE / "families" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PLAYERS


def _argument(value):
    """A transformer argument: ``{"moves": "CD"}`` stands for a list of Actions, ``{"class": "TitForTat"}`` for a class."""
    if isinstance(value, dict) and set(value) == {"moves"}:
        return [axl.Action.C if m == "C" else axl.Action.D for m in value["moves"]]
    if isinstance(value, dict) and set(value) == {"class"}:
        return getattr(axl, value["class"])
    return tuple(_argument(v) for v in value) if isinstance(value, list) else value


def _player(entry: dict) -> axl.Player:
    cls = getattr(axl, entry.get("reference", entry["class"]))
    # "transform": [[transformer name, [arguments]], ...], applied in order (innermost first).
    for name, args in entry.get("transform", []):
        cls = getattr(axl.strategy_transformers, name)(*[_argument(a) for a in args])(cls)
    return cls(**entry.get("reference_kwargs", entry.get("kwargs", {})))


def _moves(player: axl.Player, sequence: str, seed: int) -> str:
    opponent = axl.Cycler(sequence)
    match = axl.Match((player, opponent), turns=len(sequence), seed=seed)
    return "".join(str(a) for a, _ in match.play())


def record(name: str) -> pathlib.Path:
    players = _family(name)
    out = {"description": __doc__.splitlines()[0], "axelrod_version": axl.__version__, "turns": TURNS,
           "games": GAMES, "sequences": SEQUENCES, "players": {}}
    for key, entry in players.items():
        probe = _player(entry)
        stochastic = bool(axl.Classifiers["stochastic"](probe))
        record = {"class": entry["class"], "kwargs": entry.get("kwargs", {}), "stochastic": stochastic,
                  "transform": entry.get("transform", []),
                  "reference": type(probe).__name__, "reference_name": str(probe), "moves": {}}
        for label, sequence in SEQUENCES.items():
            if stochastic:
                counts = [0] * len(sequence)
                for seed in range(GAMES):
                    for k, move in enumerate(_moves(_player(entry), sequence, seed)):
                        counts[k] += move == "C"
                record["moves"][label] = counts
            else:
                record["moves"][label] = _moves(_player(entry), sequence, 0)
        out["players"][key] = record
        print(key, "stochastic" if stochastic else "deterministic", file=sys.stderr)
    path = HERE / f"{name}.json.gz"
    with gzip.open(path, "wt") as handle:
        json.dump(out, handle, indent=0, sort_keys=True)
    return path


if __name__ == "__main__":
    for family in sys.argv[1:]:
        print(record(family))
