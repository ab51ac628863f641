"""Whether a page is about emulation blocs: a bloc wording with a bloc fact near it.

Recall first (rules/relevance.yaml): any bloc mention ("Khối thi đua ...", "Cụm 4", "khối các
trường ...", "Trưởng khối") with a fact word (a meeting, a role, members, an award) within a
window keeps the page, whatever its template. Bare wordings ("Cụm 4") count only on a page
that speaks of emulation ("thi đua"), so a contest's "khối các huyện" does not. A bloc
mention of any noun ("Cụm đồng bằng ven sông") keeps the page when it reports a fact: it is
the subject of a bloc verb ("tổ chức hội nghị", "ký kết giao ước") or owns a meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from extract import rules, rx
from extract.errors import RuleError
from extract.text.normalize import fold

if TYPE_CHECKING:
    from extract.nlp.blocs import BlocMention


@dataclass(frozen=True)
class Wording:
    """A named folded regex of rules/relevance.yaml."""

    name: str
    pattern: re.Pattern[str]
    full: bool  # names the emulation itself ("Khối thi đua"), unlike a bare "Cụm 4"
    guarded: bool  # opens with the head word, so `not_blocs` before it can rule it out
    is_fact: bool = False  # a bloc role states a fact by itself
    not_written: re.Pattern[str] | None = None  # the unfolded match that rules it out


@dataclass(frozen=True)
class Relevance:
    """Compiled rules/relevance.yaml."""

    blocs: tuple[Wording, ...]
    not_blocs: tuple[Wording, ...]
    facts: tuple[Wording, ...]
    window: int
    emulation: str
    subject_verbs: tuple[Wording, ...]
    subject_lead: re.Pattern[str]
    meeting_owners: tuple[Wording, ...]
    reported_topic: re.Pattern[str]


@dataclass(frozen=True)
class BlocEvidence:
    """Why a page is about blocs: the bloc wording and the fact word near it (folded offsets)."""

    bloc_rule: str
    bloc_span: tuple[int, int]
    fact_rule: str
    fact_span: tuple[int, int]


def fold_regex(regex: str) -> str:
    """Fold a regex like text (no diacritics, lower case) but keep its backslash escapes."""
    out: list[str] = []
    i = 0
    while i < len(regex):
        if regex[i] == "\\" and i + 1 < len(regex):
            out.append(regex[i : i + 2])  # "\W" must not become "\w"
            i += 2
            continue
        out.append(fold(regex[i]))
        i += 1
    return "".join(out)


def _regex(regex: str, key: str, *, folded: bool = True) -> re.Pattern[str]:
    """Compile one regex (folded unless told); a broken one names the file and the key."""
    try:
        return rx.compile(fold_regex(regex) if folded else regex)
    except re.error as exc:
        raise RuleError(
            f"rules/relevance.yaml: {key} is not a valid regex ({exc}). Fix it."
        ) from exc


def _wordings(entries: list[dict[str, Any]], key: str) -> tuple[Wording, ...]:
    """Compile one section; a broken regex names the file and the entry."""
    out = []
    for e in entries:
        try:
            pattern = rx.compile(fold_regex(e["regex"]))
        except re.error as exc:
            raise RuleError(
                f"rules/relevance.yaml: {key}/{e['name']} is not a valid regex ({exc}). Fix it."
            ) from exc
        full = e.get("kind", "full") == "full"
        guarded, is_fact = bool(e.get("guarded", True)), bool(e.get("is_fact"))
        not_written = e.get("not_written")
        unless = _regex(not_written, f"{key}/{e['name']}", folded=False) if not_written else None
        out.append(Wording(e["name"], pattern, full, guarded, is_fact, unless))
    return tuple(out)


@cache
def relevance_rules() -> Relevance:
    """Load and compile rules/relevance.yaml."""
    e = rules.load("relevance.yaml").entries
    return Relevance(
        blocs=_wordings(e["blocs"], "blocs"),
        not_blocs=_wordings(e["not_blocs"], "not_blocs"),
        facts=_wordings(e["facts"], "facts"),
        window=int(e["window"]),
        emulation=fold(e["emulation"]),
        subject_verbs=_wordings(e["subject_verbs"], "subject_verbs"),
        subject_lead=_regex(e["subject_lead"], "subject_lead"),
        meeting_owners=_wordings(e["meeting_owners"], "meeting_owners"),
        reported_topic=_regex(e["reported_topic"], "reported_topic"),
    )


def _fact_near(
    folded: str, start: int, end: int, window: int
) -> tuple[str, tuple[int, int]] | None:
    """A fact word within `window` characters of [start, end), outside the bloc wording."""
    r = relevance_rules()
    lo, hi = max(0, start - window), min(len(folded), end + window)
    for fact in r.facts:
        for m in fact.pattern.finditer(folded, lo, hi):
            if m.end() <= start or m.start() >= end:
                return fact.name, m.span()
    return None


def _sentence_span(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): cut at a line end or a full stop before a space."""
    lo = max(folded.rfind("\n", 0, start), folded.rfind(". ", 0, start)) + 1
    ends = [e for e in (folded.find("\n", end), folded.find(". ", end)) if e >= 0]
    return lo, min(ends) if ends else len(folded)


def _reported_fact(folded: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The fact a bloc mention at [start, end) reports: a verb it is the subject of, or a
    meeting it owns, in a sentence that speaks of emulation."""
    r = relevance_rules()
    s_start, s_end = _sentence_span(folded, start, end)
    if not r.reported_topic.search(folded, s_start, s_end):
        return None
    lead = r.subject_lead.match(folded, end, s_end)
    if lead is not None:
        for verb in r.subject_verbs:
            m = verb.pattern.match(folded, lead.end(), s_end)
            if m is not None:
                return verb.name, m.span()
    before = folded[s_start:start]
    for meeting in r.meeting_owners:
        m = meeting.pattern.search(before)
        if m is not None:
            return meeting.name, (s_start + m.start(), s_start + m.end())
    return None


def mention_evidence(text: str, mentions: list[BlocMention]) -> BlocEvidence | None:
    """The first bloc mention (any common noun) that reports a fact: the subject of a bloc verb
    or the owner of a meeting ("Cụm đồng bằng ven sông tổ chức hội nghị tổng kết thi đua")."""
    from extract.nlp.blocs import common_descriptor  # the bloc reader is heavy: load late

    folded = fold(text)
    for mention in mentions:
        # a capitalised or denied descriptor may name a company's or a school's division
        if not (mention.full or common_descriptor(mention.name)):
            continue
        fact = _reported_fact(folded, mention.start, mention.end)
        if fact is not None:
            return BlocEvidence(mention.rule, (mention.start, mention.end), fact[0], fact[1])
    return None


def bloc_evidence(text: str, mentions: list[BlocMention] | None = None) -> BlocEvidence | None:
    """The first bloc wording with a fact word near it, else the first bloc mention (`mentions`,
    found here when not given) that reports a fact, or None."""
    found = _wording_evidence(text)
    if found is not None:
        return found
    if mentions is None:
        from extract.nlp.blocs import find_bloc_mentions  # the bloc reader is heavy: load late

        mentions = find_bloc_mentions(text)
    return mention_evidence(text, mentions)


def _wording_evidence(text: str) -> BlocEvidence | None:
    """The first bloc wording of rules/relevance.yaml with a fact word near it, or None."""
    r = relevance_rules()
    # fold() keeps one character per character for Vietnamese, so offsets stay aligned.
    folded = fold(text)
    emulation = r.emulation in folded
    for wording in r.blocs:
        if not (wording.full or emulation):
            continue
        for m in wording.pattern.finditer(folded):
            before = folded[max(0, m.start() - 40) : m.start()]
            if wording.guarded and any(n.pattern.search(before) for n in r.not_blocs):
                continue
            if wording.not_written and wording.not_written.match(text[m.start() : m.end()].lower()):
                continue
            if wording.is_fact:
                return BlocEvidence(wording.name, m.span(), wording.name, m.span())
            # A full wording names a bloc by itself: a fact anywhere on the page will do.
            window = len(folded) if wording.full else r.window
            fact = _fact_near(folded, m.start(), m.end(), window)
            if fact is not None:
                return BlocEvidence(wording.name, m.span(), fact[0], fact[1])
    return None


def is_relevant(text: str) -> bool:
    """Whether a page's text is about emulation blocs (keeps the page in a crawl)."""
    return bloc_evidence(text) is not None


def is_about_blocs(text: str, mentions: list[BlocMention] | None = None) -> bool:
    """Whether an article reports a bloc fact: the gate the fact layer may put before blocs
    (`mentions`: the article's bloc mentions when already found)."""
    return bloc_evidence(text, mentions) is not None
