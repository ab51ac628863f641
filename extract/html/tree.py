"""One lxml parse per page, and the few tree reads the HTML steps share.

lxml (libxml2) builds the tree in C: about 0.06 ms for a news page, where BeautifulSoup over
the same parser took 1.2 ms to wrap every node in Python objects; selectolax (lexbor) parsed
the bench pages in 0.13 ms and its traversal is no faster, and trafilatura reads lxml trees.
Text lives in lxml as `el.text` and `child.tail`; `strings` gives it back as (text, owner)
runs in document order, the owner being the element the text sits directly in.

Element proxies are kept alive by whoever holds them (sets and dicts of elements, never of
`id()`s: a freed proxy's id is reused by the next one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeAlias

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

__all__ = [
    "Element",
    "TextRun",
    "attr_text",
    "body_or_root",
    "compile_css",
    "descendants",
    "parse",
    "squashed_text_is",
    "strings",
    "text_of",
    "text_parts",
    "within",
]

# lxml.html.HtmlElement; lxml ships no type hints, so to mypy it is Any.
Element: TypeAlias = Any
# Strings in these are not text (get_text in BeautifulSoup skipped them the same way).
_NOT_TEXT = frozenset({"script", "style", "template"})
_ASCII_SPACES = " \n\t\f\r"  # what BeautifulSoup calls blank (not the no-break space)
_KEEP_SPACE = frozenset({"pre", "textarea"})
_HAS_NOT_TEXT = etree.XPath("boolean(.//script | .//style | .//template)")
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_blank_text=False)
_EMPTY = b"<html><body></body></html>"


@dataclass(frozen=True)
class TextRun:
    """A run of text and the element it sits directly in."""

    text: str
    parent: Element


def parse(html: str) -> Element:
    """The page's <html> element (bytes in: a declared encoding in the text cannot clash)."""
    data = html.encode("utf-8", "replace")
    try:
        root = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError):  # an empty or markup-free page
        root = lxml.html.document_fromstring(_EMPTY, parser=_PARSER)
    return root


def descendants(root: Element, tag: str | None = None) -> Iterator[Element]:
    """Elements under `root` (not `root` itself), in document order; only `tag` if given."""
    it = root.iterdescendants(tag) if tag else root.iterdescendants()
    return (el for el in it if isinstance(el.tag, str))


def within(el: Element, ancestor: Element) -> bool:
    """Whether `el` is `ancestor` or inside it."""
    return el is ancestor or any(p is ancestor for p in el.iterancestors())


def body_or_root(root: Element) -> Element:
    """The <body>, else the root."""
    body = root.find("body")
    return body if body is not None else root


def attr_text(el: Element) -> str:
    """An element's class and id as one string, for furniture matching."""
    return " ".join([*(el.get("class") or "").split(), el.get("id") or ""])


def strings(
    root: Element, skip: frozenset[str], *, brs: bool = False
) -> Iterator[TextRun | Element]:
    """Text runs under `root` outside `skip` tags (and <br> elements when `brs`), in order."""
    hidden = sum(1 for p in root.iterancestors() if p.tag in skip)
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if brs and tag == "br":
                yield el
            if tag in skip:
                hidden += 1
            if not hidden:
                if el.text:
                    yield TextRun(el.text, el)
                first = next(iter(el), None)
                if first is not None and not isinstance(first.tag, str):
                    yield from _comment_tails(first, el)
            continue
        if tag in skip:
            hidden -= 1
        if el is not root and not hidden:
            parent = el.getparent()
            if parent is not None:
                if el.tail:
                    yield TextRun(el.tail, parent)
                nxt = el.getnext()
                if nxt is not None and not isinstance(nxt.tag, str):
                    yield from _comment_tails(nxt, parent)


def _comment_tails(node: Element, parent: Element) -> Iterator[TextRun]:
    """Tails of a run of comments (or processing instructions) from `node` on: text that
    iterwalk never visits, as it skips the comments themselves."""
    while node is not None and not isinstance(node.tag, str):
        if node.tail:
            yield TextRun(node.tail, parent)
        node = node.getnext()


def text_parts(el: Element) -> Iterator[str]:
    """The strings `text_of` joins (blank ones as BeautifulSoup kept them unless in <pre>)."""
    if any(p.tag in _NOT_TEXT for p in el.iterancestors()):
        return iter(())
    if el.tag not in _NOT_TEXT and _HAS_NOT_TEXT(el):
        parts: Iterator[str] = (
            run.text for run in strings(el, _NOT_TEXT) if isinstance(run, TextRun)
        )
    else:  # libxml2 walks the subtree in C (comments' own text left out, their tails in);
        # a script's own text is its text, as in BeautifulSoup
        parts = el.itertext()
    if el.tag in _KEEP_SPACE or any(p.tag in _KEEP_SPACE for p in el.iterancestors()):
        return parts
    # BeautifulSoup kept a blank string as one newline (or one space): so does this.
    return (p if p.strip(_ASCII_SPACES) else "\n" if "\n" in p else " " for p in parts)


def text_of(el: Element, sep: str = "", *, strip: bool = False) -> str:
    """An element's text like BeautifulSoup's get_text: strings joined by `sep`, without
    comments, scripts, styles and templates (`strip`: each string stripped, empties gone)."""
    parts = text_parts(el)
    if strip:
        return sep.join(t for p in parts if (t := p.strip()))
    return sep.join(parts)


def squashed_text_is(el: Element, want: str) -> bool:
    """Whether an element's text, whitespace squashed and case-folded, is `want`; stops
    reading as soon as the text is longer (a page's outer blocks hold thousands of words)."""
    words: list[str] = []
    size = 0
    for part in text_parts(el):
        more = part.split()
        size += sum(len(w) + 1 for w in more)
        if size > len(want) + 1:  # case folding never shortens a text
            return False
        words.extend(more)
    return " ".join(words).casefold() == want


def compile_css(selector: str) -> Callable[[Element], list[Element]]:
    """A CSS selector as a function of a root (cssselect raises on bad CSS)."""
    found: Callable[[Element], list[Element]] = CSSSelector(selector, translator="html")
    return found
