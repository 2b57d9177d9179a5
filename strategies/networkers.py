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

from axelrod_nl import (
    OPPONENT,
    OPPONENT_DEFECTIONS,
    OWN,
    C,
    Classifier,
    Count,
    D,
    Number,
    State,
    Strategy,
    rule,
)


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

    investment = Count(default=3, minimum=1, doc="moves of unconditional cooperation")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn < params[GiveFirst.investment]:
            return C
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
    credit = Number(default=2.0, minimum=0.0, above=True, doc="the opening balance, trust extended to a stranger")
    penalty = Number(default=3.0, minimum=0.0, above=True, doc="what one defection withdraws")
    cap = Number(default=5.0, doc="the largest balance a good record can build")
    balance = State(doc="the balance of favours")

    def validate(self) -> None:
        if self.cap < self.credit:
            raise ValueError(f"cap must be at least credit ({self.credit:g}), got {self.cap:g}")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if turn == 0:
            state[SocialBankAccount.balance] = params[SocialBankAccount.credit]
            return C
        if history[OPPONENT, turn - 1] == C:
            state[SocialBankAccount.balance] = min(state[SocialBankAccount.balance] + 1.0,
                                                   params[SocialBankAccount.cap])
        else:
            state[SocialBankAccount.balance] -= params[SocialBankAccount.penalty]
        return C if state[SocialBankAccount.balance] > 0 else D


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
    signal = State(doc="moves of the signal still to play: 2 = second defection, 1 = the offer")

    @rule
    def decide(turn, history, ctx, params, state, rng):
        if state[ClearAsk.signal] > 0:
            state[ClearAsk.signal] -= 1
            return D if state[ClearAsk.signal] > 0 else C
        if turn > 0 and history[OPPONENT, turn - 1] == D and history[OWN, turn - 1] == C:
            state[ClearAsk.signal] = 2
            return D
        return C


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
            return C
        return C if ctx[OPPONENT_DEFECTIONS] <= 0.1 * turn else D
