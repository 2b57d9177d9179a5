"""The named finite-state machines (strategies/finite_state_machines.py) against the fixed sequences."""

PLAYERS = {
    name: {"class": name}
    for name in (
        "Fortress3", "Fortress4", "Predator", "Pun1", "Raider", "Ripoff", "UsuallyCooperates", "UsuallyDefects",
        "SolutionB1", "SolutionB5", "Thumper", "EvolvedFSM4", "EvolvedFSM16", "EvolvedFSM16Noise05",
        "TF1", "TF2", "TF3", "EvolvedFSM6",
    )
}
