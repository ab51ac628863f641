"""The Scrapy spider: walks each source from its start URLs and stores every answer."""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from extract.crawl.context import CrawlContext
from extract.crawl.middlewares import (
    META_DEPTH,
    META_KIND,
    META_SOURCE,
    META_UNCONDITIONAL,
    slot_key,
)
from extract.errors import StoreError
from extract.html.dates import page_date_from_url
from extract.sources import Source
from extract.urls import canonical_url

log = logging.getLogger(__name__)

# What operators read in run reports: network failures in plain words, not class names.
_PLAIN_FAILURES = {
    "ConnectionRefusedError": "connection refused",
    "ConnectError": "cannot connect",
    "DNSLookupError": "host name not found",
    "TimeoutError": "timed out",
    "TCPTimedOutError": "timed out",
    "ResponseNeverReceived": "no answer",
    "ConnectionLost": "connection lost",
    "ConnectionDone": "connection closed",
    "ConnectionAborted": "connection closed",
    "ResponseFailed": "answer cut off",
    "SSLError": "TLS (https) handshake failed",
    "IgnoreRequest": "refused by the crawler's limits",
}


def plain_failure(name: str) -> str:
    """A failure's class name in plain words ("DownloadConnectionRefusedError" → refused)."""
    bare = name.removeprefix("Download") if name != "Download" else name
    if bare in _PLAIN_FAILURES:
        return _PLAIN_FAILURES[bare]
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", bare.removesuffix("Error"))
    return " ".join(w.lower() for w in words) or "error"


PROGRESS_EVERY_S = 5.0
_FEED_LINK = re.compile(
    rb"<link>\s*(?:<!\[CDATA\[)?\s*([^<\s\]]+)\s*(?:\]\]>)?\s*</link>"
    rb"|<link[^>]+href=[\"']([^\"']+)[\"']",
    re.I,
)
_HREF = re.compile(rb"""<a\s[^>]*?href\s*=\s*["']?([^"'\s>]+)""", re.I)
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "#", "data:")
# Priorities: articles first, so a page budget is spent on what the dataset needs.
PRIORITY = {"home": 30, "sitemap": 25, "feed": 25, "listing": 20, "article": 10, "other": 0}


def _headers(pairs: Any) -> list[tuple[str, str]]:
    """Scrapy headers as (name, value) string pairs."""
    out: list[tuple[str, str]] = []
    for key, values in pairs.items():
        name = key.decode("latin-1")
        out.extend((name, v.decode("latin-1")) for v in values)
    return out


def feed_links(body: bytes) -> list[str]:
    """Item links of an RSS or Atom feed."""
    return [
        (m.group(1) or m.group(2)).decode("utf-8", "replace") for m in _FEED_LINK.finditer(body)
    ]


def sitemap_links(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index."""
    try:
        sitemap = Sitemap(body)
    except Exception:
        return [], []
    locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
    return (locs, []) if sitemap.type != "sitemapindex" else ([], locs)


def html_links(body: bytes, base: str) -> list[str]:
    """Absolute targets of <a href> in an HTML page (fast regex, no DOM needed)."""
    out = []
    for match in _HREF.finditer(body):
        href = match.group(1).decode("utf-8", "replace").strip()
        if href and not href.lower().startswith(_SKIP_SCHEMES):
            out.append(urljoin(base, href.replace("&amp;", "&")))
    return out


class ThiduaSpider(Spider):
    """Crawls the sources of one `CrawlContext` into its store."""

    name = "thidua"

    def __init__(self, ctx: CrawlContext, **kwargs: Any) -> None:
        """Keep the context; Scrapy passes it through `Crawler.crawl`."""
        super().__init__(**kwargs)
        self.ctx = ctx
        self.scheduled: dict[str, int] = {s.name: 0 for s in ctx.sources}
        # Canonical URLs already requested in this crawl: pages link to each other many
        # times over, and only the first link may cost a request (and budget).
        self.seen: set[str] = set()
        self._last_progress = time.monotonic()

    # --- requests --------------------------------------------------------------------------

    def _request(self, url: str, source: Source, kind: str, depth: int) -> Request | None:
        """A request for canonical `url` within the source's budget, or None if already asked."""
        if url in self.seen or self.scheduled[source.name] >= self.ctx.max_pages(source):
            return None
        self.seen.add(url)
        self.scheduled[source.name] += 1
        self.ctx.stats[source.name].requested += 1
        return Request(
            url,
            callback=self.parse,
            errback=self.failed,
            priority=PRIORITY.get(kind, 0),
            # The slot is known before scheduling, so the scheduler can take turns by host.
            meta={
                META_SOURCE: source.name,
                META_KIND: kind,
                META_DEPTH: depth,
                "download_slot": slot_key(url),
            },
        )

    async def start(self) -> AsyncIterator[Request]:
        """Start URLs of every source, home pages first."""
        for source in self.ctx.sources:
            kinds = [
                ("home", source.home),
                ("listing", source.listings),
                ("sitemap", source.sitemaps),
                ("feed", source.feeds),
            ]
            for kind, urls in kinds:
                for url in urls:
                    request = self._request(canonical_url(url), source, kind, 0)
                    if request is not None:
                        yield request

    def _follow(
        self, links: Iterable[str], source: Source, depth: int, from_sitemap: bool = False
    ) -> Iterator[Request]:
        """Requests for the links worth following from a page at `depth`."""
        for link in links:
            url = canonical_url(link)
            if url in self.seen:
                continue
            kind = source.classify(url)
            if kind in ("offsite", "deny"):
                continue
            if kind == "other" and not (source.generic or from_sitemap):
                continue
            if kind != "article" and depth + 1 > source.max_depth:
                continue
            if kind == "article" and self._before_window(url, source):
                continue
            request = self._request(url, source, kind, depth + 1)
            if request is not None:
                yield request

    @staticmethod
    def _before_window(url: str, source: Source) -> bool:
        """Whether an article's URL dates it before the source's crawl window."""
        if not source.since:
            return False
        dated = page_date_from_url(url)
        return dated is not None and dated[:10] < source.since

    # --- responses -------------------------------------------------------------------------

    def parse(self, response: Response) -> Iterator[Request]:
        """Store the answer, then follow its links."""
        source = self.ctx.source(response.meta.get(META_SOURCE))
        if source is None:
            return
        kind = str(response.meta.get(META_KIND, "other"))
        depth = int(response.meta.get(META_DEPTH, 0))
        stats = self.ctx.stats[source.name]
        stats.bytes_received += len(response.body)
        body: bytes | None
        if response.status == 304:
            stats.not_modified += 1
            self.ctx.store.note_not_modified(
                response.request.url if response.request else response.url,
                source=source.name,
                kind=kind,
            )
            body = self._stored_body(response.url)
            if body is None:  # a 304 for a copy we lost: fetch it whole once more
                retry = response.request.replace(dont_filter=True) if response.request else None
                if retry is not None:
                    retry.meta[META_UNCONDITIONAL] = True
                    yield retry
                return
        elif response.status == 200:
            request = response.request
            stored = self.ctx.store.save_response(
                request.url if request else response.url,
                source=source.name,
                kind=kind,
                status=200,
                reason="OK",
                request_headers=_headers(request.headers) if request else [],
                response_headers=_headers(response.headers),
                body=response.body,
                final_url=response.url,
            )
            if stored:
                stats.stored += 1
            else:
                stats.unchanged += 1
            body = response.body
        else:
            stats.failed += 1
            stats.errors[f"HTTP {response.status}"] += 1
            self.ctx.store.note_failure(
                response.url,
                source=source.name,
                kind=kind,
                status=response.status,
                error=f"HTTP {response.status}",
            )
            return
        self._progress()
        yield from self._follow(
            self._links(response, body, kind), source, depth, from_sitemap=kind == "sitemap"
        )

    def _links(self, response: Response, body: bytes, kind: str) -> list[str]:
        """Links of a page, sitemap or feed (a sitemap's children are only known by content)."""
        head = body[:500]
        if kind == "sitemap" or b"<urlset" in head or b"<sitemapindex" in head:
            pages, children = sitemap_links(body)
            return pages + children
        if kind == "feed" or b"<rss" in head or b"<feed" in head:
            return feed_links(body)
        return html_links(body, response.url)

    def _stored_body(self, url: str) -> bytes | None:
        """The stored body of a URL answered 304, to follow its links again."""
        page = self.ctx.store.get(canonical_url(url))
        if page is None or page.location is None:
            return None
        try:
            return self.ctx.store.body(page).body
        except StoreError as exc:
            log.warning("%s", exc)
            return None

    def failed(self, failure: Failure) -> None:
        """A request that got no usable answer: timeouts, refusals, size cap, robots, offsite."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        source = self.ctx.source(request.meta.get(META_SOURCE))
        if source is None:
            return
        stats = self.ctx.stats[source.name]
        kind = plain_failure(failure.type.__name__ if failure.type else "")
        message = " ".join(str(failure.value).split()) or kind
        if "robots.txt" in message.lower() or "Forbidden by robots" in message:
            stats.robots_blocked += 1
            return
        if message.startswith("offsite"):
            return  # counted by the guard
        stats.failed += 1
        stats.errors[kind] += 1
        self.ctx.store.note_failure(
            request.url,
            source=source.name,
            kind=request.meta.get(META_KIND),
            status=0,
            error=message,
        )

    def _progress(self) -> None:
        """A progress line on stderr every few seconds, when asked for."""
        if not self.ctx.options.progress:
            return
        now = time.monotonic()
        if now - self._last_progress < PROGRESS_EVERY_S:
            return
        self._last_progress = now
        total = sum(s.ok() for s in self.ctx.stats.values())
        fails = sum(s.failed for s in self.ctx.stats.values())
        queued = sum(self.scheduled.values())
        print(
            f"thidua crawl: {total} pages answered, {fails} failed, {queued} requested "
            f"({now - self.ctx.started:.0f} s)",
            file=sys.stderr,
            flush=True,
        )
