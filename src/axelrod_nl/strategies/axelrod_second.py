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
from ..engine.rule import rule
from ..parameters import State
from ..strategy import Classifier, Strategy
from .axelrod_first import FirstByGraaskamp, FirstByNydegger


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
