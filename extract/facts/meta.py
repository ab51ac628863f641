"""Article-level facts: province, page date, byline and people."""

from __future__ import annotations

from extract.facts.context import Context
from extract.facts.province import choose_province
from extract.html.bylines import byline_from_lines
from extract.html.dates import find_page_date
from extract.model import Bloc, Person
from extract.text.normalize import fold

Span = tuple[int, int]


def is_multi_province(ctx: Context, main: Bloc | None) -> bool:
    """True for blocs that span provinces or belong to a national system."""
    rule = choose_province(ctx, main).rule
    return rule is not None and rule.startswith("national:")


def read_published(ctx: Context) -> tuple[str | None, Span | None]:
    """The page date: metadata first, else a date line near the headline."""
    if ctx.article.published:
        return ctx.article.published, ctx.article.published_span
    hit = find_page_date(ctx.text)
    if hit is None:
        return None, None
    return hit.value, (hit.start, hit.end)


def read_author(ctx: Context) -> tuple[str | None, Span | None]:
    """The byline: metadata first, else the last lines, else a name beside the page date."""
    if ctx.article.author:
        return ctx.article.author, None
    lines = ctx.text.splitlines()
    name = byline_from_lines(lines[1:]) if len(lines) > 1 else None
    if name is None:
        name = _author_by_date(ctx)
    if name is None:
        return None, None
    at = ctx.text.rfind(name)
    return name, ((at, at + len(name)) if at >= 0 else None)


def _author_by_date(ctx: Context) -> str | None:
    """ "Thùy Trang 15/02/2023 11:07" under the headline: the name before the page date."""
    hit = find_page_date(ctx.text)
    if hit is None:
        return None
    line_start = ctx.text.rfind("\n", 0, hit.start) + 1
    before = ctx.text[line_start : hit.start].strip()
    if 1 < len(before.split()) <= 4 and all(w[:1].isupper() for w in before.split()):
        return before
    return None


def read_people(ctx: Context, author: str | None) -> list[Person]:
    """Named persons other than the byline author, one entry per person."""
    seen: set[str] = set()
    out = []
    author_key = fold(author or "")
    for p in ctx.tags.people:
        key = fold(p.name)
        if key in seen or (author_key and (key == author_key or key in author_key)):
            continue
        seen.add(key)
        out.append(Person(p.name, p.role, (p.start, p.end), p.role_span))
    return out
