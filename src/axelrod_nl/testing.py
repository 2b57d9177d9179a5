"""A testing kit for rule authors: fixed-opponent tests and a check of a strategy's generic promises.

Test a rule's moves against a fixed sequence of opponent moves, the habit of
Axelrod-Python's ``TestPlayer.versus_test``::

    from axelrod_nl.testing import versus_test, check_strategy

    def test_give_first():
        versus_test(GiveFirst(2), "DDDC", expected="CCDD")
        check_strategy(GiveFirst(2))

:func:`check_strategy` checks what every strategy promises whatever its rule:
its parameters rebuild an equal player and bad values are refused; the two
paths (jitted and plain Python) play the same moves; a rule whose classifier
says deterministic never draws from its stream and plays itself symmetrically;
a finite declared memory depth holds (the move depends on the last
``memory_depth`` rounds only); and a rule with a cycle window plays the same
long matches whether the engine completes them from their cycles or plays
every move.
"""

from __future__ import annotations

import math
from typing import Iterable, Optional, Sequence, Union

import numpy as np

from .actions import to_string
from .engine.runner import MatchSettings, WorkItems, run_items
from .game import Game
from .match import Match, check_player
from .strategy import Strategy
from .validation import as_int64

Opponent = Union[str, Strategy]


def _opponent(opponent: Opponent) -> Strategy:
    if isinstance(opponent, str):
        from .strategies import Cycler

        return Cycler(opponent)
    return check_player(opponent, "opponent")


def versus(player: Strategy, opponent: Opponent, turns: Optional[int] = None, *, seed: int = 0,
           noise: float = 0.0, game: Optional[Game] = None, announce_length: bool = True) -> tuple[str, str]:
    """The moves of ``player`` and of its opponent, as strings.

    ``opponent`` is a strategy, or a string of moves played in a cycle (one
    pass unless ``turns`` is longer).
    """
    rival = _opponent(opponent)
    if turns is None:
        if not isinstance(opponent, str):
            raise TypeError("give turns when the opponent is a strategy")
        turns = len(opponent)
    result = Match(check_player(player), rival, turns=turns, seed=seed, noise=noise, game=game,
                   announce_length=announce_length).play()
    return result.moves_a, result.moves_b


def versus_test(player: Strategy, opponent: Opponent, expected: str, *, turns: Optional[int] = None,
                seed: int = 0, noise: float = 0.0, game: Optional[Game] = None,
                announce_length: bool = True, expected_opponent: Optional[str] = None) -> None:
    """Assert that ``player`` plays ``expected`` against ``opponent``; the first difference is shown.

    ``turns`` defaults to the length of ``expected``. With noise, pass
    ``expected_opponent`` to check the opponent's moves as played too.
    """
    turns = len(expected) if turns is None else turns
    own, theirs = versus(player, opponent, turns, seed=seed, noise=noise, game=game,
                         announce_length=announce_length)
    for label, got, want in (("player", own, expected.upper()), ("opponent", theirs, expected_opponent)):
        if want is None or got == want.upper():
            continue
        first = next((k for k, (g, w) in enumerate(zip(got, want.upper())) if g != w), min(len(got), len(want)))
        raise AssertionError(
            f"{player} against {_opponent(opponent)}: the {label} played {got}, expected {want.upper()} "
            f"(first difference at move {first + 1})"
        )


_PROBES = ("C", "D", "CD", "DC", "CCD", "DDC", "CDD", "CCCD", "DCDD")


def _probe_opponents(seeds: Iterable[int]) -> list[Strategy]:
    from .strategies import Cycler, Random, TitForTat

    opponents: list[Strategy] = [Cycler(p) for p in _PROBES] + [TitForTat()]
    opponents += [Random(0.5)] * len(list(seeds))
    return opponents


def _play(players: Sequence[Strategy], a: int, b: int, turns: int, seed: int, noise: float = 0.0,
          cycle_detection: bool = True):
    items = WorkItems(as_int64([a]), as_int64([b]), as_int64([0]), as_int64([turns]))
    settings = MatchSettings(seed, noise, Game().as_array(), True, cycle_detection)
    names = [str(p) for p in players]
    _, moves, drew = run_items(list(players), names, items, settings, keep_moves=True)
    return moves[0], drew[0]


def check_parameters(player: Strategy) -> None:
    """Its parameters rebuild an equal player, with an equal hash; a non-value for each is refused."""
    cls = type(player)
    values = {p.name: getattr(player, p.name) for p in cls.declared_parameters}
    try:
        twin = cls(**values)
    except (TypeError, ValueError) as error:
        raise AssertionError(f"{player}: rebuilding from its own parameters failed: {error}") from None
    if twin != player or hash(twin) != hash(player) or str(twin) != str(player):
        raise AssertionError(f"{player}: rebuilt from its parameters it is {twin!r}, not equal")
    for parameter in cls.declared_parameters:
        for bad in (object(), "not a value"):
            try:
                cls(**{**values, parameter.name: bad})
            except (TypeError, ValueError):
                continue
            raise AssertionError(f"{cls.__name__} accepted {parameter.name}={bad!r}")


def check_paths_agree(player: Strategy, turns: int = 40, seeds: Iterable[int] = (0, 1)) -> None:
    """The jitted rule and the same function run as plain Python play the same moves."""
    if not player.is_jitted:
        return
    twin = player.as_python()
    for opponent in _probe_opponents(seeds):
        for seed in seeds:
            for noise in (0.0, 0.1):
                jitted = Match(player, opponent, turns=turns, seed=seed, noise=noise).play()
                plain = Match(twin, opponent, turns=turns, seed=seed, noise=noise).play()
                if not np.array_equal(jitted.moves, plain.moves):
                    raise AssertionError(
                        f"{player} against {opponent} (seed {seed}, noise {noise}): jitted "
                        f"{jitted.moves_a}, plain Python {plain.moves_a}"
                    )


def check_determinism(player: Strategy, turns: int = 40, seeds: Iterable[int] = (0, 1, 2)) -> None:
    """A rule classified deterministic draws nothing from its stream and mirrors itself in self-play."""
    if player.classifier.stochastic:
        return
    opponents = _probe_opponents(seeds)
    field = [player] + opponents
    for k in range(1, len(field)):
        for seed in seeds:
            _, drew = _play(field, 0, k, turns, seed)
            if drew[0]:
                raise AssertionError(f"{player} is classified deterministic but drew random numbers "
                                     f"against {field[k]}")
    moves, _ = _play([player, player], 0, 1, turns, 0)
    if not np.array_equal(moves[0], moves[1]):
        raise AssertionError(f"{player} in self-play: {to_string(moves[0])} against {to_string(moves[1])}")


def check_memory_depth(player: Strategy, turns: int = 60, seeds: Iterable[int] = range(6)) -> None:
    """A deterministic rule of finite memory depth m moves as a function of the last m rounds only."""
    depth = player.classifier.memory_depth
    if player.classifier.stochastic or depth == math.inf or depth is None:
        return
    depth = int(depth)
    seen: dict[bytes, tuple[int, str]] = {}
    for opponent in _probe_opponents(seeds):
        for seed in seeds:
            # Every move played: a cycle completed by the engine would take the promise for granted.
            moves, _ = _play([player, opponent], 0, 1, turns, seed, cycle_detection=False)
            for t in range(depth, turns):
                window = moves[:, t - depth:t].tobytes()
                move = int(moves[0, t])
                if window in seen and seen[window][0] != move:
                    raise AssertionError(
                        f"{player} declares memory depth {depth} but after the same last {depth} rounds "
                        f"({to_string(moves[0, t - depth:t]) or '-'} / {to_string(moves[1, t - depth:t]) or '-'}) "
                        f"it played both C and D (against {seen[window][1]} and {opponent})"
                    )
                seen[window] = (move, str(opponent))


def check_cycle_window(player: Strategy, turns: int = 700) -> None:
    """A rule with a cycle window plays long matches alike with the engine's cycle detection and without.

    The opponents are deterministic and windowed too (the cyclers of the
    memory-depth probes, tit for tat, and the player itself), so that the
    engine does look for cycles; ``turns`` is long enough for most matches to
    enter one.
    """
    from .strategies import Cycler, TitForTat

    if player.cycle_window() < 0:
        return
    for opponent in [Cycler(p) for p in _PROBES] + [TitForTat(), player]:
        detected, _ = _play([player, opponent], 0, 1, turns, 0)
        played, _ = _play([player, opponent], 0, 1, turns, 0, cycle_detection=False)
        if not np.array_equal(detected, played):
            first = int(np.flatnonzero((detected != played).any(axis=0))[0])
            raise AssertionError(
                f"{player} declares a cycle window of {player.cycle_window()} moves, but against {opponent} "
                f"the match completed from its cycle differs from the one played move by move at move "
                f"{first + 1}: its window, memory depth or history_window does not hold"
            )


def check_strategy(player: Strategy, turns: int = 40) -> None:
    """Every generic promise above, for one player; raises AssertionError naming the broken one."""
    check_player(player)
    check_parameters(player)
    check_paths_agree(player, turns)
    check_determinism(player, turns)
    check_memory_depth(player, max(turns, 2 * int(min(player.classifier.memory_depth, 20)) + 10))
    check_cycle_window(player)
