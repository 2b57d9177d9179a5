"""The base class of every strategy, and its classifier metadata."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, replace
from typing import ClassVar

import numpy as np

from .engine.rule import Rule


@dataclass(frozen=True)
class Classifier:
    """What kind of rule a strategy is, in the terms Axelrod-Python users know.

    Attributes
    ----------
    stochastic : whether its moves depend on its random stream.
    memory_depth : how many past moves of each player it looks at (``math.inf`` if unbounded).
    uses_length : whether it reads the announced match length.
    uses_payoffs : whether it reads the payoffs or the scores.
    """

    stochastic: bool = False
    memory_depth: float = math.inf
    uses_length: bool = False
    uses_payoffs: bool = False

    def as_dict(self) -> dict:
        return {
            "stochastic": self.stochastic,
            "memory_depth": self.memory_depth,
            "uses_length": self.uses_length,
            "uses_payoffs": self.uses_payoffs,
        }


class Strategy:
    """A player: a display name, parameters, classifier metadata and a decision rule.

    Subclasses set the class attributes and write the rule in the class body::

        class TitForTat(Strategy):
            name = "Tit For Tat"
            classifier = Classifier(memory_depth=1)

            @rule
            def decide(turn, history, ctx, params, state, rng):
                return 0 if turn == 0 else history[OPPONENT, turn - 1]

    A subclass with parameters passes them to ``Strategy.__init__``; they reach
    the rule, in order, as the float array ``params``. Override
    :meth:`params_array` when a parameter is not a number (a pattern, a table).

    Class attributes
    ----------------
    name : display name, as in Axelrod-Python where the rule exists there.
    classifier : a :class:`Classifier`; an instance may replace it when its
        parameters change the kind (``Random(1.0)`` is deterministic).
    state_size : number of float64 slots of private state the rule keeps.
    decide : the :class:`~axelrod_nl.engine.rule.Rule`.
    """

    name: ClassVar[str] = ""
    classifier: Classifier = Classifier()
    state_size: ClassVar[int] = 0
    decide: ClassVar[Rule]

    def __init__(self, *params: float) -> None:
        self._params = tuple(params)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "decide" in cls.__dict__ and not isinstance(cls.__dict__["decide"], Rule):
            raise TypeError(
                f"{cls.__name__}.decide must be declared with @rule or @rule(jit=False)"
            )
        if not cls.__dict__.get("name"):
            cls.name = cls.__name__

    @property
    def params(self) -> tuple:
        """The parameters as given, for display and equality."""
        return getattr(self, "_params", ())

    def params_array(self) -> np.ndarray:
        """The parameters as the rule receives them."""
        try:
            return np.asarray(self.params, dtype=np.float64).ravel()
        except (TypeError, ValueError):
            raise TypeError(
                f"the parameters of {type(self).__name__} {self.params!r} are not all numbers; "
                "override params_array() to encode them as floats for the rule"
            ) from None

    @property
    def rule(self) -> Rule:
        return getattr(self, "_rule", None) or type(self).decide

    @property
    def is_jitted(self) -> bool:
        return self.rule.jit

    def as_python(self) -> "Strategy":
        """A copy of this player whose rule runs as plain Python (same moves, slower)."""
        twin = copy.copy(self)
        twin._rule = self.rule.as_python()
        return twin

    def _probability_parameter(self, name: str, value: float) -> float:
        """Check a cooperation probability; 0 or 1 makes this player deterministic."""
        value = check_probability(name, value)
        if value in (0.0, 1.0):
            self.classifier = replace(type(self).classifier, stochastic=False)
        return value

    def with_classifier(self, **changes) -> "Strategy":
        """A copy of this player with some classifier entries changed."""
        twin = copy.copy(self)
        twin.classifier = replace(self.classifier, **changes)
        return twin

    def _format_param(self, value) -> str:
        if isinstance(value, float):
            return f"{value:.4g}"
        return str(value)

    def __str__(self) -> str:
        if not self.params:
            return self.name
        return f"{self.name}: " + ", ".join(self._format_param(p) for p in self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(p) for p in self.params)})"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.params == other.params

    def __hash__(self) -> int:
        return hash((type(self), self.params))


def check_probability(name: str, value: float) -> float:
    """Validate a probability parameter and return it as a float."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise TypeError(f"{name} must be a number between 0 and 1, got {value!r}")
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value:g}")
    return value
