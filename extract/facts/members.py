"""Member lists and member counts of a bloc (rules/members.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.facts.context import Context
from extract.facts.roles import role_of_note
from extract.nlp.gazetteer import by_name
from extract.nlp.lexicon import UPPER, WORD, alternation, expand, is_cap, lexicon
from extract.nlp.orgs import GLOSS, clean_name

Span = tuple[int, int]
ROLE_NOTE = re.compile(r"\(([^()]{2,60})\)")
COUNTED = re.compile(r"^\d{1,3}\s+")
# A count followed by an award or a status word counts award recipients, not members.
AWARDISH = re.compile(
    r"^[^.;,]{0,12}?(?:đăng ký|đề nghị|xuất sắc|được (?:nhận|tặng|đề nghị)"
    r"|[Cc]ờ thi đua|[Bb]ằng khen|[Gg]iấy khen)"
)


@dataclass
class Member:
    """One member as written, with its evidence and any role note."""

    name: str
    span: Span
    role: str | None = None


@dataclass
class MemberList:
    """A member list found after an intro ("gồm:") or in parentheses after a bloc name."""

    start: int
    end: int
    members: list[Member]


@dataclass
class Count:
    """A stated member count."""

    value: int
    span: Span


@lru_cache(maxsize=1)
def _count_res() -> tuple[re.Pattern[str], ...]:
    """Member-count patterns, one regex each (they share the group name "n")."""
    m = lexicon().members
    units = alternation(m["unit_words"])
    return tuple(re.compile(expand(p.replace("{units}", units))) for p in m["count_patterns"])


@lru_cache(maxsize=1)
def _cfg() -> dict[str, re.Pattern[str]]:
    """Compiled patterns from rules/members.yaml."""
    m = lexicon().members
    units = alternation(m["unit_words"])
    intros = "|".join(f"(?:{p.replace('{units}', units)})" for p in m["intros"])
    return {
        "intro": re.compile(intros),
        "stop": re.compile("|".join(f"(?:{p})" for p in m["list_stops"])),
        "not_count": re.compile(rf"(?:{alternation(m['not_count_before'])})\s+$"),
        "compound": re.compile(rf"(?:{alternation([c.casefold() for c in m['and_compounds']])})"),
        "types": re.compile(rf"^(?:{alternation(m['item_types'])})(?!{WORD})"),
        "head": lexicon().head_re,
        "comma_name": re.compile(rf",\s+(?:{alternation(m['comma_names'])})(?!{WORD})"),
    }


def _split_and(item: str, offset: int) -> list[tuple[str, int]]:
    """Split "A và B" unless "và" belongs to a compound name ("Khoa học và Công nghệ")."""
    cfg = _cfg()
    parts: list[tuple[str, int]] = []
    start = 0
    for m in re.finditer(r"\s+và\s+", item):
        right = item[m.end() :]
        window = item[max(0, m.start() - 25) : m.end() + 25].casefold()
        if cfg["compound"].search(window):
            continue
        starts_unit = bool(
            cfg["head"].match(right) or cfg["types"].match(right) or COUNTED.match(right)
        )
        if not (
            starts_unit
            or by_name(" ".join(right.split()[:3]))
            or by_name(" ".join(right.split()[:2]))
            or (is_cap(right) and len(item[start : m.start()].split()) <= 3)
        ):
            continue
        parts.append((item[start : m.start()], offset + start))
        start = m.end()
    parts.append((item[start:], offset + start))
    return parts


def _chunks(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Raw list items with their offsets: ";" lists, else "," lists, then "và"."""
    region = text[start:end].rstrip(" ;,")
    sep = ";" if ";" in region else ","
    raw: list[tuple[str, int]] = []
    pos = 0
    depth = 0
    for i, ch in enumerate(region):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and _cfg()["comma_name"].match(region, i):
            continue  # "Sở Văn hóa, Thể thao và Du lịch" is one name
        if ch == sep and depth == 0:
            raw.append((region[pos:i], start + pos))
            pos = i + 1
    raw.append((region[pos:], start + pos))
    items: list[tuple[str, int]] = []
    for chunk, off in raw:
        if sep == ";":
            # Missing or mixed separators: "...; Liên minh HTX tỉnh Hòa Bình, Quỹ đầu tư"
            items.extend(_split_comma_heads(chunk, off))
        else:
            items.append((chunk, off))
    out: list[tuple[str, int]] = []
    for chunk, off in items:
        stripped = re.sub(r"^\s*và\s+", "", chunk)
        lead = len(chunk) - len(stripped.lstrip())
        text_part = stripped.strip()
        if (
            out
            and sep == ","
            and text_part
            and not (
                is_cap(text_part) or _cfg()["types"].match(text_part) or text_part[0].isdigit()
            )
        ):
            _, poff = out[-1]
            out[-1] = (
                text[poff : off + lead + len(text_part)],
                poff,
            )  # "Quỹ bảo vệ, phát triển rừng"
            continue
        out.extend(_split_and(text_part, off + lead))
    return out


def _split_comma_heads(chunk: str, off: int) -> list[tuple[str, int]]:
    """Split a ";"-list chunk at ", " before a capitalised organisation head."""
    parts, start = [], 0
    for m in re.finditer(r",\s+", chunk):
        if _cfg()["head"].match(chunk, m.end()) and is_cap(chunk[m.end() :]):
            parts.append((chunk[start : m.start()], off + start))
            start = m.end()
    parts.append((chunk[start:], off + start))
    return parts


def _split_glued(name: str, off: int) -> list[tuple[str, int]]:
    """Split items glued by the page: "...tỉnh Hòa Bình Hội Luật gia", "Kon TumGia Lai"."""
    out: list[tuple[str, int]] = []
    start = 0
    for m in re.finditer(rf"(?<=[a-zà-ỹđ])(?=[{UPPER}][a-zà-ỹđ])", name):
        left = name[start : m.start()].split()
        if left and (by_name(" ".join(left[-2:])) or by_name(left[-1])):
            out.append((name[start : m.start()], off + start))
            start = m.start()
    for m in _cfg()["head"].finditer(name, start + 1):
        before = name[start : m.start()].rstrip()
        words = before.split()
        if not words or not is_cap(name[m.start() :]):
            continue
        if by_name(" ".join(words[-2:])) or by_name(" ".join(words[-3:])) or words[-1] == "tỉnh":
            out.append((before, off + start))
            start = m.start()
    out.append((name[start:], off + start))
    return out


def _looks_like_member(name: str) -> bool:
    """A member names an organisation or place: capitalised or a typed lower-case phrase."""
    if not name or len(name.split()) > 16:
        return False
    if re.match(r"(?:Năm|năm|Trong|Tại|Ngày)\s", name):
        return False
    return is_cap(name) or bool(_cfg()["types"].match(name)) or name[0].isdigit()


def _clean_item(raw: str, off: int) -> Member | None:
    """One list item: role notes read and removed, glosses dropped, span kept."""
    role = None
    for note in ROLE_NOTE.finditer(raw):
        role = role or role_of_note(note.group(1))
    body = ROLE_NOTE.sub(lambda m: "" if not GLOSS.fullmatch(m.group(0)) else m.group(0), raw)
    name = clean_name(body)
    name = re.sub(r"^(?:và|cùng)\s+", "", name).strip(" .")
    if not _looks_like_member(name):
        return None
    lead = raw.find(name.split()[0]) if name else 0
    span = (off + max(lead, 0), off + len(raw.rstrip(" .")))
    return Member(name, span, role)


# "VKSND các tỉnh Đắk Lắk": a head shared by the places that follow.
PLURAL_FIRST = re.compile(
    rf"^(?P<head>[{UPPER}].*?)\s+các\s+(?:tỉnh|thành phố|huyện|quận|thị xã|phường|xã)"
    rf"(?:,\s*(?:tỉnh|thành phố|huyện|thị xã|thành))*\s*(?P<name>[{UPPER}].*)$"
)


def _spread(members: list[Member], prefix: str | None) -> list[Member]:
    """Spread a shared head over bare items ("các Sở: Nội vụ, Tài chính")."""
    if not members:
        return members
    head = prefix
    sub = None
    first = members[0].name
    plural = PLURAL_FIRST.match(first)
    if head is None and plural and lexicon().head_re.match(plural.group("head")):
        # "VKSND các tỉnh Đắk Lắk, Đắk Nông": the head is shared.
        head = plural.group("head").strip()
        members = [
            Member(f"{head} {plural.group('name')}", members[0].span, members[0].role),
            *members[1:],
        ]
        first = members[0].name
    if head is None:
        m = _cfg()["head"].match(first)
        rest = first[m.end() :].strip() if m else ""
        number = re.match(r"^(.*\S)\s+(\d+)$", first)
        if number:
            head = number.group(1)
        elif m and rest and by_name(rest) and m.group(0) not in {"Sở", "Ban"}:
            head = first[: m.end()]
    out = []
    for member in members:
        name = member.name
        run = re.match(rf"^các\s+(?=[{UPPER}])", name)
        shared = _cfg()["head"].match(name, run.end()) if run and prefix is None else None
        if run and shared:
            # "các Sở Nội vụ, Tài chính" (anywhere in the list): a new shared head starts here
            head = shared.group(0)
            out.append(Member(name[run.end() :], member.span, member.role))
            continue
        typed = _cfg()["types"].match(name)
        if typed and typed.group(0) != "các":
            sub = typed.group(0)
        counted = re.match(r"^\d{1,3}\s+(thành phố|huyện|thị xã|tỉnh|quận)\s+", name)
        if counted:
            sub, name = counted.group(1), name[counted.end() - len(counted.group(1)) - 1 :].strip()
        bare = not _cfg()["head"].match(name) and not typed and not counted
        if name.isdigit() and head:
            name = f"{head} {name}"
        elif bare and sub and prefix is None and head is None:
            name = f"{sub} {name}"
        elif head and (bare or (typed and prefix)):
            name = f"{head} {sub + ' ' if sub and bare else ''}{name}".strip()
        out.append(Member(name, member.span, member.role))
    return out


PREFIX_RE = re.compile(
    rf"(?:các\s+(?P<plural>[{UPPER}a-zđ][{WORD[1:-1]} ]{{1,30}}?)"
    rf"|(?P<head>[{UPPER}][{WORD[1:-1]} ()]{{1,70}}?)\s+(?:các|\d+)\s+"
    r"(?:tỉnh, thành phố|tỉnh, thành|tỉnh|thành phố|huyện, thị xã, thành phố|huyện))\s*:\s*$"
)


def _shared_prefix(text: str, intro_start: int, list_start: int) -> str | None:
    """The head written before the list's colon ("Hội Luật gia các tỉnh, thành phố:")."""
    window = text[intro_start:list_start]
    # The prefix starts after the intro word: "gồm TAND các tỉnh:", "gồm các sở:".
    window = re.sub(r"^(?:[Bb]ao gồm|[Gg]ồm có|[Gg]ồm)\s+", "", window)
    m = PREFIX_RE.search(window)
    if not m:
        return None
    head = (m.group("plural") or m.group("head") or "").strip()
    head = re.sub(r"\s*\([^()]*\)", "", re.sub(r"^\d+\s+", "", head))  # drop "(Liên hiệp hội)"
    head = head[:1].upper() + head[1:]
    if not lexicon().head_re.match(head):
        return None  # "... Việt Nam gồm 6 tỉnh:" names no shared head
    return head or None


def _list_end(ctx: Context, start: int) -> int:
    """Where a member list ends: the sentence end, a stop phrase or the next bloc named."""
    _, s_end = ctx.sentence(start)
    s_end = min([b.start for b in ctx.tags.blocs if start < b.start < s_end] + [s_end])
    m = _cfg()["stop"].search(ctx.text, start, s_end)
    end = m.start() if m else s_end
    nl = ctx.text.find("\n", start, end)
    return nl if nl >= 0 else end


def _read_list(ctx: Context, intro_start: int, start: int, end: int) -> MemberList | None:
    """Members between start and end, or None when it is not a list of units."""
    text = ctx.text
    prefix = _shared_prefix(text, intro_start, start)
    items: list[Member] = []
    parts = [p for raw, off in _chunks(text, start, end) for p in _split_glued(raw, off)]
    for part, poff in parts:
        member = _clean_item(part, poff)
        if member is None:
            if items:
                break  # "...; Năm 2021, X là Trưởng khối": the list has ended
            continue
        items.append(member)
    if len(items) < 2 and not (items and prefix):
        return None
    # The list ends with its last member, so what follows ("Năm 2021, X là Trưởng khối") is free.
    return MemberList(start, items[-1].span[1], _spread(items, prefix))


AWARD_BEFORE = re.compile(
    r"(?:[Cc]ờ thi đua|[Bb]ằng khen|[Gg]iấy khen|[Hh]uân chương|danh hiệu|tặng|trao)"
)


def _after_award(text: str, intro: int) -> bool:
    """True when the intro follows an award phrase in the same clause."""
    clause = re.split(r"[.;:\n]", text[max(0, intro - 60) : intro])[-1]
    return bool(AWARD_BEFORE.search(clause))


def find_member_lists(ctx: Context) -> list[MemberList]:
    """Every member list in the body: after an intro, or in parentheses after a bloc."""
    out: list[MemberList] = []
    text = ctx.text
    for m in _cfg()["intro"].finditer(text, ctx.body_start):
        start = m.end()
        # "gồm Hội Luật gia các tỉnh, thành phố: A, B" — the list proper starts after the colon
        colon = re.match(r"[^.;:\n]{0,90}?:\s*", text[start:])
        if _after_award(text, m.start()):
            continue  # "tặng Bằng khen cho 3 đơn vị gồm: ..." lists recipients, not members
        if (colon and not re.search(r"[,]", colon.group(0)[:-2].split(":")[0][-25:] or "x")) or (
            colon and PREFIX_RE.search(text[m.start() : start + colon.end()])
        ):
            start += colon.end()
        end = _list_end(ctx, start)
        found = _read_list(ctx, m.start(), start, end)
        if found:
            out.append(found)
    for b in ctx.tags.blocs:
        after = text[b.end : b.end + 3]
        if after.lstrip().startswith("(") and b.start >= ctx.body_start - 1:
            open_at = text.find("(", b.end)
            close = text.find(")", open_at)
            if close > open_at and text[open_at:close].count(",") >= 2:
                found = _read_list(ctx, open_at, open_at + 1, close)
                if found:
                    out.append(found)
    return sorted(out, key=lambda x: x.start)


def find_counts(ctx: Context) -> list[Count]:
    """Every stated member count ("gồm 15 đơn vị", "12/12 đơn vị", "nâng tổng số lên 12")."""
    out: list[Count] = []
    matches = [m for p in _count_res() for m in p.finditer(ctx.text, ctx.body_start)]
    for m in sorted(matches, key=lambda x: x.start()):
        if any(c.span[0] <= m.start("n") < c.span[1] for c in out):
            continue
        value = m.group("n")
        n_start = m.start("n")
        if _cfg()["not_count"].search(ctx.text[max(0, n_start - 15) : n_start]):
            continue
        if AWARDISH.match(ctx.text[m.end() : m.end() + 40]):
            continue
        s_start, s_end = ctx.sentence(m.start())
        sentence = ctx.text[s_start:s_end]
        named = any(s_start <= b.start < m.start() for b in ctx.tags.blocs)
        if not named and re.search(
            r"\d+\s+(?:khối|cụm)|các (?:khối|cụm) thi đua|cụm, khối", sentence
        ):
            continue  # a province-wide structure count, not one bloc's
        if int(value) > 0:
            out.append(Count(int(value), (m.start(), m.end())))
    return out
