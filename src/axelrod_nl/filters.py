"""Choosing strategies by what they are: classifier filters and named lists.

The counterpart of Axelrod-Python's ``filtered_strategies`` and its lists
(``basic_strategies``, ``axelrod_first_strategies``, ``short_run_time_strategies``,
...), over this library's catalogue::

    >>> import axelrod_nl as axn
    >>> memory_one = axn.filtered(memory_depth=1, stochastic=False)
    >>> axn.TitForTat in memory_one
    True
    >>> [cls.__name__ for cls in axn.strategy_list("first_tournament")][:2]
    ['TitForTat', 'FirstByTidemanAndChieruzzi']

Filters take classes and return classes, in catalogue order; make players
with ``[cls() for cls in ...]``. The criteria are the classifier's fields
(:class:`~axelrod_nl.strategy.Classifier`); Axelrod-Python's ``makes_use_of``
is spelt out as ``uses_length`` and ``uses_payoffs`` (its "length" and
"game"), and also accepted in its own form.
"""

from __future__ import annotations

from typing import Iterable, Optional

from .strategy import Strategy

# Axelrod-Python's basic_strategies (4.14), by class name.
BASIC = ("Alternator", "AntiTitForTat", "Bully", "Cooperator", "CyclerDC", "Defector", "SuspiciousTitForTat",
         "TitForTat", "WinShiftLoseStay", "WinStayLoseShift")

LISTS = ("all", "basic", "first_tournament", "second_tournament", "short_run_time", "long_run_time")

_FLAGS = ("stochastic", "uses_length", "uses_payoffs", "long_run_time", "inspects_source", "manipulates_source",
          "manipulates_state")
_MAKES_USE_OF = {"length": "uses_length", "game": "uses_payoffs"}


def _catalogue() -> dict[str, type[Strategy]]:
    from .strategies import CATALOGUE

    return CATALOGUE


def _check_depth(name: str, value) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value != value:
        raise TypeError(f"{name} must be a number >= 0 (math.inf for unbounded), got {value!r}")
    return float(value)


def filtered(strategies: Optional[Iterable[type[Strategy]]] = None, *, stochastic: Optional[bool] = None,
             memory_depth: Optional[float] = None, min_memory_depth: Optional[float] = None,
             max_memory_depth: Optional[float] = None, uses_length: Optional[bool] = None,
             uses_payoffs: Optional[bool] = None, long_run_time: Optional[bool] = None,
             inspects_source: Optional[bool] = None, manipulates_source: Optional[bool] = None,
             manipulates_state: Optional[bool] = None,
             makes_use_of: Optional[Iterable[str]] = None) -> list[type[Strategy]]:
    """The strategy classes whose classifier meets every criterion given.

    Parameters
    ----------
    strategies : the classes to filter (default: the whole catalogue).
    stochastic, uses_length, uses_payoffs, long_run_time, inspects_source,
    manipulates_source, manipulates_state : keep the classes whose classifier
        field has this value; None (the default) does not filter.
    memory_depth : keep the classes of exactly this memory depth (``math.inf`` for unbounded).
    min_memory_depth, max_memory_depth : keep depths in this closed range.
    makes_use_of : Axelrod-Python's form: keep the classes that use every one of
        ``"length"`` and ``"game"`` listed.

    Returns
    -------
    list of Strategy subclasses, in the order given (catalogue order by default).
    """
    flags = {"stochastic": stochastic, "uses_length": uses_length, "uses_payoffs": uses_payoffs,
             "long_run_time": long_run_time, "inspects_source": inspects_source,
             "manipulates_source": manipulates_source, "manipulates_state": manipulates_state}
    for name, value in flags.items():
        if value is not None and not isinstance(value, bool):
            raise TypeError(f"{name} must be True, False or None, got {value!r}")
    if makes_use_of is not None:
        if isinstance(makes_use_of, str):
            makes_use_of = [makes_use_of]
        for used in makes_use_of:
            if used not in _MAKES_USE_OF:
                raise ValueError(f"makes_use_of takes 'length' and 'game', got {used!r}")
            flags[_MAKES_USE_OF[used]] = True
    exact = _check_depth("memory_depth", memory_depth)
    low = _check_depth("min_memory_depth", min_memory_depth)
    high = _check_depth("max_memory_depth", max_memory_depth)
    pool = list(_catalogue().values()) if strategies is None else list(strategies)
    for cls in pool:
        if not (isinstance(cls, type) and issubclass(cls, Strategy)):
            raise TypeError(f"strategies must be Strategy classes, got {cls!r}")
    kept = []
    for cls in pool:
        classifier = cls.classifier
        if any(value is not None and getattr(classifier, name) != value for name, value in flags.items()):
            continue
        depth = classifier.memory_depth
        if exact is not None and depth != exact:
            continue
        if low is not None and depth < low:
            continue
        if high is not None and depth > high:
            continue
        kept.append(cls)
    return kept


def strategy_list(name: str) -> list[type[Strategy]]:
    """A named list of strategy classes (one of :data:`LISTS`).

    - ``all``: the whole catalogue;
    - ``basic``: Axelrod-Python's basic strategies (:data:`BASIC`) that the catalogue has;
    - ``first_tournament``, ``second_tournament``: the rules of Axelrod's two 1980
      tournaments, in published rank order;
    - ``short_run_time``, ``long_run_time``: the catalogue split by the
      ``long_run_time`` classifier, as Axelrod-Python splits its own.
    """
    catalogue = _catalogue()
    if name == "all":
        return list(catalogue.values())
    if name == "basic":
        return [catalogue[n] for n in BASIC if n in catalogue]
    if name in ("first_tournament", "second_tournament"):
        from .historical import axelrod_1980_first, axelrod_1980_second

        source = axelrod_1980_first if name == "first_tournament" else axelrod_1980_second
        return [catalogue[n] for n in source.published_order()]
    if name in ("short_run_time", "long_run_time"):
        return filtered(long_run_time=name == "long_run_time")
    raise ValueError(f"no strategy list named {name!r}; known: {', '.join(LISTS)}")


def describe(classes: Iterable[type[Strategy]]):
    """A pandas table of classes and their classifiers (class, name and one column per field)."""
    import pandas as pd

    rows = []
    for cls in classes:
        row = {"class": cls.__name__, "name": cls.name}
        row.update(cls.classifier.as_dict())
        rows.append(row)
    table = pd.DataFrame(rows, columns=["class", "name", "stochastic", "memory_depth", *_FLAGS[1:]])
    table["memory_depth"] = table["memory_depth"].astype(float)
    return table


__all__ = ["BASIC", "LISTS", "describe", "filtered", "strategy_list"]
