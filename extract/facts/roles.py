"""Bloc roles: leader, deputy and next leader, with the year of their term (rules/roles.yaml).

Every role marker ("Trưởng khối", "Cụm phó") is a candidate statement when an organisation is
joined to it by a connector, before it ("X (đơn vị Trưởng khối)", "do X làm Cụm trưởng") or
after it ("Cụm phó là X", "giao nhiệm vụ Cụm trưởng ... cho X"). The term is decided per
statement: words of election or handover, or a year later than the reviewed period, make it
the next term. Per role the best joined statement wins; ties go to the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.context import Context
from extract.model import Event, Role
from extract.nlp.blocs import BlocMention, bloc_rules
from extract.nlp.lexicon import WORD, Scanner, expand, lexicon, lower_regex, scanner, stop_at
from extract.nlp.orgs import OrgSpan

RULE_FILE = "roles.yaml"
MAX_GAP = 90  # characters between a holder and its role marker
ANAPHOR_REACH = 300  # characters back to the role noun "trọng trách này" refers to


@dataclass(frozen=True)
class Marker:
    """A named role-marker pattern."""

    name: str
    pattern: Scanner
    role: str  # leader | deputy_leader
    bloc_after: bool
    next: bool
    weight: float  # how surely the marker names the role ("chủ trì Khối" less than "Trưởng khối")


@dataclass(frozen=True)
class Connector:
    """A named pattern joining a holder to a marker, with its weight."""

    name: str
    pattern: re.Pattern[str]
    side: str  # before | after
    weight: float
    term: str | None  # current | next: the connector itself says which term
    needs_before: re.Pattern[str] | None  # words the clause must hold before the marker
    needs_person: bool  # the gap must name a person ("Cụm trưởng, ông A, Giám đốc Sở X")
    year_shift: int  # "A bàn giao Cụm trưởng năm 2025 cho B": A's term is the year before


@dataclass(frozen=True)
class RoleRules:
    """Compiled rules/roles.yaml."""

    roles: tuple[str, ...]
    markers: tuple[Marker, ...]
    anaphors: tuple[Marker, ...]  # "trọng trách này": the role named just before, again
    before: tuple[Connector, ...]
    after: tuple[Connector, ...]
    next_words: re.Pattern[str]
    current_words: re.Pattern[str]
    document: re.Pattern[str]
    generic_holder: re.Pattern[str]
    not_holders: re.Pattern[str]
    drop_prefixes: tuple[str, ...]
    gap_noise: re.Pattern[str]  # a person, their other titles or an address inside a gap
    carry: re.Pattern[str]  # a sentence opening that continues the one before
    not_holder_before: re.Pattern[str]  # "của X, Cụm trưởng": an owner, not the holder
    venue_before: re.Pattern[str]  # "tại X, ...": a venue, the holder only in an apposition
    unit_apposition: re.Pattern[str]  # ", đơn vị " between a venue and the role noun
    passive_agent: re.Pattern[str] | None  # "X được <agent> giao làm": the agent is stepped over
    title_end: re.Pattern[str]  # a person's title ending a gap ("là bà X - Chủ tịch ")
    title_chain: re.Pattern[str]  # the person's other titles before it (", Ủy viên BCH X")
    title_next: re.Pattern[str]  # another of the person's titles follows (", Giám đốc ...")
    phrases: dict[str, re.Pattern[str]]  # named phrases: years of a term, localities, plurals


@lru_cache(maxsize=1)
def role_rules() -> RoleRules:
    """Load and compile rules/roles.yaml once."""
    e = rules.load(RULE_FILE).entries
    try:
        markers = tuple(
            Marker(
                m["name"],
                # written in lower case and run on the lower-cased text (faster than re.I)
                scanner(rf"(?<!{WORD})(?:{lower_regex(m['regex'])})(?!{WORD})"),
                m["role"],
                bool(m.get("bloc_after")),
                bool(m.get("next")),
                float(m.get("weight", 1.0)),
            )
            for m in e["markers"]
        )
        anaphors = tuple(
            Marker(
                a["name"],
                scanner(rf"(?<!{WORD})(?:{lower_regex(a['regex'])})(?!{WORD})"),
                "",  # the role of the noun it refers back to
                False,
                False,
                1.0,
            )
            for a in e["anaphors"]
        )
        connectors = tuple(
            Connector(
                c["name"],
                rx.compile_scan(c["regex"], re.I),
                c["side"],
                c["weight"],
                c.get("term"),
                rx.compile_scan(c["needs_before"], re.I) if c.get("needs_before") else None,
                bool(c.get("needs_person")),
                int(c.get("year_shift", 0)),
            )
            for c in e["connectors"]
        )
        return RoleRules(
            roles=tuple(e["roles"]),
            markers=markers,
            anaphors=anaphors,
            before=tuple(c for c in connectors if c.side == "before"),
            after=tuple(c for c in connectors if c.side == "after"),
            next_words=rx.compile_scan(rf"(?<!{WORD}){e['next_words']}", re.I),
            current_words=rx.compile_scan(rf"(?<!{WORD}){e['current_words']}", re.I),
            document=rx.compile_scan(e["document_words"], re.I),
            generic_holder=rx.compile_scan(e["generic_holders"], re.I),
            not_holders=rx.compile_scan("|".join(f"(?:{n})" for n in e["not_holders"]), re.I),
            not_holder_before=rx.compile_scan(e["not_holder_before"], re.I),
            venue_before=rx.compile_scan(e["venue_before"], re.I),
            unit_apposition=rx.compile_scan(e["unit_apposition"], re.I),
            passive_agent=rx.compile_scan(e["passive_agent_before"], re.I)
            if e.get("passive_agent_before")
            else None,
            phrases={k: rx.compile(expand(v)) for k, v in e["phrases"].items()},
            carry=rx.compile_scan(rf"^\W*{e['carry_words']}", re.I),
            title_end=rx.compile(rf"\s*[-–,]?\s*(?:{lexicon().title_re.pattern})\s*$"),
            title_chain=rx.compile(rf"(?:\s*,\s*(?:{lexicon().title_re.pattern})[^,.;\n]*)+$"),
            title_next=rx.compile(rf"\s*,\s*(?:{lexicon().title_re.pattern})"),
            gap_noise=rx.compile(
                rf"\s*[-–,]?\s*(?:(?:{lexicon().honorific_re.pattern[:-4]}|"
                rf"{lexicon().title_re.pattern})\s+)*\x00+",
            ),
            drop_prefixes=tuple(e["drop_prefixes"]),
        )
    except re.error as exc:
        raise RuleError(
            f"rules/{RULE_FILE}: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc


@dataclass(frozen=True)
class RoleHit:
    """A role statement: which role, who holds it, its year and term, and the evidence."""

    role: str  # leader | deputy_leader (the marker's role; the term decides next_leader)
    org: str
    year: int | None
    span: tuple[int, int]
    explicit_year: bool
    rule: str = ""  # "<marker>/<connector>"
    weight: float = 1.0
    next_term: bool = False  # election, handover or "tân" wording
    current_term: bool = False  # "đương nhiệm", "năm qua"
    marker: tuple[int, int] = (-1, -1)  # the role noun ("Cụm trưởng Cụm 6": the bloc after it)
    term_start: int | None = None  # first year of a term that spans years ("năm học 2019-2020")
    respective: int = -1  # k-th holder given to the k-th bloc ("A và B lần lượt là Cụm trưởng")
    bloc_at: int = -1  # start of the bloc mention the statement names ("Cụm 1 là A")
    this_year: bool = False  # "năm nay": the meeting's own term, a covenant's included
    chosen: bool = False  # an election or handover word says so, not only the connector
    derived_year: bool = False  # the year worked out from another term's ("tiếp tục ... năm 2022")


def role_of_note(note: str) -> str | None:
    """The role a parenthetical or trailing note gives ("Khối trưởng", "làm phó khối")."""
    for marker in role_rules().markers:
        if not marker.bloc_after and marker.pattern.search(note.lower()):
            return marker.role
    return None


def holder_name(org: OrgSpan) -> str | None:
    """The holder's name without generic prefixes; None for advisory or generic bodies."""
    r = role_rules()
    if r.not_holders.fullmatch(org.name) or r.generic_holder.match(org.name):
        return None
    name = org.name
    for prefix in r.drop_prefixes:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix) :]
    return name


def _holders(ctx: Context, start: int, end: int) -> list[OrgSpan]:
    """Organisations and localities (districts, towns, communes, wards) in [start, end)."""
    orgs = [o for o in ctx.tags.orgs if start <= o.start and o.end <= end]
    # A locality inside an organisation's name ("VKSND huyện Hớn Quản") or right after one
    # as its address ("Công ty X, huyện Chư Prông") is not a holder of its own.
    places = [
        OrgSpan(m.start(), m.end(), m.group(0), "locality", "locality")
        for m in role_rules().phrases["locality"].finditer(ctx.text, start, end)
        if not any(
            o.start <= m.start() < o.end or (0 <= m.start() - o.end <= 2 and _has_address(o))
            for o in ctx.tags.orgs
        )
    ]
    taken = orgs + places
    provinces = [
        _province_holder(ctx, h.start, h.end)
        for h in ctx.tags.provinces
        if start <= h.start
        and h.end <= end
        and not any(o.start <= h.start < o.end or 0 <= h.start - o.end <= 2 for o in taken)
    ]
    hosts = [
        _host_of(ctx, m)
        for m in role_rules().phrases["host_anaphor"].finditer(ctx.text, start, end)
    ]
    found = taken + [p for p in provinces if p is not None] + [h for h in hosts if h is not None]
    return sorted(found, key=lambda o: o.start)


def _host_of(ctx: Context, anaphor: re.Match[str]) -> OrgSpan | None:
    """The host that "đơn vị chủ nhà" names again: the last unit before it told to host ("do X
    đăng cai", "tại trụ sở X", "X chủ trì"), as a holder at the anaphor's place; else None."""
    phrases = role_rules().phrases
    named = [
        (o.start, o.end, o.name, o.head, o.type) for o in ctx.tags.orgs if o.end <= anaphor.start()
    ] + [
        (p.start, p.end, ctx.text[p.start : p.end], "province", "province")
        for p in ctx.tags.provinces
        if p.end <= anaphor.start() and not any(o.start <= p.start < o.end for o in ctx.tags.orgs)
    ]
    for start, end, name, head, kind in sorted(named, reverse=True):
        if phrases["host_before"].search(ctx.text[max(0, start - 30) : start]) or phrases[
            "host_after"
        ].match(ctx.text[end : end + 40]):
            return OrgSpan(anaphor.start(), anaphor.end(), name, head, kind)
    return None


def _province_holder(ctx: Context, start: int, end: int) -> OrgSpan | None:
    """A province written alone as a unit ("do Đồng Nai làm Cụm trưởng", "chọn tỉnh Bình
    Phước làm cụm trưởng"), with its "tỉnh" when written; None for a venue or an owner."""
    level = role_rules().phrases["province_level"].search(ctx.text[max(0, start - 12) : start])
    if level is not None:
        start -= len(level.group(0))
    if any(o.start < start and end <= o.end for o in ctx.tags.orgs):
        return None  # "Ban quản lý Khu kinh tế, công nghiệp tỉnh X – đơn vị ...": the body holds it
    phrases = role_rules().phrases
    if not phrases["province_after"].search(ctx.text[max(0, start - 30) : start]) and not (
        phrases["place_apposition"].match(ctx.text[end : end + 30])
    ):
        return None  # "tại Bình Phước", "... Đầu tư và Phát triển Hà Tĩnh": not a unit
    return OrgSpan(start, end, ctx.text[start:end], "province", "province")


def _gap(ctx: Context, start: int, end: int, noise: list[tuple[int, int]]) -> str:
    """The text between two offsets without personal names, their titles or addresses."""
    chars = list(ctx.text[start:end])
    spans = [(p.start, p.end) for p in ctx.tags.people] + noise
    for s, e in spans:
        if start <= s and e <= end:
            chars[s - start : e - start] = "\x00" * (e - s)
    gap = "".join(chars)
    return role_rules().gap_noise.sub("", gap) if "\x00" in gap else gap


def _role_at(ctx: Context, marker_end: int) -> str | None:
    """The role of the marker that ends at marker_end."""
    head = ctx.lower[max(0, marker_end - 40) : marker_end]
    for k in role_rules().markers:
        if any(m.end() == len(head) for m in k.pattern.finditer(head)):
            return k.role
    return None


def _year(
    ctx: Context, marker_end: int, clause_start: int, holder_start: int
) -> tuple[int | None, bool]:
    """(year, explicit) of the term read after the marker or opening its sentence."""
    after = ctx.text[marker_end : marker_end + 90]
    # a year after the same role noun again is that mention's ("X, Khối trưởng, trao cờ cho Y,
    # đơn vị được bầu làm Khối trưởng năm 2024": 2024 is Y's term, not X's); another role's
    # year is shared ("X làm Cụm trưởng, Y làm Cụm phó năm 2015")
    role = _role_at(ctx, marker_end)
    later = [
        m.start()
        for k in role_rules().markers
        if k.role == role and (m := k.pattern.search(after.lower()))
    ]
    after = after[: min(later)] if later else after
    p = role_rules().phrases
    if p["term_range"].match(after):
        return None, True  # "năm học 2022-2023": a term, but not one year
    m = p["year_after"].match(after)
    if m:
        return int(m.group(1)), True
    m = p["year_before"].search(ctx.text[clause_start:holder_start])
    if m and p["reviewed_year"].search(ctx.text[clause_start : clause_start + m.start()]):
        m = None  # "tổng kết thi đua năm 2023, X tiếp nhận Trưởng khối": the reviewed year
    if m and not role_rules().next_words.search(m.group(0)):
        # "thống nhất năm 2017 huyện X làm Cụm trưởng"; but in "tổng kết năm 2022 và bàn
        # giao ... cho X" the year is the reviewed one, not X's term
        return int(m.group(1)), True
    s_start, _ = ctx.sentence(marker_end - 1)
    if p["this_year"].search(ctx.text[clause_start:holder_start]):
        return None, False  # "Năm 2023, A ...; năm nay B làm Khối trưởng": not the opening year
    for start in (clause_start, s_start):
        m = p["sentence_year"].match(ctx.text[start : start + 40])
        if m:
            return int(m.group(1)), True
    if role_rules().carry.match(ctx.text[s_start : s_start + 30]) and s_start > 0:
        # "... giao ước thi đua năm 2023. Theo đó, X là Cụm trưởng": the year before carries
        prev_start, _ = ctx.sentence(s_start - 2)
        years = ctx.years_in(prev_start, s_start)
        if len(set(years)) == 1:
            return years[0], True
    return None, False


def _clause_start(ctx: Context, pos: int) -> int:
    """Start of the ";"-clause around pos."""
    s_start, _ = ctx.sentence(pos)
    return max(s_start, ctx.text.rfind(";", s_start, pos) + 1)


def _is_plural(ctx: Context, m: re.Match[str]) -> bool:
    """A role noun in a plural or a coordination ("cụm trưởng, cụm phó các cụm") names no one."""
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    p = role_rules().phrases
    if p["plural_before"].search(before):
        return True
    if _coordinated_after(ctx, m):
        return True
    after = ctx.lower[m.end() : m.end() + 40]  # marker patterns are written in lower case
    joint = p["coordination"].match(after)
    if joint is None:
        return False
    rest = after[joint.end() :]
    coordinated = any(k.pattern.match(rest) for k in role_rules().markers)
    return coordinated and not role_rules().phrases["distributive"].search(
        ctx.text[m.end() : m.end() + 60]
    )


def _held_in_pair(ctx: Context, found: list[tuple[Marker, re.Match[str]]], k: int) -> bool:
    """Two role nouns side by side that are two statements ("A làm cụm trưởng, cụm phó là B"):
    the first is held by the unit firmly joined before it."""
    first = k
    if k > 0 and role_rules().phrases["coordination"].fullmatch(
        ctx.text, found[k - 1][1].end(), found[k][1].start()
    ):
        first = k - 1
    marker, m = found[first]
    held = _before(ctx, marker, m)
    return held is not None and held.weight >= 1.0 and not held.rule.endswith("/comma")


def _coordinated_after(ctx: Context, m: re.Match[str]) -> bool:
    """True for the second of two role nouns joined by a comma or "và" ("bình bầu khối
    trưởng, khối phó"): like the first, it names no one."""
    start = max(0, m.start() - 40)
    window = ctx.lower[start : m.start()]
    for k in role_rules().markers:
        for prior in k.pattern.finditer(window):
            joint = role_rules().phrases["coordination"].fullmatch(window, prior.end())
            if joint is not None and not role_rules().phrases["distributive"].search(
                ctx.text[m.end() : m.end() + 60]
            ):
                return True
    return False


def _before(ctx: Context, marker: Marker, m: re.Match[str]) -> RoleHit | None:
    """The statement with its holder before the marker, if one is joined to it."""
    s_start, _ = ctx.sentence(m.start())
    candidates = [o for o in _holders(ctx, s_start, m.start()) if m.start() - o.end <= MAX_GAP]
    noise = _addresses(ctx, s_start, m.start())
    for org in reversed(candidates):
        name = holder_name(org)
        if name is None:
            # "Chủ tịch UBTƯ MTTQ, Phó Chủ tịch Hội đồng thi đua, Khối trưởng": a person's
            # other title names an advisory body; the holder is the one before it.
            noise.append((org.start, org.end))
            continue
        gap = _gap(ctx, org.end, m.start(), noise)
        connector = next((c for c in role_rules().before if c.pattern.fullmatch(gap)), None)
        if connector is None:
            connector, tail = _name_tail(gap)
            name += tail
        if connector is not None and org.type == "province" and connector.weight < 0.8:
            connector = None  # a bare province right before a role noun is not joined to it
        if connector is None and _passive_agent(ctx, org):
            noise.append((org.start, org.end))  # "X được UBND tỉnh giao làm Trưởng khối"
            continue
        if connector is None:
            return None  # the nearest organisation is not joined to the marker
        before = ctx.text[max(0, org.start - 24) : org.start]
        r = role_rules()
        venue = r.venue_before.search(before) and not r.unit_apposition.match(gap)
        # "Báo cáo của X, Trưởng cụm năm 2025, cho biết", "dưới sự chủ trì của X, đơn vị
        # Trưởng khối.": the role right after X, closed
        between = ctx.text[org.end : m.start()]
        closed = (between.strip() == "," or r.unit_apposition.match(between)) and r.phrases[
            "closed_apposition"
        ].match(ctx.text[m.end() : m.end() + 20])
        cited = r.not_holder_before.search(before) and not closed
        if connector.weight < 1.0 and (cited or venue):
            # "Theo quyết định của X, Cụm trưởng là Y"; but "báo cáo của X – đơn vị Trưởng
            # khối" is firmly joined and names the holder
            return None
        if marker.role == "deputy_leader":
            org = _first_coordinated(ctx, candidates, org)
            name = holder_name(org) or name
        return _hit(ctx, marker, connector, name, (org.start, m.end()), m, org.start)
    return None


def _first_coordinated(ctx: Context, candidates: list[OrgSpan], org: OrgSpan) -> OrgSpan:
    """The first of units joined by "và" or commas before a deputy's role ("A và B cùng giữ vị
    trí Khối phó"): two deputies for one term, and the first named holds the slot."""
    text = ctx.text
    last = i = candidates.index(org)
    joined = role_rules().phrases["units_joined"]
    while i > 0 and joined.fullmatch(text, candidates[i - 1].end, candidates[i].start):
        i -= 1
    # "Khối trưởng là A, B và C là Khối phó": a unit that another role opens is not a subject
    while i < last and _role_opens(ctx, candidates[i - 1].end if i else 0, candidates[i].start):
        i += 1
    return candidates[i]


def _role_opens(ctx: Context, start: int, end: int) -> bool:
    """Whether a role noun stands in the clause before end (from start at the earliest)."""
    opening = ctx.lower[max(start, _clause_start(ctx, end)) : end]
    return any(mk.pattern.search(opening) for mk in role_rules().markers)


def _passive_agent(ctx: Context, org: OrgSpan) -> bool:
    """True when the organisation is the agent of a passive ("được UBND tỉnh giao")."""
    agent = role_rules().passive_agent
    return agent is not None and bool(agent.search(ctx.text[max(0, org.start - 12) : org.start]))


def _name_tail(gap: str) -> tuple[Connector | None, str]:
    """A firm connector after lower-case parts of an official name (", cơ sở giáo dục ... là")."""
    tail = role_rules().phrases["name_tail"].match(gap)
    if tail is None:
        return None, ""
    rest = gap[tail.end() :]
    connector = next(
        (c for c in role_rules().before if c.weight >= 0.8 and c.pattern.fullmatch(rest)), None
    )
    return connector, tail.group(0) if connector else ""


def _trailing_name_tail(ctx: Context, end: int) -> str:
    """Lower-case parts of an official name after the holder, when a place or the sentence's
    end closes them ("Trưởng Ban quản lý KKT, công nghiệp tỉnh Thừa Thiên Huế.")."""
    after = ctx.text[end : end + 160]
    tail = role_rules().phrases["name_tail"].match(after)
    if tail is None or stop_at(after, len(after) - len(after.lstrip(", ")), ","):
        return ""  # ", phát biểu.": a verb ends the name (rules/stopwords.yaml)
    closed = tail.group("place") or re.match(r"\s*(?:[.;\n]|$)", after[tail.end() :])
    return tail.group(0) if closed else ""


def _has_address(org: OrgSpan) -> bool:
    """Whether a locality right after the organisation can be its address: not after one
    that ends at a bare level ("Theo quyết định của UBND huyện, xã A làm Cụm trưởng")."""
    return org.name.split()[-1] not in lexicon().place_words


def _addresses(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Localities written right after an organisation as its address ("Công ty X, huyện Y")."""
    return [
        (mm.start(), mm.end())
        for mm in role_rules().phrases["locality"].finditer(ctx.text, start, end)
        if any(0 <= mm.start() - o.end <= 2 and _has_address(o) for o in ctx.tags.orgs)
    ]


def _skip_bloc_and_year(ctx: Context, pos: int, qualifier: bool = True) -> int:
    """Past a bloc name and a year right after a marker ("Cụm trưởng Cụm thi đua số 5 năm 2018").

    Without `qualifier`, only the bloc's own name is stepped over: what the bloc reader took
    for its qualifier may be the holder ("Cụm trưởng Cụm thi đua số 3, Giám đốc Sở X").
    """
    for b in ctx.tags.blocs:
        # "Trưởng Khối thi đua các cơ quan X": the role noun's last word opens the bloc's name
        if 0 <= b.start - pos <= 2 or b.start < pos < b.end:
            core = b.start + len(b.name)
            own = not qualifier and b.qualifier and ctx.text[b.start : core] == b.name
            pos = _past_alias(ctx.text, core if own else b.end)
            break
    else:
        generic = bloc_rules().heads[0].pattern.match(ctx.lower, pos + 1)
        if generic is not None and ctx.text[pos : pos + 1] == " ":
            pos = generic.end()  # "Cụm trưởng Cụm thi đua là ...": the bloc, unnamed
    m = role_rules().phrases["year_skip"].match(ctx.text, pos)
    pos = m.end() if m else pos
    # "Là Khối trưởng năm 2023 của Khối thi đua X (Khối thi đua), Y": the bloc after the year
    of = role_rules().phrases["of_bloc"].match(ctx.text[pos : pos + 12])
    owned = next((b for b in ctx.tags.blocs if of and b.start == pos + of.end()), None)
    return _past_alias(ctx.text, owned.end) if owned is not None else pos


def _past_alias(text: str, pos: int) -> int:
    """Past a short name in brackets right after a bloc's name ("Khối thi đua X (Khối)")."""
    alias = re.match(r"\s*\([^()\n]{1,40}\)", text[pos : pos + 45])
    return pos + alias.end() if alias else pos


def _after(ctx: Context, marker: Marker, m: re.Match[str]) -> list[RoleHit]:
    """Statements with the holder after the marker ("Cụm phó là X", "... cho X")."""
    found = _after_from(ctx, marker, m, _skip_bloc_and_year(ctx, m.end()))
    if not found:
        pos = _skip_bloc_and_year(ctx, m.end(), qualifier=False)
        found = _after_from(ctx, marker, m, pos) if pos != m.end() else []
    return found


def _after_from(ctx: Context, marker: Marker, m: re.Match[str], pos: int) -> list[RoleHit]:
    """Statements with the holder after pos, the end of the marker and what it names."""
    _, s_end = ctx.sentence(m.start())
    holders = [o for o in _holders(ctx, pos, s_end) if o.start - pos <= MAX_GAP]
    clause = ctx.text[_clause_start(ctx, m.start()) : m.start()]
    for connector in role_rules().after:
        if connector.needs_before and not connector.needs_before.search(clause[-120:]):
            continue  # "... cho X" gives the role only in a handover or an assignment
        for org in holders:
            raw = ctx.text[pos : org.start]
            if connector.needs_person and not (
                any(pos <= p.start < org.end + 12 for p in ctx.tags.people)
                or role_rules().title_end.search(raw)
            ):
                continue
            # "là bà X - Chủ tịch <holder>", ", Chi cục trưởng <holder>": the person's title
            gap = role_rules().title_end.sub("", _gap(ctx, pos, org.start, []))
            if connector.needs_person:
                # "Khối trưởng A, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Y": the person's other
                # titles before the one that names the holder
                gap = role_rules().title_chain.sub("", gap)
            if not connector.pattern.fullmatch(gap) or "\n" in raw:
                continue
            if connector.needs_person and role_rules().title_next.match(ctx.text, org.end):
                continue  # the body of a title before the last one: the holder comes later
            name = holder_name(org)
            if name is None:
                break
            tail = _trailing_name_tail(ctx, org.end)
            span = (m.start(), org.end + len(tail))
            hit = _hit(ctx, marker, connector, name + tail, span, m, m.start())
            return [hit, *_handover_giver(ctx, marker, m, pos, org, hit)]
    return []


def _handover_giver(
    ctx: Context, marker: Marker, m: re.Match[str], pos: int, taker: OrgSpan, hit: RoleHit
) -> list[RoleHit]:
    """ "bàn giao Cụm trưởng năm Y từ A cho B": A led the year before."""
    giver = next(
        (
            o
            for o in _holders(ctx, pos, taker.start)
            if role_rules().phrases["giver_from"].search(ctx.text[pos : o.start])
        ),
        None,
    )
    if giver is None or not hit.next_term or holder_name(giver) is None:
        return []
    year = hit.year - 1 if hit.year else None
    return [
        RoleHit(
            marker.role,
            holder_name(giver) or giver.name,
            year,
            (giver.start, giver.end),
            hit.explicit_year,
            f"{marker.name}/handover-giver",
            hit.weight,
            current_term=True,
        )
    ]


def _speaker_unit(ctx: Context, name: str, at: int) -> str:
    """The unit a speaker calls "Sở chúng tôi", "đơn vị chúng tôi": the last organisation
    named before the quotation in its paragraph with the same head ("ông A, Giám đốc Sở Tài
    chính, chia sẻ: "Năm nay, Sở chúng tôi được giao làm Khối trưởng ..."")."""
    m = role_rules().phrases["self_reference"].fullmatch(name)
    if m is None:
        return name
    line_start = ctx.text.rfind("\n", 0, at) + 1
    head = (m.group("head") or "").casefold()  # none for "đơn vị chúng tôi": any unit
    for org in reversed(ctx.tags.orgs):
        own = org.name.casefold()
        if (
            line_start <= org.start
            and org.end <= at
            and own != name.casefold()
            and own.startswith(head)
        ):
            return org.name
    return name


def _hit(
    ctx: Context,
    marker: Marker,
    connector: Connector,
    name: str,
    span: tuple[int, int],
    m: re.Match[str],
    holder_start: int,
) -> RoleHit:
    """A statement with its year and the words that decide its term."""
    clause_start = _clause_start(ctx, holder_start)
    year, explicit = _year(ctx, m.end(), clause_start, holder_start)
    if year is not None:
        year += connector.year_shift
    r = role_rules()
    term = r.phrases["term_range"].match(ctx.text[m.end() : m.end() + 90])
    if term is None:
        s_start, _ = ctx.sentence(holder_start)
        opening = (
            r.phrases["term_opening"].match(ctx.text[at : at + 60])
            for at in (clause_start, s_start)
        )
        term = next((t for t in opening if t is not None), None)
    around = ctx.text[clause_start : m.start()]
    if span[0] == m.start():
        around += ctx.text[m.end() : span[1]]  # "Phó khối năm tới là X": words before X
    chosen = (
        marker.next
        or bool(r.next_words.search(around))
        or bool(r.phrases["next_after"].match(ctx.text[m.end() : m.end() + 40]))
    )
    voted = _vote_before(ctx, holder_start)
    if voted is not None:
        chosen = True
        if year is None:
            year, explicit = voted, True
    next_term = chosen or connector.term == "next"
    current = connector.term == "current" or bool(
        r.current_words.search(ctx.text[clause_start : m.end() + 20])
    )
    name = _speaker_unit(ctx, name, holder_start)
    this_year = bool(r.phrases["this_year"].search(ctx.text[clause_start : m.end() + 20]))
    return RoleHit(
        marker.role,
        name,
        year,
        span,
        explicit,
        f"{marker.name}/{connector.name}",
        connector.weight * marker.weight,
        next_term and not current,
        current,
        (m.start(), m.end()),
        int(term.group(1)) if term else None,
        this_year=this_year,
        chosen=chosen and not current,
    )


def _vote_before(ctx: Context, pos: int) -> int | None:
    """The year of a vote told in the sentence before one that opens with its result ("... bầu
    Cụm trưởng năm 2021. Kết quả X làm Cụm trưởng"), or None."""
    p = role_rules().phrases
    s_start, _ = ctx.sentence(pos)
    if s_start == 0 or not p["vote_result"].match(ctx.text[s_start : s_start + 60]):
        return None
    last = len(ctx.text[:s_start].rstrip()) - 1  # the previous sentence's last character
    if last < 0:
        return None
    b_start, b_end = ctx.sentence(last)
    votes = list(p["vote_before"].finditer(ctx.text, b_start, b_end))
    return int(votes[-1].group(1)) if votes else None


def _marker_matches(ctx: Context) -> list[tuple[Marker, re.Match[str]]]:
    """Every role marker in text order; an earlier marker rule wins an overlap. A noun that
    refers back ("trọng trách này") takes the role of the marker told just before it."""
    found: list[tuple[Marker, re.Match[str]]] = []
    for marker in role_rules().markers:
        for m in marker.pattern.finditer(ctx.lower):
            if not any(n.start() <= m.start() < n.end() for _, n in found):
                found.append((marker, m))
    found.sort(key=lambda f: f[1].start())
    back: list[tuple[Marker, re.Match[str]]] = []
    for anaphor in role_rules().anaphors:
        for m in anaphor.pattern.finditer(ctx.lower):
            prior = next(((k, n) for k, n in reversed(found) if n.end() <= m.start()), None)
            if prior is not None and _referred(ctx, prior[1].start(), m.start()):
                back.append((replace(anaphor, role=prior[0].role), m))
    return sorted(found + back, key=lambda f: f[1].start())


def _referred(ctx: Context, antecedent: int, at: int) -> bool:
    """The role noun at antecedent is near enough to be what the anaphor at `at` means: in
    the same sentence or the one before, and no more than 300 characters back."""
    if at - antecedent > ANAPHOR_REACH:
        return False
    s_start, _ = ctx.sentence(at)
    prev_start, _ = ctx.sentence(max(0, s_start - 2))
    return antecedent >= min(s_start, prev_start)


def _chains(
    ctx: Context, found: list[tuple[Marker, re.Match[str]]]
) -> list[list[tuple[Marker, re.Match[str]]]]:
    """Markers grouped where role nouns are coordinated ("Trưởng khối và Phó khối")."""
    joint = role_rules().phrases["coordination"]
    chains: list[list[tuple[Marker, re.Match[str]]]] = []
    for marker, m in found:
        if chains:
            last = chains[-1][-1][1]
            gap = ctx.text[last.end() : m.start()]
            if joint.fullmatch(gap) and not marker.bloc_after and not chains[-1][-1][0].bloc_after:
                chains[-1].append((marker, m))
                continue
        chains.append([(marker, m)])
    return chains


def _coordinated_holders(ctx: Context, holders: list[OrgSpan], k: int) -> list[OrgSpan] | None:
    """k holders in a row joined by commas or "và" ("A và B", "A, B"), or None."""
    if len(holders) < k:
        return None
    joint = role_rules().phrases["coordination"]
    for a, b in pairwise(holders[:k]):
        if not joint.fullmatch(ctx.text[a.end : b.start]):
            return None
    return holders[:k]


def _respective(ctx: Context, chain: list[tuple[Marker, re.Match[str]]]) -> list[RoleHit]:
    """Coordinated role nouns with as many coordinated holders, paired in order.

    "A và B được bầu làm Trưởng khối và Phó khối", "Trưởng khối, Phó khối lần lượt là A, B".
    """
    r = role_rules()
    k = len(chain)
    first, last = chain[0][1], chain[-1][1]
    s_start, s_end = ctx.sentence(first.start())
    distributive = r.phrases["distributive"]
    # holders before the first role noun
    before = [o for o in _holders(ctx, s_start, first.start()) if first.start() - o.end <= MAX_GAP]
    pairs: list[tuple[OrgSpan, Connector]] = []
    group = _coordinated_holders(ctx, before[-k:], k) if len(before) >= k else None
    if group is not None:
        gap = distributive.sub("", _gap(ctx, group[-1].end, first.start(), []))
        connector = next(
            (c for c in r.before if c.weight >= 0.9 and c.pattern.fullmatch(gap)), None
        )
        if connector is not None:
            pairs = [(o, connector) for o in group]
    if not pairs:
        pos = _skip_bloc_and_year(ctx, last.end())
        after = [o for o in _holders(ctx, pos, s_end) if o.start - pos <= MAX_GAP]
        group = _coordinated_holders(ctx, after, k)
        if group is not None:
            gap = distributive.sub("", ctx.text[pos : group[0].start]).replace("  ", " ")
            connector = next(
                (
                    c
                    for c in r.after
                    if not c.needs_before and not c.needs_person and c.pattern.fullmatch(gap)
                ),
                None,
            )
            if connector is not None:
                pairs = [(o, connector) for o in group]
    hits: list[RoleHit] = []
    for (marker, m), (org, connector) in zip(chain, pairs, strict=False):
        name = holder_name(org)
        if name is None:
            return []
        span = (min(org.start, m.start()), max(org.end, m.end()))
        # the year after the last role noun dates every role of the chain
        hit = _hit(ctx, marker, connector, name, span, last, org.start)
        hits.append(hit)
    return hits


def _run_before(ctx: Context, holders: list[OrgSpan]) -> list[OrgSpan]:
    """The holders in a row ("A, B và C") that end the list."""
    joint = role_rules().phrases["coordination"]
    run = holders[-1:]
    for a in reversed(holders[:-1]):
        if not joint.fullmatch(ctx.text[a.end : run[0].start]):
            break
        run.insert(0, a)
    return run


def _run_after(ctx: Context, holders: list[OrgSpan]) -> list[OrgSpan]:
    """The holders in a row ("A, B và C") that open the list."""
    joint = role_rules().phrases["coordination"]
    run = holders[:1]
    for b in holders[1:]:
        if not joint.fullmatch(ctx.text[run[-1].end : b.start]):
            break
        run.append(b)
    return run


def _respective_blocs(ctx: Context, marker: Marker, m: re.Match[str]) -> list[RoleHit]:
    """One role noun with several holders given out "lần lượt": one holder for each bloc,
    in the order the blocs were named ("A và B lần lượt giữ vai trò Cụm trưởng", "Cụm trưởng
    của hai cụm lần lượt là A và B")."""
    r = role_rules()
    distributive = r.phrases["distributive"]
    s_start, s_end = ctx.sentence(m.start())
    if not distributive.search(ctx.text, s_start, s_end):
        return []  # no "lần lượt" in the sentence: nothing is given out in turn
    pairs: list[tuple[OrgSpan, Connector]] = []
    before = [o for o in _holders(ctx, s_start, m.start()) if m.start() - o.end <= MAX_GAP]
    run = _run_before(ctx, before) if before else []
    if len(run) > 1:
        gap = _gap(ctx, run[-1].end, m.start(), [])
        if distributive.search(gap):
            bare = re.sub(r"\s+", " ", distributive.sub("", gap))
            connector = next(
                (c for c in r.before if c.weight >= 0.9 and c.pattern.fullmatch(bare)), None
            )
            pairs = [(o, connector) for o in run] if connector else []
    if not pairs:
        pos = _skip_bloc_and_year(ctx, m.end())
        blocs = r.phrases["respective_blocs"].match(ctx.text, pos)
        pos = blocs.end() if blocs else pos
        after = [o for o in _holders(ctx, pos, s_end) if o.start - pos <= MAX_GAP]
        run = _run_after(ctx, after) if after else []
        gap = ctx.text[pos : run[0].start] if run else ""
        if len(run) > 1 and distributive.search(gap):
            bare = re.sub(r"\s+", " ", distributive.sub("", gap))
            connector = next(
                (
                    c
                    for c in r.after
                    if not c.needs_before and not c.needs_person and c.pattern.fullmatch(bare)
                ),
                None,
            )
            pairs = [(o, connector) for o in run] if connector else []
    return [replace(h, respective=k) for k, h in enumerate(_given_out(ctx, marker, m, pairs))]


def _given_out(
    ctx: Context, marker: Marker, m: re.Match[str], pairs: list[tuple[OrgSpan, Connector]]
) -> list[RoleHit]:
    """One statement of the role noun at m for each holder; none when one is no holder."""
    hits: list[RoleHit] = []
    for org, connector in pairs:
        name = holder_name(org)
        if name is None:
            return []
        span = (min(org.start, m.start()), max(org.end, m.end()))
        hits.append(_hit(ctx, marker, connector, name, span, m, org.start))
    return hits


def _own_role_after(ctx: Context, pos: int) -> bool:
    """True when a role noun follows pos within its clause part ("A làm khối trưởng,")."""
    stop = re.search(r"[,;.\n]", ctx.text[pos : pos + 60])
    part = ctx.lower[pos : pos + (stop.start() if stop else 60)]
    return any(k.pattern.search(part) for k in role_rules().markers)


ELIDED = Connector("elided-subject", rx.compile(""), "before", 0.7, None, None, False, 0)
PER_BLOC = Connector("per-bloc", rx.compile(""), "after", 1.0, None, None, False, 0)


def _unqualified(text: str, b: BlocMention) -> BlocMention:
    """The mention without the qualifier it read after a dash: in "cụm I - Hội CCB huyện A"
    given out after a role noun, the words after the dash are the holder."""
    if not b.qualifier:
        return b
    at = text.find(b.qualifier, b.start, b.end)
    return replace(b, end=len(text[:at].rstrip(" -–:,"))) if at > b.start else b


def _per_bloc(ctx: Context, marker: Marker, m: re.Match[str]) -> list[RoleHit]:
    """Holders given out bloc by bloc after the role noun and its term ("đơn vị cụm trưởng
    năm 2024: Cụm 1 là A, Cụm 2 là B", "cụm I - A; cụm II - B", "A (Cụm 1) và B (Cụm 2)"):
    one statement for each bloc, which names it."""
    p = role_rules().phrases
    text = ctx.text
    _, s_end = ctx.sentence(m.start())
    year = p["year_skip"].match(text, m.end())
    pos = year.end() if year else m.end()
    blocs = sorted(
        (_unqualified(text, b) for b in ctx.tags.blocs if pos <= b.start < s_end),
        key=lambda b: b.start,
    )
    if len(blocs) < 2:
        return []
    holders = [
        h
        for h in _holders(ctx, pos, s_end)
        if not any(b.start <= h.start < b.end or h.start <= b.start < h.end for b in blocs)
    ]
    first = min([blocs[0].start, *(h.start for h in holders[:1])])
    if not holders or not p["per_bloc_intro"].match(text[pos:first]):
        return []
    pairs: list[tuple[int, OrgSpan]] = []
    for b in blocs:
        after = next((h for h in holders if h.start >= b.end), None)
        if after is not None and p["per_bloc_joint"].match(text[b.end : after.start]):
            pairs.append((b.start, after))  # "Cụm 1 là A", "cụm I - A"
            continue
        before = next((h for h in reversed(holders) if h.end <= b.start), None)
        if (
            before is not None
            and p["per_bloc_open"].match(text[before.end : b.start])
            and p["per_bloc_close"].match(text[b.end : b.end + 8])
        ):
            pairs.append((b.start, before))  # "A (Cụm 1)"
    # the list opens right after the role noun and its term, and no holder in it is given a
    # role of its own ("Khối 2 do A làm khối trưởng, B làm khối phó; Khối 3 do C làm ...")
    if len(pairs) < 2 or first not in {pairs[0][0], pairs[0][1].start}:
        return []
    if any(_own_role_after(ctx, org.end) for _, org in pairs):
        return []
    hits = _given_out(ctx, marker, m, [(org, PER_BLOC) for _, org in pairs])
    return [replace(h, bloc_at=bloc_at) for (bloc_at, _), h in zip(pairs, hits, strict=False)]


def _elided_subject(ctx: Context, marker: Marker, m: re.Match[str]) -> RoleHit | None:
    """A passive election clause with no subject of its own ("X là đơn vị dẫn đầu ..., đồng
    thời được giới thiệu làm Cụm phó"): the holder is the unit opening the sentence."""
    p = role_rules().phrases
    s_start, _ = ctx.sentence(m.start())
    if not p["elided_subject"].search(ctx.text[s_start : m.start()]):
        return None
    holders = _holders(ctx, s_start, m.start())
    if not holders or not p["subject_opening"].fullmatch(ctx.text[s_start : holders[0].start]):
        return None
    name = holder_name(holders[0])
    if name is None:
        return None
    return _hit(ctx, marker, ELIDED, name, (holders[0].start, m.end()), m, holders[0].start)


SCHEDULE = Connector("schedule", rx.compile(""), "after", 1.0, None, None, False, 0)
SPACES = rx.compile(r"\s*")
ITEM_END = rx.compile(r"[^\n;,]*[;,]?")  # the rest of a schedule item, to its separator


def _schedule(ctx: Context, marker: Marker, m: re.Match[str]) -> list[RoleHit]:
    """Holders by year in a schedule the role noun introduces ("thứ tự Cụm trưởng các năm như
    sau: - Năm 2024: A; - Năm 2025: B"); each item is a statement dated by its year."""
    p = role_rules().phrases
    intro = p["schedule_intro"].match(ctx.text, m.end(), m.end() + 60)
    if intro is None:
        return []
    hits: list[RoleHit] = []
    pos = intro.end()
    while True:
        pos = SPACES.match(ctx.text, pos).end()  # type: ignore[union-attr]
        item = p["schedule_item"].match(ctx.text[pos : pos + 40])
        if item is None:
            break
        start = pos + item.end()
        line_end = ctx.text.find("\n", start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        holder = next((o for o in _holders(ctx, start, line_end) if o.start - start <= 2), None)
        name = holder_name(holder) if holder is not None else None
        if holder is None or name is None:
            break
        year = int(item.group(1))
        span = (holder.start, holder.end)
        hits.append(
            RoleHit(
                marker.role,
                name,
                year,
                span,
                True,
                f"{marker.name}/{SCHEDULE.name}",
                SCHEDULE.weight * marker.weight,
                marker=(m.start(), m.end()),
            )
        )
        pos = ITEM_END.match(ctx.text, holder.end).end()  # type: ignore[union-attr]
    return hits if len(hits) >= 2 else []  # one item is no schedule


def _onward(ctx: Context, marker: Marker, m: re.Match[str], giver: RoleHit) -> list[RoleHit]:
    """ "X (Cụm trưởng năm 2023) đã bàn giao nhiệm vụ cho Y": Y holds the role the term after."""
    _, s_end = ctx.sentence(m.start())
    onward = role_rules().phrases["handover_onward"]
    for org in _holders(ctx, m.end(), s_end):
        name = holder_name(org)
        if name is None or not onward.search(ctx.text[m.end() : org.start]):
            return []  # the first unit after the role noun is the one handed the role, or none
        year = giver.year + 1 if giver.year is not None and giver.explicit_year else None
        return [
            RoleHit(
                marker.role,
                name,
                year,
                (org.start, org.end),
                year is not None,
                f"{marker.name}/handover-onward",
                giver.weight,
                next_term=True,
                chosen=True,
                marker=(m.start(), m.end()),
            )
        ]
    return []


def _opposite_terms(a: RoleHit, b: RoleHit) -> bool:
    """One statement gives the current term and the other the next (a handover)."""
    return (a.current_term and b.next_term) or (a.next_term and b.current_term)


def find_roles(ctx: Context) -> list[RoleHit]:
    """Every role statement in the article, in text order."""
    hits: list[RoleHit] = []
    r = role_rules()
    found = _marker_matches(ctx)
    paired: set[int] = set()
    for chain in _chains(ctx, found):
        if len(chain) > 1:
            both = _respective(ctx, chain)
            if both:
                hits.extend(both)
                paired.update(m.start() for _, m in chain)
    for k, (marker, m) in enumerate(found):
        if m.start() in paired:
            continue
        clause = ctx.text[_clause_start(ctx, m.start()) : m.start()]
        if (_is_plural(ctx, m) and not _held_in_pair(ctx, found, k)) or r.document.search(clause):
            continue
        schedule = _schedule(ctx, marker, m)
        if schedule:
            hits.extend(schedule)
            continue
        respective = _per_bloc(ctx, marker, m) or _respective_blocs(ctx, marker, m)
        if respective:
            hits.extend(respective)
            continue
        stated = _after(ctx, marker, m)
        before = _before(ctx, marker, m)
        if before is not None and _claimed(before, hits):
            before = None
        if before is not None and stated and _opposite_terms(before, stated[0]):
            # "A bàn giao Cụm trưởng cho B", "B nhận bàn giao Cụm trưởng từ A": both are said
            stated = [before, stated[0]]
        elif before is not None and (not stated or before.weight >= stated[0].weight):
            stated = [before, *[h for h in stated if h.rule.endswith("handover-giver")]]
        if before is not None and stated and stated[0] is before:
            stated += _onward(ctx, marker, m, before)
        if not stated:
            elided = _elided_subject(ctx, marker, m)
            stated = [elided] if elided else []
        hits.extend(stated)
    hits += [kept for h in hits if (kept := _kept_on(ctx, h)) is not None]
    return _share_terms(ctx, _unclaimed(sorted(hits, key=lambda h: h.span[0])))


def _kept_on(ctx: Context, hit: RoleHit) -> RoleHit | None:
    """The current term of a holder kept on for the next ("X tiếp tục làm Cụm trưởng năm
    2022"): X held the role the year before, a weaker statement than one that says so."""
    if not (hit.explicit_year and hit.year is not None and hit.role == "leader"):
        return None
    clause = ctx.text[_clause_start(ctx, hit.span[0]) : hit.marker[0]]
    if not role_rules().phrases["kept_on"].search(clause):
        return None
    return replace(
        hit,
        year=hit.year - 1,
        next_term=False,
        chosen=False,
        current_term=True,
        weight=hit.weight * 0.8,
        derived_year=True,
        rule=f"{hit.rule}/kept-on",
    )


def _claimed(hit: RoleHit, hits: list[RoleHit]) -> bool:
    """True when a firmer statement of another role claims the holder: in "Cụm phó là A, Cụm
    trưởng ..." A is the deputy, not also the leader joined by the comma."""
    return any(
        g.org == hit.org
        and g.role != hit.role
        and g.weight > hit.weight
        and g.span[0] < hit.span[1]
        and hit.span[0] < g.span[1]
        for g in hits
    )


def _unclaimed(hits: list[RoleHit]) -> list[RoleHit]:
    """Statements whose holder no firmer statement of another role claims."""
    return [h for h in hits if not _claimed(h, hits)]


def _share_terms(ctx: Context, hits: list[RoleHit]) -> list[RoleHit]:
    """A deputy named with no year right after the leader in the same sentence shares the
    leader's term ("Cụm trưởng năm 2018 là A; Cụm phó là B", "năm 2010 Cụm trưởng là A, Cụm
    phó là B")."""
    out: list[RoleHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and hit.role == "deputy_leader"
            and prev.role == "leader"
            and not hit.explicit_year
            and prev.explicit_year
            and not prev.current_term
            and ctx.sentence(prev.span[0]) == ctx.sentence(hit.span[0])
        ):
            hit = replace(
                hit,
                year=prev.year,
                explicit_year=True,
                next_term=hit.next_term or prev.next_term,
                chosen=hit.chosen or prev.chosen,
            )
        out.append(hit)
    return out


def _period_year(event: Event) -> int | None:
    """The single year under review, if the event names one."""
    period = event.period or ""
    if period[:4].isdigit() and not re.match(r"\d{4}-\d{4}", period):
        return int(period[:4])
    if event.type == "other" and event.date:
        return int(event.date[:4])
    return None


def is_next_term(hit: RoleHit, event: Event) -> bool:
    """True when the statement gives the role for the term after the reviewed one.

    A year later than the reviewed period is the next term, an earlier one a past term. The
    reviewed year itself is the current term, unless the unit is elected ("bầu", "suy tôn")
    at a review: a review elects for the term to come.
    """
    period = _period_year(event)
    if hit.year is not None and period is not None and hit.explicit_year:
        if hit.year != period:
            return hit.year > period
        # a covenant opens the year and a mid-year review is inside it: a role for that
        # year is the current term there, whoever was just chosen; at a review, only an
        # election or handover word makes the reviewed year's role a new one ("sang năm 2019,
        # nhiệm vụ này được giao cho X" at the review of 2019 tells who led it)
        # a meeting that reviews nothing (a decision assigning the roles, a sports day) has
        # no term after it: the one chosen for its year holds that year
        return hit.chosen and event.type not in {"covenant_signing", "mid_year_review", "other"}
    start = _period_start(event)
    if hit.term_start is not None and start is not None:
        return hit.term_start > start  # "Cụm trưởng năm học 2019-2020" in a review of 2018-2019
    if hit.year is None and period is not None and event.type in {"covenant_signing", "other"}:
        # "bàn giao nhiệm vụ Khối trưởng cho X" at the covenant for 2023: X leads 2023; "Cụm
        # trưởng giao cho X" in a decision of 2021 that reviews nothing: X leads 2021
        return False
    return hit.next_term


def _period_start(event: Event) -> int | None:
    """The first year of a period that spans years ("2018-2019"), if the event has one."""
    m = re.match(r"(\d{4})-\d{4}$", event.period or "")
    return int(m.group(1)) if m else None


def default_year(event: Event, role: str) -> int | None:
    """The term year when the text gives none (ANNOTATION.md)."""
    single = _period_year(event)
    if single is None:
        return None
    return single + 1 if role == "next_leader" and event.type != "covenant_signing" else single


def _resolved(hit: RoleHit, event: Event, later: bool = False) -> tuple[str, int | None]:
    """(role slot, year) of a statement once its term is decided.

    `later`: the text names a holder for a year after the reviewed one, so a holder chosen or
    handed the reviewed year itself ("trao lại cho X điều hành trong năm 2023" at the review
    of 2023, "bầu Y làm Cụm trưởng năm 2024") holds the current term.
    """
    nxt = is_next_term(hit, event)
    if nxt and later and hit.explicit_year and hit.year == _period_year(event):
        nxt = False
    slot = "next_leader" if hit.role == "leader" and nxt else hit.role
    if hit.explicit_year:
        return slot, hit.year
    if hit.role == "deputy_leader" and nxt:
        return slot, default_year(event, "next_leader")  # a deputy for the next term
    return slot, default_year(event, slot)


def assign_roles(hits: list[RoleHit], event: Event) -> dict[str, Role]:
    """The best statement per role: the better joined, then the first."""
    best: dict[str, tuple[float, int, Role]] = {}
    period = _period_year(event)
    later = period is not None and any(
        h.explicit_year and h.year is not None and h.year > period for h in hits
    )
    for i, hit in enumerate(hits):
        slot, year = _resolved(hit, event, later)
        said = hit.explicit_year and not hit.derived_year and year is not None
        score = hit.weight + (0.5 if said else 0.0)
        if hit.explicit_year and year is not None and period is not None and year < period:
            score -= 1.0  # "Năm 2017, X làm cụm trưởng" at the 2018 covenant: a past term
        elif (
            event.type == "covenant_signing"
            and hit.current_term
            and not hit.explicit_year
            and not hit.this_year  # "năm nay" is the covenant's own year
        ):
            score -= 1.0  # the giver in a handover at the covenant led the year before
        if slot == "deputy_leader" and year is not None and hit.next_term:
            score += 0.1  # the deputy named for the next term fills the one slot (ANNOTATION.md)
        if slot not in best or score > best[slot][0]:
            best[slot] = (score, i, Role(hit.org, year, hit.span, hit.rule))
    return {slot: role for slot, (_, _, role) in best.items()}
