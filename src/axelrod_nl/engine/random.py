"""Counter-based random streams for the engine.

Every random draw in axelrod-nl comes from a SplitMix64 stream (Steele, Lea and
Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014) whose
state is a one-element ``uint64`` array. A stream's seed is derived by hashing
the tournament seed together with the identity of the draw (players, repetition,
role), so a match's randomness does not depend on which worker plays it or in
what order: the same seed gives bit-identical results on any number of workers.

These functions are jitted; they can also be called from plain Python with
numpy arrays, which is how the plain-Python path stays bit-identical.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_TO_UNIT = 1.0 / 9007199254740992.0  # 2**-53

# Roles of the streams of one match, mixed into their seeds.
ROLE_RULE_A = 0
ROLE_RULE_B = 1
ROLE_NOISE_A = 2
ROLE_NOISE_B = 3
ROLE_LENGTH = 4
ROLE_SIMULATION = 5


@njit(cache=True)
def mix64(z: np.uint64) -> np.uint64:
    """SplitMix64's finaliser: a bijective avalanche hash of a 64-bit word."""
    z = np.uint64(z)
    z = (z ^ (z >> np.uint64(30))) * _MIX1
    z = (z ^ (z >> np.uint64(27))) * _MIX2
    return z ^ (z >> np.uint64(31))


@njit(cache=True)
def stream_seed(seed: int, a: int, b: int, c: int, role: int) -> np.uint64:
    """Seed of the stream identified by ``(seed, a, b, c, role)``.

    Each integer is absorbed through :func:`mix64`, so nearby identities give
    unrelated streams.
    """
    return role_seed(stream_prefix(seed, a, b, c), role)


@njit(cache=True)
def stream_prefix(seed: int, a: int, b: int, c: int) -> np.uint64:
    """What the streams ``(seed, a, b, c, role)`` share: one hash for all the roles of a match."""
    h = mix64(np.uint64(seed) + _GOLDEN)
    h = mix64(h ^ (np.uint64(a) + _GOLDEN))
    h = mix64(h ^ (np.uint64(b) + _GOLDEN))
    return mix64(h ^ (np.uint64(c) + _GOLDEN))


@njit(cache=True)
def role_seed(prefix: np.uint64, role: int) -> np.uint64:
    """``stream_seed(seed, a, b, c, role)`` from ``stream_prefix(seed, a, b, c)``."""
    return mix64(prefix ^ (np.uint64(role) + _GOLDEN))


@njit(cache=True)
def next_uint64(rng: np.ndarray) -> np.uint64:
    """Advance the stream held in ``rng[0]`` and return its next 64-bit output."""
    rng[0] += _GOLDEN
    return mix64(rng[0])


@njit(cache=True)
def uniform(rng: np.ndarray) -> float:
    """A float drawn uniformly from [0, 1) with 53 random bits."""
    return (next_uint64(rng) >> np.uint64(11)) * _TO_UNIT


@njit(cache=True)
def random_choice(rng: np.ndarray, p_cooperate: float) -> int:
    """Cooperate (0) with probability ``p_cooperate``, else defect (1).

    Draws from the stream only when the outcome is uncertain, so a rule with
    probability 0 or 1 behaves, and consumes its stream, like a deterministic one.
    """
    if p_cooperate >= 1.0:
        return 0
    if p_cooperate <= 0.0:
        return 1
    return 0 if uniform(rng) < p_cooperate else 1


@njit(cache=True)
def geometric_length(rng: np.ndarray, continuation: float) -> int:
    """Length of a game that continues after each move with probability ``continuation``.

    ``P(length = k) = continuation**(k - 1) * (1 - continuation)`` for k >= 1.
    """
    if continuation <= 0.0:
        return 1
    u = 1.0 - uniform(rng)  # in (0, 1]
    return 1 + int(np.floor(np.log(u) / np.log(continuation)))


def new_stream(seed: int, a: int = 0, b: int = 0, c: int = 0, role: int = ROLE_SIMULATION) -> np.ndarray:
    """A fresh stream array for use outside the match engine (simulations, analysis)."""
    return np.array([stream_seed(seed, a, b, c, role)], dtype=np.uint64)


@njit(cache=True)
def geometric_lengths(seed: int, a: np.ndarray, b: np.ndarray, repetition: np.ndarray,
                      continuation: float) -> np.ndarray:
    """One geometric game length per ``(a, b, repetition)``, each from its own stream."""
    lengths = np.empty(a.shape[0], dtype=np.int64)
    rng = np.empty(1, dtype=np.uint64)
    for k in range(a.shape[0]):
        rng[0] = stream_seed(seed, a[k], b[k], repetition[k], ROLE_LENGTH)
        lengths[k] = geometric_length(rng, continuation)
    return lengths
