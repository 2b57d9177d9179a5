"""Rules of networking, as strategies you can copy, edit and load by path.

These rules are ours, not historical entries. They turn the advice of the
article this project grew from (a Dutch piece on professional networking:
networking is reciprocity, a "social bank account" you pay into before you
withdraw; be concrete; trust, but not blindly) into playable rules, so the
advice can be tested against Axelrod's field.

Load them from a spec with ``strategy = "strategies/networkers.py:GiveFirst"``,
or from Python::

    from axelrod_nl.loading import file_class
    GiveFirst = file_class("strategies/networkers.py:GiveFirst")

Each rule is jitted by numba and cached, exactly like the catalogue's; the
last one shows the plain-Python form for quick prototypes.
"""

from axelrod_nl import OPPONENT, OWN, Classifier, Strategy, rule
from axelrod_nl.engine.protocol import OPPONENT_DEFECTIONS


class GiveFirst(Strategy):
    """Invest first: cooperate unconditionally for the first ``investment`` moves, then tit for tat.

    The networking advice "give before you take" read literally: a newcomer's
    first favours are not conditional on anything. After the investment period
    it reciprocates like TIT FOR TAT, so the early gifts are a bounded cost, at
    most ``investment`` sucker's payoffs against a pure exploiter.

    With ``investment = 1`` it is TIT FOR TAT.

    Names:

    - Give First: axelrod-nl's own rule
    """

    name = "Give First"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))

    def __init__(self, investment: int = 3) -> None:
        if isinstance(investment, bool) or not isinstance(investment, int) or investment < 1:
            raise ValueError(f"investment must be a whole number of moves >= 1, got {investment!r}")
        self.investment = investment
        super().__init__(investment)

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < params[0]:
            return 0
        return history[OPPONENT, turn - 1]


class SocialBankAccount(Strategy):
    """Keep a balance of favours; cooperate while the account is not overdrawn.

    The balance starts at ``credit`` (the trust extended to a stranger). Each
    move the opponent cooperates adds one; each defection withdraws
    ``penalty``. The rule cooperates while the balance is positive and defects
    while it is overdrawn, so a partner who keeps paying in can afford an
    occasional lapse, and one who only withdraws is cut off after a few moves.
    The balance never exceeds ``cap``, so a long good record cannot buy a long
    run of exploitation.

    Names:

    - Social Bank Account: axelrod-nl's own rule, after the "social bank
      account" metaphor of the networking article
    """

    name = "Social Bank Account"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))
    state_size = 1

    def __init__(self, credit: float = 2.0, penalty: float = 3.0, cap: float = 5.0) -> None:
        if not (credit > 0 and penalty > 0 and cap >= credit):
            raise ValueError("need credit > 0, penalty > 0 and cap >= credit")
        super().__init__(float(credit), float(penalty), float(cap))

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[0] = params[0]
            return 0
        if history[OPPONENT, turn - 1] == 0:
            state[0] = min(state[0] + 1.0, params[2])
        else:
            state[0] -= params[1]
        return 0 if state[0] > 0 else 1


class ClearAsk(Strategy):
    """Be concrete: answer a defection with exactly two defections, then ask again with a cooperation.

    The article's second lesson is to say clearly what you want. This rule's
    retaliation is a fixed, legible signal (two defections, never more, no
    matter how often it was crossed), followed by an explicit offer to resume
    cooperation. Unlike TIT FOR TAT it cannot be locked into an echo of
    alternating defections, because the offer always comes.

    Names:

    - Clear Ask: axelrod-nl's own rule
    """

    name = "Clear Ask"
    classifier = Classifier(stochastic=False, memory_depth=3)
    state_size = 1

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[0] > 0:  # still signalling
            state[0] -= 1
            return 1 if state[0] > 0 else 0
        if turn > 0 and history[OPPONENT, turn - 1] == 1 and history[OWN, turn - 1] == 0:
            state[0] = 2
            return 1
        return 0


class FairWeatherFriend(Strategy):
    """Cooperate while the opponent has defected on at most a tenth of the moves so far.

    Written as a plain-Python rule (``@rule(jit=False)``) to show the quick path
    for prototypes: no numba needed, the same arguments, about a hundred times
    slower.

    Names:

    - Fair-Weather Friend: axelrod-nl's own rule
    """

    name = "Fair-Weather Friend"
    classifier = Classifier(stochastic=False, memory_depth=float("inf"))

    @rule(jit=False)
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            return "C"
        return "C" if ctx[OPPONENT_DEFECTIONS] <= 0.1 * turn else "D"
