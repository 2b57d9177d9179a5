"""The Adaptors (adaptor.py) against the fixed sequences."""

PLAYERS = {
    "AdaptorBrief": {"class": "AdaptorBrief"},
    "AdaptorLong": {"class": "AdaptorLong"},
}
