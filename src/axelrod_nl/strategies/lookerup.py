"""Named lookup tables: published and trained tables run by the generic ``LookerUp``.

The tables are Axelrod-Python 4.14's (``axelrod/strategies/lookerup.py``),
each a pattern of moves in the key order of
:func:`~axelrod_nl.strategies.lookup.table_keys` with its depths
``(plays, op_plays, op_openings)`` and opening moves.
"""

from __future__ import annotations

import math

from ..strategy import Classifier
from .cycler import _Named
from .lookup import LookerUp

EVOLVED_LOOKER_UP_1_1_1 = "CDDDDCDD"
EVOLVED_LOOKER_UP_2_2_2 = "CDDCDCDDCDDDCDDDDDCDCDCCCDDCCDCDDDCCCCCDDDCDDDDDDDDDCCDDCDDDCCCD"
WINNER_12 = "CDCDDCDD"
WINNER_21 = "CDCDCDDD"


class _NamedTable(_Named, LookerUp):
    """A named table: its pattern, depths and opening are the class's ``table``; a player takes no arguments."""

    table: tuple = ("CD", (0, 1, 0), "C")

    def __init__(self, pattern=None, parameters=None, initial_actions=None) -> None:
        default_pattern, default_depths, default_opening = type(self).table
        super().__init__(
            pattern=default_pattern if pattern is None else pattern,
            parameters=default_depths if parameters is None else parameters,
            initial_actions=default_opening if initial_actions is None else initial_actions,
        )

    def _published(self) -> bool:
        pattern, depths, opening = type(self).table
        return (self.pattern, self.parameters, self.initial_actions) == (pattern, depths, opening)


class EvolvedLookerUp1_1_1(_NamedTable):
    """A table on its own last move, the opponent's last move and the opponent's first move, bred by evolution.

    It opens with C. Afterwards it cooperates only in two cases: both players
    cooperated last move and the opponent opened with C, or it defected and
    the opponent cooperated last move and the opponent opened with D
    (pattern CDDDDCDD over keys own last, opponent last, opponent first).

    Trained by Harper et al. (2017, "Reinforcement learning produces
    dominant strategies for the Iterated Prisoner's Dilemma", PLoS ONE
    12(12)) against Axelrod-Python's short-run-time players.

    Names:

    - EvolvedLookerUp1_1_1: Axelrod-Python ``EvolvedLookerUp1_1_1``, named by Marc Harper
    """

    name = "EvolvedLookerUp1_1_1"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    table = (EVOLVED_LOOKER_UP_1_1_1, (1, 1, 1), "C")


class EvolvedLookerUp2_2_2(_NamedTable):
    """A table on both players' last two moves and the opponent's first two, bred by evolution.

    It opens C, C, then reads each move off a 64-entry table keyed by its own
    last two moves, the opponent's last two and the opponent's first two.
    Trained by Harper et al. (2017) against Axelrod-Python's short-run-time
    players.

    Names:

    - EvolvedLookerUp2_2_2: Axelrod-Python ``EvolvedLookerUp2_2_2``, named by Marc Harper
    """

    name = "EvolvedLookerUp2_2_2"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    table = (EVOLVED_LOOKER_UP_2_2_2, (2, 2, 2), "CC")


class Winner12(_NamedTable):
    """A memory-two table on its own last move and the opponent's last two moves; it opens C, C.

    After its own cooperation it copies the opponent's last move; after its
    own defection it cooperates only if the opponent cooperated two moves
    ago and defected on the last (pattern CDCDDCDD).

    Names:

    - Winner12: Axelrod-Python ``Winner12``
    - Winner12: Mathieu and Delahaye (2015), "New winning strategies for the
      iterated prisoner's dilemma", [Mathieu2015] in Axelrod-Python
    """

    name = "Winner12"
    classifier = Classifier(stochastic=False, memory_depth=2)
    table = (WINNER_12, (1, 2, 0), "CC")


class Winner21(_NamedTable):
    """A memory-two table on its own last move and the opponent's last two moves; it opens D, C.

    After its own cooperation it copies the opponent's last move; after its
    own defection it cooperates only if the opponent cooperated on both of
    the last two moves (pattern CDCDCDDD).

    Names:

    - Winner21: Axelrod-Python ``Winner21``
    - Winner21: Mathieu and Delahaye (2015), [Mathieu2015] in Axelrod-Python
    """

    name = "Winner21"
    classifier = Classifier(stochastic=False, memory_depth=2)
    table = (WINNER_21, (1, 2, 0), "DC")
