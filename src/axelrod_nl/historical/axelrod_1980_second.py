"""Published results of Axelrod's second computer tournament, as data.

Sources. The ranking is the order of TourExec's ``KRowFunction.f`` ("Row =
Rank = 1..63 for 2nd round rules"), the authors those of the entries' headers
and of the revisiting paper's player list (the project's shared spec,
``axelrod_tournaments.md``, sections 3.1-3.5). R. Axelrod (1980), "More
Effective Choice in the Prisoner's Dilemma", Journal of Conflict Resolution
24(3):379-403 (A80b), reports the ranking; its table of scores was not among
the sources read, so no score is given here but TIT FOR TAT's. Axelrod's own
test program of 1993, TourExec ``src/tournament/AxTest.f``, records in its
array ``ActualTFTTourSc`` TIT FOR TAT's average score per game against each of
the 63 rules in the tournament, in rank order: whole numbers, the five games'
total divided by five and truncated, as AxTest computes its own. Their mean,
434.7, is TIT FOR TAT's tournament score.

Format: 62 entries and RANDOM; every pair, twins included, played five games of
63, 77, 151, 156 and 308 moves (AxTest.f; A80b drew them with a continuation
probability of 0.99654 and printed four of them), the rules not told the
length; payoffs R=3, S=0, T=5, P=1. The score is the average per game over the
63 opponents, twin included.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Entry:
    rank: int
    entry: str
    author: str
    score: float  # published average per game; NaN where the sources read give none


# (catalogue class, TourExec function, author), in published rank order.
_RANKING = (
    ("TitForTat", "K92R", "Anatol Rapoport (TIT FOR TAT)"),
    ("SecondByChampion", "K61R", "Danny C. Champion"),
    ("SecondByBorufsen", "K42R", "Otto Borufsen"),
    ("SecondByCave", "K49R", "Rob Cave"),
    ("SecondByWmAdams", "K44R", "William Adams"),
    ("SecondByGraaskampKatzen", "K60R", "Jim Graaskamp and Ken Katzen"),
    ("SecondByWeiner", "K41R", "Herb Weiner"),
    ("SecondByHarrington", "K75R", "Paul D. Harrington"),
    ("SecondByTidemanAndChieruzzi", "K84R", "T. Nicolaus Tideman and Paula Chieruzzi"),
    ("SecondByKluepfel", "K32R", "Charles Kluepfel"),
    ("SecondByGetzler", "K35R", "Abraham Getzler"),
    ("SecondByLeyvraz", "K68R", "Francois Leyvraz"),
    ("SecondByWhite", "K72R", "Edward C. White Jr"),
    ("SecondByEatherley", "K46R", "Graham J. Eatherley"),
    ("SecondByBlack", "K83R", "Paul E. Black"),
    ("SecondByRichardHufford", "K47R", "Richard Hufford"),
    ("SecondByYamachi", "K64R", "Brian Yamachi"),
    ("SecondByColbert", "K51R", "John William Colbert"),
    ("SecondByMauk", "K78R", "Fred Mauk (round one's GRAASKAMP)"),
    ("SecondByMikkelson", "K66R", "Ray Mikkelson"),
    ("SecondByRowsam", "K58R", "Glen Rowsam"),
    ("SecondByAppold", "K88R", "Scott Appold"),
    ("GoByMajority", "K31R", "Gail Grisell"),
    ("TitFor2Tats", "K90R", "John Maynard Smith (TIT FOR TWO TATS)"),
    ("SecondByAlmy", "K39R", "Tom Almy"),
    ("SecondByAmbuehlAndHickey", "K79R", "Dennis Ambuehl and Kevin Hickey"),
    ("SecondByTranquilizer", "K67R", "Craig Feathers"),
    ("SecondByGrofman", "K86R", "Bernard Grofman"),
    ("SecondByJoss", "K69R", "Johann Joss"),
    ("SecondByPinkley", "K91R", "Jonathan Pinkley"),
    ("SecondByNydegger", "K57R", "Rudy Nydegger"),
    ("SecondByPebly", "K70R", "Robert Pebly"),
    ("SecondByFalkAndLangsted", "K85R", "Robert B. Falk and James M. Langsted"),
    ("SecondByWeiderman", "K38R", "Nelson Weiderman"),
    ("SecondByRobertAdams", "K40R", "Robert Adams"),
    ("SecondByDawesAndBatell", "K80R", "Robyn M. Dawes and Mark Batell"),
    ("SecondByLefevre", "K37R", "George Lefevre"),
    ("SecondByQuayle", "K56R", "Stanley F. Quayle"),
    ("SecondByAnderson", "K43R", "R. D. Anderson"),
    ("RevisedDowning", "K59R", "Leslie Downing"),
    ("SecondByZimmerman", "K73R", "George Zimmerman"),
    ("SecondByNewman", "K55R", "Steve Newman"),
    ("SecondByJones", "K81R", "Martyn Jones"),
    ("SecondBySchurmann", "K87R", "E. E. H. Schurmann"),
    ("SecondByNussbacher", "K53R", "Henry Nussbacher"),
    ("SecondByGladstein", "K76R", "David Gladstein"),
    ("SecondByBatell", "K65R", "Mark F. Batell"),
    ("SecondBySmith", "K52R", "David A. Smith"),
    ("SecondByLeyland", "K82R", "Robert A. Leyland"),
    ("SecondByMcGurrin", "K45R", "Michael F. McGurrin"),
    ("SecondByHollander", "K62R", "Howard R. Hollander"),
    ("Grudger", "K34R", "James W. Friedman"),
    ("SecondByGeorgeHufford", "K48R", "George Hufford"),
    ("SecondBySmoody", "K50R", "Rik Smoody"),
    ("SecondByFeld", "K77R", "Scott Feld"),
    ("SecondBySnodgrass", "K89R", "Gene Snodgrass"),
    ("SecondByDuisman", "K63R", "George Duisman"),
    ("SecondByRobertson", "K54R", "William H. Robertson"),
    ("SecondByRabbie", "K33R", "Harold Rabbie"),
    ("SecondByHall", "K71R", "James E. Hall"),
    ("SecondByFriedland", "K74R", "Edward Friedland"),
    ("Random", "K93R", "the organiser (RANDOM)"),
    ("SecondByHotz", "K36R", "Roger Hotz"),
)

# TourExec AxTest.f, ActualTFTTourSc: TIT FOR TAT's average per game against each rule, rank order.
ACTUAL_TFT_PAIR_SCORES: tuple[int, ...] = (
    453, 453, 453, 453, 453, 453, 453, 452, 453, 453,
    453, 453, 453, 453, 453, 449, 453, 452, 450, 453,
    453, 453, 453, 453, 452, 453, 446, 453, 449, 453,
    453, 453, 453, 453, 453, 453, 453, 453, 452, 453,
    453, 453, 453, 453, 453, 452, 453, 443, 422, 452,
    442, 453, 452, 442, 342, 398, 377, 388, 438, 155,
    376, 341, 198,
)

TFT_SCORE = sum(ACTUAL_TFT_PAIR_SCORES) / len(ACTUAL_TFT_PAIR_SCORES)
"""TIT FOR TAT's tournament score from AxTest's array: 434.7 (the sources read print no other)."""
SCORE_LABEL = "the score AxTest.f records,"

ENTRIES: dict[str, Entry] = {
    name: Entry(rank, f"{function} {author}", author, TFT_SCORE if name == "TitForTat" else math.nan)
    for rank, (name, function, author) in enumerate(_RANKING, start=1)
}

# There is no table of pairwise scores beyond TIT FOR TAT's row; the report compares that row.
QUOTED_PAIRWISE: dict[tuple[str, str], float] = {}
RSC_ROWS: dict[str, tuple[float, ...]] = {}

# Why a rule's place in a reproduction from the TourExec code can differ from the published one.
KNOWN_DIFFERENCES: dict[str, str] = {
    "SecondByChampion": (
        "K61R's count of the opponent's cooperations was never set to zero until TourExec's fix of "
        "8 October 2017; compiled with static locals and several games to a run, it kept the "
        "cooperations of earlier games, which made the rule more forgiving. How the 1979 executive "
        "treated it is not known. This class, like the fixed code and the oracle, starts every game "
        "at zero; the revisiting paper and the shared spec's own reproduction (section 3.5) found the "
        "rule 12th so, the outlier of the ranking"
    ),
}

# TIT FOR TAT's row of the recorded tournament, compared pair by pair (see ACTUAL_TFT_PAIR_SCORES).
RECORDED_ROWS: dict[str, tuple[int, ...]] = {"TitForTat": ACTUAL_TFT_PAIR_SCORES}
RECORDED_ROWS_SOURCE = "TourExec AxTest.f, ActualTFTTourSc (five-game totals / 5, truncated)"


def published_order() -> list[str]:
    """Catalogue class names in published rank order."""
    return [name for name, _, _ in _RANKING]


def tft_pair_scores() -> dict[str, int]:
    """TIT FOR TAT's recorded average per game against each rule, by catalogue class."""
    return dict(zip(published_order(), ACTUAL_TFT_PAIR_SCORES))


# -- the ecological analysis --------------------------------------------------------------------

ECOLOGY_GENERATIONS = 1000


def ecological_features(shares, names: Sequence[str]):
    """The published features of the ecological analysis of round two, checked on a run.

    The features are those Axelrod (1984, ch. 2 and Figure 2; A80b; summarised
    in Axelrod and Hamilton 1981) reports for his hypothetical future rounds,
    as the shared spec (section 4) records them: the lowest-ranked eleven
    rules fall to half their size or less by generation 5; the bottom third
    has nearly vanished by generation 50; HARRINGTON, the only rule in the top
    fifteen that is not nice, grows for about 200 generations and then
    declines as the rules it exploits disappear; TIT FOR TAT has the largest
    share at generation 1000. "About" and "nearly" are read as: at most 0.55
    of the starting share; together under 5%; a peak between generations 100
    and 300 and less than half the peak left at the end.

    Parameters
    ----------
    shares : pandas.DataFrame from :meth:`~axelrod_nl.analysis.ecology.Ecosystem.run`,
        generations 0 to at least 1000, one column per rule.
    names : the columns that are the 63 rules, in published rank order
        (TIT FOR TAT first, HARRINGTON eighth).

    Returns
    -------
    pandas.DataFrame
        One row per feature: ``feature``, ``measured`` (what was measured, in
        words and numbers) and ``holds`` (bool).
    """
    import pandas as pd

    names = list(names)
    if len(names) != len(_RANKING):
        raise ValueError(f"names must give the {len(_RANKING)} rules in published rank order, got {len(names)}")
    missing = [name for name in names if name not in shares.columns]
    if missing:
        raise ValueError(f"no column named {missing[0]!r} in the shares")
    if shares.index[-1] < ECOLOGY_GENERATIONS:
        raise ValueError(f"the shares must run to generation {ECOLOGY_GENERATIONS}, they end at {shares.index[-1]}")
    start = shares.loc[0, names]
    bottom_eleven = names[-11:]
    shrink = shares.loc[5, bottom_eleven] / start[bottom_eleven]
    bottom_third = shares.loc[50, names[-21:]].sum()
    harrington = shares[names[7]]
    peak = int(harrington.idxmax())
    final = shares.loc[ECOLOGY_GENERATIONS, names]
    rows = [
        ("the lowest-ranked eleven at half their size or less by generation 5",
         f"largest ratio to the start {shrink.max():.2f} ({shrink.idxmax()}), smallest {shrink.min():.2f}",
         bool(shrink.max() <= 0.55)),
        ("the bottom third nearly gone by generation 50",
         f"the lowest-ranked 21 hold {bottom_third:.1%} together", bool(bottom_third < 0.05)),
        ("HARRINGTON grows for about 200 generations, then declines",
         f"peak {harrington.max():.1%} at generation {peak}; {harrington.loc[ECOLOGY_GENERATIONS]:.1%} at "
         f"{ECOLOGY_GENERATIONS}",
         bool(100 <= peak <= 300 and harrington.loc[ECOLOGY_GENERATIONS] < harrington.max() / 2)),
        ("TIT FOR TAT the largest share at generation 1000",
         f"TIT FOR TAT {final[names[0]]:.1%}; next {final.drop(names[0]).idxmax()} {final.drop(names[0]).max():.1%}",
         bool(final.idxmax() == names[0])),
    ]
    return pd.DataFrame(rows, columns=["feature", "measured", "holds"])


def names_in_rank_order(results) -> "list[str] | None":
    """The players' names in published rank order if ``results`` are of the 63 round-two rules, else None."""
    players = getattr(results, "players", None)
    if not players or len(players) != len(_RANKING):
        return None
    by_class = {type(player).__name__: name for player, name in zip(players, results.names)}
    if set(by_class) != set(published_order()):
        return None
    return [by_class[name] for name in published_order()]
