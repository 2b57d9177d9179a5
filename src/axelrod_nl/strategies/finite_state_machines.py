"""Named finite-state machines: published and evolved machines run by the generic ``FSMPlayer``.

Each machine is a table of rows ``(state, opponent_action, next_state,
action)`` as :class:`~axelrod_nl.strategies.finite_state.FSMPlayer` takes it.
The tables are those of Axelrod-Python 4.14 (``axelrod/strategies/
finite_state_machines.py``), which took the hand-described machines from
Ashlock's papers and evolved the others itself; they are data, kept below as
module constants.
"""

from __future__ import annotations

from ..parameters import Move
from ..strategy import Classifier
from .cycler import _Named
from .finite_state import FSMPlayer, _StateLabel, _Transitions

FORTRESS3 = (
    (1, "C", 1, "D"), (1, "D", 2, "D"), (2, "C", 1, "D"), (2, "D", 3, "C"), (3, "C", 3, "C"),
    (3, "D", 1, "D"),
)

FORTRESS4 = (
    (1, "C", 1, "D"), (1, "D", 2, "D"), (2, "C", 1, "D"), (2, "D", 3, "D"), (3, "C", 1, "D"),
    (3, "D", 4, "C"), (4, "C", 4, "C"), (4, "D", 1, "D"),
)

PREDATOR = (
    (0, "C", 0, "D"), (0, "D", 1, "D"), (1, "C", 2, "D"), (1, "D", 3, "D"), (2, "C", 4, "C"),
    (2, "D", 3, "D"), (3, "C", 5, "D"), (3, "D", 4, "C"), (4, "C", 2, "C"), (4, "D", 6, "D"),
    (5, "C", 7, "D"), (5, "D", 3, "D"), (6, "C", 7, "C"), (6, "D", 7, "D"), (7, "C", 8, "D"),
    (7, "D", 7, "D"), (8, "C", 8, "D"), (8, "D", 6, "D"),
)

PUN1 = (
    (1, "C", 2, "C"), (1, "D", 2, "C"), (2, "C", 1, "C"), (2, "D", 1, "D"),
)

RAIDER = (
    (0, "C", 2, "D"), (0, "D", 2, "D"), (1, "C", 1, "C"), (1, "D", 1, "D"), (2, "C", 0, "D"),
    (2, "D", 3, "C"), (3, "C", 0, "D"), (3, "D", 1, "C"),
)

RIPOFF = (
    (1, "C", 2, "C"), (1, "D", 3, "C"), (2, "C", 1, "D"), (2, "D", 3, "C"), (3, "C", 3, "C"),
    (3, "D", 3, "D"),
)

USUALLY_COOPERATES = (
    (1, "C", 1, "C"), (1, "D", 2, "C"), (2, "C", 1, "D"), (2, "D", 1, "C"),
)

USUALLY_DEFECTS = (
    (1, "C", 2, "D"), (1, "D", 1, "D"), (2, "C", 1, "D"), (2, "D", 1, "C"),
)

SOLUTION_B1 = (
    (1, "C", 2, "D"), (1, "D", 1, "D"), (2, "C", 2, "C"), (2, "D", 3, "C"), (3, "C", 3, "C"),
    (3, "D", 3, "C"),
)

SOLUTION_B5 = (
    (1, "C", 2, "C"), (1, "D", 6, "D"), (2, "C", 2, "C"), (2, "D", 3, "D"), (3, "C", 6, "C"),
    (3, "D", 1, "D"), (4, "C", 3, "C"), (4, "D", 6, "D"), (5, "C", 5, "D"), (5, "D", 4, "D"),
    (6, "C", 3, "C"), (6, "D", 5, "D"),
)

THUMPER = (
    (1, "C", 1, "C"), (1, "D", 2, "D"), (2, "C", 1, "D"), (2, "D", 1, "D"),
)

EVOLVED_FSM_4 = (
    (0, "C", 0, "C"), (0, "D", 2, "D"), (1, "C", 3, "D"), (1, "D", 0, "C"), (2, "C", 2, "D"),
    (2, "D", 1, "C"), (3, "C", 3, "D"), (3, "D", 1, "D"),
)

EVOLVED_FSM_16 = (
    (0, "C", 0, "C"), (0, "D", 12, "D"), (1, "C", 3, "D"), (1, "D", 6, "C"), (2, "C", 2, "D"),
    (2, "D", 14, "D"), (3, "C", 3, "D"), (3, "D", 3, "D"), (5, "C", 12, "D"), (5, "D", 10, "D"),
    (6, "C", 5, "C"), (6, "D", 12, "D"), (7, "C", 3, "D"), (7, "D", 1, "C"), (8, "C", 5, "C"),
    (8, "D", 5, "C"), (10, "C", 11, "D"), (10, "D", 8, "C"), (11, "C", 15, "D"), (11, "D", 5, "D"),
    (12, "C", 8, "C"), (12, "D", 11, "D"), (13, "C", 13, "D"), (13, "D", 7, "D"), (14, "C", 13, "D"),
    (14, "D", 13, "D"), (15, "C", 15, "D"), (15, "D", 2, "C"),
)

EVOLVED_FSM_16_NOISE_05 = (
    (0, "C", 8, "C"), (0, "D", 3, "D"), (1, "C", 13, "C"), (1, "D", 15, "D"), (2, "C", 12, "C"),
    (2, "D", 3, "D"), (3, "C", 10, "C"), (3, "D", 3, "D"), (4, "C", 5, "D"), (4, "D", 4, "D"),
    (5, "C", 4, "D"), (5, "D", 10, "D"), (6, "C", 8, "C"), (6, "D", 6, "D"), (8, "C", 2, "C"),
    (8, "D", 4, "D"), (10, "C", 4, "D"), (10, "D", 1, "D"), (11, "C", 14, "D"), (11, "D", 13, "C"),
    (12, "C", 13, "C"), (12, "D", 2, "C"), (13, "C", 13, "C"), (13, "D", 6, "C"), (14, "C", 3, "D"),
    (14, "D", 13, "D"), (15, "C", 5, "D"), (15, "D", 11, "C"),
)

TF1_MACHINE = (
    (0, "C", 7, "C"), (0, "D", 1, "C"), (1, "C", 11, "D"), (1, "D", 11, "D"), (2, "C", 8, "D"),
    (2, "D", 8, "C"), (3, "C", 3, "C"), (3, "D", 12, "D"), (4, "C", 6, "C"), (4, "D", 3, "C"),
    (5, "C", 11, "C"), (5, "D", 8, "D"), (6, "C", 13, "D"), (6, "D", 14, "C"), (7, "C", 4, "D"),
    (7, "D", 2, "D"), (8, "C", 14, "D"), (8, "D", 8, "D"), (9, "C", 0, "C"), (9, "D", 10, "D"),
    (10, "C", 8, "C"), (10, "D", 15, "C"), (11, "C", 6, "D"), (11, "D", 5, "D"), (12, "C", 6, "D"),
    (12, "D", 9, "D"), (13, "C", 9, "D"), (13, "D", 8, "D"), (14, "C", 8, "D"), (14, "D", 13, "D"),
    (15, "C", 4, "C"), (15, "D", 5, "C"),
)

TF2_MACHINE = (
    (0, "C", 13, "D"), (0, "D", 12, "D"), (1, "C", 3, "D"), (1, "D", 4, "D"), (2, "C", 14, "D"),
    (2, "D", 9, "D"), (3, "C", 0, "C"), (3, "D", 1, "D"), (4, "C", 1, "D"), (4, "D", 2, "D"),
    (7, "C", 12, "D"), (7, "D", 2, "D"), (8, "C", 7, "D"), (8, "D", 9, "D"), (9, "C", 8, "D"),
    (9, "D", 0, "D"), (10, "C", 2, "C"), (10, "D", 15, "C"), (11, "C", 7, "D"), (11, "D", 13, "D"),
    (12, "C", 3, "C"), (12, "D", 8, "D"), (13, "C", 7, "C"), (13, "D", 10, "D"), (14, "C", 10, "D"),
    (14, "D", 7, "D"), (15, "C", 15, "C"), (15, "D", 11, "D"),
)

TF3_MACHINE = (
    (0, "C", 0, "C"), (0, "D", 3, "C"), (1, "C", 5, "D"), (1, "D", 0, "C"), (2, "C", 3, "C"),
    (2, "D", 2, "D"), (3, "C", 4, "D"), (3, "D", 6, "D"), (4, "C", 3, "C"), (4, "D", 1, "D"),
    (5, "C", 6, "C"), (5, "D", 3, "D"), (6, "C", 6, "D"), (6, "D", 6, "D"), (7, "C", 7, "D"),
    (7, "D", 5, "C"),
)

EVOLVED_FSM_6 = (
    (2, "C", 2, "D"), (2, "D", 7, "D"), (3, "C", 6, "D"), (3, "D", 4, "C"), (4, "C", 4, "C"),
    (4, "D", 6, "D"), (5, "C", 2, "D"), (5, "D", 7, "D"), (6, "C", 3, "C"), (6, "D", 5, "D"),
    (7, "C", 2, "C"), (7, "D", 3, "D"),
)


def _machine(table, initial_state: int, initial_action: str):
    """The three declarations of a named machine: its table, initial state and first move."""
    return (
        _Transitions(default=table, doc="rows (state, opponent_action, next_state, action)"),
        _StateLabel(default=initial_state, doc="the state of the first move"),
        Move(default=initial_action, doc="the first move"),
    )


class Fortress3(_Named, FSMPlayer):
    """Defects until the opponent gives a password of two defections in a row, then cooperates with it.

    A three-state machine that opens with D and keeps defecting; once the
    opponent has defected twice running it cooperates, and goes on
    cooperating for as long as the opponent does. Any other defection sends
    it back to the start. Against itself it locks into the password and
    mutual cooperation; against a cooperator it defects for ever.

    The machine is specified by Ashlock et al. (IEEE CEC 2006,
    doi:10.1109/CEC.2006.1688322); Axelrod-Python notes that the description
    in Li, Hingston and Kendall (2011,
    http://www.graham-kendall.com/papers/lhk2011.pdf) is not right.

    Names:

    - Fortress3: Axelrod-Python ``Fortress3``
    - Fortress 3: Ashlock et al. (2006), [Ashlock2006b] in Axelrod-Python
    """

    name = "Fortress3"
    classifier = Classifier(stochastic=False, memory_depth=2)
    transitions, initial_state, initial_action = _machine(FORTRESS3, 1, "D")


class Fortress4(_Named, FSMPlayer):
    """Defects until the opponent gives a password of three defections in a row, then cooperates with it.

    The four-state sibling of :class:`Fortress3`: D from the start, C only
    after three consecutive defections by the opponent, and C kept up while
    the opponent cooperates; any other defection resets it.

    Names:

    - Fortress4: Axelrod-Python ``Fortress4``
    - Fortress 4: Ashlock et al. (2006, doi:10.1109/CEC.2006.1688322), [Ashlock2006b] in Axelrod-Python
    """

    name = "Fortress4"
    classifier = Classifier(stochastic=False, memory_depth=3)
    transitions, initial_state, initial_action = _machine(FORTRESS4, 1, "D")


class Predator(_Named, FSMPlayer):
    """A nine-state machine that opens with C, then mostly defects, cooperating on a few paths of its table.

    It exploits opponents that keep cooperating and cooperates in short
    stretches with those that answer in kind; most of its states defect.

    Names:

    - Predator: Axelrod-Python ``Predator``
    - Predator: Ashlock et al. (2006, doi:10.1109/CEC.2006.1688322), [Ashlock2006b] in Axelrod-Python
    """

    name = "Predator"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(PREDATOR, 0, "C")


class Pun1(_Named, FSMPlayer):
    """Opens with D, then alternates: an unconditional cooperation, then a copy of the opponent's last move.

    Its two states take turns: in one it cooperates whatever the opponent
    did; in the other it plays tit for tat. So from the second move on it
    cooperates on every even move (counting from one) and punishes only
    defections it sees on odd moves.

    Names:

    - Pun1: Axelrod-Python ``Pun1``
    - Pun1: Ashlock et al. (2006), [Ashlock2006] in Axelrod-Python
    """

    name = "Pun1"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(PUN1, 1, "D")


class Raider(_Named, FSMPlayer):
    """Opens with two defections and keeps defecting on cooperators; two defections in reply make it tit for tat.

    It defects for as long as the opponent cooperates. An opponent's
    defection seen in the right state is met with a cooperation; a second
    defection in a row sends it into a state where it plays tit for tat for
    the rest of the match.

    Names:

    - Raider: Axelrod-Python ``Raider``
    - Raider: Ashlock et al. (2014, IEEE FOCI, doi:10.1109/FOCI.2014.7007818), [Ashlock2014] in Axelrod-Python
    """

    name = "Raider"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(RAIDER, 0, "D")


class Ripoff(_Named, FSMPlayer):
    """Opens with D and alternates C and D against a cooperator; once the opponent defects, tit for tat.

    Its first two states take turns cooperating and defecting while the
    opponent cooperates; the first defection by the opponent is answered
    with a cooperation and moves it for good into tit for tat.

    Names:

    - Ripoff: Axelrod-Python ``Ripoff``
    - Ripoff: doi:10.1109/TEVC.2008.920675, [Ashlock2008] in Axelrod-Python
    """

    name = "Ripoff"
    classifier = Classifier(stochastic=False, memory_depth=3)
    transitions, initial_state, initial_action = _machine(RIPOFF, 1, "D")


class UsuallyCooperates(_Named, FSMPlayer):
    """Cooperates, except that it defects after an opponent's cooperation that follows a defection.

    It opens with C. After the opponent defects it still cooperates; if the
    opponent's next move is a cooperation it answers it with one defection,
    and if it is another defection it cooperates and starts over.

    Names:

    - UsuallyCooperates: Axelrod-Python ``UsuallyCooperates``
    - Usually Cooperates (UC): [Ashlock2009] in Axelrod-Python
    """

    name = "UsuallyCooperates"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(USUALLY_COOPERATES, 1, "C")


class UsuallyDefects(_Named, FSMPlayer):
    """Defects, except that it cooperates after an opponent's defection that follows a cooperation.

    It opens with D. After the opponent cooperates it still defects; if the
    opponent's next move is a defection it answers it with one cooperation,
    and if it is another cooperation it defects and starts over.

    Names:

    - UsuallyDefects: Axelrod-Python ``UsuallyDefects``
    - Usually Defects (UD): [Ashlock2009] in Axelrod-Python
    """

    name = "UsuallyDefects"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(USUALLY_DEFECTS, 1, "D")


class SolutionB1(_Named, FSMPlayer):
    """Defects until the opponent cooperates, answers that cooperation with one more D, then always cooperates.

    It opens with D and defects while the opponent defects. The opponent's
    first cooperation moves it to a second state, with one more defection;
    from there it cooperates on every move, whatever the opponent plays.

    Names:

    - SolutionB1: Axelrod-Python ``SolutionB1``
    - Solution B1: Ashlock et al. (2015), doi:10.1109/TCIAIG.2014.2326012, [Ashlock2015] in Axelrod-Python
    """

    name = "SolutionB1"
    classifier = Classifier(stochastic=False, memory_depth=2)
    transitions, initial_state, initial_action = _machine(SOLUTION_B1, 1, "D")


class SolutionB5(_Named, FSMPlayer):
    """A six-state machine that opens with D, cooperates with cooperators and meets defection with runs of D.

    Names:

    - SolutionB5: Axelrod-Python ``SolutionB5``
    - Solution B5: doi:10.1109/TCIAIG.2014.2326012, [Ashlock2015] in Axelrod-Python
    """

    name = "SolutionB5"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(SOLUTION_B5, 1, "D")


class Thumper(_Named, FSMPlayer):
    """Tit for tat that answers a defection with two defections.

    It opens with C and cooperates while the opponent does; a defection sends
    it to a state where it defects, and from that state it defects once more
    whatever the opponent plays, then returns to cooperating.

    Names:

    - Thumper: Axelrod-Python ``Thumper``
    - Thumper: doi:10.1109/TEVC.2008.920675, [Ashlock2008] in Axelrod-Python
    """

    name = "Thumper"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(THUMPER, 1, "C")


class EvolvedFSM4(_Named, FSMPlayer):
    """A four-state machine bred by an evolutionary algorithm; it opens with C.

    Trained by Harper et al. (2017, "Reinforcement learning produces
    dominant strategies for the Iterated Prisoner's Dilemma", PLoS ONE
    12(12)) to score well against Axelrod-Python's short-run-time players.

    Names:

    - Evolved FSM 4: Axelrod-Python ``EvolvedFSM4``, named by Marc Harper
    """

    name = "Evolved FSM 4"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(EVOLVED_FSM_4, 0, "C")


class EvolvedFSM16(_Named, FSMPlayer):
    """A sixteen-state machine bred by an evolutionary algorithm; it opens with C.

    Harper et al. (2017) trained it against Axelrod-Python's short-run-time
    players; two of its sixteen states cannot be reached and have no rows.

    Names:

    - Evolved FSM 16: Axelrod-Python ``EvolvedFSM16``, named by Marc Harper
    """

    name = "Evolved FSM 16"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(EVOLVED_FSM_16, 0, "C")


class EvolvedFSM16Noise05(_Named, FSMPlayer):
    """A sixteen-state machine bred by an evolutionary algorithm in matches with 5% noise; it opens with C.

    Names:

    - Evolved FSM 16 Noise 05: Axelrod-Python ``EvolvedFSM16Noise05``, named by Marc Harper (Harper et al. 2017)
    """

    name = "Evolved FSM 16 Noise 05"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(EVOLVED_FSM_16_NOISE_05, 0, "C")


class TF1(_Named, FSMPlayer):
    """A sixteen-state machine trained to maximise its fixation probability in Moran processes; it opens with C.

    Names:

    - TF1: Axelrod-Python ``TF1``, named by Marc Harper
    """

    name = "TF1"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(TF1_MACHINE, 0, "C")


class TF2(_Named, FSMPlayer):
    """A machine trained to maximise its fixation probability in Moran processes; it opens with C.

    Names:

    - TF2: Axelrod-Python ``TF2``, named by Marc Harper
    """

    name = "TF2"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(TF2_MACHINE, 0, "C")


class TF3(_Named, FSMPlayer):
    """An eight-state machine trained to maximise its fixation probability in Moran processes; it opens with C.

    Names:

    - TF3: Axelrod-Python ``TF3``, named by Marc Harper
    """

    name = "TF3"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(TF3_MACHINE, 0, "C")


class EvolvedFSM6(_Named, FSMPlayer):
    """A six-state machine bred by an evolutionary algorithm; it opens with C in state 4.

    Frederick Vincent and Dashiell Fryer evolved ten-state machines with
    axelrod-dojo against Axelrod-Python's short-run-time players (200 moves,
    no noise); six states of the winner are reachable, and those are the table.

    Names:

    - Evolved FSM 6: Axelrod-Python ``EvolvedFSM6``, named by Frederick Vincent and Dashiell Fryer
    """

    name = "Evolved FSM 6"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    transitions, initial_state, initial_action = _machine(EVOLVED_FSM_6, 4, "C")
