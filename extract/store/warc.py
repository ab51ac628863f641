"""Gzipped WARC files: append request/response pairs, read records back, survive a cut tail.

Each WARC record is its own gzip member, so a record is readable from its offset alone and
a record cut short by a killed process is detected (incomplete member) and ignored.
"""

from __future__ import annotations

import importlib.util
import io
import os
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extract.errors import StoreError

# Headers that describe the bytes on the wire, not the decoded body we store.
_WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
SOFTWARE = "thidua"


@dataclass(frozen=True)
class Location:
    """Where a response record sits: file name (relative to the WARC folder), offset, length."""

    file: str
    offset: int
    length: int


@dataclass(frozen=True)
class WarcResponse:
    """One HTTP response read back from a WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched: str  # WARC-Date, ISO UTC
    location: Location

    def header(self, name: str) -> str | None:
        """The first value of HTTP header `name` (case-insensitive)."""
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)


def _stored_headers(headers: list[tuple[str, str]], body_len: int) -> list[tuple[str, str]]:
    """Response headers as stored: wire-only headers dropped, Content-Length of the body."""
    kept = [(k, v) for k, v in headers if k.lower() not in _WIRE_HEADERS]
    return [*kept, ("Content-Length", str(body_len))]


def warc_date(moment: datetime | None = None) -> str:
    """An ISO UTC timestamp as WARC wants it."""
    return (moment or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcAppender:
    """Appends request+response record pairs to one gzipped WARC file."""

    def __init__(self, folder: Path, name: str | None = None) -> None:
        """Open (create) `folder/name`; the default name is unique per process and time."""
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.name = name or f"{SOFTWARE}-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}.warc.gz"
        self.path = folder / self.name
        self._handle: BinaryIO = open(self.path, "ab")  # noqa: SIM115 - closed by close()
        self._writer = WARCWriter(self._handle, gzip=True)

    def size(self) -> int:
        """Bytes written so far (the offset of the next record)."""
        return self._handle.tell()

    def append(
        self,
        url: str,
        method: str,
        request_headers: list[tuple[str, str]],
        status: int,
        reason: str,
        response_headers: list[tuple[str, str]],
        body: bytes,
        fetched: datetime | None = None,
    ) -> Location:
        """Write the response and its request; return where the response record is."""
        date = warc_date(fetched)
        http = StatusAndHeaders(
            f"{status} {reason or 'OK'}",
            _stored_headers(response_headers, len(body)),
            protocol="HTTP/1.1",
        )
        response = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        offset = self._handle.tell()
        self._writer.write_record(response)
        length = self._handle.tell() - offset
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req_http = StatusAndHeaders(
            f"{method} /{path} HTTP/1.1", request_headers, is_http_request=True
        )
        request = self._writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=req_http,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        self._writer.write_record(request)
        # Flushed to the OS: a SIGKILL after this point cannot lose the record.
        self._handle.flush()
        return Location(self.name, offset, length)

    def sync(self) -> None:
        """fsync the file (durability against power loss, not needed against SIGKILL)."""
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Flush, fsync and close."""
        if not self._handle.closed:
            self.sync()
            self._handle.close()


def _complete_member(handle: BinaryIO, offset: int, length: int) -> bool:
    """Whether the gzip member at `offset` is whole (a killed writer leaves a cut one)."""
    handle.seek(offset)
    data = handle.read(length)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflater.decompress(data)
    except zlib.error:
        return False
    return inflater.eof


def _response(record: Any, location: Location) -> WarcResponse:
    """A WarcResponse from a warcio response record."""
    rec_headers = record.rec_headers
    http = record.http_headers
    body = record.content_stream().read()
    return WarcResponse(
        url=rec_headers.get_header("WARC-Target-URI") or "",
        status=int(http.get_statuscode() or 0),
        headers=list(http.headers),
        body=body,
        fetched=rec_headers.get_header("WARC-Date") or "",
        location=location,
    )


@dataclass
class ScanResult:
    """Responses found past an offset, where the last whole record ends, and a cut tail."""

    responses: list[WarcResponse]
    end: int
    truncated: bool


def _member_ends_file(handle: BinaryIO, offset: int, size: int) -> bool:
    """Whether the gzip member at `offset` is whole and the file ends right after it."""
    handle.seek(offset)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflater.decompress(handle.read(size - offset))
    except zlib.error:
        return False
    return inflater.eof and not inflater.unused_data


def fastwarc_available() -> bool:
    """Whether the fastwarc reader is installed (warcio reads otherwise)."""
    return importlib.util.find_spec("fastwarc") is not None


def _scan_fastwarc(path: Path, start: int) -> ScanResult | None:
    """`scan` by fastwarc (about 5× warcio); None when it balks, so warcio reads instead."""
    from fastwarc.warc import ArchiveIterator

    found: list[tuple[Any, int]] = []  # (response record or None, offset), every record
    size = path.stat().st_size
    try:
        with open(path, "rb") as handle, open(path, "rb") as checker:
            handle.seek(start)
            for record in ArchiveIterator(handle, parse_http=False):
                response = None
                if record.headers.get("WARC-Type") == "response":
                    record.parse_http()
                    http = record.http_headers
                    response = WarcResponse(
                        url=record.headers.get("WARC-Target-URI") or "",
                        status=int(http.status_code or 0),
                        headers=[(str(k), str(v)) for k, v in http.astuples()],
                        body=record.reader.read(),
                        fetched=record.headers.get("WARC-Date") or "",
                        location=Location(path.name, 0, 0),
                    )
                found.append((response, int(record.stream_pos)))
            # Records end where the next begins; the last one at the end of the file, unless
            # a killed writer cut it (an incomplete gzip member): then it is dropped.
            if not found or not _member_ends_file(checker, found[-1][1], size):
                return None  # a cut or damaged tail: warcio's record-by-record check decides
            ends = [offset for _, offset in found[1:]] + [size]
    except Exception:
        return None
    responses = [
        replace(r, location=Location(path.name, offset, end - offset))
        for (r, offset), end in zip(found, ends, strict=True)
        if r is not None
    ]
    return ScanResult(responses, ends[-1], False)


def scan(path: Path, start: int = 0, *, reader: str = "warcio") -> ScanResult:
    """Read every whole response record from `start` on; stop quietly at a cut tail."""
    # `reader`: "warcio", "fastwarc" or "auto" (fastwarc when installed and the file reads
    # cleanly; a cut or odd file is read by warcio, which finds where the damage starts).
    # Store recovery (a few records past a crash) keeps warcio; bulk reads ask for "auto".
    if reader != "warcio" and fastwarc_available():
        fast = _scan_fastwarc(path, start)
        if fast is not None or reader == "fastwarc":
            return fast or ScanResult([], start, True)
    responses: list[WarcResponse] = []
    end = start
    size = path.stat().st_size
    with open(path, "rb") as handle, open(path, "rb") as checker:
        handle.seek(start)
        iterator = ArchiveIterator(handle, check_digests=False)
        try:
            for record in iterator:
                resp = (
                    _response(record, Location(path.name, 0, 0))
                    if (record.rec_type == "response")
                    else None
                )
                iterator.read_to_end()
                offset, length = iterator.get_record_offset(), iterator.get_record_length()
                if not _complete_member(checker, offset, length):
                    return ScanResult(responses, end, True)
                if resp is not None:
                    responses.append(replace(resp, location=Location(path.name, offset, length)))
                end = offset + length
        except Exception:
            return ScanResult(responses, end, True)
    return ScanResult(responses, end, end < size)


def read_at(folder: Path, location: Location) -> WarcResponse:
    """The response record at `location`; StoreError when it is missing or damaged."""
    path = folder / location.file
    try:
        with open(path, "rb") as handle:
            handle.seek(location.offset)
            for record in ArchiveIterator(handle, check_digests=False):
                if record.rec_type == "response":
                    return _response(record, location)
                break
    except Exception as exc:
        raise StoreError(
            f"cannot read the WARC record at {path}:{location.offset} ({exc}); "
            "the store is damaged: re-crawl that page or restore the file"
        ) from exc
    raise StoreError(
        f"no response record at {path}:{location.offset}; the state database and the WARC "
        "files disagree: run `thidua crawl` again to re-index the store"
    )


def iter_responses(path: Path) -> Iterator[WarcResponse]:
    """Every whole response record of a WARC file (a cut tail is ignored), read by fastwarc
    when it is installed (about 2-5× warcio)."""
    yield from scan(path, reader="auto").responses
