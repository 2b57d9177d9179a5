"""The README's "Writing a strategy" and "Sweeps" examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _section(title: str) -> str:
    text = README.read_text()
    start = text.index(f"## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def test_writing_a_strategy_examples_run():
    blocks = re.findall(r"```python\n(.*?)```", _section("Writing a strategy"), re.S)
    assert len(blocks) == 4
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    import axelrod_nl as axn

    give_first = namespace["GiveFirst"]
    assert str(give_first(5, forgive=0.2)) == "Give First: 5, 0.2"
    assert not give_first(forgive=0.0).classifier.stochastic
    result = axn.Match(namespace["Mirror"](), axn.Alternator(), turns=6).play()
    assert result.moves_a == "CCDCDC"
    namespace["test_give_first"]()
    assert namespace["Machine"]().cycle_window() == 1
    assert namespace["long"].turns == 1_000_000


def test_sweeps_example_runs(tmp_path, monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", _section("Sweeps"), re.DOTALL)
    assert len(blocks) == 1
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    assert namespace["report"].run == 4
    assert len(namespace["players"]) == 4 * 3 and len(namespace["tournaments"]) == 4
    assert set(namespace["players"]["strategy"]) == {"TitForTat", "Defector", "Random"}
