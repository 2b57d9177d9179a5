"""Published results of Axelrod's first computer tournament, as data.

Source: R. Axelrod (1980), "Effective Choice in the Prisoner's Dilemma",
Journal of Conflict Resolution 24(1):3-25 (A80): the appendix table of ranks,
authors and average scores, and pairwise scores quoted in the text. The rows of
the pairwise matrix quoted from Rapoport, Seale & Colman (2015), PLoS ONE
10(7):e0134128 (RSC), are secondary: they agree with every value A80's text
also states. Collected in the project's shared spec, ``axelrod_tournaments.md``,
sections 1.2 and 1.3.

Format of the tournament: 14 entries plus RANDOM, a round robin with self-play,
200 moves known to the entrants, 5 repetitions, payoffs R=3, S=0, T=5, P=1; the
score is the average per 200-move game over all 15 opponents, twin included.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    rank: int
    entry: str
    author: str
    score: float


# Keyed by the catalogue class that implements each entry; in published rank order.
ENTRIES: dict[str, Entry] = {
    "TitForTat": Entry(1, "TIT FOR TAT", "Anatol Rapoport", 504.5),
    "FirstByTidemanAndChieruzzi": Entry(2, "TIDEMAN AND CHIERUZZI", "T. Nicolaus Tideman and Paula Chieruzzi", 500.4),
    "FirstByNydegger": Entry(3, "NYDEGGER", "Rudy Nydegger", 485.5),
    "FirstByGrofman": Entry(4, "GROFMAN", "Bernard Grofman", 481.9),
    "FirstByShubik": Entry(5, "SHUBIK", "Martin Shubik", 480.7),
    "FirstBySteinAndRapoport": Entry(6, "STEIN AND RAPOPORT", "William Stein and Amnon Rapoport", 477.8),
    "Grudger": Entry(7, "FRIEDMAN", "James W. Friedman", 473.4),
    "FirstByDavis": Entry(8, "DAVIS", "Morton Davis", 471.8),
    "FirstByGraaskamp": Entry(9, "GRAASKAMP", "James Graaskamp", 400.7),
    "FirstByDowning": Entry(10, "DOWNING", "Leslie Downing", 390.6),
    "FirstByFeld": Entry(11, "FELD", "Scott Feld", 327.6),
    "FirstByJoss": Entry(12, "JOSS", "Johann Joss", 304.4),
    "FirstByTullock": Entry(13, "TULLOCK", "Gordon Tullock", 300.5),
    "FirstByAnonymous": Entry(14, "(Name withheld)", "a graduate student in political science", 282.2),
    "Random": Entry(15, "RANDOM", "the organiser", 276.3),
}

# Pairwise scores quoted in A80's text: (scorer, opponent) -> average score of the scorer.
QUOTED_PAIRWISE: dict[tuple[str, str], float] = {
    ("TitForTat", "FirstByGraaskamp"): 597.0,
    ("FirstByNydegger", "FirstByDowning"): 158.0,
    ("FirstByTidemanAndChieruzzi", "FirstByDowning"): 601.0,
    ("TitForTat", "FirstByJoss"): 225.0,
    ("FirstByJoss", "TitForTat"): 230.0,
    ("FirstByFeld", "FirstByDowning"): 704.0,
    ("FirstByDowning", "FirstByFeld"): 436.0,
}

# Full rows of the pairwise matrix from RSC (secondary): the row player's average against each entry.
RSC_ROWS: dict[str, tuple[float, ...]] = {
    "TitForTat": (600, 595, 600, 600, 600, 595, 600, 600, 597, 597, 280, 225, 279, 359, 441),
    "FirstByTidemanAndChieruzzi": (600, 596, 600, 601, 600, 596, 600, 600, 310, 601, 271, 213, 291, 455, 573),
    "FirstByNydegger": (600, 595, 600, 600, 600, 595, 600, 600, 433, 158, 354, 374, 347, 368, 464),
    "FirstByGrofman": (600, 595, 600, 600, 600, 594, 600, 600, 376, 309, 289, 236, 305, 426, 507),
}

# Supplementary rules A80 (footnote 5) scored against the same field; any would have won.
SUPPLEMENTARY: dict[str, float] = {
    "RevisedDowning": 542.0,
    "TitFor2Tats": 532.0,
}


def published_order() -> list[str]:
    """Catalogue class names in published rank order."""
    return sorted(ENTRIES, key=lambda name: ENTRIES[name].rank)
