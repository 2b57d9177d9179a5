"""Small families, one module each: forgiver, backstabber, oncebitten, mutual, negation, inverse, tricky,
averagecopier, appeaser, doubler, verybad, shortmem, selfsteem, stalker, handshake, calculator, grumpy,
resurrection and mathematical_constants."""

try:  # only the generator, in the environment that has the reference library, needs its moves
    from axelrod import Action
except ImportError:  # pragma: no cover - the test suite reads the recorded file only
    Action = None


def _actions(pattern: str) -> list:
    return [Action.from_char(c) for c in pattern] if Action is not None else list(pattern)


PLAYERS = {
    "Forgiver": {"class": "Forgiver"},
    "ForgivingTitForTat": {"class": "ForgivingTitForTat"},
    "BackStabber": {"class": "BackStabber"},
    "DoubleCrosser": {"class": "DoubleCrosser"},
    "OnceBitten": {"class": "OnceBitten"},
    "FoolMeOnce": {"class": "FoolMeOnce"},
    "ForgetfulFoolMeOnce": {"class": "ForgetfulFoolMeOnce"},
    "ForgetfulFoolMeOnce(0.3)": {"class": "ForgetfulFoolMeOnce", "kwargs": {"forget_probability": 0.3}},
    "Desperate": {"class": "Desperate"},
    "Hopeless": {"class": "Hopeless"},
    "Willing": {"class": "Willing"},
    "Negation": {"class": "Negation"},
    "Inverse": {"class": "Inverse"},
    "TrickyCooperator": {"class": "TrickyCooperator"},
    "TrickyDefector": {"class": "TrickyDefector"},
    "AverageCopier": {"class": "AverageCopier"},
    "NiceAverageCopier": {"class": "NiceAverageCopier"},
    "Appeaser": {"class": "Appeaser"},
    "Doubler": {"class": "Doubler"},
    "VeryBad": {"class": "VeryBad"},
    "ShortMem": {"class": "ShortMem"},
    "SelfSteem": {"class": "SelfSteem"},
    "Stalker": {"class": "Stalker"},
    "Handshake": {"class": "Handshake"},
    "Handshake(CCD)": {"class": "Handshake", "kwargs": {"initial_plays": "CCD"},
                       "reference_kwargs": {"initial_plays": _actions("CCD")}},
    "Handshake(D)": {"class": "Handshake", "kwargs": {"initial_plays": "D"},
                     "reference_kwargs": {"initial_plays": _actions("D")}},
    "Calculator": {"class": "Calculator"},
    "Grumpy": {"class": "Grumpy"},
    "Grumpy(Grumpy, 3, -2)": {"class": "Grumpy",
                              "kwargs": {"starting_state": "Grumpy", "grumpy_threshold": 3, "nice_threshold": -2}},
    "Grumpy(Nice, 0, 0)": {"class": "Grumpy",
                           "kwargs": {"starting_state": "Nice", "grumpy_threshold": 0, "nice_threshold": 0}},
    "Resurrection": {"class": "Resurrection"},
    "DoubleResurrection": {"class": "DoubleResurrection"},
    "Golden": {"class": "Golden"},
    "Pi": {"class": "Pi"},
    "e": {"class": "e"},
}
