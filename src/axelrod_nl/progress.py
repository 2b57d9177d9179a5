"""A minimal progress bar on standard error that appears only for runs that take a while."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    """Report progress of ``total`` units; silent unless enabled and slower than ``delay`` seconds."""

    def __init__(self, total: int, label: str = "", enabled: bool = True, delay: float = 0.5,
                 stream=None) -> None:
        self.total = max(int(total), 1)
        self.label = label
        self.enabled = enabled
        self.delay = delay
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._start = time.perf_counter()
        self._last_draw = 0.0
        self._shown = False

    def update(self, units: int) -> None:
        self.done += units
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self._start
        if elapsed < self.delay and self.done < self.total:
            return
        if elapsed < self.delay and not self._shown:
            return
        if self.done < self.total and elapsed - self._last_draw < 0.1:
            return  # redraw at most ten times a second
        self._last_draw = elapsed
        self._shown = True
        fraction = min(self.done / self.total, 1.0)
        width = 30
        filled = int(round(width * fraction))
        eta = elapsed / fraction - elapsed if fraction > 0 else float("nan")
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {fraction:6.1%}"
            f"  {elapsed:5.1f}s elapsed, {eta:5.1f}s left"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\n")
            self.stream.flush()
