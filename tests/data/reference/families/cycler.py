"""The named cyclers (strategies/cycler.py) against the fixed sequences."""

PLAYERS = {
    name: {"class": name}
    for name in ("CyclerDC", "CyclerCCD", "CyclerDDC", "CyclerCCCD", "CyclerCCCCCD", "CyclerCCCDCD", "AntiCycler")
}
