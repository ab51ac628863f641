"""One enumeration parser for every list of units: members, award recipients, attendees.

An enumeration is a run of items after an intro ("gồm:", "các đơn vị trong Khối:", "cùng các
VKSND huyện ..."), inside parentheses after a bloc or a counted group, or as its own clause.
Separators nest: ";" groups of "," items, "và" before a new unit, parentheses inside an item
("Agribank (các chi nhánh: A, B)"). A shared head written before the list or in its first item
is spread over the bare items that follow. Role notes are read and removed. rules/members.yaml
holds every word list and pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.roles import role_of_note
from extract.nlp.blocs import bloc_rules, roman_value
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import (
    UPPER,
    WORD,
    alternation,
    expand,
    in_and_compound,
    is_cap,
    lexicon,
    lower_regex,
)
from extract.nlp.orgs import GLOSS, OrgSpan, clean_name, org_at
from extract.text.normalize import abbreviation_comma

Span = tuple[int, int]
RULE_FILE = "members.yaml"
MAX_ITEM_WORDS = 28  # long official names are items too
PAREN = rx.compile(r"\(([^()]{1,400})\)")


@dataclass(frozen=True)
class Item:
    """One unit of an enumeration as written, with its evidence and any role note."""

    name: str
    span: Span
    role: str | None = None
    sub_head: str | None = None  # not a unit: a nested intro whose head the items after share


@dataclass(frozen=True)
class Enumeration:
    """A list of units: where it stands, its items, what it lists and the intro's rule."""

    start: int
    end: int
    items: tuple[Item, ...]
    kind: str  # members | recipients | attendees | ranking | guests | people | unknown
    rule: str  # the intro that opened it
    count: int | None = None  # a number the intro states ("gồm 9 đơn vị:")


@dataclass(frozen=True)
class Intro:
    """A named pattern that opens an enumeration."""

    name: str
    pattern: re.Pattern[str]
    kind: str | None
    cased: bool  # it tells capitals apart ({UPPER}): runs on the text, not its lower case
    subject: bool = False  # the unit right before the intro leads the list ("A cùng các B, C")
    needs: re.Pattern[str] | None = None  # what the lower-cased text must hold for it to match


@dataclass(frozen=True)
class MemberRules:
    """Compiled rules/members.yaml."""

    intros: tuple[Intro, ...]
    stop: re.Pattern[str]
    besides_roles: re.Pattern[str]  # "các thành viên còn lại là": the holders named before lead
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    counts: tuple[tuple[str, re.Pattern[str]], ...]
    # every count pattern in one alternation (group c<i>, n<i>): those in lower case run on
    # the lower-cased text, those that tell capitals apart ({UPPER}) on the text
    count_lower: re.Pattern[str]
    count_cased: re.Pattern[str] | None
    number_at: re.Pattern[str]  # a number in digits or in words: where a count may stand
    long_count: re.Pattern[str]  # "tổng số": a count whose number stands far after it
    structure: re.Pattern[str]  # a sentence about several blocs ("25 cụm, 105 khối thi đua")
    list_count: re.Pattern[str]  # "gồm 4 KBNN khu vực:" right before a list of 4
    count_after_list: re.Pattern[str]  # "A, B và C – ba tỉnh ..." right after a list of 3
    count_first_item: re.Pattern[str]  # "(09 tỉnh Phú Yên, ...)": a count opening the list
    counted_paren: re.Pattern[str]  # "4 công ty cao su (A, B)": a counted kind, its names
    postposed: re.Pattern[str]  # "là thành viên Cụm" after a list: the list is the members
    paren_members: re.Pattern[str]  # "Các đơn vị trong khối (A, B, C)": a members list
    subject_lead: re.Pattern[str]  # "Hiện nay," before a list that is its sentence's subject
    subject_marker: re.Pattern[str]  # "là thành viên": after a subject list, it is the members
    not_count: re.Pattern[str]
    types: re.Pattern[str]
    type_inside: re.Pattern[str]  # a type word inside an item ("Hội CCB xã A")
    lower_plural: re.Pattern[str]  # "các chi nhánh ngân hàng": a lower-case plural head
    plural_end: re.Pattern[str]  # an intro ending with "các" ("gồm các")
    lead_and_plural: re.Pattern[str]  # "thị trấn A và các xã:" before a list: A is an item
    plural_run: re.Pattern[str]  # "các Sở ..." opening a run in a list
    plural_lower: re.Pattern[str]  # "các sở Nội vụ": a lower-case word, then a proper name
    plural_open: re.Pattern[str]  # "các Sở ..." anywhere: where a run may open inside a clause
    plural_words: frozenset[str]
    directions: frozenset[str]  # "Bắc Đồng Nai": a direction before a place names a place
    item_then_plural: re.Pattern[str]  # "Sở Y tế, các Trung tâm Y tế:": nested after an item
    and_split: re.Pattern[str]  # " và " between two items
    place_words: frozenset[str]  # "tỉnh" before a glued item
    no_place_share: frozenset[str]  # heads that name a field, never shared over places
    kept_levels: frozenset[str]  # "UBND 4 phường: A" -> "UBND phường A": the level stays
    level_unit: re.Pattern[str]  # "Xã Hợp Thành", "Phường 9": a capitalised level opens a unit
    nested: re.Pattern[str]  # "Agribank (các chi nhánh: A, B)"
    item_plural: re.Pattern[str]  # "VKSND các tỉnh Đắk Lắk" as a first item
    plural_levels: tuple[re.Pattern[str], re.Pattern[str]]  # "các xã" ending, "phường A" next
    plural_kinds: re.Pattern[str]  # "các KCN" ending an item: kinds by their initials follow
    comma_name: re.Pattern[str]
    guests: re.Pattern[str]
    award_after: re.Pattern[str]
    plural_type: re.Pattern[str]
    plural_head: re.Pattern[str]  # "các Trường Chính trị", "các sở" ending an intro
    intro_tail: re.Pattern[str]  # "trong cụm gồm:" after a head, before the list
    head_rest: re.Pattern[str]  # words that may follow "các tỉnh" before the list
    head_qualifier: re.Pattern[str]  # "6 Cục Thuế khu vực duyên hải:": a qualifier to drop
    organ_prefix: re.Pattern[str]  # "Ban Chấp hành Hội LHPN 6 xã:": the units, not the organ
    gap: re.Pattern[str]  # what may stand between a head and its "các tỉnh"
    counted_head: re.Pattern[str]  # "5 cục DTNN khu vực:" (a counted head phrase)
    counted_unit_head: re.Pattern[str]  # "năm đơn vị Công an tỉnh là": the head after the unit
    owner_word: re.Pattern[str]  # "UBND của 9 xã": the places are owned, not headed
    units: re.Pattern[str]  # bare unit words ("đơn vị", "tỉnh, thành phố")
    joiner: re.Pattern[str]  # words that open the next item ("và", "cùng")
    role_tail: re.Pattern[str]  # a role note ending an item ("– Cụm trưởng", " Phó cụm")
    role_clause: re.Pattern[str]  # a role statement with its year ending an item
    not_item: re.Pattern[str]  # words that open a clause, not an item ("Năm", "Theo")
    count_intro: re.Pattern[str]  # "3 đơn vị thành viên là": a nested intro, not an item
    counted_lead: re.Pattern[str]  # "3 ", "ba đơn vị": a count opening an item or a new unit
    rest_are: re.Pattern[str]  # "Sáu huyện còn lại là": between a plural and its names
    document: re.Pattern[str]  # "Kế hoạch hoạt động ...": a document's title, no unit
    nested_intro: re.Pattern[str]  # "2 đơn vị thành viên là " opening an item: the rest's intro
    capital_noun: re.Pattern[str]  # "5 Hội thành viên": the counted noun, capitalised
    shared_tail: re.Pattern[str]  # a qualifier the last item of a run shares ("Tỉnh ủy")
    subject_gap: re.Pattern[str]  # between a "cùng" list's leading unit and "cùng"
    role_lead: re.Pattern[str]  # a role note opening an item ("đơn vị cụm trưởng Công an tỉnh A")
    # a lower-case head before a plural of places ("chi nhánh các tỉnh A"): the places are named
    lower_head_plural: re.Pattern[str]
    counted_places: re.Pattern[str]  # "9 tỉnh": a count of places describes units, names none


def _compile(regex: str, units: str, flags: int = re.I) -> re.Pattern[str]:
    """One rule regex with {UPPER} and {units} expanded."""
    return rx.compile_scan(expand(regex.replace("{units}", units)), flags)


def _count_alt(e: dict[str, Any], units: str, *, cased: bool) -> str:
    """The count patterns that do (or do not) tell capitals apart, as one alternation."""
    return "|".join(
        f"(?P<c{i}>{c['regex'].replace('(?P<n>', f'(?P<n{i}>').replace('{units}', units)})"
        for i, c in enumerate(e["count_patterns"])
        if ("{UPPER}" in c["regex"]) == cased
    )


def _intro(entry: dict[str, Any], units: str) -> Intro:
    """One intro; one written without {UPPER} is compiled in lower case, for the lower text."""
    subject = bool(entry.get("subject", False))
    # a cheap test of the whole text first: most texts hold no such intro at all
    needs = rx.compile_scan(lower_regex(entry["needs"])) if entry.get("needs") else None
    if "{UPPER}" in entry["regex"]:
        pattern = _compile(entry["regex"], units)
        return Intro(entry["name"], pattern, entry.get("kind"), True, subject, needs)
    regex = entry["regex"].replace("{units}", units.lower())
    pattern = rx.compile_scan(lower_regex(regex))
    return Intro(entry["name"], pattern, entry.get("kind"), False, subject, needs)


@lru_cache(maxsize=1)
def member_rules() -> MemberRules:
    """Load and compile rules/members.yaml once."""
    e = dict(rules.load(RULE_FILE).entries)
    units = alternation(e["unit_words"])
    # {n}: a count in digits or in words, the longer words first ("mười hai" before "mười")
    words = alternation(list(lexicon().count_words))
    number = rf"\d{{1,3}}|{words}"
    e["count_patterns"] = [
        {**c, "regex": c["regex"].replace("{n}", number)} for c in e["count_patterns"]
    ]
    # {bloc_counted}: the bloc stating its count, shared by several intros
    e["intros"] = [
        {**i, "regex": i["regex"].replace("{bloc_counted}", e["bloc_counted"])} for i in e["intros"]
    ]
    e["intros"] = [{**i, "regex": i["regex"].replace("{n}", f"(?:{number})")} for i in e["intros"]]
    types = alternation(e["item_types"])
    levels = alternation(e["words"]["joined_levels"])
    w = e["words"]
    plural = alternation(w["plural"])
    not_head = alternation(w["intro_end"] + w["plural"])  # words a counted head never holds
    owner = alternation(w["owner"])
    member = re.escape(w["member_word"])
    intro_end = alternation(w["intro_end"])
    counted_units = rf"(?:{plural}|{number})\s+(?:{units})(?:\s+{member})?"  # "3 đơn vị thành viên"
    lower_word = (
        rf"(?!(?:{intro_end})\s)(?-i:[a-zđà-ỹ])[\wÀ-ỹ]*"  # a lower-case word, no intro's end
    )
    try:
        return MemberRules(
            intros=tuple(_intro(i, units) for i in e["intros"]),
            stop=rx.compile("|".join(f"(?:{expand(p)})" for p in e["list_stops"])),
            kinds=tuple((k["kind"], _compile(k["regex"], units)) for k in e["kinds"]),
            counts=tuple((c["name"], _compile(c["regex"], units)) for c in e["count_patterns"]),
            structure=_compile(e["structure"], units),
            list_count=_compile(e["list_count"].replace("{n}", number), units),
            count_after_list=_compile(e["count_after_list"].replace("{n}", number), units),
            count_first_item=_compile(e["count_first_item"].replace("{n}", number), units),
            counted_paren=_compile(e["counted_paren"], units),
            postposed=_compile(e["postposed"], units),
            paren_members=_compile(e["paren_members"], units),
            subject_lead=_compile(e["subject_lead"], units),
            subject_marker=_compile(e["subject_marker"], units),
            count_lower=rx.compile_scan(lower_regex(expand(_count_alt(e, units, cased=False)))),
            count_cased=_compile(_count_alt(e, units, cased=True), units)
            if any("{UPPER}" in c["regex"] for c in e["count_patterns"])
            else None,
            long_count=rx.compile_scan(rf"(?<![\wÀ-ỹ])(?:{e['long_count']})(?![\wÀ-ỹ])", re.I),
            # a number word opens a window only before a unit or a capitalised head ("chín đơn
            # vị", "chín Liên đoàn Lao động"), not as the year ("năm 2023") or any other word
            # ("một số")
            number_at=rx.compile_scan(
                rf"(?<![\d/.,])\d{{1,3}}(?![\d]|[.,]\d)"
                rf"|(?<![\wÀ-ỹ])(?:{words})\s+(?:(?:{units})(?![\wÀ-ỹ])|(?-i:[{UPPER}]))",
                re.I,
            ),
            not_count=rx.compile_scan(rf"(?:{alternation(e['not_count_before'])})\s+$", re.I),
            types=rx.compile(rf"^(?:{types})(?=\s)"),
            type_inside=rx.compile(rf"\s(?:{types})(?=\s)"),
            lower_plural=rx.compile(
                rf"(?:{plural})\s+([a-zđà-ỹ][\wÀ-ỹ]*(?:\s+[a-zđà-ỹ][\wÀ-ỹ]*){{0,4}})"
            ),
            plural_end=rx.compile_scan(rf"\s(?:{plural})\s*$", re.I),
            lead_and_plural=rx.compile(
                rf"\s*(?P<lead>[^,:;()]+?)\s*,?\s+(?:{alternation(w['and'])})\s+"
                rf"(?:{plural}|{number})\s+[^:;()]{{1,60}}:\s*$",
                re.I,
            ),
            # "các Sở A, B"; "Các Ban A, B" opening a sentence too
            plural_run=rx.compile(rf"^(?i:{plural})\s+(?=[{UPPER}])"),
            plural_lower=rx.compile(rf"^(?i:{plural})\s+(?=[a-zà-ỹđ]{WORD}*\s+[{UPPER}])"),
            plural_open=rx.compile(rf"(?<!{WORD})(?i:{plural})\s+(?=[{UPPER}])"),
            plural_words=frozenset(w["plural"]),
            directions=frozenset(w["directions"]),
            item_then_plural=rx.compile(rf",\s*(?:{plural})\s+\S", re.I),
            and_split=rx.compile(rf"\s+(?:{alternation(w['and'])})\s+"),
            place_words=frozenset(w["place_word"]),
            no_place_share=frozenset(w["no_place_share"]),
            kept_levels=frozenset(w["kept_levels"]),
            level_unit=rx.compile(
                rf"(?:{alternation([k[0].upper() + k[1:] for k in w['kept_levels']])})"
                rf"\s+(?=[{UPPER}\d])"
            ),
            nested=rx.compile(
                rf"\(\s*(?:(?:{plural})\s+)?(?:([^():]{{1,30}}):\s*|"
                rf"({alternation(w['branch_heads'])})\s+(?=[{UPPER}]))([^()]+)\)"
            ),
            # "các xã" ending an item, "phường A" opening the next: levels that a comma joins
            plural_levels=(
                rx.compile(rf"(?<=\s)(?:{plural})\s+(?:{levels})\s*$"),
                rx.compile(rf"\s*(?:{levels})\s+(?=[{UPPER}])"),
            ),
            plural_kinds=rx.compile(rf"(?:{plural})\s+[{UPPER}Đ&]{{2,6}}\s*$"),
            item_plural=rx.compile(
                rf"^(?P<head>[{UPPER}].*?)\s+(?P<pl>(?:{plural}|\d{{1,3}}|{words})\s+(?:{types}|\S+)(?:\s*,\s*(?:{types}|\S+))*)"
                rf"(?:\s+(?:{e['plural_qualifier']}))?\s+(?P<rest>[{UPPER}].*)$"
            ),
            comma_name=lexicon().comma_re,
            guests=rx.compile_scan(e["guest_words"], re.I),
            award_after=rx.compile_scan(e["award_after"], re.I),
            joiner=rx.compile(rf"(?:{alternation(e['joiners'])})(?!{WORD})"),
            role_tail=rx.compile_scan(rf"\s*[-–,]?\s*(?:{e['role_note']})\s*$", re.I),
            role_clause=rx.compile_scan(e["role_clause"], re.I),
            not_item=rx.compile_scan(rf"(?:{alternation(e['not_item_words'])})\s", re.I),
            capital_noun=rx.compile(rf"[{UPPER}][a-zà-ỹđ]*\s+{member}(?!{WORD})"),
            count_intro=rx.compile(
                rf"{counted_units}(?:\s+(?:{intro_end}))?",
                re.I,
            ),
            rest_are=rx.compile(e["rest_are"], re.I),
            document=rx.compile(
                rf"(?:{alternation(e['document_heads'])})\s+(?!(?:{alternation(w['and'])})(?!{WORD}))"
                rf"[a-zđà-ỹ]"
            ),
            # a few lower-case words may describe the counted units ("mười phường nằm ở khu
            # vực trung tâm là A"), or stand alone after the count the intro took ("gồm 10
            # phường nằm ở khu vực trung tâm là A")
            nested_intro=rx.compile(
                rf"(?:{counted_units}|{lower_word})"
                rf"(?:\s+{lower_word}){{0,10}}?\s+(?:{intro_end})\s+(?=(?-i:[{UPPER}]))",
                re.I,
            ),
            # a number word counts only before a unit, a type or a capitalised head: "ba đơn
            # vị", "hai thành phố", "ba Thành hội"; not "năm 2023" or "một số"
            counted_lead=rx.compile(
                rf"\d{{1,3}}\s+(?=\S)|(?:{words})\s+(?=(?i:{units}|{types})(?!{WORD})|[{UPPER}])"
            ),
            shared_tail=rx.compile(rf"\s+(?:{alternation(e['shared_tails'])})$"),
            subject_gap=rx.compile_scan(e["subject_gap"], re.I),
            role_lead=rx.compile_scan(rf"(?:{e['role_note']})\s+(?=(?-i:[{UPPER}]))", re.I),
            intro_tail=rx.compile_scan(rf"(?:{e['intro_tail']})$", re.I),
            lower_head_plural=rx.compile(
                rf"^[a-zđà-ỹ][\wÀ-ỹ]*(?:\s+[a-zđà-ỹ][\wÀ-ỹ]*){{0,3}}\s+(?:{plural})\s+"
                rf"(?=(?:{types})\s+[{UPPER}])"
            ),
            head_rest=rx.compile(e["head_rest"]),
            counted_places=rx.compile(e["counted_places"]),
            besides_roles=rx.compile(rf"(?:{e['besides_roles']})\s*$", re.I),
            head_qualifier=rx.compile(e["head_qualifier"], re.I),
            organ_prefix=rx.compile(e["organ_prefix"]),
            # the head's name may go on after a dash ("Hội Truyền thống A – Đường B Việt Nam")
            gap=rx.compile(
                rf"(?:(?:\s*[–-]\s*|\s+)[{UPPER}][\wÀ-ỹ.&]*+)*+\s*(?:\([^()]{{1,40}}\))?\s*"
            ),
            # "gồm 5 cục DTNN khu vực:"; not "có 5 đơn vị là các Sở:", whose head follows "các"
            owner_word=rx.compile(rf"(?<!{WORD})(?:{owner})(?!{WORD})"),
            counted_head=rx.compile(
                # or the count opens the clause ("5 LĐLĐ huyện thành viên của Cụm là A, B")
                # ("cả sáu Sở Công Thương trong Cụm là A, B": a count in words before a capital)
                rf"(?:^[\s,]*|(?:{alternation(w['count_lead'])})\s+)"
                rf"(?:\d{{1,3}}\s+|(?:{alternation(sorted(lexicon().count_words))})\s+(?=(?-i:[{UPPER}])))"
                rf"((?!(?-i:{types})(?!{WORD}))[\wÀ-ỹ&.]+"
                rf"(?:\s+(?!(?:{not_head})(?!{WORD}))[\wÀ-ỹ&.]+){{0,8}})\s*$",
                re.I,
            ),
            counted_unit_head=_compile(e["counted_unit_head"].replace("{n}", number), units),
            units=rx.compile_scan(rf"(?:{units})(?:\s+{member})?", re.I),
            plural_head=rx.compile(
                rf"(?:^|\s)(?:{plural})\s+"
                rf"((?:{alternation([h.head for h in lexicon().heads if h.plural])})"
                rf"(?:\s+[{UPPER}][\wÀ-ỹ&.]*){{0,4}})\s*$",
                re.I,
            ),
            # "các huyện", "5 huyện", "ba huyện": a plural of places
            plural_type=rx.compile(
                rf"(?<!{WORD})(?:{plural}|\d{{1,3}}|{alternation(sorted(lexicon().count_words))})"
                rf"\s+(?:{types})(?:\s*,\s*(?:{types}|{levels}))*(?!{WORD})",
                re.I,
            ),
        )
    except re.error as exc:
        raise RuleError(
            f"rules/{RULE_FILE}: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc


# --- splitting -----------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _split_chars(sep: str) -> re.Pattern[str]:
    """The characters _depth_split acts on: parentheses and the separator."""
    return rx.compile(f"[(){re.escape(sep)}]")


def _depth_split(text: str, start: int, end: int, sep: str) -> list[Span]:
    """Spans of text[start:end] split at `sep` outside parentheses."""
    parts: list[Span] = []
    depth, pos = 0, start
    # only parentheses and separators change anything: step from one to the next
    for m in _split_chars(sep).finditer(text, start, end):
        i, ch = m.start(), m.group(0)
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == sep and depth == 0:
            if sep == "," and not _list_comma(text, i, end):
                continue
            parts.append((pos, i))
            pos = i + 1
    parts.append((pos, end))
    return parts


def _list_comma(text: str, i: int, end: int) -> bool:
    """True when the comma at i separates items (not "Sở Văn hóa, Thể thao và Du lịch")."""
    r = member_rules()
    if r.comma_name.match(text, i):
        return False
    if abbreviation_comma(text, i):
        return False  # "Sở VH,TT&DL": a comma inside an abbreviation
    nxt = re.match(r"\s*(\S+)", text[i + 1 : end])
    if nxt is None:
        return True
    counted = r.counted_places.search(text, max(0, i - 40), i)
    level_next = r.types.match(text[i + 1 + nxt.start(1) : end])
    if counted is not None and counted.end() == i and level_next:
        return False  # "BHXH 9 tỉnh, thành phố khu vực ...": two level words of one count
    word = nxt.group(1)
    rest = text[i + 1 + nxt.start(1) : end]
    # "Quỹ bảo vệ, phát triển rừng", "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục": a
    # lower-case word that opens no unit continues the name
    return not (
        word[0].islower()
        and not r.types.match(rest)
        and not r.joiner.match(rest)
        and not _lower_head_unit(rest)
    )


def _lower_head_unit(rest: str) -> bool:
    """True when rest opens a named unit with its head in lower case ("hội Khuyến học tỉnh",
    "công ty cổ phần Môi trường X"): the page dropped the capital, the item is a new unit."""
    head = rest[:1].upper() + rest[1:]
    org = org_at(head, 0)
    if org is None:
        return False
    # the head's own words, then a capitalised word before the next comma: a name follows
    words = head[len(org.head) : org.end].split(",", 1)[0].split()
    return any(is_cap(w) for w in words[:4])


def starts_unit(text: str) -> bool:
    """True when text opens a unit: an org head, a type word, a count or a place."""
    r = member_rules()
    words = [w.strip(".,;:()") for w in text.split()]
    return bool(
        org_at(text, 0) is not None  # "Hội Nông dân", not "Hội nghị diễn ra ..."
        or r.types.match(text)
        or r.counted_lead.match(text)
        or (words and (by_name(" ".join(words[:3])) or by_name(" ".join(words[:2]))))
    )


def _is_place(text: str) -> bool:
    """True for a bare place name ("Đồng Nai", "Bà Rịa - Vũng Tàu", "TP.HCM")."""
    text = text.strip()
    # "TP.Hồ Chí Minh": the abbreviation glued to the name
    spaced = re.sub(r"^(TP|TX)\.(?=\S)", r"\1. ", text)
    return by_name(text) is not None or by_name(spaced) is not None


def _title_words(text: str, most: int) -> bool:
    """True for a short name (at most `most` words) whose every word is capitalised."""
    words = text.split()
    return 0 < len(words) <= most and all(w[0].isupper() for w in words)


def _ends_in_place(text: str) -> bool:
    """True when a name ends in a place word ("tỉnh") or a province's name."""
    words = text.split()
    return bool(words) and (
        words[-1] in member_rules().place_words
        or any(by_name(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) > n)
    )


def _ends_at_level_place(name: str) -> bool:
    """True when a name ends in a place of a level below the province ("... huyện Mỹ Tú"), or
    is a head that holds its level followed by the place ("Huyện đoàn Giồng Trôm")."""
    levels = member_rules().kept_levels
    words = name.split()
    for n in (1, 2, 3):
        if len(words) <= n or not all(w[0].isupper() for w in words[-n:]):
            break
        before = words[:-n]
        if before[-1].casefold() in levels:
            return True
        if len(before) <= 2 and lexicon().head_re.fullmatch(" ".join(before)):
            return any(w.casefold() in levels for w in before)
    return False


def _split_and(text: str, start: int, end: int) -> list[Span]:
    """Split "A và B" unless "và" belongs to one name ("Sở Kế hoạch và Đầu tư")."""
    r = member_rules()
    parts: list[Span] = []
    pos = start
    for m in r.and_split.finditer(text[start:end]):
        at, right_at = start + m.start(), start + m.end()
        if in_and_compound(text, at, right_at, floor=pos):
            continue  # the "và" of one name ("Khoa học và Công nghệ")
        left, right = text[pos:at].strip(), text[right_at:end].strip(" .;,")
        left_bare = not lexicon().head_re.match(left)
        new_unit = (
            bool(member_rules().counted_lead.match(right))  # "A và 3 đơn vị", "A và ba đơn vị"
            or (left.isdigit() and right.isdigit())  # "các phường 1, 3, 6 và 9": numbered units
            # "Công ty 78 và 732", "Quân khu 1 và 2": a number after a numbered unit
            or (bool(re.search(r"\s\d{1,4}$", left)) and right.isdigit() and len(right) <= 4)
            # "Hội CCB các huyện Sơn Dương và Yên Sơn": a place after a plural of places
            or (bool(member_rules().plural_type.search(left)) and _proper_words(right) is not None)
            or bool(re.match(rf"[{UPPER}]{{2,}}(?!{WORD})", right))  # "CCB khối cơ quan"
            or bool(lexicon().head_re.match(right) and is_cap(right))
            or bool(member_rules().types.match(right))
            or bool(member_rules().level_unit.match(right))  # "A và Xã Hợp Thành"
            or _role_lead(right) is not None  # "A và đơn vị cụm trưởng Công an tỉnh B"
        )
        # "Xuân Lộc và Cẩm Mỹ": two bare places (short capitalised names) are two items
        short = len(left.split()) <= 4 and (len(right.split()) <= 4 or _is_place(right))
        places = left_bare and is_cap(right) and short
        # "Trường An và Bình Minh": two short names all in capitals are two places, even when
        # the first word is also a head ("Trường"); a name's own "và" joins lower-case words
        names = all(_title_words(p, 3) for p in (left, right))
        # "Ngân hàng Chính sách xã hội tỉnh và Bảo Việt Cao Bằng": a name that ends in its
        # place is complete, so a capitalised name after "và" is the next unit
        names = names or (_ends_in_place(left) and len(right.split()) >= 2 and is_cap(right))
        # inside parentheses the items belong to a nested list, read on its own
        names = names and text.count("(", start, at) <= text.count(")", start, at)
        # "A (Cụm phó) và Hải đội 2": a note in parentheses closes the item before "và"
        noted = left.endswith(")") and is_cap(right)
        # "Hội CCB huyện Mỹ Tú và Kế Sách", "Huyện đoàn Giồng Trôm và Bình Đại": a second
        # place of the level the first item's place is written at
        names = names or (_ends_at_level_place(left) and _title_words(right, 3))
        if new_unit or names or noted or (places and (starts_unit(right) or is_cap(left))):
            parts.append((pos, at))
            pos = right_at
    parts.append((pos, end))
    return parts


def _split_glued(text: str, start: int, end: int) -> list[Span]:
    """Split items glued by the page: "...tỉnh Hòa Bình Hội Luật gia", "Kon TumGia Lai"."""
    out: list[Span] = []
    pos = start
    for m in re.finditer(rf"(?<=[a-zà-ỹđ])(?=[{UPPER}][a-zà-ỹđ])", text[start:end]):
        at = start + m.start()
        left = text[pos:at].split()
        if left and (by_name(" ".join(left[-2:])) or by_name(left[-1])):
            out.append((pos, at))
            pos = at
    for m in lexicon().head_re.finditer(text, pos + 1, end):
        words = text[pos : m.start()].split()
        if not words or not is_cap(m.group(0)):
            continue
        place_word = words[-1] in member_rules().place_words
        if by_name(" ".join(words[-2:])) or by_name(" ".join(words[-3:])) or place_word:
            out.append((pos, m.start()))
            pos = m.start()
    out.append((pos, end))
    return out


def split_items(text: str, start: int, end: int) -> list[Span]:
    """Raw item spans of a list: ";" groups of "," items, then "và", then glued items."""
    top = ";" if ";" in _outside_parens(text, start, end) else ","
    spans: list[Span] = []
    # "A Trưởng cụm, B Phó cụm và 3 đơn vị thành viên là: C, D": a nested intro's colon
    sections = _depth_split(text, start, end, ":")
    groups_top = [g for s0, e0 in sections for g in _depth_split(text, s0, e0, top)]
    for g_start, g_end in groups_top:
        groups = _depth_split(text, g_start, g_end, ",") if top == ";" else [(g_start, g_end)]
        for s, e in groups:
            for a, b in _split_and(text, s, e):
                spans.extend(_split_glued(text, a, b))
    return [_trim(text, s, e) for s, e in _join_kinds(text, spans) if text[s:e].strip()]


_KIND = re.compile(rf"\s*[{UPPER}Đ&]{{2,6}}(?:\s|$)")


def _join_kinds(text: str, spans: list[Span]) -> list[Span]:
    """Join "Ban Quản lý các KCN, KCX, KKT các tỉnh A": kinds named by their initials after a
    plural are one name, not a list; so are two levels of a plural ("Ban Chỉ huy Quân sự các
    xã, phường A, B": "các xã, phường" heads the names)."""
    out: list[Span] = []
    joining = False
    levels = member_rules().plural_levels
    for s, e in spans:
        plural = out and (
            joining or member_rules().plural_kinds.search(text, out[-1][0], out[-1][1])
        )
        if plural and _KIND.match(text, s, e):
            out[-1] = (out[-1][0], e)
            joining = True
            continue
        joining = False
        if out and levels[0].search(text, out[-1][0], out[-1][1]) and levels[1].match(text, s, e):
            out[-1] = (out[-1][0], e)  # "các xã" + "phường A": one item, "các xã, phường A"
            continue
        out.append((s, e))
    return out


def _outside_parens(text: str, start: int, end: int) -> str:
    """text[start:end] with parenthesised parts blanked."""
    if "(" not in text[start:end]:
        return text[start:end]  # nothing is ever inside parentheses
    out, depth = [], 0
    for ch in text[start:end]:
        depth += ch == "("
        out.append(ch if depth == 0 else " ")
        depth -= ch == ")" and depth > 0
    return "".join(out)


def _trim(text: str, start: int, end: int) -> Span:
    """A span without surrounding spaces, punctuation and a leading "và"/"cùng"."""
    while start < end and text[start] in " \t,;:.–-":
        start += 1
    m = member_rules().joiner.match(text, start, end)
    if m:
        start = m.end()
        while start < end and text[start] == " ":
            start += 1
    while end > start and text[end - 1] in " \t,;:.":
        end -= 1
    # "A, B, C và | đại diện ...": a list cut before its next clause keeps no trailing "và"
    tail = re.search(r"\s+(\S+)$", text[start:end])
    if tail and member_rules().joiner.fullmatch(tail.group(1)):
        end = start + tail.start()
    return start, end


# --- items ---------------------------------------------------------------------------------


def _role_tail(name: str) -> tuple[str, str | None]:
    """A trailing role note without parentheses ("X – Cụm trưởng", "X Trưởng cụm")."""
    m = member_rules().role_tail.search(name)
    if m is None or m.start() == 0:
        return name, None
    return name[: m.start()].rstrip(" ,–-"), role_of_note(m.group(0))


def _role_lead(name: str) -> tuple[int, str] | None:
    """A role note opening an item ("đơn vị cụm trưởng Công an tỉnh A"): where the name
    starts and the role."""
    m = member_rules().role_lead.match(name)
    role = role_of_note(m.group(0)) if m else None
    return (m.end(), role) if m and role else None


def _looks_like_unit(name: str) -> bool:
    """A unit names an organisation or place: capitalised or a typed lower-case phrase."""
    if not name or len(name.split()) > MAX_ITEM_WORDS:
        return False
    r = member_rules()
    # "Năm 2021, ...", "3 đơn vị thành viên là": no unit; but "Từ Sơn", "Năm Căn" (a word
    # of the list and one capitalised word) are place names
    two_word_name = re.fullmatch(rf"\S+\s+[{UPPER}][a-zà-ỹđ]+", name)
    if (r.not_item.match(name) and not two_word_name) or r.count_intro.fullmatch(name):
        return False
    if r.document.match(name):
        return False  # "Kế hoạch hoạt động phong trào thi đua": a document, not a unit
    counted = r.counted_places.search(name)
    if counted is not None and counted.start() > 0 and "," in counted.group(0):
        return False  # "BHXH 9 tỉnh, thành phố khu vực X": the units described, none named
    if any(h.pattern.match(name.lower()) for h in bloc_rules().heads):
        return False  # "Cụm 1 do huyện A làm cụm trưởng": a bloc, not a unit
    return (
        is_cap(name)
        or bool(member_rules().types.match(name))
        or name[0].isdigit()
        or _lower_head_unit(name)
    )


def make_item(text: str, start: int, end: int) -> Item | None:
    """One list item: role notes read and removed, glosses and asides dropped, span kept."""
    raw = text[start:end]
    role = None
    for note in PAREN.finditer(raw):
        if member_rules().guests.search(note.group(1)):
            return None  # "Sóc Trăng (khách mời)": a guest, not a member
        role = role or role_of_note(note.group(1))
    body = PAREN.sub(lambda m: m.group(0) if GLOSS.fullmatch(m.group(0)) else " ", raw)
    name = clean_name(body)
    clause = member_rules().role_clause.search(name)
    if clause is not None and clause.start() > 0:
        name = name[: clause.start()]  # the role reader reads the statement, year and all
    name, tail_role = _role_tail(name)
    role = role or tail_role
    lead = _role_lead(name)
    if lead is not None:
        name, role = name[lead[0] :], role or lead[1]
    nested = member_rules().nested_intro.match(name)
    if nested is not None:
        name = name[nested.end() :]  # "và 2 đơn vị thành viên là Sở Y tế, ...": the rest's intro
    joined = member_rules().joiner.match(name)
    name = _capital_head((name[joined.end() :] if joined else name).strip(" ."))
    title = lexicon().title_re.match(name)
    if title is not None:
        # "Chủ tịch, Phó Chủ tịch Hội Khuyến học các phường A, B": the people's unit is the item
        rest = name[title.end() :].lstrip()
        # "Giám đốc các Sở Nội vụ, Ngoại vụ": a plural head opens a run of the units
        plural = member_rules().plural_run.match(rest)
        if not rest or not lexicon().head_re.match(rest, plural.end() if plural else 0):
            return None
        name = rest
    counted = member_rules().counted_lead.match(name)
    rest = name[counted.end() :] if counted else ""
    rest = _level_chain(rest)  # "5 tỉnh, thành phố Hà Nội": the last level word names the unit
    typed = member_rules().types.match(rest)
    # the type must name its unit: "2 thành phố Biên Hòa", not "năm thành phố trực thuộc
    # trung ương" (a description of the counted units)
    named = typed is not None and re.match(rf"\s*[{UPPER}\d]", rest[typed.end() :]) is not None
    if counted and (named or (lexicon().head_re.match(rest) and is_cap(rest))):
        name = rest  # "2 thành phố Biên Hòa, Long Khánh", "3 Thành hội A, B"
    lower_head = member_rules().lower_head_plural.match(name)
    if lower_head:
        name = name[lower_head.end() :]  # "chi nhánh các tỉnh A, B": the items are the places
    if not _looks_like_unit(name):
        return None
    return Item(name, (start, end), role)


def _capital_head(name: str) -> str:
    """ "các sở Nội vụ" -> "các Sở Nội vụ": a head written in lower case after a plural opens
    the same run of units as the capitalised one."""
    m = member_rules().plural_lower.match(name)
    if m is None:
        return name
    cap = name[: m.end()] + name[m.end()].upper() + name[m.end() + 1 :]
    head = lexicon().head_re.match(cap, m.end())
    # the head word alone ("sở", "ban", "hội"), not a lower-case name that starts like one
    return cap if head is not None and cap[head.end() : head.end() + 1] == " " else name


def _level_chain(rest: str) -> str:
    """Rest from the last of the level words a comma joins ("tỉnh, thành phố Hà Nội" ->
    "thành phố Hà Nội"): one count of both kinds, before the first unit's name."""
    types = member_rules().types
    while (level := re.match(r"([^\s,]+(?:\s[^\s,]+)?)\s*,\s*", rest)) is not None:
        word = types.match(level.group(1) + " ")
        whole = word is not None and word.end() == len(level.group(1))
        if not whole or not types.match(rest[level.end() :]):
            break
        rest = rest[level.end() :]
    return rest


def _sub_list(text: str, item: Item) -> list[Item] | None:
    """ "Agribank (các chi nhánh: Đồng Nai, Bắc Đồng Nai)": the head over a nested list;
    "4 công ty cao su (Lộc Ninh, Bình Long)": each name is a unit of the counted kind."""
    raw = text[item.span[0] : item.span[1]]
    counted = member_rules().counted_paren.match(raw)
    if counted is not None:
        head, span = counted.group("head").strip(), counted.span("items")
    else:
        m = member_rules().nested.search(raw)
        if m is None:
            return None
        head = f"{raw[: m.start()].strip()} {(m.group(1) or m.group(2)).strip()}"
        span = m.span(3)
    off = item.span[0]
    subs = [make_item(text, s, e) for s, e in split_items(text, off + span[0], off + span[1])]
    return [Item(f"{head} {s.name}", s.span, s.role) for s in subs if s is not None] or None


# --- shared heads --------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """A head shared by bare items, and whether a type word goes with it."""

    text: str
    keep_type: bool  # "Hội CCB xã A, xã B": items keep their own type word
    place: str | None = None  # the first item's place ("Vietcombank Hà Tĩnh"): not the head's
    numbers: bool = False  # "Lữ đoàn 368, 299": the head goes to bare numbers only


def _cut_tail(window: str) -> str:
    """The window without the intro words that end it ("... trong cụm gồm:")."""
    # Searched only near the end: the pattern is all optional parts anchored at "$".
    m = member_rules().intro_tail.search(window, max(0, len(window) - 80))
    return window[: m.start()] if m else window


# an all-capitals abbreviation right before a plural of places ("HLG các tỉnh:")
_ABBREVIATION = re.compile(rf"(?<![{UPPER}\w])([{UPPER}][{UPPER}&]{{1,7}})\s+$")


def intro_head(
    text: str, clause_start: int, list_start: int, orgs: list[OrgSpan], blocs: list[Span]
) -> Head | None:
    """The head written before the list ("Hội Luật gia các tỉnh:", "các Trường Chính trị gồm:").

    A bloc named between the head and the list ("Công an các tỉnh trong Cụm thi đua số 2
    gồm:") is stepped over.
    """
    r = member_rules()
    chars = list(text[clause_start:list_start])
    for b_start, b_end in blocs:
        if clause_start <= b_start and b_end <= list_start:
            chars[b_start - clause_start : b_end - clause_start] = "\x01" * (b_end - b_start)
    window = _cut_tail("".join(chars))
    typed = None
    for m in r.plural_type.finditer(window):
        typed = m
    if typed is not None and _named_type(typed.group(0)):
        typed = None  # "gồm 4 Tỉnh hội Nông dân:": a capitalised type word opens a name
    if typed is not None and r.head_rest.fullmatch(window[typed.end() :]):
        at = clause_start + typed.start()
        # the organisation right before "các tỉnh" / "5 phường" is the head ("HNB các tỉnh:")
        # "UBND của 9 xã": a body that owns the places is no head of theirs
        org = next(
            (
                o
                for o in orgs
                if o.start < at
                and r.gap.fullmatch(text[o.end : at])
                and not r.owner_word.search(text, o.start, at)
            ),
            None,
        )
        if org is not None:
            head = clean_name(PAREN.sub(" ", text[org.start : at]))
            organ = r.organ_prefix.match(head)
            if organ is not None and lexicon().head_re.match(head, organ.end()):
                head = head[organ.end() :]  # "Ban Chấp hành Hội LHPN 6 xã": "Hội LHPN xã A"
            level = kept_level(typed.group(0))
            if level is not None:
                head = f"{head} {level}"  # "UBND 4 phường: A, B": "UBND phường A"
            return Head(head, keep_type=False)
        # "Đoàn các phường: A, B": a word that heads a unit of that level ("Đoàn phường A")
        level = kept_level(typed.group(0))
        before = re.search(r"(\S+)\s+$", text[max(clause_start, at - 20) : at])
        if before is not None and level is not None:
            unit = f"{before.group(1)} {level}"
            if lexicon().head_re.fullmatch(unit) and is_cap(unit):
                return Head(unit, keep_type=False)
        # "gồm HLG các tỉnh: A, B": an abbreviation the article defined is the head
        abbr = _ABBREVIATION.search(text, max(clause_start, at - 12), at)
        return Head(abbr.group(1), keep_type=False) if abbr else None
    unit_head = r.counted_unit_head.search(window)
    if unit_head is not None and lexicon().head_re.match(unit_head.group("head")):
        return Head(unit_head.group("head"), keep_type=False)  # "năm đơn vị Công an tỉnh là A"
    counted = r.counted_head.search(window)  # "của 7 đơn vị thành viên Cụm II:": no head
    if counted is not None and not r.units.fullmatch(counted.group(1)):
        phrase = counted.group(1)
        qualifier = r.head_qualifier.search(phrase)
        if qualifier is not None:
            phrase = phrase[: qualifier.start()]  # "6 Cục Thuế khu vực duyên hải miền Trung:"
        return Head(phrase, keep_type=False)  # "gồm 5 cục DTNN khu vực:"
    if counted is not None and text[clause_start:list_start].rstrip().endswith(":"):
        # "gồm 4 sở: Tài chính, Xây dựng", "6 công đoàn ngành: Giáo dục, Y tế": a counted unit
        # that is an organisation's head names the bare items after the colon
        word = counted.group(1)
        named = word[:1].upper() + word[1:]
        h = lexicon().head_re.match(named)
        if h is not None:
            return Head(named, keep_type=False)
    plural = r.plural_head.search(window)
    if plural is None:
        return None
    word = plural.group(1)
    return Head(word[:1].upper() + word[1:], keep_type=False)


def kept_level(plural: str) -> str | None:
    """The level a shared head keeps from "các phường" / "4 xã" (below a province), or None."""
    level = plural.split(maxsplit=1)[-1]
    return level if level.casefold() in member_rules().kept_levels else None


def _named_type(counted: str) -> bool:
    """True when the type word of "4 Tỉnh hội" is capitalised (a name), not "4 tỉnh"."""
    word = counted.split()[-1]
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _plural_item_head(name: str) -> re.Match[str] | None:
    """The match of "Hội CCB các huyện A" (a head, a plural of places, a name), else None."""
    m = member_rules().item_plural.match(name)
    if (
        m
        and lexicon().head_re.match(m.group("head"))
        and member_rules().plural_type.fullmatch(m.group("pl"))
    ):
        return m
    return None


def _item_head(
    first: Item, parallel: int | None = None, field_next: bool = False
) -> tuple[Head | None, Item]:
    """A head shared from the first item ("VKSND các tỉnh A", "Hội CCB xã A", "LĐLĐ Bình Thuận")."""
    name = first.name
    m = _plural_item_head(name)
    if m is not None:
        head = m.group("head").strip()
        level = kept_level(m.group("pl"))
        if level is not None:
            head = f"{head} {level}"  # "Hội Nông dân các xã A, B": "Hội Nông dân xã B"
        return Head(head, keep_type=False), replace(first, name=f"{head} {m.group('rest')}")
    h = lexicon().head_re.match(name)
    if h is None:
        # "tổ dân phố 1, 2, 3", "ấp 4, 5": a place type and a number, shared by bare numbers
        typed = member_rules().types.match(name)
        numbered = re.fullmatch(r"(.*\S)\s+\d{1,3}", name)
        if typed is not None and numbered and numbered.group(1) == typed.group(0).strip():
            return Head(numbered.group(1), False, numbers=True), first
    if h is None or not is_cap(h.group(0)):
        return None, first
    rest = name[h.end() :].strip()
    typed = member_rules().type_inside.search(name, h.end())
    if typed and typed.group(0).strip() not in member_rules().plural_words:
        # "Hội CCB xã A": the head is what stands before the item's type word
        return Head(name[: typed.start()].strip(), keep_type=True), first
    number = re.match(r"^(.*\S)\s+(\S+)$", name)
    last = number.group(2) if number else ""
    if number and ((last.isdigit() and len(last) <= 4) or roman_value(last) is not None):
        return Head(number.group(1), False, numbers=True), first  # "Lữ đoàn 368, 299"
    if rest and _is_place(rest) and h.group(0) not in member_rules().no_place_share:
        return Head(name[: h.end()], False, rest), first  # "LĐLĐ Bình Thuận, Đồng Nai"
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and _is_place(" ".join(words[-n:])):
            # "Hội Nhà báo Cần Thơ"
            return Head(" ".join(words[:-n]), False, " ".join(words[-n:])), first
    if field_next and _field_name(rest):
        # "Sở Tư pháp, Nội vụ, Y tế", "Phòng Tham mưu, Chính trị": fields after a head and a
        # field share the head
        return Head(name[: h.end()], keep_type=False), first
    field = re.match(r"((?:[a-zà-ỹđ][\wÀ-ỹ]*\s+){1,2})(?=[A-ZÀ-ỸĐ])", rest)
    if field is not None and field_next:
        # "Công đoàn ngành Giáo dục, Y tế": the lower-case kind after the head is shared too
        return Head(f"{name[: h.end()]} {field.group(1).strip()}", keep_type=False), first
    if parallel and len(words) > parallel + 1 and all(is_cap(w) for w in words[-parallel:]):
        # "Hội LHPN Mê Linh, Đông Anh": the first item ends with a name as long as the bare
        # item after it; what stands before that name is the head
        return Head(" ".join(words[:-parallel]), keep_type=False), first
    return None, first


def _proper_words(name: str) -> int | None:
    """The word count of a bare proper name of 1 to 3 capitalised words ("Đông Anh")."""
    words = name.split()
    plain = not (lexicon().head_re.match(name) or member_rules().types.match(name))
    if plain and 1 <= len(words) <= 3 and all(is_cap(w) and w.isalpha() for w in words):
        return len(words)
    return None


def _field_name(name: str) -> bool:
    """True for a bare field of work ("Y tế", "Giao thông vận tải"): capitalised, no head."""
    return (
        bool(re.match(r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*(?:\s+[a-zà-ỹđ]+){0,4}$", name))
        and not lexicon().head_re.match(name)
        and not member_rules().types.match(name)
    )


def _bare(name: str) -> bool:
    """True for an item that names no organisation of its own (a place, a type and a place)."""
    r = member_rules()
    if lexicon().head_re.match(name) and is_cap(name):
        return False
    typed = r.types.match(name)
    roman = roman_value(name) is not None  # "KBNN khu vực: XII; XIII": numbers, not names
    abbreviated = re.match(rf"[{UPPER}]{{2,}}(?!{WORD})", name)
    if not typed and not roman and abbreviated and not _is_place(name):
        return False  # "CCB khối cơ quan": an abbreviated organisation
    return (
        bool(typed)
        or _is_place(name)
        or name.isdigit()
        or roman
        or (is_cap(name) and len(name.split()) <= 8)
    )


def spread(items: list[Item], head: Head | None, plural: bool = False) -> list[Item]:
    """Spread a shared head over the bare items (the intro's head, else the first item's).

    `plural`: the intro ended with "các" ("gồm các Sở Nội vụ, Tài chính"), so the first
    item's head word is shared.
    """
    if not items:
        return items
    out = list(items)
    start = 0
    run: list[int] = []  # indices in result of the current "các <Head>" run
    # "gồm Hội Nông dân các xã A, B": a first item that shares its own head over a plural
    # of places names the head, not the intro's counted word ("Cụm có 5 cơ sở hội, gồm ...")
    if head is not None and out[0].sub_head is None and _plural_item_head(out[0].name):
        head = None
    # "gồm 05 trường: THCS Gia Tân, Gia Khánh": the first item writes the head in full
    own = lexicon().head_re.match(out[0].name) if head is not None else None
    if (
        head is not None
        and own is not None
        and len(out) > 1
        and out[0].sub_head is None
        and not out[0].name.startswith(head.text)
        and _bare(out[1].name)
    ):
        head = Head(own.group(0), keep_type=False)
    lead = _plural_run(out[0].name) if out[0].sub_head is None else None
    if lead is not None and own is None:
        # "8 CĐCS: các Sở Tư pháp, Nội vụ": a plural run opening the list names its own head
        head = None
    if lead is not None:
        # "cùng các VKSND huyện A, B": the plural opens a run of the first item's head
        out[0] = replace(out[0], name=out[0].name[lead:])
    if out[0].sub_head is not None:
        head, start = None, 0
    elif head is None and plural:
        numbered, _ = _item_head(out[0])
        h = lexicon().head_re.match(out[0].name)
        head = Head(h.group(0), keep_type=False) if h else None
        # "các Chi cục Thuế khu vực II, IV": a numbered first item shares all but its number
        head = numbered if numbered is not None and numbered.numbers else head
        # "các Sở Tư pháp Cao Bằng, Bắc Kạn": a first item ending with a place, places after
        # it: all before its place is shared
        if numbered is not None and numbered.place and len(out) > 1 and _is_place(out[1].name):
            head = numbered
        start, run = 1, [0]  # "gồm các Ban A, B, C Tỉnh ủy": a run that may share a tail
    elif head is None and lead is not None:
        # "gồm 8 đơn vị: các Sở Tài chính, Xây dựng", "cùng các Chi cục THADS huyện A, B": the
        # plural opens the list's first item, whose head (with its type word) is shared
        parallel = _proper_words(out[1].name) if len(out) > 1 else None
        head, out[0] = _item_head(out[0], parallel)
        if head is None:
            h = lexicon().head_re.match(out[0].name)
            head = Head(h.group(0), keep_type=False) if h else None
        start, run = 1, [0]
    elif head is None:
        parallel = _proper_words(out[1].name) if len(out) > 1 else None
        field_next = len(out) > 1 and _field_name(out[1].name)
        head, out[0] = _item_head(out[0], parallel, field_next)
        start = 1
    if head is None and not any(_plural_run(i.name) or i.sub_head for i in out):
        return _numbered_after(_spread_types([i for i in out if i.sub_head is None]))
    result = out[:start]
    broken = False
    for i, item in enumerate(out[start:], start):
        name = item.name
        if item.sub_head is not None:
            head, run, broken = Head(item.sub_head, keep_type=False), [], False
            continue
        if name.isdigit() and not (head and re.search(r"\d$", out[0].name)):
            continue  # "... và 5" cut by a line end: a number is an item only after "Lữ đoàn 368"
        plural_run = _plural_run(name)
        if plural_run is not None:
            # "..., các Sở Nội vụ, Tài chính": a new shared head starts here
            new_head, first = _item_head(replace(item, name=name[plural_run:]))
            head = new_head or Head(_head_word(name[plural_run:]), keep_type=False)
            result.append(first)
            run, broken = [len(result) - 1], False
            continue
        # ... but "Agribank chi nhánh Đồng Nai, Bắc Đồng Nai": a bare place ending like it is
        # a place of its own for the head
        own_place = (
            head is not None
            and head.place
            and name.endswith(f" {head.place}")
            and name[: -len(head.place)].strip() not in member_rules().directions
        )
        # "Trung đoàn 174, Đội K71": a number's head goes to numbers only
        not_number = (
            head is not None
            and head.numbers
            and not name.isdigit()
            and roman_value(name) is None  # "Chi cục khu vực I, III, VII"
        )
        # "UBND phường 9, Thanh tra huyện và Xã Hợp Thành": a unit with a head of its own
        # ended the shared head's run, so a place written with its level is a unit as written
        own_level = broken and bool(member_rules().level_unit.match(name))
        # "Ủy ban MTTQ TPHCM, Lực lượng Thanh niên Xung phong TP": a head shared by places
        # ("LĐLĐ Bình Thuận, Đồng Nai", "chi nhánh Đồng Nai, Bắc Đồng Nai") goes to short
        # place names, not to a longer name of its own
        not_place = (
            head is not None
            and bool(head.place)
            and len(name.split()) > _PLACE_WORDS
            and not _is_place(name)
            and not member_rules().types.match(name)
        )
        if head is None or not _bare(name) or own_place or not_number or own_level or not_place:
            # "Vietcombank Hà Tĩnh, Vietinbank Hà Tĩnh": an item with the first item's place
            # names its own unit
            result.append(item)
            # "...; BIDV chi nhánh Đồng Nai, Nam Đồng Nai": a unit named with its place before
            # bare places opens a group of its own head
            regroup = _regroup_head(item, out[i + 1] if i + 1 < len(out) else None)
            broken = regroup is None and lexicon().head_re.match(name) is not None
            head = regroup or head
            # "các Ban Tuyên giáo, Dân vận và Văn phòng Tỉnh ủy": the qualifier of the item
            # that ends the run is the run's too (only a capitalised one: see _shared_tail)
            if len(run) >= 2:
                result = _shared_tail(result, [*run, len(result) - 1])
            run = []
            continue
        typed = member_rules().types.match(name)
        text = head.text
        base, _, level = text.rpartition(" ")
        if typed and base and kept_level(level) is not None:
            text = base  # "Hội Nông dân xã" + "thị trấn A": the item's own type
        elif typed and not head.keep_type:
            name = name[typed.end() :].strip()  # "Ban Chỉ huy Quân sự các xã: phường A" -> "... A"
        result.append(replace(item, name=f"{text} {name}".strip()))
        if run:
            run.append(len(result) - 1)
    return _numbered_after(_shared_tail(result, run))


_PLACE_WORDS = 4  # the longest bare place a place head is shared with ("Bà Rịa- Vũng Tàu")


def _numbered_after(items: list[Item]) -> list[Item]:
    """ "..., Trung đoàn 892 và 893": a bare number right after a numbered unit is a unit of the
    same head ("Trung đoàn 893")."""
    out = list(items)
    for i in range(1, len(out)):
        numbered = re.fullmatch(r"(.*\S)\s+\d{1,4}", out[i - 1].name)
        if out[i].name.isdigit() and len(out[i].name) <= 4 and numbered:
            out[i] = replace(out[i], name=f"{numbered.group(1)} {out[i].name}")
    return out


def _regroup_head(item: Item, nxt: Item | None) -> Head | None:
    """The head a full unit shares with the bare places right after it ("BIDV chi nhánh Đồng
    Nai, Nam Đồng Nai"), else None."""
    if nxt is None or nxt.sub_head is not None or not _bare(nxt.name) or _plural_run(nxt.name):
        return None
    head, _ = _item_head(item)  # a head with a place needs the item's own head word
    return head if head is not None and head.place else None


def _plural_run(name: str) -> int | None:
    """Offset of the head in "các Sở Nội vụ" (a plural head opening a run), else None."""
    m = member_rules().plural_run.match(name)
    if m and lexicon().head_re.match(name, m.end()):
        return m.end()
    return None


def _head_word(name: str) -> str:
    """The organisation head word that opens name."""
    h = lexicon().head_re.match(name)
    return h.group(0) if h else name.split()[0]


def _shared_tail(items: list[Item], run: list[int]) -> list[Item]:
    """ "các Ban Tổ chức, Tuyên giáo, Dân vận Tỉnh ủy": the last item's qualifier is shared."""
    if len(run) < 2:
        return items
    tail = member_rules().shared_tail.search(items[run[-1]].name)
    if tail is None:
        return items
    crossed = items[run[-1]].name.split()[0] != items[run[0]].name.split()[0]
    if crossed and not tail.group(0).strip()[0].isupper():
        return items  # "..., Xây dựng và Văn phòng UBND tỉnh": "tỉnh" belongs to the last
    out = list(items)
    for i in run[:-1]:
        if not out[i].name.endswith(tail.group(0)):
            out[i] = replace(out[i], name=out[i].name + tail.group(0))
    return out


def _spread_types(items: list[Item]) -> list[Item]:
    """ "huyện Quan Sơn, Quan Hóa": a type word spreads over the bare places after it."""
    out: list[Item] = []
    typ = None
    for item in items:
        m = member_rules().types.match(item.name)
        plural = m is not None and m.group(0) in member_rules().plural_words
        if m and not plural:
            typ = m.group(0)
            out.append(item)
        elif m and plural:
            rest = item.name[m.end() :].strip()
            t2 = member_rules().types.match(rest)
            typ = t2.group(0) if t2 else typ
            out.append(replace(item, name=rest))
        elif typ and _is_place(item.name):
            out.append(replace(item, name=f"{typ} {item.name}"))
        else:
            out.append(item)
    return out


# --- reading a list ------------------------------------------------------------------------


def _sub_intro(text: str, start: int, end: int) -> str | None:
    """The head of a nested intro ending at a colon ("Cục Thuế các tỉnh, thành phố:",
    "các chi nhánh ngân hàng:"), else None."""
    if not re.match(r"\s*:", text[end : end + 3]):
        return None
    raw = text[start:end].strip()
    r = member_rules()
    typed = r.plural_type.search(raw)
    if typed is not None and typed.start() > 0 and r.head_rest.fullmatch(raw[typed.end() :]):
        head = raw[: typed.start()].strip()
        return head if lexicon().head_re.match(head) else None
    plural = r.lower_plural.fullmatch(raw)
    if plural is not None:
        word = plural.group(1)
        return word[:1].upper() + word[1:]
    run = r.plural_run.match(raw)
    if run is not None and lexicon().head_re.match(raw, run.end()):
        return raw[run.end() :]  # "các Công ty TNHH MTV Lâm nghiệp: A, B"
    return None


def _described(raw: str) -> bool:
    """True when the words before a bracket describe a group in lower case ("các sở chuyên
    ngành (A; B)"), not name a unit whose brackets gloss it ("Sở Y tế (A, B, C)")."""
    r = member_rules()
    words = raw[: raw.find("(")].split()
    while words and (r.joiner.fullmatch(words[0]) or words[0].casefold() in r.plural_words):
        words = words[1:]
    return bool(words) and words[0][:1].islower()


def _paren_group(text: str, start: int, end: int) -> list[Item]:
    """The units a described group names in parentheses ("các cơ quan báo chí, xuất bản (A, B,
    C)"): its items when two or more are units, else none."""
    m = PAREN.search(text, start, end)
    if m is None:
        return []
    spans = split_items(text, m.start(1), m.end(1))
    subs = [make_item(text, a, b) for a, b in spans]
    units = [i for i in subs if i is not None]
    return units if len(units) >= 2 and len(units) == len(subs) else []


def read_items(text: str, start: int, end: int) -> list[Item]:
    """The items of text[start:end] until the first that is not a unit."""
    items: list[Item] = []
    for s, e in split_items(text, start, end):
        sub_head = _sub_intro(text, s, e)
        if sub_head is not None:
            items.append(Item(sub_head, (s, e), sub_head=sub_head))
            continue
        grouped = _paren_group(text, s, e)
        item = make_item(text, s, e)
        if grouped and (item is None or _described(text[s:e])):
            items.extend(grouped)  # "các cơ quan báo chí (A, B, C) cùng D": A, B, C
            continue
        if item is None:
            if re.match(r"\s*:", text[e : e + 3]):
                continue  # "... và 3 đơn vị thành viên là: C, D": a nested intro
            if any(i.sub_head is None for i in items):
                break  # "...; Năm 2021, X là Trưởng khối": the list has ended
            continue
        if item.role is None and items and member_rules().role_tail.fullmatch(item.name):
            items[-1] = replace(items[-1], role=role_of_note(item.name))  # "X, Cụm Trưởng"
            continue
        items.extend(_sub_list(text, item) or [item])
    return items


# A numbered or bulleted line ("1. Sở A;", "- Sở B", "a) Sở C")
LIST_LINE = rx.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–•*+])[ \t]+")


def list_lines(text: str, pos: int) -> list[Span]:
    """The numbered or bulleted lines that follow a line ending at pos, one span per line
    without its marker; [] when the next line is no list line. Unmarked lines count when two
    or more in a row are each a short name ("Sở Tư pháp\nSở Y tế\n...")."""
    line_end = text.find("\n", pos)
    if line_end < 0 or text[pos:line_end].strip():
        return []
    out: list[Span] = []
    bare = 0
    at = line_end + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        marker = LIST_LINE.match(text, at, end)
        last = text[out[-1][0] : out[-1][1]].rstrip()[-1:] if out else ""
        # unmarked lines only in a list of unmarked lines not yet closed by a full stop; one
        # ending in a full stop only as the last of items closed by ";" or ","
        ends = text[at:end].rstrip().endswith(".")
        open_list = bare == len(out) and last != "." and (not ends or last in (";", ","))
        start = marker.end() if marker else _bare_line(text, at, end) if open_list else None
        if start is None:
            if text[at:end].strip():
                break
            at = end + 1  # a blank line between items
            continue
        bare += marker is None
        out.append((start, end))
        at = end + 1
    return [] if bare == len(out) == 1 else out


_BARE_LINE = rx.compile(rf"[ \t]*(?P<name>(?=[{UPPER}])(?:(?![.!?][ \t])[^\n:]){{2,90}})$")


def _bare_line(text: str, at: int, end: int) -> int | None:
    """Where an unmarked line that is one short name starts (a capital, no sentence or colon
    inside, at most 12 words); None for any other line."""
    m = _BARE_LINE.match(text, at, end)
    if m is None or len(m.group("name").split()) > 12:
        return None
    return m.start("name")


def read_lines(text: str, lines: list[Span]) -> list[Item]:
    """One item per list line, up to the first line that names no unit."""
    items: list[Item] = []
    for s, e in lines:
        item = make_item(text, s, e)
        if item is None:
            break
        items.append(item)
    return items


def list_end(text: str, start: int, limit: int) -> int:
    """Where a list starting at start ends: a stop phrase, a guest marker, a line end or limit."""
    r = member_rules()
    end = limit
    for pattern in (r.stop,):
        m = pattern.search(text, start, end)
        if m:
            end = m.start()
    nl = text.find("\n", start, end)
    end = nl if nl >= 0 else end
    opened: list[int] = []
    for i in range(start, end):
        if text[i] == "(":
            opened.append(i)
        elif text[i] == ")":
            if not opened:
                return i  # "(gồm các huyện A, B, C)": the parenthesis opened before the list
            opened.pop()
    # "..., Thanh Hóa (Cụm thi đua số 3) ký": a parenthesis the end falls in is not the list's
    return opened[0] if opened else end


def kind_of(
    text: str, clause_start: int, list_start: int, orgs: list[OrgSpan], blocs: list[Span]
) -> str:
    """What the clause before a list says it enumerates: the evidence nearest the list.

    Words inside an organisation's name ("Ban Thi đua - Khen thưởng") are not evidence; inside
    a bloc's name they are evidence of members only ("Cụm thi đua khen thưởng vùng thấp gồm").
    """
    found = [
        (kind, m.start(), m.end())
        for kind, pattern in member_rules().kinds
        for m in pattern.finditer(text, clause_start, list_start)
        if not any(o.start <= m.start() < o.end for o in orgs)
        and (kind == "members" or not any(a <= m.start() < b for a, b in blocs))
    ]
    best, best_end = "unknown", -1
    for kind, start, end in found:
        # "Khối suy tôn 2 đơn vị dẫn đầu gồm:": a "khối ... gồm" that spans a vote word is
        # no evidence of members; the word inside says what is listed
        spans = any(k != kind and start < s and e <= end for k, s, e in found)
        if not spans and end > best_end:
            best, best_end = kind, end
    return best
