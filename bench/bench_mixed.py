"""Mixed-archive benchmark: WARC files where 1% of the pages are about blocs.

Generates (into a temporary folder, never the checkout) ≥ 20,000 news pages as gzipped WARC
files: bloc articles varied from the project's own articles (bench/sitegen.py), the rest
Vietnamese news on other topics, some of which name "khối"/"cụm" in another sense (volume,
an industrial cluster), so the cheap rejection lets them through to the full path. Then, on
one core, reads every WARC file and runs what `thidua extract` runs per page (read, reject,
parse, relevance, facts, record) and prints pages/s/core, the share of the time spent on
rejected pages, the same without the cheap rejection, and the WARC readers side by side.

    python bench/bench_mixed.py [--pages 20000] [--bloc-share 0.01] [--files 4]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import sitegen  # noqa: E402

if TYPE_CHECKING:
    from extract.items import InputItem
    from extract.model import Article
    from extract.store.warc import WarcResponse

# Other-topic news that names a head word in another sense: let through by the cheap scan.
HEAD_WORD_NEWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "kinh-te",
        "Cụm công nghiệp {place} thu hút thêm {c} dự án trong năm {year}",
        (
            "Ban quản lý cụm công nghiệp {place} cho biết tỷ lệ lấp đầy đạt {yield_}%, tạo việc "
            "làm cho hơn {n} lao động địa phương.",
            "Tỉnh {province} đang hoàn thiện hạ tầng giao thông kết nối cụm với quốc lộ.",
        ),
    ),
    (
        "xa-hoi",
        "Huyện {place} nạo vét {n} mét khối bùn đất trên các kênh mương",
        (
            "Khối lượng công việc lớn nên huyện huy động {c} máy đào và hàng trăm ngày công "
            "của người dân.",
            "Công trình dự kiến hoàn thành trước mùa mưa năm {year}.",
        ),
    ),
)


def _write_archive(folder: Path, pages: int, bloc_share: float, files: int, seed: int) -> int:
    """Generate the pages as `files` WARC files under `folder`; the number of bloc pages."""
    from extract.store.warc import WarcAppender

    rng = random.Random(seed)
    sources = sitegen.load_sources()
    provinces = sitegen.load_provinces()
    topics = sitegen.OTHER_TOPICS
    blocs = 0
    made: list[sitegen.Page] = []
    for serial in range(pages):
        province = provinces[serial % len(provinces)]
        if rng.random() < bloc_share:
            source = sources[rng.randrange(len(sources))]
            made.append(sitegen._bloc_page(serial, source, rng, province, provinces))
            blocs += 1
            continue
        # One page in twenty names a head word in another sense ("khối lượng", "cụm công nghiệp").
        other = HEAD_WORD_NEWS if rng.random() < 0.05 else topics
        made.append(sitegen._other_page(serial, rng, province, other))
    writers = [WarcAppender(folder, f"mixed-{i:02d}.warc.gz") for i in range(files)]
    headers = [("Content-Type", "text/html; charset=utf-8")]
    by_category: dict[str, list[sitegen.Page]] = {}
    place: dict[int, int] = {}  # id(page) -> its index in its category
    for page in made:
        same = by_category.setdefault(page.category, [])
        place[id(page)] = len(same)
        same.append(page)
    for i, page in enumerate(made):
        host = sitegen.HOST_FORMAT.format(i % 40 + 1)
        # "Tin cùng chuyên mục": the five pages before this one in its own category.
        same, at = by_category[page.category], place[id(page)]
        related = [same[(at - k) % len(same)] for k in range(1, 6)]
        html = sitegen._article_html(host, f"Báo {i % 40 + 1:02d}", page, related)
        writers[i % files].append(
            f"http://{host}{page.path}", "GET", [], 200, "OK", headers, html.encode("utf-8")
        )
    for writer in writers:
        writer.close()
    return blocs


def _unfiltered(resp: WarcResponse) -> InputItem:
    """An item for a WARC response read by the full path (no cheap rejection)."""
    from extract.items import InputItem, _page_article

    def read(max_bytes: int) -> tuple[Article, list[str]]:
        return _page_article(resp, resp.url, None, f"warc:{resp.url}", max_bytes)

    return InputItem(f"warc:{resp.url}", read, filter_relevance=True)


def _run(warcs: list[Path], prefilter: bool) -> tuple[int, int, float, float, int]:
    """(pages, kept records, seconds, seconds on rejected pages, rejected) over the archive."""
    from extract.errors import InputError, OffTopicError
    from extract.facts.pipeline import extract_facts
    from extract.items import warc_items
    from extract.nlp.relevance import is_relevant
    from extract.output.records import to_record
    from extract.store.warc import iter_responses

    pages = kept = rejected = 0
    rejected_s = 0.0
    started = time.perf_counter()
    for path in warcs:
        items: list[InputItem] = list(warc_items(path))
        labels = {it.label for it in items}
        if not prefilter:  # the same pages, read without the cheap rejection
            items = [_unfiltered(r) for r in iter_responses(path) if f"warc:{r.url}" in labels]
        for item in items:
            pages += 1
            t0 = time.perf_counter()
            try:
                article, _ = item.read(5_000_000)
            except OffTopicError:
                rejected += 1
                rejected_s += time.perf_counter() - t0
                continue
            except InputError:
                continue
            if is_relevant(article.text):
                to_record(extract_facts(article))
                kept += 1
    return pages, kept, time.perf_counter() - started, rejected_s, rejected


def _read_speed(warcs: list[Path]) -> tuple[float, float | None]:
    """Records/s reading every response with warcio and with fastwarc (None: not installed)."""
    from extract.store import warc

    def timed(reader: str) -> float:
        started = time.perf_counter()
        n = sum(len(warc.scan(p, reader=reader).responses) for p in warcs)
        return n / (time.perf_counter() - started)

    slow = timed("warcio")
    fast = timed("fastwarc") if warc.fastwarc_available() else None
    return slow, fast


def main() -> int:
    """Generate the archive, run the benchmark, print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--bloc-share", type=float, default=0.01)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-baseline", action="store_true", help="skip the run without rejection")
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})  # one core, as the target says
    with tempfile.TemporaryDirectory(prefix="thidua-mixed-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        blocs = _write_archive(folder, args.pages, args.bloc_share, args.files, args.seed)
        warcs = sorted(folder.glob("*.warc.gz"))
        size = sum(p.stat().st_size for p in warcs)
        print(
            f"archive: {args.pages:,} pages ({blocs} bloc articles) in {len(warcs)} WARC "
            f"files, {size / 1e6:.1f} MB; generated in {time.perf_counter() - started:.1f} s"
        )
        _run(warcs[:1], True)  # warm rule caches and lazy imports
        pages, kept, secs, rej_s, rejected = _run(warcs, True)
        print(
            f"with cheap rejection: {pages / secs:,.0f} pages/s/core (target ≥ 2,000); "
            f"{rejected:,} rejected before parsing, {100 * rej_s / secs:.0f}% of the time; "
            f"{kept} records"
        )
        if not args.no_baseline:
            pages, kept2, secs2, _, _ = _run(warcs, False)
            print(f"without it:           {pages / secs2:,.0f} pages/s/core; {kept2} records")
        slow, fast = _read_speed(warcs)
        shown = f"{fast:,.0f} records/s ({fast / slow:.1f}×)" if fast else "not installed"
        print(f"WARC reading: warcio {slow:,.0f} records/s; fastwarc {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
