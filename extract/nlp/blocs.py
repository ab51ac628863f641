"""BLOC mentions: names of emulation blocs and clusters (Khối/Cụm thi đua), rules/blocs.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError
from extract.nlp.abbreviations import expand_abbreviations
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import (
    UPPER,
    WORD,
    Scanner,
    alternation,
    expand,
    is_cap,
    is_title_at,
    lexicon,
    literal_trie,
    lower_regex,
    scanner,
    stop_at,
)
from extract.nlp.orgs import GLOSS, TOKEN, looks_like_person, next_name_token
from extract.text.normalize import fold, lower_keep_offsets

ROMAN = rx.compile(r"^[IVX]{1,5}$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
MAX_WORDS = 18
RULE_FILE = "blocs.yaml"


@dataclass(frozen=True)
class BlocMention:
    """A bloc named in the text; `key` is its folded name without the head word."""

    start: int
    end: int  # end of everything read as the name, qualifier included
    name: str  # the name as written: head and descriptor, or head through its number
    key: str
    full: bool  # written with "thi đua" in its head
    kind: str = "khoi"  # khoi | cum: the head word, folded
    number: int | None = None  # "số 3", "03", "VII"
    rule: str = "full-head"  # the head rule that opened the mention
    qualifier: str = ""  # what qualifies a numbered name, as written ("Bộ Công an")


@dataclass(frozen=True)
class HeadRule:
    """One named head pattern."""

    name: str
    pattern: Scanner
    full: bool


@dataclass(frozen=True)
class BlocRules:
    """Compiled rules/blocs.yaml."""

    heads: tuple[HeadRule, ...]
    number: re.Pattern[str]
    context: re.Pattern[str]
    bare_deny: re.Pattern[str]
    bare_deny_any_case: re.Pattern[str]  # the same words, in any case ("Cụm Công nghiệp")
    not_after: re.Pattern[str]
    generic_before: re.Pattern[str]
    role_after: re.Pattern[str]
    role_before: re.Pattern[str]  # "trưởng cụm": a bare head that is part of a role noun
    rename: re.Pattern[str]
    alias_gap: re.Pattern[str]  # "(", "(gọi tắt là": what stands between a name and its alias
    dash_opener: re.Pattern[str]  # "Các", "Nhiều": after a dash, the next sentence opens
    dash_field: re.Pattern[str]  # "Xây dựng": after a dash, a field though it reads as a verb
    dash_name: re.Pattern[str]  # "Thương binh và Xã hội": after a dash, an official name goes on
    divided: re.Pattern[str]  # ": chia làm 3 cụm" after a name: a set of blocs, not one
    leads: re.Pattern[str]  # "dẫn đầu phong trào thi đua" right before a bloc's name
    parent: re.Pattern[str]
    national_parent: re.Pattern[str]
    generic_set: re.Pattern[str]  # "các đơn vị": a name the parent after it tells apart
    bare_parent: re.Pattern[str]  # "thuộc quận": a parent named by its level alone
    tail_words: re.Pattern[str]  # folded words that open a parent or place tail ("thuoc")
    plural_word: re.Pattern[str]  # folded words that only make a descriptor plural ("cac", "khoi")
    qualifier: re.Pattern[str]  # what joins a qualifier to a numbered name (", ", " - ")
    qualifier_lead: re.Pattern[str]  # lower-case words that may open a qualifier ("ngành")
    about: re.Pattern[str]
    about_stop: re.Pattern[str]  # "về việc", "về dự": "về" is a verb or a preposition here
    and_stop: re.Pattern[str]
    comma_not: re.Pattern[str]
    region: re.Pattern[str]
    trailing: tuple[re.Pattern[str], ...]
    comma: re.Pattern[str]
    slug_stops: tuple[str, ...]
    slug_deny: re.Pattern[str]  # folded bare_deny words: "khoi-pho", "cum-cong-nghiep"
    empty: re.Pattern[str]  # folded descriptors that name no bloc
    level: re.Pattern[str]  # folded descriptors that name a level of blocs
    bare_not_next: frozenset[str]  # words after which a bare head opens no bloc ("Trưởng")
    bare_plural: frozenset[str]  # "các": a bare head before it may open a plural name
    bare_plural_deny: re.Pattern[str]  # "đơn vị" after "các": a plural use, no bloc
    province_tail: re.Pattern[str]  # "... tỉnh Yên Bái" ending a name; group 1 the province
    comma_province_tail: re.Pattern[str]  # ", tỉnh Vĩnh Long" ending a name
    place_list: re.Pattern[str]  # a name that lists places ("các huyện"): its commas join them
    bare_head: re.Pattern[str]  # the bare heads ("khối", "cụm") as written, any case
    key_head: re.Pattern[str]  # any head at the start of a folded key ("khoi thi dua")
    key_number: re.Pattern[str]  # "so " before a number in a folded key
    number_gap: re.Pattern[str]  # what may stand between a head and "số N" ("cấp tỉnh")
    topic_lead: re.Pattern[str]  # "Với", "Riêng": a paragraph's opening words before its bloc
    owner_before: re.Pattern[str]  # "của" right before a bloc: it owns a thing, no topic
    day_note: re.Pattern[str]  # "X (sáng 14/3, tại ...)": the bloc's own meeting day
    meeting_of: re.Pattern[str]  # "Hội nghị của" before a bloc: its meeting, the topic


def _words(words: list[str], *, ignore_case: bool = False) -> str:
    """Whole-word alternation of literal phrases (ignore_case: for a regex compiled with
    IGNORECASE, see literal_trie)."""
    return rf"(?<!{WORD})(?:{literal_trie(words, ignore_case=ignore_case)})(?!{WORD})"


@lru_cache(maxsize=1)
def bloc_rules() -> BlocRules:
    """Load and compile rules/blocs.yaml once."""
    e = rules.load(RULE_FILE).entries
    words = sorted(lexicon().number_words)
    number_words = "|".join(re.escape(fold(w)) for w in words)
    try:
        heads = tuple(
            HeadRule(
                h["name"],
                scanner(rf"(?<!{WORD})(?:{lower_regex(expand(h['regex']))})(?!{WORD})"),
                h["full"],
            )
            for h in e["heads"]
        )
        return BlocRules(
            heads=heads,
            number=rx.compile(expand(e["number"])),
            context=rx.compile_scan(expand(e["context"]), re.I),
            bare_deny=rx.compile(_words(e["bare_deny"])),
            bare_deny_any_case=rx.compile_scan(_words(e["bare_deny"], ignore_case=True), re.I),
            not_after=rx.compile(rf"(?:{alternation(e['not_after'])})\s+$"),
            generic_before=rx.compile(
                rf"(?<!{WORD})(?:{alternation(e['generic_before'])})\s+$", re.I
            ),
            role_after=rx.compile(rf"\s+(?:{alternation(e['role_after'])})(?!{WORD})", re.I),
            role_before=rx.compile(rf"(?<!{WORD})(?:{e['role_before']})[ \t]+$", re.I),
            # "X (nay được gọi là Y)", "X – từ năm nay mang tên Y –"
            rename=rx.compile(
                rf"\s*[(–—-]\s*(?:(?:{e['rename_since']})\s*,?\s+)?"
                rf"(?:{alternation(e['rename_markers'])})\s"
            ),
            alias_gap=rx.compile(
                rf"\s*\(\s*(?:(?:{alternation(e['alias_markers'])})(?!{WORD})[\s:,]*)?", re.I
            ),
            dash_opener=rx.compile_scan(_words(e["dash_openers"], ignore_case=True), re.I),
            dash_field=rx.compile(_words(e["dash_fields"])),
            dash_name=rx.compile_scan(_words(e["dash_names"], ignore_case=True), re.I),
            divided=rx.compile_scan(e["divided"], re.I),
            leads=rx.compile_scan(e["leads"], re.I),
            parent=rx.compile(
                rf"(?:{alternation(e['parent_words'])})\s+(?=[{UPPER}])"
                rf"(?!{expand(e['parent_keep'])})"
            ),
            national_parent=rx.compile(e["national_parent"]),
            generic_set=rx.compile(e["generic_set"]),
            bare_parent=rx.compile(expand(e["bare_parent"])),
            qualifier=rx.compile_scan(expand(e["qualifier"]), re.I),
            plural_word=rx.compile(
                rf"^(?:{'|'.join(re.escape(fold(w)) for w in e['plural_words'])})\s+"
            ),
            qualifier_lead=rx.compile(_words(e["qualifier_leads"])),
            tail_words=rx.compile(
                rf"(?:{'|'.join(re.escape(fold(w)) for w in e['tail_words'])})\b"
            ),
            about=rx.compile(_words(e["about_words"])),
            about_stop=rx.compile_scan(_words(e["about_stops"], ignore_case=True), re.I),
            and_stop=rx.compile_scan(rf"và\s+(?:{alternation(e['and_stops'])}|\d)(?!{WORD})", re.I),
            comma_not=rx.compile(_words(e["comma_not"])),
            region=rx.compile(_words(e["regions"])),
            trailing=tuple(rx.compile(expand(t)) for t in e["trailing"]),
            comma=lexicon().comma_descriptor,
            slug_stops=tuple(e["slug_stops"]),
            slug_deny=rx.compile(
                rf"(?:khoi|cum)-(?!thi-dua|giao-uoc)(?:{alternation(e['slug_deny'])})(?:-|$)"
            ),
            level=rx.compile(rf"(?:{'|'.join(re.escape(fold(w)) for w in e['level_words'])})\b"),
            # matched on the lower-cased descriptor, not the folded key: "sở" is not "số"
            empty=rx.compile(rf"(?:(?:{alternation(e['empty_words'])})(?!{WORD})[\s,.;:-]*)+"),
            bare_not_next=frozenset(w.casefold() for w in e["bare_not_next"]),
            bare_plural=frozenset(w.casefold() for w in e["bare_plural"]),
            bare_plural_deny=rx.compile_scan(
                rf"\s*{_words(e['bare_plural_deny'], ignore_case=True)}", re.I
            ),
            province_tail=rx.compile(e["province_tail"]),
            comma_province_tail=rx.compile(e["comma_province_tail"]),
            place_list=rx.compile_scan(expand(e["place_list"]), re.I),
            bare_head=rx.compile(
                rf"(?<!{WORD})(?:{'|'.join(h['regex'] for h in e['heads'] if not h['full'])})"
                rf"(?!{WORD})",
                re.I,
            ),
            # heads are written in lower case with \s only, so folding them keeps them regexes
            key_head=rx.compile(
                rf"^\s*(?:{'|'.join(fold(h['regex']) for h in e['heads'])})(?![\w])"
            ),
            key_number=rx.compile(rf"^\s*(?:{number_words})\s+(?=\w+\b)"),
            topic_lead=rx.compile(
                rf"\s*(?:{_words(e['topic_leads'], ignore_case=True)})\s*$", re.I
            ),
            owner_before=rx.compile(rf"{_words(e['owner_words'], ignore_case=True)}\s+$", re.I),
            day_note=rx.compile(e["day_note"], re.I),
            meeting_of=rx.compile(e["meeting_of"], re.I),
            number_gap=rx.compile(
                rf"[ \t]+(?:[^\W\d]+[ \t]+){{0,3}}?(?=(?:{alternation(words)})[ \t])|[ \t]+"
            ),
        )
    except re.error as exc:
        raise RuleError(
            f"rules/{RULE_FILE}: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc


def comma_continues(text: str, pos: int) -> bool:
    """True when the comma at pos sits inside a name ("Sở Văn hóa, Thể thao và Du lịch")."""
    return bool(bloc_rules().comma.match(text, pos))


def roman_value(token: str) -> int | None:
    """The value of a roman numeral token ("VII" -> 7), None when it is not one."""
    if not ROMAN.match(token):
        return None
    total, prev = 0, 0
    for ch in reversed(token):
        value = ROMAN_VALUES[ch]
        total += -value if value < prev else value
        prev = max(prev, value)
    return total


def number_value(token: str) -> int | None:
    """A bloc number from digits or a roman numeral."""
    return int(token) if token.isdigit() else roman_value(token)


@lru_cache(maxsize=8192)
def bloc_key(name: str) -> str:
    """Folded name without the head word and punctuation, for grouping mentions."""
    # "các trường ĐH, CĐ" and "các trường Đại học, Cao đẳng" are one name
    key = re.sub(r"[^\w\s]", " ", fold(expand_abbreviations(name).replace("&", " và ")))
    r = bloc_rules()
    key = r.key_head.sub("", key)
    key = r.key_number.sub("", key)  # "số 3" and "3" name the same bloc
    key = re.sub(r"\b0+(?=\d)", "", key)  # so do "số 02" and "số 2"
    return re.sub(r"\s+", " ", key).strip()


def _generic(text: str, start: int) -> bool:
    """True when words before the head make it generic or part of another name."""
    r = bloc_rules()
    before = text[max(0, start - 20) : start]
    if r.not_after.search(before):
        return True
    generic = r.generic_before.search(before)
    # "Trưởng cụm Cụm thi đua số 8": the "cụm" before is the role noun's, not a plural
    if generic and not r.role_before.search(before, 0, generic.start()):
        return True
    return bool(re.search(r"(?<![:\d])\d{1,3}[ \t]+$", before))


def _sentence_at(text: str, pos: int) -> str:
    """The line around pos, cut at sentence stops (a cheap sentence for context checks)."""
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
    end_nl = text.find("\n", pos)
    end_dot = text.find(". ", pos)
    ends = [e for e in (end_nl, end_dot) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _bare_ok(text: str, head: tuple[int, int], emulation: bool, spoken: bool) -> bool:
    """A bare "Khối"/"Cụm" opens a bloc before a number, "các", a capital or a bloc noun.

    Only where blocs are spoken of: the article names a bloc with "thi đua" (`emulation`)
    or the sentence speaks of emulation; elsewhere "khối A00", "Cụm B" are other things. A
    capitalised numbered head ("Khối 7", "Cụm 03") needs only an article that speaks of
    emulation somewhere (`spoken`): "khối 10" of a school stays out.
    """
    r = bloc_rules()
    head_end = head[1]
    rest = text[head_end : head_end + 40]
    m = re.match(r"[ \t]+(\S+)", rest)
    if m is None or r.role_after.match(rest):
        return False
    word = m.group(1).strip(",.;:()")
    if not word:
        return False
    numbered = _number_at(text, head_end + m.start(1)) is not None
    in_context = emulation or bool(r.context.search(_sentence_at(text, head_end)))
    if not in_context:
        return numbered and spoken and text[head[0]].isupper()
    if numbered:
        return True
    if word.isdigit() and lexicon().duration_after.match(text, head_end + m.end(1)):
        return False  # "cụm 3 tháng": a span of time; "Cụm 7 tỉnh biên giới" is a name
    if word.casefold() in r.bare_not_next:  # "Khối Trưởng", "CỤM TRƯỞNG": a role noun
        return False
    if stop_at(text, head_end + m.start(1), "", bloc=True):
        return False  # "Khối trình bày ...": a verb follows, the head is a back-reference
    if looks_like_person(text, head_end + m.start(1)):
        return False
    if word.casefold() in r.bare_plural:
        return not r.bare_plural_deny.match(rest, m.end())
    if is_cap(word):
        return word.replace("-", "").isalpha() and len(word) > 1  # not "khối A00", "Cụm B"
    if r.bare_deny.match(rest, m.start(1)):
        return False
    return bool(r.context.search(_sentence_at(text, head_end)))


def _number_at(text: str, pos: int) -> re.Match[str] | None:
    """A bloc number right at pos ("số 3", "03", "VII")."""
    m = bloc_rules().number.match(text, pos)
    if m is None or number_value(m.group("n")) is None:
        return None
    if m.start("n") > m.start():
        return m  # "số 3 tỉnh Gia Lai": after "số" it is a bloc number
    if lexicon().quantity_after.match(text, m.end()) and not one_province_after(text, m.end()):
        return None  # "3 tháng", "5 đơn vị": a quantity, not a bloc number
    return m


def one_province_after(text: str, pos: int) -> bool:
    """True when one province's name follows pos ("13 tỉnh Đồng Nai"), not a list of them."""
    rule = lexicon().one_province_after
    m = rule.match(text, pos) if rule is not None else None
    return m is not None and by_name(m.group("name")) is not None


def _dash_field_end(text: str, pos: int) -> int | None:
    """End of a field written after a dash ("Giao thông - Xây dựng") that ends there: a verb,
    a dash, a capital or the end follows, not a lower-case object ("Xây dựng khối ...")."""
    m = bloc_rules().dash_field.match(text, pos)
    if m is None:
        return None
    nxt = next_name_token(text, m.end())
    if nxt is None or not nxt.group(0)[0].isalnum() or is_cap(nxt.group(0)):
        return m.end()
    if one_province_after(text, m.end()):
        return m.end()  # "Giao thông - Xây dựng tỉnh Lào Cai": the bloc's province follows
    if nxt.group(0) in lexicon().and_words and _head_after(text, nxt.end()):
        return m.end()  # "Giao thông - Xây dựng và cụm Nông nghiệp": the next bloc follows
    return m.end() if stop_at(text, nxt.start(), "", bloc=True) else None


def _dash_name_end(text: str, pos: int) -> int | None:
    """End of the part of an official name written after a dash ("- Thương binh và Xã hội")."""
    nxt = next_name_token(text, pos)
    if nxt is None:
        return None
    m = bloc_rules().dash_name.match(text, nxt.start())
    return m.end() if m else None


def _parent_after_dash(text: str, pos: int) -> bool:
    """True when a body named with its one province opens at pos ("– Công an tỉnh Hòa Bình",
    "- LĐLĐ tỉnh Sóc Trăng"): after a dash it is the bloc's parent, not a segment of its name."""
    head = lexicon().head_re.match(text, pos)
    if head is None:
        return False
    segment = re.match(r"[^,.;:()\n]{0,40}", text[head.end() :])
    gaps = re.finditer(r"\s+", segment.group(0) if segment else "")
    return any(one_province_after(text, head.end() + gap.start()) for gap in gaps)


def _head_after(text: str, pos: int) -> bool:
    """True when a bare head ("Khối", "cụm") follows pos after spaces."""
    after = re.match(r"\s+", text[pos : pos + 3])
    return after is not None and bool(bloc_rules().bare_head.match(text, pos + after.end()))


def _segment_ok(text: str, pos: int) -> bool:
    """True when the words after a dash still name the bloc ("Văn hóa - Xã hội")."""
    words = 0
    cursor = pos
    while True:
        m = next_name_token(text, cursor)
        if m is None:
            return words > 0
        tok = m.group(0)
        if not tok[0].isalnum():
            return words > 1 or (words > 0 and tok not in {":", "("})
        field = _dash_field_end(text, m.start()) if words == 0 else None
        if field is not None:
            words, cursor = 1, field
            continue
        if words == 0 and (
            is_title_at(text, m.start())
            or looks_like_person(text, m.start())
            or _parent_after_dash(text, m.start())
            or bloc_rules().dash_opener.match(text, m.start())
            or _unit_list_at(text, m.start())
        ):
            return False
        if stop_at(text, m.start(), "", bloc=True) or re.fullmatch(r"\d+(?:/\d+)*", tok):
            return words > 0 and words <= 5
        if words and tok in lexicon().and_words and _head_after(text, m.end()):
            return True  # "Văn hóa - Xã hội và Khối thi đua Kinh tế": the next bloc follows
        words += 1
        if words > 5:
            return False
        cursor = m.end()


def _unit_list_at(text: str, pos: int) -> bool:
    """True when a list of units opens at pos ("Khối X – Sở A; Sở B; Sở C – đã ký"): a unit's
    head, then ";" before the next dash or the sentence's end."""
    if lexicon().head_re.match(text, pos) is None:
        return False
    stretch = re.match(r"[^.\n–—]*", text[pos : pos + 300])
    return stretch is not None and ";" in stretch.group(0)


def _coordination(text: str, pos: int) -> bool:
    """True when a comma opens the middle of a coordinated descriptor ("Đảng, Mặt trận và các
    đoàn thể"): a few words, then "và" and more descriptor, before any stop or punctuation."""
    r = bloc_rules()
    words, cursor = 0, pos
    while words <= 4:
        m = next_name_token(text, cursor)
        if m is None or not m.group(0)[0].isalnum():
            return False
        if m.group(0) in lexicon().and_words:
            return words > 0 and not r.and_stop.match(text, m.start())
        if stop_at(text, m.start(), "", bloc=True) or looks_like_person(text, m.start()):
            return False
        words, cursor = words + 1, m.end()
    return False


def _place_at(text: str, pos: int) -> int:
    """End of a province or region named at pos, else -1."""
    r = bloc_rules().region.match(text, pos)
    if r:
        return r.end()
    words = TOKEN.findall(text[pos : pos + 40])[:4]
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if cand and cand[0].isupper() and by_name(cand) is not None:
            found = text.find(words[n - 1], pos) + len(words[n - 1])
            return found
    return -1


def _listed_place_end(text: str, head_end: int, pos: int) -> int:
    """End of a short capitalised place name at pos in a name that lists places, else -1.

    The name must have opened a list of places ("các huyện A, ..."): `place_list`.
    """
    if not bloc_rules().place_list.search(text, head_end, pos) or is_title_at(text, pos):
        return -1
    end, n = -1, 0
    for m in TOKEN.finditer(text, pos):
        tok = m.group(0)
        between = text[end if end > 0 else pos : m.start()]
        if n and (between.strip() or "\n" in between):
            break
        if not is_cap(tok) or not tok[0].isalpha() or n == 4:
            break
        end, n = m.end(), n + 1
    # the place ends where the list goes on or the sentence does ("..., B và C tổ chức")
    if end < 0:
        return -1
    name = text[pos:end]
    if lexicon().head_re.match(name) and by_name(name) is None:
        return -1  # "các cơ quan ... tỉnh, Văn phòng Đoàn ĐBQH": a body, no place of the list
    nxt = next_name_token(text, end)
    if nxt is None or not nxt.group(0)[0].isalnum() or nxt.group(0) in lexicon().and_words:
        return end
    return end if stop_at(text, nxt.start(), "", bloc=True) else -1


def _extend(text: str, pos: int, numbered: bool) -> int:
    """End of a bloc name whose head (and number) ends at pos."""
    r = bloc_rules()
    end, words, prev, cursor = pos, 0, "", pos
    places = False  # the name lists places: "các tỉnh A, B và C"
    while words < MAX_WORDS:
        m = next_name_token(text, cursor)
        if m is None:
            break
        tok = m.group(0)
        if tok == ",":
            if r.comma.match(text, m.start()):
                cursor = m.end()
                continue
            nxt = TOKEN.search(text, m.end())
            if numbered or not (words and nxt) or "\n" in text[m.end() : nxt.start()]:
                break
            word = nxt.group(0)
            place_end = _place_at(text, nxt.start())
            if places and place_end > 0:
                end = cursor = place_end
                continue
            listed = _listed_place_end(text, pos, nxt.start())
            if listed > 0:
                # "Cụm thi đua các huyện Yên Thế, Tân Yên và Lục Nam": places the gazetteer
                # does not hold, listed after "các huyện"
                places, end, cursor, words = True, listed, listed, words + 1
                continue
            if prev in lexicon().place_words and prev.islower() and is_cap(word):
                break  # "Khối ... tổng hợp tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh đã ...": ended
            lower_ok = (
                word[0].islower()
                and not r.comma_not.match(text, nxt.start())
                and not r.and_stop.match("và " + text[nxt.start() : nxt.start() + 30])
                and not stop_at(text, nxt.start(), tok, bloc=True)
                and not is_title_at(text, nxt.start())
                # "Khối Kinh tế, khối Văn hóa – Xã hội": a head after the comma opens the next bloc
                and not r.bare_head.match(text, nxt.start())
            )
            caps_ok = word.isupper() and len(word) <= 5 and prev.isupper() and len(prev) <= 5
            if not (lower_ok or caps_ok or _coordination(text, nxt.start())):
                break
            cursor = m.end()
            continue
        if tok in {"-", "–", "—"}:
            name = _dash_name_end(text, m.end())
            if words and not numbered and name is not None:
                end, cursor, words = name, name, words + 1
                prev = text[m.end() : name].split()[-1]
                continue
            if numbered or not words or not _segment_ok(text, m.end()):
                break
            cursor = m.end()
            nxt = next_name_token(text, cursor)
            field = _dash_field_end(text, nxt.start()) if nxt is not None else None
            if nxt is not None and field is not None:
                end, cursor, words = field, field, words + 1
                prev = text[nxt.start() : field].split()[-1]
            continue
        if tok in {"&", "/"}:
            cursor = m.end()
            continue
        if not tok[0].isalnum():
            break
        if r.about.match(text, m.start()):
            # "quản lý nhà nước về văn hóa - xã hội" keeps "về"; "về việc", "về dự" do not
            nxt = TOKEN.search(text, m.end())
            if (
                nxt is None
                or stop_at(text, nxt.start(), tok, bloc=True)
                or not nxt.group(0)[0].isalpha()
            ):
                break
            if r.about_stop.match(text, nxt.start()):
                break
        elif tok in lexicon().and_words:
            after = re.match(r"\s+", text[m.end() : m.end() + 3])
            next_head = after is not None and r.bare_head.match(text, m.end() + after.end())
            if r.and_stop.match(text, m.start()) or next_head:
                break
            nxt = TOKEN.search(text, m.end())
            if nxt is not None and (
                (looks_like_person(text, nxt.start()) and not places)
                or is_title_at(text, nxt.start())
            ):
                break
        elif (
            r.parent.match(text, m.start())
            or (
                r.national_parent.match(text, m.start())
                and not r.generic_set.fullmatch(text, pos, m.start())
            )
            or r.bare_parent.match(text, m.start())
        ) and words:
            break  # "... của Liên hiệp các Hội X Việt Nam": the parent body is not the name
        elif stop_at(text, m.start(), prev, bloc=True) or r.divided.match(text, m.start()):
            break  # a verb; "chia làm 3 cụm": what the named set is divided into
        if "/" in tok or re.fullmatch(r"\d{4,}", tok):
            break  # a date or a year follows the name
        if tok.isdigit() and lexicon().duration_after.match(text, m.end()):
            break
        if words and is_cap(tok) and is_title_at(text, m.start()):
            break
        # after a place word ("các huyện Yên Thế") capitalised words name a place, not a person
        place_named = prev in lexicon().not_before_name or places
        if is_cap(tok) and looks_like_person(text, m.start()) and not place_named:
            break
        if numbered:
            break  # a numbered name ends with its number; what follows is a qualifier
        place_end = _place_at(text, m.start()) if is_cap(tok) else -1
        if place_end > 0:
            # "Tây Nguyên", "Bà Rịa - Vũng Tàu": a place is one step, and the name may list more
            places = True
            end = cursor = place_end
            prev, words = text[m.start() : place_end].split()[-1], words + 1
            continue
        end, prev, cursor = m.end(), tok, m.end()
        words += 1
    return end


def _clean(raw: str) -> str:
    """Drop glosses and trailing province words from a raw name."""
    r = bloc_rules()
    name = re.sub(r"\s+", " ", GLOSS.sub(" ", raw)).strip(" ,;:-–")
    name = re.sub(r"\s+([,;])", r"\1", name)
    for _ in range(2):
        for pattern in r.trailing:
            name = pattern.sub("", name).strip()
    # "... tỉnh Yên Bái" names where the bloc is; "các huyện, thị xã và thành phố Huế" lists it
    tail = r.province_tail.search(name)
    comma = r.comma_province_tail.search(name)
    if comma and r.place_list.search(name, 0, comma.start()):
        comma = None
    for m in (tail, comma):
        if m and by_name(m.group(1)):
            name = name[: m.start()].strip()
            break
    return name


def _qualifier_end(text: str, pos: int) -> int:
    """End of what qualifies a numbered name ("số 5, Bộ Công an", "số V - Thanh tra Chính phủ",
    "số 2 thuộc Công đoàn ngành X", "số 1 ngành Giáo dục"), else pos."""
    m = bloc_rules().qualifier.match(text, pos)
    if m is None:
        return pos
    # Joined by a space only ("Cụm thi đua số 5 Bảo hiểm Xã hội"), a verb still ends it
    # whatever its case ("Cụm thi đua số 2 Tổng kết ..."); after "," or "thuộc" it is a name.
    direct = not m.group(0).strip()
    end, words, prev, cursor = m.end(), 0, "", m.end()
    while words < 10:
        tok = next_name_token(text, cursor)
        if tok is None or not tok.group(0)[0].isalnum():
            if tok is not None and tok.group(0) in {"-", "–", "&"} and words:
                cursor = tok.end()
                continue
            break
        word = tok.group(0)
        # capitalised words are parts of the qualifying body's name ("ngành Tổ chức xây dựng")
        if (words or direct) and (
            stop_at(text, tok.start(), prev if words else "", bloc=direct)
            or re.fullmatch(r"\d{4}", word)
        ):
            break
        if words == 0 and not (
            is_cap(word) or bloc_rules().qualifier_lead.match(text, tok.start())
        ):
            return pos
        end, prev, cursor, words = tok.end(), word, tok.end(), words + 1
    return end


def _numbered(text: str, head_end: int) -> tuple[int, int] | None:
    """(value, end) of a bloc number at or just after the head ("cấp tỉnh số VII")."""
    m = bloc_rules().number_gap.match(text[head_end : head_end + 40])
    if m is None:
        return None
    before = text[max(0, head_end - 30) : head_end].split()
    prev = before[-1] if before else ""
    for word in TOKEN.finditer(text, head_end, head_end + m.end()):
        if stop_at(text, word.start(), prev, bloc=True):
            return None  # "Cụm thi đua có tổng số 7 cơ quan": a verb ends the name first
        prev = word.group(0)
    num = _number_at(text, head_end + m.end())
    if num is None:
        return None
    return number_value(num.group("n")) or 0, num.end()


def _name_before(text: str, pos: int) -> bool:
    """True when a capitalised word right before pos may end a name the head belongs to.

    A sentence's first word that is a stop phrase or a topic lead ("Với Khối Nội chính, ...",
    "Riêng Cụm 3, ...") opens the sentence and names nothing.
    """
    m = re.search(rf"[{UPPER}][\wÀ-ỹ]*[ \t]+$", text[max(0, pos - 30) : pos])
    if m is None:
        return False
    start = pos - (len(text[max(0, pos - 30) : pos]) - m.start())
    opens = start == 0 or text[:start].rstrip(" \t")[-1:] in {"", "\n", ".", "!", "?", ":"}
    lead = bloc_rules().topic_lead.fullmatch(text, start, pos)
    return not (opens and (lead is not None or stop_at(text, start, "", bloc=True)))


def _mention_at(
    text: str, m: re.Match[str], rule: HeadRule, emulation: bool, spoken: bool
) -> BlocMention | None:
    """The bloc mention opened by a head match, or None for a generic or role use."""
    if _generic(text, m.start()) or bloc_rules().role_after.match(text, m.end()):
        return None
    if not rule.full and _name_before(text, m.start()):
        return None  # "Hội CCB khối cơ quan", "Công đoàn Khối": part of the name before it
    if not rule.full and bloc_rules().role_before.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # "phó trưởng cụm", "trưởng khối": the role noun
    if not rule.full and not _bare_ok(text, m.span(), emulation, spoken):
        return None
    head = text[m.start() : m.end()]  # as written: the match ran on the lower-cased text
    kind = "cum" if fold(head).startswith("cum") else "khoi"
    num = _numbered(text, m.end())
    if num is not None:
        value, num_end = num
        full_end = _qualifier_end(text, num_end)
        # The head, its capitalised words and the number as written ("Khối thi đua Doanh
        # nghiệp số 7"); lower-case words between ("Cụm thi đua cấp tỉnh số VII") qualify it.
        between = text[m.end() : num_end].split()
        first_cap = next((i for i, w in enumerate(between[:-1]) if is_cap(w)), None)
        kept = between[first_cap:-1] if first_cap is not None else between[-2:-1]
        numw = lexicon().number_words
        kept = [w for w in kept if is_cap(w) or w.lower() in numw or first_cap is not None]
        name = re.sub(r"\s+", " ", " ".join([head, *kept, between[-1]]))
        joint = bloc_rules().qualifier.match(text, num_end)
        qualifier = ""
        if joint is not None and full_end > num_end:
            qualifier = text[joint.end() : full_end].strip(" ,;:-–")
        return BlocMention(
            m.start(),
            max(full_end, num_end),
            name,
            bloc_key(name),
            rule.full,
            kind,
            value,
            rule.name,
            re.sub(r"\s+", " ", GLOSS.sub(" ", qualifier)).strip(),
        )
    end = _extend(text, m.end(), numbered=False)
    name = _clean(text[m.start() : end])
    key = bloc_key(name)
    descriptor = name[len(head) :].strip().lower()
    if not key or bloc_rules().empty.fullmatch(descriptor) or bloc_rules().level.match(key):
        # "Cụm thi đua khen thưởng", "cụm thi đua khối": no name of its own; "cụm thi đua
        # cấp chi cục": a level of blocs, not one bloc
        return None
    return BlocMention(m.start(), end, name, key, rule.full, kind, None, rule.name)


def common_descriptor(name: str) -> bool:
    """True when a bare-head name's descriptor opens with a common word ("cụm đồng bằng ven
    sông", "Khối đoàn thể", "Cụm 4"), not a capitalised name part ("Khối Thịnh vượng chung")
    nor a word that makes the head something else in any case ("Cụm Công nghiệp", "khối lớp")."""
    parts = name.split(maxsplit=1)
    if len(parts) < 2:
        return False
    first = parts[1].split()[0]
    if first[0].isupper() and not name.isupper():  # an all-caps headline has no case
        return _units_plural(parts[1])
    return not bloc_rules().bare_deny_any_case.match(parts[1])


def _units_plural(descriptor: str) -> bool:
    """True when a capitalised descriptor goes on to a plural of units ("Công an các huyện",
    "Hội Nông dân các xã"): a set of units, so a bloc, not a division ("Văn phòng Công ty")."""
    r = bloc_rules()
    for m in list(re.finditer(r"\S+", descriptor))[1:5]:
        rest = descriptor[m.end() :]
        if (
            m.group(0).casefold() in r.bare_plural
            and rest.strip()[:1].islower()
            and not r.bare_plural_deny.match(rest)
        ):
            return True
    return False


def find_bloc_mentions(text: str) -> list[BlocMention]:
    """Every named bloc mention (generic "khối thi đua" references are skipped)."""
    found: list[BlocMention] = []
    taken: list[tuple[int, int]] = []
    low = lower_keep_offsets(text)
    emulation = any(r.full and r.pattern.search(low) for r in bloc_rules().heads)
    spoken = emulation or bool(bloc_rules().context.search(low))
    for rule in bloc_rules().heads:
        for m in rule.pattern.finditer(low):
            if any(s <= m.start() < e for s, e in taken):
                continue
            mention = _mention_at(text, m, rule, emulation, spoken)
            taken.append((m.start(), m.end() if mention is None else mention.end))
            if mention is not None:
                found.append(mention)
    return _apply_renames(text, sorted(found, key=lambda b: b.start))


def nameless_heads(text: str) -> list[tuple[int, int]]:
    """Spans of full heads used of one bloc the text never names ("Khối thi đua gồm 16 công ty
    ... tổ chức hội nghị"): not generic ("các khối thi đua"), no role noun, no name after."""
    low = lower_keep_offsets(text)
    out: list[tuple[int, int]] = []
    for rule in bloc_rules().heads:
        if not rule.full:
            continue
        for m in rule.pattern.finditer(low):
            if _generic(text, m.start()) or bloc_rules().role_after.match(text, m.end()):
                continue
            if _mention_at(text, m, rule, True, True) is None:
                out.append(m.span())
    return sorted(out)


def _apply_renames(text: str, found: list[BlocMention]) -> list[BlocMention]:
    """ "X (nay được gọi là Y)": X takes Y's name, so both group as one bloc."""
    out = list(found)
    for i, old in enumerate(found):
        if not bloc_rules().rename.match(text, old.end):
            continue
        new = next((b for b in found if b.start > old.end and b.start - old.end < 40), None)
        if new is not None:
            out[i] = BlocMention(
                old.start, old.end, new.name, new.key, new.full, new.kind, new.number, old.rule
            )
    return out
