"""Meta players: rules that ask a team of catalogue strategies for a move each turn and combine the answers.

Axelrod-Python's meta players (``axelrod.strategies.meta``; original names by
Karol Langner and Marc Harper) keep a private copy of every team member. Each
turn every member proposes a move; the meta player picks its own move from
the proposals; then every member is told the round *as it proposed it*: its
own history is the list of its own proposals, not the moves the meta player
actually made, while the opponent's moves are the real ones. (A member that
reads its own past moves therefore sees a different match from the one
played; the hunters' Random and Math Constant Hunter do, and the meta
hunters' moves differ on 6 and 10 of the 24 reference sequences if the
members are shown the meta player's moves instead.)

How a team plays here. A meta class has one compiled rule, into which numba
inlines the rule of each member (the member class's own ``decide``; nothing
is copied). The meta player's ``state`` is cut into one piece per member,
holding

- the member's own state slots, handed to its rule as ``state``;
- the member's own context: the running scores and its own defection count
  as if its proposals had been played (payoffs, announced length and the
  opponent's defections as in the match), handed to it as ``ctx``;
- the member's own proposals, one byte a move, which together with a shared
  copy of the opponent's moves form the ``(2, turn)`` history its rule reads.

A member reads, in short, exactly what Axelrod-Python's copy of it would
read (its history and context are views into the meta player's state, typed
writable by numba; catalogue rules never write them). Its rule is called with the same move number and random stream as the
meta rule; members without parameters get an empty parameter vector. Nothing
is allocated while a match is played.

The proposals are kept for the first :data:`TEAM_MEMORY` (4096) moves of a
match, which costs 4096 state slots (32 kB, cleared at the start of each
match) for a team of up to seven. From move 4097 on the members are no longer
consulted and each one's last proposal stands (for the hunters: whatever
prey each had found by then). No test sequence and no shipped tournament
comes near that length; under a continuation probability of 0.99654, the
second round's, fewer than one match in a million does.

Classes here, with the reference library's class and display names:
``MetaHunter``, ``MetaHunterAggressive`` (deterministic; move for move as the
reference library on its 24 test sequences) and ``MemoryDecay`` (stochastic;
in distribution). A meta hunter's rule compiles in about 5 s (once; it is
cached) and adds 15 to 30 microseconds to a 200-move match, about 0.1 us a
move (the whole of a 200-move match of tit for tat against itself, through
``Match``, is 35 us on the same machine).

Left out, and why:

- ``MetaMajorityMemoryOne``, ``MetaWinnerMemoryOne``, ``NMWEMemoryOne``
  (teams of the reference library's 37 memory-one players, all in this
  catalogue): the design above plays them, but too slowly to compile. One
  rule with the 37 members inlined took 122 s to compile (and then 0.75 ms a
  200-move match); with the members compiled apart and called, 85 s. Both
  are far beyond what a catalogue entry may cost on first use, so they wait
  for a cheaper way to compile a team (a team's members share few rule
  shapes: most are memory-one tables that could be one table look-up).
- ``MetaMajority``, ``MetaMinority``, ``MetaWinner``, ``MetaWinnerEnsemble``,
  ``NiceMetaWinner``, ``NiceMetaWinnerEnsemble``, ``MetaMixer``, the
  ``MetaMajority``/``MetaWinner`` ``FiniteMemory``, ``LongMemory``,
  ``Deterministic`` and ``Stochastic`` variants, and the ``NMWE*`` teams: their
  teams are all of the reference library's 220 "ordinary" strategies, or a
  large share of them; if 37 memory-one members take two minutes to compile,
  these are out of reach, and several of their members are not in this
  catalogue. ``MetaMixer`` also takes any team as an argument, which a
  compiled rule with a fixed team cannot.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from ..actions import C, D
from ..engine.protocol import (
    CONTEXT_SIZE,
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OPPONENT_SCORE,
    OWN_DEFECTIONS,
    OWN_SCORE,
    PUNISHMENT,
    REWARD,
    SUCKER,
    TEMPTATION,
)
from ..engine.random import uniform
from ..engine.rule import _build, rule
from ..parameters import Count, Number, Probability, State
from ..strategy import Classifier, Strategy
from .hunter import (
    AlternatorHunter,
    CooperatorHunter,
    CycleHunter,
    DefectorHunter,
    EventualCycleHunter,
    MathConstantHunter,
    RandomHunter,
)
from .titfortat import TitForTat

TEAM_MEMORY = 4096
"""Moves of a match for which each member's own proposals are kept (see the module docstring)."""

_NO_PARAMS = np.zeros(0)
_NO_PARAMS.setflags(write=False)


def _inlinable(cls: type):
    """The member's rule as a numba dispatcher that inlines into the meta rule."""
    return _build(cls.decide).dispatcher


def _layout(members: tuple) -> tuple:
    """Where each member's pieces live in the meta player's state.

    Returns ``(state_at, ctx_at, rows_at, opponent_at, slots)``: per member the
    first slot of its state (with one more entry, the end of the last) and of
    its context; per member the byte offset of its row of proposals; the byte
    offset of the shared copy of the opponent's moves; the number of slots.
    """
    state_at = [0]
    for member in members:
        state_at.append(state_at[-1] + member.state_size)
    ctx_at = tuple(state_at[-1] + CONTEXT_SIZE * k for k in range(len(members)))
    first_byte = 8 * (ctx_at[-1] + CONTEXT_SIZE)
    rows_at = tuple(first_byte + TEAM_MEMORY * k for k in range(len(members)))
    opponent_at = first_byte + TEAM_MEMORY * len(members)
    slots = (opponent_at + TEAM_MEMORY + 7) // 8
    return tuple(state_at), ctx_at, rows_at, opponent_at, slots


# -- consulting the members --------------------------------------------------------------------------

@njit(inline="always")
def _member_history(state, row_at, opponent_at, turn):
    """The ``(2, turn)`` history a member reads: its proposals (row OWN) and the opponent's moves (a view)."""
    raw = state.view(np.int8)
    return np.lib.stride_tricks.as_strided(raw[row_at:], shape=(2, turn), strides=(opponent_at - row_at, 1))


@njit(inline="always")
def _payoff(ctx, own, other):
    if own == C:
        return ctx[REWARD] if other == C else ctx[SUCKER]
    return ctx[TEMPTATION] if other == C else ctx[PUNISHMENT]


@njit(inline="always")
def _tell_members(turn, history, ctx, state, ctx_at, rows_at, opponent_at):
    """Tell every member the last round as it proposed it: update its context, copy the opponent's move."""
    if turn >= TEAM_MEMORY:
        return
    raw = state.view(np.int8)
    if turn == 0:
        for at in ctx_at:
            for k in range(CONTEXT_SIZE):
                state[at + k] = ctx[k]
        return
    other = history[OPPONENT, turn - 1]
    raw[opponent_at + turn - 1] = other
    for m in range(len(ctx_at)):
        at = ctx_at[m]
        own = raw[rows_at[m] + turn - 1]
        state[at + OWN_SCORE] += _payoff(ctx, own, other)
        state[at + OPPONENT_SCORE] += _payoff(ctx, other, own)
        state[at + OWN_DEFECTIONS] += own
        state[at + OPPONENT_DEFECTIONS] = ctx[OPPONENT_DEFECTIONS]


@njit(inline="always")
def _ask(decide, params, k, team, turn, history, ctx, state, rng):
    """Member ``k``'s proposal for this move (``team`` is its team's :func:`_layout`), kept in its row.

    Past the moves kept, the member is no longer consulted: its last proposal stands.
    """
    state_at, ctx_at, rows_at, opponent_at = team[0], team[1], team[2], team[3]
    row = rows_at[k]
    raw = state.view(np.int8)
    if turn >= TEAM_MEMORY:
        return raw[row + TEAM_MEMORY - 1]
    at = ctx_at[k]
    move = decide(turn, _member_history(state, row, opponent_at, turn), state[at:at + CONTEXT_SIZE], params,
                  state[state_at[k]:state_at[k + 1]], rng)
    raw[row + turn] = move
    return move


# -- the hunters' teams -----------------------------------------------------------------------------

_DEFECTOR_HUNTER = _inlinable(DefectorHunter)
_ALTERNATOR_HUNTER = _inlinable(AlternatorHunter)
_RANDOM_HUNTER = _inlinable(RandomHunter)
_MATH_CONSTANT_HUNTER = _inlinable(MathConstantHunter)
_CYCLE_HUNTER = _inlinable(CycleHunter)
_EVENTUAL_CYCLE_HUNTER = _inlinable(EventualCycleHunter)
_COOPERATOR_HUNTER = _inlinable(CooperatorHunter)

_HUNTERS = (DefectorHunter, AlternatorHunter, RandomHunter, MathConstantHunter, CycleHunter, EventualCycleHunter,
            CooperatorHunter)
# Both teams share one layout: the aggressive one's seventh member, Cooperator Hunter, has no state.
_H_TEAM = _layout(_HUNTERS)
_H_CTX, _H_ROWS, _H_OPPONENT, _H_SLOTS = _H_TEAM[1], _H_TEAM[2], _H_TEAM[3], _H_TEAM[4]
_H_CTX6 = _H_CTX[:6]
_H_ROWS6 = _H_ROWS[:6]


@njit(inline="always")
def _ask_hunters(turn, history, ctx, state, rng):
    """Whether any of the six hunters of Meta Hunter proposes to defect (all are asked, every move)."""
    prey = _ask(_DEFECTOR_HUNTER, _NO_PARAMS, 0, _H_TEAM, turn, history, ctx, state, rng)
    prey |= _ask(_ALTERNATOR_HUNTER, _NO_PARAMS, 1, _H_TEAM, turn, history, ctx, state, rng)
    prey |= _ask(_RANDOM_HUNTER, _NO_PARAMS, 2, _H_TEAM, turn, history, ctx, state, rng)
    prey |= _ask(_MATH_CONSTANT_HUNTER, _NO_PARAMS, 3, _H_TEAM, turn, history, ctx, state, rng)
    prey |= _ask(_CYCLE_HUNTER, _NO_PARAMS, 4, _H_TEAM, turn, history, ctx, state, rng)
    prey |= _ask(_EVENTUAL_CYCLE_HUNTER, _NO_PARAMS, 5, _H_TEAM, turn, history, ctx, state, rng)
    return prey


@njit(inline="always")
def _hunters_default(turn, history):
    """No prey: cooperate, or tit for tat once more than 100 moves have been played."""
    if turn > 100:
        return history[OPPONENT, turn - 1]
    return C


class MetaHunter(Strategy):
    """Defects whenever one of six hunters smells prey; otherwise cooperates, with tit for tat after move 100.

    The team: Defector, Alternator, Random, Math Constant, Cycle and Eventual
    Cycle Hunter (see :mod:`axelrod_nl.strategies.hunter`), each asked every
    move and each playing, in its own eyes, the moves it proposed (see the
    module docstring). If any proposes D, Meta Hunter defects. If none does, it
    cooperates for the first 101 moves and from move 102 on copies the
    opponent's previous move. Cooperator Hunter is not on the team: hunting
    cooperators makes it defect against unforgiving players for little gain.

    Names:

    - Meta Hunter: Axelrod-Python ``MetaHunter``; original name by Karol Langner
    """

    name = "Meta Hunter"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    team = State(_H_SLOTS, doc="the hunters' state, contexts and proposals, and the opponent's moves")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        _tell_members(turn, history, ctx, state, _H_CTX6, _H_ROWS6, _H_OPPONENT)
        if _ask_hunters(turn, history, ctx, state, rng) == D:
            return D
        return _hunters_default(turn, history)


class MetaHunterAggressive(Strategy):
    """Meta Hunter with Cooperator Hunter on the team as well: it also defects on unconditional cooperators.

    The team of :class:`MetaHunter` and Cooperator Hunter, seven in all, asked
    every move; D if any proposes D, else C, with tit for tat after move 100.

    Names:

    - Meta Hunter Aggressive: Axelrod-Python ``MetaHunterAggressive``; original name by Marc Harper
    """

    name = "Meta Hunter Aggressive"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    team = State(_H_SLOTS, doc="the hunters' state, contexts and proposals, and the opponent's moves")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        _tell_members(turn, history, ctx, state, _H_CTX, _H_ROWS, _H_OPPONENT)
        prey = _ask_hunters(turn, history, ctx, state, rng)
        prey |= _ask(_COOPERATOR_HUNTER, _NO_PARAMS, 6, _H_TEAM, turn, history, ctx, state, rng)
        if prey == D:
            return D
        return _hunters_default(turn, history)


# -- memory decay -------------------------------------------------------------------------------------

_TIT_FOR_TAT = _inlinable(TitForTat)


class MemoryDecay(Strategy):
    """Tit for tat for 15 moves, then cooperates while a fading memory of the opponent nets out non-negative.

    From the start it remembers each of the opponent's moves. For the first
    ``start_strategy_duration`` moves it plays as tit for tat (the reference
    library's default starting strategy, consulted as the catalogue's
    :class:`~axelrod_nl.strategies.titfortat.TitForTat`). After that, each
    move, the memory decays: with probability ``p_memory_alter`` one
    remembered move, picked uniformly, is flipped (C for D or D for C); then
    with probability ``p_memory_delete`` one, picked uniformly, is forgotten.
    The remembered cooperations count ``gain_value`` each and the defections
    ``loss_value``; it defects if the total is negative and cooperates
    otherwise.

    Only the numbers of remembered cooperations and defections matter (a move
    picked uniformly is a C with probability equal to the share of C), so the
    rule keeps the two counts, not the list; the moves it plays have the same
    distribution as the reference library's.

    Not provided: the reference library's ``memory`` argument (a list of
    moves remembered before the match starts) and ``start_strategy`` (another
    class to start with); the start is always tit for tat with an empty
    memory. ``start_strategy_duration`` must be at least 1 (with 0 the
    reference library picks from an empty memory on the first move and fails).

    Names:

    - Memory Decay: Axelrod-Python ``MemoryDecay``
    """

    name = "Memory Decay"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    p_memory_delete = Probability(default=0.1, doc="chance each move that one remembered move is forgotten")
    p_memory_alter = Probability(default=0.03, doc="chance each move that one remembered move is flipped")
    loss_value = Number(default=-2.0, doc="what a remembered defection counts")
    gain_value = Number(default=1.0, doc="what a remembered cooperation counts")
    start_strategy_duration = Count(default=15, minimum=1, doc="moves played as tit for tat at the start")
    cooperations = State(doc="remembered cooperations")
    defections = State(doc="remembered defections")

    def classify(self) -> Classifier:
        # Stochastic whatever the probabilities, as in the reference library: a flip or a deletion
        # picks its move at random.
        return type(self).classifier

    @rule
    def decide(turn, history, ctx, params, state, rng):
        proposal = _TIT_FOR_TAT(turn, history, ctx, _NO_PARAMS, state[0:0], rng)
        if turn > 0:
            if history[OPPONENT, turn - 1] == C:
                state[MemoryDecay.cooperations] += 1.0
            else:
                state[MemoryDecay.defections] += 1.0
        if turn < params[MemoryDecay.start_strategy_duration]:
            return proposal
        if uniform(rng) <= params[MemoryDecay.p_memory_alter]:
            remembered = state[MemoryDecay.cooperations] + state[MemoryDecay.defections]
            if remembered > 0.0:
                if uniform(rng) * remembered < state[MemoryDecay.cooperations]:
                    state[MemoryDecay.cooperations] -= 1.0
                    state[MemoryDecay.defections] += 1.0
                else:
                    state[MemoryDecay.defections] -= 1.0
                    state[MemoryDecay.cooperations] += 1.0
        if uniform(rng) <= params[MemoryDecay.p_memory_delete]:
            remembered = state[MemoryDecay.cooperations] + state[MemoryDecay.defections]
            if remembered > 0.0:
                if uniform(rng) * remembered < state[MemoryDecay.cooperations]:
                    state[MemoryDecay.cooperations] -= 1.0
                else:
                    state[MemoryDecay.defections] -= 1.0
        net = (params[MemoryDecay.gain_value] * state[MemoryDecay.cooperations]
               + params[MemoryDecay.loss_value] * state[MemoryDecay.defections])
        return D if net < 0.0 else C
