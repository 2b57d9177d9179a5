"""Axelrod's ecological tournament: discrete replicator dynamics on a payoff matrix.

Axelrod (1980b) asked what would happen if each rule of his second tournament
came back in the next round in proportion to its success in the previous one,
and repeated this over many "generations" (also Axelrod & Hamilton 1981;
Axelrod 1984, ch. 2). With shares ``x`` and the pairwise payoff matrix ``A``
(``A[i, j]`` = mean score of rule ``i`` per game against rule ``j``, itself
included), each generation is

    fitness_i = sum_j x_j * A[i, j]
    x_i'      = x_i * fitness_i / sum_k x_k * fitness_k

This is deterministic: the matrix holds the tournament's mean scores. (The
Axelrod-Python library's ``Ecosystem`` instead redraws each payoff from a
normal distribution at every step by default, so its runs differ.)

References
----------
Axelrod, R. (1980b). More effective choice in the Prisoner's Dilemma. Journal
of Conflict Resolution 24(3), 379-403.
Axelrod, R. & Hamilton, W. D. (1981). The evolution of cooperation. Science
211, 1390-1396.
"""

from __future__ import annotations

from typing import Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..results import TournamentResults


def replicator_step(shares: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """One generation of the discrete replicator dynamics.

    Parameters
    ----------
    shares : population shares, non-negative, summing to 1.
    matrix : payoffs, ``matrix[i, j]`` to type ``i`` against type ``j``.

    Returns
    -------
    numpy.ndarray
        The next generation's shares.

    Raises
    ------
    ValueError
        If the mean fitness is zero (every surviving type earns nothing), so
        the next generation is undefined.
    """
    fitness = matrix @ shares
    weighted = shares * fitness
    mean_fitness = weighted.sum()
    if not mean_fitness > 0:
        raise ValueError("the mean fitness of the population is zero; shares cannot be renormalised")
    return weighted / mean_fitness


def replicator_trajectory(matrix: np.ndarray, shares: np.ndarray, generations: int) -> np.ndarray:
    """Shares at generations ``0 .. generations``, shape ``(generations + 1, types)``."""
    trajectory = np.empty((generations + 1, shares.size))
    trajectory[0] = shares
    for generation in range(generations):
        trajectory[generation + 1] = replicator_step(trajectory[generation], matrix)
    return trajectory


def payoff_source(source, names: Optional[Sequence[str]], what: str):
    """The payoff matrix and names of tournament results, or the matrix and names as given."""
    if not isinstance(source, TournamentResults):
        return source, names
    if not source.self_play:
        raise ValueError(f"{what} needs each rule's score against its own kind; "
                         "play the tournament with self_play=True (self_play = true in a spec)")
    if names is not None and list(names) != source.names:
        raise ValueError("names are taken from the tournament results; do not pass them")
    return source.payoff_array, source.names


def check_payoff_matrix(matrix, names: Optional[Sequence[str]] = None,
                        allow_negative: bool = False) -> tuple[np.ndarray, list[str]]:
    """Validate a square matrix of finite payoffs with self-play on the diagonal.

    Payoffs must also be non-negative unless ``allow_negative``: replicator
    dynamics uses them directly as fitness. Returns the matrix as float64 and
    the type names (``"0"``, ``"1"``, ... if none are given).
    """
    array = np.asarray(matrix, dtype=np.float64)
    if array.ndim != 2 or array.shape[0] != array.shape[1] or array.shape[0] == 0:
        raise ValueError(f"the payoff matrix must be square and non-empty, got shape {array.shape}")
    n = array.shape[0]
    if np.isnan(np.diag(array)).any():
        raise ValueError("the payoff matrix has no self-play payoffs (NaN on the diagonal); every type "
                         "also meets its own kind, so play the tournament with self_play=True")
    if not np.isfinite(array).all():
        raise ValueError("the payoff matrix must hold finite numbers only")
    if not allow_negative and (array < 0).any():
        i, j = np.argwhere(array < 0)[0]
        raise ValueError(f"payoffs must be non-negative to serve as fitness, got {array[i, j]:g} at "
                         f"row {i}, column {j}; use payoffs R, S, T, P >= 0")
    if names is None:
        names = [str(k) for k in range(n)]
    names = [str(name) for name in names]
    if len(names) != n:
        raise ValueError(f"got {len(names)} names for a {n} x {n} payoff matrix")
    if len(set(names)) != n:
        raise ValueError("type names must be distinct")
    return array, names


def check_shares(population, n: int, names: Sequence[str]) -> np.ndarray:
    """Starting shares from a sequence or a name-to-amount mapping, normalised to sum to 1.

    Amounts may be counts or fractions; types missing from a mapping start at 0.
    """
    if isinstance(population, dict):
        unknown = set(population) - set(names)
        if unknown:
            raise ValueError(f"unknown types in population: {', '.join(sorted(map(str, unknown)))}")
        population = [population.get(name, 0.0) for name in names]
    try:
        shares = np.asarray(population, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(f"population must be a list of numbers or a mapping of names to numbers, "
                        f"got {population!r}") from None
    if shares.shape != (n,):
        raise ValueError(f"population needs one amount per type ({n}), got shape {shares.shape}")
    if not np.isfinite(shares).all() or (shares < 0).any():
        raise ValueError("population amounts must be finite and non-negative")
    total = shares.sum()
    if not total > 0:
        raise ValueError("population amounts must not all be zero")
    return shares / total


class Ecosystem:
    """Replicator dynamics on a tournament's pairwise payoffs (Axelrod's ecological analysis).

    Parameters
    ----------
    source : :class:`~axelrod_nl.results.TournamentResults` (its
        ``payoff_array``, which needs self-play) or a square payoff matrix.
    names : type names for a matrix (default ``"0"``, ``"1"``, ...); a
        tournament's player names are used for its results.
    population : starting amounts per type, as a sequence or a mapping of
        names to amounts (counts or shares; normalised). Default: equal shares.

    Examples
    --------
    >>> import axelrod_nl as axn
    >>> from axelrod_nl.analysis import Ecosystem
    >>> results = axn.Tournament([axn.TitForTat(), axn.Defector(), axn.Cooperator()],
    ...                          turns=200, repetitions=1).play()
    >>> shares = Ecosystem(results).run(100)
    >>> shares.iloc[-1].idxmax()
    'Tit For Tat'
    """

    def __init__(self, source: Union[TournamentResults, np.ndarray, Sequence[Sequence[float]]],
                 names: Optional[Sequence[str]] = None,
                 population: Optional[Union[Sequence[float], dict]] = None) -> None:
        source, names = payoff_source(source, names, "the ecological analysis")
        self.matrix, self.names = check_payoff_matrix(source, names)
        n = len(self.names)
        self.population = check_shares(np.ones(n) if population is None else population, n, self.names)

    def fitness(self, shares: Optional[np.ndarray] = None) -> np.ndarray:
        """Each type's expected score per game in a population with these shares (default: the start)."""
        return self.matrix @ (self.population if shares is None else shares)

    def run(self, generations: int) -> pd.DataFrame:
        """Shares of every type over ``generations`` generations.

        Returns
        -------
        pandas.DataFrame
            ``generations + 1`` rows (index ``generation``, 0 = the starting
            population) and one column per type; each row sums to 1.
        """
        if isinstance(generations, bool) or not isinstance(generations, (int, np.integer)) or generations < 0:
            raise ValueError(f"generations must be a whole number >= 0, got {generations!r}")
        trajectory = replicator_trajectory(self.matrix, self.population, int(generations))
        return pd.DataFrame(trajectory, columns=self.names,
                            index=pd.RangeIndex(trajectory.shape[0], name="generation"))

    def __repr__(self) -> str:
        return f"<Ecosystem of {len(self.names)} types>"
