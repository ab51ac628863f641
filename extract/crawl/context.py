"""What a crawl knows while it runs: its sources, the store, limits and running counts."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract.crawl.defaults import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from extract.crawl.defaults import DEFAULT_RETRIES as DEFAULT_RETRIES
from extract.crawl.defaults import DEFAULT_TIMEOUT_S as DEFAULT_TIMEOUT_S
from extract.crawl.defaults import DEFAULT_USER_AGENT as DEFAULT_USER_AGENT
from extract.crawl.defaults import PROJECT_URL as PROJECT_URL
from extract.sources import Source
from extract.store.state import Store

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 522, 524})
MAX_BACKOFF_S = 60.0


@dataclass
class CrawlOptions:
    """Everything a crawl is told from the command line."""

    store: Path
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = DEFAULT_TIMEOUT_S
    retries: int = DEFAULT_RETRIES
    backoff_s: float = 1.0  # first retry waits this long, then twice as long each time
    delay_s: float | None = None  # overrides every source's delay
    max_pages: int | None = None  # overrides every source's page budget
    proxy: str | None = None  # send every request through this HTTP proxy (tests, demo)
    obey_robots: bool = True
    progress: bool = False
    autothrottle: bool = True


@dataclass
class SourceStats:
    """Running counts of one source."""

    requested: int = 0
    stored: int = 0  # 200 with a new or changed body
    unchanged: int = 0  # 200 with the body already stored
    not_modified: int = 0  # 304
    failed: int = 0
    offsite_blocked: int = 0
    robots_blocked: int = 0
    bytes_received: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def ok(self) -> int:
        """Answers that count as reaching the site."""
        return self.stored + self.unchanged + self.not_modified


@dataclass
class CrawlContext:
    """Shared by the spider and the middlewares of one crawl."""

    sources: list[Source]
    options: CrawlOptions
    store: Store
    stats: dict[str, SourceStats] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        """One stats entry per source."""
        for source in self.sources:
            self.stats.setdefault(source.name, SourceStats())

    def source(self, name: str | None) -> Source | None:
        """The source called `name`."""
        return next((s for s in self.sources if s.name == name), None)

    def allowed_host(self, host: str) -> bool:
        """Whether any source may fetch from `host`."""
        return any(s.allows_host(host) for s in self.sources)

    def delay(self, source: Source) -> float:
        """Seconds between two requests to one host of `source`."""
        return self.options.delay_s if self.options.delay_s is not None else source.delay

    def max_pages(self, source: Source) -> int:
        """Page budget of `source` for this crawl."""
        return self.options.max_pages or source.max_pages
