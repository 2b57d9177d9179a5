"""Tit for tat and the rules that vary it: mirror the opponent, more or less strictly."""

from __future__ import annotations

from ..engine.context import OPPONENT
from ..engine.rule import rule
from ..strategy import Classifier, Strategy


class TitForTat(Strategy):
    """Cooperates on the first move, then copies the opponent's previous move.

    Submitted by Anatol Rapoport, it won both of Axelrod's 1980 tournaments: in
    the first with 504.5 points per 200-move game, as the shortest program
    (four lines of FORTRAN). It never defects first, retaliates at once and
    forgives at once (Axelrod 1980, "Effective Choice in the Prisoner's
    Dilemma", JCR 24(1); round-two entry K92R is the same rule).

    Names:

    - Tit For Tat: Axelrod-Python ``TitForTat``
    - TIT FOR TAT: Axelrod (1980)
    """

    name = "Tit For Tat"
    classifier = Classifier(stochastic=False, memory_depth=1)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return 0
        return history[OPPONENT, turn - 1]
