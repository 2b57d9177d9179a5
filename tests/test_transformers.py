"""Strategy transformers: the reference library's moves, names and classifiers, composition, errors."""

import math

import pytest

import axelrod_nl as axn
from axelrod_nl import transformers as tr
from axelrod_nl.testing import check_strategy, versus, versus_test
from reference_sequences import check_player, keys


@pytest.mark.parametrize("key", keys("transformers"))
def test_plays_as_the_reference_librarys_transformation(key):
    check_player("transformers", key)


def test_names_classes_and_parameters():
    noisy = tr.NoisyTransformer(0.1)(axn.Random)
    assert noisy.__name__ == "NoisyRandom" and noisy.name == "Noisy Random"
    assert str(noisy(0.3)) == "Noisy Random: 0.3: 0.1"
    assert noisy(0.3) == noisy(p=0.3) and noisy(0.3) != noisy(0.4)
    assert issubclass(noisy, axn.Random) and noisy.original_class is axn.Random
    assert str(tr.JossAnnTransformer((0.2, 0.3))(axn.TitForTat)()) == "Joss-Ann Tit For Tat: (0.2, 0.3)"
    assert str(tr.InitialTransformer("DC")(axn.TitForTat)()) == "Initial Tit For Tat: [D, C]"
    # A combination is made once: the same class, compiled once.
    assert tr.NoisyTransformer(0.1)(axn.Random) is noisy


def test_classifiers_follow_the_transformation():
    assert tr.NoisyTransformer(0.1)(axn.TitForTat)().classifier.stochastic
    assert not tr.NoisyTransformer(0)(axn.TitForTat)().classifier.stochastic
    # Random(1.0) is deterministic, but not once noise is added.
    assert tr.NoisyTransformer(0.2)(axn.Random)(1.0).classifier.stochastic
    final = tr.FinalTransformer("DDD")(axn.Cooperator)().classifier
    assert final.uses_length and final.memory_depth == 3
    certain = tr.JossAnnTransformer((0, 1))(axn.TitForTat)().classifier
    assert not certain.stochastic and certain.memory_depth == 0
    assert tr.RetaliationTransformer(3)(axn.Cooperator)().classifier.memory_depth == math.inf
    assert tr.DeadlockBreakingTransformer()(axn.TitForTat)().classifier.memory_depth == 2


@pytest.mark.parametrize("make", [
    lambda: tr.NoisyTransformer(0.1)(axn.TitForTat)(),
    lambda: tr.FinalTransformer("DD")(tr.NoisyTransformer(0.1)(axn.TitForTat))(),
    lambda: tr.RetaliationTransformer(2)(axn.Alternator)(),
    lambda: tr.ApologyTransformer("D", "C")(axn.Gradual)(),
    lambda: tr.JossAnnTransformer((0.1, 0.4))(axn.Grudger)(),
    lambda: tr.ForgiverTransformer(0.3)(axn.GoByMajority)(),
])
def test_transformed_strategies_keep_every_generic_promise(make):
    check_strategy(make())


def test_documented_behaviour():
    versus_test(tr.FlipTransformer()(axn.TitForTat)(), "CDCD", expected="DDCD")
    versus_test(tr.InitialTransformer("DD")(axn.Cooperator)(), "CCCC", expected="DDCC")
    versus_test(tr.FinalTransformer("DD")(axn.Cooperator)(), "CCCCC", expected="CCCDD")
    # Without an announced length the final moves are unknown, so nothing changes.
    versus_test(tr.FinalTransformer("DD")(axn.Cooperator)(), "CCCCC", expected="CCCCC", announce_length=False)
    versus_test(tr.GrudgeTransformer(1)(axn.Cooperator)(), "DCDCC", expected="CCCDD")
    versus_test(tr.RetaliationTransformer(2)(axn.Cooperator)(), "DCCCDDCCC", expected="CDDCCDDDD")
    versus_test(tr.RetaliateUntilApologyTransformer()(axn.Cooperator)(), "DDCC", expected="CDDC")
    versus_test(tr.NiceTransformer()(axn.Defector)(), "CCDC", expected="CCCD")
    versus_test(tr.DeadlockBreakingTransformer()(axn.TitForTat)(), axn.SuspiciousTitForTat(),
                expected="CDCC", turns=4)


def test_the_original_rule_is_consulted_on_overridden_moves():
    # Gradual counts the defections it answers during the initial moves too.
    player = tr.InitialTransformer("CCC")(axn.Gradual)()
    plain = versus(axn.Gradual(), "DCCCCCCC")[0]
    assert versus(player, "DCCCCCCC")[0] == "CCC" + plain[3:]


@pytest.mark.parametrize("call, error, message", [
    (lambda: tr.NoisyTransformer(1.5), ValueError, "noise"),
    (lambda: tr.GrudgeTransformer(-1), ValueError, "grudges"),
    (lambda: tr.InitialTransformer("CX"), ValueError, "seq must be moves"),
    (lambda: tr.ApologyTransformer("CD", "C"), ValueError, "same length"),
    (lambda: tr.JossAnnTransformer(0.5), TypeError, "a pair"),
    (lambda: tr.FlipTransformer()(axn.TitForTat()), TypeError, "takes a Strategy class"),
    (lambda: tr.transform(axn.TitForTat, ("shake",)), ValueError, "a step is"),
])
def test_bad_arguments_are_refused(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_transform_by_names_composes_in_order():
    cls = tr.transform(axn.TitForTat, ("noisy", 0.1), ("final", "DD"))
    assert cls.name == "Final Noisy Tit For Tat" and cls.original_class.original_class is axn.TitForTat
    assert set(tr.TRANSFORMERS) >= {"noisy", "flip", "joss_ann", "initial", "final", "retaliation", "apology"}


def test_named_in_text_specs_and_the_cli(tmp_path, capsys):
    from axelrod_nl.cli import main
    from axelrod_nl.loading import parse_player
    from axelrod_nl.spec import load_spec

    player = parse_player("Random(0.3) | noisy(0.1) | final('DD')")
    assert str(player) == "Final Noisy Random: 0.3: 0.1: [D, D]"
    assert type(player) is tr.FinalTransformer("DD")(tr.NoisyTransformer(0.1)(axn.Random))
    spec = tmp_path / "t.toml"
    spec.write_text('[tournament]\nturns = 5\n[[players]]\nstrategy = "TitForTat | flip"\n'
                    '[[players]]\nstrategy = "Random | joss_ann((0.5, 0.5))"\nparams = { p = 0.2 }\n')
    players = load_spec(spec).players
    assert [str(p) for p in players] == ["Flipped Tit For Tat", "Joss-Ann Random: 0.2: (0.5, 0.5)"]
    assert main(["match", "TitForTat | initial('DD')", "Cooperator", "--turns", "4"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[-2] == "DDCC"
    assert main(["match", "TitForTat | nosy(0.1)", "Cooperator"]) == 2
    assert "unknown transformer 'nosy'; did you mean noisy?" in capsys.readouterr().err
