"""SQL over a dataset folder: every `<name>.parquet` is a DuckDB view called `<name>`.

`records.jsonl` becomes the view `records` too, but only when a query names it: DuckDB reads
a JSON file to infer its schema, which costs time on a large dataset nobody asked about.
DuckDB errors are turned into one-line messages that say what exists and what to do.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from extract.errors import DatasetError, QueryError
from extract.output.writers import MANIFEST_FILE, RECORDS_FILE

FORMATS = ("table", "csv", "json")
RECORDS_VIEW = "records"
HOW_TO_CREATE = (
    "create one with `make run` (writes data/), `thidua run` (crawl), "
    "or `thidua extract PATH... --out DIR`, then pass --data DIR"
)
MAX_CELL_WIDTH = 40  # terminal columns per cell in table output; longer text is cut with "…"
WIDE_CELL_WIDTH = 10_000  # `thidua query --wide`: in practice never cut


@dataclass(frozen=True)
class Dataset:
    """A dataset folder: its Parquet tables by name and its records.jsonl, if any."""

    folder: Path
    tables: dict[str, Path]
    records: Path | None
    # Tables an append run added Parquet part files to: every file of the table, in order.
    parts: dict[str, tuple[Path, ...]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """Every view a query can use, sorted."""
        extra = [RECORDS_VIEW] if self.records and RECORDS_VIEW not in self.tables else []
        return sorted([*self.tables, *extra])


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of a query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def find_dataset(folder: Path) -> Dataset:
    """The tables in `folder`; DatasetError when the folder is missing or holds none."""
    if not folder.exists():
        raise DatasetError(f"no dataset at {folder}: the folder does not exist; {HOW_TO_CREATE}")
    if not folder.is_dir():
        raise DatasetError(f"{folder} is a file, not a dataset folder; {HOW_TO_CREATE}")
    # Dot-files are the atomic writers' temporary files. Absolute paths keep the views valid
    # when the caller (a notebook) changes its working folder.
    tables = {
        p.stem: p.resolve()
        for p in sorted(folder.glob("*.parquet"))
        if not p.name.startswith(".") and not _PART_FILE.fullmatch(p.name)
    }
    records = folder / RECORDS_FILE
    has_records = records.is_file() and records.stat().st_size > 0
    if not tables and not has_records:
        raise DatasetError(
            f"{folder} holds no dataset (no <table>.parquet files, no {RECORDS_FILE}); "
            f"{HOW_TO_CREATE}"
        )
    check_complete(folder)
    parts = {
        name: tuple((folder / f).resolve() for f in files)
        for name, files in _manifest_parts(folder).items()
        if name in tables
    }
    return Dataset(folder, tables, records.resolve() if has_records else None, parts)


# `<table>.00001.parquet`: rows an append run added to a table (listed in manifest.json).
_PART_FILE = re.compile(r"[^.]+\.\d{5}\.parquet")


def _manifest_parts(folder: Path) -> dict[str, list[str]]:
    """The Parquet files of each table with parts, as manifest.json lists them."""
    try:
        data = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        parts = data.get("parts", {}) if isinstance(data, dict) else {}
        return {str(k): [str(f) for f in v] for k, v in parts.items() if isinstance(v, list)}
    except (OSError, ValueError, AttributeError):
        return {}


def check_complete(folder: Path) -> None:
    """DatasetError when the files do not match manifest.json (an interrupted write)."""
    path = folder / MANIFEST_FILE
    redo = (
        "its writing was interrupted or the files were changed by hand; rebuild it with the "
        "command that made it (`thidua extract PATH... --out DIR --force`, or `thidua run`)"
    )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"the dataset in {folder} has no {MANIFEST_FILE}: {redo}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(f"cannot read {path} ({exc}): {redo}") from exc
    sizes = data.get("sizes") if isinstance(data, dict) else None
    if not isinstance(sizes, dict):
        return  # written before sizes were recorded: nothing to compare
    wrong = []
    for name, size in sizes.items():
        file = folder / str(name)
        actual = file.stat().st_size if file.is_file() else None
        if actual != size:
            found = "missing" if actual is None else f"{actual:,} bytes"
            wrong.append(f"{name} ({found}, the manifest says {size:,})")
    if wrong:
        shown = "; ".join(wrong[:3]) + (f"; and {len(wrong) - 3} more" if len(wrong) > 3 else "")
        raise DatasetError(f"the dataset in {folder} does not match its manifest: {shown}; {redo}")


def article_count(dataset: Dataset) -> int | None:
    """Rows in the `articles` table from the Parquet footer; None when there is no table."""
    path = dataset.tables.get("articles")
    if path is None:
        return None
    try:
        files = dataset.parts.get("articles", (path,))
        return sum(int(pq.read_metadata(p).num_rows) for p in files)
    except (OSError, ValueError) as exc:
        raise DatasetError(
            f"cannot read {path}: {exc}; rebuild the dataset ({HOW_TO_CREATE})"
        ) from exc


def _quote_ident(name: str) -> str:
    """A SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def _quote_str(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _mentions(sql: str, name: str) -> bool:
    """Whether `sql` contains `name` as a whole word (case-insensitive)."""
    return re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", sql, re.IGNORECASE) is not None


def connect(dataset: Dataset, *, with_records: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table (and `records` when asked)."""
    con = duckdb.connect(":memory:")
    try:
        for name, path in dataset.tables.items():
            files = ", ".join(_quote_str(str(p)) for p in dataset.parts.get(name, (path,)))
            con.execute(
                f"CREATE VIEW {_quote_ident(name)} AS SELECT * FROM read_parquet([{files}])"
            )
        if with_records and dataset.records is not None and RECORDS_VIEW not in dataset.tables:
            con.execute(
                f"CREATE VIEW {RECORDS_VIEW} AS SELECT * FROM read_json_auto("
                f"{_quote_str(str(dataset.records))}, format = 'newline_delimited')"
            )
    except duckdb.Error as exc:
        con.close()
        raise DatasetError(
            f"cannot read the dataset in {dataset.folder}: {_first_line(exc)}; "
            f"rebuild it ({HOW_TO_CREATE})"
        ) from exc
    return con


def open_dataset(folder: Path, *, with_records: bool = False) -> duckdb.DuckDBPyConnection:
    """`connect(find_dataset(folder))`: a DuckDB connection with the dataset's views."""
    return connect(find_dataset(folder), with_records=with_records)


def table_columns(con: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """The column names of view `name`."""
    rows = con.execute(f"DESCRIBE {_quote_ident(name)}").fetchall()
    return [str(r[0]) for r in rows]


def _first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception message."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__


def _did_you_mean(message: str) -> str:
    """DuckDB's `Did you mean "x"?` suggestion as a clause, or ''."""
    match = re.search(r'Did you mean "([^"]+)"', message)
    return f" (did you mean {match.group(1)}?)" if match else ""


def _explain(exc: duckdb.Error, sql: str, dataset: Dataset, con: duckdb.DuckDBPyConnection) -> str:
    """A one-line message for a failed query: what is wrong and what exists instead."""
    message = str(exc)
    first = _first_line(exc)
    tables = ", ".join(dataset.names)
    table = re.search(r"Table with name (.+?) does not exist", first)
    if isinstance(exc, duckdb.CatalogException) and table:
        return (
            f"unknown table {table.group(1).strip(chr(34))}{_did_you_mean(message)}; "
            f"the dataset in {dataset.folder} has: {tables}"
        )
    column = re.search(
        r'(?:Referenced column "([^"]+)" not found|does not have a column named "([^"]+)")',
        first,
    )
    if isinstance(exc, duckdb.BinderException) and column:
        name = column.group(1) or column.group(2)
        used = [t for t in dataset.names if _mentions(sql, t)]
        if RECORDS_VIEW in used and RECORDS_VIEW not in dataset.tables:
            used.remove(RECORDS_VIEW)  # its columns cost a JSON scan; rarely the culprit
        listed = "; ".join(f"{t}: {', '.join(table_columns(con, t))}" for t in used)
        where = f"columns of {listed}" if listed else f"tables: {tables}"
        candidate = re.search(r'Candidate bindings: "([^"]+)"', message)
        hint = f" (did you mean {candidate.group(1)}?)" if candidate else ""
        return f"unknown column {name}{hint}; {where}"
    if isinstance(exc, duckdb.ParserException):
        return (
            f"{first}; check the SQL near that word and quote the whole query in single "
            "quotes in the shell; `thidua query 'SHOW TABLES'` lists the tables"
        )
    return f"{first}{_did_you_mean(message)}"


def run_query(folder: Path, sql: str) -> QueryResult:
    """Run `sql` over the dataset in `folder`; DatasetError or QueryError say what went wrong."""
    if not sql.strip():
        raise QueryError("the SQL is empty; e.g. thidua query 'SELECT * FROM articles LIMIT 5'")
    dataset = find_dataset(folder)
    con = connect(dataset, with_records=_mentions(sql, RECORDS_VIEW))
    try:
        try:
            cursor = con.execute(sql)
            columns = [str(d[0]) for d in cursor.description or ()]
            rows = cursor.fetchall() if columns else []
        except duckdb.Error as exc:
            raise QueryError(_explain(exc, sql, dataset, con)) from exc
    finally:
        con.close()
    return QueryResult(columns, rows)


# --- output formats ------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A cell as a JSON-ready value: dates as ISO text, decimals as floats, NaN as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _text(value: Any) -> str:
    """A cell as text for table and CSV output; null is ''."""
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(round(value, 4))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def char_width(char: str) -> int:
    """Terminal columns one character takes: 0 combining, 2 wide East Asian, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns `text` takes."""
    return sum(char_width(c) for c in text)


def truncate(text: str, width: int) -> str:
    """`text` cut to at most `width` columns, with "…" when cut."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for char in text:
        w = char_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int, right: bool) -> str:
    """`text` padded with spaces to `width` columns."""
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def _is_number(value: Any) -> bool:
    """Numbers are right-aligned in table output."""
    return isinstance(value, int | float | decimal.Decimal) and not isinstance(value, bool)


def format_table(result: QueryResult, max_width: int = MAX_CELL_WIDTH) -> str:
    """Aligned columns for a terminal; wide cells are cut, line breaks shown as ↵."""
    if not result.columns:
        return "(no result set)"
    cells = [
        [
            truncate(
                "NULL" if v is None else _text(v).replace("\r", "").replace("\n", "↵"), max_width
            )
            for v in row
        ]
        for row in result.rows
    ]
    header = [truncate(c, max_width) for c in result.columns]
    widths = [
        max([display_width(header[i]), *(display_width(r[i]) for r in cells)])
        for i in range(len(header))
    ]
    right = [
        any(_is_number(row[i]) for row in result.rows)
        and all(_is_number(row[i]) or row[i] is None for row in result.rows)
        for i in range(len(header))
    ]
    lines = [
        " | ".join(_pad(h, w, r) for h, w, r in zip(header, widths, right, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    for row in cells:
        padded = (_pad(c, w, r) for c, w, r in zip(row, widths, right, strict=True))
        lines.append(" | ".join(padded).rstrip())
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines)


def format_csv(result: QueryResult) -> str:
    """CSV with a header row; null is an empty cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if result.columns:
        writer.writerow(result.columns)
    writer.writerows([_text(v) for v in row] for row in result.rows)
    return buffer.getvalue().rstrip("\n")


def format_json(result: QueryResult) -> str:
    """A JSON list with one object per row, Vietnamese unescaped."""
    objects = [
        {c: _plain(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows
    ]
    return json.dumps(objects, ensure_ascii=False, indent=2)


def format_result(result: QueryResult, fmt: str, max_width: int = MAX_CELL_WIDTH) -> str:
    """The result in one of FORMATS; table cells are cut at `max_width` columns."""
    if fmt == "table":
        return format_table(result, max_width)
    formatters = {"csv": format_csv, "json": format_json}
    if fmt not in formatters:
        raise QueryError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return formatters[fmt](result)
