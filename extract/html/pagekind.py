"""Is a page an article, a listing or a home page? By URL shape first, then by page shape.

Home pages and listings (sections, categories, numbered pages, search results) carry the
headlines and summaries of bloc articles, so read as articles they would invent records and
blocs. The rules (rules/page_kinds.yaml) are the same for every input path; the name of the
rule that decided travels with the verdict, to be quoted in messages and error tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

from extract import rules
from extract.errors import RuleError

__all__ = [
    "UNCLASSIFIED",
    "PageKind",
    "attr_text",
    "page_kind",
    "page_kind_of_html",
    "page_kind_rules",
    "url_kind",
]

Kind = Literal["article", "listing", "home"]
_RULE_FILE = "page_kinds.yaml"


@dataclass(frozen=True)
class UrlRule:
    """A named URL pattern and the kind it decides."""

    name: str
    kind: Kind
    regex: re.Pattern[str]


@dataclass(frozen=True)
class ShapeRule:
    """A named page-shape threshold: enough teasers and too little body make a listing."""

    name: str
    min_teasers: int
    max_body_chars: int
    body_per_teaser: int | None


@dataclass(frozen=True)
class PageKindRules:
    """rules/page_kinds.yaml, compiled."""

    url: tuple[UrlRule, ...]
    chrome_tags: frozenset[str]
    chrome_attr: re.Pattern[str]
    skip_tags: frozenset[str]
    teaser_words: int
    group_depth: int
    max_item_chars: int
    shape: tuple[ShapeRule, ...]


@dataclass(frozen=True)
class PageKind:
    """What a page is, the rule that said so and the measures behind it."""

    kind: Kind
    rule: str
    detail: str


# The kind of a page nobody classified (a PageContent built by hand).
UNCLASSIFIED = PageKind("article", "not_classified", "")


@lru_cache(maxsize=1)
def page_kind_rules() -> PageKindRules:
    """Load and compile rules/page_kinds.yaml."""
    e = rules.load(_RULE_FILE).entries
    try:
        url = tuple(UrlRule(r["name"], r["kind"], re.compile(r["regex"], re.I)) for r in e["url"])
        chrome_attr = re.compile(e["chrome_attr"], re.I)
    except re.error as exc:
        raise RuleError(
            f"rules/{_RULE_FILE}: a pattern is not a valid regex ({exc}). Fix it."
        ) from exc
    shape = tuple(
        ShapeRule(s["name"], s["min_teasers"], s["max_body_chars"], s.get("body_per_teaser"))
        for s in e["shape"]
    )
    return PageKindRules(
        url=url,
        chrome_tags=frozenset(e["chrome_tags"]),
        chrome_attr=chrome_attr,
        skip_tags=frozenset(e["skip_tags"]),
        teaser_words=e["teaser_words"],
        group_depth=e["group_depth"],
        max_item_chars=e["max_item_chars"],
        shape=shape,
    )


def url_kind(url: str | None, r: PageKindRules | None = None) -> PageKind | None:
    """The kind a URL's path and query decide (home, listing), or None when they do not."""
    if not url:
        return None
    r = r or page_kind_rules()
    parts = urlsplit(url)
    tail = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    for rule in r.url:
        if rule.regex.search(tail):
            return PageKind(rule.kind, rule.name, f"URL {tail}")
    return None


# --- page shape ------------------------------------------------------------------------------


def attr_text(tag: Tag) -> str:
    """A tag's class and id as one string, for furniture matching."""
    classes, ident = tag.get("class"), tag.get("id")
    parts = [classes] if isinstance(classes, str) else list(classes or [])
    return " ".join([*parts, ident if isinstance(ident, str) else ""])


def _is_chrome(tag: Tag, r: PageKindRules) -> bool:
    """Site furniture by tag or class/id; an entry's own <header> inside an article is not."""
    if tag.name == "header":
        return tag.find_parent(["article", "main"]) is None
    return tag.name in r.chrome_tags or bool(r.chrome_attr.search(attr_text(tag)))


def _in_chrome(tag: Tag, r: PageKindRules) -> bool:
    """Whether `tag` or an ancestor is furniture."""
    node: Tag | None = tag
    while node is not None and node.name not in ("body", "html", "[document]"):
        if _is_chrome(node, r):
            return True
        node = node.parent
    return False


def _teasers(soup: BeautifulSoup, r: PageKindRules) -> list[Tag]:
    """Headline links outside furniture (their href leads somewhere)."""
    found = []
    for a in soup.find_all("a", href=True):
        href = str(a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if len(a.get_text(" ", strip=True).split()) >= r.teaser_words and not _in_chrome(a, r):
            found.append(a)
    return found


def _teaser_lists(links: list[Tag], r: PageKindRules) -> tuple[int, set[int]]:
    """Teasers that repeat in sibling elements, and the ids of those elements (the items)."""
    # Items of one list: same parent, same tag, the link equally deep inside, and short (a
    # headline, a summary, a date); a big block holding a link is a page part, not an item.
    groups: dict[tuple[int, str, int], dict[int, tuple[Tag, Tag]]] = {}
    for a in links:
        node = a
        for depth in range(r.group_depth):
            parent = node.parent
            if parent is None or parent.name in ("body", "html", "[document]"):
                break
            if len(node.get_text(" ", strip=True)) > r.max_item_chars:
                break
            groups.setdefault((id(parent), node.name, depth), {})[id(node)] = (node, a)
            node = parent
    items: set[int] = set()
    listed: set[int] = set()
    for members in groups.values():
        if len(members) >= 2:
            for item, a in members.values():
                items.add(id(item))
                listed.add(id(a))
    return len(listed), items


def _body_chars(soup: BeautifulSoup, items: set[int], r: PageKindRules) -> int:
    """Visible text outside links, teaser items, furniture and non-text tags."""
    total = 0
    root = soup.body or soup
    stack: list[Tag] = [root]
    while stack:
        tag = stack.pop()
        for child in tag.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                total += len(" ".join(child.split()))
            elif isinstance(child, Tag):
                skip = child.name in r.skip_tags or child.name == "a" or id(child) in items
                if not skip and not _is_chrome(child, r):
                    stack.append(child)
    return total


def shape_kind(soup: BeautifulSoup, r: PageKindRules | None = None) -> PageKind:
    """Listing when the page is lists of teasers with too little text of its own."""
    r = r or page_kind_rules()
    teasers, items = _teaser_lists(_teasers(soup, r), r)
    body = _body_chars(soup, items, r)
    detail = f"{teasers} teasers in lists, {body} characters of body text"
    for rule in r.shape:
        limit = rule.max_body_chars
        if rule.body_per_teaser is not None:
            limit = min(limit, rule.body_per_teaser * teasers)
        if teasers >= rule.min_teasers and body < limit:
            return PageKind("listing", rule.name, detail)
    return PageKind("article", "article_body", detail)


def page_kind(soup: BeautifulSoup, url: str | None) -> PageKind:
    """The page's kind: its URL decides when it can, else its shape."""
    r = page_kind_rules()
    return url_kind(url, r) or shape_kind(soup, r)


def page_kind_of_html(html: str, url: str | None = None) -> PageKind:
    """`page_kind` of an HTML string (for rule examples and tools)."""
    return page_kind(BeautifulSoup(html, "lxml"), url)
