"""The base class of every strategy, and its classifier metadata."""

from __future__ import annotations

import copy
import inspect
import math
from dataclasses import dataclass, replace
from typing import ClassVar, Optional

import numpy as np
from numba.core import types
from numba.extending import typeof_impl

from .engine.protocol import NO_WINDOW
from .engine.rule import Rule
from .parameters import REQUIRED, Declared, Parameter, Probabilities, Probability, State
from .validation import check_text


@dataclass(frozen=True)
class Classifier:
    """What kind of rule a strategy is, in the terms Axelrod-Python users know.

    Attributes
    ----------
    stochastic : whether its moves depend on its random stream.
    memory_depth : how many past moves of each player it looks at (``math.inf`` if unbounded).
    uses_length : whether it reads the announced match length ("makes_use_of: length").
    uses_payoffs : whether it reads the payoffs or the scores ("makes_use_of: game").
    long_run_time : whether a move costs far more than a table look-up (Axelrod-Python's
        meta players and the like, which it leaves out of its short-run-time lists).
    inspects_source : whether it reads the opponent's code; always False here, where a rule
        sees only moves, scores and payoffs, but kept for Axelrod-Python's filters.
    manipulates_source, manipulates_state : whether it changes the opponent's code or state;
        likewise impossible through this library's protocol, and kept for the filters.
    """

    stochastic: bool = False
    memory_depth: float = math.inf
    uses_length: bool = False
    uses_payoffs: bool = False
    long_run_time: bool = False
    inspects_source: bool = False
    manipulates_source: bool = False
    manipulates_state: bool = False

    def as_dict(self) -> dict:
        return {
            "stochastic": self.stochastic,
            "memory_depth": self.memory_depth,
            "uses_length": self.uses_length,
            "uses_payoffs": self.uses_payoffs,
            "long_run_time": self.long_run_time,
            "inspects_source": self.inspects_source,
            "manipulates_source": self.manipulates_source,
            "manipulates_state": self.manipulates_state,
        }


# Names a declaration may not take: the attributes every strategy already has.
_RESERVED = {"name", "classifier", "decide", "params", "rule", "state_size", "is_jitted",
             "params_array", "as_python", "with_classifier", "classify", "validate", "declared_parameters",
             "state_slots", "renamed", "tourexec", "history_window", "cycle_window"}


def _declared_window(cls: type) -> Optional[int]:
    """The ``history_window`` declared with the rule the class plays, if any.

    The declaration counts only if the class that makes it also defines the
    rule, or derives from the class that does: it is a promise about that rule.
    """
    mro = cls.__mro__
    declares = next((k for k, c in enumerate(mro) if "history_window" in c.__dict__), None)
    rules = next((k for k, c in enumerate(mro) if "decide" in c.__dict__), None)
    if declares is None or rules is None or declares > rules:
        return None
    return mro[declares].__dict__["history_window"]


class StrategyType(type):
    """The metaclass of strategies; numba sees a strategy class as a namespace of constants.

    That is what lets a jitted rule write ``params[Random.p]``: numba reads the
    attribute off the class when it compiles the rule, and a declared name on
    the class is its slot index (see :mod:`axelrod_nl.parameters`).
    """


@typeof_impl.register(StrategyType)
def _typeof_strategy_class(value, context):
    return types.Module(value)


class Strategy(metaclass=StrategyType):
    """A player: a display name, declared parameters and state, a classifier and a rule.

    Subclasses set the class attributes, declare their parameters and state
    (:mod:`axelrod_nl.parameters`) and write the rule in the class body::

        class GiveFirst(Strategy):
            name = "Give First"
            classifier = Classifier(memory_depth=math.inf)
            investment = Count(default=3)

            @rule
            def decide(turn, history, ctx, params, state, rng):
                if turn < params[GiveFirst.investment]:
                    return C
                return history[OPPONENT, turn - 1]

    The constructor takes the declared parameters, by position (in the order of
    declaration) or by name, checks each and keeps them; a subclass with a
    constructor of its own converts its arguments and passes them on by name.

    Class attributes
    ----------------
    name : display name, as in Axelrod-Python where the rule exists there.
    classifier : a :class:`Classifier`; :meth:`classify` adapts it to an
        instance's parameters (``Random(1.0)`` is deterministic).
    decide : the :class:`~axelrod_nl.engine.rule.Rule`.
    declared_parameters : the declared :class:`~axelrod_nl.parameters.Parameter` objects, in order.
    state_slots : the declared :class:`~axelrod_nl.parameters.State` objects.
    state_size : number of float64 state slots the rule keeps (derived).
    tourexec : the function of Axelrod's TourExec Fortran (second tournament)
        whose moves this rule reproduces, such as ``"K92R"``; empty for others.
    history_window : for a deterministic rule of unbounded memory depth that
        nevertheless decides from a bounded window of moves and its own state
        (a finite state machine reads the last move and its current node): the
        window. Declaring it promises that from move ``history_window`` on, the
        move and the new state depend only on the last ``history_window`` moves
        of both players, the state, the parameters and the payoffs; not on the
        move number, the scores, the defection counts or the match length. It
        lets the engine stop a long match once it cycles (:meth:`cycle_window`).
        It holds for the rule of the class that declares it: a subclass with a
        rule of its own (a transformed class, say) does not inherit it.
    """

    name: ClassVar[str] = ""
    classifier: Classifier = Classifier()
    decide: ClassVar[Rule]
    declared_parameters: ClassVar[tuple] = ()
    state_slots: ClassVar[tuple] = ()
    state_size: ClassVar[int] = 0
    tourexec: ClassVar[str] = ""
    history_window: ClassVar[Optional[int]] = None
    _header_size: ClassVar[int] = 0

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "decide" in cls.__dict__ and not isinstance(cls.__dict__["decide"], Rule):
            raise TypeError(
                f"{cls.__name__}.decide must be declared with @rule or @rule(jit=False)"
            )
        window = cls.__dict__.get("history_window")
        if window is not None and (isinstance(window, bool) or not isinstance(window, int) or window < 0):
            raise TypeError(f"{cls.__name__}.history_window must be a whole number of moves (0 or more) "
                            f"or None, got {window!r}")
        if "state_size" in cls.__dict__:
            raise TypeError(
                f"{cls.__name__} sets state_size; declare its state slots by name instead, "
                "for example 'count = State()', and read them as state[" + cls.__name__ + ".count]"
            )
        if not cls.__dict__.get("name"):
            cls.name = cls.__name__
        _bind_declarations(cls)

    def __init__(self, *args, **kwargs) -> None:
        declared = type(self).declared_parameters
        cls_name = type(self).__name__
        if len(args) > len(declared):
            if not declared:
                raise TypeError(f"{cls_name} takes no parameters, got {args!r}")
            raise TypeError(
                f"{cls_name} takes at most {len(declared)} parameters "
                f"({', '.join(p.name for p in declared)}), got {len(args)}"
            )
        names = [p.name for p in declared]
        unknown = sorted(set(kwargs) - set(names))
        if unknown:
            hint = f"; its parameters are {', '.join(names)}" if names else "; it takes no parameters"
            raise TypeError(f"{cls_name} has no parameter {unknown[0]!r}{hint}")
        given = dict(zip(names, args))
        for key, value in kwargs.items():
            if key in given:
                raise TypeError(f"{cls_name} got {key!r} twice (by position and by name)")
            given[key] = value
        values = {}
        for parameter in declared:
            if parameter.name in given:
                value = given[parameter.name]
            elif parameter.default is REQUIRED:
                raise TypeError(f"{cls_name} needs the parameter {parameter.name!r}")
            else:
                value = parameter.default
            values[parameter.name] = parameter.check(value)
        self._values = values
        self.validate()
        self.classifier = self.classify()

    # -- what subclasses may refine ------------------------------------------------

    def validate(self) -> None:
        """Checks that involve several parameters; raise ValueError or TypeError."""

    def classify(self) -> Classifier:
        """The classifier of this instance.

        By default a stochastic class whose declared probabilities are all 0 or 1
        is deterministic, since certain probabilities draw no random number.
        """
        base = type(self).classifier
        chances = [p for p in type(self).declared_parameters if isinstance(p, (Probability, Probabilities))]
        if base.stochastic and chances and all(p.certain(self._values[p.name]) for p in chances):
            return replace(base, stochastic=False)
        return base

    # -- derived from the declaration -------------------------------------------------

    @property
    def params(self) -> tuple:
        """The parameter values, in the order of declaration."""
        return tuple(getattr(self, "_values", {}).values())

    def params_array(self) -> np.ndarray:
        """The parameters as the rule receives them (see :mod:`axelrod_nl.parameters`)."""
        cls = type(self)
        values = getattr(self, "_values", {})
        header: list[float] = []
        tail: list[float] = []
        for parameter in cls.declared_parameters:
            encoded = [float(x) for x in parameter.encode(values[parameter.name], values)]
            if parameter.variable:
                header += [float(cls._header_size + len(tail)), float(len(encoded))]
                tail += encoded
            else:
                if len(encoded) != parameter.slots:
                    raise TypeError(
                        f"{cls.__name__}.{parameter.name} encodes {len(encoded)} values, "
                        f"its declaration {parameter.slots}"
                    )
                header += encoded
        return np.array(header + tail, dtype=np.float64)

    def cycle_window(self) -> int:
        """How many past moves the engine must compare to find this rule's cycles, or ``NO_WINDOW`` (-1).

        Two deterministic rules that decide from the last ``w`` moves and their
        own states map one joint state (those moves and both states) to the
        next by a fixed function, so a match between them eventually repeats a
        joint state and cycles from there; the engine then computes the rest of
        the match instead of playing it, with identical results. The window is
        the declared :attr:`history_window`, or for a catalogue rule a finite
        memory depth (the catalogue's depths are checked by its tests with
        :func:`~axelrod_nl.testing.check_cycle_window`; a user's classifier is
        metadata, and a wrong one must not change results, so a user's rule
        takes part only by declaring ``history_window``). A stochastic rule, or
        one that reads the match length, the payoffs or the scores
        (``uses_length``, ``uses_payoffs``), has none. The whole state is part
        of the comparison, so a rule that keeps a counter in its state is
        safe: its states never repeat.
        """
        classifier = self.classifier
        if classifier.stochastic or classifier.uses_length or classifier.uses_payoffs:
            return NO_WINDOW
        declared = _declared_window(type(self))
        if declared is not None:
            return declared
        if self.rule.trusted and math.isfinite(classifier.memory_depth):
            return int(classifier.memory_depth)
        return NO_WINDOW

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

    def with_classifier(self, **changes) -> "Strategy":
        """A copy of this player with some classifier entries changed."""
        twin = copy.copy(self)
        twin.classifier = replace(self.classifier, **changes)
        return twin

    def renamed(self, name: str) -> "Strategy":
        """A copy of this player whose display name, its ``str()``, is exactly ``name``.

        The copy plays as this player does; only the name in results, match
        output and error messages changes (a spec's ``name = "..."``).
        """
        twin = copy.copy(self)
        twin._display_name = check_text("name", name)
        return twin

    def __str__(self) -> str:
        display_name = getattr(self, "_display_name", None)
        if display_name is not None:
            return display_name
        if not self.params:
            return self.name
        shown = [p.show(self._values[p.name]) for p in type(self).declared_parameters]
        return f"{self.name}: " + ", ".join(shown)

    def __repr__(self) -> str:
        values = getattr(self, "_values", {})
        shown = f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in values.items())})"
        display_name = getattr(self, "_display_name", None)
        return shown if display_name is None else f"{shown}.renamed({display_name!r})"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.params == other.params

    def __hash__(self) -> int:
        return hash((type(self), self.params))


def _place(cls, found: dict, kind: type) -> tuple[list, int]:
    """Bind the declarations of ``kind`` to consecutive slots of ``cls``; return them and the slots used."""
    placed, used = [], 0
    for key, declaration in found.items():
        if isinstance(declaration, kind):
            bound = declaration.bound(used)
            bound.name = key
            used += bound.slots
            placed.append(bound)
            setattr(cls, key, bound)
    return placed, used


def _bind_declarations(cls) -> None:
    """Give ``cls`` its own copies of every declaration it has or inherits, with slot indices."""
    found: dict[str, Declared] = {}
    for klass in reversed(cls.__mro__):
        for key, value in vars(klass).items():
            if isinstance(value, Declared):
                if key in _RESERVED:
                    raise TypeError(f"{cls.__name__} cannot declare {key!r}: every strategy has that attribute")
                found[key] = value
            elif key in found and klass is cls:
                raise TypeError(f"{cls.__name__}.{key} hides the declared {key!r} of a base class")
    parameters, index = _place(cls, found, Parameter)
    slots, size = _place(cls, found, State)
    cls.declared_parameters = tuple(parameters)
    cls.state_slots = tuple(slots)
    cls._header_size = index
    type.__setattr__(cls, "state_size", size)
    if "__init__" in cls.__dict__:
        return
    # The generated constructor's signature shows the declared parameters, for help() and notebooks.
    signature = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for parameter in parameters:
        default = inspect.Parameter.empty if parameter.default is REQUIRED else parameter.default
        signature.append(inspect.Parameter(parameter.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                           default=default))
    cls.__signature__ = inspect.Signature(signature[1:])

