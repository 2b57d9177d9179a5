"""Lookup tables: rules that read their move off a table indexed by recent history."""

from __future__ import annotations

import itertools
import math
from typing import Mapping, Optional, Sequence

import numpy as np
from numba import njit

from ..actions import as_action, to_letter
from ..engine.protocol import OPPONENT, OWN, sequence
from ..engine.rule import rule
from ..parameters import Moves, Parameter
from ..strategy import Classifier, Strategy

_MAX_KEY_LENGTH = 20  # 2**20 table entries already make a params row of 8 MB


def _actions(value, where: str) -> tuple[int, ...]:
    """Moves given as a string such as "CD" or a sequence of "C"/"D"/axn.C/axn.D."""
    if isinstance(value, str):
        items = list(value)
    else:
        try:
            items = list(value)
        except TypeError:
            raise TypeError(f"{where} must be a string of C and D or a sequence of actions, got {value!r}") from None
    moves = []
    for item in items:
        try:
            moves.append(as_action(item))
        except ValueError:
            raise ValueError(f"{where} must be made of C and D only, got {item!r} in {value!r}") from None
    return tuple(moves)


def _depths(parameters) -> tuple[int, int, int]:
    try:
        values = tuple(parameters)
    except TypeError:
        raise TypeError(f"parameters must be (plays, op_plays, op_openings), got {parameters!r}") from None
    if len(values) != 3:
        raise ValueError(f"parameters must be three depths (plays, op_plays, op_openings), got {parameters!r}")
    for label, value in zip(("plays", "op_plays", "op_openings"), values):
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
            raise TypeError(f"parameters: {label} must be a non-negative integer, got {value!r}")
        if value < 0:
            raise ValueError(f"parameters: {label} must be a non-negative integer, got {value}")
    if sum(values) > _MAX_KEY_LENGTH:
        raise ValueError(f"parameters: a key of {sum(values)} moves is too long (at most {_MAX_KEY_LENGTH})")
    return tuple(int(v) for v in values)


class _Depths(Parameter):
    """The three depths of a table's keys, ``(plays, op_plays, op_openings)``, encoded in that order."""

    slots = 3

    def check(self, value):
        return _depths(value)

    def encode(self, value, values):
        return [float(depth) for depth in value]

    def show(self, value) -> str:
        return "({}, {}, {})".format(*value)


def table_keys(plays: int, op_plays: int, op_openings: int) -> list[tuple[str, str, str]]:
    """The keys of a table, in pattern order, as ``(own_last, opponent_last, opponent_first)`` strings.

    Each part lists moves oldest first; keys run through all combinations with
    C before D, own moves varying slowest and the opponent's openings fastest,
    which is the order of Axelrod-Python's ``create_lookup_table_keys``.
    """
    parts = [itertools.product("CD", repeat=n) for n in (plays, op_plays, op_openings)]
    return [tuple("".join(part) for part in key) for key in itertools.product(*parts)]


class LookerUp(Strategy):
    """Looks its move up in a table keyed by recent and opening moves.

    A key is three strings of moves: the player's own last ``plays`` moves,
    the opponent's last ``op_plays`` moves, and the opponent's first
    ``op_openings`` moves (each oldest first). Until enough moves have been
    played to form a key, that is for the first
    ``max(plays, op_plays, op_openings)`` moves, it plays ``initial_actions``
    instead.

    A table is given either as ``pattern``, one move per key in the order of
    :func:`table_keys` (all combinations, C before D, own moves varying
    slowest), together with ``parameters = (plays, op_plays, op_openings)``;
    or as ``lookup_dict``, a mapping from every key ``(own, op, openings)``
    (strings such as ``("CD", "D", "")`` or tuples of actions) to a move.
    ``initial_actions`` is cut to the number of moves needed, or padded with
    C. The default table, ``parameters=(0, 1, 0)`` and ``pattern="CD"``
    (C after the opponent's C, D after its D) opening with C, is tit for tat,
    as in Axelrod-Python.

    Interpretation: Axelrod-Python ignores a pattern given without
    parameters (and the reverse) and falls back on tit for tat; here that is
    an error. The memory depth is the longest recent-move depth when
    ``op_openings`` is 0, and infinite otherwise, as in Axelrod-Python.

    The depths are the declared parameter ``parameters``, Axelrod-Python's
    name (the rule reads ``params[LookerUp.parameters]``); the pattern and the
    initial actions are patterns of moves, read with
    ``sequence(params, LookerUp.pattern)``.

    Axelrod (1987, "The evolution of strategies in the iterated prisoner's
    dilemma", in Genetic Algorithms and Simulated Annealing) evolved rules
    encoded as lookup tables on the last three rounds; Martin Jones wrote
    the general player for Axelrod-Python, whose trained tables (Winner12,
    EvolvedLookerUp2_2_2, ...) are instances of it.

    Names:

    - LookerUp: Axelrod-Python ``LookerUp``
    """

    name = "LookerUp"
    classifier = Classifier(stochastic=False, memory_depth=1)
    pattern = Moves(default="CD", doc="one move per key, in the order of table_keys")
    parameters = _Depths(default=(0, 1, 0), doc="(plays, op_plays, op_openings), the lengths of a key's parts")
    initial_actions = Moves(default="C", minimum_length=0,
                            doc="the moves played until a key can be formed, one per move")

    def __init__(self, lookup_dict: Optional[Mapping] = None, initial_actions=None,
                 pattern=None, parameters: Optional[Sequence[int]] = None) -> None:
        if lookup_dict is not None:
            if pattern is not None or parameters is not None:
                raise ValueError("give either lookup_dict or pattern and parameters, not both")
            depths, pattern = self._from_dict(lookup_dict)
        elif pattern is None and parameters is None:
            depths, pattern = (0, 1, 0), "CD"
        elif pattern is None or parameters is None:
            raise ValueError("pattern and parameters go together: give both, or neither for tit for tat")
        else:
            depths = _depths(parameters)
        given = () if initial_actions is None else _actions(initial_actions, "initial_actions")
        table_depth = max(depths)
        opening = (given + (0,) * table_depth)[:table_depth]
        super().__init__(pattern=pattern, parameters=depths, initial_actions=opening)

    def validate(self) -> None:
        expected = 2 ** sum(self.parameters)
        if len(self.pattern) != expected:
            raise ValueError(
                f"pattern for parameters {self.parameters} must have {expected} moves, got {len(self.pattern)}"
            )
        if len(self.initial_actions) != self.table_depth:
            raise ValueError(
                f"initial_actions for parameters {self.parameters} must have {self.table_depth} moves, "
                f"got {len(self.initial_actions)}"
            )

    def classify(self) -> Classifier:
        return Classifier(
            stochastic=False,
            memory_depth=self.table_depth if self.parameters[2] == 0 else math.inf,
        )

    @property
    def table_depth(self) -> int:
        """How many moves are played before a key can be formed: the largest depth."""
        return max(self.parameters)

    @staticmethod
    def _from_dict(lookup_dict: Mapping) -> tuple[tuple[int, int, int], tuple[int, ...]]:
        if not isinstance(lookup_dict, Mapping) or not lookup_dict:
            raise TypeError(f"lookup_dict must be a non-empty mapping from keys to moves, got {lookup_dict!r}")
        table = {}
        for key, value in lookup_dict.items():
            if not isinstance(key, tuple) or len(key) != 3:
                raise ValueError(f"lookup_dict key {key!r} must be (own_plays, op_plays, op_openings)")
            parts = tuple(
                "".join(to_letter(m) for m in _actions(part, f"lookup_dict key {key!r}")) for part in key
            )
            table[parts] = _actions([value], f"lookup_dict value for {key!r}")[0]
        depths = tuple(len(part) for part in next(iter(table)))
        if any(tuple(len(part) for part in key) != depths for key in table):
            raise ValueError("lookup_dict keys must all have the same three lengths")
        if sum(depths) > _MAX_KEY_LENGTH:
            raise ValueError(f"lookup_dict keys of {sum(depths)} moves are too long (at most {_MAX_KEY_LENGTH})")
        keys = table_keys(*depths)
        missing = [key for key in keys if key not in table]
        if missing:
            raise ValueError(f"lookup_dict lacks {len(missing)} of the {len(keys)} keys, e.g. {missing[0]!r}")
        return depths, tuple(table[key] for key in keys)

    @property
    def lookup_dict(self) -> dict[tuple[str, str, str], str]:
        """The table as ``{(own_last, opponent_last, opponent_first): move}``."""
        return dict(zip(table_keys(*self.parameters), self.pattern))

    def __str__(self) -> str:
        if self.parameters == (0, 1, 0) and self.pattern == "CD" and self.initial_actions == "C":
            return self.name
        return super().__str__()

    @rule
    def decide(turn, history, ctx, params, state, rng):
        key = table_index(turn, history, params)
        if key < 0:
            return int(sequence(params, LookerUp.initial_actions)[turn])
        return int(sequence(params, LookerUp.pattern)[key])


@njit(cache=True, inline="always")
def table_index(turn, history, params):
    """The table row for this move (own last plays, opponent's last plays, opponent's openings, as bits),
    or -1 while the moves it needs have not all been played. Shared by LookerUp and its subclasses."""
    plays = int(params[LookerUp.parameters])
    op_plays = int(params[LookerUp.parameters + 1])
    op_openings = int(params[LookerUp.parameters + 2])
    if turn < max(plays, max(op_plays, op_openings)):
        return -1
    key = 0
    for t in range(turn - plays, turn):
        key = 2 * key + history[OWN, t]
    for t in range(turn - op_plays, turn):
        key = 2 * key + history[OPPONENT, t]
    for t in range(op_openings):
        key = 2 * key + history[OPPONENT, t]
    return key
