"""Gamblers: lookup tables whose entries are probabilities of cooperating, and the named trained tables.

A gambler reads a probability off a table keyed as
:class:`~axelrod_nl.strategies.lookup.LookerUp` keys its moves, and
cooperates with that probability. The trained tables are the particle-swarm
tables of Axelrod-Python 4.14's data file ``axelrod/data/pso_gambler.csv``
(columns: name, plays, op_plays, op_openings, then one probability per key in
the order of :func:`~axelrod_nl.strategies.lookup.table_keys`), kept below as
module constants.
"""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

from ..actions import as_action
from ..engine.protocol import sequence
from ..engine.random import random_choice
from ..engine.rule import rule
from ..parameters import Parameter
from ..strategy import Classifier
from ..validation import check_probability
from .cycler import _Named
from .lookup import LookerUp, table_index

PSO_GAMBLER_MEM1 = (  # PSO Gambler Mem1: depths (1, 1, 0)
    1.0, 0.52173487, 0.0, 0.12050939,
)

PSO_GAMBLER_1_1_1 = (  # PSO Gambler 1_1_1: depths (1, 1, 1)
    1.0, 1.0, 0.12304797, 0.57740178, 0.0, 0.0, 0.13581423, 0.11886807,
)

PSO_GAMBLER_2_2_2 = (  # PSO Gambler 2_2_2: depths (2, 2, 2)
    1.0, 1.0, 1.0, 0.0, 1.0, 0.95280465, 0.0, 0.0, 0.0, 0.80897541, 0.0, 0.0, 0.02126434, 0.0,
    0.43278586, 0.0, 0.0, 0.0, 1.0, 0.15140743, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.23563137, 0.0,
    0.0, 0.65147565, 1.0, 0.0, 0.0, 0.15412392, 1.0, 0.0, 0.0, 0.24922166, 1.0, 0.0, 0.0, 0.0,
    0.00227615, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0,
    0.77344942, 1.0, 0.24523149, 1.0, 0.0,
)

PSO_GAMBLER_2_2_2_NOISE_05 = (  # PSO Gambler 2_2_2 Noise 05: depths (2, 2, 2)
    1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.98603825, 1.0, 1.0, 0.0, 0.0, 0.16240799, 0.63548102, 0.0,
    0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.13863175, 0.06434619, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0,
    0.7724137, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.50999729, 1.0, 0.0, 0.0, 0.00524508,
    0.87463905, 0.0, 0.07127653, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0,
    0.28124022, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0,
)

# Li and Sun's memory-two zero-determinant rule, as Axelrod-Python 4.14's ZDMem2 gives it
# (axelrod/strategies/gambler.py): depths (2, 2, 0).
ZD_MEM2 = tuple(float(Fraction(f)) for f in (
    "11/12", "4/11", "7/9", "1/10", "5/6", "3/11", "7/9", "1/10",
    "2/3", "1/11", "7/9", "1/10", "3/4", "2/11", "7/9", "1/10",
))


class _ProbabilityPattern(Parameter):
    """A table of probabilities of cooperating, one per key; a move C or D stands for 1 or 0."""

    variable = True

    def check(self, value):
        if isinstance(value, (str, bytes)):
            items = list(value)
        else:
            try:
                items = list(value)
            except TypeError:
                self._fail(f"must be a sequence of probabilities, got {value!r}", TypeError)
        if not items:
            self._fail("must hold at least one probability")
        checked = []
        for k, item in enumerate(items):
            if isinstance(item, str):
                try:
                    item = 1.0 - as_action(item)
                except ValueError:
                    self._fail(f"[{k}] must be a probability or C or D, got {item!r}")
            checked.append(check_probability(f"{self.name}[{k}]", item))
        return tuple(checked)

    def encode(self, value, values):
        return list(value)

    def show(self, value) -> str:
        return "(" + ", ".join(f"{v:.4g}" for v in value) + ")"


class Gambler(LookerUp):
    """Looks up a probability of cooperating in a table keyed by recent and opening moves, and plays by it.

    The table is keyed as :class:`LookerUp`'s: the player's own last
    ``plays`` moves, the opponent's last ``op_plays`` moves and the
    opponent's first ``op_openings`` moves, given by ``parameters``; its
    entries, given as ``pattern`` in the order of ``table_keys``, are
    probabilities of cooperating (C and D may stand for 1 and 0). Until a key
    can be formed it plays ``initial_actions`` (cut or padded with C as for
    LookerUp). The default table, C after the opponent's C and D after its D,
    is tit for tat.

    Interpretation: Axelrod-Python classifies every gambler as stochastic; as
    everywhere in this library, a table whose entries are all 0 or 1 draws
    nothing and is classified deterministic (the default table, for one).

    Names:

    - Gambler: Axelrod-Python ``Gambler``, named by Georgios Koutsovoulos
    """

    name = "Gambler"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    pattern = _ProbabilityPattern(default=(1.0, 0.0), doc="probabilities of cooperating, one per key")

    def __init__(self, pattern=None, parameters=None, initial_actions=None) -> None:
        if pattern is None and parameters is None:
            pattern, parameters = (1.0, 0.0), (0, 1, 0)
        super().__init__(pattern=pattern, parameters=parameters, initial_actions=initial_actions)

    def classify(self) -> Classifier:
        drawing = any(0.0 < p < 1.0 for p in self.pattern)
        return replace(super().classify(), stochastic=drawing)

    def __str__(self) -> str:
        default = (self.pattern, self.parameters, self.initial_actions) == ((1.0, 0.0), (0, 1, 0), "C")
        if default and getattr(self, "_display_name", None) is None:
            return self.name
        return super(LookerUp, self).__str__()

    @rule
    def decide(turn, history, ctx, params, state, rng):
        key = table_index(turn, history, params)
        if key < 0:
            return int(sequence(params, Gambler.initial_actions)[turn])
        return random_choice(rng, sequence(params, Gambler.pattern)[key])


class _NamedGambler(_Named, Gambler):
    """A named table: its probabilities, depths and opening are the class's ``table``."""

    table: tuple = ((1.0, 0.0), (0, 1, 0), "C")

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


class PSOGamblerMem1(_NamedGambler):
    """A memory-one gambler trained by particle swarm optimisation; it opens with C.

    After mutual cooperation it cooperates; after being exploited (its C
    met by a D) it cooperates with probability 0.52; after exploiting the
    opponent it defects; after mutual defection it cooperates with
    probability 0.12. Trained against
    Axelrod-Python's short-run-time players (Harper et al. 2017,
    "Reinforcement learning produces dominant strategies for the Iterated
    Prisoner's Dilemma", PLoS ONE 12(12)); the table is ``pso_gambler.csv``'s.

    Names:

    - PSO Gambler Mem1: Axelrod-Python ``PSOGamblerMem1``, named by Marc Harper
    """

    name = "PSO Gambler Mem1"
    classifier = Classifier(stochastic=True, memory_depth=1)
    table = (PSO_GAMBLER_MEM1, (1, 1, 0), "C")


class PSOGambler1_1_1(_NamedGambler):
    """A gambler on its own last move, the opponent's last move and the opponent's first, trained by particle swarm.

    It opens with C. Table from ``pso_gambler.csv`` (Harper et al. 2017).

    Names:

    - PSO Gambler 1_1_1: Axelrod-Python ``PSOGambler1_1_1``, named by Marc Harper
    """

    name = "PSO Gambler 1_1_1"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    table = (PSO_GAMBLER_1_1_1, (1, 1, 1), "C")


class PSOGambler2_2_2(_NamedGambler):
    """A gambler on both players' last two moves and the opponent's first two, trained by particle swarm.

    It opens C, C. Georgios Koutsovoulos wrote the first version; the table
    is ``pso_gambler.csv``'s (Harper et al. 2017).

    Names:

    - PSO Gambler 2_2_2: Axelrod-Python ``PSOGambler2_2_2``, named by Marc Harper
    """

    name = "PSO Gambler 2_2_2"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    table = (PSO_GAMBLER_2_2_2, (2, 2, 2), "CC")


class PSOGambler2_2_2_Noise05(_NamedGambler):
    """The 2-2-2 particle-swarm gambler trained in matches with 5% noise; it opens C, C.

    Names:

    - PSO Gambler 2_2_2 Noise 05: Axelrod-Python ``PSOGambler2_2_2_Noise05``, named by Marc Harper
    """

    name = "PSO Gambler 2_2_2 Noise 05"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    table = (PSO_GAMBLER_2_2_2_NOISE_05, (2, 2, 2), "CC")


class ZDMem2(_NamedGambler):
    """A memory-two zero-determinant rule: its chance of cooperating depends on both players' last two moves.

    It opens C, C. Over keys own last two moves then the opponent's last
    two, it cooperates with probability 11/12 after two rounds of mutual
    cooperation, 1/10 whenever the opponent defected on both of the last two
    moves, 7/9 whenever the opponent defected then cooperated, and so on
    (the table ``ZD_MEM2``).

    Names:

    - ZD-Mem2: Axelrod-Python ``ZDMem2``, named by Marc Harper
    - Unnamed: Li and Sun (2014), memory-two zero-determinant strategies, [LiS2014] in Axelrod-Python
    """

    name = "ZD-Mem2"
    classifier = Classifier(stochastic=True, memory_depth=2)
    table = (ZD_MEM2, (2, 2, 0), "CC")
