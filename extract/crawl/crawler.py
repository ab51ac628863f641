"""Run a crawl in-process with Scrapy and report what it did."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from types import FrameType
from typing import Any

from scrapy.crawler import CrawlerProcess

from extract.crawl.context import CrawlContext, CrawlOptions, SourceStats
from extract.crawl.middlewares import slot_key
from extract.crawl.spider import ThiduaSpider
from extract.errors import CrawlError, signal_name
from extract.interrupts import handle_signals
from extract.sources import Source
from extract.store.state import SourceInfo, Store

_MW = "extract.crawl.middlewares"


def describe_errors(errors: dict[str, int]) -> str:
    """A source's failures for one line: "connection refused (3), timed out (1)"."""
    if not errors:
        return "no answer"
    return ", ".join(f"{kind} ({n})" for kind, n in sorted(errors.items(), key=lambda kv: -kv[1]))


@dataclass
class CrawlReport:
    """What one crawl did, per source and in total."""

    sources: dict[str, dict[str, Any]]
    pages_fetched: int
    stored: int
    unchanged: int
    not_modified: int
    failed: int
    bytes_received: int
    recovered: int
    cut_tails: int
    duration_s: float
    failed_sources: list[str] = field(default_factory=list)
    interrupted: str | None = None  # the signal that stopped the crawl early (SIGTERM, ...)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def scrapy_settings(ctx_options: CrawlOptions, delays: dict[str, float]) -> dict[str, Any]:
    """Scrapy settings for a polite crawl; `delays` gives each host slot its delay."""
    slots = {
        slot: {"concurrency": 1, "delay": delay, "jitter": 0.0} for slot, delay in delays.items()
    }
    min_delay = min(delays.values(), default=0.0)
    return {
        "BOT_NAME": "thidua",
        "USER_AGENT": ctx_options.user_agent,
        "ROBOTSTXT_OBEY": ctx_options.obey_robots,
        "ROBOTSTXT_USER_AGENT": "thidua",
        "CONCURRENT_REQUESTS": max(16, 4 * len(slots)),
        # Takes requests from the least busy host first: one host's long sitemap cannot
        # fill the downloader while the other hosts wait (Scrapy's broad-crawl queue).
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": min_delay,
        "DOWNLOAD_SLOTS": slots,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,  # ours below replaces Scrapy's
        "AUTOTHROTTLE_START_DELAY": max(min_delay, 0.01),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "EXTENSIONS": ({f"{_MW}.PoliteAutoThrottle": 0} if ctx_options.autothrottle else {}),
        "DOWNLOAD_TIMEOUT": ctx_options.timeout_s,
        "DOWNLOAD_MAXSIZE": ctx_options.max_bytes,  # also caps decompressed bodies
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": False,  # BackoffRetryMiddleware retries, with pauses
        "HTTPERROR_ALLOW_ALL": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REDIRECT_MAX_TIMES": 5,
        "LOG_LEVEL": "WARNING",
        "LOG_INSTALL_ROOT_HANDLER": False,
        "DEFAULT_REQUEST_HEADERS": {
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "vi,en;q=0.5",
        },
        "DOWNLOADER_MIDDLEWARES": {
            f"{_MW}.GuardMiddleware": 10,
            f"{_MW}.BackoffRetryMiddleware": 550,
            f"{_MW}.RedirectLogMiddleware": 650,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        },
        "DEPTH_LIMIT": 0,
        "DNS_TIMEOUT": 20,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }


def _delays(ctx: CrawlContext) -> dict[str, float]:
    """Politeness delay per download slot (host[:port]) of every source."""
    out: dict[str, float] = {}
    for source in ctx.sources:
        for domain in source.domains:
            out[domain] = ctx.delay(source)
        for url in source.start_urls():
            out[slot_key(url)] = ctx.delay(source)
    return out


def _report(ctx: CrawlContext, duration: float) -> CrawlReport:
    """Totals and per-source counts of a finished crawl."""
    per: dict[str, SourceStats] = ctx.stats
    total = {
        k: sum(getattr(s, k) for s in per.values())
        for k in ("stored", "unchanged", "not_modified", "failed", "bytes_received")
    }
    failed_sources = [name for name, s in per.items() if s.ok() == 0]
    return CrawlReport(
        sources={
            name: {
                **{k: v for k, v in asdict(s).items() if k != "errors"},
                "errors": dict(s.errors),
            }
            for name, s in per.items()
        },
        pages_fetched=total["stored"] + total["unchanged"],
        stored=total["stored"],
        unchanged=total["unchanged"],
        not_modified=total["not_modified"],
        failed=total["failed"],
        bytes_received=total["bytes_received"],
        recovered=ctx.store.recovered,
        cut_tails=ctx.store.cut_tails,
        duration_s=round(duration, 3),
        failed_sources=failed_sources,
    )


def source_info(source: Source) -> SourceInfo:
    """What the store keeps of a source for later extraction."""
    return SourceInfo(
        source.name, source.province, source.relevance, source.generic, dict(source.selectors)
    )


def run_crawl(
    sources: list[Source], options: CrawlOptions, store: Store | None = None
) -> CrawlReport:
    """Crawl `sources` into `store` (default: open and lock `options.store`).

    Twisted's reactor runs once per process, so a process crawls once.
    """
    if not sources:
        raise CrawlError("no source to crawl; give URLs, --sources FILES or add rules/sources/")
    if store is None:
        with Store(options.store, lock=True) as own:
            return run_crawl(sources, options, own)
    started = time.monotonic()
    store.save_sources(source_info(s) for s in sources)
    ctx = CrawlContext(sources=sources, options=options, store=store)
    process = CrawlerProcess(settings=scrapy_settings(options, _delays(ctx)))
    logging.getLogger("scrapy").setLevel(logging.WARNING)
    process.crawl(ThiduaSpider, ctx=ctx)
    stopped: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        # Raising inside Twisted's loop would be logged and ignored: ask the crawler to close
        # (pages in flight are finished and stored), and stop the loop on a second signal.
        from twisted.internet import reactor

        stopped.append(signum)
        if len(stopped) == 1:
            reactor.callFromThread(process.stop)
        else:
            reactor.callFromThread(reactor.stop)  # type: ignore[misc]

    with handle_signals(stop):
        process.start(install_signal_handlers=False)
    report = _report(ctx, time.monotonic() - started)
    if stopped:
        report.interrupted = signal_name(stopped[0])
    return report
