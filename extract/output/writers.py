"""Atomic writers for the dataset: records.jsonl, Parquet + CSV tables and manifest.json.

Every file is written to a temporary file in the same folder, flushed and fsync'ed, then
moved over the target with `os.replace`, so an interrupted run leaves either the old file or
the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from extract import SCHEMA_VERSION, __version__
from extract.errors import OutputError
from extract.layout import MANIFEST_FILE as MANIFEST_FILE
from extract.layout import RECORDS_FILE as RECORDS_FILE
from extract.output.derived import analyst_tables
from extract.output.tables import DATE, DERIVED_SCHEMAS, INT, SCHEMAS, STR, TIMESTAMP

if TYPE_CHECKING:  # pandas and pyarrow load slowly: imported where a writer needs them
    import pandas as pd
    import pyarrow as pa

# Excel only detects UTF-8 (and shows Vietnamese correctly) when the file starts with a BOM.
CSV_ENCODING = "utf-8-sig"


def _current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode(path: Path) -> int:
    """Mode for a file written at `path`: the old file's mode, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write `path` via `write(handle)` into a temp file, fsync it, then os.replace it."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file 0600; readers of a shared dataset (cron jobs, a web server,
        # colleagues) need the mode any other new file would get.
        os.fchmod(fd, file_mode(path))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        # BaseException too: a Ctrl-C mid-write must not leave the temp file behind.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Persist the rename itself; not every platform can open a folder, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Atomically replace `path` with `data`."""

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    atomic_write(path, write)


def jsonl_bytes(records: Iterable[Mapping[str, Any]]) -> bytes:
    """Records as UTF-8 JSON Lines, Vietnamese kept readable (no \\u escapes)."""
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return "".join(lines).encode("utf-8")


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV with a UTF-8 BOM; missing values are empty cells."""
    return df.to_csv(index=False, lineterminator="\n").encode(CSV_ENCODING)


def arrow_type(dtype: str) -> pa.DataType:
    """The Arrow type of a column dtype (STR, INT, DATE, TIMESTAMP)."""
    import pyarrow as pa

    types = {INT: pa.int64(), DATE: pa.date32(), TIMESTAMP: pa.timestamp("s")}
    return types.get(dtype, pa.string())


def arrow_schema(name: str, df: pd.DataFrame) -> pa.Schema:
    """The Arrow schema of table `name`, tagged with the schema and package versions."""
    import pyarrow as pa

    known = dict(SCHEMAS.get(name) or DERIVED_SCHEMAS.get(name, ()))
    fields = [pa.field(col, arrow_type(known.get(col, STR))) for col in df.columns]
    return pa.schema(fields).with_metadata(parquet_metadata(name))


def parquet_metadata(name: str) -> dict[bytes, bytes]:
    """Key-value metadata stored in every Parquet file."""
    return {
        b"schema_version": SCHEMA_VERSION.encode(),
        b"thidua_version": __version__.encode(),
        b"table": name.encode(),
    }


def write_parquet(path: Path, name: str, df: pd.DataFrame) -> None:
    """Atomically write one table as Parquet with thidua's key-value metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, schema=arrow_schema(name, df), preserve_index=False)
    # from_pandas adds its own "pandas" metadata; merge ours so both survive.
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), **parquet_metadata(name)}
    )
    atomic_write(path, lambda handle: pq.write_table(table, handle))


def manifest(
    records: Sequence[Mapping[str, Any]],
    tables: Mapping[str, pd.DataFrame],
    inputs: Sequence[str],
) -> dict[str, Any]:
    """What was written, from what, when and by which version."""
    return counted_manifest(len(records), {name: len(df) for name, df in tables.items()}, inputs)


def counted_manifest(
    n_records: int, table_rows: Mapping[str, int], inputs: Sequence[str]
) -> dict[str, Any]:
    """The manifest of a dataset with `n_records` records and tables of these row counts."""
    return {
        "schema_version": SCHEMA_VERSION,
        "thidua_version": __version__,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "inputs": list(inputs),
        "counts": {"records": n_records, **table_rows},
        "files": [RECORDS_FILE, *(f"{n}.{ext}" for n in table_rows for ext in ("parquet", "csv"))],
    }


def write_manifest(out_dir: Path, info: dict[str, Any]) -> None:
    """Add the sizes of the files `info` lists, then write manifest.json atomically."""
    # Written last: a manifest that matches the files means the dataset is complete; the
    # sizes let readers tell a dataset whose writing was interrupted (old manifest, some
    # new files) and refuse it.
    info["sizes"] = {name: (out_dir / name).stat().st_size for name in info["files"]}
    text = json.dumps(info, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(out_dir / MANIFEST_FILE, text.encode("utf-8"))


def _default_inputs(
    records: Sequence[Mapping[str, Any]], tables: Mapping[str, pd.DataFrame]
) -> list[str]:
    """Inputs named by the records and the errors table, when the caller gave none."""
    seen = [str(r.get("source_path") or r.get("id")) for r in records]
    errors = tables.get("errors")
    if errors is not None and "input" in errors.columns:
        seen.extend(str(v) for v in errors["input"].dropna())
    return list(dict.fromkeys(seen))


def prepare_dir(out_dir: Path) -> None:
    """Create the output folder, or say why it cannot be used."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir} is a file, not a folder; pass a folder path to --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create output folder {out_dir}: {exc.strerror}; check the path and permissions"
        ) from exc


def write_dataset(
    out_dir: Path,
    records: list[dict[str, Any]],
    tables: dict[str, pd.DataFrame],
    *,
    inputs: Sequence[str] | None = None,
) -> None:
    """Write records.jsonl, `<table>.parquet` + `<table>.csv` and, last, manifest.json.

    The derived tables (entities, bloc_years, ...) are always recomputed here from `records`,
    the one place they are made, so every writer of a dataset writes them consistently.
    """
    prepare_dir(out_dir)
    tables = {**tables, **analyst_tables(records)}
    try:
        atomic_write_bytes(out_dir / RECORDS_FILE, jsonl_bytes(records))
        for name, df in tables.items():
            write_parquet(out_dir / f"{name}.parquet", name, df)
            atomic_write_bytes(out_dir / f"{name}.csv", csv_bytes(df))
        info = manifest(
            records, tables, inputs if inputs is not None else _default_inputs(records, tables)
        )
        write_manifest(out_dir, info)
    except OSError as exc:
        raise OutputError(
            f"cannot write to {out_dir}: {exc.strerror or exc}; check free space and permissions"
        ) from exc
