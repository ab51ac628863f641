"""The local multi-host test server (extract.crawl.localsite) and the benchmark site generator."""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import http.client
import importlib.util
import itertools
import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest

from extract.crawl.localsite import STATUS_DROPPED, Fault, LocalSites, Site

REPO = Path(__file__).resolve().parents[1]
A = "www.a.thidua.test"
B = "www.b.thidua.test"
TCVN3 = b"<p>Kh\xe8i thi \xaeua c\xb8c c\xa1 quan</p>"  # "Khối thi đua các cơ quan" in TCVN3


class Reply:
    """Status, headers and body of one fetch."""

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes, url: str) -> None:
        self.status = status
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body
        self.url = url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def fetch(
    server: LocalSites,
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    proxy: bool = True,
    method: str = "GET",
    follow: bool = True,
) -> Reply:
    """Fetch `url` through the server as a proxy (or directly); HTTP errors are replies too."""
    # An explicit ProxyHandler, so http_proxy in the environment never routes elsewhere.
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.ProxyHandler({"http": server.base_url} if proxy else {})
    ]
    if not follow:
        handlers.append(_NoRedirect())
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers=dict(headers or {}), method=method)
    try:
        with opener.open(request, timeout=10) as resp:
            return Reply(resp.status, dict(resp.headers), resp.read(), resp.url)
    except urllib.error.HTTPError as err:
        return Reply(err.code, dict(err.headers), err.read(), url)


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    """Two small sites."""
    a = tmp_path / "a"
    files = {
        "index.html": "<h1>Trang chủ A</h1>",
        "tin/bai-1.html": "<p>Khối thi đua số 1 tổng kết năm 2024</p>",
        "tin/muc/index.html": "<p>Chuyên mục</p>",
        "gioi-thieu.html": "<p>Giới thiệu</p>",
        "plain": "không đuôi",
        "robots.txt": "User-agent: *\nDisallow: /tim-kiem/\n",
        "sitemap.xml": '<?xml version="1.0"?><urlset/>',
        "feed.rss": '<?xml version="1.0"?><rss version="2.0"/>',
        "search-thidua.html": "<p>Kết quả tìm kiếm</p>",
    }
    for rel, text in files.items():
        (a / rel).parent.mkdir(parents=True, exist_ok=True)
        (a / rel).write_text(text, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("bí mật", encoding="utf-8")
    b = tmp_path / "b"
    b.mkdir()
    (b / "index.html").write_text("<h1>Trang chủ B</h1>" * 50, encoding="utf-8")
    return {A: a, B: b}


@pytest.fixture
def server(tree: dict[str, Path]) -> Iterator[LocalSites]:
    """A running server for the two sites; site A has a query route."""
    sites: dict[str, Path | Site] = {
        A: Site(tree[A], routes={"/tim-kiem/?q=thidua": "search-thidua.html"}),
        B: tree[B],
    }
    with LocalSites(sites) as running:
        yield running


# -- hosts and paths ----------------------------------------------------------------------


def test_host_header_picks_the_site(server: LocalSites) -> None:
    a = fetch(server, server.base_url + "/", {"Host": A}, proxy=False)
    b = fetch(server, server.base_url + "/", {"Host": f"{B}:8080"}, proxy=False)
    assert (a.status, b.status) == (200, 200)
    assert "Trang chủ A" in a.body.decode() and "Trang chủ B" in b.body.decode()
    assert [r.proxied for r in server.requests()] == [False, False]
    assert server.base_url == f"http://127.0.0.1:{server.port}"


def test_absolute_uri_makes_it_a_proxy(server: LocalSites) -> None:
    reply = fetch(server, server.url(A, "/tin/bai-1.html"))
    assert reply.status == 200 and "Khối thi đua" in reply.body.decode()
    (logged,) = server.requests()
    assert (logged.host, logged.path, logged.proxied) == (A, "/tin/bai-1.html", True)


def test_unknown_host_gets_502_and_is_logged(server: LocalSites) -> None:
    reply = fetch(server, "http://www.khong-co.thidua.test/tin/x.html")
    assert reply.status == 502
    assert "www.khong-co.thidua.test" in reply.body.decode()
    direct = fetch(server, server.base_url + "/", proxy=False)  # Host 127.0.0.1:PORT
    assert direct.status == 502
    assert server.count(status=502) == 2
    assert server.requests("www.khong-co.thidua.test")[0].status == 502


def test_default_host_serves_requests_to_the_server_itself(tree: dict[str, Path]) -> None:
    with LocalSites(tree, default_host=B) as server:
        reply = fetch(server, server.base_url + "/", proxy=False)
        assert reply.status == 200 and "Trang chủ B" in reply.body.decode()
        assert server.requests()[0].host == B
        assert fetch(server, "http://www.c.thidua.test/").status == 502


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "Trang chủ A"),
        ("/tin/muc/", "Chuyên mục"),
        ("/tin/muc", "Chuyên mục"),  # folder without slash -> its index.html
        ("/gioi-thieu", "Giới thiệu"),  # -> gioi-thieu.html
        ("/plain", "không đuôi"),
        ("/tin/bai-1.html?utm_source=x", "Khối thi đua"),  # query ignored
        ("/tim-kiem/?q=thidua", "Kết quả tìm kiếm"),  # query route
        ("/tin/%62ai-1.html", "Khối thi đua"),  # percent-decoded
    ],
)
def test_path_mapping(server: LocalSites, path: str, expected: str) -> None:
    reply = fetch(server, server.url(A, path))
    assert reply.status == 200
    assert expected in reply.body.decode()


@pytest.mark.parametrize("path", ["/khong-co.html", "/tin/", "/tim-kiem/?q=khac", "/../secret.txt"])
def test_missing_files_and_escapes_get_404(server: LocalSites, path: str) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", f"http://{A}{path}")  # raw, so ".." reaches the server unresolved
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    assert resp.status == 404
    assert resp.getheader("Content-Type") == "text/html; charset=utf-8"
    assert "bí mật".encode() not in body


def test_content_types(server: LocalSites) -> None:
    types = {
        path: fetch(server, server.url(A, path)).headers["content-type"]
        for path in ("/", "/robots.txt", "/sitemap.xml", "/feed.rss")
    }
    assert types == {
        "/": "text/html; charset=utf-8",
        "/robots.txt": "text/plain; charset=utf-8",
        "/sitemap.xml": "application/xml",
        "/feed.rss": "application/rss+xml",
    }


def test_head_has_headers_but_no_body(server: LocalSites) -> None:
    reply = fetch(server, server.url(A, "/"), method="HEAD")
    assert reply.status == 200 and reply.body == b""
    assert int(reply.headers["content-length"]) == len("<h1>Trang chủ A</h1>".encode())
    assert server.bytes_sent() == 0


def test_other_methods_are_refused(server: LocalSites) -> None:
    assert fetch(server, server.url(A, "/"), method="POST").status == 405
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("CONNECT", f"{A}:443")
    assert conn.getresponse().status == 501
    conn.close()


# -- validators and gzip ------------------------------------------------------------------


def test_etag_and_last_modified_give_304(server: LocalSites, tree: dict[str, Path]) -> None:
    url = server.url(A, "/tin/bai-1.html")
    first = fetch(server, url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert re.fullmatch(r'"[0-9a-f]{20}"', etag)
    mtime = int((tree[A] / "tin/bai-1.html").stat().st_mtime)
    assert email.utils.parsedate_to_datetime(last_modified).timestamp() == mtime

    by_etag = fetch(server, url, {"If-None-Match": etag})
    by_date = fetch(server, url, {"If-Modified-Since": last_modified})
    for reply in (by_etag, by_date):
        assert reply.status == 304 and reply.body == b""
        assert reply.headers["etag"] == etag
    older = email.utils.formatdate(mtime - 3600, usegmt=True)
    assert fetch(server, url, {"If-Modified-Since": older}).status == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110).
    stale = {"If-None-Match": '"khac"', "If-Modified-Since": last_modified}
    assert fetch(server, url, stale).status == 200
    assert fetch(server, url, {"If-None-Match": f'W/{etag}, "x"'}).status == 304
    assert server.count(status=304) == 3
    assert server.requests()[1].headers["If-None-Match"] == etag


def test_changed_file_gets_a_new_etag(server: LocalSites, tree: dict[str, Path]) -> None:
    url = server.url(A, "/")
    etag = fetch(server, url).headers["etag"]
    (tree[A] / "index.html").write_text("<h1>Đã sửa</h1>", encoding="utf-8")
    reply = fetch(server, url, {"If-None-Match": etag})
    assert reply.status == 200 and reply.headers["etag"] != etag


def test_site_without_validators_and_fixed_date(tree: dict[str, Path]) -> None:
    fixed = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)
    sites = {A: Site(tree[A], validators=False), B: Site(tree[B], last_modified=fixed)}
    with LocalSites(sites) as server:
        plain = fetch(server, server.url(A, "/"), {"If-None-Match": "*"})
        assert plain.status == 200
        assert "etag" not in plain.headers and "last-modified" not in plain.headers
        dated = fetch(server, server.url(B, "/"))
        assert dated.headers["last-modified"] == "Wed, 01 May 2024 08:00:00 GMT"


def test_gzip_when_accepted(server: LocalSites) -> None:
    url = server.url(B, "/")
    identity = fetch(server, url)
    packed = fetch(server, url, {"Accept-Encoding": "gzip, deflate"})
    assert "content-encoding" not in identity.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(packed.body) == identity.body
    assert int(packed.headers["content-length"]) == len(packed.body) < len(identity.body)
    assert packed.headers["etag"] == identity.headers["etag"]
    assert server.requests()[1].body_bytes == len(packed.body)
    refused = fetch(server, url, {"Accept-Encoding": "gzip;q=0, identity"})
    assert "content-encoding" not in refused.headers
    star = fetch(server, url, {"Accept-Encoding": "*"})
    assert star.headers["content-encoding"] == "gzip"


def test_gzip_can_be_disabled(tree: dict[str, Path]) -> None:
    with LocalSites({B: Site(tree[B], gzip=False)}) as server:
        reply = fetch(server, server.url(B, "/"), {"Accept-Encoding": "gzip"})
        assert "content-encoding" not in reply.headers and b"Trang" in reply.body


# -- faults -------------------------------------------------------------------------------


def test_slow_fault(server: LocalSites) -> None:
    server.add_fault(A, "/tin/*", Fault.slow(0.3))
    start = time.monotonic()
    assert fetch(server, server.url(A, "/tin/bai-1.html")).status == 200
    assert time.monotonic() - start >= 0.3
    start = time.monotonic()
    fetch(server, server.url(A, "/"))
    assert time.monotonic() - start < 0.3
    assert server.requests()[0].duration >= 0.3


def test_status_fault_the_first_n_times_with_retry_after(server: LocalSites) -> None:
    rule = server.add_fault(A, "/", Fault.error(429, times=2, retry_after=7))
    first, second, third = (fetch(server, server.url(A, "/")) for _ in range(3))
    assert (first.status, second.status, third.status) == (429, 429, 200)
    assert first.headers["retry-after"] == "7"
    assert server.fault_hits(rule) == 2
    server.add_fault(B, "*", Fault.error(500))
    assert all(fetch(server, server.url(B, "/x")).status == 500 for _ in range(2))
    assert server.count(status=500, host=B) == 2


def test_redirect_fault_to_another_host(server: LocalSites) -> None:
    server.add_fault(A, "/tin/bai-1.html", Fault.redirect(f"http://{B}/", status=302))
    raw = fetch(server, server.url(A, "/tin/bai-1.html"), follow=False)
    assert raw.status == 302 and raw.headers["location"] == f"http://{B}/"
    followed = fetch(server, server.url(A, "/tin/bai-1.html"))
    assert followed.status == 200 and "Trang chủ B" in followed.body.decode()
    assert [(r.host, r.status) for r in server.requests()][-2:] == [(A, 302), (B, 200)]


def test_gzip_bomb_fault(server: LocalSites) -> None:
    size = 10 * 1024 * 1024
    server.add_fault(A, "/", Fault.gzip_bomb(size))
    reply = fetch(server, server.url(A, "/"))  # sent gzipped even without Accept-Encoding
    assert reply.status == 200
    assert reply.headers["content-encoding"] == "gzip"
    assert reply.headers["content-type"].startswith("text/html")
    assert len(reply.body) < size // 500
    unpacker = zlib.decompressobj(31)
    total = 0
    chunk = unpacker.decompress(reply.body, 1 << 20)
    while chunk:
        assert not chunk.strip(b"\0")
        total += len(chunk)
        chunk = unpacker.decompress(unpacker.unconsumed_tail, 1 << 20)
    assert total == size


def test_raw_body_fault(server: LocalSites) -> None:
    server.add_fault(A, "/tin/bai-1.html", Fault.raw(TCVN3, "text/html; charset=windows-1252"))
    reply = fetch(server, server.url(A, "/tin/bai-1.html"))
    assert reply.body == TCVN3
    assert reply.headers["content-type"] == "text/html; charset=windows-1252"
    assert "etag" in reply.headers
    assert fetch(server, server.url(A, "/tin/bai-1.html"), reply.headers).status in (200, 304)
    # A content type alone re-labels the real file.
    server.add_fault(A, "/gioi-thieu*", Fault(content_type="text/html; charset=iso-8859-1"))
    relabelled = fetch(server, server.url(A, "/gioi-thieu"))
    assert relabelled.headers["content-type"] == "text/html; charset=iso-8859-1"
    assert "Giới thiệu" in relabelled.body.decode()


def test_drop_fault_closes_without_answer(server: LocalSites) -> None:
    server.add_fault(A, "/", Fault.disconnect(times=1))
    with pytest.raises((http.client.RemoteDisconnected, urllib.error.URLError)):
        fetch(server, server.url(A, "/"))
    assert fetch(server, server.url(A, "/")).status == 200
    assert [r.status for r in server.requests(A)] == [STATUS_DROPPED, 200]


def test_fault_matching_regex_host_glob_newest_wins_and_removal(server: LocalSites) -> None:
    regex = server.add_fault("*.thidua.test", re.compile(r"bai-\d+\.html$"), Fault.error(503))
    assert fetch(server, server.url(A, "/tin/bai-1.html")).status == 503
    assert fetch(server, server.url(A, "/tin/muc/")).status == 200
    newer = server.add_fault(A, "/tin/*", Fault.error(500))
    assert fetch(server, server.url(A, "/tin/bai-1.html")).status == 500
    server.remove_fault(newer)
    assert fetch(server, server.url(A, "/tin/bai-1.html")).status == 503
    server.add_fault(A, "/tim-kiem/?q=*", Fault.error(410))  # globs see the query too
    assert fetch(server, server.url(A, "/tim-kiem/?q=thidua")).status == 410
    server.clear_faults()
    assert server.fault_hits(regex) == 0
    assert fetch(server, server.url(A, "/tin/bai-1.html")).status == 200


def test_fault_uses_are_counted_exactly_under_concurrency(server: LocalSites) -> None:
    server.add_fault(A, "/", Fault.error(500, times=5))
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        status = fetch(server, server.url(A, "/")).status
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] * 11 + [500] * 5


# -- log and politeness counters ----------------------------------------------------------


def test_request_log_helpers(server: LocalSites) -> None:
    fetch(server, server.url(A, "/"), {"User-Agent": "thidua-test/1.0"})
    fetch(server, server.url(A, "/khong-co"))
    fetch(server, server.url(B, "/"))
    logged = server.requests(A)
    assert [r.status for r in logged] == [200, 404]
    first = logged[0]
    assert first.method == "GET" and first.client.startswith("127.0.0.1:")
    assert first.headers["User-Agent"] == "thidua-test/1.0"
    assert first.body_bytes == len("<h1>Trang chủ A</h1>".encode())
    assert server.count() == 3 and server.count(status=404) == 1
    assert server.count(host=B) == 1 and server.count(path="/khong-co") == 1
    assert server.bytes_sent() == sum(r.body_bytes for r in server.requests())
    assert server.bytes_sent(B) == len(("<h1>Trang chủ B</h1>" * 50).encode())
    server.reset_log()
    assert server.requests() == [] and server.bytes_sent() == 0
    assert server.max_concurrent() == 0


def test_concurrency_is_counted_per_host(server: LocalSites) -> None:
    server.add_fault(A, "/", Fault.slow(0.3))
    barrier = threading.Barrier(4)

    def worker() -> None:
        barrier.wait()
        fetch(server, server.url(A, "/"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for _ in range(3):  # one at a time on the other host, meanwhile
        fetch(server, server.url(B, "/"))
    for t in threads:
        t.join()
    assert server.max_concurrent(A) == 4
    assert server.max_concurrent(B) == 1
    assert server.max_concurrent() >= 4
    assert server.max_connections() >= 4


def test_request_times_show_delays(server: LocalSites) -> None:
    for _ in range(3):
        fetch(server, server.url(A, "/"))
        time.sleep(0.1)
    times = server.request_times(A)
    assert len(times) == 3
    assert all(later - earlier >= 0.09 for earlier, later in itertools.pairwise(times))
    assert server.request_times(B) == []


def test_keep_alive_connection_serves_several_hosts(server: LocalSites) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    for host in (A, B, A):
        conn.request("GET", f"http://{host}/")
        resp = conn.getresponse()
        assert resp.status == 200
        resp.read()
    conn.close()
    assert len({r.client for r in server.requests()}) == 1
    assert server.max_connections() == 1


def test_quiet_unless_verbose(tree: dict[str, Path], capfd: pytest.CaptureFixture[str]) -> None:
    with LocalSites(tree) as server:
        fetch(server, server.url(A, "/"))
        server.add_fault(A, "/", Fault.disconnect())
        with pytest.raises((http.client.RemoteDisconnected, urllib.error.URLError)):
            fetch(server, server.url(A, "/"))
    assert capfd.readouterr().err == ""
    with LocalSites(tree, verbose=True) as server:
        fetch(server, server.url(A, "/"))
    assert "GET http://www.a.thidua.test/" in capfd.readouterr().err


# -- lifecycle and CLI --------------------------------------------------------------------


def test_lifecycle(tree: dict[str, Path]) -> None:
    server = LocalSites(tree)
    with pytest.raises(RuntimeError):
        _ = server.port
    server.start()
    port = server.port
    assert port > 0 and server.running
    with pytest.raises(RuntimeError):
        server.start()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", f"http://{A}/")
    conn.getresponse().read()
    server.stop()  # also ends the kept-alive connection
    assert not server.running
    with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
        conn.request("GET", f"http://{A}/")
        conn.getresponse()
    conn.close()
    with pytest.raises(OSError):
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
            f"http://127.0.0.1:{port}/", timeout=2
        )
    server.stop()  # idempotent
    server.add_site("www.c.thidua.test", tree[B])
    with server:  # restartable
        assert fetch(server, server.url("www.c.thidua.test", "/")).status == 200
        assert server.hosts == [A, B, "www.c.thidua.test"]


def test_cli_serves_until_terminated(tree: dict[str, Path], tmp_path: Path) -> None:
    port_file = tmp_path / "port"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extract.crawl.localsite", "--site", f"{A}={tree[A]}",
         "--site", f"{B}={tree[B]}", "--port-file", str(port_file), "--no-gzip"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        assert int(port_file.read_text()) == port
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": f"http://127.0.0.1:{port}"})
        )
        request = urllib.request.Request(f"http://{B}/", headers={"Accept-Encoding": "gzip"})
        with opener.open(request, timeout=5) as resp:
            assert resp.status == 200 and resp.headers.get("Content-Encoding") is None
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "GET" not in err  # quiet: only the start-up line


def test_cli_rejects_a_bad_site(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extract.crawl.localsite", "--site", f"{A}={tmp_path / 'none'}"],
        cwd=REPO, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert proc.returncode == 2 and "is not a folder" in proc.stderr


# -- benchmark site generator -------------------------------------------------------------


def _sitegen() -> ModuleType:
    """bench/sitegen.py, which is a script rather than a package module."""
    spec = importlib.util.spec_from_file_location("sitegen", REPO / "bench" / "sitegen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitegen"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_sitegen_builds_a_crawlable_multi_host_tree(tmp_path: Path) -> None:
    folders: dict[str, Path] = _sitegen().generate(tmp_path / "sites")
    assert len(folders) >= 20
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    total = 0
    for host, folder in folders.items():
        assert re.fullmatch(r"www\.bao\d{2}\.thidua\.test", host)
        pages = list(folder.rglob("*.html"))
        assert len(pages) >= 100
        total += len(pages)
        locs = [
            loc.text or ""
            for loc in ET.parse(folder / "sitemap.xml").getroot().findall("sm:url/sm:loc", ns)
        ]
        assert len(locs) >= 100
        for loc in locs:
            assert loc.startswith(f"http://{host}/")
            rel = loc.removeprefix(f"http://{host}/")
            target = folder / rel / "index.html" if rel.endswith("/") or not rel else folder / rel
            assert target.is_file(), loc
        robots = (folder / "robots.txt").read_text(encoding="utf-8")
        assert "Disallow: /tim-kiem/" in robots and f"http://{host}/sitemap.xml" in robots
        assert not any("/tim-kiem/" in loc for loc in locs)
        items = ET.parse(folder / "rss" / "tin-moi.rss").getroot().findall("channel/item")
        assert len(items) >= 10
    assert total >= 2000
    manifest = json.loads((tmp_path / "sites" / "manifest.json").read_text(encoding="utf-8"))
    first = manifest["hosts"]["www.bao01.thidua.test"]
    assert first["bloc_articles"] and first["other_articles"]
    # Bloc articles are varied copies of the project's own texts: pages differ.
    texts = {
        (folders["www.bao01.thidua.test"] / p.lstrip("/")).read_text(encoding="utf-8")
        for p in first["bloc_articles"]
    }
    assert len(texts) == len(first["bloc_articles"])
    assert all("thi đua" in t for t in texts)

    host = "www.bao02.thidua.test"
    with LocalSites({h: folders[h] for h in list(folders)[:3]}) as server:
        home = fetch(server, server.url(host, "/")).body.decode()
        article = re.search(r'href="(/thi-dua-khen-thuong/[^"]+)"', home)
        assert article is not None
        reply = fetch(server, server.url(host, article.group(1)))
        assert reply.status == 200 and "thi đua" in reply.body.decode()
        assert fetch(server, server.url(host, "/tin-tuc/page/2/")).status == 200
        assert (
            fetch(server, server.url(host, "/robots.txt"))
            .headers["content-type"]
            .startswith("text/plain")
        )
