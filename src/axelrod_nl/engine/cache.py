"""Where numba keeps the compiled code of the engine, the catalogue and users' rules.

Numba's own cache sits beside each source file and is keyed by that file
alone, so editing a helper that a kernel inlines (``engine/random.py``, say)
leaves the kernel's old machine code in use, and a user's rule loaded under two
module names (by path from a spec, then by ``import``) finds an entry that
refers to the other module. This module gives numba a locator, consulted
before its own, for every function of this package and every rule compiled
through :class:`~axelrod_nl.engine.rule.Rule`:

- one folder per (numba version, hash of every source file of this package),
  so a new numba or any change to the library starts from an empty cache;
- inside it, one entry per (source file, module name, line, flavour), so a
  rule imported under another name, or compiled with bounds checks, never
  loads another's code;
- never beside a user's file, so a cache file planted there is not run;
- a rule's entry (:mod:`.entry`, one template copied per rule) is filed, and
  goes stale, with the rule's own source file, not with the template's.

The root is ``$AXELROD_NL_CACHE_DIR``, else ``$XDG_CACHE_HOME/axelrod-nl``,
else ``~/.cache/axelrod-nl``; ``make clean`` and :func:`clear` remove it, and
the folders of other versions are pruned (:func:`prune`).
Functions of other packages keep numba's usual locators.

This module must be imported before any ``njit(cache=True)`` of the package
runs, which ``axelrod_nl/engine/__init__.py`` ensures.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from functools import lru_cache
from pathlib import Path

import numba
from numba.core import caching

PACKAGE_ROOT = Path(__file__).resolve().parent.parent

# Set on a function (by Rule) to route it here with a flavour such as "checked".
FLAVOUR_ATTRIBUTE = "__axelrod_nl_flavour__"
# Set on a rule's entry (see entry.py): the (file, line) of the rule it calls, which keys its entry.
SOURCE_ATTRIBUTE = "__axelrod_nl_source__"


def cache_root() -> Path:
    """The folder that holds every compile cache of this library."""
    explicit = os.environ.get("AXELROD_NL_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "axelrod-nl"


@lru_cache(maxsize=None)
def library_fingerprint() -> str:
    """Hash of numba's version and of every source file of this package."""
    digest = hashlib.sha256(numba.__version__.encode())
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE_ROOT)).encode())
        digest.update(path.read_bytes())
    return f"numba-{numba.__version__}-{digest.hexdigest()[:16]}"


KEEP_FOLDERS = 8
KEEP_DAYS = 14


def cache_folder() -> Path:
    """This library version's cache folder (older versions' folders are pruned once a process)."""
    _prune_once()
    return cache_root() / library_fingerprint()


@lru_cache(maxsize=None)
def _prune_once() -> None:
    prune(cache_root(), library_fingerprint())


def prune(root: Path, current: str, keep: int = KEEP_FOLDERS, days: float = KEEP_DAYS) -> list[Path]:
    """Remove the folders of other library or numba versions: all but the ``keep`` most recently
    used, and any unused for ``days``; the current one is always kept. Returns what was removed.

    Every edit of the library's sources makes a new folder, so without this a working copy under
    development would gather one per edit.
    """
    import time

    try:
        folders = [p for p in root.iterdir() if p.is_dir() and p.name.startswith("numba-") and p.name != current]
    except OSError:
        return []
    folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    cutoff = time.time() - days * 86400
    removed = [p for k, p in enumerate(folders) if k >= keep - 1 or p.stat().st_mtime < cutoff]
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    return removed


def clear() -> None:
    """Remove every cache this library wrote, for every version."""
    shutil.rmtree(cache_root(), ignore_errors=True)


def _is_ours(py_func, py_file: str) -> bool:
    if getattr(py_func, FLAVOUR_ATTRIBUTE, None) is not None:
        return True
    try:
        Path(py_file).resolve().relative_to(PACKAGE_ROOT)
    except (OSError, ValueError):
        return False
    return True


class LibraryCacheLocator(caching._SourceFileBackedLocatorMixin, caching._CacheLocator):
    """Numba cache locator for this library's functions and users' rules (see the module notes)."""

    def __init__(self, py_func, py_file: str) -> None:
        py_file, self._lineno = getattr(py_func, SOURCE_ATTRIBUTE, (py_file, py_func.__code__.co_firstlineno))
        self._py_file = py_file
        flavour = getattr(py_func, FLAVOUR_ATTRIBUTE, None) or "library"
        module = getattr(py_func, "__module__", "") or ""
        source = os.path.dirname(os.path.abspath(py_file))
        key = hashlib.sha1(f"{source}\0{module}".encode()).hexdigest()[:16]
        self._disambiguator = f"{self._lineno}-{flavour}"
        self._cache_path = str(cache_folder() / f"{Path(source).name}_{key}")

    def get_cache_path(self) -> str:
        return self._cache_path

    def get_disambiguator(self) -> str:
        return self._disambiguator

    @classmethod
    def from_function(cls, py_func, py_file):
        if not _is_ours(py_func, py_file):
            return None
        py_file = getattr(py_func, SOURCE_ATTRIBUTE, (py_file,))[0]
        return super().from_function(py_func, py_file)


def install() -> None:
    """Put :class:`LibraryCacheLocator` first among numba's locators (once)."""
    classes = caching.CacheImpl._locator_classes
    if not any(c.__name__ == LibraryCacheLocator.__name__ for c in classes):
        classes.insert(0, LibraryCacheLocator)


install()
