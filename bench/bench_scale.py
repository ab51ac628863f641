"""Cluster scaling: `thidua extract` over the mixed archive on 1 and 2 Dask workers.

Generates the archive `make bench-mixed` reads (bench/bench_mixed.py: WARC files, 1% of
the pages about blocs) into a temporary folder, then times whole `thidua extract` commands
over it: one process without Dask, `--workers 1` and `--workers 2`. Efficiency per worker is
T(1 worker) / (2 × T(2 workers)); the target is ≥ 0.8. The same commands over a one-page
archive give each mode's fixed cost (cluster start, worker imports, rules), and the
efficiency without it is printed beside. The load average is printed with every run: the
machine's cores may be shared with other work.

    python bench/bench_scale.py [--pages 20000] [--files 8] [--repeats 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_mixed  # noqa: E402

TARGET = 0.8
DEFAULT_OUT = ROOT / "bench" / "out" / "bench_scale.json"
MODES: dict[str, list[str]] = {
    "one process": [],
    "1 worker": ["--workers", "1"],
    "2 workers": ["--workers", "2"],
}


def _load() -> str:
    """The 1-minute load average, for the record."""
    return f"{os.getloadavg()[0]:.2f}"


def _extract(archive: Path, out: Path, flags: Sequence[str]) -> float:
    """Wall seconds of one `thidua extract` over `archive`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "extract.cli", "extract", str(archive), "--out", str(out)]
    started = time.perf_counter()
    proc = subprocess.run(
        [*args, "--no-progress", "--force", *flags],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench_scale: extract {' '.join(flags)} failed:\n{proc.stderr}")
    return seconds


def _timed(archive: Path, work: Path, flags: Sequence[str], repeats: int) -> float:
    """Median wall seconds over `repeats` runs, each printed with the load average."""
    times = []
    for _ in range(repeats):
        before = _load()
        times.append(_extract(archive, work / "out", flags))
        print(f"    {times[-1]:7.1f} s  (load average {before} before, {_load()} after)")
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the archives, time each mode, print the efficiency beside its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--bloc-share", type=float, default=0.01)
    parser.add_argument("--files", type=int, default=8, help="WARC files (one task each)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    args = parser.parse_args(argv)
    print(f"cores: {os.cpu_count()}, load average {_load()}")
    with tempfile.TemporaryDirectory(prefix="thidua-scale-") as tmp:
        work = Path(tmp)
        archive, tiny = work / "archive", work / "tiny"
        archive.mkdir()
        tiny.mkdir()
        blocs = bench_mixed._write_archive(
            archive, args.pages, args.bloc_share, args.files, args.seed
        )
        bench_mixed._write_archive(tiny, 1, 1.0, 1, args.seed)
        print(f"archive: {args.pages:,} pages, {blocs} about blocs, {args.files} WARC files")
        full: dict[str, float] = {}
        fixed: dict[str, float] = {}
        for mode, flags in MODES.items():
            print(f"  {mode}, fixed cost (one-page archive):")
            fixed[mode] = _timed(tiny, work, flags, args.repeats)
            print(f"  {mode}, mixed archive:")
            full[mode] = _timed(archive, work, flags, args.repeats)
    one, two = full["1 worker"], full["2 workers"]
    efficiency = one / (2 * two)
    steady = (one - fixed["1 worker"]) / (2 * max(two - fixed["2 workers"], 1e-9))
    lines = [
        f"{mode:<12} {full[mode]:7.1f} s  ({args.pages / full[mode]:,.0f} pages/s; "
        f"fixed cost {fixed[mode]:.1f} s)"
        for mode in MODES
    ]
    lines.append(
        f"efficiency of 2 workers over 1: {efficiency:.2f} per worker (target ≥ {TARGET}); "
        f"without the fixed cost: {steady:.2f}; load average now {_load()}"
    )
    print("\n".join(lines))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "pages": args.pages,
        "files": args.files,
        "seconds": full,
        "fixed_seconds": fixed,
        "efficiency": efficiency,
        "efficiency_without_fixed": steady,
        "target": TARGET,
        "load_average": os.getloadavg(),
    }
    args.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
