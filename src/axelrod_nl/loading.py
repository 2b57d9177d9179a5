"""Finding strategies by name: the catalogue, or a class in a user's Python file.

A strategy is named by its class name (``"TitForTat"``), optionally with
constructor arguments (``"Random(0.3)"``, ``"GTFT(p=0.1)"``), or by a file and
class (``"strategies/networkers.py:GiveFirst"``). Rules in a user's file are
compiled and cached by numba like the catalogue's, without editing the library.

A name may be followed by strategy transformers (:mod:`axelrod_nl.transformers`),
applied left to right: ``"TitForTat | noisy(0.1) | final('DD')"``.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import importlib.util
import re
import sys
import traceback
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


def _failure(path: Path, error: BaseException) -> str:
    """What went wrong while running a user's file, with its line in that file where known."""
    if isinstance(error, SystemExit):
        what = f"it called sys.exit({error.code!r})" if error.code is not None else "it called sys.exit()"
    else:
        what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, SyntaxError):  # its message already gives the file and line
        return what
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__)
             if frame.filename == str(path)]
    return f"{what} (line {lines[-1]})" if lines else what


def load_file(path: Path):
    """Import a user's Python file as a module (once per path).

    Whatever the file raises while it runs (any exception, ``sys.exit()``,
    another BaseException) becomes a ValueError naming the file; only
    KeyboardInterrupt passes through, so Ctrl-C still stops the program.
    """
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
    except BaseException as error:
        sys.modules.pop(name, None)
        if isinstance(error, KeyboardInterrupt):
            raise
        raise ValueError(f"cannot load strategies from {path}: {_failure(path, error)}") from error
    return module


def _candidates(path: Path, search: Iterable[Path]) -> list[Path]:
    """Where a strategy file is looked for: each distinct resolved path once, in order."""
    tried = [path] if path.is_absolute() else [Path(d) / path for d in search] + [path]
    distinct: dict[Path, None] = {}
    for candidate in tried:
        try:
            candidate = candidate.resolve()
        except (OSError, RuntimeError):  # a symbolic link loop: keep the path as written
            candidate = candidate.absolute()
        distinct.setdefault(candidate, None)
    return list(distinct)


def file_class(reference: str, search: Iterable[Path] = ()) -> type[Strategy]:
    """The class named in ``"path/to/file.py:ClassName"``.

    A relative path is looked for in each folder of ``search``, then in the
    current folder.
    """
    file_part, _, class_name = reference.rpartition(":")
    candidates = _candidates(Path(file_part), search)
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
    """A catalogue name or a ``file.py:Class`` reference, resolved to a class, then transformed by any
    ``| transformer(arguments)`` steps that follow it."""
    reference, *steps = reference.split("|")
    reference = reference.strip()
    cls = file_class(reference, search) if ".py:" in reference else catalogue_class(reference)
    return _transformed(cls, steps)


def _literals(text: str, what: str) -> tuple[list, dict]:
    try:
        call = ast.parse(f"f({text})", mode="eval").body
        return [ast.literal_eval(a) for a in call.args], {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    except (SyntaxError, ValueError):
        raise ValueError(f"cannot read the arguments of {what!r}; use literals such as 0.3 or p=0.3") from None


def _transformed(cls: type[Strategy], steps: Sequence[str]) -> type[Strategy]:
    from .transformers import TRANSFORMERS

    for step in steps:
        match = _CALL.match(step)
        name = match["target"].strip() if match else step.strip()
        if not match or name not in TRANSFORMERS:
            close = difflib.get_close_matches(name, TRANSFORMERS, n=1)
            hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(TRANSFORMERS)}"
            raise StrategyNotFound(f"unknown transformer {name!r}; {hint}")
        args, kwargs = _literals(match["args"], step.strip()) if match["args"] else ([], {})
        try:
            cls = TRANSFORMERS[name](*args, **kwargs)(cls)
        except (TypeError, ValueError) as error:
            raise type(error)(f"transformer {name}: {error}") from None
    return cls


def instantiate(cls: type[Strategy], args: Sequence[Any] = (), kwargs: Optional[dict] = None) -> Strategy:
    """Construct a player, turning a wrong argument into a clear error that names the strategy."""
    try:
        return cls(*args, **(kwargs or {}))
    except (TypeError, ValueError) as error:
        message = str(error)
        if not message.startswith(f"{cls.__name__} "):  # the constructor's own messages name the class
            message = f"bad parameters for {cls.__name__}: {message}"
        raise (TypeError if isinstance(error, TypeError) else ValueError)(message) from None
    except Exception as error:  # a user's constructor failing in its own way
        raise ValueError(f"cannot construct {cls.__name__}: {type(error).__name__}: {error}") from error


def parse_player(text: str, search: Iterable[Path] = ()) -> Strategy:
    """A player from text such as ``"TitForTat"``, ``"Random(0.3)"``, ``"my.py:Rule(k=2)"`` or
    ``"Random(0.3) | noisy(0.1)"``."""
    text, *steps = text.split("|")
    match = _CALL.match(text)
    if not match:
        raise ValueError(f"cannot read strategy {text!r}; write Name or Name(arguments)")
    cls = _transformed(strategy_class(match["target"], search), steps)
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
