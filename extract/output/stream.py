"""Write a dataset while its records are made: memory stays flat however many articles.

`DatasetStream` appends each record to records.jsonl and its rows to every per-record
table (Parquet through an incremental writer, CSV through the csv module) in temporary
files as the record arrives, and gathers what the derived tables need. `publish` writes the
errors and derived tables, moves every file over its target in `write_dataset`'s order and
writes manifest.json last: the same files, values and CSV bytes as `write_dataset` over the
full records list (tests/test_stream.py compares the two), without pandas.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from extract import SCHEMA_VERSION, __version__
from extract.errors import OutputError
from extract.layout import DERIVED_STATE_FILE, IDS_STATE_FILE, MANIFEST_FILE, RECORDS_FILE
from extract.output.derived import DerivedRows
from extract.output.tables import (
    DATE,
    DERIVED_SCHEMAS,
    INT,
    SCHEMAS,
    TIMESTAMP,
    ErrorRow,
    Row,
    error_row,
    schema_of,
)
from extract.output.writers import (
    CSV_ENCODING,
    arrow_type,
    counted_manifest,
    file_mode,
    parquet_metadata,
    prepare_dir,
    write_manifest,
)

if TYPE_CHECKING:
    import pyarrow as pa

# Rows held per table as Python objects before they become Arrow columns and CSV lines.
BATCH_ROWS = 2048
# Arrow rows held per table before they go to disk as one Parquet row group: few, large row
# groups compress as well as the one a whole-table writer makes (a small dataset's Parquet
# files come out byte for byte the same), while memory stays bounded.
ROW_GROUP_ROWS = 1 << 16
ROW_GROUP_BYTES = 8 << 20

# What pandas records about each column when it writes Parquet (pa.Table.from_pandas), so
# pandas.read_parquet gives back the nullable dtypes the DataFrame writer's files give.
_PANDAS_TYPES = {
    INT: ("int64", "Int64"),
    DATE: ("date", "object"),
    TIMESTAMP: ("datetime", "object"),
}


@lru_cache(maxsize=1)
def _pandas_version() -> str:
    """The installed pandas version (looked up once: each lookup scans the installed packages)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pandas")
    except PackageNotFoundError:
        return "unknown"


def _pandas_metadata(name: str) -> bytes:
    """The `pandas` schema metadata pa.Table.from_pandas writes for table `name`."""
    import pyarrow as pa

    pandas_version = _pandas_version()
    columns = [
        {
            "name": col,
            "field_name": col,
            "pandas_type": _PANDAS_TYPES.get(dtype, ("unicode", "string"))[0],
            "numpy_type": _PANDAS_TYPES.get(dtype, ("unicode", "string"))[1],
            "metadata": None,
        }
        for col, dtype in schema_of(name)
    ]
    meta = {
        "index_columns": [],
        "column_indexes": [],
        "columns": columns,
        "attributes": {},
        "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": pandas_version,
    }
    return json.dumps(meta).encode("utf-8")


_EPOCH = dt.date(1970, 1, 1)


def _json_day(value: Any) -> Any:
    """A date as Arrow's JSON reader takes a date32: days since 1970-01-01."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return (value - _EPOCH).days
    return value


def _json_time(value: Any) -> Any:
    """A date-time as Arrow's JSON reader takes a timestamp: naive ISO text, in UTC when the
    value has a zone (what pyarrow makes of a zoned datetime object)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    return value


def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of table `name` with thidua's and pandas' metadata."""
    import pyarrow as pa

    fields = [pa.field(col, arrow_type(dtype)) for col, dtype in schema_of(name)]
    metadata = {**parquet_metadata(name), b"pandas": _pandas_metadata(name)}
    return pa.schema(fields).with_metadata(metadata)


class _TempFile:
    """A temporary file beside `target`, moved over it by `publish`."""

    def __init__(self, target: Path) -> None:
        """Create the file with the mode `target` has (or would get)."""
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self.target = target
        self.path = Path(name)
        try:
            # mkstemp makes the file 0600; readers of a shared dataset need the usual mode.
            os.fchmod(fd, file_mode(target))
            self.handle: IO[bytes] = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.path.unlink()
            raise

    def finish(self) -> None:
        """Flush the file to disk and close it."""
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def publish(self) -> None:
        """Move the finished file over its target."""
        self.finish()
        os.replace(self.path, self.target)

    def discard(self) -> None:
        """Close and remove the file (a run that failed or was stopped)."""
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self.path.unlink()


class _TableSink:
    """One table written as rows arrive: `<name>.parquet` and `<name>.csv`."""

    def __init__(self, folder: Path, name: str, part: str | None = None) -> None:
        """Open both temporary files and write the CSV header; with `part` (an append run),
        the Parquet rows go to that part file and the CSV lines, headless, are added to the
        table's CSV file at publish."""
        import pyarrow.parquet as pq

        self.name = name
        self.columns = [col for col, _ in schema_of(name)]
        self.schema = table_schema(name)
        self.rows: list[Row] = []
        self.count = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._pending_bytes = 0
        dtypes = dict(schema_of(name))
        self._days = [c for c in self.columns if dtypes[c] == DATE]
        self._times = [c for c in self.columns if dtypes[c] == TIMESTAMP]
        self.parquet = _TempFile(folder / (part or f"{name}.parquet"))
        self.csv = _TempFile(folder / f"{name}.csv")
        self.part = part
        self._parquet = pq.ParquetWriter(self.parquet.handle, self.schema)
        # The csv module is what pandas' to_csv writes with: same quoting, same bytes. Lines
        # added to a CSV file carry no byte-order mark (it opens the file only).
        encoding = CSV_ENCODING if part is None else "utf-8"
        self._text = io.TextIOWrapper(self.csv.handle, encoding=encoding, newline="")
        self._csv = csv.writer(self._text, lineterminator="\n")
        if part is None:
            self._csv.writerow(self.columns)

    def add(self, rows: Sequence[Row]) -> None:
        """Queue rows; a full batch goes to disk."""
        self.rows.extend(rows)
        self.count += len(rows)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the queued rows to both files."""
        if not self.rows:
            return
        cols = self.columns
        table = self._arrow(self.rows)
        self._pending.append(table)
        self._pending_rows += table.num_rows
        self._pending_bytes += table.nbytes
        if self._pending_rows >= ROW_GROUP_ROWS or self._pending_bytes >= ROW_GROUP_BYTES:
            self._write_row_group()
        self._csv.writerows([[row.get(c) for c in cols] for row in self.rows])
        self.rows = []

    def _write_row_group(self) -> None:
        """Write the pending Arrow rows as one Parquet row group."""
        import pyarrow as pa

        if self._pending:
            self._parquet.write_table(pa.concat_tables(self._pending))
        self._pending, self._pending_rows, self._pending_bytes = [], 0, 0

    def _arrow(self, rows: Sequence[Row]) -> pa.Table:
        """Rows as an Arrow table of this table's schema."""
        # Through Arrow's JSON reader: building arrays from Python objects (from_pylist) makes
        # pyarrow import pandas, 0.4 s of every run; the values come out the same.
        import pyarrow.json as pj

        lines = []
        for row in rows:
            cells = {c: row.get(c) for c in self.columns}
            for c in self._days:
                cells[c] = _json_day(cells[c])
            for c in self._times:
                cells[c] = _json_time(cells[c])
            lines.append(json.dumps(cells))
        options = pj.ParseOptions(explicit_schema=self.schema, unexpected_field_behavior="error")
        data = ("\n".join(lines) + "\n").encode("utf-8")
        # One block for the batch: a row must not straddle two (article texts are long).
        reading = pj.ReadOptions(block_size=len(data) + 1)
        table = pj.read_json(io.BytesIO(data), read_options=reading, parse_options=options)
        return table.select(self.columns).cast(self.schema)

    def finish(self) -> None:
        """Write what is queued and close both files (not yet published)."""
        self.flush()
        self._write_row_group()
        if self.count == 0:  # one empty row group, as pq.write_table gives an empty table
            import pyarrow as pa

            self._parquet.write_table(pa.Table.from_batches([], schema=self.schema))
        self._parquet.close()
        self._text.flush()
        self._text.detach()
        self.parquet.finish()
        self.csv.finish()

    def publish(self) -> None:
        """Move both files over their targets, Parquet first."""
        self.parquet.publish()
        self.csv.publish()

    def discard(self) -> None:
        """Remove both temporary files."""
        with contextlib.suppress(Exception):
            self._parquet.close()
        self.parquet.discard()
        self.csv.discard()


@dataclass(frozen=True)
class AppendBase:
    """A complete dataset an append run adds to: its manifest's sizes and Parquet parts."""

    sizes: dict[str, int]
    parts: dict[str, list[str]]  # per-record table -> its Parquet files, oldest first
    counts: dict[str, int]  # records and rows per table


def manifest_files(parts: Mapping[str, Sequence[str]]) -> list[str]:
    """The files a streamed dataset's manifest lists, in order: records, each table's
    Parquet and CSV files, the extra Parquet parts, the derived-state log."""
    tables = (*SCHEMAS, *DERIVED_SCHEMAS)
    extra = [p for n in tables for p in parts.get(n, [f"{n}.parquet"])[1:]]
    files = [f"{n}.{ext}" for n in tables for ext in ("parquet", "csv")]
    return [RECORDS_FILE, *files, *extra, DERIVED_STATE_FILE, IDS_STATE_FILE]


def part_files(out_dir: Path, name: str) -> list[Path]:
    """Part files of table `name` on disk (listed or left by an interrupted run)."""
    return sorted(p for p in out_dir.glob(f"{name}.*.parquet") if _PART.fullmatch(p.name))


_PART = re.compile(r"[a-z_]+\.\d{5}\.parquet")


def append_base(out_dir: Path) -> AppendBase | None:
    """The dataset at `out_dir` when an append run can add to it in place: complete, by this
    version, with the state file; its growing files at least as long as the manifest says (a
    longer one is the tail of an interrupted run, cut off again) and its Parquet files as
    the manifest says. None: the dataset is written whole, as a fresh run would."""
    try:
        info = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        if (
            info.get("schema_version") != SCHEMA_VERSION
            or info.get("thidua_version") != __version__
        ):
            return None
        sizes = {str(k): int(v) for k, v in info["sizes"].items()}
        parts = {str(k): [str(f) for f in v] for k, v in info.get("parts", {}).items()}
        for name in SCHEMAS:
            parts.setdefault(name, [f"{name}.parquet"])
        grown = [RECORDS_FILE, DERIVED_STATE_FILE, IDS_STATE_FILE]
        grown += [f"{n}.csv" for n in _RECORD_TABLES]
        exact = [f for n in _RECORD_TABLES for f in parts[n]]
        if any((out_dir / f).stat().st_size < sizes[f] for f in grown):
            return None
        if any((out_dir / f).stat().st_size != sizes[f] for f in exact):
            return None
        counts = {str(k): int(v) for k, v in info["counts"].items()}
        if info.get("files") != manifest_files(parts) or "records" not in counts:
            return None
        return AppendBase(sizes, parts, counts)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# Tables with one row set per record: an append run adds to them; the others are rewritten.
_RECORD_TABLES = tuple(n for n in SCHEMAS if n != "errors")
# An append run merges a table's newest part into the one before it while the newest holds
# at least as many rows (a binary counter): a table stays a few files, and over many runs
# each row is copied about log2(runs) times, so appending N records costs O(N log N) bytes
# at worst and O(N) in the usual nightly case.


def digest(text: str) -> bytes:
    """A 16-byte digest of an article id or content hash: what de-duplication keeps per
    article (a chance collision is about 1 in 10^29 among a million articles)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


_NO_DIGEST = bytes(16)


def record_digests(record: Mapping[str, Any]) -> bytes:
    """A record's entry in ids.state: the digests of its id and of its content hash."""
    content = record.get("content_hash")
    return digest(str(record.get("id"))) + (
        digest(content) if isinstance(content, str) else _NO_DIGEST
    )


def read_digests(path: Path, size: int) -> Iterator[tuple[bytes, bytes | None]]:
    """The (id, content hash) digests of ids.state's first `size` bytes."""
    with path.open("rb") as handle:
        data = handle.read(size)
    for at in range(0, len(data) - 31, 32):
        content = data[at + 16 : at + 32]
        yield data[at : at + 16], (None if content == _NO_DIGEST else content)


def _append_bytes(target: Path, size: int, source: Path) -> None:
    """Cut `target` back to `size` bytes (what the manifest counts) and add `source`'s bytes."""
    with target.open("r+b") as out, source.open("rb") as src:
        out.truncate(size)
        out.seek(size)
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _rows_of(path: Path) -> int:
    """Rows in a Parquet file, from its footer."""
    import pyarrow.parquet as pq

    return int(pq.read_metadata(path).num_rows)


def _merge_parts(out_dir: Path, name: str, sources: Sequence[str], target: str) -> None:
    """Write the rows of `sources` (in order) as Parquet file `target`, a row group at a time."""
    import pyarrow.parquet as pq

    temp = _TempFile(out_dir / target)
    schema = table_schema(name)
    try:
        writer = pq.ParquetWriter(temp.handle, schema)
        for source in sources:
            with (out_dir / source).open("rb") as handle:
                parquet = pq.ParquetFile(handle)
                for group in range(parquet.num_row_groups):
                    # Parquet keeps second timestamps as milliseconds: back to the schema's.
                    writer.write_table(parquet.read_row_group(group).cast(schema))
        writer.close()
        temp.publish()
    except BaseException:
        temp.discard()
        raise


def _compact(out_dir: Path, name: str, parts: list[str]) -> list[str]:
    """Merge the newest part into the one before it while it is at least as long."""
    rows = [_rows_of(out_dir / p) for p in parts]
    while len(parts) >= 2 and rows[-1] >= rows[-2]:
        merged = [parts[-2], parts[-1]]
        # Into the older file's name when it is the table's own file, else a new part.
        target = parts[-2] if parts[-2] == f"{name}.parquet" else _next_part(name, parts)
        _merge_parts(out_dir, name, merged, target)
        parts[-2:] = [target]
        rows[-2:] = [rows[-2] + rows[-1]]
    return parts


def _next_part(name: str, parts: Sequence[str]) -> str:
    """A part file name after every one in `parts`."""
    numbers = [int(p.split(".")[1]) for p in parts if _PART.fullmatch(p)]
    return f"{name}.{max(numbers, default=0) + 1:05d}.parquet"


class DatasetStream:
    """A dataset written record by record; nothing replaces the old one before `publish`.

    With `base` (an append run over a complete dataset) only the new records are written:
    their lines are added to records.jsonl and to each per-record table's CSV file, their
    Parquet rows become a new part file, and the derived tables are recomputed from the state
    log; manifest.json, written last, lists the parts and the sizes that count, so an
    interrupted append is cut back by the next run and readers refuse it meanwhile."""

    def __init__(self, out_dir: Path, base: AppendBase | None = None) -> None:
        """Create `out_dir` when missing and open the temporary files."""
        prepare_dir(out_dir)
        self.out_dir = out_dir
        self.base = base
        self.count = 0
        self._sinks: dict[str, _TableSink] = {}
        try:
            previous = None
            if base is not None:
                previous = (out_dir / DERIVED_STATE_FILE, base.sizes[DERIVED_STATE_FILE])
            self._derived = DerivedRows(out_dir, previous)
            self._records = _TempFile(out_dir / RECORDS_FILE)
            self._ids = _TempFile(out_dir / IDS_STATE_FILE)
            for name in _RECORD_TABLES:
                part = None if base is None else _next_part(name, base.parts[name])
                self._sinks[name] = _TableSink(out_dir, name, part)
        except OSError as exc:
            self.discard()
            raise _output_error(out_dir, exc) from exc

    def __enter__(self) -> DatasetStream:
        """The stream itself."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Remove the temporary files unless the dataset was published."""
        self.discard()

    def add(self, line: str, rows: Mapping[str, Sequence[Row]], record: Mapping[str, Any]) -> None:
        """Write one record: its JSON line (encoded once, by the caller) and its table rows."""
        try:
            self._records.handle.write(line.encode("utf-8") + b"\n")
            self._ids.handle.write(record_digests(record))
            for name, table_rows in rows.items():
                self._sinks[name].add(table_rows)
        except OSError as exc:
            raise _output_error(self.out_dir, exc) from exc
        self._derived.add(record)
        self.count += 1

    def publish(self, errors: Sequence[ErrorRow], inputs: Sequence[str]) -> dict[str, int]:
        """Write the errors and derived tables, publish every file, then manifest.json."""
        try:
            self._sinks["errors"] = _TableSink(self.out_dir, "errors")
            self._sinks["errors"].add([error_row(e) for e in errors])
            for sink in self._sinks.values():
                sink.finish()
            for name, table_rows in self._derived.tables():
                # Fed a batch at a time: a derived table may be as long as the dataset.
                sink = self._sinks[name] = _TableSink(self.out_dir, name)
                for batch in _batches(table_rows, BATCH_ROWS):
                    sink.add(batch)
                sink.finish()
            parts = self._publish_files()
            counts = {name: self._sinks[name].count for name in (*SCHEMAS, *DERIVED_SCHEMAS)}
            total = self.count
            if self.base is not None:
                total += self.base.counts["records"]
                for name in _RECORD_TABLES:
                    counts[name] += self.base.counts[name]
            info = counted_manifest(total, counts, inputs)
            listed = {n: p for n, p in parts.items() if p != [f"{n}.parquet"]}
            if listed:
                info["parts"] = listed
            info["files"] = manifest_files(parts)
            write_manifest(self.out_dir, info)
            self._remove_stray_parts(parts)
        except OSError as exc:
            raise _output_error(self.out_dir, exc) from exc
        self._sinks = {}
        return counts

    def _publish_files(self) -> dict[str, list[str]]:
        """Move or add every file into the dataset; each table's Parquet files after it."""
        out, base = self.out_dir, self.base
        if base is None:
            self._records.publish()
            self._ids.publish()
            self._derived.finish_log()
            os.replace(self._derived.log_path, out / DERIVED_STATE_FILE)
        else:
            self._records.finish()
            _append_bytes(out / RECORDS_FILE, base.sizes[RECORDS_FILE], self._records.path)
            self._records.discard()
            self._ids.finish()
            _append_bytes(out / IDS_STATE_FILE, base.sizes[IDS_STATE_FILE], self._ids.path)
            self._ids.discard()
            state = out / DERIVED_STATE_FILE
            _append_bytes(state, base.sizes[DERIVED_STATE_FILE], self._derived.log_path)
        self._derived.close()
        parts: dict[str, list[str]] = {}
        for name in (*SCHEMAS, *DERIVED_SCHEMAS):
            sink = self._sinks[name]
            if base is None or sink.part is None:
                sink.publish()
                parts[name] = [f"{name}.parquet"]
                continue
            csv_name = f"{name}.csv"
            _append_bytes(out / csv_name, base.sizes[csv_name], sink.csv.path)
            sink.csv.discard()
            if sink.count:
                sink.parquet.publish()
                parts[name] = _compact(out, name, [*base.parts[name], sink.part])
            else:
                sink.parquet.discard()
                parts[name] = list(base.parts[name])
        return parts

    def _remove_stray_parts(self, parts: Mapping[str, Sequence[str]]) -> None:
        """Delete part files the manifest no longer lists (merged, or left by a crash)."""
        for name in _RECORD_TABLES:
            keep = set(parts.get(name, ()))
            for path in part_files(self.out_dir, name):
                if path.name not in keep:
                    with contextlib.suppress(OSError):
                        path.unlink()

    def discard(self) -> None:
        """Remove every temporary file still there (published files are already moved)."""
        for temp in (getattr(self, "_records", None), getattr(self, "_ids", None)):
            if temp is not None:
                temp.discard()
        derived = getattr(self, "_derived", None)
        if derived is not None:
            derived.close()
        for sink in self._sinks.values():
            sink.discard()
        self._sinks = {}


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    """`rows` in lists of `size`."""
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _output_error(out_dir: Path, exc: OSError) -> OutputError:
    """The one-line error of a write that failed."""
    return OutputError(
        f"cannot write to {out_dir}: {exc.strerror or exc}; check free space and permissions"
    )
