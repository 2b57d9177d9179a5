"""Checks shared by the API, the declared parameters, the spec loader and the CLI.

One rule for the two errors: a value of the wrong kind (a string for a number,
a float for a count, a number for a flag) is a TypeError; a value of the right
kind outside its range is a ValueError. Each message starts with the name of
what was checked.
"""

from __future__ import annotations

import math
import numbers
from typing import Optional

import numpy as np


def check_whole(name: str, value, minimum: Optional[int] = None, maximum: Optional[int] = None) -> int:
    """A whole number (not a bool) within ``[minimum, maximum]``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {value!r}")
    value = int(value)
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value}")
    return value


def check_real(name: str, value, minimum: Optional[float] = None, maximum: Optional[float] = None,
               above: bool = False, below: bool = False) -> float:
    """A finite real number (not a bool) within its bounds; ``above``/``below`` make them strict."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}")
    if minimum is not None and (value < minimum or (above and value == minimum)):
        raise ValueError(f"{name} must be {'above' if above else 'at least'} {minimum:g}, got {value:g}")
    if maximum is not None and (value > maximum or (below and value == maximum)):
        raise ValueError(f"{name} must be {'below' if below else 'at most'} {maximum:g}, got {value:g}")
    return value


def check_probability(name: str, value) -> float:
    """A probability in [0, 1]."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number between 0 and 1, got {value!r}")
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value:g}")
    return value


def check_flag(name: str, value) -> bool:
    """True or False, and nothing that merely converts to them."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def check_text(name: str, value) -> str:
    """A non-empty string that prints on one line (a display name, a label)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {value!r}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty or only spaces, got {value!r}")
    if not value.isprintable():
        raise ValueError(f"{name} must print on one line (no tabs, line breaks or control characters), got {value!r}")
    return value


def check_positive(name: str, value) -> int:
    """A whole number of at least one."""
    value = check_whole(name, value)
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def _probability_below_one(name: str, value) -> float:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number in [0, 1), got {value!r}")
    if not 0.0 <= float(value) < 1.0:
        raise ValueError(f"{name} must be in [0, 1), got {value}")
    return float(value)


def check_turns(turns) -> int:
    return check_positive("turns", turns)


def check_repetitions(repetitions) -> int:
    return check_positive("repetitions", repetitions)


def check_noise(noise) -> float:
    return _probability_below_one("noise", noise)


def check_continuation(continuation) -> float:
    return _probability_below_one("continuation probability w", continuation)


def check_seed(seed) -> int:
    return check_whole("seed", seed, minimum=0, maximum=2**63 - 1)


def check_length_mode(turns: Optional[int], continuation: Optional[float]) -> tuple[Optional[int], Optional[float]]:
    """Exactly one of a fixed number of turns or a continuation probability."""
    if (turns is None) == (continuation is None):
        raise ValueError("give either turns (a fixed length) or continuation (w, a probabilistic end), not both or neither")
    if turns is not None:
        return check_turns(turns), None
    return None, check_continuation(continuation)


def check_game_lengths(lengths) -> tuple[int, ...]:
    """A non-empty sequence of match lengths, one per repetition (cycled), as in the 1980 second tournament."""
    if isinstance(lengths, (str, bytes)) or not hasattr(lengths, "__iter__"):
        raise TypeError(f"lengths must be a list of whole numbers of moves, got {lengths!r}")
    checked = tuple(check_positive(f"lengths[{k}]", value) for k, value in enumerate(lengths))
    if not checked:
        raise ValueError("lengths must hold at least one match length")
    return checked


def check_workers(workers) -> Optional[int]:
    if workers is None:
        return None
    return check_positive("workers", workers)


def as_int64(values) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)
