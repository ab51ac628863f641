"""Generate a synthetic multi-host news site tree for the crawl benchmark.

Usage: python bench/sitegen.py OUT [--hosts N] [--pages-per-host N] [--seed S]

Each host (`www.bao01.thidua.test`, ...) gets a home page, paginated listings
(`/tin-tuc/page/N/`), article pages, "about"/"contact" pages, a search page that robots.txt
disallows, robots.txt, sitemap.xml and an RSS feed (`/rss/tin-moi.rss`). Bloc articles are
built from the project's own articles in `corpora/articles/` with names, dates, years, figures
and the province varied per page; the other articles come from templates below. Everything is
deterministic for a given seed. `OUT/manifest.json` lists every host's pages and which
articles are about blocs, so a benchmark can measure what a crawl found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import json
import math
import os
import random
import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO_ROOT / "corpora" / "articles"
PROVINCES_TSV = REPO_ROOT / "rules" / "provinces.tsv"
HOST_FORMAT = "www.bao{:02d}.thidua.test"
OFFSITE_URL = "http://www.ngoai.thidua.test/"  # linked but never served: crawlers must not follow
PER_LISTING = 10
BLOC_SHARE = 0.7
STATIC_PAGES = ("gioi-thieu", "lien-he", "tim-kiem")  # besides the home page
DISALLOWED = ("/tim-kiem/", "/wp-admin/")
FEED_PATH = "/rss/tin-moi.rss"
FEED_ITEMS = 20
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
TZ = dt.timezone(dt.timedelta(hours=7))

SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
)  # fmt: skip
MIDDLES = ("Văn", "Thị", "Minh", "Thu", "Quang", "Thanh", "Hữu", "Ngọc", "Đức", "Hồng")
GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hương", "Khoa", "Lan",
    "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú",
    "Vân", "Yến",
)  # fmt: skip
PLACES = ("Tân Lập", "Yên Sơn", "Hòa An", "Thanh Bình", "Phú Lương", "Đồng Tâm", "Kim Sơn")

# Other news, written for this generator: (category folder, title, paragraphs).
OTHER_TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "kinh-te",
        "Nông dân huyện {place} thu hoạch lúa vụ {season} năm {year}",
        (
            "Những ngày này, nông dân huyện {place} đang tập trung thu hoạch lúa vụ {season}. "
            "Năng suất bình quân ước đạt {yield_},{b} tạ/ha, tăng {b} tạ/ha so với cùng kỳ.",
            "Để kịp thời vụ, các hợp tác xã đã đưa {c} máy gặt đập liên hợp xuống đồng ruộng, "
            "giúp giảm chi phí thuê nhân công.",
            "Phòng Nông nghiệp huyện khuyến cáo bà con làm đất ngay sau thu hoạch, chuẩn bị "
            "giống cho vụ sau.",
        ),
    ),
    (
        "xa-hoi",
        "Tăng cường bảo đảm trật tự an toàn giao thông dịp cuối năm {year}",
        (
            "Công an tỉnh {province} vừa triển khai đợt cao điểm bảo đảm trật tự an toàn giao "
            "thông từ ngày {day}/{month} đến hết tháng {month2}.",
            "Trong tháng trước, lực lượng chức năng đã xử lý {n} trường hợp vi phạm, tạm giữ "
            "{c} phương tiện.",
            "Người dân được khuyến cáo không sử dụng rượu, bia khi tham gia giao thông.",
        ),
    ),
    (
        "van-hoa",
        "{province} đón hơn {n} nghìn lượt khách du lịch trong {period}",
        (
            "Theo Sở Văn hóa, Thể thao và Du lịch, trong {period} toàn tỉnh {province} đón hơn "
            "{n} nghìn lượt khách, doanh thu ước đạt {a} tỷ đồng.",
            "Nhiều điểm đến tại huyện {place} thu hút đông du khách nhờ các lễ hội truyền thống "
            "và sản phẩm du lịch cộng đồng.",
        ),
    ),
    (
        "xa-hoi",
        "Ra quân chiến dịch tiêm chủng mở rộng tại huyện {place}",
        (
            "Sáng {day}/{month}, Trung tâm Y tế huyện {place} ra quân chiến dịch tiêm chủng "
            "mở rộng cho trẻ dưới 5 tuổi.",
            "Dự kiến có {n} trẻ được tiêm trong đợt này tại {c} điểm tiêm trên địa bàn.",
        ),
    ),
    (
        "van-hoa",
        "Khai giảng năm học {year} - {year2} tại các trường học huyện {place}",
        (
            "Sáng {day}/9, hơn {n} học sinh huyện {place} tưng bừng dự lễ khai giảng năm học mới.",
            "Năm học này, huyện có thêm {c} trường đạt chuẩn quốc gia.",
        ),
    ),
    (
        "thoi-su",
        "Phát động phong trào thi đua yêu nước năm {year}",
        (
            "Ngày {day}/{month}, UBND tỉnh {province} tổ chức lễ phát động phong trào thi đua "
            "yêu nước năm {year}, với chủ đề đoàn kết, đổi mới, hoàn thành thắng lợi các mục "
            "tiêu phát triển kinh tế - xã hội.",
            "Các sở, ngành, địa phương được đề nghị cụ thể hóa phong trào bằng kế hoạch thiết "
            "thực, gắn với nhiệm vụ chuyên môn.",
        ),
    ),
    (
        "thoi-su",
        "Mưa lớn gây sạt lở tại một số xã vùng cao huyện {place}",
        (
            "Do ảnh hưởng của mưa lớn kéo dài, {c} điểm trên các tuyến đường liên xã của huyện "
            "{place} bị sạt lở, ách tắc giao thông.",
            "Chính quyền địa phương đã huy động {n} lượt người và máy móc khắc phục, bảo đảm "
            "thông tuyến trong ngày.",
        ),
    ),
)

_YEAR = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")
# d/m, d-m or d.m, not inside a longer number ("9.300", "98,6") but maybe before "/year".
_DAY_MONTH = re.compile(r"(?<![\d,./-])(\d{1,2})([/.-])(\d{1,2})(?!\d)(?![.,]\d)")
_PERCENT = re.compile(r"(\d+),(\d)%")
_TITLE_TAIL = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{4}\b.*$")
_BLOC = re.compile(r"(khối|cụm) thi đua", re.IGNORECASE)
_SURNAME_RE = re.compile(r"(?<!\w)(" + "|".join(SURNAMES) + r")(?= \w)")


@dataclass(frozen=True)
class Source:
    """One project article split into title, paragraphs and byline."""

    title: str
    paragraphs: tuple[str, ...]
    byline: str | None


@dataclass
class Page:
    """A generated article."""

    path: str
    title: str
    paragraphs: list[str]
    author: str
    published: dt.datetime
    bloc: bool
    category: str


def load_sources(folder: Path = ARTICLES_DIR) -> list[Source]:
    """The project's own articles (corpora/articles/*.txt) as title, paragraphs, byline."""
    sources = []
    for path in sorted(folder.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        # Some texts open with page residue; the title is the first line naming a bloc.
        start = next((i for i, ln in enumerate(lines[:6]) if _BLOC.search(ln)), 0)
        title = _TITLE_TAIL.sub("", lines[start]).removesuffix(" In trang")
        body = lines[start + 1 :]
        byline = None
        if body and len(body[-1]) < 40 and not body[-1].endswith((".", ":", "!", "?")):
            byline = body.pop()
        if body:
            sources.append(Source(title, tuple(body), byline))
    if not sources:
        raise FileNotFoundError(f"no articles in {folder}")
    return sources


def load_provinces(path: Path = PROVINCES_TSV) -> list[str]:
    """Province names (not the five cities) from rules/provinces.tsv."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) > 2 and cols[2] == "province":
            names.append(cols[0])
    return names


def slugify(text: str) -> str:
    """ASCII URL slug of Vietnamese text."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].rstrip("-")


@functools.lru_cache(maxsize=1024)
def _names_re(names: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for any of `names` as whole words, longest first."""
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


@functools.lru_cache(maxsize=4096)
def _names_in(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """Which of `names` occur in `text` as whole words."""
    return tuple(sorted(set(_names_re(names).findall(text))))


class Varier:
    """Rewrites one source text consistently: years, dates, figures, surnames, province."""

    def __init__(self, rng: random.Random, province: str, provinces: Sequence[str]) -> None:
        """Draw this page's changes."""
        self.rng = rng
        self.shift = rng.randint(-3, 1)
        shuffled = list(SURNAMES)
        rng.shuffle(shuffled)
        self.surnames = dict(zip(SURNAMES, shuffled, strict=True))
        self.day_shift = rng.randint(-5, 5)
        self.province = province
        self.others = [p for p in provinces if p != province]
        self.provinces: dict[str, str] = {}
        self._all_provinces = tuple(provinces)

    def __call__(self, text: str) -> str:
        """The varied text."""
        # Provinces first: which ones a source text names is cached on the unvaried text.
        present = _names_in(text, self._all_provinces)
        if present:
            text = _names_re(present).sub(self._province, text)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + self.shift), text)
        text = _DAY_MONTH.sub(self._day, text)
        text = _PERCENT.sub(lambda m: f"{m.group(1)},{self.rng.randint(0, 9)}%", text)
        return _SURNAME_RE.sub(self._surname, text)

    def _day(self, match: re.Match[str]) -> str:
        """Shift a valid day/month by the page's day shift."""
        day, sep, month = match.groups()
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            return match.group(0)
        # One shift per page keeps the page's dates in their order.
        new = min(28, max(1, int(day) + self.day_shift))
        return f"{new:02d}{sep}{month}" if day.startswith("0") else f"{new}{sep}{month}"

    def _province(self, match: re.Match[str]) -> str:
        """The stand-in for a province name."""
        # The first province named becomes the site's; others get distinct stand-ins, so a
        # list of provinces stays a list of different provinces.
        name = match.group(1)
        if name not in self.provinces:
            if not self.provinces:
                self.provinces[name] = self.province
            else:
                taken = set(self.provinces.values())
                self.provinces[name] = self.rng.choice([p for p in self.others if p not in taken])
        return self.provinces[name]

    def _surname(self, match: re.Match[str]) -> str:
        """Swap a surname that starts a capitalised name."""
        following = match.string[match.end() + 1 : match.end() + 2]
        return self.surnames[match.group(1)] if following.isupper() else match.group(1)


def _person(rng: random.Random) -> str:
    """A made-up Vietnamese full name."""
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def _published(text: str, rng: random.Random) -> dt.datetime:
    """A page date consistent with the text: its latest year and first day/month."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= 2025]
    year = max(years) if years else rng.randint(2019, 2025)
    first = _DAY_MONTH.search(text)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if first and 1 <= int(first.group(3)) <= 12 and 1 <= int(first.group(1)) <= 28:
        day, month = int(first.group(1)), int(first.group(3))
    base = dt.datetime(year, month, day, rng.randint(7, 20), rng.randint(0, 59), tzinfo=TZ)
    return base + dt.timedelta(days=rng.randint(0, 2))


def _bloc_page(
    number: int, source: Source, rng: random.Random, province: str, provinces: Sequence[str]
) -> Page:
    """A bloc article varied from a project article."""
    vary = Varier(rng, province, provinces)
    title = vary(source.title)
    paragraphs = [vary(p) for p in source.paragraphs]
    author = vary(source.byline) if source.byline else _person(rng)
    published = _published(title + "\n" + "\n".join(paragraphs), rng)
    path = f"/thi-dua-khen-thuong/{slugify(title)}-{number}.html"
    return Page(path, title, paragraphs, author, published, True, "thi-dua-khen-thuong")


def _other_page(
    number: int,
    rng: random.Random,
    province: str,
    topics: Sequence[tuple[str, str, tuple[str, ...]]] = OTHER_TOPICS,
) -> Page:
    """A non-bloc article from the templates (`topics`: other templates of the same shape)."""
    category, title_t, paragraph_ts = rng.choice(topics)
    year = rng.randint(2019, 2025)
    month = rng.randint(1, 11)
    values = {
        "place": rng.choice(PLACES),
        "province": province,
        "season": rng.choice(("Đông Xuân", "Hè Thu", "Mùa")),
        "year": str(year),
        "year2": str(year + 1),
        "day": str(rng.randint(1, 28)),
        "month": str(month),
        "month2": str(month + 1),
        "period": rng.choice(("quý I", "6 tháng đầu năm", "dịp nghỉ lễ", "tháng qua")),
        "a": str(rng.randint(40, 900)),
        "b": str(rng.randint(0, 9)),
        "yield_": str(rng.randint(52, 68)),
        "c": str(rng.randint(2, 60)),
        "n": str(rng.randint(100, 9000)),
    }
    title = title_t.format(**values)
    paragraphs = [p.format(**values) for p in paragraph_ts]
    published = dt.datetime(
        year, month, int(values["day"]), rng.randint(7, 20), rng.randint(0, 59), tzinfo=TZ
    )
    path = f"/{category}/{slugify(title)}-{number}.html"
    return Page(path, title, paragraphs, _person(rng), published, False, category)


def _article_count(pages_per_host: int) -> int:
    """Articles such that home + static pages + listings + articles == pages_per_host."""
    fixed = 1 + len(STATIC_PAGES)
    articles = pages_per_host - fixed
    while articles > 0 and articles + math.ceil(articles / PER_LISTING) > pages_per_host - fixed:
        articles -= 1
    if articles <= 0:
        raise ValueError(f"pages_per_host must be at least {fixed + 2}")
    return articles


def _listing_path(n: int) -> str:
    """URL path of listing page `n`."""
    return f"/tin-tuc/page/{n}/"


def _layout(host: str, site_name: str, path: str, title: str, main: str, head: str = "") -> str:
    """A WordPress-like page around `main`."""
    menu = "".join(
        f'<li class="menu-item"><a href="{href}">{label}</a></li>'
        for href, label in (
            ("/", "Trang chủ"),
            (_listing_path(1), "Tin tức"),
            ("/gioi-thieu/", "Giới thiệu"),
            ("/lien-he/", "Liên hệ"),
            ("/tim-kiem/", "Tìm kiếm"),
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)} - {html.escape(site_name)}</title>\n"
        f'<link rel="canonical" href="http://{host}{path}">\n'
        f'<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{FEED_PATH}">\n'
        f"{head}</head>\n<body>\n"
        '<header id="masthead" class="site-header">\n'
        f'<p class="site-title"><a href="/" rel="home">{html.escape(site_name)}</a></p>\n'
        f'<nav class="main-navigation"><ul class="menu">{menu}</ul></nav>\n</header>\n'
        f'<div id="main" class="site-main">\n{main}\n</div>\n'
        f'<footer class="site-footer"><p>© {html.escape(site_name)}. Trang thử nghiệm của '
        "dự án thidua; nội dung do máy sinh ra.</p></footer>\n</body>\n</html>\n"
    )


def _article_html(host: str, site_name: str, page: Page, related: Sequence[Page]) -> str:
    """An article page with related links."""
    when = page.published
    head = (
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{html.escape(page.title)}">\n'
        f'<meta property="article:published_time" content="{when.isoformat()}">\n'
    )
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in page.paragraphs)
    links = "\n".join(f'<li><a href="{p.path}">{html.escape(p.title)}</a></li>' for p in related)
    main = (
        f'<article class="post type-post category-{page.category}">\n'
        f'<h1 class="entry-title">{html.escape(page.title)}</h1>\n'
        f'<div class="entry-meta"><time class="entry-date" datetime="{when.isoformat()}">'
        f"{when:%d/%m/%Y %H:%M}</time></div>\n"
        f'<div class="entry-content">\n{body}\n'
        f'<p class="author"><strong>{html.escape(page.author)}</strong></p>\n</div>\n'
        "</article>\n"
        f'<aside class="related"><h2>Tin liên quan</h2><ul>\n{links}\n</ul></aside>'
    )
    return _layout(host, site_name, page.path, page.title, main, head)


def _teasers(pages: Sequence[Page], absolute_host: str | None = None) -> str:
    """List items linking to `pages` (absolute URLs when a host is given)."""
    prefix = f"http://{absolute_host}" if absolute_host else ""
    return "\n".join(
        f'<li class="post"><a href="{prefix}{p.path}">{html.escape(p.title)}</a> '
        f'<span class="date">{p.published:%d/%m/%Y}</span></li>'
        for p in pages
    )


def _write(path: Path, text: str, when: dt.datetime, made: set[Path]) -> None:
    """Write `text` and set the file's mtime (Last-Modified) to `when`."""
    if path.parent not in made:  # one mkdir per folder, not per file
        path.parent.mkdir(parents=True, exist_ok=True)
        made.add(path.parent)
    path.write_text(text, encoding="utf-8")
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))


def _file_for(folder: Path, url_path: str) -> Path:
    """Where localsite looks for `url_path` (a trailing slash means index.html)."""
    rel = url_path.strip("/")
    if url_path.endswith("/"):
        return folder / rel / "index.html" if rel else folder / "index.html"
    return folder / rel


def _host_site(
    folder: Path,
    host: str,
    index: int,
    hosts: Sequence[str],
    province: str,
    pages: list[Page],
) -> list[str]:
    """Write one host's files; returns the URL paths of its HTML pages."""
    site_name = f"Báo {province} điện tử (bản thử số {index + 1:02d})"
    pages.sort(key=lambda p: p.published, reverse=True)
    newest = pages[0].published
    written: list[str] = []
    made: set[Path] = set()

    def emit(url_path: str, text: str, when: dt.datetime) -> None:
        """Write one URL's file, remembering HTML pages."""
        _write(_file_for(folder, url_path), text, when, made)
        if url_path.endswith((".html", "/")):
            written.append(url_path)

    for i, page in enumerate(pages):
        related = [pages[(i + k) % len(pages)] for k in (1, 2, 3) if len(pages) > k]
        emit(page.path, _article_html(host, site_name, page, related), page.published)

    listings = math.ceil(len(pages) / PER_LISTING)
    for n in range(1, listings + 1):
        chunk = pages[(n - 1) * PER_LISTING : n * PER_LISTING]
        nav = []
        if n > 1:
            nav.append(f'<a class="prev page-numbers" href="{_listing_path(n - 1)}">« Trước</a>')
        nav.append(f'<span class="page-numbers current">{n}</span>')
        if n < listings:
            nav.append(f'<a class="next page-numbers" href="{_listing_path(n + 1)}">Sau »</a>')
        main = (
            f'<h1 class="page-title">Tin tức - Trang {n}</h1>\n'
            f'<ul class="posts">\n{_teasers(chunk)}\n</ul>\n'
            f'<nav class="pagination">{" ".join(nav)}</nav>'
        )
        emit(
            _listing_path(n),
            _layout(host, site_name, _listing_path(n), "Tin tức", main),
            chunk[0].published,
        )

    other_host = hosts[(index + 1) % len(hosts)]
    home = (
        '<h2>Tin mới</h2>\n<ul class="posts">\n'
        # Half the home links are absolute, as many real sites write them.
        f"{_teasers(pages[:5], host)}\n{_teasers(pages[5:10])}\n</ul>\n"
        f'<p><a href="{_listing_path(1)}">Xem tất cả tin tức</a></p>\n'
        f'<p class="links">Liên kết: <a href="http://{other_host}/">{other_host}</a> · '
        f'<a href="{OFFSITE_URL}">Cổng thông tin ngoài</a></p>'
    )
    emit("/", _layout(host, site_name, "/", "Trang chủ", home), newest)
    statics = {
        "gioi-thieu": (
            "Giới thiệu",
            f"<p>{html.escape(site_name)} là cơ quan ngôn luận của tỉnh {province}, "
            "phát hành hằng ngày trên mạng Internet.</p>",
        ),
        "lien-he": (
            "Liên hệ",
            f"<p>Tòa soạn: số {index + 10} đường Trần Hưng Đạo, tỉnh {province}. "
            f"Điện thoại: 0200 3{index:03d} 456.</p>",
        ),
        "tim-kiem": (
            "Tìm kiếm",
            '<form action="/tim-kiem/" method="get"><input name="q"></form>'
            '<p><a href="/tim-kiem/?q=thi+dua">Kết quả cho "thi đua"</a></p>',
        ),
    }
    for slug, (title, text) in statics.items():
        main = f'<h1 class="page-title">{title}</h1>\n{text}'
        emit(f"/{slug}/", _layout(host, site_name, f"/{slug}/", title, main), newest)

    robots = "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in DISALLOWED)
    robots += f"\nSitemap: http://{host}/sitemap.xml\n"
    emit("/robots.txt", robots, newest)

    allowed = [p for p in written if not p.startswith(DISALLOWED)]
    dates = {p.path: p.published for p in pages}
    urls = "".join(
        f"<url><loc>{xml_escape(f'http://{host}{p}')}</loc>"
        f"<lastmod>{dates.get(p, newest).date().isoformat()}</lastmod></url>\n"
        for p in allowed
    )
    sitemap = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{urls}</urlset>\n'
    )
    emit("/sitemap.xml", sitemap, newest)

    items = "".join(
        f"<item><title>{xml_escape(p.title)}</title>"
        f"<link>http://{host}{p.path}</link><guid>http://{host}{p.path}</guid>"
        f"<pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate></item>\n"
        for p in pages[:FEED_ITEMS]
    )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
        f"<title>{xml_escape(site_name)}</title><link>http://{host}/</link>"
        f"<description>Tin mới</description><language>vi</language>\n{items}</channel></rss>\n"
    )
    emit(FEED_PATH, feed, newest)
    return written


def generate(
    root: Path, hosts: int = 20, pages_per_host: int = 110, *, seed: int = 0
) -> dict[str, Path]:
    """Write `hosts` sites of `pages_per_host` HTML pages each under `root`; host -> folder."""
    sources = load_sources()
    provinces = load_provinces()
    rng = random.Random(seed)
    names = [HOST_FORMAT.format(i + 1) for i in range(hosts)]
    n_articles = _article_count(pages_per_host)
    root.mkdir(parents=True, exist_ok=True)
    folders: dict[str, Path] = {}
    manifest: dict[str, object] = {}
    serial = 1000
    for index, host in enumerate(names):
        province = provinces[index % len(provinces)]
        pages: list[Page] = []
        for _ in range(n_articles):
            serial += 1  # in every path, so no two pages share a URL
            if rng.random() < BLOC_SHARE:
                source = sources[rng.randrange(len(sources))]
                pages.append(_bloc_page(serial, source, rng, province, provinces))
            else:
                pages.append(_other_page(serial, rng, province))
        folder = root / host
        shutil.rmtree(folder, ignore_errors=True)  # stale pages from an earlier run would linger
        written = _host_site(folder, host, index, names, province, pages)
        folders[host] = folder
        manifest[host] = {
            "dir": str(folder),
            "province": province,
            "pages": written,
            "bloc_articles": sorted(p.path for p in pages if p.bloc),
            "other_articles": sorted(p.path for p in pages if not p.bloc),
            "disallowed": list(DISALLOWED),
            "sitemap": "/sitemap.xml",
            "feed": FEED_PATH,
        }
    (root / "manifest.json").write_text(
        json.dumps({"seed": seed, "hosts": manifest}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return folders


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the tree and print where it is and how to serve it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="output folder (one sub-folder per host)")
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages-per-host", type=int, default=110)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    folders = generate(args.out, args.hosts, args.pages_per_host, seed=args.seed)
    total = sum(1 for f in folders.values() for p in f.rglob("*") if p.suffix == ".html")
    print(f"sitegen: {len(folders)} hosts, {total} HTML pages in {args.out}", file=sys.stderr)
    sites = " ".join(f"--site {h}={f}" for h, f in folders.items())
    print(f"serve with: python -m extract.crawl.localsite {sites}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
