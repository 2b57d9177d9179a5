"""The adaptive Pavlovs (apavlov.py) against the fixed sequences."""

PLAYERS = {
    "APavlov2006": {"class": "APavlov2006"},
    "APavlov2011": {"class": "APavlov2011"},
}
