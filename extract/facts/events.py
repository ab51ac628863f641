"""The bloc's meeting: type, reviewed period and date (rules/events.yaml, ANNOTATION.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.facts.context import Context
from extract.model import Event
from extract.nlp.dates import DateMention, is_document_date
from extract.nlp.lexicon import expand, lexicon

SCHOOL_YEAR = re.compile(r"năm học\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
PERIOD_WORDS = re.compile(r"(?:6|06|sáu) tháng|giữa năm|9 tháng")


@dataclass(frozen=True)
class Trigger:
    """A matched event trigger."""

    type: str
    period: str
    start: int
    end: int
    offset: int


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], dict[str, Any]], ...]:
    """Compiled event triggers in priority order."""
    return tuple((re.compile(expand(e["regex"]), re.I), e) for e in lexicon().events)


def find_trigger(ctx: Context) -> Trigger | None:
    """The event trigger: in the lead, else anywhere in the text, else in the URL."""
    body = [
        s
        for s in ctx.tags.sentences
        if s[0] >= ctx.body_start
        and (len(ctx.text[s[0] : s[1]].split()) >= 20 or ctx.text[s[1] - 1 : s[1]] in {".", ";"})
        and len(ctx.text[s[0] : s[1]].split()) >= 8
    ]
    first_end = body[0][1] if body else ctx.lead_end
    title_end = ctx.article.title_span[1] if ctx.body_start else 0
    # The event sentence first (title and first body sentence), then the lead, then the rest.
    zones = [(0, max(first_end, title_end)), (0, ctx.lead_end), (ctx.lead_end, len(ctx.text))]
    for zone_start, zone_end in zones:
        for pattern, entry in _rules():
            if entry.get("where") == "url":
                continue
            m = pattern.search(ctx.text, zone_start, zone_end)
            if m:
                return Trigger(
                    entry["type"], entry["period"], m.start(), m.end(), entry.get("year_offset", 0)
                )
    url = (ctx.article.url or "").lower()
    for pattern, entry in _rules():
        if entry.get("where") == "url" and pattern.search(url):
            return Trigger(entry["type"], entry["period"], -1, -1, 0)
    return None


def _year_after(ctx: Context, trig: Trigger) -> int | None:
    """The first year written after the trigger in its sentence."""
    if trig.start < 0:
        return None
    _, end = ctx.sentence(trig.start)
    years = ctx.years_in(trig.start, end)
    return years[0] + trig.offset if years else None


def read_period(ctx: Context, trig: Trigger | None, date: DateMention | None) -> str | None:
    """The period under review as FORMAT.md writes it."""
    if trig is None or trig.period == "none":
        return None
    lead = ctx.text[: ctx.lead_end]
    school = SCHOOL_YEAR.search(lead) or SCHOOL_YEAR.search(ctx.text)
    if school and trig.period == "year":
        return f"{school.group(1)}-{school.group(2)}"
    year = _year_after(ctx, trig)
    if year is None:
        year = _fallback_year(ctx, trig, date)
    if year is None:
        return None
    if trig.period == "9M":
        return f"{year}-9M"
    if trig.period == "H1":
        zone = ctx.text[: ctx.lead_end]
        return f"{year}-H1" if PERIOD_WORDS.search(zone) else None
    return str(year)


def _fallback_year(ctx: Context, trig: Trigger, date: DateMention | None) -> int | None:
    """A period year when the trigger's sentence names none: lead years, then the date."""
    lead_years = ctx.years_in(ctx.body_start, ctx.lead_end) or ctx.years_in(0, ctx.lead_end)
    if lead_years:
        return lead_years[0]
    if date is not None and date.year is not None:
        if trig.period == "year" and date.month is not None and date.month <= 6:
            return date.year - 1
        return date.year
    years = ctx.years_in(0, len(ctx.text))
    return max(set(years), key=years.count) if years else None


def _is_header_date(ctx: Context, d: DateMention) -> bool:
    """A page-date line near the top (site clock, "Cập nhật", date under the headline)."""
    line_start = ctx.text.rfind("\n", 0, d.start) + 1
    line_end = ctx.text.find("\n", d.end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return not d.prefixed and (len(line.split()) <= 14 or d.start - line_start <= 12)


def find_meeting_date(ctx: Context) -> DateMention | None:
    """The meeting day: the first prefixed day/month in the text, else a dated lead sentence."""
    dates = [d for d in ctx.tags.dates if d.day is not None and not is_document_date(ctx.text, d)]
    for d in dates:
        if d.prefixed:
            return d
    for d in dates:
        if d.year is not None and d.start < ctx.lead_end and not _is_header_date(ctx, d):
            return d
    return None


def resolve_year(ctx: Context, d: DateMention, etype: str, period: str | None) -> int | None:
    """The meeting's year: same sentence, else title, else page date, else the period."""
    if d.year is not None:
        return d.year
    start, end = ctx.sentence(d.start)
    title = ctx.article.title_span
    candidates = ctx.years_in(start, end) or ctx.years_in(*title)
    published = ctx.article.published
    if candidates:
        year = candidates[0]
    elif published:
        year = int(published[:4])
        if d.month is not None and d.month > int(published[5:7]) + 1:
            year -= 1  # the meeting happened before the page went up
        return year
    elif period:
        year = int(period[:4])
    else:
        return None
    period_year = int(period[:4]) if period and period[:4].isdigit() else None
    # A year that names the period under review is not the meeting's year (ANNOTATION.md).
    if period_year == year and d.month is not None:
        if etype == "year_end_review" and len(period or "") == 4 and d.month <= 6:
            return year + 1
        if etype == "covenant_signing" and d.month >= 10:
            return year - 1
    return year


def read_event(ctx: Context) -> Event:
    """The article's event: type, period and date, each with its evidence span."""
    trig = find_trigger(ctx)
    etype = trig.type if trig else "other"
    date = find_meeting_date(ctx)
    period = read_period(ctx, trig, date)
    event = Event(type=etype, period=period)
    if trig and trig.start >= 0:
        event.type_span = (trig.start, trig.end)
    if date is not None:
        year = resolve_year(ctx, date, etype, period)
        if year is not None and date.month is not None and date.day is not None:
            event.date = f"{year}-{date.month:02d}-{date.day:02d}"
            event.date_span = (date.start, date.end)
    return event
