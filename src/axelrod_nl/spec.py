"""Tournament specifications as TOML files.

A spec names the players and the settings::

    [tournament]
    name = "Demo"
    turns = 200              # or: continuation = 0.99654
    repetitions = 5
    seed = 1
    noise = 0.0
    self_play = true
    announce_length = true   # tell the rules the number of turns
    shared_lengths = false   # with continuation: one set of lengths for all pairs
    reference = "axelrod_1980_first"  # published results to compare with (axelrod-nl reproduce)

    [payoffs]                # optional; default R=3, S=0, T=5, P=1
    R = 3
    S = 0
    T = 5
    P = 1

    [[players]]
    strategy = "TitForTat"

    [[players]]
    strategy = "Random"
    params = { p = 0.5 }     # constructor arguments by name (or: args = [0.5])

    [[players]]
    strategy = "strategies/networkers.py:GiveFirst"

A relative strategy file is looked for beside the spec, then in the spec
folder's parent (the project root for specs in ``tournaments/``), then in the
current folder.

Loading a spec that names a strategy file runs that file as Python, as an
``import`` would: only load specs you trust. Its rules are then checked as
every user's rule is (see :mod:`axelrod_nl.engine.rule`).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from .game import Game
from .historical.reproduction import REFERENCES
from .loading import instantiate, parse_player, strategy_class
from .strategy import Strategy
from .tournament import Tournament

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_TOURNAMENT_KEYS = {"name", "turns", "continuation", "repetitions", "seed", "noise", "self_play",
                    "announce_length", "shared_lengths", "description", "reference"}
_PLAYER_KEYS = {"strategy", "params", "args", "name"}


class SpecError(ValueError):
    """A spec file is malformed; the message names the file and, where known, the line."""


@dataclass
class TournamentSpec:
    """A loaded spec: players and settings, ready to build a :class:`Tournament`."""

    path: Optional[Path]
    name: str
    players: list[Strategy]
    settings: dict[str, Any] = field(default_factory=dict)
    game: Game = field(default_factory=Game)
    description: str = ""
    reference: str = ""

    def tournament(self, **overrides) -> Tournament:
        """The tournament this spec describes; keyword arguments override its settings."""
        settings = {**self.settings, **{k: v for k, v in overrides.items() if v is not None}}
        if "continuation" in overrides and overrides["continuation"] is not None:
            settings.pop("turns", None)
        return Tournament(self.players, game=self.game, name=self.name, **settings)

    def with_players(self, players: list[Strategy]) -> "TournamentSpec":
        return replace(self, players=list(players))


def _line_of(text: str, key: str) -> Optional[int]:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _where(path: Path, text: str, key: Optional[str]) -> str:
    line = _line_of(text, key) if key else None
    return f"{path}:{line}" if line else str(path)


def load_spec(path) -> TournamentSpec:
    """Read a tournament spec from a TOML file.

    Raises
    ------
    SpecError
        For a missing file, malformed TOML, unknown keys, unknown strategies or
        bad values; the message names the file and line where it can.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(f"spec file {path} not found") from None
    except OSError as error:
        raise SpecError(f"cannot read spec file {path}: {error.strerror or error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib reports the position in its message before Python 3.14, as attributes after.
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line = getattr(error, "lineno", None) or (int(found[1]) if found else None)
        message = getattr(error, "msg", None) or re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        location = f"{path}:{line}" if line else str(path)
        raise SpecError(f"{location}: malformed TOML: {message}") from None
    return spec_from_dict(data, path=path, text=text)


def spec_from_dict(data: dict, path: Optional[Path] = None, text: str = "") -> TournamentSpec:
    """Build a spec from already-parsed TOML data."""
    label = path or Path("<spec>")
    unknown = set(data) - {"tournament", "payoffs", "players"}
    if unknown:
        key = sorted(unknown)[0]
        raise SpecError(f"{_where(label, text, key)}: unknown section {key!r}; "
                        "expected [tournament], [payoffs] and [[players]]")
    table = data.get("tournament", {})
    if not isinstance(table, dict):
        raise SpecError(f"{label}: [tournament] must be a table")
    unknown = set(table) - _TOURNAMENT_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise SpecError(f"{_where(label, text, key)}: unknown setting {key!r} in [tournament]; "
                        f"expected one of {', '.join(sorted(_TOURNAMENT_KEYS))}")
    settings = {k: v for k, v in table.items() if k not in ("name", "description", "reference")}
    reference = str(table.get("reference", ""))
    if reference and reference not in REFERENCES:
        raise SpecError(f"{_where(label, text, 'reference')}: unknown reference {reference!r}; "
                        f"known published results: {', '.join(REFERENCES)}")
    try:
        game = Game.from_mapping(data.get("payoffs", {}))
    except (TypeError, ValueError) as error:
        raise SpecError(f"{_where(label, text, 'R')}: bad [payoffs]: {error}") from None

    search = [label.parent, label.parent.parent] if path else []
    entries = data.get("players")
    if not isinstance(entries, list) or not entries:
        raise SpecError(f"{label}: the spec needs a non-empty list of [[players]]")
    players = [_player(entry, k, label, text, search) for k, entry in enumerate(entries)]
    spec = TournamentSpec(path=path, name=str(table.get("name", label.stem)), players=players,
                          settings=settings, game=game, description=str(table.get("description", "")),
                          reference=reference)
    try:
        spec.tournament()
    except (TypeError, ValueError) as error:
        key = next((k for k in settings if k in str(error) or (k == "continuation" and " w " in str(error))), None)
        raise SpecError(f"{_where(label, text, key)}: {error}") from None
    return spec


def _player(entry: Any, position: int, label: Path, text: str, search: list[Path]) -> Strategy:
    try:
        if isinstance(entry, str):
            return parse_player(entry, search)
        if not isinstance(entry, dict) or "strategy" not in entry:
            raise ValueError("each player needs a strategy name, e.g. strategy = \"TitForTat\"")
        unknown = set(entry) - _PLAYER_KEYS
        if unknown:
            raise ValueError(f"unknown key {sorted(unknown)[0]!r} for a player; expected {', '.join(sorted(_PLAYER_KEYS))}")
        args = entry.get("args", [])
        kwargs = entry.get("params", {})
        if not isinstance(args, list) or not isinstance(kwargs, dict):
            raise ValueError("args must be a list and params a table")
        cls = strategy_class(str(entry["strategy"]), search)
        return instantiate(cls, args, kwargs)
    except (TypeError, ValueError) as error:
        name = entry.get("strategy") if isinstance(entry, dict) else entry
        line = _player_line(text, name)
        where = f"{label}:{line}" if line else str(label)
        raise SpecError(f"{where}: player {position + 1}: {error}") from None


def _player_line(text: str, name: Any) -> Optional[int]:
    """Line where the player's strategy name first appears, if it does."""
    if not isinstance(name, str):
        return None
    for number, line in enumerate(text.splitlines(), 1):
        if name in line:
            return number
    return None
