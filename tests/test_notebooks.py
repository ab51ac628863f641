"""The notebooks: saved without outputs, and each runs top to bottom on the demo dataset."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = [
    "01_quickstart.ipynb",
    "02_leader_rotation.ipynb",
    "03_awards.ipynb",
    "04_error_analysis.ipynb",
]
SHARED = ROOT.parent / "shared" / "corpus"
NO_CORPUS = "04_error_analysis.ipynb (no corpus)"
TIMEOUT_S = 300


def _outputs_text(nb: Any) -> str:
    """Everything the executed notebook printed or displayed as text."""
    parts: list[str] = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.append(out.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


async def _run(path: Path, env: dict[str, str]) -> Any:
    """Execute one notebook in a fresh python3 kernel with `env`; the executed notebook."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    await client.async_execute(env=env)
    return nb


@pytest.fixture(scope="module")
def executed(demo_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every notebook run against the demo dataset, concurrently to keep the suite quick.

    Values are executed notebooks or the exception a notebook raised. 04 runs a second time
    with the shared corpus pointed elsewhere, which must end cleanly too.
    """
    env = {**os.environ, "THIDUA_DATA": str(demo_dataset), "MPLBACKEND": "Agg"}
    missing = str(tmp_path_factory.mktemp("no-corpus") / "corpus")
    runs = {p.name: (p, env) for p in NOTEBOOKS}
    runs[NO_CORPUS] = (NOTEBOOK_DIR / EXPECTED[3], {**env, "THIDUA_CORPUS": missing})

    async def run_all() -> list[Any]:
        return await asyncio.gather(
            *(_run(path, run_env) for path, run_env in runs.values()), return_exceptions=True
        )

    return dict(zip(runs, asyncio.run(run_all()), strict=True))


def test_the_four_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_saved_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_python3_kernel_comes_from_this_environment() -> None:
    spec = KernelSpecManager().get_kernel_spec("python3")
    # ipykernel's own spec says "python", which jupyter_client runs as sys.executable.
    assert spec.argv[0] in ("python", "python3", sys.executable)
    assert Path(spec.resource_dir).resolve().is_relative_to(Path(sys.prefix).resolve())


@pytest.mark.parametrize("name", [*EXPECTED, NO_CORPUS])
def test_notebook_runs(executed: dict[str, Any], name: str) -> None:
    result = executed[name]
    if isinstance(result, BaseException):
        raise result
    text = _outputs_text(result)
    if name == NO_CORPUS:
        assert "Nothing to analyse" in text
        return
    assert "Traceback" not in text
    if name == "04_error_analysis.ipynb" and (SHARED / "gold").is_dir():
        assert "micro P" in text
