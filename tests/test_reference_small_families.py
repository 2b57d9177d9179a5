"""The small_families family file against Axelrod-Python 4.14's moves on fixed sequences (tests/data/reference/small_families.json.gz)."""

import pytest
from reference_sequences import check_player, keys


@pytest.mark.parametrize("key", keys("small_families"))
def test_plays_as_the_reference_library(key):
    check_player("small_families", key)
