"""axelrod-nl: fast, faithful iterated prisoner's dilemma tournaments.

>>> import axelrod_nl as axn
>>> results = axn.Tournament([axn.TitForTat(), axn.Defector(), axn.Random(0.5)],
...                          turns=200, repetitions=5, seed=1).play()
>>> results.summary  # doctest: +SKIP
"""

from __future__ import annotations

from .actions import C, D
from .engine.protocol import (
    LENGTH,
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OPPONENT_SCORE,
    OWN,
    OWN_DEFECTIONS,
    OWN_SCORE,
    PUNISHMENT,
    REWARD,
    SUCKER,
    TEMPTATION,
    sequence,
)
from .engine.random import random_choice, uniform
from .engine.rule import Rule, RuleCompileError, rule
from .engine.runner import RuleError
from .parameters import Count, Flag, Move, Moves, Number, Parameter, Probabilities, Probability, State
from .game import Game
from .match import Match, MatchResult
from .strategies import CATALOGUE
from .strategies import *  # noqa: F401,F403  (the catalogue classes)
from .strategy import Classifier, Strategy
from .results import TournamentResults, load_results
from .tournament import StochasticRuleWarning, Tournament
from .spec import load_spec
from .filters import filtered, strategy_list


def _version() -> str:
    """The installed distribution's version; the source's own when run from a checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("axelrod-nl")
    except PackageNotFoundError:
        return _SOURCE_VERSION


_SOURCE_VERSION = "0.1.0"  # keep equal to pyproject.toml's version (a test checks)
__version__ = _version()
