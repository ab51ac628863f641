"""Facts → the FORMAT.md record, plus evidence spans and mentions (extras beyond the contract)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from extract import SCHEMA_VERSION
from extract.model import Award, Bloc, Event, Facts, Mention, Person, Role, Span

# The FORMAT.md contract keys, in the order they are written; extras follow them.
RECORD_KEYS = ("id", "title", "published", "author", "province", "blocs", "people")
EXTRA_KEYS = (
    "schema_version",
    "url",
    "source_path",
    "content_hash",
    "province_2025",
    "province_source",
    "text",
    "evidence",
    "mentions",
)
BLOC_KEYS = (
    "name",
    "event",
    "leader",
    "deputy_leader",
    "next_leader",
    "member_count",
    "members",
    "awards",
)
ROLE_FIELDS = ("leader", "deputy_leader", "next_leader")


def span_json(span: Span | None) -> list[int] | None:
    """A span as a JSON `[start, end]` pair, or None when there is no evidence."""
    # An empty span (e.g. (0, 0) for a bloc named from the URL) points at no words: no evidence.
    if span is None or span[0] >= span[1]:
        return None
    return [int(span[0]), int(span[1])]


def jsonable(value: Any) -> Any:
    """Turn a mention value into plain JSON data; unknown objects become their str()."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [jsonable(v) for v in value]
    return str(value)


def _spans_for(items: Sequence[object], spans: Sequence[Span]) -> list[list[int] | None]:
    """One span per item, padding with None when the extractor found fewer spans than items."""
    return [span_json(spans[i]) if i < len(spans) else None for i in range(len(items))]


def role_record(role: Role | None) -> dict[str, Any] | None:
    """A leader/deputy/next-leader object as FORMAT.md writes it."""
    return None if role is None else {"org": role.org, "year": role.year}


def event_record(event: Event) -> dict[str, Any]:
    """The bloc's meeting as FORMAT.md writes it."""
    return {"type": event.type, "date": event.date, "period": event.period}


def award_record(award: Award) -> dict[str, Any]:
    """One award group as FORMAT.md writes it."""
    return {
        "award": award.award,
        "issuer": award.issuer,
        "count": award.count,
        "status": award.status,
        "year": award.year,
        "recipients": list(award.recipients),
    }


def bloc_record(bloc: Bloc) -> dict[str, Any]:
    """One bloc object with the FORMAT.md keys in contract order."""
    return {
        "name": bloc.name,
        "event": event_record(bloc.event),
        "leader": role_record(bloc.leader),
        "deputy_leader": role_record(bloc.deputy_leader),
        "next_leader": role_record(bloc.next_leader),
        "member_count": bloc.member_count,
        "members": list(bloc.members),
        "awards": [award_record(a) for a in bloc.awards],
        # beyond the contract: a numbered bloc's qualifier ("Bộ Công an")
        "qualifier": bloc.qualifier,
    }


def person_record(person: Person) -> dict[str, Any]:
    """One named person as FORMAT.md writes it."""
    return {"name": person.name, "role": person.role}


def _role_span(role: Role | None) -> Span | None:
    """The span of a role, if the role was found."""
    return None if role is None else role.span


def bloc_evidence(bloc: Bloc) -> dict[str, Any]:
    """Spans for every value of one bloc; keys mirror the record with dotted event fields."""
    return {
        "name": span_json(bloc.span),
        "event.type": span_json(bloc.event.type_span),
        "event.date": span_json(bloc.event.date_span),
        "event.period": span_json(bloc.event.period_span),
        **{f: span_json(_role_span(getattr(bloc, f))) for f in ROLE_FIELDS},
        "member_count": span_json(bloc.member_count_span),
        "members": _spans_for(bloc.members, bloc.member_spans),
        "awards": [span_json(a.span) for a in bloc.awards],
        # Parallel to awards: one list of recipient spans per award.
        "awards.recipients": [_spans_for(a.recipients, a.recipient_spans) for a in bloc.awards],
        # The names of the rules behind the values, so a wrong value can be traced.
        "rules": bloc_rules_record(bloc),
    }


def bloc_rules_record(bloc: Bloc) -> dict[str, Any]:
    """Which rule (in rules/) gave each value of a bloc; null where none did."""
    return {
        "name": bloc.rule or None,
        "event.type": bloc.event.type_rule,
        "event.date": bloc.event.date_rule,
        "event.period": bloc.event.period_rule,
        **{f: (getattr(bloc, f).rule or None) if getattr(bloc, f) else None for f in ROLE_FIELDS},
        "member_count": bloc.member_count_rule,
        "members": bloc.members_rule,
        "awards": [a.rule or None for a in bloc.awards],
    }


def evidence_record(facts: Facts) -> dict[str, Any]:
    """Evidence spans for every extracted value (None where it has none) and the province rule."""
    return {
        "title": span_json(facts.article.title_span),
        "province": span_json(facts.province_span),
        "province_rule": facts.province_rule,
        "published": span_json(facts.published_span),
        "author": span_json(facts.author_span),
        "blocs": [bloc_evidence(b) for b in facts.blocs],
        "people": [span_json(p.span) for p in facts.people],
        "people.role": [span_json(p.role_span) for p in facts.people],
    }


def mention_record(mention: Mention) -> dict[str, Any]:
    """One tagged mention with a JSON-safe value."""
    return {
        "label": mention.label,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "value": jsonable(mention.value),
        "source": mention.source,
    }


def text_hash(text: str) -> str:
    """sha256 of an article's normalised text: one article under two URLs has one hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_record(facts: Facts) -> dict[str, Any]:
    """The FORMAT.md record for one article, with evidence spans into `text` and mentions."""
    article = facts.article
    return {
        "id": article.id,
        "title": article.title,
        "published": facts.published,
        "author": facts.author,
        "province": facts.province,
        "blocs": [bloc_record(b) for b in facts.blocs],
        "people": [person_record(p) for p in facts.people],
        "schema_version": SCHEMA_VERSION,
        "url": article.url,
        "source_path": article.source_path,
        "content_hash": text_hash(article.text),
        "province_2025": facts.province_2025,
        "province_source": facts.province_source,
        "text": article.text,
        "evidence": evidence_record(facts),
        "mentions": [mention_record(m) for m in facts.mentions],
    }


def facts_found(record: Mapping[str, Any]) -> int:
    """How many facts a record holds: blocs, members, awards, people and filled roles."""
    blocs: list[dict[str, Any]] = record.get("blocs", [])
    per_bloc = sum(
        1 + len(b["members"]) + len(b["awards"]) + sum(b[f] is not None for f in ROLE_FIELDS)
        for b in blocs
    )
    return per_bloc + len(record.get("people", []))
