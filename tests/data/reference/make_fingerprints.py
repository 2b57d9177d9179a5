"""Record Axelrod-Python 4.14's Ashlock fingerprints of a few rules: writes fingerprints.json.

Run in the scratch environment that has the reference library (see make_reference.py):

    /path/to/reference-venv/bin/python tests/data/reference/make_fingerprints.py

Each fingerprint is Axelrod-Python's ``AshlockFingerprint(strategy, TitForTat)``
on the grid of step ``STEP``, ``TURNS`` moves, ``REPETITIONS`` repetitions,
seed ``SEED``: the mean score per move at each point. (Its
``TransitiveFingerprint`` raises TypeError under numpy 2, so it is not recorded.)
"""

from __future__ import annotations

import json
import pathlib

import axelrod as axl

STEP, TURNS, REPETITIONS, SEED = 0.25, 50, 400, 7
RULES = ("WinStayLoseShift", "TitForTat", "Grudger", "Alternator", "TitFor2Tats", "SuspiciousTitForTat")


def main() -> None:
    out = {"axelrod_version": axl.__version__, "step": STEP, "turns": TURNS, "repetitions": REPETITIONS,
           "seed": SEED, "fingerprints": {}}
    for name in RULES:
        fingerprint = axl.AshlockFingerprint(getattr(axl, name), axl.TitForTat)
        data = fingerprint.fingerprint(turns=TURNS, repetitions=REPETITIONS, step=STEP, seed=SEED,
                                       progress_bar=False, processes=1)
        out["fingerprints"][name] = [[float(p.x), float(p.y), float(v)] for p, v in data.items()]
        print(name)
    path = pathlib.Path(__file__).with_name("fingerprints.json")
    path.write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
