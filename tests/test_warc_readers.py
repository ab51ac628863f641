"""The fast WARC reader (fastwarc) reads what warcio reads, and hands damaged files over."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.store.warc import WarcAppender, fastwarc_available, scan

pytestmark = pytest.mark.skipif(not fastwarc_available(), reason="fastwarc not installed")


def _warc(folder: Path, n: int) -> Path:
    writer = WarcAppender(folder, "pages.warc.gz")
    for i in range(n):
        body = f"<html><body><h1>Tin số {i}</h1><p>Nội dung {i}.</p></body></html>"
        writer.append(
            f"http://baodemo.vn/tin-{i}.html",
            "GET",
            [("Host", "baodemo.vn")],
            200 if i % 3 else 404,
            "OK" if i % 3 else "Not Found",
            [("Content-Type", "text/html; charset=utf-8"), ("X-Note", f"n{i}")],
            body.encode("utf-8"),
        )
    writer.close()
    return writer.path


def test_both_readers_give_the_same_responses_and_locations(tmp_path: Path) -> None:
    path = _warc(tmp_path, 7)
    slow, fast = scan(path, reader="warcio"), scan(path, reader="fastwarc")
    assert fast.responses == slow.responses
    assert (fast.end, fast.truncated) == (slow.end, slow.truncated) == (path.stat().st_size, False)


def test_reading_from_an_offset_gives_the_rest(tmp_path: Path) -> None:
    path = _warc(tmp_path, 5)
    third = scan(path, reader="warcio").responses[2].location.offset
    assert scan(path, third, reader="fastwarc") == scan(path, third, reader="warcio")


@pytest.mark.parametrize("cut", [1, 10, 200])
def test_a_cut_tail_is_read_as_warcio_reads_it(tmp_path: Path, cut: int) -> None:
    path = _warc(tmp_path, 4)
    path.write_bytes(path.read_bytes()[:-cut])
    assert scan(path, reader="auto") == scan(path, reader="warcio")
    assert scan(path, reader="auto").truncated
