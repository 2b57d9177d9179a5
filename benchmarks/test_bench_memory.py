"""Peak memory and time of the whole catalogue at 200 turns with noise, by repetitions (`make bench`).

Each size runs in a fresh process, so its peak resident memory is its own. The
100,000-repetition run takes minutes on two cores; it runs only when
``AXELROD_NL_BENCH_LARGE=1``. Figures are recorded in benchmarks/README.md.
"""

import json
import os
import subprocess
import sys

import pytest

PROGRAM = """
import json, resource, sys, time
import axelrod_nl as axn
repetitions = int(sys.argv[1])
field = [cls() for cls in axn.CATALOGUE.values()]
tournament = axn.Tournament(field, turns=200, repetitions=repetitions, noise=0.01, seed=1)
start = time.perf_counter()
results = tournament.play()
summary = results.summary
elapsed = time.perf_counter() - start
print(json.dumps({"players": len(field), "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SIZES = [1_000, 10_000] + ([100_000] if os.environ.get("AXELROD_NL_BENCH_LARGE") == "1" else [])


def _run(repetitions: int) -> dict:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(repetitions)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("repetitions", SIZES)
def test_catalogue_memory_and_time_by_repetitions(benchmark, repetitions):
    _run(10)  # compile caches warm
    figures = {}

    def once():
        figures.update(_run(repetitions))

    benchmark.pedantic(once, rounds=1, iterations=1)
    benchmark.extra_info.update(repetitions=repetitions, **figures)
