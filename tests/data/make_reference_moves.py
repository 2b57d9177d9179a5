"""Record how Axelrod-Python plays the deterministic catalogue rules: writes reference_moves.json.

This script needs the reference library, Axelrod-Python (``pip install
"axelrod==4.14.*"``, in a separate virtual environment: it pulls in torch),
and is not run by the test suite. The tests (tests/test_catalogue.py) only
read the JSON it writes, so axelrod-nl itself never depends on Axelrod-Python.

Every player below is played against every other one, itself included, for
``TURNS`` moves with no noise; each match is recorded once, with the moves of
both sides. Players are described by the name of an axelrod-nl class and the
keyword arguments of its constructor, as JSON; ``to_reference`` turns that
description into the Axelrod-Python player of the same name, with the
same-meaning arguments.

Run from the repository root:

    /path/to/reference-venv/bin/python tests/data/make_reference_moves.py
"""

from __future__ import annotations

import itertools
import json
import pathlib

import axelrod as axl
from axelrod.strategies.lookerup import Plays

TURNS = 30
OUT = pathlib.Path(__file__).with_name("reference_moves.json")

# Finite-state machines and lookup tables that Axelrod-Python ships under their
# own names, used here as parameterisations of the generic players.
FORTRESS3 = [[1, "C", 1, "D"], [1, "D", 2, "D"], [2, "C", 1, "D"],
             [2, "D", 3, "C"], [3, "C", 3, "C"], [3, "D", 1, "D"]]
THUMPER = [[1, "C", 1, "C"], [1, "D", 2, "D"], [2, "C", 1, "D"], [2, "D", 1, "D"]]
PREDATOR = [[0, "C", 0, "D"], [0, "D", 1, "D"], [1, "C", 2, "D"], [1, "D", 3, "D"],
            [2, "C", 4, "C"], [2, "D", 3, "D"], [3, "C", 5, "D"], [3, "D", 4, "C"],
            [4, "C", 2, "C"], [4, "D", 6, "D"], [5, "C", 7, "D"], [5, "D", 3, "D"],
            [6, "C", 7, "C"], [6, "D", 7, "D"], [7, "C", 8, "D"], [7, "D", 7, "D"],
            [8, "C", 8, "D"], [8, "D", 6, "D"]]
# Odd labels, and a state (9) that no row leads to and that has one row only.
RELABELLED = [[-3, "C", 12, "C"], [-3, "D", -3, "D"], [12, "C", -3, "D"],
              [12, "D", 12, "C"], [9, "C", -3, "D"]]
EVOLVED_2_2_2 = "CDDCDCDDCDDDCDDDDDCDCDCCCDDCCDCDDDCCCCCDDDCDDDDDDDDDCCDDCDDDCCCD"

# id -> (axelrod-nl class, constructor keyword arguments)
CATALOGUE = {
    "TitForTat": ("TitForTat", {}),
    "TitFor2Tats": ("TitFor2Tats", {}),
    "TwoTitsForTat": ("TwoTitsForTat", {}),
    "SuspiciousTitForTat": ("SuspiciousTitForTat", {}),
    "HardTitForTat": ("HardTitForTat", {}),
    "Gradual": ("Gradual", {}),
    "AntiTitForTat": ("AntiTitForTat", {}),
    "Bully": ("Bully", {}),
    "Grudger": ("Grudger", {}),
    "WinStayLoseShift": ("WinStayLoseShift", {}),
    "Prober": ("Prober", {}),
    "GoByMajority": ("GoByMajority", {}),
    "GoByMajority(memory_depth=5)": ("GoByMajority", {"memory_depth": 5}),
    "GoByMajority(soft=False)": ("GoByMajority", {"soft": False}),
    "GoByMajority(memory_depth=10,soft=False)": ("GoByMajority", {"memory_depth": 10, "soft": False}),
    "MemoryOnePlayer": ("MemoryOnePlayer", {}),
    "MemoryOnePlayer(0,1,1,0;D)": ("MemoryOnePlayer", {"four_vector": [0, 1, 1, 0], "initial": "D"}),
    "MemoryOnePlayer(1,0,1,0;D)": ("MemoryOnePlayer", {"four_vector": [1, 0, 1, 0], "initial": "D"}),
    "GTFT(p=0)": ("GTFT", {"p": 0}),
    "GTFT(p=1)": ("GTFT", {"p": 1}),
    "FSMPlayer": ("FSMPlayer", {}),
    "FSMPlayer[Fortress3]": ("FSMPlayer", {"transitions": FORTRESS3, "initial_state": 1, "initial_action": "D"}),
    "FSMPlayer[Thumper]": ("FSMPlayer", {"transitions": THUMPER, "initial_state": 1, "initial_action": "C"}),
    "FSMPlayer[Predator]": ("FSMPlayer", {"transitions": PREDATOR, "initial_state": 0, "initial_action": "C"}),
    "FSMPlayer[relabelled]": ("FSMPlayer", {"transitions": RELABELLED, "initial_state": 12, "initial_action": "D"}),
    "LookerUp": ("LookerUp", {}),
    "LookerUp[Winner12]": ("LookerUp", {"pattern": "CDCDDCDD", "parameters": [1, 2, 0], "initial_actions": "CC"}),
    "LookerUp[Winner21]": ("LookerUp", {"pattern": "CDCDCDDD", "parameters": [1, 2, 0], "initial_actions": "DC"}),
    "LookerUp[Winner12,initial DDD]": ("LookerUp", {"pattern": "CDCDDCDD", "parameters": [1, 2, 0],
                                                   "initial_actions": "DDD"}),
    "LookerUp[EvolvedLookerUp1_1_1]": ("LookerUp", {"pattern": "CDDDDCDD", "parameters": [1, 1, 1],
                                                   "initial_actions": "C"}),
    "LookerUp[EvolvedLookerUp2_2_2,initial D]": ("LookerUp", {"pattern": EVOLVED_2_2_2, "parameters": [2, 2, 2],
                                                             "initial_actions": "D"}),
    "LookerUp[openings 0,0,2]": ("LookerUp", {"pattern": "CDDC", "parameters": [0, 0, 2]}),
}

OPPONENTS = {
    "Cooperator": ("Cooperator", {}),
    "Defector": ("Defector", {}),
    "Alternator": ("Alternator", {}),
    "Cycler(CCD)": ("Cycler", {"pattern": "CCD"}),
    "Cycler(DDC)": ("Cycler", {"pattern": "DDC"}),
    "Cycler(CDDC)": ("Cycler", {"pattern": "CDDC"}),
    "Cycler(CCCDDCD)": ("Cycler", {"pattern": "CCCDDCD"}),
}


def _action(letter: str) -> axl.Action:
    return axl.Action.C if letter == "C" else axl.Action.D


def to_reference(cls: str, kwargs: dict) -> axl.Player:
    """The Axelrod-Python player described by an axelrod-nl class name and its arguments."""
    kwargs = dict(kwargs)
    if cls == "Cycler":
        return axl.Cycler(cycle=kwargs["pattern"])
    if cls == "MemoryOnePlayer":
        return axl.MemoryOnePlayer(four_vector=tuple(kwargs.get("four_vector", (1, 0, 0, 1))),
                                   initial=_action(kwargs.get("initial", "C")))
    if cls == "FSMPlayer" and kwargs:
        rows = tuple((s, _action(a), n, _action(b)) for s, a, n, b in kwargs["transitions"])
        return axl.FSMPlayer(transitions=rows, initial_state=kwargs["initial_state"],
                             initial_action=_action(kwargs["initial_action"]))
    if cls == "LookerUp" and kwargs:
        return axl.LookerUp(pattern=kwargs["pattern"],
                            parameters=Plays(*kwargs["parameters"]),
                            initial_actions=tuple(_action(m) for m in kwargs.get("initial_actions", "")) or None)
    return getattr(axl, cls)(**kwargs)


def main() -> None:
    import warnings

    warnings.simplefilter("ignore")  # MemoryOnePlayer() warns that it defaults to WSLS
    players = {**CATALOGUE, **OPPONENTS}
    for key, (cls, kwargs) in players.items():
        player = to_reference(cls, kwargs)
        if player.classifier["stochastic"] and cls not in ("MemoryOnePlayer", "GTFT"):
            raise SystemExit(f"{key} is stochastic in Axelrod-Python; it cannot have reference moves")
    matches = []
    for a, b in itertools.combinations_with_replacement(players, 2):
        pa, pb = to_reference(*players[a]), to_reference(*players[b])
        match = axl.Match((pa, pb), turns=TURNS)
        match.play()
        moves_a = "".join(str(x) for x, _ in match.result)
        moves_b = "".join(str(y) for _, y in match.result)
        matches.append({"a": a, "b": b, "moves_a": moves_a, "moves_b": moves_b})
    document = {
        "description": ("Moves of deterministic rules as played by Axelrod-Python; made by "
                        "tests/data/make_reference_moves.py, read by tests/test_catalogue.py."),
        "axelrod_version": axl.__version__,
        "turns": TURNS,
        "noise": 0.0,
        "players": {key: {"class": cls, "kwargs": kwargs} for key, (cls, kwargs) in players.items()},
        "matches": matches,
    }
    # One line per match keeps the file readable and its diffs small.
    head = json.dumps({k: v for k, v in document.items() if k != "matches"}, indent=1)
    lines = ",\n".join("  " + json.dumps(m) for m in matches)
    OUT.write_text(head[:-2] + ',\n "matches": [\n' + lines + "\n ]\n}\n")
    print(f"wrote {len(matches)} matches between {len(players)} players to {OUT}")


if __name__ == "__main__":
    main()
