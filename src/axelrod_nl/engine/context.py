"""What a rule sees at each move: the engine's calling convention.

A rule is a function

``decide(turn, history, ctx, params, state, rng) -> int``

- ``turn`` (int): the index of the move being chosen, 0 for the first move.
- ``history`` (int8 array, shape ``(2, length)``): row :data:`OWN` holds the
  rule's own moves and row :data:`OPPONENT` the opponent's, 0 for C and 1 for D.
  Only columns ``0 .. turn - 1`` have been played; later columns hold garbage.
  Moves are as played, after any noise, so both players see the same history.
- ``ctx`` (float64 array): running scores, payoffs, match length and counts,
  read with the index constants below.
- ``params`` (float64 array): the strategy instance's parameters.
- ``state`` (float64 array): private memory, zeroed at the start of each match
  and kept between moves; its size is the strategy's ``state_size``.
- ``rng`` (uint64 array of one element): the rule's own random stream, to be
  used through :func:`axelrod_nl.engine.random.uniform` or
  :func:`~axelrod_nl.engine.random.random_choice`.

It returns 0 to cooperate or 1 to defect. This is what the entrants of Axelrod's
tournaments were given (move number, the opponent's previous move, both scores,
a random number; TourExec documentation), widened to full histories and the
payoffs.
"""

from __future__ import annotations

from numba import types

OWN = 0
OPPONENT = 1

OWN_SCORE = 0
OPPONENT_SCORE = 1
REWARD = 2
SUCKER = 3
TEMPTATION = 4
PUNISHMENT = 5
LENGTH = 6  # the announced number of moves, or -1 when the rules are not told
OWN_DEFECTIONS = 7
OPPONENT_DEFECTIONS = 8
CONTEXT_SIZE = 9

RULE_SIGNATURE = types.int64(
    types.int64,          # turn
    types.int8[:, ::1],   # history
    types.float64[::1],   # ctx
    types.float64[::1],   # params
    types.float64[::1],   # state
    types.uint64[::1],    # rng
)
