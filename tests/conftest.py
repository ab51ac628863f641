"""Shared fixtures: the demo dataset (what `make run` builds) and the bundled corpus dataset."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS_INPUTS = (ROOT / "corpora" / "articles", ROOT / "corpora" / "pages")


@pytest.fixture(scope="session")
def demo_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`thidua run` with no arguments: the demo sites crawled offline, extracted, once."""
    out = tmp_path_factory.mktemp("demo") / "data"
    # A child process: Scrapy's reactor runs once per process, and other tests crawl too.
    proc = subprocess.run(
        [sys.executable, "-m", "extract.cli", "run", "--out", str(out), "--no-progress"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, f"building the demo dataset failed:\n{proc.stderr[-3000:]}"
    assert (out / "manifest.json").is_file()
    return out


@pytest.fixture(scope="session")
def corpus_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled article files extracted once (`thidua extract corpora/... --out`)."""
    out = tmp_path_factory.mktemp("corpus") / "data"
    args = ["extract", *(str(p) for p in CORPUS_INPUTS), "--out", str(out), "--no-progress"]
    # 1 = some inputs failed: the dataset is still complete for the rest (see its errors table).
    assert main(args) in (0, 1), "building the corpus dataset failed"
    assert (out / "manifest.json").is_file()
    return out
