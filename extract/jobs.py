"""`thidua run`: crawl, then extract what is new into the dataset, under one lock, with a report.

With no URL and no source, the job serves the bundled demo sites (corpora/sites/) on
127.0.0.1 and crawls them through that local server, so the whole pipeline runs offline.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from extract.crawl.context import CrawlOptions
from extract.crawl.crawler import CrawlReport, describe_errors, run_crawl
from extract.crawl.localsite import LocalSites, Site
from extract.errors import Interrupted, SourceError, signal_name
from extract.layout import RUNS_DIR as RUNS_DIR
from extract.output.writers import atomic_write_bytes, prepare_dir
from extract.rules import packaged_or_checkout
from extract.runner import RunSummary, run_extract
from extract.sources import (
    DEFAULT_DELAY_S,
    Source,
    generic_source,
    load_source_file,
    load_sources,
    select_sources,
)
from extract.store.state import Store

DEMO_DIR = packaged_or_checkout("_demo", Path("corpora") / "sites")
DEMO_SOURCE = "source.yaml"
DEMO_ROOT = "www"
DEMO_ROUTES = "routes.json"


@dataclass(frozen=True)
class JobReport:
    """What one `thidua run` did: the crawl, the extraction, and how it ended."""

    run_id: str
    started: str
    finished: str
    crawl: CrawlReport
    extract: RunSummary
    report_path: Path

    @property
    def failed_sources(self) -> list[str]:
        """Sources that answered nothing at all."""
        return self.crawl.failed_sources

    def to_json(self) -> dict[str, Any]:
        """The report as written to DIR/runs/<run_id>.json."""
        x = self.extract
        return {
            "run_id": self.run_id,
            "started": self.started,
            "finished": self.finished,
            "duration_s": round(self.crawl.duration_s + x.duration_s, 3),
            "pages_fetched": self.crawl.pages_fetched,
            "pages_stored": self.crawl.stored,
            "not_modified": self.crawl.not_modified,
            "fetch_failed": self.crawl.failed,
            "bytes_received": self.crawl.bytes_received,
            "recovered_from_warc": self.crawl.recovered,
            "new_articles": x.articles_read,
            "articles_in_dataset": x.total_records,
            "facts": x.facts_found,
            "not_about_blocs": x.not_relevant,
            "not_articles": x.not_articles,
            "duplicates": x.duplicates,
            "already_extracted": x.already,
            "errors": x.failed,
            "warnings": x.warnings,
            "failed_sources": self.crawl.failed_sources,
            "interrupted": None,  # {"signal", "during"} when SIGINT/SIGTERM stopped the run
            "sources": self.crawl.sources,
            "error_list": [
                {"input": e.input, "stage": e.stage, "kind": e.error_type, "message": e.message}
                for e in x.errors
                if e.level == "error"
            ],
        }


def demo_sites(root: Path = DEMO_DIR) -> list[Path]:
    """Folders of the bundled demo sites (each has source.yaml and www/)."""
    return sorted(
        p.parent for p in root.glob(f"*/{DEMO_SOURCE}") if (p.parent / DEMO_ROOT).is_dir()
    )


def _site(folder: Path) -> Site:
    """A served demo site, with its query-string routes when it has any."""
    routes_file = folder / DEMO_ROUTES
    routes = json.loads(routes_file.read_text(encoding="utf-8")) if routes_file.is_file() else {}
    return Site(root=folder / DEMO_ROOT, routes=routes)


@contextmanager
def demo_server(root: Path = DEMO_DIR) -> Iterator[tuple[LocalSites, list[Source]]]:
    """Serve the demo sites on 127.0.0.1; yield the server and their sources."""
    folders = demo_sites(root)
    if not folders:
        raise SourceError(f"no demo site under {root}; restore corpora/sites/ from git")
    sources = [load_source_file(f / DEMO_SOURCE) for f in folders]
    sites = {s.domains[0]: _site(f) for s, f in zip(sources, folders, strict=True)}
    with LocalSites(sites) as server:
        yield server, sources


def resolve_sources(
    urls: Sequence[str], wanted: Sequence[str], delay: float | None
) -> list[Source]:
    """Sources from bare URLs (generic mode) and --sources (files, folders or names)."""
    out: list[Source] = []
    paths = [Path(w) for w in wanted if Path(w).exists()]
    names = [w for w in wanted if not Path(w).exists()]
    if paths:
        out.extend(load_sources(paths))
    if names:
        bundled = load_sources()
        out.extend(bundled if "all" in names else select_sources(bundled, names))
    if urls:
        out.append(
            generic_source(list(urls), delay=delay if delay is not None else DEFAULT_DELAY_S)
        )
    return out


def new_run_id() -> str:
    """A sortable run id: the UTC start time."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def write_report(out_dir: Path, report: dict[str, Any]) -> Path:
    """Write DIR/runs/<run_id>.json atomically."""
    folder = out_dir / RUNS_DIR
    prepare_dir(folder)
    path = folder / f"{report['run_id']}.json"
    atomic_write_bytes(path, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode())
    return path


def run_job(
    sources: list[Source],
    options: CrawlOptions,
    out_dir: Path,
    *,
    max_bytes: int,
    progress: bool,
) -> JobReport:
    """Crawl `sources` into the store, then append what is new to the dataset at `out_dir`.

    A stop (SIGINT, SIGTERM) still writes the run report, marked `interrupted`, then raises
    Interrupted: the store keeps every page already fetched, so the next run resumes.
    """
    run_id = new_run_id()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    prepare_dir(out_dir)
    # The lock is held from the first fetch to the last write: runs never overlap.
    with Store(options.store, lock=True) as store:
        crawl = _no_crawl()
        stage = "crawl"
        try:
            crawl = run_crawl(sources, options, store)
            if crawl.interrupted:
                raise Interrupted(signal.Signals[crawl.interrupted], stage)
            stage = "extraction"
            summary = run_extract(
                [options.store], out_dir, max_bytes=max_bytes, progress=progress, append=True
            )
        except Interrupted as stop:
            job = _finish(run_id, started, crawl, _no_extraction(), out_dir, store, stage, stop)
            raise Interrupted(stop.signum, stage, str(job.report_path)) from None
        job = _finish(run_id, started, crawl, summary, out_dir, store, None, None)
    return job


def _no_crawl() -> CrawlReport:
    """The crawl report of a run stopped before its crawl began."""
    return CrawlReport({}, 0, 0, 0, 0, 0, 0, 0, 0, 0.0)


def _no_extraction() -> RunSummary:
    """The extraction summary of a run stopped before its extraction ended."""
    return RunSummary(articles_read=0, failed=0, warnings=0, facts_found=0, duration_s=0.0)


def _finish(
    run_id: str,
    started: str,
    crawl: CrawlReport,
    summary: RunSummary,
    out_dir: Path,
    store: Store,
    stage: str | None,
    stop: Interrupted | None,
) -> JobReport:
    """Write the run report (marked interrupted after a stop) into DIR/runs and the store."""
    finished = datetime.now(UTC).isoformat(timespec="seconds")
    job = JobReport(run_id, started, finished, crawl, summary, out_dir / RUNS_DIR)
    data = job.to_json()
    if stop is not None:
        data["interrupted"] = {"signal": signal_name(stop.signum), "during": stage}
    path = write_report(out_dir, data)
    store.save_run(run_id, started, data)
    return JobReport(run_id, started, finished, crawl, summary, path)


def print_report(job: JobReport, stream: TextIO | None = None) -> None:
    """The short human report of a run."""
    out = stream or sys.stdout
    d = job.to_json()
    print(
        f"thidua run {d['run_id']}: {d['pages_fetched']} pages fetched "
        f"({d['pages_stored']} new or changed), {d['not_modified']} not modified (304), "
        f"{d['fetch_failed']} fetches failed; {d['new_articles']} new articles, "
        f"{d['facts']} facts, {d['errors']} errors, {d['not_articles']} home or listing "
        f"pages, {d['not_about_blocs']} pages not about blocs, {d['duplicates']} duplicates; "
        f"{d['articles_in_dataset']} articles in the dataset; {d['duration_s']:.1f} s",
        file=out,
    )
    for name in job.failed_sources:
        errs = d["sources"].get(name, {}).get("errors", {})
        print(f"thidua run: source {name} failed completely: {describe_errors(errs)}", file=out)
    print(f"report: {job.report_path}", file=out)
