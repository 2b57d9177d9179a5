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
    (SPEC.replace("{ p = 0.3 }", "{ q = 0.3 }"), r"player 2: Random has no parameter 'q'; its parameters are p$"),
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


# ---- strict input: flags, unknown keys, names, parameters, files, options ------------------

@pytest.mark.parametrize("text, message", [
    (SPEC.replace("seed = 7", "seed = 7\nself_play = \"no\""),
     r"spec.toml:7: self_play must be true or false \(a TOML boolean, without quotes\), got 'no'"),
    (SPEC.replace("seed = 7", "seed = 7\nannounce_length = \"false\""),
     r"spec.toml:7: announce_length must be true or false .*got 'false'"),
    (SPEC.replace("seed = 7", "seed = 7\nshared_lengths = 1"), r"spec.toml:7: shared_lengths must be true or false .*got 1"),
    (SPEC + "\n[payoffs]\nR = 3\ngeneral = \"no\"\n", r"spec.toml:\d+: bad \[payoffs\]: general must be true or false .*got 'no'"),
    (SPEC.replace("name = \"Tiny\"", "name = 5"), r"spec.toml:3: name must be a string, got 5"),
    (SPEC.replace("seed = 7", "seed = 7\ndescription = 1"), r"spec.toml:7: description must be a string"),
])
def test_spec_flags_and_texts_must_be_of_their_toml_kind(tmp_path, text, message):
    with pytest.raises(SpecError, match=message):
        load_spec(write(tmp_path, text))


def test_game_general_must_be_a_flag():
    with pytest.raises(TypeError, match="general must be True or False, got 'no'"):
        axn.Game(general="no")
    with pytest.raises(TypeError, match="payoffs must be a table"):
        axn.Game.from_mapping(3)


@pytest.mark.parametrize("text, message", [
    ("colour = 1\n" + SPEC, r"spec.toml:1: unknown section 'colour'; expected \[tournament\], \[payoffs\] and \[\[players\]\]"),
    (SPEC + "\n[[player]]\nstrategy = \"Cooperator\"\n", r"spec.toml:18: unknown section 'player'"),
    (SPEC.replace("seed = 7", "seed = 7\nturn = 3"), r"spec.toml:7: unknown setting 'turn' in \[tournament\]; expected one of announce_length, continuation"),
    (SPEC + "\n[payoffs]\nR = 3\nX = 2\n", r"spec.toml:\d+: unknown key 'X' in \[payoffs\]; expected one of R, S, T, P, general"),
    (SPEC.replace("params = { p = 0.3 }", "params = { p = 0.3 }\ncolour = \"red\""),
     r"spec.toml:14: player 2: unknown key 'colour' for a player; expected one of args, name, params, strategy"),
    ("payoffs = 3\n" + SPEC, r"spec.toml:1: \[payoffs\] must be a table"),
    (SPEC.replace("strategy = \"Defector\"", "strategy = 5"), r"player 3: strategy must be a string in quotes, got 5"),
])
def test_spec_unknown_keys_are_refused_with_the_allowed_ones(tmp_path, text, message):
    with pytest.raises(SpecError, match=message):
        load_spec(write(tmp_path, text))


def test_spec_payoff_error_points_at_its_key(tmp_path):
    text = SPEC + "\n[payoffs]\nR = 3\nS = 0\nT = \"five\"\nP = 1\n"
    line = text.splitlines().index('T = "five"') + 1
    with pytest.raises(SpecError, match=rf"spec.toml:{line}: bad \[payoffs\]: payoff T must be a number"):
        load_spec(write(tmp_path, text))


def test_strategy_renamed_changes_only_the_display_name():
    player = axn.Random(0.3)
    mirror = player.renamed("Mirror")
    assert str(mirror) == "Mirror" and str(player) == "Random: 0.3"
    assert mirror.params == player.params and type(mirror) is type(player)
    assert repr(mirror) == "Random(p=0.3).renamed('Mirror')"
    assert str(mirror.as_python()) == "Mirror"
    result = axn.Match(axn.TitForTat().renamed("Copycat"), axn.Alternator(), turns=6).play()
    assert str(result).splitlines()[0].split()[:2] == ["Copycat", "CCDCDC"]


@pytest.mark.parametrize("name, error", [(3, TypeError), (None, TypeError), ("", ValueError), ("  ", ValueError),
                                         ("two\nlines", ValueError)])
def test_strategy_renamed_needs_a_one_line_name(name, error):
    with pytest.raises(error, match="name must"):
        axn.TitForTat().renamed(name)


def test_spec_player_name_is_its_display_name(tmp_path):
    spec = load_spec(write(tmp_path, SPEC.replace('strategy = "TitForTat"', 'strategy = "TitForTat"\nname = "Mirror"')))
    assert [str(p) for p in spec.players] == ["Mirror", "Random: 0.3", "Defector"]
    assert spec.tournament().names == ["Mirror", "Random: 0.3", "Defector"]


@pytest.mark.parametrize("extra, message", [
    ('\n[[players]]\nstrategy = "Cooperator"\nname = "Defector"\n', r"spec.toml:20: player 4: the name 'Defector' is also player 3's"),
    ('\n[[players]]\nstrategy = "Cooperator"\nname = "M"\n\n[[players]]\nstrategy = "Grudger"\nname = "M"\n',
     r"spec.toml:20: player 4: the name 'M' is also player 5's; give each player its own name"),
    ('\n[[players]]\nstrategy = "Cooperator"\nname = ""\n', r"spec.toml:20: player 4: name must not be empty"),
])
def test_spec_player_names_must_pick_one_player(tmp_path, extra, message):
    with pytest.raises(SpecError, match=message):
        load_spec(write(tmp_path, SPEC + extra))


def test_spec_repeated_unnamed_players_are_still_numbered(tmp_path):
    spec = load_spec(write(tmp_path, SPEC + '\n[[players]]\nstrategy = "Defector"\n'))
    assert spec.tournament().names[-2:] == ["Defector", "Defector #2"]


@pytest.mark.parametrize("extra", ["args = [1]", "params = { x = 1 }"])
def test_spec_arguments_to_a_rule_without_parameters_are_refused(tmp_path, extra):
    text = SPEC.replace('strategy = "TitForTat"', f'strategy = "TitForTat"\n{extra}')
    with pytest.raises(SpecError, match=r"spec.toml:10: player 1: TitForTat (takes|has) no parameter") as error:
        load_spec(write(tmp_path, text))
    assert "bad parameters for TitForTat: TitForTat" not in str(error.value)


def test_cli_arguments_to_a_rule_without_parameters_are_one_line(capsys):
    assert main(["match", "TitForTat(0.9)", "Defector"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["axelrod-nl: error: TitForTat takes no parameters, got (0.9,)"]


@pytest.mark.parametrize("argv, message", [
    (["match", "TitForTat", "Defector", "--turns", "5", "--continuation", "0.9"], "--turns and --continuation conflict"),
    (["run", "SPEC", "--formats", "csv"], "--formats chooses the formats of the files --out writes; give --out DIR too"),
])
def test_cli_conflicting_options_are_errors(tmp_path, argv, message, capsys):
    argv = [str(write(tmp_path, SPEC)) if a == "SPEC" else a for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("axelrod-nl: error: ") and message in err[0]


def test_cli_match_lengths_fixed_by_default_or_by_continuation(capsys):
    assert main(["match", "TitForTat", "Defector"]) == 0
    assert len(capsys.readouterr().out.splitlines()[0].split()[-2]) == 200
    assert main(["match", "TitForTat", "Defector", "--continuation", "0.5", "--seed", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()[0].split()[-2]) < 200


def test_spec_not_utf8_names_the_file_and_line(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(SPEC.replace('"Tiny"', '"Caf\xe9"').encode("latin-1"))
    with pytest.raises(SpecError, match=r"latin.toml:3: spec file is not UTF-8 text \(byte 0xe9\)"):
        load_spec(path)
    path.write_bytes(b"\xef\xbb\xbf" + SPEC.encode())  # a byte order mark is fine
    assert load_spec(path).name == "Tiny"


@pytest.mark.parametrize("body, message", [
    ("import sys\nsys.exit(3)\n", r"it called sys.exit\(3\) \(line 2\)"),
    ("class Odd(BaseException):\n    pass\n\nraise Odd('odd')\n", r"Odd: odd \(line 4\)"),
    ("x = 1\nx = 1 / 0\n", r"ZeroDivisionError: division by zero \(line 2\)"),
])
def test_strategy_file_failing_to_load_is_one_error(tmp_path, body, message, capsys):
    (tmp_path / "failing.py").write_text(body)
    spec = write(tmp_path, SPEC + '\n[[players]]\nstrategy = "failing.py:Rule"\n')
    with pytest.raises(SpecError, match=rf"player 4: cannot load strategies from .*failing.py: {message}"):
        load_spec(spec)
    assert main(["run", str(spec)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("axelrod-nl: error: ") and "failing.py" in err[0]


def test_strategy_file_interrupted_passes_keyboard_interrupt_on(tmp_path):
    from axelrod_nl.loading import _module_name, load_file

    path = tmp_path / "interrupted.py"
    path.write_text("raise KeyboardInterrupt\n")
    with pytest.raises(KeyboardInterrupt):
        load_file(path)
    assert _module_name(path.resolve()) not in sys.modules


def test_strategy_file_not_found_lists_each_place_once(tmp_path, monkeypatch):
    folder = tmp_path / "specs"
    folder.mkdir()
    monkeypatch.chdir(folder)  # the current folder is the spec's: looked at once
    with pytest.raises(SpecError) as error:
        load_spec(write(folder, SPEC + '\n[[players]]\nstrategy = "missing.py:Rule"\n'))
    looked = str(error.value).split("(looked in ", 1)[1].rstrip(")").split(", ")
    assert looked == [str((folder / "missing.py").resolve()), str((tmp_path / "missing.py").resolve())]


def test_spec_strategy_paths_are_resolved_from_the_spec_folder_first(tmp_path, monkeypatch):
    rule = ("from axelrod_nl import Strategy, rule, Classifier\n"
            "class Rule(Strategy):\n"
            "    name = {name!r}\n"
            "    classifier = Classifier(memory_depth=0)\n"
            "    @rule\n"
            "    def decide(turn, history, ctx, params, state, rng):\n"
            "        return 0\n")
    folder, elsewhere = tmp_path / "specs", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (folder / "same.py").write_text(rule.format(name="beside the spec"))
    (tmp_path / "same.py").write_text(rule.format(name="in its parent"))
    (elsewhere / "same.py").write_text(rule.format(name="in the current folder"))
    (tmp_path / "parent_only.py").write_text(rule.format(name="parent only"))
    monkeypatch.chdir(elsewhere)
    spec = load_spec(write(folder, SPEC + '\n[[players]]\nstrategy = "same.py:Rule"\n'
                                          '\n[[players]]\nstrategy = "parent_only.py:Rule"\n'))
    assert [str(p) for p in spec.players[-2:]] == ["beside the spec", "parent only"]


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"axelrod-nl {axn.__version__}"


def test_version_agrees_with_pyproject():
    import re

    from axelrod_nl import _SOURCE_VERSION

    declared = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)[1]
    assert axn.__version__ == _SOURCE_VERSION == declared
