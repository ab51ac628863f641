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

from extract import rules
from extract.errors import RuleError
from extract.html.tree import Element, attr_text, body_or_root, descendants, parse, text_of

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


def _is_chrome(tag: Element, r: PageKindRules) -> bool:
    """Site furniture by tag or class/id; an entry's own <header> inside an article is not."""
    if tag.tag == "header":
        return not any(p.tag in ("article", "main") for p in tag.iterancestors())
    return tag.tag in r.chrome_tags or bool(r.chrome_attr.search(attr_text(tag)))


def _in_chrome(tag: Element, r: PageKindRules) -> bool:
    """Whether `tag` or an ancestor is furniture."""
    node: Element | None = tag
    while node is not None and node.tag not in ("body", "html"):
        if _is_chrome(node, r):
            return True
        node = node.getparent()
    return False


def _teasers(soup: Element, r: PageKindRules) -> list[Element]:
    """Headline links outside furniture (their href leads somewhere)."""
    found = []
    for a in descendants(soup, "a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if len(text_of(a, " ", strip=True).split()) >= r.teaser_words and not _in_chrome(a, r):
            found.append(a)
    return found


def _teaser_lists(links: list[Element], r: PageKindRules) -> tuple[int, set[Element]]:
    """Teasers that repeat in sibling elements, and those elements (the items)."""
    # Items of one list: same parent, same tag, the link equally deep inside, and short (a
    # headline, a summary, a date); a big block holding a link is a page part, not an item.
    # Keyed by the elements themselves: they stay alive, so no proxy's id is reused.
    groups: dict[tuple[Element, str, int], dict[Element, Element]] = {}
    for a in links:
        node = a
        for depth in range(r.group_depth):
            parent = node.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            if len(text_of(node, " ", strip=True)) > r.max_item_chars:
                break
            groups.setdefault((parent, node.tag, depth), {})[node] = a
            node = parent
    items: set[Element] = set()
    listed: set[Element] = set()
    for members in groups.values():
        if len(members) >= 2:
            for item, a in members.items():
                items.add(item)
                listed.add(a)
    return len(listed), items


def _body_chars(soup: Element, items: set[Element], r: PageKindRules) -> int:
    """Visible text outside links, teaser items, furniture and non-text tags."""
    total = 0
    stack: list[Element] = [body_or_root(soup)]
    while stack:
        tag = stack.pop()
        if tag.text:
            total += len(" ".join(tag.text.split()))
        for child in tag:
            if child.tail:  # text after a child (a comment too) is the parent's
                total += len(" ".join(child.tail.split()))
            if not isinstance(child.tag, str):
                continue
            skip = child.tag in r.skip_tags or child.tag == "a" or child in items
            if not skip and not _is_chrome(child, r):
                stack.append(child)
    return total


def shape_kind(soup: Element, r: PageKindRules | None = None) -> PageKind:
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


def page_kind(soup: Element, url: str | None) -> PageKind:
    """The page's kind: its URL decides when it can, else its shape."""
    r = page_kind_rules()
    return url_kind(url, r) or shape_kind(soup, r)


def page_kind_of_html(html: str, url: str | None = None) -> PageKind:
    """`page_kind` of an HTML string (for rule examples and tools)."""
    return page_kind(parse(html), url)
