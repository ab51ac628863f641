"""A page's publication date from the lines near its title (`rules/page_dates.yaml`) or its URL.

Dates are Vietnam local time (UTC+7, no daylight saving) as ISO strings without an offset;
a date with an offset (ISO metadata, "(GMT+0)") is converted. `page_date_from_url` reads the
date an article URL carries (`rules/url_dates.yaml`), the last fallback for a page date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from extract import rules, rx
from extract.errors import RuleError

# Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset needs no tzdata.
VIETNAM = timezone(timedelta(hours=7))

_PIECE = rx.compile(r"\{(\w+)\}")
_GMT = rx.compile(r"[\[(]?\s*(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*[\])]?", re.I)
_TRAIL_PUNCT = " \t|,.;:-–—()[]"
_WEEKDAY_PUNCT = " \t,|-–"
# A "." or ")" after a date ends a sentence or a remark: the date is the text's, not the page's.
_SENTENCE_END = rx.compile(r"[.)](?=\s|$)")
_WORD_END = rx.compile(r"([^\W\d_]+)\W*$")
_ENCLOSED = rx.compile(r"[(\[]\s*$")
_CLOSE = rx.compile(r"\s*[)\]]")
_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class PageDate:
    """A page date found in text: ISO value, the span of its match and the rule behind it."""

    value: str
    start: int
    end: int
    banner: bool = False  # the line is only a weekday and a date: maybe a "today" banner
    rule: str = ""  # the name of the pattern in rules/page_dates.yaml
    labelled: bool = False  # a label ("Ngày đăng:", "Cập nhật lúc") stands before it


@dataclass(frozen=True)
class DatePattern:
    """One named date pattern and the order of its numbers."""

    name: str
    pattern: re.Pattern[str]
    order: str  # dmy | mdy (numbers may swap when only that reading is a date) | fixed


@dataclass(frozen=True)
class DateRules:
    """Compiled `rules/page_dates.yaml`."""

    patterns: tuple[DatePattern, ...]
    quick: re.Pattern[str]  # what every date pattern needs; a cheap test before them all
    pm: frozenset[str]
    am: frozenset[str]
    weekdays: dict[str, int]  # folded name -> ISO weekday (Monday 1, Sunday 7)
    months: dict[str, int]  # folded name -> month
    labels: tuple[str, ...]
    sentence_words: frozenset[str]
    not_after: tuple[re.Pattern[str], ...]
    meta_names: tuple[str, ...]  # in order of trust
    max_lines: int
    before_lines: int
    after_lines: int
    clock_years: int
    max_line_chars: int
    max_trailing_chars: int
    min_year: int
    max_year: int


def _expand(regex: str, pieces: dict[str, str]) -> str:
    """Replace {name} with its piece; other braces (quantifiers) stay."""
    return _PIECE.sub(lambda m: pieces.get(m.group(1), m.group(0)), regex)


def _fold_name(name: str) -> str:
    """A weekday or month name as a lookup key ("Th 9" and "th  9" agree)."""
    return " ".join(name.split()).casefold()


def _names(groups: list[dict[str, Any]], key: str) -> dict[str, int]:
    """Folded name -> number for the weekday or month groups of the rule file."""
    return {_fold_name(n): g[key] for g in groups for n in g["names"]}


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of names, longest first; spaces match any run of spaces."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in ordered)


@lru_cache(maxsize=1)
def date_rules() -> DateRules:
    """Load and compile `rules/page_dates.yaml`."""
    e = rules.load("page_dates.yaml").entries
    months = _names(e["months"], "month")
    pieces = {
        **e["pieces"],
        "month": _alternation(n for g in e["months"] for n in g["names"]),
        "weekday": _alternation(n for g in e["weekdays"] for n in g["names"]),
    }
    try:
        patterns = tuple(
            DatePattern(
                p["name"], rx.compile(_expand(p["regex"], pieces), re.I), p.get("order", "dmy")
            )
            for p in e["patterns"]
        )
        not_after = tuple(rx.compile(x, re.I) for x in e["not_after"])
        quick = rx.compile(e["quick"], re.I)
    except re.error as exc:
        raise RuleError(
            f"rules/page_dates.yaml: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc
    return DateRules(
        patterns=patterns,
        quick=quick,
        pm=frozenset(w.casefold() for w in e["pm"]),
        am=frozenset(w.casefold() for w in e["am"]),
        weekdays=_names(e["weekdays"], "day"),
        months=months,
        # Longest first so "Cập nhật lúc" wins over "Cập nhật".
        labels=tuple(sorted((w.casefold() for w in e["labels"]), key=len, reverse=True)),
        sentence_words=frozenset(w.casefold() for w in e["sentence_words"]),
        not_after=not_after,
        meta_names=tuple(w.casefold() for w in e["meta_names"]),
        max_lines=e["max_lines"],
        before_lines=e["before_lines"],
        after_lines=e["after_lines"],
        clock_years=e["clock_years"],
        max_line_chars=e["max_line_chars"],
        max_trailing_chars=e["max_trailing_chars"],
        min_year=e["min_year"],
        max_year=e["max_year"],
    )


# --- one match to an ISO string ----------------------------------------------------------


def _offset(tz: str) -> timezone:
    """A fixed offset from "Z", "+07:00", "+0700", "+07" or "+7" (as in "GMT+7")."""
    if tz.upper() == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    body = tz[1:].strip()
    if ":" in body:
        hours, minutes = body.split(":", 1)
    elif len(body) > 2:
        hours, minutes = body[:-2], body[-2:]
    else:
        hours, minutes = body, "0"
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def to_24h(hour: int, ampm: str | None, r: DateRules | None = None) -> int:
    """24-hour clock from a 12-hour one with SA/CH (AM/PM)."""
    r = r or date_rules()
    marker = (ampm or "").casefold()
    if marker in r.pm and hour < 12:
        return hour + 12
    if marker in r.am and hour == 12:
        return 0
    return hour


def _readings(g: dict[str, str | None], order: str, r: DateRules) -> list[date]:
    """The calendar days a match can mean: day-month, month-day (swapped), or by name."""
    try:
        year = int(g["y"] or "")
        if g.get("mn"):
            return [date(year, r.months[_fold_name(g["mn"] or "")], int(g["d"] or ""))]
        first, second = int(g["d"] or ""), int(g["m"] or "")
    except (ValueError, TypeError, KeyError):
        return []
    pairs = [(first, second)] if order == "fixed" else [(first, second), (second, first)]
    if order == "mdy":
        pairs.reverse()
    out = []
    for day, month in pairs:
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue  # 21/12 read month-first, 30 February: not a day
    return list(dict.fromkeys(out))


def _day_of(g: dict[str, str | None], order: str, prefix: str | None, r: DateRules) -> date | None:
    """The day a match means; a weekday printed before it settles day-month vs month-day."""
    readings = _readings(g, order, r)
    weekday = _weekday_before(prefix, r) if prefix and len(readings) > 1 else None
    if weekday is not None:
        # "T7, 01/09/2021": Saturday 9 January, not Wednesday 1 September.
        agree = [d for d in readings if d.isoweekday() == weekday]
        readings = agree or readings
    return readings[0] if readings else None


def iso_from_match(
    m: re.Match[str],
    r: DateRules | None = None,
    *,
    order: str = "dmy",
    prefix: str | None = None,
) -> str | None:
    """ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" (Vietnam time) from a pattern match."""
    r = r or date_rules()
    g = m.groupdict()
    day = _day_of(g, order, prefix, r)
    if day is None or not r.min_year <= day.year <= r.max_year:
        return None
    if not g.get("H"):
        return day.isoformat()
    hour = to_24h(int(g["H"]), g.get("ampm"), r)
    try:
        moment = datetime(day.year, day.month, day.day, hour, int(g["M"]), int(g.get("S") or 0))
    except ValueError:
        return None
    if g.get("tz"):
        moment = moment.replace(tzinfo=_offset(g["tz"])).astimezone(VIETNAM).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


@dataclass(frozen=True)
class _Hit:
    """A valid date match: the match, its ISO value and its pattern's name."""

    m: re.Match[str]
    value: str
    rule: str


def _matches(text: str, r: DateRules) -> list[_Hit]:
    """Valid date matches of every pattern, earliest first, longer first on a tie."""
    found: list[_Hit] = []
    if not r.quick.search(text):
        return found  # no piece any date pattern needs: no date
    for p in r.patterns:
        for m in p.pattern.finditer(text):
            value = iso_from_match(
                m, r, order=p.order, prefix=text[max(0, m.start() - 40) : m.start()]
            )
            if value:
                found.append(_Hit(m, value, p.name))
    found.sort(key=lambda h: (h.m.start(), -(h.m.end() - h.m.start())))
    return found


def parse_date_value(value: str) -> str | None:
    """An ISO page date from a metadata value (meta content, <time datetime>), or None."""
    value = value.strip()
    if not value:
        return None
    found = _matches(value, date_rules())
    if found:
        return found[0].value
    try:
        moment = parsedate_to_datetime(value)  # "Tue, 05 Jun 2023 10:52:49 GMT"
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


# --- dates in lines of text ------------------------------------------------------------


def _labelled(prefix: str, r: DateRules) -> bool:
    """Whether the text before a date ends with a label such as "Ngày xuất bản:"."""
    head = prefix.rstrip(" \t:：-–|").casefold()
    for label in r.labels:
        if head.endswith(label):
            before = head[: len(head) - len(label)]
            if not before or not before[-1].isalnum():
                return True
    return False


def _weekday_split(prefix: str, r: DateRules) -> tuple[str, int] | None:
    """(text before, ISO weekday) when a weekday (and "ngày") ends `prefix`, else None."""
    head = " ".join(prefix.rstrip(_WEEKDAY_PUNCT).split()).casefold()
    head = head.removesuffix("ngày").rstrip(_WEEKDAY_PUNCT)
    for name, day in r.weekdays.items():
        if head.endswith(name) and not head[: len(head) - len(name)][-1:].isalnum():
            return head[: len(head) - len(name)], day
    return None


def _weekday_before(prefix: str, r: DateRules) -> int | None:
    """The ISO weekday written right before a date ("Thứ bảy, 19/10/2019"), or None."""
    found = _weekday_split(prefix[-40:], r)
    return found[1] if found else None


def _in_sentence(prefix: str, r: DateRules) -> bool:
    """Whether the date follows a word like "ngày"/"chiều": a date inside a sentence."""
    m = _WORD_END.search(prefix)
    if not (m and m.group(1).casefold() in r.sentence_words):
        return False
    # "Thứ năm, 05/06/2023", "Thứ hai, ngày 05/06/2023": a dateline, not a sentence.
    return _weekday_split(prefix, r) is None


def _day_line(prefix: str, rest: str, r: DateRules) -> bool:
    """A line that is one sentence word and a date alone ("Ngày 31-05-2018 16:59"): a dateline."""
    # a sentence goes on after its date; a page's dateline ends with it
    head = prefix.strip(_WEEKDAY_PUNCT).casefold()
    # a counter after a bar goes with a dateline ("Ngày 06/08/2024 - 16:40 | Lượt xem: 318")
    before_bar, bar, counter = rest.partition("|")
    if bar and not before_bar.strip(_TRAIL_PUNCT) and len(counter.strip()) <= r.max_trailing_chars:
        rest = ""
    return head in r.sentence_words and " " not in head and not rest.strip(_TRAIL_PUNCT)


def _is_banner(prefix: str, rest: str, r: DateRules) -> bool:
    """A line that is only a weekday and a date (and time): a site's "today" banner shape."""
    found = _weekday_split(prefix, r)
    return found is not None and not found[0].strip(_WEEKDAY_PUNCT) and not rest.strip(_TRAIL_PUNCT)


def date_in_line(line: str, offset: int = 0, r: DateRules | None = None) -> PageDate | None:
    """The first date in one line that can be the page's date, or None."""
    hit = _read_line(line, r or date_rules())
    if hit is None or not offset:
        return hit
    return replace(hit, start=hit.start + offset, end=hit.end + offset)


def _read_line(line: str, r: DateRules) -> PageDate | None:
    """The first date in `line` that can be the page's date (offsets within the line)."""
    short = len(line.strip()) <= r.max_line_chars
    for hit in _matches(line, r):
        m = hit.m
        prefix, rest = line[: m.start()], _GMT.sub("", line[m.end() :])
        if _ENCLOSED.search(prefix) and _CLOSE.match(rest):
            # "(29/07/2024)" under a headline: brackets around the date, not a remark's end.
            prefix, rest = _ENCLOSED.sub("", prefix), _CLOSE.sub("", rest, count=1)
        labelled = _labelled(prefix, r) or _day_line(prefix, rest, r)
        if not labelled and (_in_sentence(prefix, r) or _SENTENCE_END.search(rest)):
            continue
        if any(p.search(prefix) for p in r.not_after):
            continue
        trailing = len(rest.strip(_TRAIL_PUNCT)) <= r.max_trailing_chars
        if labelled or short or trailing:
            banner = not labelled and _is_banner(prefix, rest, r)
            return PageDate(hit.value, m.start(), m.end(), banner, hit.rule, labelled)
    return None


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of `text`."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out


def _in_lines(text: str, spans: list[tuple[int, int]], r: DateRules) -> list[PageDate]:
    """Page-date candidates, at most one per line, in the given lines."""
    found = []
    for start, end in spans:
        hit = date_in_line(text[start:end], start, r)
        if hit:
            found.append(hit)
    return found


def date_candidates(text: str, max_lines: int | None = None) -> list[PageDate]:
    """Page-date candidates, at most one per line, in the first `max_lines` non-empty lines."""
    r = date_rules()
    limit = max_lines if max_lines is not None else r.max_lines
    return _in_lines(text, _line_spans(text)[:limit], r)


def choose(candidates: list[PageDate]) -> PageDate | None:
    """The first candidate, unless it is a bare "today" banner and another date follows."""
    if not candidates:
        return None
    if candidates[0].banner and len(candidates) > 1:
        return candidates[1]
    return candidates[0]


def _is_clock(hit: PageDate, text: str, headline_end: int, r: DateRules) -> bool:
    """A header date later than every year the article names: the site's clock, not the page's."""
    if hit.labelled:
        return False
    years = [int(y) for y in _YEAR.findall(text, headline_end)]
    return bool(years) and int(hit.value[:4]) > max(years) + r.clock_years


@lru_cache(maxsize=64)
def find_page_date(text: str, headline: tuple[int, int] | None = None) -> PageDate | None:
    """The page date printed near the top of `text`, with its span, or None.

    Given the headline's span, a date on its line or in the lines right under it wins;
    else the nearest date above it that is not a bare banner, unless it is the site's clock.
    """
    if headline is None:
        return choose(date_candidates(text))
    r = date_rules()
    spans = _line_spans(text)
    at = next((i for i, (s, e) in enumerate(spans) if s <= headline[0] <= e), None)
    if at is None:
        return choose(date_candidates(text))
    last = next((i for i, (s, e) in enumerate(spans) if s <= max(headline[1] - 1, 0) <= e), at)
    after = _in_lines(text, spans[at : last + 1 + r.after_lines], r)
    if after:
        return after[0]
    before = list(reversed(_in_lines(text, spans[max(0, at - r.before_lines) : at], r)))
    ranked = [c for c in before if not c.banner] + [c for c in before if c.banner]
    return next((c for c in ranked if not _is_clock(c, text, headline[1], r)), None)


def page_date_from_text(text: str) -> str | None:
    """The page date printed near the top of `text` as an ISO string, or None."""
    hit = find_page_date(text)
    return hit.value if hit else None


# --- dates in URLs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UrlDateRules:
    """Compiled `rules/url_dates.yaml`."""

    patterns: tuple[re.Pattern[str], ...]
    min_year: int
    max_year: int


@lru_cache(maxsize=1)
def url_date_rules() -> UrlDateRules:
    """Load and compile `rules/url_dates.yaml`."""
    e = rules.load("url_dates.yaml").entries
    try:
        patterns = tuple(rx.compile(p["regex"], re.I) for p in e["patterns"])
    except re.error as exc:
        raise RuleError(
            f"rules/url_dates.yaml: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc
    return UrlDateRules(patterns, e["min_year"], e["max_year"])


def page_date_from_url(url: str) -> str | None:
    """The date ("YYYY-MM-DD") an article URL carries in its path, or None."""
    r = url_date_rules()
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None  # a malformed URL (bad IPv6 host) carries no usable date
    for pattern in r.patterns:
        for m in pattern.finditer(path):
            try:
                day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue  # 30 February: not a date, maybe a later match is
            if r.min_year <= day.year <= r.max_year:
                return day.isoformat()
    return None
