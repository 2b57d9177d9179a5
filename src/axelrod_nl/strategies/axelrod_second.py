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

import math

import numpy as np
from numba import njit

from ..actions import C, D
from ..engine.protocol import (
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OPPONENT_SCORE,
    OWN,
    OWN_SCORE,
)
from ..engine.random import uniform
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy
from .axelrod_first import FirstByGraaskamp, FirstByNydegger, RevisedDowning

# Single precision, for the rules whose Fortran computes and compares REAL values.
_F32 = np.float32
_F0 = np.float32(0.0)
_F1 = np.float32(1.0)
_F3 = np.float32(3.0)
_F9 = np.float32(9.0)


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


class SecondByWeiner(Strategy):
    """Tit for tat that forgives an occasional defection and turns hard against frequent ones.

    Herb Weiner's entry, 7th of 63 in the second round.

    The rule (TourExec ``k41r.f``):

    - It answers the opponent's last move (tit for tat), with two changes.
    - Forgiveness. It follows the opponent's defections with a three-phase
      counter: a defection in the normal phase moves it to "odd"; in "odd", a
      cooperation arms forgiveness and a defection returns it to normal. So
      forgiveness is armed when the opponent ends a run of an odd number of
      defections (counted since the counter was last back to normal) with a
      cooperation. On the next move, if the opponent defected again, that
      defection is answered with a cooperation provided 20 x (the defections
      met so far while armed) is less than the move number. Either way the
      counter goes back to normal. D C D is the simplest pattern whose
      second defection is forgiven.
    - Override. If the opponent defected on five or more of the twelve moves
      before its last one (moves M - 13 to M - 2 at move M), it defects,
      whatever the two rules above say.

    Quirks of the original, reproduced:

    - The forgiveness budget grows by 20 for every defection met while
      forgiveness is armed, including those it refuses to forgive because
      the budget is spent and those the override answers with a defection;
      so one refusal can delay the next forgiveness by 20 moves.
    - The twelve-move window leaves out the opponent's last move: the code
      shifts the window after testing it.

    Axelrod-Python's ``SecondByWeiner`` does not spend the budget on a
    defection it refuses for lack of budget; otherwise it plays the same
    rule (checked on 2000 random sequences once that is changed). The
    difference shows against 7 of the 38 test sequences (random ones with
    cooperation probability 0.5 and 0.7, first at moves 26 to 200 of 308).

    Names:

    - Second by Weiner: K41R, TourExec ``k41r.f``; A80b
    - Axelrod-Python: ``SecondByWeiner``
    """

    name = "Second by Weiner"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K41R"
    phase = State(doc="0 normal, 1 after an odd count of the opponent's defections, 2 forgiveness armed")
    forgiven = State(doc="20 x the defections met while forgiveness was armed")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        choice = last
        phase = state[SecondByWeiner.phase]
        if phase == 0.0:
            state[SecondByWeiner.phase] = 1.0 if last == D else 0.0
        elif phase == 1.0:
            state[SecondByWeiner.phase] = 2.0 if last == C else 0.0
        else:
            if state[SecondByWeiner.forgiven] < move:
                choice = C
            state[SecondByWeiner.forgiven] += 20.0 * last
            state[SecondByWeiner.phase] = 0.0
        # The opponent's defections on the twelve moves before its last one.
        recent = 0
        for t in range(max(0, turn - 13), turn - 1):
            recent += history[OPPONENT, t]
        if recent >= 5:
            return D
        return choice


class SecondByBorufsen(Strategy):
    """Tit for tat that breaks deadlocks and echoes, and defects against random or hostile players.

    Otto Borufsen's entry, 3rd of 63 in the second round.

    The rule (TourExec ``k42r.f``):

    - Move 1: C. Then tit for tat, with these changes.
    - After three mutual defections in a row it cooperates once (and starts
      counting both streaks afresh).
    - An echo is a move on which the players' moves differ and each repeats
      the other's move before (C D then D C, say: tit for tat's echo). After
      three echoes in a row its next defection, this move's included, is
      replaced by a cooperation.
    - From move 3 it counts the opponent's cooperations, split by its own
      move before them (the move the opponent answered). On moves 27, 52,
      77, ... it judges those counted over the last 25 moves (moves 3 to 27
      for the first check): with 8 to 17 cooperations, of which fewer than
      70% answered a C, the opponent looks random; with fewer than 3 it
      looks defective. Either way it defects on
      that move and the next 24 and clears its streaks and any pending
      replacement; at the next check it judges again. 18 or more
      cooperations are never judged random.

    Quirks of the original, reproduced: the check move that ends a spell of
    defection is still a defection (the code has already chosen D before it
    judges), and streaks are not counted during the spell. The fraction is
    an integer percentage (100 x count / total, truncated, compared with 70),
    which decides exactly as the fraction does. On move 2 the moves "two
    back" are taken as C, so no echo can be seen there.

    Axelrod-Python's ``SecondByBorufsen`` plays the same moves (checked on
    the test sequences and on random ones); its docstring calls the entry
    K32R, which is Kluepfel's.

    Names:

    - Second by Borufsen: K42R, TourExec ``k42r.f``; A80b
    - Axelrod-Python: ``SecondByBorufsen``
    """

    name = "Second by Borufsen"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K42R"
    mutual_defections = State(doc="mutual defections in a row (up to three)")
    echoes = State(doc="echo moves in a row (up to three)")
    defecting = State(doc="1 while the opponent is judged random or defective")
    spare_next = State(doc="1 when the next defection is to be replaced by a cooperation")
    c_after_c = State(doc="the opponent's cooperations answering this rule's C, since the last check")
    c_after_d = State(doc="the opponent's cooperations answering this rule's D, since the last check")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move == 1:
            return C
        last = history[OPPONENT, turn - 1]
        mine = history[OWN, turn - 1]
        # Two moves back; before move 1 both count as C.
        mine_before = history[OWN, turn - 2] if move >= 3 else C
        last_before = history[OPPONENT, turn - 2] if move >= 3 else C
        if move >= 3 and last == C:
            if mine_before == C:
                state[SecondByBorufsen.c_after_c] += 1.0
            else:
                state[SecondByBorufsen.c_after_d] += 1.0
        if state[SecondByBorufsen.defecting] != 0.0:
            choice = D
        elif mine == D and last == D:
            state[SecondByBorufsen.mutual_defections] += 1.0
            choice = last
            if state[SecondByBorufsen.mutual_defections] >= 3.0:
                choice = C
                state[SecondByBorufsen.mutual_defections] = 0.0
                state[SecondByBorufsen.echoes] = 0.0
        else:
            state[SecondByBorufsen.mutual_defections] = 0.0
            if mine != last and last == mine_before and mine == last_before:
                state[SecondByBorufsen.echoes] += 1.0
                if state[SecondByBorufsen.echoes] >= 3.0:
                    state[SecondByBorufsen.echoes] = 0.0
                    state[SecondByBorufsen.mutual_defections] = 0.0
                    state[SecondByBorufsen.spare_next] = 1.0
            else:
                state[SecondByBorufsen.echoes] = 0.0
            choice = last
        if move > 2 and (move - 2) % 25 == 0:
            cc = state[SecondByBorufsen.c_after_c]
            cooperations = cc + state[SecondByBorufsen.c_after_d]
            defecting = False
            if cooperations <= 17.0:
                if cooperations >= 8.0:
                    defecting = 100.0 * cc < 70.0 * cooperations
                else:
                    defecting = cooperations < 3.0
            state[SecondByBorufsen.c_after_c] = 0.0
            state[SecondByBorufsen.c_after_d] = 0.0
            state[SecondByBorufsen.defecting] = 1.0 if defecting else 0.0
            if defecting:
                state[SecondByBorufsen.spare_next] = 0.0
                state[SecondByBorufsen.mutual_defections] = 0.0
                state[SecondByBorufsen.echoes] = 0.0
                choice = D
        if state[SecondByBorufsen.spare_next] != 0.0 and choice == D:
            state[SecondByBorufsen.spare_next] = 0.0
            choice = C
        return choice


class SecondByGraaskampKatzen(Strategy):
    """Tit for tat that gives up for good if its own score falls behind at a checkpoint.

    Jim Graaskamp and Ken Katzen's entry, 6th of 63 in the second round.

    The rule (TourExec ``k60r.f``): move 1 C, then tit for tat. On moves 11,
    21, 31, 41, 51 and 101 it looks at its own score so far; if it is below
    23, 53, 83, 113, 143 or 293 respectively (seven points less than
    mutual cooperation on every move would have earned: 30, 60, 90, 120,
    150, 300), it defects on that move and on every move after.

    It reads its own running score, so the thresholds assume the 3, 0, 5, 1
    payoffs. Axelrod-Python's ``SecondByGraaskampKatzen`` plays the same
    moves.

    Names:

    - Second by Graaskamp and Katzen: K60R, TourExec ``k60r.f``; A80b
    - Axelrod-Python: ``SecondByGraaskampKatzen`` ("Second by GraaskampKatzen")
    """

    name = "Second by Graaskamp and Katzen"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K60R"
    defecting = State(doc="1 once a checkpoint has been missed")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move == 1:
            return C
        if state[SecondByGraaskampKatzen.defecting] != 0.0:
            return D
        score = ctx[OWN_SCORE]
        if ((move == 11 and score < 23.0) or (move == 21 and score < 53.0)
                or (move == 31 and score < 83.0) or (move == 41 and score < 113.0)
                or (move == 51 and score < 143.0) or (move == 101 and score < 293.0)):
            state[SecondByGraaskampKatzen.defecting] = 1.0
            return D
        return history[OPPONENT, turn - 1]


class SecondByTidemanAndChieruzzi(Strategy):
    """Cooperates while far enough ahead on score; each run of defections raises the margin; fresh starts.

    T. Nicolaus Tideman and Paula Chieruzzi's entry, 9th of 63 in the second
    round. It shares the ideas of their round-one rule (punishment that
    grows with each run of defections, fresh starts after a test of
    randomness; :class:`~axelrod_nl.strategies.axelrod_first.FirstByTidemanAndChieruzzi`,
    whose code does not survive) but measures punishment by score.

    The rule (TourExec ``k84r.f``):

    - Let k be the number of runs of defections the opponent has begun since
      the last fresh start (a run begins with a defection after a
      cooperation), and "lead" its own score minus the opponent's, both
      counted since then. It cooperates when lead >= 5 k (k - 1) / 2 (0, 0,
      5, 15, 30, ...), and otherwise defects. Against one lone defection
      this plays like tit for tat; each further run makes it demand a larger
      lead before it cooperates again.
    - Fresh start, tried only when it would defect: if the opponent's last
      move does not begin a run, the move number is at least 10 more than
      that of the move that ended the last fresh start (at least 10 for the
      first), and the opponent's defections over the whole game differ from
      half the moves played by at least 1.5 sqrt(moves played) (three
      standard deviations of a fair coin), it cooperates on this move and
      the next; on the second it forgets the runs and takes the scores as
      level from there.

    Quirk of the original, reproduced: when the fresh start ends, the code
    also forgets the opponent's last move, so a defection on the next move
    begins a run even when it continues one: an opponent that defects right
    through the fresh start has its ongoing run counted as the first of the
    new count. The test of randomness counts the whole game, not the moves
    since the fresh start. The margin "5" and the score test assume the 3,
    0, 5, 1 payoffs. Its single-precision arithmetic (the scores and counts
    are whole or half numbers) changes no decision in games shorter than
    about a million moves and is not reproduced.

    Axelrod-Python's ``SecondByTidemanAndChieruzzi`` reads the opponent's
    real move before the end of a fresh start; otherwise it is the same
    rule (checked on 2000 random sequences once that is changed). The
    difference shows against 13 of the 38 test sequences (at move 40
    against ``bursts_1``, for example).

    Names:

    - Second by Tideman and Chieruzzi: K84R, TourExec ``k84r.f``; A80b
    - Axelrod-Python: ``SecondByTidemanAndChieruzzi``
    """

    name = "Second by Tideman and Chieruzzi"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K84R"
    runs = State(doc="runs of the opponent's defections begun since the last fresh start")
    offset = State(doc="own score minus the opponent's when the last fresh start ended")
    previous = State(doc="the opponent's move as last seen (0 after a fresh start)")
    last_start = State(doc="the move on which the last fresh start ended (1 during one)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        if turn > 0:
            if state[SecondByTidemanAndChieruzzi.last_start] == 1.0:
                # The second cooperation of a fresh start: forget the runs and the scores.
                state[SecondByTidemanAndChieruzzi.last_start] = move
                state[SecondByTidemanAndChieruzzi.previous] = 0.0
                state[SecondByTidemanAndChieruzzi.runs] = 0.0
                state[SecondByTidemanAndChieruzzi.offset] = ctx[OWN_SCORE] - ctx[OPPONENT_SCORE]
                return C
            if state[SecondByTidemanAndChieruzzi.previous] == 0.0 and last == D:
                state[SecondByTidemanAndChieruzzi.runs] += 1.0
        previous = state[SecondByTidemanAndChieruzzi.previous]
        state[SecondByTidemanAndChieruzzi.previous] = last
        runs = state[SecondByTidemanAndChieruzzi.runs]
        lead = ctx[OWN_SCORE] - ctx[OPPONENT_SCORE] - state[SecondByTidemanAndChieruzzi.offset]
        if lead >= 5.0 * runs * (runs - 1.0) / 2.0:
            return C
        if previous < last or move - state[SecondByTidemanAndChieruzzi.last_start] < 10.0:
            return D
        played = float(turn)
        if abs(ctx[OPPONENT_DEFECTIONS] - played / 2.0) < 1.5 * math.sqrt(played):
            return D
        state[SecondByTidemanAndChieruzzi.last_start] = 1.0
        return C


@njit(cache=True, inline="always")
def _hufford_agrees(t, history):
    """Whether the opponent's move before move t (0-based) repeats this rule's move before that.

    Before any move counts as agreement; on move t = 1 the opponent's first
    move is compared with a cooperation.
    """
    if t <= 0:
        return 1
    if t == 1:
        return 1 - history[OPPONENT, 0]
    return 1 if history[OPPONENT, t - 1] == history[OWN, t - 2] else 0


class SecondByRichardHufford(Strategy):
    """Tit for tat steered by how often the opponent echoes it, with probing defections.

    Richard Hufford's entry, 16th of 63 in the second round.

    The rule (TourExec ``k47r.f``). The opponent "agrees" on a move when its
    last move repeats this rule's move before that, as tit for tat would.
    Let long = 2 + the agreements from move 2 on, this move included, and
    short = 1 + the agreements on the last four moves, this one included
    (move 1 and the moves before it count as agreements).

    - It starts from tit for tat; it defects instead if long < 0.625 M (M
      the move number) or short < 3, and cooperates instead if long > 0.9 M
      and short = 5 (the last four all agree).
    - Probes: on move P (first 20) it defects. On any move M up to P on
      which the opponent's last move is a defection, P is put off to
      M + 1 + floor(20 a / b). On move P + 2 it cooperates, counts the opponent's
      answer to the probe (its move P + 1) into a (2 + defecting answers) or
      b (2 + cooperating answers), and sets the next probe to M + 1 +
      floor(20 a / b).

    Quirks of the original, reproduced: the agreement on move 2 compares the
    opponent's first move with a C (the code's "own move before" starts at
    C), and move 1 counts as an agreement, hence the 2 in long; an opponent
    defection seen on the probe move itself still puts the probe off. The
    thresholds are in single precision as in the code (0.9 is not exact in
    binary; up to 2000 moves this changes no decision).

    Axelrod-Python's ``SecondByRichardHufford`` plays the same moves
    (checked on the test sequences and on random ones).

    Names:

    - Second by Richard Hufford: K47R, TourExec ``k47r.f``; A80b
    - Axelrod-Python: ``SecondByRichardHufford`` ("Second by RichardHufford")
    """

    name = "Second by Richard Hufford"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K47R"
    agreements = State(doc="long: 1 + the agreements so far, this move's included (move 1 counts as one)")
    probe = State(doc="the move of the next test defection")
    answered_d = State(doc="2 + the test defections the opponent answered with D")
    answered_c = State(doc="2 + the test defections the opponent answered with C")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if turn == 0:
            state[SecondByRichardHufford.agreements] = 1.0
            state[SecondByRichardHufford.probe] = 20.0
            state[SecondByRichardHufford.answered_d] = 2.0
            state[SecondByRichardHufford.answered_c] = 2.0
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        if move <= state[SecondByRichardHufford.probe] and last == D:
            state[SecondByRichardHufford.probe] = move + 1 + math.floor(
                20.0 * state[SecondByRichardHufford.answered_d] / state[SecondByRichardHufford.answered_c])
        state[SecondByRichardHufford.agreements] += _hufford_agrees(turn, history)
        agreements = state[SecondByRichardHufford.agreements]
        short = 1
        for t in range(turn - 3, turn + 1):
            short += _hufford_agrees(t, history)
        choice = last
        if np.float32(agreements) < np.float32(0.625) * np.float32(move) or short < 3:
            choice = D
        if np.float32(agreements) > np.float32(0.9) * np.float32(move) and short == 5:
            choice = C
        probe = state[SecondByRichardHufford.probe]
        if move == probe:
            choice = D
        if move >= probe + 2:
            choice = C
            state[SecondByRichardHufford.answered_d] += last
            state[SecondByRichardHufford.answered_c] += 1 - last
            state[SecondByRichardHufford.probe] = move + 1 + math.floor(
                20.0 * state[SecondByRichardHufford.answered_d] / state[SecondByRichardHufford.answered_c])
        return choice


class SecondByYamachi(Strategy):
    """Predicts the opponent from a table of its past answers; defects against a 50-50 player.

    Brian Yamachi's entry, 17th of 63 in the second round (from BASIC).

    The rule (TourExec ``k64r.f``): it keeps, for each pair (the opponent's
    move, then this rule's move after it), a tally of the opponent's next
    move, +1 for C and -1 for D. Move 1 is C. On move M it looks up the pair
    (the opponent's move M - 2, its own choice on move M - 1), taken as
    (C, C) on move 2, and cooperates if that tally is at least 0, defects
    if it is negative; only then does it add the opponent's move M - 1,
    which answered that pair, to the tally. From move 41 it defects instead
    if 10 |c - d| < M, c and d being the opponent's cooperations and
    defections so far (a player close to 50-50).

    Quirks of the original, reproduced: the tally it reads leaves out the
    answer it has just seen, so the prediction concerns the move already
    played; and the table records the choice made before the 50-50
    override, not the defection played, so the override does not feed its
    own model.

    Axelrod-Python's ``SecondByYamachi`` plays the same moves (checked on the
    test sequences and on random ones).

    Names:

    - Second by Yamachi: K64R, TourExec ``k64r.f``; A80b
    - Axelrod-Python: ``SecondByYamachi``
    """

    name = "Second by Yamachi"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K64R"
    after_cc = State(doc="tally (+1 C, -1 D) of the opponent's move after: its C, then this rule's C")
    after_cd = State(doc="the same tally after: its C, then this rule's D")
    after_dc = State(doc="the same tally after: its D, then this rule's C")
    after_dd = State(doc="the same tally after: its D, then this rule's D")
    intended = State(doc="this rule's last choice before the override")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if turn == 0:
            return C
        last = history[OPPONENT, turn - 1]
        before = history[OPPONENT, turn - 2] if turn >= 2 else C
        slot = SecondByYamachi.after_cc + 2 * before + int(state[SecondByYamachi.intended])
        choice = C if state[slot] >= 0.0 else D
        state[slot] += 1.0 if last == C else -1.0
        state[SecondByYamachi.intended] = choice
        defections = ctx[OPPONENT_DEFECTIONS]
        if move > 40 and 10.0 * abs(turn - 2.0 * defections) < move:
            return D
        return choice


class SecondByColbert(Strategy):
    """A fixed opening, then answers each defection with D, D, C, C.

    John William Colbert's entry, 18th of 63 in the second round.

    The rule (TourExec ``k51r.f``): moves 1 to 8 are C C C C C D C C
    whatever the opponent does. From move 9, if the opponent's last move was
    a defection it defects, then plays D, C, C on the next three moves
    without looking at the opponent, then resumes; if it was a cooperation,
    it cooperates. The opponent's defections during those three moves go
    unanswered, and so do its defections on moves 1 to 7.

    Memory depth: from move 9 its move is a function of its own last three
    moves and the opponent's last; with the fixed opening, the shortest
    window after which the same rounds always give the same move is 7
    rounds (declared here). Axelrod-Python's ``SecondByColbert``, a finite
    state machine that plays the same moves, declares 4.

    Names:

    - Second by Colbert: K51R, TourExec ``k51r.f``; A80b
    - Axelrod-Python: ``SecondByColbert``
    """

    name = "Second by Colbert"
    classifier = Classifier(stochastic=False, memory_depth=7)
    tourexec = "K51R"
    countdown = State(doc="4 when a punishment begins, one less on each later move")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move <= 8:
            return D if move == 6 else C
        state[SecondByColbert.countdown] -= 1.0
        countdown = state[SecondByColbert.countdown]
        if countdown > 0.0:
            return D if countdown == 3.0 else C
        if history[OPPONENT, turn - 1] == D:
            state[SecondByColbert.countdown] = 4.0
            return D
        return C


class SecondByMikkelson(Strategy):
    """Defects when the opponent's defections build up, unless they are rare over the whole game.

    Ray Mikkelson's entry, 20th of 63 in the second round.

    The rule (TourExec ``k66r.f``): a counter starts at -3 and on each move
    goes up by 2 after an opponent defection and down by 1 after a
    cooperation, kept between -5 and 10. Moves 1 and 2 are C. From move 3 it
    cooperates while the counter is below 3. When it is 3 or more: on moves
    3 to 10 it defects and sets the counter to -1; from move 11 it defects
    if the opponent's defections so far, divided by the move number, are at
    least 0.15, and cooperates otherwise.

    Quirks of the original, reproduced: the opponent's "previous move" on
    move 1 is a cooperation, so the counter is -4 after move 1; the rate
    divides by the move number M, not by the M - 1 moves played. The rate
    is computed and compared in single precision, as in the code.

    Axelrod-Python's ``SecondByMikkelson`` (its "credit" is 3 minus this
    counter) plays the same moves.

    Names:

    - Second by Mikkelson: K66R, TourExec ``k66r.f``; A80b
    - Axelrod-Python: ``SecondByMikkelson``
    """

    name = "Second by Mikkelson"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K66R"
    debit = State(doc="J2 of the original: +2 for each opponent defection, -1 for each cooperation, -5 to 10")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if turn == 0:
            state[SecondByMikkelson.debit] = -3.0
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        debit = state[SecondByMikkelson.debit] - 1.0 + 3.0 * last
        debit = min(10.0, max(-5.0, debit))
        state[SecondByMikkelson.debit] = debit
        if move < 3 or debit < 3.0:
            return C
        if move <= 10:
            state[SecondByMikkelson.debit] = -1.0
            return D
        rate = np.float32(ctx[OPPONENT_DEFECTIONS]) / np.float32(move)
        if rate < np.float32(0.15):
            return C
        return D


class SecondByRowsam(Strategy):
    """Cooperates, checking its own score every six moves; low scores earn distrust.

    Glen Rowsam's entry, 21st of 63 in the second round.

    The rule (TourExec ``k58r.f``): it never looks at the opponent's moves,
    only at its own score S.

    - On moves 6, 12, 18, ... it compares S with the move number M: S < M
      adds 5 distrust points, S < 1.5 M adds 3, S < 2 M adds 2, S < 2.5 M
      adds 1. If it added any, it defects on this move, cooperates on the
      next and defects on the one after; otherwise it cooperates.
    - On moves 18, 36, ... before that check it takes one point off when it
      has more than 2.
    - Once it has more than 6 points it defects on every later move.
    - It cooperates on all other moves.

    Quirks of the original, reproduced: S is the score of the M - 1 moves
    played but is measured against M moves (mutual cooperation on moves 1
    to 5 gives 15, just enough at move 6); distrust of 1 or 2 points never
    wears off. The thresholds assume the 3, 0, 5, 1 payoffs.

    Axelrod-Python's ``SecondByRowsam`` plays the same moves.

    Names:

    - Second by Rowsam: K58R, TourExec ``k58r.f``; A80b
    - Axelrod-Python: ``SecondByRowsam``
    """

    name = "Second by Rowsam"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K58R"
    distrust = State(doc="distrust points (KAM); above 6 it defects for good")
    phase = State(doc="moves left in the C, D answer to a bad score check")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if state[SecondByRowsam.distrust] > 6.0:
            return D
        if state[SecondByRowsam.phase] >= 1.0:
            state[SecondByRowsam.phase] -= 1.0
            return D if state[SecondByRowsam.phase] == 0.0 else C
        if move % 18 == 0 and state[SecondByRowsam.distrust] > 2.0:
            state[SecondByRowsam.distrust] -= 1.0
        if move % 6 != 0:
            return C
        score = ctx[OWN_SCORE]
        if score < move:
            points = 5.0
        elif 10.0 * score < 15.0 * move:
            points = 3.0
        elif score < 2.0 * move:
            points = 2.0
        elif 10.0 * score < 25.0 * move:
            points = 1.0
        else:
            return C
        state[SecondByRowsam.distrust] += points
        state[SecondByRowsam.phase] = 2.0
        return D


class SecondByGrofman(Strategy):
    """Counts the opponent's defections in a seven-move window, more forgiving after its own cooperation.

    Bernard Grofman's entry, 28th of 63 in the second round (not his
    round-one rule, :class:`~axelrod_nl.strategies.axelrod_first.FirstByGrofman`).

    The rule (TourExec ``k86r.f``): moves 1 and 2 are C; moves 3 to 7 tit
    for tat. From move 8 it counts the opponent's defections on moves M - 8
    to M - 2 (seven moves, the opponent's move before move 1 counting as a
    C). If its own last move was C it cooperates when the count is at most
    2; if it was D, when the count is at most 1; otherwise it defects.

    Quirk of the original, reproduced: the window leaves out the opponent's
    last move (the code stores the opponent's move M - 1 in slot M of its
    array, then sums slots M - 7 to M - 1), so from move 8 on the rule does
    not react to the opponent's latest move at all. The original keeps the
    opponent's moves in an array of 999, which a longer game would overrun;
    that is not reproduced.

    Axelrod-Python's ``SecondByGrofman`` plays the same moves.

    Names:

    - Second by Grofman: K86R, TourExec ``k86r.f``; A80b
    - Axelrod-Python: ``SecondByGrofman``
    """

    name = "Second by Grofman"
    classifier = Classifier(stochastic=False, memory_depth=8)
    tourexec = "K86R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move <= 2:
            return C
        if move <= 7:
            return history[OPPONENT, turn - 1]
        # The opponent's moves 2 to 8 moves back; before move 1 counts as C.
        defections = 0
        for t in range(max(0, turn - 8), turn - 1):
            defections += history[OPPONENT, t]
        if history[OWN, turn - 1] == C:
            return D if defections > 2 else C
        return D if defections > 1 else C


class SecondByNydegger(FirstByNydegger):
    """Round one's NYDEGGER, resubmitted: a three-move memory built to look trustworthy.

    Rudy Nydegger's entry, 31st of 63 in the second round. Its function,
    TourExec ``k57r.f``, is the round-one program (Axelrod retyped it from
    the first round in 1993), and
    :class:`~axelrod_nl.strategies.axelrod_first.FirstByNydegger` already
    plays exactly as it does (the same moves against all 38 test sequences);
    so this class is that one under the second round's name (see there for
    the rule). It never reads the game length or the scores, so the
    unannounced length of the second round changes nothing.

    Names:

    - Second by Nydegger: K57R, TourExec ``k57r.f``; A80b
    - NYDEGGER: Axelrod (1980), "Effective Choice in the Prisoner's Dilemma", JCR 24(1)
    """

    name = "Second by Nydegger"
    tourexec = "K57R"


@njit(cache=True, inline="always")
def _jones_values(state, cell):
    """Expected payoffs of C and of D in history cell ``cell`` (single precision)."""
    seen = np.float32(state[SecondByJones.coop_seen + cell])
    visits = np.float32(state[SecondByJones.visits + cell])
    if visits == _F0:
        visits = _F1
    p = seen / visits
    if_c = _F3 * p
    return if_c, if_c + p + _F1


@njit(cache=True, inline="always")
def _jones_shift(code):
    """The code advanced by one move of C, reduced as the original reduces it."""
    if code > 4:
        code -= 4
    return 2 * code


@njit(cache=True, inline="always")
def _jones_plan(state):
    """The three-move look-ahead; returns the move and leaves the code as the original does."""
    code = int(state[SecondByJones.code])
    cell = code - 8 if code > 7 else code
    if_c, if_d = _jones_values(state, cell)
    score = np.zeros(8, dtype=np.float32)
    for plan in range(8):
        score[plan] = if_c if plan < 4 else if_d
    # Second move: the cell is the shifted code, plus one for plans that open with D.
    code = _jones_shift(code)
    for plan in range(8):
        cell = code + (1 if plan >= 4 else 0)
        if cell > 7:
            cell -= 8
        if_c, if_d = _jones_values(state, cell)
        score[plan] += if_d if (plan & 2) else if_c
    # Third move: shifted again, plus one for plans whose second move is D.
    code = _jones_shift(code)
    for plan in range(8):
        cell = code + (1 if (plan & 2) else 0)
        if cell > 7:
            cell -= 8
        if_c, if_d = _jones_values(state, cell)
        score[plan] += if_d if (plan & 1) else if_c
    state[SecondByJones.code] = code
    best = _F0
    choice = 0
    for plan in range(8):
        if score[plan] > best:
            best = score[plan]
            choice = plan
    return D if choice >= 4 else C


class SecondByJones(Strategy):
    """Plans three moves ahead on a model of the opponent's replies to its own recent moves.

    Entered by Martyn Jones (translated from BASIC by Axelrod); ranked 43rd of
    63 in the second tournament (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k81r.f``), as this class plays it:

    - Tit for tat on moves 1-4, or on moves 1-8 if the opponent defected on
      move 1.
    - Afterwards, tit for tat whenever the opponent's score is more than a
      margin above its own; the margin is 25 points and grows by one after
      every tenth move.
    - Otherwise it plans. It keeps a code of its own last moves (a three-move
      window, values 0-7) and, for each code, how often it was the code of a
      move (from move 4 on) and how often the opponent cooperated on that
      move (counted from the end of the tit-for-tat opening). With
      p = cooperations / visits (a cell never visited counts one visit), a
      move of C is worth 3p and a D 4p + 1 (5p + (1 - p)). It adds
      these up over the eight plans of three moves, CCC, CCD, ..., DDD, the
      code advancing with each planned move, and plays the first move of the
      best plan (the first of equal bests; D for plans 5-8). Single-precision
      arithmetic, as in the Fortran.
    - A twin test: if the opponent defected on move 1 and both scores are 237
      before move 81, it defects on moves 81-139, cooperates on 140-180, and
      repeats that every 100 moves (D on 181-239, C on 240-280, ...), until
      the opponent defects once; then it returns to the play above for good.

    Quirks of the original, reproduced:

    - Every tenth move the cooperation counts are multiplied by 9 while the
      visit counts are not (a decay by 0.9 was presumably meant), so the
      "probabilities" soon exceed 1 by far. D then always looks better than
      C in the same cell (4p + 1 > 3p); C wins only through the cells the
      plan leads to.
    - The look-ahead shifts the code in place, twice, instead of working on a
      copy. After a planned move the code is left holding only that move (as
      if the two before were C), the opponent's reply is filed under cell 0
      or 4 (by the move before), and the third planned move reads a cell
      that ignores the plan's first move. Moves made by tit for tat keep the
      code intact.
    - A counter of the opponent's defections (``T8``) only ever takes the
      values 0 and 1, so the branches that test it for 6 or 8 and would force
      cooperation are never taken; this class leaves it out.
    - Its own twin never meets the twin test: it cooperates on move 1.

    It keeps its own moves as it chose them (the code), and reads the
    opponent's moves and both scores as played.

    Names:

    - Second by Jones: Axelrod-Python has no class for K81R
    - K81R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k81r.f``
    """

    name = "Second by Jones"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K81R"
    code = State(doc="T4: the code of its own recent moves, as the original keeps (and garbles) it")
    cell = State(doc="T5: the history cell the opponent's next move is credited to")
    coop_seen = State(8, doc="L4(., 1): the opponent's cooperations seen in each cell (inflated x9 every 10 moves)")
    visits = State(8, doc="L4(., 2): how often each cell was entered")
    margin = State(doc="T6: how far the opponent may lead before it plays tit for tat")
    opening = State(doc="T9: the move from which it plans (5, or 9 after a defection on move 1)")
    twin = State(doc="T0: 1 when the twin schedule is on")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        own_score = ctx[OWN_SCORE]
        if move == 81 and own_score == 237.0 and ctx[OPPONENT_SCORE] == 237.0:
            state[SecondByJones.twin] = 1
        if move == 1:
            state[SecondByJones.margin] = 25
            state[SecondByJones.opening] = 5
            state[SecondByJones.twin] = 0
        if move == 2 and last == D:
            state[SecondByJones.opening] = 9
        if move < state[SecondByJones.opening]:
            choice = last
        else:
            cell = int(state[SecondByJones.cell])
            if cell > 7:
                cell -= 8
            if last == C:
                slot = SecondByJones.coop_seen + cell
                state[slot] = np.float32(state[slot]) + _F1
            scheduled = False
            if state[SecondByJones.opening] == 9 and state[SecondByJones.twin] == 1:
                if last == D:
                    state[SecondByJones.twin] = 0
                else:
                    scheduled = True
            if scheduled:
                choice = D if (move - 81) % 100 < 59 else C
            elif ctx[OPPONENT_SCORE] > own_score + state[SecondByJones.margin]:
                choice = last
            else:
                choice = _jones_plan(state)
        # Bookkeeping after every move.
        code = int(state[SecondByJones.code])
        state[SecondByJones.cell] = code
        if move % 10 == 0:
            for c in range(8):
                slot = SecondByJones.coop_seen + c
                state[slot] = np.float32(state[slot]) * _F9
            state[SecondByJones.margin] += 1
        if code > 7:
            code -= 8
        if move > 3:
            state[SecondByJones.visits + code] += 1
        if code > 4:
            code -= 4
        state[SecondByJones.code] = 2 * code + choice
        return choice


class SecondByGladstein(Strategy):
    """Tests the opponent with alternate defections; apologises and turns to tit for tat once it retaliates.

    Entered by David Gladstein (TESTER); ranked 46th of 63 in the second
    tournament (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k76r.f``), as this class plays it: it
    defects on move 1. As long as the opponent has never defected, it
    defects on move m when its own cooperations so far number at least m / 2,
    and cooperates otherwise; that gives D, C, C, D, C, D, C, ... At the first
    defection it sees, it cooperates (the apology) and plays tit for tat for
    the rest of the game. The counts are exact (the single-precision ratio in
    the Fortran cannot cross 0.5 within any game length that matters).

    Axelrod-Python has two classes for it. ``SecondByGladstein`` tests "own
    cooperations / moves > 0.5", the same condition; ``SecondByTester``
    writes the test phase as C on moves 2 and 3 and then alternation, the
    same moves. Both count their cooperations from the moves as played, where
    this class, like the Fortran, counts the moves it chose (they differ only
    under noise). This library has the reference library's second reading as
    its own class, ``SecondByTester`` (strategies/tester.py).

    Names:

    - Second by Gladstein: Axelrod-Python ``SecondByGladstein``
    - Second by Tester: Axelrod-Python ``SecondByTester``, kept apart in this
      library as ``SecondByTester``
    - K76R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k76r.f``
    """

    name = "Second by Gladstein"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K76R"
    retaliated = State(doc="1 once the opponent has defected (tit for tat from then on)")
    cooperations = State(doc="its own cooperations while testing")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return D
        if state[SecondByGladstein.retaliated] == 1:
            return history[OPPONENT, turn - 1]
        if history[OPPONENT, turn - 1] == D:
            state[SecondByGladstein.retaliated] = 1
            return C
        if 2 * state[SecondByGladstein.cooperations] >= turn + 1:
            return D
        state[SecondByGladstein.cooperations] += 1
        return C


class SecondByBatell(Strategy):
    """Forgives scattered defections, but defects for good after the tenth or after two close together.

    Entered by Mark F. Batell; ranked 47th of 63 in the second tournament
    (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k65r.f``), as this class plays it: it
    cooperates, and counts the opponent's defections. It turns to defecting
    for the rest of the game, starting on the move it sees the defection
    that triggers it, when that defection is the opponent's tenth, or comes
    four moves or fewer after the previous one (defections on moves 3 and 7
    are close; on 3 and 8 they are not).

    Names:

    - Second by Batell: Axelrod-Python has no class for K65R
    - K65R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k65r.f``
    """

    name = "Second by Batell"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K65R"
    defections = State(doc="the opponent's defections counted (10 once it has turned to defecting)")
    last_defection = State(doc="the move on which the last forgiven defection was seen")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if state[SecondByBatell.defections] >= 10:
            return D
        if history[OPPONENT, turn - 1] == C:
            return C
        state[SecondByBatell.defections] += 1
        if state[SecondByBatell.defections] >= 10:
            return D
        move = turn + 1
        last = state[SecondByBatell.last_defection]
        if last != 0 and move - last <= 4:
            state[SecondByBatell.defections] = 10
            return D
        state[SecondByBatell.last_defection] = move
        return C


class SecondByMcGurrin(Strategy):
    """Opens D, C, C and picks tit for tat or tit for two tats from the opponent's first moves.

    Entered by Michael F. McGurrin; ranked 50th of 63 in the second
    tournament (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k45r.f``), written with four flags, as this
    class plays it: D on move 1, C on moves 2 and 3; then, by the opponent's
    first two moves:

    - D, D: tit for tat from move 4;
    - C, C: tit for two tats from move 4 (defect only after two defections
      in a row), with a defection on moves 11, 19, 27, ... (every eighth move)
      whatever the opponent does;
    - D, C: on move 4 tit for tat; if the opponent's third move was D, tit for
      tat from then on, else tit for two tats from move 5;
    - C, D: C on move 4; if the opponent's third move was D, tit for tat from
      move 5, else tit for two tats from move 5.

    The Fortran's tit for two tats remembers the opponent's previous move in
    a variable of its own that starts at C; in every case where it is used,
    the move it stands for was C, so it is read from the history here.

    Names:

    - Second by McGurrin: Axelrod-Python has no class for K45R
    - K45R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k45r.f``
    """

    name = "Second by McGurrin"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K45R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return D
        if turn < 3:
            return C
        first = history[OPPONENT, 0]
        second = history[OPPONENT, 1]
        third = history[OPPONENT, 2]
        last = history[OPPONENT, turn - 1]
        if first == D and second == D:
            return last  # tit for tat from move 4
        if first == C and second == C:
            # tit for two tats, with a defection on moves 11, 19, 27, ...
            if (turn - 2) % 8 == 0:
                return D
            return D if (last == D and history[OPPONENT, turn - 2] == D) else C
        if turn == 3:
            return D if (first == D and third == D) else C
        if third == D:
            return last
        return D if (last == D and history[OPPONENT, turn - 2] == D) else C


_HUFFORD_THRESHOLD = np.array([5, 1, 3, 2, 4], dtype=np.int64)


class SecondByGeorgeHufford(Strategy):
    """Repeats a five-move pattern and climbs towards the number of defections in it that scores best.

    Entered by George Hufford ("not nice, deterministic, forgiving", its
    comment says); ranked 53rd of 63 in the second tournament (TourExec
    ``KRowFunction.f``).

    The original code (TourExec ``k48r.f``), as this class plays it:

    - Tit for tat on moves 1-5.
    - From move 6 it plays blocks of five moves (6-10, 11-15, ...). A level k
      from 0 to 5 says how many of the five are defections, always at the same
      places: k = 1 defects on the block's second move, k = 2 on the second
      and fourth, k = 3 on the second to fourth, k = 4 on the second to fifth,
      k = 5 on all five.
    - The level starts as the number of the opponent's defections on moves
      1-4 (the Fortran fills the pattern with them during the tit for tat).
    - At the start of each block it compares its own points over the last
      five moves with those of the five before (at move 6, with 0, so the
      first comparison never turns it), reverses its direction when they
      fell, and then moves the level one step in its direction (upwards at
      first), staying put at 0 or 5.

    It reads its own score, so it assumes nothing about the payoffs except
    that more is better.

    Names:

    - Second by George Hufford: Axelrod-Python has no class for K48R
    - K48R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k48r.f``
    """

    name = "Second by George Hufford"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K48R"
    level = State(doc="how many of the five moves of its block it defects on")
    falling = State(doc="1 when the level is moving down, 0 when up")
    last_gain = State(doc="its score over the last block of five moves")
    block_start = State(doc="its score when the current block began")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn < 5:
            return history[OPPONENT, turn - 1]
        position = turn % 5
        if position == 0:
            if turn == 5:
                d = 0
                for t in range(4):
                    d += history[OPPONENT, t]
                state[SecondByGeorgeHufford.level] = d
            score = ctx[OWN_SCORE]
            gain = score - state[SecondByGeorgeHufford.block_start]
            state[SecondByGeorgeHufford.block_start] = score
            if state[SecondByGeorgeHufford.last_gain] > gain:
                state[SecondByGeorgeHufford.falling] = 1 - state[SecondByGeorgeHufford.falling]
            state[SecondByGeorgeHufford.last_gain] = gain
            level = state[SecondByGeorgeHufford.level]
            if state[SecondByGeorgeHufford.falling] == 0:
                if level < 5:
                    state[SecondByGeorgeHufford.level] = level + 1
            elif level > 0:
                state[SecondByGeorgeHufford.level] = level - 1
        return D if state[SecondByGeorgeHufford.level] >= _HUFFORD_THRESHOLD[position] else C


class SecondBySnodgrass(Strategy):
    """Tries five simple policies ten moves each, and drops those that score below 90% of the mean.

    Entered by Gene Snodgrass; ranked 56th of 63 in the second tournament
    (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k89r.f``, integer arithmetic throughout),
    as this class plays it:

    - The policies, in order: 1 always C, 2 always D, 3 alternate C and D,
      4 tit for tat, 5 tit for two tats. Each policy in use plays ten moves in
      turn; a round of all five takes moves 1-50.
    - After each round it takes the points each policy earned in the round
      (0 for one left out), their total divided by the number of policies that
      were in use (integer division), and a bar of 9/10 of that mean, rounded
      down. A policy in use whose points are below the bar is dropped; a
      dropped policy comes back when ten times its points over the game,
      divided by its moves over the game (its mean per ten moves), exceeds the
      bar. The next round plays the policies then in use, in order.

    Quirks of the original, reproduced: tit for two tats remembers the
    opponent's move seen on its last move, even in the round before, so the
    first move of its turn defects only if the opponent's last move and the
    one it saw then (up to 50 moves earlier) were both D; the alternation
    always starts its turn with C.

    It keeps its own moves as it chose them and reads the opponent's moves
    and its own score as played.

    Names:

    - Second by Snodgrass: Axelrod-Python has no class for K89R
    - K89R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k89r.f``
    """

    name = "Second by Snodgrass"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K89R"
    position = State(doc="CN: ten times the policy number plus the moves it has played in this turn")
    dropped = State(6, doc="1 for a policy currently left out (slot 0 unused)")
    phase_start = State(7, doc="its score when each policy's turn began (slots 1-6)")
    gains = State(6, doc="points earned under each policy over the game (slots 1-5)")
    played = State(6, doc="moves played under each policy over the game (slots 1-5)")
    in_use = State(doc="how many policies are in use")
    alternation = State(doc="its last move under the alternating policy (starts as D)")
    tf2t_memory = State(doc="the opponent's move seen on the last move of the tit-for-two-tats policy")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        if turn == 0:
            state[SecondBySnodgrass.position] = 10
            state[SecondBySnodgrass.in_use] = 5
            state[SecondBySnodgrass.alternation] = D
        while True:
            position = int(state[SecondBySnodgrass.position])
            policy = position // 10
            if position % 10 == 0:
                state[SecondBySnodgrass.phase_start + policy] = ctx[OWN_SCORE]
            if policy == 6:
                _snodgrass_review(state)
                state[SecondBySnodgrass.position] = 10
                continue
            if state[SecondBySnodgrass.dropped + policy] == 1:
                state[SecondBySnodgrass.position] = position + 10
                continue
            state[SecondBySnodgrass.position] = position + 1
            state[SecondBySnodgrass.played + policy] += 1
            if policy == 1:
                return C
            if policy == 2:
                return D
            if policy == 3:
                choice = 1 - int(state[SecondBySnodgrass.alternation])
                state[SecondBySnodgrass.alternation] = choice
                return choice
            if policy == 4:
                return last
            before = state[SecondBySnodgrass.tf2t_memory]
            state[SecondBySnodgrass.tf2t_memory] = last
            return D if (last == D and before == D) else C


@njit(cache=True)
def _snodgrass_review(state):
    """After a cycle: drop policies that earned less than 90% of the mean, restore good ones."""
    total = 0
    gains = np.zeros(6, dtype=np.int64)
    for policy in range(1, 6):
        gain = int(state[SecondBySnodgrass.phase_start + policy + 1] - state[SecondBySnodgrass.phase_start + policy])
        gains[policy] = gain
        total += gain
        state[SecondBySnodgrass.gains + policy] += gain
    mean = total // int(state[SecondBySnodgrass.in_use])
    bar = 9 * mean // 10
    in_use = 0
    for policy in range(1, 6):
        if state[SecondBySnodgrass.dropped + policy] == 0:
            if gains[policy] < bar:
                state[SecondBySnodgrass.dropped + policy] = 1
        else:
            average = 10 * int(state[SecondBySnodgrass.gains + policy]) // int(state[SecondBySnodgrass.played + policy])
            if average > bar:
                state[SecondBySnodgrass.dropped + policy] = 0
        if state[SecondBySnodgrass.dropped + policy] == 0:
            in_use += 1
    state[SecondBySnodgrass.in_use] = in_use


class SecondByDuisman(Strategy):
    """Cooperates on odd moves and defects on even ones, whatever the opponent does.

    Entered by George Duisman (translated from BASIC by Axelrod); ranked
    57th of 63 in the second tournament (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k63r.f``, which Axelrod rewrote in 1993 to
    keep the alternation in a variable of its own) plays C, D, C, D, ... by its
    own counter, like a clock: under noise a flipped move does not shift the
    alternation, unlike :class:`~axelrod_nl.strategies.basic.Alternator`. Its
    memory depth is declared 1, as for ``Cycler("CD")``.

    Names:

    - Second by Duisman: Axelrod-Python has no class for K63R
    - K63R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k63r.f``
    """

    name = "Second by Duisman"
    classifier = Classifier(stochastic=False, memory_depth=1)
    tourexec = "K63R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        return C if turn % 2 == 0 else D


_ROBERTSON_SHARE = np.float32(0.2)
_ROBERTSON_LOWER_SHARE = np.float32(0.1)


class SecondByRobertson(Strategy):
    """A forgiving rule with trial defections, whose clock is, by a slip, the opponent's score.

    Entered by William H. Robertson; ranked 58th of 63 in the second
    tournament (TourExec ``KRowFunction.f``).

    The design (TourExec ``k54r.f``): cooperate; tolerate the opponent's
    defections while they are at most 20% of the moves (10% from move 20)
    and come in runs of at most two; beyond that, defect, unless the
    opponent's current run of cooperations excuses it; and now and then try
    a defection, every 12 moves at first, one move more often after each six
    trials.

    The slip: the function declares its arguments as (J, K, L, M, R, JA) while
    it is called with (J, move, own score, opponent's score, R, JA), so the
    variable it uses as the move number holds the opponent's score (and
    neither the move number nor its own score is read). Call that score s.
    As this class plays it:

    - If s is 1 or less it starts afresh and cooperates; this happens on
      move 1 only, since the opponent has at least 3 points after it.
    - The tolerated share drops from 20% to 10% only if s is exactly 20 on
      some move.
    - After an opponent's cooperation: if its defections d so far exceed
      share x s (single precision, as in the Fortran), it defects unless
      20 d <= (its current run of cooperations) x s; otherwise, if s is a
      multiple of the period (12 at first), it defects as a trial; every sixth
      trial lowers the period by one, down to 1; otherwise it cooperates.
    - After an opponent's defection: d and the current run of defections grow
      by one; it defects if d > share x s or the run is longer than two, and
      cooperates otherwise.

    Quirks that follow, reproduced: while the opponent keeps cooperating
    against its trial defections the opponent's score does not move, so one
    trial becomes a burst (against ALL C it plays C C C C then six D, when
    the opponent has 12 points); the branch meant for defections in the first
    four moves (s <= 4) is never reached, since a defecting opponent has at
    least 5 points; and a flag meant to stop the trials once the opponent
    punishes one is never set, so the trials never stop.

    Names:

    - Second by Robertson: Axelrod-Python has no class for K54R
    - K54R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k54r.f``
    """

    name = "Second by Robertson"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K54R"
    defections = State(doc="OPDEF: the opponent's defections counted")
    run = State(doc="STDEF: the opponent's current run of defections")
    cooperations = State(doc="COOPS: the opponent's current run of cooperations")
    lowered = State(doc="1 once the tolerated share of defections is down to 10%")
    trials = State(doc="NODEF: its trial defections")
    period = State(doc="ND: a trial defection when the clock is a multiple of this")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        clock = int(ctx[OPPONENT_SCORE])  # the original's "move number" is the opponent's score
        if clock <= 1:
            state[SecondByRobertson.defections] = 0
            state[SecondByRobertson.run] = 0
            state[SecondByRobertson.cooperations] = 0
            state[SecondByRobertson.lowered] = 0
            state[SecondByRobertson.trials] = 0
            state[SecondByRobertson.period] = 12
            return C
        if clock == 20:
            state[SecondByRobertson.lowered] = 1
        share = _ROBERTSON_LOWER_SHARE if state[SecondByRobertson.lowered] == 1 else _ROBERTSON_SHARE
        defections = int(state[SecondByRobertson.defections])
        if history[OPPONENT, turn - 1] == C:
            state[SecondByRobertson.run] = 0
            state[SecondByRobertson.cooperations] += 1
            if np.float32(defections) > np.float32(clock) * share:
                return C if 20 * defections <= state[SecondByRobertson.cooperations] * clock else D
            if clock % int(state[SecondByRobertson.period]) == 0:
                state[SecondByRobertson.trials] += 1
                if state[SecondByRobertson.trials] % 6 == 0:
                    state[SecondByRobertson.period] = max(state[SecondByRobertson.period] - 1, 1)
                return D
            return C
        state[SecondByRobertson.cooperations] = 0
        if clock <= 4:
            return D
        state[SecondByRobertson.run] += 1
        defections += 1
        state[SecondByRobertson.defections] = defections
        if np.float32(defections) > np.float32(clock) * share or state[SecondByRobertson.run] > 2:
            return D  # the excuse test fails: the run of cooperations is now 0
        return C


@njit(cache=True, inline="always")
def _rabbie_rate(state, k):
    """The opponent's cooperation rate after K33R's own last two moves were pair ``k``, in single precision."""
    n = np.float32(state[SecondByRabbie.seen + k])
    return np.float32(state[SecondByRabbie.cooperated + k]) / n if n > _F0 else _F0


@njit(cache=True, inline="always")
def _rabbie_rates(state):
    # Computed once a move, not once per policy weighed: 4 divisions instead of 24.
    return (_rabbie_rate(state, 0), _rabbie_rate(state, 1), _rabbie_rate(state, 2), _rabbie_rate(state, 3))


_RABBIE_BASE = np.array([0.0, 4.0, 6.0, 6.0, 8.0, 12.0], dtype=np.float32)
_RABBIE_WEIGHTS = np.array([
    [36.0, 0.0, 0.0, 0.0],
    [16.0, 12.0, 12.0, 0.0],
    [0.0, 18.0, 24.0, 0.0],
    [12.0, 12.0, 9.0, 9.0],
    [0.0, 16.0, 16.0, 12.0],
    [0.0, 0.0, 0.0, 48.0],
], dtype=np.float32)
# Whether each policy defects after each pair of its own last two moves (CC, CD, DC, DD).
_RABBIE_POLICY = np.array([
    [0, 0, 0, 0],
    [1, 0, 0, 0],
    [1, 0, 1, 0],
    [1, 1, 0, 0],
    [1, 1, 1, 0],
    [1, 1, 1, 1],
], dtype=np.int64)


class SecondByRabbie(Strategy):
    """Estimates how the opponent answers its own last two moves and plays the best of six policies.

    Entered by Harold Rabbie; ranked 59th of 63 in the second tournament
    (TourExec ``KRowFunction.f``). Its comments call it deterministic and not
    nice, and assume the opponent's cooperation depends only on its own last
    two moves.

    The original code (TourExec ``k33r.f``), as this class plays it:

    - It estimates p1..p4, the chance that the opponent cooperates after its
      own last two moves were CC, CD, DC, DD (the opponent's move on move t
      is filed under its own moves t - 2 and t - 1; before move 1 it counts
      two imaginary D). A pair never seen has p = 0.
    - On moves 1-22 it plays policy 4 (below), which gives C C D D C C D D ...
    - From move 23: if the opponent has mirrored it on every move so far
      (played on move t what it played on move t, its twin test), it
      cooperates. Otherwise it scores the six policies by the expected
      values 36 p1; 4 + 16 p1 + 12 p2 + 12 p3; 6 + 18 p2 + 24 p3;
      6 + 12 p1 + 12 p2 + 9 p3 + 9 p4; 8 + 16 p2 + 16 p3 + 12 p4; 12 + 48 p4
      (single precision, in that order of terms) and plays the first best.
    - The policies say when to defect after its own last two moves:
      1 never; 2 after CC; 3 after CC or DC (it alternates); 4 after CC or CD
      (the opposite of its move before last); 5 except after DD; 6 always.

    It keeps its own moves as it chose them and reads the opponent's as
    played.

    Names:

    - Second by Rabbie: Axelrod-Python has no class for K33R
    - K33R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k33r.f``
    """

    name = "Second by Rabbie"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K33R"
    cooperated = State(4, doc="COOP: the opponent's cooperations after each pair of its own last two moves")
    seen = State(4, doc="COUNT: how often each pair was answered")
    pair = State(doc="INDEX - 1: the pair of its own last two moves when it chose its last move")
    before_last = State(doc="LAST2: its own move before last (starts as D)")
    last = State(doc="LAST1: its own last move (starts as D)")
    not_twin = State(doc="1 once the opponent has not mirrored it")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[SecondByRabbie.before_last] = D
            state[SecondByRabbie.last] = D
        opponent = history[OPPONENT, turn - 1] if turn > 0 else C
        if turn >= 2:
            pair = int(state[SecondByRabbie.pair])
            state[SecondByRabbie.cooperated + pair] += 1 - opponent
            state[SecondByRabbie.seen + pair] += 1
        mine = int(state[SecondByRabbie.last])
        pair = 2 * int(state[SecondByRabbie.before_last]) + mine
        state[SecondByRabbie.pair] = pair
        if turn > 0 and opponent != mine:
            state[SecondByRabbie.not_twin] = 1
        if turn < 22:
            policy = 3
        elif state[SecondByRabbie.not_twin] == 0:
            policy = 0
        else:
            rates = _rabbie_rates(state)
            best = _F0
            policy = 0
            for candidate in range(6):
                total = _RABBIE_BASE[candidate]
                for k in range(4):
                    total = total + _RABBIE_WEIGHTS[candidate, k] * rates[k]
                if total > best:
                    best = total
                    policy = candidate
        choice = _RABBIE_POLICY[policy, pair]
        state[SecondByRabbie.before_last] = mine
        state[SecondByRabbie.last] = choice
        return choice


class SecondByHall(Strategy):
    """Answers a defection with a defection and every second cooperation with one too.

    Entered by James E. Hall (the Fortran header says "Hill"); ranked 60th
    of 63 in the second tournament (TourExec ``KRowFunction.f``).

    The original code (TourExec ``k71r.f``), as this class plays it: C on
    move 1; on move 2 the opposite of the opponent's first move; from move 3,
    D after an opponent's defection, and after an opponent's cooperation D on
    every second one it sees from then on (counted over the game, across
    defections), C otherwise. Against ALL C that is C, D, C, D, ...

    A quirk of the original, reproduced: it counts the opponent's defections
    too and seems meant to let the first of two pass, but a missing jump
    makes it defect after every defection.

    Names:

    - Second by Hall: Axelrod-Python has no class for K71R
    - K71R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``k71r.f``
    """

    name = "Second by Hall"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K71R"
    cooperations = State(doc="the opponent's cooperations seen from move 3 on, modulo 2")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        last = history[OPPONENT, turn - 1]
        if turn == 1:
            return 1 - last
        if last == D:
            return D
        if state[SecondByHall.cooperations] == 1:
            state[SecondByHall.cooperations] = 0
            return D
        state[SecondByHall.cooperations] = 1
        return C


_FRIEDLAND_DECAY = np.float32(0.8)


class SecondByFriedland(Strategy):
    """DOWNING's model of the opponent, with discounting, as typed: it alternates or defects.

    Entered by Edward Friedland; ranked 61st of 63 in the second tournament
    (TourExec ``KRowFunction.f``).

    The original code (TourExec ``K74R.f``), as this class plays it. Like
    :class:`~axelrod_nl.strategies.axelrod_first.FirstByDowning` it estimates
    alpha, the chance that the opponent cooperates after its own C, and beta,
    after its own D, taking the opponent's move t as the answer to its own
    move t - 1; here each estimate is a discounted frequency (counts
    multiplied by 0.8 after each update) and starts at alpha = 1,
    beta = 0.3. It computes c = 6 alpha - 8 beta - 2 and a = 4 alpha -
    5 beta - 1 in single precision, and then:

    - cooperates if c is exactly 0;
    - otherwise plays the opposite of its previous move (D on move 1) if
      a >= 0;
    - otherwise defects.

    Quirks of the original, reproduced: DOWNING's "cooperate if c >= 0 and
    c >= a" survives only as the exact test c = 0 (both branches after it
    cooperate), which in practice never holds, so it never cooperates except
    as part of an alternation (against ALL C: D, C, then D for good). A test
    on move 37 for a RANDOM opponent, after which it would defect for good,
    can never fire: the run counter it needs is reset on every move and the
    previous move it compares with is never stored. The variant ``K74RXX.f``
    is another program.

    It reads its own and the opponent's moves as played.

    Names:

    - Second by Friedland: Axelrod-Python has no class for K74R
    - K74R: Axelrod (1980), "More Effective Choice in the Prisoner's Dilemma",
      JCR 24(3); TourExec ``K74R.f``
    """

    name = "Second by Friedland"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K74R"
    after_c = State(doc="ALPHA: estimated chance the opponent cooperates after its C")
    after_d = State(doc="BETA: estimated chance the opponent cooperates after its D")
    c_after_c = State(doc="QCA: discounted cooperations answering its C")
    n_after_c = State(doc="QNA: discounted answers to its C")
    c_after_d = State(doc="QCB: discounted cooperations answering its D")
    n_after_d = State(doc="QNB: discounted answers to its D")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[SecondByFriedland.after_c] = 1.0
            state[SecondByFriedland.after_d] = np.float32(0.3)
        if turn >= 2:
            answer = _F1 if history[OPPONENT, turn - 1] == C else _F0
            if history[OWN, turn - 2] == C:
                c, n, estimate = SecondByFriedland.c_after_c, SecondByFriedland.n_after_c, SecondByFriedland.after_c
            else:
                c, n, estimate = SecondByFriedland.c_after_d, SecondByFriedland.n_after_d, SecondByFriedland.after_d
            cooperations = np.float32(state[c]) + answer
            answers = np.float32(state[n]) + _F1
            state[estimate] = cooperations / answers
            state[c] = cooperations * _FRIEDLAND_DECAY
            state[n] = answers * _FRIEDLAND_DECAY
        alpha = np.float32(state[SecondByFriedland.after_c])
        beta = np.float32(state[SecondByFriedland.after_d])
        always_c = np.float32(6.0) * alpha - np.float32(8.0) * beta - np.float32(2.0)
        alternate = np.float32(4.0) * alpha - np.float32(5.0) * beta - _F1
        if always_c == _F0:
            return C
        if alternate >= _F0:
            return 1 - (history[OWN, turn - 1] if turn > 0 else C)
        return D


# K39R's modes (its variable STEP).
_ALMY_TF2T = 1.0
_ALMY_TFT = 2.0
_ALMY_ALL_D = 3.0
_ALMY_EXPLOIT = 4.0  # and 5, the cool-off


@njit(cache=True)
def _almy_choose_mode(state, tats):
    """K39R's choice of the next defensive mode from the scores of the modes tried.

    ``state`` is a :class:`SecondByAlmy` state; ``tats`` is the number of the
    opponent's defections counted since the last block began.
    """
    s = SecondByAlmy
    step = 1
    for first in range(2):
        for second in range(1, 3):
            low = state[s.block_score + first]
            high = state[s.block_score + second]
            if low == 0 or high == 0 or low >= high:
                continue
            if step == first + 1:
                step = second + 1
    # Move on to the next, untried mode when the opponent is very nasty
    # (four or more defections in the block) or this rule never defected in it.
    if step != 3 and state[s.block_score + step] == 0 and (tats >= 4 or state[s.own_defections] == 0):
        step += 1
    # Stepping back to a softer mode while stuck in mutual defection: cool off first.
    if step < state[s.old_mode] and state[s.mutual_defections] > 0:
        step = 5
    state[s.mode] = step


class SecondByAlmy(Strategy):
    """Tries tit for two tats, tit for tat and all D in 11-move blocks, keeps the best, exploits a nice opponent.

    Entered by Tom Almy (from his paper tape, edited by Axelrod); 25th of 63
    in the second round.

    What the original code (TourExec ``k39r.f``) does. It plays in modes;
    the three defensive ones are played in blocks of 11 moves:

    1. tit for two tats (defect when the opponent's last two moves were D);
    2. tit for tat;
    3. always defect.

    It starts with a block of mode 1. After each block it records the points
    it scored since the previous evaluation as that mode's score, and then:

    - if the opponent did not defect in the block and had never defected
      before it (or was marked nice at an earlier such evaluation), it marks
      the opponent nice for good and goes to the exploit mode;
    - if the opponent did not defect in the block but has defected earlier
      in the game, it plays another block of mode 1;
    - otherwise it chooses: the tried mode with the highest score (a mode
      with score 0 counts as untried; on a tie the lower-numbered mode),
      then the next mode instead if that one is untried and either the
      opponent defected at least four times in the block or this rule did
      not defect in it. If the mode chosen is softer (lower-numbered) than
      the one just played and the last move was a mutual defection, it
      first cools off: it cooperates for 5 moves and then chooses again the
      same way.

    The exploit mode: defect once, cooperate for ``n`` moves (``n`` starts at
    1), then look at the opponent's moves from that defection to the last
    cooperation. If none was a defection, it defects again and keeps going,
    and the opponent is from then on "running" (it took the bait). If there
    was one: against a running opponent it raises ``n`` by one and goes back
    to mode 1; an opponent that punished the very first probe is "touchy":
    the rule raises ``n`` by one if the opponent's last move was a defection,
    and cooperates until it has seen five of the opponent's defections
    (counting from that last move), then goes back to mode 1.

    Quirks of the original, reproduced here:

    - The score of a mode is the rule's points since the previous
      evaluation, so after an exploit or cool-off phase the next score of
      mode 1 includes that phase's points (the code's comment: to bias the
      rule towards the mode it has just left).
    - The evaluation is made on the first move of the next block, and that
      move is played by the mode it chooses.
    - The count of the opponent's defections is cleared when a block starts
      and not during a cool-off, so the choice after a cool-off counts the
      opponent's defections of the last block and of the cool-off, and the
      test "this rule did not defect" refers to the last block.
    - "Running" is never cleared: once an opponent has let one probe pass,
      every later punished probe sends the rule back to mode 1 with a
      larger ``n``, and none is treated as touchy.
    - The cool-off is triggered by a mutual defection on the last move only.

    The block scores are its own running points, so it uses the payoffs.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Almy: TourExec ``K39R``
    - ALMY (K39R): Axelrod (1980), "More Effective Choice in the Prisoner's
      Dilemma", JCR 24(3)
    """

    name = "Second by Almy"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=True)
    tourexec = "K39R"
    mode = State(doc="STEP: 1 tit for two tats, 2 tit for tat, 3 all D, 4 exploit, 5 cool-off")
    phase = State(doc="SUBSTP: where the rule is within its mode")
    countdown = State(doc="COUNT: a counter lowered by one every move")
    mutual_defections = State(doc="BOTHD: mutual defections in a row, up to the last move")
    own_defections = State(doc="TITCNT: this rule's defections in the current block")
    opponent_defections = State(doc="TATCNT: the opponent's defections since the counter was cleared")
    evil = State(doc="EVIL: 0 not yet known, 1 the opponent has defected, -1 marked nice for good")
    gap = State(doc="N, less one: cooperations after each exploiting defection")
    running = State(doc="F: the opponent let an exploiting defection pass")
    block_score = State(3, doc="OK: points of the last block of modes 1, 2, 3 (0 = untried)")
    scored = State(doc="TOTK: own score at the last evaluation")
    old_mode = State(doc="OLDSTP: the mode evaluated last")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByAlmy
        own_last = history[OWN, turn - 1] if turn > 0 else 0
        opp_last = history[OPPONENT, turn - 1] if turn > 0 else 0
        opp_before = history[OPPONENT, turn - 2] if turn > 1 else 0
        if turn == 0:
            state[s.mode] = _ALMY_TF2T
            state[s.phase] = 1
        if own_last + opp_last == 2:
            state[s.mutual_defections] += 1
        else:
            state[s.mutual_defections] = 0
        state[s.countdown] -= 1
        if opp_last == 1:
            state[s.opponent_defections] += 1
            if state[s.evil] == 0:
                state[s.evil] = 1
        while True:
            step = state[s.mode]
            phase = state[s.phase]
            if step <= _ALMY_ALL_D:
                if phase == 1:
                    # A new block of the defensive mode.
                    state[s.countdown] = 10
                    state[s.opponent_defections] = 0
                    state[s.own_defections] = 0
                    state[s.phase] = 2
                    continue
                if phase == 2:
                    if step == _ALMY_TF2T:
                        move = 1 if opp_last + opp_before == 2 else 0
                    elif step == _ALMY_TFT:
                        move = opp_last
                    else:
                        move = 1
                    state[s.own_defections] += move
                    if state[s.countdown] == 0:
                        state[s.phase] = 3
                    return move
                # Evaluate the block just played.
                slot = s.block_score + int(step) - 1
                state[s.old_mode] = step
                state[slot] = ctx[OWN_SCORE] - state[s.scored]
                state[s.scored] = ctx[OWN_SCORE]
                state[s.phase] = 1
                if state[s.opponent_defections] > 0:
                    _almy_choose_mode(state, state[s.opponent_defections])
                    continue
                state[s.mode] = _ALMY_EXPLOIT
                if state[s.evil] == 1:
                    state[s.mode] = _ALMY_TF2T
                if state[s.evil] == 0:
                    state[s.evil] = -1
                continue
            if step == _ALMY_EXPLOIT:
                if phase == 3:
                    if state[s.opponent_defections] == 0:
                        # Not punished: defect again with the same gap.
                        state[s.running] = 1
                        phase = 1
                    elif state[s.running] != 0:
                        state[s.gap] += 1
                        state[s.phase] = 1
                        state[s.mode] = _ALMY_TF2T
                        continue
                    else:
                        # A touchy opponent: cooperate until it has defected five times.
                        state[s.phase] = 4
                        if opp_last == 1:
                            state[s.gap] += 1
                        state[s.opponent_defections] = opp_last
                        return C
                if phase == 1:
                    state[s.phase] = 2
                    state[s.countdown] = state[s.gap] + 1
                    state[s.opponent_defections] = 0
                    return D
                if phase == 2:
                    if state[s.countdown] == 0:
                        state[s.phase] = 3
                    return C
                if state[s.opponent_defections] <= 4:
                    return C
                state[s.phase] = 1
                state[s.mode] = _ALMY_TF2T
                continue
            # The cool-off: five cooperations, then choose a mode again.
            if phase != 2:
                state[s.countdown] = 5
                state[s.phase] = 2
            if state[s.countdown] != 0:
                return C
            state[s.phase] = 1
            _almy_choose_mode(state, state[s.opponent_defections])


class SecondByAmbuehlAndHickey(Strategy):
    """Tit for tat for five moves, then defects when the opponent defected on most of five earlier moves.

    Entered by Dennis Ambuehl and Kevin Hickey; 26th of 63 in the second
    round.

    What the original code (TourExec ``k79r.f``) does: on moves 2-5 it
    copies the opponent's last move (it cooperates on move 1). From move 6 it
    keeps the opponent's moves in a window of five and defects when three or
    more of them are defections.

    Quirk, reproduced: the window is summed before the opponent's newest move
    is put in, so on move m it counts the opponent's moves m - 6 to m - 2 and
    ignores its last move; on move 6 the oldest entry is the placeholder
    cooperation the rule is given before move 1. The comment in the code
    ("cooperates if opponent cooperated on majority of last plays") describes
    the intent, a majority of the last five moves.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Ambuehl and Hickey: TourExec ``K79R``
    - AMBUEHL AND HICKEY (K79R): Axelrod (1980), "More Effective Choice in
      the Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Ambuehl and Hickey"
    classifier = Classifier(stochastic=False, memory_depth=6, uses_length=False, uses_payoffs=False)
    tourexec = "K79R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        if turn < 5:
            return history[OPPONENT, turn - 1]
        defections = 0
        for t in range(max(turn - 6, 0), turn - 1):
            defections += history[OPPONENT, t]
        if defections >= 3:
            return D
        return C


# K91R's policies: the move for each outcome of the last move (CC, CD, DC, DD,
# own move first), for each of its eleven policies.
_PINKLEY_POLICIES = np.array([
    [0, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 1, 0, 1],
    [0, 1, 1, 0],
    [1, 0, 0, 0],
    [1, 0, 0, 1],
    [1, 0, 1, 0],
    [1, 1, 0, 0],
    [1, 1, 0, 1],
    [1, 1, 1, 0],
    [1, 1, 1, 1],
], dtype=np.int8)


@njit(cache=True, inline="always")
def _div32(a, b):
    """a / b in single precision, with IEEE results (inf, nan) for b = 0."""
    if b == 0:
        if a == 0 or a != a:
            return _F32(math.nan)
        return _F32(math.copysign(math.inf, a) * math.copysign(1.0, b))
    return _F32(a / b)


@njit(cache=True, inline="always")
def _pinkley_best_policy(x, px, y, py, z, pz, w, pw):
    """K91R's choice: the policy (0-10) with the largest expected payoff per move, in single precision.

    The arguments are the code's estimates and complements, named as it
    names them. A later policy wins only if the best so far is not >= its
    value, so a NaN wins, as in the Fortran.
    """
    one, two, three, five, eight = _F32(1), _F32(2), _F32(3), _F32(5), _F32(8)
    best = 0
    best_e = _div32(three * z, z + px)
    for i in range(1, 11):
        if i == 1:
            e = _div32(three * (y * z + w * pz) + five * z * px + px * pz,
                       y * z + w * pz + px + z * px + px * pz)
        elif i == 2:
            e = _div32(three * w * y + five * w * px + px * pz, w * y + two * w * px + px * pz)
        elif i == 3:
            e = _div32(three * w * py + five * z * px + px * py, w * py + px * py + z * px + px * py)
        elif i == 4:
            e = _div32(three * z + five * x * z + z * px, one - x * y - w * px + two * z)
        elif i == 5:
            e = _div32(eight * w * z + z * px, two * w * z + w * py + z * px)
        elif i == 6:
            e = _div32(three * z * py + five * x * z + z * py, two * z * py + pw * py + x * z)
        elif i == 7:
            e = _div32(three * (y * z + w * pz) + five * (z * pw + w * x) + one - x * y - z * py,
                       y * z + w * pz + two - two * x * y - w * px + z * pw + w * x - z * py)
        elif i == 8:
            e = _div32(three * w * y + five * w + one - x * y - z * py, two * w + one - x * y - z * py)
        elif i == 9:
            e = _div32(three * w * py + five * (z * pw + w * x) + py, py + z * pw + w * x + py)
        else:
            e = _div32(five * w + py, w + py)
        if not e <= best_e:
            best = i
            best_e = e
    return best


@njit(cache=True, inline="always")
def _pinkley_estimate(state, outcome, start, complement):
    """The estimate after ``outcome`` and its complement, or their starting values before any answer."""
    s = SecondByPinkley
    answers = state[s.answers + outcome]
    if answers > 2.0:
        p = _F32(state[s.cooperations + outcome]) / _F32(answers)
        return p, _F32(1) - p
    return _F32(start), _F32(complement)


class SecondByPinkley(Strategy):
    """Estimates how the opponent answers each outcome and plays the best of eleven reactive policies.

    Entered by Jonathan Pinkley (the header says the code was modified from
    K15C by JM, the typist); 30th of 63 in the second round.

    What the original code (TourExec ``k91r.f``) does. For each outcome of a
    move (own move, opponent's move: CC, CD, DC, DD) it estimates the chance
    that the opponent cooperates on the next move as (prior + cooperations
    seen) / (2 + answers seen), with priors 1.999 after CC and CD and 0.001
    after DC and DD; before the first answer the estimates are 0.999, 0.999,
    0.001 and 0.001. The opponent's move m counts as its answer to the
    outcome of move m - 1, from move 3 on. Each move it evaluates, in single
    precision, a closed-form expected payoff per move for each of eleven
    policies, picks the largest (the first on a tie) and plays that policy's
    move for the outcome of the last move (on move 1, as if it were CC).
    A policy is a move for each outcome; with the moves after CC, CD, DC, DD
    written in that order the eleven are CCCC, CDCC, CDCD, CDDC, DCCC, DCCD,
    DCDC, DDCC, DDCD, DDDC, DDDD (the five others, CCCD, CCDC, CCDD, CDDD,
    DCDD, are not considered).

    Against ALL D it cooperates on every move: there is never a CC outcome,
    so x keeps its starting value 0.999 and the formula for always
    cooperating, 3z / (z + 1 - x), stays near 3.

    Quirks of the original, reproduced here:

    - The code calls the estimates x (after CC), z (after CD), y (after DC)
      and w (after DD), each with a complement p = 1 - estimate; its
      comment "reverse Y and Z" marks that the answers after CD update z and
      those after DC update y, and the formulas use the names so.
    - The complement of w is never updated: it stays 0.999 whatever the
      opponent does after DD. The starting complements are the constants
      0.001 and 0.999, not 1 minus the starting estimates in single
      precision.
    - Single precision, in the code's order of operations, decides some
      moves: in double precision the class differed from the compiled
      Fortran in 2 of 2000 games against random reactive opponents.
    - The code does not guard the denominators of its formulas; should one
      vanish, this class gives the IEEE result (infinity or NaN) as the
      compiled code does, and a NaN then wins the comparison, since the
      code's ``E(I) .LE. BESTE`` is false for it. No test met that case.

    It assumes the 3, 0, 5, 1 payoffs, which are written into the formulas.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Pinkley: TourExec ``K91R``
    - PINKLEY (K91R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Pinkley"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K91R"
    cooperations = State(4, doc="QC: prior plus the opponent's cooperations after CC, CD, DC, DD")
    answers = State(4, doc="QN: 2 plus the opponent's answers seen after CC, CD, DC, DD")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByPinkley
        if turn == 0:
            state[s.cooperations] = _F32(1.999)
            state[s.cooperations + 1] = _F32(1.999)
            state[s.cooperations + 2] = _F32(0.001)
            state[s.cooperations + 3] = _F32(0.001)
            for i in range(4):
                state[s.answers + i] = 2.0
        elif turn >= 2:
            outcome = 2 * history[OWN, turn - 2] + history[OPPONENT, turn - 2]
            if history[OPPONENT, turn - 1] == C:
                state[s.cooperations + outcome] = _F32(state[s.cooperations + outcome]) + _F32(1)
            state[s.answers + outcome] = _F32(state[s.answers + outcome]) + _F32(1)
        x, px = _pinkley_estimate(state, 0, 0.999, 0.001)
        z, pz = _pinkley_estimate(state, 1, 0.999, 0.001)
        y, py = _pinkley_estimate(state, 2, 0.001, 0.999)
        w, _ = _pinkley_estimate(state, 3, 0.001, 0.999)
        pw = _F32(0.999)  # never updated
        best = _pinkley_best_policy(x, px, y, py, z, pz, w, pw)
        if turn == 0:
            outcome = 0
        else:
            outcome = 2 * history[OWN, turn - 1] + history[OPPONENT, turn - 1]
        return _PINKLEY_POLICIES[best, outcome]


class SecondByFalkAndLangsted(Strategy):
    """Defects after any defection but cooperates after two mutual defections; defects against a random-looking or much nastier opponent.

    Entered by Robert B. Falk and James M. Langsted (the code's header says
    Roger B. Falk; translated from BASIC by Axelrod); 33rd of 63 in the
    second round.

    What the original code (TourExec ``k85r.f``) does, as it plays:

    - Move 1: cooperate.
    - It counts the opponent's answers to its own moves: the opponent's move
      m - 1 answers this rule's move m - 2 (on move 2, the placeholder
      cooperation before move 1).
    - From move 21: if the opponent's cooperations and defections after this
      rule's defections are in a ratio between 0.5 and 1.5, and likewise
      after its cooperations, the opponent looks random: defect. Each count
      gets 1e-6 added, in single precision, so two empty counts give the
      ratio 1.
    - If the opponent's defections so far number at least this rule's
      defections before its last move plus 3, defect.
    - Otherwise it answers the last outcome (own move, opponent's move): CC
      with C, CD and DC with D, DD with D; and after that D, another DD is
      answered with C (a defection made by the two tests above cancels
      this).

    Quirks of the original, reproduced here:

    - The code keeps two "shift registers" meant to hold the last eight
      moves of each player as decimal digits, but it shifts in the digit 5
      instead of the move, in single precision, so they never hold the
      moves. The tests built on them (the opponent defected on its last
      eight moves: tit for tat from then on; two opponent cooperations in a
      row within the first 30 moves: go straight to the answers below; the
      opponent plays tit for tat: two cooperations) never succeed. The registers follow a fixed
      sequence that does not depend on the game: computed in single
      precision (as gfortran does, checked) it enters a cycle of 170 values
      at move 2550, and none of its values passes a test; the two registers
      are equal, so the tit-for-tat test, which wants different digits in
      them, fails in any precision. This class leaves the registers out and
      plays identically.
    - The answers are paired with this rule's move two back, because the
      code saves its previous move one call late; the "3 defections ahead"
      test therefore compares all the opponent's defections with this
      rule's defections except its last.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Falk and Langsted: TourExec ``K85R``
    - FALK AND LANGSTED (K85R): Axelrod (1980), "More Effective Choice in
      the Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Falk and Langsted"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K85R"
    c_after_d = State(doc="I1: the opponent's cooperations answering this rule's defections")
    d_after_d = State(doc="I2: the opponent's defections answering this rule's defections")
    c_after_c = State(doc="I3: the opponent's cooperations answering this rule's cooperations")
    d_after_c = State(doc="I4: the opponent's defections answering this rule's cooperations")
    then_c = State(doc="D: 1 after a defection that answered DD, so a further D is answered with C")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByFalkAndLangsted
        if turn == 0:
            return C
        own_before = history[OWN, turn - 2] if turn > 1 else 0
        own_last = history[OWN, turn - 1]
        opp_last = history[OPPONENT, turn - 1]
        if own_before == 1:
            state[s.d_after_d if opp_last == 1 else s.c_after_d] += 1
        else:
            state[s.d_after_c if opp_last == 1 else s.c_after_c] += 1
        if turn + 1 > 20:
            tiny = _F32(1e-6)
            a = (_F32(state[s.c_after_d]) + tiny) / (_F32(state[s.d_after_d]) + tiny)
            b = (_F32(state[s.c_after_c]) + tiny) / (_F32(state[s.d_after_c]) + tiny)
            if _F32(0.5) <= a <= _F32(1.5) and _F32(0.5) <= b <= _F32(1.5):
                state[s.then_c] = 0
                return D
        opponent_d = state[s.d_after_d] + state[s.d_after_c]
        own_d = state[s.c_after_d] + state[s.d_after_d]
        if opponent_d >= own_d + 3:
            state[s.then_c] = 0
            return D
        if own_last == 1 and opp_last == 0:
            state[s.then_c] = 0
            return D
        if state[s.then_c] == 1:
            state[s.then_c] = 0
            return C
        if own_last == 0:
            if opp_last == 0:
                return C
            state[s.then_c] = 0
            return D
        state[s.then_c] = 1
        return D


class SecondByWeiderman(Strategy):
    """Cooperates until the opponent defects three times in a row, then defects for good.

    Entered by Nelson Weiderman (typed by Axelrod from his Fortran); 34th of
    63 in the second round.

    What the original code (TourExec ``k38r.f``) does: it keeps the
    opponent's last three moves as a three-bit number and, as soon as they
    are all defections, defects on this and every later move. Before that it
    always cooperates. (The placeholder move it is given before move 1 is a
    cooperation, so three real defections are needed.)

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Weiderman: TourExec ``K38R``
    - WEIDERMAN (K38R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Weiderman"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K38R"
    triggered = State(doc="1 once the opponent has defected three times in a row")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByWeiderman
        if state[s.triggered] == 0 and turn >= 3:
            if history[OPPONENT, turn - 1] == 1 and history[OPPONENT, turn - 2] == 1 \
                    and history[OPPONENT, turn - 3] == 1:
                state[s.triggered] = 1
        if state[s.triggered] == 1:
            return D
        return C


@njit(cache=True, inline="always")
def _powi32(x, n):
    """x ** n for a single-precision x and an integer n >= 0, by repeated squaring as libgcc's __powisf2."""
    result = x if n % 2 == 1 else _F32(1)
    n //= 2
    while n > 0:
        x = x * x
        if n % 2 == 1:
            result = result * x
        n //= 2
    return result


class SecondByDawesAndBatell(Strategy):
    """Cooperates until a likelihood test says the opponent is a defector, then defects for good.

    Entered by Robyn M. Dawes and Mark Batell; 36th of 63 in the second
    round.

    What the original code (TourExec ``k80r.f``) does: it cooperates on
    move 1. On each later move after an opponent's defection it counts the
    opponent's defections d so far, sets c = m - d (m the move number) and
    computes 1.6667^d x 0.882^c in single precision; when that reaches 5, it
    defects on this and every later move. After an opponent's cooperation it
    cooperates without testing. The statistic reads as a likelihood ratio:
    each defection multiplies it by about 5/3 and each cooperation by 0.882.

    Quirks of the original, reproduced here:

    - c is the move number minus d, so it counts the current move, not yet
      played, as a cooperation: c is one more than the opponent's
      cooperations.
    - The test is made only on moves that follow a defection.
    - The powers are taken with an integer exponent, which gfortran
      computes by repeated squaring in single precision (libgcc's
      ``__powisf2``); this class does the same.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Dawes and Batell: TourExec ``K80R``
    - DAWES AND BATELL (K80R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Dawes and Batell"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K80R"
    triggered = State(doc="MODE: 1 once the test has said the opponent defects")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByDawesAndBatell
        if turn == 0:
            return C
        if state[s.triggered] == 1:
            return D
        if history[OPPONENT, turn - 1] == C:
            return C
        defections = int(ctx[OPPONENT_DEFECTIONS])
        cooperations = turn + 1 - defections
        test = _powi32(_F32(1.6667), defections) * _powi32(_F32(0.882), cooperations)
        if test >= _F32(5.0):
            state[s.triggered] = 1
            return D
        return C


class SecondByLefevre(Strategy):
    """Defects while the opponent's defections exceed a fifth of the move number.

    Entered by George Lefevre (translated from BASIC by Axelrod); 37th of 63
    in the second round.

    What the original code (TourExec ``k37r.f``) does: it counts the
    opponent's defections so far, d, and on move m defects if 5d > m,
    cooperating otherwise. So it forgives as the opponent's share of
    defections falls below a fifth.

    Quirk, reproduced: m is the number of the move being chosen, one more
    than the opponent's moves counted, so the threshold is a fifth of the
    moves so far plus one (one defection on move 1 makes it defect on moves
    2, 3 and 4, and cooperate from move 5 if no other follows).

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Lefevre: TourExec ``K37R``
    - LEFEVRE (K37R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Lefevre"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K37R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if 5.0 * ctx[OPPONENT_DEFECTIONS] > turn + 1:
            return D
        return C


class SecondByQuayle(RevisedDowning):
    """REVISED DOWNING, entered again: models the opponent as reacting to its last move.

    Entered by Stanley F. Quayle; 38th of 63 in the second round. The code's
    own comment says "this algorithm is exactly the revised Downing method",
    and it is: TourExec ``k56r.f`` and ``K59R.f`` (Leslie Downing's own
    resubmission, 40th) are the same program, and Axelrod retyped K59R in
    1993 as a copy of K56R.

    The algorithm is that of :class:`~axelrod_nl.strategies.axelrod_first.RevisedDowning`
    (K59R), which this class inherits: g, the estimated chance that the
    opponent cooperates after this rule's cooperation, starts at 1; b, the
    chance after its defection, starts at 0; the opponent's move m is taken
    as its answer to this rule's move m - 1. With c = 6g - 8b - 2 and
    a = 4g - 5b - 1, in single precision, it cooperates when c >= 0 and
    c >= a, plays the opposite of its previous move when c >= 0 or a >= 0,
    and defects otherwise. It cooperates on move 1 and, against a
    cooperator, always.

    Axelrod-Python has no class for this entry; its ``RevisedDowning`` is
    the same algorithm.

    Names:

    - Second by Quayle: TourExec ``K56R``
    - QUAYLE (K56R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Quayle"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K56R"


class SecondByAnderson(Strategy):
    """Lenient tit for tat for 15 moves, then defects against an exploiter and probes every fourth move.

    Entered by R. D. Anderson (typed by Axelrod from his Fortran); 39th of
    63 in the second round.

    What the original code (TourExec ``k43r.f``) does:

    - It counts the opponent's answers to its moves: after its own
      cooperation, the opponent's cooperations and defections (CC, CD), and
      after its own defection (DC, DD); the opponent's move m - 1 answers
      this rule's move m - 2, from move 3 on.
    - Moves 1-15: cooperate, except that it answers an opponent's defection
      with a defection at most three times in all.
    - From move 16: defect if at least a third of the answers to its
      cooperations were defections (3 CD >= CC + CD). Otherwise cooperate,
      except on moves that are multiples of 4, where it defects if the DC
      count is at least m // 12 (integer division) or there is no DD yet,
      and cooperates otherwise.
    - Twin test: if on move 17 the opponent's last move was a defection,
      exactly one of the answers to its cooperations was a defection and
      none of those to its defections was, it takes the opponent to be its
      own twin (which probes on move 16 as it does) and never makes the
      every-fourth-move defections again.

    The probe on move 16 (there is no DD yet) is what the twin test looks
    for: a twin defects on move 16 too. Against a cooperator the test on
    moves 20, 24, ... keeps passing (each probe adds a DC), so it defects
    on every fourth move from move 16.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Anderson: TourExec ``K43R``
    - ANDERSON (K43R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Anderson"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K43R"
    cc = State(doc="NCC: the opponent's cooperations answering this rule's cooperations")
    cd = State(doc="NCD: the opponent's defections answering this rule's cooperations")
    dc = State(doc="NDC: the opponent's cooperations answering this rule's defections")
    dd = State(doc="NDD: the opponent's defections answering this rule's defections")
    retaliations = State(doc="KOUNT: defections made in answer on moves 1-15")
    twin = State(doc="MYTWIN: 1 once the opponent is taken for its own twin")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByAnderson
        move = turn + 1
        if move == 1:
            return C
        opp_last = history[OPPONENT, turn - 1]
        if move >= 3:
            if history[OWN, turn - 2] == 1:
                state[s.dd if opp_last == 1 else s.dc] += 1
            else:
                state[s.cd if opp_last == 1 else s.cc] += 1
        if move < 16:
            if opp_last == 0 or state[s.retaliations] >= 3:
                return C
            state[s.retaliations] += 1
            return D
        if move == 17 and opp_last == 1 and state[s.cd] == 1 and state[s.dd] == 0:
            state[s.twin] = 1
        if 3 * state[s.cd] >= state[s.cc] + state[s.cd]:
            return D
        if move % 4 != 0 or state[s.twin] == 1:
            return C
        if state[s.dc] >= move // 12 or state[s.dd] == 0:
            return D
        return C


class SecondByZimmerman(Strategy):
    """Cooperates until it has seen a quota of defections, then defects until it has seen a quota of cooperations.

    Entered by George Zimmerman; 41st of 63 in the second round.

    What the original code (TourExec ``K73R.f``) does. It starts
    cooperating, with a tolerance of 4 and a payback of 8.

    - While cooperating it counts the opponent's defections (not
      necessarily in a row); when the count reaches the tolerance it starts
      defecting at once (on the move after the last one counted) and sets
      the payback to int(1.6667 x (tolerance + 1)), in single precision.
    - While defecting it counts the opponent's cooperations; when the count
      reaches the payback it cooperates again and changes the tolerance by
      floor(K / m) - 3 (K its own score so far, m the move number), keeping
      it at least 1.

    So an average of 4 points a move or more makes it more tolerant the next
    time, an average of 3 keeps the tolerance and less lowers it; the
    payback grows with the tolerance. With the tournament's payoffs (3, 0,
    5, 1) the average at a change never reaches 4 (a cooperating spell's
    counted defections score 0, a defecting spell's cooperations 5 for a
    payback of about 1.67 (tolerance + 1) moves), so the tolerance never
    rises above its start of 4; only a game with a larger temptation shows it.

    Quirk, reproduced: the average is the own score divided by the move
    number, which counts the current move, not yet scored; it is an integer
    division.

    It reads its own running score, so its tolerance assumes the 3, 0, 5, 1
    payoffs.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Zimmerman: TourExec ``K73R``
    - ZIMMERMAN (K73R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Zimmerman"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=True)
    tourexec = "K73R"
    defecting = State(doc="IPOST: 1 while in a defecting phase")
    tolerance = State(doc="IAGGD: the opponent's defections that end a cooperating phase")
    payback = State(doc="IPAYB: the opponent's cooperations that end a defecting phase")
    seen = State(doc="IDUNU or IDUNB: the opponent's defections (or cooperations) counted in this phase")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByZimmerman
        if turn == 0:
            state[s.tolerance] = 4
            state[s.payback] = 8
            return C
        defecting = state[s.defecting]
        # A defection is counted while cooperating, a cooperation while defecting.
        if history[OPPONENT, turn - 1] == defecting:
            return D if defecting == 1 else C
        state[s.seen] += 1
        quota = state[s.payback] if defecting == 1 else state[s.tolerance]
        if state[s.seen] < quota:
            return D if defecting == 1 else C
        state[s.seen] = 0
        if defecting == 1:
            state[s.defecting] = 0
            tolerance = state[s.tolerance] - 3 + int(ctx[OWN_SCORE]) // (turn + 1)
            state[s.tolerance] = max(tolerance, 1)
            return C
        state[s.defecting] = 1
        state[s.payback] = int(_F32(1.6667) * _F32(state[s.tolerance] + 1))
        return D


class SecondByNewman(Strategy):
    """Models the opponent as reacting to its last move and picks C, alternation or D; a variant of Downing's rule.

    Entered by Steve Newman; 42nd of 63 in the second round.

    What the original code (TourExec ``k55r.f``) does. Like REVISED DOWNING
    (:class:`~axelrod_nl.strategies.axelrod_first.RevisedDowning`) it
    estimates alpha, the chance that the opponent cooperates after this
    rule's cooperation (1 until it has an observation), and beta, the chance
    after its defection (0 until then), taking the opponent's move m as its
    answer to this rule's move m - 1. It then computes c = 6 alpha -
    9 beta - 2 and a = 4 alpha - 6 beta - 1 (the code's "relative
    expectations" of always cooperating and of alternating, always
    defecting counting 0), in single precision:

    - c >= 0 and c >= a: cooperate;
    - c >= 0 and c < a, or c < 0 and a >= 0: play the opposite of its
      previous move;
    - otherwise defect, except that after four mutual defections in a row
      (counted in this branch) it cooperates once.

    Its coefficients differ from Downing's (6g - 8b - 2 and 4g - 5b - 1).
    Against ALL D it plays C C, then D D D D C over and over.

    Quirks of the original, reproduced here:

    - The count of mutual defections is cleared only in the defecting
      branch, on a move whose last outcome was not a mutual defection; a
      count left above 3 by an earlier spell in that branch makes the rule
      cooperate at once when it comes back to the branch after a mutual
      defection.
    - Single precision decides some moves. For example with alpha = 5/7 and
      beta = 1/7, c = a = 1 exactly and the rule would cooperate, but in
      single precision c = 0.99999976 < a = 1 and it alternates; in double
      precision the class differed from the compiled Fortran in 13 of 2000
      games against random reactive opponents.

    It assumes the 3, 0, 5, 1 payoffs, which are written into the formula.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Newman: TourExec ``K55R``
    - NEWMAN (K55R): Axelrod (1980), "More Effective Choice in the
      Prisoner's Dilemma", JCR 24(3)
    """

    name = "Second by Newman"
    classifier = Classifier(stochastic=False, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K55R"
    c_after_c = State(doc="QCA: the opponent's cooperations answering this rule's cooperations")
    own_c = State(doc="QNA: this rule's cooperations answered so far")
    c_after_d = State(doc="QCB: the opponent's cooperations answering this rule's defections")
    own_d = State(doc="QNB: this rule's defections answered so far")
    mutual_defections = State(doc="MUTDEF: mutual defections counted in the defecting branch")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByNewman
        if turn >= 2:
            cooperated = 1 if history[OPPONENT, turn - 1] == C else 0
            if history[OWN, turn - 2] == 1:
                state[s.c_after_d] += cooperated
                state[s.own_d] += 1
            else:
                state[s.c_after_c] += cooperated
                state[s.own_c] += 1
        alpha = _F32(1)
        if state[s.own_c] > 0:
            alpha = _F32(state[s.c_after_c]) / _F32(state[s.own_c])
        beta = _F32(0)
        if state[s.own_d] > 0:
            beta = _F32(state[s.c_after_d]) / _F32(state[s.own_d])
        always_c = _F32(6) * alpha - _F32(9) * beta - _F32(2)
        alternate = _F32(4) * alpha - _F32(6) * beta - _F32(1)
        own_last = history[OWN, turn - 1] if turn > 0 else 0
        if always_c >= 0 and always_c >= alternate:
            return C
        if always_c >= 0 or alternate >= 0:
            return 1 - own_last
        if turn == 0 or history[OPPONENT, turn - 1] == C or own_last == C:
            state[s.mutual_defections] = 0
            return D
        state[s.mutual_defections] += 1
        if state[s.mutual_defections] > 3:
            return C
        return D


class SecondBySchurmann(Strategy):
    """Cooperates until the first defection, then cooperates with a probability learnt from each outcome.

    Entered by E. E. H. Schurmann (a BASIC program, edited by Axelrod);
    44th of 63 in the second round.

    What the original code (TourExec ``k87r.f``) does:

    1. It cooperates as long as the opponent has never defected.
    2. From the move after the opponent's first defection on, it keeps a
       cooperation probability q, 0.5 to begin with, and before every move
       updates it from the outcome of the previous move (own move, the
       opponent's move):

       - (C, C): q becomes 0.57 q + 0.43 (towards 1);
       - (C, D) or (D, C): q is halved;
       - (D, D): q becomes 0.74 q + 0.104 (towards 0.4).

       Then it cooperates with probability q (the random number R is at
       most q) and defects otherwise.

    So the move after the first defection (own C, opponent D) is played
    with q = 0.25. The probability is single precision in the original, and
    here.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Schurmann: K87R, TourExec ``k87r.f``; A80b
    """

    name = "Second by Schurmann"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K87R"
    provoked = State(doc="Z: 1 once the opponent has defected")
    q = State(doc="Q6: the cooperation probability (single precision)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondBySchurmann
        if turn == 0:
            state[s.q] = 0.5
            return C
        opp = history[OPPONENT, turn - 1]
        if state[s.provoked] == 0:
            if opp == C:
                return C
            state[s.provoked] = 1
        own = history[OWN, turn - 1]
        q = _F32(state[s.q])
        if own == C and opp == C:
            q = q * _F32(0.57) + _F32(0.43)
        elif own == D and opp == D:
            q = _F32(0.74) * q + _F32(0.104)
        else:
            q = _F32(0.5) * q
        state[s.q] = q
        if uniform(rng) > q:
            return D
        return C


class SecondByNussbacher(Strategy):
    """Cooperates for ten moves, then defects with a probability set by the opponent's last ten moves.

    Entered by Henry Nussbacher; 45th of 63 in the second round.

    What the original code (TourExec ``k53r.f``) does: it cooperates on
    moves 1 to 10. From move 11 on it counts d, the opponent's defections
    among its last ten moves, and defects with a probability taken from a
    table:

    ====  ====================
    d     chance of defecting
    ====  ====================
    0     0 (always C)
    1     0.23
    2     0.87
    3, 4  0.915
    5-7   0.87
    8     0.915
    9, 10 0.94
    ====  ====================

    The table is not monotone (three, four or eight defections out of ten
    are punished harder than five to seven), which is how the code's chain
    of tests reads; it is reproduced as it is.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Nussbacher: K53R, TourExec ``k53r.f``; A80b
    """

    name = "Second by Nussbacher"
    classifier = Classifier(stochastic=True, memory_depth=10, uses_length=False, uses_payoffs=False)
    tourexec = "K53R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 10:
            return C
        d = 0
        for t in range(turn - 10, turn):
            d += history[OPPONENT, t]
        if d == 0:
            return C
        if d == 1:
            p = 0.23
        elif d == 2 or 5 <= d <= 7:
            p = 0.87
        elif d >= 9:
            p = 0.94
        else:
            p = 0.915
        return D if uniform(rng) < p else C


class SecondBySmith(Strategy):
    """Defects from the opponent's second defection in a row, with let-ups after ever longer runs, and 5% noise.

    Entered by David A. Smith (a BASIC program, edited by Axelrod); 48th of
    63 in the second round.

    What the original code (TourExec ``k52r.f``) does. It keeps a counter
    of the opponent's defections in a row, cleared by each of its
    cooperations, and a count k of let-ups, both 0 at the start:

    1. Its intended move is C while the counter is below 2, and D once it
       is 2 or more (tit for two tats, kept up while the defections last).
    2. When the counter reaches 5 + 3k, it is cleared and k goes up by one:
       the rule still defects on that move, but an opponent that goes on
       defecting meets a cooperation on the next move (its counter is 1
       again). Against ALL D the let-ups come after runs of 4, 7, 10, ...
       defections, and cooperations on moves 1, 2, 7, 15, ...
    3. Whatever the intended move, it is reversed with probability 0.05
       (the random number R is at most 0.05).

    The counter goes on past a let-up, so k only grows: the runs of
    defection it answers get longer over the game.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Smith: K52R, TourExec ``k52r.f``; A80b
    """

    name = "Second by Smith"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K52R"
    run = State(doc="D9: the opponent's defections in a row, cleared by a let-up")
    letups = State(doc="D8: the let-ups so far")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondBySmith
        opp = history[OPPONENT, turn - 1] if turn > 0 else C
        if opp == D:
            state[s.run] += 1
        else:
            state[s.run] = 0
        move = C
        if state[s.run] >= 2:
            move = D
            if state[s.run] >= 5 + 3 * state[s.letups]:
                state[s.run] = 0
                state[s.letups] += 1
        if uniform(rng) <= 0.05:
            move = 1 - move
        return move


class SecondByLeyland(Strategy):
    """Tit for tat that from move 30 adds random defections and adapts their rate to the replies.

    Entered by Robert A. Leyland; 49th of 63 in the second round.

    What the original code (TourExec ``k82r.f``) does. Its default is tit
    for tat (cooperating on move 1). It keeps a counter n of the
    opponent's defections, a number x (0.75 at the start: roughly the
    chance of not adding a defection), and three flags: "armed" (set at the
    start), "watching" and "probed". Every move, from move 2:

    1. n goes up by one if the opponent's last move was D. If that move was
       C and n is 2 or more, n is cleared, and if n was 6 or more the rule
       also clears "probed" and cooperates (forgives) without any other
       step.
    2. Before move 30 it plays tit for tat.
    3. If "armed" is clear, it cooperates, clears "watching" and "probed",
       sets "armed" again unless n is 6 or more, and clears n.
    4. If the opponent's share of defections over the moves so far is
       strictly within 0.1 of one half, x drops by 0.2 (on every such move,
       with no floor).
    5. If "watching": after an opponent's D, x rises by 0.15 (to at most 1)
       and the rule cooperates and resets as in step 3. After an opponent's
       C, x drops by 0.05 (to at least 0) and "watching" is cleared; if x is
       then 0.3 or more it cooperates, otherwise it goes on to step 6.
    6. With probability 1 - x (the random number R exceeds x) it defects
       and sets "probed"; otherwise it plays tit for tat and sets "watching"
       to "probed".

    The reply the rule watches is thus the opponent's move after the first
    tit-for-tat move that follows a random defection. x and the share of
    defections are single precision, as in the original: whether the share
    is within 0.1 of one half, or x at least 0.3, can depend on it: a share
    of exactly 0.6 (18 defections in 30 moves, 36 in 60) is within 0.1 of
    one half in double precision but not in single, while 0.4 is within in
    both.

    Quirks reproduced: step 4 is unbounded, so against an opponent that
    defects about half the time x soon goes below 0 and the rule defects on
    every move it reaches step 6; "probed" is cleared only by the resets of
    steps 1 and 3, so after a probe the rule may keep watching on later
    tit-for-tat moves.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Leyland: K82R, TourExec ``k82r.f``; A80b
    """

    name = "Second by Leyland"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K82R"
    counted = State(doc="I5: the opponent's defections counted since the last clearing")
    x = State(doc="X: the threshold the random number is tested against (single precision)")
    disarmed = State(doc="1 - I3: 1 when the next move from move 30 is a reset")
    watching = State(doc="I2: 1 when the opponent's last move is read as the reply to a probe")
    probed = State(doc="I1: 1 after a random defection, until the next reset")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByLeyland
        if turn == 0:
            state[s.x] = _F32(0.75)
            return C
        move = turn + 1
        opp = history[OPPONENT, turn - 1]
        state[s.counted] += opp
        if opp == C and state[s.counted] > 1:
            if state[s.counted] > 5:
                state[s.counted] = 0
                state[s.probed] = 0
                return C
            state[s.counted] = 0
        if move < 30:
            return opp
        if state[s.disarmed] == 0:
            x = _F32(state[s.x])
            share = _F32(ctx[OPPONENT_DEFECTIONS]) / _F32(move - 1)
            if abs(share - _F32(0.5)) < _F32(0.1):
                x = x - _F32(0.2)
            was_watching = state[s.watching] == 1
            if was_watching and opp == D:
                # The probe was answered with a defection: fewer probes, then a reset.
                state[s.x] = min(x + _F32(0.15), _F32(1.0))
            else:
                if was_watching:
                    x = max(x - _F32(0.05), _F32(0.0))
                    state[s.watching] = 0
                state[s.x] = x
                if was_watching and x >= _F32(0.3):
                    return opp
                if uniform(rng) > x:
                    state[s.probed] = 1
                    return D
                state[s.watching] = state[s.probed]
                return opp
        state[s.watching] = 0
        state[s.disarmed] = 1 if state[s.counted] > 5 else 0
        state[s.counted] = 0
        state[s.probed] = 0
        return C


class SecondByHollander(Strategy):
    """Tit for two tats with a random defection every 1 to 23 moves.

    Entered by Howard R. Hollander; 51st of 63 in the second round.

    What the original code (TourExec ``k62r.f``) does: it defects when the
    opponent's last two moves were both D, and cooperates otherwise, except
    on the moves of a random schedule, where it defects. The first such
    move is move floor(23 r + 1), from 1 to 23, with r the random number
    of move 1; on each scheduled move m, the next is move floor(23 r + m +
    1), 1 to 23 moves later, with r the random number of move m.

    Quirk reproduced: when move 1 is itself scheduled (chance 1/23), move
    1's random number is used twice, so the next scheduled move is move 2
    for certain (23 r < 1 then).

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Hollander: K62R, TourExec ``k62r.f``; A80b
    """

    name = "Second by Hollander"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K62R"
    scheduled = State(doc="IRAN: the move of the next random defection")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByHollander
        move = turn + 1
        r = -1.0
        if turn == 0:
            r = uniform(rng)
            state[s.scheduled] = math.floor(23.0 * r + 1.0)
        if move == state[s.scheduled]:
            if r < 0.0:
                r = uniform(rng)
            state[s.scheduled] = math.floor(23.0 * r + move + 1.0)
            return D
        if turn >= 2 and history[OPPONENT, turn - 1] == D and history[OPPONENT, turn - 2] == D:
            return D
        return C


class SecondBySmoody(Strategy):
    """Cooperates after a defection; after a cooperation defects one time in ten.

    Entered by Rik Smoody; 54th of 63 in the second round.

    What the original code (TourExec ``k50r.f``, "corrected by AX") does:
    after the opponent's cooperation (and on move 1) it defects with
    probability 0.1 (the random number R is 0.9 or more) and cooperates
    otherwise; after the opponent's defection it always cooperates.

    Quirk reproduced: the code answers a defection with a cooperation, the
    reverse of a retaliating rule; it is kept as the tournament ran it.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Smoody: K50R, TourExec ``k50r.f``; A80b
    """

    name = "Second by Smoody"
    classifier = Classifier(stochastic=True, memory_depth=1, uses_length=False, uses_payoffs=False)
    tourexec = "K50R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn > 0 and history[OPPONENT, turn - 1] == D:
            return C
        return D if uniform(rng) >= 0.9 else C


class SecondByFeld(Strategy):
    """Climbs a ladder of five rules, from all C to all D, by the points each scores in 20 moves.

    Entered by Scott Feld; 55th of 63 in the second round.

    What the original code (TourExec ``k77r.f``) does. It plays one of five
    rules, in blocks of 20 moves:

    1. always cooperate;
    2. cooperate after the opponent's C; after its D, defect with
       probability 0.75;
    3. tit for tat;
    4. defect after the opponent's D; after its C, cooperate with
       probability 0.75;
    5. always defect.

    It starts with rule 3 (moves 1 to 20). Every rule has a score, 100 to
    begin with. On the first move of each new block (moves 21, 41, ...)
    the rule just played gets as its score its own points over the last 20
    moves, and then: if the next harder rule's score is higher, it moves to
    that rule; otherwise, if the next softer rule's score is higher, it
    moves to that one; otherwise it stays. As 100 is the most a block can
    score, it climbs from rule 3 to the harder rules first.

    Quirk reproduced: on the move where it steps down to a softer rule, the
    code overwrites its copy of the opponent's last move with C, so that
    move is played as if the opponent had just cooperated (C under rules 1
    to 3, C with probability 0.75 under rule 4). The scores are its own
    points, so it uses the payoffs.

    Not the first round's FELD (which is :class:`FirstByFeld`, a different
    program by the same author). Axelrod-Python has no class for this
    entry.

    Names:

    - Second by Feld: K77R, TourExec ``k77r.f``; A80b
    """

    name = "Second by Feld"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=True)
    tourexec = "K77R"
    level = State(doc="JSTR: the rule played, 1 (all C) to 5 (all D)")
    played = State(doc="KTRY: the moves played in the current block")
    block_start = State(doc="KI: own score when the current block began")
    scores = State(5, doc="KEXP: the latest block score of each rule (100 if untried)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        s = SecondByFeld
        if turn == 0:
            state[s.level] = 3
            for i in range(5):
                state[s.scores + i] = 100
        opp = history[OPPONENT, turn - 1] if turn > 0 else C
        if state[s.played] >= 20:
            level = int(state[s.level])
            here = s.scores + level - 1
            state[here] = ctx[OWN_SCORE] - state[s.block_start]
            if level < 5 and state[here + 1] > state[here]:
                state[s.level] = level + 1
            elif level > 1 and state[here - 1] > state[here]:
                state[s.level] = level - 1
                opp = C
            state[s.block_start] = ctx[OWN_SCORE]
            state[s.played] = 0
        state[s.played] += 1
        level = state[s.level]
        if level == 1:
            return C
        if level == 2:
            if opp == C:
                return C
            return D if uniform(rng) <= 0.75 else C
        if level == 3:
            return opp
        if level == 4:
            if opp == D:
                return D
            return C if uniform(rng) <= 0.75 else D
        return D


class SecondByHotz(Strategy):
    """Defects, cooperating at random with a chance that changes with the move number.

    Entered by Roger Hotz (a BASIC program, edited by Axelrod); 63rd and
    last of 63 in the second round.

    What the original code (TourExec ``k36r.f``) does: it ignores the
    opponent and cooperates with probability 0.1 on moves 1 to 99, 0.05 on
    moves 100 to 199 and 0.15 on moves 200 to 299, and defects otherwise;
    from move 300 on it always defects.

    The chance follows the move number, not the game's length; like
    :class:`FirstByFeld`, the memory depth declared counts the rounds it
    reads, none.

    Axelrod-Python has no class for this entry.

    Names:

    - Second by Hotz: K36R, TourExec ``k36r.f``; A80b
    """

    name = "Second by Hotz"
    classifier = Classifier(stochastic=True, memory_depth=0, uses_length=False, uses_payoffs=False)
    tourexec = "K36R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move >= 300:
            return D
        if move < 100:
            p = 0.1
        elif move < 200:
            p = 0.05
        else:
            p = 0.15
        return C if uniform(rng) < p else D


class SecondByChampion(Strategy):
    """Cooperate, then tit for tat, then cooperate unless a defection meets a poor record.

    Danny C. Champion's entry, 2nd of 63 in the second round.

    The rule (TourExec ``k61r.f``), at move M:

    - Moves 1-10: cooperate.
    - Moves 11-25: tit for tat.
    - From move 26: cooperate, unless the opponent defected on the last
      move, its cooperation rate p is below 0.6, and the random number
      exceeds p; then defect. So a defection is answered with a defection
      with probability 1 - p when p < 0.6.

    The cooperation rate is p = (n + 1) / M, where n is the opponent's
    cooperations on moves 1 to M - 1: the counter is updated with the
    "previous move" argument on every call, and on move 1 that argument is
    0 (cooperation), so one phantom cooperation is counted, and the
    denominator is the current move number, not the moves seen. p is single
    precision, compared with 0.6 in single precision.

    The uninitialised counter (specs section 3.5): the cooperation counter
    was never set to zero until TourExec's fix of 8 Oct 2017, so when the
    functions were compiled with static locals (``-fno-automatic``) and
    several games were played in one run, it kept the cooperations of all
    earlier games, which pushed p up and the rule towards cooperating. The
    oracle, like this class, plays each game from a freshly loaded rule with
    the counter at zero, which is also what the fixed code does. How the
    1979 executive treated it is not known; a reproduction with the counter
    reset every game puts this rule 12th rather than 2nd, which is the
    revisiting paper's explanation of the gap.

    Axelrod-Python's ``SecondByChampion`` compares the opponent's defection
    rate over the moves seen (no phantom cooperation, denominator M - 1)
    with max(0.4, r), defecting when it is at least that, so its boundaries
    differ slightly.

    Names:

    - Second by Champion: Axelrod-Python ``SecondByChampion``
    - K61R (Danny C. Champion): TourExec ``k61r.f``
    """

    name = "Second by Champion"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K61R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move <= 10:
            return C
        last = history[OPPONENT, turn - 1]
        if move <= 25:
            return last
        if last == C:
            return C
        cooperations = turn - ctx[OPPONENT_DEFECTIONS] + 1  # with the phantom cooperation of move 1
        rate = np.float32(cooperations) / np.float32(move)
        if rate < np.float32(0.6) and uniform(rng) > rate:
            return D
        return C


class SecondByCave(Strategy):
    """Cooperate after cooperation, answer a defection with a coin toss, give up on defectors.

    Rob Cave's entry, 4th of 63 in the second round.

    The rule (TourExec ``k49r.f``), at move M, with d the opponent's
    defections so far and q = floor(100 d / M) (an integer percentage of the
    current move number, although only M - 1 moves have been seen):

    - After an opponent's cooperation (and on move 1) cooperate.
    - After a defection: if d <= 17, defect with probability 1/2 (the
      original rounds r + 0.5 down to an integer); if d > 17, defect.
    - Whatever the above says, defect if M > 19 and q > 79, or M > 29 and
      q > 65, or M > 39 and q > 39: the opponent defects too much, or looks
      random.

    Axelrod-Python's ``SecondByCave`` compares the exact fraction d / M with
    0.79, 0.65 and 0.39 instead of the truncated percentage, so it gives up
    sooner near those boundaries (for instance with d / M = 0.395 after move
    39, where the original's percentage is 39).

    Names:

    - Second by Cave: Axelrod-Python ``SecondByCave``
    - K49R (Rob Cave): TourExec ``k49r.f``
    """

    name = "Second by Cave"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K49R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if turn == 0:
            return C
        defections = int(ctx[OPPONENT_DEFECTIONS])
        percent = (100 * defections) // move
        if (move > 19 and percent > 79) or (move > 29 and percent > 65) or (move > 39 and percent > 39):
            return D
        if history[OPPONENT, turn - 1] == C:
            return C
        if defections > 17:
            return D
        return D if uniform(rng) >= 0.5 else C


@njit(cache=True, inline="always")
def _adams_threshold(halvings):
    """K44R's threshold, 4 halved ``halvings`` times in single precision (exact until it underflows)."""
    h = int(halvings)
    return _ADAMS_THRESHOLDS[h] if h < _ADAMS_THRESHOLDS.shape[0] else _F0


# 4 * 2**-h in single precision, h = 0, 1, ...; read from a table, as math.ldexp is a library call.
# From h = 152 on the entries are 0: below 2**-149 single precision underflows.
_ADAMS_THRESHOLDS = np.array([math.ldexp(4.0, -h) for h in range(156)], dtype=np.float32)


class SecondByWmAdams(Strategy):
    """Tolerate a few defections, answer them, then halve the tolerance each time.

    William Adams's entry, 5th of 63 in the second round.

    The rule (TourExec ``k44r.f``) keeps a count c of the opponent's
    defections and a threshold a, which starts at 4:

    - Moves 1 and 2: cooperate. From move 3 the opponent's last move is
      added to c, so its move 1 is never counted.
    - While c < a: cooperate.
    - While c = a: defect (so it keeps defecting until the opponent
      defects once more).
    - When c exceeds a: halve a, set c to 0, and cooperate with probability
      a (with the new a), else defect.

    With a = 4, 2, 1 this defects on the opponent's 4th, 7th and 9th
    counted defection and on every cooperation that follows one of them,
    and cooperates after the 5th, 6th and 8th. Then a is 1/2, 1/4, ...: c
    can no longer equal a, every cooperation is answered with a cooperation,
    and the k-th defection after the 9th (k >= 1) is answered with a
    cooperation with probability 2^-k. The threshold is single precision: in
    the original it underflows to zero after about 150 halvings, and the
    rule then always answers a defection with a defection (reproduced; it
    cannot matter in practice).

    Axelrod-Python's ``SecondByWmAdams`` counts the same defections in a
    different form (defect while the total is 4, 7 or 9; after the 9th,
    answer the n-th defection with a cooperation with probability
    0.5^(n - 9)): the same rule, without the underflow.

    Names:

    - Second by WmAdams: Axelrod-Python ``SecondByWmAdams``
    - K44R (William Adams): TourExec ``k44r.f``
    """

    name = "Second by WmAdams"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K44R"
    count = State(doc="the opponent's defections since the threshold last changed")
    halvings = State(doc="how many times the threshold (4 at first) has been halved")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 2:
            return C
        state[SecondByWmAdams.count] += history[OPPONENT, turn - 1]
        count = state[SecondByWmAdams.count]
        threshold = _adams_threshold(state[SecondByWmAdams.halvings])
        if count < threshold:
            return C
        if count == threshold:
            return D
        state[SecondByWmAdams.halvings] += 1
        state[SecondByWmAdams.count] = 0
        threshold = _adams_threshold(state[SecondByWmAdams.halvings])
        if threshold >= np.float32(1.0) or uniform(rng) < threshold:
            return C
        return D


class SecondByKluepfel(Strategy):
    """Echo runs of the opponent's moves with noise, and defect against an apparently random player.

    Charles Kluepfel's entry, 10th of 63 in the second round.

    The rule (TourExec ``k32r.f``), at move M:

    - It counts the opponent's answers to its own moves: from move 3 the
      opponent's last move (move M - 1) is taken as its answer to this
      rule's move M - 2, giving c1 (cooperations after its defection), c2
      (defections after its defection), c3 (cooperations after its
      cooperation) and c4 (defections after its cooperation).
    - Random check, from move 27: defect if both
      c1 >= (c1 + c2 - 1.5 sqrt(c1 + c2)) / 2 and
      c4 >= (c3 + c4 - 1.5 sqrt(c3 + c4)) / 2, that is if the opponent
      cooperates after a defection, and defects after a cooperation, no less
      than about half the time, as a random player would (single precision).
    - Otherwise, from the opponent's last three moves (moves before move 1
      count as cooperations): three alike, copy them; the last two alike
      (the one before differing), copy them with probability 0.9; a single
      defection, defect with probability 0.6; a single cooperation,
      cooperate with probability 0.7.

    Axelrod-Python's ``SecondByKluepfel`` starts the random check one move
    later (from move 28).

    Names:

    - Second by Kluepfel: Axelrod-Python ``SecondByKluepfel``
    - K32R (Charles Kluepfel): TourExec ``k32r.f``
    """

    name = "Second by Kluepfel"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K32R"
    c_after_d = State(doc="the opponent's cooperations answering this rule's defection (c1)")
    d_after_d = State(doc="the opponent's defections answering this rule's defection (c2)")
    c_after_c = State(doc="the opponent's cooperations answering this rule's cooperation (c3)")
    d_after_c = State(doc="the opponent's defections answering this rule's cooperation (c4)")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        last = history[OPPONENT, turn - 1] if turn >= 1 else C
        if turn >= 2:
            if history[OWN, turn - 2] == D:
                if last == C:
                    state[SecondByKluepfel.c_after_d] += 1
                else:
                    state[SecondByKluepfel.d_after_d] += 1
            elif last == C:
                state[SecondByKluepfel.c_after_c] += 1
            else:
                state[SecondByKluepfel.d_after_c] += 1
            if move >= 27:
                c1 = np.float32(state[SecondByKluepfel.c_after_d])
                n12 = np.float32(c1 + np.float32(state[SecondByKluepfel.d_after_d]))
                c4 = np.float32(state[SecondByKluepfel.d_after_c])
                n34 = np.float32(np.float32(state[SecondByKluepfel.c_after_c]) + c4)
                half = np.float32(2.0)
                if (c1 >= (n12 - np.float32(1.5) * np.sqrt(n12)) / half
                        and c4 >= (n34 - np.float32(1.5) * np.sqrt(n34)) / half):
                    return D
        before = history[OPPONENT, turn - 2] if turn >= 2 else C
        earlier = history[OPPONENT, turn - 3] if turn >= 3 else C
        if last != before:
            keep = 0.6 if last == D else 0.7
        elif before != earlier:
            keep = 0.9
        else:
            return last
        if uniform(rng) < keep:
            return last
        return 1 - last


class SecondByGetzler(Strategy):
    """Defect with a probability that remembers the opponent's defections with a half-life of one move.

    Abraham Getzler's entry, 11th of 63 in the second round.

    The rule (TourExec ``k35r.f``) keeps a "flack" f, the opponent's recent
    untrustworthiness: on every move f becomes (f + j) / 2, with j = 1 if
    the opponent's last move was a defection (0 on move 1), so f is the sum
    of 2^-k over the opponent's defections k moves ago. It defects when f
    exceeds the random number, that is with probability f.

    f is single precision, as in the original: after about 25 defections in
    a row it rounds to exactly 1 and the rule defects for certain, and old
    defections are forgotten as their contributions fall below its
    precision (after about 150 cooperations f is exactly 0).

    Axelrod-Python's ``SecondByGetzler`` plays the same rule in double
    precision.

    Names:

    - Second by Getzler: Axelrod-Python ``SecondByGetzler``
    - K35R (Abraham Getzler): TourExec ``k35r.f``
    """

    name = "Second by Getzler"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K35R"
    flack = State(doc="the opponent's recent untrustworthiness, in single precision")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        j = np.float32(history[OPPONENT, turn - 1])
        flack = np.float32((np.float32(state[SecondByGetzler.flack]) + j) * np.float32(0.5))
        state[SecondByGetzler.flack] = flack
        if flack <= 0.0:
            return C
        if flack >= 1.0 or flack > uniform(rng):
            return D
        return C


class SecondByLeyvraz(Strategy):
    """React to the opponent's last three moves with fixed probabilities.

    François Leyvraz's entry, 12th of 63 in the second round.

    The rule (TourExec ``k68r.f``) reads the opponent's last three moves
    (moves before move 1 count as cooperations), oldest first:

    - the last two both defections: defect with probability 0.75;
    - otherwise C, D, C: defect;
    - otherwise C, C, D: defect with probability 0.5;
    - otherwise (C, C, C; D, C, C; D, C, D; D, D, C): cooperate.

    So a defection three moves ago forgives an isolated defection since.
    (The original writes its second test as 2 j3 + j2 + 2 j1 + j1 = 1, with
    j1 the last move: an odd way of singling out C, D, C.)

    Axelrod-Python's ``SecondByLeyvraz`` plays the same probabilities.

    Names:

    - Second by Leyvraz: Axelrod-Python ``SecondByLeyvraz``
    - K68R (François Leyvraz): TourExec ``k68r.f``
    """

    name = "Second by Leyvraz"
    classifier = Classifier(stochastic=True, memory_depth=3, uses_length=False, uses_payoffs=False)
    tourexec = "K68R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        last = history[OPPONENT, turn - 1] if turn >= 1 else C
        before = history[OPPONENT, turn - 2] if turn >= 2 else C
        earlier = history[OPPONENT, turn - 3] if turn >= 3 else C
        if last == D and before == D:
            return D if uniform(rng) < 0.75 else C
        if earlier == C and before == D and last == C:
            return D
        if earlier == C and before == C and last == D:
            return D if uniform(rng) < 0.5 else C
        return C


class SecondByHarrington(Strategy):
    """Tit for tat with twin recognition, forgiveness of long strings, probes, and a test for randomness.

    Paul D. Harrington's entry, 8th of 63 in the second round.

    The rule (TourExec ``K75R.f``), at move M, with j the opponent's last
    move; its parts are tried in this order:

    1. Move 1: cooperate.
    2. Random test (from move 3; at moves 30, 45, 60, ... until a test has
       succeeded). It keeps a 4 x 2 table of the opponent's answers: for
       each outcome (own move, opponent's move) of move t - 1, how often the
       opponent cooperated or defected on move t (moves 2 to M - 1). The
       opponent is taken for RANDOM when it cooperated after mutual
       cooperation on less than 80% of the M - 2 moves counted, defected on
       between a quarter and three quarters of its moves 2 to M - 1, and the
       table's chi-squared statistic for independence (over the cells whose
       expected count exceeds 1) is at most 3. Then it defects on that move
       and on every following move, keeping a score that rises by 1 for each
       defection of the opponent and falls by 3 for each cooperation; when it
       reaches 11 it cooperates, owes two more cooperations (step 6), never
       tests again, and returns to the normal rule from the next move.
    3. Twin test: if the opponent cooperated on moves 1-36 and defected on
       move 37, as this rule does, it cooperates from move 38 on until the
       opponent defects again (on move 38 or later); from the move after
       that defection it plays the normal rule.
    4. After 20 or more consecutive defections of the opponent: defect.
    5. Strings: the moves that reach this step are split into two
       alternating classes. For each class a count grows by 1 for each
       defection of the opponent read in that class, and by one more for
       each tit-for-tat defection of step 8 there; an opponent's
       cooperation read there resets it. When it reaches 5 (3 once this has
       happened 8 times) it is reset and the rule cooperates: a long string
       of defections is forgiven now and then.
    6. Owed cooperations: after a probe (and after the random phase) it
       cooperates on the next two moves (unless an earlier step decides).
    7. Probes, from move 37: on move 37 for certain, and later with
       probability p, which starts at 0.2 and rises by 0.05 with each probe
       (the forced probe on move 37 included, so the first random probe
       happens with probability 0.25), it defects as a probe, unless it is already "burned": once the opponent has answered
       a probe with a defection on the next move, it never probes again.
    8. Otherwise tit for tat.

    Quirks of the original, reproduced:

    - The counts of owed cooperations and of the probe's countdown are
      lowered on every cooperation of steps 3, 5, 6 and 8 and go negative;
      a cooperation is owed only while the count is positive. The "burned"
      test looks at the second move after the last probe only if the
      countdown has fallen exactly to 1 then, which needs cooperations on
      the first move after the probe.
    - The defection of step 4 also adds 1 to a string count, that of the
      class of the previous move (the classes are switched after that
      step); moves decided in steps 2-4 do not switch the classes.
    - The random test divides by M - 2 and uses single precision.
    - In the random phase nothing else is updated (the twin, string and
      table counts keep their values).

    Axelrod-Python's ``SecondByHarrington`` is a port of the same Fortran
    (its docstring calls the parts Normal, Fair-weather and Defect modes);
    this class was checked against the original only, in distribution over
    the 38 oracle sequences.

    Names:

    - Second by Harrington: Axelrod-Python ``SecondByHarrington``
    - K75R (Paul D. Harrington): TourExec ``K75R.f``
    """

    name = "Second by Harrington"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_length=False, uses_payoffs=False)
    tourexec = "K75R"
    answers = State(size=8, doc="the opponent's answers: slot 2 * outcome of the move before + answer")
    opponent_defections = State(doc="the opponent's defections on moves 2 to M - 1 outside the random phase")
    mode = State(doc="0 not found random, 1 in the random phase, 2 random phase over")
    random_score = State(doc="+1 per opponent defection, -3 per cooperation in the random phase")
    twin = State(doc="the twin test's count (37 means a twin)")
    run = State(doc="the opponent's consecutive defections")
    parity = State(doc="the class of the current move, 1 or 2")
    strings = State(size=2, doc="the string counts of the two classes of moves")
    forgiven = State(doc="how many strings have been forgiven")
    string_limit = State(doc="the string count that is forgiven: 5, then 3")
    owed = State(doc="cooperations owed after a probe (the original's ICOOP)")
    countdown = State(doc="moves since a probe, counted down from 2 (the original's ITRY)")
    burned = State(doc="1 once a probe has been punished: no more probes")
    probe_chance = State(doc="the chance of a probe, single precision")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if turn == 0:
            state[SecondByHarrington.parity] = 1
            state[SecondByHarrington.string_limit] = 5
            state[SecondByHarrington.probe_chance] = np.float32(0.2)
            return C
        j = history[OPPONENT, turn - 1]
        if move > 2:
            if state[SecondByHarrington.mode] == 1:
                score = state[SecondByHarrington.random_score] + 4 * j - 3
                state[SecondByHarrington.random_score] = score
                if score >= 11:
                    state[SecondByHarrington.mode] = 2
                    state[SecondByHarrington.owed] = 2
                    return C
                return D
            state[SecondByHarrington.opponent_defections] += j
            outcome = 2 * history[OWN, turn - 2] + history[OPPONENT, turn - 2]
            state[SecondByHarrington.answers + 2 * outcome + j] += 1
            if (move != 15 and move % 15 == 0 and state[SecondByHarrington.mode] != 2
                    and _harrington_looks_random(state, move)):
                state[SecondByHarrington.mode] = 1
                return D
        if state[SecondByHarrington.countdown] == 1 and j == D:
            state[SecondByHarrington.burned] = 1
        if move <= 37 and j == C:
            state[SecondByHarrington.twin] += 1
        if move == 38 and j == D:
            state[SecondByHarrington.twin] += 1
        if move >= 39 and state[SecondByHarrington.twin] == 37 and j == D:
            state[SecondByHarrington.twin] = 0
        cooperate = False
        counted = True  # a defection adds to the string count of its class
        if state[SecondByHarrington.twin] == 37:
            cooperate = True
        else:
            run = state[SecondByHarrington.run] * j + j
            state[SecondByHarrington.run] = run
            if run < 20:
                parity = 3 - state[SecondByHarrington.parity]
                state[SecondByHarrington.parity] = parity
                slot = SecondByHarrington.strings + int(parity) - 1
                state[slot] = state[slot] * j + j
                if state[slot] >= state[SecondByHarrington.string_limit]:
                    state[slot] = 0
                    state[SecondByHarrington.forgiven] += 1
                    if state[SecondByHarrington.forgiven] == 8:
                        state[SecondByHarrington.string_limit] = 3
                    cooperate = True
                elif state[SecondByHarrington.owed] >= 1:
                    cooperate = True
                elif move >= 37 and state[SecondByHarrington.burned] == 0 and (
                        move == 37 or uniform(rng) <= state[SecondByHarrington.probe_chance]):
                    state[SecondByHarrington.countdown] = 2
                    state[SecondByHarrington.owed] = 2
                    state[SecondByHarrington.probe_chance] = np.float32(
                        np.float32(state[SecondByHarrington.probe_chance]) + np.float32(0.05))
                    counted = False
                else:
                    cooperate = j == C
        if cooperate:
            state[SecondByHarrington.countdown] -= 1
            state[SecondByHarrington.owed] -= 1
            return C
        if counted:
            state[SecondByHarrington.strings + int(state[SecondByHarrington.parity]) - 1] += 1
        return D


@njit(cache=True)
def _harrington_looks_random(state, move):
    """K75R's test for a random opponent, from its table of answers (single precision, as in the original)."""
    table = SecondByHarrington.answers
    seen = np.float32(move - 2)
    if np.float32(state[table]) / seen >= np.float32(0.8):
        return False
    defections = int(state[SecondByHarrington.opponent_defections])
    if defections * 4 < move - 2 or defections * 4 > 3 * move - 6:
        return False
    total = np.float32(0.0)
    for outcome in range(4):
        row = np.float32(state[table + 2 * outcome] + state[table + 2 * outcome + 1])
        for answer in range(2):
            column = np.float32(state[table + answer] + state[table + 2 + answer]
                                + state[table + 4 + answer] + state[table + 6 + answer])
            expected = np.float32(row * column) / seen
            if expected <= np.float32(1.0):
                continue
            gap = np.float32(state[table + 2 * outcome + answer]) - expected
            total = np.float32(total + np.float32(gap * gap) / expected)
    return total <= np.float32(3.0)


F32 = np.float32


class SecondByWhite(Strategy):
    """Cooperates, but answers a defection with one once the opponent's defections outweigh the game so far.

    Edward C. White Jr's entry, 13th of 63 in the second round.

    The rule (TourExec ``k72r.f``), at move M with d the opponent's
    defections so far:

    - If the opponent cooperated last, or M is 10 or less: C.
    - Otherwise D if floor(ln M) x d >= M, else C.

    What the original code does: it computes the weight N as an integer
    (1, or ln M truncated after a defection from move 11 on) and defects
    when the random number R is at most (N x d) / M. That quotient is an
    integer division, truncated, so it is 0 or at least 1, and R, drawn
    from [0, 1), decides nothing: a quotient of 1 or more always defects and
    a quotient of 0 defects only if R is exactly 0 (about one chance in
    ten million per move in single precision). So the entry, though it
    reads a random number, plays a deterministic rule, and this class draws
    nothing; the R = 0 case is the only difference. With N = 1 the quotient
    d / M is always 0 (d counts the moves before this one, so d < M), which
    is why the first ten moves and the moves after a cooperation are C.

    Axelrod-Python's ``SecondByWhite`` plays the same deterministic rule.

    Names:

    - Second by White: K72R, TourExec ``k72r.f``; A80b
    - Axelrod-Python: ``SecondByWhite``
    """

    name = "Second by White"
    classifier = Classifier(stochastic=False, memory_depth=math.inf)
    tourexec = "K72R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        move = turn + 1
        if move <= 10 or history[OPPONENT, turn - 1] == C:
            return C
        weight = int(math.log(move))
        if weight * ctx[OPPONENT_DEFECTIONS] >= move:
            return D
        return C


class SecondByEatherley(Strategy):
    """Cooperates after a cooperation; after a defection, defects with the opponent's defection rate.

    Graham J. Eatherley's entry, 14th of 63 in the second round.

    The rule (TourExec ``k46r.f``):

    - Move 1: C.
    - After an opponent's cooperation: C.
    - After an opponent's defection: D with probability p, the share of the
      opponent's moves so far that were defections (its defections divided
      by M - 1 at move M), else C.

    No quirk changes a decision: the share is computed in single precision
    and compared with the random number (R < p defects), so an opponent
    that has only defected is always answered with D.

    Axelrod-Python's ``SecondByEatherley`` plays the same rule.

    Names:

    - Second by Eatherley: K46R, TourExec ``k46r.f``; A80b
    - Axelrod-Python: ``SecondByEatherley``
    """

    name = "Second by Eatherley"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    tourexec = "K46R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0 or history[OPPONENT, turn - 1] == C:
            return C
        share = np.float32(ctx[OPPONENT_DEFECTIONS]) / np.float32(turn)
        if share >= 1.0:
            return D
        if uniform(rng) < share:
            return D
        return C


class SecondByBlack(Strategy):
    """Defects with a probability that grows with the square of the opponent's recent defections.

    Paul E. Black's entry, 15th of 63 in the second round.

    The rule (TourExec ``k83r.f``):

    - Moves 1 to 5: C.
    - From move 6, with n the opponent's defections among its last five
      moves: D with probability (n^2 - 1) / 25 (nothing for n = 0 or 1, then
      3/25, 8/25, 15/25 and 24/25), else C.

    What the original code does: it keeps the opponent's last five moves in
    a ring buffer with a running total and defects when 25 R < n^2 - 1.
    The buffer is filled on moves 1 to 5 with the moves it was given there,
    the first being the placeholder C of move 1, so on move 6 it holds
    exactly the opponent's moves 1 to 5 after the update; no quirk changes
    a decision.

    Axelrod-Python's ``SecondByBlack`` plays the same rule.

    Names:

    - Second by Black: K83R, TourExec ``k83r.f``; A80b
    - Axelrod-Python: ``SecondByBlack``
    """

    name = "Second by Black"
    classifier = Classifier(stochastic=True, memory_depth=5)
    tourexec = "K83R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < 5:
            return C
        recent = 0
        for t in range(turn - 5, turn):
            recent += history[OPPONENT, t]
        threshold = recent * recent - 1
        if threshold <= 0:
            return C
        if np.float32(uniform(rng)) * np.float32(25.0) < threshold:
            return D
        return C


class SecondByAppold(Strategy):
    """Defects with the rate at which the opponent has answered its move of two turns ago with a defection.

    Scott Appold's entry, 22nd of 63 in the second round.

    The rule (TourExec ``k88r.f``):

    - It sorts the opponent's moves by the move of its own they answered
      (the opponent's move t answers its own move t - 1; the opponent's
      first move counts as answering a C) and keeps, for each of its own
      moves C and D, the share of answers that were defections. The share
      after D starts from one imagined cooperation: defections / (answers
      + 1).
    - Moves 1 to 4: C.
    - From move 5: the first time it sees the opponent's last move be a
      defection, it cooperates (once in the game).
    - Otherwise, at move M, it looks at its own move M - 2 (the one the
      opponent's last move answered) and defects with the share of
      defections the opponent has answered that move with, this last answer
      included.

    Quirks of the original, reproduced:

    - The "after a D" share has a denominator one larger than the count of
      answers (the counter starts at 1 and the numerator at 0), so it never
      reaches 1: against a defector, each D is answered with a D with
      probability k / (k + 1) after k answers.
    - The forgiven defection is the first one the rule sees from move 5 on,
      i.e. among the opponent's moves from its 4th; defections on its moves
      1 to 3 do not use it up.

    Axelrod-Python's ``SecondByAppold`` plays the same rule: it counts the
    cooperations with the same imagined extra one after a D and forgives the
    same defection.

    Names:

    - Second by Appold: K88R, TourExec ``k88r.f``; A80b
    - Axelrod-Python: ``SecondByAppold``
    """

    name = "Second by Appold"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    tourexec = "K88R"
    answers_c = State(doc="the opponent's moves that answered this rule's C")
    defections_c = State(doc="the opponent's defections that answered this rule's C")
    answers_d = State(doc="the opponent's moves that answered this rule's D")
    defections_d = State(doc="the opponent's defections that answered this rule's D")
    forgiven = State(doc="1 once the opponent's first defection seen from move 5 on was forgiven")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        last = history[OPPONENT, turn - 1]
        answered = history[OWN, turn - 2] if turn >= 2 else C
        if answered == C:
            state[SecondByAppold.answers_c] += 1.0
            state[SecondByAppold.defections_c] += last
        else:
            state[SecondByAppold.answers_d] += 1.0
            state[SecondByAppold.defections_d] += last
        if turn < 4:
            return C
        if last == D and state[SecondByAppold.forgiven] == 0.0:
            state[SecondByAppold.forgiven] = 1.0
            return C
        if answered == C:
            share = (np.float32(state[SecondByAppold.defections_c])
                     / np.float32(state[SecondByAppold.answers_c]))
        else:
            share = (np.float32(state[SecondByAppold.defections_d])
                     / np.float32(state[SecondByAppold.answers_d] + 1.0))
        if share <= 0.0:
            return C
        if share >= 1.0:
            return D
        if uniform(rng) < share:
            return D
        return C


class SecondByTranquilizer(Strategy):
    """Cooperates while doing well, with occasional probing defections; tit for tat when doing badly.

    Craig Feathers' entry, 27th of 63 in the second round (Axelrod called it
    TRANQUILIZER).

    The rule (TourExec ``k67r.f``), at move M with K and L its own and the
    opponent's scores before the move and J the opponent's last move
    (1 for D):

    - Right after a probing defection (below) it cooperates, whatever else.
    - If K >= 2.25 M (doing well): it cooperates with probability
      p = 0.95 - (a + b - 5) / 15 + 1 / M^2 - J / 4; otherwise it defects,
      and that defection is a probe. Here a is the average payoff it got on
      its probes and b the average payoff on the cooperations that follow
      them, each averaged together with a starting value (a starts as one
      payoff of 5, b as one payoff of 0). Probes that paid well (the
      opponent cooperated through them) make further probes likelier.
    - Else if K >= 1.75 M: it cooperates with probability
      p = 0.25 + c / M - s / 4 + (K - L) / 100 + 4 / M, where c counts the
      opponent's cooperations and s the length of its current run of
      defections; otherwise it defects (not a probe).
    - Else: tit for tat.

    What the original code does: it records a probe in a flag that goes
    1 -> 2 -> 0 over the next two moves, updating a with the payoff of the
    probe move and b with the payoff of the cooperation after it; the
    probabilities are computed in single precision and compared with R
    (R <= p cooperates), as here.

    Quirks of the original, reproduced:

    - c also counts the placeholder "cooperation" the rule is given on move
      1, so it is one more than the opponent's cooperations.
    - The score thresholds compare the score of the M - 1 moves played with
      2.25 M and 1.75 M (the current move number), so they ask for a little
      more than the average per move; move 1 (score 0) is tit for tat, i.e. C.
    - The starting values (a = 5, b = 0, each weighted as one move) make
      a + b - 5 zero before the first probe, and they stay in the averages:
      a probe the opponent lets pass (payoffs 5 and 3) lowers p by 0.1, and
      only probes answered badly push a + b - 5 below zero.

    Axelrod-Python's ``SecondByTranquilizer``, reverse-engineered from
    this code, plays the same rule (it divides the score by the move number
    and computes in double precision, which decides the same way).

    Names:

    - Second by Feathers: K67R, TourExec ``k67r.f``; A80b (TRANQUILIZER)
    - Axelrod-Python: ``SecondByTranquilizer``
    """

    name = "Second by Feathers"
    classifier = Classifier(stochastic=True, memory_depth=math.inf, uses_payoffs=True)
    tourexec = "K67R"
    run = State(doc="the opponent's current run of defections")
    cooperations = State(doc="1 + the opponent's cooperations")
    probe = State(doc="0, or 1 on the move after a probe and 2 on the move after that")
    probe_payoff = State(doc="average payoff of the probes, with a starting 5")
    probes = State(doc="probes averaged in probe_payoff, starting at 1")
    after_payoff = State(doc="average payoff of the moves after the probes, with a starting 0")
    afters = State(doc="moves averaged in after_payoff, starting at 1")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        cls = SecondByTranquilizer
        move = turn + 1
        if turn == 0:
            state[cls.probe_payoff] = 5.0
            state[cls.probes] = 1.0
            state[cls.afters] = 1.0
            last = 0
            own = 0
        else:
            last = history[OPPONENT, turn - 1]
            own = history[OWN, turn - 1]
        payoff = F32(3 - 3 * last + 2 * own - own * last)
        if state[cls.probe] == 2.0:
            state[cls.probe] = 0.0
            n = F32(state[cls.afters])
            state[cls.after_payoff] = (F32(state[cls.after_payoff]) * n + payoff) / (n + F32(1.0))
            state[cls.afters] += 1.0
        elif state[cls.probe] == 1.0:
            state[cls.probe] = 2.0
            n = F32(state[cls.probes])
            state[cls.probe_payoff] = (F32(state[cls.probe_payoff]) * n + payoff) / (n + F32(1.0))
            state[cls.probes] += 1.0
        if last == D:
            state[cls.run] += 1.0
        else:
            state[cls.run] = 0.0
            state[cls.cooperations] += 1.0
        if state[cls.probe] == 2.0:
            return C
        own_score = ctx[OWN_SCORE]
        if own_score >= 2.25 * move:
            p = (F32(0.95) - (F32(state[cls.probe_payoff]) + F32(state[cls.after_payoff]) - F32(5.0)) / F32(15.0)
                 + F32(1.0) / F32(move * move) - F32(last) / F32(4.0))
            if p >= 1.0 or (p > 0.0 and uniform(rng) <= p):
                return C
            state[cls.probe] = 1.0
            return D
        if own_score >= 1.75 * move:
            p = (F32(0.25) + F32(state[cls.cooperations]) / F32(move) - F32(state[cls.run]) * F32(0.25)
                 + F32(own_score - ctx[OPPONENT_SCORE]) / F32(100.0) + F32(4.0) / F32(move))
            if p >= 1.0 or (p > 0.0 and uniform(rng) <= p):
                return C
            return D
        return last


class SecondByJoss(Strategy):
    """Tit for tat with random probes, that turns to defection against a poor cooperator.

    Johann Joss's entry, 29th of 63 in the second round. Not the first
    round's Joss rule (``FirstByJoss``, a tit for tat that defects at random
    10% of the time): this one is a state machine around that idea.

    The rule (TourExec ``k69r.f``), at move M, with c the opponent's
    cooperations so far, d a count of the opponent's defections in a row,
    and J the opponent's last move:

    - Move 1: C; it starts in the normal state.
    - Normal state: with probability 0.1 it defects (a probe). Otherwise:
      it updates d; if d > 20 it cooperates, sets d to 0 and turns to
      "forgiving tit for tat" (below); else if c < 0.7 (M - 3) it turns to
      "defecting" and plays that state's move at once; else it plays J.
    - After a probe it plays the normal state's move without a probe (which
      may also move it to "defecting" or "forgiving tit for tat"); if it
      stays normal, on the next move it cooperates, and if the opponent's
      last move was a D, that counts against the opponent: after the fourth
      such D it turns to forgiving tit for tat (cooperating on that move,
      with d set to 0). Then it is back to normal.
    - Defecting: it updates d and defects; once d > 10 it turns to forgiving
      tit for tat (this move still a D).
    - Forgiving tit for tat (for the rest of the game): it updates d; if
      d > 20 it cooperates and sets d to 0, else it plays J.

    Updating d: +1 if the opponent's last move was D, else back to 0.

    Quirks of the original, reproduced:

    - When the normal state turns to "defecting", d is updated twice on that
      move (once by each state's code), so a run of opponent defections
      counts double there.
    - The count of four punished probe answers is never reset.
    - "c < 0.7 (M - 3)" counts the opponent's cooperations on all its moves
      but compares them with 70% of M - 3 (two moves fewer than it has
      played), and the test is made on every move of the normal state, from
      move 2; 0.7 (M - 3) is computed in single precision as in the
      original (it rounds to the exact value at every move number up to 400,
      so it decides as exact arithmetic would).

    Axelrod-Python has no version of this rule; its ``FirstByJoss`` is the
    first-round entry.

    Names:

    - Second by Joss: K69R, TourExec ``k69r.f``; A80b
    """

    name = "Second by Joss"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    tourexec = "K69R"
    phase = State(doc="1 normal, 2 defecting, 3 forgiving tit for tat, 4 two moves after a probe, 5 after a probe")
    punished = State(doc="the opponent's defections answering the move after a probe")
    run = State(doc="the opponent's defections in a row, as counted by the original")
    cooperations = State(doc="the opponent's cooperations")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        cls = SecondByJoss
        if turn == 0:
            state[cls.phase] = 1.0
            return C
        move = turn + 1
        last = history[OPPONENT, turn - 1]
        if last == C:
            state[cls.cooperations] += 1.0
        phase = state[cls.phase]
        if phase == 4.0:
            if last == D:
                state[cls.punished] += 1.0
                if state[cls.punished] > 3.0:
                    state[cls.phase] = 3.0
                    state[cls.run] = 0.0
                    return C
            state[cls.phase] = 1.0
            return C
        if phase == 3.0:
            state[cls.run] = state[cls.run] + 1.0 if last == D else 0.0
            if state[cls.run] > 20.0:
                state[cls.run] = 0.0
                return C
            return last
        if phase == 1.0 or phase == 5.0:
            if phase == 1.0 and uniform(rng) < F32(0.1):
                state[cls.phase] = 5.0
                return D
            if phase == 5.0:
                state[cls.phase] = 4.0
            state[cls.run] = state[cls.run] + 1.0 if last == D else 0.0
            if state[cls.run] > 20.0:
                state[cls.phase] = 3.0
                state[cls.run] = 0.0
                return C
            if not (F32(state[cls.cooperations]) < F32(0.7) * F32(move - 3)):
                return last
        # Defecting (phase 2, or entered just now from the normal state's code).
        state[cls.phase] = 2.0
        state[cls.run] = state[cls.run] + 1.0 if last == D else 0.0
        if state[cls.run] > 10.0:
            state[cls.phase] = 3.0
        return D


class SecondByPebly(Strategy):
    """Keeps its move while the players agree; when they differ, defects with probability 0.8.

    Robert Pebly's entry, 32nd of 63 in the second round.

    The rule (TourExec ``k70r.f``):

    - Move 1: C.
    - If the opponent's last move equals its own last move: it repeats its
      own last move (C after C/C, D after D/D).
    - Otherwise: D with probability 0.8, else C.

    So mutual defection, once reached, lasts until the opponent cooperates.
    The original keeps its own last move in a variable and compares it with
    the opponent's; R > 0.2 defects. No quirk changes a decision.

    Axelrod-Python has no version of this rule.

    Names:

    - Second by Pebly: K70R, TourExec ``k70r.f``; A80b
    """

    name = "Second by Pebly"
    classifier = Classifier(stochastic=True, memory_depth=1)
    tourexec = "K70R"

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return C
        own = history[OWN, turn - 1]
        if own == history[OPPONENT, turn - 1]:
            return own
        if uniform(rng) > F32(0.2):
            return D
        return C


@njit(cache=True, inline="always")
def _adams_due(count):
    """Whether the original's (doubled) defection count calls for a punishment, as its C branch tests it."""
    return count > 2 and (count % 3 == 0 or count % 3 == 1)


class SecondByRobertAdams(Strategy):
    """Answers defections with ever less likely forgiveness and with periodic two-move punishments.

    Robert Adams's entry, 35th of 63 in the second round.

    The rule (TourExec ``k40r.f``), with w a count of the opponent's
    defections (see the quirks) and q a forgiveness probability that starts
    at 0.8:

    - Moves 1 and 2: C.
    - Every opponent's defection halves q.
    - From move 3, after an opponent's defection: if w is 1 more than a
      multiple of 3, or a multiple of 3 above 2, it punishes: D, and q halved
      once more. Otherwise it cooperates with probability q (q is halved
      again either way).
    - From move 3, after an opponent's cooperation: D on the move after a
      punishment; else D (a new punishment, as above) if w > 2 and w is a
      multiple of 3 or 1 more than one; else C.

    Quirks of the original, reproduced:

    - w counts each defection of the opponent twice from move 3 on (once
      when it is seen and once in the branch for defections), and once on
      move 2; the multiples-of-3 tests are made on this count.
    - The test after a defection reads "(w > 2 and w a multiple of 3) or
      w - 1 a multiple of 3" (Fortran's .AND. before .OR.); the test after a
      cooperation has brackets (added by Axelrod) and needs w > 2 for both.
      The difference never shows in play: the test is first made on move 3,
      when w is already at least 2.
    - The code also marks the move after a punishment for a defection if the
      opponent cooperates; that never changes a move, since w is then due
      and the cooperation is punished anyway (next point).
    - Since w does not change on a cooperation, once w is due, every
      opponent's cooperation is punished until the next defection moves w.
    - q is halved twice per defection from move 3 (and once more on each
      punishment); it is kept in single precision as in the original.

    Axelrod-Python has no version of this rule (its ``SecondByWmAdams`` is
    William Adams's K44R).

    Names:

    - Second by Robert Adams: K40R, TourExec ``k40r.f``; A80b
    """

    name = "Second by Robert Adams"
    classifier = Classifier(stochastic=True, memory_depth=math.inf)
    tourexec = "K40R"
    since = State(doc="moves since the last punishment, as the original counts them (1 on a punishment)")
    count = State(doc="the original's count of the opponent's defections")
    forgive = State(doc="the forgiveness probability, in single precision")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        cls = SecondByRobertAdams
        if turn == 0:
            state[cls.since] = 3.0
            state[cls.forgive] = F32(0.8)
        last = history[OPPONENT, turn - 1] if turn > 0 else C
        state[cls.since] += 1.0
        if last == D:
            state[cls.count] += 1.0
            state[cls.forgive] = F32(state[cls.forgive]) / F32(2.0)
        if turn < 2:
            return C
        if last == D:
            state[cls.count] += 1.0
            w = int(state[cls.count])
            if (w > 2 and w % 3 == 0) or w % 3 == 1:
                state[cls.since] = 1.0
                state[cls.forgive] = F32(state[cls.forgive]) / F32(2.0)
                return D
            q = F32(state[cls.forgive])
            state[cls.forgive] = q / F32(2.0)
            if uniform(rng) < q:
                return C
            return D
        if state[cls.since] == 1.0 or state[cls.since] == 2.0:
            return D
        if _adams_due(int(state[cls.count])):
            state[cls.since] = 1.0
            state[cls.forgive] = F32(state[cls.forgive]) / F32(2.0)
            return D
        return C
