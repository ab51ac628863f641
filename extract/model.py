"""Core data types shared by every layer; offsets index `Article.text`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """A tagged stretch of the normalised text with its normalised value."""

    label: str  # DATE, ORG, PER, LOC, AWARD, COUNT, ROLE, BLOC
    start: int
    end: int
    text: str
    value: Any = None
    source: str = ""  # which rule or component produced it


@dataclass
class Article:
    """One input article after reading and normalisation."""

    id: str
    text: str  # normalised text: title line, blank line, body
    title: str
    title_span: Span
    url: str | None = None
    published: str | None = None  # ISO date or datetime from metadata (sidecar/HTML)
    published_span: Span | None = None  # set when the date was read from the text
    author: str | None = None  # byline from metadata (HTML)
    source_path: str | None = None
    site_province: str | None = None  # the province of the site, from its source file


@dataclass
class Role:
    """An organisation holding a bloc role (leader, deputy, next leader)."""

    org: str
    year: int | None
    span: Span
    rule: str = ""  # the rule behind the statement: "<marker>/<connector>"


@dataclass
class Award:
    """One award group stated in the bloc's context."""

    award: str
    issuer: str | None
    count: int | None
    status: str
    year: int | None
    recipients: list[str]
    span: Span
    recipient_spans: list[Span] = field(default_factory=list)
    rule: str = ""  # the kind, issuer and status rules behind the group (rules/awards.yaml)


@dataclass
class Event:
    """The bloc's meeting."""

    type: str = "other"
    date: str | None = None
    period: str | None = None
    type_span: Span | None = None
    date_span: Span | None = None
    period_span: Span | None = None
    # Names of the rules that decided each value (rules/events.yaml, rules/dates.yaml).
    type_rule: str | None = None
    date_rule: str | None = None
    period_rule: str | None = None


@dataclass
class Bloc:
    """One emulation bloc or cluster the article reports facts about."""

    name: str
    span: Span
    event: Event = field(default_factory=Event)
    qualifier: str | None = None  # what qualifies a numbered name ("Bộ Công an")
    rule: str = ""  # the rule that named the bloc (a head rule, or "url-slug")
    leader: Role | None = None
    deputy_leader: Role | None = None
    next_leader: Role | None = None
    member_count: int | None = None
    member_count_span: Span | None = None
    member_count_rule: str | None = None  # the count pattern (rules/members.yaml)
    members_rule: str | None = None  # the list's intro and what it lists ("gom:members")
    members: list[str] = field(default_factory=list)
    member_spans: list[Span] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)


@dataclass
class Person:
    """A named person other than the byline author."""

    name: str
    role: str | None
    span: Span
    role_span: Span | None = None


@dataclass
class Facts:
    """Everything extracted from one article."""

    article: Article
    blocs: list[Bloc] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    province: str | None = None
    province_2025: str | None = None
    province_span: Span | None = None
    province_source: str | None = None  # "text", "site" or "dateline"
    # The rule behind the province ("bloc_tail:of_province", "site:host:quangngai"), or behind
    # a national verdict ("national:region") when the province is null.
    province_rule: str | None = None
    published: str | None = None
    published_span: Span | None = None
    author: str | None = None
    author_span: Span | None = None
    mentions: list[Mention] = field(default_factory=list)
