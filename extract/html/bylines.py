"""An article's byline from its last lines (or a byline element), by `rules/bylines.yaml`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError
from extract.html.dates import date_in_line

_SPACES = rx.compile(r"\s+")
_EDGE = " \t|•·*_-–—:;,"


@dataclass(frozen=True)
class BylineRules:
    """Compiled `rules/bylines.yaml`."""

    label: re.Pattern[str]
    skip: tuple[re.Pattern[str], ...]
    separator: re.Pattern[str]
    cut: frozenset[str]
    outlet: re.Pattern[str]
    not_name_words: frozenset[str]
    honorific: re.Pattern[str]
    name_honorific: re.Pattern[str]  # "Anh": an honorific that is also a given name
    source_label: re.Pattern[str]  # "Theo", "Nguồn:" before a name, no link or colon after it
    selectors: tuple[str, ...]
    max_words: int
    max_word_letters: int
    max_line_chars: int
    max_lines: int
    top_lines: int
    whole_lines: tuple[tuple[str, re.Pattern[str]], ...]  # (name, whole-line pattern)


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def byline_rules() -> BylineRules:
    """Load and compile `rules/bylines.yaml`."""
    e = rules.load("bylines.yaml").entries
    labels, short = _alternation(e["labels"]), _alternation(e["short_labels"])
    try:
        skip = tuple(rx.compile(x, re.I) for x in e["skip_lines"])
        whole = tuple((w["name"], rx.compile(rf"^(?:{w['regex']})$")) for w in e["whole_lines"])
    except re.error as exc:
        raise RuleError(
            f"rules/bylines.yaml: a skip_lines or whole_lines regex is invalid ({exc}). Fix it."
        ) from exc
    return BylineRules(
        label=rx.compile(rf"^(?:(?:{labels})(?!\w)\s*[:：]?|(?:{short})\s*[:：])\s*", re.I),
        skip=skip,
        separator=rx.compile("(" + _alternation([*e["separators"], *e["cut_separators"]]) + ")"),
        cut=frozenset(s.strip() for s in e["cut_separators"]),
        outlet=rx.compile(rf"(?<!\w)(?:{_alternation(e['outlet_words'])})(?!\w)", re.I),
        not_name_words=frozenset(w.casefold() for w in e["not_name_words"]),
        honorific=rx.compile(rf"^(?:{_alternation(e['honorifics'])})(?!\w)", re.I),
        name_honorific=rx.compile(rf"^(?:{_alternation(e['name_honorifics'])})(?!\w)", re.I),
        # ... never a line with a link or a colon after the name ("Nguồn Đồng Nai: http://...")
        source_label=rx.compile(
            rf"^\(?\s*(?:{_alternation(e['source_labels'])})(?!\w)\s*[:：]?\s*"
            r"(?!.*(?:https?://|www\.|[:：]))",
            re.I,
        ),
        selectors=tuple(e["html_selectors"]),
        max_words=e["max_words"],
        max_word_letters=e["max_word_letters"],
        max_line_chars=e["max_line_chars"],
        max_lines=e["max_lines"],
        top_lines=e["top_lines"],
        whole_lines=whole,
    )


# --- one name ----------------------------------------------------------------------------


def _initials(token: str) -> bool:
    """Dotted initials, possibly ending in a name: "N.P", "H.N.", "T.Thủy"."""
    if "." not in token:
        return False
    parts = [p for p in token.split(".") if p]
    if not parts or not all(p.isalpha() and p[0].isupper() for p in parts):
        return False
    # "T.Thủy" and, in an all-caps byline, "X.THIÊN".
    return all(len(p) == 1 or p[1:].islower() or p.isupper() for p in parts)


def _bare_initials(token: str) -> bool:
    """Undotted initials of a whole byline: "KN", "TTH"."""
    return 2 <= len(token) <= 3 and token.isalpha() and token.isupper()


def _word(token: str, all_caps: bool, r: BylineRules) -> bool:
    """A capitalised name syllable ("Phượng"; "PHƯỢNG" in an all-caps byline)."""
    if not token.isalpha() or len(token) > r.max_word_letters or not token[0].isupper():
        return False
    rest = token[1:]
    return not rest or (rest.isupper() if all_caps else rest.islower())


def is_name(segment: str, *, whole: bool = False, r: BylineRules | None = None) -> bool:
    """Whether `segment` is a person's name (or initials when it is the `whole` byline)."""
    r = r or byline_rules()
    tokens = segment.split()
    if not tokens or len(tokens) > r.max_words or r.outlet.search(segment):
        return False
    # "Anh Khoa" is a name, "Anh Nguyễn Văn A" a caption's honorific and name
    given = r.name_honorific.match(segment) is not None and whole and len(tokens) == 2
    if r.honorific.match(segment) and not given:
        return False
    if any(t.strip(".").casefold() in r.not_name_words for t in tokens):
        return False
    if len(tokens) == 1:
        t = tokens[0]
        return _initials(t) or (whole and _bare_initials(t))
    letters = "".join(ch for ch in segment if ch.isalpha())
    all_caps = letters.isupper()
    return all(_word(t, all_caps, r) or _initials(t) for t in tokens)


def _final_period_ok(name: str) -> bool:
    """A byline has no final period, except after an initial ("H.N.")."""
    return not name.endswith(".") or bool(re.search(r"(?:^|[\s.])\w\.$", name))


def byline_from_line(line: str, r: BylineRules | None = None) -> str | None:
    """The author name(s) a single byline line gives, without labels or outlet, or None."""
    r = r or byline_rules()
    name = _byline(line, r)
    if name is None and ". " in line:
        # A byline glued to the article's last sentence: "... Bằng khen. Nguyễn Thị Vân |".
        name = _byline(line.rsplit(". ", 1)[1], r)
    return name


def _byline(line: str, r: BylineRules) -> str | None:
    """`byline_from_line` for a line that holds nothing but the byline."""
    text = _SPACES.sub(" ", line).strip(_EDGE)
    text = r.label.sub("", text, count=1).strip(_EDGE)
    if not text:
        return None
    pieces = r.separator.split(text)
    names, kept_end = pieces[0].strip(), len(pieces[0])
    if not is_name(names, whole=len(pieces) == 1 or pieces[1].strip() in r.cut, r=r):
        return None
    pos = len(pieces[0])
    for i in range(1, len(pieces) - 1, 2):
        sep, segment = pieces[i], pieces[i + 1]
        if sep.strip() in r.cut or not is_name(segment.strip(), r=r):
            break
        pos += len(sep) + len(segment)
        kept_end = pos
    name = text[:kept_end].strip(_EDGE)
    return name if _final_period_ok(name) else None


# --- the last lines of an article ---------------------------------------------------------


def _skipped(line: str, r: BylineRules) -> bool:
    """Lines that can stand after a byline: sources, photo credits, links, punctuation."""
    if r.label.match(line.strip(_EDGE)):
        return False  # "Ảnh và bài: ..." is a byline, not a photo credit
    return any(p.search(line.strip()) for p in r.skip)


def byline_under_headline(lines: Sequence[str]) -> str | None:
    """A byline on its own line just under the headline, before the body, or None.

    "MINH AN |" or "Thùy Trang 15/02/2023 11:07" (the text before a page date on its line).
    """
    r = byline_rules()
    for line in [x for x in lines if x.strip()][: r.top_lines]:
        if len(line.strip()) > r.max_line_chars:
            return None  # the body has started
        if _skipped(line, r):
            continue  # "I. ĐẶC ĐIỂM TÌNH HÌNH": a report's section heading, a source line
        hit = date_in_line(line)
        name = _byline(line[: hit.start] if hit else line, r)
        if name:
            return name
    return None


def byline_from_lines(lines: Sequence[str]) -> str | None:
    """The byline among the last few non-empty lines of an article, or None."""
    r = byline_rules()
    read = 0
    for line in reversed([x for x in lines if x.strip()][-4 * r.max_lines :]):
        if _skipped(line, r):
            # "Theo Nguyễn Thu Thảo", "Nguồn: Hoàng Văn Thông - Phòng Nghiệp vụ": a person
            # given as the source signs the article; an outlet ("Theo Báo X") is passed over
            source = r.source_label.match(line.strip())
            name = byline_from_line(line.strip()[source.end() :], r) if source else None
            if name:
                return name
            continue
        # An editorial board signing the article's last line (not a CMS's meta default).
        board = _SPACES.sub(" ", line).strip(_EDGE)
        if any(p.match(board) for _, p in r.whole_lines):
            return board
        name = byline_from_line(line, r)
        if name:
            return name
        read += 1
        if read >= r.max_lines or len(line.strip()) > r.max_line_chars:
            return None  # body text: the article has no byline at its end
    return None
