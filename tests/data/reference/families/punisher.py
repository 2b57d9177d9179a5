"""The punishers (punisher.py) against the fixed sequences."""

PLAYERS = {
    "Punisher": {"class": "Punisher"},
    "InversePunisher": {"class": "InversePunisher"},
    "LevelPunisher": {"class": "LevelPunisher"},
    "TrickyLevelPunisher": {"class": "TrickyLevelPunisher"},
}
