"""Choosing strategies by classifier and by named list, from the API and the CLI."""

import math

import pytest

import axelrod_nl as axn
from axelrod_nl.cli import main
from axelrod_nl.filters import BASIC, LISTS, describe


def test_filter_by_each_field():
    every = list(axn.CATALOGUE.values())
    stochastic = axn.filtered(stochastic=True)
    assert stochastic and all(cls.classifier.stochastic for cls in stochastic)
    assert set(stochastic) | set(axn.filtered(stochastic=False)) == set(every)
    assert axn.Random in stochastic and axn.TitForTat not in stochastic
    one = axn.filtered(memory_depth=1)
    assert axn.TitForTat in one and all(cls.classifier.memory_depth == 1 for cls in one)
    short = axn.filtered(max_memory_depth=1)
    assert axn.Cooperator in short and axn.TitForTat in short and axn.Grudger not in short
    assert all(cls.classifier.memory_depth == math.inf for cls in axn.filtered(memory_depth=math.inf))
    assert all(cls.classifier.memory_depth >= 2 for cls in axn.filtered(min_memory_depth=2))
    length = axn.filtered(uses_length=True)
    assert all(cls.classifier.uses_length for cls in length)
    assert axn.filtered(makes_use_of=["length"]) == length
    assert axn.filtered(makes_use_of=["game", "length"]) == axn.filtered(uses_payoffs=True, uses_length=True)
    assert axn.filtered(inspects_source=True) == [] and axn.filtered(manipulates_state=True) == []


def test_filters_combine_and_keep_the_order_given():
    pool = [axn.Random, axn.TitForTat, axn.Grudger, axn.Cooperator]
    assert axn.filtered(pool, stochastic=False, max_memory_depth=1) == [axn.TitForTat, axn.Cooperator]
    assert axn.filtered([]) == []


@pytest.mark.parametrize("kwargs, error, message", [
    ({"stochastic": "yes"}, TypeError, "stochastic must be True, False or None"),
    ({"memory_depth": -1}, TypeError, "memory_depth must be a number >= 0"),
    ({"makes_use_of": ["time"]}, ValueError, "makes_use_of takes 'length' and 'game'"),
    ({"strategies": [axn.TitForTat()]}, TypeError, "strategies must be Strategy classes"),
])
def test_bad_criteria_are_refused(kwargs, error, message):
    with pytest.raises(error, match=message):
        axn.filtered(**kwargs)


def test_named_lists():
    assert axn.strategy_list("all") == list(axn.CATALOGUE.values())
    first = axn.strategy_list("first_tournament")
    assert len(first) == 15 and first[0] is axn.TitForTat and first[-1] is axn.Random
    second = axn.strategy_list("second_tournament")
    assert len(second) == 63 and second[1] is axn.SecondByChampion
    assert {cls.__name__ for cls in axn.strategy_list("basic")} <= set(BASIC)
    short, long = axn.strategy_list("short_run_time"), axn.strategy_list("long_run_time")
    assert set(short) | set(long) == set(axn.CATALOGUE.values()) and not set(short) & set(long)
    with pytest.raises(ValueError, match="no strategy list named 'best'"):
        axn.strategy_list("best")
    assert set(LISTS) >= {"all", "basic", "first_tournament", "second_tournament", "short_run_time"}


def test_describe_is_a_table_of_classifiers():
    table = describe([axn.TitForTat, axn.Random])
    assert list(table["class"]) == ["TitForTat", "Random"]
    assert list(table["stochastic"]) == [False, True]
    assert table.loc[0, "memory_depth"] == 1.0


def test_cli_strategies_filters(capsys):
    assert main(["strategies", "--memory-depth", "1", "--stochastic", "no", "--names"]) == 0
    names = capsys.readouterr().out.split()
    assert names == [cls.__name__ for cls in axn.filtered(memory_depth=1, stochastic=False)]
    assert main(["strategies", "--list", "first_tournament"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["class", "name", "stochastic"]
    assert "15 strategies of the list 'first_tournament'" in out


def test_cli_strategies_refuses_a_bad_filter(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["strategies", "--memory-depth", "-3"])
    assert stop.value.code == 2
    assert "expected a whole number >= 0 or 'inf'" in capsys.readouterr().err


def test_a_spec_takes_a_named_list(tmp_path):
    from axelrod_nl.spec import SpecError, load_spec

    spec = tmp_path / "field.toml"
    spec.write_text('[tournament]\nstrategies = "basic"\nturns = 5\n[[players]]\nstrategy = "Random"\n'
                    'name = "Coin"\n')
    players = load_spec(spec).players
    assert [type(p) for p in players[:-1]] == axn.strategy_list("basic")
    assert str(players[-1]) == "Coin"
    spec.write_text('[tournament]\nstrategies = "everything"\nturns = 5\n')
    with pytest.raises(SpecError, match=r"field.toml:2: no strategy list named 'everything'"):
        load_spec(spec)


def test_the_short_run_time_spec_is_the_whole_short_run_time_field():
    import pathlib

    from axelrod_nl.spec import load_spec

    spec = load_spec(pathlib.Path(__file__).resolve().parents[1] / "tournaments" / "short_run_time.toml")
    assert [type(p) for p in spec.players] == axn.strategy_list("short_run_time")
    assert len(spec.players) >= 200
