"""Shared test settings."""

import os

from hypothesis import HealthCheck, settings

# Numba compiles each rule on first use; the first examples of a property may be slow.
settings.register_profile("axelrod_nl", deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "axelrod_nl"))
