"""Checks shared by the API, the spec loader and the CLI, each raising a clear error."""

from __future__ import annotations

import numbers
from typing import Optional

import numpy as np


def _whole_number(name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {value!r}")
    return int(value)


def _positive(name: str, value) -> int:
    value = _whole_number(name, value)
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def _probability_below_one(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number in [0, 1), got {value!r}")
    if not 0.0 <= float(value) < 1.0:
        raise ValueError(f"{name} must be in [0, 1), got {value}")
    return float(value)


def check_turns(turns) -> int:
    return _positive("turns", turns)


def check_repetitions(repetitions) -> int:
    return _positive("repetitions", repetitions)


def check_noise(noise) -> float:
    return _probability_below_one("noise", noise)


def check_continuation(continuation) -> float:
    return _probability_below_one("continuation probability w", continuation)


def check_seed(seed) -> int:
    seed = _whole_number("seed", seed)
    if not 0 <= seed < 2**63:
        raise ValueError(f"seed must be between 0 and 2**63 - 1, got {seed}")
    return int(seed)


def check_length_mode(turns: Optional[int], continuation: Optional[float]) -> tuple[Optional[int], Optional[float]]:
    """Exactly one of a fixed number of turns or a continuation probability."""
    if (turns is None) == (continuation is None):
        raise ValueError("give either turns (a fixed length) or continuation (w, a probabilistic end), not both or neither")
    if turns is not None:
        return check_turns(turns), None
    return None, check_continuation(continuation)


def check_workers(workers) -> Optional[int]:
    if workers is None:
        return None
    try:
        return _positive("workers", workers)
    except TypeError as error:  # a bad worker count has always been a ValueError here
        raise ValueError(str(error)) from None


def as_int64(values) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)
