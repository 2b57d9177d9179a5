"""The gamblers (strategies/gambler.py) against the fixed sequences."""

PLAYERS = {
    name: {"class": name}
    for name in ("PSOGamblerMem1", "PSOGambler1_1_1", "PSOGambler2_2_2", "PSOGambler2_2_2_Noise05", "ZDMem2")
}
# The generic player with a table that draws (Axelrod-Python's default Gambler is tit for tat).
PLAYERS["Gambler(1,1,1)"] = {
    "class": "Gambler",
    "kwargs": {"pattern": [0.5, 0.2, 0.9, 0.1, 0.7, 0.3, 1.0, 0.0], "parameters": [1, 1, 1]},
}
PLAYERS["Gambler(0,2,0)"] = {
    "class": "Gambler",
    "kwargs": {"pattern": [0.9, 0.4, 0.6, 0.05], "parameters": [0, 2, 0]},
}
