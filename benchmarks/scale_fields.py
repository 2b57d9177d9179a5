"""Fields shared by the scale benchmarks here and their Axelrod-Python counterparts."""

import random

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
