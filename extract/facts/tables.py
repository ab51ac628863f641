"""Tables written as text: a header naming a unit column, then one numbered row per line.

Pages and attachments flatten tables into lines ("STT | Đơn vị | Hình thức khen thưởng",
"1 | Sở Y tế | Cờ thi đua của UBND tỉnh"; tabs or plain spaces in other pages). This module
only finds such tables and cuts each row into the unit's cell and its note; the members step
reads the units as a list and the awards step reads award tables (rules/tables.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError

RULE_FILE = "tables.yaml"
Span = tuple[int, int]


@dataclass(frozen=True)
class TableRules:
    """Compiled rules/tables.yaml."""

    header: re.Pattern[str]  # the number column's name opening a header line
    unit_column: re.Pattern[str]  # the first column after it names units
    award_column: re.Pattern[str]  # a later column names each unit's award
    row: re.Pattern[str]  # a numbered row, the number then the rest of the line
    note_start: re.Pattern[str]  # where a row written with spaces goes on past its unit
    dangling: re.Pattern[str]  # a cell broken off mid-name, going on in the next line
    count_column: re.Pattern[str]  # a column of numbers in a table of award totals
    issuer_column: re.Pattern[str]  # a column naming who gives each award


@lru_cache(maxsize=1)
def table_rules() -> TableRules:
    """Load and compile rules/tables.yaml once."""
    e = rules.load(RULE_FILE).entries
    try:
        keys = (
            "header", "unit_column", "award_column", "row", "note_start", "dangling",
            "count_column", "issuer_column",
        )  # fmt: skip
        return TableRules(*(rx.compile(e[k], re.I) for k in keys))
    except re.error as exc:
        msg = f"rules/{RULE_FILE}: a pattern is not a valid regex ({exc}). Fix it."
        raise RuleError(msg) from exc


@dataclass(frozen=True)
class Row:
    """One row: the unit's cell and what the row says of it (a role, an award), if anything."""

    unit: Span
    note: Span | None
    rest: tuple[Span, ...] = ()  # the cells after the note ("| 02" in a table of totals)


@dataclass(frozen=True)
class Table:
    """A header line and its rows."""

    header: Span
    awards: bool  # a column gives each unit its award
    rows: tuple[Row, ...]
    totals: bool = False  # rows by award: "1 | Cờ thi đua | Chính phủ | 02"
    issuers: bool = False  # the column after the award names its issuer ("| Cấp khen |")

    @property
    def end(self) -> int:
        """Where the last row ends."""
        last = self.rows[-1]
        return last.rest[-1][1] if last.rest else last.note[1] if last.note else last.unit[1]


def _lines(text: str, start: int) -> list[Span]:
    """The lines of text from start on, without their newlines."""
    out: list[Span] = []
    at = start
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        out.append((at, end))
        at = end + 1
    return out


def _strip(text: str, start: int, end: int) -> Span:
    """A cell's span without the spaces around it."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _cells(text: str, start: int, end: int) -> list[Span]:
    """A row's cells, cut at "|" (else at a tab); one cell when it has neither."""
    part = text[start:end]
    sep = "|" if "|" in part else "\t" if "\t" in part else None
    if sep is None:
        return [_strip(text, start, end)]
    out: list[Span] = []
    at = start
    for i in range(start, end + 1):
        if i == end or text[i] == sep:
            cell = _strip(text, at, i)
            if cell[0] < cell[1]:
                out.append(cell)
            at = i + 1
    return out


def _row(text: str, line: Span) -> Row | None:
    """The row on a line, or None when the line is no numbered row."""
    m = table_rules().row.fullmatch(text, *line)
    if m is None:
        return None
    cells = _cells(text, m.start("rest"), m.end("rest"))
    if len(cells) >= 2:
        return Row(cells[0], cells[1], tuple(cells[2:]))
    a, b = cells[0]
    # "3 Hạt Kiểm lâm huyện A Cụm phó": written with spaces, the note opens with its own words
    cut = table_rules().note_start.search(text, a, b)
    if cut is not None and len(text[a : cut.start()].split()) >= 2:
        return Row((a, cut.start()), (cut.end(), b))
    return Row((a, b), None)


def _dangling(text: str, row: Row) -> bool:
    """True when a row's last cell breaks off mid-name ("Phòng Hậu cần -", "Sở Kế hoạch và"):
    a wrapped cell goes on in the next line."""
    last = row.note or row.unit
    return table_rules().dangling.search(text, last[0], last[1]) is not None


def _continued(row: Row, line: Span) -> Row:
    """The row with its last cell running on to the end of the next line."""
    if row.note is not None:
        return Row(row.unit, (row.note[0], line[1]))
    return Row((row.unit[0], line[1]), None)


def _header(text: str, line: Span) -> tuple[bool, bool, bool] | None:
    """None when the line is no table header; else (award column, by award, issuer column):
    a unit column first, an award column after it or not; or an award column first, then
    maybe the issuer's, then the number or the unit ("STT | Hình thức khen thưởng | Cấp khen
    | Số đơn vị", "... | Đơn vị được đề nghị")."""
    r = table_rules()
    m = r.header.match(text, *line)
    if m is None:
        return None
    unit = r.unit_column.match(text, m.end(), line[1])
    if unit is not None:
        return r.award_column.search(text, unit.end(), line[1]) is not None, False, False
    award = r.award_column.match(text, m.end(), line[1])
    if award is not None and (
        r.count_column.search(text, award.end(), line[1])
        or r.unit_column.search(text, award.end(), line[1])
    ):
        return True, True, r.issuer_column.search(text, award.end(), line[1]) is not None
    return None


def find_tables(text: str, start: int = 0) -> list[Table]:
    """Every table of units in text[start:], in text order."""
    out: list[Table] = []
    lines = _lines(text, start)
    i = 0
    while i < len(lines):
        header = _header(text, lines[i])
        if header is None:
            i += 1
            continue
        awards, totals, issuers = header
        rows: list[Row] = []
        j = i + 1
        while j < len(lines):
            if not text[lines[j][0] : lines[j][1]].strip():
                j += 1  # a blank line between rows
                continue
            row = _row(text, lines[j])
            if row is None and rows and _dangling(text, rows[-1]):
                rows[-1] = _continued(rows[-1], lines[j])  # "3 Phòng Hậu cần -" / "Kỹ thuật"
                j += 1
                continue
            if row is None:
                break
            rows.append(row)
            j += 1
        if rows:
            out.append(Table(lines[i], awards, tuple(rows), totals, issuers))
        i = j if rows else i + 1
    return out


def line_before(text: str, table: Table) -> Span:
    """The last line with words before a table's header (its caption or intro), or an empty
    span at the header when there is none."""
    end = table.header[0]
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        if text[start : end - 1].strip():
            return start, end - 1
        end = start
    return table.header[0], table.header[0]


def in_table(tables: list[Table], pos: int) -> bool:
    """True when pos falls inside a table (its header or rows)."""
    return any(t.header[0] <= pos < t.end for t in tables)
