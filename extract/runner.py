"""Batch runner: inputs → articles → facts → records → dataset, one bad input never stops it.

Two modes. A fresh run (`thidua extract`) writes the dataset from its inputs alone. An
append run (`thidua run`) keeps the records already in the dataset, extracts only inputs it
has not seen (new page id, new page content) and never adds a second record with the same
id or the same text hash. Tables are always rebuilt from the full records list, so a run
killed between two files leaves nothing that the next run does not repair.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

from extract import SCHEMA_VERSION, __version__
from extract.errors import InputError, NoArticleError, OffTopicError, OutputError
from extract.facts.pipeline import extract_facts
from extract.items import FilesTask, InputItem, StoreTask, Task, WarcTask, plan_tasks, task_items
from extract.layout import IDS_STATE_FILE, LEDGER_FILE, MANIFEST_FILE, RECORDS_FILE
from extract.nlp.relevance import is_relevant
from extract.output.ledger import Ledger, read_ledger, save_ledger
from extract.output.records import facts_found, to_record
from extract.output.stream import (
    AppendBase,
    DatasetStream,
    append_base,
    digest,
    manifest_files,
    read_digests,
)
from extract.output.tables import ErrorRow, Row, check_rows, record_rows

if TYPE_CHECKING:  # tqdm loads importlib.metadata; imported when a progress bar is shown
    from tqdm import tqdm

__all__ = [
    "LEDGER_FILE",
    "ErrorRow",
    "Outcome",
    "OutcomeMapper",
    "RunSummary",
    "item_outcome",
    "run_extract",
]

# Where an id already in the dataset came from, for append runs.
IN_DATASET = "(dataset)"


def id_digest(text: str) -> int:
    """`digest(text)` as an int: what de-duplication keeps per article instead of the text."""
    return int.from_bytes(digest(text), "big")


class SeenIds:
    """Article ids a run has met, each with the label it first came from; held as digests,
    with the labels in a temporary file read back only to name a clash."""

    _IN_DATASET = -1

    def __init__(self) -> None:
        """Nothing seen yet."""
        self._ids: dict[int, int] = {}
        self._labels: IO[bytes] | None = None

    def known(self, article_id: str) -> bool:
        """Whether the id was met before."""
        return id_digest(article_id) in self._ids

    def in_dataset(self, article_id: str) -> bool:
        """Whether the id belongs to a record already in the dataset."""
        return self._ids.get(id_digest(article_id)) == self._IN_DATASET

    def mark_in_dataset(self, article_id: str) -> None:
        """Note an id of a record already in the dataset."""
        self._ids[id_digest(article_id)] = self._IN_DATASET

    def mark_digest_in_dataset(self, key: int) -> None:
        """Note the `id_digest` of an id of a record already in the dataset."""
        self._ids[key] = self._IN_DATASET

    def first_label(self, article_id: str, label: str) -> str:
        """The label the id first came from (`label` itself when it is new)."""
        key = id_digest(article_id)
        at = self._ids.get(key)
        if at == self._IN_DATASET:
            return IN_DATASET
        if self._labels is None:
            self._labels = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        if at is None:
            data = label.encode("utf-8", "surrogateescape")
            self._labels.seek(0, os.SEEK_END)
            self._ids[key] = self._labels.tell()
            self._labels.write(len(data).to_bytes(4, "big") + data)
            return label
        self._labels.seek(at)
        size = int.from_bytes(self._labels.read(4), "big")
        return self._labels.read(size).decode("utf-8", "surrogateescape")

    def close(self) -> None:
        """Remove the labels file."""
        if self._labels is not None:
            self._labels.close()
            self._labels = None


@dataclass
class RunSummary:
    """What one `run_extract` call did."""

    articles_read: int  # inputs that became a new record
    failed: int  # inputs that produced no record
    warnings: int
    facts_found: int  # blocs + members + awards + people + filled roles, in new records
    duration_s: float
    errors: list[ErrorRow] = field(default_factory=list)
    out_dir: Path | None = None
    not_relevant: int = 0  # crawled pages not about emulation blocs
    not_articles: int = 0  # crawled home pages, listings and pages with no article text
    duplicates: int = 0  # same text as a record already in the dataset
    already: int = 0  # skipped: already in the dataset or the ledger
    total_records: int = 0  # records in the dataset after the run
    ignored: dict[str, int] = field(default_factory=dict)  # file type -> files not read


@dataclass
class _Batch:
    """Mutable state of one run: counts of new records and every problem met."""

    new_records: int = 0
    facts: int = 0
    errors: list[ErrorRow] = field(default_factory=list)
    failed: int = 0
    seen_ids: SeenIds = field(default_factory=lambda: SeenIds())
    hashes: set[int] = field(default_factory=set)  # digest() of every content hash
    ledger: Ledger = field(default_factory=Ledger)
    not_relevant: int = 0
    not_articles: int = 0
    duplicates: int = 0
    already: int = 0

    def fail(self, label: str, article_id: str | None, stage: str, kind: str, msg: str) -> None:
        """Record a failed input as an error row."""
        self.failed += 1
        self.errors.append(ErrorRow(label, article_id, stage, kind, msg, "error"))

    def warn(self, label: str, article_id: str | None, stage: str, kind: str, msg: str) -> None:
        """Record a warning; the input still produced a record."""
        self.errors.append(ErrorRow(label, article_id, stage, kind, msg, "warning"))

    def remember(self, item: Outcome, outcome: str) -> None:
        """Note in the ledger that an input was looked at and not added."""
        if item.key is not None:
            entry = {"key": item.key, "version": item.version, "outcome": outcome}
            self.ledger.note(item.key, entry)


@dataclass(frozen=True)
class Outcome:
    """What became of one input, before the run's state is consulted; picklable, so a
    cluster worker computes it and the client applies it (`_apply`) in input order."""

    label: str
    key: str | None  # the item's key and version, for the ledger
    version: str | None
    status: str  # record, not_article, not_relevant, already, failed
    article_id: str | None = None
    record: dict[str, Any] | None = None
    warnings: tuple[str, ...] = ()  # reader warnings, one line each
    stage: str = ""  # failed: read, extract, write (or task, for a task that never ran)
    error_type: str = ""
    message: str = ""  # the error on one line
    note: str = ""  # the line said on stderr for a failure
    line: str | None = None  # the record as its records.jsonl line (encoded once)
    rows: dict[str, list[Row]] | None = None  # the record's table rows (flattened once)


# Outcomes of a run's tasks, in input order (a cluster computes them elsewhere).
OutcomeMapper = Callable[[Sequence[Task], int], Iterable[Outcome]]


def _one_line(exc: BaseException) -> str:
    """An exception message on one line (error tables and stderr want one line per problem)."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _say(message: str, stream: TextIO, bar: tqdm[InputItem] | None) -> None:
    """Write one line to stderr without tearing an active progress bar."""
    if bar is not None and not bar.disable:
        bar.write(message, file=stream)
    else:
        print(message, file=stream)


def _skip_known(key: str | None, version: str | None, batch: _Batch) -> bool:
    """Whether an append run has already handled this input (same id, or same content)."""
    if key is None:
        return False
    if batch.seen_ids.known(key):
        return True
    noted = batch.ledger.entries.get(key)
    return noted is not None and noted.get("version") == version


def item_outcome(
    item: InputItem, max_bytes: int, in_dataset: Callable[[str], bool] | None = None
) -> Outcome:
    """Read, check relevance, extract and serialise one input; every failure is captured.

    `in_dataset` says an article id is already in the dataset, so it is not extracted again.
    """
    label, key, version = item.label, item.key, item.version

    warnings: tuple[str, ...] = ()

    def failed(article_id: str | None, stage: str, exc: BaseException, note: str) -> Outcome:
        return Outcome(
            label,
            key,
            version,
            "failed",
            article_id,
            warnings=warnings,
            stage=stage,
            error_type=type(exc).__name__,
            message=_one_line(exc),
            note=f"thidua: skipped {label}: {note}",
        )

    try:
        article, read_warnings = item.read(max_bytes)
    except InputError as exc:
        if isinstance(exc, OffTopicError) and item.filter_relevance:
            # Rejected before parsing (extract.html.prefilter): counted as not relevant.
            return Outcome(label, key, version, "not_relevant")
        if isinstance(exc, NoArticleError) and item.filter_relevance:
            # A crawled home, listing or index page: not an article, not an error.
            return Outcome(label, key, version, "not_article")
        return failed(key, "read", exc, _one_line(exc))
    except Exception as exc:  # a reader bug must cost one input, not the batch
        return failed(key, "read", exc, f"unexpected {type(exc).__name__}: {_one_line(exc)}")
    if item.filter_relevance and not is_relevant(article.text):
        return Outcome(label, key, version, "not_relevant", article.id)
    if in_dataset is not None and in_dataset(article.id):
        return Outcome(label, key, version, "already", article.id)
    warnings = tuple(" ".join(w.split()) for w in read_warnings)
    try:
        record = to_record(extract_facts(article))
    except Exception as exc:  # an extractor bug must cost one input, not the batch
        note = f"extraction failed: {type(exc).__name__}: {_one_line(exc)}"
        return failed(article.id, "extract", exc, note)
    try:
        # Serialising and flattening now pin a bad value on its article, not the whole write;
        # the line and rows made here are the ones written.
        line = json.dumps(record, ensure_ascii=False)
        rows = record_rows(record)
        check_rows(rows)
    except Exception as exc:
        return failed(article.id, "write", exc, f"record cannot be written: {_one_line(exc)}")
    return Outcome(
        label, key, version, "record", article.id, record, warnings, line=line, rows=rows
    )


def _apply(outcome: Outcome, batch: _Batch, output: _Output, say: Callable[[str], None]) -> None:
    """Add one input's outcome to the run: counts, ledger, error rows, or its record."""
    status, label = outcome.status, outcome.label
    if _skip_known(outcome.key, outcome.version, batch):
        batch.already += 1
        return
    if status in ("not_article", "not_relevant"):
        if status == "not_article":
            batch.not_articles += 1
        else:
            batch.not_relevant += 1
        batch.remember(outcome, status)
        return
    if status == "failed" and outcome.stage in ("read", "task"):
        batch.fail(label, outcome.article_id, outcome.stage, outcome.error_type, outcome.message)
        say(outcome.note)
        return
    if status == "already" or batch.seen_ids.in_dataset(outcome.article_id or ""):
        # An append run given a file already in the dataset: kept as it is, not doubled.
        batch.already += 1
        return
    for warning in outcome.warnings:
        batch.warn(label, outcome.article_id, "read", "ReadWarning", warning)
    if outcome.record is None or outcome.article_id is None:
        batch.fail(label, outcome.article_id, outcome.stage, outcome.error_type, outcome.message)
        say(outcome.note)
        return
    record = outcome.record
    digest = record.get("content_hash")
    if outcome.key is not None and isinstance(digest, str) and id_digest(digest) in batch.hashes:
        # A crawled copy of an article already in the dataset (print page, other URL).
        batch.duplicates += 1
        batch.remember(outcome, "duplicate")
        return
    _check_unique_id(label, outcome.article_id, batch)
    line = outcome.line if outcome.line is not None else json.dumps(record, ensure_ascii=False)
    rows = outcome.rows if outcome.rows is not None else record_rows(record)
    output.add(line, rows, record)
    batch.new_records += 1
    batch.facts += facts_found(record)
    if isinstance(digest, str):
        batch.hashes.add(id_digest(digest))


def _known_items(tasks: Sequence[Task]) -> int:
    """Inputs a progress bar can count before reading (a WARC file's pages once opened)."""
    return sum(
        len(t.paths)
        if isinstance(t, FilesTask)
        else len(t.pages)
        if isinstance(t, StoreTask)
        else 0
        for t in tasks
    )


def _items(tasks: Sequence[Task], bar: tqdm[InputItem] | None) -> Iterator[InputItem]:
    """The items of every task in run order; a WARC file's pages join the bar's total."""
    for task in tasks:
        items = task_items(task)
        if bar is not None and isinstance(task, WarcTask):
            bar.total = (bar.total or 0) + len(items)
            bar.refresh()
        yield from items


def _check_unique_id(label: str, article_id: str, batch: _Batch) -> None:
    """Warn when two inputs share an id (same file stem), since tables join on article_id."""
    first = batch.seen_ids.first_label(article_id, label)
    if first != label:
        batch.warn(
            label,
            article_id,
            "extract",
            "DuplicateId",
            f"article id {article_id!r} also comes from {first}; rename one file so ids are unique",
        )


# --- the dataset already on disk ------------------------------------------------------------


def _jsonl_lines(path: Path, size: int | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each line of a JSON Lines file (its first `size` bytes) with its object (none when
    missing); OutputError when damaged."""
    if not path.is_file():
        return
    with path.open("rb") as raw:
        for lineno, data in enumerate(raw, 1):
            if size is not None:
                size -= len(data)
                if size < 0:  # the tail of an interrupted append: cut off when publishing
                    return
            line = data.decode("utf-8")
            if not line.strip():
                continue
            try:
                yield line.rstrip("\r\n"), json.loads(line)
            except json.JSONDecodeError as exc:
                raise OutputError(
                    f"{path}:{lineno} is not valid JSON ({exc.msg}); the dataset is damaged: "
                    "rebuild it with `thidua extract STORE --out DIR`"
                ) from exc


def _load_existing(out_dir: Path, batch: _Batch, base: AppendBase | None) -> int:
    """Count the records already in the dataset; their ids and hashes now count as seen."""
    batch.ledger = read_ledger(out_dir / LEDGER_FILE)
    if base is not None:  # the digests alone, from ids.state: records.jsonl is not read
        for article, content in read_digests(out_dir / IDS_STATE_FILE, base.sizes[IDS_STATE_FILE]):
            batch.seen_ids.mark_digest_in_dataset(int.from_bytes(article, "big"))
            if content is not None:
                batch.hashes.add(int.from_bytes(content, "big"))
        return base.counts["records"]
    count = 0
    for _, record in _jsonl_lines(out_dir / RECORDS_FILE):
        batch.seen_ids.mark_in_dataset(str(record.get("id")))
        digest = record.get("content_hash")
        if isinstance(digest, str):
            batch.hashes.add(id_digest(digest))
        count += 1
    return count


class _Output:
    """The dataset a run writes, opened at its first new record (or at the end)."""

    def __init__(self, out_dir: Path, append: bool, base: AppendBase | None) -> None:
        """Nothing opened yet; `base` is the dataset an append run adds to in place."""
        self.out_dir = out_dir
        self.append = append
        self.base = base
        self.stream: DatasetStream | None = None

    def open(self) -> DatasetStream:
        """The stream; an append run's first call copies the old records into it, unless
        they can stay where they are (`base`)."""
        if self.stream is None:
            self.stream = DatasetStream(self.out_dir, self.base)
            if self.append and self.base is None:
                for line, record in _jsonl_lines(self.out_dir / RECORDS_FILE):
                    self.stream.add(line, record_rows(record), record)
        return self.stream

    def add(self, line: str, rows: dict[str, list[Row]], record: dict[str, Any]) -> None:
        """Write one new record."""
        self.open().add(line, rows, record)

    def discard(self) -> None:
        """Remove what was not published."""
        if self.stream is not None:
            self.stream.discard()


def _unchanged(out_dir: Path, records: int, batch: _Batch) -> bool:
    """Whether the dataset on disk already is what an append run that added nothing would
    write: complete, by this version, with these records and no errors (then or now)."""
    if batch.new_records or batch.errors:
        return False
    try:
        info = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        files = manifest_files(info.get("parts", {}))
        return bool(
            info.get("schema_version") == SCHEMA_VERSION
            and info.get("thidua_version") == __version__
            and info.get("files") == files
            and info.get("counts", {}).get("records") == records
            and info.get("counts", {}).get("errors") == 0
            and all((out_dir / f).stat().st_size == info["sizes"][f] for f in files)
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False  # no manifest, a damaged one or a missing file: write the dataset


def _nothing_found(paths: list[Path], ignored: Counter[str]) -> str:
    """Why a run found nothing to read, and what it takes."""
    named = ", ".join(str(p) for p in paths[:3]) + (" ..." if len(paths) > 3 else "")
    kinds = ", ".join(f"{n} {kind}" for kind, n in ignored.most_common())
    seen = f" (only files no reader takes: {kinds})" if kinds else ""
    return (
        f"no input found in {named}{seen}; give .txt, .html or .htm article files, "
        ".warc(.gz) files, a crawl store, or folders holding them"
    )


def run_extract(
    paths: list[Path],
    out_dir: Path,
    *,
    max_bytes: int,
    progress: bool,
    stderr: TextIO | None = None,
    append: bool = False,
    all_pages: bool = False,
    require_inputs: bool = False,
    outcomes: OutcomeMapper | None = None,
) -> RunSummary:
    """Extract every input under `paths` into the dataset at `out_dir` (kept with `append`).

    With `require_inputs`, finding nothing to read is an InputError raised before any write.
    With `outcomes` (a cluster), tasks are read elsewhere and their outcomes applied here.
    """
    stream = stderr if stderr is not None else sys.stderr
    started = time.perf_counter()
    plan = plan_tasks(paths, all_pages=all_pages)  # InputError (missing path, id clash) aborts
    if require_inputs and not plan.tasks:
        raise InputError(_nothing_found(paths, plan.ignored))
    batch = _Batch()
    base = append_base(out_dir) if append else None
    old = _load_existing(out_dir, batch, base) if append else 0
    output = _Output(out_dir, append, base)
    bar: tqdm[InputItem] | None = None
    if progress and outcomes is None:  # a cluster shows tasks done instead
        from tqdm import tqdm

        bar = cast(
            "tqdm[InputItem]",
            tqdm(
                total=_known_items(plan.tasks), desc="thidua", unit="page", file=stream, leave=False
            ),
        )

    def say(message: str) -> None:
        _say(message, stream, bar)

    def in_dataset(article_id: str) -> bool:
        return batch.seen_ids.in_dataset(article_id)

    try:
        try:
            if outcomes is not None:
                applied = 0
                for outcome in outcomes(plan.tasks, max_bytes):
                    _apply(outcome, batch, output, say)
                    applied += 1
                if require_inputs and not applied:  # WARC files holding no HTML page, say
                    raise InputError(_nothing_found(paths, plan.ignored))
            else:
                # Items are made a task at a time: a list of every input would grow with them.
                read = 0
                for item in _items(plan.tasks, bar):
                    read += 1
                    if bar is not None:
                        bar.update()
                    if _skip_known(item.key, item.version, batch):  # not read again
                        batch.already += 1
                        continue
                    _apply(item_outcome(item, max_bytes, in_dataset), batch, output, say)
                if require_inputs and not read:
                    raise InputError(_nothing_found(paths, plan.ignored))
        finally:
            if bar is not None:
                bar.close()
        # A nightly append run that found nothing new leaves the dataset as it is.
        if not (append and output.stream is None and _unchanged(out_dir, old, batch)):
            output.open().publish(batch.errors, inputs=[str(p) for p in paths])
    finally:
        output.discard()
        batch.seen_ids.close()
    if append:
        save_ledger(out_dir / LEDGER_FILE, batch.ledger)
    return RunSummary(
        articles_read=batch.new_records,
        failed=batch.failed,
        warnings=sum(e.level == "warning" for e in batch.errors),
        facts_found=batch.facts,
        duration_s=time.perf_counter() - started,
        errors=batch.errors,
        out_dir=out_dir,
        not_relevant=batch.not_relevant,
        not_articles=batch.not_articles,
        duplicates=batch.duplicates,
        already=batch.already,
        total_records=old + batch.new_records,
        ignored=dict(sorted(plan.ignored.items())),
    )
