"""BLOC mentions: names of emulation blocs and clusters (Khối/Cụm thi đua)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import UPPER, WORD, alternation, is_cap, is_title_at, lexicon, stop_at
from extract.nlp.orgs import GLOSS, TOKEN, looks_like_person, next_name_token
from extract.text.normalize import fold

ROMAN = re.compile(r"^[IVXLC]+$")
MAX_WORDS = 18


@dataclass(frozen=True)
class BlocMention:
    """A bloc named in the text; `key` is its folded name without the head word."""

    start: int
    end: int
    name: str
    key: str
    full: bool  # written with "thi đua" in its head


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Head, bare-head, comma-continuation and trailing-word patterns from rules/blocs.yaml."""
    cfg = lexicon().blocs
    head = re.compile(rf"(?<!{WORD})(?:{alternation(cfg['heads'])})(?!{WORD})")
    bare = re.compile(
        rf"(?<!{WORD})(?:{alternation(cfg['bare_heads'])})"
        rf"(?=\s+(?:(?!Trưởng|Phó|Khối|Cụm|Thi)[{UPPER}\d]"
        r"|các(?!\s+(?:khối|cụm|đơn vị|thành viên))))"
    )
    comma = re.compile(rf",\s+(?:{alternation(cfg['comma_words'])})(?!{WORD})")
    trailing = tuple(re.compile(t) for t in cfg["trailing"])
    return head, bare, comma, trailing


def comma_continues(text: str, pos: int) -> bool:
    """True when the comma at pos sits inside a name ("Sở Văn hóa, Thể thao và Du lịch")."""
    return bool(_res()[2].match(text, pos))


def bloc_key(name: str) -> str:
    """Folded name without the head word and punctuation, for grouping mentions."""
    key = re.sub(r"[^\w\s]", " ", fold(name))
    key = re.sub(r"^\s*(?:khoi|cum)(?:\s+thi\s+dua)?(?:\s+yeu\s+nuoc)?\b", "", key)
    key = re.sub(r"^\s*so\s+(?=\w+\b)", "", key)  # "số 3" and "3" name the same bloc
    return re.sub(r"\s+", " ", key).strip()


def _generic(text: str, start: int) -> bool:
    """True when words before the head make it generic or part of another name."""
    cfg = lexicon().blocs
    before = text[max(0, start - 20) : start]
    if re.search(rf"(?:{alternation(cfg['not_after'])})\s+$", before):
        return True
    if re.search(rf"(?<!{WORD})(?:{alternation(cfg['generic_before'])})\s+$", before):
        return True
    return bool(re.search(r"(?<![:\d])\d{1,3}[ \t]+$", before))


def _extend(text: str, pos: int, with_comma: bool) -> int:
    """End of a bloc name whose head ends at pos."""
    lex = lexicon()
    cfg = lex.blocs
    _, _, comma_re, _ = _res()
    end, words, prev = pos, 0, ""
    has_cac = False
    cursor = pos
    while words < MAX_WORDS:
        m = next_name_token(text, cursor)
        if m is None:
            break
        tok = m.group(0)
        if tok == ",":
            if comma_re.match(text, m.start()):
                cursor = m.end()
                continue
            nxt = TOKEN.search(text, m.end())
            if not (with_comma and words and nxt):
                break
            word = nxt.group(0)
            lower_ok = word[0].islower() and not stop_at(text, nxt.start(), tok, bloc=True)
            caps_ok = word.isupper() and len(word) <= 5 and has_cac
            if not (lower_ok or caps_ok):
                break
            cursor = m.end()
            continue
        if tok in {"-", "–", "/", "&"}:
            cursor = m.end()
            continue
        if not tok[0].isalnum():
            break
        if stop_at(text, m.start(), prev, bloc=True):
            break
        if tok == "và" and re.match(r"\s+(?:[Kk]hối|[Cc]ụm)\b", text[m.end() :]):
            break  # "Khối thi đua số 3 và Khối thi đua số 5": two blocs
        if "/" in tok or re.fullmatch(r"\d{4,}", tok):
            break  # a date or a year follows the name
        if (prev.isdigit() or ROMAN.match(prev)) and tok in cfg["stop_after_number"]:
            break
        if tok.isdigit() and re.match(r"\s+(?:tháng|ngày|năm(?!\s+\d{4}))", text[m.end() :]):
            break
        if words and is_cap(tok) and is_title_at(text, m.start()):
            break
        if is_cap(tok) and looks_like_person(text, m.start()):
            break
        has_cac = has_cac or tok in {"các", "Các"}
        end, prev, cursor = m.end(), tok, m.end()
        words += 1
    return end


def _clean(raw: str) -> str:
    """Drop glosses and trailing province words from a raw name."""
    _, _, _, trailing = _res()
    name = re.sub(r"\s+", " ", GLOSS.sub(" ", raw)).strip(" ,;:-–")
    name = re.sub(r"\s+([,;])", r"\1", name)
    for pattern in trailing:
        name = pattern.sub("", name).strip()
    tail = re.search(r"\s+(?:của\s+)?(?:trên địa bàn\s+)?(?:tỉnh|thành phố)\s+(.+)$", name)
    if tail and by_name(tail.group(1)):
        name = name[: tail.start()].strip()
    return name


def find_bloc_mentions(text: str) -> list[BlocMention]:
    """Every named bloc mention (generic "khối thi đua" references are skipped)."""
    head, bare, _, _ = _res()
    found: list[BlocMention] = []
    for pattern, full in ((head, True), (bare, False)):
        for m in pattern.finditer(text):
            if any(b.start <= m.start() < b.end for b in found) or _generic(text, m.start()):
                continue
            end = _extend(text, m.end(), with_comma=True)
            name = _clean(text[m.start() : end])
            key = bloc_key(name)
            if not key:
                continue
            found.append(BlocMention(m.start(), end, name, key, full))
    return _apply_renames(text, sorted(found, key=lambda b: b.start))


def _apply_renames(text: str, found: list[BlocMention]) -> list[BlocMention]:
    """ "X (nay được gọi là Y)": X takes Y's name, so both group as one bloc."""
    markers = alternation(lexicon().blocs["rename_markers"])
    out = list(found)
    for i, old in enumerate(found):
        after = text[old.end : old.end + 40]
        if not re.match(rf"\s*\(\s*(?:{markers})\s", after):
            continue
        new = next((b for b in found if b.start > old.end and b.start - old.end < 40), None)
        if new is not None:
            out[i] = BlocMention(old.start, old.end, new.name, new.key, new.full)
    return out
