"""Axelrod's second tournament (1980): the submitted rules, as the original code plays them.

Sixty-two programs from six countries were entered in Axelrod's second
tournament, after their authors had read the results of the first; with
RANDOM, 63 rules met in a round robin. After each move a game ended with
probability 0.00346 (median length 200); in practice every pair played five
games, of 63, 77, 151, 156 and 308 moves, the same five for every pair, twins
included, with payoffs R, S, T, P = 3, 0, 5, 1. TIT FOR TAT won again (Axelrod
1980b, "More Effective Choice in the Prisoner's Dilemma", Journal of Conflict
Resolution 24(3): 379-403, "A80b" below; Axelrod and Hamilton 1981, Science
211: 1390-1396).

The rules' Fortran survives in TourExec (repository Axelrod-Python/TourExec,
MIT licence), one function a rule, ``K31R`` ... ``K93R``, numbered in the
order received; each class here records its function as ``tourexec`` and
plays exactly as the original does against any sequence of opponent moves
(tested move for move against the original functions' moves, or in
distribution for the rules that draw random numbers: ``tests/test_axelrod_second.py``).
The rules were written against these conventions, which the classes reproduce
(``shared/oracles/README.md``):

- a rule starts every game afresh, with every variable it keeps at zero (the
  functions were compiled so that locals persist and start at zero);
- at move M (1, 2, ...) it is told the opponent's previous move (C on move 1),
  M, both scores so far, a uniform random number and its own previous move;
- it is never told the length of the game.

Quirks of the original code are part of the behaviour and are kept; each
docstring says what the quirk is and where it shows. Where the reference
library (Axelrod-Python 4.14, ``axelrod/strategies/axelrod_second.py``) plays
an entry differently, the docstring says how.

Second-round entries that are catalogue rules elsewhere: TIT FOR TAT (K92R,
:class:`~axelrod_nl.strategies.titfortat.TitForTat`), TIT FOR TWO TATS (K90R,
:class:`~axelrod_nl.strategies.titfortat.TitFor2Tats`), GRISELL's majority
rule (K31R, :class:`~axelrod_nl.strategies.gobymajority.GoByMajority`),
FRIEDMAN (K34R, :class:`~axelrod_nl.strategies.grudger.Grudger`), REVISED
DOWNING (K59R, :class:`~axelrod_nl.strategies.axelrod_first.RevisedDowning`)
and RANDOM (K93R, :class:`~axelrod_nl.strategies.basic.Random`).
"""

from __future__ import annotations

from .axelrod_first import FirstByGraaskamp


class SecondByMauk(FirstByGraaskamp):
    """Round one's GRAASKAMP, resubmitted: tit for tat with a test defection on move 51, then probes.

    Fred Mauk's entry, 19th of 63. Its function, TourExec ``k78r.f``, does
    nothing but call ``grasr.f``, James Graaskamp's round-one program, which
    keeps variables of its own; so this class is
    :class:`~axelrod_nl.strategies.axelrod_first.FirstByGraaskamp` under the
    second round's name (see there for the rule). In the second tournament the
    game length was not announced, which GRAASKAMP never read anyway; its test
    of the opponent's score on move 57 assumes the 3, 0, 5, 1 payoffs, which
    the second round kept. Tested in distribution against the original K78R
    and GRASR.

    Names:

    - Second by Mauk: K78R, TourExec ``k78r.f`` (calling ``grasr.f``); A80b
    - GRAASKAMP: Axelrod (1980), "Effective Choice in the Prisoner's Dilemma", JCR 24(1)
    """

    name = "Second by Mauk"
    tourexec = "K78R"
