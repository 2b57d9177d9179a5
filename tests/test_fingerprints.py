"""Fingerprints: Ashlock's against its exact values for memory-one rules and the reference library's
figures; the transitive fingerprint; the plots and the CLI."""

import json
import math
import pathlib

import numpy as np
import pytest

import axelrod_nl as axn
from axelrod_nl.analysis import fingerprint as fp
from axelrod_nl.analysis import plots
from axelrod_nl.cli import main

REFERENCE = pathlib.Path(__file__).parent / "data" / "reference" / "fingerprints.json"

# Memory-one rules as (player, four-vector after CC, CD, DC, DD, chance of cooperating first).
MEMORY_ONE = [
    (axn.TitForTat(), (1, 0, 1, 0), 1.0),
    (axn.WinStayLoseShift(), (1, 0, 0, 1), 1.0),
    (axn.Cooperator(), (1, 1, 1, 1), 1.0),
    (axn.Defector(), (0, 0, 0, 0), 0.0),
    (axn.SuspiciousTitForTat(), (1, 0, 1, 0), 0.0),
    (axn.MemoryOnePlayer((0.9, 0.2, 0.7, 0.4), "D"), (0.9, 0.2, 0.7, 0.4), 0.0),
]


@pytest.mark.parametrize("player, vector, first", MEMORY_ONE, ids=lambda v: str(v) if isinstance(v, axn.Strategy) else "")
def test_ashlock_fingerprint_of_memory_one_rules_is_their_markov_chains(player, vector, first):
    # 5 x 5 points, 2,000 repetitions each: every point within 5 standard errors of the exact value
    # (125 points in all; the chance of a false alarm is below 1e-4).
    result = fp.ashlock_fingerprint(player, step=0.25, turns=30, repetitions=2000, seed=3)
    for y in result.data.index:
        for x in result.data.columns:
            exact = fp.memory_one_ashlock_value(vector, first, x, y, turns=30)
            se = max(result.spread.loc[y, x], 1e-12)
            assert abs(result.data.loc[y, x] - exact) <= 5 * se + 1e-9, (player, x, y)


def test_exact_values_at_the_corners():
    # (0, 0) is TIT FOR TAT, (1, 0) ALL C, (0, 1) ALL D, (1, 1) defect first, then the opposite.
    wsls = ((1, 0, 0, 1), 1.0)
    assert fp.memory_one_ashlock_value(*wsls, 0, 0) == pytest.approx(3.0)
    assert fp.memory_one_ashlock_value(*wsls, 1, 0) == pytest.approx(3.0)
    assert fp.memory_one_ashlock_value(*wsls, 0, 1, turns=50) == pytest.approx(0.5)
    assert fp.memory_one_ashlock_value(*wsls, 1, 1, turns=50) == pytest.approx(1.3)
    assert fp.memory_one_ashlock_value((0, 0, 0, 0), 0.0, 0.3, 0.1) == pytest.approx(5 * 0.3 + 1 * 0.7, rel=0.1)


def test_agrees_with_the_reference_librarys_fingerprints():
    # Axelrod-Python 4.14's AshlockFingerprint (400 repetitions a point, seed 7) against ours
    # (4,000): within 5 standard errors of the difference at every point (150 points).
    reference = json.loads(REFERENCE.read_text())
    assert reference["axelrod_version"].startswith("4.14")
    turns, theirs_n = reference["turns"], reference["repetitions"]
    for name, points in reference["fingerprints"].items():
        ours = fp.ashlock_fingerprint(getattr(axn, name)(), step=reference["step"], turns=turns,
                                      repetitions=4000, seed=11)
        for x, y, value in points:
            mine = ours.data.loc[y, x]
            sd = ours.spread.loc[y, x] * math.sqrt(4000)
            se = sd * math.sqrt(1 / 4000 + 1 / theirs_n)
            assert abs(mine - value) <= 5 * se + 1e-9, (name, x, y, mine, value)


def test_same_seed_same_fingerprint_on_any_number_of_workers():
    a = fp.ashlock_fingerprint(axn.GTFT(), step=0.5, repetitions=50, seed=5, workers=1)
    b = fp.ashlock_fingerprint(axn.GTFT(), step=0.5, repetitions=50, seed=5, workers=2)
    assert a.data.equals(b.data)
    assert not a.data.equals(fp.ashlock_fingerprint(axn.GTFT(), step=0.5, repetitions=50, seed=6).data)


def test_transitive_fingerprint():
    result = fp.transitive_fingerprint(axn.TitForTat(), number_of_opponents=5, turns=20, repetitions=400, seed=1)
    assert result.data.shape == (5, 20)
    assert list(result.data.index) == [str(axn.Random(p)) for p in np.linspace(0, 1, 5)]
    assert (result.data[1] == 1.0).all()  # TIT FOR TAT opens with C
    # After the first move TIT FOR TAT copies Random(p): its cooperation rate is p.
    for p, (_, row) in zip(np.linspace(0, 1, 5), result.data.iterrows()):
        assert np.allclose(row.iloc[1:], p, atol=5 * math.sqrt(p * (1 - p) / 400) + 1e-12)
    mine = fp.transitive_fingerprint(axn.Grudger(), opponents=[axn.Cooperator(), axn.Alternator()], turns=4)
    assert mine.data.to_numpy().tolist() == [[1, 1, 1, 1], [1, 1, 0, 0]]


@pytest.mark.parametrize("call, error, message", [
    (lambda: fp.ashlock_fingerprint(axn.TitForTat(), step=0.3), ValueError, "step must divide 1"),
    (lambda: fp.ashlock_fingerprint(axn.TitForTat, step=0.5), TypeError, "player"),
    (lambda: fp.ashlock_fingerprint(axn.TitForTat(), repetitions=0), ValueError, "repetitions"),
    (lambda: fp.transitive_fingerprint(axn.TitForTat(), opponents=[]), ValueError, "at least one"),
    (lambda: fp.memory_one_ashlock_value((1, 0, 1), 1.0, 0.1, 0.1), ValueError, "four probabilities"),
])
def test_bad_input_is_refused(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_plots():
    ashlock = plots.fingerprint(fp.ashlock_fingerprint(axn.TitForTat(), step=0.5, repetitions=2))
    assert "Ashlock fingerprint of Tit For Tat" in ashlock.axes[0].get_title()
    transitive = plots.fingerprint(fp.transitive_fingerprint(axn.TitForTat(), number_of_opponents=3, turns=5))
    assert transitive.axes[0].get_xlabel() == "move"
    with pytest.raises(TypeError, match="expected a Fingerprint"):
        plots.fingerprint("TitForTat")


def test_cli(tmp_path, capsys):
    assert main(["fingerprint", "WinStayLoseShift", "--step", "0.5", "--repetitions", "20",
                 "--out", str(tmp_path / "fp")]) == 0
    out = capsys.readouterr().out
    assert "Ashlock fingerprint of Win-Stay Lose-Shift" in out and "(0, 1): ALL D          0.500" in out
    assert (tmp_path / "fp" / "ashlock_fingerprint.csv").exists() and (tmp_path / "fp" / "ashlock_fingerprint.png").exists()
    assert main(["fingerprint", "TitForTat | noisy(0.1)", "--kind", "transitive", "--opponents", "3", "--turns", "5"]) == 0
    assert "transitive fingerprint of Noisy Tit For Tat: 0.1" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["fingerprint", "TitForTat", "--step", "0.3"])
    assert stop.value.code == 2
