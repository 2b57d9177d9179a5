"""Finding strategies by name: the catalogue, or a class in a user's Python file.

A strategy is named by its class name (``"TitForTat"``), optionally with
constructor arguments (``"Random(0.3)"``, ``"GTFT(p=0.1)"``), or by a file and
class (``"strategies/networkers.py:GiveFirst"``). Rules in a user's file are
compiled and cached by numba like the catalogue's, without editing the library.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from .strategies import CATALOGUE
from .strategy import Strategy

_CALL = re.compile(r"^\s*(?P<target>[^()]+?)\s*(?:\((?P<args>.*)\))?\s*$", re.S)


class StrategyNotFound(ValueError):
    """No strategy of that name; the message suggests the closest names."""


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def suggestions(name: str, limit: int = 3) -> list[str]:
    """Catalogue class names closest to ``name``."""
    by_key = {_normalise(n): n for n in CATALOGUE}
    by_key.update({_normalise(cls.name): n for n, cls in CATALOGUE.items()})
    close = difflib.get_close_matches(_normalise(name), list(by_key), n=limit * 2, cutoff=0.5)
    ordered: list[str] = []
    for key in close:
        if by_key[key] not in ordered:
            ordered.append(by_key[key])
    return ordered[:limit]


def catalogue_class(name: str) -> type[Strategy]:
    """The catalogue class named ``name`` (class name or display name, any case)."""
    if name in CATALOGUE:
        return CATALOGUE[name]
    key = _normalise(name)
    for class_name, cls in CATALOGUE.items():
        if key in (_normalise(class_name), _normalise(cls.name)):
            return cls
    close = suggestions(name)
    hint = f"; did you mean {', '.join(close)}?" if close else "; run 'axelrod-nl strategies' for the list"
    raise StrategyNotFound(f"unknown strategy {name!r}{hint}")


def _module_name(path: Path) -> str:
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:10]
    return f"axelrod_nl_user_{re.sub(r'[^0-9a-zA-Z_]', '_', path.stem)}_{digest}"


def load_file(path: Path):
    """Import a user's Python file as a module (once per path)."""
    path = path.resolve()
    name = _module_name(path)
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ValueError(f"cannot load strategies from {path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[name]
        raise ValueError(f"cannot load strategies from {path}: {type(error).__name__}: {error}") from error
    return module


def file_class(reference: str, search: Iterable[Path] = ()) -> type[Strategy]:
    """The class named in ``"path/to/file.py:ClassName"``.

    A relative path is looked for in each folder of ``search``, then in the
    current folder.
    """
    file_part, _, class_name = reference.rpartition(":")
    path = Path(file_part)
    candidates = [path] if path.is_absolute() else [Path(d) / path for d in search] + [path]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        looked = ", ".join(str(c) for c in candidates)
        raise StrategyNotFound(f"strategy file {file_part!r} not found (looked in {looked})")
    module = load_file(found)
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, Strategy)):
        available = sorted(n for n, v in vars(module).items()
                           if isinstance(v, type) and issubclass(v, Strategy) and v is not Strategy)
        close = difflib.get_close_matches(class_name, available, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else (
            f"; it defines {', '.join(available)}" if available else "; it defines no strategy class")
        raise StrategyNotFound(f"{found} has no strategy class {class_name!r}{hint}")
    return cls


def strategy_class(reference: str, search: Iterable[Path] = ()) -> type[Strategy]:
    """A catalogue name or a ``file.py:Class`` reference, resolved to a class."""
    if ".py:" in reference:
        return file_class(reference, search)
    return catalogue_class(reference)


def instantiate(cls: type[Strategy], args: Sequence[Any] = (), kwargs: Optional[dict] = None) -> Strategy:
    """Construct a player, turning a wrong argument into a clear error."""
    try:
        return cls(*args, **(kwargs or {}))
    except TypeError as error:
        raise TypeError(f"bad parameters for {cls.__name__}: {error}") from None
    except ValueError as error:
        raise ValueError(f"bad parameters for {cls.__name__}: {error}") from None


def parse_player(text: str, search: Iterable[Path] = ()) -> Strategy:
    """A player from text such as ``"TitForTat"``, ``"Random(0.3)"`` or ``"my.py:Rule(k=2)"``."""
    match = _CALL.match(text)
    if not match:
        raise ValueError(f"cannot read strategy {text!r}; write Name or Name(arguments)")
    cls = strategy_class(match["target"], search)
    args: list = []
    kwargs: dict = {}
    if match["args"]:
        try:
            call = ast.parse(f"f({match['args']})", mode="eval").body
            args = [ast.literal_eval(a) for a in call.args]
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        except (SyntaxError, ValueError):
            raise ValueError(f"cannot read the arguments of {text!r}; use literals such as 0.3 or p=0.3") from None
    return instantiate(cls, args, kwargs)
