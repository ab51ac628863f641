"""Crawl sources as data: rules/sources/*.yaml and the site families they build on."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from extract import rules
from extract.errors import RuleError, SourceError
from extract.urls import host_of

# The only URL schemes crawled; anything else (ftp:, file:, mailto:) is refused up front.
WEB_SCHEMES = ("http", "https")

SOURCES_DIR = "sources"
DEFAULT_DELAY_S = 2.0
DEFAULT_MAX_PAGES = 5000
DEFAULT_MAX_DEPTH = 5
GENERIC_FAMILY = "generic"

UrlKind = Literal["article", "listing", "deny", "offsite", "other"]


@dataclass(frozen=True)
class Source:
    """One site to crawl: where to start, which URLs are articles, how fast to go."""

    name: str
    domains: tuple[str, ...]
    family: str
    province: str | None = None
    include_subdomains: bool = False
    home: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    article: tuple[re.Pattern[str], ...] = ()
    follow: tuple[re.Pattern[str], ...] = ()
    deny: tuple[re.Pattern[str], ...] = ()
    selectors: Mapping[str, str] = field(default_factory=dict)
    since: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    max_depth: int = DEFAULT_MAX_DEPTH
    delay: float = DEFAULT_DELAY_S
    concurrency: int = 1
    relevance: str = "filter"
    path: str | None = None
    generic: bool = False  # built from bare URLs: follow every same-host page

    def start_urls(self) -> list[str]:
        """Every start URL: home, listings, sitemaps, feeds (in that order, each once)."""
        return list(dict.fromkeys([*self.home, *self.listings, *self.sitemaps, *self.feeds]))

    def allows_host(self, host: str) -> bool:
        """Whether pages of `host` may be fetched for this source."""
        host = host.lower().rstrip(".")
        for domain in self.domains:
            bare = domain.split(":", 1)[0]
            if host == bare or (self.include_subdomains and host.endswith("." + bare)):
                return True
        return False

    def classify(self, url: str) -> UrlKind:
        """What `url` is for this source: article, listing, deny, offsite or other."""
        if not self.allows_host(host_of(url)):
            return "offsite"
        parts = urlsplit(url)
        tail = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if any(p.search(tail) for p in self.deny):
            return "deny"
        if any(p.search(tail) for p in self.article):
            return "article"
        if any(p.search(tail) for p in self.follow):
            return "listing"
        return "other"


# --- loading -------------------------------------------------------------------------------


def _compile(patterns: Iterable[str], where: str) -> tuple[re.Pattern[str], ...]:
    """Compile regexes, naming the file when one is broken."""
    out = []
    for pattern in patterns:
        try:
            out.append(re.compile(pattern))
        except re.error as exc:
            raise SourceError(f"{where}: bad regex {pattern!r} ({exc}); fix it") from exc
    return tuple(out)


@cache
def families() -> dict[str, dict[str, Any]]:
    """rules/site_families.yaml: URL patterns per family of site software."""
    entries: dict[str, dict[str, Any]] = rules.load("site_families.yaml").entries
    return entries


def source_from_entries(data: Mapping[str, Any], where: str) -> Source:
    """A Source from validated `entries` of a source file; family patterns come after its own."""
    fam = families().get(data["family"], {"article": [], "follow": [], "deny": []})
    start = data.get("start", {})
    window = data.get("window", {})
    rate = data.get("rate", {})
    source = Source(
        name=data["name"],
        domains=tuple(d.lower() for d in data["domains"]),
        family=data["family"],
        province=data.get("province"),
        include_subdomains=bool(data.get("include_subdomains", False)),
        home=tuple(start.get("home", ())),
        listings=tuple(start.get("listings", ())),
        sitemaps=tuple(start.get("sitemaps", ())),
        feeds=tuple(start.get("feeds", ())),
        article=_compile([*data.get("article", ()), *fam["article"]], where),
        follow=_compile([*data.get("follow", ()), *fam["follow"]], where),
        deny=_compile([*data.get("deny", ()), *fam["deny"]], where),
        selectors=dict(data.get("selectors", {})),
        since=window.get("since"),
        max_pages=int(window.get("max_pages", DEFAULT_MAX_PAGES)),
        max_depth=int(window.get("max_depth", DEFAULT_MAX_DEPTH)),
        delay=float(rate.get("delay", DEFAULT_DELAY_S)),
        concurrency=int(rate.get("concurrency", 1)),
        relevance=data.get("relevance", "filter"),
        path=where,
    )
    if not source.start_urls():
        raise SourceError(f"{where}: no start URL; give start.home, listings, sitemaps or feeds")
    offsite = [u for u in source.start_urls() if not source.allows_host(host_of(u))]
    if offsite:
        raise SourceError(
            f"{where}: start URL {offsite[0]} is outside domains {list(source.domains)}; "
            "add its host to `domains` or fix the URL"
        )
    return source


def load_source_file(path: Path) -> Source:
    """Load one source file (schema rules/schemas/source.json)."""
    try:
        rule = rules.load_path(path)
    except RuleError as exc:
        raise SourceError(str(exc)) from exc
    return source_from_entries(rule.entries, str(path))


def bundled_source_files() -> list[Path]:
    """Every rules/sources/*.yaml file, sorted."""
    return sorted((rules.rules_dir() / SOURCES_DIR).glob("*.yaml"))


def load_sources(paths: Sequence[Path] | None = None) -> list[Source]:
    """Sources from files or folders of them (default: the bundled rules/sources/)."""
    files: list[Path] = []
    for given in paths if paths is not None else [rules.rules_dir() / SOURCES_DIR]:
        if given.is_dir():
            files.extend(sorted(given.glob("*.yaml")))
        elif given.is_file():
            files.append(given)
        else:
            raise SourceError(f"{given}: no such source file or folder; check the path")
    sources = [load_source_file(f) for f in files]
    names = [s.name for s in sources]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise SourceError(f"source name(s) used twice: {', '.join(twice)}; names must be unique")
    return sources


def select_sources(sources: Sequence[Source], wanted: Sequence[str]) -> list[Source]:
    """The sources named (or whose domain is) in `wanted`; SourceError lists the known ones."""
    out: list[Source] = []
    for want in wanted:
        hits = [s for s in sources if want in (s.name, *s.domains)]
        if not hits:
            known = ", ".join(s.name for s in sources)
            raise SourceError(f"no source named {want!r}; known sources: {known}")
        out.extend(h for h in hits if h not in out)
    return out


def generic_source(urls: Sequence[str], *, delay: float = DEFAULT_DELAY_S) -> Source:
    """A source for bare URLs: their hosts, every family's patterns, follow same-host links."""
    other = [u for u in urls if urlsplit(u).scheme.lower() not in WEB_SCHEMES]
    if other:
        raise SourceError(
            f"not a web address: {', '.join(other)}; only http:// and https:// URLs are "
            "crawled (give URLs like https://baodemo.vn/)"
        )
    hosts = list(dict.fromkeys(host_of(u) for u in urls))
    if not hosts or not all(hosts):
        raise SourceError(f"not a web address: {urls!r}; give URLs like https://baodemo.vn/")
    fams = families().values()
    return Source(
        name="generic-" + hosts[0].removeprefix("www."),
        domains=tuple(hosts),
        family=GENERIC_FAMILY,
        home=tuple(urls),
        article=_compile([p for f in fams for p in f["article"]], "site_families.yaml"),
        follow=(),
        deny=_compile([p for f in fams for p in f["deny"]], "site_families.yaml"),
        delay=delay,
        generic=True,
    )


def source_for_url(url: str, sources: Sequence[Source]) -> Source | None:
    """The first source whose domains include the URL's host."""
    host = host_of(url)
    return next((s for s in sources if s.allows_host(host)), None)
