"""Strategy transformers: the reference library's moves, names and classifiers, composition, errors."""

import math

import pytest

import axelrod_nl as axn
from axelrod_nl import transformers as tr
from axelrod_nl.engine.protocol import OWN_DEFECTIONS
from axelrod_nl.testing import check_strategy, versus, versus_test
from reference_sequences import check_player, keys


@pytest.mark.parametrize("key", keys("transformers"))
def test_plays_as_the_reference_librarys_transformation(key):
    check_player("transformers", key)


@pytest.mark.parametrize("key", keys("transformers_dual_mixed"))
def test_plays_as_the_reference_librarys_dual_and_mixture(key):
    check_player("transformers_dual_mixed", key)


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
    lambda: tr.DualTransformer()(axn.Gradual)(),
    lambda: tr.MixedTransformer([0.2, 0.3], [axn.Gradual, axn.Random(0.8)])(axn.TitForTat)(),
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


def test_the_dual_flips_its_own_history_and_its_move():
    # The dual of tit for tat defects first, then plays the opposite of the opponent's last move.
    versus_test(tr.DualTransformer()(axn.TitForTat)(), "CDCDDC", expected="DDCDCC")
    # Dual of Grudger: Grudger reads only the opponent, so the dual is Flipped Grudger.
    versus_test(tr.DualTransformer()(axn.Grudger)(), "CCDCC", expected="DDDCC")
    # The dual of the dual is the original, state and own history included.
    twice = tr.DualTransformer()(tr.DualTransformer()(axn.Gradual))()
    sequence = "CDCCDDCCCCDCCCCCCCCD"
    assert versus(twice, sequence)[0] == versus(axn.Gradual(), sequence)[0]
    # Win-stay lose-shift reads its own moves: its dual is win-stay lose-shift starting with D.
    dual = tr.DualTransformer()(axn.WinStayLoseShift)
    versus_test(dual(), "CCDDC", expected="DDDCD")
    assert dual.name == "Dual Win-Stay Lose-Shift" and dual().classifier == axn.WinStayLoseShift().classifier
    assert tr.transform(axn.WinStayLoseShift, ("dual",)) is dual


def test_the_dual_shows_the_original_its_flipped_defection_count():
    # Defects until its own defections (as it counts them) reach two: a rule reading ctx only.
    class CountsOwn(axn.Strategy):
        @axn.rule
        def decide(turn, history, ctx, params, state, rng):
            return 1 if ctx[OWN_DEFECTIONS] < 2 else 0

    # The original counts the dual's cooperations as its defections: after two dual Cs it cooperates,
    # so the dual defects from move 3 on (with the count as played it would cooperate throughout).
    versus_test(tr.DualTransformer()(CountsOwn)(), "CCCCC", expected="CCDDD")


def test_the_dual_refuses_a_match_longer_than_its_memory():
    from axelrod_nl.engine.runner import RuleError

    player = tr.DualTransformer()(axn.TitForTat)()
    moves = versus(player, axn.Cooperator(), turns=tr.DUAL_MEMORY)[0]
    assert moves == "D" * tr.DUAL_MEMORY
    with pytest.raises(RuleError, match=r"IndexError.*10000 moves.*at move 10001"):
        versus(player, axn.Cooperator(), turns=tr.DUAL_MEMORY + 1)


def test_the_mixture_plays_a_fresh_mutant():
    # Probability 1: the mutant plays every move, with no draw; the classifier is the mutant's.
    always = tr.MixedTransformer(1, axn.Defector)(axn.TitForTat)
    versus_test(always(), "CCCC", expected="DDDD")
    assert not always().classifier.stochastic and str(always()) == "Mutated Tit For Tat: 1.0, Defector"
    # Probability 0: the original plays.
    versus_test(tr.MixedTransformer(0, axn.Defector)(axn.TitForTat)(), "CDCD", expected="CCDC")
    assert not tr.MixedTransformer([0, 0], [axn.Defector, axn.Random])(axn.TitForTat)().classifier.stochastic
    # A fresh Gradual each move: it starts with no punishment under way, so it answers only the
    # opponent's last move, D with D.
    fresh = tr.MixedTransformer(1, axn.Gradual)(axn.Cooperator)
    versus_test(fresh(), "DCCCCD", expected="CDCCCC")
    # A player given with its parameters; names resolve through the catalogue.
    certain = tr.MixedTransformer(1, axn.Random(0.0))(axn.Cooperator)()
    versus_test(certain, "CCC", expected="DDD")
    assert not certain.classifier.stochastic
    named = tr.transform(axn.Cooperator, ("mixed", [0.2, 0.3], ["Defector", "TitForTat"]))
    assert named is tr.MixedTransformer((0.2, 0.3), (axn.Defector, axn.TitForTat))(axn.Cooperator)
    assert named().classifier.stochastic and named().classifier.memory_depth == 1
    assert str(named()) == "Mutated Cooperator: (0.2, 0.3), (Defector, Tit For Tat)"


def test_the_mixture_mutates_at_the_rate_asked():
    player = tr.MixedTransformer([0.1, 0.2], [axn.Defector, axn.Cooperator])(axn.TitForTat)()
    moves = "".join(versus(player, "CD" * 100, seed=seed)[0] for seed in range(20))
    original = versus(axn.TitForTat(), "CD" * 100)[0] * 20
    n_c, n_d = original.count("C"), original.count("D")
    # On C moves of tit for tat only Defector changes a move (0.1); on D moves only Cooperator (0.2).
    flips_c = sum(a != b for k, (a, b) in enumerate(zip(moves, original)) if original[k] == "C") / n_c
    flips_d = sum(a != b for k, (a, b) in enumerate(zip(moves, original)) if original[k] == "D") / n_d
    assert abs(flips_c - 0.1) < 0.03 and abs(flips_d - 0.2) < 0.04


@pytest.mark.parametrize("call, error, message", [
    (lambda: tr.MixedTransformer([0.2, 0.3], [axn.Defector]), ValueError, "same positive length"),
    (lambda: tr.MixedTransformer(0.2, [axn.Defector]), TypeError, "both be single"),
    (lambda: tr.MixedTransformer(1.2, axn.Defector), ValueError, "probability"),
    (lambda: tr.MixedTransformer(0.2, "Nobody"), ValueError, "names no catalogue strategy"),
    (lambda: tr.MixedTransformer(0.2, 3), TypeError, "m_player must be strategies"),
])
def test_bad_mixtures_are_refused(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_dual_and_mixture_are_named_in_text_specs():
    from axelrod_nl.loading import parse_player

    player = parse_player("TitForTat | mixed([0.2, 0.3], ['Cooperator', 'Defector']) | dual")
    assert str(player) == "Dual Mutated Tit For Tat: (0.2, 0.3), (Cooperator, Defector)"
    assert type(player) is tr.DualTransformer()(
        tr.MixedTransformer([0.2, 0.3], [axn.Cooperator, axn.Defector])(axn.TitForTat))
