"""DATE mentions: meeting days, page dates and times, years, with normalised values.

The patterns and the contexts that make a date something other than a meeting day live in
`rules/dates.yaml`, compiled once into `DateRules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError
from extract.html.dates import to_24h
from extract.nlp.lexicon import WORD, Scanner, alternation, lower_regex, scanner
from extract.text.normalize import lower_keep_offsets

_RULE_FILE = "dates.yaml"
_Y = r"(?P<y>(?:19|20)\d{2})"
# Within one line: a date on one line and a clock on the next are not one datetime.
_SEP = r"[ \t]*(?:,|\||-|–)?[ \t]*(?:\[?GMT\+7\]?)?[ \t]*"
# How far before a date the `before` contexts look (a document reference is short).
_BEFORE_CHARS = 60


@dataclass(frozen=True)
class DateMention:
    """A date, year or datetime written in the text."""

    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    time: str | None = None  # HH:MM:SS, 24-hour
    prefixed: bool = False  # opened by "Ngày", "Sáng", "Chiều", ...
    kind: str = "date"  # date | year | month
    rule: str = ""  # the name of the pattern in rules/dates.yaml that matched

    @property
    def value(self) -> str:
        """ISO 8601 value; "--MM-DD" when the year is not written."""
        if self.kind == "year":
            return f"{self.year}"
        if self.kind == "month":
            return f"{self.year}-{self.month:02d}" if self.year else f"--{self.month:02d}"
        day = f"{self.month:02d}-{self.day:02d}"
        base = f"{self.year}-{day}" if self.year else f"--{day}"
        return f"{base}T{self.time}" if self.time and self.year else base


@dataclass(frozen=True)
class DatePattern:
    """One named date pattern.

    A pattern written with a leading {PRE} (or {PRE}?) is compiled without it: the regex
    then starts at the date's digits, which the regex engine finds fast, and the prefix
    ("Ngày", "Chiều nay (") is read backwards from there (`prefix`: required or optional).
    """

    name: str
    kind: str
    regex: Scanner
    prefix: str = "none"  # none | optional | required


@dataclass(frozen=True)
class NotMeeting:
    """A named context that makes a date something other than the meeting day."""

    name: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    line: re.Pattern[str] | None
    min_year_gap: int = 0  # the y2 the regex captures must be this far from the date's year


@dataclass(frozen=True)
class DateRules:
    """Compiled `rules/dates.yaml`."""

    patterns: tuple[DatePattern, ...]
    not_meeting: tuple[NotMeeting, ...]
    prefix: re.Pattern[str]  # a meeting-day prefix ending where a date's digits start


def _compile(regex: str, what: str) -> re.Pattern[str]:
    """Compile one regex of the rule file for the lower-cased text, or raise RuleError naming it.

    Matching the lower-cased text (same offsets) with a lower-case regex is case-insensitive
    and several times faster than re.IGNORECASE.
    """
    try:
        return rx.compile(lower_regex(regex))
    except re.error as exc:
        raise RuleError(
            f"rules/{_RULE_FILE}: {what} is not a valid regex ({exc}). Fix it."
        ) from exc


def _optional(regex: str | None, what: str) -> re.Pattern[str] | None:
    """Compile an optional regex."""
    return None if regex is None else _compile(regex, what)


@lru_cache(maxsize=1)
def date_rules() -> DateRules:
    """Load and compile `rules/dates.yaml` (once)."""
    e = rules.load(_RULE_FILE).entries
    plain = alternation(e["prefixes"])
    deictic = alternation(e["deictic"])
    page = rules.load("page_dates.yaml").entries  # one list of AM/PM words for both parsers
    weekday = alternation([n for g in page["weekdays"] for n in g["names"]])
    lead = e["weekday_lead"].replace("{PLAIN}", plain).replace("{WEEKDAY}", weekday)
    pre = rf"(?<!{WORD})(?:{lead}|(?:{deictic})\s*(?:\(\s*|,\s*)?|(?:{plain})\s*(?:\(\s*)?)"
    ampm = alternation(page["pm"] + page["am"])
    clock = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    time = rf"{clock}(?:[ \t]*(?P<ap>{ampm})(?!{WORD}))?"
    pieces = {"{PRE}": pre, "{Y}": _Y, "{TIME}": time, "{SEP}": _SEP, "{WORD}": WORD}

    def expand(regex: str) -> str:
        for key, value in pieces.items():
            regex = regex.replace(key, value)
        return regex

    patterns = tuple(_pattern(p, expand) for p in e["patterns"])
    not_meeting = tuple(
        NotMeeting(
            n["name"],
            _optional(n.get("before"), f"not_meeting {n['name']!r}"),
            _optional(n.get("after"), f"not_meeting {n['name']!r}"),
            _optional(n.get("line"), f"not_meeting {n['name']!r}"),
            int(n.get("min_year_gap", 0)),
        )
        for n in e["not_meeting"]
    )
    return DateRules(patterns, not_meeting, _compile(f"(?:{pre})$", "the prefixes"))


def _pattern(entry: dict[str, str], expand: Callable[[str], str]) -> DatePattern:
    """One date pattern, its leading {PRE} taken off and remembered."""
    regex, prefix = entry["regex"], "none"
    for mark, kind in (("{PRE}?", "optional"), ("{PRE}", "required")):
        if regex.startswith(mark):
            regex, prefix = regex[len(mark) :], kind
            break
    if "{PRE}" in regex:
        raise RuleError(
            f"rules/{_RULE_FILE}: pattern {entry['name']!r} has {{PRE}} inside; write it first."
        )
    _compile(expand(regex), f"pattern {entry['name']!r}")  # a broken regex names the file
    compiled = scanner(lower_regex(expand(regex)))
    return DatePattern(entry["name"], entry["kind"], compiled, prefix)


def _time(m: re.Match[str]) -> str | None:
    """24-hour HH:MM:SS from a match's time groups."""
    if "h" not in m.groupdict() or m.group("h") is None:
        return None
    hour = to_24h(int(m.group("h")), m.group("ap"))
    minute, sec = int(m.group("mi")), int(m.group("s") or 0)
    if hour > 23 or minute > 59 or sec > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{sec:02d}"


def _build(m: re.Match[str], pattern: DatePattern, pre_start: int | None) -> DateMention | None:
    """A DateMention from a pattern match, or None when the numbers are not a date."""
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    prefixed = pre_start is not None
    if pattern.kind == "year":
        return DateMention(m.start(), m.end(), None, None, year, kind="year", rule=pattern.name)
    month = int(groups["m"])
    if not 1 <= month <= 12:
        return None
    if pattern.kind == "month":
        return DateMention(m.start(), m.end(), None, month, year, kind="month", rule=pattern.name)
    day = int(groups["d"])
    if not 1 <= day <= 31:
        return None
    start = pre_start if pre_start is not None else m.start()
    return DateMention(start, m.end(), day, month, year, _time(m), prefixed, rule=pattern.name)


def find_dates(text: str) -> list[DateMention]:
    """All non-overlapping date mentions, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    prefix = date_rules().prefix
    low = lower_keep_offsets(text)
    for pattern in date_rules().patterns:
        for m in pattern.regex.finditer(low):
            pre_start = None
            if pattern.prefix != "none":
                pre = prefix.search(low, max(0, m.start() - 30), m.start())
                pre_start = pre.start() if pre else None
                if pre_start is None and pattern.prefix == "required":
                    continue
            start = m.start() if pre_start is None else pre_start
            if any(start < e and s < m.end() for s, e in taken):
                continue
            mention = _build(m, pattern, pre_start)
            if mention is not None:
                taken.append((start, m.end()))
                found.append(mention)
    return sorted(found, key=lambda d: d.start)


def _gap_ok(rule: NotMeeting, m: re.Match[str], mention: DateMention) -> bool:
    """Whether a match satisfies the rule's year gap (no gap: always)."""
    if not rule.min_year_gap:
        return True
    y2 = m.groupdict().get("y2")
    if y2 is None or mention.year is None:
        return False
    return abs(int(y2) - mention.year) >= rule.min_year_gap


def not_meeting_reason(text: str, mention: DateMention) -> str | None:
    """The name of the rule that makes this date not a meeting day, or None.

    Document dates ("Kế hoạch số 12/KH-UBND ngày 5/3/2023"), anniversary spans
    ("23/11/1946 - 23/11/2024"), source lines and deadlines are not meetings. The contexts
    are read within the date's line.
    """
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    line = lower_keep_offsets(text[line_start:line_end])  # the rules are in lower case
    start, end = mention.start - line_start, mention.end - line_start
    before = line[max(0, start - _BEFORE_CHARS) : start]
    for rule in date_rules().not_meeting:
        found = None
        if rule.before is not None:
            found = rule.before.search(before)
        if found is None and rule.after is not None:
            found = rule.after.match(line, end)
        if found is None and rule.line is not None:
            found = rule.line.match(line)
        if found is not None and _gap_ok(rule, found, mention):
            return rule.name
    return None
