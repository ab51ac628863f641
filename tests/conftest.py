"""Shared fixtures: the demo dataset that the analyst tools (query, report, notebooks) run on."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO_INPUTS = (ROOT / "corpora" / "articles", ROOT / "corpora" / "pages")


@pytest.fixture(scope="session")
def demo_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus extracted once per session (`thidua extract corpora/... --out`)."""
    out = tmp_path_factory.mktemp("demo") / "data"
    args = ["extract", *(str(p) for p in DEMO_INPUTS), "--out", str(out), "--no-progress"]
    # 1 = some inputs failed: the dataset is still complete for the rest (see its errors table).
    assert main(args) in (0, 1), "building the demo dataset failed"
    assert (out / "manifest.json").is_file()
    return out
