"""The classic catalogue against Axelrod-Python 4.14's moves on fixed sequences (tests/data/reference/classic.json.gz)."""

import pytest

from reference_sequences import check_player, keys


@pytest.mark.parametrize("key", keys("classic"))
def test_plays_as_the_reference_library(key):
    check_player("classic", key)
