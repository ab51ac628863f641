"""Report benchmark: size and open time of `thidua report` over a generated dataset.

Generates N made-up articles (invented sentences over the real province list) as records
with evidence spans, writes the dataset with the project's own writer (derived tables
included), builds the report and opens it from file:// in headless Chromium, timing the
load until the page says it has rendered.

    python bench/bench_report.py [--articles 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cdp import Browser  # noqa: E402

from extract import SCHEMA_VERSION  # noqa: E402
from extract.nlp.gazetteer import provinces  # noqa: E402
from extract.output.report import write_report  # noqa: E402
from extract.output.tables import build_tables  # noqa: E402
from extract.output.writers import write_dataset  # noqa: E402

# Made-up wording for generated articles (not taken from any corpus).
DEPARTMENTS = [
    "Sở Tài chính", "Sở Y tế", "Sở Tư pháp", "Sở Nội vụ", "Sở Xây dựng", "Sở Công Thương",
    "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh", "Công an tỉnh", "Hội Nông dân tỉnh",
    "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Kho bạc Nhà nước tỉnh",
    "Cục Thuế tỉnh", "Ngân hàng Chính sách xã hội tỉnh", "Bảo hiểm xã hội tỉnh",
]  # fmt: skip
BLOC_KINDS = ["các cơ quan tổng hợp", "các cơ quan nội chính", "văn hóa - xã hội",
              "kinh tế", "các đoàn thể"]  # fmt: skip
FILLER = (
    "Hội nghị đã đánh giá kết quả thực hiện các phong trào thi đua trong năm qua, chỉ ra "
    "những hạn chế cần khắc phục và thống nhất nhiệm vụ trọng tâm thời gian tới. "
)


class _Text:
    """An article text built piece by piece, remembering where each value stands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> None:
        """Append plain text."""
        self.parts.append(text)
        self.size += len(text)

    def value(self, text: str) -> list[int]:
        """Append a value and return its span."""
        start = self.size
        self.add(text)
        return [start, self.size]

    def text(self) -> str:
        """The whole text."""
        return "".join(self.parts)


def _article(i: int, rng: random.Random, names: list[str]) -> dict[str, Any]:
    """One made-up article about one bloc year, with evidence spans."""
    province = rng.choice(names[:40])
    kind = rng.randrange(len(BLOC_KINDS))
    year = rng.randrange(2015, 2026)
    members = rng.sample(DEPARTMENTS, rng.randrange(6, 12))
    # Leaders rotate through the members by year; now and then an article disagrees.
    leader = members[(year + kind) % len(members)]
    if rng.random() < 0.05:
        leader = rng.choice(members)
    deputy = members[(year + kind + 1) % len(members)]
    nxt = members[(year + kind + 2) % len(members)]
    t = _Text()
    bloc = f"Khối thi đua {BLOC_KINDS[kind]} tỉnh {province}"
    title = f"{bloc} tổng kết công tác thi đua năm {year}"
    t.add("Ngày 20/12, ")
    name_span = t.value(bloc)
    t.add(f" tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm {year}. ")
    t.add(FILLER * rng.randrange(1, 4))
    t.add("Khối gồm ")
    count_span = t.value(f"{len(members)} cơ quan")
    t.add(": ")
    member_spans = []
    for k, m in enumerate(members):
        member_spans.append(t.value(m))
        t.add(", " if k < len(members) - 1 else ". ")
    t.add(f"Năm {year}, ")
    leader_span = t.value(leader)
    t.add(" làm Trưởng khối, ")
    deputy_span = t.value(deputy)
    t.add(" làm Phó Trưởng khối. ")
    t.add(FILLER * rng.randrange(1, 4))
    t.add("Hội nghị thống nhất bầu ")
    next_span = t.value(nxt)
    t.add(f" làm Trưởng khối năm {year + 1}. ")
    award_span = t.value("Cờ thi đua")
    t.add(f" của UBND tỉnh được đề nghị tặng cho {rng.randrange(1, 4)} đơn vị. ")
    t.add(FILLER)
    text = t.text()
    aid = f"bench-{i:06d}"
    return {
        "id": aid,
        "title": title,
        "published": f"{year}-12-2{rng.randrange(0, 9)}",
        "author": None,
        "province": province,
        "blocs": [
            {
                "name": bloc,
                "event": {"type": "review_year", "date": f"{year}-12-20", "period": str(year)},
                "leader": {"org": leader, "year": year},
                "deputy_leader": {"org": deputy, "year": year},
                "next_leader": {"org": nxt, "year": year + 1},
                "member_count": len(members),
                "members": members,
                "awards": [
                    {
                        "award": "co_thi_dua",
                        "issuer": "province",
                        "count": 1 + i % 3,
                        "status": "proposed",
                        "year": year,
                        "recipients": [],
                    }
                ],
                "qualifier": None,
            }
        ],
        "people": [],
        "schema_version": SCHEMA_VERSION,
        "url": f"https://bench.thidua.test/{aid}.html",
        "source_path": None,
        "content_hash": hashlib.sha256(text.encode()).hexdigest(),
        "province_2025": None,
        "province_source": "bench",
        "text": text,
        "evidence": {
            "title": None,
            "province": None,
            "province_rule": None,
            "published": None,
            "author": None,
            "blocs": [
                {
                    "name": name_span,
                    "leader": leader_span,
                    "deputy_leader": deputy_span,
                    "next_leader": next_span,
                    "member_count": count_span,
                    "members": member_spans,
                    "awards": [award_span],
                    "awards.recipients": [[]],
                }
            ],
            "people": [],
            "people.role": [],
        },
        "mentions": [],
    }


def generate(folder: Path, n: int, seed: int = 7) -> None:
    """Write a dataset of `n` generated articles to `folder`."""
    rng = random.Random(seed)
    names = [p.name for p in provinces()]
    records = [_article(i, rng, names) for i in range(n)]
    write_dataset(folder, records, build_tables(records))


def open_time(chromium: str, page: Path, profile: Path) -> tuple[float, float]:
    """Seconds from navigation to the rendered page, and to the evidence sentences unpacked."""
    browser = Browser(chromium, profile)
    try:
        start = time.perf_counter()
        browser.open(page.resolve().as_uri())
        seconds = time.perf_counter() - start
        browser.wait_for("document.documentElement.dataset.evidenceReady === 'true'", 60)
        ready = time.perf_counter() - start
        problems = browser.problems()
        if problems:
            raise SystemExit(f"the page reported errors: {problems[:3]}")
    finally:
        browser.close()
    return seconds, ready


def main() -> int:
    """Generate, report, open; print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="keep the dataset and report in this folder")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    work = Path(tempfile.mkdtemp(prefix="thidua-bench-report-"))
    base = args.keep or work
    data, page = base / "data", base / "report.html"
    try:
        t0 = time.perf_counter()
        generate(data, args.articles)
        t1 = time.perf_counter()
        write_report(data, page)
        t2 = time.perf_counter()
        size = page.stat().st_size
        print(f"articles: {args.articles}")
        print(f"dataset written in {t1 - t0:.1f} s; records.jsonl "
              f"{(data / 'records.jsonl').stat().st_size / 1e6:.1f} MB")  # fmt: skip
        print(f"report built in {t2 - t1:.1f} s")
        print(f"report size: {size / 1e6:.2f} MB (limit 30 MB)")
        if chromium is None:
            print("chromium is missing: open time not measured")
            return 0
        runs = [open_time(chromium, page, work / f"profile{i}") for i in range(3)]
        best = min(r[0] for r in runs)
        print(
            "open time in headless Chromium (navigation to rendered, 3 runs): "
            + ", ".join(f"{s:.2f} s" for s, _ in runs)
            + f"; best {best:.2f} s (limit 3 s); evidence sentences unpacked at "
            + ", ".join(f"{r:.2f} s" for _, r in runs)
        )
        return 0 if size < 30e6 and best < 3.0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
