"""The province a bloc belongs to, chosen by ranked evidence (rules/scope.yaml).

First the scope: a bloc named after several provinces, a region or a national body, or whose
members lie in several provinces, gets no province. Otherwise every piece of evidence is a
candidate with the rule that found it and a weight: the bloc's own name and the words right
after it, a "Province:" title, the members' provinces, the site, a dateline, then other
mentions (venues and provinces inside other bodies' names do not count). The province with
the highest total wins; its strongest candidate is the evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract import rules, rx
from extract.errors import RuleError
from extract.facts.context import Context
from extract.model import Bloc
from extract.nlp.blocs import BlocMention, bloc_key
from extract.nlp.gazetteer import (
    Province,
    ProvinceHit,
    by_name,
    find_provinces,
    province_from_dateline,
    site_province,
)
from extract.nlp.lexicon import expand

Span = tuple[int, int]
_WORDS = rx.compile(r"\S+")


@dataclass(frozen=True)
class Marker:
    """A named regex of rules/scope.yaml."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Markers:
    """One section's markers, joined into one regex per place they are looked for in."""

    markers: tuple[Marker, ...]
    joined: dict[str, re.Pattern[str]]  # "name" | "tail" -> alternation of named groups

    def find(self, text: str, where: str = "tail") -> str | None:
        """The name of the marker found first in text, if any."""
        pattern = self.joined.get(where)
        m = pattern.search(text) if pattern else None
        return m.lastgroup if m else None


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts for a province."""

    bloc_name: float
    bloc_tail: float
    title_prefix: float
    members: float
    site: float
    dateline: float
    mention: float
    title_mention: float


@dataclass(frozen=True)
class ScopeRules:
    """Compiled rules/scope.yaml."""

    national: Markers
    before: Markers
    text: Markers
    bloc_head: re.Pattern[str]
    sibling_regions: re.Pattern[str]
    tail: tuple[Marker, ...]
    tail_chars: int
    tail_stop: re.Pattern[str]
    tail_words: int
    title_prefix: re.Pattern[str]
    admin_prefix: re.Pattern[str]
    venue: Markers
    other_bodies: Markers
    weights: Weights
    min_member_provinces: int
    max_text_provinces: int
    provincial_member: re.Pattern[str]  # "Công an tỉnh": a member of one province's bloc
    local_tail: re.Pattern[str]  # "đóng trên địa bàn tỉnh" after a name: one province's bloc


@dataclass(frozen=True)
class Candidate:
    """One piece of evidence for a province."""

    province: Province
    rule: str
    weight: float
    span: Span | None
    source: str  # "text", "site" or "dateline"


@dataclass(frozen=True)
class ProvinceChoice:
    """The chosen province (None for national blocs or no evidence) and why."""

    province: Province | None
    span: Span | None
    source: str | None
    rule: str | None
    candidates: tuple[Candidate, ...] = ()


NONE = ProvinceChoice(None, None, None, None)


def _compile(regex: str, where: str) -> re.Pattern[str]:
    """One rule regex, case-insensitive; a broken one names the file and the entry."""
    try:
        return rx.compile_scan(expand(regex), re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"rules/scope.yaml: {where} is not a valid regex ({exc}). Fix it.") from exc


def _markers(entries: list[dict[str, Any]], key: str) -> tuple[Marker, ...]:
    """Named markers of one section, each compiled alone so a broken one is named."""
    return tuple(Marker(e["name"], _compile(e["regex"], f"{key}/{e['name']}")) for e in entries)


def _joined(entries: list[dict[str, Any]], key: str) -> Markers:
    """A section's markers and, per place ("name", "tail"), one regex of named groups."""
    markers = _markers(entries, key)
    joined: dict[str, re.Pattern[str]] = {}
    for where in ("name", "tail"):
        parts = [
            f"(?P<{e['name']}>{expand(e['regex'])})"
            for e in entries
            if where in e.get("where", ["name", "tail"])
        ]
        if parts:
            joined[where] = _compile("|".join(parts), key)
    return Markers(markers, joined)


@lru_cache(maxsize=1)
def scope_rules() -> ScopeRules:
    """Load and compile rules/scope.yaml."""
    e = rules.load("scope.yaml").entries
    return ScopeRules(
        national=_joined(e["national"], "national"),
        before=_joined(e["before"], "before"),
        text=_joined(e["text"], "text"),
        bloc_head=_compile(e["bloc_head"], "bloc_head"),
        sibling_regions=_compile(e["sibling_regions"], "sibling_regions"),
        tail=_markers(e["tail"], "tail"),
        tail_chars=int(e["tail_chars"]),
        tail_stop=_compile(e["tail_stop"], "tail_stop"),
        tail_words=int(e["tail_words"]),
        title_prefix=_compile(e["title_prefix"], "title_prefix"),
        admin_prefix=_compile(e["admin_prefix"], "admin_prefix"),
        venue=_joined(e["venue"], "venue"),
        other_bodies=_joined(e["other_bodies"], "other_bodies"),
        weights=Weights(**{k: float(v) for k, v in e["weights"].items()}),
        min_member_provinces=int(e["min_member_provinces"]),
        max_text_provinces=int(e["max_text_provinces"]),
        provincial_member=_compile(e["provincial_member"], "provincial_member"),
        local_tail=_compile(e["local_tail"], "local_tail"),
    )


# --- the bloc's own mentions ----------------------------------------------------------------


def _same_bloc(a: str, b: str) -> bool:
    """True when two bloc keys name one bloc ("4" and "4 kho bac nha nuoc")."""
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def bloc_mentions(ctx: Context, main: Bloc | None) -> list[BlocMention]:
    """Mentions of the main bloc (every bloc mention when there is none)."""
    if main is None:
        return list(ctx.tags.blocs)
    key = bloc_key(main.name)
    return [m for m in ctx.tags.blocs if _same_bloc(m.key, key)]


def _tail(ctx: Context, mention: BlocMention) -> tuple[int, int]:
    """The words right after a mention, to the end of its sentence (at most tail_chars)."""
    _, s_end = ctx.sentence(mention.start)
    return mention.end, min(s_end, mention.end + scope_rules().tail_chars)


def _before(ctx: Context, mention: BlocMention) -> str:
    """The text of the mention's sentence before it (at most 120 characters)."""
    s_start, _ = ctx.sentence(mention.start)
    return ctx.text[max(s_start, mention.start - 120) : mention.start]


# --- scope: national and multi-province blocs -----------------------------------------------


def _national_name(ctx: Context, main: Bloc | None, mentions: list[BlocMention]) -> str | None:
    """A national marker in the bloc's own name, or a sibling bloc named after a region."""
    r = scope_rules()
    # As written: the cleaned name has lost a trailing "tỉnh X" that an end marker must see.
    # "... cơ quan Trung ương đóng trên địa bàn tỉnh": a name placed in one province
    placed = any(r.local_tail.match(ctx.text, m.end, m.end + 40) for m in mentions)
    names = [] if placed else [ctx.text[m.start : m.end] for m in mentions]
    names = names or ([main.name] if main and not placed else [])
    for name in names:
        marker = r.national.find(name, "name")
        if marker is not None:
            return marker
    if main is None or not _place_named(main.name):
        return None
    own = {m.start for m in mentions}
    for m in ctx.tags.blocs:
        if m.start not in own and m.start >= ctx.body_start and r.sibling_regions.search(m.name):
            return "sibling_region"
    return None


def _place_named(name: str) -> bool:
    """True for a bloc named after a place: "Khối thi đua TP.HCM", "Khối thi đua Tây Nguyên"."""
    r = scope_rules()
    rest = r.bloc_head.sub("", name, count=1)
    return rest != name and (by_name(rest) is not None or bool(r.sibling_regions.match(name)))


def _national_context(ctx: Context, main: Bloc | None, mentions: list[BlocMention]) -> str | None:
    """A national marker right after or before the bloc's mentions, in the text, or members."""
    r = scope_rules()
    for m in mentions:
        start, end = _tail(ctx, m)
        stop = r.tail_stop.search(ctx.text, start, end)
        tail = ctx.text[start : stop.start() if stop else end]
        marker = r.national.find(tail) or r.before.find(_before(ctx, m))
        if marker is not None:
            return marker
    marker = r.text.find(ctx.text)
    if marker is not None:
        return marker
    if main is not None and main.members:
        # the last place a member names locates it: "Công ty CP Dược Hậu Giang chi nhánh Sóc
        # Trăng" is in Sóc Trăng, its brand's province says nothing about the bloc
        provs = {hits[-1].province.name for m in main.members if (hits := find_provinces(m))}
        if len(provs) >= r.min_member_provinces:
            return "member_provinces"
        national = [m for m in main.members if r.national.find(m, "name")]
        if len(national) * 2 >= len(main.members):
            return "member_bodies"  # members are national bodies ("... Việt Nam")
    return None


# --- candidates -----------------------------------------------------------------------------


def _own_candidates(ctx: Context, mentions: list[BlocMention]) -> list[Candidate]:
    """Provinces inside the bloc's mentions, or tied to them by the words right after."""
    r = scope_rules()
    out = []
    for m in mentions:
        for h in ctx.tags.provinces:
            if m.start <= h.start < m.end:
                w = r.weights.bloc_name
                out.append(Candidate(h.province, "bloc_name", w, _span(h), "text"))
        tail_start, tail_end = _tail(ctx, m)
        hit = next((h for h in ctx.tags.provinces if tail_start <= h.start < tail_end), None)
        if hit is None:
            continue
        gap = ctx.text[tail_start : hit.start]
        if len(_WORDS.findall(gap)) > r.tail_words or r.national.find(gap):
            continue
        link = next((t for t in r.tail if t.pattern.search(gap)), None)
        if link is not None:
            rule = f"bloc_tail:{link.name}"
            out.append(Candidate(hit.province, rule, r.weights.bloc_tail, _span(hit), "text"))
    return out


def _span(hit: ProvinceHit) -> Span:
    """The evidence span of a province hit."""
    return (hit.start, hit.end)


def _title_candidate(ctx: Context) -> Candidate | None:
    """A title opening with the province: "Khánh Hòa: Ký kết giao ước thi đua ..."."""
    t_start, t_end = ctx.article.title_span
    r = scope_rules()
    m = r.title_prefix.match(ctx.text, t_start, t_end)
    if m is None:
        return None
    place = m.group("place")
    prov = by_name(place) or by_name(r.admin_prefix.sub("", place, count=1))
    if prov is None:
        return None
    span = (m.start("place"), m.end("place"))
    return Candidate(prov, "title_prefix", scope_rules().weights.title_prefix, span, "text")


def _member_candidate(main: Bloc | None) -> Candidate | None:
    """The one province the members' names share ("Công an xã A, Công an xã B" says none)."""
    if main is None:
        return None
    found: list[tuple[Province, Span]] = []
    for name, span in zip(main.members, main.member_spans, strict=False):
        for h in find_provinces(name):
            found.append((h.province, (span[0] + h.start, span[0] + h.end)))
    if len({p.name for p, _ in found}) != 1:
        return None
    prov, span = found[0]
    return Candidate(prov, "members", scope_rules().weights.members, span, "text")


def _site_candidate(ctx: Context) -> Candidate | None:
    """The province of the page's site: its URL, else the crawl source's province."""
    w = scope_rules().weights.site
    hit = site_province(ctx.article.url)
    if hit is not None:
        return Candidate(hit.province, f"site:{hit.rule}", w, None, "site")
    prov = by_name(ctx.article.site_province) if ctx.article.site_province else None
    return Candidate(prov, "site:crawl_source", w, None, "site") if prov else None


def _dateline_candidate(ctx: Context) -> Candidate | None:
    """A newspaper dateline code ("BBK -", "(NTO)")."""
    line = province_from_dateline(ctx.text)
    if line is None:
        return None
    prov, start, end = line
    return Candidate(prov, "dateline", scope_rules().weights.dateline, (start, end), "dateline")


def _not_counted(ctx: Context, hit: ProvinceHit) -> str | None:
    """Why a province mention does not count (a venue, another body's name), if it does not."""
    r = scope_rules()
    before = ctx.text[max(0, hit.start - 60) : hit.start]
    return r.venue.find(before) or r.other_bodies.find(before)


def _mention_candidates(ctx: Context, own: list[BlocMention]) -> list[Candidate]:
    """Other province mentions, more in the title; venues and other bodies' names skipped."""
    w = scope_rules().weights
    t_start, t_end = ctx.article.title_span
    out = []
    for h in ctx.tags.provinces:
        if any(m.start <= h.start < m.end for m in own) or _not_counted(ctx, h):
            continue
        weight = w.title_mention if t_start <= h.start < t_end else w.mention
        out.append(Candidate(h.province, "mention", weight, _span(h), "text"))
    return out


def _merged(cands: list[Candidate]) -> list[Candidate]:
    """Drop a site's old province when the text names only its 2025 successor."""
    text_names = {c.province.name for c in cands if c.source != "site"}
    out = []
    for c in cands:
        successor = c.province.successor_2025
        if (
            c.source == "site"
            and c.province.name not in text_names
            and successor != c.province.name
            and successor in text_names
        ):
            continue
        out.append(c)
    return out


def _best(cands: list[Candidate]) -> ProvinceChoice:
    """The province with the highest total weight; its strongest candidate is the evidence."""
    totals: dict[str, float] = defaultdict(float)
    for c in cands:
        totals[c.province.name] += c.weight
    order = {c.province.name: i for i, c in reversed(list(enumerate(cands)))}
    name = max(totals, key=lambda n: (totals[n], -order[n]))
    top = max((c for c in cands if c.province.name == name), key=lambda c: c.weight)
    return ProvinceChoice(top.province, top.span, top.source, top.rule, tuple(cands))


def _provincial_members(main: Bloc | None) -> bool:
    """True when most of the bloc's members are written with a bare level ("Công an tỉnh",
    "Thanh tra tỉnh"): the bloc is one province's, though the text names others."""
    if main is None or not main.members:
        return False
    bare = sum(bool(scope_rules().provincial_member.search(m)) for m in main.members)
    return bare * 2 > len(main.members)


def choose_province(ctx: Context, main: Bloc | None) -> ProvinceChoice:
    """The bloc's province by ranked evidence, or a national/unknown verdict with its rule."""
    r = scope_rules()
    mentions = bloc_mentions(ctx, main)
    national = _national_name(ctx, main, mentions)
    if national is not None:
        return ProvinceChoice(None, None, None, f"national:{national}")
    own = _own_candidates(ctx, mentions)
    if len({c.province.name for c in own}) > 1:
        return ProvinceChoice(None, None, None, "national:name_provinces")
    if not own:
        national = _national_context(ctx, main, mentions)
        if national is not None:
            return ProvinceChoice(None, None, None, f"national:{national}")
    strong = own + [c for c in (_title_candidate(ctx), _member_candidate(main)) if c]
    weak = [c for c in (_site_candidate(ctx), _dateline_candidate(ctx)) if c]
    mentioned = _mention_candidates(ctx, mentions)
    if not strong and len({c.province.name for c in mentioned}) >= r.max_text_provinces:
        if not _provincial_members(main):
            return ProvinceChoice(None, None, None, "national:many_provinces")
        mentioned = []  # one province's bloc: the provinces the text names are others
    cands = _merged(strong + weak + mentioned)
    return _best(cands) if cands else NONE
