"""Article-level facts: province, page date, byline and people."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from extract.facts.context import Context
from extract.html.bylines import byline_from_lines, byline_under_headline
from extract.html.dates import find_page_date
from extract.model import Bloc, Person
from extract.nlp.gazetteer import (
    Province,
    by_name,
    find_provinces,
    province_from_dateline,
    province_from_url,
)
from extract.nlp.lexicon import expand, lexicon
from extract.text.normalize import fold

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _scope_re() -> re.Pattern[str]:
    """Markers of a multi-province or national bloc (rules/scope.yaml)."""
    return re.compile("|".join(f"(?:{expand(m)})" for m in lexicon().scope["markers"]))


def is_multi_province(ctx: Context, main: Bloc | None) -> bool:
    """True for blocs that span provinces or belong to a national system."""
    scope = lexicon().scope
    if main is not None:
        first_sentence = ctx.text[slice(*ctx.sentence(main.span[0]))]
        if _scope_re().search(main.name) or _scope_re().search(_around(first_sentence, main.name)):
            return True
        member_provs = {p.name for m in main.members for p in _provinces_in(m)}
        if len(member_provs) >= scope["min_member_provinces"]:
            return True
        national = [m for m in main.members if _scope_re().search(m)]
        if main.members and len(national) * 2 >= len(main.members):
            return True  # members are national bodies ("... Việt Nam")
    distinct = {h.province.name for h in ctx.tags.provinces}
    return len(distinct) >= int(scope["max_text_provinces"])


def _around(sentence: str, name: str) -> str:
    """The bloc name and the words right after it ("Cụm thi đua số 1 gồm Công an 5 thành phố")."""
    at = sentence.find(name)
    return sentence[at : at + len(name) + 60] if at >= 0 else ""


def _provinces_in(member: str) -> list[Province]:
    """Provinces named inside a member name."""
    hits = find_provinces(member)
    return list(dict.fromkeys(h.province for h in hits))


def read_province(
    ctx: Context, main: Bloc | None
) -> tuple[str | None, str | None, Span | None, str | None]:
    """(province as written, 2025 successor, evidence span, source) or Nones."""
    if is_multi_province(ctx, main):
        return None, None, None, None
    hits = ctx.tags.provinces
    if hits:
        counts = Counter(h.province.name for h in hits)
        best = max(
            counts, key=lambda n: (counts[n], -next(h.start for h in hits if h.province.name == n))
        )
        hit = next(h for h in hits if h.province.name == best)
        written = hit.surface if hit.province.kind == "city" else hit.province.name
        return written, hit.province.successor_2025, (hit.start, hit.end), "text"
    site = province_from_url(ctx.article.url)
    if site is None and ctx.article.site_province:
        # A crawled page's source file names the site's province (hosts not in sites.tsv).
        site = by_name(ctx.article.site_province)
    if site is not None:
        return site.name, site.successor_2025, None, "site"
    line = province_from_dateline(ctx.text)
    if line is not None:
        prov, start, end = line
        return prov.name, prov.successor_2025, (start, end), "dateline"
    return None, None, None, None


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
