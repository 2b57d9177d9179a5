"""Every notebook in notebooks/ runs from top to bottom without an error.

The notebooks check their own conclusions (an assertion fails when a claim no
longer holds), so running them tests the story they tell as well as the code.
"""

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
TIMEOUT = 300  # seconds per cell: generous for a cold numba cache, far above a warm run


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path):
    notebook = nbformat.read(path, as_version=4)
    # The kernel named "python3" starts with this interpreter (jupyter_client replaces a bare
    # "python" in the kernel spec with sys.executable), so it sees the same installed axelrod_nl.
    client = nbclient.NotebookClient(notebook, timeout=TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
