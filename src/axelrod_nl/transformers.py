"""Strategy transformers: a strategy class changed by a rule applied to each of its moves.

The transformers of Axelrod-Python (``axelrod.strategy_transformers``), with the
same names, arguments, display names and moves::

    >>> import axelrod_nl as axn
    >>> from axelrod_nl.transformers import NoisyTransformer, FinalTransformer
    >>> NoisyTitForTat = NoisyTransformer(0.1)(axn.TitForTat)
    >>> str(NoisyTitForTat())
    'Noisy Tit For Tat: 0.1'
    >>> Cautious = FinalTransformer("DD")(NoisyTransformer(0.1)(axn.TitForTat))

A transformer called on a strategy class returns a subclass: the same
parameters (the transformer's own arguments are fixed in the class, as in the
reference library), the classifier changed as the transformation requires, and
a new rule that calls the original rule and then transforms its move. The
original rule is always consulted first, also on moves where the
transformation overrides it, so its state and random draws advance as they
would without the transformation (the reference library does the same).

Speed: the new rule is compiled once per class (per combination of
transformations and arguments) with the original rule inlined into it by
numba, so a transformed strategy costs one extra branch or draw per move, not
an interpreted call. These classes are made at run time and their compiled
code is not kept between processes.

Classifiers follow the reference library's reclassifications, except where
those are not true of the transformed rule: deadlock breaking reads the last
two rounds and apology the last ``len(myseq)``, so their memory depth is at
least that (the reference library leaves it unchanged), and retaliation keeps
a count over the whole match, so beyond one retaliation its memory is
unbounded (the reference library says ``max(retaliations, original)``).

The dual (``DualTransformer``) hands the original rule the match as its dual
would see it: its own past moves flipped, the opponent's as played. A rule
reads the match's history, which it may not change, so the dual keeps a
flipped copy in its own state (as the meta players keep their members'
proposals, :mod:`axelrod_nl.strategies.meta`), for at most
:data:`DUAL_MEMORY` (10,000) moves: a longer match is refused with an error
naming the rule and the move, never played wrong. The mixture
(``MixedTransformer``) calls, on the moves it mutates, the rule of a fresh
player of another strategy: its state starts empty each time (scratch slots
of the transformed rule, zeroed before each call) and its parameters are
fixed in the compiled rule.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable, Sequence

import numpy as np
from numba import njit
from numba.extending import overload

from .actions import as_action
from .engine.protocol import (
    CONTEXT_SIZE,
    LENGTH,
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OWN,
    OWN_DEFECTIONS,
)
from .engine.random import random_choice, uniform
from .engine.rule import Rule
from .parameters import State
from .strategy import Classifier, Strategy
from .validation import check_probability, check_whole

DUAL_MEMORY = 10_000
"""The longest match a dual can play: it keeps a flipped copy of this many moves in its state."""

_TRANSFORMED: dict = {}  # (class, transformer name, arguments) -> the transformed class, made once


def _inner_dispatcher(cls: type):
    from .engine.rule import _build

    rule_ = cls.decide
    if not rule_.jit:
        raise TypeError(f"{cls.__name__} has a plain-Python rule; transformers take jitted rules only")
    return _build(rule_).dispatcher


def _shown(arg) -> str:
    if isinstance(arg, tuple) and all(isinstance(a, int) and a in (0, 1) for a in arg):
        return "[" + ", ".join("CD"[a] for a in arg) + "]"
    if isinstance(arg, tuple):
        return "(" + ", ".join(str(a) for a in arg) + ")" if len(arg) != 1 else f"({arg[0]},)"
    return str(arg)


class _Transformer:
    """One transformation with its arguments: call it on a strategy class."""

    def __init__(self, prefix: str, make: Callable, reclassify: Callable, args: tuple, extra_state: int = 0) -> None:
        self.prefix = prefix
        self.make = make
        self.reclassify = reclassify
        self.args = args
        self.extra_state = extra_state

    def __call__(self, cls: type) -> type:
        if not (isinstance(cls, type) and issubclass(cls, Strategy)):
            raise TypeError(f"a transformer takes a Strategy class, got {cls!r}")
        key = (cls, self.prefix, self.args)
        if key in _TRANSFORMED:
            return _TRANSFORMED[key]
        inner = _inner_dispatcher(cls)
        extra = cls.state_size
        function = self.make(inner, extra, *self.args)
        decide = Rule(function)
        decide.trusted = cls.decide.trusted
        decide.checked = cls.decide.checked
        reclassify, args = self.reclassify, self.args
        namespace = {
            "name": f"{self.prefix} {cls.name}",
            "classifier": reclassify(cls.classifier, *args),
            "decide": decide,
            "original_class": cls,
            "transformer_args": args,
            "__module__": __name__,
            "__doc__": f"{cls.__name__}, {self.prefix.lower()} (see axelrod_nl.transformers).\n\n{cls.__doc__ or ''}",
            "classify": lambda self: reclassify(cls.classify(self), *args),
            "__str__": lambda self: cls.__str__(self) + "".join(
                (": " if k == 0 else ", ") + _shown(a) for k, a in enumerate(args)),
        }
        if self.extra_state:
            # Named by its first slot, so that a transformation applied twice keeps two sets of slots.
            namespace[f"_transformer_state_{extra}"] = State(self.extra_state, doc="kept by the transformation")
        new = type(cls)(f"{self.prefix.replace('-', '')}{cls.__name__}", (cls,), namespace)
        _TRANSFORMED[key] = new
        return new


# ---- the transformed rules (closures over the original rule and the arguments) ------------------

def _flip(inner, extra):
    def decide(turn, history, ctx, params, state, rng):
        return 1 - inner(turn, history, ctx, params, state, rng)

    return decide


def _noisy(inner, extra, noise):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if noise == 0.0:
            return move
        if noise == 1.0:
            return 1 - move
        if uniform(rng) < noise:
            return 1 - move
        return move

    return decide


def _forgiver(inner, extra, p):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if move == 1:
            return random_choice(rng, p)
        return 0

    return decide


def _nice(inner, extra):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if move == 1 and ctx[OPPONENT_DEFECTIONS] == 0:
            return 0
        return move

    return decide


def _initial(inner, extra, seq):
    moves = seq
    n = len(moves)

    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if turn < n:
            return moves[turn]
        return move

    return decide


def _final(inner, extra, seq):
    moves = seq
    n = len(moves)

    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        length = ctx[LENGTH]
        if length < 0 or turn >= length:
            return move
        left = int(length) - turn  # moves left, this one included
        if left <= n:
            return moves[n - left]
        return move

    return decide


def _identity(inner, extra):
    def decide(turn, history, ctx, params, state, rng):
        return inner(turn, history, ctx, params, state, rng)

    return decide


def _deadlock(inner, extra):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if turn < 2:
            return move
        own_last, their_last = history[OWN, turn - 1], history[OPPONENT, turn - 1]
        own_before, their_before = history[OWN, turn - 2], history[OPPONENT, turn - 2]
        # Alternating unilateral defections (CD then DC, or DC then CD) break off with a cooperation.
        if own_before != their_before and own_last != their_last and own_before != own_last:
            return 0
        return move

    return decide


def _grudge(inner, extra, grudges):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if ctx[OPPONENT_DEFECTIONS] > grudges:
            return 1
        return move

    return decide


def _apology(inner, extra, own_seq, their_seq):
    mine, theirs = own_seq, their_seq
    n = len(mine)

    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if turn < n:
            return move
        for k in range(n):
            if history[OWN, turn - n + k] != mine[k] or history[OPPONENT, turn - n + k] != theirs[k]:
                return move
        return 0

    return decide


def _joss_ann(inner, extra, probability):
    p_c, p_d = probability
    total = p_c + p_d
    if total > 1:
        p_c, p_d = p_c / total, p_d / total
    fixed = -1
    if p_c == 1:
        fixed = 0
    elif p_d == 1:
        fixed = 1
    edge = p_c + p_d

    def decide(turn, history, ctx, params, state, rng):
        if fixed >= 0:
            # As in the reference library: a certain Joss-Ann never consults the original rule.
            return fixed
        move = inner(turn, history, ctx, params, state, rng)
        u = uniform(rng)
        if u < p_c:
            return 0
        if u < edge:
            return 1
        return move

    return decide


def _retaliation(inner, extra, retaliations):
    slot = extra

    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if turn == 0:
            state[slot] = 0.0
            return move
        if history[OPPONENT, turn - 1] == 1:
            state[slot] += retaliations - 1
            return 1
        if state[slot] == 0.0:
            return move
        if state[slot] > 0.0:
            state[slot] -= 1.0
            return 1
        return move

    return decide


def _rua(inner, extra):
    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if turn > 0 and history[OPPONENT, turn - 1] == 1:
            return 1
        return move

    return decide


@njit(inline="always")
def _dual_history(state, own_at, opponent_at, turn):
    """The ``(2, turn)`` history the dual's original rule reads: a view of the two rows kept in ``state``."""
    raw = state.view(np.int8)
    return np.lib.stride_tricks.as_strided(raw[own_at:], shape=(2, turn), strides=(opponent_at - own_at, 1))


def _read_only(array):
    """``array`` as a read-only view; compiled, the array itself (numba cannot mark an array read-only).

    Run as plain Python (the engine replays a failing match so), the original's compiled rule
    must be handed read-only arrays, as the engine hands them, to find its compiled form.
    """
    view = array.view()
    view.setflags(write=False)
    return view


@overload(_read_only)
def _read_only_compiled(array):
    return lambda array: array


def _dual(inner, extra):
    # The dual's slots: the original's context (CONTEXT_SIZE slots), then DUAL_MEMORY bytes of its own
    # moves flipped, then DUAL_MEMORY bytes of the opponent's moves.
    ctx_at = extra
    own_at = 8 * (extra + CONTEXT_SIZE)
    opponent_at = own_at + DUAL_MEMORY
    cap = DUAL_MEMORY

    def decide(turn, history, ctx, params, state, rng):
        if turn >= cap:
            raise IndexError("a dual transformer keeps the history of at most 10000 moves")
        raw = state.view(np.int8)
        if turn > 0:
            raw[own_at + turn - 1] = 1 - history[OWN, turn - 1]
            raw[opponent_at + turn - 1] = history[OPPONENT, turn - 1]
        for k in range(CONTEXT_SIZE):
            state[ctx_at + k] = ctx[k]
        state[ctx_at + OWN_DEFECTIONS] = turn - ctx[OWN_DEFECTIONS]
        move = inner(turn, _read_only(_dual_history(state, own_at, opponent_at, turn)),
                     _read_only(state[ctx_at:ctx_at + CONTEXT_SIZE]), params, state[:extra], rng)
        return 1 - move

    return decide


def _dual_slots() -> int:
    return CONTEXT_SIZE + (2 * DUAL_MEMORY + 7) // 8


def _mutant_chain(mutants: tuple, extra: int):
    """One inlinable function ``call(k, turn, history, ctx, state, rng)`` playing mutant ``k`` from scratch."""
    mutant = mutants[0]
    rule_ = _inner_dispatcher(mutant.cls)
    values = mutant.values
    first, end = extra, extra + mutant.cls.state_size

    @njit(inline="always")
    def play(turn, history, ctx, state, rng):
        for j in range(first, end):
            state[j] = 0.0
        return rule_(turn, history, ctx, values, state[first:end], rng)

    if len(mutants) == 1:
        @njit(inline="always")
        def call(k, turn, history, ctx, state, rng):
            return play(turn, history, ctx, state, rng)

        return call
    rest = _mutant_chain(mutants[1:], extra)

    @njit(inline="always")
    def call(k, turn, history, ctx, state, rng):
        if k == 0:
            return play(turn, history, ctx, state, rng)
        return rest(k - 1, turn, history, ctx, state, rng)

    return call


def _mixed(inner, extra, probability, m_player):
    probabilities, mutants = _mixture(probability, m_player)
    call = _mutant_chain(mutants, extra)
    total = sum(probabilities)
    certain = probabilities.index(1.0) if 1.0 in probabilities else -1
    edges = np.cumsum(np.array(probabilities, dtype=np.float64))
    edges.setflags(write=False)
    last = len(probabilities) - 1

    def decide(turn, history, ctx, params, state, rng):
        move = inner(turn, history, ctx, params, state, rng)
        if total == 0.0:
            return move
        if certain >= 0:
            return call(certain, turn, history, ctx, state, rng)
        if uniform(rng) < total:
            # Which mutant: by the probabilities scaled to add up to 1.
            v = uniform(rng) * total
            k = 0
            while k < last and v >= edges[k]:
                k += 1
            return call(k, turn, history, ctx, state, rng)
        return move

    return decide


# ---- reclassifiers ---------------------------------------------------------------------------------

def _same(classifier: Classifier, *args) -> Classifier:
    return classifier


def _randomised(classifier: Classifier, p) -> Classifier:
    return classifier if p in (0, 1) else replace(classifier, stochastic=True)


def _remembers(n: int) -> Callable:
    def reclassify(classifier: Classifier, *args) -> Classifier:
        return replace(classifier, memory_depth=max(n, classifier.memory_depth))

    return reclassify


def _final_reclassify(classifier: Classifier, seq) -> Classifier:
    changed = replace(classifier, memory_depth=max(len(seq), classifier.memory_depth))
    return replace(changed, uses_length=True) if seq else changed


def _joss_ann_reclassify(classifier: Classifier, probability) -> Classifier:
    p_c, p_d = probability
    total = p_c + p_d
    if total > 1:
        p_c, p_d = p_c / total, p_d / total
    if (p_c, p_d) in ((1, 0), (0, 1)):
        return Classifier(stochastic=False, memory_depth=0)
    return replace(classifier, stochastic=True)


def _retaliation_reclassify(classifier: Classifier, retaliations) -> Classifier:
    # The count of retaliations owed accumulates over the whole match, so beyond one retaliation a
    # move can depend on any earlier defection; Axelrod-Python classifies the memory depth as
    # max(retaliations, original), which its own counting contradicts.
    if retaliations > 1:
        return replace(classifier, memory_depth=math.inf)
    return replace(classifier, memory_depth=max(1, classifier.memory_depth))


def _mixed_reclassify(classifier: Classifier, probability, m_player) -> Classifier:
    probabilities, mutants = _mixture(probability, m_player)
    used = [m for p, m in zip(probabilities, mutants) if p > 0]
    if not used:
        return classifier
    changed = classifier
    for m in used:
        theirs = m.classifier
        changed = replace(changed, memory_depth=max(changed.memory_depth, theirs.memory_depth),
                          uses_length=changed.uses_length or theirs.uses_length,
                          uses_payoffs=changed.uses_payoffs or theirs.uses_payoffs,
                          long_run_time=changed.long_run_time or theirs.long_run_time)
    if 1.0 in probabilities:
        return replace(changed, stochastic=mutants[probabilities.index(1.0)].classifier.stochastic)
    return replace(changed, stochastic=True)


# ---- the transformers ----------------------------------------------------------------------------

def _sequence(name: str, seq) -> tuple:
    """Moves given as a string of C and D or a sequence of C, D (0, 1), as a tuple of 0 and 1."""
    if isinstance(seq, str):
        seq = list(seq)
    try:
        return tuple(as_action(move) for move in seq)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be moves (C and D), got {seq!r}") from None


class _Mutant:
    """A strategy a mixture plays on some moves: its class and the parameters of a fresh player of it."""

    def __init__(self, player) -> None:
        if isinstance(player, str):
            from .strategies import CATALOGUE

            if player not in CATALOGUE:
                raise ValueError(f"m_player names no catalogue strategy: {player!r}")
            player = CATALOGUE[player]
        if isinstance(player, type) and issubclass(player, Strategy):
            player = player()
        if not isinstance(player, Strategy):
            raise TypeError(f"m_player must be strategies (classes, players or catalogue names), got {player!r}")
        self.cls = type(player)
        _inner_dispatcher(self.cls)  # refuses a plain-Python rule now
        self.values = player.params_array()
        self.values.setflags(write=False)
        self.classifier = player.classify()
        self.shown = str(player)

    def _key(self) -> tuple:
        return self.cls, tuple(self.values)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Mutant) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.shown

    __repr__ = __str__


def _mixture(probability, m_player) -> tuple:
    """The mixture's arguments as a tuple of probabilities and a tuple of :class:`_Mutant`."""
    if isinstance(probability, tuple):
        return probability, m_player
    return (probability,), (m_player,)


def FlipTransformer() -> _Transformer:
    """Plays the opposite of every move the original rule chooses ("Flipped")."""
    return _Transformer("Flipped", _flip, _same, ())


def NoisyTransformer(noise: float = 0.05) -> _Transformer:
    """Flips each move the original rule chooses with probability ``noise`` ("Noisy")."""
    noise = check_probability("noise", noise)
    return _Transformer("Noisy", _noisy, _randomised, (noise,))


def ForgiverTransformer(p: float) -> _Transformer:
    """Turns each defection of the original rule into a cooperation with probability ``p`` ("Forgiving")."""
    p = check_probability("p", p)
    return _Transformer("Forgiving", _forgiver, _randomised, (p,))


def NiceTransformer() -> _Transformer:
    """Never defects before the opponent has defected ("Nice")."""
    return _Transformer("Nice", _nice, _same, ())


def InitialTransformer(seq: Sequence = ()) -> _Transformer:
    """Plays the moves ``seq`` first, then the original rule's ("Initial")."""
    moves = _sequence("seq", seq)
    return _Transformer("Initial", _initial, lambda c, s: _remembers(len(s))(c), (moves,))


def FinalTransformer(seq: Sequence = ()) -> _Transformer:
    """Plays the moves ``seq`` last, when the match length is announced ("Final")."""
    moves = _sequence("seq", seq)
    return _Transformer("Final", _final, _final_reclassify, (moves,))


def DualTransformer() -> _Transformer:
    """Plays the opposite of what the original rule chooses when shown its own past moves flipped ("Dual").

    The dual of a strategy answers any history with the opposite of the move
    the strategy would make on the same history with its own moves flipped
    (Ashlock 2010, doi:10.1109/ITW.2010.5593352; Axelrod-Python
    ``DualTransformer``). The original rule reads its own moves flipped, the
    opponent's as played, and its own defection count as the number of its
    flipped defections; the scores, payoffs, match length and the opponent's
    defections are as played (Axelrod-Python also keeps the scores as played).

    The flipped history is kept in the transformed rule's state for at most
    :data:`DUAL_MEMORY` moves (about 20 kB a player, cleared at the start of
    each match); in a longer match move ``DUAL_MEMORY + 1`` raises an
    ``IndexError``, reported as an error naming the rule and the move.
    The classifier is unchanged, as in the reference library.
    """
    return _Transformer("Dual", _dual, _same, (), extra_state=_dual_slots())


def MixedTransformer(probability, m_player) -> _Transformer:
    """With probability ``probability`` plays, on a move, what a fresh player of ``m_player`` would ("Mutated").

    ``probability`` and ``m_player`` are one probability and one strategy, or
    sequences of the same length: each move, with probability the sum of the
    probabilities, the move is played by one of the strategies, picked with
    chances in proportion to the probabilities (which need not add up to 1; if
    they add up to more, every move is). If a probability is 1, that strategy
    plays every move and no random number is drawn (Axelrod-Python
    ``MixedTransformer``). A strategy is a class (with its default
    parameters), a player (with its parameters) or a catalogue name.

    The strategy is a fresh player each time it is used, as in the reference
    library: its rule starts from empty state and reads the match's history
    and context as the transformed player sees them (its own moves being the
    moves actually played; the match length and payoffs as announced, where
    the reference library's fresh player is told neither and assumes an
    unknown length and the default game). The original rule is consulted on
    every move.
    Its random draws come from the transformed player's stream, so only the
    distribution of moves can agree with the reference library's.
    The classifier is stochastic unless all probabilities are 0 or one is 1
    with a deterministic strategy, and its memory depth, use of the length
    and of the payoffs cover the strategies used.
    """
    if isinstance(probability, (list, tuple)) or isinstance(m_player, (list, tuple)):
        if not (isinstance(probability, (list, tuple)) and isinstance(m_player, (list, tuple))):
            raise TypeError("probability and m_player must both be single or both be sequences")
        if len(probability) != len(m_player) or not probability:
            raise ValueError(f"probability and m_player must have the same positive length, "
                             f"got {len(probability)} and {len(m_player)}")
        args = (tuple(check_probability("probability", p) for p in probability), tuple(_Mutant(m) for m in m_player))
    else:
        args = (check_probability("probability", probability), _Mutant(m_player))
    scratch = max(m.cls.state_size for m in _mixture(*args)[1])
    return _Transformer("Mutated", _mixed, _mixed_reclassify, args, extra_state=scratch)


def TrackHistoryTransformer() -> _Transformer:
    """Changes no move ("HistoryTracking"); the reference library records the moves, which results here already hold."""
    return _Transformer("HistoryTracking", _identity, _same, ())


def DeadlockBreakingTransformer() -> _Transformer:
    """Cooperates to end a deadlock of alternating defections, CD then DC or DC then CD ("DeadlockBreaking")."""
    return _Transformer("DeadlockBreaking", _deadlock, _remembers(2), ())


def GrudgeTransformer(grudges: int) -> _Transformer:
    """Defects for good once the opponent has defected more than ``grudges`` times ("Grudging")."""
    grudges = check_whole("grudges", grudges, minimum=0)
    return _Transformer("Grudging", _grudge, _same, (grudges,))


def ApologyTransformer(myseq: Sequence, opseq: Sequence) -> _Transformer:
    """Cooperates when its own last moves were ``myseq`` and the opponent's ``opseq`` ("Apologizing")."""
    mine, theirs = _sequence("myseq", myseq), _sequence("opseq", opseq)
    if len(mine) != len(theirs):
        raise ValueError(f"myseq and opseq must have the same length, got {len(mine)} and {len(theirs)}")
    return _Transformer("Apologizing", _apology, lambda c, m, t: _remembers(len(m))(c), (mine, theirs))


def JossAnnTransformer(probability: tuple) -> _Transformer:
    """Cooperates with probability ``probability[0]``, defects with ``probability[1]``, else plays the original rule ("Joss-Ann").

    Probabilities that add up to more than 1 are scaled to add up to 1 (Ashlock
    and Kim 2008, "Fingerprinting: visualization and automatic analysis of
    prisoner's dilemma strategies"; Axelrod-Python ``JossAnnTransformer``).
    """
    if not isinstance(probability, (tuple, list)) or len(probability) != 2:
        raise TypeError(f"probability must be a pair (p_cooperate, p_defect), got {probability!r}")
    pair = tuple(check_probability("probability", p) for p in probability)
    return _Transformer("Joss-Ann", _joss_ann, _joss_ann_reclassify, (pair,))


def RetaliationTransformer(retaliations: int) -> _Transformer:
    """Answers each defection of the opponent with ``retaliations`` defections, cumulatively ("Retaliating")."""
    retaliations = check_whole("retaliations", retaliations, minimum=0)
    return _Transformer("Retaliating", _retaliation, _retaliation_reclassify, (retaliations,), extra_state=1)


def RetaliateUntilApologyTransformer() -> _Transformer:
    """Defects after each defection of the opponent, until it cooperates again ("RUA")."""
    return _Transformer("RUA", _rua, _remembers(1), ())


TRANSFORMERS = {
    "apology": ApologyTransformer, "deadlock_breaking": DeadlockBreakingTransformer, "dual": DualTransformer,
    "final": FinalTransformer,
    "flip": FlipTransformer, "forgiver": ForgiverTransformer, "grudge": GrudgeTransformer,
    "initial": InitialTransformer, "joss_ann": JossAnnTransformer, "mixed": MixedTransformer, "nice": NiceTransformer,
    "noisy": NoisyTransformer, "retaliation": RetaliationTransformer,
    "retaliate_until_apology": RetaliateUntilApologyTransformer, "track_history": TrackHistoryTransformer,
}
"""Every transformer by a short name (as the CLI and specs spell them)."""


def transform(cls: type, *steps: tuple) -> type:
    """``cls`` transformed by each ``(name, *args)`` step in turn, e.g. ``transform(TitForTat, ("noisy", 0.1))``."""
    for step in steps:
        if not isinstance(step, tuple) or not step or step[0] not in TRANSFORMERS:
            raise ValueError(f"a step is (name, *args) with a name among {', '.join(TRANSFORMERS)}; got {step!r}")
        cls = TRANSFORMERS[step[0]](*step[1:])(cls)
    return cls


__all__ = [name for name in dir() if name.endswith("Transformer")] + ["TRANSFORMERS", "transform"]
