"""Crawl benchmark: ≥ 2,000 local pages over ≥ 20 hosts, against the politeness limit.

Prints pages/s of a first crawl against the limit the sources allow (hosts × 1/delay), the
bytes received again by a second crawl of the unchanged site (conditional GET), the peak
memory of the crawling process, and HTML → records throughput on one core beside
trafilatura's own time on the same pages. The site server runs in its own process so it
does not share the crawler's CPU time slice or GIL.

    python bench/bench_crawl.py [--hosts 20] [--pages-per-host 110] [--delay 0.25]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from sitegen import generate  # noqa: E402


def source_yaml(host: str, delay: float) -> str:
    """A source file for one generated host."""
    name = host.split(".")[1]
    return f"""description: benchmark host {host}
schema: schemas/source.json
entries:
  name: {name}
  domains: [{host}]
  family: newspaper
  start:
    home: ["http://{host}/"]
    sitemaps: ["http://{host}/sitemap.xml"]
    feeds: ["http://{host}/rss/tin-moi.rss"]
  article: ['-\\d{{4,}}\\.html$']
  follow: ['^/tin-tuc/page/\\d+/$']
  rate: {{delay: {delay}}}
examples: []
"""


def start_server(sites: dict[str, Path], port_file: Path) -> subprocess.Popen[bytes]:
    """The local multi-host server in its own process; waits until it listens."""
    args = [sys.executable, "-m", "extract.crawl.localsite", "--port-file", str(port_file)]
    for host, folder in sites.items():
        args += ["--site", f"{host}={folder}"]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not (port_file.is_file() and port_file.read_text().strip()):
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("the local site server did not start")
        time.sleep(0.05)
    return proc


def crawl(
    sources: Path, store: Path, proxy: str, *extra: str
) -> tuple[dict[str, Any], float]:
    """One `thidua crawl` in a child process: its JSON report and wall time."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "extract.cli", "crawl", "--sources", str(sources),
         "--store", str(store), "--proxy", proxy, "--json", "--no-progress", *extra],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"crawl failed ({proc.returncode}): {proc.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report, wall


HTML_ONLY: list[float] = []  # pages/s of read_page alone, per html_throughput run


def html_throughput(store: Path, limit: int) -> tuple[int, float, float]:
    """(pages, thidua pages/s, trafilatura-only pages/s) over stored article pages, one core."""
    import trafilatura

    from extract.facts.pipeline import extract_facts
    from extract.html.inputs import read_page
    from extract.output.records import to_record
    from extract.store.state import Store
    from extract.urls import page_id

    os.sched_setaffinity(0, {0})  # one core, as the target says
    with Store(store, create=False) as st:
        pages = [(p.url, st.body(p).body) for p in st.pages(kinds=("article",))][:limit]
    html = [body.decode("utf-8", "replace") for _, body in pages]
    for text in html[:3]:  # warm caches and lazy loads on both sides
        trafilatura.extract(text)
    read_page(pages[0][0], pages[0][1], article_id="warm")
    started = time.perf_counter()
    for text in html:
        trafilatura.extract(text)
    traf = time.perf_counter() - started
    started = time.perf_counter()
    articles = [read_page(url, body, article_id=page_id(url))[0] for url, body in pages]
    html_s = time.perf_counter() - started
    for article in articles:
        to_record(extract_facts(article))
    ours = time.perf_counter() - started
    HTML_ONLY.append(len(pages) / html_s)  # the HTML step alone (decode, parse, text, date)
    return len(pages), len(pages) / ours, len(pages) / traf


def main() -> int:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages-per-host", type=int, default=110)
    parser.add_argument("--delay", type=float, default=0.25, help="seconds between requests")
    parser.add_argument("--html-pages", type=int, default=300, help="pages for HTML → records")
    parser.add_argument(
        "--no-autothrottle", action="store_true",
        help="fixed delays only: on a loaded machine the local server's own latency makes "
        "AutoThrottle slow down, which measures the server more than the crawler",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        work = Path(tmp)
        sites = generate(work / "sites", hosts=args.hosts, pages_per_host=args.pages_per_host)
        sources = work / "sources"
        sources.mkdir()
        for host in sites:
            (sources / f"{host}.yaml").write_text(source_yaml(host, args.delay), encoding="utf-8")
        server = start_server(sites, work / "port")
        try:
            proxy = f"http://127.0.0.1:{(work / 'port').read_text().strip()}"
            extra = ("--no-autothrottle",) if args.no_autothrottle else ()
            first, wall1 = crawl(sources, work / "store", proxy, *extra)
            second, wall2 = crawl(sources, work / "store", proxy, *extra)
        finally:
            server.terminate()
            server.wait()
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        answered = first["pages_fetched"] + first["not_modified"]
        limit = len(sites) / args.delay
        rate = answered / first["duration_s"]
        refetched = second["bytes_received"] / max(1, first["bytes_received"])
        print(f"site: {len(sites)} hosts, {sum(1 for _ in (work / 'sites').rglob('*.html'))} "
              f"HTML pages; politeness: 1 connection and {args.delay:g} s per host")
        print(f"first crawl: {answered} pages in {first['duration_s']:.1f} s "
              f"(wall {wall1:.1f} s incl. start-up) = {rate:.1f} pages/s; politeness limit "
              f"{limit:.1f} pages/s; {100 * rate / limit:.0f}% of the limit (target ≥ 80%)")
        print(f"second crawl: {second['not_modified']} answered 304, {second['pages_fetched']} "
              f"bodies; {second['bytes_received']:,} of {first['bytes_received']:,} bytes "
              f"received again = {100 * refetched:.2f}% (target < 5%); wall {wall2:.1f} s")
        print(f"peak memory of the crawling processes (ru_maxrss): {peak_mb:.0f} MB")
        n, ours, traf = html_throughput(work / "store", args.html_pages)
        print(f"HTML → records, one core, {n} pages: thidua {ours:.1f} pages/s "
              f"(parse + tag + facts + record); trafilatura.extract alone {traf:.1f} pages/s")
        print(f"HTML step alone (decode, parse, main text, date, byline): {HTML_ONLY[-1]:.1f} "
              f"pages/s = {HTML_ONLY[-1] / traf:.1f}× trafilatura.extract alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
