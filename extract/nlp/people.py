"""PER mentions: personal names with the role written before or after them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from extract import rules, rx
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import WORD, Scanner, alternation, is_cap, lexicon, literal_trie, scanner
from extract.nlp.orgs import GLOSS, TOKEN

# A name syllable: letters, with an apostrophe inside minority names ("K'Ré", "H'Hen").
_SYLLABLE = rx.compile(rf"{WORD}+(?:['’]{WORD}+)*")


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

    surname_re: Scanner
    role_stops: re.Pattern[str]
    and_words: re.Pattern[str]  # "và", "cùng" + space: may open the next person in a list
    honorific_start: re.Pattern[str]  # an honorific opening a mention ("ông", "Đ/c")
    # A title in any case ("cụm trưởng"), but not the generic ones: ", đại diện ..." is a
    # new clause, not more of the role.
    title_any_case: re.Pattern[str]
    not_before: re.Pattern[str]  # a place or street word right before: "đường Nguyễn Huệ"
    named_after: re.Pattern[str]  # a school or venue head a few words before the name
    not_people: frozenset[str]
    max_syllables: int
    clause_break: re.Pattern[str]  # where a role written before a name can begin


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
    named_after = rx.compile(
        rf"(?<!{WORD})(?:{alternation(after['heads'])})(?:\s+{filler}){{0,{gap}}}\s+$"
    )
    surnames = sorted(e["surnames"])
    generic = set(e["generic_titles"])
    titles_any_case = [t for t in e["titles"] if t not in generic]
    return PeopleRules(
        surname_re=scanner(rf"(?<!{WORD})(?:{literal_trie(surnames)})(?!{WORD}|['’])"),
        role_stops=rx.compile(rf"(?<!{WORD})(?:{alternation(e['role_stops'])})(?!{WORD})"),
        and_words=rx.compile(rf"(?<!{WORD})(?:{alternation(e['and_words'])})\s+"),
        honorific_start=rx.compile_scan(
            rf"(?:{literal_trie(e['honorifics'], ignore_case=True)})(?!{WORD})", re.IGNORECASE
        ),
        title_any_case=rx.compile(
            rf"(?:{literal_trie(titles_any_case, ignore_case=True)})(?!{WORD})",
            re.IGNORECASE,
        ),
        not_before=rx.compile(
            rf"(?<!{WORD})(?:{literal_trie(e['not_before_name'], ignore_case=True)})\s+$",
            re.IGNORECASE,
        ),
        named_after=named_after,
        not_people=frozenset(e["not_people"]),
        max_syllables=e["max_syllables"],
        clause_break=rx.compile(
            rf"[,;:()\n]|\s[-–]\s|(?<!{WORD})(?:{alternation(e['clause_words'])})(?!{WORD})"
        ),
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


# A full stop glued to the next sentence: lower-case letter, ".", a capitalised word.
_GLUED_SENTENCE = rx.compile(r"(?<=[a-zà-ỹđ])\.(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")


def _segment_end(text: str, pos: int) -> int:
    """End of one role segment: up to a separator, a stop word or the sentence end."""
    stops = people_rules().role_stops
    titles = lexicon().title_re
    end = pos
    for m in TOKEN.finditer(text, pos):
        tok = m.group(0)
        if "\n" in text[end : m.start()]:
            break
        if m.start() < end:
            continue  # inside a title already taken whole
        if end > pos and (title := titles.match(text, m.start())):
            end = title.end()  # "Tổng Thư ký": "ký" here is no verb
            continue
        glued = _GLUED_SENTENCE.search(tok)
        if glued:
            end = m.start() + glued.start()  # "Trung ương.Năm 2023": a sentence ends here
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
        if end > pos and (stops.match(text, m.start()) or _next_person(text, m.start())):
            break
        if m.start() < end:
            continue
        end = m.end()
    return end


def _person_at(text: str, pos: int) -> bool:
    """Whether a person's mention opens at pos: an honorific, a title or a name."""
    r = people_rules()
    if r.honorific_start.match(text, pos) or lexicon().title_re.match(text, pos):
        return True
    return bool(r.surname_re.match(text, pos)) and name_end(text, pos) > _surname_end(text, pos)


def _next_person(text: str, pos: int) -> bool:
    """ "và"/"cùng" opening the next person of a list ("... và ông X", "và Đ/c Y - ...")."""
    m = people_rules().and_words.match(text, pos)
    return m is not None and _person_at(text, m.end())


def _is_title(text: str, pos: int) -> bool:
    """True when a role title begins at pos."""
    return bool(lexicon().title_re.match(text, pos))


def _continues(text: str, seg: int, sep: str) -> bool:
    """Whether a segment after a role's comma or dash still belongs to the role.

    After a comma: another title in any case (", cụm trưởng ...") or an organisation
    (", Sở Nội vụ"); after a dash: a capitalised phrase that is not the next person
    ("Ban Thi đua - Khen thưởng", "- Phụ trách Cụm 4").
    """
    r = people_rules()
    if lexicon().title_re.match(text, seg) or r.title_any_case.match(text, seg):
        return True
    head = lexicon().head_re.match(text, seg)
    if sep == ",":
        return head is not None and is_cap(head.group(0))
    if sep in {"-", "–", "—"} and text[seg : seg + 1].isupper():
        return not _person_at(text, seg) and not r.role_stops.match(text, seg)
    return False


def role_after(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the role written after a name (", Bí thư Tỉnh đoàn, Trưởng khối")."""
    first: int | None = None
    end = pos
    while True:
        sep = re.match(r"\s*[,\-–—]\s*|\s+(?=[a-zđ])|\s+(?=[A-ZĐ])", text[end:])
        if sep is None:
            break
        seg = end + sep.end()
        if first is None or not sep.group(0).strip():
            if not _is_title(text, seg):
                break
        elif not _continues(text, seg, sep.group(0).strip()):
            break
        seg_end = _segment_end(text, seg)
        if seg_end <= seg:
            break
        first = seg if first is None else first
        end = seg_end
    return (first, end) if first is not None else None


_LIST_SEP = rx.compile(r",|\s[-–]\s")  # between the parts of one role ("X, Y - Z")


def _title_in(text: str, start: int, end: int) -> int | None:
    """Where the first capitalised title in text[start:end] begins, or None."""
    for m in lexicon().title_re.finditer(text, start, end):
        if is_cap(m.group(0)):
            return m.start()
    return None


def role_before(text: str, start: int) -> tuple[int, int] | None:
    """Span of a role written right before a name ("Phó Giám đốc Sở Tư pháp Lý Hậu Hồng Lê").

    When the last part before the name holds no title ("Phó Giám đốc Sở Nội vụ, Phó Chủ
    tịch Hội đồng Thi đua - khen thưởng tỉnh Đoàn Thị X"), the parts before it that open
    with a title make the role.
    """
    window_start = max(0, start - 160)
    window = text[window_start:start]
    if not window.endswith(" ") or re.search(r"[,;:.()\-–]\s*$", window):
        return None
    breaks = [
        (window_start + m.start(), window_start + m.end(), m.group(0))
        for m in people_rules().clause_break.finditer(window)
    ]
    pieces = []  # (start, end, separator before it) from the name backwards
    end = start
    for b_start, b_end, sep in reversed(breaks):
        pieces.append((b_end, end, sep))
        end = b_start
    pieces.append((window_start, end, ""))
    first = _title_in(text, pieces[0][0], start)
    if first is not None:
        return (first, start - 1)
    # The last part has no title ("... Thi đua - khen thưởng tỉnh"): walk back over parts
    # of one role, each opening with a title.
    role_start = None
    for (_, _, sep), (q_start, q_end, _) in pairwise(pieces):
        if not _LIST_SEP.fullmatch(sep):
            break
        at = _title_in(text, q_start, q_end)
        if at is None or text[q_start:at].strip():
            break
        role_start = at
    if role_start is None:
        return None
    return (role_start, start - 1)


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
    if _named_after_something(text, start, name) or _ends_a_place(text, start, name):
        return None
    return name


def _ends_a_place(text: str, start: int, name: str) -> bool:
    """The surname at start ends a place named before it ("tỉnh Đắk Nông Tạ Đình Đề", "Lâm
    Đồng Lê Văn Trữ"): the person's name begins after it."""
    before = text[max(0, start - 30) : start].split()
    first = name.split()[0]
    return any(
        by_name(" ".join([*before[-n:], first])) is not None for n in (1, 2) if len(before) >= n
    )


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
