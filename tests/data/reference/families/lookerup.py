"""The named lookup tables (strategies/lookerup.py) against the fixed sequences."""

PLAYERS = {
    name: {"class": name}
    for name in ("EvolvedLookerUp1_1_1", "EvolvedLookerUp2_2_2", "Winner12", "Winner21")
}
