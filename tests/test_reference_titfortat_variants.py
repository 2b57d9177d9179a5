"""The titfortat_variants family file against Axelrod-Python 4.14's moves on fixed sequences (tests/data/reference/titfortat_variants.json.gz)."""

import pytest
from reference_sequences import check_player, keys


@pytest.mark.parametrize("key", keys("titfortat_variants"))
def test_plays_as_the_reference_library(key):
    check_player("titfortat_variants", key)
