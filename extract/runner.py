"""Batch runner: inputs → articles → facts → records → dataset, one bad input never stops it."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from extract.errors import InputError
from extract.facts.pipeline import extract_facts
from extract.html.inputs import iter_inputs, read_article
from extract.model import Article
from extract.output.records import facts_found, to_record
from extract.output.tables import ErrorRow, Row, check_rows, record_rows, tables_from_rows
from extract.output.writers import write_dataset

__all__ = ["ErrorRow", "RunSummary", "run_extract"]


@dataclass
class RunSummary:
    """What one `run_extract` call did."""

    articles_read: int  # inputs that became a record
    failed: int  # inputs that produced no record
    warnings: int
    facts_found: int  # blocs + members + awards + people + filled roles
    duration_s: float
    errors: list[ErrorRow] = field(default_factory=list)
    out_dir: Path | None = None


@dataclass
class _Batch:
    """Mutable state of one run: records so far and every problem met."""

    records: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=dict)
    errors: list[ErrorRow] = field(default_factory=list)
    failed: int = 0
    seen_ids: dict[str, str] = field(default_factory=dict)

    def fail(self, path: Path, article_id: str | None, stage: str, exc: BaseException) -> None:
        """Record a failed input as an error row."""
        self.failed += 1
        self.errors.append(
            ErrorRow(str(path), article_id, stage, type(exc).__name__, _one_line(exc), "error")
        )

    def warn(self, path: Path, article_id: str | None, stage: str, kind: str, msg: str) -> None:
        """Record a warning; the input still produced a record."""
        self.errors.append(ErrorRow(str(path), article_id, stage, kind, msg, "warning"))


def _one_line(exc: BaseException) -> str:
    """An exception message on one line (error tables and stderr want one line per problem)."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _say(message: str, stream: TextIO, bar: tqdm[Path] | None) -> None:
    """Write one line to stderr without tearing an active progress bar."""
    if bar is not None and not bar.disable:
        bar.write(message, file=stream)
    else:
        print(message, file=stream)


def _process(path: Path, batch: _Batch, max_bytes: int, say: Callable[[str], None]) -> None:
    """Read, extract and serialise one input, capturing any failure in `batch`."""
    try:
        article, warnings = read_article(path, max_bytes=max_bytes)
    except InputError as exc:
        batch.fail(path, None, "read", exc)
        say(f"thidua: skipped {path}: {_one_line(exc)}")
        return
    except Exception as exc:  # a reader bug must cost one input, not the batch
        batch.fail(path, None, "read", exc)
        say(f"thidua: skipped {path}: unexpected {type(exc).__name__}: {_one_line(exc)}")
        return
    for warning in warnings:
        batch.warn(path, article.id, "read", "ReadWarning", " ".join(warning.split()))
    record = _extract(path, article, batch, say)
    if record is None:
        return
    try:
        # Serialising and flattening now pin a bad value on its article, not the whole write.
        json.dumps(record, ensure_ascii=False)
        rows = record_rows(record)
        check_rows(rows)
    except Exception as exc:
        batch.fail(path, article.id, "write", exc)
        say(f"thidua: skipped {path}: record cannot be written: {_one_line(exc)}")
        return
    _check_unique_id(path, article.id, batch)
    batch.records.append(record)
    for name, new in rows.items():
        batch.rows.setdefault(name, []).extend(new)


def _extract(
    path: Path, article: Article, batch: _Batch, say: Callable[[str], None]
) -> dict[str, Any] | None:
    """Facts and record for one article, or None after recording the failure."""
    try:
        return to_record(extract_facts(article))
    except Exception as exc:  # an extractor bug must cost one input, not the batch
        batch.fail(path, article.id, "extract", exc)
        say(f"thidua: skipped {path}: extraction failed: {type(exc).__name__}: {_one_line(exc)}")
        return None


def _check_unique_id(path: Path, article_id: str, batch: _Batch) -> None:
    """Warn when two inputs share an id (same file stem), since tables join on article_id."""
    first = batch.seen_ids.setdefault(article_id, str(path))
    if first != str(path):
        batch.warn(
            path,
            article_id,
            "extract",
            "DuplicateId",
            f"article id {article_id!r} also comes from {first}; rename one file so ids are unique",
        )


def run_extract(
    paths: list[Path],
    out_dir: Path,
    *,
    max_bytes: int,
    progress: bool,
    stderr: TextIO | None = None,
) -> RunSummary:
    """Extract every input under `paths` and write the dataset to `out_dir`."""
    stream = stderr if stderr is not None else sys.stderr
    started = time.perf_counter()
    inputs = list(iter_inputs(paths))  # InputError here (e.g. a missing path) aborts the run
    batch = _Batch()
    bar: tqdm[Path] = tqdm(
        inputs, desc="thidua", unit="article", file=stream, disable=not progress, leave=False
    )

    def say(message: str) -> None:
        _say(message, stream, bar)

    try:
        for path in bar:
            _process(path, batch, max_bytes, say)
    finally:
        bar.close()
    tables = tables_from_rows(batch.rows, batch.errors)
    write_dataset(out_dir, batch.records, tables, inputs=[str(p) for p in inputs])
    return RunSummary(
        articles_read=len(batch.records),
        failed=batch.failed,
        warnings=sum(e.level == "warning" for e in batch.errors),
        facts_found=sum(facts_found(r) for r in batch.records),
        duration_s=time.perf_counter() - started,
        errors=batch.errors,
        out_dir=out_dir,
    )
