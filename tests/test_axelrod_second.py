"""Axelrod's second tournament (1980): every rule against the original Fortran's moves.

The oracle (``tests/data/tourexec_vs_sequences.json.gz``, a copy of
``shared/oracles/tourexec_vs_sequences.json``) holds what the original TourExec
functions play against 38 fixed opponent sequences, run under the conventions
of ``shared/oracles/README.md``: a fresh rule each game, the length not
announced. Every strategy with a ``tourexec`` attribute is tested against it:

- a deterministic rule must play every move of every sequence, over 200 and
  308 moves, exactly as the original;
- a stochastic rule must cooperate at each move at the original's rate and
  score its mean, within sampling error. Both sides are 300 games: at each
  move the two rates may differ by at most 5 standard errors of a difference
  of proportions (from the pooled rate, plus 1/300 for discreteness), and the
  mean scores by at most 5 standard errors; with about 15,000 comparisons per
  rule a false alarm has a probability of about 1 in 100 per rule (5-sigma
  two-sided: 5.7e-7 each).

Each rule's documented behaviour (its docstring's claims, against fixed
opponents with ``axelrod_nl.testing.versus_test``) is tested in the
``test_axelrod_second_behaviour_*`` modules, named by the first and last rule
they cover (in the order of ``strategies/axelrod_second.py``).
"""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.testing import check_strategy

ORACLE = json.loads(gzip.decompress((Path(__file__).parent / "data" / "tourexec_vs_sequences.json.gz").read_bytes()))
SEQUENCES = ORACLE["sequences"]

SECOND_ROUND = {cls.tourexec.lower(): cls for cls in axn.CATALOGUE.values() if cls.tourexec}
DETERMINISTIC = sorted(rule for rule in SECOND_ROUND if rule in ORACLE["deterministic"])
STOCHASTIC = sorted(rule for rule in SECOND_ROUND if rule in ORACLE["stochastic"])
GAMES = 300


def test_the_oracle_is_the_shared_one():
    assert len(SEQUENCES) == 38 and all(len(s) == 320 for s in SEQUENCES.values())
    assert "TourExec" in ORACLE["source"]


def test_every_tourexec_rule_is_in_the_oracle():
    assert set(SECOND_ROUND) == set(DETERMINISTIC) | set(STOCHASTIC)


@pytest.mark.parametrize("rule", DETERMINISTIC)
def test_deterministic_rules_play_every_move_as_the_original(rule):
    cls = SECOND_ROUND[rule]
    for name, expected in ORACLE["deterministic"][rule].items():
        for turns in ("200", "308"):
            result = axn.Match(cls(), axn.Cycler(SEQUENCES[name]), turns=int(turns), announce_length=False).play()
            assert result.moves_a == expected[turns], f"{cls.__name__} against {name}, {turns} moves"


def _rates_and_scores(cls, sequence: str, seed: int) -> tuple[np.ndarray, np.ndarray]:
    results = axn.Tournament([cls(), axn.Cycler(sequence)], turns=200, repetitions=GAMES, self_play=False,
                             announce_length=False, keep_histories=True, seed=seed).play()
    moves = results.moves[0, :, 0, :]  # (games, moves) of the rule
    return 1.0 - moves.mean(axis=0), results.stats[0, :, 0]


@pytest.mark.parametrize("rule", STOCHASTIC)
def test_stochastic_rules_match_the_original_in_distribution(rule):
    cls = SECOND_ROUND[rule]
    for k, (name, target) in enumerate(sorted(ORACLE["stochastic"][rule].items())):
        rates, scores = _rates_and_scores(cls, SEQUENCES[name], seed=1000 + k)
        theirs = np.asarray(target["coop_by_move"])
        pooled = (rates + theirs) / 2
        allowed = 5 * np.sqrt(pooled * (1 - pooled) * (1 / GAMES + 1 / target["reps"])) + 1 / GAMES
        worst = int(np.argmax(np.abs(rates - theirs) - allowed))
        assert abs(rates[worst] - theirs[worst]) <= allowed[worst], (
            f"{cls.__name__} against {name}: move {worst + 1} cooperates at {rates[worst]:.3f}, "
            f"the original at {theirs[worst]:.3f}")
        spread = math.sqrt(scores.var(ddof=1) / GAMES + target["sd_score"] ** 2 / target["reps"])
        assert abs(scores.mean() - target["mean_score"]) <= 5 * spread + 1e-9, (
            f"{cls.__name__} against {name}: mean score {scores.mean():.1f}, the original {target['mean_score']:.1f}")


@pytest.mark.parametrize("rule", sorted(SECOND_ROUND))
def test_every_second_round_rule_keeps_the_generic_promises(rule):
    check_strategy(SECOND_ROUND[rule]())


PUBLISHED_ORDER = """K92R K61R K42R K49R K44R K60R K41R K75R K84R K32R K35R K68R K72R K46R K83R K47R K64R K51R K78R
K66R K58R K88R K31R K90R K39R K79R K67R K86R K69R K91R K57R K70R K85R K38R K40R K80R K37R K56R K43R K59R K73R
K55R K81R K87R K53R K76R K65R K52R K82R K45R K62R K34R K48R K50R K77R K89R K63R K54R K33R K71R K74R K93R
K36R""".split()  # spec section 3.4, from TourExec KRowFunction.f


def test_graaskamps_round_one_function_matches_where_k78r_calls_it():
    rates, _ = _rates_and_scores(axn.FirstByGraaskamp, SEQUENCES["allC"], seed=7)
    theirs = np.asarray(ORACLE["stochastic"]["grasr"]["allC"]["coop_by_move"])
    assert np.abs(rates - theirs).max() <= 5 * 0.5 * math.sqrt(2 / GAMES) + 1 / GAMES


@pytest.mark.parametrize("name", ["axelrod_1980_second.toml", "axelrod_1980_second_w.toml"])
def test_the_second_tournament_spec_has_the_63_rules_in_rank_order(name):
    from axelrod_nl.spec import load_spec

    spec = load_spec(Path(__file__).resolve().parent.parent / "tournaments" / name)
    assert [type(p).tourexec for p in spec.players] == PUBLISHED_ORDER
    tournament = spec.tournament(repetitions=1)
    assert tournament.self_play and not tournament.announce_length
    if name == "axelrod_1980_second.toml":
        assert spec.tournament().lengths == (63, 77, 151, 156, 308)
    else:
        assert tournament.continuation == 0.99654 and tournament.shared_lengths
    results = tournament.play()
    assert results.n_players == 63 and len(set(results.names)) == 63
