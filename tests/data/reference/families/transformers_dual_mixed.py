"""The dual and the mixture (mutation) transformers of both libraries, alone and composed with others."""

def _t(cls, *steps, **kwargs):
    return {"class": cls, "kwargs": kwargs, "transform": [list(step) for step in steps]}


def _c(name):
    return {"class": name}


PLAYERS = {
    "Dual TitForTat": _t("TitForTat", ("DualTransformer", [])),
    "Dual Grudger": _t("Grudger", ("DualTransformer", [])),
    "Dual WinStayLoseShift": _t("WinStayLoseShift", ("DualTransformer", [])),
    "Dual Gradual": _t("Gradual", ("DualTransformer", [])),
    "Dual Alternator": _t("Alternator", ("DualTransformer", [])),
    "Dual Noisy TitForTat": _t("TitForTat", ("NoisyTransformer", [0.1]), ("DualTransformer", [])),
    "Noisy Dual Grudger": _t("Grudger", ("DualTransformer", []), ("NoisyTransformer", [0.2])),
    "Dual Dual Gradual": _t("Gradual", ("DualTransformer", []), ("DualTransformer", [])),
    "Mutated Cooperator 0.3 Defector": _t("Cooperator", ("MixedTransformer", [0.3, _c("Defector")])),
    "Mutated TitForTat 0.2 0.3 Cooperator Defector": _t(
        "TitForTat", ("MixedTransformer", [[0.2, 0.3], [_c("Cooperator"), _c("Defector")]])),
    "Mutated TitForTat 1 Defector": _t("TitForTat", ("MixedTransformer", [1, _c("Defector")])),
    "Mutated Grudger 0.5 0.5 Cooperator Defector": _t(
        "Grudger", ("MixedTransformer", [[0.5, 0.5], [_c("Cooperator"), _c("Defector")]])),
    "Mutated Defector 0.4 TitForTat": _t("Defector", ("MixedTransformer", [0.4, _c("TitForTat")])),
    "Mutated Cooperator 0.5 Gradual": _t("Cooperator", ("MixedTransformer", [0.5, _c("Gradual")])),
    "Dual Mutated Cooperator 0.3 Defector": _t("Cooperator", ("MixedTransformer", [0.3, _c("Defector")]),
                                              ("DualTransformer", [])),
}
