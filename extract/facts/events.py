"""The bloc's meeting: type, reviewed period and date, chosen among candidates.

Every sentence with an event trigger (rules/events.yaml) gives a candidate; features of its
place and wording score it, and the best type wins, with ANNOTATION.md's consistency checks
(a review that also signs the covenant is the review; a meeting does not precede its period).
The date is chosen the same way among the text's dates (rules/dates.yaml says which dates are
never a meeting day).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.context import Context, line_span
from extract.facts.meta import read_published
from extract.html.dates import date_in_line, date_rules
from extract.model import Event
from extract.nlp.dates import DateMention, not_meeting_reason

Span = tuple[int, int]
_RULE_FILE = "events.yaml"
REVIEWS = frozenset({"year_end_review", "mid_year_review"})
MEETINGS = REVIEWS | {"covenant_signing"}  # a bloc's own meeting, reviewing or signing
OPENING = frozenset({"title", "first"})
NEGATIVE = frozenset({"background", "planned", "document", "anniversary"})
# A bare year, not part of a date, a document number ("9001-2015") or a range ("2023 – 2024").
YEAR = rx.compile(
    r"(?<![\w/.,–-])(?<![–-]\s)((?:19|20)\d{2})(?![\w/]|[.,–-]\d|\s*[–-]\s*(?:19|20)\d{2})"
)
# A page can go up a few days before its clock says so (time zones, scheduled posts).
_PAGE_SLACK = timedelta(days=7)
_PAGE_NEAR_DAYS = 31  # a report goes up within weeks of the meeting
_SHORT_LINE_WORDS = 14
_LINE_START_CHARS = 12
SCHOOL_YEAR_START = 8  # a school year runs from August or September to the next summer
_SLUG_MIN_HYPHENS = 3  # a slug has words; "tin-tuc" is a section
_LABEL_CHARS = 40  # a page-date label ("Cập nhật lúc 14:2, ngày") stands right before its date


# --- the rule file, compiled once --------------------------------------------------------


@dataclass(frozen=True)
class TriggerRule:
    """A named trigger: a regex for one event type and how its period is read."""

    name: str
    type: str
    period: str  # H1 | 9M | part (H1 or 9M from the wording near) | year | covenant | none
    regex: re.Pattern[str]
    weight: float
    year_offset: int = 0
    # a review's wording that reviews nothing at a covenant signing: the leader's role handed
    # on, a briefing ("giao ban ... và ký kết giao ước thi đua năm học 2019-2020")
    not_at_signing: bool = False


@dataclass(frozen=True)
class Cue:
    """A named wording around a trigger: report, background, planned, document, anniversary,
    general, purpose."""

    name: str
    kind: str
    where: str  # before | after | sentence
    window: int
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Weights:
    """Feature weights of a candidate's score."""

    title: float
    first: float
    lead: float
    report: float
    dated: float
    bloc: float
    background: float
    planned: float
    document: float
    anniversary: float
    general: float
    purpose: float
    url_vote: float
    url_agree: float
    min_score: float
    combine_min: float
    explicit: float


@dataclass(frozen=True)
class DateWeights:
    """Feature weights of a meeting-date candidate's score."""

    event_sentence: float
    report: float
    trigger: float
    negated: float
    prefixed: float
    opening: float
    opening_chars: float  # "near the sentence's start": within this many characters
    lead: float
    min_score: float
    issued: float  # the date's sentence issues a document (`issued`)


@dataclass(frozen=True)
class EventRules:
    """Compiled `rules/events.yaml`."""

    triggers: tuple[TriggerRule, ...]
    url_triggers: tuple[TriggerRule, ...]
    cues: tuple[Cue, ...]
    school_year: re.Pattern[str]
    stage: re.Pattern[str]
    half: re.Pattern[str]
    nine_months: re.Pattern[str]
    quarter: re.Pattern[str]
    url_year: re.Pattern[str]
    weights: Weights
    date_weights: DateWeights
    issued: re.Pattern[str]  # a sentence that issues a document, not a meeting
    term_year: re.Pattern[str]  # "cụm trưởng năm" before a year: a term's year, no meeting's
    plan_year: re.Pattern[str]  # "phương hướng nhiệm vụ năm" before a year: the next year's plan


_ESCAPE = rx.compile(r"\\.")


def _compile(regex: str, what: str) -> re.Pattern[str]:
    """Compile a lower-case, multi-line regex or raise RuleError naming the file.

    The patterns run on the case-folded text (same offsets), so they match regardless of
    case at the speed of case-sensitive matching.
    """
    if any(ch.isupper() for ch in _ESCAPE.sub("", regex)):
        raise RuleError(
            f"rules/{_RULE_FILE}: {what} has upper-case letters; write it in lower case "
            "(it matches the case-folded text, so it matches any case)."
        )
    try:
        return rx.compile_scan(regex, re.M)
    except re.error as exc:
        raise RuleError(
            f"rules/{_RULE_FILE}: {what} is not a valid regex ({exc}). Fix it."
        ) from exc


def _trigger(e: dict[str, Any], what: str) -> TriggerRule:
    """One trigger entry."""
    return TriggerRule(
        e["name"],
        e["type"],
        e["period"],
        _compile(e["regex"], f"{what} {e['name']!r}"),
        float(e.get("weight", 0)),
        int(e.get("year_offset", 0)),
        bool(e.get("not_at_signing", False)),
    )


@lru_cache(maxsize=1)
def event_rules() -> EventRules:
    """Load and compile `rules/events.yaml` (once)."""
    e = rules.load(_RULE_FILE).entries
    cues = tuple(
        Cue(
            c["name"],
            c["kind"],
            c["where"],
            int(c.get("window", 80)),
            _compile(c["regex"], f"cue {c['name']!r}"),
        )
        for c in e["cues"]
    )
    p = e["periods"]
    return EventRules(
        triggers=tuple(_trigger(t, "trigger") for t in e["triggers"]),
        url_triggers=tuple(_trigger(t, "url trigger") for t in e["url_triggers"]),
        cues=cues,
        school_year=_compile(p["school_year"], "periods.school_year"),
        stage=_compile(p["stage"], "periods.stage"),
        half=_compile(p["half"], "periods.half"),
        nine_months=_compile(p["nine_months"], "periods.nine_months"),
        quarter=_compile(p["quarter"], "periods.quarter"),
        url_year=_compile(p["url_year"], "periods.url_year"),
        weights=Weights(**{k: float(v) for k, v in e["weights"].items()}),
        date_weights=DateWeights(**{k: float(v) for k, v in e["date_weights"].items()}),
        issued=_compile(e["issued"], "issued"),
        term_year=_compile(e["term_year"], "term_year"),
        plan_year=_compile(e["plan_year"], "plan_year"),
    )


# --- where things stand in the article ---------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """The article's sentences, title, first body sentence and the dates that can be meetings."""

    folded: str  # the text in lower case, same offsets: every trigger and cue runs on it
    starts: tuple[int, ...]
    sentences: tuple[Span, ...]
    title: Span | None
    first: Span | None
    lead_end: int
    meeting_dates: tuple[DateMention, ...]  # day dates not ruled out, not on a page-date line
    date_spans: tuple[Span, ...]  # every day or month date (years inside them are not periods)


def _page_date_line(ctx: Context, d: DateMention) -> bool:
    """A date on a page-date line: site clock, "Cập nhật ...", the date under the headline."""
    page_span = ctx.article.published_span
    if page_span and page_span[0] < d.end and d.start < page_span[1]:
        return True
    start, end = line_span(ctx.text, d.start)
    line = ctx.text[start:end]
    head = line.lstrip().casefold()
    r = date_rules()
    short = len(line.split()) <= _SHORT_LINE_WORDS
    # A label introduces the line's first date only ("date 2025-11-26 Chiều 26-11, ...").
    near_start = d.start - start <= _LABEL_CHARS and not any(
        start <= o.start < d.start for o in ctx.tags.dates if o.kind != "year"
    )
    if near_start and any(head.startswith(label) for label in r.labels):
        return True
    if near_start and short and any(head.startswith(day) for day in r.weekdays if len(day) > 2):
        return True
    # A long line with a page date has a label (above) or is a sentence (below).
    if len(line) <= r.max_line_chars:
        hit = date_in_line(line, start)
        if hit is not None and hit.start < d.end and d.start < hit.end:
            return True
    return not d.prefixed and (short or d.start - start <= _LINE_START_CHARS)


def layout(ctx: Context) -> Layout:
    """Sentences and zones of the article and its candidate meeting dates."""
    text = ctx.text
    sentences = tuple(ctx.tags.sentences)
    title = ctx.article.title_span if ctx.body_start else None
    body = [s for s in sentences if s[0] >= ctx.body_start and len(text[s[0] : s[1]].split()) > 3]
    days = [d for d in ctx.tags.dates if d.day is not None]
    meeting = tuple(
        d for d in days if not_meeting_reason(text, d) is None and not _page_date_line(ctx, d)
    )
    spans = tuple((d.start, d.end) for d in ctx.tags.dates if d.kind != "year")
    return Layout(
        ctx.lower,
        tuple(s[0] for s in sentences),
        sentences,
        title,
        body[0] if body else None,
        ctx.lead_end,
        meeting,
        spans,
    )


def _sentence(lay: Layout, pos: int) -> Span:
    """The sentence containing pos (or an empty span at pos)."""
    i = bisect_right(lay.starts, pos) - 1
    if i >= 0 and lay.sentences[i][0] <= pos < lay.sentences[i][1]:
        return lay.sentences[i]
    return (pos, pos)


def _zone(lay: Layout, pos: int) -> str:
    """title | first | lead | later."""
    if lay.title and lay.title[0] <= pos < lay.title[1]:
        return "title"
    if lay.first and lay.first[0] <= pos < lay.first[1]:
        return "first"
    return "lead" if pos < lay.lead_end else "later"


def _bare_years(ctx: Context, lay: Layout, start: int, end: int) -> list[tuple[int, Span]]:
    """Years written in text[start:end] outside day and month dates, with their spans."""
    out = []
    for m in YEAR.finditer(ctx.text, start, end):
        if any(s <= m.start() < e for s, e in lay.date_spans):
            continue
        out.append((int(m.group(1)), m.span(1)))
    return out


# --- candidates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A trigger match (or a URL vote, start -1) with its score and the features behind it."""

    rule: TriggerRule
    start: int
    end: int
    sentence: Span
    score: float
    features: tuple[str, ...]

    @property
    def type(self) -> str:
        """The event type the trigger stands for."""
        return self.rule.type


def _cue_hits(lay: Layout, c_start: int, c_end: int, sent: Span) -> list[Cue]:
    """The cues around one trigger match, within its sentence."""
    text, hits = lay.folded, []
    for cue in event_rules().cues:
        if cue.where == "before":
            found = cue.regex.search(text, max(sent[0], c_start - cue.window), c_start)
        elif cue.where == "after":
            found = cue.regex.match(text, c_end, max(sent[1], c_end))
        else:
            found = cue.regex.search(text, sent[0], sent[1])
        if found:
            hits.append(cue)
    return hits


def _quoted(text: str, pos: int) -> bool:
    """True when pos stands inside a quotation opened earlier in its paragraph (“ ... pos ...):
    what a speaker recounts ("“Năm 2022, qua bình xét, ... đã được tặng Cờ”") is background."""
    line = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("“", line, pos)
    return opened >= 0 and "”" not in text[opened:pos]


def _score(ctx: Context, lay: Layout, rule: TriggerRule, m: re.Match[str]) -> Candidate:
    """A candidate for one trigger match, scored by its features."""
    w = event_rules().weights
    sent = _sentence(lay, m.start())
    zone = _zone(lay, m.start())
    score, features = rule.weight, [zone]
    score += {"title": w.title, "first": w.first, "lead": w.lead}.get(zone, 0.0)
    kinds: dict[str, str] = {}
    for cue in _cue_hits(lay, m.start(), m.end(), sent):
        kinds.setdefault(cue.kind, cue.name)
    if "background" not in kinds and _quoted(ctx.text, m.start()):
        kinds["background"] = "quoted"
    negated = bool(NEGATIVE & kinds.keys())
    for kind, name in kinds.items():
        if not (negated and kind == "report"):  # "sẽ tổ chức": the verb is part of the plan
            score += float(getattr(w, kind))
        features.append(f"{kind}:{name}")
    if not negated and any(sent[0] <= d.start < sent[1] for d in lay.meeting_dates):
        score += w.dated
        features.append("dated")
    if any(sent[0] <= b.start < sent[1] for b in ctx.tags.blocs):
        score += w.bloc
        features.append("bloc")
    return Candidate(rule, m.start(), m.end(), sent, score, tuple(features))


def candidates(ctx: Context, lay: Layout) -> list[Candidate]:
    """Every trigger match in the text, scored."""
    out = []
    for rule in event_rules().triggers:
        for m in rule.regex.finditer(lay.folded):
            out.append(_score(ctx, lay, rule, m))
    return sorted(out, key=lambda c: c.start)


def url_slug(url: str | None) -> str:
    """The URL's slug in lower case: its longest path segment with words joined by "-".

    Only the slug votes: section names elsewhere in the path ("/kiem-tra-giam-sat/") do not.
    """
    if not url:
        return ""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return ""
    slugs = [seg for seg in path.lower().split("/") if seg.count("-") >= _SLUG_MIN_HYPHENS]
    return max(slugs, key=len) if slugs else ""


def url_votes(url: str | None) -> list[Candidate]:
    """The URL slug's votes: one candidate per URL trigger that matches."""
    slug = url_slug(url)
    if not slug:
        return []
    r = event_rules()
    return [
        Candidate(rule, -1, -1, (-1, -1), r.weights.url_vote, ("url",))
        for rule in r.url_triggers
        if rule.regex.search(slug)
    ]


def _with(c: Candidate, bonus: float, feature: str) -> Candidate:
    """The candidate with a score bonus and one more feature."""
    return Candidate(c.rule, c.start, c.end, c.sentence, c.score + bonus, (*c.features, feature))


def choose_candidate(
    ctx: Context, lay: Layout, cands: list[Candidate], votes: list[Candidate]
) -> Candidate | None:
    """The best candidate by type; a covenant at a meeting that also reviews is the review."""
    w = event_rules().weights
    best: dict[str, Candidate] = {}
    for c in cands:
        if c.type not in best or c.score > best[c.type].score:
            best[c.type] = c
    for v in votes:
        if v.type in best:
            best[v.type] = _with(best[v.type], w.url_agree, "url")
        else:
            best[v.type] = v
    if not best:
        return None
    # Highest score; on a tie the earlier text mention (URL votes last).
    winner = max(best.values(), key=lambda c: (c.score, -(c.start if c.start >= 0 else 10**9)))
    if winner.score < w.min_score:
        return None
    if winner.type == "covenant_signing":
        review = _review_at_covenant(ctx, lay, winner, cands, votes)
        if review is not None:
            return _with(review, 0.0, "with_covenant")
    return winner


def _review_at_covenant(
    ctx: Context,
    lay: Layout,
    covenant: Candidate,
    cands: list[Candidate],
    votes: list[Candidate],
) -> Candidate | None:
    """A review of the year before the covenant's, held at the same meeting (ANNOTATION.md).

    A review candidate counts when its wording is explicit (weight at least `explicit`), it
    scores at least `combine_min` and its own sentence names the year before the covenant's
    year; or when it opens the article (title or first sentence) before any covenant mention;
    a URL review vote counts too.
    """
    w = event_rules().weights
    signed = _in_sentence(ctx, lay, covenant)
    if signed is not None and signed.value.isdigit():
        before = str(int(signed.value) - 1)
        reviews = [
            c
            for c in cands
            if c.type in REVIEWS
            and c.score >= w.combine_min
            and c.rule.weight >= w.explicit
            and not c.rule.not_at_signing  # "bàn giao nhiệm vụ Khối trưởng" at the signing
            and getattr(_in_sentence(ctx, lay, c), "value", None) == before
        ]
        if reviews:
            return max(reviews, key=lambda c: (c.score, -c.start))
    # An article that opens with the review and tells of the covenant only after it.
    # a covenant known only from the URL is told nowhere in the text: every review opens before it
    signed_at = min(
        (c.start for c in cands if c.type == covenant.type and c.score > 0), default=len(ctx.text)
    )
    opening = [
        c
        for c in cands
        if c.type in REVIEWS
        and c.score >= w.combine_min
        and not c.rule.not_at_signing
        and c.start < signed_at
        and _zone(lay, c.start) in OPENING
    ]
    if opening:
        return max(opening, key=lambda c: (c.score, -c.start))
    return next((v for v in votes if v.type in REVIEWS), None)


# --- period -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A period value, its evidence span and the name of the step that read it."""

    value: str
    span: Span | None
    how: str


def _year_span(
    ctx: Context, lay: Layout, start: int, end: int, *, terms: bool = False
) -> Period | None:
    """The first school year, stage or bare year in text[start:end] (`terms`: a term's year
    counts too, for a trigger that reads the period from it by an offset)."""
    r = event_rules()
    found: list[tuple[int, Period]] = []
    for name, pattern in (("school_year", r.school_year), ("stage", r.stage)):
        m = pattern.search(lay.folded, start, end)
        if m:
            found.append((m.start(), Period(f"{m.group(1)}-{m.group(2)}", m.span(), name)))
    years = (_bare_years if terms else _period_years)(ctx, lay, start, end)
    if years:
        year, span = years[0]
        found.append((span[0], Period(str(year), span, "year")))
    return min(found, key=lambda f: f[0])[1] if found else None


def _in_sentence(ctx: Context, lay: Layout, c: Candidate) -> Period | None:
    """The period the candidate's own sentence names: after the trigger, else a year before."""
    if c.start < 0:
        return None
    # From the trigger's start: some triggers hold their year ("báo cáo ... năm 2023").
    # "bàn giao nhiệm vụ cụm trưởng năm 2025": the handover's offset reads the term's year
    after = _year_span(ctx, lay, c.start, c.sentence[1], terms=bool(c.rule.year_offset))
    if after is not None:
        return after
    before = _bare_years(ctx, lay, c.sentence[0], c.start)
    if before:
        year, span = before[-1]
        return Period(str(year), span, "year_before")
    return None


def _period_years(ctx: Context, lay: Layout, start: int, end: int) -> list[tuple[int, Span]]:
    """Bare years in text[start:end] that may be a period: a term's year ("bầu Cụm trưởng và
    Cụm phó năm 2021") names who leads when, not the year under review."""
    term = event_rules().term_year
    return [
        (y, sp)
        for y, sp in _bare_years(ctx, lay, start, end)
        if not term.search(lay.folded, max(0, sp[0] - 40), sp[0])
    ]


def _offset(p: Period, offset: int) -> Period:
    """A year period shifted by the trigger's year offset."""
    if not offset or not p.value.isdigit():
        return p
    return Period(str(int(p.value) + offset), p.span, p.how)


def _fallback_year(
    ctx: Context, lay: Layout, etype: str, meeting: DateMention | None
) -> Period | None:
    """A period year when no trigger sentence names one: title, lead, date, URL, text."""
    r = event_rules()
    zones = [("title", lay.title)] if lay.title else []
    zones.append(("lead", (ctx.body_start, lay.lead_end)))
    for how, zone in zones:
        if zone is None:
            continue
        school = r.school_year.search(lay.folded, *zone)
        if school and etype != "covenant_signing":
            return Period(f"{school.group(1)}-{school.group(2)}", school.span(), "school_year")
        years = _period_years(ctx, lay, *zone)
        if years:
            return _not_before_meeting(Period(str(years[0][0]), years[0][1], how), etype, meeting)
    dated = _meeting_period(meeting, etype)
    if dated is not None:
        return dated
    m = r.url_year.search(url_slug(ctx.article.url))
    if m:
        return Period(m.group(1), None, "url")
    every = [y for y, _ in _period_years(ctx, lay, 0, len(ctx.text))]
    if every:
        return Period(str(max(set(every), key=every.count)), None, "text_mode")
    return None


def _meeting_period(meeting: DateMention | None, etype: str) -> Period | None:
    """The year a meeting dated with its year stands for; a review early in a year looks back
    on the year before."""
    if meeting is None or meeting.year is None or meeting.month is None:
        return None
    year = meeting.year
    if etype == "year_end_review" and meeting.month <= 6:
        year -= 1
    return Period(str(year), (meeting.start, meeting.end), "meeting_date")


def _not_before_meeting(p: Period, etype: str, meeting: DateMention | None) -> Period:
    """A review of year Y held in the first half of Y is a review of Y-1 (ANNOTATION.md)."""
    if (
        etype == "year_end_review"
        and meeting is not None
        and meeting.year is not None
        and meeting.month is not None
        and meeting.month <= 6
        and p.value == str(meeting.year)
    ):
        return Period(str(meeting.year - 1), p.span, f"{p.how}_shifted")
    return p


def _reviewed_before_plan(
    ctx: Context, lay: Layout, etype: str, found: Period | None
) -> Period | None:
    """A review's period read from its plan's or next covenant's year ("phương hướng nhiệm
    vụ năm 2021") is the year before; any other period as it was read."""
    if found is None or etype != "year_end_review" or not found.value.isdigit():
        return found
    if found.span is None or ctx.text[found.span[0] : found.span[1]] != found.value:
        return found  # no year as written: a trigger's offset has already moved it
    lo = max(0, found.span[0] - 60)
    if event_rules().plan_year.search(lay.folded, lo, found.span[0]):
        return Period(str(int(found.value) - 1), found.span, found.how + "_plan")
    return found


def read_period(
    ctx: Context,
    lay: Layout,
    chosen: Candidate,
    cands: list[Candidate],
    meeting: DateMention | None,
) -> Period | None:
    """The period under review as FORMAT.md writes it."""
    kind = chosen.rule.period
    if kind == "none":
        return None
    if kind in {"H1", "9M", "part"}:
        return _half_period(ctx, lay, chosen, cands, meeting)
    quarter = event_rules().quarter
    if chosen.start >= 0 and quarter.search(lay.folded, chosen.end, chosen.sentence[1]):
        return None  # a quarter has no period form in FORMAT.md
    own = _in_sentence(ctx, lay, chosen)
    if own is not None:
        own = _offset(own, chosen.rule.year_offset)
        if not _plan_year(own, chosen.type, meeting):
            return own
    same = [c for c in cands if c.type == chosen.type and c is not chosen and c.score > 0]
    for c in sorted(same, key=lambda c: -c.score):
        other = _in_sentence(ctx, lay, c)
        if other is not None and other.how != "year_before":
            moved = _offset(
                Period(other.value, other.span, "other_" + other.how), c.rule.year_offset
            )
            if not _plan_year(moved, chosen.type, meeting):
                return moved
    found = _fallback_year(ctx, lay, chosen.type, meeting)
    if found is not None and _plan_year(found, chosen.type, meeting):
        return _meeting_period(meeting, chosen.type)
    return found


def _plan_year(p: Period, etype: str, meeting: DateMention | None) -> bool:
    """True when a year review's period falls after the year its meeting is dated in: the
    year named is the plan's ("tổng kết ..., bàn phương hướng năm 2016" on 22/12/2015)."""
    return (
        etype == "year_end_review"
        and p.value.isdigit()
        and meeting is not None
        and meeting.year is not None
        and int(p.value) > meeting.year
    )


def _half_period(
    ctx: Context,
    lay: Layout,
    chosen: Candidate,
    cands: list[Candidate],
    meeting: DateMention | None,
) -> Period | None:
    """ "2022-H1" or "2022-9M": the part of the year, then its year."""
    r = event_rules()
    part = chosen.rule.period
    if part == "part":  # "sơ kết" alone: the part of the year is in its sentence or the lead
        zone = lay.folded[chosen.sentence[0] : chosen.sentence[1]] if chosen.start >= 0 else ""
        zone += " " + lay.folded[: lay.lead_end]
        if r.nine_months.search(zone):
            part = "9M"
        elif r.half.search(zone):
            part = "H1"
        else:
            return None
    own = _in_sentence(ctx, lay, chosen)
    if own is None:
        for c in cands:
            if c.type == chosen.type and c is not chosen and c.score > 0:
                own = _in_sentence(ctx, lay, c)
                if own is not None:
                    break
    year = own if own is not None and own.value.isdigit() else None
    if year is None:
        year = _fallback_year(ctx, lay, "mid_year_review", meeting)
    if year is None or not year.value[:4].isdigit():
        return None
    return Period(f"{year.value[:4]}-{part}", year.span, year.how)


# --- date ----------------------------------------------------------------------------------


def _negated(c: Candidate) -> bool:
    """Whether a background, planned, document or anniversary cue stands by the trigger."""
    return any(f.split(":", 1)[0] in NEGATIVE for f in c.features)


def choose_date(
    lay: Layout, chosen: Candidate | None, cands: list[Candidate]
) -> DateMention | None:
    """The meeting day: the best-scored date that can be a meeting day (`date_weights`)."""
    w = event_rules().date_weights
    held = [c for c in cands if c.score > 0 and not _negated(c)]
    report = {c.sentence for c in held if any(f.startswith("report:") for f in c.features)}
    trig = {c.sentence for c in held}
    negated = {c.sentence for c in cands if _negated(c)} - trig
    best: tuple[float, DateMention] | None = None
    for d in lay.meeting_dates:
        sent = _sentence(lay, d.start)
        score = 0.0
        if chosen is not None and chosen.start >= 0 and chosen.sentence == sent:
            score += w.event_sentence
        score += w.report if sent in report else 0.0
        score += w.trigger if sent in trig else 0.0
        score += w.negated if sent in negated else 0.0
        score += w.prefixed if d.prefixed else 0.0
        score += w.opening if d.start - sent[0] <= w.opening_chars else 0.0
        score += w.lead if d.start < lay.lead_end else 0.0
        if event_rules().issued.search(lay.folded, sent[0], sent[1]):
            score += w.issued
        if score >= w.min_score and (best is None or score > best[0]):
            best = (score, d)
    return best[1] if best else None


def _published(ctx: Context) -> date | None:
    """The page date as a date, if any (read only when a meeting day lacks its year)."""
    value = read_published(ctx)[0]
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _from_page(pub: date, month: int, day: int) -> tuple[int, int]:
    """The year that puts the meeting on or shortly before the page date, and the days between."""
    for year in (pub.year, pub.year - 1):
        try:
            meeting = date(year, month, day)
        except ValueError:
            meeting = date(year, month, 28)  # 29 February: the year is what matters
        if meeting <= pub + _PAGE_SLACK:
            return year, (pub - meeting).days
    return pub.year - 1, _PAGE_NEAR_DAYS + 1  # unreachable: a year back is always before


def _period_year(period: Period, etype: str, month: int) -> int | None:
    """The meeting's year as the period implies it (no year in the text)."""
    first, _, last = period.value.partition("-")
    if not first.isdigit():
        return None
    if not last.isdigit():
        return int(first)
    if period.how.endswith("school_year"):
        # a school year's review is held in its closing summer, August included
        review = etype == "year_end_review" and month <= SCHOOL_YEAR_START + 1
        return int(first) if month >= SCHOOL_YEAR_START and not review else int(last)
    # A stage: its covenant is signed at its start, its review at its end.
    return int(first) if etype == "covenant_signing" else int(last)


def _shifted(year: int, period: Period | None, etype: str, month: int) -> tuple[int, str]:
    """A year that names the period under review is not the meeting's year (ANNOTATION.md)."""
    if period is None or period.value != str(year):
        return year, ""
    if etype == "year_end_review" and month <= 6:
        return year + 1, "_after_period"
    if etype == "covenant_signing" and month >= 10:
        return year - 1, "_before_period"
    return year, ""


def resolve_year(
    ctx: Context, lay: Layout, d: DateMention, etype: str, period: Period | None
) -> tuple[int | None, str]:
    """The meeting's year and how it was read: the text, checked against the page date.

    The order is ANNOTATION.md's: the date's sentence, the title, the period; a page date
    settles the year when it agrees within a year and went up soon after the meeting.
    """
    if d.year is not None:
        return d.year, "written"
    if d.month is None or d.day is None:
        return None, ""
    # a term's year ("làm cụm trưởng năm 2015") dates no meeting
    in_sentence = _period_years(ctx, lay, *_sentence(lay, d.start))
    in_title = _bare_years(ctx, lay, *lay.title) if lay.title else []
    year: int | None = None
    how = ""
    if in_sentence or in_title:
        year, how = (in_sentence or in_title)[0][0], "sentence" if in_sentence else "title"
    elif period is not None:
        year, how = _period_year(period, etype, d.month), "period"
    if year is not None:
        year, shift = _shifted(year, period, etype, d.month)
        how += shift
    pub = _published(ctx)
    if pub is not None:
        from_page, days = _from_page(pub, d.month, d.day)
        # The page settles a year the text leaves open, or one it shifts for the period,
        # when the page went up soon after the meeting (a later page may be a re-post).
        if year is None or (abs(from_page - year) <= 1 and days <= _PAGE_NEAR_DAYS):
            return from_page, "page_date"
    return year, how


# --- the event ----------------------------------------------------------------------------


def read_event(
    ctx: Context,
    within: Span | None = None,
    year_hint: int | None = None,
    same: Event | None = None,
) -> Event:
    """The article's event: type, period and date, each with its evidence and rule name.

    `within`: the event told in that stretch only (a second bloc's own meeting, reported in
    its own paragraph), without the URL's vote; its day takes `year_hint` (the article's
    meeting year) when nothing in the stretch dates it. A stretch's meeting of the kind of
    `same` (the article's event) reviews the same period ("cụm trưởng năm 2015" in the
    paragraph of a 2014 review names a term, not the period).
    """
    lay = layout(ctx)
    cands = candidates(ctx, lay)
    votes = url_votes(ctx.article.url)
    if within is not None:
        lo, hi = within
        cands = [c for c in cands if lo <= c.start < hi]
        lay = replace(lay, meeting_dates=tuple(d for d in lay.meeting_dates if lo <= d.start < hi))
        votes = []
    chosen = choose_candidate(ctx, lay, cands, votes)
    event = Event(type=chosen.type if chosen else "other")
    meeting = choose_date(lay, chosen, cands)
    period: Period | None = None
    if chosen is not None:
        event.type_rule = chosen.rule.name
        if chosen.start >= 0:
            event.type_span = (chosen.start, chosen.end)
        period = _reviewed_before_plan(
            ctx, lay, chosen.type, read_period(ctx, lay, chosen, cands, meeting)
        )
        if same is not None and same.period and chosen.type == same.type:
            period = Period(same.period, same.period_span, f"same:{same.period_rule}")
        if period is not None:
            event.period, event.period_span = period.value, period.span
            event.period_rule = period.how
    if meeting is not None:
        year, how = resolve_year(ctx, lay, meeting, event.type, period)
        if year is None and year_hint is not None:
            year, how = year_hint, "hint"
        if year is not None and meeting.month is not None and meeting.day is not None:
            event.date = f"{year}-{meeting.month:02d}-{meeting.day:02d}"
            event.date_span = (meeting.start, meeting.end)
            event.date_rule = f"{meeting.rule}:{how}"
    return event
