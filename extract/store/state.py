"""The store: WARC files plus a SQLite state database, a lock, and recovery after a kill.

Write order is WARC record first (flushed), then the state row in one transaction with the
file's indexed size. A process killed between the two leaves a whole record past the
indexed size, which `Store.open` indexes on the next start, so no page is fetched and
stored twice; a record cut in half is detected and ignored.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extract.errors import LockedError, StoreError
from extract.layout import STATE_FILE as STATE_FILE
from extract.layout import is_store as is_store
from extract.store.warc import Location, WarcAppender, WarcResponse, read_at, scan
from extract.urls import canonical_url, page_id

WARC_DIR = "warc"
LOCK_FILE = ".lock"
ROTATE_BYTES = 512 * 1024 * 1024  # start a new WARC file past this size

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,          -- canonical URL
    page_id TEXT NOT NULL,
    source TEXT,
    kind TEXT,                     -- article, listing, sitemap, feed, other
    status INTEGER,                -- last HTTP status; 0 = no answer
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,             -- sha256 of the stored body
    content_type TEXT,
    first_seen TEXT,
    last_seen TEXT,
    last_changed TEXT,
    fetches INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    final_url TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS pages_hash ON pages(content_hash);
CREATE TABLE IF NOT EXISTS redirects (
    url TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    status INTEGER,
    seen TEXT
);
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    indexed_bytes INTEGER NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,         -- what extraction needs to know of the source later
    province TEXT,
    relevance TEXT,
    generic INTEGER,
    selectors TEXT,                -- JSON object
    saved TEXT
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started TEXT,
    finished TEXT,
    report TEXT
);
"""


def now_iso() -> str:
    """The current UTC time as ISO 8601 with a Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def body_hash(body: bytes) -> str:
    """The content hash the store uses."""
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class SourceInfo:
    """What extraction needs to know of the source a page was crawled for."""

    name: str
    province: str | None
    relevance: str
    generic: bool
    selectors: dict[str, str]


@dataclass(frozen=True)
class PageState:
    """What the state database knows of one URL."""

    url: str
    page_id: str
    source: str | None
    kind: str | None
    status: int | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    content_type: str | None
    first_seen: str | None
    last_seen: str | None
    location: Location | None
    final_url: str | None


def _page(row: sqlite3.Row) -> PageState:
    """A PageState from a `pages` row."""
    location = (
        Location(row["warc_file"], row["warc_offset"], row["warc_length"])
        if row["warc_file"]
        else None
    )
    return PageState(
        url=row["url"],
        page_id=row["page_id"],
        source=row["source"],
        kind=row["kind"],
        status=row["status"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_hash=row["content_hash"],
        content_type=row["content_type"],
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        location=location,
        final_url=row["final_url"],
    )


class Store:
    """A raw-page store at `root`: warc/*.warc.gz and state.sqlite."""

    def __init__(self, root: Path, *, create: bool = True, lock: bool = False) -> None:
        """Open (or create) the store; with `lock`, hold its lock until `close`."""
        if not create and not is_store(root):
            raise StoreError(
                f"{root} is not a thidua store (no {STATE_FILE}); crawl into it first with "
                f"`thidua crawl --store {root} ...`"
            )
        self.root = root
        self.warc_dir = root / WARC_DIR
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store folder {root}: {exc.strerror}") from exc
        self._lock_fd: int | None = self._take_lock() if lock else None
        self.db = sqlite3.connect(root / STATE_FILE, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._appender: WarcAppender | None = None
        self.recovered = 0  # records indexed from WARC tails left by a killed run
        self.cut_tails = 0  # WARC files whose last record was cut and is ignored
        if lock:
            self.recover()

    # --- lock ------------------------------------------------------------------------------

    def _take_lock(self) -> int:
        """Take the store's exclusive lock (released by the OS even on SIGKILL)."""
        path = self.root / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise LockedError(
                f"another thidua run (pid {holder}) is using the store {self.root}; wait for "
                "it to finish, or stop it, then start again"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        return fd

    def close(self) -> None:
        """Close the WARC file, the database and release the lock."""
        if self._appender is not None:
            self._retire_appender()
        self.db.close()
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        """Context manager entry."""
        return self

    def __exit__(self, *_: object) -> None:
        """Context manager exit: close."""
        self.close()

    # --- recovery --------------------------------------------------------------------------

    def _indexed(self) -> dict[str, tuple[int, bool]]:
        """Indexed size and closed flag per WARC file name."""
        rows = self.db.execute("SELECT name, indexed_bytes, closed FROM warc_files")
        return {r["name"]: (int(r["indexed_bytes"]), bool(r["closed"])) for r in rows}

    def recover(self) -> None:
        """Index whole records past each file's indexed size; close files with a cut tail."""
        if not self.warc_dir.is_dir():
            return
        known = self._indexed()
        for path in sorted(self.warc_dir.glob("*.warc.gz")):
            indexed, closed = known.get(path.name, (0, False))
            if closed or path.stat().st_size <= indexed:
                continue
            result = scan(path, indexed)
            for resp in result.responses:
                self._index_recovered(resp)
            self.recovered += len(result.responses)
            self.cut_tails += int(result.truncated)
            # Never append after a cut record: the next run writes a new file.
            self._mark_indexed(path.name, result.end, closed=True)

    def _index_recovered(self, resp: WarcResponse) -> None:
        """Index one response found in a WARC tail, unless the state already has it."""
        url = canonical_url(resp.url)
        digest = body_hash(resp.body)
        known = self.get(url)
        if known is not None and known.content_hash == digest:
            return
        self._upsert(
            url,
            source=known.source if known else None,
            kind=known.kind if known else None,
            status=resp.status,
            etag=resp.header("ETag"),
            last_modified=resp.header("Last-Modified"),
            content_hash=digest,
            content_type=resp.header("Content-Type"),
            location=resp.location,
            final_url=resp.url,
            seen=resp.fetched or now_iso(),
            changed=True,
        )

    def _mark_indexed(self, name: str, size: int, *, closed: bool = False) -> None:
        """Record how much of a WARC file the state database covers."""
        self.db.execute(
            "INSERT INTO warc_files(name, indexed_bytes, closed) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET indexed_bytes=excluded.indexed_bytes, "
            "closed=excluded.closed",
            (name, size, int(closed)),
        )

    # --- reading ---------------------------------------------------------------------------

    def get(self, url: str) -> PageState | None:
        """What the state knows of canonical `url`."""
        row = self.db.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()
        return _page(row) if row else None

    def pages(self, *, kinds: tuple[str, ...] | None = None) -> Iterator[PageState]:
        """Every page with a stored body (optionally of some kinds), in URL order."""
        rows = self.db.execute(
            "SELECT * FROM pages WHERE warc_file IS NOT NULL ORDER BY url"
        ).fetchall()
        for row in rows:
            page = _page(row)
            if kinds is None or (page.kind or "other") in kinds:
                yield page

    def body(self, page: PageState) -> WarcResponse:
        """The stored response of a page."""
        if page.location is None:
            raise StoreError(f"{page.url} has no stored body; crawl it first")
        return read_at(self.warc_dir, page.location)

    def sources(self) -> dict[str, SourceInfo]:
        """The sources the store was crawled for, by name."""
        rows = self.db.execute("SELECT * FROM sources").fetchall()
        return {
            r["name"]: SourceInfo(
                r["name"],
                r["province"],
                r["relevance"] or "filter",
                bool(r["generic"]),
                json.loads(r["selectors"] or "{}"),
            )
            for r in rows
        }

    # --- writing ---------------------------------------------------------------------------

    def save_sources(self, sources: Iterable[SourceInfo]) -> None:
        """Remember the sources of a crawl, so the store can be re-extracted on its own."""
        with self.transaction():
            for s in sources:
                self.db.execute(
                    "INSERT OR REPLACE INTO sources(name, province, relevance, generic, "
                    "selectors, saved) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        s.name,
                        s.province,
                        s.relevance,
                        int(s.generic),
                        json.dumps(dict(s.selectors), ensure_ascii=False),
                        now_iso(),
                    ),
                )

    def save_run(self, run_id: str, started: str, report: dict[str, Any]) -> None:
        """Keep a run's report in the store."""
        self.db.execute(
            "INSERT OR REPLACE INTO runs(run_id, started, finished, report) VALUES (?, ?, ?, ?)",
            (run_id, started, now_iso(), json.dumps(report, ensure_ascii=False)),
        )

    def _retire_appender(self) -> None:
        """Close the current WARC file for good; later writes go to a new one."""
        assert self._appender is not None
        size = self._appender.size()
        self._appender.close()
        self._mark_indexed(self._appender.name, size, closed=True)
        self._appender = None

    def _appender_for_write(self) -> WarcAppender:
        """The open WARC file, rotated when it has grown past ROTATE_BYTES."""
        if self._appender is not None and self._appender.size() > ROTATE_BYTES:
            self._retire_appender()
        if self._appender is None:
            self._appender = WarcAppender(self.warc_dir)
            self._mark_indexed(self._appender.name, 0)
        return self._appender

    def save_response(
        self,
        url: str,
        *,
        source: str | None,
        kind: str | None,
        status: int,
        reason: str,
        request_headers: list[tuple[str, str]],
        response_headers: list[tuple[str, str]],
        body: bytes,
        final_url: str,
        method: str = "GET",
    ) -> bool:
        """Store a fetched response; False when the same body is already stored (not rewritten)."""
        canon = canonical_url(url)
        digest = body_hash(body)
        known = self.get(canon)
        header = {k.lower(): v for k, v in response_headers}
        seen = now_iso()
        row: dict[str, Any] = {
            "source": source,
            "kind": kind,
            "status": status,
            "etag": header.get("etag"),
            "last_modified": header.get("last-modified"),
            "content_hash": digest,
            "content_type": header.get("content-type"),
            "final_url": final_url,
        }
        if known is not None and known.content_hash == digest and known.location is not None:
            self._upsert(canon, location=known.location, seen=seen, changed=False, **row)
            return False
        appender = self._appender_for_write()
        location = appender.append(
            final_url, method, request_headers, status, reason, response_headers, body
        )
        with self.transaction():
            self._upsert(canon, location=location, seen=seen, changed=True, **row)
            self._mark_indexed(appender.name, appender.size())
        return True

    def note_not_modified(self, url: str, *, source: str | None, kind: str | None) -> None:
        """A 304 answer: the stored copy is still current."""
        canon = canonical_url(url)
        self.db.execute(
            "UPDATE pages SET status = 304, last_seen = ?, not_modified = not_modified + 1, "
            "fetches = fetches + 1, source = COALESCE(?, source), kind = COALESCE(?, kind), "
            "error = NULL WHERE url = ?",
            (now_iso(), source, kind, canon),
        )

    def note_failure(
        self, url: str, *, source: str | None, kind: str | None, status: int, error: str
    ) -> None:
        """A page that could not be fetched (HTTP error, timeout, refused, too large)."""
        canon = canonical_url(url)
        seen = now_iso()
        self.db.execute(
            "INSERT INTO pages(url, page_id, source, kind, status, first_seen, last_seen, "
            "fetches, error) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(url) DO UPDATE SET "
            "status=excluded.status, last_seen=excluded.last_seen, fetches=fetches+1, "
            "error=excluded.error, source=COALESCE(excluded.source, source), "
            "kind=COALESCE(excluded.kind, kind)",
            (canon, page_id(canon), source, kind, status, seen, seen, error),
        )

    def note_redirect(self, url: str, target: str, status: int) -> None:
        """Record that `url` redirected to `target`."""
        self.db.execute(
            "INSERT INTO redirects(url, target, status, seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET target=excluded.target, status=excluded.status, "
            "seen=excluded.seen",
            (canonical_url(url), canonical_url(target), status, now_iso()),
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction (the connection is in autocommit mode otherwise)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _upsert(
        self, url: str, *, seen: str, changed: bool, location: Location | None, **values: Any
    ) -> None:
        """Insert or update a page row after a 200 answer."""
        loc = (location.file, location.offset, location.length) if location else (None,) * 3
        self.db.execute(
            "INSERT INTO pages(url, page_id, source, kind, status, etag, last_modified, "
            "content_hash, content_type, first_seen, last_seen, last_changed, fetches, "
            "warc_file, warc_offset, warc_length, final_url, error) "
            "VALUES (:url, :page_id, :source, :kind, :status, :etag, :last_modified, "
            ":content_hash, :content_type, :seen, :seen, :seen, 1, :wf, :wo, :wl, :final_url, "
            "NULL) ON CONFLICT(url) DO UPDATE SET source=COALESCE(excluded.source, source), "
            "kind=COALESCE(excluded.kind, kind), status=excluded.status, etag=excluded.etag, "
            "last_modified=excluded.last_modified, content_hash=excluded.content_hash, "
            "content_type=excluded.content_type, last_seen=excluded.last_seen, "
            "last_changed=CASE WHEN :changed THEN excluded.last_seen ELSE last_changed END, "
            "fetches=fetches+1, warc_file=excluded.warc_file, warc_offset=excluded.warc_offset, "
            "warc_length=excluded.warc_length, final_url=excluded.final_url, error=NULL",
            {
                "url": url,
                "page_id": page_id(url),
                "seen": seen,
                "changed": int(changed),
                "wf": loc[0],
                "wo": loc[1],
                "wl": loc[2],
                **values,
            },
        )
