"""The two actions of the prisoner's dilemma and conversions between their forms.

Inside the engine an action is a small integer, ``C = 0`` and ``D = 1``, the
convention of Axelrod's Fortran tournament programs. Users see the letters.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

C: int = 0
D: int = 1

_LETTERS = "CD"


def to_letter(action: int) -> str:
    """Return ``"C"`` or ``"D"`` for an engine action."""
    return _LETTERS[int(action)]


def to_string(actions: Iterable[int]) -> str:
    """Render a sequence of engine actions as a string such as ``"CCDC"``."""
    return "".join(_LETTERS[int(a)] for a in actions)


def from_string(moves: str) -> np.ndarray:
    """Parse a string of ``C`` and ``D`` letters into an int8 action array.

    Raises
    ------
    ValueError
        If the string holds any other character.
    """
    bad = sorted(set(moves.upper()) - set(_LETTERS))
    if bad:
        raise ValueError(f"moves must be made of C and D only, got {''.join(bad)!r} in {moves!r}")
    return np.array([_LETTERS.index(m) for m in moves.upper()], dtype=np.int8)


def as_action(value: object) -> int:
    """Convert what a plain-Python rule returned into an engine action.

    Accepts ``0``/``1`` (including numpy integers and :data:`C`/:data:`D`) and the
    letters ``"C"``/``"D"``. Anything else raises ``ValueError``.
    """
    if isinstance(value, str):
        if value.upper() in ("C", "D"):
            return _LETTERS.index(value.upper())
    elif isinstance(value, (int, np.integer)) and not isinstance(value, bool) and value in (0, 1):
        return int(value)
    raise ValueError(f"a rule must return C (0) or D (1), got {value!r}")
