"""`thidua extract --workers/--scheduler`: a Dask cluster gives the single-process dataset."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitekit import ROOT

from extract.cli import main
from extract.errors import ClusterError
from extract.items import Task
from extract.runner import Outcome, RunSummary, run_extract
from extract.store.warc import WarcAppender

distributed = pytest.importorskip("distributed")

from extract.cluster import cluster_outcomes, task_outcomes  # noqa: E402

SHARED = Path("/work/shared/corpus")
MAX_BYTES = 5_000_000


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local cluster of two worker processes, shared by this module's tests."""
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _single(paths: list[Path], out: Path) -> RunSummary:
    """The dataset of a single-process run."""
    return run_extract(paths, out, max_bytes=MAX_BYTES, progress=False)


def _clustered(paths: list[Path], out: Path, scheduler: str, **options: object) -> RunSummary:
    """The dataset of a run on the cluster, in small tasks so both workers take some."""
    options.setdefault("task_size", 8)
    mapper = cluster_outcomes(scheduler=scheduler, **options)  # type: ignore[arg-type]
    return run_extract(paths, out, max_bytes=MAX_BYTES, progress=False, outcomes=mapper)


def _same_dataset(one: Path, other: Path) -> None:
    """Same records in the same order and the same tables, byte for byte."""
    assert (one / "records.jsonl").read_bytes() == (other / "records.jsonl").read_bytes()
    tables = sorted(p.name for p in one.glob("*.csv"))
    assert tables == sorted(p.name for p in other.glob("*.csv"))
    for name in tables:
        assert (one / name).read_bytes() == (other / name).read_bytes(), name


def test_cluster_run_equals_single_run_on_the_demo_store(
    demo_dataset: Path, scheduler: str, tmp_path: Path
) -> None:
    store = demo_dataset / "store"
    warcs = sorted((store / "warc").glob("*.warc.gz"))
    inputs = [store, *warcs]  # store segments and whole WARC files, as tasks
    alone = _single(inputs, tmp_path / "alone")
    spread = _clustered(inputs, tmp_path / "spread", scheduler)
    _same_dataset(tmp_path / "alone", tmp_path / "spread")
    assert spread.total_records == alone.total_records > 0
    assert (spread.not_articles, spread.not_relevant, spread.duplicates) == (
        alone.not_articles,
        alone.not_relevant,
        alone.duplicates,
    )


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpus is not on this machine")
def test_cluster_run_equals_single_run_on_the_shared_corpus(scheduler: str, tmp_path: Path) -> None:
    inputs = [SHARED / "seeds", SHARED / "dev"]
    alone = _single(inputs, tmp_path / "alone")
    _clustered(inputs, tmp_path / "spread", scheduler)
    _same_dataset(tmp_path / "alone", tmp_path / "spread")
    assert alone.total_records > 0


def _articles() -> list[Path]:
    """A few bundled article files: enough for several tasks, quick to extract."""
    return sorted((ROOT / "corpora" / "articles").glob("own_00*.txt"))


def test_a_lost_worker_loses_nothing(scheduler: str, tmp_path: Path) -> None:
    marker = tmp_path / "died"

    def dies_once(task: Task, max_bytes: int) -> list[Outcome]:
        # The first task to run kills its worker process; Dask runs it again elsewhere.
        if not marker.exists():
            marker.touch()
            os._exit(1)
        return task_outcomes(task, max_bytes)

    inputs = _articles()
    _single(inputs, tmp_path / "alone")
    summary = _clustered(inputs, tmp_path / "spread", scheduler, task_size=2, work=dies_once)
    assert marker.exists()
    assert summary.failed == 0
    _same_dataset(tmp_path / "alone", tmp_path / "spread")


def test_a_failing_task_is_retried_then_reported(scheduler: str, tmp_path: Path) -> None:
    flaky, broken = tmp_path / "flaky", _articles()[0]

    def fails(task: Task, max_bytes: int) -> list[Outcome]:
        # Every task fails once; the one holding `broken` fails on every try.
        tried = flaky / hashlib.sha1(repr(task).encode()).hexdigest()
        if not tried.exists() or broken in getattr(task, "paths", ()):
            tried.touch()
            raise OSError("disk went away")
        return task_outcomes(task, max_bytes)

    flaky.mkdir()
    inputs = _articles()
    summary = _clustered(inputs, tmp_path / "spread", scheduler, task_size=2, work=fails)
    assert summary.failed == 2  # both inputs of the broken task, each with its own row
    rows = [e for e in summary.errors if e.level == "error"]
    assert {r.stage for r in rows} == {"task"}
    assert any(r.input == str(broken) for r in rows)
    assert all("3 times" in r.message and "disk went away" in r.message for r in rows)
    assert summary.articles_read == len(inputs) - 2


def test_nothing_to_read_is_refused_as_in_one_process(scheduler: str, tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    appender = WarcAppender(folder, "images.warc.gz")  # a WARC file with no HTML page
    appender.append(
        "http://x.test/a.png", "GET", [], 200, "OK", [("Content-Type", "image/png")], b"\x89PNG"
    )
    appender.close()
    for extra in ([], ["--scheduler", scheduler]):
        out = tmp_path / f"out{len(extra)}"
        assert main(["extract", str(folder), "--out", str(out), "--no-progress", *extra]) == 2
        assert not (out / "records.jsonl").exists()


def test_cli_extract_on_a_scheduler(scheduler: str, tmp_path: Path) -> None:
    inputs = [str(p) for p in _articles()[:3]]
    assert main(["extract", *inputs, "--out", str(tmp_path / "a"), "--no-progress"]) == 0
    out = str(tmp_path / "b")
    code = main(["extract", *inputs, "--out", out, "--scheduler", scheduler, "--no-progress"])
    assert code == 0
    _same_dataset(tmp_path / "a", tmp_path / "b")


def test_no_scheduler_is_a_typed_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("extract.cluster.CONNECT_TIMEOUT_S", 1)
    mapper = cluster_outcomes(scheduler="tcp://127.0.0.1:1")
    with pytest.raises(ClusterError, match="dask scheduler"):
        run_extract(_articles(), tmp_path, max_bytes=MAX_BYTES, progress=False, outcomes=mapper)


def test_missing_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import raises ImportError
    with pytest.raises(ClusterError, match=r"pip install 'thidua\[cluster\]'"):
        cluster_outcomes(workers=2)


def test_single_process_run_never_imports_dask(tmp_path: Path) -> None:
    code = (
        "import sys; from extract.cli import main; "
        f"main(['extract', {str(_articles()[0])!r}, '--out', {str(tmp_path)!r}, "
        "'--no-progress']); "
        "assert not {'dask', 'distributed'} & set(sys.modules), 'dask imported'"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
