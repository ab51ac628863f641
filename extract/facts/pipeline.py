"""Article in, facts out: the whole extraction for one article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from extract.facts.awards import read_awards
from extract.facts.blocs import (
    BlocEntity,
    find_blocs,
    hosted_paragraph,
    labelled_spans,
    named_owner,
    nameless_bloc,
    owner,
    split_by_members,
    split_led_awards,
)
from extract.facts.context import Context, build_context
from extract.facts.enumeration import Item, member_rules
from extract.facts.events import MEETINGS, read_event
from extract.facts.members import (
    Count,
    MemberList,
    find_counts,
    find_member_lists,
    member_score,
)
from extract.facts.meta import read_author, read_people, read_published
from extract.facts.province import choose_province
from extract.facts.roles import RoleHit, assign_roles, find_roles
from extract.model import Article, Bloc, Event, Facts
from extract.nlp.lexicon import count_value
from extract.nlp.relevance import is_about_blocs
from extract.nlp.tagger import tag
from extract.text.normalize import fold

Owned = list[tuple[Bloc, BlocEntity]]
# Lists whose items are organisations (a list of people or guests may name persons).
UNIT_LISTS = frozenset({"members", "recipients", "ranking"})


def _attach_members(
    ctx: Context, blocs: Owned, lists: list[MemberList]
) -> tuple[list[RoleHit], list[MemberList]]:
    """Give each bloc its best member list; role notes in it become role statements.

    Returns the notes and the lists chosen as members."""
    entities = [e for _, e in blocs]
    best: dict[int, tuple[float, MemberList]] = {}
    for lst in lists:
        i = owner(ctx, entities, (lst.start, lst.end))
        score = member_score(lst) or 0.0
        if i not in best or score > best[i][0]:
            best[i] = (score, lst)
    notes: list[RoleHit] = []
    for i, (_, lst) in best.items():
        bloc = blocs[i][0]
        items = _once(lst.items)
        bloc.members = [m.name for m in items]
        bloc.member_spans = [m.span for m in items]
        bloc.members_rule = f"{lst.rule}:{lst.kind}"
        notes += [
            RoleHit(m.role, m.name, None, m.span, False, "member-note", 0.7)
            for m in lst.items
            if m.role
        ]
    return notes, [lst for _, lst in best.values()]


def _once(items: Iterable[Item]) -> list[Item]:
    """Items without repeats: a unit named again with its role ("A, B; huyện A làm Khối
    trưởng") is one member, listed where it first stands."""
    seen: set[str] = set()
    out = []
    for item in items:
        # "Tân Sơn" and "huyện Tân Sơn" are one unit
        key = fold(member_rules().types.sub("", item.name).strip())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _attach_counts(ctx: Context, blocs: Owned, counts: list[Count]) -> None:
    """A count goes to the bloc named in its clause or sentence (else the main bloc)."""
    entities = [e for _, e in blocs]
    labels = labelled_spans(entities)
    for c in counts:
        if any(a <= c.span[0] and c.span[1] <= b for a, b in labels):
            continue  # "Khối 03 huyện X" beside "Khối 01 huyện X": a label, not a count
        bloc = blocs[owner(ctx, entities, c.span)][0]
        if bloc.member_count is None:
            bloc.member_count = c.value
            bloc.member_count_span = c.span
            bloc.member_count_rule = c.rule


def _count_from_lists(ctx: Context, blocs: Owned, chosen: list[MemberList]) -> None:
    """A bloc with no count takes the number before its list's colon when the list holds
    that many units ("gồm 4 KBNN khu vực: XII; XIII; XIV và XV"), right after it ("A, B và
    C – ba tỉnh thuộc khu vực X"), or opening its first item ("(09 tỉnh Phú Yên, ...)")."""
    entities = [e for _, e in blocs]
    for lst in chosen:
        bloc = blocs[owner(ctx, entities, (lst.start, lst.end))][0]
        m = member_rules().list_count.search(ctx.text, max(0, lst.start - 60), lst.start)
        m = m or member_rules().count_after_list.match(ctx.text, lst.end)
        m = m or member_rules().count_first_item.match(ctx.text, lst.start)
        if bloc.member_count is None and m and count_value(m.group("n")) == len(bloc.members):
            bloc.member_count = count_value(m.group("n"))
            bloc.member_count_span = m.span("n")
            bloc.member_count_rule = "list_count"


def _holders_first(text: str, bloc: Bloc) -> None:
    """A list of the units besides the leader and deputy ("các thành viên còn lại là C, D")
    takes the holders named before it first."""
    if not bloc.member_spans:
        return
    first = bloc.member_spans[0][0]
    if not member_rules().besides_roles.search(text, max(0, first - 60), first):
        return
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    for role in (bloc.leader, bloc.deputy_leader):
        if role is None or role.org in bloc.members:
            continue
        at = text.find(role.org, role.span[0], role.span[1])
        if 0 <= at < first:
            names.append(role.org)
            spans.append((at, at + len(role.org)))
    bloc.members = names + bloc.members
    bloc.member_spans = spans + bloc.member_spans


def _has_facts(bloc: Bloc) -> bool:
    """True when a bloc has facts of its own: members, a count, a role or an award."""
    facts = (bloc.members, bloc.member_count, bloc.leader, bloc.deputy_leader, bloc.next_leader)
    return any(f for f in facts) or bool(bloc.awards)


def _named_in_passing(blocs: list[Bloc]) -> list[Bloc]:
    """Where no meeting is reported and other blocs have facts (an article on a province's
    blocs), a main bloc with none of its own is only named in passing: it is left out."""
    main = blocs[0] if blocs else None
    if main is None or main.event.type != "other" or main.event.date or _has_facts(main):
        return blocs
    return blocs[1:] if sum(_has_facts(b) for b in blocs[1:]) >= 2 else blocs


def _keep(i: int, bloc: Bloc) -> bool:
    """The main bloc always; others only with facts of their own."""
    facts = (bloc.members, bloc.member_count, bloc.leader, bloc.deputy_leader, bloc.next_leader)
    return i == 0 or any(f for f in facts) or bool(bloc.awards)


def _role_owner(ctx: Context, entities: list[BlocEntity], hit: RoleHit) -> int:
    """The bloc named right after the role noun ("làm Cụm trưởng Cụm 6"), else the owner of
    the statement's clause."""
    if hit.bloc_at >= 0:
        # "Cụm 1 là A, Cụm 2 là B": the statement names its bloc
        for i, e in enumerate(entities):
            if any(m.start == hit.bloc_at for m in e.mentions):
                return i
    if 0 <= hit.respective < len(entities) > 1:
        # "A và B lần lượt là Cụm trưởng": the k-th holder leads the k-th bloc named
        return sorted(range(len(entities)), key=lambda i: entities[i].span[0])[hit.respective]
    if len(entities) > 1 and hit.marker[1] >= 0:
        for i, e in enumerate(entities):
            if any(
                m.start - hit.marker[1] in (0, 1) and ctx.text[hit.marker[1] : m.start] in ("", " ")
                for m in e.mentions
            ):
                return i
    return owner(ctx, entities, hit.span)


def _attach_roles(ctx: Context, blocs: Owned, hits: list[RoleHit]) -> None:
    """Each bloc's roles from the statements that belong to it, dated against its meeting
    (a bloc holding its own covenant names its leader for that year, not the next)."""
    entities = [e for _, e in blocs]
    per_bloc: dict[int, list[RoleHit]] = {}
    for h in sorted(hits, key=lambda h: h.span[0]):
        per_bloc.setdefault(_role_owner(ctx, entities, h), []).append(h)
    for i, (bloc, _) in enumerate(blocs):
        for name, role in assign_roles(per_bloc.get(i, []), _term_event(ctx, bloc.event)).items():
            setattr(bloc, name, role)


def _term_event(ctx: Context, event: Event) -> Event:
    """The event roles are dated against; with no period or date, the one year the headline,
    else the lead, else the URL slug names ("Giao nhiệm vụ cụm, khối thi đua năm 2018") is
    the year the article is about."""
    if event.period or event.date:
        return event
    slug = re.findall(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", ctx.article.url or "")
    for years in (
        set(ctx.years_in(*ctx.article.title_span)),
        set(ctx.years_in(ctx.body_start, ctx.lead_end)),
        set(int(y) for y in slug[-1:]),
    ):
        if len(years) == 1:
            return replace(event, period=str(years.pop()))
    return event


def _own_event(ctx: Context, entities: list[BlocEntity], i: int, event: Event) -> Event:
    """Where blocs meet on their own days, each bloc's meeting as its own paragraph reports
    it, else the article's ("Trước đó, ngày 27/12, Khối B cũng đã tổng kết ...")."""
    if len(entities) < 2:
        return event
    # the article's meeting is told of this bloc (named in its sentence, its paragraph's or
    # section's bloc): that meeting is its own, whatever a caption of its covenant says later
    if event.type_span is not None and named_owner(ctx, entities, event.type_span) == i:
        return event
    span = hosted_paragraph(ctx, entities, i)
    if span is None:
        return event
    own = read_event(ctx, span, int(event.date[:4]) if event.date else None, event)
    if own.type_span is None:
        # "Khối B họp ngày 27/12 tại Sở Y tế": its own day, the article's kind of meeting
        if own.date and event.date and own.date != event.date:
            return replace(event, date=own.date, date_span=own.date_span, date_rule=own.date_rule)
        return event
    # its own day, or its own kind of meeting ("Cũng trong ngày, cụm B ký kết giao ước")
    if (own.date and own.date != event.date) or own.type not in {event.type, "other"}:
        if own.date or not event.date:
            return own
        return replace(own, date=event.date, date_span=event.date_span, date_rule=event.date_rule)
    return event


def extract_facts(article: Article) -> Facts:
    """Extract every fact from one normalised article."""
    tags = tag(article.text)
    ctx = build_context(article, tags)
    # A page that reports no bloc fact gives no bloc, whatever it names in passing.
    # A bloc named in full ("Khối thi đua các hội", "Cụm thi đua số 3") is reported on.
    about_blocs = any(m.full for m in tags.blocs) or is_about_blocs(article.text, tags.blocs)
    entities = find_blocs(ctx) if about_blocs else []
    event = read_event(ctx)
    if about_blocs and not entities and event.type in MEETINGS and event.date:
        # a bloc's meeting reported on its day without the bloc's name: the bloc is its head
        told = [s for s in (event.type_span, event.date_span) if s is not None]
        entities = [e for e in (nameless_bloc(ctx, told),) if e is not None]
    blocs: Owned = [
        (Bloc(e.name, e.span, qualifier=e.qualifier or None, rule=e.rule), e) for e in entities
    ]
    units: list[tuple[str, tuple[int, int]]] = []
    if blocs:
        found = find_roles(ctx)
        # "Khối phó gồm A và B": a list a role noun introduces names its holders, not members
        lists = [
            lst
            for lst in find_member_lists(ctx)
            if not any(
                h.span[0] == h.marker[0] and h.marker[1] <= lst.start < h.span[1] for h in found
            )
        ]
        units = [(i.name, i.span) for lst in lists if lst.kind in UNIT_LISTS for i in lst.items]
        notes, chosen = _attach_members(ctx, blocs, lists)
        _attach_counts(ctx, blocs, find_counts(ctx))
        _count_from_lists(ctx, blocs, chosen)
        # A role note inside a member list ("Sóc Trăng (cụm phó)") was read with the list; a
        # list that is no bloc's members ("Khối phó gồm A và B") or read no such note leaves
        # its statements be.
        hits = [
            h
            for h in found
            if not any(
                lst.start <= h.span[1] <= lst.end and any(i.role == h.role for i in lst.items)
                for lst in chosen
            )
        ]
        for i, (bloc, _) in enumerate(blocs):
            bloc.event = _own_event(ctx, entities, i, event)
        _attach_roles(ctx, blocs, hits + notes)
        for bloc, _ in blocs:
            _holders_first(ctx.text, bloc)
        for award in read_awards(ctx, event):
            # an award list whose items each lead another bloc gives each bloc its share
            split = split_led_awards(ctx, entities, award) or split_by_members(
                [b.members for b, _ in blocs], award
            )
            for i, part in split or [(owner(ctx, entities, award.span), award)]:
                blocs[i][0].awards.append(part)
    kept = _named_in_passing([b for i, (b, _) in enumerate(blocs) if _keep(i, b)])
    published, published_span = read_published(ctx)
    author, author_span = read_author(ctx)
    # The province is the blocs': a page that is not about blocs has none.
    choice = choose_province(ctx, kept[0] if kept else None) if about_blocs else None
    prov = choice.province if choice else None
    return Facts(
        article=article,
        blocs=kept,
        people=read_people(ctx, author, units),
        province=prov.name if prov else None,
        province_2025=prov.successor_2025 if prov else None,
        province_span=choice.span if choice and prov else None,
        province_source=choice.source if choice and prov else None,
        province_rule=choice.rule if choice else None,
        published=published,
        published_span=published_span,
        author=author,
        author_span=author_span,
        mentions=tags.mentions(),
    )
