"""The strategy catalogue: one module per family of rules.

Every module of this package is a family; ``CATALOGUE`` maps each public
class name to its class (names starting with ``_`` are shared machinery, not
entries). A new family module is found without registering it anywhere.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..strategy import Strategy


def _collect() -> dict[str, type[Strategy]]:
    catalogue: dict[str, type[Strategy]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Strategy) and not value.__name__.startswith("_")
                    and value.__module__ == module.__name__ and hasattr(value, "decide")):
                catalogue[value.__name__] = value
    return catalogue


CATALOGUE: dict[str, type[Strategy]] = _collect()

globals().update(CATALOGUE)
__all__ = ["CATALOGUE", *CATALOGUE]
