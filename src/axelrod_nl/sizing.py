"""What a run will need, estimated before anything is allocated, and refused if it cannot fit.

A run that cannot fit in memory ends with one line that gives the estimate and
what to change, instead of a ``MemoryError`` traceback after minutes of play;
payoffs for which the scores would overflow are refused the same way.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Optional

from .engine.protocol import CONTEXT_SIZE, N_ERROR, N_STATS

# A geometric length rarely exceeds this many times its mean among the matches of a run
# (P(length > 40 / (1 - w)) = w ** (40 / (1 - w)) ~ exp(-40)).
_LONGEST_OVER_MEAN = 40.0
_BYTES_PER_ITEM = 8 * 4 + 8 * N_STATS + 8 * N_ERROR + 2  # the work item, its statistics, error and draw records
_LARGEST_FINITE = 1e300


def available_memory() -> Optional[int]:
    """Bytes of memory the system can give now (``MemAvailable``), or None where unknown."""
    try:
        with open("/proc/meminfo") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _size(n: float) -> str:
    for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n / 1e3:.0f} kB"


@dataclass(frozen=True)
class RunSize:
    """The memory a tournament needs, by part, in bytes."""

    per_player: float   # the per-(player, repetition) scores, moves and wins
    matches: float      # the per-match statistics, when kept
    histories: float    # the moves, when kept
    working: float      # one block of repetitions in play, and each thread's match workspace

    @property
    def total(self) -> float:
        return self.per_player + self.matches + self.histories + self.working

    def largest_part(self) -> str:
        parts = {"the kept matches (keep_matches)": self.matches, "the kept histories (keep_histories)": self.histories,
                 "the per-player scores (repetitions)": self.per_player, "the moves of the longest matches": self.working}
        return max(parts, key=parts.get)


def longest_match(turns: Optional[int], continuation: Optional[float]) -> float:
    """The longest match to plan for: the fixed length, or a generous bound on a geometric one."""
    if turns is not None:
        return float(turns)
    return _LONGEST_OVER_MEAN / (1.0 - continuation)


def estimate(players: int, pairs: int, repetitions: int, turns: Optional[int], continuation: Optional[float],
             keep_matches: bool, keep_histories: bool, threads: int, block_matches: int) -> RunSize:
    """The memory a tournament with these settings needs (see :class:`RunSize`)."""
    longest = longest_match(turns, continuation)
    mean = float(turns) if turns is not None else 1.0 / (1.0 - continuation)
    matches = pairs * repetitions
    block = min(matches, block_matches)
    workspace = 8 * (2 * CONTEXT_SIZE + 4) + 4 * longest
    return RunSize(
        per_player=3 * 8 * players * repetitions,
        matches=8 * N_STATS * matches if (keep_matches or keep_histories) else 0.0,
        histories=2 * matches * (longest if turns is not None else max(mean, longest / 4)) if keep_histories else 0.0,
        working=block * _BYTES_PER_ITEM + threads * workspace + (2 * block * longest if keep_histories else 0.0),
    )


_ALWAYS_FITS = 256e6  # below this the check is skipped: reading the system's memory costs more than a match


def check_fits(size: RunSize, what: str = "this run") -> None:
    """Refuse a run that needs more memory than the machine has available now."""
    if size.total < _ALWAYS_FITS:
        return
    free = available_memory()
    if free is not None and size.total > free:
        raise ValueError(
            f"{what} needs about {_size(size.total)} of memory, mostly for {size.largest_part()}, and "
            f"{_size(free)} is available: play fewer repetitions or shorter matches, or keep less"
        )


def check_scores_finite(payoffs, longest: float, repetitions: int) -> None:
    """Refuse payoffs for which a score, or a sum of scores over the repetitions, would overflow."""
    largest = max(abs(float(p)) for p in payoffs)
    if largest == 0:
        return
    if math.log10(largest) + math.log10(max(1.0, longest)) + math.log10(max(1, repetitions)) + 1 > math.log10(
            _LARGEST_FINITE):
        raise ValueError(
            f"payoffs up to {largest:g} over matches of up to {longest:g} moves and {repetitions} repetitions "
            "would overflow the scores; scale the payoffs down"
        )
