"""Strategy transformers of both libraries on catalogue rules, alone and composed."""

def _t(cls, *steps, **kwargs):
    return {"class": cls, "kwargs": kwargs, "transform": [list(step) for step in steps]}


PLAYERS = {
    "Flipped TitForTat": _t("TitForTat", ("FlipTransformer", [])),
    "Flipped Grudger": _t("Grudger", ("FlipTransformer", [])),
    "Noisy TitForTat 0.1": _t("TitForTat", ("NoisyTransformer", [0.1])),
    "Noisy Cooperator 0.3": _t("Cooperator", ("NoisyTransformer", [0.3])),
    "Noisy TitForTat 1": _t("TitForTat", ("NoisyTransformer", [1])),
    "Forgiving Defector 0.4": _t("Defector", ("ForgiverTransformer", [0.4])),
    "Forgiving TitForTat 0.2": _t("TitForTat", ("ForgiverTransformer", [0.2])),
    "Nice Defector": _t("Defector", ("NiceTransformer", [])),
    "Nice Alternator": _t("Alternator", ("NiceTransformer", [])),
    "Initial TitForTat DDC": _t("TitForTat", ("InitialTransformer", [{"moves": "DDC"}])),
    "Initial Gradual DCD": _t("Gradual", ("InitialTransformer", [{"moves": "DCD"}])),
    "Final TitForTat DD": _t("TitForTat", ("FinalTransformer", [{"moves": "DD"}])),
    "Final Cooperator DCD": _t("Cooperator", ("FinalTransformer", [{"moves": "DCD"}])),
    "HistoryTracking WinStayLoseShift": _t("WinStayLoseShift", ("TrackHistoryTransformer", [])),
    "DeadlockBreaking TitForTat": _t("TitForTat", ("DeadlockBreakingTransformer", [])),
    "DeadlockBreaking SuspiciousTitForTat": _t("SuspiciousTitForTat", ("DeadlockBreakingTransformer", [])),
    "Grudging TitForTat 2": _t("TitForTat", ("GrudgeTransformer", [2])),
    "Grudging Cooperator 0": _t("Cooperator", ("GrudgeTransformer", [0])),
    "Apologizing TitForTat D/C": _t("TitForTat", ("ApologyTransformer", [{"moves": "D"}, {"moves": "C"}])),
    "Apologizing Defector DD/CD": _t("Defector", ("ApologyTransformer", [{"moves": "DD"}, {"moves": "CD"}])),
    "Joss-Ann TitForTat 0.2 0.3": _t("TitForTat", ("JossAnnTransformer", [[0.2, 0.3]])),
    "Joss-Ann Grudger 0.6 0.6": _t("Grudger", ("JossAnnTransformer", [[0.6, 0.6]])),
    "Joss-Ann TitForTat 1 0": _t("TitForTat", ("JossAnnTransformer", [[1, 0]])),
    "Retaliating Cooperator 3": _t("Cooperator", ("RetaliationTransformer", [3])),
    "Retaliating TitForTat 2": _t("TitForTat", ("RetaliationTransformer", [2])),
    "RUA Cooperator": _t("Cooperator", ("RetaliateUntilApologyTransformer", [])),
    "RUA Alternator": _t("Alternator", ("RetaliateUntilApologyTransformer", [])),
    "Final Noisy TitForTat": _t("TitForTat", ("NoisyTransformer", [0.1]), ("FinalTransformer", [{"moves": "DD"}])),
    "Initial Flipped Grudger": _t("Grudger", ("FlipTransformer", []), ("InitialTransformer", [{"moves": "CC"}])),
    "Grudging Forgiving Defector": _t("Defector", ("ForgiverTransformer", [0.5]), ("GrudgeTransformer", [1])),
    "Retaliating DeadlockBreaking Alternator": _t("Alternator", ("DeadlockBreakingTransformer", []),
                                                  ("RetaliationTransformer", [1])),
}
