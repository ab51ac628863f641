"""The `thidua` command line; each subcommand is one `Command` entry in `COMMANDS`.

Exit codes: 0 success; 1 the run finished but some inputs failed (extract) or the score is
below --min-f1 (eval); 2 usage errors, missing paths and errors that stop a run; 130 Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from extract import SCHEMA_VERSION, __version__
from extract.errors import Interrupted, ThiduaError, signal_name
from extract.interrupts import stop_on_signals

if TYPE_CHECKING:  # the crawl modules load slowly; imported where a command needs them
    from extract.crawl.context import CrawlOptions

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, one-line help, argument set-up and handler."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _error(message: str) -> None:
    """Print one `thidua: error: ...` line to stderr."""
    print(f"thidua: error: {message}", file=sys.stderr)


def positive_int(text: str) -> int:
    """argparse type: an integer ≥ 1."""
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def non_negative_int(text: str) -> int:
    """argparse type: an integer ≥ 0."""
    return 0 if text.strip() == "0" else positive_int(text)


def unit_float(text: str) -> float:
    """argparse type: a number between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} must be between 0 and 1")
    return value


def _missing(paths: Sequence[Path]) -> list[Path]:
    """The paths that do not exist."""
    return [p for p in paths if not p.exists()]


# --- extract ---------------------------------------------------------------------------


def configure_extract(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua extract`."""
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="article files or folders of them"
    )
    parser.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder for the dataset"
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip input files larger than N bytes (default {DEFAULT_MAX_BYTES:_})",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it is off when not a TTY)"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=positive_int,
        metavar="N",
        help="extract on a local Dask cluster of N processes (needs thidua[cluster])",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)",
    )
    keep = parser.add_mutually_exclusive_group()
    keep.add_argument(
        "--force",
        action="store_true",
        help="replace the dataset already in --out (its store and run reports are kept)",
    )
    keep.add_argument(
        "--append",
        action="store_true",
        help="add to the dataset already in --out; articles it holds are kept, not doubled",
    )


def dataset_parts(out: Path) -> list[str]:
    """What in folder `out` belongs to a dataset or a crawl: records, manifest, runs, store."""
    from extract.layout import LEDGER_FILE, MANIFEST_FILE, RECORDS_FILE, RUNS_DIR, is_store

    if not out.is_dir():
        return []
    parts = [n for n in (RECORDS_FILE, MANIFEST_FILE, LEDGER_FILE) if (out / n).is_file()]
    if (out / RUNS_DIR).is_dir():
        parts.append(f"{RUNS_DIR}/")
    if is_store(out):
        parts.append("a store")
    elif (out / STORE_SUBDIR).is_dir() and is_store(out / STORE_SUBDIR):
        parts.append(f"{STORE_SUBDIR}/")
    return parts


def _ignored_line(ignored: dict[str, int]) -> str:
    """One line naming the files no reader takes, by type."""
    total = sum(ignored.values())
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(ignored.items(), key=lambda kv: -kv[1]))
    return (
        f"thidua: ignored {total} file(s) no reader takes ({kinds}); inputs are .txt, .html, "
        ".htm, .warc(.gz) files and crawl stores"
    )


def run_extract_command(args: argparse.Namespace) -> int:
    """`thidua extract`: write the dataset, print a summary; 1 when some inputs failed."""
    missing = _missing(args.paths)
    for path in missing:
        _error(f"no such file or folder: {path}")
    if missing:
        return EXIT_USAGE
    if args.out.exists() and not args.out.is_dir():
        _error(f"--out {args.out} is a file; pass a folder (it is created when missing)")
        return EXIT_USAGE
    present = dataset_parts(args.out)
    if present and not (args.force or args.append):
        _error(
            f"--out {args.out} already holds a dataset ({', '.join(present)}); pass --append "
            "to add to it, --force to replace its records and tables, or another --out folder"
        )
        return EXIT_USAGE
    from extract.runner import run_extract  # deferred: pandas/pyarrow load slowly

    progress = not args.no_progress and sys.stderr.isatty()
    outcomes = None
    if args.workers is not None or args.scheduler is not None:
        from extract.cluster import cluster_outcomes  # only then: Dask loads slowly

        outcomes = cluster_outcomes(
            scheduler=args.scheduler, workers=args.workers, progress=progress, stream=sys.stderr
        )
    summary = run_extract(
        args.paths,
        args.out,
        max_bytes=args.max_bytes,
        progress=progress,
        append=args.append,
        require_inputs=True,
        outcomes=outcomes,
    )
    if summary.ignored:
        print(_ignored_line(summary.ignored), file=sys.stderr)
    print(
        f"thidua extract: {summary.articles_read} articles read, {summary.failed} failed, "
        f"{summary.warnings} warnings, {summary.facts_found} facts found "
        f"in {summary.duration_s:.1f} s"
    )
    skipped = {
        "home or listing pages": summary.not_articles,
        "pages not about blocs": summary.not_relevant,
        "copies of an article already read": summary.duplicates,
        "already in the dataset": summary.already,
    }
    if any(skipped.values()):
        print("skipped: " + ", ".join(f"{n} {what}" for what, n in skipped.items() if n))
    print(
        f"output: {args.out} ({summary.total_records} records; records.jsonl, manifest.json, "
        "tables as .parquet and .csv)"
    )
    if summary.failed:
        print(f"see {args.out / 'errors.csv'} for why {summary.failed} input(s) failed")
        return EXIT_FAILED
    return EXIT_OK


# --- eval ------------------------------------------------------------------------------


def configure_eval(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua eval`."""
    parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR", help="folder of gold records")
    parser.add_argument(
        "records", type=Path, metavar="RECORDS_JSONL", help="records.jsonl to score"
    )
    parser.add_argument(
        "--min-f1",
        type=unit_float,
        default=None,
        metavar="X",
        help="exit 1 when micro-averaged F1 is below X (0..1)",
    )
    parser.add_argument(
        "--only-predicted",
        action="store_true",
        help="score only the gold articles that have a prediction (one set of a gold folder "
        "that holds several); the rest are left out, not counted as missing",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--details",
        type=non_negative_int,
        default=None,
        metavar="N",
        help="list up to N false positives and misses per field (JSON: keep N per field)",
    )


def limit_details(details: Sequence[dict[str, Any]], per_field: int) -> list[dict[str, Any]]:
    """The first `per_field` error details of each field, in report order."""
    seen: Counter[str] = Counter()
    kept: list[dict[str, Any]] = []
    for item in details:
        seen[item["field"]] += 1
        if seen[item["field"]] <= per_field:
            kept.append(item)
    return kept


def format_details(details: Sequence[dict[str, Any]]) -> str:
    """One line per error detail: field, kind, article id, gold and predicted values."""
    lines = ["", "details (fp = predicted but wrong or not in gold, miss = gold not predicted):"]
    for d in details:
        gold = json.dumps(d.get("gold"), ensure_ascii=False)
        pred = json.dumps(d.get("pred"), ensure_ascii=False)
        lines.append(f"  {d['field']:<20} {d['kind']:<4} {d['id']}: gold={gold} pred={pred}")
    return "\n".join(lines)


def run_eval_command(args: argparse.Namespace) -> int:
    """`thidua eval`: score records against gold; 1 when below --min-f1."""
    missing = _missing([args.gold_dir, args.records])
    for path in missing:
        _error(f"no such file or folder: {path}")
    if missing:
        return EXIT_USAGE
    from extract.evaluate import format_report, report_to_json, score

    report = score(args.gold_dir, args.records, only_predicted=args.only_predicted)
    if args.json:
        data = report_to_json(report)
        if args.details is not None:
            data["details"] = limit_details(data["details"], args.details)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
        if args.details:
            print(format_details(limit_details(report.details, args.details)))
    f1 = report.micro.f1
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"thidua: micro F1 {f1:.3f} is below --min-f1 {args.min_f1:.3f}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


# --- query -----------------------------------------------------------------------------

DEFAULT_DATA = Path("data")


def _data_argument(parser: argparse.ArgumentParser) -> None:
    """`--data DIR`, the dataset folder that `query` and `report` read."""
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        metavar="DIR",
        help=f"dataset folder (default: {DEFAULT_DATA})",
    )


def configure_query(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua query`."""
    parser.add_argument(
        "sql",
        metavar="SQL",
        help="DuckDB SQL; every table is a view by its name ('SHOW TABLES', 'DESCRIBE blocs'); "
        "'-' reads the SQL from stdin",
    )
    _data_argument(parser)
    parser.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (aligned for a terminal; default), csv (with header), json (list of objects)",
    )
    width = parser.add_mutually_exclusive_group()
    width.add_argument(
        "--width",
        type=positive_int,
        default=None,
        metavar="N",
        help="table format: cut cells at N terminal columns (default: 40)",
    )
    width.add_argument(
        "--wide", action="store_true", help="table format: never cut cells (long bloc names)"
    )


def run_query_command(args: argparse.Namespace) -> int:
    """`thidua query`: run SQL over the dataset's tables and print the result."""
    from extract.output.query import (  # deferred: duckdb loads slowly
        HOW_TO_CREATE,
        MAX_CELL_WIDTH,
        WIDE_CELL_WIDTH,
        article_count,
        find_dataset,
        format_result,
        run_query,
    )

    sql = sys.stdin.read() if args.sql == "-" else args.sql
    result = run_query(args.data, sql)
    width = WIDE_CELL_WIDTH if args.wide else args.width or MAX_CELL_WIDTH
    print(format_result(result, args.format, width))
    if not result.rows and article_count(find_dataset(args.data)) == 0:
        print(
            f"thidua: note: the dataset in {args.data} has no articles; {HOW_TO_CREATE}",
            file=sys.stderr,
        )
    return EXIT_OK


# --- report ----------------------------------------------------------------------------


def configure_report(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua report`."""
    _data_argument(parser)
    parser.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="HTML file to write"
    )


def run_report_command(args: argparse.Namespace) -> int:
    """`thidua report`: write one self-contained HTML page of charts over the dataset."""
    if args.out.is_dir():
        _error(f"--out {args.out} is a folder; pass a file name such as report.html")
        return EXIT_USAGE
    from extract.output.report import write_report  # deferred: duckdb loads slowly

    report = write_report(args.data, args.out)
    drawn = sum(not c.empty for c in report.charts)
    print(
        f"thidua report: {drawn} of {len(report.charts)} charts have data; "
        f"wrote {args.out} (open it in a browser; it needs no network)"
    )
    return EXIT_OK


# --- crawl and run ---------------------------------------------------------------------------

STORE_SUBDIR = "store"


def non_negative_float(text: str) -> float:
    """argparse type: a number ≥ 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} must not be negative")
    return value


def _crawl_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments shared by `thidua crawl` and `thidua run`."""
    from extract.crawl.defaults import DEFAULT_MAX_BYTES as CRAWL_MAX_BYTES
    from extract.crawl.defaults import DEFAULT_RETRIES, DEFAULT_TIMEOUT_S, DEFAULT_USER_AGENT

    parser.add_argument(
        "urls",
        nargs="*",
        metavar="URL",
        help="crawl these sites in generic mode (same-host links, bloc filter); no source file",
    )
    parser.add_argument(
        "--sources",
        nargs="+",
        default=[],
        metavar="SOURCE",
        help="source files or folders (rules/sources/*.yaml), bundled source names, or 'all'",
    )
    parser.add_argument(
        "--delay",
        type=non_negative_float,
        default=None,
        metavar="S",
        help="seconds between two requests to one host (default: each source's own rate)",
    )
    parser.add_argument(
        "--max-pages",
        type=positive_int,
        default=None,
        metavar="N",
        help="at most N requests per source in this run (default: each source's window)",
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=CRAWL_MAX_BYTES,
        metavar="N",
        help=f"refuse pages larger than N bytes, decompressed too (default {CRAWL_MAX_BYTES:_})",
    )
    parser.add_argument(
        "--timeout",
        type=non_negative_float,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"give up on a request after S seconds (default {DEFAULT_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--retries",
        type=non_negative_int,
        default=DEFAULT_RETRIES,
        metavar="N",
        help=f"retries after 5xx/429/timeouts, with growing pauses (default {DEFAULT_RETRIES})",
    )
    parser.add_argument(
        "--user-agent",
        default=DEFAULT_USER_AGENT,
        metavar="UA",
        help="User-Agent header; keep it honest and add a contact address",
    )
    parser.add_argument(
        "--proxy",
        default=None,
        metavar="URL",
        help="send every request through this HTTP proxy (e.g. a local test server)",
    )
    parser.add_argument(
        "--no-autothrottle",
        action="store_true",
        help="keep each host at its fixed delay instead of slowing down when it answers slowly",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress lines")


def _crawl_options(args: argparse.Namespace, store: Path) -> CrawlOptions:
    """CrawlOptions from parsed arguments."""
    from extract.crawl.context import CrawlOptions

    return CrawlOptions(
        store=store,
        user_agent=args.user_agent,
        max_bytes=args.max_bytes,
        timeout_s=args.timeout,
        retries=args.retries,
        delay_s=args.delay,
        max_pages=args.max_pages,
        proxy=args.proxy,
        progress=not args.no_progress and sys.stderr.isatty(),
        autothrottle=not args.no_autothrottle,
    )


def configure_crawl(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua crawl`."""
    _crawl_arguments(parser)
    parser.add_argument(
        "--store",
        required=True,
        type=Path,
        metavar="DIR",
        help="raw store: WARC files and state database (created when missing)",
    )
    parser.add_argument("--json", action="store_true", help="print the crawl report as JSON")


def run_crawl_command(args: argparse.Namespace) -> int:
    """`thidua crawl`: fetch and store pages; 1 when a source answered nothing at all."""
    from extract.crawl.crawler import describe_errors, run_crawl
    from extract.jobs import resolve_sources

    if not args.urls and not args.sources:
        _error("give URLs to crawl, or --sources FILES|NAMES|all")
        return EXIT_USAGE
    sources = resolve_sources(args.urls, args.sources, args.delay)
    report = run_crawl(sources, _crawl_options(args, args.store))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(
            f"thidua crawl: {report.pages_fetched} pages fetched ({report.stored} new or "
            f"changed), {report.not_modified} not modified, {report.failed} failed, "
            f"{report.bytes_received:,} bytes in {report.duration_s:.1f} s; store: {args.store}"
        )
    if report.interrupted:
        # Sources cut short answered little: not failures, and the next crawl resumes.
        raise Interrupted(signal.Signals[report.interrupted], "crawl")
    for name in report.failed_sources:
        errors = describe_errors(report.sources[name]["errors"])
        _error(f"source {name} failed completely: {errors}")
    return EXIT_FAILED if report.failed_sources else EXIT_OK


def configure_run(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua run`."""
    _crawl_arguments(parser)
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_DATA,
        metavar="DIR",
        help=f"dataset folder; new articles are appended (default {DEFAULT_DATA})",
    )
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"raw store (default: DIR/{STORE_SUBDIR} inside --out)",
    )


def run_run_command(args: argparse.Namespace) -> int:
    """`thidua run`: crawl then extract new articles; 1 when a source failed completely."""
    from extract.jobs import demo_server, print_report, resolve_sources, run_job

    store = args.store or args.out / STORE_SUBDIR
    progress = not args.no_progress and sys.stderr.isatty()
    if args.urls or args.sources:
        sources = resolve_sources(args.urls, args.sources, args.delay)
        job = run_job(
            sources,
            _crawl_options(args, store),
            args.out,
            max_bytes=DEFAULT_MAX_BYTES,
            progress=progress,
        )
    else:
        with demo_server() as (server, sources):
            print(
                f"thidua run: no URL or source given; crawling the bundled demo sites "
                f"({', '.join(s.domains[0] for s in sources)}) served on {server.base_url}"
            )
            args.proxy = server.base_url
            if args.delay is None:
                args.delay = 0.05
            job = run_job(
                sources,
                _crawl_options(args, store),
                args.out,
                max_bytes=DEFAULT_MAX_BYTES,
                progress=progress,
            )
    print_report(job)
    return EXIT_FAILED if job.failed_sources else EXIT_OK


# --- sources -------------------------------------------------------------------------------


def configure_sources(parser: argparse.ArgumentParser) -> None:
    """Arguments of `thidua sources check`."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check",
        help="print the source, site family and page kind the crawler gives each URL",
        description="For each URL: the source that owns it (bundled or --sources), its site "
        "family, what the source's URL patterns make of it (article, listing, deny, other) and "
        "what rules/page_kinds.yaml decides from the URL alone. Nothing is fetched.",
    )
    check.add_argument("urls", nargs="+", metavar="URL", help="page addresses to check")
    check.add_argument(
        "--sources",
        action="append",
        default=[],
        type=Path,
        metavar="SOURCE",
        help="source files or folders to check against (default: the bundled rules/sources/)",
    )


def describe_url(url: str, sources: Sequence[Any]) -> str:
    """One line: the URL, its source and family, the crawler's kind and the verdict."""
    from extract.html.pagekind import url_kind
    from extract.sources import generic_source, source_for_url

    source = source_for_url(url, sources)
    owner = source if source is not None else generic_source([url])
    crawl_kind = owner.classify(url)
    by_url = url_kind(url)
    page = f"{by_url.kind} ({by_url.rule})" if by_url else "decided by the page's shape"
    if crawl_kind in ("deny", "offsite"):
        verdict = "not fetched"
    elif by_url is not None or crawl_kind == "listing":
        verdict = "followed for links, not extracted"
    else:
        verdict = "extracted when its page is an article about blocs"
    name = owner.name if source is not None else "none (generic mode)"
    return (
        f"{url}\n  source: {name}; family: {owner.family}; URL patterns: {crawl_kind}; "
        f"page kind by URL: {page}\n  => {verdict}"
    )


def run_sources_command(args: argparse.Namespace) -> int:
    """`thidua sources check`: how the crawler would treat each URL."""
    from extract.sources import WEB_SCHEMES, load_sources

    sources = load_sources(args.sources or None)
    bad = [u for u in args.urls if urlsplit(u).scheme.lower() not in WEB_SCHEMES]
    for url in bad:
        _error(f"not a web address: {url}; give http:// or https:// URLs")
    for url in args.urls:
        if url not in bad:
            print(describe_url(url, sources))
    return EXIT_USAGE if bad else EXIT_OK


COMMANDS: list[Command] = [
    Command(
        "extract",
        "extract facts from article files into a dataset",
        configure_extract,
        run_extract_command,
    ),
    Command("eval", "score records.jsonl against gold records", configure_eval, run_eval_command),
    Command(
        "crawl", "fetch and store pages (WARC + state database)", configure_crawl, run_crawl_command
    ),
    Command(
        "run",
        "crawl, then append new articles to the dataset (no arguments: demo)",
        configure_run,
        run_run_command,
    ),
    Command(
        "sources",
        "check URLs against the crawl sources: source, family, page kind",
        configure_sources,
        run_sources_command,
    ),
    Command(
        "query", "run SQL (DuckDB) over a dataset's tables", configure_query, run_query_command
    ),
    Command(
        "report",
        "write an HTML page of charts over a dataset",
        configure_report,
        run_report_command,
    ),
]


def build_parser(commands: Sequence[Command] = COMMANDS) -> argparse.ArgumentParser:
    """The top-level parser with one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="thidua",
        description="Turn Vietnamese news about emulation blocs into a research dataset.",
        epilog="exit codes: 0 ok, 1 some inputs failed or score below --min-f1, 2 usage error",
    )
    parser.add_argument(
        "--version", action="version", version=f"thidua {__version__} (schema {SCHEMA_VERSION})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        child = sub.add_parser(command.name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(handler=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `thidua` with `argv` (default: the process arguments); returns the exit code."""
    try:
        # From the first step: a Ctrl-C while the heavy imports load is still one clean line.
        with stop_on_signals():
            return _run(argv)
    except Interrupted as stop:
        where = f" during the {stop.stage}" if stop.stage else ""
        noted = f"; the run report {stop.report} records it" if stop.report else ""
        _error(
            f"stopped by {signal_name(stop.signum)}{where}{noted}; files already written are "
            "complete and the next run resumes where this one stopped"
        )
        return stop.exit_code
    except KeyboardInterrupt:
        _error("interrupted; files already written are complete, the rest were not written")
        return EXIT_INTERRUPTED


def _run(argv: list[str] | None) -> int:
    """Parse `argv` and run its command; typed errors become one line and exit code 2."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors; return instead of exiting
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except ThiduaError as exc:
        _error(str(exc))
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
