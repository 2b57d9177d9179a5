"""Declared parameters and state of a strategy.

A strategy declares what it is given and what it remembers as class
attributes::

    class GiveFirst(Strategy):
        investment = Count(default=3, doc="moves to cooperate unconditionally")
        retaliations = State(doc="defections still owed")

From the declaration the library derives the constructor and its checks
(``GiveFirst(investment=-1)`` is a ValueError naming the parameter), the
display name (``Give First: 3``), equality and hashing, the size of the state
and the float array the rule receives.

On the class, a declared name is its slot: ``GiveFirst.investment`` is the
index the rule reads, ``params[GiveFirst.investment]``, and numba compiles it
as a constant. On an instance it is the value, ``GiveFirst(5).investment == 5``.

The ``params`` array starts with one slot per scalar parameter, in the order of
declaration; a parameter of variable length (a pattern of moves, a table) takes
two slots there, where its values start and how many there are, and its values
follow all the slots. A rule reads such a parameter with
:func:`axelrod_nl.engine.protocol.sequence`.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, Optional, Sequence

from .actions import as_action, to_letter
from .validation import check_flag, check_probability, check_real, check_whole

REQUIRED = object()
"""The default of a parameter that must be given."""


class Declared:
    """What parameters and state slots share: a name and a slot index per class."""

    slots = 1

    def __init__(self, doc: str = "") -> None:
        self.doc = doc
        self.name = ""
        self.index = -1

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def bound(self, index: int) -> "Declared":
        """A copy of this declaration placed at ``index`` (each class has its own)."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.index = index
        return twin


class Parameter(Declared):
    """A declared parameter: its kind, default and allowed values.

    Subclasses define :meth:`check` (turn a given value into the canonical one
    or raise TypeError/ValueError), :meth:`encode` (the floats the rule reads)
    and :meth:`show` (how the value appears in a display name).
    """

    variable = False  # True when the number of floats depends on the value

    def __init__(self, default: Any = REQUIRED, *, doc: str = "") -> None:
        super().__init__(doc)
        self.default = default

    @property
    def slots(self) -> int:  # type: ignore[override]
        return 2 if self.variable else 1

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.index
        try:
            return obj._values[self.name]
        except (AttributeError, KeyError):
            raise AttributeError(f"{type(obj).__name__}.{self.name} is not set yet") from None

    def __set__(self, obj, value) -> None:
        raise AttributeError(f"{type(obj).__name__}.{self.name} is fixed once the player is made; make a new player")

    def check(self, value):
        return value

    def encode(self, value, values: dict) -> Sequence[float]:
        """The floats the rule reads; ``values`` holds every checked parameter of the player."""
        return [float(value)]

    def show(self, value) -> str:
        if isinstance(value, float):
            return f"{value:.4g}"
        return str(value)

    def certain(self, value) -> bool:
        """Whether this value leaves nothing to chance (only probabilities can)."""
        return True

    def _fail(self, message: str, error=ValueError):
        raise error(f"{self.name} {message}")

    def describe(self) -> str:
        return type(self).__name__


class Probability(Parameter):
    """A probability in [0, 1]; ``optional=True`` also allows None (encoded as NaN)."""

    def __init__(self, default: Any = REQUIRED, *, optional: bool = False, doc: str = "") -> None:
        super().__init__(default, doc=doc)
        self.optional = optional

    def check(self, value):
        if value is None and self.optional:
            return None
        return check_probability(self.name, value)

    def encode(self, value, values):
        return [math.nan if value is None else value]

    def certain(self, value) -> bool:
        return value is not None and value in (0.0, 1.0)


class Number(Parameter):
    """A finite real number, optionally bounded: ``Number(0.5, minimum=0, maximum=1, above=True)``.

    ``above`` and ``below`` make the bounds strict.
    """

    def __init__(self, default: Any = REQUIRED, *, minimum: Optional[float] = None,
                 maximum: Optional[float] = None, above: bool = False, below: bool = False,
                 doc: str = "") -> None:
        super().__init__(default, doc=doc)
        self.minimum, self.maximum, self.above, self.below = minimum, maximum, above, below

    def check(self, value):
        if isinstance(value, float) and math.isnan(value):
            raise ValueError(f"{self.name} must be a number, got nan")
        return check_real(self.name, value, self.minimum, self.maximum, self.above, self.below)


class Count(Parameter):
    """A whole number, at least ``minimum``; ``optional=True`` also allows None (encoded as -1)."""

    def __init__(self, default: Any = REQUIRED, *, minimum: int = 0, maximum: Optional[int] = None,
                 optional: bool = False, doc: str = "") -> None:
        super().__init__(default, doc=doc)
        self.minimum, self.maximum, self.optional = minimum, maximum, optional

    def check(self, value):
        if value is None and self.optional:
            return None
        return check_whole(self.name, value, self.minimum, self.maximum)

    def encode(self, value, values):
        return [-1.0 if value is None else float(value)]


class Flag(Parameter):
    """True or False (encoded as 1 or 0)."""

    def check(self, value):
        return check_flag(self.name, value)

    def encode(self, value, values):
        return [1.0 if value else 0.0]


class Move(Parameter):
    """One move, C or D (given as "C"/"D" or axn.C/axn.D); shown and kept as the letter."""

    def check(self, value):
        try:
            return to_letter(as_action(value))
        except (ValueError, TypeError):
            wrong_kind = not isinstance(value, (str, numbers.Integral))
            self._fail(f"must be C or D, got {value!r}", TypeError if wrong_kind else ValueError)

    def encode(self, value, values):
        return [float(as_action(value))]


class Moves(Parameter):
    """A pattern of moves such as ``"CCD"`` (or a sequence of actions), kept as the string."""

    variable = True

    def __init__(self, default: Any = REQUIRED, *, minimum_length: int = 1, doc: str = "") -> None:
        super().__init__(default, doc=doc)
        self.minimum_length = minimum_length

    def check(self, value):
        try:
            items = list(value)
        except TypeError:
            self._fail(f"must be a string of C and D, got {value!r}", TypeError)
        letters = []
        for item in items:
            try:
                letters.append(to_letter(as_action(item)))
            except (ValueError, TypeError):
                wrong_kind = not isinstance(item, (str, numbers.Integral))
                self._fail(f"must be made of C and D only, got {item!r} in {value!r}",
                           TypeError if wrong_kind else ValueError)
        if len(letters) < self.minimum_length:
            self._fail(f"must hold at least {self.minimum_length} moves, got {value!r}")
        return "".join(letters)

    def encode(self, value, values):
        return [float(as_action(m)) for m in value]


class Probabilities(Parameter):
    """A fixed number of probabilities, kept as a tuple of floats; ``labels`` name them in errors."""

    def __init__(self, length: int, default: Any = REQUIRED, *, labels: Sequence[str] = (), doc: str = "") -> None:
        super().__init__(default, doc=doc)
        self.length = length
        self.labels = tuple(labels)

    @property
    def slots(self) -> int:  # type: ignore[override]
        return self.length

    def check(self, value):
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
            self._fail(f"must be a sequence of {self.length} probabilities, got {value!r}", TypeError)
        if len(value) != self.length:
            self._fail(f"must hold {self.length} probabilities, got {len(value)} values")
        checked = []
        for k, item in enumerate(value):
            label = f"{self.name}[{k}]" + (f" ({self.labels[k]})" if k < len(self.labels) else "")
            checked.append(check_probability(label, item))
        return tuple(checked)

    def encode(self, value, values):
        return list(value)

    def show(self, value) -> str:
        return "(" + ", ".join(f"{v:.4g}" for v in value) + ")"

    def certain(self, value) -> bool:
        return all(v in (0.0, 1.0) for v in value)


class State(Declared):
    """A declared slot (or ``size`` consecutive slots) of a rule's private float64 state.

    State is zero at the start of every match and is the only thing a rule
    writes. On the class the name is the index of its first slot.
    """

    def __init__(self, size: int = 1, *, doc: str = "") -> None:
        super().__init__(doc)
        if isinstance(size, bool) or not isinstance(size, numbers.Integral) or size < 1:
            raise ValueError(f"a State needs a positive whole size, got {size!r}")
        self.size = int(size)

    @property
    def slots(self) -> int:  # type: ignore[override]
        return self.size

    def __get__(self, obj, owner=None):
        return self.index
