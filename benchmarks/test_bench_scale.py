"""The Harper-scale field: 176 rules, 200 turns, noise 0.05, time and memory extrapolated to 50,000 repetitions.

Harper et al. (2017, "Reinforcement learning produces dominant strategies for the
Iterated Prisoner's Dilemma", PLOS ONE) played 50,000 repetitions of a 176-rule
field. The field here is 176 rules drawn (seeded) from the short-run-time
catalogue among those Axelrod-Python has under the same class name, so that
test_bench_reference.py plays the very same field there. Each size runs in a
fresh process, so its peak resident memory is its own; two sizes give the
per-repetition slope of time and memory, and the full run is extrapolated from
it (the per-(player, repetition) score arrays are the only part that grows).
Figures in benchmarks/README.md.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FULL_REPETITIONS = 50_000

PROGRAM = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from scale_fields import harper_field
import axelrod_nl as axn
repetitions = int(sys.argv[1])
field = [cls() for cls in harper_field()]
tournament = axn.Tournament(field, turns=200, repetitions=repetitions, noise=0.05, seed=1)
start = time.perf_counter()
results = tournament.play()
summary = results.summary
elapsed = time.perf_counter() - start
print(json.dumps({"players": len(field), "repetitions": repetitions, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SIZES = (200, 2_000) if os.environ.get("AXELROD_NL_BENCH_LARGE") != "1" else (2_000, 20_000)


def _run(repetitions: int) -> dict:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(repetitions), str(HERE)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_harper_scale_field_extrapolated(benchmark):
    _run(2)  # compile caches warm
    small, large = SIZES
    figures = {}

    def once():
        figures["small"] = _run(small)
        figures["large"] = _run(large)

    benchmark.pedantic(once, rounds=1, iterations=1)
    a, b = figures["small"], figures["large"]
    per_repetition = (b["seconds"] - a["seconds"]) / (large - small)
    memory_per_repetition = max(b["peak_mb"] - a["peak_mb"], 0.0) / (large - small)
    full_seconds = b["seconds"] + per_repetition * (FULL_REPETITIONS - large)
    full_mb = b["peak_mb"] + memory_per_repetition * (FULL_REPETITIONS - large)
    turns = a["players"] * (a["players"] + 1) // 2 * 200
    benchmark.extra_info.update(
        players=a["players"], sizes=SIZES, runs=figures,
        seconds_per_repetition=per_repetition, turns_per_second=turns / per_repetition,
        extrapolated_seconds_50000=full_seconds, extrapolated_peak_mb_50000=full_mb)
    assert a["players"] == 176
