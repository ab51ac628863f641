"""PER mentions: personal names with the role written before or after them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import WORD, alternation, is_cap, lexicon
from extract.nlp.orgs import GLOSS, TOKEN

# A name syllable: letters, with an apostrophe inside minority names ("K'Ré", "H'Hen").
_SYLLABLE = re.compile(rf"{WORD}+(?:['’]{WORD}+)*")


@dataclass(frozen=True)
class PersonSpan:
    """A named person and, when written, their role; `rule` says what made it a person."""

    start: int
    end: int
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    honorific: bool
    rule: str = ""  # honorific | role | full_name


@dataclass(frozen=True)
class PeopleRules:
    """Compiled `rules/people.yaml` (the parts only people need; titles live in the lexicon)."""

    surname_re: re.Pattern[str]
    role_stops: re.Pattern[str]
    not_before: re.Pattern[str]  # a place or street word right before: "đường Nguyễn Huệ"
    named_after: re.Pattern[str]  # a school or venue head a few words before the name
    not_people: frozenset[str]
    max_syllables: int


@lru_cache(maxsize=1)
def people_rules() -> PeopleRules:
    """Compile `rules/people.yaml` once."""
    e = rules.load("people.yaml").entries
    after = e["named_after"]
    gap = after["max_gap_words"]
    # Words between the head and the name: abbreviations ("THPT") or a lower-case tail
    # ("Chính trị", "Tiểu học"); never two capitalised words, which would be a name.
    filler = rf"(?:[A-ZĐ]{{2,}}|[^\W\d_]{WORD}*(?:\s+[a-zà-ỹđ]{WORD}*)*)"
    # Heads are literal words (escaped): the pattern always compiles.
    named_after = re.compile(
        rf"(?<!{WORD})(?:{alternation(after['heads'])})(?:\s+{filler}){{0,{gap}}}\s+$"
    )
    surnames = sorted(e["surnames"])
    return PeopleRules(
        surname_re=re.compile(rf"(?<!{WORD})(?:{alternation(surnames)})(?!{WORD}|['’])"),
        role_stops=re.compile(rf"(?<!{WORD})(?:{alternation(e['role_stops'])})(?!{WORD})"),
        not_before=re.compile(
            rf"(?<!{WORD})(?:{alternation(e['not_before_name'])})\s+$", re.IGNORECASE
        ),
        named_after=named_after,
        not_people=frozenset(e["not_people"]),
        max_syllables=e["max_syllables"],
    )


# --- the name itself ---------------------------------------------------------------------


def _is_name_syllable(word: str, first: bool) -> bool:
    """A capitalised syllable; an all-caps word other than the surname is an abbreviation."""
    if not (is_cap(word) and word[0].isalpha()):
        return False
    return first or len(word) == 1 or not word.isupper()


def name_end(text: str, start: int, *, strict: bool = False) -> int:
    """End of a personal name at `start`: a surname and capitalised syllables on one line.

    A syllable that opens a full title ("Phó Chủ tịch", "Đại diện") ends the name; one that
    is only a title's first word ("Quyền", "Đại", "Chánh", "Thành") is a given name, unless
    `strict` (a name with nothing else to vouch for it: "Đoàn Viện Nghiên cứu" is no one).
    """
    r = people_rules()
    lex = lexicon()
    end, count = start, 0
    pos = start
    while count < r.max_syllables:
        m = _SYLLABLE.match(text, pos)
        if m is None or not _is_name_syllable(m.group(0), count == 0):
            break
        if count and (
            lex.title_re.match(text, m.start()) or (strict and m.group(0) in lex.title_words)
        ):
            break
        end, count = m.end(), count + 1
        gap = re.match(r" (?=\S)", text[end : end + 2])
        if gap is None:
            break
        pos = end + 1
    return end


def _surname_end(text: str, start: int) -> int:
    """End of the (possibly two-word) surname matched at `start`."""
    m = people_rules().surname_re.match(text, start)
    return m.end() if m else start


def _named_after_something(text: str, start: int, name: str) -> bool:
    """A street, ward, school or venue named after a person, not the person."""
    r = people_rules()
    before = text[max(0, start - 60) : start]
    if r.not_before.search(before) or r.named_after.search(before):
        return True
    words = name.split()
    # "Đường Hồ Chí Minh Việt Nam": a famous three-syllable name inside a longer place name
    # (a two-syllable one is a given name too: "Lê Quang Trung").
    grams = (
        " ".join(words[i : i + n])
        for n in range(3, len(words) + 1)
        for i in range(len(words) - n + 1)
    )
    return any(g in r.not_people for g in grams)


def _is_place(name: str) -> bool:
    """A province or city that reads like a name ("Hà Giang", "Lâm Đồng")."""
    words = name.split()
    return any(by_name(" ".join(words[:n])) is not None for n in (2, len(words)))


# --- roles -------------------------------------------------------------------------------


def _segment_end(text: str, pos: int) -> int:
    """End of one role segment: up to a separator, a stop word or the sentence end."""
    stops = people_rules().role_stops
    end = pos
    for m in TOKEN.finditer(text, pos):
        tok = m.group(0)
        if "\n" in text[end : m.start()]:
            break
        if tok == "(":
            g = GLOSS.match(text, m.start())
            if g is None:
                break
            end = g.end()
            continue
        if (
            tok in {",", ";", ")", ":", "-", "–", "—", "|"}
            or (tok == "." and m.end() >= len(text))
            or (tok == "." and text[m.end() : m.end() + 1] in {" ", "\n"})
        ):
            break
        if not tok[0].isalnum() and tok not in {"&", "/", "."}:
            break
        if end > pos and stops.match(text, m.start()):
            break
        if m.start() < end:
            continue
        end = m.end()
    return end


def _is_title(text: str, pos: int) -> bool:
    """True when a role title begins at pos."""
    return bool(lexicon().title_re.match(text, pos))


def role_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the role written after a name (", Bí thư Tỉnh đoàn, Trưởng khối")."""
    first: int | None = None
    end = pos
    while True:
        sep = re.match(r"\s*[,\-–—]\s*|\s+(?=[a-zđ])|\s+(?=[A-ZĐ])", text[end:])
        if sep is None:
            break
        seg = end + sep.end()
        if not _is_title(text, seg):
            break
        seg_end = _segment_end(text, seg)
        if seg_end <= seg:
            break
        first = seg if first is None else first
        end = seg_end
    return (first, end) if first is not None else None


def role_before(text: str, start: int) -> tuple[int, int] | None:
    """Span of a role written right before a name ("Phó Giám đốc Sở Tư pháp Lý Hậu Hồng Lê")."""
    window_start = max(0, start - 120)
    window = text[window_start:start]
    if not window.endswith(" ") or re.search(r"[,;:.()\-–]\s*$", window):
        return None
    clause = re.split(r"[,;:()\n]|\s[-–]\s|\bcó\b|\bvà\b|\bcủa\b", window)[-1]
    offset = start - len(clause)
    for m in lexicon().title_re.finditer(text, offset, start):
        if is_cap(m.group(0)):
            return (m.start(), start - 1)
    return None


# --- people ------------------------------------------------------------------------------


def _candidate(text: str, start: int, *, strict: bool = False) -> str | None:
    """The name at `start` when it is a person's (surname + a given name), else None."""
    end = name_end(text, start, strict=strict)
    name = text[start:end]
    if end <= _surname_end(text, start) or len(name.split()) < 2 or name.isupper():
        return None  # a surname alone, or a name in a heading set in capitals
    r = people_rules()
    if name in r.not_people or " ".join(name.split()[:2]) in r.not_people or _is_place(name):
        return None
    if _named_after_something(text, start, name):
        return None
    return name


def find_people(text: str) -> list[PersonSpan]:
    """Every named person with an honorific or a role, in text order."""
    lex = lexicon()
    out: list[PersonSpan] = []
    pos = 0
    for m in people_rules().surname_re.finditer(text):
        if m.start() < pos:
            continue
        name = _candidate(text, m.start())
        if name is None:
            continue
        end = m.start() + len(name)
        before = text[max(0, m.start() - 30) : m.start()]
        honorific = bool(lex.honorific_re.search(before))
        after = role_after(text, end)
        ahead = role_before(text, m.start()) if not honorific else None
        spans = [s for s in (ahead, after) if s is not None]
        parts = [text[s:e] for s, e in spans]
        if not (honorific or parts):
            # No honorific, no role: only a full name read strictly ("Hoàng Thị Mai Anh").
            name = _candidate(text, m.start(), strict=True) or ""
            end = m.start() + len(name)
            if len(name.split()) < 3:
                continue
        rule = "honorific" if honorific else "role" if parts else "full_name"
        role = ", ".join(re.sub(r"\s+", " ", p).strip(" ,-–") for p in parts) or None
        role_span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        out.append(PersonSpan(m.start(), end, name, role, role_span, honorific, rule))
        pos = end
    return out
