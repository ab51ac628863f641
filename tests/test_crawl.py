"""The crawler against local sites: politeness, conditional GET, faults, kills and resumes."""

from __future__ import annotations

import itertools
import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sitekit import HOST, ROOT, LocalTestSite, build_site, source_file, thidua, thidua_background

from extract.crawl.localsite import Fault, LocalSites
from extract.crawl.spider import ThiduaSpider, plain_failure
from extract.html.legacy import legacy_codec
from extract.sources import source_from_entries
from extract.store.state import Store
from extract.store.warc import iter_responses
from extract.urls import canonical_url


@pytest.fixture
def site(tmp_path: Path) -> LocalTestSite:
    """A six-article newspaper site."""
    return build_site(tmp_path / "site")


@pytest.fixture
def server(site: LocalTestSite) -> LocalSites:
    """The site served on 127.0.0.1 (also a proxy for its fake hostname)."""
    with LocalSites({site.host: site.root}) as srv:
        yield srv


def path_of(url: str) -> str:
    """The path (and query) of a URL, as the server logs it."""
    return url.split(HOST, 1)[1]


def run_args(server: LocalSites, src: Path, out: Path, *extra: str) -> tuple[str, ...]:
    """Arguments of `thidua run` over one source file through the local server."""
    return ("run", "--sources", str(src), "--proxy", server.base_url, "--out", str(out), *extra)


def crawl(server: LocalSites, src: Path, store: Path, *extra: str) -> dict[str, object]:
    """`thidua crawl --json` through the local server; the parsed report."""
    proc = thidua(
        "crawl",
        "--sources",
        str(src),
        "--store",
        str(store),
        "--proxy",
        server.base_url,
        "--json",
        *extra,
    )
    assert proc.returncode in (0, 1), proc.stderr
    report: dict[str, object] = json.loads(proc.stdout)
    report["_rc"] = proc.returncode
    report["_stderr"] = proc.stderr
    return report


def stored_responses(store: Path) -> Counter[str]:
    """How many response records each canonical URL has across the store's WARC files."""
    counts: Counter[str] = Counter()
    for warc in sorted((store / "warc").glob("*.warc.gz")):
        for resp in iter_responses(warc):
            counts[canonical_url(resp.url)] += 1
    return counts


def test_crawl_is_polite_onsite_and_honest(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    src = source_file(site, tmp_path, delay=0.2)
    report = crawl(server, src, tmp_path / "store")
    assert report["_rc"] == 0
    paths = [r.path for r in server.requests(site.host)]
    # every article fetched once, under its canonical URL (tracking parameters dropped)
    for url in site.article_urls:
        assert paths.count(path_of(url)) == 1
    assert not any("utm_" in p for p in paths)
    # robots.txt read first and obeyed; nothing fetched outside the source's domain
    assert paths[0] == "/robots.txt"
    assert not any(p.startswith("/admin/") for p in paths)
    assert {r.host for r in server.requests()} == {site.host}
    # one request at a time, the configured delay between them, an honest User-Agent
    assert server.max_concurrent(site.host) == 1
    times = server.request_times(site.host)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # the server sees arrivals: the first request opens the connection, so the gap after it
    # can look shorter by the connection's set-up than the delay the crawler kept
    assert min(gaps[1:]) >= 0.2 * 0.9
    assert gaps[0] >= 0.2 * 0.5
    agents = {r.headers.get("User-Agent", "") for r in server.requests(site.host)}
    assert all(a.startswith("thidua/") and "+http" in a for a in agents)
    counts = stored_responses(tmp_path / "store")
    assert all(counts[u] == 1 for u in site.article_urls)


def test_second_run_fetches_no_body_and_adds_nothing(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    src = source_file(site, tmp_path)
    out = tmp_path / "data"
    first = thidua(*run_args(server, src, out))
    assert first.returncode == 0, first.stderr
    records = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == len(site.article_urls)
    ids = [json.loads(r)["id"] for r in records]
    assert len(set(ids)) == len(ids)
    first_bytes = server.bytes_sent()
    server.reset_log()

    second = thidua(*run_args(server, src, out))
    assert second.returncode == 0, second.stderr
    article_paths = {path_of(u) for u in site.article_urls}
    article_requests = [r for r in server.requests() if r.path in article_paths]
    assert article_requests and all(r.status == 304 for r in article_requests)
    assert all(r.body_bytes == 0 for r in article_requests)
    assert server.bytes_sent() < 0.05 * first_bytes
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == records
    reports = sorted((out / "runs").glob("*.json"))
    last = json.loads(reports[-1].read_text(encoding="utf-8"))
    assert last["new_articles"] == 0 and last["pages_stored"] == 0
    assert last["not_modified"] >= len(site.article_urls)


def test_retries_back_off_and_give_up_cleanly(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    path0 = path_of(site.article_urls[0])
    path1 = path_of(site.article_urls[1])
    path2 = path_of(site.article_urls[2])
    server.add_fault(site.host, path0, Fault.error(500, times=2))
    server.add_fault(site.host, path1, Fault.error(429, times=1, retry_after=1))
    server.add_fault(site.host, path2, Fault.error(503))  # never recovers
    src = source_file(site, tmp_path)
    report = crawl(server, src, tmp_path / "store", "--retries", "2")
    assert report["_rc"] == 0  # the source as a whole answered
    assert server.count(path=path0) == 3 and server.count(status=200, path=path0) == 1
    times = [r.time for r in server.requests() if r.path == path1]
    assert len(times) == 2 and times[1] - times[0] >= 0.9  # Retry-After honoured
    assert server.count(path=path2) == 3  # first try and two retries, then given up
    with Store(tmp_path / "store", create=False) as store:
        assert store.get(site.article_urls[0]) is not None
        failed = store.get(site.article_urls[2])
        assert failed is not None and failed.status == 503 and failed.location is None


def test_gzip_bomb_and_oversized_pages_are_refused(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    bomb = path_of(site.article_urls[3])
    server.add_fault(site.host, bomb, Fault.gzip_bomb(50 * 1024 * 1024))
    src = source_file(site, tmp_path)
    crawl(server, src, tmp_path / "store", "--max-bytes", "1000000")
    with Store(tmp_path / "store", create=False) as store:
        page = store.get(site.article_urls[3])
        assert page is not None and page.location is None and page.status == 0
        others = [store.get(u) for u in site.article_urls if u != site.article_urls[3]]
        assert all(p is not None and p.location is not None for p in others)
    row = (
        sqlite3.connect(tmp_path / "store" / "state.sqlite")
        .execute("SELECT error FROM pages WHERE url = ?", (site.article_urls[3],))
        .fetchone()
    )
    assert "1000000" in row[0] or "size" in row[0].lower()


def test_redirects_are_recorded_and_never_leave_the_domains(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    target = site.article_urls[0]
    old = "/thoi-su/bai-cu-999999.html"
    (site.root / "index.html").write_text(
        f'<html><a href="{old}">cu</a><a href="/thoi-su/tin-ngoai-999998.html">ngoai</a>'
        '<a href="/thoi-su/">list</a></html>',
        encoding="utf-8",
    )
    server.add_fault(site.host, old, Fault.redirect(target))
    server.add_fault(
        site.host, "/thoi-su/tin-ngoai-999998.html", Fault.redirect("http://evil.thidua.test/x")
    )
    src = source_file(site, tmp_path)
    crawl(server, src, tmp_path / "store")
    assert {r.host for r in server.requests()} == {site.host}
    db = sqlite3.connect(tmp_path / "store" / "state.sqlite")
    redirects = dict(db.execute("SELECT url, target FROM redirects").fetchall())
    assert redirects[f"http://{site.host}{old}"] == target


def test_a_source_that_fails_completely_exits_1(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    server.add_fault(site.host, "*", Fault.error(500))
    src = source_file(site, tmp_path)
    out = tmp_path / "data"
    proc = thidua(*run_args(server, src, out, "--retries", "0"))
    assert proc.returncode == 1
    assert "baothu failed completely" in proc.stdout
    report = json.loads(next((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    assert report["failed_sources"] == ["baothu"]


def test_a_locked_store_refuses_a_second_run(site: LocalTestSite, tmp_path: Path) -> None:
    src = source_file(site, tmp_path)
    with Store(tmp_path / "store", lock=True):
        proc = thidua("crawl", "--sources", str(src), "--store", str(tmp_path / "store"))
    assert proc.returncode == 2
    assert "another thidua run" in proc.stderr


def test_sigkill_and_resume_store_each_page_once(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    # Slow answers make the run last long enough to be killed mid-crawl, more than once.
    server.add_fault(site.host, "/thoi-su/*", Fault.slow(0.4))
    src = source_file(site, tmp_path)
    out = tmp_path / "data"
    args = run_args(server, src, out)
    store = out / "store"
    # Kill once two pages are stored, then again once one more is: mid-crawl both times.
    for more in (2, 1):
        before = sum(stored_responses(store).values()) if store.exists() else 0
        proc = thidua_background(*args)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if store.exists() and sum(stored_responses(store).values()) >= before + more:
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert stored_responses(store), "the killed runs stored nothing; kill later"
    server.clear_faults()
    final = thidua(*args)
    assert final.returncode == 0, final.stderr
    counts = stored_responses(store)
    assert all(counts[u] == 1 for u in site.article_urls), counts
    assert max(counts.values()) == 1
    ids = [json.loads(r)["id"] for r in (out / "records.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids)) == len(site.article_urls)


def test_a_cut_warc_tail_is_ignored(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    src = source_file(site, tmp_path)
    store = tmp_path / "store"
    crawl(server, src, store)
    warc = next((store / "warc").glob("*.warc.gz"))
    whole = list(iter_responses(warc))
    data = warc.read_bytes()
    last = whole[-1].location
    # A run killed while writing: half a record past what the state database indexed.
    warc.write_bytes(data + data[last.offset : last.offset + last.length // 2])
    db = sqlite3.connect(store / "state.sqlite")
    with db:
        db.execute("UPDATE warc_files SET closed = 0")
    db.close()
    assert len(list(iter_responses(warc))) == len(whole)
    with Store(store, lock=True) as opened:
        assert opened.cut_tails == 1
        assert opened.recovered == 0
    out = tmp_path / "fresh"
    proc = thidua("extract", str(store), "--out", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    assert (out / "records.jsonl").is_file()


def test_store_and_warc_files_re_extract_without_recrawling(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    src = source_file(site, tmp_path)
    store = tmp_path / "store"
    crawl(server, src, store)
    server.stop()  # no network from here on
    a = thidua("extract", str(store), "--out", str(tmp_path / "a"))
    warc = next((store / "warc").glob("*.warc.gz"))
    b = thidua("extract", str(warc), "--out", str(tmp_path / "b"))
    assert a.returncode == 0 and b.returncode == 0, a.stderr + b.stderr

    def records(folder: Path) -> dict[str, dict[str, object]]:
        lines = (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()
        return {r["id"]: r for r in map(json.loads, lines)}

    ra, rb = records(tmp_path / "a"), records(tmp_path / "b")
    assert set(ra) == set(rb) and len(ra) == len(site.article_urls)
    # Stores and WARC files inside the folders given are found (a store's own WARC files are
    # read through it, not a second time).
    nested = tmp_path / "archive" / "2024"
    nested.mkdir(parents=True)
    store.rename(nested / "store")
    loose = tmp_path / "loose" / "may"
    loose.mkdir(parents=True)
    (loose / warc.name).write_bytes((nested / "store" / "warc" / warc.name).read_bytes())
    c = thidua("extract", str(tmp_path / "archive"), "--out", str(tmp_path / "c"))
    d = thidua("extract", str(tmp_path / "loose"), "--out", str(tmp_path / "d"))
    assert c.returncode == 0 and d.returncode == 0, c.stderr + d.stderr
    assert set(records(tmp_path / "c")) == set(ra) == set(records(tmp_path / "d"))
    assert "ignored" not in c.stderr + d.stderr
    for key, rec in ra.items():
        assert rec["url"] in site.article_urls
        assert str(rec["published"]).startswith("2024-05-")  # "(GMT+7)" stamp, not the banner
        assert rec["blocs"] == rb[key]["blocs"] and rec["people"] == rb[key]["people"]


def test_a_legacy_encoded_page_is_crawled_and_read_as_unicode(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    reverse = {v: k for k, v in legacy_codec("VNI").table.items()}
    url = site.article_urls[0]
    page = (site.root / path_of(url).lstrip("/")).read_text(encoding="utf-8")
    # An old portal: the same page in VNI, declared as windows-1252 like such sites do.
    legacy = "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", page))
    body = legacy.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252", "replace")
    server.add_fault(site.host, path_of(url), Fault.raw(body, "text/html; charset=windows-1252"))
    src = source_file(site, tmp_path)
    store = tmp_path / "store"
    crawl(server, src, store)
    proc = thidua("extract", str(store), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(x) for x in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    (rec,) = [r for r in records if r["url"] == url]
    original = (ROOT / "corpora" / "articles" / "own_001.txt").read_text(encoding="utf-8")
    assert rec["title"] == original.splitlines()[0].strip()
    assert rec["blocs"] and "Khối thi đua" in rec["blocs"][0]["name"]
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig")
    assert "VNI" in errors  # the conversion is reported as a warning


def test_articles_dated_before_the_window_are_not_fetched() -> None:
    src = source_from_entries(
        {
            "name": "old",
            "domains": ["x.thidua.test"],
            "family": "wordpress",
            "start": {"home": ["http://x.thidua.test/"]},
            "window": {"since": "2020-01-01"},
        },
        "test",
    )
    assert ThiduaSpider._before_window("http://x.thidua.test/2019/05/03/khoi-thi-dua/", src)
    assert not ThiduaSpider._before_window("http://x.thidua.test/2021/05/03/khoi-thi-dua/", src)
    assert not ThiduaSpider._before_window("http://x.thidua.test/khoi-thi-dua-123456.html", src)


def test_generic_mode_needs_no_source_file_and_keeps_bloc_articles(
    site: LocalTestSite, server: LocalSites, tmp_path: Path
) -> None:
    # A page about something else, linked from the home page like the articles.
    other = site.root / "thoi-su" / "gia-xang-giam-199999.html"
    other.write_text(
        "<html><body><article><h1>Giá xăng giảm nhẹ từ chiều nay</h1>"
        + "<p>Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu trong nước, "
        "giá xăng RON95 giảm 320 đồng mỗi lít so với kỳ trước.</p>"
        * 6
        + "</article></body></html>",
        encoding="utf-8",
    )
    home = site.root / "index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace(
            "</body>", '<a href="/thoi-su/gia-xang-giam-199999.html">xăng</a></body>'
        ),
        encoding="utf-8",
    )
    out = tmp_path / "data"
    proc = thidua(
        "run",
        f"http://{site.host}/",
        "--proxy",
        server.base_url,
        "--delay",
        "0",
        "--out",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    assert {r.host for r in server.requests()} == {site.host}
    assert server.count(path="/thoi-su/gia-xang-giam-199999.html") == 1  # fetched and stored
    urls = {json.loads(x)["url"] for x in (out / "records.jsonl").read_text().splitlines()}
    assert urls == set(site.article_urls)  # only the pages about blocs became records
    report = json.loads(next((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    assert report["not_about_blocs"] >= 1 and report["errors"] == 0


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("DownloadConnectionRefusedError", "connection refused"),
        ("ConnectionRefusedError", "connection refused"),
        ("DNSLookupError", "host name not found"),
        ("TCPTimedOutError", "timed out"),
        ("ResponseNeverReceived", "no answer"),
        ("SomeNewProtocolError", "some new protocol"),
    ],
)
def test_failures_read_in_plain_words(name: str, words: str) -> None:
    assert plain_failure(name) == words


def test_a_refused_connection_is_said_in_plain_words(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    proc = thidua("crawl", url, "--store", str(tmp_path / "store"), "--retries", "0")
    assert proc.returncode == 1
    assert "failed completely: connection refused (1)" in proc.stderr
    assert "Error" not in proc.stderr and "{" not in proc.stderr


@pytest.mark.parametrize("url", ["ftp://baodemo.vn/tin/", "file:///etc/passwd", "baodemo.vn"])
def test_only_web_addresses_are_crawled(tmp_path: Path, url: str) -> None:
    for command in ("crawl", "run"):
        out = (
            ["--store", str(tmp_path / "store")]
            if command == "crawl"
            else ["--out", str(tmp_path / "data")]
        )
        proc = thidua(command, url, *out)
        assert proc.returncode == 2
        assert "not a web address" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "store").exists() and not (tmp_path / "data").exists()


def _wait_for(proc: subprocess.Popen[str], ready: Callable[[], bool]) -> None:
    """Poll until `ready()` (or the process ends, or two minutes pass)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not ready():
        time.sleep(0.01)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_run_says_so_in_one_line_and_the_next_resumes(
    site: LocalTestSite, server: LocalSites, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    """`systemctl stop` (SIGTERM) or Ctrl-C mid-crawl: exit 143/130, report marked, resume."""
    server.add_fault(site.host, "/thoi-su/*", Fault.slow(0.4))
    src = source_file(site, tmp_path)
    out = tmp_path / "data"
    args = run_args(server, src, out)
    proc = thidua_background(*args)
    _wait_for(
        proc,
        lambda: (out / "store").exists() and sum(stored_responses(out / "store").values()) >= 2,
    )
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and "failed completely" not in stdout + stderr
    (line,) = [x for x in stderr.splitlines() if x.strip()]
    assert f"stopped by {sig.name} during the crawl" in line and "next run resumes" in line
    (report_path,) = (out / "runs").glob("*.json")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["interrupted"] == {"signal": sig.name, "during": "crawl"}
    assert str(report_path) in line
    server.clear_faults()
    final = thidua(*args)
    assert final.returncode == 0, final.stderr
    urls = {json.loads(r)["url"] for r in (out / "records.jsonl").read_text().splitlines()}
    assert urls == set(site.article_urls)
    last = json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    assert last["interrupted"] is None


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_at_start_up_is_one_line(
    site: LocalTestSite, server: LocalSites, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    """Stopped while the crawler starts: no traceback, no source called failed."""
    server.add_fault(site.host, "*", Fault.slow(2.0))
    src = source_file(site, tmp_path)
    out = tmp_path / "data"
    proc = thidua_background(*run_args(server, src, out))
    _wait_for(proc, (out / "store").exists)  # the store opens just before the crawler starts
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and "failed completely" not in stdout + stderr
    (line,) = [x for x in stderr.splitlines() if x.strip()]
    assert f"stopped by {sig.name}" in line
