"""Award groups as frames: kind, issuer, count, status, year and recipients over a clause.

Each award phrase (`rules/awards.yaml`, `kinds`) opens a frame over its part of the
sentence: the text between it and the previous phrase (left) and up to the next one
(right), split where a new clause starts. A frame reads its status, issuers, count and
recipients from that stretch and takes what it lacks from the frame before it in a series
("đề nghị Cờ thi đua của Chính phủ cho A; Cờ thi đua của UBND tỉnh cho B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.context import Context, line_span
from extract.facts.enumeration import Item, list_lines, make_item, split_items, starts_unit
from extract.facts.tables import Table, find_tables, in_table, line_before
from extract.model import Award, Event, Span
from extract.nlp.abbreviations import expand_abbreviations
from extract.nlp.blocs import bloc_rules
from extract.nlp.lexicon import UPPER, WORD, alternation, count_value, is_title_at, lexicon
from extract.nlp.orgs import org_at
from extract.text.normalize import fold

RULE_FILE = "rules/awards.yaml"
_PIECE = rx.compile(r"\{(\w+)\}")
_CAP_WORD = rx.compile(rf"(?<!{WORD})[{UPPER}]")
_SENTENCE_END = rx.compile(r"[.!?…]\s*$")
_NEW_SENTENCE = rx.compile(rf"(?:(?<=[.!?])\s+|(?<=…)\s*)(?=[{UPPER}]{WORD}*\s+[a-zđà-ỹ])")
_COUNTED_KIND = rx.compile(r"(?<![\d/.,])(?P<n>\d{1,4})\s*$")
_COLON = rx.compile(r"\s*:\s*")
_SEMICOLON = rx.compile(r";\s*")
_PAREN_LIST = rx.compile(r"[^()]{0,60}?\(([^()]{3,200})\)")
_LEADING_PUNCT = rx.compile(r"[\s\W]*")
_TRAILING_NOTE = rx.compile(r"\s*\([^()]*\)$")
_LIST_MARK = rx.compile(r"\s*(?:[-–•+*]+|\d{1,2}[.)]|[a-zđ]\))\s+")  # "- ", "1. ", "a) "
_PERIOD = rx.compile(r"\d{4}(?:-H1|-9M)?")


# --- compiled rules -----------------------------------------------------------------------


@dataclass(frozen=True)
class KindRule:
    """An award phrase: its kind and the conditions under which it states a group."""

    name: str
    award: str
    pattern: re.Pattern[str]
    needs_trigger: bool
    bare: bool
    generic: bool
    verb: bool
    leading: bool
    vote: re.Pattern[str] | None = None  # the vote that must stand before it in its clause


@dataclass(frozen=True)
class IssuerRule:
    """A body that gives awards, and its issuer class; `needs_link` only after "của"/"do"."""

    name: str
    issuer: str
    pattern: re.Pattern[str]
    needs_link: bool


@dataclass(frozen=True)
class StatusRule:
    """Words that give a frame its status."""

    name: str
    status: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class NamedPattern:
    """A named pattern (negations, skips, internal commendations)."""

    name: str
    pattern: re.Pattern[str]
    where: str = ""
    not_generic: bool = False  # a generic kind ("các danh hiệu thi đua") is exempt
    unless: re.Pattern[str] | None = None  # found earlier in the sentence, the skip is void


@dataclass(frozen=True)
class AwardRules:
    """Compiled `rules/awards.yaml`."""

    kinds: tuple[KindRule, ...]
    kind_scan: re.Pattern[str]  # every kind in one pass; group k<i> is kinds[i]
    issuers: tuple[IssuerRule, ...]
    statuses: tuple[StatusRule, ...]
    negations: tuple[NamedPattern, ...]
    skips: tuple[NamedPattern, ...]
    internal: tuple[NamedPattern, ...]
    confer_tail: re.Pattern[str]  # a conferring verb ending where the award starts
    contrast: re.Pattern[str]  # ", còn ...": a clause set against the one before
    issuer_tail: re.Pattern[str]  # what may stand between an issuer and its verb
    verb_to_kind: re.Pattern[str]  # "khen thưởng (bằng hình thức) Bằng khen": one award
    verb_heading: re.Pattern[str]  # "khen thưởng ... như sau:": a heading over the parts
    parts_heading: re.Pattern[str]  # "khen thưởng cho 4 hội, cụ thể như sau:" before the kinds
    given_to: re.Pattern[str]  # "(của X) cho Y" after an award: Y, its own recipient
    bloc_commends: re.Pattern[str]  # the bloc itself as the subject of "khen thưởng"
    bloc_subject: re.Pattern[str]  # the same words anywhere: the subject opening a series
    bare_tail: re.Pattern[str]
    subject_tail: re.Pattern[str]
    subject_chain: re.Pattern[str]
    copula_subject: re.Pattern[str]
    highlight_subject: re.Pattern[str]  # "Nổi bật là X với ...": X receives
    bloc_words: re.Pattern[str]
    chosen: re.Pattern[str]
    breakdown: re.Pattern[str]
    recipient_intro: re.Pattern[str]
    recipient_stops: re.Pattern[str]
    recipient_prefixes: re.Pattern[str]
    clause_opener: re.Pattern[str]
    count: re.Pattern[str]
    bare_count: re.Pattern[str]
    count_not_preceded_by: re.Pattern[str]
    members_counted: re.Pattern[str]  # "Cụm … gồm … 5 tỉnh:": the members, not an award
    members_noted: re.Pattern[str]  # "Khối X (12 đơn vị)": the members, not an award
    persons_after_names: re.Pattern[str]  # "cho Sở Y tế và 2 cá nhân": people counted too
    besides_told: re.Pattern[str]  # "ngoài Cờ thi đua cho A, ...": an award told before
    count_not_followed_by: re.Pattern[str]
    delimiter: re.Pattern[str]  # where an issuer or subject phrase starts, read leftwards
    status_any: re.Pattern[str]
    connector: re.Pattern[str]  # a stretch that only joins two awards
    list_sep: re.Pattern[str]  # "," or "và" between list items
    count_join: re.Pattern[str]  # "2 tập thể và 4 cá nhân"
    parts_lead: re.Pattern[str]  # what may stand between a breakdown marker and its part
    passive_part: re.Pattern[str]  # "gồm: một đơn vị được Chính phủ tặng": a part's passive
    commended_total: re.Pattern[str]  # "được UBND tỉnh khen thưởng, trong đó": the parts' issuer
    after_award: re.Pattern[str]
    issuer_inside: re.Pattern[str]  # "của" before an issuer inside a quoted title
    on_behalf: re.Pattern[str]  # "Thay mặt X, ..." before a presenter: X issues
    predicate_break: re.Pattern[str]  # "... và được ...": a second predicate of the subject
    series_verb: re.Pattern[str]  # "; đề nghị ...": a clause with no subject of its own
    bare_proposal: re.Pattern[str]  # "B được đề nghị tặng": the body proposed to is the one before
    vague_recipient: re.Pattern[str]  # "nhiều tập thể": recipients described, not named
    anaphor: re.Pattern[str]  # "đơn vị này": the unit the clause before opened with
    role_note: re.Pattern[str]  # "– đơn vị Cụm trưởng –" after a recipient's name
    copula: re.Pattern[str]  # " là ": a subject joined to its description
    predicate_join: re.Pattern[str]  # "và", ",": where an award's own predicate starts
    issuer_end: re.Pattern[str]
    count_to_names: re.Pattern[str]
    chosen_end: re.Pattern[str]
    leading_named: re.Pattern[str]  # "(đơn vị dẫn đầu) của Khối là X": X, the voted unit
    subject_head: re.Pattern[str]  # a subject verb right after an organisation
    issuer_heads: re.Pattern[str]  # a head's title before an issuing body
    issuer_by: re.Pattern[str]  # "do" before an issuer named after the award
    award_year: re.Pattern[str]
    past_year: re.Pattern[str]  # a year told before the award in its clause
    old_award_years: int  # an award this many years before the meeting's is history
    told_as_done: re.Pattern[str]  # "đã", "từng": the award told as done before
    this_meeting: re.Pattern[str]  # the award is given at the meeting reported
    day_opener: re.Pattern[str]  # what may stand before a date that opens a sentence
    labels: dict[str, str]


def _expand(regex: str, pieces: dict[str, str]) -> str:
    """Replace {name} with its piece; other braces (quantifiers) stay."""
    return _PIECE.sub(lambda m: pieces.get(m.group(1), m.group(0)), regex)


def _compile(regex: str, pieces: dict[str, str], name: str, *, bounded: bool = False) -> Any:
    """Compile one rule regex case-insensitively; a broken one raises RuleError."""
    body = _expand(regex, pieces)
    if bounded:
        body = rf"(?<!{WORD})(?:{body})(?!{WORD})"
    try:
        return rx.compile_scan(body, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(
            f"{RULE_FILE}: rule {name!r} is not a valid regex ({exc}). Fix that entry."
        ) from exc


@lru_cache(maxsize=1)
def award_rules() -> AwardRules:
    """Load and compile `rules/awards.yaml` once."""
    e = rules.load("awards.yaml").entries
    pieces = {
        "UPPER": UPPER,
        "W": WORD,
        "unit": alternation(e["count_units"]),
        "num": alternation(list(lexicon().count_words)),
    }
    # "từng" before a unit or an `each_nouns` noun means "each": no "once" ("từng đơn vị")
    pieces["not_each"] = rf"(?!\s+(?:{pieces['unit']}|{alternation(e['each_nouns'])})(?!{WORD}))"

    def c(regex: str, name: str, *, bounded: bool = False) -> Any:
        return _compile(regex, pieces, name, bounded=bounded)

    statuses = tuple(
        StatusRule(s["name"], s["status"], c(s["regex"], s["name"], bounded=True))
        for s in e["status"]
    )
    status_any = "|".join(f"(?:{_expand(s['regex'], pieces)})" for s in e["status"])
    # "01 (một) đơn vị", "hai (02) đơn vị": the number may be written again in parentheses
    number = r"(?P<n>\d{1,4}|{num})(?:/\d{1,4})?(?:\s*\(\s*(?:{num}|\d{1,4})\s*\))?"
    approx = e["approximators"]
    # not a bloc's number ("Cụm thi đua số 4 Chi cục THADS"): one lookbehind per word
    not_bloc = "".join(f"(?<!{re.escape(w)} )" for w in e["count_not_after"])
    count = rf"(?<![\d/.,-]){not_bloc}(?:(?:{approx})\s+)?{number}\s+(?:{{unit}})(?!{{W}})"
    conj = e["list_and"]
    kinds = tuple(
        KindRule(
            k["name"],
            k["award"],
            c(k["regex"], k["name"], bounded=True),  # each alone first: an error names it
            bool(k.get("needs_trigger")),
            bool(k.get("bare")),
            bool(k.get("generic")),
            bool(k.get("verb")),
            bool(k.get("leading")),
            c(k["vote"], f"{k['name']}.vote") if k.get("vote") else None,
        )
        for k in e["kinds"]
    )
    scan = "|".join(
        f"(?P<k{i}>{_expand(k['regex'], pieces).replace('(?P<inner>', f'(?P<inner{i}>')})"
        for i, k in enumerate(e["kinds"])
    )
    return AwardRules(
        kinds=kinds,
        kind_scan=c(scan, "kinds", bounded=True),
        issuers=tuple(
            IssuerRule(i["name"], i["issuer"], c(i["regex"], i["name"]), bool(i.get("needs_link")))
            for i in e["issuers"]
        ),
        statuses=statuses,
        negations=tuple(NamedPattern(n["name"], c(n["regex"], n["name"])) for n in e["negations"]),
        skips=tuple(
            NamedPattern(
                s["name"],
                c(s["regex"], s["name"]),
                s["where"],
                bool(s.get("not_generic")),
                c(s["unless"], f"{s['name']}.unless") if s.get("unless") else None,
            )
            for s in e["skips"]
        ),
        internal=tuple(NamedPattern(n["name"], c(n["regex"], n["name"])) for n in e["internal"]),
        # the recipient may stand between the verb and the award ("xét tặng tập thể X Cờ")
        contrast=c(e["contrast"], "contrast"),
        confer_tail=c(
            rf"(?<!{{W}})(?:{e['confer_verbs']})(?:\s+(?P<obj>{e['double_object']}))?(?:\s+(?:{e['by_means']}))?[\s:\"“”]*$",
            "confer_verbs",
        ),
        issuer_tail=c(e["issuer_tail"], "issuer_tail"),
        verb_heading=c(e["verb_heading"], "verb_heading"),
        parts_heading=c(e["parts_heading"], "parts_heading"),
        given_to=c(e["given_to"], "given_to"),
        verb_to_kind=c(rf"[\s\"“”:]*(?:(?:{e['by_means']})\s+)?[\s\"“”:]*", "by_means"),
        bloc_commends=c(rf"(?<!{{W}})(?:{e['bloc_commends']})$", "bloc_commends"),
        bloc_subject=c(rf"(?<!{{W}})(?:{e['bloc_commends']})", "bloc_commends"),
        bare_tail=c(rf"(?<!{{W}})(?:{e['bare_verbs']})", "bare_verbs"),
        subject_tail=c(rf"(?<!{{W}})(?:{e['subject_verbs']})\s*$", "subject_verbs"),
        subject_chain=c(e["subject_chain"], "subject_chain"),
        copula_subject=c(e["copula_subject"], "copula_subject"),
        highlight_subject=c(e["highlight_subject"], "highlight_subject"),
        bloc_words=c(e["bloc_words"], "bloc_words", bounded=True),
        chosen=c(rf"(?<!{{W}})(?:{e['chosen']})", "chosen"),
        breakdown=c(e["breakdown"], "breakdown", bounded=True),
        recipient_intro=c(e["recipient_intro"], "recipient_intro"),
        recipient_stops=c(e["recipient_stops"], "recipient_stops"),
        # no "^": match() anchors at the item's start, where "^" would never match
        recipient_prefixes=c(rf"(?:{e['recipient_prefixes']})+", "recipient_prefixes"),
        clause_opener=c(rf"(?:{e['clause_openers']})(?!{{W}})", "clause_openers"),
        count=c(count, "count"),
        bare_count=c(rf"(?P<n>\d{{1,4}})(?=\s*(?:[,;.]|$|(?:{conj})\s))", "count"),
        count_not_preceded_by=c(e["count_not_preceded_by"], "count_not_preceded_by"),
        members_counted=c(e["members_counted"], "members_counted"),
        members_noted=c(e["members_noted"], "members_noted"),
        persons_after_names=c(e["persons_after_names"], "persons_after_names"),
        besides_told=c(e["besides_told"], "besides_told"),
        count_not_followed_by=c(e["count_not_followed_by"], "count_not_followed_by"),
        delimiter=c(rf"[;:()]|(?<!{{W}})(?:{status_any}|{e['delimiters']})(?!{{W}})", "delimiters"),
        status_any=c(status_any, "status", bounded=True),
        connector=c(rf"^[\s,;:.\"“”'()–-]*(?:(?:{e['connectors']})[\s,;:\"“”']*)*$", "connectors"),
        list_sep=c(rf",|(?<!{{W}})(?:{conj})(?!{{W}})", "list_and"),
        count_join=c(rf"\s*(?:,|(?:{conj})|,\s*(?:{conj}))\s*", "list_and"),
        parts_lead=c(rf"[\s:,.]*(?:(?:{approx})\s+)?(?:\d{{1,4}}|{{W}}+)?\s*", "approximators"),
        after_award=c(e["after_award"], "after_award"),
        issuer_inside=c(e["issuer_inside"], "issuer_inside"),
        on_behalf=c(e["on_behalf"], "on_behalf"),
        predicate_break=c(e["predicate_break"], "predicate_break"),
        passive_part=c(e["passive_part"], "passive_part"),
        commended_total=c(e["commended_total"], "commended_total"),
        series_verb=c(e["series_verb"], "series_verb"),
        bare_proposal=c(e["bare_proposal"], "bare_proposal"),
        vague_recipient=c(e["vague_recipient"], "vague_recipient"),
        anaphor=c(e["anaphor"], "anaphor"),
        role_note=c(rf"(?:{e['role_note']}).*$", "role_note"),
        copula=c(e["copula"], "copula"),
        predicate_join=c(e["predicate_join"], "predicate_join"),
        issuer_end=c(e["issuer_end"], "issuer_end"),
        count_to_names=c(e["count_to_names"], "count_to_names"),
        chosen_end=c(e["chosen_end"], "chosen_end"),
        leading_named=c(e["leading_named"], "leading_named"),
        subject_head=c(rf"\s+(?:{e['subject_verbs']})(?!{{W}})", "subject_verbs"),
        issuer_heads=c(e["issuer_heads"], "issuer_heads"),
        issuer_by=c(e["issuer_by"], "issuer_by"),
        award_year=c(e["award_year"], "award_year"),
        past_year=c(e["past_year"], "past_year"),
        old_award_years=int(e["old_award_years"]),
        told_as_done=c(e["told_as_done"], "told_as_done"),
        this_meeting=c(e["this_meeting"], "this_meeting"),
        day_opener=c(e["day_opener"], "day_opener"),
        labels=dict(e["labels"]),
    )


# --- award phrases ------------------------------------------------------------------------


@dataclass(frozen=True)
class KindHit:
    """An award phrase in the text and the kind rule that found it."""

    rule: KindRule
    award: str
    start: int
    end: int


def find_kinds(text: str, start: int = 0, end: int | None = None) -> list[KindHit]:
    """Award phrases in text order, in one pass; at one position the earlier rule wins."""
    r = award_rules()
    stop = len(text) if end is None else end
    hits: list[KindHit] = []
    for m in r.kind_scan.finditer(text, start, stop):
        i = int((m.lastgroup or "k0")[1:]) if m.lastgroup and m.lastgroup[0] == "k" else -1
        if i < 0:  # the last group closed was an inner one: find the kind that holds it
            i = next(j for j in range(len(r.kinds)) if m.group(f"k{j}") is not None)
        rule = r.kinds[i]
        hits.append(KindHit(rule, _inner_kind(m.groupdict().get(f"inner{i}"), rule), *m.span()))
    return hits


def _inner_kind(inner: str | None, rule: KindRule) -> str:
    """A quoted title that names a kind of its own ("danh hiệu “Cờ thi đua”") takes it."""
    if not inner:
        return rule.award
    for other in award_rules().kinds:
        plain = other is not rule and not (other.bare or other.verb or other.generic)
        if plain and other.pattern.match(inner.strip()):
            return other.award
    return rule.award


# --- recipients ---------------------------------------------------------------------------


def _is_name(text: str, start: int, item: str) -> bool:
    """An item names someone: a capital that is not just the sentence's first letter."""
    caps = [m.start() for m in _CAP_WORD.finditer(item)]
    if not caps:
        return False
    before = text[:start].rstrip(" \t")
    sentence_initial = not before or before[-1] in ".!?\n…"
    # "Tỉnh đoàn và Hội X được ...": a one-capital body opening the sentence is still a name
    org = org_at(item, 0)
    return (
        len(caps) > 1
        or caps[0] > 0
        or not sentence_initial
        or (org is not None and org.end == len(item))
    )


def split_recipients(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """Named recipients in text[start:end], split by the enumeration parser members use.

    Official names that hold a comma or "và" ("Sở Văn hóa, Thể thao và Du lịch") stay whole;
    items without a name ("các đơn vị") are dropped.
    """
    out: list[tuple[str, Span]] = []
    prefixes = award_rules().recipient_prefixes
    items = split_items(text, start, end)
    if any(award_rules().vague_recipient.search(text, s, e) for s, e in items):
        return []  # "Nhiều tập thể, cá nhân trong Khối": described, so neither named nor counted
    for s, e in items:
        cut = prefixes.match(text, s, e)
        if cut:
            s = cut.end()
        name = _TRAILING_NOTE.sub("", text[s:e].strip(" .,;:"))  # "A (Trưởng khối)"
        name = award_rules().role_note.sub("", name)  # "A – đơn vị Cụm trưởng –"
        s += len(text[s:e]) - len(text[s:e].lstrip(" .,;:"))
        if out and is_title_at(name, 0):
            continue  # "Ông Nguyễn Văn A, Giám đốc Sở X": the title describes the person before
        if name and _is_name(text, s, name):
            out.append((name, (s, s + len(name))))
    return out


# --- counts -------------------------------------------------------------------------------


_NOTE_FIRST = re.compile(r"^\s*\([^()]{0,200}\)")


@dataclass(frozen=True)
class CountHit:
    """A count of units, summed over "2 tập thể và 4 cá nhân"."""

    value: int
    start: int
    end: int


def find_counts(text: str, start: int, end: int) -> list[CountHit]:
    """Counts in text[start:end]; adjacent ones joined by "," or "và" are summed."""
    r = award_rules()
    out: list[CountHit] = []
    for m in r.count.finditer(text, start, end):
        if r.count_not_followed_by.match(text, m.end()) or r.count_not_preceded_by.search(
            text, max(start, m.start() - 20), m.start()
        ):
            continue
        # "gồm 5 tỉnh: A, B", "gồm 5 đơn vị (A, B, …)": a count its list follows
        listed = text[m.end() : m.end() + 3].lstrip().startswith((":", "("))
        if listed and r.members_counted.search(text, max(start, m.start() - 120), m.start()):
            continue  # "Cụm … gồm Tòa án nhân dân 5 tỉnh: A, B, …" counts the members
        if r.members_noted.search(text, max(start, m.start() - 80), m.start()):
            continue  # "Khối thi đua các ngân hàng (12 đơn vị)": the bloc's size
        value = count_value(m.group("n"))
        if len(m.group("n")) == 4 and 1900 <= value <= 2100:
            continue  # a year before a name ("năm 2023 Hội Nông dân tỉnh")
        # "2 tập thể (A, B) và 5 cá nhân": the first count's names in parentheses between
        gap = _NOTE_FIRST.sub("", text[out[-1].end : m.start()]) if out else ""
        if out and r.count_join.fullmatch(gap):
            prev = out.pop()
            out.append(CountHit(prev.value + value, prev.start, m.end()))
            continue
        out.append(CountHit(value, m.start(), m.end()))
    return out


# --- frames -------------------------------------------------------------------------------


@dataclass
class Frame:
    """One award group being read; `left`/`right` bound its stretch of the sentence."""

    hit: KindHit
    left: int
    right: int
    sentence: Span
    status: str | None = None
    status_rule: str = ""
    issuers: list[tuple[str, str]] = field(default_factory=list)  # (class, rule name)
    issuer_before: bool = False  # the issuer stands before a verb shared by a series
    count: int | None = None
    left_count: bool = False
    recipients: list[tuple[str, Span]] = field(default_factory=list)
    subject: bool = False  # recipients read before the award, shared by a series
    cut: bool = False  # its recipient list runs into the end of an excerpt
    drop: str = ""  # why the frame states no group of the bloc


def _split_point(text: str, a: KindHit, b: KindHit) -> tuple[int, int]:
    """Where a's stretch ends and b's begins in the gap between them."""
    r = award_rules()
    gap_start, gap_end = a.end, b.start
    gap = text[gap_start:gap_end]
    if ";" in gap:
        return gap_start + gap.index(";"), gap_start + gap.rindex(";") + 1
    parts = _parts_follow(gap)
    if parts is not None:
        return gap_start + parts[0], gap_start + parts[1]
    contrast = r.contrast.search(gap)
    if contrast is not None:
        return gap_start + contrast.start(), gap_start + contrast.end()
    marks = list(r.breakdown.finditer(gap)) if a.rule.verb else []
    if marks:  # "khen thưởng 29 tập thể, trong đó: đề nghị UBND tỉnh tặng Cờ": the parts follow
        return gap_start + marks[-1].start(), gap_start + marks[-1].end()
    if a.rule.generic and ":" in gap:  # a heading: the groups are told after its colon
        colon = gap_start + gap.index(":")
        return colon, colon + 1
    seps = [m for m in r.count_join.finditer(gap) if m.group().strip()]
    seps += list(_COLON.finditer(gap))
    seps.sort(key=lambda m: m.start())
    if not seps:
        return gap_end, gap_end
    intro = r.recipient_intro.search(gap)
    if intro is None:
        first = seps[0]
        return gap_start + first.start(), gap_start + first.end()
    for sep in seps:
        if sep.start() < intro.end():
            continue
        after = gap_start + sep.end()
        if after >= gap_end or r.clause_opener.match(text, after):
            return gap_start + sep.start(), after
    return gap_end, gap_end


def _parts_follow(gap: str) -> tuple[int, int] | None:
    """The breakdown marker of a gap that leads straight to the parts ("gồm: 01"), if any."""
    r = award_rules()
    marks = list(r.breakdown.finditer(gap))
    if not marks:
        return None
    rest = gap[marks[-1].end() :]
    lead = r.parts_lead.fullmatch(rest)
    if (lead is None or len(rest.split()) > 2) and r.passive_part.fullmatch(rest) is None:
        return None
    return marks[-1].start(), marks[-1].end()


def _frames_of_sentence(ctx: Context, hits: list[KindHit], sentence: Span) -> list[Frame]:
    """Frames over one sentence's award phrases."""
    text = ctx.text
    frames: list[Frame] = []
    left = sentence[0]
    for i, hit in enumerate(hits):
        if i + 1 < len(hits):
            right, nxt = _split_point(text, hit, hits[i + 1])
        else:
            right, nxt = _sentence_end(text, hit, sentence[1]), sentence[1]
        frames.append(Frame(hit, left, right, sentence))
        left = nxt
    return frames


def _sentence_end(text: str, hit: KindHit, end: int) -> int:
    """Where the last award's stretch ends: at a ";" that opens a new clause, else end."""
    for m in _SEMICOLON.finditer(text[hit.end : end]):
        nxt = text[hit.end + m.end() : hit.end + m.end() + 1]
        if not nxt.isupper():
            return hit.end + m.start()
    return end


def sub_sentences(text: str, span: Span) -> list[Span]:
    """A sentence the splitter left joined, cut where a new one plainly starts.

    "... vững mạnh…Hội nghị đã ..." and "... Thanh tra TP. Hai đơn vị ..." are two
    sentences; "TP. Hồ Chí Minh" (a capital follows the next word too) is not cut.
    """
    cuts = [m.end() for m in _NEW_SENTENCE.finditer(text, span[0], span[1])]
    bounds = [span[0], *cuts, span[1]]
    return [(a, b) for a, b in pairwise(bounds) if a < b]


def _clause_start(text: str, frame: Frame) -> int:
    """Start of the ";"-clause holding the award."""
    semi = text.rfind(";", frame.sentence[0], frame.hit.start)
    return semi + 1 if semi >= 0 else frame.sentence[0]


def _stretch_clause(text: str, frame: Frame) -> int:
    """Where the award's own ";"-clause starts within its stretch."""
    return max(frame.left, _clause_start(text, frame))


def _first_status(text: str, spans: list[Span]) -> tuple[str, str] | None:
    """The first status rule (in file order, which is precedence) found in any of the spans."""
    for rule in award_rules().statuses:
        if any(rule.pattern.search(text, lo, hi) for lo, hi in spans):
            return rule.status, rule.name
    return None


def _read_status(text: str, frame: Frame) -> None:
    """The status of the frame's stretch, read before and after the award."""
    breaks = list(award_rules().predicate_break.finditer(text, frame.left, frame.hit.start))
    left = breaks[-1].start() if breaks else frame.left
    # the award's own ";"-clause first: "… quy trình bình xét cuối năm; X đăng ký Cờ" registers
    clause = max(left, _clause_start(text, frame))
    found = _first_status(text, [(clause, frame.hit.start), (frame.hit.end, frame.right)])
    if found is None and clause > left:
        found = _first_status(text, [(left, frame.hit.start), (frame.hit.end, frame.right)])
    if found is None and frame.hit.rule.verb:
        found = _first_status(text, [(frame.hit.start, frame.hit.end)])  # "khen thưởng" says it
    if found is not None:
        frame.status, frame.status_rule = found


def _classify(
    ctx: Context, start: int, end: int, *, fallback: bool, named: bool = True
) -> tuple[str, str] | None:
    """The issuer class of a phrase that is one body.

    With `fallback`, an organisation the tagger found is "other", and with `named` also any
    short capitalised phrase ("Giám đốc Sở" after "của").
    """
    text = ctx.text
    phrase = text[start:end]
    lead = len(phrase) - len(phrase.lstrip(" ,"))
    s = start + lead
    e = start + len(phrase.rstrip(" ,"))
    if s >= e:
        return None
    head = award_rules().issuer_heads.match(text, s, e)
    for at in dict.fromkeys((s, head.end() if head else s)):
        for rule in award_rules().issuers:
            m = rule.pattern.match(text, at, e)
            if m and not text[m.end() : e].strip(' ,."“”'):
                return rule.issuer, rule.name
    if not fallback:
        return None
    # an organisation that fills the phrase, or starts it and runs on (the tagger may overrun)
    orgs = [o for o in ctx.tags.orgs if (s <= o.start and e - 2 <= o.end <= e + 2) or o.start == s]
    short = named and text[s].isupper() and len(text[s:e].split()) <= 8
    # "Giám đốc Công an tỉnh công nhận": a head of a body that is none of the named issuers
    titled = is_title_at(text, s) and any(s < o.start < e for o in ctx.tags.orgs)
    if orgs or titled or (short and _is_name(text, s, text[s:e])):
        return "other", "named_body"
    return None


def _issuers_before(ctx: Context, lo: int, hi: int) -> list[tuple[str, str]]:
    """Issuers named right before a verb ending at hi ("đề nghị Thủ tướng, UBND tỉnh tặng")."""
    text = ctx.text
    delims = list(award_rules().delimiter.finditer(text, lo, hi))
    start = delims[-1].end() if delims else lo
    if start >= hi:
        return []
    whole = _classify(ctx, start, hi, fallback=False)
    if whole:
        return [whole]
    cuts = [start] + [m.end() for m in award_rules().list_sep.finditer(text, start, hi)]
    spans = list(zip(cuts, [*cuts[1:], hi], strict=True))
    classes = [_classify(ctx, a, _strip_sep(text, a, b), fallback=False) for a, b in spans]
    found = [c for c in classes if c is not None]
    if len(spans) > 1 and len(found) == len(spans):
        # several bodies named together give several groups, one per class ("thừa ủy quyền của
        # Chủ tịch UBND tỉnh, đại diện Ban Thi đua - Khen thưởng tỉnh trao": one, the province)
        per_class: dict[str, tuple[str, str]] = {}
        for issuer, name in found:
            per_class.setdefault(issuer, (issuer, name))
        return list(per_class.values())
    one = _one_body(ctx, cuts, hi)
    if one:
        return [one]
    last = _classify(ctx, spans[-1][0], hi, fallback=True, named=False)
    return [last] if last else []


def _one_body(ctx: Context, cuts: list[int], hi: int) -> tuple[str, str] | None:
    """One body ending at hi whose name holds "," or "và" ("Bộ Văn hóa, Thể thao và Du lịch").

    The longest tail that is one known issuer wins; else a tagged organisation that runs
    across a cut, read with the title before it ("Giám đốc Sở Lao động - Thương binh và Xã
    hội tặng").
    """
    for cut in cuts[:-1]:
        known = _classify(ctx, cut, hi, fallback=False)
        if known:
            return known
    for org in ctx.tags.orgs:
        if (
            org.start >= cuts[0]
            and org.end >= hi - 2
            and any(org.start < c < org.end for c in cuts[1:])
        ):
            head = max(c for c in cuts if c <= org.start)
            return _classify(ctx, head, hi, fallback=True, named=False)
    return None


def _strip_sep(text: str, a: int, b: int) -> int:
    """End of a list part without its trailing "," or "và"."""
    seps = [m for m in award_rules().list_sep.finditer(text, a, b) if not text[m.end() : b].strip()]
    return seps[-1].start() if seps else b


def _read_issuers(ctx: Context, frame: Frame) -> int:
    """Issuers after the award ("của UBND tỉnh") or before its verb; returns the predicate start.

    A known issuer after the award wins, then bodies before the verb ("đề nghị UBND tỉnh
    tặng"), then any other body named after "của" ("Giấy khen của Giám đốc Sở").
    """
    text = ctx.text
    r = award_rules()
    hit = frame.hit
    after = r.after_award.match(text, hit.end, frame.right)
    level = bool(after and after.group("level"))
    link = bool(after and after.group("link")) or (level and hit.award != "danh_hieu")
    pos = after.end() if after else hit.end
    if level and not link and after is not None:
        pos = after.start("level")  # a title's level is part of its name
    for rule in r.issuers:
        if rule.pattern.match(text, pos, frame.right) and (link or not rule.needs_link):
            # the same body also before the verb ("đề nghị Thủ tướng Chính phủ tặng Cờ thi đua
            # của Chính phủ") governs the series that follows, as an issuer before does
            anchor = _read_issuers_before(ctx, frame)
            before = {issuer for issuer, _ in frame.issuers}
            frame.issuers = [(rule.issuer, rule.name)]
            frame.issuer_before = before == {rule.issuer}
            # "B, C được đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh": the predicate starts
            # before the body proposed to, so the subject before it is read as with no "của"
            return anchor if frame.issuer_before else hit.start
    anchor = _read_issuers_before(ctx, frame)
    # "thừa ủy quyền của Bộ trưởng Bộ Tài chính, ông A, Cục trưởng Cục Thuế tỉnh, trao Cờ":
    # the body the presenter acts for issues it, not the presenter's own
    behalf = _issuer_on_behalf(text, frame, _clause_start(text, frame))
    if behalf:
        frame.issuers, frame.issuer_before = behalf, True
    if not frame.issuers:
        frame.issuers = _issuer_by(text, hit.end, frame.right)
    if not frame.issuers and hit.award != hit.rule.award:
        frame.issuers = _issuer_inside(text, hit)
    if not frame.issuers:
        frame.issuers = _issuer_on_behalf(text, frame, frame.sentence[0])
    # "danh hiệu “Lá cờ đầu” của Cụm": the bloc itself is no issuer class
    own = any(b.start <= pos < b.end for b in ctx.tags.blocs) or r.bloc_words.match(text, pos)
    if not frame.issuers and link and not own:
        stop = r.issuer_end.search(text, pos, frame.right)
        found = _classify(ctx, pos, stop.start() if stop else frame.right, fallback=True)
        frame.issuers = [found] if found else []
    return anchor


def _issuer_after(
    lead: re.Pattern[str], text: str, lo: int, hi: int, *, linked: bool = True
) -> list[tuple[str, str]]:
    """The first known issuer right after a `lead` match in text[lo:hi].

    Without `linked`, issuers that need "của" before them ("trung ương") do not count.
    """
    r = award_rules()
    for m in lead.finditer(text, lo, hi):
        for rule in r.issuers:
            if (linked or not rule.needs_link) and rule.pattern.match(text, m.end(), hi):
                return [(rule.issuer, rule.name)]
    return []


def _issuer_inside(text: str, hit: KindHit) -> list[tuple[str, str]]:
    """A known issuer inside a quoted title that names a kind ("“Cờ thi đua của Chính phủ”")."""
    return _issuer_after(award_rules().issuer_inside, text, hit.start, hit.end)


def _issuer_on_behalf(text: str, frame: Frame, start: int) -> list[tuple[str, str]]:
    """The body the presenter acts for, named from start to the award ("Thay mặt X, ông A
    trao")."""
    return _issuer_after(award_rules().on_behalf, text, start, frame.hit.start)


def _issuer_by(text: str, lo: int, hi: int) -> list[tuple[str, str]]:
    """A known issuer after "do" later in the stretch ("... năm 2022 do UBND tỉnh trao tặng")."""
    return _issuer_after(award_rules().issuer_by, text, lo, hi, linked=False)


def _read_issuers_before(ctx: Context, frame: Frame) -> int:
    """Bodies named before the award's verb; returns where the predicate starts."""
    text = ctx.text
    r = award_rules()
    hit = frame.hit
    if hit.rule.verb:
        verb_end = hit.start
    else:
        tail = r.confer_tail.search(text, frame.left, hit.start)
        if tail is None:
            return hit.start
        verb_end = tail.start()
    tail_start = r.issuer_tail.search(text, frame.left, verb_end)
    issuer_end = tail_start.start() if tail_start else verb_end
    frame.issuers = _issuers_before(ctx, frame.left, issuer_end)
    frame.issuer_before = bool(frame.issuers)
    if not frame.issuers:
        return verb_end
    delims = list(r.delimiter.finditer(text, frame.left, issuer_end))
    return delims[-1].end() if delims else frame.left


def _list_after(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of a recipient list from start: up to a reason, a note or the stretch end."""
    for stop in award_rules().recipient_stops.finditer(text, start, end):
        before = text[start : stop.start()]
        if before.count("(") <= before.count(")"):  # not inside a note "(Trưởng khối năm 2023)"
            return start, stop.start()
    return start, end


def _paren_count(ctx: Context, frame: Frame, paren: int) -> bool:
    """A count in parentheses after the award: "Cờ thi đua của UBND tỉnh (02 đơn vị: A, B)"."""
    text = ctx.text
    r = award_rules()
    close = text.find(")", paren, frame.right)
    inner = paren + 1 + len(text[paren + 1 : close]) - len(text[paren + 1 : close].lstrip())
    m = r.count.match(text, inner, close) if close > 0 else None
    if m is None:
        return close > 0 and _paren_names(ctx, frame, inner, close)
    frame.count = count_value(m.group("n"))
    more = r.count_to_names.match(text, m.end(), close)
    frame.recipients = split_recipients(text, more.end() if more else m.end(), close)
    return True


def _paren_names(ctx: Context, frame: Frame, lo: int, hi: int) -> bool:
    """Units named in parentheses after the award: "Cờ thi đua của Chính phủ (huyện A)".

    Only when every item opens a unit (an organisation or a place): a note ("(Trưởng khối
    năm 2023)") or an abbreviation names no recipient.
    """
    names = split_recipients(ctx.text, lo, hi)
    if not names or not all(starts_unit(n) and not n[0].isdigit() for n, _ in names):
        return False
    frame.recipients = names
    return True


def _count_closing(text: str, frame: Frame, lo: int, hi: int) -> None:
    """A count that closes text[lo:hi] after the award's issuer: "Bằng khen của Chủ tịch UBND
    tỉnh 6 đơn vị", "- Cờ thi đua của Chính phủ: 01 đơn vị", "... 1 đơn vị (Công ty A)"."""
    counted = list(award_rules().count.finditer(text, lo, hi))
    if not counted or frame.count is not None:
        return
    m = counted[-1]
    before, after = text[lo : m.start()], text[m.end() : hi]
    if after.strip(" .;:") or re.search(r"[,;]", before) or len(before.split()) > 10:
        return
    frame.count = count_value(m.group("n"))


def _read_right(ctx: Context, frame: Frame) -> None:
    """A count and recipients after the award: "cho 03 đơn vị", "cho A, B", "khen thưởng A"."""
    text = ctx.text
    r = award_rules()
    lo = frame.hit.end
    intro = r.recipient_intro.search(text, lo, frame.right)
    paren = text.find("(", lo, intro.start() if intro else frame.right)
    gap = text[lo:paren]
    # only right after the award and its issuer: "Cờ thi đua của UBND tỉnh (02 đơn vị)"
    close_by = paren >= 0 and not any(c in gap for c in ",;") and len(gap.split()) <= 8
    if close_by and _paren_count(ctx, frame, paren):
        _count_closing(text, frame, lo, paren)  # "... Chính phủ 1 đơn vị (Công ty A)"
        return
    named = r.leading_named.match(text, lo, frame.right) if frame.hit.rule.leading else None
    if named is not None:
        start = named.end()  # "đơn vị dẫn đầu của Khối là X": the voted unit follows
    elif intro is not None:
        start = intro.end()
    elif frame.hit.rule.verb:
        start = lo  # "khen thưởng Hội Cựu chiến binh xã X": the object follows the verb
    else:
        _count_closing(text, frame, lo, frame.right)
        return
    start += len(text[start : frame.right]) - len(text[start : frame.right].lstrip())
    # room for the names of the first count in parentheses ("2 tập thể (A, B) và 5 cá nhân")
    counts = find_counts(text, start, min(frame.right, start + 200))
    first = counts[0] if counts and counts[0].start <= start + 6 else None
    direct = r.count.match(text, start, frame.right)
    if first is None and direct is not None:
        # "cho 03 đơn vị gồm A, B và C": right after "cho", a count before "gồm" is the group's
        first = CountHit(count_value(direct.group("n")), direct.start(), direct.end())
    if first is not None:
        frame.count = first.value
        start = first.end
        more = r.count_to_names.match(text, start, frame.right)
        start = more.end() if more else start
    else:
        bare = r.bare_count.match(text, start, frame.right)
        if bare:
            frame.count = int(bare.group("n"))
            return
    if frame.count is None and r.anaphor.match(text, start, frame.right):
        frame.count = 1  # "cho sở này", "cho đơn vị nói trên": the one unit told of before
        return
    a, b = _list_after(text, start, frame.right)
    if named is not None and (semi := text.find(";", a, b)) >= 0:
        b = semi  # the voted units end their clause ("... là A; Đơn vị xuất sắc – B")
    names = split_recipients(text, a, b)
    colon = text.find(":", start, frame.right)
    if not names and colon >= 0 and not any(c in text[start:colon] for c in ";."):
        # "cho các đơn vị có thành tích xuất sắc: A, B, C": the names follow the description
        a, b = _list_after(text, colon + 1, frame.right)
        names = split_recipients(text, a, b)
        # ... or stand one per line after it ("cho các đơn vị:\nSở A\nSở B")
        for s, e in list_lines(text, colon + 1) if not names else []:
            names += split_recipients(text, s, e)
    if names and not frame.recipients:
        frame.recipients = names
        frame.cut = b >= len(text.rstrip()) and not _SENTENCE_END.search(text)
        # "cho Sở Y tế và 2 cá nhân": units named and people counted in one list add up
        # ... as do "3 tập thể là A, B, C và 5 cá nhân": the units' count and the people's
        persons = r.persons_after_names.search(text, a, b)
        if persons and frame.count is None:
            frame.count = len(names) + count_value(persons.group("n"))
        elif persons and first is not None:
            frame.count = first.value + count_value(persons.group("n"))


_NOTE_BEFORE = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _read_left(ctx: Context, frame: Frame, anchor: int) -> None:
    """A count and recipients before the award: "02 đơn vị được tặng", "Sở Y tế đăng ký"."""
    text = ctx.text
    r = award_rules()
    count_at: int | None = None  # where a count read from before the award ends
    if frame.count is None:
        counts = find_counts(text, frame.left, frame.hit.start)
        inside = find_counts(text, frame.hit.start, frame.hit.end)
        counted = _COUNTED_KIND.search(text, frame.left, frame.hit.start)
        if counted:  # "3 Cờ thi đua", "02 Bằng khen": the award is its own unit
            frame.count, frame.left_count = count_value(counted.group("n")), True
        elif inside:
            frame.count, frame.left_count = inside[0].value, True
        elif counts and not r.breakdown.search(text, counts[-1].end, frame.hit.start):
            # "bốn đơn vị được khen thưởng, trong đó Công an tỉnh A nhận Cờ": a total before
            # the breakdown marker counts the parts together, not this one
            frame.count, frame.left_count = counts[-1].value, True
            count_at = counts[-1].end
            paren = _PAREN_LIST.match(text[counts[-1].end : anchor])
            if paren:
                s = counts[-1].end + paren.start(1)
                frame.recipients = split_recipients(text, s, s + len(paren.group(1)))
    if frame.recipients:
        return
    if frame.count is None:
        # "xét tặng tập thể Thanh tra tỉnh A Cờ thi đua": the recipient before the award
        tail = r.confer_tail.search(text, frame.left, frame.hit.start)
        if tail is not None and tail.group("obj"):
            frame.recipients = split_recipients(text, tail.start("obj"), tail.end("obj"))
            if frame.recipients:
                return
    chosen = _voted_named(ctx, frame, anchor) or _chosen(ctx, frame, anchor)
    if chosen:
        frame.recipients = chosen
        if count_at is not None and count_at <= _chosen_verb_start(ctx, frame, anchor):
            # "Cụm gồm Cục THADS 6 tỉnh: …, suy tôn X dẫn đầu": the count is the members'
            frame.count, frame.left_count = None, False
        return
    subject = r.subject_tail.search(text, frame.left, anchor) or r.subject_chain.search(
        text, frame.left, anchor
    )
    names: list[tuple[str, Span]] = []
    if subject is not None:
        # "X là doanh nghiệp dẫn đầu ..., được đề nghị": X, not the words after "là"
        names = _copula_subject(ctx, frame)
        end = subject.start()
        # "Sở A (đơn vị xếp thứ Nhất) được Cụm trình ...": a note after the name is no delimiter
        note = _NOTE_BEFORE.search(text, frame.left, end)
        end = note.start() if note else end
        delims = list(r.delimiter.finditer(text, frame.left, end))
        s = delims[-1].end() if delims else frame.left
        if not names and s < end:
            names = _not_blocs(ctx, split_recipients(text, s, end))
    if not names and frame.count is None:
        names = (
            _anaphor_subject(ctx, frame)
            or _copula_subject(ctx, frame)
            or _clause_subject(ctx, frame)
        )
    if names and frame.count is None:
        frame.recipients, frame.subject = names, True


def _not_blocs(ctx: Context, names: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The names after the last bloc mention: "Tại hội nghị của Khối ..., Công ty X nhận"."""
    out: list[tuple[str, Span]] = []
    for name, (a, b) in names:
        # "của Khối, Sở Tư pháp được suy tôn": a bare head refers back to the bloc
        bare = any(h.pattern.fullmatch(name.casefold()) for h in bloc_rules().heads if not h.full)
        if bare or any(m.start < b and a < m.end for m in ctx.tags.blocs):
            out = []
            continue
        out.append((name, (a, b)))
    return out


def _chosen(ctx: Context, frame: Frame, anchor: int) -> list[tuple[str, Span]]:
    """ "suy tôn X (là) đơn vị dẫn đầu", "bình chọn X dẫn đầu khối": X is the recipient."""
    text = ctx.text
    r = award_rules()
    # the award phrase may itself end the chosen unit ("bình chọn X dẫn đầu khối")
    end = max(anchor, frame.hit.end) if frame.hit.rule.vote is not None else anchor
    # within the award's own ";"-clause: "quy trình bình xét cuối năm; X đăng ký Cờ" votes no X
    for m in r.chosen.finditer(text, _stretch_clause(text, frame), anchor):
        tail = r.chosen_end.search(text, m.end(), end)
        if tail is None or ":" in text[m.end() : tail.start()]:
            continue  # "Kết quả bình xét như sau: X được ...": a heading, not the vote's object
        names = split_recipients(text, m.end(), tail.start())
        if names:
            return names
    return []


def _voted_named(ctx: Context, frame: Frame, anchor: int) -> list[tuple[str, Span]]:
    """ "suy tôn đơn vị dẫn đầu Cụm là X, đề nghị ... tặng Cờ": X, the voted unit, receives."""
    text = ctx.text
    r = award_rules()
    for kind in (k for k in r.kinds if k.leading):
        for m in kind.pattern.finditer(text, _stretch_clause(text, frame), anchor):
            named = r.leading_named.match(text, m.end(), anchor)
            if named is None:
                continue
            tail = r.chosen_end.search(text, named.end(), anchor)
            names = split_recipients(text, named.end(), tail.start() if tail else anchor)
            if names:
                return names
    return []


def _chosen_verb_start(ctx: Context, frame: Frame, anchor: int) -> int:
    """Where the vote verb ("suy tôn", "bình chọn") before the award stands."""
    verb = award_rules().chosen.search(ctx.text, _stretch_clause(ctx.text, frame), anchor)
    return verb.start() if verb else frame.left


def _copula_subject(ctx: Context, frame: Frame) -> list[tuple[str, Span]]:
    """The name a clause opens with before "là" ("Trong đó, X là doanh nghiệp ...")."""
    text = ctx.text
    opening = _opening(text, _clause_start(text, frame), frame.hit.start)
    named = _opening_name(text, opening, frame.hit.start)
    if named:
        return named
    # a name with lower-case words ("Công ty CP Cấp thoát nước X là đơn vị dẫn đầu")
    org = _opening_org(ctx, opening, frame.hit.start)
    if org is None or not award_rules().copula.match(text, org[1][1]):
        return []
    return [org]


def _opening_org(ctx: Context, opening: int, end: int) -> tuple[str, Span] | None:
    """The organisation a clause opens with, past a short lead ("Trong đó, ", "Nổi bật là ")."""
    org = next((o for o in ctx.tags.orgs if opening <= o.start < end), None)
    if org is None or org.start - opening > _LEAD_REACH or org.end > end:
        return None
    return org.name, (org.start, org.end)


_LEAD_REACH = 25  # characters of a lead before a clause's subject ("Trong năm 2023 vừa qua, ")


def _anaphor_subject(ctx: Context, frame: Frame) -> list[tuple[str, Span]]:
    """ "đơn vị này" opening the clause: the name the clause or sentence before opened with.

    "Nổi bật là X với 985 điểm; doanh nghiệp này được đề nghị tặng Cờ" gives X.
    """
    text = ctx.text
    clause = _clause_start(text, frame)
    start = _opening(text, clause, frame.hit.start)
    if not award_rules().anaphor.match(text, start, frame.hit.start):
        return []
    first = frame.sentence[0]
    if clause > first:  # the ";"-clause before, within the sentence
        semi = text.rfind(";", first, clause - 1)
        before = semi + 1 if semi >= 0 else first
    else:  # the sentence before
        before = ctx.sentence(max(0, first - 2))[0]
    if before >= start:
        return []
    opening = _opening(text, before, start)
    named = _opening_name(text, opening, start)
    org = _opening_org(ctx, opening, start)
    return named or ([org] if org else [])


def _opening_name(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The name opening text[start:end] before "là" or after "Nổi bật là"."""
    r = award_rules()
    m = r.copula_subject.match(text, start, end) or r.highlight_subject.match(text, start, end)
    return [(m.group("name"), (m.start("name"), m.end("name")))] if m else []


def _clause_subject(ctx: Context, frame: Frame) -> list[tuple[str, Span]]:
    """The organisation a clause opens with when the award goes to it ("X nhận được ...")."""
    text = ctx.text
    r = award_rules()
    start = _stretch_clause(text, frame)
    org = next((o for o in ctx.tags.orgs if start <= o.start < frame.hit.start), None)
    if org is None or org.end >= frame.hit.start or r.status_any.search(text, start, org.start):
        return []
    if not r.subject_head.match(text, org.end):
        return []
    if _classify(ctx, org.start, org.end, fallback=False):
        return []
    return [(org.name, (org.start, org.end))]


def _read_drop(ctx: Context, frame: Frame) -> None:
    """Why a frame states no group: a negation, a routine or plan, members' own awards."""
    text = ctx.text
    r = award_rules()
    clause = _clause_start(text, frame)
    near = max(clause, frame.hit.start - 60)
    for neg in r.negations:
        if neg.pattern.search(text, near, frame.hit.start):
            frame.drop = f"negation:{neg.name}"
            return
    openings = {
        _opening(text, clause, frame.hit.start),
        _opening(text, frame.sentence[0], frame.hit.start),
    }
    for skip in r.skips:
        if skip.unless and skip.unless.search(text, frame.sentence[0], frame.hit.start):
            continue
        if skip.where == "clause_start" and any(
            skip.pattern.match(text, at, frame.hit.start) for at in openings
        ):
            frame.drop = f"skip:{skip.name}"
            return
        if skip.where == "paragraph_start" and skip.pattern.match(
            text, _opening(text, line_span(text, frame.hit.start)[0], frame.hit.start)
        ):
            frame.drop = f"skip:{skip.name}"
            return
        if skip.where == "stretch" and skip.pattern.search(text, frame.left, frame.right):
            frame.drop = f"skip:{skip.name}"
            return
        exempt = skip.not_generic and (frame.hit.rule.generic or frame.hit.rule.verb)
        if (
            skip.where == "before_award"
            and not exempt
            and skip.pattern.search(text, frame.left, frame.hit.start)
        ):
            frame.drop = f"skip:{skip.name}"
            return
    for rule in r.internal:
        # "Cụm thi đua 3 trao Giấy khen ... cho 04 chi hội": the bloc gives, so it is the bloc's
        if rule.pattern.search(text, frame.left, frame.right) and not _bloc_commends(text, frame):
            frame.drop = f"internal:{rule.name}"
            return
    if not _in_bloc_context(ctx, frame.hit.start):
        frame.drop = "context"


def _in_bloc_context(ctx: Context, pos: int) -> bool:
    """An award is the bloc's when the title or lead is about a bloc, or its paragraph names one.

    The lead is the first two paragraphs of more than ten words. A member's page ("Sở Tư pháp
    đón nhận Cờ thi đua của Bộ") whose bloc appears in a later paragraph reports its own award
    elsewhere, not the bloc's.
    """
    text = ctx.text
    spans = [ctx.article.title_span, *_lead_paragraphs(text, ctx.body_start), line_span(text, pos)]
    return any(_names_bloc(ctx, a, b) for a, b in spans)


def _lead_paragraphs(text: str, start: int) -> list[Span]:
    """The first two paragraphs of the body with more than ten words."""
    out: list[Span] = []
    pos = start
    while pos < len(text) and len(out) < 2:
        span = line_span(text, pos)
        if len(text[span[0] : span[1]].split()) > 10:
            out.append(span)
        pos = span[1] + 1
    return out


def _names_bloc(ctx: Context, lo: int, hi: int) -> bool:
    """True when text[lo:hi] names a bloc or speaks of one ("khối", "cụm")."""
    if any(lo <= b.start < hi for b in ctx.tags.blocs):
        return True
    return bool(award_rules().bloc_words.search(ctx.text, lo, hi))


def _opening(text: str, start: int, end: int) -> int:
    """Where the words of a clause begin (past spaces and punctuation)."""
    m = _LEADING_PUNCT.match(text, start, end)
    return m.end() if m else start


def _connector(text: str, a: int, b: int) -> bool:
    """True when text[a:b] only joins two awards ("và", ",", ";")."""
    return bool(award_rules().connector.match(text[a:b]))


def _carry(ctx: Context, frames: list[Frame]) -> None:
    """Fill what a frame lacks from the frame before it in the series (and back, for "X và Y")."""
    text = ctx.text
    for prev, cur in pairwise(frames):
        joined = _connector(text, cur.left, cur.hit.start)
        # "đề nghị A được nhận X; 02 đơn vị được nhận Y": a plain "nhận" keeps the proposal
        # ... but not from a vote for the leading unit, nor over a predicate of its own ("và
        # được UBND tỉnh tặng Cờ")
        own_predicate = award_rules().predicate_break.search(text, prev.hit.end, cur.hit.start)
        carried = prev.status and not prev.hit.rule.leading and not own_predicate
        if carried and (cur.status is None or cur.status == "conferred"):
            cur.status, cur.status_rule = prev.status, prev.status_rule
        if own_predicate and not cur.recipients and cur.count is None:
            # the sentence's subject, else the unit the vote before it chose
            subject = _predicate_subject(ctx, cur, own_predicate.start())
            cur.recipients = subject or (list(prev.recipients) if prev.hit.rule.leading else [])
        # counts in the award's own predicate (after the last "và", ","): "… cho 02 đơn vị và
        # tặng Bằng khen" still carries the issuer over
        pred_start = _own_predicate(text, cur)
        bare = award_rules().bare_proposal.search(text, pred_start, cur.hit.start)
        plain = not find_counts(text, pred_start, cur.hit.start) and not cur.subject
        plain = plain and not _subject_named(ctx, cur)
        if (
            not cur.issuers
            and prev.issuer_before
            and (plain or (bare is not None and prev.status == "proposed"))
            and cur.hit.award != "danh_hieu"
        ):
            cur.issuers, cur.issuer_before = list(prev.issuers), True
        if joined:
            if prev.drop and not cur.drop:
                cur.drop = prev.drop
            if cur.count is None and not cur.recipients and prev.left_count:
                cur.count, cur.left_count = prev.count, True
            if not cur.recipients and cur.count is None and prev.subject:
                cur.recipients, cur.subject = list(prev.recipients), True
    for cur, nxt in reversed(list(pairwise(frames))):
        # "Cờ thi đua và Bằng khen cho các đơn vị", "02 Cờ ... và 05 Bằng khen ... là chỉ tiêu
        # ... đăng ký": what the later award says after it holds for both
        own = _first_status(text, [(nxt.left, nxt.hit.start)])
        if cur.status is None and nxt.status is not None and own is None:
            cur.status, cur.status_rule = nxt.status, nxt.status_rule
        if not _connector(text, nxt.left, nxt.hit.start):
            continue
        if _connector(text, cur.hit.end, cur.right) and cur.count is None and not cur.recipients:
            if nxt.count is not None and not nxt.recipients:
                # "tặng Cờ thi đua và Bằng khen cho ba Hội": a number after two kinds counts
                # them together, so neither kind's own count is told
                nxt.count = None
                continue
            cur.count, cur.recipients = nxt.count, list(nxt.recipients)


def _own_predicate(text: str, frame: Frame) -> int:
    """Where the award's own predicate starts: after the last "và", "," or ";" before it."""
    joins = list(award_rules().predicate_join.finditer(text, frame.left, frame.hit.start))
    return joins[-1].end() if joins else frame.left


def _predicate_subject(ctx: Context, frame: Frame, end: int) -> list[tuple[str, Span]]:
    """The unit a sentence opens with, subject of a second predicate ("X được suy tôn ... và
    được UBND tỉnh tặng Cờ"): the organisation before the first subject verb."""
    r = award_rules()
    for org in ctx.tags.orgs:
        if frame.sentence[0] <= org.start < end and r.subject_head.match(ctx.text, org.end):
            return [(org.name, (org.start, org.end))]
    return []


def _subject_named(ctx: Context, frame: Frame) -> bool:
    """True when the frame's stretch names its own subject before a verb ("Sở A đăng ký")."""
    r = award_rules()
    m = r.subject_tail.search(ctx.text, frame.left, frame.hit.start)
    return bool(m and split_recipients(ctx.text, frame.left, m.start()))


def _valid_hit(text: str, hit: KindHit, frame: Frame) -> bool:
    """Kinds that state a group only in some settings (bare "cờ", "khen thưởng X", ...)."""
    r = award_rules()
    rule = hit.rule
    if r.besides_told.search(text, max(frame.sentence[0], hit.start - 40), hit.start):
        return False
    if rule.bare:
        before = text[max(frame.left, hit.start - 20) : hit.start]
        tail = list(r.bare_tail.finditer(before))
        tied = bool(tail) and not before[tail[-1].end() :].strip(' "“')
        return tied or bool(frame.issuers)
    if rule.vote is not None:
        return bool(rule.vote.search(text, max(frame.left, hit.start - 100), hit.start))
    if rule.needs_trigger:
        return bool(r.status_any.search(text, max(frame.left, hit.start - 60), hit.start))
    if rule.verb:
        if r.verb_heading.match(text, hit.end):
            return False  # "đề nghị khen thưởng năm 2016 của khối như sau:": the parts follow
        parts = r.parts_heading.match(text, hit.end)
        if parts and any(k.pattern.match(text, parts.end()) for k in r.kinds if not k.verb):
            return False  # "khen thưởng cho 4 hội, cụ thể như sau: - Cờ thi đua ...": its parts
        by_bloc = _bloc_commends(text, frame)
        gap = r.verb_to_kind.match(text, hit.end)
        if gap and any(k.pattern.match(text, gap.end()) for k in r.kinds if not k.verb):
            # "khen thưởng Cờ thi đua", "khen thưởng bằng hình thức Bằng khen": the verb of the
            # award that follows
            return False
        named = frame.count is not None or bool(frame.recipients)
        # "đề nghị Hội CCB huyện khen thưởng X", or the bloc itself commends ("Cụm khen thưởng")
        return named and ((frame.status == "proposed" and bool(frame.issuers)) or by_bloc)
    return True


_SUBJECT_REACH = 40  # characters: room for "Trong năm 2023 vừa qua," before the subject


def _bloc_commends(text: str, frame: Frame) -> bool:
    """The bloc commends: in the award's own stretch, or as the subject opening a series.

    "Trong năm, Cụm đã khen thưởng A cho 12 cá nhân, tặng B cho 90 cá nhân, khen thưởng C
    cho 30 tập thể": the subject of the sentence carries over its series of predicates.
    """
    r = award_rules()
    if r.bloc_commends.search(text, frame.left, frame.hit.start) is not None:
        return True
    subject = r.bloc_subject.search(text, frame.sentence[0], frame.hit.start)
    # only a subject near the sentence's start (after a time phrase), not a bloc named later
    return subject is not None and subject.start() - frame.sentence[0] <= _SUBJECT_REACH


def _others_after(text: str, hit: KindHit, later: KindHit) -> bool:
    """The later award goes "cho" a count or a unit not named in the vote before it."""
    m = award_rules().given_to.match(text, later.end)
    if m is None:
        return False
    if award_rules().count.match(text, m.start("obj")):
        return True  # "... tặng Giấy khen cho 02 xã A và B"
    caps = _CAP_RUN.findall(m.group("obj"))
    # "suy tôn huyện A dẫn đầu ... tặng Cờ thi đua cho huyện A": the voted unit, one route
    return bool(caps) and caps[-1] not in text[max(0, hit.start - 300) : hit.start]


_CAP_RUN = re.compile(rf"[{UPPER}]{WORD}*(?:\s+[{UPPER}]{WORD}*)*")


def _leading_ok(text: str, hits: list[KindHit], i: int) -> bool:
    """A "đơn vị dẫn đầu" vote gives way to a later award in its clause (the flag it leads to)."""
    hit = hits[i]
    if not hit.rule.leading:
        return True
    for later in hits[i + 1 :]:
        if ";" in text[hit.end : later.start] or later.rule.leading:
            continue
        # "suy tôn X là đơn vị dẫn đầu và được UBND tỉnh tặng Cờ": two groups, not a route;
        # so with a later award given to others ("..., đồng thời trình ... tặng Bằng khen cho Y")
        own = _others_after(text, hit, later)
        return bool(award_rules().predicate_break.search(text, hit.end, later.start) or own)
    return True


def _build(ctx: Context, hits: list[KindHit], sentence: Span) -> list[Frame]:
    """Read every frame of one sentence, then carry values along the series."""
    text = ctx.text
    frames = _frames_of_sentence(ctx, hits, sentence)
    for frame in frames:
        _read_status(text, frame)
        anchor = _read_issuers(ctx, frame)
        _read_right(ctx, frame)
        _read_left(ctx, frame, anchor)
        _read_drop(ctx, frame)
    _carry(ctx, frames)
    return frames


def _sentence_frames(ctx: Context, hits: list[KindHit], sentence: Span) -> list[Frame]:
    """Frames of one sentence; phrases that state nothing here are removed and the rest re-read."""
    text = ctx.text
    hits = [h for i, h in enumerate(hits) if _leading_ok(text, hits, i)]
    frames = _build(ctx, hits, sentence)
    keep = [f.hit for f in frames if _valid_hit(text, f.hit, f)]
    if len(keep) != len(hits):
        frames = [f for f in _build(ctx, keep, sentence) if _valid_hit(text, f.hit, f)]
    _registration_carries(text, frames)
    return frames


def _registration_carries(text: str, frames: list[Frame]) -> None:
    """A proposal clause with no subject of its own after a registration is registered too."""
    for prev, cur in pairwise(frames):
        if (
            prev.status == "registered"
            and cur.status == "proposed"
            and award_rules().series_verb.match(text, cur.left) is not None
        ):
            cur.status, cur.status_rule = "registered", f"{prev.status_rule}+series"


def _breakdowns(text: str, frames: list[Frame]) -> None:
    """A total broken down into parts ("3 Cờ gồm: 01 Cờ của ..., 02 Cờ của ...") is dropped.

    So is a general heading whose groups follow its colon ("đăng ký danh hiệu thi đua và hình
    thức khen thưởng năm 2023: A đăng ký Cờ …; B đăng ký Bằng khen …").
    """
    for cur, nxt in pairwise(frames):
        gap = text[cur.hit.end : nxt.hit.start]
        # "đề nghị khen thưởng tổng số 29 tập thể, cá nhân, trong đó: ... Cờ ...": a bare
        # commendation whose kinds follow a breakdown marker is their total
        bare_total = cur.hit.rule.verb and award_rules().breakdown.search(gap) is not None
        if _parts_follow(gap) is not None or (cur.hit.rule.generic and ":" in gap) or bare_total:
            cur.drop = cur.drop or "breakdown"


def _parts_after_their_intro(ctx: Context, frames: list[Frame]) -> None:
    """Parts after a breakdown marker take what their intro says.

    A proposing or registering intro gives its status ("Cụm nhất trí trình khen thưởng cho
    ba đơn vị, cụ thể: Cờ thi đua của UBND tỉnh cho A; Bằng khen cho B"), unless the part's
    own words before its award say otherwise; a total commended by a body gives that body as
    issuer ("Ba đơn vị được UBND tỉnh khen thưởng, trong đó một đơn vị nhận Cờ thi đua").
    """
    r, text = award_rules(), ctx.text
    for frame in frames:
        lo = frame.sentence[0]
        marks = list(r.breakdown.finditer(text, lo, frame.hit.start))
        if not marks:
            continue
        colons = [m for m in marks if ":" in m.group(0)]
        if colons and _first_status(text, [(colons[-1].end(), frame.hit.start)]) is None:
            intro = _first_status(text, [(lo, colons[-1].start())])
            if intro is not None and intro[0] in ("proposed", "registered"):
                frame.status, frame.status_rule = intro[0], f"{intro[1]}+intro"
        if frame.issuers or frame.drop:
            continue
        total = r.commended_total.search(text[lo : marks[0].start()])
        if total is not None:
            frame.issuers = _issuers_before(ctx, lo + total.start("body"), lo + total.end("body"))


def _issuer_of_the_total(frames: list[Frame]) -> None:
    """Parts after a total take its issuer when they name none ("5 tập thể để trình Công đoàn
    ngành khen thưởng, trong đó: Cờ cho A, B; ba đơn vị được đề nghị tặng Bằng khen")."""
    issuers: list[tuple[str, str]] = []
    for frame in frames:
        if frame.drop == "breakdown" and frame.issuers:
            issuers = list(frame.issuers)
        elif issuers and not frame.issuers and not frame.drop:
            frame.issuers = list(issuers)


def _cross_sentence(ctx: Context, prev: list[Frame], cur: list[Frame]) -> None:
    """A sentence that opens with an award and has no status continues the list before it.

    "Đề nghị khen thưởng như sau:" then "- Cờ thi đua của UBND tỉnh: Sở A." lines, or a
    "Trong đó, ..." sentence after the total, take the status said before them.
    """
    text = ctx.text
    if not cur or cur[0].status is not None:
        return
    raw = text[cur[0].left : cur[0].hit.start]
    mark = _LIST_MARK.match(raw)
    opening = raw[mark.end() if mark else 0 :].strip(" ,:;-–•+*\n\t")
    marker = award_rules().breakdown.match(opening)
    # "- Danh hiệu Tập thể lao động xuất sắc: 05 đơn vị": a list line may name its heading
    bullet = mark is not None and not _first_status(text, [(cur[0].left, cur[0].hit.start)])
    if opening and not bullet and not (marker and not opening[marker.end() :].strip(" ,:")):
        return
    found = _intro_status(ctx, cur[0].sentence[0])
    near = bool(prev) and cur[0].sentence[0] - prev[-1].sentence[1] < 300
    if found is None and near and prev[-1].status is not None:
        found = (prev[-1].status, prev[-1].status_rule)
    if found is None:
        return
    for frame in cur:
        if frame.status is None:
            frame.status, frame.status_rule = found


def _intro_status(ctx: Context, start: int) -> tuple[str, str] | None:
    """The status of the sentence before start when it introduces a list (ends with ":")."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if _LIST_MARK.fullmatch(text, line, start):  # "1. Cờ thi đua ...": past the list mark
        start = line
    before = text[:start].rstrip()
    if not before.endswith(":"):
        return None
    lo = ctx.sentence(len(before) - 1)[0]
    return _first_status(text, [(lo, len(before))])


def _year(text: str, frame: Frame, default: int | None) -> int | None:
    """A year written with the award ("Cờ thi đua năm 2020"), else the reviewed year."""
    m = award_rules().award_year.search(text, frame.hit.start, min(frame.right, frame.hit.end + 40))
    return int(m.group(1)) if m else default


def _told_of_the_past(
    text: str, frame: Frame, reviewed: int | None, covenant: bool = False
) -> bool:
    """The award's clause opens on a year before the reviewed one: background, not this meeting.

    A covenant meeting for a year proposes the awards of the year just ended ("đơn vị dẫn đầu
    năm 2012 ... vừa được đề nghị tặng Cờ" at the 2013 covenant), so that year is not the past
    unless the clause tells it as done ("Năm 2022, Khối đã có 1 đơn vị được tặng Cờ").
    """
    r = award_rules()
    start = _clause_start(text, frame)
    years = list(r.past_year.finditer(text, start, frame.hit.start))
    if reviewed is None or not years:
        return False
    just_ended = covenant and not r.told_as_done.search(text, start, frame.hit.start)
    if int(years[-1].group(1)) >= reviewed - (1 if just_ended else 0):
        return False
    past = years[-1].start()
    # "Tại hội nghị tổng kết năm 2015, ...": a meeting named by its past year is not this one
    return not any(
        not (m.end() <= past and "," not in text[m.end() : past] and past - m.end() < 40)
        for m in r.this_meeting.finditer(text, start, frame.hit.end)
    )


def _another_days_ceremony(ctx: Context, frame: Frame, event: Event) -> bool:
    """A conferral told under another day than the meeting's is another event: its sentence
    opens on that day ("Ngày 22/11/2018, Thanh tra tỉnh vinh dự đón nhận Bằng khen ..." after
    a meeting of 16/11), unless it says it is given at this meeting, or its paragraph does
    ("Sáng 25/2, Báo X tổ chức hội nghị cán bộ ... Tại hội nghị, Ban Biên tập tặng Giấy
    khen ..."); a stretch that names a bloc or speaks of one is the bloc's."""
    if frame.status != "conferred" or not event.date:
        return False
    meeting = date.fromisoformat(event.date)
    lo, hi = frame.sentence
    if _opened_by_another_day(ctx, lo, frame.hit.start, meeting):
        return not _names_bloc(ctx, lo, hi) and not award_rules().this_meeting.search(
            ctx.text, lo, frame.hit.end
        )
    para = line_span(ctx.text, frame.hit.start)[0]
    first = ctx.sentence(para)
    return (
        first[0] < lo
        and _opened_by_another_day(ctx, first[0], first[1], meeting)
        and not _names_bloc(ctx, first[0], hi)
    )


def _opened_by_another_day(ctx: Context, lo: int, hi: int, meeting: date) -> bool:
    """True when text[lo:hi] opens on a day, or a month, other than the meeting's."""
    opener = award_rules().day_opener
    for d in ctx.tags.dates:
        if not lo <= d.start < hi or d.month is None or d.kind not in {"date", "month"}:
            continue
        if not opener.fullmatch(ctx.text, lo, d.start):
            continue
        if d.kind == "date" and d.day is not None:
            return (d.month, d.day) != (meeting.month, meeting.day)
        return d.month != meeting.month or d.year not in {None, meeting.year}
    return False


def _an_old_honour(text: str, frame: Frame, current: int | None, review: bool = False) -> bool:
    """The award is written with a year well before the meeting's: a unit's past honour.

    At a year's review any earlier year is past: that review confers the year it reviews
    ("hai đơn vị đã nhận Cờ thi đua năm 2013" at the review of 2014).
    """
    r = award_rules()
    written = _year(text, frame, None)
    gap = 1 if review else r.old_award_years
    if written is None or current is None or current - written < gap:
        return False
    clause = _clause_start(text, frame)
    return bool(r.told_as_done.search(text, clause, frame.hit.start)) and not (
        r.this_meeting.search(text, clause, frame.hit.end)
    )


def _current_year(event: Event, reviewed: int | None) -> int | None:
    """The year the meeting is about: the reviewed one, else the year of a meeting that reviews
    nothing (a sports day, a conference)."""
    if reviewed is not None or event.type != "other" or not event.date:
        return reviewed
    return int(event.date[:4])


def _default_year(event: Event) -> int | None:
    """The year the awards are for: the reviewed year."""
    period = event.period or ""
    if _PERIOD.fullmatch(period):
        return int(period[:4])
    return None


def _to_awards(text: str, frame: Frame, year: int | None) -> list[Award]:
    """One Award per issuer of a frame."""
    assert frame.status is not None
    names = [n for n, _ in frame.recipients]
    spans = [s for _, s in frame.recipients]
    count = frame.count
    if count is None and names and not frame.cut:
        count = len(names)
    issuers: list[tuple[str | None, str]] = list(frame.issuers) or [(None, "none")]
    return [
        Award(
            frame.hit.award,
            issuer,
            count,
            frame.status,
            year,
            names,
            (frame.hit.start, frame.hit.end),
            spans,
            rule=f"kind:{frame.hit.rule.name};issuer:{rule};status:{frame.status_rule}",
        )
        for issuer, rule in issuers
    ]


def _vague(a: Award) -> bool:
    """A group with nothing but its kind and status."""
    return a.count is None and not a.recipients and a.issuer is None


def _same_group(a: Award, b: Award) -> bool:
    """Two statements of one group: equal tuples, or one leaves the issuer unsaid.

    "Trao Cờ thi đua cho X" in a headline and "Cờ thi đua của UBND tỉnh được trao cho X" in
    the body are one group.
    """
    if (a.award, a.count, a.status) != (b.award, b.count, b.status):
        return False
    return a.issuer == b.issuer or (a.count is not None and None in {a.issuer, b.issuer})


def _an_awards_route(vote: Award, awards: list[Award]) -> bool:
    """The voted unit is proposed for a flag (or a Bằng khen) elsewhere: the vote is that
    award's route, as in one clause (`_leading_ok`)."""
    mine = [_name_words(n) for n in vote.recipients]
    return any(
        b.award != "danh_hieu"
        and b.status == "proposed"
        and any(
            _within(x, y) or _within(y, x) for x in mine for y in map(_name_words, b.recipients)
        )
        for b in awards
    )


def _same_names(a: list[str], b: list[str]) -> bool:
    """Recipients of one group told twice: one side unnamed, or the same names.

    One may carry an apposition: "X" and "X, đơn vị dẫn đầu Khối".
    """
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    # "Nghệ An" in a headline, "Hội Luật gia hai tỉnh Nghệ An" in the body; "Hội VHNT" and
    # "Hội Văn học Nghệ thuật" are one name
    # "Hội VHNT Hòa An" and "Hội Văn học Nghệ thuật tỉnh Hòa An" are one name
    return all(
        _within(x, y) or _within(y, x)
        for x, y in zip(map(_name_words, a), map(_name_words, b), strict=True)
    )


def _name_words(name: str) -> list[str]:
    """A recipient's words with abbreviations spelled out, folded, without punctuation."""
    return re.findall(r"\w+", fold(expand_abbreviations(name)))


def _within(short: list[str], long: list[str]) -> bool:
    """True when the words of `short` stand in `long` in the same order."""
    rest = iter(long)
    return bool(short) and all(word in rest for word in short)


def _settle(
    awards: list[Award], generic: set[Span], where: dict[Span, Span], leading: set[Span]
) -> list[Award]:
    """One group per statement: general mentions give way to details, repeats count once.

    `where` maps an award phrase to its sentence: equal groups in one sentence are distinct
    ("Cờ thi đua của Bộ cho A; Cờ thi đua của Bộ cho B"), in two sentences a repeat.
    `leading` holds the phrases of votes for the leading unit.
    """
    out: list[Award] = []
    specific_status = {a.status for a in awards if a.span not in generic}
    for i, a in enumerate(awards):
        if a.span in generic and _vague(a) and a.status in specific_status:
            continue  # "bình xét các danh hiệu thi đua" followed by the groups themselves
        if a.span in leading and _an_awards_route(a, awards):
            continue  # a headline or caption's vote for the unit an award is proposed for
        same = [
            b
            for j, b in enumerate(awards)
            if j != i and b.award == a.award and b.status == a.status
        ]
        if (
            a.count is None
            and not a.recipients
            and any(
                (b.count is not None or b.recipients) and (a.issuer in {None, b.issuer})
                for b in same
            )
        ):
            continue  # a caption or headline that the body states in full
        told = next(
            (
                k
                for k, b in enumerate(out)
                if _same_group(a, b)
                and where[b.span] != where[a.span]
                and _same_names(a.recipients, b.recipients)
            ),
            None,
        )
        if told is not None:
            if out[told].issuer is None and a.issuer is not None:
                # the group told again with its issuer ("đề nghị tặng Cờ thi đua cho hai đơn vị"
                # ... "đề nghị Bộ trưởng Bộ X tặng Cờ thi đua cho A và B"): the issuer is read
                out[told] = replace(out[told], issuer=a.issuer, rule=f"{out[told].rule};{a.rule}")
            continue
        out.append(a)
    return out


def _table_status(ctx: Context, table: Table) -> tuple[str, str] | None:
    """An award table's status: the line introducing it ("đề nghị khen thưởng như sau:" over
    "STT | Đơn vị | Hình thức khen thưởng"), else its header."""
    text = ctx.text
    # the last clause of the line that introduces it ("Hội nghị bình chọn A dẫn đầu. Cùng dịp
    # này, UBND tỉnh đã tặng thưởng các trường như sau:"), else the line or the header
    lo, hi = line_before(text, table)
    cut = max(text.rfind(". ", lo, hi), text.rfind(";", lo, hi))
    return _first_status(text, [(cut + 1 if cut >= 0 else lo, hi)]) or _first_status(
        text, [(lo, hi), table.header]
    )


_TRAILING_NUMBER = rx.compile(r"\s(\d{1,4})\s*$")


def _cell_issuer(ctx: Context, hit: KindHit, cell: Span) -> tuple[str, str] | None:
    """The issuer a table cell names with its award ("Cờ thi đua của UBND tỉnh"), if any."""
    frame = Frame(hit, cell[0], cell[1], cell)
    _read_issuers(ctx, frame)
    return frame.issuers[0] if frame.issuers else None


def _table_award(
    hit: KindHit,
    issuer: tuple[str | None, str],
    status: tuple[str, str],
    year: int | None,
    count: int,
) -> Award:
    """An award group read from a table, its rules named with the table's."""
    rule = f"kind:{hit.rule.name};issuer:{issuer[1]};status:{status[1]};table"
    return Award(hit.award, issuer[0], count, status[0], year, [], (hit.start, hit.end), rule=rule)


def _add_recipient(group: Award, item: Item) -> None:
    """One more unit a table gives the group's award: named and counted."""
    group.recipients.append(item.name)
    group.recipient_spans.append(item.span)
    group.count = len(group.recipients)


def _table_totals(ctx: Context, table: Table, year: int | None) -> list[Award]:
    """The groups of a table by award ("1 | Cờ thi đua | Chính phủ | 02": a row, a group; "1 |
    Bằng khen | Hội Nhà báo Việt Nam | Hội Nhà báo tỉnh A": rows of one award, one group)."""
    text = ctx.text
    status = _table_status(ctx, table)
    if status is None:
        return []
    out: list[Award] = []
    groups: dict[tuple[str, str | None], Award] = {}
    for row in table.rows:
        hits = find_kinds(text, *row.unit)
        if not hits:
            continue
        if row.rest and row.note is not None:  # "Cờ thi đua | Chính phủ | 02"
            issuer_at, last_at = row.note, row.rest[0]
        else:  # "Cờ thi đua Chính phủ 02": the issuer between the award and the number
            tail = _TRAILING_NUMBER.search(text, hits[0].end, row.unit[1])
            if tail is None:
                continue
            issuer_at, last_at = (hits[0].end, tail.start()), tail.span(1)
        # the issuer inside the award's cell ("Cờ thi đua của UBND tỉnh"), else in its own
        found = _cell_issuer(ctx, hits[0], row.unit)
        if found is None and table.issuers:
            found = _classify(ctx, *issuer_at, fallback=True)
        issuer = found or (None, "none")
        number = re.fullmatch(r"0*(\d{1,4})", text[slice(*last_at)].strip())
        if number is not None:  # a row is a group with its number
            out.append(_table_award(hits[0], issuer, status, year, int(number.group(1))))
            continue
        unit = make_item(text, *last_at)  # "| Hội Nhà báo tỉnh A"
        if unit is None:
            continue
        key = (hits[0].award, issuer[0])  # rows naming their unit make one group per award
        if key not in groups:
            groups[key] = _table_award(hits[0], issuer, status, year, 0)
            out.append(groups[key])
        _add_recipient(groups[key], unit)
    return out


def _table_awards(ctx: Context, table: Table, year: int | None) -> list[Award]:
    """One group per award an award table gives, its units the recipients ("1 | Sở Y tế | Cờ
    thi đua của UBND tỉnh", "2 | Sở Tư pháp | Bằng khen của Chủ tịch UBND tỉnh")."""
    text = ctx.text
    status = _table_status(ctx, table)
    if status is None:
        return []
    groups: dict[tuple[str, str | None], Award] = {}
    for row in table.rows:
        if row.note is None:
            continue
        hits = find_kinds(text, *row.note)
        item = make_item(text, *row.unit)
        if not hits or item is None:
            continue
        issuer = _cell_issuer(ctx, hits[0], row.note) or (None, "none")
        key = (hits[0].award, issuer[0])
        if key not in groups:
            groups[key] = _table_award(hits[0], issuer, status, year, 0)
        _add_recipient(groups[key], item)
    return list(groups.values())


def read_awards(ctx: Context, event: Event) -> list[Award]:
    """Award groups in the article (title and body), one per stated group."""
    text = ctx.text
    tables = [t for t in find_tables(text, ctx.body_start) if t.awards]
    # an award table's cells are read as a table, not as sentences
    hits = [h for h in find_kinds(text) if not in_table(tables, h.start)]
    by_sentence: dict[Span, list[KindHit]] = {}
    for hit in hits:
        for part in sub_sentences(text, ctx.sentence(hit.start)):
            if part[0] <= hit.start < part[1]:
                by_sentence.setdefault(part, []).append(hit)
    default = _default_year(event)
    frames: list[Frame] = []
    prev: list[Frame] = []
    for sentence in sorted(by_sentence):
        cur = _sentence_frames(ctx, by_sentence[sentence], sentence)
        _breakdowns(text, cur)
        _issuer_of_the_total(cur)
        _parts_after_their_intro(ctx, cur)
        _cross_sentence(ctx, prev, cur)
        frames.extend(cur)
        prev = cur
    _breakdowns_across(text, frames)
    _totals_over_tables(text, frames, tables)
    _restated_totals(frames)
    awards: list[Award] = []
    generic: set[Span] = set()
    leading: set[Span] = set()
    where = {(f.hit.start, f.hit.end): f.sentence for f in frames}
    for frame in frames:
        if frame.status is None or frame.drop:
            continue
        current = _current_year(event, default)
        if _told_of_the_past(text, frame, current, event.type == "covenant_signing"):
            frame.drop = "past_year"
            continue
        if _another_days_ceremony(ctx, frame, event):
            frame.drop = "another_day"
            continue
        if _an_old_honour(text, frame, current, event.type == "year_end_review"):
            frame.drop = "old_award"
            continue
        if frame.hit.rule.generic:
            generic.add((frame.hit.start, frame.hit.end))
        if frame.hit.rule.leading:
            leading.add((frame.hit.start, frame.hit.end))
        awards.extend(_to_awards(text, frame, _year(text, frame, default)))
    for table in tables:
        read = _table_totals if table.totals else _table_awards
        for award in read(ctx, table, default):
            where[award.span] = (table.header[0], table.end)  # one table, one statement
            awards.append(award)
    body = sorted((a for a in awards if a.span[0] >= ctx.body_start), key=lambda a: a.span[0])
    title = [a for a in awards if a.span[0] < ctx.body_start]
    settled = _settle(body + title, generic, where, leading)
    # a headline sums up what the body tells: its kind of award with its status there is the
    # body's group, told in full ("Tám cơ quan ... đăng ký Cờ thi đua" over "A và B đăng ký Cờ")
    # when the issuers agree or one is unsaid ("đề nghị Chính phủ tặng cờ" in a headline is
    # not the body's "đề nghị UBND tỉnh tặng Cờ")
    told = {(a.award, a.status, a.issuer) for a in settled if a.span[0] >= ctx.body_start}
    # ... as does its bare commendation ("đề nghị khen thưởng 5 tập thể") over any of the same
    # status
    told |= {("other", status, None) for _, status, _ in told}
    return [a for a in settled if a.span[0] >= ctx.body_start or not _told_in(told, a)]


def _told_in(told: set[tuple[str, str, str | None]], a: Award) -> bool:
    """True when a (kind, status, issuer) of `told` is the award's, issuers agreeing or unsaid."""
    return any(
        (kind, status) == (a.award, a.status) and (issuer == a.issuer or None in {issuer, a.issuer})
        for kind, status, issuer in told
    )


def _restated_totals(frames: list[Frame]) -> None:
    """A total told again elsewhere (a headline "Đề nghị 3 Cờ thi đua" over the body's "đề
    nghị 03 Cờ thi đua, gồm: ...") is listed by its parts too, not once more as a total."""
    totals = {
        (f.hit.rule.award, f.count, f.status)
        for f in frames
        if f.drop == "breakdown" and f.count is not None
    }
    # a bare commendation broken down with its number unread ("đề nghị khen thưởng tổng số 29
    # tập thể, cá nhân, trong đó: ...") is the total a headline restates with its number
    bare = {
        (f.hit.rule.award, f.status) for f in frames if f.drop == "breakdown" and f.hit.rule.verb
    }
    for f in frames:
        if (
            not f.drop
            and not f.recipients
            and not f.issuers
            and (
                (f.hit.rule.award, f.count, f.status) in totals
                or (f.hit.rule.verb and (f.hit.rule.award, f.status) in bare)
            )
        ):
            f.drop = "restated_total"


def _totals_over_tables(text: str, frames: list[Frame], tables: list[Table]) -> None:
    """A commending verb whose sentence heads an award table ("đề nghị khen thưởng cho 4 hội,
    cụ thể như sau:" then "STT | Đơn vị | Hình thức khen thưởng") is told by the table's rows."""
    for frame in frames:
        if frame.drop or not frame.hit.rule.verb:
            continue
        end = frame.sentence[1]
        if any(not text[end : t.header[0]].strip(" \t\n:") for t in tables):
            frame.drop = "breakdown"


def _breakdowns_across(text: str, frames: list[Frame]) -> None:
    """A total whose parts open the next sentence ("... 5 đơn vị. Trong đó, Cờ thi đua ...")."""
    r = award_rules()
    for cur, nxt in pairwise(frames):
        if cur.sentence == nxt.sentence or cur.drop:
            continue
        opening = text[nxt.sentence[0] : nxt.hit.start]
        if r.breakdown.match(opening.lstrip()) and len(opening.split()) <= 4:
            cur.drop = "breakdown"
