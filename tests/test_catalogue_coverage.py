"""The whole catalogue: every class builds, documents its sources, and is checked against a reference.

Each class must appear in a reference the tests compare it with: the classic
matches (tests/data/reference_moves.json), a family's fixed sequences
(tests/data/reference/*.json.gz, Axelrod-Python 4.14), or, for Axelrod's
tournaments, the original Fortran's moves (second round) and the first
round's own tests.
"""

import gzip
import json
import pathlib

import pytest

import axelrod_nl as axn

DATA = pathlib.Path(__file__).parent / "data"


def _referenced() -> set[str]:
    names = {spec["class"] for spec in json.loads((DATA / "reference_moves.json").read_text())["players"].values()}
    for path in (DATA / "reference").glob("*.json.gz"):
        with gzip.open(path, "rt") as handle:
            data = json.load(handle)
        names |= {entry["class"] for entry in data["players"].values() if not entry.get("transform")}
    return names


def test_the_catalogue_has_the_reference_librarys_breadth():
    assert len(axn.CATALOGUE) >= 200


def test_every_class_is_checked_against_a_reference():
    historical = {name for name, cls in axn.CATALOGUE.items() if cls.tourexec or name.startswith("First")}
    missing = sorted(set(axn.CATALOGUE) - historical - _referenced())
    assert not missing, f"no reference moves for {missing}"


@pytest.mark.parametrize("name", sorted(axn.CATALOGUE))
def test_every_class_builds_and_names_its_sources(name):
    cls = axn.CATALOGUE[name]
    player = cls()
    assert str(player).startswith(cls.name)
    doc = cls.__doc__ or ""
    assert "Names:" in doc, f"{name}'s docstring has no Names: list"
