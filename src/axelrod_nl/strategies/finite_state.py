"""Finite-state machines: rules whose memory is a state, updated by the opponent's last move."""

from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np

from ..actions import as_action, to_letter
from ..engine.protocol import OPPONENT
from ..engine.rule import rule
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

    Encoding for the rule: ``[n_states, initial_state_index, initial_action]``
    followed, for each state index ``i``, by ``next_if_C, action_if_C,
    next_if_D, action_if_D``; state labels are numbered in sorted order.
    The count goes first because the engine pads parameter rows with zeros.

    The memory depth is 1 for a one-state machine and infinite otherwise (a
    state can remember arbitrarily old moves); Axelrod-Python's generic class
    says 1 whatever the machine.

    Names:

    - FSM Player: Axelrod-Python ``FSMPlayer``
    """

    name = "FSM Player"
    classifier = Classifier(stochastic=False, memory_depth=1)
    state_size = 1  # the index of the current state

    def __init__(self, transitions: Iterable[Sequence] = _TIT_FOR_TAT_MACHINE,
                 initial_state: int = 1, initial_action="C") -> None:
        if isinstance(transitions, (str, bytes)):
            raise TypeError("transitions must be a sequence of (state, opponent_action, next_state, action) rows")
        try:
            rows = [tuple(row) for row in transitions]
        except TypeError:
            raise TypeError(
                "transitions must be a sequence of (state, opponent_action, next_state, action) rows, "
                f"got {transitions!r}"
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
        self.initial_state = _state_label(initial_state, "initial_state")
        self.initial_action = to_letter(_action(initial_action, "initial_action"))
        reachable = {self.initial_state} | {next_state for next_state, _ in table.values()}
        for state in sorted(reachable):
            for seen in (0, 1):
                if (state, seen) not in table:
                    raise ValueError(
                        f"state {state} has no transition for opponent action {to_letter(seen)} "
                        "(every reachable state needs a row for C and a row for D)"
                    )
        self._table = table
        self.transitions = tuple(
            (state, to_letter(seen), next_state, to_letter(action))
            for (state, seen), (next_state, action) in table.items()
        )
        super().__init__(self.transitions, self.initial_state, self.initial_action)
        self.states = tuple(sorted({state for state, _ in table} | reachable))
        self.classifier = Classifier(stochastic=False, memory_depth=1 if len(self.states) == 1 else math.inf)

    def params_array(self) -> np.ndarray:
        index = {state: i for i, state in enumerate(self.states)}
        values = [len(self.states), index[self.initial_state], float(self.initial_action == "D")]
        for state in self.states:
            for seen in (0, 1):
                # Unreachable states may lack rows; the rule never visits them.
                next_state, action = self._table.get((state, seen), (state, 0))
                values += [index[next_state], action]
        return np.array(values, dtype=np.float64)

    def __str__(self) -> str:
        rows = ", ".join(f"({s}, {a}, {n}, {b})" for s, a, n, b in self.transitions)
        return f"{self.name}: ({rows}), {self.initial_state}, {self.initial_action}"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[0] = params[1]
            return int(params[2])
        row = 3 + 4 * int(state[0]) + 2 * history[OPPONENT, turn - 1]
        state[0] = params[row]
        return int(params[row + 1])
