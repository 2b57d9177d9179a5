"""The ``@rule`` decorator: a decision function that the engine can call.

A jitted rule is compiled once (and cached on disk) with the engine's fixed
signature, :data:`~axelrod_nl.engine.context.RULE_SIGNATURE`. The match kernel
receives rules as the addresses of their compiled code, so the kernel is
compiled once for any mix of rules: adding a strategy, even one written in a
user's own file, never recompiles the engine.

A plain-Python rule (``@rule(jit=False)``) has the same signature and is played
by the same match loop run as ordinary Python: slower, but ready to prototype
in a notebook.
"""

from __future__ import annotations

from typing import Callable, Optional

from .context import RULE_SIGNATURE


class RuleCompileError(TypeError):
    """A jitted rule could not be compiled by numba."""


class Rule:
    """A decision function together with how it is to be run.

    Parameters
    ----------
    function : the Python function ``decide(turn, history, ctx, params, state, rng)``.
    jit : compile it with numba (True) or run it as plain Python (False).
    """

    __slots__ = ("function", "jit", "_compiled", "_addresses")

    def __init__(self, function: Callable, jit: bool = True) -> None:
        if not callable(function):
            raise TypeError(f"a rule must be a function, got {function!r}")
        self.function = function
        self.jit = jit
        self._compiled = None
        self._addresses = None

    @property
    def name(self) -> str:
        return getattr(self.function, "__qualname__", repr(self.function))

    def compiled(self):
        """The numba dispatcher compiled for the engine signature (jitted rules only)."""
        if not self.jit:
            raise TypeError(f"rule {self.name} is plain Python and has no compiled form")
        if self._compiled is None:
            from numba import njit

            try:
                dispatcher = njit(cache=True)(self.function)
            except RuntimeError:
                # Functions typed at a prompt or made by exec have no file to cache beside.
                dispatcher = njit(cache=False)(self.function)
            try:
                dispatcher.compile(RULE_SIGNATURE.args)
            except Exception as error:  # numba raises many types; all mean the same here
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                raise RuleCompileError(
                    f"rule {self.name} could not be compiled by numba: {first_line} "
                    "(fix it, or mark it @rule(jit=False) to run it as plain Python)"
                ) from error
            dispatcher.disable_compile()
            self._compiled = dispatcher
        return self._compiled

    def addresses(self) -> tuple[int, int]:
        """Where the compiled code lives, as the kernel takes it (see :mod:`.function_pointer`)."""
        if self._addresses is None:
            from .function_pointer import rule_addresses

            self._addresses = rule_addresses(self.compiled())
        return self._addresses

    def as_python(self) -> "Rule":
        """The same function, to be run as plain Python."""
        return Rule(self.function, jit=False)

    def __repr__(self) -> str:
        return f"Rule({self.name}, jit={self.jit})"


def rule(function: Optional[Callable] = None, *, jit: bool = True):
    """Declare a decision rule; use as ``@rule`` or ``@rule(jit=False)``.

    Inside a :class:`~axelrod_nl.strategy.Strategy` class body write::

        @rule
        def decide(turn, history, ctx, params, state, rng):
            ...
    """
    if function is None:
        return lambda f: Rule(f, jit=jit)
    return Rule(function, jit=jit)
