"""The Moran process: natural selection among strategies in a finite population.

A population of ``N`` individuals, each playing one of ``k`` strategies
(types), changes one individual at a time (Moran 1958):

- *birth-death*: an individual is chosen to reproduce with probability
  proportional to its fitness, and its offspring replaces an individual
  chosen uniformly at random from the whole population (possibly the parent);
- *death-birth*: an individual chosen uniformly at random dies, and the
  survivors compete for the empty place in proportion to their fitness.

An offspring keeps its parent's type, or with probability ``mutation_rate``
takes one of the other types, chosen uniformly. Without mutation the process
ends when one type has *fixed* (taken over the whole population).

Fitness comes from match payoffs. With ``A[i, j]`` the mean score per match
of type ``i`` against type ``j`` (a tournament's ``payoff_array``, so no match
is replayed during the process), an individual of type ``i`` earns the mean
of its scores against every other member of the population::

    pi_i = (sum_j n_j A[i, j] - A[i, i]) / (N - 1)      (no self-interaction)
    pi_i =  sum_j n_j A[i, j] / N                       (self-interaction)

Its fitness is ``1 - w + w * pi_i`` ("linear", Nowak et al. 2004) or
``exp(w * pi_i)`` ("exponential"), ``w`` being the intensity of selection:
``w = 0`` is neutral drift and ``w = 1`` with linear fitness makes fitness
equal to payoff.

Every random draw comes from a seeded SplitMix64 stream; run ``r`` of a batch
uses the stream ``(seed, r)``, so results do not depend on the number of
threads, and :meth:`MoranProcess.run` is the batch's run 0.

References
----------
Moran, P. A. P. (1958). Random processes in genetics. Mathematical
Proceedings of the Cambridge Philosophical Society 54(1), 60-71.
Nowak, M. A., Sasaki, A., Taylor, C. & Fudenberg, D. (2004). Emergence of
cooperation and evolutionary stability in finite populations. Nature 428,
646-650.
Taylor, C., Fudenberg, D., Sasaki, A. & Nowak, M. A. (2004). Evolutionary
game dynamics in finite populations. Bulletin of Mathematical Biology 66,
1621-1644.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import Optional, Sequence, Union

import numpy as np
import pandas as pd
from numba import njit, prange

from ..engine.random import ROLE_SIMULATION, new_stream, stream_seed, uniform
from ..results import TournamentResults
from ..validation import check_seed
from .ecology import check_payoff_matrix, payoff_source

PROCESSES = ("birth-death", "death-birth")
FITNESS_MAPS = ("linear", "exponential")
_BIRTH_DEATH, _DEATH_BIRTH = 0, 1
_LINEAR, _EXPONENTIAL = 0, 1
_UNBOUNDED = -1  # max_steps meaning "until fixation"
_NOT_FIXED = -1


# ---- kernels -------------------------------------------------------------------------------

@njit(cache=True)
def payoffs_in_population(matrix: np.ndarray, counts: np.ndarray, self_interaction: bool) -> np.ndarray:
    """Mean payoff of an individual of each type against the rest of the population.

    Only meaningful for types present in the population; absent types get a
    number that is never used, since their reproductive weight is zero.
    """
    size = counts.sum()
    k = counts.shape[0]
    payoff = np.empty(k)
    for i in range(k):
        total = 0.0
        for j in range(k):
            total += matrix[i, j] * counts[j]
        if self_interaction:
            payoff[i] = total / size
        else:
            payoff[i] = (total - matrix[i, i]) / (size - 1)
    return payoff


@njit(cache=True)
def fitness_of(payoff: np.ndarray, counts: np.ndarray, intensity: float, fitness_map: int) -> np.ndarray:
    """Fitness from payoff: ``1 - w + w * payoff`` or ``exp(w * payoff)``; 0 for absent types.

    Exponential fitness is computed relative to the best present type, which
    leaves every choice probability unchanged and cannot overflow with
    payoffs in the hundreds.
    """
    best = -np.inf
    for i in range(payoff.shape[0]):
        if counts[i] > 0 and payoff[i] > best:
            best = payoff[i]
    fitness = np.zeros(payoff.shape[0])
    for i in range(payoff.shape[0]):
        if counts[i] > 0:
            if fitness_map == _LINEAR:
                fitness[i] = 1.0 - intensity + intensity * payoff[i]
            else:
                fitness[i] = np.exp(intensity * (payoff[i] - best))
    return fitness


@njit(cache=True)
def weighted_choice(weights: np.ndarray, rng: np.ndarray) -> int:
    """An index drawn with probability proportional to ``weights`` (non-negative, not all zero)."""
    total = weights.sum()
    target = uniform(rng) * total
    last = -1
    for i in range(weights.shape[0]):
        if weights[i] > 0.0:
            last = i
            target -= weights[i]
            if target < 0.0:
                return i
    return last  # rounding left a sliver past the end: the last positive weight


@njit(cache=True)
def offspring_type(parent: int, k: int, mutation_rate: float, rng: np.ndarray) -> int:
    """The parent's type, or with probability ``mutation_rate`` one of the other types."""
    if mutation_rate > 0.0 and k > 1 and uniform(rng) < mutation_rate:
        other = int(uniform(rng) * (k - 1))
        return other if other < parent else other + 1
    return parent


@njit(cache=True)
def _reproduction_weights(present: np.ndarray, fitness: np.ndarray) -> np.ndarray:
    """Each type's chance to reproduce: its count times its fitness.

    If every candidate has zero fitness (linear fitness at full intensity
    when all earn nothing), reproduction is neutral rather than undefined.
    """
    weights = present * fitness
    return weights if weights.sum() > 0.0 else present


@njit(cache=True)
def moran_step(matrix: np.ndarray, counts: np.ndarray, rng: np.ndarray, process: int, mutation_rate: float,
               intensity: float, fitness_map: int, self_interaction: bool) -> None:
    """One birth and one death; updates ``counts`` in place."""
    k = counts.shape[0]
    fitness = fitness_of(payoffs_in_population(matrix, counts, self_interaction), counts, intensity, fitness_map)
    present = counts.astype(np.float64)
    if process == _BIRTH_DEATH:
        parent = weighted_choice(_reproduction_weights(present, fitness), rng)
        dead = weighted_choice(present, rng)
    else:
        dead = weighted_choice(present, rng)
        present[dead] -= 1.0
        parent = weighted_choice(_reproduction_weights(present, fitness), rng)
    counts[dead] -= 1
    counts[offspring_type(parent, k, mutation_rate, rng)] += 1


@njit(cache=True)
def fixed_type(counts: np.ndarray) -> int:
    """The type that makes up the whole population, or -1."""
    size = counts.sum()
    for i in range(counts.shape[0]):
        if counts[i] == size:
            return i
    return _NOT_FIXED


@njit(cache=True)
def moran_trajectory(matrix, initial, rng, max_steps, record_every, process, mutation_rate, intensity,
                     fitness_map, self_interaction):
    """Run one process, recording the counts every ``record_every`` steps and at the end.

    Stops at fixation when ``mutation_rate`` is 0, else after ``max_steps``
    (``-1``: no limit, only allowed without mutation).

    Returns
    -------
    (steps, history, fixed, fixation_step)
        Recorded step numbers (m,), counts (m, k), the fixed type (-1 if none)
        and the step at which it fixed (-1 if none).
    """
    counts = initial.copy()
    capacity = 1024
    steps = np.empty(capacity, dtype=np.int64)
    history = np.empty((capacity, counts.shape[0]), dtype=np.int64)
    steps[0] = 0
    history[0] = counts
    recorded = 1
    step = 0
    fixed = fixed_type(counts) if mutation_rate == 0.0 else _NOT_FIXED
    while fixed == _NOT_FIXED and (max_steps == _UNBOUNDED or step < max_steps):
        moran_step(matrix, counts, rng, process, mutation_rate, intensity, fitness_map, self_interaction)
        step += 1
        if mutation_rate == 0.0:
            fixed = fixed_type(counts)
        finished = fixed != _NOT_FIXED or step == max_steps
        if step % record_every == 0 or finished:
            if recorded == capacity:
                capacity *= 2
                grown_steps = np.empty(capacity, dtype=np.int64)
                grown_history = np.empty((capacity, counts.shape[0]), dtype=np.int64)
                grown_steps[:recorded] = steps
                grown_history[:recorded] = history
                steps, history = grown_steps, grown_history
            steps[recorded] = step
            history[recorded] = counts
            recorded += 1
    return steps[:recorded], history[:recorded], fixed, step if fixed != _NOT_FIXED else _NOT_FIXED


@njit(cache=True)
def run_to_fixation(matrix, counts, rng, max_steps, process, intensity, fitness_map, self_interaction):
    """Run a process without mutation until one type fixes or ``max_steps`` pass; returns (type, step)."""
    step = 0
    fixed = fixed_type(counts)
    while fixed == _NOT_FIXED and (max_steps == _UNBOUNDED or step < max_steps):
        moran_step(matrix, counts, rng, process, 0.0, intensity, fitness_map, self_interaction)
        step += 1
        fixed = fixed_type(counts)
    return fixed, step


@njit(cache=True, parallel=True)
def fixation_runs(matrix, initial, runs, seed, max_steps, process, intensity, fitness_map, self_interaction):
    """Independent runs to fixation, each on its own stream ``(seed, run)``, in parallel threads.

    Returns the fixed type (-1 if ``max_steps`` passed first) and the number
    of steps of every run.
    """
    fixed = np.empty(runs, dtype=np.int64)
    steps = np.empty(runs, dtype=np.int64)
    for r in prange(runs):
        rng = np.empty(1, dtype=np.uint64)
        rng[0] = stream_seed(seed, r, 0, 0, ROLE_SIMULATION)
        counts = initial.copy()
        fixed[r], steps[r] = run_to_fixation(matrix, counts, rng, max_steps, process, intensity,
                                             fitness_map, self_interaction)
    return fixed, steps


# ---- exact results -----------------------------------------------------------------------------

def exact_fixation_probability(a: float, b: float, c: float, d: float, population_size: int, *,
                               mutants: int = 1, process: str = "birth-death", intensity: float = 1.0,
                               fitness: str = "linear", self_interaction: bool = False) -> float:
    """Probability that mutants of type A take over a population of type B, exactly.

    Payoffs in Nowak's notation: ``a`` = A against A, ``b`` = A against B,
    ``c`` = B against A, ``d`` = B against B. With ``i`` mutants the fitnesses
    are ``f_i`` (A) and ``g_i`` (B); for birth-death updating the ratio of the
    probabilities of losing and gaining a mutant is ``g_i / f_i`` and

        rho = 1 / (1 + sum_{k=1}^{N-1} prod_{i=1}^{k} g_i / f_i)

    (Nowak et al. 2004; Taylor et al. 2004). Any birth-death chain has the
    same form with its own ratio, which is how death-birth updating and more
    than one starting mutant are handled:
    ``rho_m = (1 + sum_{k=1}^{m-1} prod) / (1 + sum_{k=1}^{N-1} prod)``.

    With constant fitness ``r`` for A and 1 for B (``a = b = r``,
    ``c = d = 1``, linear fitness, intensity 1) and birth-death updating this
    is Moran's ``(1 - 1/r) / (1 - 1/r**N)``.
    """
    n = _check_size(population_size)
    if not 1 <= mutants <= n:
        raise ValueError(f"mutants must be between 1 and the population size {n}, got {mutants}")
    process_code = _code(process, PROCESSES, "process")
    fitness_code = _code(fitness, FITNESS_MAPS, "fitness")
    i = np.arange(1, n, dtype=np.float64)  # mutant counts at which a step can go either way
    if self_interaction:
        pi_a = (a * i + b * (n - i)) / n
        pi_b = (c * i + d * (n - i)) / n
    else:
        pi_a = (a * (i - 1) + b * (n - i)) / (n - 1)
        pi_b = (c * i + d * (n - i - 1)) / (n - 1)
    if fitness_code == _LINEAR:
        f, g = 1 - intensity + intensity * pi_a, 1 - intensity + intensity * pi_b
        if (f <= 0).any() or (g <= 0).any():
            raise ValueError("linear fitness 1 - w + w * payoff must stay positive; lower the intensity")
    else:
        top = np.maximum(pi_a, pi_b)  # only ratios matter; this keeps exp from overflowing
        f, g = np.exp(intensity * (pi_a - top)), np.exp(intensity * (pi_b - top))
    if process_code == _BIRTH_DEATH:
        ratio = g / f
    else:
        # Gain: a resident dies and a mutant wins among the survivors; loss: the reverse.
        ratio = g * (i * f + (n - i - 1) * g) / (f * ((i - 1) * f + (n - i) * g))
    # In logs, so that strong selection (products beyond the float range) still gives 0 or 1.
    log_products = np.cumsum(np.log(ratio))
    numerator = _log_sum_exp(np.concatenate([[0.0], log_products[:mutants - 1]]))
    denominator = _log_sum_exp(np.concatenate([[0.0], log_products]))
    return float(np.exp(numerator - denominator))


def _log_sum_exp(values: np.ndarray) -> float:
    top = values.max()
    return float(top + np.log(np.exp(values - top).sum())) if np.isfinite(top) else float(top)


# ---- validation --------------------------------------------------------------------------------

def _check_size(population_size) -> int:
    if isinstance(population_size, bool) or not isinstance(population_size, numbers.Integral):
        raise TypeError(f"population size must be a whole number, got {population_size!r}")
    if population_size < 2:
        raise ValueError(f"a Moran process needs a population of at least 2, got {population_size}")
    return int(population_size)


def _code(value: str, choices: Sequence[str], label: str) -> int:
    if value not in choices:
        raise ValueError(f"{label} must be one of {', '.join(choices)}, got {value!r}")
    return list(choices).index(value)


def _check_rate(value, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0.0 <= float(value) <= 1.0:
        raise ValueError(f"{label} must be a number between 0 and 1, got {value!r}")
    return float(value)


def _check_steps(max_steps, label: str = "max_steps") -> int:
    if max_steps is None:
        return _UNBOUNDED
    if isinstance(max_steps, bool) or not isinstance(max_steps, numbers.Integral) or max_steps < 0:
        raise ValueError(f"{label} must be a whole number >= 0, got {max_steps!r}")
    return int(max_steps)


def _check_counts(population, names: Sequence[str]) -> np.ndarray:
    """Whole-number counts per type from a sequence or a name-to-count mapping."""
    if isinstance(population, dict):
        unknown = set(population) - set(names)
        if unknown:
            raise ValueError(f"unknown types in population: {', '.join(sorted(map(str, unknown)))}; "
                             f"types are {', '.join(names)}")
        population = [population.get(name, 0) for name in names]
    values = list(population)
    if len(values) != len(names):
        raise ValueError(f"population needs one count per type ({len(names)}), got {len(values)}")
    for value in values:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
            raise ValueError(f"population counts must be whole numbers >= 0, got {value!r}")
    counts = np.array(values, dtype=np.int64)
    _check_size(int(counts.sum()))
    return counts


# ---- the process -------------------------------------------------------------------------------

@dataclass(frozen=True)
class MoranRun:
    """One run of a Moran process.

    Attributes
    ----------
    counts : pandas.DataFrame of population counts, one column per type,
        indexed by ``step`` (births and deaths so far; ``N`` steps make one
        generation). The last row is the final population.
    fixed : the type that took over, or None (mutation, or ``max_steps`` reached first).
    fixation_step : the step at which it did, or None.
    """

    counts: pd.DataFrame
    fixed: Optional[str]
    fixation_step: Optional[int]

    @property
    def shares(self) -> pd.DataFrame:
        """:attr:`counts` as fractions of the population."""
        return self.counts.div(self.counts.sum(axis=1), axis=0)


@dataclass(frozen=True)
class FixationEstimate:
    """Monte Carlo estimate of a fixation probability.

    Attributes
    ----------
    probability : fraction of runs in which the mutant type fixed.
    standard_error : ``sqrt(p (1 - p) / runs)``.
    runs : number of independent runs.
    mean_steps : mean number of steps to fixation (of either type).
    """

    probability: float
    standard_error: float
    runs: int
    mean_steps: float


class MoranProcess:
    """A Moran process among strategies whose payoffs come from a tournament.

    Parameters
    ----------
    source : :class:`~axelrod_nl.results.TournamentResults` (played with
        self-play, since individuals meet their own kind) or a square payoff
        matrix, ``matrix[i, j]`` the mean score of type ``i`` against ``j``.
    population : starting counts per type: a sequence, or a mapping of names
        to counts (missing types start at 0). The total is the population size.
    names : type names for a matrix (default ``"0"``, ``"1"``, ...).
    process : ``"birth-death"`` (default) or ``"death-birth"`` updating.
    mutation_rate : probability that an offspring takes another type.
    intensity : intensity of selection ``w`` (>= 0).
    fitness : ``"linear"`` (``1 - w + w * payoff``, default) or ``"exponential"``.
    self_interaction : whether an individual's payoff includes a game against
        itself (default False: it plays the ``N - 1`` others).
    seed : seed of every random draw.

    Examples
    --------
    >>> from axelrod_nl.analysis import MoranProcess
    >>> tft_vs_alld = [[600, 199], [204, 200]]  # 200-move matches
    >>> process = MoranProcess(tft_vs_alld, {"TFT": 5, "ALLD": 5}, names=["TFT", "ALLD"], seed=1)
    >>> run = process.run()
    >>> run.fixed in ("TFT", "ALLD")
    True
    """

    def __init__(self, source: Union[TournamentResults, np.ndarray, Sequence[Sequence[float]]],
                 population: Union[Sequence[int], dict], names: Optional[Sequence[str]] = None, *,
                 process: str = "birth-death", mutation_rate: float = 0.0, intensity: float = 1.0,
                 fitness: str = "linear", self_interaction: bool = False, seed: int = 0) -> None:
        source, names = payoff_source(source, names, "a Moran process")
        self.matrix, self.names = check_payoff_matrix(source, names, allow_negative=True)
        self.counts = _check_counts(population, self.names)
        self.process = process
        self._process = _code(process, PROCESSES, "process")
        self.fitness = fitness
        self._fitness = _code(fitness, FITNESS_MAPS, "fitness")
        self.mutation_rate = _check_rate(mutation_rate, "mutation_rate")
        if isinstance(intensity, bool) or not isinstance(intensity, numbers.Real) or not (
                math.isfinite(intensity) and intensity >= 0):
            raise ValueError(f"intensity of selection must be a finite number >= 0, got {intensity!r}")
        self.intensity = float(intensity)
        if self._fitness == _LINEAR and 1 - self.intensity + self.intensity * self.matrix.min() < 0:
            # A payoff is a mean of matrix entries, so the smallest entry bounds every fitness.
            raise ValueError(f"linear fitness 1 - w + w * payoff is negative for the smallest payoff "
                             f"{self.matrix.min():g} at intensity {self.intensity:g}; use non-negative "
                             "payoffs, a smaller intensity or fitness='exponential'")
        self.self_interaction = bool(self_interaction)
        self.seed = check_seed(seed)

    @property
    def population_size(self) -> int:
        return int(self.counts.sum())

    def _options(self) -> tuple:
        return self._process, self.intensity, self._fitness, self.self_interaction

    def run(self, max_steps: Optional[int] = None, record_every: int = 1) -> MoranRun:
        """Run the process once (the stream of run 0 of :meth:`fixation_probabilities`).

        Parameters
        ----------
        max_steps : stop after this many steps; required with mutation, where
            no type stays fixed. Without mutation the default runs to fixation.
        record_every : record the counts every this many steps (the first
            and last states are always recorded).
        """
        steps = _check_steps(max_steps)
        if steps == _UNBOUNDED and self.mutation_rate > 0:
            raise ValueError("with mutation no type stays fixed; give max_steps")
        if isinstance(record_every, bool) or not isinstance(record_every, numbers.Integral) or record_every < 1:
            raise ValueError(f"record_every must be a whole number >= 1, got {record_every!r}")
        rng = new_stream(self.seed, 0, 0, 0, ROLE_SIMULATION)
        process, intensity, fitness, self_interaction = self._options()
        recorded, history, fixed, fixation_step = moran_trajectory(
            self.matrix, self.counts, rng, steps, int(record_every), process, self.mutation_rate,
            intensity, fitness, self_interaction)
        counts = pd.DataFrame(history, columns=self.names, index=pd.Index(recorded, name="step"))
        if fixed == _NOT_FIXED:
            return MoranRun(counts, None, None)
        return MoranRun(counts, self.names[fixed], int(fixation_step))

    def fixation_probabilities(self, runs: int, max_steps: Optional[int] = None) -> pd.DataFrame:
        """Estimate how often each type takes over, from ``runs`` independent runs (no mutation).

        Returns
        -------
        pandas.DataFrame
            Index: type names, plus ``"(not fixed)"`` if some runs reached
            ``max_steps`` first. Columns ``fixations``, ``probability``,
            ``standard_error`` (binomial, ``sqrt(p (1 - p) / runs)``) and
            ``mean_steps`` (mean steps to fixation in the runs won by that type).
        """
        if self.mutation_rate > 0:
            raise ValueError("fixation probabilities need mutation_rate = 0: with mutation nothing stays fixed")
        if isinstance(runs, bool) or not isinstance(runs, numbers.Integral) or runs < 1:
            raise ValueError(f"runs must be a whole number >= 1, got {runs!r}")
        process, intensity, fitness, self_interaction = self._options()
        fixed, steps = fixation_runs(self.matrix, self.counts, int(runs), self.seed, _check_steps(max_steps),
                                     process, intensity, fitness, self_interaction)
        labels = list(self.names)
        outcomes = fixed.copy()
        if (fixed == _NOT_FIXED).any():
            labels.append("(not fixed)")
            outcomes[fixed == _NOT_FIXED] = len(self.names)
        wins = np.bincount(outcomes, minlength=len(labels)).astype(np.float64)
        step_sums = np.bincount(outcomes, weights=steps.astype(np.float64), minlength=len(labels))
        probability = wins / runs
        with np.errstate(invalid="ignore", divide="ignore"):
            mean_steps = np.where(wins > 0, step_sums / np.where(wins > 0, wins, 1.0), np.nan)
        return pd.DataFrame({
            "fixations": wins.astype(np.int64),
            "probability": probability,
            "standard_error": np.sqrt(probability * (1 - probability) / runs),
            "mean_steps": mean_steps,
        }, index=pd.Index(labels, name="type"))

    def __repr__(self) -> str:
        return (f"<MoranProcess {self.process}, N={self.population_size}, {len(self.names)} types, "
                f"w={self.intensity:g}, mutation={self.mutation_rate:g}>")


def estimate_fixation_probability(source: Union[TournamentResults, np.ndarray, Sequence[Sequence[float]]],
                                  mutant: Union[str, int], resident: Union[str, int], population_size: int, *,
                                  runs: int = 1000, mutants: int = 1, names: Optional[Sequence[str]] = None,
                                  max_steps: Optional[int] = None, **options) -> FixationEstimate:
    """Probability that ``mutants`` individuals of one type take over a population of another.

    The two types are picked, by name or index, from a tournament's results
    or a payoff matrix; the other types play no part. ``options`` are passed
    to :class:`MoranProcess` (``process``, ``intensity``, ``fitness``,
    ``self_interaction``, ``seed``). Compare with
    :func:`exact_fixation_probability` and with ``1 / population_size``, the
    neutral benchmark: selection favours the mutant's fixation if the
    probability exceeds it (Nowak et al. 2004).
    """
    source, names = payoff_source(source, names, "a Moran process")
    matrix, names = check_payoff_matrix(source, names, allow_negative=True)
    pick = [_type_index(t, names) for t in (mutant, resident)]
    if pick[0] == pick[1]:
        raise ValueError("mutant and resident must be different types")
    size = _check_size(population_size)
    if isinstance(mutants, bool) or not isinstance(mutants, numbers.Integral) or not 1 <= mutants < size:
        raise ValueError(f"mutants must be between 1 and population_size - 1, got {mutants!r}")
    process = MoranProcess(matrix[np.ix_(pick, pick)], [int(mutants), size - int(mutants)],
                           names=[names[k] for k in pick], **options)
    table = process.fixation_probabilities(runs, max_steps=max_steps)
    mutant_row = table.iloc[0]
    return FixationEstimate(float(mutant_row.probability), float(mutant_row.standard_error), int(runs),
                            float(np.average(table.mean_steps.fillna(0), weights=table.fixations)))


def _type_index(which: Union[str, int], names: Sequence[str]) -> int:
    if isinstance(which, str):
        if which not in names:
            raise ValueError(f"no type named {which!r}; types are {', '.join(names)}")
        return list(names).index(which)
    if isinstance(which, bool) or not isinstance(which, numbers.Integral) or not 0 <= which < len(names):
        raise ValueError(f"type index must be between 0 and {len(names) - 1}, got {which!r}")
    return int(which)
