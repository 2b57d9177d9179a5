"""The Thue-Morse players (strategies/sequence_player.py) against the fixed sequences."""

PLAYERS = {name: {"class": name} for name in ("ThueMorse", "ThueMorseInverse")}
