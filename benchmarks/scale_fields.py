"""Fields shared by the scale benchmarks here and their Axelrod-Python counterparts."""

import random
from pathlib import Path

import axelrod_nl as axn

# Short-run-time classes of this catalogue that Axelrod-Python 4.14 lacks under the same name among its
# short-run-time strategies (the second round's rules it does not have, and generic classes it lists only
# through their named presets); the field is drawn from the other 221, which both libraries have.
_NOT_IN_REFERENCE = frozenset({
    "ANN", "Cycler", "FSMPlayer", "Gambler", "HMMPlayer", "LRPlayer", "LookerUp", "MemoryOnePlayer",
    "MemoryTwoPlayer", "ReactivePlayer", "SecondByAlmy", "SecondByAmbuehlAndHickey",
    "SecondByAnderson", "SecondByBatell", "SecondByDawesAndBatell", "SecondByDuisman",
    "SecondByFalkAndLangsted", "SecondByFeld", "SecondByFriedland", "SecondByGeorgeHufford",
    "SecondByHall", "SecondByHollander", "SecondByHotz", "SecondByJones", "SecondByJoss",
    "SecondByLefevre", "SecondByLeyland", "SecondByMauk", "SecondByMcGurrin", "SecondByNewman",
    "SecondByNussbacher", "SecondByNydegger", "SecondByPebly", "SecondByPinkley", "SecondByQuayle",
    "SecondByRabbie", "SecondByRobertAdams", "SecondByRobertson", "SecondBySchurmann", "SecondBySmith",
    "SecondBySmoody", "SecondBySnodgrass", "SecondByWeiderman", "SecondByZimmerman",
})


def harper_field(size: int = 176, seed: int = 2017) -> list[type]:
    """``size`` short-run-time strategy classes drawn without replacement, seeded, in catalogue order."""
    pool = [cls for cls in axn.strategy_list("short_run_time") if cls.__name__ not in _NOT_IN_REFERENCE]
    chosen = set(random.Random(seed).sample(range(len(pool)), size))
    return [cls for k, cls in enumerate(pool) if k in chosen]


GLYNATSI_SPEC = Path(__file__).resolve().parents[1] / "tournaments" / "sweeps" / "glynatsi_2024.toml"


def glynatsi_plan() -> list:
    """Every tournament of the Glynatsi-style sweep, as planned (nothing is played)."""
    from axelrod_nl.sweeps import load_sweep

    return load_sweep(GLYNATSI_SPEC).plan()


def glynatsi_subset(trials: int = 24, seed: int = 1) -> list:
    """The four tournaments of each of ``trials`` trials drawn (seeded) from the sweep's 11,420."""
    plan = glynatsi_plan()
    chosen = set(random.Random(seed).sample(sorted({t.trial for t in plan}), trials))
    return [t for t in plan if t.trial in chosen]


def glynatsi_reference_subset(trials: int = 6, largest: int = 40) -> list:
    """The first ``trials`` trials of at most ``largest`` rules, all of them in Axelrod-Python too:
    small enough for Axelrod-Python to play in a benchmark run."""
    plan = glynatsi_plan()
    picked: list = []
    for trial in sorted({t.trial for t in plan}):
        tournaments = [t for t in plan if t.trial == trial]
        names = tournaments[0].players
        if len(names) <= largest and not set(names) & _NOT_IN_REFERENCE:
            picked += tournaments
            if len({t.trial for t in picked}) == trials:
                break
    return picked
