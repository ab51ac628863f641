"""DATE mentions: meeting days, page dates and times, years, with normalised values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules
from extract.html.dates import to_24h
from extract.nlp.lexicon import WORD, alternation


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


_Y = r"(?P<y>(?:19|20)\d{2})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled date patterns, most specific first."""
    cfg = rules.load("dates.yaml").entries
    pre = rf"(?P<pre>(?<!{WORD})(?:{alternation(cfg['prefixes'])})\s*(?:\(\s*)?)"
    page = rules.load("page_dates.yaml").entries  # one list of AM/PM words for both parsers
    ampm = alternation(page["pm"] + page["am"])
    time = rf"(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?(?:\s*(?P<ap>{ampm})(?!{WORD}))?"
    sep = r"\s*(?:,|\||-|–)?\s*(?:\[?GMT\+7\]?)?\s*"
    return (
        # ISO date, optionally with time
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{time})?"),
        # textual: ngày 09 tháng 01 năm 2023
        re.compile(
            rf"{pre}?(?<!\d)(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+{_Y})?(?!\d)"
        ),
        # range: các ngày 04, 05/4/2024 ; ngày 23 và 24/11/2023 ; ngày 1 đến 3/5
        re.compile(
            rf"{pre}(?P<d>\d{{1,2}})\s*(?:,|và|-|–|đến(?: ngày)?)\s*(?P<d2>\d{{1,2}})"
            rf"[/.-](?P<m>\d{{1,2}})(?:[/.-]{_Y})?(?![\d/])"
        ),
        # time then date: 08:02, 15/02/2014 ; 15:24 - 26/01/2024 ; 16:12 20/05/2018
        re.compile(rf"(?<![\d:]){time}{sep}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-]{_Y}(?!\d)"),
        # date with year, optionally followed by a time
        re.compile(
            rf"{pre}?(?<![\d/.])(?P<d>\d{{1,2}})(?P<sp>[/.-])(?P<m>\d{{1,2}})(?P=sp){_Y}(?!\d)"
            rf"(?:{sep}{time})?"
        ),
        # prefixed day/month without year: Ngày 6/7, Chiều 30-3, Sáng 26.2, Chiều nay (10/4)
        re.compile(rf"{pre}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?![\d/]|\.\d|-\d)"),
        # month and year: tháng 7/2020, tháng 12 năm 2023
        re.compile(rf"(?<!{WORD})tháng\s+(?P<m>\d{{1,2}})(?:/|\s+năm\s+){_Y}(?!\d)"),
        # year: năm 2022
        re.compile(rf"(?<!{WORD})(?:năm|Năm|NĂM)\s+{_Y}(?!\d)"),
    )


def _time(m: re.Match[str]) -> str | None:
    """24-hour HH:MM:SS from a match's time groups."""
    if "h" not in m.groupdict() or m.group("h") is None:
        return None
    hour = to_24h(int(m.group("h")), m.group("ap"))
    minute, sec = int(m.group("mi")), int(m.group("s") or 0)
    if hour > 23 or minute > 59 or sec > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{sec:02d}"


def _build(m: re.Match[str], index: int) -> DateMention | None:
    """A DateMention from a pattern match, or None when the numbers are not a date."""
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    prefixed = bool(groups.get("pre"))
    if index == 7:
        return DateMention(m.start(), m.end(), None, None, year, kind="year")
    month = int(groups["m"])
    if not 1 <= month <= 12:
        return None
    if index == 6:
        return DateMention(m.start(), m.end(), None, month, year, kind="month")
    day = int(groups["d"])
    if not 1 <= day <= 31:
        return None
    start = m.start("pre") if prefixed else m.start()
    return DateMention(start, m.end(), day, month, year, _time(m), prefixed)


def find_dates(text: str) -> list[DateMention]:
    """All non-overlapping date mentions, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for index, pattern in enumerate(_patterns()):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _build(m, index)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append(mention)
    return sorted(found, key=lambda d: d.start)


@lru_cache(maxsize=1)
def _doc_ref_re() -> re.Pattern[str]:
    """Words that make the following date a document's date."""
    refs = alternation(rules.load("dates.yaml").entries["doc_refs"])
    return re.compile(rf"(?:{refs})[^.;\n]{{0,30}}$")


def is_document_date(text: str, mention: DateMention) -> bool:
    """True for dates of documents ("Chỉ thị 14-CT/TW ngày 1/7/2022") or of history."""
    before = text[max(0, mention.start - 40) : mention.start]
    if _doc_ref_re().search(before):
        return True
    after = text[mention.end : mention.end + 12]
    # "(23/11/1946 - 23/11/2024)": an anniversary span, not a meeting.
    return bool(re.match(r"\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}", after)) or before.rstrip().endswith(
        ("của", "- ")
    )
