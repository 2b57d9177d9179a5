"""The classic strategy catalogue: faithful to Axelrod-Python, and true to its docstrings.

Three kinds of tests:

- reference moves: every deterministic rule against every other and a set of
  cyclers, 30 moves, compared with the moves Axelrod-Python 4.14 plays
  (tests/data/reference_moves.json, written by make_reference_moves.py);
- documented behaviour: each rule against fixed opponent sequences
  (``axn.Cycler``), with the expected moves worked out from the rule's
  description;
- sampling: stochastic rules' cooperation frequencies within a few standard
  errors of their parameters, over many seeded matches.
"""

from __future__ import annotations

import json
import math
import pathlib

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test
from axelrod_nl.engine.protocol import sequence
from axelrod_nl.strategies import finite_state, gobymajority, grudger, lookup, memoryone, prober, titfortat

REFERENCE = json.loads((pathlib.Path(__file__).parent / "data" / "reference_moves.json").read_text())

FAMILY_MODULES = (titfortat, grudger, memoryone, gobymajority, prober, finite_state, lookup)
FAMILY_CLASSES = {
    name: cls for name, cls in axn.CATALOGUE.items()
    if cls.__module__ in {m.__name__ for m in FAMILY_MODULES}
}
STOCHASTIC_BY_DEFAULT = {"GTFT", "ZDExtort2", "ZDGTFT2"}


def build(key: str) -> axn.Strategy:
    spec = REFERENCE["players"][key]
    return axn.CATALOGUE[spec["class"]](**spec["kwargs"])


def against(player: axn.Strategy, pattern: str, turns: int | None = None, **match_options) -> str:
    """The moves of ``player`` against a Cycler of ``pattern`` (one period unless ``turns`` is given)."""
    return versus(player, pattern, turns, **match_options)[0]


# --------------------------------------------------------------------------- reference moves


def test_reference_file_records_its_source():
    assert REFERENCE["axelrod_version"].startswith("4.14")
    assert REFERENCE["turns"] == 30
    assert len(REFERENCE["matches"]) == math.comb(len(REFERENCE["players"]) + 1, 2)


def test_every_deterministic_classic_rule_has_reference_moves():
    # The rules added later are checked against their families' files (tests/test_catalogue_coverage.py).
    covered = {spec["class"] for spec in REFERENCE["players"].values()}
    assert set(AXELROD_PYTHON_NAMES) - STOCHASTIC_BY_DEFAULT <= covered


@pytest.mark.parametrize(
    "match", REFERENCE["matches"], ids=[f"{m['a']}-vs-{m['b']}" for m in REFERENCE["matches"]]
)
def test_moves_match_axelrod_python(match):
    result = axn.Match(build(match["a"]), build(match["b"]), turns=REFERENCE["turns"]).play()
    assert (result.moves_a, result.moves_b) == (match["moves_a"], match["moves_b"])


# --------------------------------------------------------------------------- catalogue metadata

AXELROD_PYTHON_NAMES = {
    "TitForTat": "Tit For Tat",
    "TitFor2Tats": "Tit For 2 Tats",
    "TwoTitsForTat": "Two Tits For Tat",
    "SuspiciousTitForTat": "Suspicious Tit For Tat",
    "HardTitForTat": "Hard Tit For Tat",
    "Gradual": "Gradual",
    "AntiTitForTat": "Anti Tit For Tat",
    "Bully": "Bully",
    "Grudger": "Grudger",
    "MemoryOnePlayer": "Generic Memory One Player",
    "WinStayLoseShift": "Win-Stay Lose-Shift",
    "GTFT": "GTFT",
    "ZDExtort2": "ZD-Extort-2",
    "ZDGTFT2": "ZD-GTFT-2",
    "GoByMajority": "Soft Go By Majority",
    "Prober": "Prober",
    "FSMPlayer": "FSM Player",
    "LookerUp": "LookerUp",
}

# (stochastic, memory_depth, uses_length, uses_payoffs) of the default instance.
DEFAULT_CLASSIFIERS = {
    "TitForTat": (False, 1, False, False),
    "TitFor2Tats": (False, 2, False, False),
    "TwoTitsForTat": (False, 2, False, False),
    "SuspiciousTitForTat": (False, 1, False, False),
    "HardTitForTat": (False, 3, False, False),
    "Gradual": (False, math.inf, False, False),
    "AntiTitForTat": (False, 1, False, False),
    "Bully": (False, 1, False, False),
    "Grudger": (False, math.inf, False, False),
    "MemoryOnePlayer": (False, 1, False, False),
    "WinStayLoseShift": (False, 1, False, False),
    "GTFT": (True, 1, False, True),
    "ZDExtort2": (True, 1, False, True),
    "ZDGTFT2": (True, 1, False, True),
    "GoByMajority": (False, math.inf, False, False),
    "Prober": (False, math.inf, False, False),
    "FSMPlayer": (False, 1, False, False),
    "LookerUp": (False, 1, False, False),
}


def test_the_classic_entries_are_in_their_family_modules():
    assert set(AXELROD_PYTHON_NAMES) <= set(FAMILY_CLASSES)


@pytest.mark.parametrize("class_name", sorted(AXELROD_PYTHON_NAMES))
def test_display_name_is_axelrod_pythons(class_name):
    player = axn.CATALOGUE[class_name]()
    assert player.name == AXELROD_PYTHON_NAMES[class_name]


@pytest.mark.parametrize("class_name", sorted(DEFAULT_CLASSIFIERS))
def test_default_classifier(class_name):
    classifier = axn.CATALOGUE[class_name]().classifier
    assert (classifier.stochastic, classifier.memory_depth, classifier.uses_length,
            classifier.uses_payoffs) == DEFAULT_CLASSIFIERS[class_name]


@pytest.mark.parametrize("class_name", sorted(AXELROD_PYTHON_NAMES))
def test_docstring_names_its_sources(class_name):
    doc = axn.CATALOGUE[class_name].__doc__
    assert "Names:" in doc and f"``{class_name}``" in doc


@pytest.mark.parametrize("player", [
    axn.GTFT(), axn.GTFT(0.2), axn.ZDExtort2(), axn.ZDGTFT2(),
    axn.MemoryOnePlayer((0.9, 0.4, 0.6, 0.2), initial=0.7),
    axn.Gradual(), axn.GoByMajority(4), axn.Prober(),
    axn.FSMPlayer(transitions=[[0, "C", 1, "D"], [0, "D", 0, "C"], [1, "C", 0, "C"], [1, "D", 1, "D"]],
                  initial_state=0, initial_action="D"),
    axn.LookerUp(pattern="CDDCDCCD", parameters=(1, 1, 1), initial_actions="D"),
], ids=str)
def test_plain_python_rule_plays_like_the_jitted_one(player):
    for seed in (0, 1):
        jitted = axn.Match(player, axn.Random(0.5), turns=60, seed=seed).play()
        python = axn.Match(player.as_python(), axn.Random(0.5), turns=60, seed=seed).play()
        assert jitted.moves_a == python.moves_a


GENERIC_CHECKS = [cls() for cls in FAMILY_CLASSES.values()] + [
    axn.GTFT(0.2), axn.GTFT(0.0), axn.MemoryOnePlayer((0.9, 0.4, 0.6, 0.2), initial=0.7),
    axn.MemoryOnePlayer((1, 0, 1, 0), initial="D"), axn.GoByMajority(4), axn.GoByMajority(3, soft=False),
    axn.FSMPlayer(transitions=[[0, "C", 1, "D"], [0, "D", 0, "C"], [1, "C", 0, "C"], [1, "D", 1, "D"]],
                  initial_state=0, initial_action="D"),
    axn.LookerUp(pattern="CDDCDCCD", parameters=(1, 1, 1), initial_actions="D"),
    axn.LookerUp(pattern="CDCDDCDD", parameters=(1, 2, 0)),
    axn.Cycler("CCDCD"), axn.Random(0.3), axn.Random(1.0), axn.Alternator(),
]


@pytest.mark.parametrize("player", GENERIC_CHECKS, ids=str)
def test_every_rule_keeps_the_generic_promises(player):
    # Parameters rebuild an equal player, jitted and Python paths agree, a deterministic
    # classifier means no draws and mirrored self-play, a finite memory depth holds.
    check_strategy(player)


def test_rules_see_their_own_side_of_the_history():
    # Played as player B, each rule must behave exactly as when played as player A.
    for player in (axn.Prober(), axn.WinStayLoseShift(), axn.LookerUp(pattern="CDCDDCDD", parameters=(1, 2, 0))):
        as_a = axn.Match(player, axn.Cycler("CDDCDC"), turns=30).play().moves_a
        as_b = axn.Match(axn.Cycler("CDDCDC"), player, turns=30).play().moves_b
        assert as_a == as_b


# --------------------------------------------------------------------------- tit for tat family


def test_tit_for_two_tats_punishes_only_runs_of_two():
    versus_test(axn.TitFor2Tats(), "CDDCCDCD", expected="CCCDCCCC")
    versus_test(axn.TitFor2Tats(), "D", expected="CCDDD")


def test_two_tits_for_tat_answers_each_defection_twice():
    versus_test(axn.TwoTitsForTat(), "CDCCCC", expected="CCDDCC")
    versus_test(axn.TwoTitsForTat(), "CDDCCC", expected="CCDDDC")


def test_suspicious_tit_for_tat_opens_with_defection_then_copies():
    versus_test(axn.SuspiciousTitForTat(), "C", expected="DCCC")
    result = axn.Match(axn.SuspiciousTitForTat(), axn.TitForTat(), turns=6).play()
    assert (result.moves_a, result.moves_b) == ("DCDCDC", "CDCDCD")


def test_hard_tit_for_tat_remembers_three_moves():
    versus_test(axn.HardTitForTat(), "CDCCCCC", expected="CCDDDCC")
    versus_test(axn.HardTitForTat(), "D", expected="C")


def test_gradual_punishes_the_nth_defection_n_times_then_calms_down():
    # A lone defection: one D, two calming Cs.
    versus_test(axn.Gradual(), "CDCCCCCCCCCC", expected="CCDCCCCCCCCC")
    # A second one, later: two Ds, then two Cs.
    versus_test(axn.Gradual(), "CDCCCDCCCCCC", expected="CCDCCCDDCCCC")


def test_gradual_counts_defections_made_while_it_punishes_or_calms():
    # The opponent's Ds on moves 3 and 4 fall in the calming phase: they start
    # nothing, but the defection on move 8 (its 4th) is punished 4 times.
    versus_test(axn.Gradual(), "CDDDCCCDCCCCCC", expected="CCDCCCCCDDDDCC")


def test_anti_tit_for_tat_and_bully_play_the_opposite_move():
    versus_test(axn.AntiTitForTat(), "CDDC", expected="CDCCD")
    versus_test(axn.Bully(), "CDDC", expected="DDCCD")


def test_grudger_never_forgives():
    versus_test(axn.Grudger(), "CCDCCCC", expected="CCCDDDD")
    assert against(axn.Grudger(), "C", turns=10) == "C" * 10


# --------------------------------------------------------------------------- Prober


def test_prober_exploits_an_opponent_that_does_not_retaliate():
    versus_test(axn.Prober(), "C", expected="DCCDDD")
    # The opponent's first move came before the probe: it does not count.
    versus_test(axn.Prober(), "DCCCCC", expected="DCCDDD")


def test_prober_plays_tit_for_tat_against_a_retaliator():
    versus_test(axn.Prober(), "CDCCCDCC", expected="DCCCCCDC")
    result = axn.Match(axn.Prober(), axn.TitForTat(), turns=6).play()
    assert result.moves_a == "DCCCCC"


# --------------------------------------------------------------------------- GoByMajority


def test_go_by_majority_counts_the_whole_match_by_default():
    versus_test(axn.GoByMajority(), "DDCC", expected="CDDDCDDD")
    versus_test(axn.GoByMajority(), "DCDDCC", expected="CDCDDDC")


def test_go_by_majority_window_and_hard_variant():
    versus_test(axn.GoByMajority(memory_depth=2), "DDCC", expected="CDDCCCDC")
    versus_test(axn.GoByMajority(soft=False), "DCDDCC", expected="DDDDDDD")
    versus_test(axn.GoByMajority(soft=False), "CCDC", expected="DCCCC")


def test_go_by_majority_names_and_classifier_follow_the_window():
    assert str(axn.GoByMajority()) == "Soft Go By Majority"
    assert str(axn.GoByMajority(10)) == "Soft Go By Majority: 10"
    assert str(axn.GoByMajority(5, soft=False)) == "Hard Go By Majority: 5"
    assert axn.GoByMajority(5).classifier.memory_depth == 5
    assert axn.GoByMajority(math.inf) == axn.GoByMajority()


@pytest.mark.parametrize("depth, error", [(0, ValueError), (-3, ValueError), (2.5, TypeError), ("5", TypeError)])
def test_go_by_majority_rejects_bad_windows(depth, error):
    with pytest.raises(error, match="memory_depth"):
        axn.GoByMajority(depth)


# --------------------------------------------------------------------------- memory one


def test_win_stay_lose_shift():
    versus_test(axn.WinStayLoseShift(), "CDDCC", expected="CCDCC")
    versus_test(axn.WinStayLoseShift(), "D", expected="CDCDCD")


@pytest.mark.parametrize("vector, initial, equivalent", [
    ((1, 0, 1, 0), "C", axn.TitForTat()),
    ((1, 0, 1, 0), "D", axn.SuspiciousTitForTat()),
    ((1, 0, 0, 1), "C", axn.WinStayLoseShift()),
    ((0, 0, 1, 1), "C", axn.Alternator()),
    ((0, 0, 0, 0), "D", axn.Defector()),
    ((1, 1, 1, 1), 1.0, axn.Cooperator()),
])
def test_deterministic_memory_one_vectors_are_the_named_rules(vector, initial, equivalent):
    player = axn.MemoryOnePlayer(vector, initial=initial)
    assert not player.classifier.stochastic
    for pattern in ("CCD", "DDC", "CDDC", "CCCDDCD"):
        assert against(player, pattern, turns=20) == against(equivalent, pattern, turns=20)


def test_memory_one_opening_as_move_or_probability():
    assert axn.MemoryOnePlayer((1, 0, 1, 0), initial=1.0) == axn.MemoryOnePlayer((1, 0, 1, 0), initial="c")
    assert str(axn.MemoryOnePlayer((1, 0, 1, 0), initial=0.0)) == "Generic Memory One Player: (1, 0, 1, 0), D"
    assert str(axn.MemoryOnePlayer((0.5, 0, 1, 0), initial=0.25)).endswith("(0.5, 0, 1, 0), 0.25")


def test_memory_one_classifier_follows_its_probabilities():
    assert axn.MemoryOnePlayer((1, 0, 0, 1)).classifier == axn.Classifier(False, 1)
    assert axn.MemoryOnePlayer((1, 0, 0, 1), initial=0.5).classifier.stochastic
    assert axn.MemoryOnePlayer((0.5, 0.5, 0.5, 0.5)).classifier == axn.Classifier(True, 0)
    assert axn.MemoryOnePlayer((0, 0, 0, 0), initial="D").classifier.memory_depth == 0


def test_memory_one_cooperation_frequencies_match_its_probabilities():
    vector = (0.9, 0.6, 0.3, 0.1)
    player = axn.MemoryOnePlayer(vector, initial=0.7)
    chosen = np.zeros(4)
    cooperated = np.zeros(4)
    first = []
    for seed in range(300):
        moves = axn.Match(player, axn.Random(0.5), turns=60, seed=seed).play().moves
        first.append(moves[0, 0] == 0)
        outcome = 2 * moves[0, :-1].astype(int) + moves[1, :-1]
        cooperate = moves[0, 1:] == 0
        chosen += np.bincount(outcome, minlength=4)
        cooperated += np.bincount(outcome, weights=cooperate, minlength=4)
    rates = cooperated / chosen
    errors = np.sqrt(np.array(vector) * (1 - np.array(vector)) / chosen)
    assert np.all(np.abs(rates - vector) < 4.5 * errors), (rates, errors)
    assert abs(np.mean(first) - 0.7) < 4.5 * math.sqrt(0.7 * 0.3 / len(first))


def test_memory_one_is_reproducible_by_seed_and_varies_with_it():
    player = axn.MemoryOnePlayer((0.5, 0.5, 0.5, 0.5))
    runs = [axn.Match(player, axn.TitForTat(), turns=50, seed=s).play().moves_a for s in (3, 3, 4)]
    assert runs[0] == runs[1] != runs[2]


@pytest.mark.parametrize("args, error, text", [
    (((1, 0, 0),), ValueError, "four probabilities"),
    (((1, 0, 0, 1.5),), ValueError, r"four_vector\[3\]"),
    (((1, 0, "x", 1),), TypeError, r"four_vector\[2\]"),
    (("CDCD",), TypeError, "four_vector"),
    (((1, 0, 0, 1), "X"), ValueError, "initial"),
    (((1, 0, 0, 1), axn.D), TypeError, "ambiguous"),
    (((1, 0, 0, 1), 1.5), ValueError, "initial"),
])
def test_memory_one_rejects_bad_arguments(args, error, text):
    with pytest.raises(error, match=text):
        axn.MemoryOnePlayer(*args)


def test_gtft_default_generosity_comes_from_the_payoffs():
    assert axn.GTFT().four_vector() == pytest.approx((1, 1 / 3, 1, 1 / 3))
    # R, S, T, P = 4, 0, 5, 1: min(1 - 1/4, 3/4) = 3/4.
    assert axn.GTFT().four_vector(axn.Game(4, 0, 5, 1)) == pytest.approx((1, 0.75, 1, 0.75))
    assert axn.GTFT(0.1).four_vector(axn.Game(4, 0, 5, 1)) == (1, 0.1, 1, 0.1)


def forgiveness_rate(player, game=None, matches=200, turns=100) -> tuple[float, int]:
    """How often ``player`` cooperates right after a defection of Defector."""
    cooperations = 0
    for seed in range(matches):
        moves = axn.Match(player, axn.Defector(), turns=turns, seed=seed, game=game).play().moves_a
        cooperations += moves[1:].count("C")
    draws = matches * (turns - 1)
    return cooperations / draws, draws


@pytest.mark.parametrize("player, game, p", [
    (axn.GTFT(), None, 1 / 3),
    (axn.GTFT(), axn.Game(4, 0, 5, 1), 0.75),
    (axn.GTFT(0.1), axn.Game(4, 0, 5, 1), 0.1),
], ids=["default-game", "payoffs-read-from-ctx", "explicit-p"])
def test_gtft_forgives_at_its_rate(player, game, p):
    rate, draws = forgiveness_rate(player, game)
    assert abs(rate - p) < 4.5 * math.sqrt(p * (1 - p) / draws), rate


def test_gtft_never_defects_after_a_cooperation():
    for seed in range(20):
        result = axn.Match(axn.GTFT(), axn.Random(0.5), turns=100, seed=seed).play()
        after_c = [a for a, b in zip(result.moves_a[1:], result.moves_b[:-1]) if b == "C"]
        assert set(after_c) == {"C"}
        assert result.moves_a[0] == "C"


def test_gtft_extreme_generosities_are_deterministic():
    assert not axn.GTFT(0).classifier.stochastic and not axn.GTFT(1).classifier.stochastic
    assert axn.GTFT(0.5).classifier.stochastic and not axn.GTFT(0.5).classifier.uses_payoffs
    assert against(axn.GTFT(0), "CDDCD", turns=10, seed=5) == against(axn.TitForTat(), "CDDCD", turns=10)
    assert against(axn.GTFT(1), "D", turns=10, seed=5) == "C" * 10
    assert str(axn.GTFT()) == "GTFT" and str(axn.GTFT(0.25)) == "GTFT: 0.25"


@pytest.mark.parametrize("p, error", [(1.2, ValueError), (-0.1, ValueError), ("0.3", TypeError), (True, TypeError)])
def test_gtft_rejects_bad_p(p, error):
    with pytest.raises(error, match="p"):
        axn.GTFT(p)


def test_gtft_default_needs_a_game_where_it_is_a_probability():
    game = axn.Game(3, 0, 5, 3.5, general=True)  # R < P: (R - P) / (T - P) < 0
    with pytest.raises(ValueError, match="give p explicitly"):
        axn.GTFT().four_vector(game)
    with pytest.raises(ValueError, match="give p explicitly"):
        axn.Match(axn.GTFT(), axn.TitForTat(), turns=3, game=game).play()
    assert axn.Match(axn.GTFT(0.5), axn.TitForTat(), turns=3, game=game).play().moves_a == "CCC"


# --------------------------------------------------------------------------- zero determinant


def test_zd_four_vectors_are_stewart_and_plotkins():
    assert axn.ZDExtort2().four_vector() == pytest.approx((8 / 9, 1 / 2, 1 / 3, 0))
    assert axn.ZDGTFT2().four_vector() == pytest.approx((1, 1 / 8, 1, 1 / 4))


def test_zd_four_vector_follows_the_payoffs():
    # R, S, T, P = 4, 0, 6, 2 and l = P = 2 for Extort-2 (phi = 1/9, s = 1/2):
    # 1 - (1/9)(1/2)(2), 1 - (1/9)(1 + 4), (1/9)(2 + 2), 0.
    game = axn.Game(4, 0, 6, 2)
    assert axn.ZDExtort2().four_vector(game) == pytest.approx((8 / 9, 4 / 9, 4 / 9, 0))
    assert axn.ZDExtort2().baseline(game) == 2 and axn.ZDGTFT2().baseline(game) == 4


def conditional_cooperation(player, opponent, matches, turns, game=None) -> tuple[np.ndarray, np.ndarray]:
    chosen = np.zeros(4)
    cooperated = np.zeros(4)
    for seed in range(matches):
        moves = axn.Match(player, opponent, turns=turns, seed=seed, game=game).play().moves
        outcome = 2 * moves[0, :-1].astype(int) + moves[1, :-1]
        chosen += np.bincount(outcome, minlength=4)
        cooperated += np.bincount(outcome, weights=moves[0, 1:] == 0, minlength=4)
    return cooperated / chosen, chosen


@pytest.mark.parametrize("player, game", [
    (axn.ZDExtort2(), None), (axn.ZDGTFT2(), None), (axn.ZDExtort2(), axn.Game(4, 0, 6, 2)),
], ids=["extort2", "zdgtft2", "extort2-other-payoffs"])
def test_zd_players_cooperate_at_their_four_vector(player, game):
    expected = np.array(player.four_vector(game))
    rates, chosen = conditional_cooperation(player, axn.Random(0.5), matches=100, turns=200, game=game)
    errors = np.sqrt(expected * (1 - expected) / chosen)
    assert np.all(np.abs(rates - expected) <= 4.5 * errors + 1e-12), (rates, expected)


@pytest.mark.parametrize("player, opponent", [
    (axn.ZDExtort2(), axn.Random(0.6)),
    (axn.ZDExtort2(), axn.Cycler("CCCD")),
    (axn.ZDGTFT2(), axn.Random(0.3)),
    (axn.ZDGTFT2(), axn.Alternator()),
], ids=str)
def test_zd_players_enforce_their_linear_relation(player, opponent):
    # Long-run averages satisfy S_Y - l = s (S_X - l) whatever the opponent does.
    own = other = 0.0
    matches, turns = 40, 1000
    for seed in range(matches):
        a, b = axn.Match(player, opponent, turns=turns, seed=seed).play().scores
        own += a / (matches * turns)
        other += b / (matches * turns)
    l = player.baseline()
    assert other - l == pytest.approx(player.s * (own - l), abs=0.03)


def test_zd_parameters_not_enforceable_in_the_game_fail_the_match():
    game = axn.Game(3, 0, 5.9, 1)  # P(C|CD) of ZD-GTFT-2 would be 1 - 0.25 (1.5 + 2.9) = -0.1
    with pytest.raises(ValueError, match="probability outside"):
        axn.ZDGTFT2().four_vector(game)
    with pytest.raises(ValueError, match="outside"):
        axn.Match(axn.ZDGTFT2(), axn.TitForTat(), turns=5, game=game).play()


@pytest.mark.parametrize("kwargs, error", [
    ({"phi": 0}, ValueError), ({"phi": -1}, ValueError), ({"s": 1.5}, ValueError),
    ({"phi": "1"}, TypeError), ({"s": math.nan}, ValueError),
])
def test_zd_players_reject_bad_parameters(kwargs, error):
    with pytest.raises(error):
        axn.ZDExtort2(**kwargs)


# --------------------------------------------------------------------------- finite state machines

THUMPER = [(1, "C", 1, "C"), (1, "D", 2, "D"), (2, "C", 1, "D"), (2, "D", 1, "D")]


def test_fsm_follows_its_table():
    thumper = axn.FSMPlayer(THUMPER, initial_state=1, initial_action="C")
    versus_test(thumper, "CDCCCC", expected="CCDDCC")
    versus_test(thumper, "DD", expected="CDDDD")


def test_fsm_state_labels_are_only_labels():
    relabelled = [(-7 if s == 1 else 40, a, -7 if n == 1 else 40, b) for s, a, n, b in THUMPER]
    a = axn.FSMPlayer(THUMPER, 1, "C")
    b = axn.FSMPlayer(relabelled, -7, "C")
    for pattern in ("CDCCDDDC", "DCCD", "CCCCD"):
        assert against(a, pattern, turns=24) == against(b, pattern, turns=24)


def test_fsm_accepts_engine_actions_and_defaults_to_tit_for_tat():
    with_ints = axn.FSMPlayer([(0, axn.C, 0, axn.C), (0, axn.D, 0, axn.D)], 0, axn.D)
    assert with_ints.transitions == ((0, "C", 0, "C"), (0, "D", 0, "D"))
    versus_test(with_ints, "CCDC", expected="DCCD")
    assert against(axn.FSMPlayer(), "CDDCD") == against(axn.TitForTat(), "CDDCD")
    assert str(axn.FSMPlayer()) == "FSM Player: ((1, C, 1, C), (1, D, 1, D)), 1, C"
    assert axn.FSMPlayer(THUMPER, 1, "C").classifier.memory_depth == math.inf


@pytest.mark.parametrize("transitions, initial_state, error, text", [
    ([(1, "C", 2, "C"), (1, "D", 1, "D")], 1, ValueError, "state 2 has no transition"),
    ([(1, "C", 1, "C"), (1, "D", 1, "D")], 3, ValueError, "state 3"),
    ([(1, "C", 1, "C"), (1, "C", 1, "D"), (1, "D", 1, "D")], 1, ValueError, "repeats"),
    ([(1, "X", 1, "C"), (1, "D", 1, "D")], 1, ValueError, "opponent_action"),
    ([(1, "C", 1), (1, "D", 1, "D")], 1, ValueError, "4 entries"),
    ([("a", "C", 1, "C"), (1, "D", 1, "D")], 1, TypeError, "state"),
    ([], 1, ValueError, "at least one row"),
    ("CD", 1, TypeError, "rows"),
])
def test_fsm_rejects_bad_tables(transitions, initial_state, error, text):
    with pytest.raises(error, match=text):
        axn.FSMPlayer(transitions, initial_state, "C")


def test_fsm_params_encode_states_by_index():
    # States 1 and 2 are numbered 0 and 1; each state's row is next_if_C, action_if_C, next_if_D, action_if_D.
    row = axn.FSMPlayer(THUMPER, 2, "D").params_array()
    assert (row[axn.FSMPlayer.initial_state], row[axn.FSMPlayer.initial_action]) == (1, 1)
    assert list(sequence(row, axn.FSMPlayer.transitions)) == [0, 0, 1, 1, 0, 1, 0, 1]


def test_a_rule_reads_only_its_own_parameters():
    # An opponent with many parameters (a long Cycler) changes nothing but the opponent's moves.
    for short in (axn.FSMPlayer(THUMPER, 1, "C"), axn.GoByMajority(), axn.GoByMajority(3, soft=False),
                  axn.GTFT(0), axn.GTFT(), axn.LookerUp(), axn.MemoryOnePlayer((1, 0, 0, 0), "D")):
        short_opponent = axn.Match(short, axn.Cycler("CDDCDC"), turns=24, seed=2).play().moves_a
        long_opponent = axn.Match(short, axn.Cycler("CDDCDC" * 30), turns=24, seed=2).play().moves_a
        assert long_opponent == short_opponent, short


# --------------------------------------------------------------------------- lookup tables


def test_lookup_keys_are_in_axelrod_python_order():
    assert lookup.table_keys(1, 1, 0) == [("C", "C", ""), ("C", "D", ""), ("D", "C", ""), ("D", "D", "")]
    assert lookup.table_keys(0, 2, 1)[:3] == [("", "CC", "C"), ("", "CC", "D"), ("", "CD", "C")]


def test_lookup_default_is_tit_for_tat():
    player = axn.LookerUp()
    assert (player.pattern, player.parameters, player.initial_actions) == ("CD", (0, 1, 0), "C")
    assert against(player, "CDDCDCC", turns=14) == against(axn.TitForTat(), "CDDCDCC", turns=14)


def test_lookup_reads_the_opponents_openings():
    # Keyed on the opponent's first move only: copy it for ever.
    player = axn.LookerUp(pattern="CD", parameters=(0, 0, 1))
    versus_test(player, "DCCC", expected="CDDD")
    versus_test(player, "CDDD", expected="CCCC")
    assert player.classifier.memory_depth == math.inf


def test_lookup_reads_its_own_and_the_opponents_last_moves():
    # Key (own last, opponent's last two): D only after own D, or after the opponent's DD.
    player = axn.LookerUp(pattern="CCCDDDDD", parameters=(1, 2, 0), initial_actions="CD")
    # moves: C D (initial); then (D, CD) -> D; (D, DC) -> D; (D, CC) -> D ...
    versus_test(player, "CDCCC", expected="CDDDD")
    player = axn.LookerUp(pattern="CCCDCCCD", parameters=(1, 2, 0), initial_actions="CC")
    versus_test(player, "CDDCDD", expected="CCCDCCDC")
    assert player.classifier.memory_depth == 2


def test_lookup_without_history_plays_one_move():
    player = axn.LookerUp(pattern="D", parameters=(0, 0, 0))
    assert player.classifier.memory_depth == 0 and player.initial_actions == ""
    versus_test(player, "CCD", expected="DDDD")


def test_lookup_initial_actions_are_padded_or_cut():
    assert axn.LookerUp(pattern="C" * 64, parameters=(2, 2, 2), initial_actions="D").initial_actions == "DC"
    assert axn.LookerUp(pattern="C" * 8, parameters=(1, 2, 0), initial_actions="DDD").initial_actions == "DD"
    versus_test(axn.LookerUp(pattern="C" * 8, parameters=(3, 0, 0), initial_actions="D"), "D", expected="DCCCC")


def test_lookup_dict_and_pattern_give_the_same_player():
    by_pattern = axn.LookerUp(pattern="CDDDDCDD", parameters=(1, 1, 1), initial_actions="C")
    table = {key: move for key, move in by_pattern.lookup_dict.items()}
    by_dict = axn.LookerUp(lookup_dict=table, initial_actions="C")
    assert by_dict == by_pattern
    as_tuples = {tuple(tuple(axn.C if m == "C" else axn.D for m in part) for part in key): move
                 for key, move in table.items()}
    assert axn.LookerUp(lookup_dict=as_tuples, initial_actions=[axn.C]) == by_pattern


@pytest.mark.parametrize("kwargs, error, text", [
    ({"pattern": "CDC", "parameters": (0, 1, 0)}, ValueError, "must have 2 moves"),
    ({"pattern": "CD"}, ValueError, "go together"),
    ({"parameters": (0, 1, 0)}, ValueError, "go together"),
    ({"pattern": "CX", "parameters": (0, 1, 0)}, ValueError, "C and D"),
    ({"pattern": "CD", "parameters": (0, 1)}, ValueError, "three depths"),
    ({"pattern": "CD", "parameters": (0, -1, 1)}, ValueError, "non-negative"),
    ({"pattern": "CD", "parameters": (0, 1.0, 0)}, TypeError, "op_plays"),
    ({"lookup_dict": {("", "C", ""): "C"}}, ValueError, "lacks 1"),
    ({"lookup_dict": {("", "C", ""): "C", ("", "DD", ""): "D"}}, ValueError, "same three lengths"),
    ({"lookup_dict": {("", "C", ""): "C", ("", "D", ""): "D"}, "pattern": "CD"}, ValueError, "either"),
    ({"pattern": "C" * 2, "parameters": (0, 1, 0), "initial_actions": "CQ"}, ValueError, "initial_actions"),
])
def test_lookup_rejects_bad_tables(kwargs, error, text):
    with pytest.raises(error, match=text):
        axn.LookerUp(**kwargs)

