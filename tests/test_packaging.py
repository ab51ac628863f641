"""What a plain `pip install .` ships, and what `make clean` may delete.

The wheel itself is built, installed in a clean environment and run from another directory
by `.ci/wheel-check` (too slow for the test suite); these tests keep its configuration true.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict[str, Any]:
    """The [tool.setuptools] table of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        table: dict[str, Any] = tomllib.load(handle)["tool"]["setuptools"]
    return table


def test_every_package_folder_is_listed() -> None:
    """Packages are listed by hand (data folders are mapped in), so none may be forgotten."""
    listed = set(_setuptools()["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extract").rglob("__init__.py")
    }
    assert found <= listed


@pytest.mark.parametrize(("package", "folder"), [("extract._rules", "rules")])
def test_every_rule_file_ships_in_the_wheel(package: str, folder: str) -> None:
    """A rule file no package-data pattern matches would be missing from an installed thidua."""
    config = _setuptools()
    assert config["package-dir"][package] == folder
    patterns = config["package-data"][package]
    files = [
        p.relative_to(ROOT / folder).as_posix()
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert len(files) > 50
    missing = [f for f in files if not any(fnmatch.fnmatchcase(f, pat) for pat in patterns)]
    assert missing == []


def test_demo_sites_ship_in_the_wheel() -> None:
    """`thidua run` with no source serves the demo sites, so they are package data too."""
    config = _setuptools()
    assert config["package-dir"]["extract._demo"] == "corpora/sites"
    assert config["package-data"]["extract._demo"] == ["**/*"]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_clean_keeps_data_and_stores(tmp_path: Path) -> None:
    """Crawled pages cannot be fetched again as they were: `make clean` never deletes them."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    kept = [tmp_path / "data" / "records.jsonl", tmp_path / "data" / "store" / "state.sqlite"]
    gone = [tmp_path / ".venv" / "bin" / "python", tmp_path / "data-corpus" / "records.jsonl"]
    for path in kept + gone:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    proc = subprocess.run(["make", "clean"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert all(p.is_file() for p in kept)
    assert not any(p.exists() for p in gone)
