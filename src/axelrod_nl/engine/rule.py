"""The ``@rule`` decorator: a decision function, checked, compiled and callable by the engine.

A jitted rule is compiled once (and cached, see :mod:`.cache`) for the rule
signature, :data:`~axelrod_nl.engine.protocol.RULE_SIGNATURE`, and then its
entry (:mod:`.entry`), the rule inlined behind the two-word signature the
kernel calls. The match kernel receives rules as the addresses of their
entries, so it is compiled once for any mix of rules: adding a strategy, even
one in a user's own file, never recompiles the engine.

Before a rule is compiled it is checked, so that a mistake ends in a clear
error instead of a wrong match:

- it may use no random generator but its own stream (``np.random``, ``random``,
  ``secrets``, ``os.urandom`` are refused, also in the functions it calls);
- numba types it against the signature, in which ``history``, ``ctx`` and
  ``params`` are read-only arrays, so writing them is refused;
- what it returns must be a whole number or a bool: a string, or a value that
  may be None, is refused; a float is accepted by the compiler but guarded, and
  a value other than 0 or 1 stops the match with that value in the message.

A rule from outside the catalogue is *checked* (compiled with bounds checks)
unless it says ``@rule(checked=False)``: an index outside ``history`` (which
holds only the moves played so far), ``state`` or ``params`` stops the run with
an error that names the rule, its opponent, the move and the index.

A plain-Python rule (``@rule(jit=False)``) has the same signature and is played
by the same match loop run as ordinary Python, with the same read-only views.
"""

from __future__ import annotations

import builtins
import dis
import os
import random as _random_module
import re
import sys
import types as pytypes
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from . import cache
from .protocol import RULE_SIGNATURE

_CATALOGUE_PREFIX = "axelrod_nl."


class RuleCompileError(TypeError):
    """A rule could not be compiled, or was refused before it ran."""


class Rule:
    """A decision function together with how it is to be run.

    Parameters
    ----------
    function : the Python function ``decide(turn, history, ctx, params, state, rng)``.
    jit : compile it with numba (True) or run it as plain Python (False).
    checked : compile with bounds checks; None (the default) means checked for
        every rule outside this library's own catalogue.
    """

    __slots__ = ("function", "jit", "checked", "trusted", "cache", "_build", "_compiled", "_entry", "_addresses",
                 "_screened")

    def __init__(self, function: Callable, jit: bool = True, checked: Optional[bool] = None) -> None:
        if not callable(function) or not hasattr(function, "__code__"):
            raise TypeError(f"a rule must be a function, got {function!r}")
        if not isinstance(jit, bool):
            raise TypeError(f"jit must be True or False, got {jit!r}")
        if checked is not None and not isinstance(checked, bool):
            raise TypeError(f"checked must be True, False or None, got {checked!r}")
        self.function = function
        self.jit = jit
        # The catalogue's rules are tested: they run without bounds checks and are not vetted.
        self.trusted = (function.__module__ or "").startswith(_CATALOGUE_PREFIX)
        self.checked = not self.trusted if checked is None else checked
        # Rules made at run time (transformed strategies) are closures, which numba cannot key a
        # cache entry by; they are compiled once per process instead.
        self.cache = function.__closure__ is None
        self._build = None
        self._compiled = None
        self._entry = None
        self._addresses = None
        self._screened = False

    @property
    def name(self) -> str:
        return getattr(self.function, "__qualname__", repr(self.function))

    @property
    def where(self) -> str:
        """``file:line`` of the rule's definition."""
        code = self.function.__code__
        return f"{code.co_filename}:{code.co_firstlineno}"

    def screen(self) -> None:
        """Refuse a rule that reaches for a random generator other than its stream."""
        if not self._screened:
            found = find_random_sources(self.function)
            if found:
                what, line = found
                raise RuleCompileError(
                    f"rule {self.name} uses {what} ({line}); draw only from the rule's own stream, "
                    "with uniform(rng) or random_choice(rng, p), so that a seed fixes the match"
                )
            self._screened = True

    def compiled(self):
        """The numba dispatcher of ``decide`` compiled for the rule signature (jitted rules only).

        The kernel does not need it (it calls the entry, which has ``decide``
        inlined); it serves the plain-Python loop and the checks of a user's rule.
        """
        if not self.jit:
            raise TypeError(f"rule {self.name} is plain Python and has no compiled form")
        if self._compiled is None:
            self.screen()
            self._compiled = _compile(self, _build(self))
        return self._compiled

    def entry(self):
        """The dispatcher of the rule's entry, what the kernel calls (see :mod:`.entry`)."""
        if self._entry is None:
            from .entry import compile_entry

            if not self.jit:
                raise TypeError(f"rule {self.name} is plain Python and has no compiled form")
            self.screen()
            build = _build(self)
            if not self.trusted:
                # A user's rule is compiled on its own first, so its errors name its own lines.
                self.compiled()
            self._entry = compile_entry(build.dispatcher, self.function, build.flavour, build.guarded,
                                        build.cached, build.options)
        return self._entry

    def addresses(self) -> tuple[int, int]:
        """Where the entry's compiled code lives, as the kernel takes it (see :mod:`.function_pointer`)."""
        if self._addresses is None:
            from .function_pointer import rule_addresses

            self._addresses = rule_addresses(self.entry())
        return self._addresses

    def as_python(self) -> "Rule":
        """The same function, to be run as plain Python."""
        return Rule(self.function, jit=False, checked=self.checked)

    def __repr__(self) -> str:
        return f"Rule({self.name}, jit={self.jit}, checked={self.checked})"


def rule(function: Optional[Callable] = None, *, jit: bool = True, checked: Optional[bool] = None):
    """Declare a decision rule; use as ``@rule``, ``@rule(jit=False)`` or ``@rule(checked=False)``.

    Inside a :class:`~axelrod_nl.strategy.Strategy` class body write::

        @rule
        def decide(turn, history, ctx, params, state, rng):
            ...
    """
    if function is None:
        return lambda f: Rule(f, jit=jit, checked=checked)
    return Rule(function, jit=jit, checked=checked)


# -- compiling -----------------------------------------------------------------------

@dataclass
class _Build:
    """How a rule is compiled: its dispatcher (not yet compiled) and the options of its entry."""

    dispatcher: object
    flavour: str
    options: dict
    cached: bool
    guarded: bool


def _build(rule_: Rule) -> _Build:
    from numba import njit
    from numba.core import types

    if rule_._build is None:
        function = rule_.function
        flavour = "checked" if rule_.checked else "unchecked"
        # Checked and unchecked builds of one function must not share a cache entry.
        setattr(function, cache.FLAVOUR_ATTRIBUTE, flavour)
        return_type = types.int64 if rule_.trusted else _infer_return_type(rule_)
        options = {"boundscheck": True} if rule_.checked else {}
        # Functions typed at a prompt or made by exec have no file to key a cache by, or no module
        # that numba could import again when it loads the cached code.
        cached = (rule_.cache and os.path.isfile(function.__code__.co_filename)
                  and function.__module__ in sys.modules)
        # inline="always": numba inlines the rule into its entry before typing it, so the entry is
        # one function; left to LLVM, half the second round's rules stayed a call away (1.5x slower).
        try:
            dispatcher = njit(cache=cached, inline="always", **options)(function)
        except RuntimeError:
            cached = False
            dispatcher = njit(cache=False, inline="always", **options)(function)
        guarded = not isinstance(return_type, (types.Integer, types.Boolean))
        rule_._build = _Build(dispatcher, flavour, options, cached, guarded)
    return rule_._build


def _compile(rule_: Rule, build: _Build):
    """The rule's dispatcher compiled for the rule signature, or a one-line error."""
    try:
        build.dispatcher.compile(RULE_SIGNATURE.args)
    except Exception as error:  # numba raises many types; all mean the rule does not compile
        raise _compile_error(rule_, error) from None
    build.dispatcher.disable_compile()
    return build.dispatcher


def _infer_return_type(rule_: Rule):
    """Type the rule against the engine signature (numba's front end only) and vet what it returns."""
    from numba.core import types
    from numba.core.compiler import Flags, compile_extra
    from numba.core.registry import cpu_target

    flags = Flags()
    flags.nrt = True  # as njit compiles; callees typed on the way inherit these flags
    try:
        returned = compile_extra(cpu_target.typing_context, cpu_target.target_context, rule_.function,
                                 RULE_SIGNATURE.args, None, flags, {}, pipeline_class=_type_only_pipeline())
    except Exception as error:
        raise _compile_error(rule_, error) from None
    if isinstance(returned, (types.Integer, types.Boolean, types.Float)):
        return returned
    if isinstance(returned, (types.Optional, types.NoneType, types.Omitted)) or returned == types.none:
        raise RuleCompileError(
            f"rule {rule_.name} may return nothing ({rule_.where}): a branch ends without "
            "'return C' or 'return D'"
        )
    if isinstance(returned, (types.UnicodeType, types.StringLiteral, types.CharSeq, types.UnicodeCharSeq)):
        raise RuleCompileError(
            f"rule {rule_.name} returns a string ({rule_.where}); a jitted rule returns C or D, "
            "the integers 0 and 1 (import them: from axelrod_nl import C, D)"
        )
    raise RuleCompileError(
        f"rule {rule_.name} returns {returned} ({rule_.where}), not C or D (the integers 0 and 1)"
    )


_TYPE_ONLY = []


def _type_only_pipeline():
    """A numba pipeline that stops once the function is typed and returns its return type."""
    if not _TYPE_ONLY:
        from numba.core.compiler import CompilerBase, DefaultPassBuilder, _EarlyPipelineCompletion
        from numba.core.compiler_machinery import FunctionPass, register_pass
        from numba.core.typed_passes import NopythonTypeInference

        @register_pass(mutates_CFG=False, analysis_only=True)
        class StopAfterTyping(FunctionPass):
            _name = "axelrod_nl_stop_after_typing"

            def __init__(self):
                FunctionPass.__init__(self)

            def run_pass(self, state):
                raise _EarlyPipelineCompletion(state.return_type)

        class TypeOnly(CompilerBase):
            def define_pipelines(self):
                manager = DefaultPassBuilder.define_untyped_pipeline(self.state)
                manager.add_pass(NopythonTypeInference, "nopython frontend")
                manager.add_pass(StopAfterTyping, "stop after typing")
                manager.finalize()
                return [manager]

        _TYPE_ONLY.append(TypeOnly)
    return _TYPE_ONLY[0]


_READ_ONLY_WRITE = re.compile(r"setitem\(readonly array")
_LOCATION = re.compile(r'File "([^"]+)", line (\d+)')
_BOILERPLATE = ("Failed in ", "During:", "File ", "^", "- Resolution failure",
                "There are ", "- Of which", "Overload", "With argument", "No match", "Rejected as",
                "raised from", "Enable logging", "This error", "Use of unsupported")


def _compile_error(rule_: Rule, error: Exception) -> RuleCompileError:
    """One line: the rule, where it fails, and the underlying cause."""
    text = str(error)
    where = _error_location(rule_, error, text)
    if _READ_ONLY_WRITE.search(text):
        cause = ("writes a read-only argument: history, ctx and params are read-only, "
                 "only state may be written")
    else:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        useful = [ln for ln in lines if not ln.startswith(_BOILERPLATE) and not ln.startswith(">>>")]
        cause = (useful or lines or [type(error).__name__])[0]
        cause = re.sub(r"\s+", " ", cause)
        if "NameError" not in cause and type(error).__name__ not in cause:
            cause = f"{type(error).__name__}: {cause}"
    return RuleCompileError(f"rule {rule_.name} does not compile ({where}): {cause}")


def _error_location(rule_: Rule, error: Exception, text: str) -> str:
    code = rule_.function.__code__
    loc = getattr(error, "loc", None)
    if loc is not None and getattr(loc, "line", None) and getattr(loc, "filename", None) == code.co_filename:
        return f"{loc.filename}:{loc.line}"
    found = [m for m in _LOCATION.finditer(text) if m.group(1) == code.co_filename]
    if found:
        return f"{found[-1].group(1)}:{found[-1].group(2)}"
    name = re.search(r"name '(\w+)' is not defined|Untyped global name '(\w+)'", text)
    if name:
        missing = name.group(1) or name.group(2)
        for instruction in dis.get_instructions(code):
            if instruction.argval == missing and instruction.positions and instruction.positions.lineno:
                return f"{code.co_filename}:{instruction.positions.lineno}"
    return rule_.where


# -- randomness other than the rule's stream -------------------------------------------------

_RANDOM_MODULES = ("random", "secrets", "numpy.random")
# Code that is not followed: the rule's own stream, and libraries that draw nothing unasked.
_TRUSTED_MODULES = ("axelrod_nl.engine.random", "numpy", "numba", "math", "scipy")


def _is_random_source(value) -> bool:
    if isinstance(value, pytypes.ModuleType):
        return value.__name__ in _RANDOM_MODULES or value.__name__.startswith("numpy.random.")
    if value is os.urandom:
        return True
    if isinstance(value, (_random_module.Random, np.random.Generator, np.random.RandomState,
                          np.random.BitGenerator)):
        return True
    owner = getattr(value, "__self__", None)
    if owner is not None and not isinstance(owner, pytypes.ModuleType) and _is_random_source(owner):
        return True
    module = getattr(value, "__module__", None) or ""
    return callable(value) and (module in _RANDOM_MODULES or module.startswith("numpy.random"))


def _root(function, chain: str, closure):
    """The values along ``chain`` that are modules (np, np.random), for a chain through one."""
    parts = chain.split(".")
    value, known = (closure[parts[0]], True) if parts[0] in closure else _resolve(function, parts[0], None)
    for part in parts[1:]:
        if not known or not isinstance(value, pytypes.ModuleType):
            return None
        if value.__name__ in _RANDOM_MODULES or value.__name__.startswith("numpy.random"):
            return value
        value = getattr(value, part, None)
    return value if isinstance(value, pytypes.ModuleType) else None


def _resolve(function, name: str, code):
    globals_ = getattr(function, "__globals__", {})
    if name in globals_:
        return globals_[name], True
    if hasattr(builtins, name):
        return getattr(builtins, name), True
    return None, False


def find_random_sources(function, _seen=None) -> Optional[tuple[str, str]]:
    """``(what, file:line)`` of the first random generator ``function`` reaches, or None.

    Follows the globals and closure cells it reads, their attributes, and the
    Python or numba functions it calls (recursively). The rule's own stream,
    ``axelrod_nl.engine.random``, is allowed.
    """
    seen = _seen if _seen is not None else set()
    function = getattr(function, "py_func", function)  # numba dispatchers
    if id(function) in seen or not hasattr(function, "__code__"):
        return None
    seen.add(id(function))
    closure = {}
    code = function.__code__
    if function.__closure__:
        for name, cell in zip(code.co_freevars, function.__closure__):
            try:
                closure[name] = cell.cell_contents
            except ValueError:
                pass
    return _scan_code(function, code, closure, seen)


def _scan_code(function, code, closure, seen):
    # A chain is a global or closure name and the attributes read off it (np.random.rand);
    # it is judged whole, so the message names what was called, not just the module.
    chains: list[tuple[str, object, int]] = []
    value, known, chain, line = None, False, "", 0
    for instruction in list(dis.get_instructions(code)) + [None]:
        op = instruction.opname if instruction is not None else ""
        if op in ("LOAD_ATTR", "LOAD_METHOD") and known:
            chain += "." + instruction.argval
            try:
                value = getattr(value, instruction.argval)
            except Exception:
                known = False
            continue
        if known:
            chains.append((chain, value, line))
        known = False
        if instruction is None:
            break
        if instruction.positions and instruction.positions.lineno:
            line = instruction.positions.lineno
        if op == "LOAD_GLOBAL":
            value, known = _resolve(function, instruction.argval, code)
            chain = instruction.argval
        elif op == "LOAD_DEREF" and instruction.argval in closure:
            value, known, chain = closure[instruction.argval], True, instruction.argval
    for chain, value, line in chains:
        if _is_random_source(value) or _is_random_source(_root(function, chain, closure)):
            return chain, f"{code.co_filename}:{line}"
        if (getattr(value, "__module__", "") or "").startswith(_TRUSTED_MODULES):
            continue
        callee = getattr(value, "py_func", value)
        if isinstance(callee, pytypes.FunctionType):
            found = find_random_sources(callee, seen)
            if found:
                return found
    for constant in code.co_consts:
        if isinstance(constant, pytypes.CodeType):
            found = _scan_code(function, constant, closure, seen)
            if found:
                return found
    return None
