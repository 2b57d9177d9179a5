"""Finite-state machines: rules whose memory is a state, updated by the opponent's last move."""

from __future__ import annotations

import math

import numpy as np

from ..actions import as_action, to_letter
from ..engine.protocol import OPPONENT, sequence
from ..engine.rule import rule
from ..parameters import Move, Parameter, State
from ..strategy import Classifier, Strategy

_TIT_FOR_TAT_MACHINE = ((1, "C", 1, "C"), (1, "D", 1, "D"))


def _action(value, where: str) -> int:
    try:
        return as_action(value)
    except ValueError:
        raise ValueError(f"{where} must be C or D, got {value!r}") from None


def _state_label(value, where: str) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{where} must be an integer state label, got {value!r}")
    return int(value)


def _states(transitions, initial_state: int) -> tuple[int, ...]:
    """Every state label of a machine, sorted: those with rows, those moved to, and the initial one."""
    return tuple(sorted({row[0] for row in transitions} | {row[2] for row in transitions} | {initial_state}))


class _Transitions(Parameter):
    """A machine's table, kept as a tuple of rows ``(state, opponent_action, next_state, action)``.

    Encoded, for each state index ``i`` (labels numbered in sorted order), as
    ``next_if_C, action_if_C, next_if_D, action_if_D``.
    """

    variable = True

    def check(self, value):
        if isinstance(value, (str, bytes)):
            raise TypeError("transitions must be a sequence of (state, opponent_action, next_state, action) rows")
        try:
            rows = [tuple(row) for row in value]
        except TypeError:
            raise TypeError(
                "transitions must be a sequence of (state, opponent_action, next_state, action) rows, "
                f"got {value!r}"
            ) from None
        if not rows:
            raise ValueError("transitions must hold at least one row")
        table: dict[tuple[int, int], tuple[int, int]] = {}
        for number, row in enumerate(rows):
            where = f"transitions row {number} {row!r}"
            if len(row) != 4:
                raise ValueError(f"{where} must have 4 entries (state, opponent_action, next_state, action)")
            key = (_state_label(row[0], f"{where}: state"), _action(row[1], f"{where}: opponent_action"))
            if key in table:
                raise ValueError(f"{where} repeats state {key[0]} with opponent action {to_letter(key[1])}")
            table[key] = (_state_label(row[2], f"{where}: next_state"), _action(row[3], f"{where}: action"))
        return tuple(
            (state, to_letter(seen), next_state, to_letter(action))
            for (state, seen), (next_state, action) in table.items()
        )

    def encode(self, value, values):
        states = _states(value, values["initial_state"])
        index = {state: i for i, state in enumerate(states)}
        table = {(state, as_action(seen)): (next_state, as_action(action))
                 for state, seen, next_state, action in value}
        encoded: list[float] = []
        for state in states:
            for seen in (0, 1):
                # Unreachable states may lack rows; the rule never visits them.
                next_state, action = table.get((state, seen), (state, 0))
                encoded += [index[next_state], action]
        return encoded

    def show(self, value) -> str:
        return "(" + ", ".join(f"({s}, {a}, {n}, {b})" for s, a, n, b in value) + ")"


class _StateLabel(Parameter):
    """A state label, any integer; encoded as its index among the machine's sorted labels."""

    def check(self, value):
        return _state_label(value, self.name)

    def encode(self, value, values):
        return [float(_states(values["transitions"], value).index(value))]


class FSMPlayer(Strategy):
    """Plays a finite-state machine driven by the opponent's moves.

    ``transitions`` is a table of rows ``(state, opponent_action, next_state,
    action)``: in ``state``, having just seen ``opponent_action``, the machine
    moves to ``next_state`` and plays ``action``. The first move is
    ``initial_action``, played in ``initial_state`` without reading the
    table; from the second move on the table is applied to the opponent's
    previous move. States are integer labels, any integers; actions are "C"
    and "D" (or ``axn.C`` and ``axn.D``).

    The default machine, one state that copies the opponent, is tit for tat,
    as in Axelrod-Python. Machines of this kind were bred by Miller (1996,
    "The coevolution of automata in the repeated prisoner's dilemma", JEBO 29)
    and studied as bounded rationality by Rubinstein (1986, "Finite automata
    play the repeated prisoner's dilemma", Journal of Economic Theory 39);
    Ashlock and colleagues evolved many of the machines that Axelrod-Python
    names (Fortress3, Thumper, Predator, ...).

    Validation follows Axelrod-Python: every state the machine can be in (the
    initial state and every ``next_state``) must have a row for C and a row
    for D. Interpretation: where Axelrod-Python lets a later duplicate row
    silently replace an earlier one, two rows for the same
    ``(state, opponent_action)`` are refused here.

    The rule receives the machine with the states numbered in the sorted
    order of their labels: the index of ``initial_state``, ``initial_action``,
    and for each state index ``next_if_C, action_if_C, next_if_D,
    action_if_D``, read with ``sequence(params, FSMPlayer.transitions)``.

    The memory depth is 1 for a one-state machine and infinite otherwise (a
    state can remember arbitrarily old moves); Axelrod-Python's generic class
    says 1 whatever the machine.

    Names:

    - FSM Player: Axelrod-Python ``FSMPlayer``
    """

    name = "FSM Player"
    classifier = Classifier(stochastic=False, memory_depth=1)
    # From move 2 on a move and the next node depend only on the node and the opponent's last move.
    history_window = 1
    transitions = _Transitions(default=_TIT_FOR_TAT_MACHINE,
                               doc="rows (state, opponent_action, next_state, action)")
    initial_state = _StateLabel(default=1, doc="the state of the first move, an integer label")
    initial_action = Move(default="C", doc="the first move")
    current = State(doc="the index of the current state")

    def validate(self) -> None:
        table = {(state, seen) for state, seen, _, _ in self.transitions}
        reachable = {self.initial_state} | {next_state for _, _, next_state, _ in self.transitions}
        for state in sorted(reachable):
            for seen in "CD":
                if (state, seen) not in table:
                    raise ValueError(
                        f"state {state} has no transition for opponent action {seen} "
                        "(every reachable state needs a row for C and a row for D)"
                    )

    def classify(self) -> Classifier:
        return Classifier(stochastic=False, memory_depth=1 if len(self.states) == 1 else math.inf)

    @property
    def states(self) -> tuple[int, ...]:
        """Every state label of the machine, sorted."""
        return _states(self.transitions, self.initial_state)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[FSMPlayer.current] = params[FSMPlayer.initial_state]
            return int(params[FSMPlayer.initial_action])
        table = sequence(params, FSMPlayer.transitions)
        row = 4 * int(state[FSMPlayer.current]) + 2 * history[OPPONENT, turn - 1]
        state[FSMPlayer.current] = table[row]
        return int(table[row + 1])
