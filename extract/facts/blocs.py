"""Blocs as entities: mentions grouped into blocs, the main bloc, and which bloc owns a fact.

A bloc is the set of its mentions: a numbered bloc is every mention with its head kind and
number ("Cụm 4" is never "Cụm 6"); other mentions group by their folded names, a short
headline form with the full body name, and a parenthesised alias with the name it follows.
A fact belongs to the bloc named in its own clause, else in its sentence, else to the main
bloc: the one the article is about (named in the title and lead, named most).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from extract import rx
from extract.facts.context import Context, line_span
from extract.facts.enumeration import LIST_LINE
from extract.facts.events import event_rules
from extract.model import Award
from extract.nlp.blocs import BlocMention, bloc_key, bloc_rules, nameless_heads, number_value
from extract.text.normalize import fold

Span = tuple[int, int]
SIMILAR = 0.8
# Words this alike are misspelt words ("thật" for "thập"), not another name.
TYPO = 0.6


@dataclass
class BlocEntity:
    """One bloc of the article: its mentions and the name it is given."""

    mentions: list[BlocMention]
    name: str
    span: Span
    kind: str
    number: int | None
    rule: str  # the head rule of the mention that names it
    score: float = 0.0
    qualifier: str = ""  # what qualifies a numbered name ("Bộ Công an")


def _same_name(a: str, b: str) -> bool:
    """True when two folded bloc keys name the same bloc (a short form inside the full one)."""
    if not a or not b:
        return False
    # "cụm thi đua khối phường" and "cụm thi đua các phường": a plural word is a plural word
    a, b = (bloc_rules().plural_word.sub("", k) for k in (a, b))
    # "Khối 01 huyện X" and "Khối 03 huyện X": names that both carry numbers, different ones,
    # differ ("Cụm thi đua 5 tỉnh Tây Nguyên" may still be shortened to "Cụm Tây Nguyên")
    nums = [{int(n) for n in re.findall(r"\d+", k)} for k in (a, b)]
    if all(nums) and nums[0] != nums[1]:
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short) or (len(short.split()) >= 2 and f" {short} " in f" {long} "):
        return True
    if _initials_of(short.split(), long.split()):
        return True  # "KTTH" for "Kinh tế tổng hợp"
    if _in_order(short.split(), long.split()):
        return True  # "cac hoi dac thu" in "cac hoi co tinh chat dac thu"
    if _distinct_words(a, b):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def _initials_of(short: list[str], long: list[str]) -> bool:
    """True when the short key is the long one with runs of words written as initials.

    "ktth" is "kinh te tong hop"; "kt kt" is "kinh te ky thuat"; "cac co quan ktth" is "cac co
    quan kinh te tong hop". One-letter initials or a mismatch in the other words are no
    abbreviation.
    """
    i = j = 0
    abbreviated = False
    while i < len(short) and j < len(long):
        word = short[i]
        if word == long[j]:
            i, j = i + 1, j + 1
            continue
        n = len(word)
        if n < 2 or not word.isalpha() or "".join(w[0] for w in long[j : j + n]) != word:
            return False
        abbreviated = True
        i, j = i + 1, j + n
    return abbreviated and i == len(short) and j == len(long)


def _in_order(short: list[str], long: list[str]) -> bool:
    """True when the short name's words (three or more) all stand, in order, in the long one."""
    rest = iter(long)
    return len(short) >= 3 and all(w in rest for w in short)


def _distinct_words(a: str, b: str) -> bool:
    """True when each key has words the other lacks and they are no misspelling of each
    other: "cac truong khu vuc mien nui" is not "cac truong khu vuc dong bang", however alike
    the rest ("chu that do" may still be "chu thap do")."""
    wa, wb = a.split(), b.split()
    only_a = " ".join(w for w in wa if w not in wb)
    only_b = " ".join(w for w in wb if w not in wa)
    return bool(only_a and only_b) and SequenceMatcher(None, only_a, only_b).ratio() < TYPO


def labelled_spans(entities: list[BlocEntity]) -> list[Span]:
    """Spans of mentions whose number is a label: their bloc's name differs from another's
    only in it ("Khối 01 huyện X", "Khối 03 huyện X"), so "03 huyện" counts no members."""
    # a number read as the bloc's number ("Cụm 4") is no count already
    bare = [
        re.sub(r"\d+", "#", e.mentions[0].key) if e.number is None and e.mentions else ""
        for e in entities
    ]
    out: list[Span] = []
    for i, e in enumerate(entities):
        twins = [j for j, b in enumerate(bare) if j != i and b == bare[i]]
        if "#" in bare[i] and twins:
            out.extend((m.start, m.end) for m in e.mentions)
    return out


def _alias_of(text: str, mention: BlocMention, before: list[BlocMention]) -> int | None:
    """Index in `before` of the mention this one stands in parentheses after, if any."""
    for i in range(len(before) - 1, -1, -1):
        prev = before[i]
        gap = text[prev.end : mention.start]
        if bloc_rules().alias_gap.fullmatch(gap):
            return i
        if prev.end < mention.start - 40:  # room for a marker ("(sau đây gọi tắt là")
            break
    return None


def _joins(group: list[BlocMention], m: BlocMention, one_number: bool) -> bool:
    """True when mention m names the same bloc as the group.

    Numbers must agree; the head word too ("Khối 1" is not "Cụm 1"), unless the article
    numbers only one bloc ("Cụm thi đua 3" in the title, "khối thi đua số 3" in the body).
    """
    numbered = [g for g in group if g.number is not None]
    if m.number is not None and numbered:
        return any(g.number == m.number and (one_number or g.kind == m.kind) for g in numbered)
    if m.number is not None:
        return False  # a numbered and an unnumbered mention join only as aliases ...
    # ... or by the name of an alias the group already holds ("Khối thi đua Doanh nghiệp số 7
    # (tên cũ là Khối thi đua Ngân hàng)", then "Khối thi đua Ngân hàng" again)
    if numbered:
        # "Khối 8 – Khối thi đua cơ sở giáo dục đại học", then the latter alone: the numbered
        # name's qualifier is the same bloc
        qualified = any(g.qualifier and bloc_key(g.qualifier) == m.key for g in numbered)
        return qualified or any(g.number is None and g.key == m.key for g in group)
    return any(_same_name(g.key, m.key) for g in group)


def group_mentions(text: str, mentions: list[BlocMention]) -> list[list[BlocMention]]:
    """Mentions grouped by bloc, in order of first mention."""
    groups: list[list[BlocMention]] = []
    where: list[int] = []  # group index of each mention so far
    one_number = len({m.number for m in mentions if m.number is not None}) == 1
    for i, m in enumerate(mentions):
        alias = _alias_of(text, m, mentions[:i])
        target = where[alias] if alias is not None else None
        if target is None:
            target = next((k for k, g in enumerate(groups) if _joins(g, m, one_number)), None)
        if target is None:
            groups.append([m])
            where.append(len(groups) - 1)
        else:
            groups[target].append(m)
            where.append(target)
    return groups


def _first_full(group: list[BlocMention]) -> BlocMention | None:
    """The first full ("thi đua", else any) mention, a numbered one first."""
    if not group:
        return None
    full = [m for m in group if m.full or _full_qualifier(m)]
    numbered = [m for m in (full or group) if m.number is not None]
    return (numbered or full or group)[0]


def _full_qualifier(m: BlocMention) -> bool:
    """True when a numbered name's qualifier is a full bloc name ("Khối 8 – Khối thi đua cơ sở
    giáo dục đại học"): the numbered name is written in full."""
    low = m.qualifier.lower()
    return m.number is not None and any(h.full and h.pattern.match(low) for h in bloc_rules().heads)


def _representative(group: list[BlocMention], body_start: int) -> BlocMention:
    """The bloc's name: its first full mention, headline or body, whichever is complete.

    A short headline form ("Cụm Thi đua Tây Nguyên") or one without "thi đua" gives way to the
    body's full name; a body name that only adds a parent or a place ("... các phường thuộc
    quận") does not.
    """
    title = _first_full([m for m in group if m.start < body_start])
    body = _first_full([m for m in group if m.start >= body_start])
    if title is None or body is None:
        return title or body or group[0]
    if body.full and not title.full:
        return body  # "Khối Mặt trận - đoàn thể huyện X" over "Khối thi đua Mặt trận - đoàn thể"
    # "... chuyên môn huyện" over "... chuyên môn thuộc UBND huyện": the level word the
    # headline ends with is the tail the body writes in full
    stem, _, last = title.key.rpartition(" ")
    bases = [title.key] + ([stem] if stem and bloc_rules().tail_words.fullmatch(last) else [])
    for base in bases:
        if body.key == base or body.key.startswith(f"{base} "):
            extra = body.key[len(base) :].strip()
            if not extra or bloc_rules().tail_words.match(extra):
                return title
    return body if len(body.key) >= len(title.key) else title


def _score(ctx: Context, group: list[BlocMention]) -> float:
    """How much the article is about this bloc: title, lead and how often it is named."""
    title = any(m.start < ctx.body_start for m in group)
    lead = any(ctx.body_start <= m.start < ctx.lead_end for m in group)
    # The lead outweighs the title: a headline often shortens or abbreviates the name.
    return 1.5 * title + 2.0 * lead + min(len(group), 5) - 0.001 * group[0].start


def url_bloc(url: str | None, text: str) -> str | None:
    """A bloc name from the URL slug, for articles about emulation whose text names no bloc."""
    if not url or not bloc_rules().context.search(text):
        return None
    slug = url.rstrip("/").rsplit("/", 1)[-1].lower()
    slug = re.sub(r"(?:-\d{3,})+(?:\.\w+)?$", "", re.sub(r"\.\w+$", "", slug))  # "...-155210.html"
    # the first head that is no role noun or street block opens the name:
    # "...-khoi-truong-khoi-thi-dua-so-11" names the second
    for m in re.finditer(r"(?:^|-)(?=((?:khoi|cum)-(?:[a-z0-9]+-?)+))", slug):
        if bloc_rules().slug_deny.match(m.group(1)):
            continue
        if re.search(r"(?:^|-)\d+-?$", slug[: m.start() + 1]):
            return None  # "25-cum-105-khoi-thi-dua": blocs counted, none named
        return _slug_name(m.group(1))
    return None


def _slug_name(slug: str) -> str | None:
    """The bloc name a slug starting at a head gives ("cum-thi-dua-so-4-tong-ket"), or None."""
    stops = "|".join(re.escape(s) for s in bloc_rules().slug_stops)
    words = re.sub(rf"-(?:{stops})(?:-|$).*$", "", slug).replace("-", " ").strip()
    if not re.sub(r"^(?:khoi|cum)(?: thi dua)?", "", words).strip():
        return None  # "khoi-thi-dua-nam-2015": the slug names no bloc
    number = re.search(r"\b(?:so )?(\d{1,2})\b", words)
    if number and number_value(number.group(1)) is not None:
        return words[: number.end()]  # "cum thi dua so 4 ..." keeps its number, drops the rest
    return words if len(words.split()) >= 3 else None


def _headline_alias(
    ctx: Context, groups: list[list[BlocMention]]
) -> tuple[list[list[BlocMention]], int | None]:
    """A bloc only the headline names, worded otherwise than the one bloc the lead names
    ("Tổng kết cụm thi đua các huyện và thành phố" over "Cụm thi đua các huyện nội địa gồm:
    ..."), is the lead's bloc: the groups with it merged, and the merged group's index."""
    in_body = [[m for m in g if not _in_headline(ctx, m.start)] for g in groups]
    headline = [i for i, b in enumerate(in_body) if not b]
    body = [i for i, b in enumerate(in_body) if b]
    if len(headline) != 1 or not body:
        return groups, None
    lead = [i for i in body if any(m.start < ctx.lead_end for m in in_body[i])]
    first = min(body, key=lambda i: in_body[i][0].start)
    numbers = {m.number for m in groups[headline[0]] if m.number is not None}
    if lead != [first] or numbers - {m.number for m in groups[first]}:
        return groups, None  # the lead names several blocs, or another's number
    merged = sorted([*groups[first], *groups[headline[0]]], key=lambda m: m.start)
    out = [merged if i == first else g for i, g in enumerate(groups) if i != headline[0]]
    return out, first - (headline[0] < first)


def _in_headline(ctx: Context, pos: int) -> bool:
    """True in the headline or on a line that repeats it (a page that prints its title twice)."""
    if pos < ctx.body_start:
        return True
    title = ctx.text[ctx.article.title_span[0] : ctx.article.title_span[1]].strip()
    start, end = line_span(ctx.text, pos)
    return bool(title) and ctx.text[start:end].strip() == title


def nameless_bloc(ctx: Context, meeting: list[Span]) -> BlocEntity | None:
    """The one bloc of an article that never names it, by its head in a sentence that reports
    its meeting (`meeting`: the spans of the meeting's type and date): "Ngày 2/4, Khối thi đua
    gồm 16 công ty ... tổ chức hội nghị tổng kết"; None if there is none."""
    told = {ctx.sentence(a) for a, _ in meeting}
    heads = [h for h in nameless_heads(ctx.text) if ctx.sentence(h[0]) in told]
    if not heads:
        return None
    start, end = heads[0]
    head = re.sub(r"\s+", " ", ctx.text[start:end])
    kind = "cum" if fold(head).startswith("cum") else "khoi"
    return BlocEntity([], head, (start, end), kind, None, "nameless", 0.0)


def _divided(text: str, group: list[BlocMention]) -> bool:
    """True when a mention of the group is said to be divided into blocs ("Cụm thi đua các
    huyện: chia làm 3 cụm"): the group names a set of blocs, not one."""
    return any(bloc_rules().divided.match(text, m.end) for m in group)


def find_blocs(ctx: Context) -> list[BlocEntity]:
    """The article's blocs, the main one first."""
    mentions = ctx.tags.blocs
    out: list[BlocEntity] = []
    groups, aliased = _headline_alias(ctx, group_mentions(ctx.text, mentions))
    for i, group in enumerate(groups):
        if _divided(ctx.text, group):
            continue
        # a headline's own wording of the lead's bloc does not name it
        named = [m for m in group if not _in_headline(ctx, m.start)] if i == aliased else group
        rep = _representative(named, ctx.body_start)
        number = next((m.number for m in group if m.number is not None), None)
        out.append(
            BlocEntity(
                group,
                rep.name,
                (rep.start, rep.end),
                rep.kind,
                number,
                rep.rule,
                _score(ctx, group),
                next((m.qualifier for m in group if m.qualifier), ""),
            )
        )
    if not out:
        name = url_bloc(ctx.article.url, ctx.text)
        if name:
            out.append(BlocEntity([], name, (0, 0), "khoi", None, "url-slug", 0.0))
        return out
    main = max(range(len(out)), key=lambda i: out[i].score)
    return [out[main], *out[:main], *out[main + 1 :]]


def _mentions_in(entities: list[BlocEntity], start: int, end: int) -> list[tuple[int, BlocMention]]:
    """(entity index, mention) of every mention inside [start, end), in text order."""
    found = [(i, m) for i, e in enumerate(entities) for m in e.mentions if start <= m.start < end]
    return sorted(found, key=lambda x: x[1].start)


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """A ";", a line end, or a "(" opening another bloc's mention ("(Khối 2 ...")."""
    head = bloc_rules().bare_head.pattern
    return rx.compile(rf"[;\n]|\((?=\s*(?:{head}))")


def clause_of(ctx: Context, pos: int) -> Span:
    """The clause around pos: its sentence cut at ";" and before a parenthesised bloc list."""
    s_start, s_end = ctx.sentence(pos)
    start = s_start
    for brk in _clause_break().finditer(ctx.text, s_start, pos):
        start = brk.end()
    nxt = _clause_break().search(ctx.text, pos, s_end)
    return (start, nxt.start() if nxt else s_end)


HEADING = rx.compile(r"^\s*(?:[\dIVX]{1,3}[.)]|[a-zđ][.)]|[-–•*+])?\s*$")


def _is_heading(text: str, m: BlocMention) -> bool:
    """True when a mention heads a section: alone on its line, maybe numbered, with a colon."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    # a note in brackets may close it ("2. Khối thi đua X (tỉnh Bà Rịa - Vũng Tàu)")
    after = re.sub(r"^\([^()\n]*\)", "", text[m.end : line_end].strip()).strip()
    return bool(HEADING.match(text[line_start : m.start])) and after in {"", ":"}


def _section_owner(ctx: Context, entities: list[BlocEntity], pos: int) -> int | None:
    """The bloc whose heading line stands last before pos ("2. Cụm thi đua số 2:" then lines)."""
    headings = [(i, m) for i, m in _mentions_in(entities, 0, pos) if _is_heading(ctx.text, m)]
    return headings[-1][0] if headings else None


def owner(ctx: Context, entities: list[BlocEntity], span: Span) -> int:
    """Index of the bloc a fact at span belongs to: named in its clause, its sentence, at the
    start of its paragraph or in the heading of its section, else the main bloc."""
    if len(entities) < 2:
        return 0
    named = named_owner(ctx, entities, span)
    return 0 if named is None else named


def named_owner(ctx: Context, entities: list[BlocEntity], span: Span) -> int | None:
    """Index of the bloc named in the clause or sentence at span, opening its paragraph,
    holding the meeting its paragraph reports or heading its section; None if none is."""
    pos = span[0]
    for start, end in (clause_of(ctx, pos), ctx.sentence(pos)):
        found = _mentions_in(entities, start, end)
        before = [(i, m) for i, m in found if m.start <= pos]
        if before:
            return before[-1][0]
        if found:
            return found[0][0]
    opener = _paragraph_owner(ctx, entities, pos)
    if opener is not None:
        return opener
    host = _host_of_paragraph(ctx, entities, pos)
    if host is not None:
        return host
    return _section_owner(ctx, entities, pos)


def _paragraph_owner(ctx: Context, entities: list[BlocEntity], pos: int) -> int | None:
    """The bloc whose name opens pos's paragraph ("Khối thi đua X: A, B. Sở A làm Khối
    trưởng."): what the paragraph goes on to say is about that bloc."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    for i, m in _mentions_in(entities, line_start, pos):
        before = ctx.text[line_start : m.start]
        # "Với Khối Nội chính, ...", "Riêng Cụm 2, ...": the paragraph's topic, too
        if HEADING.match(before) or bloc_rules().topic_lead.fullmatch(before):
            return i
    # "Trong khi đó, Khối B có 12 thành viên. ... X làm Trưởng khối.": the one bloc the
    # paragraph's first sentence names is what the paragraph goes on about
    _, first_end = ctx.sentence(line_start)
    first_end = min(first_end, line_span(ctx.text, line_start)[1])
    owned = bloc_rules().owner_before
    named = {
        i
        for i, m in _mentions_in(entities, line_start, first_end)
        # a name with "thi đua" or a number: "khối THPT" may name a school level
        if (m.full or m.number is not None)
        and (
            not owned.search(ctx.text, max(line_start, m.start - 12), m.start)
            or bloc_rules().meeting_of.search(ctx.text, line_start, m.start)
        )
    }
    return named.pop() if len(named) == 1 and first_end <= pos else None


_TRIGGER_BEFORE = 30  # how far before a bloc's name its meeting's word may stand


def _meeting_host(ctx: Context, entities: list[BlocEntity], line_start: int) -> int | None:
    """The one bloc that the first sentence of a paragraph has holding a meeting.

    "Cùng ngày, tại Sở Y tế, Khối thi đua B cũng tổ chức sơ kết ...": what the paragraph
    goes on to say is about B.
    """
    mark = LIST_LINE.match(ctx.text, line_start)  # "2. Khối thi đua X ...": past the list mark
    line_start = mark.end() if mark else line_start
    _, first_end = ctx.sentence(line_start)
    first_end = min(first_end, line_span(ctx.text, line_start)[1])
    found = _mentions_in(entities, line_start, first_end)
    if len({i for i, _ in found}) != 1:
        return None
    i, m = found[0]
    held = any(t.regex.search(ctx.lower, m.end, first_end) for t in event_rules().triggers)
    held = held or bool(bloc_rules().day_note.match(ctx.text, m.end))
    # "... dự hội nghị tổng kết Cụm thi đua số 2 do A chủ trì ngày 24/12": the meeting named
    # right before the bloc is its own
    lo = max(line_start, m.start - _TRIGGER_BEFORE)
    named = not ctx.lower[lo : m.start].rstrip().endswith(",") and any(
        t.regex.search(ctx.lower, lo, m.start) for t in event_rules().triggers
    )
    return i if held or named else None


def hosted_paragraph(ctx: Context, entities: list[BlocEntity], index: int) -> Span | None:
    """The paragraph whose first sentence has bloc `index` holding its own meeting, if any."""
    for i, m in _mentions_in(entities, ctx.body_start, len(ctx.text)):
        if i != index:
            continue
        line = line_span(ctx.text, m.start)
        if _meeting_host(ctx, entities, line[0]) == index:
            return _with_body(ctx.text, line)
    return None


_HEADING_MAX = 120  # a line longer than this is a paragraph, not a heading


def _with_body(text: str, line: Span) -> Span:
    """A paragraph, or a heading line with the paragraph under it ("Khối B: thống nhất ...")."""
    head = text[line[0] : line[1]].rstrip()
    if len(head) > _HEADING_MAX or head.endswith((".", "!", "?", "…")) or line[1] >= len(text):
        return line
    nxt = line_span(text, line[1] + 1)
    while nxt[0] == nxt[1] and nxt[1] < len(text):  # blank lines between
        nxt = line_span(text, nxt[1] + 1)
    return (line[0], nxt[1])


def _host_of_paragraph(ctx: Context, entities: list[BlocEntity], pos: int) -> int | None:
    """The bloc holding the meeting that pos's paragraph, or the paragraphs since, report.

    A paragraph that names no bloc ("Tại hội nghị, các thành viên thống nhất ...") goes on
    about the meeting of the last paragraph that named one.
    """
    line_start, line_end = line_span(ctx.text, pos)
    while not _mentions_in(entities, line_start, line_end):
        if line_start <= ctx.body_start:
            return None
        line_start, line_end = line_span(ctx.text, line_start - 1)
    return _meeting_host(ctx, entities, line_start)


YEAR = rx.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _award_items(text: str, award: Award) -> list[Span]:
    """The items an award lists: the list lines after its sentence ("1. Sở A; ...") when there
    are some, else the parts of its sentence between semicolons."""
    line_end = text.find("\n", award.span[1])
    items: list[Span] = []
    pos = line_end + 1 if line_end >= 0 else len(text)
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not LIST_LINE.match(text, pos):
            break
        items.append((pos, end))
        pos = end + 1
    if items:
        return items
    start = text.rfind("\n", 0, award.span[0]) + 1
    end = len(text) if line_end < 0 else line_end
    cuts = [start, *(start + m.end() for m in re.finditer(";", text[start:end])), end]
    return list(pairwise(cuts))


def _led_in(ctx: Context, entities: list[BlocEntity], item: Span) -> tuple[int, BlocMention] | None:
    """(entity index, mention) of the bloc the unit of an item leads ("dẫn đầu ... Khối 01")."""
    for i, m in _mentions_in(entities, *item):
        if bloc_rules().leads.search(ctx.text[max(item[0], m.start - 60) : m.start]):
            return i, m
    return None


def _item_unit(text: str, award: Award, item: Span) -> str | None:
    """The unit an item names first: the award's recipient there, else the list line's text,
    up to its first comma or semicolon ("1. Sở Tư pháp; đã có thành tích ...")."""
    for name, (a, _) in zip(award.recipients, award.recipient_spans, strict=False):
        if item[0] <= a < item[1]:
            return re.split(r"\s*[,;]", name, maxsplit=1)[0].strip() or None
    line = LIST_LINE.match(text, item[0])
    if line is None:
        return None
    unit = re.split(r"\s*[,;:]", text[line.end() : item[1]], maxsplit=1)[0].strip()
    return unit if unit[:1].isupper() else None


def split_led_awards(
    ctx: Context, entities: list[BlocEntity], award: Award
) -> list[tuple[int, Award]] | None:
    """One award per bloc when the award's items each name a unit and the bloc it leads
    ("Cờ thi đua cho 4 tập thể, gồm: 1. Sở A, dẫn đầu Khối 01; 2. Sở B, dẫn đầu Khối 02"),
    else None."""
    if len(entities) < 2:
        return None
    out: list[tuple[int, Award]] = []
    for item in _award_items(ctx.text, award):
        led = _led_in(ctx, entities, item)
        unit = _item_unit(ctx.text, award, item) if led is not None else None
        if led is None or unit is None:
            continue
        year = YEAR.search(ctx.text, led[1].end, item[1])
        out.append(
            (
                led[0],
                replace(
                    award,
                    count=1,
                    recipients=[unit],
                    recipient_spans=[],
                    year=award.year or (int(year.group(0)) if year else None),
                ),
            )
        )
    return out if len({i for i, _ in out}) >= 2 else None


def _member_of(name: str, members: list[list[str]]) -> int | None:
    """Index of the only bloc whose member list names this unit, else None."""
    key = fold(name)
    hits = {
        i
        for i, names in enumerate(members)
        for m in names
        if (k := fold(m)) == key or (len(k.split()) >= 2 and key.endswith(" " + k))
    }
    return hits.pop() if len(hits) == 1 else None


def split_by_members(members: list[list[str]], award: Award) -> list[tuple[int, Award]] | None:
    """One award per bloc when its named recipients are members of different blocs ("Hai khối
    đề nghị tặng Cờ thi đua cho A và B", A in one bloc, B in the other), else None."""
    if len(members) < 2 or len(award.recipients) < 2:
        return None
    if award.count is not None and award.count != len(award.recipients):
        return None  # some recipients are not named: who gets the rest is unknown
    owners = [_member_of(r, members) for r in award.recipients]
    if None in owners or len(set(owners)) < 2:
        return None
    out: list[tuple[int, Award]] = []
    for i in dict.fromkeys(o for o in owners if o is not None):
        mine = [k for k, o in enumerate(owners) if o == i]
        spans = award.recipient_spans
        out.append(
            (
                i,
                replace(
                    award,
                    count=len(mine),
                    recipients=[award.recipients[k] for k in mine],
                    recipient_spans=[spans[k] for k in mine if k < len(spans)],
                ),
            )
        )
    return out
