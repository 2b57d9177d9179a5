"""Analysis of tournament results: metrics, ecological dynamics, Moran processes and plots.

Not imported by ``import axelrod_nl``, so the core stays fast to load;
matplotlib is imported only when a plot is drawn.

>>> from axelrod_nl.analysis import Ecosystem, MoranProcess, metrics, plots
"""

from __future__ import annotations

from . import ecology, graph_evolution, metrics, moran, plots, stability
from .ecology import Ecosystem
from .metrics import (
    good_partner_rating,
    niceness,
    pair_state_distribution,
    payoff_difference_matrix,
    state_distribution,
    state_to_action_rates,
)
from .moran import (
    FixationEstimate,
    MoranProcess,
    MoranRun,
    estimate_fixation_probability,
    exact_fixation_probability,
)

__all__ = [
    "Ecosystem", "FixationEstimate", "MoranProcess", "MoranRun", "ecology", "estimate_fixation_probability",
    "exact_fixation_probability", "good_partner_rating", "graph_evolution", "metrics", "moran", "niceness",
    "pair_state_distribution", "payoff_difference_matrix", "plots", "state_distribution",
    "stability", "state_to_action_rates",
]
