"""Tournament specifications as TOML files.

A spec names the players and the settings::

    [tournament]
    name = "Demo"
    turns = 200              # or: continuation = 0.99654, or: lengths = [63, 77, 151, 156, 308]
    repetitions = 5
    seed = 1
    noise = 0.0
    self_play = true
    announce_length = true   # tell the rules the number of turns
    rank_by = "mean_score"   # or "normalised_score"; default: per move when lengths vary
    shared_lengths = false   # with continuation: one set of lengths for all pairs
    reference = "axelrod_1980_first"  # published results to compare with (axelrod-nl reproduce)
    strategies = "short_run_time"     # optional: every class of a named list, with its defaults,
                                      # before the [[players]] (see axelrod_nl.filters)
    edges = [[0, 1], [1, 2]]          # optional: play only these pairs of players (0-based, in the
                                      # order listed), a graph; self_play then defaults to false

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
    name = "Give First (3)"  # optional display name, in place of the strategy's own

Every key is checked: an unknown section, setting, payoff or player key is an
error that lists the allowed ones, and ``self_play``, ``announce_length``,
``shared_lengths`` and ``general`` (in ``[payoffs]``) must be TOML booleans,
``true`` or ``false`` without quotes. Players' display names must differ: a
``name`` that another player already shows is refused. Players left with the
same name (the same rule twice) are told apart as ``"Tit For Tat #2"``.

A relative strategy file is resolved against the spec's folder first: it is
looked for beside the spec, then in the spec folder's parent (the project root
for specs in ``tournaments/``), then in the current folder, and the first file
found is used.

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
from .validation import check_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_SECTIONS = ("tournament", "payoffs", "players")
_TOURNAMENT_KEYS = {"name", "turns", "continuation", "lengths", "repetitions", "seed", "noise", "self_play",
                    "announce_length", "shared_lengths", "description", "reference", "rank_by", "strategies",
                    "edges"}
_FLAGS = ("self_play", "announce_length", "shared_lengths")
_TEXTS = ("description", "reference", "strategies")
_PAYOFF_KEYS = ("R", "S", "T", "P", "general")
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
            settings.pop("lengths", None)
        return Tournament(self.players, game=self.game, name=self.name, **settings)

    def with_players(self, players: list[Strategy]) -> "TournamentSpec":
        return replace(self, players=list(players))


def _line_of(text: str, key: str) -> Optional[int]:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]*?)\s*\]\]?\s*(?:#.*)?$")


def _section_line(text: str, section: Optional[str], key: Optional[str], index: int = 0) -> Optional[int]:
    """Line of ``key = ...`` in a table written with a header (``[section]``, or the
    ``index``-th ``[[section]]``), or of that header if ``key`` is None; None if not written so.
    ``section`` None is the top level, before the first header."""
    current: Optional[str] = None
    seen: dict[str, int] = {}
    assignment = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=") if key else None
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = header[2].strip()
            seen[current] = seen.get(current, -1) + 1 if header[1] == "[[" else 0
            if key is None and current == section and seen[current] == index:
                return number
            continue
        here = current == section and (section is None or seen.get(current) == index)
        if assignment and here and assignment.match(line):
            return number
    return None


def _where(path: Path, text: str, key: Optional[str], section: Optional[str] = "tournament",
           index: int = 0) -> str:
    """``path:line`` of ``key`` in its table, falling back on its first mention, or just ``path``."""
    line = None
    if key:
        line = _section_line(text, section, key, index) or _line_of(text, key)
    return f"{path}:{line}" if line else str(path)


def _check_flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{key} must be true or false (a TOML boolean, without quotes), got {value!r}")
    return value


def _check_string(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string in quotes, got {value!r}")
    return value


def load_spec(path) -> TournamentSpec:
    """Read a tournament spec from a TOML file.

    Raises
    ------
    SpecError
        For a missing or unreadable file, one that is not UTF-8, malformed TOML,
        unknown keys, values of the wrong kind, unknown strategies or bad values;
        the message names the file and line where it can.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(f"spec file {path} not found") from None
    except IsADirectoryError:
        raise SpecError(f"spec file {path} is a folder, not a TOML file") from None
    except OSError as error:
        raise SpecError(f"cannot read spec file {path}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark, as some editors write, is allowed
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise SpecError(f"{path}:{line}: spec file is not UTF-8 text (byte 0x{raw[error.start]:02x}); "
                        "save it as UTF-8") from None
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
    if not isinstance(data, dict):
        raise SpecError(f"{label}: a spec must be a table of [tournament], [payoffs] and [[players]]")
    unknown = set(data) - set(_SECTIONS)
    if unknown:
        key = sorted(unknown)[0]
        header = _section_line(text, key, None)  # written as [key] or [[key]]
        where = f"{label}:{header}" if header else _where(label, text, key, None)
        raise SpecError(f"{where}: unknown section {key!r}; "
                        "expected [tournament], [payoffs] and [[players]]")
    table = data.get("tournament", {})
    if not isinstance(table, dict):
        raise SpecError(f"{_where(label, text, 'tournament', None)}: [tournament] must be a table")
    unknown = set(table) - _TOURNAMENT_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise SpecError(f"{_where(label, text, key)}: unknown setting {key!r} in [tournament]; "
                        f"expected one of {', '.join(sorted(_TOURNAMENT_KEYS))}")
    for key, check in [("name", check_text), *((k, _check_string) for k in _TEXTS),
                       *((k, _check_flag) for k in _FLAGS)]:
        if key in table:
            try:
                check(key, table[key])
            except (TypeError, ValueError) as error:
                raise SpecError(f"{_where(label, text, key)}: {error}") from None
    settings = {k: v for k, v in table.items() if k not in ("name", "description", "reference", "strategies")}
    reference = table.get("reference", "")
    if reference and reference not in REFERENCES:
        raise SpecError(f"{_where(label, text, 'reference')}: unknown reference {reference!r}; "
                        f"known published results: {', '.join(REFERENCES)}")
    game = _game(data.get("payoffs", {}), label, text)

    search = [label.parent, label.parent.parent] if path else []
    listed = []
    if "strategies" in table:
        from .filters import strategy_list

        try:
            listed = [cls() for cls in strategy_list(table["strategies"])]
        except ValueError as error:
            raise SpecError(f"{_where(label, text, 'strategies')}: {error}") from None
    entries = data.get("players", [] if listed else None)
    if not isinstance(entries, list) or not (entries or listed):
        raise SpecError(f"{label}: the spec needs a non-empty list of [[players]] (or strategies = a named list)")
    players = listed + [_player(entry, k, label, text, search) for k, entry in enumerate(entries)]
    _check_names(players, entries, label, text, offset=len(listed))
    spec = TournamentSpec(path=path, name=table.get("name", label.stem), players=players,
                          settings=settings, game=game, description=table.get("description", ""),
                          reference=reference)
    try:
        spec.tournament()
    except (TypeError, ValueError) as error:
        key = next((k for k in settings if k in str(error) or (k == "continuation" and " w " in str(error))), None)
        raise SpecError(f"{_where(label, text, key)}: {error}") from None
    return spec


def _game(payoffs: Any, label: Path, text: str) -> Game:
    """The [payoffs] table as a :class:`Game`, every error at the line of its key."""
    if not isinstance(payoffs, dict):
        raise SpecError(f"{_where(label, text, 'payoffs', None)}: [payoffs] must be a table "
                        "such as R = 3, S = 0, T = 5, P = 1")
    unknown = sorted(set(payoffs) - set(_PAYOFF_KEYS))
    if unknown:
        raise SpecError(f"{_where(label, text, unknown[0], 'payoffs')}: unknown key {unknown[0]!r} in "
                        f"[payoffs]; expected one of {', '.join(_PAYOFF_KEYS)}")
    if "general" in payoffs:
        try:
            _check_flag("general", payoffs["general"])
        except TypeError as error:
            raise SpecError(f"{_where(label, text, 'general', 'payoffs')}: bad [payoffs]: {error}") from None
    try:
        return Game.from_mapping(payoffs)
    except (TypeError, ValueError) as error:
        named = re.match(r"payoff ([RSTP]) ", str(error))
        key = named[1] if named else next((k for k in "RSTP" if k in payoffs), None)
        where = _where(label, text, key, "payoffs") if key else _where(label, text, None)
        raise SpecError(f"{where}: bad [payoffs]: {error}") from None


def _player(entry: Any, position: int, label: Path, text: str, search: list[Path]) -> Strategy:
    key: Optional[str] = "strategy"  # the key an error is about, for its line
    try:
        if isinstance(entry, str):
            return parse_player(entry, search)
        if not isinstance(entry, dict) or "strategy" not in entry:
            raise ValueError("each player needs a strategy name, e.g. strategy = \"TitForTat\"")
        unknown = sorted(set(entry) - _PLAYER_KEYS)
        if unknown:
            key = unknown[0]
            raise ValueError(f"unknown key {key!r} for a player; expected one of {', '.join(sorted(_PLAYER_KEYS))}")
        strategy = _check_string("strategy", entry["strategy"])
        args = entry.get("args", [])
        kwargs = entry.get("params", {})
        if not isinstance(args, list):
            key = "args"
            raise TypeError(f"args must be a list such as [0.5], got {args!r}")
        if not isinstance(kwargs, dict):
            key = "params"
            raise TypeError(f"params must be a table such as {{ p = 0.5 }}, got {kwargs!r}")
        cls = strategy_class(strategy, search)
        key = "params" if "params" in entry else "args" if "args" in entry else "strategy"
        player = instantiate(cls, args, kwargs)
        if "name" in entry:
            key = "name"
            player = player.renamed(entry["name"])
        return player
    except (TypeError, ValueError) as error:
        raise SpecError(f"{_player_where(entry, position, label, text, key)}: "
                        f"player {position + 1}: {error}") from None


def _player_where(entry: Any, position: int, label: Path, text: str, key: Optional[str]) -> str:
    """``path:line`` of a player's key: in its own [[players]] table if written as one, else
    the first line naming its strategy."""
    line = (_section_line(text, "players", key, position) if key else None) or \
        _section_line(text, "players", None, position)
    if line is None:
        line = _player_line(text, entry.get("strategy") if isinstance(entry, dict) else entry)
    return f"{label}:{line}" if line else str(label)


def _check_names(players: list[Strategy], entries: list, label: Path, text: str, offset: int = 0) -> None:
    """Refuse a player's explicit name that another player already shows: a name given
    must pick one player. (Repeats of one rule are numbered by the tournament, skipping
    any number a given name has taken; see :func:`~axelrod_nl.tournament.unique_names`.)"""
    shown = [str(p) for p in players]
    for k, entry in enumerate(entries):
        if not (isinstance(entry, dict) and "name" in entry):
            continue
        me = offset + k  # the players of a named list come first
        clash = next((j for j in range(len(players)) if j != me and shown[me] == shown[j]), None)
        if clash is None:
            continue
        raise SpecError(f"{_player_where(entry, k, label, text, 'name')}: player {k + 1}: the name "
                        f"{shown[k]!r} is also player {clash + 1}'s; give each player its own name")


def _player_line(text: str, name: Any) -> Optional[int]:
    """Line where the player's strategy name first appears, if it does."""
    if not isinstance(name, str):
        return None
    for number, line in enumerate(text.splitlines(), 1):
        if name in line:
            return number
    return None
