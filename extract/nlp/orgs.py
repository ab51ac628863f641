"""ORG mentions: a head word from rules/org_types.yaml extended to the name's end."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract import rx
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import (
    UPPER,
    WORD,
    OrgHead,
    head_info,
    in_and_compound,
    is_cap,
    is_title_at,
    lexicon,
    stop_at,
)

TOKEN = rx.compile(rf"{WORD}+(?:[&'./]{WORD}+)*|\S")
GLOSS = rx.compile(r"\(\s*[A-ZĐƯ][A-ZĐƯa-zđ&.\-]{0,11}(?:\s[A-ZĐƯ&.\-]{1,6})?\s*\)")
MAX_WORDS = 16


@dataclass(frozen=True)
class OrgSpan:
    """An organisation name in the text; `name` drops glosses such as "(MTTQ)"."""

    start: int
    end: int
    name: str
    head: str
    type: str


def next_name_token(text: str, pos: int) -> re.Match[str] | None:
    """The next token on the same line, stepping over glosses such as "(MTTQ)"."""
    while True:
        m = TOKEN.search(text, pos)
        if m is None or "\n" in text[pos : m.start()]:
            return None
        gloss = GLOSS.match(text, m.start()) if m.group(0) == "(" else None
        if gloss is None:
            return m
        pos = gloss.end()


def clean_name(raw: str) -> str:
    """Drop abbreviation glosses and fold spaces ("Ngân hàng (NH) Nhà nước")."""
    text = GLOSS.sub(" ", raw)
    return re.sub(r"\s+", " ", text).strip(" ,;:-–")


def looks_like_person(text: str, pos: int) -> bool:
    """True when a personal name (surname + capitalised syllables) starts at pos."""
    lex = lexicon()
    words: list[tuple[str, int]] = []
    for m in TOKEN.finditer(text, pos):
        word = m.group(0)
        between = text[(m.start() if not words else words[-1][1]) : m.start()]
        if words and (between.strip() or "\n" in between):
            break
        if not is_cap(word) or not word[0].isalpha() or (word.isupper() and len(word) > 1):
            break
        if words and word in lex.title_words and is_title_at(text, m.start()):
            break  # "Nguyễn Văn A Phó Chủ tịch": a title ends the name; "Võ Thành Trung" goes on
        words.append((word, m.end()))
        if len(words) == 4:
            break
    if len(words) < 2 or words[0][0] not in lex.surnames:
        return False
    name = " ".join(w for w, _ in words)
    two = " ".join(w for w, _ in words[:2])
    return not (name in lex.not_people or two in lex.not_people or by_name(two) or by_name(name))


def _ends_at_level(text: str, start: int, pos: int, tok: str) -> bool:
    """True when a bare "tỉnh"/"huyện" closed the name before this lower-case word."""
    lex = lexicon()
    if lex.level_end is None or not tok[0].islower() or tok in lex.level_continues:
        return False
    return bool(lex.level_end.search(text, start, pos))


def _abbreviation_tail(text: str, pos: int) -> bool:
    """True when an all-caps "X&Y" abbreviation follows a comma ("VH, TT&DL")."""
    nxt = TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else TOKEN.match(text, pos)
    return nxt is not None and "&" in nxt.group(0) and nxt.group(0).isupper()


def _capital_next(text: str, pos: int) -> bool:
    """True when a capitalised word follows on the same line after one space."""
    nxt = TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else TOKEN.match(text, pos)
    return nxt is not None and is_cap(nxt.group(0))


def _branch_at_place(text: str, start: int, head_end: int, m: re.Match[str]) -> bool:
    """True for the place word of a branch's name ("Chi nhánh Công ty X tại Lào Cai"): a
    branch is named by where it stands."""
    info = head_info(text[start:head_end])
    if info is None or not info.branch or m.group(0) not in lexicon().branch_places:
        return False
    nxt = TOKEN.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return nxt is not None and is_cap(nxt.group(0))


def _after_dash(text: str, pos: int) -> bool:
    """True when a dash stands right before the word at pos ("X - Chi nhánh Y")."""
    return text[max(0, pos - 3) : pos].strip() in {"-", "–"}


def _is_branch(h: re.Match[str] | None) -> bool:
    """True when the head at a match continues the name before it as its branch."""
    info = head_info(h.group(0)) if h else None
    return info is not None and info.branch


def _named_after(text: str, start: int, head_end: int, pos: int, prev: str, tok: str) -> bool:
    """True when the person-like words at pos are the unit's own name, not a person's."""
    lex = lexicon()
    # "Trường THPT Lý Tự Trọng", "đường Lê Lợi", "Trường Đại học Nông Lâm": a school or venue
    # head makes the capitalised words after it its name, not a person's
    if prev in lex.not_before_name or _named_after_head(text, start, pos):
        return True
    if prev in lex.place_after and _two_capitals(text, pos):
        return True  # "Huyện ủy Đồng Hỷ": a place; "Huyện ủy Nguyễn Văn A" names a person
    # "HTX Kim Bảng", "THPT Lạc Long Quân": a person's name right after a bare head is the
    # unit's own name, all of it; a second one after the unit's name is a person ("HTX Kim
    # Bảng Nguyễn Văn A")
    own_words = text[head_end:pos].split()
    # "Công ty cổ phần cao su Đồng Phú": the unit's kind in lower case (and its legal form in
    # capitals) before its own name
    kind = 0
    while kind < len(own_words) and (own_words[kind].islower() or own_words[kind].isupper()):
        kind += 1
    named = own_words[kind:]
    return (
        text[start:head_end] in lex.proper_name_heads
        and len(named) < 4
        and all(is_cap(w) for w in named)
        and (kind == 0 or any(w.islower() for w in own_words[:kind]))
        and not (len(named) >= 2 and tok in lex.surnames)
    )


_TWO_CAPITALS = re.compile(rf"[{UPPER}]{WORD}*\s+[{UPPER}]{WORD}*(?!\s*[{UPPER}])(?!{WORD})")


def _two_capitals(text: str, pos: int) -> bool:
    """True when exactly two capitalised words start at pos."""
    return _TWO_CAPITALS.match(text, pos) is not None


def _named_after_head(text: str, start: int, pos: int) -> bool:
    """True when a school or venue head and a few words of its kind stand before pos
    ("Trường Cao đẳng Y tế Đặng Thùy Trâm": named after a person, not followed by one)."""
    lex = lexicon()
    if not any(text.startswith(h, start) for h in lex.named_after_heads):
        return False
    words = text[start:pos].split()
    if len(words) <= 3:
        return True  # "Trường Đại học Nông Lâm", "Trường THPT Lý Tự Trọng"
    if words[-1] in lex.place_words and words[-1].islower():
        return False  # "Trường Chính trị tỉnh Nguyễn Văn Nam": the school ends at its level
    if _titled_before(text, start):
        return False  # "Hiệu trưởng Trường Cao đẳng Sư phạm Nguyễn Văn An": its head, named
    kinds = [w for w in words[1:] if is_cap(w)]  # "Cao đẳng", "Y tế"
    return len(kinds) <= lex.named_after_gap


def _titled_before(text: str, start: int) -> bool:
    """True when a person's title ends right before start ("Hiệu trưởng Trường ...")."""
    lo = max(0, start - 40)
    for m in re.finditer(r"\S+", text[lo:start]):
        title = lexicon().title_re.match(text, lo + m.start())
        if title is not None and not text[title.end() : start].strip():
            return True
    return False


def _extend(text: str, start: int, head_end: int, complement: bool) -> int:
    """End offset of the organisation name that starts with a head at start."""
    lex = lexicon()
    end = head_end
    prev = text[start:head_end].split()[-1]
    words = len(text[start:head_end].split())
    pos = head_end
    while words < MAX_WORDS:
        m = next_name_token(text, pos)
        if m is None:
            break
        tok = m.group(0)
        if tok in {"-", "–"}:
            nxt = TOKEN.search(text, m.end())
            if nxt is None or is_title_at(text, nxt.start()) or "\n" in text[m.end() : nxt.start()]:
                break
            if stop_at(text, nxt.start(), prev) or not nxt.group(0)[0].isalnum():
                break
            if nxt.start() > m.end() and not is_cap(nxt.group(0)):
                break  # "X – đơn vị Cụm trưởng": a spaced dash before lower case ends the name
            pos = m.end()
            continue
        if tok == "." and prev in lex.dotted_places and _capital_next(text, m.end()):
            pos = m.end()  # "UBND TP. Buôn Ma Thuột": the dot abbreviates a place word
            continue
        if tok == "," and prev.isupper() and _abbreviation_tail(text, m.end()):
            pos = m.end()  # "Sở VH, TT&DL", "Sở LĐ,TB&XH": a comma inside an abbreviation
            continue
        if tok == "," and lex.comma_re.match(text, m.start()):
            pos = m.end()  # "Sở Văn hóa, Thể thao và Du lịch"
            continue
        if tok == "&" and _capital_next(text, m.end()):
            pos = m.end()  # "Sở Văn hóa Thể thao & Du lịch": a spaced "&" joins two fields
            continue
        if not tok[0].isalnum():
            break
        if _branch_at_place(text, start, head_end, m):
            end, prev, pos = m.end(), tok, m.end()  # "Chi nhánh Công ty X tại Lào Cai"
            words += 1
            continue
        if stop_at(text, m.start(), prev) or _ends_at_level(text, start, m.start(), tok):
            break
        h = lex.head_re.match(text, m.start())
        after_head = pos == head_end  # "Cục Hải quan", "Sở Công Thương": one name
        # "Công đoàn cơ sở Trường THPT X": a head right after a head that takes a
        # complement continues that head's name
        prev_head = head_info(prev)
        opens_new = (
            h
            and is_cap(tok)
            and not complement
            and prev not in lex.joiners
            and not after_head
            and not (prev_head is not None and prev_head.complement)
        )
        # "Cục Thuế thành phố Hải Phòng": a head word ending a province's name continues it
        in_province = opens_new and by_name(f"{prev} {tok}") is not None
        # "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh": the parent's branch
        branch = opens_new and _after_dash(text, m.start()) and _is_branch(h)
        if (
            opens_new
            and not in_province
            and not branch
            and (is_cap(prev) or prev in lex.place_words or prev.isdigit())
        ):
            break
        opens = h is not None and (is_cap(tok) or _lower_head(text, h, head_info(h.group(0))))
        if (
            opens
            and prev in lex.and_words
            and not in_and_compound(text, m.start() - 1, m.start() + 1)
        ):
            break
        if prev in lex.and_words and is_title_at(text, m.start()):
            break  # "Công đoàn Công ty X và Chủ tịch ...": a person's title, not the name
        # "Đoàn Đại biểu Quốc hội": a head of several words is a body, not a person
        body = h is not None and len(h.group(0).split()) > 1
        if (
            is_cap(tok)
            and not body
            and looks_like_person(text, m.start())
            and not _named_after(text, start, head_end, m.start(), prev, tok)
        ):
            break
        end, prev, pos = m.end(), tok, m.end()
        words += 1
    # Trailing function words belong to the sentence, not the name.
    while True:
        tail = lex.trailing.search(text, start, end)
        if tail is None:
            break
        end = tail.start()
    return end


def _lower_head(text: str, m: re.Match[str], info: OrgHead | None) -> bool:
    """A head written in lower case that opens a name: its own name follows, capitalised,
    and no plural word stands before it ("các trường THPT A, B" shares the head)."""
    if info is None or not info.lower:
        return False
    nxt = next_name_token(text, m.end())
    named = any(is_cap(w) for w in m.group(0).split())  # "trường Chính trị tỉnh"
    if nxt is None or not (named or is_cap(nxt.group(0))) or is_title_at(text, nxt.start()):
        return False
    before = text[max(0, m.start() - 12) : m.start()].split()
    return not (before and before[-1].casefold() in lexicon().plural_words)


def org_at(text: str, start: int) -> OrgSpan | None:
    """The organisation whose head word begins at start, if any."""
    m = lexicon().head_re.match(text, start)
    if m is None:
        return None
    info = head_info(m.group(0))
    if info is None or not (is_cap(m.group(0)) or _lower_head(text, m, info)):
        return None
    rest = text[m.end() : m.end() + 30].lstrip(" ")
    if info.not_followed_by is not None and info.not_followed_by.match(rest):
        return None
    if info.needs_word and not rest[:1].isalnum():
        return None
    end = _extend(text, start, m.end(), info.complement)
    name = clean_name(text[start:end])
    return OrgSpan(start, end, name, info.head, info.type)


def find_orgs(text: str, start: int = 0, end: int | None = None) -> list[OrgSpan]:
    """Every organisation mention in text[start:end], left to right, non-overlapping."""
    stop = len(text) if end is None else end
    out: list[OrgSpan] = []
    pos = start
    for m in lexicon().head_re.finditer(text, start, stop):
        if m.start() < pos:
            continue
        span = org_at(text, m.start())
        if span is None or (len(span.name.split()) < 2 and not span.name.isupper()):
            continue  # a lone "Hội" or "Ban" is a back-reference, not a name
        out.append(span)
        pos = span.end
    return out
