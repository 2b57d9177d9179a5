"""Checks shared by the API, the spec loader and the CLI, each raising a clear error."""

from __future__ import annotations

import numbers
from typing import Optional

import numpy as np


def check_turns(turns) -> int:
    if isinstance(turns, bool) or not isinstance(turns, numbers.Integral):
        raise TypeError(f"turns must be a whole number, got {turns!r}")
    if turns <= 0:
        raise ValueError(f"turns must be positive, got {turns}")
    return int(turns)


def check_repetitions(repetitions) -> int:
    if isinstance(repetitions, bool) or not isinstance(repetitions, numbers.Integral):
        raise TypeError(f"repetitions must be a whole number, got {repetitions!r}")
    if repetitions <= 0:
        raise ValueError(f"repetitions must be positive, got {repetitions}")
    return int(repetitions)


def check_noise(noise) -> float:
    if isinstance(noise, bool) or not isinstance(noise, numbers.Real):
        raise TypeError(f"noise must be a number in [0, 1), got {noise!r}")
    if not 0.0 <= float(noise) < 1.0:
        raise ValueError(f"noise must be in [0, 1), got {noise}")
    return float(noise)


def check_continuation(continuation) -> float:
    if isinstance(continuation, bool) or not isinstance(continuation, numbers.Real):
        raise TypeError(f"continuation probability w must be a number in [0, 1), got {continuation!r}")
    if not 0.0 <= float(continuation) < 1.0:
        raise ValueError(f"continuation probability w must be in [0, 1), got {continuation}")
    return float(continuation)


def check_seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise TypeError(f"seed must be a whole number, got {seed!r}")
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
    if isinstance(workers, bool) or not isinstance(workers, numbers.Integral) or workers <= 0:
        raise ValueError(f"workers must be a positive whole number, got {workers!r}")
    return int(workers)


def as_int64(values) -> np.ndarray:
    return np.ascontiguousarray(values, dtype=np.int64)
