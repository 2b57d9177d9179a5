"""Frequency Analyzer (frequency_analyzer.py) against the fixed sequences."""

PLAYERS = {
    "FrequencyAnalyzer": {"class": "FrequencyAnalyzer"},
}
