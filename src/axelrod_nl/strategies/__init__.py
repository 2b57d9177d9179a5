"""The strategy catalogue: one module per family of rules.

Every module of this package is a family; ``CATALOGUE`` maps each class name
to its class. A new family module is found without registering it anywhere.
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
            if (isinstance(value, type) and issubclass(value, Strategy)
                    and value.__module__ == module.__name__ and "decide" in vars(value)):
                catalogue[value.__name__] = value
    return catalogue


CATALOGUE: dict[str, type[Strategy]] = _collect()

globals().update(CATALOGUE)
__all__ = ["CATALOGUE", *CATALOGUE]
