"""Sweeps: the small sweep whole, and the Glynatsi-style sweep extrapolated from a measured subset.

The subset is the four tournaments of 24 trials drawn (seeded) from the sweep's 11,420, each
played on one core as the sweep plays them (whole tournaments in parallel on the local cores),
after every rule's compiled code is loaded, as a sweep's process does once.
The full sweep's time is extrapolated per tournament type from the subset's seconds per
expected move (and, for the probabilistic-ending types, whose long matches of deterministic
pairs end early through cycle detection, also per match; the larger figure is taken), divided
by the two cores. The peak memory of a sweep does not grow with its number of tournaments (each
batch is written and dropped), so it is that of its largest tournament. Figures are in
benchmarks/README.md; test_bench_reference.py plays glynatsi_reference_subset() there.
"""

import json
import subprocess
import sys
from pathlib import Path

import numba
from scale_fields import glynatsi_plan

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PROGRAM = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import scale_fields
from axelrod_nl.loading import parse_player
from axelrod_nl.sweeps import play_batch
subset = getattr(scale_fields, sys.argv[2])()
# Load every rule's compiled code first, as a sweep's process does once for all its tournaments.
for name in sorted({name for planned in subset for name in planned.players}):
    parse_player(name).rule.addresses()
rows = []
for planned in subset:
    start = time.perf_counter()
    play_batch([planned])
    rows.append({"trial": planned.trial, "type": planned.type, "moves": planned.expected_turns,
                 "matches": planned.matches, "players": len(planned.players),
                 "seconds": time.perf_counter() - start})
print(json.dumps({"rows": rows, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def play_subset(name: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(HERE), name], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def extrapolate(rows: list, plan: list, cores: int) -> dict:
    """Hours for the whole plan on ``cores`` cores, per type, from the subset's cost per move (and per match)."""
    hours = {}
    for kind in sorted({t.type for t in plan}):
        measured = [r for r in rows if r["type"] == kind]
        planned = [t for t in plan if t.type == kind]
        seconds = sum(r["seconds"] for r in measured)
        by_moves = seconds / sum(r["moves"] for r in measured) * sum(t.expected_turns for t in planned)
        by_matches = seconds / sum(r["matches"] for r in measured) * sum(t.matches for t in planned)
        estimate = by_moves if kind in ("standard", "noisy") else max(by_moves, by_matches)
        hours[kind] = estimate / cores / 3600
    hours["total"] = sum(hours.values())
    return hours


def test_small_sweep(benchmark, tmp_path):
    from axelrod_nl.sweeps import run_sweep

    spec = ROOT / "tournaments" / "sweeps" / "small.toml"
    run_sweep(spec, tmp_path / "warm")
    counter = iter(range(1000))
    benchmark.pedantic(lambda: run_sweep(spec, tmp_path / f"run{next(counter)}"), rounds=3, iterations=1)
    benchmark.extra_info.update(tournaments=36)


def test_glynatsi_sweep_extrapolated(benchmark):
    play_subset("glynatsi_reference_subset")  # compile caches warm
    figures = {}
    benchmark.pedantic(lambda: figures.update(play_subset("glynatsi_subset")), rounds=1, iterations=1)
    plan = glynatsi_plan()
    rows = figures["rows"]
    cores = numba.config.NUMBA_NUM_THREADS
    trials = sorted({r["trial"] for r in rows})
    halves = [extrapolate([r for r in rows if r["trial"] in trials[k::2]], plan, cores)["total"] for k in (0, 1)]
    benchmark.extra_info.update(
        tournaments=len(rows), subset_seconds=sum(r["seconds"] for r in rows),
        subset_moves=sum(r["moves"] for r in rows), peak_mb=figures["peak_mb"],
        extrapolated_hours=extrapolate(rows, plan, cores),
        extrapolated_hours_from_halves_of_the_trials=halves,
        largest_tournament_players=max(len(t.players) for t in plan))


def test_glynatsi_reference_subset(benchmark):
    """The small trials that test_bench_reference.py plays in Axelrod-Python, here (the ratio's numerator)."""
    play_subset("glynatsi_reference_subset")
    figures = {}
    benchmark.pedantic(lambda: figures.update(play_subset("glynatsi_reference_subset")), rounds=1, iterations=1)
    benchmark.extra_info.update(tournaments=len(figures["rows"]),
                                play_seconds=sum(r["seconds"] for r in figures["rows"]))
