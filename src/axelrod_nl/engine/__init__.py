"""The numba match engine: calling convention, random streams, kernels and runner."""
