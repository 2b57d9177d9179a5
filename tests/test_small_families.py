"""The small families (one module each): documented behaviour, classifiers and the generic promises
(their moves against Axelrod-Python's are checked in tests/test_reference_small_families.py)."""

from __future__ import annotations

import math

import pytest

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy, versus, versus_test

INF = math.inf
# class name: (module, display name, (stochastic, memory_depth, uses_length, uses_payoffs)).
ADDED = {
    "Forgiver": ("forgiver", "Forgiver", (False, INF, False, False)),
    "ForgivingTitForTat": ("forgiver", "Forgiving Tit For Tat", (False, INF, False, False)),
    "BackStabber": ("backstabber", "BackStabber", (False, INF, True, False)),
    "DoubleCrosser": ("backstabber", "DoubleCrosser", (False, INF, True, False)),
    "OnceBitten": ("oncebitten", "Once Bitten", (False, 12, False, False)),
    "FoolMeOnce": ("oncebitten", "Fool Me Once", (False, INF, False, False)),
    "ForgetfulFoolMeOnce": ("oncebitten", "Forgetful Fool Me Once", (True, INF, False, False)),
    "Desperate": ("mutual", "Desperate", (True, 1, False, False)),
    "Hopeless": ("mutual", "Hopeless", (True, 1, False, False)),
    "Willing": ("mutual", "Willing", (True, 1, False, False)),
    "Negation": ("negation", "Negation", (True, 1, False, False)),
    "Inverse": ("inverse", "Inverse", (True, INF, False, False)),
    "TrickyCooperator": ("tricky", "Tricky Cooperator", (False, 10, False, False)),
    "TrickyDefector": ("tricky", "Tricky Defector", (False, INF, False, False)),
    "AverageCopier": ("averagecopier", "Average Copier", (True, INF, False, False)),
    "NiceAverageCopier": ("averagecopier", "Nice Average Copier", (True, INF, False, False)),
    "Appeaser": ("appeaser", "Appeaser", (False, INF, False, False)),
    "Doubler": ("doubler", "Doubler", (False, INF, False, False)),
    "VeryBad": ("verybad", "VeryBad", (False, INF, False, False)),
    "ShortMem": ("shortmem", "ShortMem", (False, INF, False, False)),
    "SelfSteem": ("selfsteem", "SelfSteem", (True, INF, False, False)),
    "Stalker": ("stalker", "Stalker", (True, INF, True, True)),
    "Handshake": ("handshake", "Handshake", (False, INF, False, False)),
    "Calculator": ("calculator", "Calculator", (True, INF, False, False)),
    "Grumpy": ("grumpy", "Grumpy", (False, INF, False, False)),
    "Resurrection": ("resurrection", "Resurrection", (False, 5, False, False)),
    "DoubleResurrection": ("resurrection", "DoubleResurrection", (False, 5, False, False)),
    "Golden": ("mathematical_constants", "$\\phi$", (False, INF, False, False)),
    "Pi": ("mathematical_constants", "$\\pi$", (False, INF, False, False)),
    "e": ("mathematical_constants", "$e$", (False, INF, False, False)),
}


@pytest.mark.parametrize("class_name", sorted(ADDED))
def test_name_classifier_module_and_docstring(class_name):
    module, display, classifier = ADDED[class_name]
    cls = axn.CATALOGUE[class_name]
    player = cls()
    assert cls.__module__ == f"axelrod_nl.strategies.{module}"
    assert player.name == display
    c = player.classifier
    assert (c.stochastic, c.memory_depth, c.uses_length, c.uses_payoffs) == classifier
    assert not (c.long_run_time or c.inspects_source or c.manipulates_source or c.manipulates_state)
    assert "Names:" in cls.__doc__ and f"``{class_name}``" in cls.__doc__


GENERIC = [axn.CATALOGUE[name]() for name in sorted(ADDED)] + [
    axn.ForgetfulFoolMeOnce(0.0), axn.ForgetfulFoolMeOnce(1.0), axn.ForgetfulFoolMeOnce(0.3),
    axn.Handshake("CCD"), axn.Handshake("D"),
    axn.Grumpy("Grumpy", 3, -2), axn.Grumpy("Nice", 0, 0),
]


@pytest.mark.parametrize("player", GENERIC, ids=str)
def test_generic_promises(player):
    check_strategy(player)


def last_round_responses(player, opponent: str, games: int = 40, turns: int = 30):
    """Each move after the first, with the last round (own move, opponent's move) before it."""
    firsts = []
    for seed in range(games):
        own, theirs = versus(player, opponent, turns, seed=seed)
        firsts.append(own[0])
        yield from ((own[t - 1] + theirs[t - 1], own[t]) for t in range(1, turns))
    assert 0.25 < firsts.count("C") / games < 0.75  # a fair coin on the first move


@pytest.mark.parametrize("player, response", [
    (axn.Desperate(), {"CC": "D", "CD": "D", "DC": "D", "DD": "C"}),
    (axn.Hopeless(), {"CC": "D", "CD": "C", "DC": "C", "DD": "C"}),
    (axn.Willing(), {"CC": "C", "CD": "C", "DC": "C", "DD": "D"}),
    (axn.Negation(), {"CC": "D", "CD": "C", "DC": "D", "DD": "C"}),
], ids=str)
def test_mutual_and_negation_answer_the_last_round(player, response):
    seen = set()
    for opponent in ("CDDC", "DCCD", "CCD", "DDC"):
        for last_round, move in last_round_responses(player, opponent):
            assert move == response[last_round], (last_round, move)
            seen.add(last_round)
    assert seen == set(response)


def test_forgiver_tolerates_a_tenth_of_defections():
    versus_test(axn.Forgiver(), "CD", expected="CCDDDD")
    # One D in the opponent's first move: forgiven once it is a tenth of its moves.
    versus_test(axn.Forgiver(), "DCCCCCCCCCCC", expected="CDDDDDDDDDCC")
    versus_test(axn.ForgivingTitForTat(), "DCCCCCCCCCCC", expected="CDCCCCCCCCCC")
    versus_test(axn.ForgivingTitForTat(), "CD", expected="CCDCDC")


def test_backstabber_forgives_three_defections_and_betrays_at_the_end():
    versus_test(axn.BackStabber(), "D", expected="CCCCDDDD")
    versus_test(axn.BackStabber(), "C", expected="CCCCDD")
    versus_test(axn.BackStabber(), "C", expected="CCCCCC", announce_length=False)


def test_double_crosser_plays_tit_for_two_tats_against_an_opponent_clean_for_seven_moves():
    opponent = "CCCCCCCDCDCDDCCC"  # clean for seven moves; its fourth defection on move 13
    versus_test(axn.DoubleCrosser(), opponent, expected="CCCCCCCCCCCCCDCC", announce_length=False)
    versus_test(axn.BackStabber(), opponent, expected="CCCCCCCCCCCCCDDD", announce_length=False)
    versus_test(axn.DoubleCrosser(), opponent, expected="CCCCCCCCCCCCCDDD")
    # Past move 180 it is a backstabber again.
    moves = versus(axn.DoubleCrosser(), "C" * 7 + "CD" * 100, 200, announce_length=False)[0]
    assert moves[:180] == "C" * 180 and moves[180:] == "D" * 20


def test_once_bitten_answers_two_defections_in_a_row_with_eleven():
    versus_test(axn.OnceBitten(), "CDDCCCCCCCCCCCCCCC", expected="CCC" + "D" * 11 + "CCCC")
    versus_test(axn.OnceBitten(), "CD", expected="CCCCCCCC")


def test_fool_me_once_and_its_forgetful_twin():
    versus_test(axn.FoolMeOnce(), "CDCCDC", expected="CCCCCD")
    versus_test(axn.ForgetfulFoolMeOnce(0.0), "CDCCDC", expected="CCCCCD")
    versus_test(axn.ForgetfulFoolMeOnce(1.0), "D", expected="CCCCCC")
    assert not axn.ForgetfulFoolMeOnce(0.0).classifier.stochastic
    # With forgetting, a grudge does not last: against a defector it cooperates now and then.
    moves = "".join(versus(axn.ForgetfulFoolMeOnce(0.3), "D", 50, seed=s)[0] for s in range(10))
    assert 0 < moves.count("C") < len(moves)


def test_inverse_defects_with_probability_one_over_the_time_since_a_defection():
    versus_test(axn.Inverse(), "C", expected="CCCCC")
    versus_test(axn.Inverse(), "D", expected="CDDDD")
    games = 600
    plays = [versus(axn.Inverse(), "DCCCCC", seed=s)[0] for s in range(games)]
    assert all(p[:2] == "CD" for p in plays)
    for move, p_defect in ((2, 1 / 2), (3, 1 / 3), (5, 1 / 5)):
        rate = sum(p[move] == "D" for p in plays) / games
        assert abs(rate - p_defect) < 4.5 * math.sqrt(p_defect * (1 - p_defect) / games), (move, rate)


def test_tricky_cooperator_and_defector():
    versus_test(axn.TrickyCooperator(), "C", expected="CCCDDD")
    versus_test(axn.TrickyCooperator(), "DCCCCCCCCCCC", expected="C" * 11 + "D")
    versus_test(axn.TrickyDefector(), "D", expected="DDDDDD")
    versus_test(axn.TrickyDefector(), "CDDD", expected="DDDDCDDDC")


def test_average_copiers_copy_the_opponents_share_of_cooperations():
    versus_test(axn.NiceAverageCopier(), "D", expected="CDDDD")
    versus_test(axn.NiceAverageCopier(), "C", expected="CCCCC")
    for seed in range(5):
        assert versus(axn.AverageCopier(), "C", 10, seed=seed)[0][1:] == "C" * 9
        assert versus(axn.AverageCopier(), "D", 10, seed=seed)[0][1:] == "D" * 9
    games = 400
    rate = sum(versus(axn.NiceAverageCopier(), "CDCC", seed=s)[0][2] == "C" for s in range(games)) / games
    assert abs(rate - 0.5) < 4.5 * math.sqrt(0.25 / games)


def test_appeaser_switches_after_each_defection():
    versus_test(axn.Appeaser(), "CDDC", expected="CCDCC")
    versus_test(axn.Appeaser(), "D", expected="CDCDCD")


def test_doubler_punishes_only_an_opponent_with_at_most_two_cooperations_per_defection():
    versus_test(axn.Doubler(), "D", expected="CDDD")
    versus_test(axn.Doubler(), "CCD", expected="CCCDCCDCCD")
    versus_test(axn.Doubler(), "CCCD", expected="CCCCCCCCC")


def test_very_bad_follows_the_opponents_majority_and_copies_on_a_tie():
    versus_test(axn.VeryBad(), "DDCC", expected="CCCDCD", turns=6)
    versus_test(axn.VeryBad(), "D", expected="CCCDDD")


def test_short_mem_looks_at_the_last_ten_moves():
    versus_test(axn.ShortMem(), "C", expected="C" * 12)
    versus_test(axn.ShortMem(), "D", expected="C" * 11 + "DD")
    versus_test(axn.ShortMem(), "CD", expected="C" * 12 + "DC")  # five of each: tit for tat
    versus_test(axn.ShortMem(), "CCCD", expected="C" * 15)


def test_self_steem_follows_its_sine_wave():
    # Per cycle of ten: chance, copy, D, D, copy, chance, copy, C, C, copy.
    for seed in range(10):
        against_d = versus(axn.SelfSteem(), "D", 20, seed=seed)[0]
        against_c = versus(axn.SelfSteem(), "C", 20, seed=seed)[0]
        for cycle in (0, 10):
            assert "".join(against_d[cycle + k] for k in (1, 2, 3, 4, 6, 7, 8, 9)) == "DDDDDCCD"
            assert "".join(against_c[cycle + k] for k in (1, 2, 3, 4, 6, 7, 8, 9)) == "CDDCCCCC"
    chance = [versus(axn.SelfSteem(), "C", 20, seed=s)[0][k] for s in range(100) for k in (0, 5, 10, 15)]
    assert 0.35 < chance.count("C") / len(chance) < 0.65


def test_stalker_steers_its_average_score():
    versus_test(axn.Stalker(), "C", expected="CCCCD")
    versus_test(axn.Stalker(), "C", expected="CCCCCC", announce_length=False)
    # Against C, D, C, D: averages 3, 1.5 (between 1 and 2: D), 8 / 3 (between (R + P) / 2 and R: C).
    versus_test(axn.Stalker(), "CD", expected="CCDC", announce_length=False)
    # It reads the payoffs: with R = 2.2 the same moves leave it, after the fourth, with 7.2 / 3 = 2.4,
    # above R (D), where with R = 3 the 8 / 3 lay between (R + P) / 2 and R (C).
    versus_test(axn.Stalker(), "CD", expected="CCDD", announce_length=False,
                game=axn.Game(2.2, 0, 5, 1, general=True))


def test_handshake_cooperates_only_with_an_opponent_that_shook_hands():
    versus_test(axn.Handshake(), "CD", expected="CDCCCC", turns=6)
    versus_test(axn.Handshake(), "C", expected="CDDDDD")
    result = axn.Match(axn.Handshake(), axn.Handshake(), turns=6).play()
    assert result.moves_a == result.moves_b == "CDCCCC"
    versus_test(axn.Handshake("CCD"), "CCDD", expected="CCDCCC", turns=6)
    with pytest.raises(ValueError, match="initial_plays"):
        axn.Handshake("")


def test_calculator_defects_for_good_against_a_periodic_opponent():
    # Twenty moves of Joss (D after D, no draws), then the cycle test on move 21.
    versus_test(axn.Calculator(), "D", expected="C" + "D" * 24)
    opponent = "D" * 19 + "CDCC"  # not periodic: tit for tat from move 21
    versus_test(axn.Calculator(), opponent, expected="C" + "D" * 19 + "CDC")
    # A cycle of period up to ten, cut short or not, counts; Joss's draws make the opening random.
    for seed in range(5):
        assert versus(axn.Calculator(), "CCD", 40, seed=seed)[0][20:] == "D" * 20


def test_grumpy_changes_mood_at_its_thresholds():
    versus_test(axn.Grumpy(), "D", expected="C" * 11 + "DD")
    versus_test(axn.Grumpy("Grumpy", 3, -2), "C", expected="DDDCCC")
    # Once grumpy it stays grumpy until the opponent's cooperations lead by more than ten:
    # after 11 Ds and then Cs the grumpiness on move t + 1 is 22 - t, below -10 from t = 33.
    moves = versus(axn.Grumpy(), "D" * 11 + "C" * 40, 51)[0]
    assert moves == "C" * 11 + "D" * 22 + "C" * 18
    assert str(axn.Grumpy()) == "Grumpy: Nice, 10, -10"
    for bad, error in (("Angry", ValueError), (1, TypeError)):
        with pytest.raises(error, match="starting_state"):
            axn.Grumpy(bad)


def test_resurrection_and_double_resurrection_watch_their_last_five_moves():
    versus_test(axn.Resurrection(), "DDDDDC", expected="CDDDDDDDDD", turns=10)
    versus_test(axn.TitForTat(), "DDDDDC", expected="CDDDDDCDDD", turns=10)
    versus_test(axn.DoubleResurrection(), "C", expected="CCCCCDCCCCCD")
    versus_test(axn.DoubleResurrection(), "D", expected="CDDDDDCDDDDDC")


def test_mathematical_constants_steer_the_ratio_of_cooperations_to_defections():
    for player in (axn.Golden(), axn.Pi(), axn.e()):
        versus_test(player, "C", expected="CDDDD")  # no defection of the opponent yet: D
        versus_test(player, "D", expected="CCCCC")  # the ratio stays 1, below every constant
    # Against C, D, C: 4 cooperations to 2 defections after three moves, above phi, below e and pi.
    versus_test(axn.Golden(), "CD", expected="CDCD")
    versus_test(axn.Pi(), "CD", expected="CDCC")
    versus_test(axn.e(), "CD", expected="CDCC")
