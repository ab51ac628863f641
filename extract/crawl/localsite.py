"""A local multi-host web server and plain-HTTP forward proxy for crawler tests, demo and bench.

One `LocalSites` listens on 127.0.0.1 and serves several virtual hosts, each from a folder of
static files. The site is picked by the Host header (plain server) or, when the request line
carries an absolute URI (a crawler using `proxy=http://127.0.0.1:PORT`), by the URI's host, so
fake hostnames such as `www.bao01.thidua.test` all run on one port. Faults (slow answers, error
statuses, redirects, gzip bombs, raw bodies, dropped connections) can be injected per host and
path while the server runs, and every request is logged for assertions about politeness.

CLI: `python -m extract.crawl.localsite --site HOST=DIR ... [--port N] [--port-file F]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import fnmatch
import functools
import gzip
import hashlib
import mimetypes
import os
import re
import signal
import socket
import sys
import threading
import time
import traceback
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, Self, cast
from urllib.parse import unquote, urlsplit

MB = 1024 * 1024
LOGGED_HEADERS = (
    "User-Agent",
    "If-None-Match",
    "If-Modified-Since",
    "Accept-Encoding",
    "Accept",
    "Accept-Language",
    "Referer",
    "Connection",
    "Proxy-Connection",
)
STATUS_DROPPED = 0  # logged status of a request whose connection was closed without an answer
HTML = "text/html; charset=utf-8"
CONTENT_TYPES = {
    ".html": HTML,
    ".htm": HTML,
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css",
    ".js": "text/javascript",
}
_GZIP_CACHE_MAX = 4096


@dataclass(frozen=True)
class Site:
    """A virtual host served from a folder of static files, with per-site options."""

    root: Path
    validators: bool = True  # send ETag/Last-Modified and answer conditional requests with 304
    gzip: bool = True  # gzip bodies when the request's Accept-Encoding allows it
    last_modified: dt.datetime | None = None  # one fixed Last-Modified instead of file mtimes
    # "path?query" (or "path") -> file relative to root; other query strings are ignored
    routes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Fault:
    """A misbehaviour for matching requests; `delay` combines with any other kind."""

    delay: float = 0.0  # seconds to sleep before answering
    status: int | None = None  # answer this status (with `location` for redirects)
    retry_after: str | None = None  # Retry-After header sent with `status`
    location: str | None = None  # Location header for a 3xx `status`
    bomb_size: int = 0  # > 0: a gzip body that inflates to this many zero bytes
    body: bytes | None = None  # raw body served instead of the file (or as the error page)
    content_type: str | None = None  # Content-Type for `body`, the bomb, or the file itself
    drop: bool = False  # close the connection without any answer
    times: int | None = None  # apply to the first N matching requests only (None: always)

    @classmethod
    def slow(cls, seconds: float, times: int | None = None) -> Fault:
        """Sleep `seconds` before answering normally."""
        return cls(delay=seconds, times=times)

    @classmethod
    def error(
        cls, status: int = 500, times: int | None = None, retry_after: int | str | None = None
    ) -> Fault:
        """Answer `status` (e.g. 500, 503, 429 with Retry-After) the first `times` requests."""
        return cls(
            status=status,
            times=times,
            retry_after=None if retry_after is None else str(retry_after),
        )

    @classmethod
    def redirect(cls, location: str, status: int = 301, times: int | None = None) -> Fault:
        """Redirect to `location` (absolute URL, possibly another host, or a path)."""
        return cls(status=status, location=location, times=times)

    @classmethod
    def gzip_bomb(cls, size: int = 100 * MB, times: int | None = None) -> Fault:
        """Send a small gzip body inflating to `size` zero bytes, as text/html."""
        return cls(bomb_size=size, times=times)

    @classmethod
    def raw(cls, body: bytes, content_type: str, times: int | None = None) -> Fault:
        """Serve `body` with `content_type` instead of the file (e.g. TCVN3 as windows-1252)."""
        return cls(body=body, content_type=content_type, times=times)

    @classmethod
    def disconnect(cls, times: int | None = None) -> Fault:
        """Close the connection without sending any answer."""
        return cls(drop=True, times=times)


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server saw it; `status` 0 means the connection was dropped."""

    time: float  # epoch seconds when the request line was read
    client: str  # "ip:port"
    method: str
    host: str  # the virtual host asked for (lower case, no port)
    path: str  # path with query string, as requested
    proxied: bool  # the request line carried an absolute URI
    headers: Mapping[str, str]  # the LOGGED_HEADERS present in the request
    status: int
    body_bytes: int  # body bytes sent (after compression; 0 for HEAD and 304)
    duration: float  # seconds from the request line to the answer being ready


@dataclass
class _Rule:
    """A registered fault with its match pattern and remaining uses."""

    id: int
    host: str
    pattern: str | re.Pattern[str]
    fault: Fault
    remaining: int | None
    created: float
    hits: int = 0

    def matches(self, host: str, path: str, target: str) -> bool:
        """Whether the rule covers this host and path (regex: search in path + query)."""
        if not fnmatch.fnmatchcase(host, self.host):
            return False
        if isinstance(self.pattern, re.Pattern):
            return self.pattern.search(target) is not None
        return fnmatch.fnmatchcase(target, self.pattern) or fnmatch.fnmatchcase(path, self.pattern)


@dataclass
class _Response:
    """An answer ready to be written."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    drop: bool = False


class LocalSites:
    """Serves virtual hosts from folders on one local port, as a server and an HTTP proxy."""

    def __init__(
        self,
        sites: Mapping[str, Path | Site],
        *,
        bind: str = "127.0.0.1",
        port: int = 0,
        default_host: str | None = None,
        verbose: bool = False,
    ) -> None:
        """Prepare (not start) a server for `sites` (hostname -> folder or `Site`)."""
        self._lock = threading.Lock()
        self._sites: dict[str, Site] = {}
        for name, site in sites.items():
            self._sites[_norm_host(name)] = _as_site(site)
        self._bind = bind
        self._requested_port = port
        self.default_host = None if default_host is None else _norm_host(default_host)
        self.verbose = verbose
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None
        self._rules: list[_Rule] = []
        self._next_rule = 1
        self._log: list[LoggedRequest] = []
        self._in_flight: dict[str, int] = {}
        self._max_in_flight: dict[str, int] = {}
        self._in_flight_all = 0
        self._max_in_flight_all = 0
        self._open_connections: set[socket.socket] = set()
        self._max_connections = 0
        self._gzip_cache: dict[str, bytes] = {}

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind the port and serve in a background daemon thread; returns self."""
        if self._server is not None:
            raise RuntimeError("LocalSites is already running")
        server = _Server((self._bind, self._requested_port), _Handler, self)
        self._server = server
        self._port = int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"localsite:{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close kept-alive connections and release the port."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        with self._lock:
            conns = list(self._open_connections)
        # Kept-alive connections would otherwise go on being served after stop().
        for conn in conns:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        """Start the server."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The bound port (the last one after stop())."""
        if self._port is None:
            raise RuntimeError("LocalSites has not been started")
        return self._port

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`: the server's own address, also the proxy URL."""
        return f"http://{self._bind}:{self.port}"

    @property
    def hosts(self) -> list[str]:
        """The served hostnames, sorted."""
        with self._lock:
            return sorted(self._sites)

    def url(self, host: str, path: str = "/") -> str:
        """The URL of `path` on virtual host `host`, to fetch through the proxy."""
        return f"http://{_norm_host(host)}{path if path.startswith('/') else '/' + path}"

    def add_site(self, host: str, site: Path | Site) -> None:
        """Serve (or replace) a virtual host, also while running."""
        with self._lock:
            self._sites[_norm_host(host)] = _as_site(site)

    # -- faults ----------------------------------------------------------------------------

    def add_fault(self, host: str, pattern: str | re.Pattern[str], fault: Fault) -> int:
        """Inject `fault` for hosts matching glob `host` and paths matching `pattern`.

        A str `pattern` is a glob matched against the path and against path?query; a compiled
        regex is searched in path?query. The most recently added matching fault wins.
        """
        if fault.bomb_size > 0:
            _gzip_bomb(fault.bomb_size)  # built now, so the request itself is not slowed
        with self._lock:
            rule = _Rule(
                id=self._next_rule,
                host=host.lower(),
                pattern=pattern,
                fault=fault,
                remaining=fault.times,
                created=time.time(),
            )
            self._next_rule += 1
            self._rules.append(rule)
            return rule.id

    def remove_fault(self, fault_id: int) -> None:
        """Remove one fault by the id add_fault() returned."""
        with self._lock:
            self._rules = [r for r in self._rules if r.id != fault_id]

    def clear_faults(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._rules = []

    def fault_hits(self, fault_id: int) -> int:
        """How many requests the fault has been applied to (0 once removed)."""
        with self._lock:
            return next((r.hits for r in self._rules if r.id == fault_id), 0)

    # -- request log -----------------------------------------------------------------------

    def requests(self, host: str | None = None) -> list[LoggedRequest]:
        """Logged requests in the order they were answered, optionally for one host."""
        with self._lock:
            log = list(self._log)
        return log if host is None else [r for r in log if r.host == _norm_host(host)]

    def bytes_sent(self, host: str | None = None) -> int:
        """Body bytes sent, in total or to one host."""
        return sum(r.body_bytes for r in self.requests(host))

    def count(
        self, status: int | None = None, host: str | None = None, path: str | None = None
    ) -> int:
        """Number of logged requests, optionally with this status, host and path."""
        return sum(
            1
            for r in self.requests(host)
            if (status is None or r.status == status) and (path is None or r.path == path)
        )

    def request_times(self, host: str) -> list[float]:
        """Arrival times (epoch seconds, ascending) of the requests to `host`."""
        return sorted(r.time for r in self.requests(host))

    def max_concurrent(self, host: str | None = None) -> int:
        """Most requests in progress at once for `host` (or over all hosts).

        Through a proxy one connection carries requests for several hosts, so concurrency is
        measured as requests being handled at the same time, which is what a site would see
        as concurrent connections.
        """
        with self._lock:
            if host is None:
                return self._max_in_flight_all
            return self._max_in_flight.get(_norm_host(host), 0)

    def max_connections(self) -> int:
        """Most TCP connections open at once (over all hosts)."""
        with self._lock:
            return self._max_connections

    def reset_log(self) -> None:
        """Forget the request log and the concurrency maxima."""
        with self._lock:
            self._log = []
            self._max_in_flight = dict(self._in_flight)
            self._max_in_flight_all = self._in_flight_all
            self._max_connections = len(self._open_connections)

    # -- internals used by the handler -----------------------------------------------------

    def _site_for(self, host: str) -> tuple[str, Site | None]:
        """The effective host name and its site (None if not served)."""
        with self._lock:
            site = self._sites.get(host)
            if site is None and self.default_host is not None and self._is_own_name(host):
                return self.default_host, self._sites.get(self.default_host)
        return host, site

    def _is_own_name(self, host: str) -> bool:
        """Whether `host` names this server itself rather than a virtual host."""
        return host in {"", "127.0.0.1", "localhost", self._bind.lower()}

    def _match_fault(self, host: str, path: str, query: str) -> tuple[Fault, float] | None:
        """The newest active fault for the request, consuming one of its uses."""
        target = f"{path}?{query}" if query else path
        with self._lock:
            for rule in reversed(self._rules):
                if rule.remaining == 0 or not rule.matches(host, path, target):
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                rule.hits += 1
                return rule.fault, rule.created
        return None

    @contextmanager
    def _handling(self, host: str) -> Iterator[None]:
        """Count the request as in progress for `host` while the block runs."""
        with self._lock:
            now = self._in_flight.get(host, 0) + 1
            self._in_flight[host] = now
            self._max_in_flight[host] = max(self._max_in_flight.get(host, 0), now)
            self._in_flight_all += 1
            self._max_in_flight_all = max(self._max_in_flight_all, self._in_flight_all)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight[host] -= 1
                self._in_flight_all -= 1

    def _record(self, entry: LoggedRequest) -> None:
        """Append to the request log."""
        with self._lock:
            self._log.append(entry)

    def _connection_opened(self, conn: socket.socket) -> None:
        """Track an accepted connection."""
        with self._lock:
            self._open_connections.add(conn)
            self._max_connections = max(self._max_connections, len(self._open_connections))

    def _connection_closed(self, conn: socket.socket) -> None:
        """Stop tracking a connection."""
        with self._lock:
            self._open_connections.discard(conn)

    def _gzipped(self, key: str, body: bytes) -> bytes:
        """gzip `body` (mtime 0, so the same bytes every time), cached by content hash."""
        with self._lock:
            cached = self._gzip_cache.get(key)
        if cached is not None:
            return cached
        packed = gzip.compress(body, compresslevel=6, mtime=0)
        with self._lock:
            if len(self._gzip_cache) >= _GZIP_CACHE_MAX:
                self._gzip_cache.clear()
            self._gzip_cache[key] = packed
        return packed


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its LocalSites and tracks connections."""

    daemon_threads = True
    request_queue_size = 128  # the benchmark opens many connections at once

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], owner: LocalSites
    ) -> None:
        """Bind `address` for `owner`."""
        self.owner = owner
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Track the connection, then handle it in a new thread."""
        self.owner._connection_opened(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        """Stop tracking the connection and close it."""
        self.owner._connection_closed(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Report handler errors only when verbose (clients hanging up are normal in tests)."""
        if self.owner.verbose:
            print(f"localsite: error serving {client_address}", file=sys.stderr)
            traceback.print_exc()


class _Handler(BaseHTTPRequestHandler):
    """Answers one connection's requests from the owner's sites and faults."""

    protocol_version = "HTTP/1.1"  # keep-alive, as crawlers use it
    server_version = "thidua-localsite/1.0"
    timeout = 30  # an idle kept-alive connection is closed after this many seconds

    def version_string(self) -> str:
        """The Server header, without a Python version."""
        return self.server_version

    @property
    def owner(self) -> LocalSites:
        """The LocalSites this handler serves."""
        return cast(_Server, self.server).owner

    def log_message(self, format: str, *args: Any) -> None:
        """Write the access line only when verbose."""
        if self.owner.verbose:
            sys.stderr.write(f"localsite: {self.address_string()} {format % args}\n")

    def do_GET(self) -> None:
        """Serve a GET."""
        self._serve()

    def do_HEAD(self) -> None:
        """Serve a HEAD (headers of the GET, no body)."""
        self._serve()

    def do_POST(self) -> None:
        """Refuse POST: the sites are static."""
        self._serve()

    def do_CONNECT(self) -> None:
        """Refuse CONNECT: only plain http is proxied."""
        self._serve()

    def _target(self) -> tuple[str, str, str, bool]:
        """(host, path, query, proxied) from the request line and Host header."""
        raw = self.path
        if self.command == "CONNECT":
            return _strip_port(raw).lower(), raw, "", True
        if raw[:7].lower() == "http://" or raw[:8].lower() == "https://":
            parts = urlsplit(raw)
            return (parts.hostname or "").lower(), parts.path or "/", parts.query, True
        path, _, query = raw.partition("#")[0].partition("?")
        return _norm_host(self.headers.get("Host", "")), path or "/", query, False

    def _serve(self) -> None:
        """Answer the current request and log it."""
        owner = self.owner
        started = time.time()
        requested, path, query, proxied = self._target()
        host, site = owner._site_for(requested)
        with owner._handling(host):
            if self.command == "CONNECT":
                resp = _text(HTTPStatus.NOT_IMPLEMENTED, "localsite: only plain http is proxied\n")
            elif self.command not in ("GET", "HEAD"):
                resp = _text(HTTPStatus.METHOD_NOT_ALLOWED, "localsite: static site, GET only\n")
                resp.headers.append(("Allow", "GET, HEAD"))
            elif site is None:
                resp = _text(
                    HTTPStatus.BAD_GATEWAY,
                    f"localsite: no site is served for host {requested!r} "
                    f"(served: {', '.join(owner.hosts) or 'none'})\n",
                )
            else:
                resp = self._answer(host, site, path, query)
            head = self.command == "HEAD" or resp.status == 304 or resp.drop
            # Logged before writing: a client that has read the answer must find it in the log.
            owner._record(
                LoggedRequest(
                    time=started,
                    client=f"{self.client_address[0]}:{self.client_address[1]}",
                    method=self.command,
                    host=host,
                    path=f"{path}?{query}" if query else path,
                    proxied=proxied,
                    headers={k: v for k in LOGGED_HEADERS if (v := self.headers.get(k))},
                    status=STATUS_DROPPED if resp.drop else resp.status,
                    body_bytes=0 if head else len(resp.body),
                    duration=time.time() - started,
                )
            )
        self._write(resp, head)

    def _answer(self, host: str, site: Site, path: str, query: str) -> _Response:
        """The response for a GET/HEAD on a served site, faults applied."""
        matched = self.owner._match_fault(host, path, query)
        fault, created = matched if matched is not None else (Fault(), time.time())
        if fault.delay > 0:
            time.sleep(fault.delay)
        if fault.drop:
            return _Response(STATUS_DROPPED, drop=True)
        if fault.bomb_size > 0:
            return _Response(
                fault.status or 200,
                [("Content-Type", fault.content_type or HTML), ("Content-Encoding", "gzip")],
                _gzip_bomb(fault.bomb_size),
            )
        if fault.status is not None and fault.status != 200:
            return _status_page(fault)
        if fault.body is not None:
            body, mtime = fault.body, created
            ctype = fault.content_type or "application/octet-stream"
        else:
            file = _resolve(site, path, query)
            if file is None:
                return _not_found(site, path)
            body, mtime = file.read_bytes(), file.stat().st_mtime
            ctype = fault.content_type or _content_type(file)
        if site.last_modified is not None:
            mtime = site.last_modified.timestamp()
        return self._content(site, body, ctype, mtime)

    def _content(self, site: Site, body: bytes, ctype: str, mtime: float) -> _Response:
        """A 200 (or 304) for `body`, with validators and gzip as the site and request allow."""
        digest = hashlib.sha1(body).hexdigest()[:20]
        headers = [("Content-Type", ctype)]
        if site.validators:
            etag = f'"{digest}"'
            last_modified = email.utils.formatdate(int(mtime), usegmt=True)
            headers += [("ETag", etag), ("Last-Modified", last_modified)]
            if _not_modified(
                self.headers.get("If-None-Match"),
                etag,
                self.headers.get("If-Modified-Since"),
                int(mtime),
            ):
                return _Response(304, headers[1:])
        if site.gzip and body:
            headers.append(("Vary", "Accept-Encoding"))
            if _accepts_gzip(self.headers.get("Accept-Encoding", "")):
                headers.append(("Content-Encoding", "gzip"))
                body = self.owner._gzipped(digest, body)
        return _Response(200, headers, body)

    def _write(self, resp: _Response, head: bool) -> None:
        """Send `resp` (or hang up for a dropped one)."""
        if resp.drop:
            self.close_connection = True
            return
        try:
            self.send_response(resp.status)
            for name, value in resp.headers:
                self.send_header(name, value)
            if resp.status != 304:
                self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            if not head:
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def _norm_host(value: str) -> str:
    """Lower-case host name without port or trailing dot."""
    return _strip_port(value.strip()).lower().rstrip(".")


def _strip_port(value: str) -> str:
    """`host:port` -> `host` (IPv6 literals keep their brackets)."""
    if value.startswith("["):
        return value.partition("]")[0] + "]"
    name, sep, port = value.rpartition(":")
    return name if sep and port.isdigit() else value


def _as_site(site: Path | Site) -> Site:
    """Wrap a folder into a Site."""
    return site if isinstance(site, Site) else Site(root=Path(site))


def _resolve(site: Site, path: str, query: str) -> Path | None:
    """The file for `path`: routes first, then the file, dir/index.html, or `.html`."""
    route = site.routes.get(f"{path}?{query}") if query else None
    if route is None:
        route = site.routes.get(path)
    if route is not None:
        candidates = [site.root / route]
    else:
        parts = [p for p in unquote(path, errors="replace").split("/") if p not in ("", ".")]
        if any(p == ".." or "\x00" in p or "\\" in p for p in parts):
            return None
        base = site.root.joinpath(*parts)
        if path.endswith("/") or not parts:
            candidates = [base / "index.html"]
        else:
            candidates = [base, base / "index.html", base.with_name(base.name + ".html")]
    root = site.root.resolve()
    for candidate in candidates:
        if candidate.is_file() and candidate.resolve().is_relative_to(root):
            return candidate
    return None


def _content_type(file: Path) -> str:
    """Content-Type by suffix (robots.txt is text/plain like every .txt)."""
    known = CONTENT_TYPES.get(file.suffix.lower())
    if known is not None:
        return known
    guessed, _ = mimetypes.guess_type(file.name)
    return guessed or "application/octet-stream"


def _not_modified(
    if_none_match: str | None, etag: str, if_modified_since: str | None, mtime: int
) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since."""
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    if if_modified_since is not None:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return mtime <= since.timestamp()
    return False


def _accepts_gzip(accept_encoding: str) -> bool:
    """Whether Accept-Encoding allows gzip (by name or `*`, with q > 0)."""
    named: float | None = None
    star: float | None = None
    for item in accept_encoding.split(","):
        name, *params = (p.strip() for p in item.split(";"))
        q = 1.0
        for param in params:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if name.lower() in ("gzip", "x-gzip"):
            named = q
        elif name == "*":
            star = q
    if named is not None:
        return named > 0
    return star is not None and star > 0


@functools.lru_cache(maxsize=4)
def _gzip_bomb(size: int) -> bytes:
    """A gzip stream of `size` zero bytes (about 1/1000 of that), built without holding it."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container, mtime 0
    chunk = bytes(MB)
    parts: list[bytes] = []
    left = size
    while left > 0:
        n = min(left, MB)
        parts.append(packer.compress(chunk if n == MB else chunk[:n]))
        left -= n
    parts.append(packer.flush())
    return b"".join(parts)


def _text(status: int, message: str) -> _Response:
    """A plain-text answer."""
    return _Response(
        int(status), [("Content-Type", "text/plain; charset=utf-8")], message.encode("utf-8")
    )


def _status_page(fault: Fault) -> _Response:
    """The answer for a status fault: redirect, or an error page with optional Retry-After."""
    status = int(fault.status or 500)
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body = fault.body
    if body is None:
        body = (
            f"<!doctype html><title>{status} {phrase}</title><h1>{status} {phrase}</h1>\n".encode()
        )
    headers = [("Content-Type", fault.content_type or HTML)]
    if fault.location is not None:
        headers.append(("Location", fault.location))
    if fault.retry_after is not None:
        headers.append(("Retry-After", fault.retry_after))
    return _Response(status, headers, body)


def _not_found(site: Site, path: str) -> _Response:
    """404, with the site's own 404.html when it has one."""
    page = site.root / "404.html"
    if page.is_file():
        body = page.read_bytes()
    else:
        body = (
            '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            "<title>404 - Không tìm thấy trang</title></head>"
            f"<body><h1>404</h1><p>Không tìm thấy trang {_escape(path)}.</p></body></html>\n"
        ).encode()
    return _Response(404, [("Content-Type", HTML)], body)


def _escape(text: str) -> str:
    """Minimal HTML escaping for echoed paths."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _parse_site(spec: str) -> tuple[str, Path]:
    """`HOST=DIR` -> (host, dir)."""
    host, sep, folder = spec.partition("=")
    if not sep or not host or not folder:
        raise argparse.ArgumentTypeError(f"expected HOST=DIR, got {spec!r}")
    path = Path(folder)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{folder!r} is not a folder")
    return host, path


def _parse_date(value: str) -> dt.datetime:
    """An ISO date or datetime (UTC when no zone is given)."""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def build_parser() -> argparse.ArgumentParser:
    """The CLI's argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m extract.crawl.localsite",
        description="Serve folders as virtual hosts on one local port (also a plain-HTTP "
        "proxy: point a crawler at proxy=http://127.0.0.1:PORT). Prints the port, then "
        "serves until killed.",
    )
    parser.add_argument(
        "--site",
        action="append",
        type=_parse_site,
        required=True,
        metavar="HOST=DIR",
        help="serve DIR as virtual host HOST (repeatable)",
    )
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--port-file", type=Path, help="write the port here once listening")
    parser.add_argument("--default-host", help="site for requests addressed to the server itself")
    parser.add_argument("--no-validators", action="store_true", help="no ETag/Last-Modified")
    parser.add_argument("--no-gzip", action="store_true", help="never gzip bodies")
    parser.add_argument(
        "--last-modified",
        type=_parse_date,
        help="fixed Last-Modified (ISO date) instead of file mtimes",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI: serve until SIGTERM/SIGINT; returns the exit code."""
    args = build_parser().parse_args(argv)
    sites = {
        host: Site(
            root=folder,
            validators=not args.no_validators,
            gzip=not args.no_gzip,
            last_modified=args.last_modified,
        )
        for host, folder in args.site
    }
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    with LocalSites(
        sites,
        bind=args.bind,
        port=args.port,
        default_host=args.default_host,
        verbose=args.verbose,
    ) as server:
        if args.port_file is not None:
            # Written atomically so a watcher never reads a half-written number.
            tmp = args.port_file.with_name(args.port_file.name + ".tmp")
            tmp.write_text(f"{server.port}\n", encoding="utf-8")
            os.replace(tmp, args.port_file)
        # Printed after the port file exists, so a reader of either can rely on both.
        print(server.port, flush=True)
        print(
            f"localsite: serving {', '.join(server.hosts)} on {server.base_url}",
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
