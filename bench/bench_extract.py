"""Throughput and memory of thidua's text → records step against underthesea's ner().

Usage: python bench/bench_extract.py [--corpus DIR] [--min-seconds S] [--out FILE]

Articles are read once (not timed); then each side runs whole passes over all articles until
at least --min-seconds have elapsed, in this one process, pinned to one CPU where the OS
allows. Peak memory: the process's ru_maxrss after each side (monotonic, so the ner figure
includes thidua's) and a tracemalloc peak from one separate, untimed pass per side, since
tracing slows the code it watches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from extract import SCHEMA_VERSION, __version__
from extract.facts.pipeline import extract_facts
from extract.html.inputs import read_article
from extract.model import Article
from extract.output.records import to_record

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = REPO_ROOT / "bench" / "out" / "bench_extract.json"
SUBSETS = ("seeds", "dev")
MB = 1024 * 1024


@dataclass
class Timing:
    """One side of the benchmark."""

    name: str
    passes: int
    articles: int  # articles processed over all passes
    seconds: float
    articles_per_s: float
    cpu_seconds: float  # this process's CPU time over the same passes
    articles_per_cpu_s: float  # steadier than wall time on a machine shared with other work
    tracemalloc_peak_mb: float
    maxrss_mb: float


def corpus_files(corpus: Path) -> list[Path]:
    """The seed and dev article texts, in a stable order."""
    return [p for sub in SUBSETS for p in sorted((corpus / sub).glob("*.txt"))]


def load_articles(files: Sequence[Path]) -> list[Article]:
    """Read every article once, outside the timed sections."""
    return [read_article(path)[0] for path in files]


def maxrss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def pin_one_cpu() -> str:
    """Pin the process to one CPU where supported, so both sides get the same single core."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def timed_passes(work: Callable[[], int], min_seconds: float) -> tuple[int, int, float, float]:
    """Run `work` (one pass, returns articles done) until min_seconds; passes, articles, wall
    seconds and CPU seconds."""
    passes = done = 0
    gc.collect()
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        done += work()
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return passes, done, elapsed, time.process_time() - cpu_start


def traced_peak_mb(work: Callable[[], int]) -> float:
    """tracemalloc's peak over one pass of `work`, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / MB


def measure(name: str, work: Callable[[], int], min_seconds: float) -> Timing:
    """Time `work`, then trace its memory in a separate pass."""
    passes, done, seconds, cpu = timed_passes(work, min_seconds)
    return Timing(
        name=name,
        passes=passes,
        articles=done,
        seconds=seconds,
        articles_per_s=done / seconds,
        cpu_seconds=cpu,
        articles_per_cpu_s=done / cpu,
        tracemalloc_peak_mb=traced_peak_mb(work),
        maxrss_mb=maxrss_mb(),
    )


def thidua_pass(articles: Sequence[Article]) -> Callable[[], int]:
    """One pass of text → records over every article, after one warm-up article."""
    if articles:
        to_record(extract_facts(articles[0]))  # loads rule files and models, as ner's warm-up

    def work() -> int:
        for article in articles:
            to_record(extract_facts(article))
        return len(articles)

    return work


def ner_pass(texts: Sequence[str]) -> Callable[[], int]:
    """One pass of underthesea's ner(), sentence by sentence, over every text."""
    from underthesea import ner, sent_tokenize

    ner("Đồng chí Nguyễn Văn An phát biểu tại hội nghị ở tỉnh Hòa Bình.")  # load the model

    def work() -> int:
        for text in texts:
            for sentence in sent_tokenize(text):
                ner(sentence)
        return len(texts)

    return work


def format_table(timings: Sequence[Timing], ratio: float) -> str:
    """A small fixed-width results table."""
    head = (
        f"{'side':<8} {'articles/s':>11} {'art/CPU s':>10} {'passes':>7} {'seconds':>8} "
        f"{'trace MB':>9} {'RSS MB':>8}"
    )
    rows = [
        f"{t.name:<8} {t.articles_per_s:>11.1f} {t.articles_per_cpu_s:>10.1f} {t.passes:>7} "
        f"{t.seconds:>8.2f} "
        f"{t.tracemalloc_peak_mb:>9.1f} {t.maxrss_mb:>8.1f}"
        for t in timings
    ]
    cpu = timings[0].articles_per_cpu_s / timings[-1].articles_per_cpu_s
    return "\n".join([head, *rows, f"ratio thidua/ner: {ratio:.1f}x (CPU time: {cpu:.1f}x)"])


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus folder")
    parser.add_argument("--min-seconds", type=float, default=3.0, help="time per side (≥)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print the table and write the JSON results."""
    args = parse_args(argv)
    files = corpus_files(args.corpus) if args.corpus.is_dir() else []
    if not files:
        print(
            f"bench_extract: no articles under {args.corpus}/{{seeds,dev}}/*.txt; "
            "pass --corpus DIR pointing at the shared corpus",
            file=sys.stderr,
        )
        return 2
    cpu = pin_one_cpu()
    articles = load_articles(files)
    print(f"{len(articles)} articles, {sum(len(a.text) for a in articles):,} chars; {cpu}")
    ours = measure("thidua", thidua_pass(articles), args.min_seconds)
    theirs = measure("ner", ner_pass([a.text for a in articles]), args.min_seconds)
    ratio = ours.articles_per_s / theirs.articles_per_s
    print(format_table([ours, theirs], ratio))
    results: dict[str, Any] = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "thidua_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "corpus": str(args.corpus),
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "min_seconds": args.min_seconds,
        "thidua": asdict(ours),
        "ner": asdict(theirs),
        "ratio_thidua_over_ner": ratio,
        "ratio_thidua_over_ner_cpu": ours.articles_per_cpu_s / theirs.articles_per_cpu_s,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
