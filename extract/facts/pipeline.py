"""Article in, facts out: the whole extraction for one article."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from extract.facts.awards import read_awards
from extract.facts.context import Context, build_context
from extract.facts.events import read_event
from extract.facts.members import Count, MemberList, find_counts, find_member_lists
from extract.facts.meta import read_author, read_people, read_province, read_published
from extract.facts.roles import assign_roles, default_year, find_roles
from extract.model import Article, Bloc, Facts, Role
from extract.nlp.blocs import BlocMention
from extract.nlp.lexicon import lexicon
from extract.nlp.tagger import tag


def _same(a: str, b: str) -> bool:
    """True when two bloc keys name the same bloc."""
    if not a or not b:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _groups(mentions: list[BlocMention]) -> list[list[BlocMention]]:
    """Mentions grouped by bloc, in order of first mention."""
    groups: list[list[BlocMention]] = []
    for m in mentions:
        for g in groups:
            if _same(g[0].key, m.key):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


def _representative(group: list[BlocMention], body_start: int) -> BlocMention:
    """The bloc's name: its first full ("thi đua") mention in the body, else its first."""
    body = [m for m in group if m.start >= body_start] or group
    full = [m for m in body if m.full]
    return (full or body)[0]


def _url_bloc(url: str | None) -> str | None:
    """A bloc name from the URL slug, for articles whose text never names the bloc."""
    if not url:
        return None
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    m = re.search(r"(?:^|-)((?:khoi|cum)-(?!\d)(?:[a-z]+-?)+)", slug)
    if not m:
        return None
    stops = "|".join(re.escape(s) for s in lexicon().blocs["slug_stops"])
    stop = re.compile(rf"-(?:{stops})(?:-|$).*$")
    words = stop.sub("", m.group(1)).replace("-", " ").strip()
    return words if len(words.split()) >= 3 else None


def choose_blocs(ctx: Context) -> list[tuple[Bloc, list[BlocMention]]]:
    """The main bloc first, then other blocs the article gives facts about."""
    mentions = [m for m in ctx.tags.blocs if m.key]
    groups = _groups([m for m in mentions if m.start >= ctx.body_start]) or _groups(mentions)
    out = []
    for g in groups:
        rep = _representative(g, ctx.body_start)
        out.append((Bloc(rep.name, (rep.start, rep.end)), g))
    if not out:
        name = _url_bloc(ctx.article.url)
        if name:
            out.append((Bloc(name, (0, 0)), []))
    return out


def _owner(ctx: Context, pos: int, blocs: list[tuple[Bloc, list[BlocMention]]]) -> int:
    """Index of the bloc a fact at pos belongs to: the nearest mention before it in its sentence."""
    s_start, _ = ctx.sentence(pos)
    best, best_pos = 0, -1
    for i, (_, group) in enumerate(blocs):
        for m in group:
            if s_start <= m.start <= pos and m.start > best_pos:
                best, best_pos = i, m.start
    return best


def _attach_members(
    ctx: Context, blocs: list[tuple[Bloc, list[BlocMention]]], lists: list[MemberList]
) -> None:
    """Give each bloc its first member list and read role notes as roles."""
    for lst in lists:
        bloc = blocs[_owner(ctx, lst.start, blocs)][0]
        if bloc.members:
            continue
        bloc.members = [m.name for m in lst.members]
        bloc.member_spans = [m.span for m in lst.members]
        for m in lst.members:
            role = m.role
            if role and getattr(bloc, role) is None:
                setattr(bloc, role, Role(m.name, None, m.span))


def _attach_counts(
    ctx: Context, blocs: list[tuple[Bloc, list[BlocMention]]], counts: list[Count]
) -> None:
    """A count goes to the bloc named before it in its sentence (else the main bloc)."""
    for c in counts:
        bloc = blocs[_owner(ctx, c.span[0], blocs)][0]
        if bloc.member_count is None:
            bloc.member_count = c.value
            bloc.member_count_span = c.span


def _keep(i: int, bloc: Bloc) -> bool:
    """The main bloc always; others only with facts of their own."""
    return i == 0 or bool(bloc.members or bloc.member_count or bloc.leader)


def extract_facts(article: Article) -> Facts:
    """Extract every fact from one normalised article."""
    tags = tag(article.text)
    ctx = build_context(article, tags)
    blocs = choose_blocs(ctx)
    event = read_event(ctx)
    if blocs:
        lists = find_member_lists(ctx)
        _attach_members(ctx, blocs, lists)
        _attach_counts(ctx, blocs, find_counts(ctx))
        main = blocs[0][0]
        # A role note inside a member list ("Sóc Trăng (cụm phó)") was read with the list.
        hits = [
            h
            for h in find_roles(ctx)
            if not any(lst.start <= h.span[1] <= lst.end for lst in lists)
        ]
        roles = assign_roles(hits, event)
        for bloc, _ in blocs:
            bloc.event = event
        for name in ("leader", "deputy_leader", "next_leader"):
            noted, said = getattr(main, name), roles.get(name)
            if said is not None and (noted is None or said.span[0] < noted.span[0]):
                setattr(main, name, said)  # the first statement of the role wins
            elif noted is not None:
                noted.year = said.year if said is not None else default_year(event, name)
        main.awards = read_awards(ctx, event)
    kept = [b for i, (b, _) in enumerate(blocs) if _keep(i, b)]
    published, published_span = read_published(ctx)
    author, author_span = read_author(ctx)
    province, successor, province_span, source = read_province(ctx, kept[0] if kept else None)
    return Facts(
        article=article,
        blocs=kept,
        people=read_people(ctx, author),
        province=province,
        province_2025=successor,
        province_span=province_span,
        province_source=source,
        published=published,
        published_span=published_span,
        author=author,
        author_span=author_span,
        mentions=tags.mentions(),
    )
