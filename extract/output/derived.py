"""Tables derived from the whole records list: entities, bloc_years, award_counts, evidence.

`analyst_tables(records)` is a pure function of the records (their order does not matter):
an incremental run that rewrites every table from the full records list gets the same rows
as a run over all inputs at once.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import pickle
import re
import shutil
import struct
import tempfile
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from extract import SCHEMA_VERSION
from extract.nlp.gazetteer import Province
from extract.output.linking import (
    BLOC,
    ORG,
    BlocLink,
    OrgLink,
    canonical_org_name,
    org_mentions,
    record_bloc_link,
    record_org_id,
)
from extract.output.tables import DERIVED_SCHEMAS, Row, frame

if TYPE_CHECKING:  # pandas loads slowly; the streaming writer never needs it
    import pandas as pd

_YEAR = re.compile(r"^(\d{4})")

# derived_evidence.status
USED = "used"  # the row's value was taken from this statement
AGREES = "agrees"  # another statement giving the same value
CONFLICT = "conflict"  # a statement the row's value overrules


@dataclass(frozen=True)
class _Mention:
    """One statement about a bloc in one article, placed in a bloc year."""

    bloc_id: str
    year: int | None
    field: str  # bloc | leader | deputy_leader | next_leader | member_count | member
    value: str
    entity: str | None  # org_id for organisations, the count as text for member_count
    article_id: str
    bloc_index: int
    span: tuple[int, int] | None
    direct: bool = True  # False: a leader known only as the previous year's next leader

    def sort_key(self) -> tuple[str, int, str, str]:
        """Order-independent tie-breaking: by article, bloc, field, value."""
        return (self.article_id, self.bloc_index, self.field, self.value)


def _year_of(value: Any) -> int | None:
    """The leading four-digit year of an ISO date or period code, if any."""
    if isinstance(value, str) and (m := _YEAR.match(value.strip())):
        return int(m.group(1))
    return None


def bloc_year(bloc: Mapping[str, Any], record: Mapping[str, Any]) -> int | None:
    """The year an article's bloc report is about: period, else meeting date, else page date."""
    event = bloc.get("event") or {}
    for value in (event.get("period"), event.get("date"), record.get("published")):
        if (year := _year_of(value)) is not None:
            return year
    return None


def _span(value: Any) -> tuple[int, int] | None:
    """A `[start, end]` evidence pair, or None."""
    if isinstance(value, Sequence) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (int(value[0]), int(value[1]))
    return None


def _at(items: Any, i: int) -> Any:
    """items[i] for a long enough list, else None."""
    return items[i] if isinstance(items, list) and i < len(items) else None


def _province_cols(prov: Province | None) -> Row:
    """`province` and `province_2025` of an entity or row."""
    if prov is None:
        return {"province": None, "province_2025": None}
    return {"province": prov.name, "province_2025": prov.successor_2025}


# --- gathering ----------------------------------------------------------------------------


@dataclass
class _Gathered:
    """Everything the derived tables are computed from."""

    blocs: dict[str, BlocLink]
    bloc_variants: dict[str, Counter[str]]
    bloc_articles: dict[str, set[str]]
    orgs: dict[str, OrgLink]
    org_variants: dict[str, Counter[str]]
    org_articles: dict[str, set[str]]
    variant_articles: dict[tuple[str, str], set[str]]
    statements: list[_Mention]
    awards: list[tuple[str, int | None, Mapping[str, Any], str, int, int, Any]]


def _role_statements(
    bloc: Mapping[str, Any], ev: Mapping[str, Any], base: _Mention, record: Mapping[str, Any]
) -> list[_Mention]:
    """Leader, deputy and next-leader statements of one bloc, each placed in its year."""
    out: list[_Mention] = []
    for field in ("leader", "deputy_leader", "next_leader"):
        role = bloc.get(field)
        if not isinstance(role, Mapping):
            continue
        org = role.get("org")
        if not isinstance(org, str) or not org.strip():
            continue
        year = role.get("year") if isinstance(role.get("year"), int) else None
        if year is None and base.year is not None:
            year = base.year + 1 if field == "next_leader" else base.year
        oid = record_org_id(record, org)
        span = _span(ev.get(field))
        common = {"value": org, "entity": oid, "span": span}
        if field == "next_leader":
            # Stated in year Y-1 for year Y: Y-1's next leader and, unless said directly, Y's.
            prev = year - 1 if year is not None else None
            out.append(_with(base, year=prev, field="next_leader", **common))
            if year is not None:
                out.append(_with(base, year=year, field="leader", direct=False, **common))
        else:
            out.append(_with(base, year=year, field=field, **common))
    return out


def _with(base: _Mention, **changes: Any) -> _Mention:
    """A copy of `base` with some fields changed."""
    values = {f: getattr(base, f) for f in base.__dataclass_fields__}
    values.update(changes)
    return _Mention(**values)


def _new_gathered() -> _Gathered:
    """Nothing gathered yet."""
    return _Gathered(
        {}, defaultdict(Counter), defaultdict(set), {}, defaultdict(Counter),
        defaultdict(set), defaultdict(set), [], [],
    )  # fmt: skip


def _gather(records: Iterable[Mapping[str, Any]]) -> _Gathered:
    """Links, variants and statements of every record."""
    g = _new_gathered()
    for record in records:
        _gather_record(g, record)
    return g


def _gather_record(g: _Gathered, record: Mapping[str, Any]) -> None:
    """Add one record's links, variants and statements to `g`."""
    article = str(record.get("id", ""))
    evidence = record.get("evidence") or {}
    for m in org_mentions(record):
        oid = m.link.org_id
        g.orgs.setdefault(oid, m.link)
        g.org_variants[oid][m.name.strip()] += 1
        g.org_articles[oid].add(article)
        g.variant_articles[(oid, m.name.strip())].add(article)
    for b, bloc in enumerate(record.get("blocs") or []):
        name = bloc.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        link = record_bloc_link(record, b)
        bid = link.bloc_id
        g.blocs.setdefault(bid, link)
        g.bloc_variants[bid][name.strip()] += 1
        g.bloc_articles[bid].add(article)
        g.variant_articles[(bid, name.strip())].add(article)
        ev = _at(evidence.get("blocs"), b) or {}
        year = bloc_year(bloc, record)
        base = _Mention(bid, year, "bloc", name, None, article, b, _span(ev.get("name")))
        g.statements.append(base)
        g.statements.extend(_role_statements(bloc, ev, base, record))
        count = bloc.get("member_count")
        if isinstance(count, int) and not isinstance(count, bool):
            g.statements.append(
                _with(base, field="member_count", value=str(count), entity=str(count),
                      span=_span(ev.get("member_count")))
            )  # fmt: skip
        for i, member in enumerate(bloc.get("members") or []):
            if isinstance(member, str) and member.strip():
                g.statements.append(
                    _with(base, field="member", value=member,
                          entity=record_org_id(record, member),
                          span=_span(_at(ev.get("members"), i)))
                )  # fmt: skip
        for a, award in enumerate(bloc.get("awards") or []):
            if isinstance(award, Mapping):
                award_year = award.get("year") if isinstance(award.get("year"), int) else year
                g.awards.append((bid, award_year, award, article, b, a, _at(ev.get("awards"), a)))


# --- entities -----------------------------------------------------------------------------


def _bloc_name(variants: Counter[str]) -> str:
    """A bloc's display name: its most frequent written name (ties: longest, then A-Z)."""
    return min(variants, key=lambda v: (-variants[v], -len(v), v))


def entity_rows(g: _Gathered) -> tuple[list[Row], list[Row]]:
    """`entities` and `entity_variants` rows."""
    entities: list[Row] = []
    variants: list[Row] = []
    kinds: list[tuple[str, Mapping[str, Any], Mapping[str, Counter[str]], Mapping[str, set[str]]]]
    kinds = [(ORG, g.orgs, g.org_variants, g.org_articles),
             (BLOC, g.blocs, g.bloc_variants, g.bloc_articles)]  # fmt: skip
    for kind, links, all_variants, articles in kinds:
        for eid in sorted(links):
            link = links[eid]
            counts = all_variants[eid]
            name = canonical_org_name(link, counts) if kind == ORG else _bloc_name(counts)
            entities.append(
                {
                    "entity_id": eid,
                    "schema_version": SCHEMA_VERSION,
                    "kind": kind,
                    "canonical_name": name,
                    "scope": link.scope,
                    **_province_cols(link.province),
                    "n_mentions": sum(counts.values()),
                    "n_articles": len(articles[eid]),
                    "n_variants": len(counts),
                }
            )
            variants.extend(
                {
                    "entity_id": eid,
                    "schema_version": SCHEMA_VERSION,
                    "kind": kind,
                    "variant": v,
                    "n_mentions": counts[v],
                    "n_articles": len(g.variant_articles[(eid, v)]),
                }
                for v in sorted(counts, key=lambda v: (-counts[v], v))
            )
    return entities, variants


# --- bloc years ---------------------------------------------------------------------------


def _choose(candidates: Sequence[_Mention]) -> tuple[_Mention | None, list[tuple[_Mention, str]]]:
    """The statement a field's value is taken from, and every candidate with its status.

    Direct statements win over indirect ones (a leader known only as last year's next
    leader); among them the most frequent entity wins, ties to the first by article id.
    """
    if not candidates:
        return None, []
    direct = [c for c in candidates if c.direct] or list(candidates)
    votes = Counter(c.entity for c in direct)
    ordered = sorted(direct, key=lambda c: (-votes[c.entity], c.sort_key()))
    chosen = ordered[0]
    statuses = [
        (c, USED if c is chosen else AGREES if c.entity == chosen.entity else CONFLICT)
        for c in sorted(candidates, key=_Mention.sort_key)
    ]
    return chosen, statuses


def _row_id(*parts: Any) -> str:
    """A derived row's id: its key values joined by "|" (null as empty)."""
    return "|".join("" if p is None else str(p) for p in parts)


def _evidence(table: str, row_id: str, field: str, m: _Mention, status: str) -> Row:
    """One `derived_evidence` row for a bloc statement."""
    return {
        "table": table,
        "schema_version": SCHEMA_VERSION,
        "row_id": row_id,
        "field": field,
        "value": m.value,
        "status": status,
        "article_id": m.article_id,
        "bloc_index": m.bloc_index,
        "award_index": None,
        "evidence_start": m.span[0] if m.span else None,
        "evidence_end": m.span[1] if m.span else None,
    }


def _year_order(year: int | None) -> tuple[bool, int]:
    """Sort years ascending with the unknown year last."""
    return (year is None, year or 0)


def bloc_year_rows(g: _Gathered, names: Mapping[str, str]) -> tuple[list[Row], list[Row]]:
    """`bloc_years` rows and their `derived_evidence` rows."""
    grouped: dict[tuple[str, int | None], list[_Mention]] = defaultdict(list)
    for m in g.statements:
        grouped[(m.bloc_id, m.year)].append(m)
    rows: list[Row] = []
    evidence: list[Row] = []
    for bid, year in sorted(grouped, key=lambda k: (k[0], _year_order(k[1]))):
        statements = grouped[(bid, year)]
        rid = _row_id(bid, year)
        row: Row = {
            "row_id": rid,
            "schema_version": SCHEMA_VERSION,
            "bloc_id": bid,
            "bloc_name": names[bid],
            **_province_cols(g.blocs[bid].province),
            "year": year,
        }
        conflicts = 0
        for field in ("leader", "deputy_leader", "next_leader"):
            chosen, statuses = _choose([m for m in statements if m.field == field])
            row[f"{field}_org"] = chosen.value if chosen else None
            row[f"{field}_org_id"] = chosen.entity if chosen else None
            if field == "leader":
                row["leader_source"] = (
                    None if chosen is None else "leader" if chosen.direct else "next_leader"
                )
            conflicts += sum(s == CONFLICT for _, s in statuses)
            evidence.extend(_evidence("bloc_years", rid, f"{field}_org", m, s) for m, s in statuses)
        chosen, statuses = _choose([m for m in statements if m.field == "member_count"])
        row["member_count"] = int(chosen.value) if chosen else None
        conflicts += sum(s == CONFLICT for _, s in statuses)
        evidence.extend(_evidence("bloc_years", rid, "member_count", m, s) for m, s in statuses)
        members = sorted((m for m in statements if m.field == "member"), key=_Mention.sort_key)
        row["n_members_listed"] = len({m.entity for m in members})
        evidence.extend(_evidence("bloc_years", rid, "n_members_listed", m, USED) for m in members)
        mentions = sorted((m for m in statements if m.field == "bloc"), key=_Mention.sort_key)
        evidence.extend(_evidence("bloc_years", rid, "bloc_id", m, USED) for m in mentions)
        row["n_articles"] = len({m.article_id for m in statements})
        row["conflicts"] = conflicts
        rows.append(row)
    return rows, evidence


# --- award counts -------------------------------------------------------------------------


def award_count_rows(g: _Gathered, names: Mapping[str, str]) -> tuple[list[Row], list[Row]]:
    """`award_counts` rows and their `derived_evidence` rows.

    Articles reporting the same bloc, year, award, issuer and status are taken to report
    the same decision: the total is the largest per-article sum, not the sum over articles.
    """
    Key = tuple[str, int | None, Any, Any, Any]
    groups: dict[Key, list[tuple[Mapping[str, Any], str, int, int, Any]]] = defaultdict(list)
    for bid, year, award, article, b, a, span in g.awards:
        key = (bid, year, award.get("award"), award.get("issuer"), award.get("status"))
        groups[key].append((award, article, b, a, span))
    rows: list[Row] = []
    evidence: list[Row] = []

    def order(k: Key) -> tuple[Any, ...]:
        return (k[0], _year_order(k[1]), *(str(v or "") for v in k[2:]))

    for key in sorted(groups, key=order):
        bid, year, kind, issuer, status = key
        items = sorted(groups[key], key=lambda t: (t[1], t[2], t[3]))
        per_article: dict[str, int | None] = {}
        for award, article, *_ in items:
            count = award.get("count")
            count = count if isinstance(count, int) and not isinstance(count, bool) else None
            known = per_article.get(article)
            per_article[article] = (
                count if known is None else known if count is None else known + count
            )
        totals = [v for v in per_article.values() if v is not None]
        total = max(totals) if totals else None
        used = min((a for a, v in per_article.items() if v == total), default=None)
        rid = _row_id(bid, year, kind, issuer, status)
        rows.append(
            {
                "row_id": rid,
                "schema_version": SCHEMA_VERSION,
                **_province_cols(g.blocs[bid].province),
                "year": year,
                "bloc_id": bid,
                "bloc_name": names[bid],
                "award": kind,
                "issuer": issuer,
                "status": status,
                "total": total,
                "n_groups": len(items),
                "n_articles": len(per_article),
            }
        )
        for award, article, b, a, span in items:
            sums = per_article[article]
            state = USED if article == used else AGREES if sums in (None, total) else CONFLICT
            count = award.get("count")
            pair = _span(span)
            evidence.append(
                {
                    "table": "award_counts",
                    "schema_version": SCHEMA_VERSION,
                    "row_id": rid,
                    "field": "total",
                    "value": str(count) if isinstance(count, int) else None,
                    "status": state,
                    "article_id": article,
                    "bloc_index": b,
                    "award_index": a,
                    "evidence_start": pair[0] if pair else None,
                    "evidence_end": pair[1] if pair else None,
                }
            )
    return rows, evidence


# --- entry point --------------------------------------------------------------------------


# Entity-id buckets the derived state is spilled into: every derived row depends on one
# entity (an organisation, or a bloc with its years and awards), so each bucket is computed
# alone and a run holds about 1/16 of the derived state at a time, however many articles.
BUCKETS = 16
# Rows pickled together in a spill file: one pickle call per row costs more than the rows.
_SPILL_ROWS = 512
# Derived tables in the order publish writes them, each as its spill streams.
_STREAMS = {
    "entities": ("entities",),
    "entity_variants": ("entity_variants",),
    "bloc_years": ("bloc_years",),
    "award_counts": ("award_counts",),
    "derived_evidence": ("year_evidence", "award_evidence"),
}


def _bucket(entity_id: str) -> int:
    """The spill bucket of an entity id (stable across runs and processes)."""
    return zlib.crc32(entity_id.encode("utf-8")) % BUCKETS


def _split(g: _Gathered) -> dict[int, _Gathered]:
    """One record's gathered state cut by the bucket of each entity it names."""
    parts: dict[int, _Gathered] = defaultdict(_new_gathered)
    for oid, link in g.orgs.items():
        part = parts[_bucket(oid)]
        part.orgs[oid] = link
        part.org_variants[oid] = g.org_variants[oid]
        part.org_articles[oid] = g.org_articles[oid]
    for bid, bloc in g.blocs.items():
        part = parts[_bucket(bid)]
        part.blocs[bid] = bloc
        part.bloc_variants[bid] = g.bloc_variants[bid]
        part.bloc_articles[bid] = g.bloc_articles[bid]
    for key, articles in g.variant_articles.items():
        parts[_bucket(key[0])].variant_articles[key] = articles
    for m in g.statements:
        parts[_bucket(m.bloc_id)].statements.append(m)
    for award in g.awards:
        parts[_bucket(award[0])].awards.append(award)
    return parts


def _merge(into: _Gathered, part: _Gathered) -> None:
    """Add a later part to `into`; the first link seen for an id stays, as in `_gather`."""
    for oid, link in part.orgs.items():
        into.orgs.setdefault(oid, link)
    for bid, bloc in part.blocs.items():
        into.blocs.setdefault(bid, bloc)
    for oid, counts in part.org_variants.items():
        into.org_variants[oid].update(counts)
    for bid, counts in part.bloc_variants.items():
        into.bloc_variants[bid].update(counts)
    for eid, articles in part.org_articles.items():
        into.org_articles[eid] |= articles
    for eid, articles in part.bloc_articles.items():
        into.bloc_articles[eid] |= articles
    for key, articles in part.variant_articles.items():
        into.variant_articles[key] |= articles
    into.statements.extend(part.statements)
    into.awards.extend(part.awards)


def _pickled(path: Path) -> Iterator[Any]:
    """Every object pickled into `path`, one after another."""
    with path.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


# A log entry's header: its bucket and the length of the pickled part that follows.
_HEADER = struct.Struct(">BI")


def _entries(path: Path, size: int | None) -> Iterator[tuple[int, int, int]]:
    """(bucket, offset, length) of every entry in a log's first `size` bytes."""
    end = path.stat().st_size if size is None else size
    with path.open("rb") as handle:
        at = 0
        while at + _HEADER.size <= end:
            handle.seek(at)
            b, length = _HEADER.unpack(handle.read(_HEADER.size))
            at += _HEADER.size
            yield b, at, length
            at += length


class DerivedRows:
    """The derived tables gathered one record at a time into a log on disk, then computed a
    bucket of entities at a time, so a dataset of any size is never held at once (the rows
    are the same as `derived_rows` over everything at once; tests/test_stream.py checks).

    The log (`log_path`) is kept beside the dataset: an append run reads the old records'
    share from it instead of parsing and linking every old record again."""

    def __init__(self, spill_dir: Path | None = None, previous: tuple[Path, int] | None = None):
        """Nothing gathered yet; `previous` is an older log and how many of its bytes count."""
        self._dir = Path(tempfile.mkdtemp(prefix=".derived.", dir=spill_dir))
        self._previous = previous
        self.log_path = self._dir / "log"
        self._log: IO[bytes] = self.log_path.open("wb")

    def add(self, record: Mapping[str, Any]) -> None:
        """Log one record's share of the derived state, an entry per bucket of its entities."""
        g = _new_gathered()
        _gather_record(g, record)
        for b, part in sorted(_split(g).items()):
            # Compressed: a part repeats its names and provinces (a third of the bytes).
            data = zlib.compress(pickle.dumps(part, pickle.HIGHEST_PROTOCOL), 1)
            self._log.write(_HEADER.pack(b, len(data)) + data)

    def finish_log(self) -> None:
        """Flush the log to disk and close it (before it is published)."""
        if not self._log.closed:
            self._log.flush()
            os.fsync(self._log.fileno())
            self._log.close()

    def tables(self) -> Iterator[tuple[str, Iterator[Row]]]:
        """Each derived table with its rows in order, in `DERIVED_SCHEMAS` order; a table's
        rows must be consumed before the next table is asked for."""
        self.finish_log()
        logs: list[tuple[Path, int | None]] = [(self.log_path, None)]
        if self._previous is not None:
            logs.insert(0, self._previous)
        # Where each bucket's entries are: 12 bytes an entry, read back a bucket at a time.
        index: dict[int, tuple[array[int], array[int], array[int]]] = {}
        for i, (path, size) in enumerate(logs):
            for b, at, length in _entries(path, size):
                where = index.setdefault(b, (array("q"), array("q"), array("q")))
                where[0].append(i)
                where[1].append(at)
                where[2].append(length)
        handles = [path.open("rb", buffering=0) for path, _ in logs]
        try:
            spills = [self._spill(b, handles, index.pop(b)) for b in sorted(index)]
        finally:
            for handle in handles:
                handle.close()
        for name, streams in _STREAMS.items():
            yield name, (row for stream in streams for row in self._merged(spills, stream))

    def _spill(
        self, b: int, logs: Sequence[IO[bytes]], where: tuple[array[int], array[int], array[int]]
    ) -> Path:
        """Compute bucket `b`'s derived rows and write them, keyed for the merge, to disk."""
        g = _new_gathered()
        for log, at, length in zip(*where, strict=True):
            logs[log].seek(at)
            _merge(g, pickle.loads(zlib.decompress(logs[log].read(length))))
        rows = derived_rows(g)
        del g
        bid_of = {r["row_id"]: r["bloc_id"] for r in (*rows["bloc_years"], *rows["award_counts"])}
        kind_order = {ORG: 0, BLOC: 1}
        keyed: dict[str, list[tuple[Any, Row]]] = {
            "entities": [((kind_order[r["kind"]], r["entity_id"]), r) for r in rows["entities"]],
            "entity_variants": [
                ((kind_order[r["kind"]], r["entity_id"]), r) for r in rows["entity_variants"]
            ],
            "bloc_years": [(r["bloc_id"], r) for r in rows["bloc_years"]],
            "award_counts": [(r["bloc_id"], r) for r in rows["award_counts"]],
            "year_evidence": [],
            "award_evidence": [],
        }
        for r in rows["derived_evidence"]:
            stream = "year_evidence" if r["table"] == "bloc_years" else "award_evidence"
            keyed[stream].append((bid_of[r["row_id"]], r))
        folder = self._dir / f"out{b:02d}"
        folder.mkdir()
        for stream, items in keyed.items():
            with (folder / stream).open("wb") as handle:
                # Within a bucket rows are in their table's order already; across buckets the
                # entity ids differ, so (entity key, position in bucket) orders the merge.
                for i in range(0, len(items), _SPILL_ROWS):
                    batch = items[i : i + _SPILL_ROWS]
                    chunk = [(key, i + j, row) for j, (key, row) in enumerate(batch)]
                    pickle.dump(chunk, handle, pickle.HIGHEST_PROTOCOL)
        return folder

    @staticmethod
    def _merged(spills: Sequence[Path], stream: str) -> Iterator[Row]:
        """The rows of one stream of every bucket, merged into table order."""
        runs = [
            (item for chunk in _pickled(folder / stream) for item in chunk) for folder in spills
        ]
        for _, _, row in heapq.merge(*runs, key=lambda t: (t[0], t[1])):
            yield row

    def close(self) -> None:
        """Remove the spill files (and the log, unless it was moved into the dataset)."""
        with contextlib.suppress(OSError):
            self._log.close()
        shutil.rmtree(self._dir, ignore_errors=True)


def analyst_tables(records: Sequence[Mapping[str, Any]]) -> dict[str, pd.DataFrame]:
    """Every derived table, computed from the full list of records (order does not matter)."""
    rows = derived_rows(_gather(records))
    return {name: frame(name, rows[name]) for name in DERIVED_SCHEMAS}


def derived_rows(g: _Gathered) -> dict[str, list[Row]]:
    """Rows of every derived table from what was gathered."""
    entities, variants = entity_rows(g)
    names = {e["entity_id"]: e["canonical_name"] for e in entities if e["kind"] == BLOC}
    years, year_evidence = bloc_year_rows(g, names)
    awards, award_evidence = award_count_rows(g, names)
    return {
        "entities": entities,
        "entity_variants": variants,
        "bloc_years": years,
        "award_counts": awards,
        "derived_evidence": [*year_evidence, *award_evidence],
    }
