"""Tournament specs and the axelrod-nl command, including every bad-input path."""

import subprocess
import sys
from pathlib import Path

import pytest

import axelrod_nl as axn
from axelrod_nl.cli import main
from axelrod_nl.spec import SpecError, load_spec

ROOT = Path(__file__).resolve().parents[1]

SPEC = """
[tournament]
name = "Tiny"
turns = 20
repetitions = 3
seed = 7

[[players]]
strategy = "TitForTat"

[[players]]
strategy = "Random"
params = { p = 0.3 }

[[players]]
strategy = "Defector"
"""


def write(tmp_path, text, name="spec.toml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_spec_loads_players_and_settings(tmp_path):
    spec = load_spec(write(tmp_path, SPEC))
    assert [str(p) for p in spec.players] == ["Tit For Tat", "Random: 0.3", "Defector"]
    tournament = spec.tournament()
    assert (tournament.turns, tournament.repetitions, tournament.seed) == (20, 3, 7)
    assert spec.tournament(seed=8, repetitions=1).seed == 8


def test_every_shipped_spec_loads():
    specs = sorted((ROOT / "tournaments").glob("*.toml"))
    assert specs
    for path in specs:
        assert load_spec(path).players


def test_spec_names_a_rule_in_a_user_file(tmp_path):
    rules = tmp_path / "my_rules.py"
    rules.write_text(
        "from axelrod_nl import Strategy, rule, Classifier\n"
        "class Sometimes(Strategy):\n"
        "    name = 'Sometimes'\n"
        "    classifier = Classifier(memory_depth=0)\n"
        "    @rule\n"
        "    def decide(turn, history, ctx, params, state, rng):\n"
        "        return 1 if turn % 3 == 2 else 0\n")
    spec = load_spec(write(tmp_path, SPEC + '\n[[players]]\nstrategy = "my_rules.py:Sometimes"\n'))
    assert str(spec.players[-1]) == "Sometimes"
    result = axn.Match(spec.players[-1], axn.Cooperator(), turns=6).play()
    assert result.moves_a == "CCDCCD"


@pytest.mark.parametrize("text, message", [
    ("[tournament\nturns = 3", r"spec.toml:1: malformed TOML"),
    (SPEC.replace("TitForTat", "TitForTad"), r"spec.toml:\d+: player 1: unknown strategy 'TitForTad'; did you mean TitForTat"),
    (SPEC.replace("turns = 20", "turns = 0"), r"spec.toml:4: turns must be positive"),
    (SPEC.replace("turns = 20", "turns = 20\nnoise = 2"), r"spec.toml:5: noise must be in \[0, 1\)"),
    (SPEC.replace("seed = 7", "sed = 7"), r"spec.toml:6: unknown setting 'sed'"),
    (SPEC + "\n[payoffs]\nR = 3\nS = 0\nT = 2\nP = 1\n", r"bad \[payoffs\].*T > R > P > S"),
    (SPEC.replace("{ p = 0.3 }", "{ p = 3 }"), r"player 2: bad parameters for Random: p must be between 0 and 1"),
    (SPEC.replace("{ p = 0.3 }", "{ q = 0.3 }"), r"player 2: bad parameters for Random"),
    (SPEC + '\n[[players]]\nstrategy = "missing.py:Rule"\n', r"strategy file 'missing.py' not found"),
    ("[tournament]\nturns = 5\n", r"needs a non-empty list of \[\[players\]\]"),
    (SPEC.replace("seed = 7", "seed = 7\nreference = \"axelrod_1990\""), r"spec.toml:7: unknown reference 'axelrod_1990'"),
])
def test_bad_specs_give_one_clear_error(tmp_path, text, message):
    with pytest.raises(SpecError, match=message):
        load_spec(write(tmp_path, text))


def test_missing_spec_file(tmp_path):
    with pytest.raises(SpecError, match="not found"):
        load_spec(tmp_path / "nope.toml")


def test_cli_run_prints_ranking_and_writes_results(tmp_path, capsys):
    spec = write(tmp_path, SPEC)
    assert main(["run", str(spec), "--seed", "3", "--repetitions", "2", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "Tiny: 3 players, 2 repetitions, seed 3" in out
    assert out.splitlines()[3].split()[:4] == ["1", "Tit", "For", "Tat"]  # its twin lifts it above ALL D
    assert (tmp_path / "out" / "summary.csv").exists()
    assert main(["run", str(spec), "--quiet"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_match_prints_moves_and_scores(capsys):
    assert main(["match", "TitForTat", "Alternator", "--turns", "6"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Tit For Tat  CCDCDC  13", "Alternator   CDCDCD  18"]


def test_cli_strategies_lists_the_catalogue(capsys):
    assert main(["strategies"]) == 0
    out = capsys.readouterr().out
    for name in axn.CATALOGUE:
        assert name in out


@pytest.mark.parametrize("argv, message", [
    (["match", "TitForTat", "Defectr"], "unknown strategy 'Defectr'; did you mean Defector"),
    (["match", "TitForTat", "Random(2)"], "p must be between 0 and 1"),
    (["match", "TitForTat", "Defector", "--noise", "1.5"], "noise must be in [0, 1)"),
    (["run", "no/such/spec.toml"], "spec file no/such/spec.toml not found"),
])
def test_cli_errors_are_one_line_and_nonzero(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("axelrod-nl: error: ") and message in err[0]


def test_cli_unwritable_output_fails_before_running(tmp_path, capsys):
    blocker = write(tmp_path, "x", name="blocker")
    assert main(["run", str(write(tmp_path, SPEC)), "--out", str(blocker / "out")]) == 2
    assert "cannot create output folder" in capsys.readouterr().err


def test_cli_rejects_bad_numbers_through_argparse(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["match", "TitForTat", "Defector", "--turns", "0"])
    assert exit_.value.code == 2


def test_installed_command_runs_a_shipped_spec():
    command = Path(sys.executable).with_name("axelrod-nl")
    done = subprocess.run([str(command), "run", str(ROOT / "tournaments" / "networking.toml"), "--quiet",
                           "--repetitions", "1"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr


def test_cli_run_writes_metric_tables(tmp_path, capsys):
    spec = write(tmp_path, SPEC)
    assert main(["run", str(spec), "--out", str(tmp_path / "out"), "--metrics", "--quiet"]) == 0
    written = sorted(p.name for p in (tmp_path / "out").glob("*.csv"))
    for stem in ("state_distribution", "pair_state_distribution", "payoff_difference_matrix",
                 "state_to_action_rates", "good_partner_rating", "niceness"):
        assert f"{stem}.csv" in written
    assert main(["run", str(spec), "--metrics"]) == 2
    assert "give --out DIR too" in capsys.readouterr().err
