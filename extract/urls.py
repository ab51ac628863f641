"""Canonical URLs and the stable article ids derived from them (rules/urls.yaml)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extract import rules

DEFAULT_PORTS = {"http": 80, "https": 443}
ID_HASH_CHARS = 12


@dataclass(frozen=True)
class UrlRules:
    """Compiled rules/urls.yaml."""

    drop_exact: frozenset[str]
    drop_prefixes: tuple[str, ...]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]


@cache
def url_rules() -> UrlRules:
    """Load and compile rules/urls.yaml."""
    entries = rules.load("urls.yaml").entries
    names = [n.lower() for n in entries["drop_params"]]
    return UrlRules(
        drop_exact=frozenset(n for n in names if not n.endswith("*")),
        drop_prefixes=tuple(n[:-1] for n in names if n.endswith("*")),
        rewrites=tuple((re.compile(r["regex"]), r["to"]) for r in entries["rewrite"]),
    )


def _tracking(name: str, r: UrlRules) -> bool:
    """Whether query parameter `name` only tracks the reader."""
    low = name.lower()
    return low in r.drop_exact or low.startswith(r.drop_prefixes)


def _netloc(scheme: str, host: str, port: int | None) -> str:
    """host[:port] without the scheme's default port."""
    if port is None or DEFAULT_PORTS.get(scheme) == port:
        return host
    return f"{host}:{port}"


@lru_cache(maxsize=16384)  # a WARC run asks for one URL's form three times; rewrites are slow
def canonical_url(url: str) -> str:
    """The URL a page is stored and identified under (see rules/urls.yaml)."""
    r = url_rules()
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:  # a junk port: keep the URL recognisable rather than fail
        port = None
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k, r)
    ]
    tail = (parts.path or "/") + ("?" + urlencode(sorted(query)) if query else "")
    for regex, to in r.rewrites:
        tail = regex.sub(to, tail, count=1)
    path, _, rest = tail.partition("?")
    return urlunsplit((scheme, _netloc(scheme, host, port), path or "/", rest, ""))


def host_of(url: str) -> str:
    """The lower-case host of `url` (no port)."""
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def page_id(url: str) -> str:
    """A stable article id for a crawled page: its host and a hash of its canonical URL."""
    canon = canonical_url(url)
    host = host_of(canon).removeprefix("www.")
    digest = hashlib.sha256(canon.encode("utf-8")).hexdigest()[:ID_HASH_CHARS]
    return f"{host}-{digest}"
