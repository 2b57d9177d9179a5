"""Benchmarks warm numba's caches first, so the figures measure play, not compilation."""
