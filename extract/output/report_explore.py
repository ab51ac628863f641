"""The report's drill-down data: every derived value with the sentences it came from.

Built from the derived tables (`bloc_years`, `award_counts`, `derived_evidence`, `entities`)
and `records.jsonl`, whose evidence spans are offsets into each record's normalised `text`.
Only the sentences holding evidence are embedded (cut at sentence ends, at most `MAX_SNIP`
characters), so the page stays small for large datasets; a snippet keeps its offset in the
text so a highlight can be checked against the record.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.output.derived import AGREES, CONFLICT, USED
from extract.output.tables import schema_of

MAX_SNIP = 320  # characters of a sentence kept around its highlight
CONTEXT = 130  # characters kept either side of a highlight when its sentence is longer
# A sentence ends at ., !, ? or … followed by white space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|\n+")
STATUSES = (USED, AGREES, CONFLICT)
STATUS_LETTERS = {USED: "u", AGREES: "a", CONFLICT: "c"}

# How a bloc placed by no province is labelled (linking.py scopes); never "(unknown)".
SCOPE_LABELS = {
    "national": "national",
    "sector": "multi-province (one sector)",
    "article": "place not stated",
}
NO_PLACE = "place not stated"
# derived_evidence fields of bloc_years, by the key the page uses.
YEAR_FIELDS = {
    "leader": "leader_org",
    "deputy": "deputy_leader_org",
    "next": "next_leader_org",
    "count": "member_count",
    "name": "bloc_id",
}
MEMBER_FIELD = "n_members_listed"


def place_label(province: str | None, scope: str | None) -> str:
    """Where a bloc is: its province, else what its scope says (national, multi-province)."""
    if province:
        return province
    return SCOPE_LABELS.get(scope or "", NO_PLACE)


def sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence breaks of `text` start and end (two ascending lists)."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return [f[0] for f in found], [f[1] for f in found]


def sentence_bounds(
    text: str, start: int, end: int, breaks: tuple[list[int], list[int]] | None = None
) -> tuple[int, int]:
    """The sentence around `text[start:end]`, at most MAX_SNIP characters when it is longer.

    `breaks` (from `sentence_breaks(text)`) saves rescanning a text with many values.
    """
    starts, ends = breaks or sentence_breaks(text)
    # the last break ending at or before `start`, the first beginning at or after `end`
    i = bisect.bisect_right(ends, start) - 1
    s = ends[i] if i >= 0 else 0
    j = bisect.bisect_left(starts, end)
    e = starts[j] if j < len(starts) else len(text)
    if e - s > MAX_SNIP:
        s = max(s, start - CONTEXT)
        e = min(e, max(end + CONTEXT, s + MAX_SNIP))
    return s, e


@dataclass
class _Article:
    """What the page shows of one article: title, date, link and evidence snippets."""

    index: int
    title: str | None = None
    published: str | None = None
    url: str | None = None
    text: str | None = None


@dataclass
class Explore:
    """The drill-down data embedded in the page (see `to_json`).

    A snippet is `[article, offset in the text, sentence, cut]`, cut 1/2/3 when the sentence
    was shortened at its start/end/both. An evidence item is `[article, snippet, start, end,
    status]` plus the value as stated when it differs from the highlighted words; snippet -1
    when the text is unavailable.
    """

    articles: list[list[Any]] = field(default_factory=list)
    snips: list[list[Any]] = field(default_factory=list)
    evidence: list[list[Any]] = field(default_factory=list)
    blocs: list[dict[str, Any]] = field(default_factory=list)
    orgs: list[list[Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Compact lists: the renderer indexes them by position."""
        return {
            "articles": self.articles,
            "snips": self.snips,
            "ev": self.evidence,
            "blocs": self.blocs,
            "orgs": self.orgs,
        }

    def index_json(self) -> dict[str, Any]:
        """What the page draws from: blocs, organisations and each evidence item's status."""
        return {
            "blocs": self.blocs,
            "orgs": self.orgs,
            # one letter per evidence item (u/a/c), so conflicts show before the sentences load
            "st": "".join(STATUS_LETTERS.get(str(item[4]), "?") for item in self.evidence),
        }

    def evidence_json(self) -> dict[str, Any]:
        """What a click shows: articles, sentences and evidence items."""
        return {"articles": self.articles, "snips": self.snips, "ev": self.evidence}


@dataclass
class _Builder:
    """Interns articles, snippets and evidence items while the blocs are assembled."""

    article_ids: dict[str, _Article] = field(default_factory=dict)
    pending: list[tuple[int, str, int | None, int | None, str, str]] = field(default_factory=list)
    ev_keys: dict[tuple[str, int | None, int | None, str, str], int] = field(default_factory=dict)

    def article(self, article_id: str) -> _Article:
        """The article entry for an id, created on first use."""
        if article_id not in self.article_ids:
            self.article_ids[article_id] = _Article(len(self.article_ids))
        return self.article_ids[article_id]

    def evidence(
        self, article_id: str, start: int | None, end: int | None, status: str, value: Any
    ) -> int:
        """The index of one evidence item (one statement in one article)."""
        key = (article_id, start, end, status, "" if value is None else str(value))
        if key not in self.ev_keys:
            self.article(article_id)
            self.ev_keys[key] = len(self.pending)
            self.pending.append((len(self.pending), *key))
        return self.ev_keys[key]


def _records(path: Path | None, wanted: set[str]) -> Iterable[Mapping[str, Any]]:
    """The records of `wanted` articles, read one line at a time."""
    if path is None or not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn line: its evidence shows without a sentence
            if isinstance(record, dict) and str(record.get("id")) in wanted:
                yield record


def _finish(b: _Builder, records: Path | None) -> Explore:
    """Resolve evidence items into article entries and snippets."""
    for record in _records(records, set(b.article_ids)):
        entry = b.article_ids[str(record["id"])]
        entry.title = record.get("title")
        entry.published = record.get("published")
        entry.url = record.get("url") or record.get("source_path")
        text = record.get("text")
        entry.text = text if isinstance(text, str) else None
    out = Explore()
    ordered = sorted(b.article_ids.items(), key=lambda kv: kv[1].index)
    out.articles = [[aid, a.title, a.published, a.url] for aid, a in ordered]
    snip_index: dict[tuple[int, int, int], int] = {}
    breaks: dict[int, tuple[list[int], list[int]]] = {}
    for _, article_id, start, end, status, value in b.pending:
        entry = b.article_ids[article_id]
        text = entry.text
        if text is None or start is None or end is None or not 0 <= start < end <= len(text):
            out.evidence.append([entry.index, -1, 0, 0, status, value])
            continue
        if entry.index not in breaks:
            breaks[entry.index] = sentence_breaks(text)
        s, e = sentence_bounds(text, start, end, breaks[entry.index])
        key = (entry.index, s, e)
        if key not in snip_index:
            snip_index[key] = len(out.snips)
            starts_sentence = s == 0 or text[s - 1].isspace()
            ends_sentence = e == len(text) or text[e].isspace()
            cut = (0 if starts_sentence else 1) | (0 if ends_sentence else 2)
            out.snips.append([entry.index, s, text[s:e], cut])
        item: list[Any] = [entry.index, snip_index[key], start - s, end - s, status]
        if value != text[start:end]:  # the highlighted words are the value: not repeated
            item.append(value)
        out.evidence.append(item)
    return out


def _complete(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with every column of its table's schema (null where a hand-made table lacks it)."""
    full: dict[str, Any] = {column: None for column, _ in schema_of(table)}
    full.update(row)
    if table == "bloc_years" and full["row_id"] is None:
        full["row_id"] = f"{full['bloc_id']}|{'' if full['year'] is None else full['year']}"
    return full


def _int(value: Any) -> int | None:
    """An integer cell, None for null."""
    return None if value is None else int(value)


def build_explore(rows: Mapping[str, Sequence[Mapping[str, Any]]], records: Path | None) -> Explore:
    """The drill-down data from derived-table rows (by table name) and records.jsonl."""
    rows = {name: [_complete(name, r) for r in table] for name, table in rows.items()}
    b = _Builder()
    entities = {str(e["entity_id"]): e for e in rows.get("entities", [])}
    variants: dict[str, list[list[Any]]] = defaultdict(list)
    for v in rows.get("entity_variants", []):
        variants[str(v["entity_id"])].append([v["variant"], _int(v["n_mentions"])])
    evidence: dict[tuple[str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for ev in rows.get("derived_evidence", []):
        evidence[(str(ev["table"]), str(ev["row_id"]), str(ev["field"]))].append(ev)
    member_ids = {
        (str(m["article_id"]), _int(m["bloc_index"]), str(m["member"])): m.get("org_id")
        for m in rows.get("members", [])
    }

    def items(table: str, row_id: str, fld: str) -> list[int]:
        found = evidence.get((table, row_id, fld), [])
        return [
            b.evidence(
                str(e["article_id"]),
                _int(e["evidence_start"]),
                _int(e["evidence_end"]),
                str(e["status"]),
                e["value"],
            )
            for e in found
        ]

    blocs: dict[str, dict[str, Any]] = {}
    org_blocs: dict[str, set[str]] = defaultdict(set)

    def bloc(bid: str, name: Any, province: Any, province_2025: Any) -> dict[str, Any]:
        if bid not in blocs:
            entity = entities.get(bid, {})
            scope = entity.get("scope")
            blocs[bid] = {
                "id": bid,
                "name": entity.get("canonical_name") or name,
                "scope": scope,
                "place": place_label(province, scope),
                "province": province,
                "province_2025": province_2025,
                "variants": variants.get(bid, []),
                "years": [],
                "awards": [],
                "members": [],
                "conflicts": 0,
            }
        return blocs[bid]

    for r in rows.get("bloc_years", []):
        bid, rid = str(r["bloc_id"]), str(r["row_id"])
        entry = bloc(bid, r["bloc_name"], r.get("province"), r.get("province_2025"))
        year: dict[str, Any] = {"y": _int(r["year"]), "conflicts": _int(r["conflicts"]) or 0}
        for key, fld in YEAR_FIELDS.items():
            column = "member_count" if key == "count" else None if key == "name" else fld
            value = r.get(column) if column else None
            year[key] = [value, items("bloc_years", rid, fld)]
        year["leader_source"] = r.get("leader_source")
        for column in ("leader_org_id", "deputy_leader_org_id", "next_leader_org_id"):
            if r.get(column):
                org_blocs[str(r[column])].add(bid)
        listed: dict[str, list[Any]] = {}
        for e in evidence.get(("bloc_years", rid, MEMBER_FIELD), []):
            name = str(e["value"])
            oid = member_ids.get((str(e["article_id"]), _int(e["bloc_index"]), name))
            key = str(oid or name.casefold())
            if oid:
                org_blocs[str(oid)].add(bid)
            ev_id = b.evidence(
                str(e["article_id"]), _int(e["evidence_start"]), _int(e["evidence_end"]),
                str(e["status"]), name,
            )  # fmt: skip
            listed.setdefault(key, [name, []])[1].append(ev_id)
        year["members"] = [[k, *v] for k, v in sorted(listed.items(), key=lambda kv: kv[1][0])]
        entry["conflicts"] += year["conflicts"]
        entry["years"].append(year)

    for r in rows.get("award_counts", []):
        bid, rid = str(r["bloc_id"]), str(r["row_id"])
        entry = bloc(bid, r["bloc_name"], r.get("province"), r.get("province_2025"))
        found = items("award_counts", rid, "total")
        conflicts = sum(b.pending[i][4] == CONFLICT for i in found)
        entry["awards"].append(
            [
                _int(r["year"]),
                r["award"],
                r["issuer"],
                r["status"],
                _int(r["total"]),
                found,
                conflicts,
            ]
        )
        entry["conflicts"] += conflicts

    for entry in blocs.values():
        entry["years"].sort(key=lambda y: (y["y"] is None, y["y"] or 0))
        entry["members"] = member_changes(entry["years"])
        for year in entry["years"]:  # the identity keys served member_changes only
            year["members"] = [m[1:] for m in year["members"]]
    out = _finish(b, records)
    out.blocs = sorted(blocs.values(), key=lambda e: (str(e["name"]).casefold(), e["id"]))
    positions = {e["id"]: i for i, e in enumerate(out.blocs)}
    for oid, entity in sorted(entities.items()):
        if entity.get("kind") != "org":
            continue
        names = [v[0] for v in variants.get(oid, []) if v[0] != entity.get("canonical_name")]
        where = sorted(positions[bid] for bid in org_blocs.get(oid, ()) if bid in positions)
        out.orgs.append([oid, entity.get("canonical_name"), names, where])
    return out


def member_changes(years: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per reported year: members listed, who joined and who left since the last listed year."""
    out: list[dict[str, Any]] = []
    before: dict[str, str] | None = None
    for year in years:
        members = {str(m[0]): str(m[1]) for m in year.get("members", [])}
        if not members:
            continue
        joined = [] if before is None else sorted(members[k] for k in members if k not in before)
        left = [] if before is None else sorted(before[k] for k in before if k not in members)
        out.append({"y": year["y"], "n": len(members), "joined": joined, "left": left})
        before = members
    return out
