"""Whole-process figures of `thidua`: start-up times, then peak memory and speed of extract.

Usage: python bench/bench_run.py [--corpus DIR] [--counts 3300 33000] [--repo DIR] [--out FILE]

Start-up: `thidua --version` and a one-article `thidua extract`, each run several times in
fresh processes (median wall time). Scale: for each count N, N copies of the shared corpus
texts (seeds + dev, with their sidecars) are written into a temporary folder outside the
repository, then one `thidua extract` runs over them; its peak RSS comes from wait4() for
that process alone. --repo runs another checkout's code (e.g. an older commit exported to a
folder) with this same harness, for before/after figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = REPO_ROOT / "bench" / "out" / "bench_run.json"
SUBSETS = ("seeds", "dev")
SIDECAR = ".meta.json"
TARGETS = {"version_s": 0.3, "one_article_s": 0.8}


@dataclass
class Run:
    """One `thidua` process: wall time, CPU time (user + system), peak RSS and exit code."""

    seconds: float
    cpu_s: float
    maxrss_mb: float
    returncode: int


@dataclass
class ScaleResult:
    """`thidua extract` over `articles` inputs."""

    articles: int
    seconds: float
    cpu_s: float
    articles_per_s: float  # per CPU second: wall time depends on what else the host runs
    maxrss_mb: float


def run_thidua(repo: Path, args: Sequence[str]) -> Run:
    """Run `python -m extract.cli ARGS` from `repo`'s code; time it and read its peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(repo)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "extract.cli", *args],
        cwd=repo,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix every child so far).
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / scale, proc.returncode)


def corpus_texts(corpus: Path) -> list[Path]:
    """The seed and dev article texts, in a stable order."""
    return [p for sub in SUBSETS for p in sorted((corpus / sub).glob("*.txt"))]


def make_copies(texts: Sequence[Path], count: int, folder: Path) -> None:
    """`count` article files cycling over `texts`, each under its own name, with sidecars."""
    folder.mkdir(parents=True)
    for i in range(count):
        src = texts[i % len(texts)]
        stem = f"{src.stem}_{i:06d}"
        shutil.copyfile(src, folder / f"{stem}.txt")
        sidecar = src.with_name(src.stem + SIDECAR)
        if sidecar.is_file():
            shutil.copyfile(sidecar, folder / f"{stem}{SIDECAR}")


def startup(repo: Path, article: Path, work: Path, repeats: int) -> dict[str, float]:
    """Median wall and CPU times of `thidua --version` and of a one-article `thidua extract`."""
    version = [run_thidua(repo, ["--version"]) for _ in range(repeats)]
    one = []
    for i in range(repeats):
        run = run_thidua(repo, ["extract", str(article), "--out", str(work / f"one{i}")])
        if run.returncode != 0:
            raise SystemExit(f"bench_run: one-article extract failed (exit {run.returncode})")
        one.append(run)
    return {
        "version_s": statistics.median(r.seconds for r in version),
        "version_cpu_s": statistics.median(r.cpu_s for r in version),
        "one_article_s": statistics.median(r.seconds for r in one),
        "one_article_cpu_s": statistics.median(r.cpu_s for r in one),
    }


def scale(repo: Path, texts: Sequence[Path], count: int, work: Path) -> ScaleResult:
    """Extract `count` copied articles in one process."""
    inputs = work / f"in{count}"
    make_copies(texts, count, inputs)
    out = work / f"out{count}"
    run = run_thidua(repo, ["extract", str(inputs), "--out", str(out), "--no-progress"])
    if run.returncode != 0:
        raise SystemExit(f"bench_run: extract of {count} articles failed (exit {run.returncode})")
    shutil.rmtree(inputs)
    shutil.rmtree(out)
    return ScaleResult(count, run.seconds, run.cpu_s, count / run.cpu_s, run.maxrss_mb)


def _row(r: ScaleResult) -> str:
    """One line of the scale table."""
    return (
        f"{r.articles:>9,} {r.seconds:>9.1f} {r.cpu_s:>9.1f} {r.articles_per_s:>11.1f} "
        f"{r.maxrss_mb:>12.1f}"
    )


def format_report(start: dict[str, float], results: Sequence[ScaleResult]) -> str:
    """Start-up times beside their targets, then one line per count and the growth per article."""
    lines = [
        f"thidua --version          {start['version_s']:6.2f} s wall, "
        f"{start['version_cpu_s']:.2f} s CPU  (target < {TARGETS['version_s']} s)",
        f"thidua extract, 1 article {start['one_article_s']:6.2f} s wall, "
        f"{start['one_article_cpu_s']:.2f} s CPU  (target < {TARGETS['one_article_s']} s)",
        f"{'articles':>9} {'wall s':>9} {'CPU s':>9} {'art/CPU s':>11} {'peak RSS MB':>12}",
    ]
    lines += [_row(r) for r in results]
    if len(results) >= 2:
        first, last = results[0], results[-1]
        grow = (last.maxrss_mb - first.maxrss_mb) * 1024 / (last.articles - first.articles)
        lines.append(f"peak RSS growth: {grow:.2f} KB per article")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus folder")
    parser.add_argument("--counts", type=int, nargs="+", default=[3300, 33000])
    parser.add_argument("--repo", type=Path, default=REPO_ROOT, help="checkout whose code runs")
    parser.add_argument("--repeats", type=int, default=5, help="start-up runs (median)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print the figures and write the JSON results."""
    args = parse_args(argv)
    texts = corpus_texts(args.corpus) if args.corpus.is_dir() else []
    if not texts:
        print(
            f"bench_run: no articles under {args.corpus}/{{seeds,dev}}/*.txt; "
            "pass --corpus DIR pointing at the shared corpus",
            file=sys.stderr,
        )
        return 2
    repo = args.repo.resolve()
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        work = Path(tmp)
        start = startup(repo, texts[0], work, args.repeats)
        print(format_report(start, []), flush=True)  # the scale runs take minutes
        results = []
        for count in args.counts:
            results.append(scale(repo, texts, count, work))
            print(_row(results[-1]), flush=True)
    print(format_report(start, results))
    data: dict[str, Any] = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "repo": str(repo),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "startup": start,
        "targets": TARGETS,
        "scale": [asdict(r) for r in results],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
