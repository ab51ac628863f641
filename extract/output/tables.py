"""Records → flat pandas tables with a fixed column order and explicit dtypes.

Every table is built from the JSON records (not from `Facts`) so the tables can always be
rebuilt from `records.jsonl` alone. Text columns use the nullable "string" dtype, integers
and offsets the nullable "Int64" dtype; dates are `datetime.date` values (Parquet date32,
CSV `YYYY-MM-DD`) and times `datetime.datetime` (Parquet timestamp, CSV `YYYY-MM-DD
HH:MM:SS`), null when unknown: a meeting day without a year has a null date and its month
and day in their own columns. Empty tables keep their schema.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from extract import SCHEMA_VERSION
from extract.output.linking import record_bloc_id, record_org_id

if TYPE_CHECKING:  # pandas loads slowly; `thidua extract` streams tables without it
    import pandas as pd

STR = "string"
INT = "Int64"
DATE = "date"
TIMESTAMP = "timestamp"
# pandas holds dates and times as Python objects: its datetime64 would print dates with a
# time of day in the CSV files.
_PANDAS_DTYPES = {DATE: "object", TIMESTAMP: "object"}

Schema = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ErrorRow:
    """One problem met while reading, extracting or writing an input."""

    input: str
    article_id: str | None
    stage: str  # read | extract | write
    error_type: str
    message: str
    level: str = "error"  # error | warning


def _span_cols(prefix: str) -> tuple[tuple[str, str], ...]:
    """The `<prefix>_start`/`<prefix>_end` evidence offset columns."""
    return ((f"{prefix}_start", INT), (f"{prefix}_end", INT))


_KEY: Schema = (("article_id", STR), ("schema_version", STR))
_BLOC_KEY: Schema = (*_KEY, ("bloc_index", INT), ("bloc_id", STR), ("bloc_name", STR))

SCHEMAS: dict[str, Schema] = {
    "articles": (
        *_KEY,
        ("title", STR),
        *_span_cols("title"),
        ("url", STR),
        ("source_path", STR),
        ("content_hash", STR),
        ("published", DATE),
        ("published_at", TIMESTAMP),
        *_span_cols("published"),
        ("author", STR),
        *_span_cols("author"),
        ("province", STR),
        *_span_cols("province"),
        ("province_2025", STR),
        ("province_source", STR),
        ("n_blocs", INT),
        ("n_people", INT),
        ("n_mentions", INT),
        ("text_length", INT),
        # Last, being long: lets table users resolve every offset without records.jsonl.
        ("text", STR),
    ),
    "blocs": (
        *_KEY,
        ("bloc_index", INT),
        ("bloc_id", STR),
        ("name", STR),
        *_span_cols("name"),
        ("qualifier", STR),
        ("event_type", STR),
        *_span_cols("event_type"),
        ("event_date", DATE),
        ("event_month", INT),
        ("event_day", INT),
        *_span_cols("event_date"),
        ("event_period", STR),
        *_span_cols("event_period"),
        ("leader_org", STR),
        ("leader_org_id", STR),
        ("leader_year", INT),
        *_span_cols("leader"),
        ("deputy_leader_org", STR),
        ("deputy_leader_org_id", STR),
        ("deputy_leader_year", INT),
        *_span_cols("deputy_leader"),
        ("next_leader_org", STR),
        ("next_leader_org_id", STR),
        ("next_leader_year", INT),
        *_span_cols("next_leader"),
        ("member_count", INT),
        *_span_cols("member_count"),
        ("n_members", INT),
        ("n_awards", INT),
    ),
    "members": (
        *_BLOC_KEY,
        ("member_index", INT),
        ("member", STR),
        ("org_id", STR),
        *_span_cols("member"),
    ),
    "awards": (
        *_BLOC_KEY,
        ("award_index", INT),
        ("award", STR),
        ("issuer", STR),
        ("count", INT),
        ("status", STR),
        ("year", INT),
        ("n_recipients", INT),
        *_span_cols("award"),
    ),
    "award_recipients": (
        *_BLOC_KEY,
        ("award_index", INT),
        ("recipient_index", INT),
        ("recipient", STR),
        ("org_id", STR),
        *_span_cols("recipient"),
    ),
    "people": (
        *_KEY,
        ("person_index", INT),
        ("name", STR),
        *_span_cols("name"),
        ("role", STR),
        *_span_cols("role"),
    ),
    "mentions": (
        *_KEY,
        ("mention_index", INT),
        ("label", STR),
        ("text", STR),
        ("value", STR),
        ("role", STR),
        ("source", STR),
        *_span_cols("mention"),
    ),
    "errors": (
        ("input", STR),
        ("article_id", STR),
        ("schema_version", STR),
        ("stage", STR),
        ("error_type", STR),
        ("message", STR),
        ("level", STR),
    ),
}

TABLE_NAMES = tuple(SCHEMAS)

# Tables computed from the whole records list (extract.output.derived.analyst_tables).
DERIVED_SCHEMAS: dict[str, Schema] = {
    "entities": (
        ("entity_id", STR),
        ("schema_version", STR),
        ("kind", STR),
        ("canonical_name", STR),
        ("scope", STR),
        ("province", STR),
        ("province_2025", STR),
        ("n_mentions", INT),
        ("n_articles", INT),
        ("n_variants", INT),
    ),
    "entity_variants": (
        ("entity_id", STR),
        ("schema_version", STR),
        ("kind", STR),
        ("variant", STR),
        ("n_mentions", INT),
        ("n_articles", INT),
    ),
    "bloc_years": (
        ("row_id", STR),
        ("schema_version", STR),
        ("bloc_id", STR),
        ("bloc_name", STR),
        ("province", STR),
        ("province_2025", STR),
        ("year", INT),
        ("leader_org", STR),
        ("leader_org_id", STR),
        ("leader_source", STR),
        ("deputy_leader_org", STR),
        ("deputy_leader_org_id", STR),
        ("next_leader_org", STR),
        ("next_leader_org_id", STR),
        ("member_count", INT),
        ("n_members_listed", INT),
        ("n_articles", INT),
        ("conflicts", INT),
    ),
    "award_counts": (
        ("row_id", STR),
        ("schema_version", STR),
        ("province", STR),
        ("province_2025", STR),
        ("year", INT),
        ("bloc_id", STR),
        ("bloc_name", STR),
        ("award", STR),
        ("issuer", STR),
        ("status", STR),
        ("total", INT),
        ("n_groups", INT),
        ("n_articles", INT),
    ),
    "derived_evidence": (
        ("table", STR),
        ("schema_version", STR),
        ("row_id", STR),
        ("field", STR),
        ("value", STR),
        ("status", STR),
        ("article_id", STR),
        ("bloc_index", INT),
        ("award_index", INT),
        ("evidence_start", INT),
        ("evidence_end", INT),
    ),
}
DERIVED_TABLE_NAMES = tuple(DERIVED_SCHEMAS)

Row = dict[str, Any]


def frame(name: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A DataFrame for table `name` with exactly its schema's columns, order and dtypes."""
    import pandas as pd

    schema = schema_of(name)
    materialised = list(rows)
    data = {
        col: pd.Series([r.get(col) for r in materialised], dtype=_PANDAS_DTYPES.get(dtype, dtype))
        for col, dtype in schema
    }
    return pd.DataFrame(data, columns=[col for col, _ in schema])


def schema_of(name: str) -> Schema:
    """The declared columns of any table, per-record or derived."""
    if name in SCHEMAS:
        return SCHEMAS[name]
    return DERIVED_SCHEMAS[name]


def day_of(value: Any) -> dt.date | None:
    """The calendar day of an ISO date or date-time string; None without a full date."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None  # "--07-06": a day and month without a year


def time_of(value: Any) -> dt.datetime | None:
    """The date-time of an ISO date-time string; None for a bare date."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


_MONTH_DAY = re.compile(r"^(?:\d{4}|-)-(\d{2})-(\d{2})")


def month_day(value: Any) -> tuple[int | None, int | None]:
    """Month and day of "YYYY-MM-DD" or of a yearless "--MM-DD"."""
    m = _MONTH_DAY.match(value) if isinstance(value, str) else None
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


def _span(evidence: Mapping[str, Any], key: str, prefix: str) -> Row:
    """`<prefix>_start`/`<prefix>_end` from an evidence entry; None when absent."""
    return _pair(evidence.get(key), prefix)


def _pair(span: Sequence[int] | None, prefix: str) -> Row:
    """Split a `[start, end]` span into two columns."""
    if not span:
        return {f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_start": span[0], f"{prefix}_end": span[1]}


def _at(items: Sequence[Any], i: int) -> Any:
    """items[i], or None when evidence lists are shorter than the values they describe."""
    return items[i] if i < len(items) else None


def _key(record: Mapping[str, Any]) -> Row:
    """The columns every fact row starts with."""
    return {
        "article_id": record["id"],
        "schema_version": record.get("schema_version", SCHEMA_VERSION),
    }


def article_row(record: Mapping[str, Any]) -> Row:
    """One `articles` row."""
    ev = record.get("evidence", {})
    return {
        **_key(record),
        "title": record.get("title"),
        **_span(ev, "title", "title"),
        "url": record.get("url"),
        "source_path": record.get("source_path"),
        "content_hash": record.get("content_hash"),
        "published": day_of(record.get("published")),
        "published_at": time_of(record.get("published")),
        **_span(ev, "published", "published"),
        "author": record.get("author"),
        **_span(ev, "author", "author"),
        "province": record.get("province"),
        **_span(ev, "province", "province"),
        "province_2025": record.get("province_2025"),
        "province_source": record.get("province_source"),
        "n_blocs": len(record.get("blocs", [])),
        "n_people": len(record.get("people", [])),
        "n_mentions": len(record.get("mentions", [])),
        "text_length": len(record.get("text") or ""),
        "text": record.get("text"),
    }


def _role_cols(
    record: Mapping[str, Any], bloc: Mapping[str, Any], ev: Mapping[str, Any], field: str
) -> Row:
    """`<field>_org`, `<field>_org_id`, `<field>_year` and its span columns."""
    role = bloc.get(field) or {}
    return {
        f"{field}_org": role.get("org"),
        f"{field}_org_id": record_org_id(record, role.get("org")),
        f"{field}_year": role.get("year"),
        **_span(ev, field, field),
    }


def bloc_row(record: Mapping[str, Any], index: int) -> Row:
    """One `blocs` row for the record's bloc number `index`."""
    bloc = record["blocs"][index]
    ev = _at(record.get("evidence", {}).get("blocs", []), index) or {}
    event = bloc.get("event") or {}
    return {
        **_key(record),
        "bloc_index": index,
        "bloc_id": record_bloc_id(record, index),
        "name": bloc["name"],
        **_span(ev, "name", "name"),
        "qualifier": bloc.get("qualifier"),
        "event_type": event.get("type"),
        **_span(ev, "event.type", "event_type"),
        "event_date": day_of(event.get("date")),
        "event_month": month_day(event.get("date"))[0],
        "event_day": month_day(event.get("date"))[1],
        **_span(ev, "event.date", "event_date"),
        "event_period": event.get("period"),
        **_span(ev, "event.period", "event_period"),
        **_role_cols(record, bloc, ev, "leader"),
        **_role_cols(record, bloc, ev, "deputy_leader"),
        **_role_cols(record, bloc, ev, "next_leader"),
        "member_count": bloc.get("member_count"),
        **_span(ev, "member_count", "member_count"),
        "n_members": len(bloc.get("members", [])),
        "n_awards": len(bloc.get("awards", [])),
    }


def member_rows(record: Mapping[str, Any], index: int) -> list[Row]:
    """`members` rows for one bloc, in the order the text lists them."""
    bloc = record["blocs"][index]
    ev = _at(record.get("evidence", {}).get("blocs", []), index) or {}
    spans = ev.get("members", [])
    key = _bloc_key(record, index)
    return [
        {
            **key,
            "member_index": i,
            "member": m,
            "org_id": record_org_id(record, m),
            **_pair(_at(spans, i), "member"),
        }
        for i, m in enumerate(bloc.get("members", []))
    ]


def _bloc_key(record: Mapping[str, Any], index: int) -> Row:
    """The columns every row of a bloc's members, awards and recipients starts with."""
    return {
        **_key(record),
        "bloc_index": index,
        "bloc_id": record_bloc_id(record, index),
        "bloc_name": record["blocs"][index]["name"],
    }


def award_rows(record: Mapping[str, Any], index: int) -> tuple[list[Row], list[Row]]:
    """`awards` rows and `award_recipients` rows for one bloc."""
    bloc = record["blocs"][index]
    ev = _at(record.get("evidence", {}).get("blocs", []), index) or {}
    award_spans = ev.get("awards", [])
    recipient_spans = ev.get("awards.recipients", [])
    key = _bloc_key(record, index)
    awards: list[Row] = []
    recipients: list[Row] = []
    for a, award in enumerate(bloc.get("awards", [])):
        names: list[str] = award.get("recipients", [])
        awards.append(
            {
                **key,
                "award_index": a,
                "award": award.get("award"),
                "issuer": award.get("issuer"),
                "count": award.get("count"),
                "status": award.get("status"),
                "year": award.get("year"),
                # The names themselves are rows of `award_recipients`: one value per cell.
                "n_recipients": len(names),
                **_pair(_at(award_spans, a), "award"),
            }
        )
        spans = _at(recipient_spans, a) or []
        recipients.extend(
            {
                **key,
                "award_index": a,
                "recipient_index": r,
                "recipient": name,
                "org_id": record_org_id(record, name),
                **_pair(_at(spans, r), "recipient"),
            }
            for r, name in enumerate(names)
        )
    return awards, recipients


def people_rows(record: Mapping[str, Any]) -> list[Row]:
    """`people` rows for one record."""
    ev = record.get("evidence", {})
    name_spans = ev.get("people", [])
    role_spans = ev.get("people.role", [])
    return [
        {
            **_key(record),
            "person_index": i,
            "name": p.get("name"),
            **_pair(_at(name_spans, i), "name"),
            "role": p.get("role"),
            **_pair(_at(role_spans, i), "role"),
        }
        for i, p in enumerate(record.get("people", []))
    ]


def _value_cell(value: Any) -> str | None:
    """A mention value in one cell: strings as they are, a person's name, else compact JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return str(value["name"])  # PER: the role goes to its own column
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _role_cell(value: Any) -> str | None:
    """The role stored with a PER mention's value, if any."""
    role = value.get("role") if isinstance(value, Mapping) else None
    return role if isinstance(role, str) else None


def mention_rows(record: Mapping[str, Any]) -> list[Row]:
    """`mentions` rows for one record."""
    return [
        {
            **_key(record),
            "mention_index": i,
            "label": m.get("label"),
            "text": m.get("text"),
            "value": _value_cell(m.get("value")),
            "role": _role_cell(m.get("value")),
            "source": m.get("source"),
            "mention_start": m.get("start"),
            "mention_end": m.get("end"),
        }
        for i, m in enumerate(record.get("mentions", []))
    ]


def error_row(error: ErrorRow) -> Row:
    """One `errors` row."""
    return {**asdict(error), "schema_version": SCHEMA_VERSION}


def record_rows(record: Mapping[str, Any]) -> dict[str, list[Row]]:
    """The rows one record contributes to every table except `errors`."""
    rows: dict[str, list[Row]] = {name: [] for name in SCHEMAS if name != "errors"}
    rows["articles"].append(article_row(record))
    for b in range(len(record.get("blocs", []))):
        rows["blocs"].append(bloc_row(record, b))
        rows["members"].extend(member_rows(record, b))
        awards, recipients = award_rows(record, b)
        rows["awards"].extend(awards)
        rows["award_recipients"].extend(recipients)
    rows["people"].extend(people_rows(record))
    rows["mentions"].extend(mention_rows(record))
    return rows


def _fits(value: Any, dtype: str) -> bool:
    """Whether a cell value fits its column (bools are not integers here)."""
    if value is None:
        return True
    if dtype == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if dtype == DATE:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if dtype == TIMESTAMP:
        return isinstance(value, dt.datetime)
    return isinstance(value, str)


_KINDS = {INT: "a whole number", DATE: "a date", TIMESTAMP: "a date and time"}


def check_rows(rows: Mapping[str, Sequence[Row]]) -> None:
    """Raise TypeError naming the table and column of the first value its dtype cannot hold."""
    for name, table_rows in rows.items():
        for col, dtype in SCHEMAS[name]:
            for row in table_rows:
                value = row.get(col)
                if not _fits(value, dtype):
                    kind = _KINDS.get(dtype, "a string")
                    raise TypeError(
                        f"{name}.{col} must be {kind} or null, got {type(value).__name__} "
                        f"{value!r}; the extractor produced a malformed value"
                    )


def tables_from_rows(
    rows: Mapping[str, Sequence[Row]], errors: Sequence[ErrorRow] = ()
) -> dict[str, pd.DataFrame]:
    """Every output table, in `TABLE_NAMES` order, from rows gathered with `record_rows`."""
    all_rows = {**rows, "errors": [error_row(e) for e in errors]}
    return {name: frame(name, all_rows.get(name, [])) for name in SCHEMAS}


def build_tables(
    records: Sequence[Mapping[str, Any]], errors: Sequence[ErrorRow] = ()
) -> dict[str, pd.DataFrame]:
    """Every output table, keyed by name in `TABLE_NAMES` order."""
    rows: dict[str, list[Row]] = {name: [] for name in SCHEMAS if name != "errors"}
    for record in records:
        for name, new in record_rows(record).items():
            rows[name].extend(new)
    return tables_from_rows(rows, errors)
