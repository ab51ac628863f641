"""PER mentions: personal names with the role written before or after them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules
from extract.nlp.lexicon import WORD, alternation, is_cap, lexicon
from extract.nlp.orgs import GLOSS, TOKEN, looks_like_person


@dataclass(frozen=True)
class PersonSpan:
    """A named person and, when written, their role."""

    start: int
    end: int
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    honorific: bool


@lru_cache(maxsize=1)
def _cfg() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Role stop words and words that make a following name a place or a street."""
    entries = rules.load("people.yaml").entries
    stops = re.compile(rf"(?<!{WORD})(?:{alternation(entries['role_stops'])})(?!{WORD})")
    before = re.compile(rf"(?<!{WORD})(?:{alternation(entries['not_before_name'])})\s+$")
    return stops, before


def _name_end(text: str, start: int) -> int:
    """End of a personal name starting at start (surname + up to 3 capitalised syllables)."""
    lex = lexicon()
    end, count = start, 0
    for m in TOKEN.finditer(text, start):
        if count and (text[end : m.start()] != " " or m.group(0) in lex.title_words):
            break
        word = m.group(0)
        if not (is_cap(word) and word[0].isalpha()) or count == 4:
            break
        end, count = m.end(), count + 1
    return end


def _segment_end(text: str, pos: int) -> int:
    """End of one role segment: up to a separator, a stop word or the sentence end."""
    stops, _ = _cfg()
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
        sep = re.match(r"\s*[,\-–—]\s*|\s+(?=[a-zđ])", text[end:])
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


def find_people(text: str) -> list[PersonSpan]:
    """Every named person with an honorific or a role, in text order."""
    lex = lexicon()
    _, not_before = _cfg()
    out: list[PersonSpan] = []
    pattern = re.compile(rf"(?<!{WORD})(?:{alternation(sorted(lex.surnames))})(?!{WORD})")
    pos = 0
    for m in pattern.finditer(text):
        if m.start() < pos or not looks_like_person(text, m.start()):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if not_before.search(before):
            continue
        end = _name_end(text, m.start())
        name = text[m.start() : end]
        if name.isupper():
            continue
        honorific = bool(lex.honorific_re.search(before))
        after = role_after(text, end)
        ahead = role_before(text, m.start()) if not honorific else None
        spans = [s for s in (ahead, after) if s is not None]
        parts = [text[s:e] for s, e in spans]
        if not (honorific or parts or len(name.split()) >= 3):
            continue
        role = ", ".join(re.sub(r"\s+", " ", p).strip(" ,-–") for p in parts) or None
        role_span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        out.append(PersonSpan(m.start(), end, name, role, role_span, honorific))
        pos = end
    return out
