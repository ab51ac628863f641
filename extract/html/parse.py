"""An HTML page to its title, main text, page date and byline.

The *article region* is the smallest element holding both the headline and the article
body. Outside it, site furniture (header, nav, menus, footer, sidebars) is ignored, so a
site's "today" banner ("Thứ ba, 01/01/2026") is never read as the page date; inside it,
only related-news, share and comment boxes are.

One lxml parse per page (`extract.html.tree`). Main text: what per-site selectors pick, else
the largest known article-body block (<article>, .entry-content, ...) when it holds enough
text, else trafilatura (precision mode; called once, twice only for a layout table), or the
body block (then every <p>) when trafilatura returns too little. Page date: <meta> tags and
JSON-LD, then <time>, then the lines right after the headline (then just above it), then a
date in the URL. Byline: <meta> author and byline elements, then a labelled line, then the
article's last lines (`extract.html.bylines`).

A crawler that knows a site may pass CSS `selectors` for title, date, byline and body; what
they find wins over the generic steps above, and a selector that finds nothing (usable) is
named in `PageContent.missed` while the generic result stands in.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import trafilatura
from cssselect import SelectorError

from extract import rules
from extract.errors import RuleError
from extract.html.bylines import byline_from_line, byline_from_lines, byline_rules
from extract.html.dates import (
    date_candidates,
    date_rules,
    find_page_date,
    page_date_from_text,
    page_date_from_url,
    parse_date_value,
)
from extract.html.pagekind import UNCLASSIFIED, PageKind, page_kind
from extract.html.tree import (
    Element,
    TextRun,
    attr_text,
    body_or_root,
    compile_css,
    descendants,
    parse,
    squashed_text_is,
    strings,
    text_of,
    within,
)
from extract.text.normalize import normalize_text

# trafilatura logs every page it finds empty ("parsed tree length: 0", "discarding data");
# thidua reports such pages itself, once, in the errors table.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

__all__ = ["SELECTOR_KEYS", "PageContent", "clean_title", "page_date_from_text", "parse_html"]

# What per-site CSS selectors may name; other keys are left to the caller (e.g. a crawler's
# listing selectors) and ignored here.
SELECTOR_KEYS = ("title", "date", "byline", "body")

# Less than this from trafilatura is a teaser or a caption: try the fallback too.
MIN_TRAFILATURA_CHARS = 200
# A known article-body block with this much text is the main text: no general extractor.
MIN_CONTAINER_CHARS = 200
# Less than this in total is page chrome (a 404 notice, an address), not an article.
MIN_ARTICLE_CHARS = 80
# A table row this long in trafilatura's output is a layout table swallowing the page.
MAX_TABLE_ROW_CHARS = 300
# Where CMSs put the article body (<article>, [itemprop=articleBody], .entry-content,
# .content-detail, .detail-content, #content); the largest such block is the fallback text.
CONTAINER_CLASSES = frozenset({"entry-content", "content-detail", "detail-content"})
CONTAINER_IDS = frozenset({"content"})
# A nested container with this share of its parent container's text is the better pick.
CONTAINER_REFINE_SHARE = 0.7
# Without a body container, the region is the headline's first ancestor with this much text.
MIN_REGION_CHARS = 400
# A line this long between the headline and the body is a lead (sapo), not a date or byline.
MIN_LEAD_CHARS = 60
# How many lines after (before) the headline may hold the page date or a lead.
WINDOW_AFTER = 10
WINDOW_BEFORE = 4

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "head", "title", "button",
     "select", "textarea", "input", "option"}
)  # fmt: skip
# Site furniture outside the article region, by tag and by class/id word.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
_CHROME_ATTR = re.compile(
    r"(?:^|[\s_-])(?:header|nav|menu|top-?bar|banner|footer|breadcrumb|sidebar|ribbon|"
    r"masthead|toolbar|share|social|related|comment|widget|tin-?lien-?quan|tin-?khac)",
    re.I,
)
# Boxes inside the article region that are not the article.
_JUNK_TAGS = frozenset({"aside", "nav"})
_JUNK_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|social|related|comment|widget|sidebar|tin-?lien-?quan|tin-?khac|"
    r"sharedaddy|addthis|advert|quang-?cao|tools?(?![a-z])|print|rating|font-?size|"
    r"back-?to-?top|cong-?cu|luot-?xem)",
    re.I,
)
# Attributes BeautifulSoup read as word lists (compared as words joined by one space).
_LIST_ATTRS = frozenset({"class", "rel", "rev", "accept-charset", "headers", "accesskey"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_DOMAIN = re.compile(r"^[\w.-]+\.(?:vn|com|net|org|gov|edu|info)(?:\.vn)?/?$", re.I)


@dataclass(frozen=True)
class PageContent:
    """What a page says about its article."""

    title: str
    text: str
    published: str | None
    author: str | None
    # Per-site selectors (title, date, byline, body) that found nothing usable on this page.
    missed: tuple[str, ...] = ()
    # Article, listing or home page (rules/page_kinds.yaml); only articles become records.
    kind: PageKind = UNCLASSIFIED
    # The address the page gives itself (canonical link, og:url, <base href>), if any.
    own_url: str | None = None


@dataclass(frozen=True)
class _Line:
    """One visual line: a run of strings in the same block element."""

    text: str
    block: Element  # the block element the strings sit in
    first: Element  # the element holding the line's first string


@dataclass(frozen=True)
class _Page:
    """A parsed page and the landmarks every step needs."""

    soup: Element  # the <html> element
    title: str
    headline: Element | None
    container: Element | None
    region: Element | None
    lines: list[_Line]  # lines outside furniture (inside the region when there is one)


# --- small helpers --------------------------------------------------------------------------


def _squash(text: str) -> str:
    """Collapse all whitespace runs to one space."""
    return " ".join(text.split())


_within = within


def _chromeish(tag: Element) -> bool:
    """Whether this element, by name or class/id, is site furniture."""
    if tag.tag in {"html", "body"}:
        return False
    return tag.tag in _CHROME_TAGS or bool(_CHROME_ATTR.search(attr_text(tag)))


def _junkish(tag: Element) -> bool:
    """Whether this element inside the article is a share/related/comment box."""
    return tag.tag in _JUNK_TAGS or bool(_JUNK_ATTR.search(attr_text(tag)))


def _in_chrome(tag: Element, region: Element | None) -> bool:
    """Whether `tag` is furniture: junk inside the region, chrome outside it."""
    if region is not None and _within(tag, region):
        for node in (tag, *tag.iterancestors()):
            if node is region:
                return False
            if _junkish(node):
                return True
        return False
    holders = set(region.iterancestors()) if region is not None else set()
    return any(n not in holders and _chromeish(n) for n in (tag, *tag.iterancestors()))


def _meta(soup: Element, *keys: str) -> str | None:
    """Content of the first <meta> whose property/name/itemprop is one of `keys`."""
    wanted = {k.casefold() for k in keys}
    for tag in soup.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        named = isinstance(key, str) and key.strip().casefold() in wanted
        if named and isinstance(content, str) and content.strip():
            return content.strip()
    return None


# --- titles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TitleRules:
    separators: re.Pattern[str]
    site_start: re.Pattern[str]
    max_suffix_words: int


@lru_cache(maxsize=1)
def _title_rules() -> _TitleRules:
    """Compile `rules/page_titles.yaml`."""
    e = rules.load("page_titles.yaml").entries
    seps = "|".join(re.escape(s) for s in e["separators"])
    words = "|".join(re.escape(w) for w in sorted(e["site_words"], key=len, reverse=True))
    return _TitleRules(
        separators=re.compile(f"(?:{seps})"),
        site_start=re.compile(rf"^(?:{words})(?!\w)", re.I),
        max_suffix_words=e["max_suffix_words"],
    )


def clean_title(text: str, site_name: str | None = None) -> str:
    """A page title without its " - SiteName" / " | SiteName" suffix."""
    r = _title_rules()
    title = _squash(text)
    site = _squash(site_name or "").casefold()
    while cuts := list(r.separators.finditer(title)):
        head, suffix = title[: cuts[-1].start()].strip(), title[cuts[-1].end() :].strip()
        named = (site and suffix.casefold() == site) or r.site_start.match(suffix)
        if not head or not (named or _DOMAIN.match(suffix)):
            break
        if len(suffix.split()) > r.max_suffix_words:
            break
        title = head
    return title


def _title(soup: Element) -> str:
    """og:title, else the first h1 outside the site furniture, else <title>; no site suffix."""
    site = _meta(soup, "og:site_name")
    og = clean_title(_meta(soup, "og:title") or "", site)
    if og:
        return og
    for h1 in descendants(body_or_root(soup), "h1"):
        text = _squash(text_of(h1, " "))
        if text and not any(_chromeish(p) for p in (h1, *h1.iterancestors())):
            return clean_title(text, site)
    tag = next(soup.iter("title"), None)
    return clean_title(text_of(tag, " "), site) if tag is not None else ""


# --- landmarks: lines, headline, container, region ------------------------------------------


def _strings(root: Element) -> Iterator[TextRun | Element]:
    """Visible text strings and <br> tags under `root`, in document order."""
    return strings(root, _SKIP_TAGS, brs=True)


def _block_of(node: TextRun) -> Element | None:
    """The nearest block-level ancestor of a string."""
    if node.parent.tag in _BLOCK_TAGS:
        return node.parent
    return next((p for p in node.parent.iterancestors() if p.tag in _BLOCK_TAGS), None)


def page_lines(root: Element) -> list[_Line]:
    """The text under `root` as lines: one per run of strings in the same block element."""
    lines: list[_Line] = []
    buf: list[str] = []
    block: Element | None = None
    first: Element | None = None

    def flush() -> None:
        nonlocal first
        text = _SPACE.sub(" ", "".join(buf)).strip()
        if text and block is not None and first is not None:
            lines.append(_Line(text, block, first))
        buf.clear()
        first = None

    for node in _strings(root):
        if not isinstance(node, TextRun):  # <br>
            flush()
            continue
        found = _block_of(node)
        owner: Element = root if found is None else found  # childless elements are falsy
        if owner is not block:
            flush()
            block = owner
        if first is None and node.text.strip():
            first = node.parent
        if owner.tag != "pre":
            buf.append(node.text)  # source line breaks are spaces (squashed in flush)
            continue
        head, *more = node.text.split("\n")
        buf.append(head)
        for part in more:
            flush()
            first = node.parent
            buf.append(part)
    flush()
    return lines


def _headline(soup: Element, title: str) -> Element | None:
    """The element showing the article's headline (an element with the title's text)."""
    body = body_or_root(soup)
    want = _squash(title).casefold()
    same: list[Element] = []
    if want:
        # Start from strings holding the title's opening words (cheap), then climb a little.
        for node in _strings(body):
            if not isinstance(node, TextRun) or want[:24] not in _squash(node.text).casefold():
                continue
            for parent in [node.parent, *node.parent.iterancestors()][:4]:
                if parent not in same and squashed_text_is(parent, want):
                    same.append(parent)
    # Headings first, then the innermost element (a <div> around the <h1> has the same text).
    same.sort(key=lambda t: t.tag not in {"h1", "h2", "h3"})
    outside = [t for t in same if not any(_chromeish(p) for p in (t, *t.iterancestors()))]
    if outside or same:
        return (outside or same)[0]
    for h1 in descendants(body, "h1"):
        if not any(_chromeish(p) for p in (h1, *h1.iterancestors())) and (
            len(text_of(h1).split()) >= 4
        ):
            return h1
    return None


def _text_len(tag: Element) -> int:
    """Length of a tag's visible text."""
    return len(text_of(tag, " ", strip=True))


def _is_container(tag: Element) -> bool:
    """Whether `tag` is a known article-body block (a plain test: CSS selectors are slow)."""
    names = set((tag.get("class") or "").split())
    return (
        tag.tag == "article"
        or tag.get("itemprop") == "articleBody"
        or bool(names & CONTAINER_CLASSES)
        or tag.get("id") in CONTAINER_IDS
    )


def _container(soup: Element) -> Element | None:
    """The article body: the largest known body block, narrowed to a nested one if it fits."""
    found = sorted(filter(_is_container, descendants(soup)), key=_text_len, reverse=True)
    if not found:
        return None
    best = found[0]
    for tag in found[1:]:
        if _within(tag, best) and _text_len(tag) >= CONTAINER_REFINE_SHARE * _text_len(best):
            best = tag
    return best


def _region(headline: Element | None, container: Element | None) -> Element | None:
    """The smallest element holding both headline and body (see the module docstring)."""
    if headline is not None and container is not None:
        if _within(headline, container):
            return container
        return next((p for p in headline.iterancestors() if _within(container, p)), None)
    if container is not None:
        return container
    if headline is not None:
        return next((p for p in headline.iterancestors() if _text_len(p) >= MIN_REGION_CHARS), None)
    return None


def _page(html: str, selectors: Mapping[str, str] | None = None) -> tuple[_Page, _Chosen]:
    """Parse `html`, apply per-site selectors and find the landmarks (selected ones first)."""
    soup = parse(html)
    chosen = _choose(soup, selectors)
    title = chosen.title or normalize_text(_title(soup))
    headline = chosen.headline if chosen.headline is not None else _headline(soup, title)
    container = chosen.body[0] if len(chosen.body) == 1 else _container(soup)
    region = _region(headline, container)
    root = region if region is not None else body_or_root(soup)
    lines = [ln for ln in page_lines(root) if not _in_chrome(ln.block, region)]
    return _Page(soup, title, headline, container, region, lines), chosen


def _headline_at(page: _Page) -> tuple[int, int] | None:
    """Index range [start, end) of the lines showing the headline."""
    if page.headline is None:
        return None
    hits = [i for i, ln in enumerate(page.lines) if _within(ln.first, page.headline)]
    return (hits[0], hits[-1] + 1) if hits else None


# --- main text -----------------------------------------------------------------------------


def _trafilatura(html: str, url: str | None, tables: bool) -> str:
    """trafilatura's main text, or ""."""
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        favor_precision=True,
        include_tables=tables,
        deduplicate=False,
        with_metadata=False,
    )
    return str(text or "")


def _trafilatura_text(html: str, url: str | None) -> str:
    """Main text by trafilatura, paragraphs separated by blank lines."""
    text = _trafilatura(html, url, tables=True)
    if any("|" in ln and len(ln) > MAX_TABLE_ROW_CHARS for ln in text.splitlines()):
        text = _trafilatura(html, url, tables=False)  # a layout table, not a data table
    return "\n\n".join(p.strip() for p in text.splitlines() if p.strip())


def _fallback_text(page: _Page) -> str:
    """Text of the article container, or of every <p> outside the furniture, or of the block
    that holds the most running text (a table-layout page with no <p> at all)."""
    if page.container is not None:
        lines = page_lines(page.container)
        return "\n\n".join(ln.text for ln in lines if not _in_chrome(ln.block, page.region))
    root = page.region if page.region is not None else body_or_root(page.soup)
    paragraphs = [p for p in descendants(root, "p") if not _in_chrome(p, page.region)]
    text = "\n\n".join(t for p in paragraphs if (t := _squash(text_of(p, " "))))
    if len(text) >= MIN_ARTICLE_CHARS:
        return text
    dense = _densest_block(body_or_root(page.soup))
    if dense is None:
        return text
    return "\n\n".join(ln.text for ln in page_lines(dense) if not _in_chrome(ln.block, dense))


def _densest_block(root: Element) -> Element | None:
    """The block element holding the most text of its own outside links and furniture: the
    body of an old portal's page, written as text and <br> in a table cell."""
    own: dict[Element, int] = {}
    for node in _strings(root):
        if not isinstance(node, TextRun) or not node.text.strip():
            continue
        if any(p.tag == "a" for p in (node.parent, *node.parent.iterancestors())):
            continue
        block = _block_of(node)
        if block is not None and not _in_chrome(block, None):
            own[block] = own.get(block, 0) + len(node.text.strip())
    if not own:
        return None
    best = max(own, key=lambda b: own[b])
    return best if own[best] >= MIN_CONTAINER_CHARS else None


def _drop_title(text: str, title: str) -> str:
    """Remove a first paragraph that repeats the title (the caller puts it back once)."""
    first, _, rest = text.partition("\n\n")
    if title and _squash(first).casefold() == _squash(title).casefold():
        return rest
    return text


def _lead(page: _Page, text: str) -> list[str]:
    """Sentences between the headline and the body that the extractor left out (the sapo)."""
    at = _headline_at(page)
    if at is None or not text:
        return []
    folded = _squash(text).casefold()
    opening = folded[:40]
    lead: list[str] = []
    for ln in page.lines[at[1] : at[1] + WINDOW_AFTER]:
        probe = _squash(ln.text).casefold()
        if probe.startswith(opening):
            return lead  # the body begins here
        if len(probe) >= MIN_LEAD_CHARS and probe not in folded:
            lead.append(ln.text)
    return []  # the body never showed up near the headline: these lines are not a lead


def _main_text(html: str, url: str | None, page: _Page, chosen: _Chosen) -> str:
    """The selected body, else trafilatura's text (the fallback's when that is much longer)."""
    if chosen.text:
        text = chosen.text
    elif page.container is not None and len(body := _fallback_text(page)) >= MIN_CONTAINER_CHARS:
        text = body  # a known body block: no general extractor needed
    else:
        text = _trafilatura_text(html, url)
        fallback = _fallback_text(page)
        if len(text) < MIN_TRAFILATURA_CHARS or len(text) < 0.4 * len(fallback):
            text = max(text, fallback, key=len)
    if len(text) < MIN_ARTICLE_CHARS:
        return ""
    text = _drop_title(text, page.title)
    return "\n\n".join([*_lead(page, text), text])


# --- page date -----------------------------------------------------------------------------


def _json_ld(soup: Element) -> Iterator[Any]:
    """Every object in the page's JSON-LD blocks, nested ones included."""

    def walk(node: Any) -> Iterator[Any]:
        if isinstance(node, dict):
            yield node
            for child in node.values():
                yield from walk(child)
        elif isinstance(node, list):
            for child in node:
                yield from walk(child)

    for script in soup.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue  # broken JSON-LD is common and harmless: other sources remain
        yield from walk(data)


def _json_ld_dates(soup: Element) -> Iterator[str]:
    """datePublished values from JSON-LD blocks."""
    for node in _json_ld(soup):
        value = node.get("datePublished")
        if isinstance(value, str):
            yield value


def _json_ld_authors(soup: Element) -> Iterator[str]:
    """Names of the persons a JSON-LD article gives as its author (not its publisher)."""
    for node in _json_ld(soup):
        authors = node.get("author") if "headline" in node or "datePublished" in node else None
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, str):
                yield author
            elif isinstance(author, dict) and author.get("@type", "Person") == "Person":
                name = author.get("name")
                if isinstance(name, str):
                    yield name


def _meta_date(soup: Element) -> str | None:
    """The page date from <meta> tags (in the rule file's order) or JSON-LD."""
    by_key: dict[str, str] = {}
    for tag in soup.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str):
            by_key.setdefault(key.strip().casefold(), content)
    # schema.org microdata on any element: <time itemprop="datePublished" datetime="...">
    for tag in soup.iter():
        key = tag.get("itemprop") if tag.tag != "meta" else None
        value = tag.get("datetime") or tag.get("content")
        if isinstance(key, str) and isinstance(value, str):
            by_key.setdefault(key.strip().casefold(), value)
    for key in date_rules().meta_names:
        value = parse_date_value(by_key.get(key, ""))
        if value:
            return value
    return next(filter(None, map(parse_date_value, _json_ld_dates(soup))), None)


def _time_date(page: _Page) -> str | None:
    """The page date from a <time> element of the article (not of a related-news list)."""
    root = page.region if page.region is not None else page.soup
    for t in descendants(root, "time"):
        if _in_chrome(t, page.region):
            continue
        raw = t.get("datetime")
        value = parse_date_value(raw if isinstance(raw, str) else text_of(t, " "))
        if value:
            return value
    return None


def _text_date(page: _Page) -> str | None:
    """The date printed closest after the headline, else just above it."""
    at = _headline_at(page)
    if at is None:
        hit = find_page_date("\n".join(ln.text for ln in page.lines))
        return hit.value if hit else None
    after = [ln.text for ln in page.lines[at[1] : at[1] + WINDOW_AFTER]]
    found = date_candidates("\n".join(after), max_lines=len(after))
    if found:
        return found[0].value
    before = [ln.text for ln in reversed(page.lines[max(0, at[0] - WINDOW_BEFORE) : at[0]])]
    found = date_candidates("\n".join(before), max_lines=len(before))
    # Nearest first; a bare "Thứ X, dd/mm/yyyy" banner only when nothing else is there.
    plain = [c for c in found if not c.banner]
    return (plain or found)[0].value if found else None


# --- byline ------------------------------------------------------------------------------

_SIMPLE_SELECTOR = re.compile(
    r"^(?:(?P<tag>[a-z][a-z0-9]*)|\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)|"
    r"\[(?P<attr>[\w:-]+)(?:(?P<op>~?=)(?P<val>[\w:-]+))?\])$"
)


def _simple_selector(selector: str) -> Callable[[Element], bool]:
    """A matcher for "tag", ".class", "#id", "[attr]", "[attr=v]" or "[attr~=v]"."""
    m = _SIMPLE_SELECTOR.match(selector.strip())
    if not m:
        raise RuleError(
            f"rules/bylines.yaml: html_selectors entry {selector!r} is not a simple selector; "
            'use one of "tag", ".class", "#id", "[attr]", "[attr=value]", "[attr~=value]"'
        )
    tag, cls, ident, attr, op, val = m.group("tag", "cls", "id", "attr", "op", "val")
    if tag:
        return lambda t: t.tag == tag
    if cls or ident:
        attr, op, val = ("class", "~=", cls) if cls else ("id", "=", ident)

    def match(t: Element) -> bool:
        value = t.get(attr)
        if value is None or not op:
            return value is not None
        if op == "~=":
            return val in value.split()
        # Multi-valued attributes compare as their words joined by one space.
        return (" ".join(value.split()) if attr in _LIST_ATTRS else value) == val

    return match


@lru_cache(maxsize=1)
def _byline_selectors() -> tuple[Callable[[Element], bool], ...]:
    """Matchers for `html_selectors` in `rules/bylines.yaml` (plain tests: CSS is slow)."""
    return tuple(_simple_selector(s) for s in byline_rules().selectors)


def _author(page: _Page, text: str) -> str | None:
    """Meta or JSON-LD author, byline elements, a labelled line, else the last lines."""
    r = byline_rules()
    meta = _meta(page.soup, "author", "article:author", "dc.creator", "dcterms.creator")
    declared = [meta] if meta and not meta.startswith("http") else []
    for raw in [*declared, *_json_ld_authors(page.soup)]:
        name = byline_from_line(normalize_text(raw))
        if name:
            return name
    root = page.region if page.region is not None else page.soup
    selectors = _byline_selectors()
    # One pass for all selectors, then the rule file's order among the few hits.
    hits = [
        t
        for t in descendants(root)
        if any(sel(t) for sel in selectors) and not _in_chrome(t, page.region)
    ]
    for selector in selectors:
        for tag in filter(selector, hits):
            content = tag.get("content")
            raw = content if isinstance(content, str) else text_of(tag, " ")
            name = byline_from_line(normalize_text(raw))
            if name:
                return name
    for ln in page.lines:
        if r.label.match(ln.text):
            name = byline_from_line(normalize_text(ln.text))
            if name:
                return name
    return byline_from_lines(text.splitlines())


# --- per-site selectors -------------------------------------------------------------------


@dataclass(frozen=True)
class _Chosen:
    """What per-site selectors found; empty fields fall back to the generic steps."""

    title: str = ""
    headline: Element | None = None
    body: tuple[Element, ...] = ()
    text: str = ""
    published: str | None = None
    author: str | None = None
    missed: tuple[str, ...] = ()


def _select(soup: Element, key: str, selector: str) -> list[Element]:
    """Elements matching one per-site CSS selector, or RuleError when it is not valid CSS."""
    try:
        return list(_css(selector)(soup))
    except SelectorError as exc:
        raise RuleError(
            f"the {key!r} selector {selector!r} is not valid CSS ({exc.args[0]}); fix it in "
            "the site's source file, e.g. 'div.detail-content' or 'h1.title'"
        ) from exc


@lru_cache(maxsize=256)
def _css(selector: str) -> Callable[[Element], list[Element]]:
    """A compiled per-site CSS selector (sites reuse theirs on every page)."""
    return compile_css(selector)


def _outermost(tags: list[Element]) -> tuple[Element, ...]:
    """Matched elements without those nested in an earlier match (no text read twice)."""
    kept: list[Element] = []
    for tag in tags:
        if not any(_within(tag, k) for k in kept):
            kept.append(tag)
    return tuple(kept)


def _selected_body(tags: tuple[Element, ...]) -> str:
    """Text of the selected body elements, without share/related/comment boxes inside them."""
    parts = [ln.text for tag in tags for ln in page_lines(tag) if not _in_chrome(ln.block, tag)]
    return "\n\n".join(parts)


def _value_of(tag: Element) -> str:
    """A date or byline element's value: datetime= or content= attribute, else its text."""
    for attr in ("datetime", "content"):
        value = tag.get(attr)
        if isinstance(value, str) and value.strip():
            return value
    return _squash(text_of(tag, " "))


def _choose(soup: Element, selectors: Mapping[str, str] | None) -> _Chosen:
    """Apply per-site selectors (see SELECTOR_KEYS); keys without a usable match are missed."""
    if not selectors:
        return _Chosen()
    found: dict[str, list[Element]] = {
        key: _select(soup, key, selectors[key])
        for key in SELECTOR_KEYS
        if (selectors.get(key) or "").strip()
    }
    missed = [key for key, tags in found.items() if not tags]
    title = headline = None
    if found.get("title"):
        headline = found["title"][0]
        title = normalize_text(clean_title(text_of(headline, " "), _meta(soup, "og:site_name")))
    body = _outermost(found.get("body", []))
    text = _selected_body(body) if body else ""
    if body and len(text) < MIN_ARTICLE_CHARS:
        body, text = (), ""
        missed.append("body")
    published = None
    if found.get("date"):
        published = parse_date_value(_value_of(found["date"][0]))
        if published is None:
            missed.append("date")
    author = None
    if found.get("byline"):
        author = byline_from_line(normalize_text(_value_of(found["byline"][0])))
        if author is None:
            missed.append("byline")
    if found.get("title") and not title:
        headline = None
        missed.append("title")
    return _Chosen(
        title=title or "",
        headline=headline,
        body=body,
        text=text,
        published=published,
        author=author,
        missed=tuple(k for k in SELECTOR_KEYS if k in missed),
    )


# --- entry point ---------------------------------------------------------------------------


def _own_url(soup: Element) -> str | None:
    """The absolute http(s) address a page declares for itself: its canonical link, og:url,
    or the <base href> a CMS writes (Joomla writes the article's address there)."""
    found = [
        *(el.get("href") for el in descendants(soup, "link") if el.get("rel") == "canonical"),
        _meta(soup, "og:url"),
        *(el.get("href") for el in descendants(soup, "base")),
    ]
    return next((u.strip() for u in found if u and re.match(r"https?://\S+$", u.strip())), None)


def parse_html(
    html: str, url: str | None = None, selectors: Mapping[str, str] | None = None
) -> PageContent:
    """Title, main text, page date and byline of an HTML page ("" text when none)."""
    # `selectors` (CSS, keys in SELECTOR_KEYS) win over the generic steps where they match;
    # the keys that found nothing usable are in `PageContent.missed`.
    page, chosen = _page(html, selectors)
    own_url = _own_url(page.soup)
    url = url or own_url  # a saved page still says where it lives
    kind = page_kind(page.soup, url)
    text = _main_text(html, url, page, chosen)
    published = (
        chosen.published
        or _meta_date(page.soup)
        or _time_date(page)
        or _text_date(page)
        or (page_date_from_url(url) if url else None)
    )
    author = chosen.author or (_author(page, text) if text else None)
    return PageContent(
        title=page.title,
        text=text,
        published=published,
        author=author,
        missed=chosen.missed,
        kind=kind,
        own_url=own_url,
    )
