"""The `thidua` command line; each subcommand is one `Command` entry in `COMMANDS`.

Exit codes: 0 success; 1 the run finished but some inputs failed (extract) or the score is
below --min-f1 (eval); 2 usage errors, missing paths and errors that stop a run; 130 Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract import SCHEMA_VERSION, __version__
from extract.errors import ThiduaError

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
    from extract.runner import run_extract  # deferred: pandas/pyarrow load slowly

    summary = run_extract(
        args.paths,
        args.out,
        max_bytes=args.max_bytes,
        progress=not args.no_progress and sys.stderr.isatty(),
    )
    print(
        f"thidua extract: {summary.articles_read} articles read, {summary.failed} failed, "
        f"{summary.warnings} warnings, {summary.facts_found} facts found "
        f"in {summary.duration_s:.1f} s"
    )
    print(f"output: {args.out} (records.jsonl, manifest.json, tables as .parquet and .csv)")
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

    report = score(args.gold_dir, args.records)
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


COMMANDS: list[Command] = [
    Command(
        "extract",
        "extract facts from article files into a dataset",
        configure_extract,
        run_extract_command,
    ),
    Command("eval", "score records.jsonl against gold records", configure_eval, run_eval_command),
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
    except KeyboardInterrupt:
        _error("interrupted; files already written are complete, the rest were not written")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
