"""Input files to `Article`s: `.txt` and `.html`/`.htm`, with optional `.meta.json` sidecars."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from extract.errors import (
    InputError,
    NoArticleError,
    OffTopicError,
    SidecarError,
    TooLargeError,
)
from extract.html.bylines import byline_from_line
from extract.html.dates import VIETNAM, PageDate, date_in_line
from extract.html.decode import DEFAULT_MAX_BYTES, decode_bytes, sniff_charset
from extract.html.prefilter import may_be_about_blocs
from extract.model import Article, Span
from extract.text.normalize import header_rule, layout_rules, normalize, normalize_text

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Sidecar:
    """Metadata from `<stem>.meta.json`; every field optional."""

    url: str | None = None
    published: str | None = None


# --- sidecars ----------------------------------------------------------------------------


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of `path` lives: `<stem>.meta.json` beside it."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _iso_published(value: str, where: Path) -> str:
    """An ISO date or datetime as "YYYY-MM-DD" / "YYYY-MM-DDTHH:MM:SS" (Vietnam time)."""
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise SidecarError(
            f"{where}: 'published' is {value!r}, not an ISO date; write it as "
            '"2024-05-17" or "2024-05-17T15:45:00"'
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _optional_str(data: dict[str, Any], key: str, where: Path) -> str | None:
    """`data[key]` when it is a string (None when absent or null); else SidecarError."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise SidecarError(
        f"{where}: '{key}' must be a string, got {type(value).__name__} ({value!r}); "
        "fix or delete that key"
    )


def read_sidecar(path: Path) -> tuple[Sidecar | None, list[str]]:
    """The sidecar of input `path` (None if there is none) and warnings about it."""
    where = sidecar_path(path)
    if not where.is_file():
        return None, []
    try:
        data = json.loads(where.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"{where}: cannot read it ({exc}); re-save it as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise SidecarError(
            f"{where}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            'fix it, e.g. {"url": "https://...", "published": "2024-05-17"}'
        ) from exc
    if not isinstance(data, dict):
        raise SidecarError(
            f"{where}: must be a JSON object, got {type(data).__name__}; "
            'write e.g. {"url": "https://...", "published": "2024-05-17"}'
        )
    url = _optional_str(data, "url", where)
    raw_published = _optional_str(data, "published", where)
    published = _iso_published(raw_published, where) if raw_published else None
    unknown = sorted(set(data) - {"url", "published"})
    warnings = [f"{where.name}: ignored unknown key(s): {', '.join(unknown)}"] if unknown else []
    return Sidecar(url=url, published=published), warnings


# --- articles ----------------------------------------------------------------------------


def _words(text: str) -> int:
    """Words with at least one letter (numbers, dates and symbols do not count)."""
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w))


class _Line:
    """One stripped non-empty line, where it stands, and (read when asked) its page date."""

    def __init__(self, start: int, text: str) -> None:
        self.start, self.end, self.text = start, start + len(text), text

    @cached_property
    def date(self) -> PageDate | None:
        """The line's page date."""
        return date_in_line(self.text)

    @cached_property
    def lead(self) -> int:
        """Offset past a page date that opens the line ("date 2026-01-16 Headline"), or 0."""
        hit = self.date
        if hit is None or _words(self.text[: hit.start]) > 1:
            return 0
        rest = self.text[hit.end :]
        return hit.end + len(rest) - len(rest.lstrip(" \t|,-–—:"))


def _lines(text: str, limit: int) -> list[_Line]:
    """The first `limit` non-empty lines, stripped, with their spans."""
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            out.append(_Line(pos + len(body) - len(body.lstrip()), body.strip()))
            if len(out) >= limit:
                break
        pos += len(raw)
    return out


def _furniture(line: _Line, *, short: bool = True) -> bool:
    """Page furniture: a header pattern, a date line or (with `short`) too few words."""
    r = layout_rules()
    rest = line.text[line.lead :]
    if (short and _words(rest) < r.min_headline_words) or header_rule(rest):
        return True
    if line.date is None:
        return False
    # "Hải Phòng 05/06/2023", "Cập nhật lúc: 20:11 23/11/2017": a date line, not a headline.
    outside = line.text[: line.date.start] + " " + line.text[line.date.end :]
    return _words(outside) <= r.min_headline_words


def _short_headline(line: _Line) -> bool:
    """A line one word short of a headline, but in the domain's words and no furniture."""
    r = layout_rules()
    if _words(line.text[line.lead :]) < r.min_headline_words - 1:
        return False  # "Thi đua", "Tin thi đua": a section's name
    return bool(r.headline_words.search(line.text)) and not _furniture(line, short=False)


def _is_body(line: _Line) -> bool:
    """Whether a line opens the body: long, a whole sentence, or shaped like a lead."""
    r = layout_rules()
    words = _words(line.text)
    if words >= r.body_words:
        return True
    if words >= r.sentence_words and (line.text.endswith(".") or ". " in line.text):
        return True
    return any(rule.pattern.match(line.text, line.lead) for rule in r.lead_starts)


def _score(text: str) -> int:
    """Headline likelihood: the domain's words; without them, mixed case over capitals."""
    if layout_rules().headline_words.search(text):
        return 2
    letters = [ch for ch in text if ch.isalpha()]
    return int(not letters or not all(ch.isupper() for ch in letters))


def headline_span(text: str) -> Span:
    """The headline among the first lines: past furniture and date lines, above the body."""
    lines = _lines(text, layout_rules().max_head_lines)
    if not lines:
        return (0, 0)
    head: list[_Line] = []
    for ln in lines:
        if _is_body(ln):
            break  # the body has started: the headline, if any, stood above it
        head.append(ln)
    candidates = [i for i, ln in enumerate(head) if not _furniture(ln)]
    if not candidates:
        # A short headline in the domain's words ("Khối thi đua họp mặt"), else the body.
        first = next((ln for ln in lines if _short_headline(ln) or not _furniture(ln)), lines[0])
        return (first.start + first.lead, first.end)
    best = max(candidates, key=lambda i: (_score(head[i].text), -i))
    start, end = head[best].start + head[best].lead, head[best].end
    # A kicker ("Cụm thi đua số II - Bộ X:") and the line it introduces are one headline.
    if best - 1 in candidates and head[best - 1].text.endswith(":"):
        start = head[best - 1].start
    elif head[best].text.endswith(":") and best + 1 in candidates:
        end = head[best + 1].end
    return (start, end)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing oversized files before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                f"the file is {size:,} bytes ({size / 1e6:.1f} MB), over the {max_bytes:,}-byte "
                "limit; raise it with --max-bytes or split the file"
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable"
        ) from exc


def _first_line(text: str) -> Span:
    """The span of the first non-empty line (an HTML page's own title)."""
    lines = _lines(text, 1)
    return (lines[0].start, lines[0].end) if lines else (0, 0)


def _with_signature(text: str, raw: str) -> str:
    """The text with the byline that signs the page after a cut footer put back at its end.

    "Tin liên quan: - A - B" then "Thanh Lê": the residue cut drops the related news and the
    byline after them; the byline is the article's, so it is kept.
    """
    lines = [x for x in raw.splitlines() if x.strip()]
    if not text or not lines:
        return text
    last = normalize_text(lines[-1])
    if text.endswith(last) or byline_from_line(last) != last:
        return text
    return f"{text}\n\n{last}"


def _article(stem: str, raw: str, where: str, *, headline: bool = True) -> Article:
    """Normalise `raw` and wrap it as an Article; the title is its headline line."""
    text = _with_signature(normalize(raw).text.strip(), raw)
    if not text:
        raise InputError("no text left after normalisation; is the file only page residue?")
    span = headline_span(text) if headline else _first_line(text)
    if span[0] >= span[1]:
        # Every line looked like residue (a lone date, a counter): the first line is all
        # there is to call the title.
        span = _first_line(text)
    title = " ".join(text[span[0] : span[1]].split())
    return Article(id=stem, text=text, title=title, title_span=span, source_path=where)


def html_article(
    article_id: str,
    html: str,
    where: str,
    *,
    url: str | None,
    selectors: Mapping[str, str] | None = None,
) -> Article:
    """An Article from decoded HTML: main text, title, page date and byline."""
    from extract.html.parse import parse_html  # trafilatura and bs4: only for HTML pages

    page = parse_html(html, url=url, selectors=selectors)
    if page.kind.kind != "article":
        raise NoArticleError(
            f"a {page.kind.kind} page, not an article ({page.kind.rule}: {page.kind.detail}); "
            "its articles are read from their own pages"
        )
    if not page.text.strip():
        raise NoArticleError(
            "no article text found in the HTML page (a list, index or error page?); "
            "give the article page itself, or save its text as .txt"
        )
    raw = f"{page.title}\n\n{page.text}" if page.title else page.text
    # The page's own title opens the text: it is the headline.
    article = _article(article_id, raw, where, headline=not page.title)
    article.url = url or page.own_url
    article.published = page.published
    article.author = normalize_text(page.author) if page.author else None
    return article


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_page(
    url: str,
    body: bytes,
    *,
    article_id: str,
    content_type: str | None = None,
    selectors: Mapping[str, str] | None = None,
    site_province: str | None = None,
    where: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    prefilter: bool = False,
) -> tuple[Article, list[str]]:
    """A crawled page (URL, raw body, Content-Type) as an Article, with warnings."""
    # `prefilter`: raise OffTopicError, before parsing, for a page that names no bloc head
    # word anywhere (the caller keeps only pages about blocs anyway).
    if len(body) > max_bytes:
        raise TooLargeError(
            f"the page is {len(body):,} bytes, over the {max_bytes:,}-byte limit; "
            "raise it with --max-bytes"
        )
    # The HTTP header wins over <meta charset>: it is what the browser uses too.
    declared = charset_of(content_type) or sniff_charset(body)
    decoded = decode_bytes(body, declared=declared, max_bytes=max_bytes)
    if prefilter and not may_be_about_blocs(decoded.text):
        raise OffTopicError("names no bloc head word (rules/relevance.yaml head_words)")
    article = html_article(article_id, decoded.text, where or url, url=url, selectors=selectors)
    article.site_province = site_province
    return article, [decoded.warning] if decoded.warning else []


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article, list[str]]:
    """Read one `.txt`/`.html`/`.htm` input as an Article, with warnings (not fatal)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; give a .txt, .html or .htm file"
        )
    data = _read_bytes(path, max_bytes)
    sidecar, warnings = read_sidecar(path)
    if suffix in TEXT_SUFFIXES:
        decoded = decode_bytes(data, max_bytes=max_bytes)
        article = _article(path.stem, decoded.text, str(path))
    else:
        decoded = decode_bytes(data, declared=sniff_charset(data), max_bytes=max_bytes)
        article = html_article(
            path.stem, decoded.text, str(path), url=sidecar.url if sidecar else None
        )
    if decoded.warning:
        warnings.insert(0, decoded.warning)
    if sidecar is not None:
        article.url = sidecar.url or article.url
        article.published = sidecar.published or article.published
    return article, warnings


# --- folders -------------------------------------------------------------------------------


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is an article input (not a sidecar, not hidden)."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
        return False
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES


def is_sidecar(path: Path) -> bool:
    """Whether `path` is a metadata sidecar (read with its article, never on its own)."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def iter_inputs(paths: list[Path]) -> Iterator[Path]:
    """Input files from files and folders (recursive, sorted), each once, in order given."""
    seen: set[Path] = set()
    for given in paths:
        if not given.exists():
            raise InputError(f"{given}: no such file or folder; check the path")
        if given.is_dir():
            found = sorted(
                p
                for p in given.rglob("*")
                if p.is_file()
                and is_article_file(p)
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
            )
        elif is_sidecar(given):
            found = []  # a sidecar is read with its article, never on its own
        else:
            found = [given]
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path
