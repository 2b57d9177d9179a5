"""The numba match engine: calling convention, random streams, kernels and runner."""

from . import cache  # noqa: F401  (routes this package's numba caches before anything compiles)

# The numba releases the test suite has passed on, as [low, high); pyproject.toml pins the same range,
# and tests/test_protocol.py fails loudly outside it, since the function-pointer bridge
# (function_pointer.py) and the cache locator (cache.py) use numba internals.
NUMBA_TESTED = ((0, 68), (0, 69))
