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

Not provided: ``DualTransformer``, which hands the original rule a history with
every move flipped (this library's rules read the match's own history, which
they may not change, and keeping a flipped copy would cost a full history per
player), and ``MixedTransformer``, which plays a fresh copy of other
strategies on some moves (their parameters and state would have to travel
inside the transformed rule). Both are left for later.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable, Sequence

from .actions import as_action
from .engine.protocol import LENGTH, OPPONENT, OPPONENT_DEFECTIONS, OWN
from .engine.random import random_choice, uniform
from .engine.rule import Rule
from .parameters import State
from .strategy import Classifier, Strategy
from .validation import check_probability, check_whole

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
        for k in range(self.extra_state):
            namespace[f"_transformer_slot_{k}"] = State(doc="kept by the transformation")
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


# ---- the transformers ----------------------------------------------------------------------------

def _sequence(name: str, seq) -> tuple:
    """Moves given as a string of C and D or a sequence of C, D (0, 1), as a tuple of 0 and 1."""
    if isinstance(seq, str):
        seq = list(seq)
    try:
        return tuple(as_action(move) for move in seq)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be moves (C and D), got {seq!r}") from None


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
    "apology": ApologyTransformer, "deadlock_breaking": DeadlockBreakingTransformer, "final": FinalTransformer,
    "flip": FlipTransformer, "forgiver": ForgiverTransformer, "grudge": GrudgeTransformer,
    "initial": InitialTransformer, "joss_ann": JossAnnTransformer, "nice": NiceTransformer,
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
