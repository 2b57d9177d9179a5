"""A rule's entry: what the kernel calls, ``entry(turn, frame) -> move``, with ``decide`` inlined.

Numba passes each array argument as seven to nine machine words, so calling a
rule's ``decide(turn, history, ctx, params, state, rng)`` through a function
pointer moves some forty arguments; that cost 5 ns of the 7 ns a tit for tat
move took, and two calls a turn were most of the engine's time. The kernel
calls an entry instead (:data:`~axelrod_nl.engine.protocol.ENTRY_SIGNATURE`):
two integers, the move number and the address of the player's frame, the
words from which the entry rebuilds the six arrays (as views that own no
memory) before it calls ``decide``. The entry is compiled once per rule with
``decide`` as a compile-time constant, so LLVM inlines the rule into it and the
arrays never leave registers.

Each entry is a copy of one template function with its own globals (the rule
to call), routed by :mod:`.cache` to the rule's own cache entry: its source
file and line, so it is recompiled exactly when the rule is.
"""

from __future__ import annotations

import types as pytypes

import numpy as np
from numba import carray, njit

from . import cache
from .function_pointer import history_view, vector_view, void_pointer
from .protocol import (
    CONTEXT_SIZE,
    ENTRY_SIGNATURE,
    FRAME_CONTEXT,
    FRAME_HISTORY,
    FRAME_LENGTH,
    FRAME_N_PARAMS,
    FRAME_PARAMS,
    FRAME_RNG,
    FRAME_SIZE,
    FRAME_STATE,
    FRAME_STATE_SIZE,
    INVALID_MOVE,
)

DECIDE = None  # each entry's own globals bind this to its rule's dispatcher


def _entry(turn, frame):
    words = carray(void_pointer(frame), (FRAME_SIZE,), np.int64)
    return DECIDE(turn, history_view(words[FRAME_HISTORY], words[FRAME_LENGTH], turn),
                  vector_view(words[FRAME_CONTEXT], CONTEXT_SIZE),
                  vector_view(words[FRAME_PARAMS], words[FRAME_N_PARAMS]),
                  carray(void_pointer(words[FRAME_STATE]), (words[FRAME_STATE_SIZE],), np.float64),
                  carray(void_pointer(words[FRAME_RNG]), (1,), np.uint64))


def _guarded_entry(turn, frame):
    # For rules that return floats: 0.7 is reported as a bad move, not truncated to C.
    words = carray(void_pointer(frame), (FRAME_SIZE,), np.int64)
    value = DECIDE(turn, history_view(words[FRAME_HISTORY], words[FRAME_LENGTH], turn),
                   vector_view(words[FRAME_CONTEXT], CONTEXT_SIZE),
                   vector_view(words[FRAME_PARAMS], words[FRAME_N_PARAMS]),
                   carray(void_pointer(words[FRAME_STATE]), (words[FRAME_STATE_SIZE],), np.float64),
                   carray(void_pointer(words[FRAME_RNG]), (1,), np.uint64))
    if value == 0:
        return 0
    if value == 1:
        return 1
    return INVALID_MOVE


def compile_entry(decide, function, flavour: str, guarded: bool, cached: bool, options: dict):
    """The entry of the rule ``function`` whose compiled ``decide`` dispatcher is given.

    ``flavour`` (checked or unchecked) keeps the entries of two builds of one
    rule apart in the cache; ``guarded`` wraps a rule that may return a float;
    ``cached`` is False for rules with no source file to key a cache by.
    """
    template = _guarded_entry if guarded else _entry
    namespace = dict(template.__globals__)
    namespace["DECIDE"] = decide
    entry = pytypes.FunctionType(template.__code__, namespace, f"{function.__name__}_entry")
    entry.__qualname__ = f"{function.__qualname__}_entry"
    entry.__module__ = function.__module__
    code = function.__code__
    setattr(entry, cache.FLAVOUR_ATTRIBUTE, f"entry-{'guarded-' if guarded else ''}{flavour}")
    setattr(entry, cache.SOURCE_ATTRIBUTE, (code.co_filename, code.co_firstlineno))
    # Compiled for the full signature, return type included: a rule returning a bool still
    # hands the kernel an int64.
    dispatcher = njit(ENTRY_SIGNATURE, cache=cached, **options)(entry)
    dispatcher.disable_compile()
    return dispatcher
