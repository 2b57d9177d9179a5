"""The meta players (meta.py) against the fixed sequences."""

PLAYERS = {
    "MetaHunter": {"class": "MetaHunter"},
    "MetaHunterAggressive": {"class": "MetaHunterAggressive"},
    "MemoryDecay": {"class": "MemoryDecay"},
    "MemoryDecay-forgetful": {
        "class": "MemoryDecay",
        "kwargs": {"p_memory_delete": 0.5, "p_memory_alter": 0.2, "loss_value": -1.0, "gain_value": 2.0,
                   "start_strategy_duration": 5},
    },
}
