"""Scrapy downloader middlewares and the throttle of a thidua crawl.

Guard: refuses hosts outside the sources, routes each host to its own download slot (one
connection, the source's delay), adds conditional-GET validators from the store.
Backoff: retries 5xx/429/timeouts, waiting Retry-After or an exponential pause first.
PoliteAutoThrottle: AutoThrottle that never goes below a source's configured delay.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed

from extract.crawl.context import MAX_BACKOFF_S, RETRY_STATUSES, CrawlContext
from extract.urls import canonical_url, host_of

log = logging.getLogger(__name__)

META_SOURCE = "thidua_source"
META_KIND = "thidua_kind"
META_DEPTH = "thidua_depth"
META_RETRIES = "thidua_retries"
META_UNCONDITIONAL = "thidua_unconditional"

_RETRY_EXCEPTIONS = (
    TimeoutError,
    TCPTimedOutError,
    ConnectionRefusedError,
    ConnectionLost,
    DNSLookupError,
    ResponseFailed,
)


def slot_key(url: str) -> str:
    """The download slot of a URL: its host and port, so each site gets its own politeness."""
    parts = urlsplit(url)
    return (parts.netloc or "").lower()


def _context(crawler: Crawler) -> CrawlContext:
    """The crawl context the spider carries."""
    return cast(CrawlContext, crawler.spider.ctx)  # type: ignore[union-attr]


class GuardMiddleware:
    """First in the chain: allowed hosts only, per-host slots, proxy, conditional GET."""

    def __init__(self, crawler: Crawler) -> None:
        """Keep the crawler to reach the spider's context."""
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GuardMiddleware:
        """Scrapy's factory."""
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        """Refuse offsite hosts; set slot, proxy and validators."""
        ctx = _context(self.crawler)
        host = host_of(request.url)
        if not ctx.allowed_host(host):
            stats = ctx.stats.get(request.meta.get(META_SOURCE) or "")
            if stats is not None:
                stats.offsite_blocked += 1
            raise IgnoreRequest(f"offsite: {host} is not in any source's domains")
        request.meta["download_slot"] = slot_key(request.url)
        if ctx.options.proxy:
            request.meta["proxy"] = ctx.options.proxy
        if request.meta.get("dont_obey_robotstxt") or request.meta.get(META_UNCONDITIONAL):
            return  # robots.txt and retries after a lost copy are fetched whole
        known = ctx.store.get(canonical_url(request.url))
        if known is None or known.location is None:
            return
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag.encode("latin-1")
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified.encode("latin-1")


class RedirectLogMiddleware:
    """Sits outside Scrapy's redirect handling, so every 3xx is recorded, even to a dupe."""

    def __init__(self, crawler: Crawler) -> None:
        """Keep the crawler to reach the spider's context."""
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLogMiddleware:
        """Scrapy's factory."""
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        """Record `request.url -> Location` for redirect answers."""
        location = response.headers.get(b"Location")
        if 300 <= response.status < 400 and location:
            target = urljoin(request.url, location.decode("latin-1"))
            _context(self.crawler).store.note_redirect(request.url, target, response.status)
        return response


def retry_after_s(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_s(attempt: int, base: float, retry_after: float | None) -> float:
    """Pause before retry number `attempt` (1-based): Retry-After, else base·2^(attempt-1)."""
    wait = retry_after if retry_after is not None else base * 2 ** (attempt - 1)
    return min(wait, MAX_BACKOFF_S)


class BackoffRetryMiddleware:
    """Retries 5xx/429/timeouts after a pause, holding the host's only connection meanwhile."""

    def __init__(self, crawler: Crawler) -> None:
        """Keep the crawler to reach the spider's context."""
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        """Scrapy's factory."""
        return cls(crawler)

    async def _retry(
        self, request: Request, reason: str, retry_after: float | None
    ) -> Request | None:
        """The request to send again after the pause, or None when retries are used up."""
        ctx = _context(self.crawler)
        attempt = int(request.meta.get(META_RETRIES, 0)) + 1
        if attempt > ctx.options.retries:
            return None
        wait = backoff_s(attempt, ctx.options.backoff_s, retry_after)
        log.info(
            "retry %d/%d of %s in %.1f s (%s)",
            attempt,
            ctx.options.retries,
            request.url,
            wait,
            reason,
        )
        # Waiting here keeps the host's slot busy: the site gets its pause, others go on.
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta[META_RETRIES] = attempt
        retry.priority = request.priority + 1
        return retry

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        """Retry a retryable status; pass anything else on."""
        if response.status not in RETRY_STATUSES or request.meta.get("dont_retry"):
            return response
        raw = response.headers.get(b"Retry-After")
        after = retry_after_s(raw.decode("latin-1") if raw else None)
        retry = await self._retry(request, f"HTTP {response.status}", after)
        return retry if retry is not None else response

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        """Retry timeouts and dropped connections; let other errors through."""
        if not isinstance(exception, _RETRY_EXCEPTIONS) or request.meta.get("dont_retry"):
            return None
        return await self._retry(request, type(exception).__name__, None)


class PoliteAutoThrottle(AutoThrottle):
    """AutoThrottle whose delay never drops below the slot's configured politeness delay."""

    def _adjust_delay(self, slot: Any, latency: float, response: Response) -> None:
        """Adapt to latency as AutoThrottle does, floored at the source's delay."""
        super()._adjust_delay(slot, latency, response)
        floors: dict[str, dict[str, Any]] = self.crawler.settings.getdict("DOWNLOAD_SLOTS")
        key = response.meta.get("download_slot") or slot_key(response.url)
        floor = float(floors.get(key, {}).get("delay", 0.0))
        slot.delay = max(slot.delay, floor)
