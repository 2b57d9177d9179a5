"""Named cyclers: fixed patterns of moves repeated from the first move, and a rule that never cycles.

The generic ``Cycler`` lives in :mod:`.basic`; the named patterns here are
instances of it with their own display names, as in Axelrod-Python.
"""

from __future__ import annotations

import math

from ..engine.rule import rule
from ..parameters import Moves, State
from ..strategy import Classifier, Strategy
from .basic import Cycler


class _Named:
    """Mixin for a named instance of a generic player.

    While it keeps the parameters it is published with (its defaults) it is
    shown by its name alone and carries its class classifier, as the
    reference library's named players do; with other parameters it is shown
    and classified as the generic player it extends.
    """

    def _published(self) -> bool:
        return all(self._values[p.name] == p.check(p.default) for p in type(self).declared_parameters)

    def classify(self) -> Classifier:
        return type(self).classifier if self._published() else super().classify()

    def __str__(self) -> str:
        if getattr(self, "_display_name", None) is None and self._published():
            return self.name
        return super().__str__()


class CyclerDC(_Named, Cycler):
    """Repeats D, C: defects on odd moves (counting from one), cooperates on even ones.

    Names:

    - Cycler DC: Axelrod-Python ``CyclerDC``, named by Marc Harper
    """

    name = "Cycler DC"
    classifier = Classifier(stochastic=False, memory_depth=1)
    pattern = Moves(default="DC", doc="the moves to repeat")


class CyclerCCD(_Named, Cycler):
    """Repeats C, C, D: two cooperations, then a defection.

    Names:

    - Cycler CCD: Axelrod-Python ``CyclerCCD``, named by Marc Harper
    - Periodic player CCD: Mittal and Deb (2009), "Optimal strategies of the
      iterated prisoner's dilemma problem for multiple conflicting objectives",
      IEEE Transactions on Evolutionary Computation 13(3)
    """

    name = "Cycler CCD"
    classifier = Classifier(stochastic=False, memory_depth=2)
    pattern = Moves(default="CCD", doc="the moves to repeat")


class CyclerDDC(_Named, Cycler):
    """Repeats D, D, C: two defections, then a cooperation.

    Names:

    - Cycler DDC: Axelrod-Python ``CyclerDDC``, named by Marc Harper
    - Periodic player DDC: Mittal and Deb (2009)
    """

    name = "Cycler DDC"
    classifier = Classifier(stochastic=False, memory_depth=2)
    pattern = Moves(default="DDC", doc="the moves to repeat")


class CyclerCCCD(_Named, Cycler):
    """Repeats C, C, C, D: three cooperations, then a defection.

    Names:

    - Cycler CCCD: Axelrod-Python ``CyclerCCCD``, named by Marc Harper
    """

    name = "Cycler CCCD"
    classifier = Classifier(stochastic=False, memory_depth=3)
    pattern = Moves(default="CCCD", doc="the moves to repeat")


class CyclerCCCCCD(_Named, Cycler):
    """Repeats five cooperations, then a defection.

    Names:

    - Cycler CCCCCD: Axelrod-Python ``CyclerCCCCCD``, named by Marc Harper
    """

    name = "Cycler CCCCCD"
    classifier = Classifier(stochastic=False, memory_depth=5)
    pattern = Moves(default="CCCCCD", doc="the moves to repeat")


class CyclerCCCDCD(_Named, Cycler):
    """Repeats C, C, C, D, C, D.

    Names:

    - Cycler CCCDCD: Axelrod-Python ``CyclerCCCDCD``, named by Marc Harper
    """

    name = "Cycler CCCDCD"
    classifier = Classifier(stochastic=False, memory_depth=5)
    pattern = Moves(default="CCCDCD", doc="the moves to repeat")


class AntiCycler(Strategy):
    """Plays a sequence with no period: C, D, D, then runs of C of growing length, each closed by a D.

    After the opening C, D, D it plays one C and a D, two Cs and a D, three
    Cs and a D, and so on: C D D C D C C D C C C D ... A player that looks
    for a repeating pattern in its opponent never finds one.

    Names:

    - AntiCycler: Axelrod-Python ``AntiCycler``, named by Marc Harper
    """

    name = "AntiCycler"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    run = State(doc="the length of the current run of cooperations, when complete")
    played = State(doc="cooperations played so far in the current run")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[AntiCycler.run] = 1
            return 0
        if turn < 3:
            return 1
        if state[AntiCycler.played] < state[AntiCycler.run]:
            state[AntiCycler.played] += 1
            return 0
        state[AntiCycler.run] += 1
        state[AntiCycler.played] = 0
        return 1
