"""Second by Tester (tester.py) against the fixed sequences."""

PLAYERS = {
    "SecondByTester": {"class": "SecondByTester"},
}
