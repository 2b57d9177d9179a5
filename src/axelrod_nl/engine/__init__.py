"""The numba match engine: calling convention, random streams, kernels and runner."""

from . import cache  # noqa: F401  (routes this package's numba caches before anything compiles)
