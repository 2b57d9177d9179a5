"""Sweeps: descriptions, plans, the Parquet dataset, Dask, and resuming after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from axelrod_nl.cli import main
from axelrod_nl.sweeps import (
    PLAYERS_SCHEMA,
    TOURNAMENTS_SCHEMA,
    Sweep,
    SweepError,
    load_sweep,
    run_sweep,
    sweep_from_dict,
)

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tournaments" / "sweeps" / "small.toml"
GLYNATSI = ROOT / "tournaments" / "sweeps" / "glynatsi_2024.toml"

TINY = """
[sweep]
name = "Tiny sweep"
seed = 3

[players]
strategies = ["TitForTat", "Defector", "Random(0.4)", "Grudger", "WinStayLoseShift"]

[grid]
size = [3, 5]
turns = [10]
continuation = [0.9]
noise = [0.0, 0.1]
repetitions = [2]
"""

# Slow enough (a few seconds on one thread) that a test can stop it halfway.
LONGER = """
[sweep]
name = "Longer sweep"
seed = 11

[players]
list = "basic"

[grid]
size = [5, 8]
turns = [200, 500]
noise = [0.0, 0.05]
repetitions = [40]
replicates = 12
"""


def write(tmp_path, text, name="sweep.toml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def table(folder, which):
    """One table of a sweep folder, sorted; ``seconds`` (wall time) is the one column that may differ."""
    data = pd.read_parquet(Path(folder) / which)
    data = data.drop(columns=["seconds"], errors="ignore")
    keys = ["tournament", "position"] if which == "players" else ["tournament"]
    return data.sort_values(keys).reset_index(drop=True)


def assert_same_data(a, b):
    for which in ("players", "tournaments"):
        pd.testing.assert_frame_equal(table(a, which), table(b, which), check_exact=True)


def cli(*args, **options):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "axelrod_nl.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **options)


# ---- descriptions and plans ------------------------------------------------------------------

def test_small_sweep_plan():
    sweep = load_sweep(SMALL)
    plan = sweep.plan()
    assert len(plan) == 36 and [t.index for t in plan] == list(range(36))
    assert {len(t.players) for t in plan} == {4, 6}
    assert {t.turns for t in plan} == {50, 100, None} and {t.continuation for t in plan} == {None, 0.98}
    assert len({t.seed for t in plan}) == 36
    assert sweep.plan() == plan  # the plan is a function of the description alone
    assert str(sweep.size(plan)).startswith("36 tournaments")


def test_the_api_takes_the_toml_description():
    data = _toml(SMALL)
    from_dict = Sweep.from_dict(data)
    assert from_dict.plan() == load_sweep(SMALL).plan()
    assert from_dict.fingerprint() != sweep_from_dict({**data, "sweep": {**data["sweep"], "seed": 1}}).fingerprint()


def test_glynatsi_style_sample():
    sweep = load_sweep(GLYNATSI)
    head = sweep_from_dict({**_toml(GLYNATSI), "sample": {**_toml(GLYNATSI)["sample"], "tournaments": 3}})
    plan = head.plan()
    assert [t.type for t in plan[:4]] == ["standard", "noisy", "probend", "noisy_probend"]
    first = plan[:4]
    # One trial, four tournaments: the same field, repetitions and draws, as in the paper.
    assert len({t.players for t in first}) == 1 and len({t.repetitions for t in first}) == 1
    assert first[0].noise == 0 and first[1].noise > 0 and first[1].turns == first[0].turns
    assert first[2].turns is None and first[2].continuation == first[3].continuation and first[2].noise == 0
    assert not any(t.self_play for t in plan)
    assert all(3 <= len(t.players) <= 195 and 10 <= t.repetitions <= 100 for t in plan)
    # A trial's draws depend on its index only: the longer sweep starts with the same tournaments.
    assert sweep.plan()[:12] == plan


def _toml(path):
    from axelrod_nl.sweeps.spec import tomllib

    return tomllib.loads(path.read_text())


def test_every_shipped_sweep_loads():
    paths = sorted((ROOT / "tournaments" / "sweeps").glob("*.toml"))
    assert len(paths) >= 2
    for path in paths:
        assert load_sweep(path).plan()


@pytest.mark.parametrize("change, message", [
    (("seed = 3", "sed = 3"), r"sweep.toml:4: unknown key 'sed' in \[sweep\]"),
    (("noise = [0.0, 0.1]", "noise = [0.0, 1.5]"), r"sweep.toml:13: noise must be a number in \[0, 1\)"),
    (("size = [3, 5]", "size = [3, 9]"), r"sweep.toml:10: size 9 is more than the 5 players of the pool"),
    (('"Grudger"', '"Grudgr"'), r"sweep.toml:7: strategy 4 \('Grudgr'\): unknown strategy 'Grudgr'"),
    (("[grid]", "[grids]"), r"sweep.toml:9: unknown section 'grids'"),
    (("turns = [10]", "turns = 10"), r"sweep.toml:11: turns in \[grid\] must be a non-empty list"),
    (("repetitions = [2]", "repetitions = [2]\n[sample]\ntournaments = 2"), r"exactly one of \[grid\]"),
])
def test_bad_sweeps_name_file_and_line(tmp_path, change, message):
    with pytest.raises(SweepError, match=message):
        load_sweep(write(tmp_path, TINY.replace(*change)))


def test_bad_samples(tmp_path):
    sample = TINY.split("[grid]")[0] + "[sample]\ntournaments = 4\nturns = [5, 10]\ncontinuation = 0.9\n"
    with pytest.raises(SweepError, match=r"sweep.toml:12: a sample with both turns and continuation"):
        load_sweep(write(tmp_path, sample))
    with pytest.raises(SweepError, match=r"sweep.toml:11: turns: the range \[10, 5\] has low above high"):
        load_sweep(write(tmp_path, sample.replace("[5, 10]", "[10, 5]")))
    with pytest.raises(SweepError, match=r"type 'probend' needs continuation"):
        load_sweep(write(tmp_path, sample.replace("continuation = 0.9", 'types = ["standard", "probend"]')))


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["sweep", str(write(tmp_path, TINY.replace("seed = 3", "seed = -1")))]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "sweep.toml:4: seed must be" in error
    assert main(["sweep", str(SMALL)]) == 2
    assert "give --out DIR" in capsys.readouterr().err
    assert main(["sweep", str(SMALL), "--dry-run"]) == 0
    assert "36 tournaments" in capsys.readouterr().out


# ---- running, the dataset, Dask ----------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_runs(tmp_path_factory):
    """The tiny sweep played on one thread and on two."""
    base = tmp_path_factory.mktemp("tiny")
    sweep = write(base, TINY)
    one, two = base / "one", base / "two"
    report = run_sweep(sweep, one, workers=1)
    run_sweep(sweep, two, workers=2)
    return sweep, one, two, report


def test_the_dataset(tiny_runs):
    sweep, one, two, report = tiny_runs
    assert (report.run, report.skipped, report.tournaments) == (8, 0, 8)
    assert_same_data(one, two)
    players, tournaments = table(one, "players"), table(one, "tournaments")
    assert len(tournaments) == 8 and len(players) == 2 * 3 * 2 + 2 * 5 * 2
    for name, schema in (("players", PLAYERS_SCHEMA), ("tournaments", TOURNAMENTS_SCHEMA)):
        for part in sorted((one / name).glob("*.parquet")):
            assert pq.read_schema(part).remove_metadata() == schema
    # Plain types: nullable lengths as floats, classifiers as numbers and booleans.
    assert players["turns"].isna().sum() == players["continuation"].notna().sum() > 0
    assert players.loc[players["strategy"] == "Defector", "memory_depth"].eq(0).all()
    assert players.loc[players["strategy"] == "Random", "stochastic"].all()
    # The winner is the first of each tournament's ranking.
    best = players[players["rank"] == 1].set_index("tournament")["player"]
    assert (tournaments.set_index("tournament")["winner"] == best).all()
    manifest = pd.read_json(one / "sweep.json", typ="series")
    assert manifest["complete"] and manifest["fingerprint"] == load_sweep(sweep).fingerprint()


def test_the_dataset_matches_a_tournament_played_alone(tiny_runs):
    import axelrod_nl as axn

    sweep, one, _, _ = tiny_runs
    planned = load_sweep(sweep).plan()[5]
    players = [axn.loading.parse_player(text) for text in planned.players]
    results = axn.Tournament(players, turns=planned.turns, continuation=planned.continuation,
                             repetitions=planned.repetitions, noise=planned.noise, seed=planned.seed).play()
    rows = table(one, "players").query("tournament == 5").set_index("player")
    summary = results.summary.set_index("player")
    assert (rows.loc[summary.index, "mean_score"].to_numpy() == summary["mean_score"].to_numpy()).all()
    assert (rows.loc[summary.index, "rank"].to_numpy() == summary["rank"].to_numpy()).all()


def test_read_without_this_library(tiny_runs):
    _, one, _, _ = tiny_runs
    duckdb = pytest.importorskip("duckdb")
    count = duckdb.sql(f"select count(*) from read_parquet('{one}/players/*.parquet')").fetchone()[0]
    assert count == len(table(one, "players"))


def test_dask_local_cluster_gives_the_same_data(tiny_runs, tmp_path):
    distributed = pytest.importorskip("distributed")
    sweep, one, _, _ = tiny_runs
    # Worker processes, as on a real cluster: the plan and the tables cross process boundaries.
    # Their cost is small (measured: about 1 s to start the two, 1 s more for their first batches).
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = run_sweep(sweep, tmp_path / "dask", scheduler=client)
        assert report.run == 8
        dask_frame = pytest.importorskip("dask.dataframe").read_parquet(str(tmp_path / "dask" / "players"))
        assert len(dask_frame.compute()) == len(table(one, "players"))
    assert_same_data(one, tmp_path / "dask")


def test_scheduler_without_dask(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["sweep", str(SMALL), "--out", str(tmp_path / "out"), "--scheduler", "tcp://localhost:1"]) == 2
    assert "pip install axelrod-nl[dask]" in capsys.readouterr().err


# ---- resuming ----------------------------------------------------------------------------------

def test_resume_skips_what_is_done_and_redoes_what_is_not(tiny_runs, tmp_path):
    sweep, one, _, _ = tiny_runs
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(one, copy)
    # A crash between a batch's two parts, and a killed write's temporary file.
    (copy / "tournaments" / "part-00003.parquet").unlink()
    (copy / "players" / "part-00005.parquet").unlink()
    leftover = copy / "players" / ".part-00006.parquet.abc123.tmp"
    leftover.write_bytes(b"half a file")
    report = run_sweep(sweep, copy, workers=2)
    assert (report.run, report.skipped) == (2, 6)
    assert not leftover.exists()
    assert_same_data(one, copy)


def test_another_sweep_or_folder_is_refused(tiny_runs, tmp_path, capsys):
    sweep, one, _, _ = tiny_runs
    other = write(tmp_path, TINY.replace("seed = 3", "seed = 4"), "other.toml")
    assert main(["sweep", str(other), "--out", str(one)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "holds another sweep" in error
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    assert main(["sweep", str(sweep), "--out", str(busy)]) == 2
    assert "holds something else, not a sweep" in capsys.readouterr().err
    assert sorted(p.name for p in busy.iterdir()) == ["notes.txt"]


def _stop_when_parts_exist(process, folder: Path, sig, parts: int = 4, timeout: float = 60) -> None:
    """Send ``sig`` once ``parts`` batches are saved (polling the folder)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(list((folder / "tournaments").glob("part-*.parquet"))) >= parts:
            process.send_signal(sig)
            return
        if process.poll() is not None:
            raise AssertionError(f"the sweep ended before it could be stopped: {process.communicate()}")
        time.sleep(0.005)
    process.kill()
    raise AssertionError("no part appeared in time")


@pytest.fixture(scope="module")
def longer(tmp_path_factory):
    """The longer sweep and an uninterrupted run of it."""
    base = tmp_path_factory.mktemp("longer")
    sweep = write(base, LONGER)
    run_sweep(sweep, base / "whole")
    return sweep, base / "whole"


def test_sigkill_then_resume_gives_the_same_data(longer, tmp_path):
    sweep, whole = longer
    out = tmp_path / "killed"
    process = cli("sweep", str(sweep), "--out", str(out), "--workers", "1", "--quiet")
    _stop_when_parts_exist(process, out, signal.SIGKILL)
    process.wait()
    done = len(list((out / "tournaments").glob("part-*.parquet")))
    assert 4 <= done < len(load_sweep(sweep).plan())
    report = run_sweep(sweep, out)
    assert report.skipped == done and report.run + report.skipped == report.tournaments
    assert_same_data(whole, out)


def test_ctrl_c_leaves_a_resumable_folder(longer, tmp_path):
    sweep, whole = longer
    out = tmp_path / "interrupted"
    process = cli("sweep", str(sweep), "--out", str(out), "--workers", "1", "--quiet")
    _stop_when_parts_exist(process, out, signal.SIGINT)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 130
    assert error.strip().count("\n") == 0 and "interrupted" in error and "run the same command again" in error
    resumed = cli("sweep", str(sweep), "--out", str(out))
    output, _ = resumed.communicate(timeout=120)
    assert resumed.returncode == 0 and "skipped as already done" in output
    assert_same_data(whole, out)


def test_a_killed_dask_worker_changes_nothing(longer, tmp_path):
    distributed = pytest.importorskip("distributed")
    import threading

    sweep, whole = longer
    out = tmp_path / "dask-killed"
    killed = []

    def kill_a_worker(cluster):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            saved = len(list((out / "tournaments").glob("part-*.parquet")))
            if saved >= 4:
                nanny = next(iter(cluster.workers.values()))
                os.kill(nanny.process.process.pid, signal.SIGKILL)
                killed.append(saved)
            time.sleep(0.005)

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        killer = threading.Thread(target=kill_a_worker, args=(cluster,))
        killer.start()
        report = run_sweep(sweep, out, scheduler=client)
        killer.join()
    # Killed halfway: the scheduler reran the lost worker's batches elsewhere.
    assert killed and killed[0] < report.tournaments and report.run == report.tournaments
    assert_same_data(whole, out)
