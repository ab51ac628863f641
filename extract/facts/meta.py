"""Article-level facts: province, page date, byline and people."""

from __future__ import annotations

from collections.abc import Sequence

from extract.facts.context import Context
from extract.html.bylines import byline_from_lines, byline_under_headline
from extract.html.dates import find_page_date
from extract.model import Person
from extract.nlp.gazetteer import by_name
from extract.text.normalize import fold

Span = tuple[int, int]


def read_published(ctx: Context) -> tuple[str | None, Span | None]:
    """The page date: metadata first, else a date line near the headline."""
    if ctx.article.published:
        return ctx.article.published, ctx.article.published_span
    hit = find_page_date(ctx.text, ctx.article.title_span)
    if hit is None:
        return None, None
    return hit.value, (hit.start, hit.end)


def read_author(ctx: Context) -> tuple[str | None, Span | None]:
    """The byline: metadata first, else the last lines, else a name under the headline."""
    if ctx.article.author:
        return ctx.article.author, None
    title_end = ctx.article.title_span[1]
    # A headline that is the lead itself (body_start 0) may end with the byline glued on.
    tail = ctx.text if ctx.body_start == 0 else ctx.text[title_end:]
    name = byline_from_lines(tail.splitlines())
    if name is not None:
        at = ctx.text.rfind(name)
        return name, ((at, at + len(name)) if at >= 0 else None)
    name = byline_under_headline(ctx.text[title_end:].splitlines())
    if name is None or _is_place(name):
        return None, None
    at = ctx.text.find(name, title_end)
    return name, ((at, at + len(name)) if at >= 0 else None)


def _is_place(name: str) -> bool:
    """A province or city name standing before a page date ("Hải Phòng 05/06/2023")."""
    place = by_name(name)
    # by_name ignores diacritics: "Hải Đường" (a byline) is not "Hải Dương".
    return place is not None and place.name.casefold() == name.casefold()


def read_people(
    ctx: Context, author: str | None, units: Sequence[tuple[str, Span]] = ()
) -> list[Person]:
    """Named persons other than the byline author, one entry per person.

    `units` are list items read as units (name, span): a person's name inside a longer unit
    name is that unit's namesake ("Trường THPT Lê Quý Đôn" written "Lê Quý Đôn" after a
    shared head), not a person.
    """
    seen: set[str] = set()
    out = []
    author_key = fold(author or "")
    for p in ctx.tags.people:
        key = fold(p.name)
        if key in seen or (author_key and (key == author_key or key in author_key)):
            continue
        if any(s <= p.start and p.end <= e and fold(name) != key for name, (s, e) in units):
            continue
        seen.add(key)
        out.append(Person(p.name, p.role, (p.start, p.end), p.role_span))
    return out
