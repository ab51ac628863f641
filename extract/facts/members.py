"""Member lists and member counts of a bloc (rules/members.yaml), as scored candidates.

Every enumeration of units is a candidate; what its clause says it lists (members, award
recipients, attendees, a ranking, guests) decides whether it can be a member list, and the
best one per bloc wins: a list introduced as the bloc's members over a plain "gồm", over an
attendance list; ties go to the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.context import Context
from extract.facts.enumeration import (
    Enumeration,
    Head,
    Item,
    intro_head,
    kept_level,
    kind_of,
    list_end,
    list_lines,
    make_item,
    member_rules,
    read_items,
    read_lines,
    spread,
    starts_unit,
)
from extract.facts.roles import role_of_note
from extract.facts.tables import Table, find_tables, line_before
from extract.nlp.blocs import one_province_after
from extract.nlp.lexicon import UPPER, count_value, expand, is_cap, lexicon
from extract.text.normalize import lower_keep_offsets

Span = tuple[int, int]
RULE_FILE = "members.yaml"
MAX_SUBJECT_WORDS = 20  # a unit's name in a list that is its sentence's subject
# How much each kind of list is worth as the member list (absent: never a member list).
KIND_SCORE = {"members": 3.0, "unknown": 2.0, "attendees": 1.0}
MemberList = Enumeration


@dataclass
class Count:
    """A stated member count and the rule that read it."""

    value: int
    span: Span
    rule: str = ""


def _blocs(ctx: Context) -> list[Span]:
    """Spans of the bloc mentions."""
    return [(b.start, b.end) for b in ctx.tags.blocs]


def _sentence_limit(ctx: Context, start: int) -> int:
    """The end of start's sentence, or the next bloc named in it."""
    _, s_end = ctx.sentence(start)
    return min([b.start for b in ctx.tags.blocs if start < b.start < s_end] + [s_end])


def _clause_start(ctx: Context, pos: int) -> int:
    """Start of the ";"-clause around pos."""
    s_start, _ = ctx.sentence(pos)
    return max(s_start, ctx.text.rfind(";", s_start, pos) + 1)


def _stated_count(text: str) -> int | None:
    """A count written in an intro ("gồm 9 đơn vị:")."""
    m = re.search(r"(?<![\d/])(\d{1,3})\s+\S", text)
    return int(m.group(1)) if m else None


def _list_start(ctx: Context, intro_start: int, start: int) -> int:
    """Where the list after an intro starts: after a head phrase that ends at a colon or "là".

    "gồm Hội Luật gia các tỉnh, thành phố: A, B", "gồm Sở Nội vụ các tỉnh là A, B": the list
    starts after the head. A colon inside parentheses ("gồm: Agribank (các chi nhánh: A, B)")
    or after items already listed ("gồm A, B và các cơ quan: C, D") starts no list.
    """
    text = ctx.text
    colon = re.match(r"[^.;:\n]{0,90}?:[ \t]*", text[start:])  # a line end stays: list lines follow
    if colon is not None and _nested_after_items(text[intro_start:start], colon.group(0)):
        colon = None  # "có 5 đơn vị: Sở Y tế, các Trung tâm Y tế: A, B": a nested intro
    if colon is not None and "(" not in colon.group(0):
        after = start + colon.end()
        if intro_head(text, intro_start, after, ctx.tags.orgs, _blocs(ctx)) is not None:
            return after
        before = colon.group(0).rstrip().rstrip(":")
        if not (re.search(rf",\s*[{UPPER}]", before) or "," in before[-25:]):
            return after
    # "là" opens the list only after a head phrase ("gồm Sở Nội vụ các tỉnh là A, B")
    is_ = re.match(r"[^.;:,()\n]{0,60}?\slà\s+", text[start:])
    if is_ is not None:
        after = start + is_.end()
        if intro_head(text, intro_start, after, ctx.tags.orgs, _blocs(ctx)) is not None:
            return after
    return start


def _nested_after_items(intro: str, upto_colon: str) -> bool:
    """True when the intro ended at its own colon and an item stands before a plural intro
    ("có 5 đơn vị: Sở Y tế, các Trung tâm Y tế:"): the later colon opens a nested list."""
    return intro.rstrip().endswith(":") and bool(member_rules().item_then_plural.search(upto_colon))


def _capital_unit(text: str, start: int, end: int) -> int:
    """The end of an intro that stops before a capitalised counted word ("gồm 4 Tỉnh hội A").

    A unit word written with a capital opens a name ("Tỉnh hội", "Tỉnh đoàn"): it is the
    first item's head, not the counted noun of the intro.
    """
    m = re.search(rf"\d{{1,3}}\s+(?=[{UPPER}][a-zà-ỹđ]*\s+[a-zà-ỹđ])", text[start : end + 40])
    if m is not None and _bloc_number(text[start : start + m.start()]):
        return end  # "hợp thành Cụm thi đua số 4 Liên hiệp Hội Việt Nam là ...": a bloc's number
    if m is not None and member_rules().capital_noun.match(text, start + m.end()):
        return end  # "có 5 Hội thành viên là": the counted noun, written with a capital
    return start + m.end() if m and start + m.end() < end else end


def _bloc_number(before: str) -> bool:
    """True when before ends with the word that announces a bloc's number ("số")."""
    last = before.rstrip().rsplit(None, 1)[-1:] or [""]
    return last[0].casefold() in lexicon().number_words


def _lead_unit(text: str, start: int, list_start: int) -> Item | None:
    """The unit named before "và" and a plural head that a list then follows: "gồm thị trấn A
    và các xã: B, C" lists A too."""
    m = member_rules().lead_and_plural.match(text, start, list_start)
    if m is None:
        return None
    item = make_item(text, m.start("lead"), m.end("lead"))
    return item if item is not None and starts_unit(item.name) else None


_LINE_BREAK = re.compile(r"(?:[ \t]*\n){0,2}[ \t]*")


def _after_intro(ctx: Context, intro_start: int, start: int) -> Enumeration | None:
    """The enumeration after an intro that ends at start."""
    text = ctx.text
    after_intro, start = start, _list_start(ctx, intro_start, start)
    lead = _lead_unit(text, after_intro, start)
    clause_start = _clause_start(ctx, intro_start)
    head = intro_head(text, clause_start, start, ctx.tags.orgs, _blocs(ctx))
    plural = bool(member_rules().plural_end.search(text[intro_start:start]))
    # "Cụm gồm các đơn vị:" ending its line, then "1. A;" "2. B;" on lines of their own
    lines = list_lines(text, start)
    if lines:
        read = read_lines(text, lines)
    else:
        # "gồm:" ending its line, the list running on in the next paragraph
        if gap := _LINE_BREAK.match(text, start):
            start = gap.end()
        read = read_items(text, start, list_end(text, start, _sentence_limit(ctx, start)))
    items = spread(read, head, plural and head is None)
    items = [lead, *items] if lead is not None and items else items
    if len(items) < 2 and not (items and head):
        return None
    kind = kind_of(text, clause_start, start, ctx.tags.orgs, _blocs(ctx))
    return Enumeration(
        items[0].span[0] if lead is not None else start,
        items[-1].span[1],
        tuple(items),
        kind,
        "",
        _stated_count(text[intro_start:start]),
    )


def _parenthesised(ctx: Context) -> list[Enumeration]:
    """Lists in parentheses after a bloc or a counted group ("gồm 7 trường (A, B, C)")."""
    out: list[Enumeration] = []
    text = ctx.text
    for m in re.finditer(r"\(([^()]{5,600})\)", text[ctx.body_start :]):
        open_at = ctx.body_start + m.start()
        inner = m.group(1)
        # three units at least: "(A, B, C)", "(A; B và C)"
        joins = len(member_rules().and_split.findall(inner))
        if inner.count(",") + inner.count(";") + joins < 2:
            continue
        before = text[max(0, open_at - 80) : open_at]
        after_bloc = any(0 <= open_at - b.end <= 2 for b in ctx.tags.blocs)
        counted = re.search(r"\d{1,3}\s+[^\d.;:()]{2,60}$", before)
        # "Các đơn vị trong khối (A, B, C)": the bloc's units
        of_bloc = member_rules().paren_members.search(before.rstrip()) is not None
        if not (after_bloc or counted or of_bloc):
            continue
        start = open_at + 1
        head = intro_head(text, _clause_start(ctx, open_at), open_at, ctx.tags.orgs, _blocs(ctx))
        items = spread(read_items(text, start, open_at + 1 + len(inner)), head)
        if len(items) >= 2:
            kind = kind_of(text, _clause_start(ctx, open_at), open_at, ctx.tags.orgs, _blocs(ctx))
            kind = "members" if (after_bloc and kind == "unknown") or of_bloc else kind
            out.append(Enumeration(start, items[-1].span[1], tuple(items), kind, "parentheses"))
    return out


def _in_bloc_name(ctx: Context) -> list[Enumeration]:
    """The list inside a bloc's name: "Cụm thi đua các tỉnh A, B và C"."""
    out: list[Enumeration] = []
    for b in ctx.tags.blocs:
        m = member_rules().plural_type.search(ctx.text, b.start, b.end)
        if m is None or "," not in ctx.text[m.end() : b.end] or not is_cap(ctx.text[m.end() + 1 :]):
            continue
        # "Cụm thi đua Hội Nhà báo các tỉnh A, B": the name's organisation is the head
        head = intro_head(ctx.text, b.start, m.end(), ctx.tags.orgs, [])
        items = spread(read_items(ctx.text, m.end(), b.end), head)
        if len(items) >= 2:
            out.append(Enumeration(m.end(), b.end, tuple(items), "members", "bloc-name-list"))
    return out


def _unit_name(name: str) -> bool:
    """True for a unit's name as a list's subject gives it: a unit's head, two to twenty
    words or one initialism ("UBMTTQ", "LĐLĐ"), no number but its own at the end and no
    clause inside."""
    words = name.split()
    # "Lữ đoàn 368", "Đội K71", "Công ty 22.12": a numbered unit or a code name
    core = re.sub(r"\s+[\w.]*\d[\w.]*$", "", name)
    initialism = len(words) == 1 and len(name) >= 3 and name.isupper()
    return (
        starts_unit(name)
        and (2 <= len(words) <= MAX_SUBJECT_WORDS or initialism)
        and not any(c.isdigit() or c in ",;:()" for c in core)
    )


def _place_name(name: str) -> bool:
    """True for a bare place name: one to five capitalised words, no number."""
    words = name.split()
    return (
        1 <= len(words) <= 5
        and all(is_cap(w) for w in words)
        and not any(c.isdigit() or c in ",;:()" for c in name)
    )


def _postposed(ctx: Context) -> list[Enumeration]:
    """Units told to be the bloc's members after their list: "lãnh đạo KBNN các tỉnh A, B, C
    là thành viên Cụm", "Ba huyện A, B và C hợp thành cụm", "Các Ban A, B Tỉnh ủy; C; D là
    mười thành viên của khối", "A, B và C cùng sinh hoạt trong khối"."""
    out: list[Enumeration] = []
    text, r = ctx.text, member_rules()
    for m in r.postposed.finditer(ctx.lower, ctx.body_start):
        s_start = ctx.sentence(m.start())[0]
        typed = next(reversed(list(r.plural_type.finditer(text, s_start, m.start()))), None)
        if typed is not None:
            clause_start = _clause_start(ctx, m.start())
            head = intro_head(
                text, min(clause_start, typed.start()), typed.end(), ctx.tags.orgs, _blocs(ctx)
            )
            level = kept_level(typed.group(0))
            if head is None and level is not None:
                head = Head(level, keep_type=False)  # "Ba huyện A, B và C": "huyện A"
            rest = r.rest_are.match(text, typed.end(), m.start())  # "Sáu huyện còn lại là A"
            first = rest.end() if rest else typed.end()
            items = spread(read_items(text, first, m.start()), head)
            if head is None and not all(_place_name(i.name) for i in items):
                continue  # "Sáu tỉnh A, B và C hợp thành Cụm": bare places need no head
            start = first
        else:
            # the list is the sentence's subject ("A, B và C là thành viên của khối"): only
            # after a marker of membership, and every item a short unit name
            lead = r.subject_lead.match(text, s_start)
            start = _plural_opening(text, lead.end() if lead else s_start, m.start())
            items = spread(_past_opening(read_items(text, start, m.start())), None)
            # "A, B và C là các huyện thuộc khối": places the clause names by their level
            places = r.plural_type.search(ctx.lower, m.start(), m.end()) is not None
            if not r.subject_marker.match(ctx.lower, m.start()) or not all(
                _unit_name(i.name) or (places and _place_name(i.name)) for i in items
            ):
                continue
        if len(items) >= 2:
            out.append(Enumeration(start, items[-1].span[1], tuple(items), "members", "postposed"))
    return out


def _past_opening(raw: list[Item]) -> list[Item]:
    """A subject list without the opening clause before its first unit ("Nửa đầu năm 2018,
    bằng sự đoàn kết, ..., Công an A, B và C – bảy tỉnh thuộc Cụm"): that clause is no item."""
    first = next((k for k, i in enumerate(raw) if _unit_name(i.name)), 0)
    opening = not any(
        starts_unit(i.name) or member_rules().plural_run.match(i.name) for i in raw[:first]
    )
    return raw[first:] if opening and len(raw) - first >= 2 else raw


def _plural_opening(text: str, start: int, end: int) -> int:
    """Where a subject list starts: at the plural of its head when one opens it inside its
    first clause ("Tham dự là lãnh đạo của các Sở A, B và C – bảy đơn vị thành viên của
    Cụm"), else at the sentence's start."""
    first = re.search(r"[,;]", text[start:end])
    stop = start + first.start() if first else end
    opening = None
    for m in member_rules().plural_open.finditer(text, start, stop):
        opening = m
    if opening is None or lexicon().head_re.match(text, opening.end()) is None:
        return start
    return opening.start()


def _tables(ctx: Context, tables: list[Table]) -> list[Enumeration]:
    """The units of each table ("STT | Đơn vị | Vai trò" then "1 | Sở Y tế | Cụm trưởng"), the
    notes read as roles; what they are the line before the header says (members by default),
    and a table that gives each unit an award lists recipients."""
    out: list[Enumeration] = []
    text = ctx.text
    for table in tables:
        if table.totals:
            continue  # "1 | Cờ thi đua | Chính phủ | 02": awards, no units
        items: list[Item] = []
        for row in table.rows:
            item = make_item(text, *row.unit)
            if item is not None:
                note = text[row.note[0] : row.note[1]] if row.note else ""
                items.append(replace(item, role=item.role or role_of_note(note)))
        if not items:
            continue
        kind = "recipients"
        if not table.awards:
            lo, hi = line_before(text, table)
            kind = kind_of(text, max(lo, ctx.body_start), hi, ctx.tags.orgs, _blocs(ctx))
            kind = "members" if kind == "unknown" else kind
        out.append(Enumeration(items[0].span[0], table.end, tuple(items), kind, "table"))
    return out


_COLON_AFTER = re.compile(r"[^,.;:()\n]{0,60}[:：]")  # "(4 đơn vị) thành viên:"


def _counted_group(text: str, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """An attendance naming guests, then the bloc's units counted ("lãnh đạo Ban Thi đua -
    Khen thưởng tỉnh cùng 4 đơn vị thành viên: A, B, C, D"): the counted group's items."""
    r = member_rules()
    for k, item in enumerate(items[1:], 1):
        # from the item before to this one: "cùng 4 đơn vị thành viên: " may stand between
        gap = text[items[k - 1].span[1] : item.span[1]]
        for m in r.counted_lead.finditer(gap):
            if r.nested_intro.match(gap, m.start()) or _COLON_AFTER.match(gap, m.end()):
                return items[k:]
    return items


def find_enumerations(ctx: Context) -> list[Enumeration]:
    """Every enumeration of units in the body, in text order; a table's rows are its own."""
    tables = find_tables(ctx.text, ctx.body_start)
    spans = [(t.header[0], t.end) for t in tables]
    return sorted(
        [e for e in _enumerations(ctx) if not any(a < e.end and e.start < b for a, b in spans)]
        + _tables(ctx, tables),
        key=lambda e: e.start,
    )


def _enumerations(ctx: Context) -> list[Enumeration]:
    """Every enumeration of units an intro, a bloc's colon, brackets or a bloc's name opens."""
    out: list[Enumeration] = []
    r = member_rules()
    for intro in r.intros:
        if intro.needs is not None and not intro.needs.search(ctx.lower, ctx.body_start):
            continue
        for m in intro.pattern.finditer(ctx.text if intro.cased else ctx.lower, ctx.body_start):
            # an intro inside a list already read, or running into one ("gồm 6 Sở" where
            # "Sở Công Thương các tỉnh A, B" was read), opens none
            if any(e.start <= m.start() < e.end or m.start() < e.start < m.end() for e in out):
                continue
            found = _after_intro(ctx, m.start(), _capital_unit(ctx.text, m.start(), m.end()))
            lead = _subject(ctx, m.start()) if found is not None and intro.subject else None
            if found is not None and "subj" in m.re.groupindex and m.group("subj"):
                lead = make_item(ctx.text, m.start("subj"), m.end("subj"))  # "ngoài X còn có"
            if found is not None and lead is not None:
                found = replace(found, items=(lead, *found.items))
            if found is not None:
                kind = intro.kind or found.kind
                if kind == "attendees":
                    found = replace(found, items=_counted_group(ctx.text, found.items))
                # a list the intro leaves open and an award follows names recipients
                if (
                    intro.kind is None
                    and kind in ("unknown", "members")
                    and r.award_after.match(ctx.text[found.end : found.end + 40].lstrip(" ,"))
                ):
                    kind = "recipients"  # "hai đơn vị là A, B được đề nghị tặng Cờ"
                out.append(
                    Enumeration(found.start, found.end, found.items, kind, intro.name, found.count)
                )
    for extra in (_after_bloc_colon(ctx), _parenthesised(ctx), _in_bloc_name(ctx), _postposed(ctx)):
        out += [e for e in extra if not any(_overlap(o, e) for o in out)]
    return sorted(out, key=lambda e: e.start)


def _subject(ctx: Context, at: int) -> Item | None:
    """The unit a "cùng" list goes with: "Công an tỉnh A cùng Công an các tỉnh B, C",
    "VKSND huyện A, Cụm trưởng Cụm thi đua số 3 cùng các VKSND huyện B, C"."""
    text, clause = ctx.text, _clause_start(ctx, at)
    blocs = [b for b in ctx.tags.blocs if clause <= b.start < at]
    orgs = [
        o
        for o in ctx.tags.orgs
        if clause <= o.start and o.end <= at and not any(b.start <= o.start < b.end for b in blocs)
    ]
    if not orgs:
        return None
    org = orgs[-1]
    gap = list(text[org.end : at])
    for b in blocs:
        if org.end <= b.start and b.end <= at:
            gap[b.start - org.end : b.end - org.end] = "\x01" * (b.end - b.start)
    between = "".join(gap)
    if not member_rules().subject_gap.fullmatch(between):
        return None
    item = make_item(text, org.start, org.end)
    if item is None:
        return None
    return replace(item, role=item.role or role_of_note(between))


def _overlap(a: Enumeration, b: Enumeration) -> bool:
    """True when two enumerations share text."""
    return a.start < b.end and b.start < a.end


def _after_bloc_colon(ctx: Context) -> list[Enumeration]:
    """A list right after a bloc's name and a colon: "cụm thi đua số 9: A, B, C"."""
    out: list[Enumeration] = []
    for b in ctx.tags.blocs:
        colon = re.match(r"\s*:\s*", ctx.text[b.end : b.end + 5])
        if b.end <= ctx.body_start or colon is None:
            continue
        found = _after_intro(ctx, b.start, b.end + colon.end())
        # every item must open a unit: "Cụm thi đua số 9: Sôi nổi phong trào" is a heading, and
        # "Cụm thi đua số 7: Sáng 26/2, Công an tỉnh A ..." a report opening on its date
        if (
            found is None
            or not all(starts_unit(i.name) or len(i.name.split()) <= 4 for i in found.items)
            or any(
                found.items[0].span[0] <= d.start < found.items[0].span[1] for d in ctx.tags.dates
            )
        ):
            continue
        kind = "members" if found.kind == "unknown" else found.kind
        out.append(replace(found, kind=kind, rule="bloc-colon"))
    return out


def member_score(e: Enumeration) -> float | None:
    """How good a member list this enumeration is; None when it lists something else."""
    base = KIND_SCORE.get(e.kind)
    if base is None or (e.kind == "attendees" and len(e.items) < 3):
        return None
    if e.rule != "table" and len(e.items) <= 2 and all(i.role for i in e.items):
        return None  # "A (Cụm trưởng), B (Cụm phó)": the holders of the roles, not the members
    agrees = e.count is not None and e.count == len(e.items)
    return base + (0.5 if agrees else 0.0)


def find_member_lists(ctx: Context) -> list[Enumeration]:
    """Enumerations that can be member lists, in text order."""
    return [e for e in find_enumerations(ctx) if member_score(e) is not None]


@lru_cache(maxsize=4)
def _not_count_rule(key: str) -> re.Pattern[str] | None:
    """A rules/members.yaml regex that tells a number is no member count (None when absent).

    `sum_part`: one part of a sum ("10 Sở và 4 Phòng"); `number_before`: a bloc's number
    ("số 3"); `one_place_after`: a number before one place's name ("01 huyện Bắc Trà My").
    """
    regex = rules.load(RULE_FILE).entries.get(key)
    try:
        return rx.compile_scan(expand(regex), re.I) if regex else None
    except re.error as exc:
        msg = f"rules/{RULE_FILE}: {key} is not a valid regex ({exc}). Fix it."
        raise RuleError(msg) from exc


def _not_a_count(ctx: Context, n_start: int, end: int) -> bool:
    """True when the number at n_start is a part of a sum or a bloc's number."""
    after = ctx.text[n_start : end + 40]
    part, number, place = (
        _not_count_rule(k) for k in ("sum_part", "number_before", "one_place_after")
    )
    digits = _DIGITS.match(after)
    return bool(
        (part is not None and part.match(after))
        or (number is not None and number.search(ctx.text[max(0, n_start - 12) : n_start]))
        or (place is not None and place.match(after))
        # "Khối thi đua 13 tỉnh Đồng Nai": bloc 13 of one province, not 13 provinces
        or (digits is not None and one_province_after(ctx.text, n_start + digits.end()))
    )


_DIGITS = re.compile(r"\d{1,3}")


COUNT_REACH = 80  # characters a count pattern may reach on either side of its number
LONG_REACH = 260  # how far before its number a "tổng số" count may open


def _count_matches(text: str, start: int) -> list[re.Match[str]]:
    """Matches of the count patterns, searched only around the numbers of the text.

    Every count has a number (in digits or words); scanning a few windows instead of the
    whole text with the long alternation keeps counting cheap. A window reaches further
    back only to a word that opens a long count ("Tổng số … trong Cụm … là 26 đơn vị").
    """
    windows: list[list[int]] = []
    r = member_rules()
    longs = [m.start() for m in r.long_count.finditer(text, start)]
    for n in r.number_at.finditer(text, start):
        lo = max(start, n.start() - COUNT_REACH)
        far = [a for a in longs if n.start() - LONG_REACH <= a < lo]
        lo, hi = (far[0] if far else lo), min(len(text), n.end() + COUNT_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    low = lower_keep_offsets(text)
    found = [m for lo, hi in windows for m in r.count_lower.finditer(low, lo, hi)]
    if r.count_cased is not None:
        found += [m for lo, hi in windows for m in r.count_cased.finditer(text, lo, hi)]
    return sorted(found, key=lambda m: m.start())


def find_counts(ctx: Context) -> list[Count]:
    """Every stated member count ("gồm 15 đơn vị", "12/12 đơn vị", "nâng tổng số lên 12")."""
    r = member_rules()
    out: list[Count] = []
    for m in _count_matches(ctx.text, ctx.body_start):
        i = next(k for k in range(len(r.counts)) if m.groupdict().get(f"c{k}") is not None)
        name, n_group = r.counts[i][0], f"n{i}"
        n_start = m.start(n_group)
        if any(c.span[0] <= n_start < c.span[1] for c in out):
            continue
        if r.not_count.search(ctx.text[max(0, n_start - 15) : n_start]):
            continue
        if r.award_after.match(ctx.text[m.end() : m.end() + 40]):
            continue
        if _not_a_count(ctx, n_start, m.end()):
            continue  # "gồm 10 Sở và 4 Phòng": a part, and parts are not added up
        s_start, s_end = ctx.sentence(m.start())
        sentence = ctx.text[s_start:s_end]
        named = any(s_start <= b.start < m.start() for b in ctx.tags.blocs)
        if not named and r.structure.search(sentence):
            continue  # a province-wide structure count, not one bloc's
        value = count_value(m.group(n_group))
        if value > 0:
            out.append(Count(value, (m.start(), m.end()), name))
    return out
