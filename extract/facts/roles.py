"""Bloc roles: leader, deputy and next leader, with the year of their term."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.facts.context import Context
from extract.model import Event, Role
from extract.nlp.lexicon import UPPER, alternation, expand, lexicon
from extract.nlp.orgs import OrgSpan

MAX_GAP = 90  # characters between a holder and its role marker
EXPLICIT_YEAR = re.compile(r"^[^.;,()\n]{0,45}?(?:năm|Năm)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)")
SENTENCE_YEAR = re.compile(r"^\W*(?:Năm|Trong năm)\s+((?:19|20)\d{2})\s*,")
RANGE = re.compile(r"^[^.;()\n]{0,45}?(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*\d{4}")


@dataclass(frozen=True)
class RoleHit:
    """A role found in the text: which role, who holds it, and the evidence."""

    role: str  # leader | deputy_leader | next_leader
    org: str
    year: int | None
    span: tuple[int, int]
    explicit_year: bool


@lru_cache(maxsize=1)
def role_markers() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Role markers from rules/roles.yaml."""
    return tuple(
        (re.compile(expand(m["regex"])), m["role"], m.get("holder", "before"))
        for m in lexicon().roles["markers"]
    )


@lru_cache(maxsize=1)
def _next_re() -> re.Pattern[str]:
    """Words that make the holder the next term's leader."""
    return re.compile(rf"(?:{alternation(lexicon().roles['next_triggers'])})")


def holder_name(org: OrgSpan) -> str | None:
    """The holder's name without generic prefixes; None for advisory bodies."""
    cfg = lexicon().roles
    if any(org.name.startswith(n) for n in cfg["not_holders"]):
        return None
    name = org.name
    for prefix in cfg["drop_prefixes"]:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix) :]
    return name


LOCALITY = re.compile(
    rf"(?:[Hh]uyện|[Tt]hành phố|[Tt]hị xã|[Qq]uận)\s+[{UPPER}][\wÀ-ỹ']*"
    rf"(?:\s+[{UPPER}][\wÀ-ỹ']*){{0,3}}"
)


def _localities(ctx: Context, start: int, end: int) -> list[OrgSpan]:
    """Districts and towns, which hold roles in clusters of localities."""
    return [
        OrgSpan(m.start(), m.end(), m.group(0), "locality", "locality")
        for m in LOCALITY.finditer(ctx.text, start, end)
    ]


def _holder_before(ctx: Context, pos: int) -> OrgSpan | None:
    """The nearest organisation (or locality) ending before pos in the same sentence."""
    s_start, _ = ctx.sentence(pos)
    best = None
    # A locality inside an organisation's name ("VKSND huyện Hớn Quản") or right after one as
    # its address ("Công ty X, huyện Chư Prông") is not a holder of its own.
    localities = [
        loc
        for loc in _localities(ctx, s_start, pos)
        if not any(
            o.start <= loc.start < o.end or 0 <= loc.start - o.end <= 2 for o in ctx.tags.orgs
        )
    ]
    candidates = ctx.tags.orgs + localities
    for org in sorted(candidates, key=lambda o: o.end):
        near = org.end <= pos and org.start >= s_start and pos - org.end <= MAX_GAP
        if near and holder_name(org) is not None:
            best = org
    return best


def _holder_after(ctx: Context, pos: int) -> OrgSpan | None:
    """The first organisation after "cho" following pos in the same sentence."""
    _, s_end = ctx.sentence(pos)
    cho = ctx.text.find(" cho ", pos, s_end)
    if cho < 0:
        return None
    return next((o for o in ctx.tags.orgs if cho < o.start < s_end), None)


def _year(ctx: Context, marker_end: int, holder_start: int) -> tuple[int | None, bool, bool]:
    """(year, explicit, is_range) read around a role marker."""
    after = ctx.text[marker_end : marker_end + 80]
    if RANGE.match(after):
        return None, True, True
    m = EXPLICIT_YEAR.match(after)
    if m:
        return int(m.group(1)), True, False
    s_start, _ = ctx.sentence(holder_start)
    m = SENTENCE_YEAR.match(ctx.text[s_start : s_start + 30])
    if m:
        return int(m.group(1)), True, False
    return None, False, False


def _is_next(ctx: Context, holder: OrgSpan, marker_start: int) -> bool:
    """True when a next-term trigger ("suy tôn", "bầu") governs the holder."""
    s_start, _ = ctx.sentence(holder.start)
    before = ctx.text[max(s_start, holder.start - 45) : holder.start]
    between = ctx.text[holder.end : marker_start]
    return bool(_next_re().search(before) or _next_re().search(between))


def find_roles(ctx: Context) -> list[RoleHit]:
    """Every role statement in the article, in text order."""
    hits: list[RoleHit] = []
    for pattern, role, direction in role_markers():
        for m in pattern.finditer(ctx.text):
            if any(h.span[0] <= m.start() < h.span[1] for h in hits):
                continue
            if direction == "after":
                hits.extend(_handover(ctx, m))
                continue
            holder = _holder_before(ctx, m.start())
            if holder is None:
                continue
            year, explicit, is_range = _year(ctx, m.end(), holder.start)
            kind = role
            if role == "leader" and _is_next(ctx, holder, m.start()):
                kind = "next_leader"
            name = holder_name(holder) or holder.name
            hit = RoleHit(kind, name, year, (holder.start, m.end()), explicit or is_range)
            hits.append(hit)
    return sorted(hits, key=lambda h: h.span[0])


def _handover(ctx: Context, m: re.Match[str]) -> list[RoleHit]:
    """ "A bàn giao nhiệm vụ Cụm trưởng năm Y cho B": B leads in Y, A led the year before."""
    nxt = _holder_after(ctx, m.end())
    if nxt is None:
        return []
    year, explicit, _ = _year(ctx, m.end(), m.start())
    out = [
        RoleHit("next_leader", holder_name(nxt) or nxt.name, year, (m.start(), nxt.end), explicit)
    ]
    giver = _holder_before(ctx, m.start())
    if giver is not None:
        prev_year = year - 1 if year else None
        out.append(
            RoleHit(
                "leader",
                holder_name(giver) or giver.name,
                prev_year,
                (giver.start, m.end()),
                explicit,
            )
        )
    return out


def default_year(event: Event, role: str) -> int | None:
    """The term year when the text gives none (ANNOTATION.md)."""
    period = event.period or ""
    single = (
        int(period[:4]) if period[:4].isdigit() and not re.match(r"\d{4}-\d{4}", period) else None
    )
    if single is None and event.type == "other" and event.date:
        single = int(event.date[:4])
    if single is None:
        return None
    return single + 1 if role == "next_leader" and event.type != "covenant_signing" else single


def assign_roles(hits: list[RoleHit], event: Event) -> dict[str, Role]:
    """The first hit per role, with the default year filled in."""
    out: dict[str, Role] = {}
    for hit in hits:
        if hit.role in out:
            continue
        year = hit.year if hit.explicit_year else default_year(event, hit.role)
        out[hit.role] = Role(hit.org, year, hit.span)
    return out
