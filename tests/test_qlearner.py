"""The Q-learners: Axelrod-Python's moves in distribution, an exact check of the compact table, behaviour."""

import numpy as np
import pytest
from reference_sequences import check_player, keys

import axelrod_nl as axn
from axelrod_nl.engine import protocol
from axelrod_nl.engine.random import new_stream, random_choice, uniform
from axelrod_nl.testing import check_strategy, versus

RATES = {"RiskyQLearner": (0.9, 0.9), "ArrogantQLearner": (0.9, 0.1),
         "HesitantQLearner": (0.1, 0.9), "CautiousQLearner": (0.1, 0.1)}


@pytest.mark.parametrize("key", keys("qlearner"))
def test_plays_as_the_reference_library(key):
    check_player("qlearner", key)


@pytest.mark.parametrize("name", sorted(RATES))
def test_generic_promises(name):
    player = axn.CATALOGUE[name]()
    check_strategy(player)
    assert player.classifier.stochastic and player.classifier.uses_payoffs


def _full_table_moves(name, opponent, rng, payoffs):
    """Q-learning with a dictionary of every state met, keyed as the description says, on the stream ``rng``."""
    learning_rate, discount_rate = RATES[name]
    payoff = {("C", "C"): payoffs[0], ("C", "D"): payoffs[1], ("D", "C"): payoffs[2], ("D", "D"): payoffs[3]}
    q, v = {}, {}
    moves, previous = "", None
    for turn in range(len(opponent)):
        seen = opponent[:turn]
        state = (seen[-12:], seen.count("C"))
        q.setdefault(state, {"C": 0.0, "D": 0.0})
        v.setdefault(state, 0.0)
        if previous is not None:
            reward = payoff[(moves[-1], seen[-1])]
            row = q[previous]
            row[moves[-1]] = (1.0 - learning_rate) * row[moves[-1]] + learning_rate * (reward + discount_rate * v[state])
            v[previous] = max(row.values())
        if uniform(rng) < 0.9:
            move = "C" if q[state]["C"] >= q[state]["D"] else "D"
        else:
            move = "CD"[random_choice(rng, 0.5)]
        moves += move
        previous = state
    return moves


def _rule_moves(name, opponent, rng, payoffs):
    """The class's own rule, called move by move on the same kind of stream."""
    cls = axn.CATALOGUE[name]
    ctx = np.zeros(protocol.CONTEXT_SIZE)
    ctx[[protocol.REWARD, protocol.SUCKER, protocol.TEMPTATION, protocol.PUNISHMENT]] = payoffs
    history = np.zeros((2, len(opponent)), dtype=np.int8)
    state = np.zeros(cls.state_size)
    params = cls().params_array()
    for turn, theirs in enumerate(opponent):
        history[0, turn] = cls.decide.function(turn, history[:, :turn], ctx, params, state, rng)
        history[1, turn] = theirs == "D"
    return "".join("CD"[m] for m in history[0])


@pytest.mark.parametrize("name", sorted(RATES))
@pytest.mark.parametrize("payoffs", [(3.0, 0.0, 5.0, 1.0), (4.0, -1.0, 6.0, 0.5)])
def test_the_compact_table_learns_as_a_full_one(name, payoffs):
    # Long runs of defection make states recur; the table of seven slots must then hold what a dictionary holds.
    draw = np.random.default_rng(7)
    for seed in range(12):
        runs = draw.integers(1, 30, size=12)
        opponent = "".join(("D" if k % 2 else "C") * n for k, n in enumerate(runs))[:150]
        if seed % 3 == 0:
            opponent = "C" * 3 + "D" * 60 + "C" + "D" * 40
        expected = _full_table_moves(name, opponent, new_stream(seed), payoffs)
        assert _rule_moves(name, opponent, new_stream(seed), payoffs) == expected, (name, seed)


def test_first_move_is_cooperation_but_for_the_coin():
    firsts = [versus(axn.RiskyQLearner(), "C", 1, seed=s)[0] for s in range(2000)]
    assert abs(firsts.count("C") / 2000 - 0.95) < 0.03


@pytest.mark.parametrize("name", sorted(RATES))
def test_a_cooperator_never_teaches_anything(name):
    # Its count of cooperations grows every move, so every state is new and worth 0: C (ties) but for the coin.
    played = "".join(versus(axn.CATALOGUE[name](), "C", 100, seed=s)[0] for s in range(40))
    assert abs(played.count("C") / len(played) - 0.95) < 0.02


@pytest.mark.parametrize("name", ["RiskyQLearner", "ArrogantQLearner"])
def test_learns_to_defect_against_a_defector(name):
    # After thirteen defections the state recurs: once the coin has tried D, the punishment (1 > 0) makes D greedy.
    late = "".join(versus(axn.CATALOGUE[name](), "D", 200, seed=s)[0][150:] for s in range(40))
    assert late.count("D") / len(late) > 0.9
