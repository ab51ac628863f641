#!/usr/bin/env python3
"""Render the demo websites of corpora/sites/ from their site.yaml files (stdlib only).

Each corpora/sites/<site>/site.yaml describes one small website of one family of Vietnamese
site software (newspaper CMS, WordPress, SharePoint e-portal, ASP.NET/DNN portal): its host,
province, categories, robots.txt rules and pages. A page is a text file in the project's own
format (first non-empty line the title, then paragraphs, then the byline and any residue):
corpora/articles/own_NNN.txt for pages about emulation blocs, <site>/texts/*.txt for other
local news. This script writes, for every site:

- <site>/www/             the static files a local server serves for the site's host
- <site>/routes.json      "path?query" -> file under www/, for URLs whose query string picks
                          the page (SharePoint ?Page=N listings, DNN Print.aspx copies)

and corpora/sites/gold/<page id>.json for every page about blocs: the project's gold for its
text (corpora/gold/own_NNN.json) with the id, URL, title, page date and byline of the page.
Output is deterministic; the tests regenerate into a temporary folder and compare.

Usage: python corpora/sites/build.py [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import filecmp
import functools
import hashlib
import html
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
FAMILIES = ("newspaper", "wordpress", "sharepoint", "portal")
TZ = dt.timezone(dt.timedelta(hours=7))
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
ID_HASH_CHARS = 12  # as extract.urls.page_id
SP_VIEWSTATE = ("/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udH"
                "JvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==")
DNN_VIEWSTATE = ("H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0oQiAYBMk2JBAEOzBiM3mkuwdaUcjKasqgcplVmVd"
                 "ZhZAzO2dvPfee")
GENERATED = ("www", "routes.json")  # per site; plus the shared gold/ folder


# --- a small YAML subset ------------------------------------------------------------------
# Block mappings and block lists, full-line comments, and scalars: "double" (JSON escapes) or
# 'single' quoted, null, true/false, integers, plain strings. The tests check that every
# site.yaml reads the same with PyYAML.

_INT = re.compile(r"^[-+]?\d+$")


def _scalar(raw: str, where: str) -> Any:
    """One scalar value."""
    raw = raw.strip()
    if raw.startswith('"'):
        return json.loads(raw)
    if raw.startswith("'"):
        if not raw.endswith("'") or len(raw) < 2:
            raise ValueError(f"{where}: unterminated quote")
        return raw[1:-1].replace("''", "'")
    if raw in ("null", "~", ""):
        return None
    if raw in ("true", "false"):
        return raw == "true"
    if _INT.match(raw):
        return int(raw)
    if raw[0] in "[{&*!|>%@`#" or " #" in raw or ": " in raw:
        raise ValueError(f"{where}: quote the value {raw!r}")
    return raw


def _block(lines: list[tuple[int, str, int]], i: int, indent: int) -> tuple[Any, int]:
    """Parse the block starting at lines[i] (indented `indent`); return it and the next index."""
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        items: list[Any] = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
            rest = lines[i][1][1:].strip()
            if re.match(r"^[A-Za-z_][\w-]*:(\s|$)", rest):
                # "- key: value": a mapping whose first line sits two columns further in
                lines[i] = (indent + 2, rest, lines[i][2])
                value, i = _block(lines, i, indent + 2)
            else:
                value, i = _scalar(rest, f"line {lines[i][2]}"), i + 1
            items.append(value)
        return items, i
    mapping: dict[str, Any] = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("-"):
        content, lineno = lines[i][1], lines[i][2]
        key, sep, rest = content.partition(":")
        if not sep or (rest and not rest.startswith(" ")):
            raise ValueError(f"line {lineno}: expected 'key: value'")
        if key in mapping:
            raise ValueError(f"line {lineno}: key {key!r} given twice")
        i += 1
        if rest.strip():
            mapping[key] = _scalar(rest, f"line {lineno}")
        elif i < len(lines) and (
            lines[i][0] > indent or (lines[i][0] == indent and lines[i][1].startswith("-"))
        ):
            mapping[key], i = _block(lines, i, lines[i][0])
        else:
            mapping[key] = None
    return mapping, i


def load_yaml(text: str) -> Any:
    """Parse the YAML subset used by site.yaml."""
    lines = [
        (len(raw) - len(raw.lstrip(" ")), raw.strip(), n)
        for n, raw in enumerate(text.splitlines(), 1)
        if raw.strip() and not raw.strip().startswith("#")
    ]
    if not lines:
        return None
    value, end = _block(lines, 0, lines[0][0])
    if end != len(lines):
        raise ValueError(f"line {lines[end][2]}: unexpected indentation")
    return value


# --- the site model -----------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    """A section of a site; `tabid` is the DNN tab that shows it."""

    slug: str
    label: str
    tabid: int = 0


@dataclass(frozen=True)
class Page:
    """One article page of a site."""

    text: str  # corpora-relative path of the text file
    num: int  # the CMS's article / item / post number
    slug: str
    date: dt.datetime  # the page's own date, Vietnam time (naive)
    byline: str | None  # as printed on the page
    category: str
    title: str
    paragraphs: tuple[str, ...]
    gold: str | None  # stem of corpora/gold/<stem>.json, for pages about blocs
    path: str  # "path?query" on the site's host

    @property
    def views(self) -> int:
        """A stable "Lượt xem" count."""
        return 57 + self.num * 37 % 1900


@dataclass(frozen=True)
class Site:
    """A demo site and everything needed to render it."""

    key: str
    host: str
    family: str
    name: str
    title: str
    owner: str
    address: str
    province: str
    today: dt.date
    slogan: str
    facebook: str
    page_size: int
    home_count: int
    categories: tuple[Category, ...]
    robots_disallow: tuple[str, ...]
    pages: tuple[Page, ...]  # newest first

    @property
    def base(self) -> str:
        """http://host"""
        return f"http://{self.host}"

    def url(self, path: str) -> str:
        """Absolute URL of a site path."""
        return self.base + path

    def category(self, slug: str) -> Category:
        """The category named `slug`."""
        return next(c for c in self.categories if c.slug == slug)

    def in_category(self, slug: str) -> list[Page]:
        """Pages of one category, newest first."""
        return [p for p in self.pages if p.category == slug]


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    """data[key], or a clear error."""
    if data.get(key) in (None, ""):
        raise ValueError(f"{where}: `{key}` is required")
    return data[key]


def read_text(path: Path) -> list[str]:
    """Non-empty stripped lines of a text file."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_path(family: str, cat: Category, num: int, slug: str, date: dt.datetime) -> str:
    """The URL path (and query) of an article page in each family's scheme."""
    if family == "newspaper":
        return f"/{cat.slug}/{slug}-{num}.html"
    if family == "wordpress":
        return f"/{date:%Y/%m/%d}/{slug}/"
    if family == "sharepoint":
        return f"/tin-tuc/Pages/{slug}.aspx?ItemID={num}"
    return f"/tabid/{cat.tabid}/ArticleID/{num}/Default.aspx"


def load_page(family: str, cats: dict[str, Category], data: dict[str, Any], where: str) -> Page:
    """A Page from one `articles` entry of site.yaml and its text file."""
    text = str(_require(data, "text", where))
    lines = read_text(CORPORA / text)
    head, tail = int(data.get("head_lines", 1)), int(data.get("tail_lines", 0))
    body = lines[head : len(lines) - tail]
    byline = data.get("byline")
    if byline is not None:
        if not body or body[-1] != byline:
            raise ValueError(f"{where}: {text} does not end its body with byline {byline!r}")
        body = body[:-1]
    date = dt.datetime.fromisoformat(str(_require(data, "date", where)))
    cat = cats[str(_require(data, "category", where))]
    num = int(_require(data, "id", where))
    slug = str(data.get("slug") or "")
    if family != "portal" and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise ValueError(f"{where}: slug {slug!r} must be lower-case ASCII words and dashes")
    if family in ("newspaper", "portal") and date.second:
        raise ValueError(f"{where}: this family shows no seconds; use :00")
    stem = Path(text).stem
    gold = stem if (CORPORA / "gold" / f"{stem}.json").is_file() else None
    return Page(
        text=text,
        num=num,
        slug=slug,
        date=date,
        byline=byline,
        category=cat.slug,
        title=str(data.get("title") or lines[0]),
        paragraphs=tuple(body),
        gold=gold,
        path=article_path(family, cat, num, slug, date),
    )


def load_site(folder: Path) -> Site:
    """Read <folder>/site.yaml and the texts it names."""
    where = str(folder / "site.yaml")
    data = load_yaml((folder / "site.yaml").read_text(encoding="utf-8"))
    family = str(_require(data, "family", where))
    if family not in FAMILIES:
        raise ValueError(f"{where}: family must be one of {FAMILIES}")
    host = str(_require(data, "host", where))
    if not host.endswith(".thidua.test"):
        raise ValueError(f"{where}: host must end in .thidua.test")
    cats = {
        c["slug"]: Category(str(c["slug"]), str(c["label"]), int(c.get("tabid") or 0))
        for c in data["categories"]
    }
    pages = [
        load_page(family, cats, entry, f"{where}: articles[{n}]")
        for n, entry in enumerate(data["articles"])
    ]
    for attr in ("path", "num", "text"):
        values = [getattr(p, attr) for p in pages]
        if len(set(values)) != len(values):
            raise ValueError(f"{where}: two pages share a {attr}")
    return Site(
        key=folder.name,
        host=host,
        family=family,
        name=str(_require(data, "name", where)),
        title=str(_require(data, "title", where)),
        owner=str(_require(data, "owner", where)),
        address=str(_require(data, "address", where)),
        province=str(_require(data, "province", where)),
        today=dt.date.fromisoformat(str(_require(data, "today", where))),
        slogan=str(_require(data, "slogan", where)),
        facebook=str(_require(data, "facebook", where)),
        page_size=int(_require(data, "page_size", where)),
        home_count=int(_require(data, "home_count", where)),
        categories=tuple(cats.values()),
        robots_disallow=tuple(data["robots_disallow"]),
        pages=tuple(sorted(pages, key=lambda p: p.date, reverse=True)),
    )


def site_folders(root: Path = HERE) -> list[Path]:
    """Every folder of corpora/sites/ with a site.yaml, sorted."""
    return sorted(p.parent for p in root.glob("*/site.yaml"))


def page_id(url: str) -> str:
    """extract.urls.page_id for an already canonical URL (checked by the tests)."""
    host = url.split("/")[2].lower().removeprefix("www.")
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:ID_HASH_CHARS]}"


# --- formatting helpers -------------------------------------------------------------------


def esc(text: str) -> str:
    """HTML-escape text and attribute values."""
    return html.escape(text, quote=True)


def weekday(day: dt.date) -> str:
    """"Thứ ba" for a Tuesday."""
    return WEEKDAYS[day.weekday()]


def iso_tz(when: dt.datetime) -> str:
    """2023-07-07T08:30:00+07:00"""
    return when.replace(tzinfo=TZ).isoformat()


def rfc822(when: dt.datetime) -> str:
    """Fri, 07 Jul 2023 08:30:00 +0700"""
    return email.utils.format_datetime(when.replace(tzinfo=TZ))


def ampm(when: dt.datetime) -> str:
    """14/07/2022 3:05:00 CH (SharePoint's Vietnamese 12-hour clock)."""
    hour = when.hour % 12 or 12
    return f"{when:%d/%m/%Y} {hour}:{when:%M:%S} {'SA' if when.hour < 12 else 'CH'}"


def paras(page: Page, attrs: str = "") -> str:
    """The body paragraphs as <p> elements."""
    out = []
    for text in page.paragraphs:
        if re.fullmatch(r"IMG_\d+\.(JPG|jpg|png)", text):
            out.append(f'<p style="text-align:center;"><img src="/PublishingImages/{text}" '
                       f'alt="" /><br />{esc(text)}</p>')
        else:
            out.append(f"<p{attrs}>{esc(text)}</p>")
    return "\n".join(out)


def lead(page: Page, size: int = 220) -> str:
    """The start of the first paragraph, for descriptions and listings."""
    first = page.paragraphs[0] if page.paragraphs else page.title
    return first if len(first) <= size else first[: first.rfind(" ", 0, size)] + "…"


def related(site: Site, page: Page, count: int = 4) -> list[Page]:
    """Other pages to list beside `page`: same category first, of the same kind (pages
    about blocs list pages about blocs; other news lists other news)."""
    same = [p for p in site.pages if p != page and (p.gold is None) == (page.gold is None)]
    same.sort(key=lambda p: (p.category != page.category, abs((p.date - page.date).days)))
    return same[:count]


def chunks(pages: Sequence[Page], size: int) -> list[list[Page]]:
    """Pages split into listing pages (at least one, maybe empty)."""
    return [list(pages[i : i + size]) for i in range(0, len(pages), size)] or [[]]


def tracked(path: str, source: str, medium: str) -> str:
    """A path with tracking parameters (dropped by extract.urls.canonical_url)."""
    sep = "&" if "?" in path else "?"
    return f"{path}{sep}utm_source={source}&utm_medium={medium}"


def share_links(url: str, title: str) -> list[tuple[str, str]]:
    """(label, href) of share buttons: all offsite."""
    u = quote(url, safe="")
    return [
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("Zalo", f"https://sp.zalo.me/share_inline?d={u}"),
        ("Twitter", f"https://twitter.com/intent/tweet?url={u}&text={quote(title)}"),
    ]


# --- output -------------------------------------------------------------------------------


class Output:
    """Files of one site: path under www/ -> text, plus routes for query-string URLs."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.routes: dict[str, str] = {}

    def add(self, path: str, content: str, route_file: str | None = None) -> None:
        """Store the page served at URL `path` ("path?query")."""
        if route_file is not None:
            self.routes[path] = route_file
            target = route_file
        else:
            target = file_for(path)
        if target in self.files:
            raise ValueError(f"two pages would be written to {target}")
        self.files[target] = content


def file_for(path: str) -> str:
    """The file under www/ that a local server answers for URL path `path` (query ignored):
    "/" and "/a/" -> a/index.html; "/a.html" (or .xml, .rss, .txt) -> that file; any other
    "/a/b.aspx" -> a/b.aspx/index.html, so .aspx pages are served as HTML."""
    clean = path.split("?", 1)[0]
    if clean.endswith("/"):
        return clean[1:] + "index.html"
    if Path(clean).suffix in (".html", ".xml", ".rss", ".txt"):
        return clean[1:]
    return clean[1:] + "/index.html"


# --- shared site files ----------------------------------------------------------------------


def robots(site: Site, sitemap: str) -> str:
    """robots.txt: the site's Disallow rules and its sitemap."""
    rules = "".join(f"Disallow: {p}\n" for p in site.robots_disallow)
    return f"User-agent: *\n{rules}\nSitemap: {site.url(sitemap)}\n"


def rss(site: Site, path: str, pages: Sequence[Page], link_of: Callable[[Page], str]) -> str:
    """An RSS 2.0 feed of `pages`."""
    items = "".join(
        f"  <item>\n    <title>{esc(p.title)}</title>\n    <link>{esc(link_of(p))}</link>\n"
        f"    <guid isPermaLink=\"false\">{site.key}-{p.num}</guid>\n"
        f"    <pubDate>{rfc822(p.date)}</pubDate>\n"
        f"    <description>{esc(lead(p))}</description>\n  </item>\n"
        for p in pages
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"  <title>{esc(site.name)}</title>\n  <link>{site.url('/')}</link>\n"
        f'  <atom:link href="{site.url(path)}" rel="self" type="application/rss+xml" />\n'
        f"  <description>{esc(site.title)}</description>\n  <language>vi</language>\n"
        f"  <lastBuildDate>{rfc822(pages[0].date)}</lastBuildDate>\n{items}</channel>\n</rss>\n"
    )


def urlset(entries: Sequence[tuple[str, dt.datetime | None]], news: Site | None = None) -> str:
    """A sitemap <urlset>; with `news`, Google News tags for dated entries."""
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>']
    for loc, when in entries:
        out.append(f"  <url>\n    <loc>{esc(loc)}</loc>")
        if when is not None:
            out.append(f"    <lastmod>{iso_tz(when)}</lastmod>")
            if news is not None:
                out.append(
                    "    <news:news><news:publication><news:name>"
                    f"{esc(news.name)}</news:name><news:language>vi</news:language>"
                    f"</news:publication><news:publication_date>{iso_tz(when)}"
                    "</news:publication_date></news:news>"
                )
        out.append("  </url>")
    out.append("</urlset>\n")
    return "\n".join(out)


def sitemap_index(site: Site, parts: Sequence[tuple[str, dt.datetime]]) -> str:
    """A <sitemapindex> over part sitemaps."""
    items = "".join(
        f"  <sitemap>\n    <loc>{site.url(path)}</loc>\n    <lastmod>{iso_tz(when)}</lastmod>\n"
        "  </sitemap>\n"
        for path, when in parts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}'
        "</sitemapindex>\n"
    )


def pager(links: Sequence[str], current: int, prev: str, nxt: str) -> str:
    """Numbered page links (1-based `current`)."""
    if len(links) < 2:
        return ""
    out = []
    if current > 1:
        out.append(f'<a class="prev" href="{esc(links[current - 2])}">{prev}</a>')
    for n, href in enumerate(links, 1):
        out.append(f'<span class="current">{n}</span>' if n == current
                   else f'<a href="{esc(href)}">{n}</a>')
    if current < len(links):
        out.append(f'<a class="next" href="{esc(links[current])}">{nxt}</a>')
    return '<div class="pagination">' + " ".join(out) + "</div>"


# --- newspaper CMS --------------------------------------------------------------------------


def np_listing_path(cat: Category, n: int) -> str:
    """/thoi-su/ and /thoi-su/trang-2/"""
    return f"/{cat.slug}/" if n == 1 else f"/{cat.slug}/trang-{n}/"


def np_time(when: dt.datetime) -> str:
    """Thứ sáu, 07/07/2023, 08:30 (GMT+7)"""
    return f"{weekday(when.date())}, {when:%d/%m/%Y}, {when:%H:%M} (GMT+7)"


ACTIVE = ' class="active"'


def np_layout(site: Site, title: str, head: str, body: str, active: str = "") -> str:
    """The newspaper's page frame."""
    nav = "".join(
        f"<li{ACTIVE if c.slug == active else ''}>"
        f'<a href="{np_listing_path(c, 1)}">{esc(c.label)}</a></li>'
        for c in site.categories
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/themes/bnl/css/main.min.css?v=20231201">
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}" href="/rss/home.rss">
{head}
</head>
<body>
<header class="site-header">
  <div class="top-bar"><div class="container">
    <span class="today">{weekday(site.today)}, {site.today:%d/%m/%Y}</span>
    <a class="epaper" href="/bao-in/">Báo in</a>
    <a class="login" href="/dang-nhap/">Đăng nhập</a>
    <form class="search" action="/tim-kiem/" method="get"><input name="q" placeholder="Tìm kiếm">
    </form>
  </div></div>
  <div class="container brand"><a class="logo" href="/"><img src="/themes/bnl/images/logo.png"
    alt="{esc(site.name)}"></a>
  <span class="slogan">{esc(site.slogan)}</span></div>
  <nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></nav>
</header>
<main class="container">
{body}
</main>
<footer class="site-footer"><div class="container">
  <p>{esc(site.title)}. {esc(site.owner)}</p>
  <p>Địa chỉ: {esc(site.address)}</p>
  <p>Liên kết: <a href="{esc(site.facebook)}" target="_blank" rel="noopener">Fanpage</a> |
  <a href="https://www.youtube.com/@baonhatle-demo" target="_blank" rel="noopener">Kênh video</a> |
  <a href="http://other.example.org/">Cổng thông tin điện tử tỉnh</a></p>
  <p>&copy; Ghi rõ nguồn "{esc(site.name)}" khi phát hành lại thông tin từ website này.</p>
</div></footer>
</body>
</html>
"""


def np_item(p: Page, href: str | None = None) -> str:
    """One story in a list."""
    return (f'<li class="story"><a href="{esc(href or p.path)}">{esc(p.title)}</a> '
            f'<span class="time">{p.date:%d/%m/%Y %H:%M}</span>'
            f'<p class="sapo">{esc(lead(p, 160))}</p></li>')


def np_article(site: Site, p: Page) -> str:
    """An article page of the newspaper."""
    cat = site.category(p.category)
    url = site.url(p.path)
    amp = site.url("/amp" + p.path)
    author_ld = (f',"author":{{"@type":"Person","name":{json.dumps(p.byline, ensure_ascii=False)}}}'
                 if p.byline else "")
    publisher = json.dumps(site.name, ensure_ascii=False)
    ld = (f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":'
          f'{json.dumps(p.title, ensure_ascii=False)},"datePublished":"{iso_tz(p.date)}",'
          f'"mainEntityOfPage":"{url}"{author_ld},'
          f'"publisher":{{"@type":"Organization","name":{publisher}}}}}')
    head = f"""<meta name="description" content="{esc(lead(p))}">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{amp}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(p.title)}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="{esc(cat.label)}">
<meta property="article:published_time" content="{iso_tz(p.date)}">
<script type="application/ld+json">{ld}</script>"""
    first, rest = p.paragraphs[0], replace(p, paragraphs=p.paragraphs[1:])
    figure = (f'<figure class="image"><img src="/dataimages/{p.date:%Y%m}/original/'
              f'images{p.num}_1.jpg" alt=""><figcaption>Quang cảnh hội nghị.</figcaption></figure>')
    if p.gold is None:
        figure = ""
    byline = f'<div class="detail-author">{esc(p.byline)}</div>' if p.byline else ""
    shares = " ".join(f'<a class="share" href="{esc(h)}" target="_blank" rel="noopener">{lbl}</a>'
                      for lbl, h in share_links(url, p.title))
    same = "".join(np_item(r, tracked(r.path, "tin-cung-chuyen-muc", "web") if i == 0 else None)
                   for i, r in enumerate(related(site, p)))
    body = f"""<div class="breadcrumbs"><a href="/">Trang chủ</a> /
  <a href="{np_listing_path(cat, 1)}">{esc(cat.label)}</a></div>
<article class="detail">
  <h1 class="detail-title">{esc(p.title)}</h1>
  <div class="detail-meta"><span class="detail-time">{np_time(p.date)}</span></div>
  <div class="detail-sapo"><strong>{esc(first)}</strong></div>
  {figure}
  <div class="detail-content">
{paras(rest)}
  </div>
  {byline}
  <div class="detail-share">Chia sẻ: {shares}</div>
</article>
<section class="related-news"><h3 class="box-title">Tin cùng chuyên mục</h3>
<ul>{same}</ul></section>"""
    return np_layout(site, f"{p.title} | {site.name}", head, body, p.category)


def np_amp(site: Site, p: Page) -> str:
    """The AMP copy of an article (its canonical link points to the article)."""
    byline = f'<p class="author">{esc(p.byline)}</p>' if p.byline else ""
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} | {esc(site.name)}</title>
<link rel="canonical" href="{site.url(p.path)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body>
<header class="amp-header"><a href="/">{esc(site.name)}</a> <span class="today">
{weekday(site.today)}, {site.today:%d/%m/%Y}</span></header>
<article>
<h1>{esc(p.title)}</h1>
<p class="time">{np_time(p.date)}</p>
{paras(p)}
{byline}
</article>
<footer><a href="{site.url(p.path)}">Xem phiên bản đầy đủ</a></footer>
</body>
</html>
"""


def render_newspaper(site: Site, out: Output) -> None:
    """Home, section listings, articles, AMP copies, feed, sitemap, robots.txt."""
    top, rest = site.pages[0], site.pages[1 : site.home_count]
    sections = "".join(
        f'<section class="box-cat"><h2><a href="{np_listing_path(c, 1)}">{esc(c.label)}</a></h2>'
        f'<ul>{"".join(np_item(p) for p in site.in_category(c.slug)[:2])}</ul></section>'
        for c in site.categories
    )
    home = f"""<section class="hot-news"><div class="story featured">
  <h2><a href="{esc(tracked(top.path, "trang-chu", "tieu-diem"))}">{esc(top.title)}</a></h2>
  <p class="sapo">{esc(lead(top))}</p></div>
<ul class="latest">{"".join(np_item(p) for p in rest)}</ul></section>
{sections}"""
    head = (f'<meta name="description" content="{esc(site.title)}">\n'
            f'<link rel="canonical" href="{site.url("/")}">')
    out.add("/", np_layout(site, site.title, head, home))
    for cat in site.categories:
        parts = chunks(site.in_category(cat.slug), site.page_size)
        links = [np_listing_path(cat, n) for n in range(1, len(parts) + 1)]
        for n, part in enumerate(parts, 1):
            body = (f'<h1 class="cat-title">{esc(cat.label)}</h1>'
                    f'<ul class="list-news">{"".join(np_item(p) for p in part)}</ul>'
                    + pager(links, n, "‹ Trang trước", "Trang sau ›"))
            title = cat.label + (f" - Trang {n}" if n > 1 else "") + f" | {site.name}"
            out.add(links[n - 1], np_layout(site, title, "", body, cat.slug))
    for p in site.pages:
        out.add(p.path, np_article(site, p))
        out.add("/amp" + p.path, np_amp(site, p))
    out.add("/rss/home.rss", rss(site, "/rss/home.rss", site.pages,
                                 lambda p: site.url(tracked(p.path, "rss", "feed"))))
    out.add("/sitemap.xml", urlset([(site.url(p.path), p.date) for p in site.pages], news=site))
    out.add("/robots.txt", robots(site, "/sitemap.xml"))


# --- WordPress ------------------------------------------------------------------------------


def wp_cat_path(cat: Category, n: int) -> str:
    """/category/tin-tuc/ and /category/tin-tuc/page/2/"""
    return f"/category/{cat.slug}/" + (f"page/{n}/" if n > 1 else "")


def wp_home_path(n: int) -> str:
    """/ and /page/2/"""
    return "/" if n == 1 else f"/page/{n}/"


WP_VER = "6.4.2"
WP_AUTHOR = "bientap"


def wp_layout(site: Site, title: str, head: str, body: str, body_class: str) -> str:
    """The WordPress theme frame (absolute URLs everywhere, as WordPress writes them)."""
    b = site.base
    cats = "".join(f'<li class="cat-item"><a href="{b}{wp_cat_path(c, 1)}">{esc(c.label)}</a></li>'
                   for c in site.categories)
    menu = "".join(f'<li class="menu-item"><a href="{b}{wp_cat_path(c, 1)}">{esc(c.label)}</a></li>'
                   for c in site.categories)
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="WordPress {WP_VER}">
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)} &raquo; Dòng thông tin"
  href="{b}/rss.xml">
<link rel="stylesheet" id="wp-block-library-css"
  href="{b}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}" media="all">
<link rel="stylesheet" id="colormag_style-css"
  href="{b}/wp-content/themes/colormag/style.css?ver=3.1.2" media="all">
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/">
{head}
</head>
<body class="{body_class}">
<div id="page" class="hfeed site">
  <a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
  <div class="news-bar"><div class="date-in-header">
  {weekday(site.today)}, {site.today:%d/%m/%Y}</div>
    <div class="social-links"><a href="{esc(site.facebook)}" target="_blank" rel="noopener">
    Facebook</a></div></div>
  <header id="masthead" class="site-header" role="banner">
    <div class="site-branding">
      <p class="site-title"><a href="{b}/" rel="home">{esc(site.name)}</a></p>
      <p class="site-description">{esc(site.slogan)}</p>
    </div>
    <nav id="site-navigation" class="main-navigation" role="navigation"><ul id="menu-primary"
      class="menu">
      <li class="menu-item"><a href="{b}/">Trang chủ</a></li>
      <li class="menu-item"><a href="{b}/gioi-thieu/">Giới thiệu</a></li>{menu}
    </ul></nav>
  </header>
  <div id="main" class="clearfix">
    <div id="primary"><div id="content" class="clearfix">
{body}
    </div></div>
    <div id="secondary">
      <aside id="search-2" class="widget widget_search"><form role="search" method="get"
        class="search-form" action="{b}/"><input type="search" class="search-field" name="s"
          placeholder="Tìm kiếm..."></form></aside>
      <aside id="categories-2" class="widget widget_categories"><h3 class="widget-title"><span>
      Chuyên mục</span></h3><ul>{cats}</ul></aside>
      <aside id="text-3" class="widget widget_text"><h3 class="widget-title"><span>
      Liên kết website</span></h3>
        <ul><li><a href="http://other.example.org/" target="_blank" rel="noopener">
        Cổng thông tin điện tử tỉnh</a></li>
        <li><a href="https://thongtin.example.org/van-ban/" target="_blank" rel="noopener">
        Hệ thống văn bản</a></li></ul></aside>
      <aside id="meta-2" class="widget widget_meta"><h3 class="widget-title"><span>Meta</span></h3>
        <ul><li><a href="{b}/wp-login.php">Đăng nhập</a></li><li><a href="{b}/rss.xml">
        RSS bài viết</a></li>
        <li><a href="{b}/comments/feed/">RSS bình luận</a></li><li><a
          href="https://vi.wordpress.org/">WordPress.org</a></li></ul></aside>
    </div>
  </div>
  <footer id="colophon" class="clearfix"><div class="footer-socket-wrapper">
    <div class="copyright">Bản quyền &copy; {site.today.year} <a href="{b}/">{esc(site.name)}</a>
    . {esc(site.owner)} Địa chỉ: {esc(site.address)}. Sử dụng WordPress.</div>
  </div></footer>
</div>
<script src="{b}/wp-includes/js/comment-reply.min.js?ver={WP_VER}" id="comment-reply-js"></script>
</body>
</html>
"""


def wp_excerpt(site: Site, p: Page) -> str:
    """A post in an archive list."""
    cat = site.category(p.category)
    return f"""<article id="post-{p.num}"
  class="post-{p.num} post type-post status-publish format-standard hentry category-{cat.slug}">
  <header class="entry-header"><h2 class="entry-title"><a href="{site.url(p.path)}" rel="bookmark">
  {esc(p.title)}</a></h2></header>
  <div class="below-entry-meta"><span class="posted-on"><time class="entry-date published"
    datetime="{iso_tz(p.date)}">{p.date:%d/%m/%Y}</time></span></div>
  <div class="entry-content"><p>{esc(lead(p))} <a class="more-link" href="{site.url(p.path)}">
  Đọc tiếp</a></p></div>
</article>"""


def wp_archive(site: Site, out: Output, title: str, pages: Sequence[Page],
               path_of: Callable[[int], str], body_class: str, size: int) -> None:
    """An archive (home, category, author) over as many pages as it needs."""
    parts = chunks(pages, size)
    links = [path_of(n) for n in range(1, len(parts) + 1)]
    for n, part in enumerate(parts, 1):
        nav = pager([site.url(x) for x in links], n, "&laquo; Trang trước", "Trang sau &raquo;")
        head_title = (f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1>'
                      "</header>" if title else "")
        body = head_title + "\n".join(wp_excerpt(site, p) for p in part) + nav
        full = ((f"{title} &#8211; " if title else "") + site.name
                + (f" &#8211; Trang {n}" if n > 1 else ""))
        head = f'<link rel="canonical" href="{site.url(links[n - 1])}">'
        out.add(links[n - 1], wp_layout(site, html.unescape(full), head, body, body_class))


def wp_article(site: Site, p: Page) -> str:
    """A single post."""
    b, url, cat = site.base, site.url(p.path), site.category(p.category)
    idx = site.pages.index(p)
    newer = site.pages[idx - 1] if idx > 0 else None
    older = site.pages[idx + 1] if idx + 1 < len(site.pages) else None
    head = f"""<link rel="canonical" href="{url}">
<link rel="shortlink" href="{b}/?p={p.num}">
<link rel="alternate" type="application/rss+xml"
  title="{esc(site.name)} &raquo; {esc(p.title)} Dòng phản hồi" href="{url}feed/">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{esc(site.name)}">"""
    byline = (f'<p style="text-align: right;"><strong>{esc(p.byline)}</strong></p>'
              if p.byline else "")
    shares = "".join(f'<li class="share-{lbl.lower()}"><a rel="nofollow noopener noreferrer" '
                     f'class="share-{lbl.lower()} sd-button" href="{esc(h)}" target="_blank">'
                     f"<span>{lbl}</span></a></li>" for lbl, h in share_links(url, p.title))
    rel = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="'
        f'{esc(site.url(tracked(r.path, "zalo", "share")) if i == 1 else site.url(r.path))}">'
        f'{esc(r.title)}</a></h4><p class="jp-relatedposts-post-date">{r.date:%d/%m/%Y}</p></div>'
        for i, r in enumerate(related(site, p, 3))
    )
    tag, tag_label = ("khoi-thi-dua", "khối thi đua") if p.gold else ("tin-dia-phuong",
                                                                      "tin địa phương")
    tags = f'<span class="tag-links">Thẻ: <a href="{b}/tag/{tag}/" rel="tag">{tag_label}</a></span>'
    nav = ""
    if older:
        nav += (f'<div class="nav-previous"><a href="{site.url(older.path)}" rel="prev">'
                f"&larr; {esc(older.title)}</a></div>")
    if newer:
        nav += (f'<div class="nav-next"><a href="{site.url(newer.path)}" rel="next">'
                f"{esc(newer.title)} &rarr;</a></div>")
    body = f"""<article id="post-{p.num}" class="post-{p.num} post type-post status-publish
  format-standard has-post-thumbnail hentry category-{cat.slug}">
  <div class="article-content clearfix">
    <div class="above-entry-meta"><span class="cat-links"><a href="{b}{wp_cat_path(cat, 1)}"
      rel="category tag">{esc(cat.label)}</a>&nbsp;</span></div>
    <header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1></header>
    <div class="below-entry-meta">
      <span class="posted-on"><a href="{url}" title="{p.date:%H:%M}" rel="bookmark"><time
        class="entry-date published" datetime="{iso_tz(p.date)}">{p.date:%d/%m/%Y}</time></a></span>
      <span class="byline"><span class="author vcard"><a class="url fn n"
        href="{b}/author/{WP_AUTHOR}/" title="{WP_AUTHOR}">{WP_AUTHOR}</a></span></span>
      <span class="comments"><a href="{url}#respond">Không có bình luận</a></span>
    </div>
    <div class="entry-content clearfix">
{paras(p)}
{byline}
<div class="sharedaddy sd-sharing-enabled"><div
  class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">
  Chia sẻ:</h3><div class="sd-content"><ul>{shares}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>
Bài viết liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">
{rel}</div></div>
    </div>
    <footer class="entry-footer">{tags}</footer>
  </div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">
Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
  <h3 id="reply-title" class="comment-reply-title">Để lại một trả lời <small><a rel="nofollow"
    id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h3>
  <form action="{b}/wp-comments-post.php" method="post" id="commentform"
    class="comment-form" novalidate>
    <p class="comment-notes"><span id="email-notes">
    Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span
      class="required">*</span></p>
    <p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span>
    </label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required>
    </textarea></p>
    <p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label>
    <input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p>
    <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
    <input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>
    <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
      value="Phản hồi"> <input type="hidden" name="comment_post_ID" value="{p.num}"
        id="comment_post_ID"></p>
  </form>
</div></div>"""
    classes = f"post-template-default single single-post postid-{p.num} single-format-standard"
    return wp_layout(site, f"{p.title} – {site.name}", head, body, classes)


def render_wordpress(site: Site, out: Output) -> None:
    """Home and archives, posts, an about page, feed, Yoast-style sitemaps, robots.txt."""
    b = site.base
    wp_archive(site, out, "", site.pages, wp_home_path, "home blog", site.home_count)
    for cat in site.categories:
        wp_archive(site, out, f"Chuyên mục: {cat.label}", site.in_category(cat.slug),
                   functools.partial(wp_cat_path, cat), f"archive category category-{cat.slug}",
                   site.page_size)
    wp_archive(site, out, f"Tác giả: {WP_AUTHOR}", site.pages,
               lambda n: f"/author/{WP_AUTHOR}/" + (f"page/{n}/" if n > 1 else ""),
               f"archive author author-{WP_AUTHOR}", site.home_count)
    for p in site.pages:
        out.add(p.path, wp_article(site, p))
    about = (f'<article class="page type-page"><header class="entry-header">'
             f'<h1 class="entry-title">'
             f'Giới thiệu</h1></header><div class="entry-content"><p>{esc(site.title)}. '
             f'{esc(site.owner)}</p><p>Địa chỉ: {esc(site.address)}</p></div></article>')
    out.add("/gioi-thieu/", wp_layout(site, f"Giới thiệu – {site.name}",
                                      f'<link rel="canonical" href="{b}/gioi-thieu/">', about,
                                      "page-template-default page"))
    out.add("/rss.xml", rss(site, "/rss.xml", site.pages[: site.home_count * 2],
                          lambda p: site.url(p.path)))
    newest = site.pages[0].date
    out.add("/post-sitemap.xml", urlset([(site.url(p.path), p.date) for p in site.pages]))
    out.add("/page-sitemap.xml",
            urlset([(site.url("/"), newest), (site.url("/gioi-thieu/"), None)]))
    out.add("/category-sitemap.xml", urlset(
        [(site.url(wp_cat_path(c, 1)), site.in_category(c.slug)[0].date)
         for c in site.categories if site.in_category(c.slug)]))
    out.add("/sitemap.xml", sitemap_index(site, [("/post-sitemap.xml", newest),
                                                 ("/page-sitemap.xml", newest),
                                                 ("/category-sitemap.xml", newest)]))
    out.add("/robots.txt", "User-agent: *\n" + "".join(
        f"Disallow: {x}\n" for x in site.robots_disallow)
        + f"Allow: /wp-admin/admin-ajax.php\n\nSitemap: {b}/sitemap.xml\n")


# --- SharePoint e-portal --------------------------------------------------------------------


def sp_list_path(cat: Category, n: int) -> str:
    """/Pages/tin-tuc-x.aspx and /Pages/tin-tuc-x.aspx?Page=2"""
    return f"/Pages/{cat.slug}.aspx" + (f"?Page={n}" if n > 1 else "")


def sp_layout(site: Site, title: str, head: str, body: str, action: str) -> str:
    """The SharePoint master page."""
    menu = "".join(f'<li><a href="{sp_list_path(c, 1)}">{esc(c.label)}</a></li>'
                   for c in site.categories)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR"
  content="Microsoft SharePoint" /><meta http-equiv="Content-type"
    content="text/html; charset=utf-8" />
<title>
	{esc(title)}
</title>
<link rel="stylesheet" type="text/css"
  href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3DTAG0"/>
{head}
<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo={{webServerRelativeUrl:"\\u002f",
  webAbsoluteUrl:"http:\\u002f\\u002f{site.host}",
  siteAbsoluteUrl:"http:\\u002f\\u002f{site.host}",currentLanguage:1066}};
// ]]>
</script>
</head>
<body>
<form method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource"
  value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"
  value="{SP_VIEWSTATE}" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"
  class="noindex"><div id="ribbonBox"><div id="s4-ribboncont">
  <div aria-describedby="ribbonInstructions" class="ms-cui-ribbonTopBars" id="Ribbon"
    role="toolbar"><a href="javascript:;"
      onclick="_ribbonStartInit(_ribbon.initialTabId, false, event)" class="ms-skip"
        id="ctl00_ctl62_ctl00_ribbonSkipLink">Skip Ribbon Commands</a></div>
</div></div></div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
  <a href="#mainContent" class="ms-skip" id="ctl00_skipToMain">Skip to main content</a>
  <div class="top-links"><span class="today">
  Hôm nay: {weekday(site.today)}, ngày {site.today:%d/%m/%Y}</span>
    <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a> | <a
      href="/Lists/LichCongTac/DispForm.aspx?ID=12">Lịch công tác</a></div>
  <div class="header-portal"><div class="logo"><a href="/"><img src="/PublishingImages/logo-snv.png"
    alt="{esc(site.name)}" /></a></div>
    <div class="site-name">{esc(site.name.upper())}</div></div>
  <div class="menu-top"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></div>
  <div class="marquee-slogan">{esc(site.slogan)}</div>
  <div id="contentRow">
{body}
  </div>
  <div class="links-box">Liên kết: <a href="http://other.example.org/">
  Cổng thông tin điện tử tỉnh</a> | <a href="{esc(site.facebook)}">Facebook</a> | <a
    href="https://dichvucong.example.org/">Dịch vụ công trực tuyến</a></div>
  <div class="footer-portal"><p>{esc(site.owner)} Địa chỉ: {esc(site.address)}.</p><p>
  Ghi rõ nguồn "{esc(site.title)}" khi phát hành lại thông tin từ website này.</p></div>
</div></div>
</form>
</body>
</html>
"""


def sp_item(p: Page, href: str | None = None) -> str:
    """A news item in a list."""
    return (f'<li><a href="{esc(href or p.path)}">{esc(p.title)}</a> '
            f'<span class="date">({p.date:%d/%m/%Y})</span></li>')


def sp_article(site: Site, p: Page) -> str:
    """A news item page (Pages library)."""
    cat = site.category(p.category)
    url = site.url(p.path)
    file_name = p.path.split("/")[-1].split("?")[0]
    head = f'<link rel="canonical" href="{esc(url)}" />'
    byline = (f'<p style="text-align:right;"><strong>{esc(p.byline)}</strong></p>'
              if p.byline else "")
    picture = ""
    if p.gold is not None and not any(x.startswith("IMG_") for x in p.paragraphs):
        picture = (f'<p style="text-align:center;"><img alt="" src="/tin-tuc/PublishingImages/'
                   f'{p.date:%Y/%m}/{p.num}.jpg" style="width:600px;" /></p>'
                   '<p style="text-align:center;"><em>Quang cảnh hội nghị</em></p>')
    first, rest = p.paragraphs[:1], p.paragraphs[1:]
    others = "".join(
        sp_item(r, tracked(r.path, "cong-thong-tin", "tin-khac") if i == 0 else None)
        for i, r in enumerate(related(site, p))
    )
    body = f"""<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt;
  <span><a href="{sp_list_path(cat, 1)}">{esc(cat.label)}</a></span></div>
<div id="mainContent" role="main">
<div class="article-detail">
  <div class="article-title"><h1>{esc(p.title)}</h1></div>
  <div class="article-date">Ngày xuất bản: {ampm(p.date)}</div>
  <div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField">
{paras(replace(p, paragraphs=first), ' style="text-align:justify;"')}
{picture}
{paras(replace(p, paragraphs=rest), ' style="text-align:justify;"')}
{byline}
  </div>
  <div class="article-view">Lượt xem: {p.views}</div>
  <div class="article-tools"><a href="javascript:window.print()">In bài viết</a> | <a
    href="mailto:?subject={quote(p.title)}&amp;body={quote(url, safe='')}">Gửi email</a> | <a
      href="{esc(share_links(url, p.title)[0][1])}" target="_blank">Chia sẻ Facebook</a></div>
</div>
<div class="other-news"><h3>Tin khác</h3><ul>{others}</ul></div>
</div>"""
    return sp_layout(site, p.title, head, body, f"./{file_name}?ItemID={p.num}")


def render_sharepoint(site: Site, out: Output) -> None:
    """Home, list pages (?Page=N through routes), news items, feed, sitemap, robots.txt."""
    boxes = "".join(
        f'<div class="news-box"><h2><a href="{sp_list_path(c, 1)}">{esc(c.label)}</a></h2>'
        f'<ul>{"".join(sp_item(p) for p in site.in_category(c.slug)[: site.home_count])}</ul></div>'
        for c in site.categories
    )
    top = site.pages[0]
    home = (f'<div id="mainContent" role="main"><div class="hot-news"><h2>'
            f'<a href="{esc(top.path)}">{esc(top.title)}</a></h2><p>{esc(lead(top))}</p></div>'
            f"{boxes}</div>")
    canonical = f'<link rel="canonical" href="{site.url("/")}" />'
    out.add("/", sp_layout(site, f"Trang chủ - {site.name}", canonical, home, "./default.aspx"))
    for cat in site.categories:
        parts = chunks(site.in_category(cat.slug), site.page_size)
        links = [sp_list_path(cat, n) for n in range(1, len(parts) + 1)]
        for n, part in enumerate(parts, 1):
            body = (f'<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; '
                    f'<span>{esc(cat.label)}</span></div><div id="mainContent" role="main">'
                    f'<h1 class="list-title">{esc(cat.label)}</h1><ul class="news-list">'
                    + "".join(f'<li><a href="{esc(p.path)}">{esc(p.title)}</a>'
                              f'<span class="date">{ampm(p.date)}</span>'
                              f"<p>{esc(lead(p, 160))}</p></li>" for p in part)
                    + "</ul>" + pager(links, n, "&lt;&lt; Trước", "Sau &gt;&gt;") + "</div>")
            route = f"Pages/{cat.slug}.aspx/page-{n}.html" if n > 1 else None
            out.add(links[n - 1], sp_layout(site, cat.label, "", body, links[n - 1]), route)
    for p in site.pages:
        out.add(p.path, sp_article(site, p))
    out.add("/rss/tin-tuc.xml",
            rss(site, "/rss/tin-tuc.xml", site.pages, lambda p: site.url(p.path)))
    out.add("/sitemap.xml", urlset([(site.url("/"), site.pages[0].date)]
                                   + [(site.url(p.path), p.date) for p in site.pages]))
    out.add("/robots.txt", robots(site, "/sitemap.xml"))


# --- ASP.NET / DNN portal -------------------------------------------------------------------


def dnn_list_path(cat: Category, n: int) -> str:
    """/tabid/85/Default.aspx and /tabid/85/currentpage/2/Default.aspx"""
    return f"/tabid/{cat.tabid}/" + (f"currentpage/{n}/" if n > 1 else "") + "Default.aspx"


def dnn_print_path(p: Page, cat: Category) -> str:
    """The News Articles module's print copy (query already in canonical order)."""
    return f"/DesktopModules/NewsArticles/Print.aspx?articleId={p.num}&tabid={cat.tabid}"


def dnn_layout(site: Site, title: str, head: str, body: str, action: str, tabid: int = 0) -> str:
    """The DNN skin."""
    menu = "".join(
        f'<li class="item{" selected" if c.tabid == tabid else ""}">'
        f'<a href="{dnn_list_path(c, 1)}">'
        f"<span>{esc(c.label)}</span></a></li>" for c in site.categories)
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Portals/_default/default.css?cdv=118" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/Skins/SNV/skin.css?cdv=118" type="text/css" rel="stylesheet"/>
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}"
  href="/Portals/0/rss/tin-tuc.xml" />
{head}
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"
  value="{DNN_VIEWSTATE}" />
</div>
<div id="dnn_wrapper">
  <div class="dnn_topbar"><span class="dnn_date">{weekday(site.today)}, {site.today:%d/%m/%Y}</span>
    <a id="dnn_dnnLOGIN_loginLink" class="SkinObject"
      href="/tabid/{site.categories[0].tabid}/ctl/Login/Default.aspx?returnurl=%2f">Đăng nhập</a>
    | <a href="/tabid/120/Default.aspx">Trang nội bộ</a></div>
  <div class="dnn_header"><div class="dnn_logo"><a id="dnn_dnnLOGO_hypLogo" title="{esc(site.name)}"
    href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" alt="{esc(site.name)}" /></a>
    </div>
    <div class="dnn_slogan">{esc(site.slogan)}</div></div>
  <div class="dnn_menu"><ul class="topLevel"><li class="item first"><a href="/"><span>
  Trang chủ</span></a></li>{menu}</ul></div>
  <div class="dnn_content"><div id="dnn_ContentPane" class="contentPane">
{body}
  </div></div>
  <div class="dnn_links">Liên kết website: <a href="http://other.example.org/" target="_blank">
  Cổng thông tin điện tử tỉnh</a> | <a href="{esc(site.facebook)}" target="_blank">Facebook</a>
  </div>
  <div class="dnn_footer"><div class="copyright">
  Bản quyền thuộc {esc(site.name)}. {esc(site.owner)} Địa chỉ: {esc(site.address)}.</div>
    <div class="counter">Đang truy cập: 31 | Tổng lượt truy cập: 2.418.305</div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off"
  value="`{{`__scdoff`:`1`}}" />
</form>
</body>
</html>
"""


def dnn_module(inner: str) -> str:
    """A News Articles module container."""
    return (f'<div class="DnnModule DnnModule-NewsArticles DnnModule-420"><a name="420"></a>'
            f'<div class="c_container c_head_grey">'
            f'<div id="dnn_ctr420_ContentPane" class="c_content">'
            f'<div id="dnn_ctr420_ModuleContent" class="DNNModuleContent ModNewsArticlesC">'
            f"\n{inner}\n</div></div></div></div>")


def dnn_article(site: Site, p: Page, printable: bool = False) -> str:
    """An article page, or its print copy."""
    cat = site.category(p.category)
    url = site.url(p.path)
    byline = (f'<p style="text-align: right;"><strong>{esc(p.byline)}</strong></p>'
              if p.byline else "")
    if printable:
        return f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8" /><title>{esc(p.title)}</title>
<link rel="canonical" href="{esc(url)}" /><meta name="robots" content="noindex" /></head>
<body onload="window.print();"><div class="print-header">{esc(site.name)}</div>
<h1>{esc(p.title)}</h1><div class="news-date">Ngày đăng: {p.date:%d/%m/%Y %H:%M}</div>
{paras(p)}
{byline}
<div class="print-footer">Nguồn: {esc(url)}</div></body></html>
"""
    others = "".join(
        f'<li><a href="{esc(tracked(r.path, "newsletter", "email") if i == 1 else r.path)}">'
        f"{esc(r.title)}</a> <span>({r.date:%d/%m/%Y})</span></li>"
        for i, r in enumerate(related(site, p)))
    mail = f"mailto:?subject={quote(p.title)}&amp;body={quote(url, safe='')}"
    inner = f"""<div class="news-detail">
  <h1 class="news-title">{esc(p.title)}</h1>
  <div class="news-info"><span class="news-date">Ngày đăng: {p.date:%d/%m/%Y %H:%M}</span>
    <span class="news-tools"><a id="dnn_ctr420_ViewArticle_lnkPrint"
      href="{esc(dnn_print_path(p, cat))}" target="_blank">In trang</a> | <a href="{mail}">
      Gửi email</a></span></div>
  <div class="news-content">
{paras(p)}
{byline}
  </div>
  <div class="news-view">Lượt xem: {p.views}</div>
  <div class="news-back"><a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="news-other"><div class="news-other-title">Các tin khác</div><ul>{others}</ul></div>"""
    head = f'<link rel="canonical" href="{esc(url)}" />'
    crumbs = (f'<div class="dnn_breadcrumb"><a href="/" class="Breadcrumb">Trang chủ</a> » '
              f'<a href="{dnn_list_path(cat, 1)}" class="Breadcrumb">{esc(cat.label)}</a></div>')
    return dnn_layout(site, f"{p.title} - {site.name}", head, crumbs + dnn_module(inner),
                      p.path, cat.tabid)


def render_portal(site: Site, out: Output) -> None:
    """Home, tab listings, articles, print copies (routes), feed, sitemap, robots.txt."""
    boxes = "".join(
        f'<div class="news-box"><h2><a href="{dnn_list_path(c, 1)}">{esc(c.label)}</a></h2><ul>'
        + "".join(f'<li><a href="{esc(p.path)}">{esc(p.title)}</a> '
                  f"<span>({p.date:%d/%m/%Y})</span></li>"
                  for p in site.in_category(c.slug)[: site.home_count])
        + "</ul></div>" for c in site.categories)
    out.add("/", dnn_layout(site, site.name, f'<link rel="canonical" href="{site.url("/")}" />',
                            dnn_module(boxes), "/"))
    for cat in site.categories:
        parts = chunks(site.in_category(cat.slug), site.page_size)
        links = [dnn_list_path(cat, n) for n in range(1, len(parts) + 1)]
        for n, part in enumerate(parts, 1):
            items = "".join(
                f'<div class="news-item"><h3><a href="{esc(p.path)}">{esc(p.title)}</a></h3>'
                f'<span class="news-date">{p.date:%d/%m/%Y %H:%M}</span>'
                f"<p>{esc(lead(p, 160))}</p></div>"
                for p in part)
            inner = f'<h1 class="news-cat">{esc(cat.label)}</h1>{items}' + pager(
                links, n, "Trang trước", "Trang sau")
            out.add(links[n - 1], dnn_layout(site, f"{cat.label} - {site.name}", "",
                                             dnn_module(inner), links[n - 1], cat.tabid))
    for p in site.pages:
        cat = site.category(p.category)
        out.add(p.path, dnn_article(site, p))
        out.add(dnn_print_path(p, cat), dnn_article(site, p, printable=True),
                f"DesktopModules/NewsArticles/print/{p.num}.html")
    out.add("/Portals/0/rss/tin-tuc.xml", rss(site, "/Portals/0/rss/tin-tuc.xml", site.pages,
                                              lambda p: site.url(p.path)))
    out.add("/sitemap.xml", urlset([(site.url("/"), site.pages[0].date)]
                                   + [(site.url(p.path), p.date) for p in site.pages]))
    out.add("/robots.txt", robots(site, "/sitemap.xml"))


RENDERERS: dict[str, Callable[[Site, Output], None]] = {
    "newspaper": render_newspaper,
    "wordpress": render_wordpress,
    "sharepoint": render_sharepoint,
    "portal": render_portal,
}


# --- gold -----------------------------------------------------------------------------------


def gold_record(site: Site, p: Page) -> dict[str, Any]:
    """The project's gold for the page's text, with the page's id, URL, title, date, byline."""
    assert p.gold is not None
    own = json.loads((CORPORA / "gold" / f"{p.gold}.json").read_text(encoding="utf-8"))
    url = site.url(p.path)
    record = {"id": page_id(url), "url": url, "title": p.title,
              "published": p.date.isoformat(), "author": own["author"]}
    if p.byline is None and own["author"] is not None:
        raise ValueError(f"{site.key}: {p.text} has a byline in gold but none on the page")
    record.update({k: v for k, v in own.items() if k not in record})
    return record


# --- driver ---------------------------------------------------------------------------------


def render(site: Site) -> Output:
    """All files of one site."""
    out = Output()
    RENDERERS[site.family](site, out)
    return out


def build(dest: Path, root: Path = HERE) -> list[Path]:
    """Render every site of `root` into `dest` (same layout as corpora/sites/); return files."""
    written: list[Path] = []

    def write(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)

    for folder in site_folders(root):
        site = load_site(folder)
        out = render(site)
        base = dest / site.key
        shutil.rmtree(base / "www", ignore_errors=True)
        for rel, text in sorted(out.files.items()):
            write(base / "www" / rel, text)
        write(base / "routes.json", json.dumps(out.routes, indent=2, sort_keys=True) + "\n")
    gold_dir = dest / "gold"
    if gold_dir.is_dir():
        for old in gold_dir.glob("*.json"):
            old.unlink()
    for folder in site_folders(root):
        site = load_site(folder)
        for p in site.pages:
            if p.gold is not None:
                record = gold_record(site, p)
                write(gold_dir / f"{record['id']}.json",
                      json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return written


def generated_files(root: Path) -> Iterator[Path]:
    """Every generated file under a corpora/sites-like folder, relative to it."""
    for folder in site_folders(HERE):
        for name in GENERATED:
            target = root / folder.name / name
            if target.is_dir():
                yield from (p.relative_to(root) for p in target.rglob("*") if p.is_file())
            elif target.is_file():
                yield target.relative_to(root)
    if (root / "gold").is_dir():
        yield from (p.relative_to(root) for p in (root / "gold").glob("*.json"))


def stale(root: Path = HERE) -> list[str]:
    """Generated files that differ from a fresh build (missing, extra or changed)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        build(fresh, root)
        new = set(generated_files(fresh))
        old = set(generated_files(root))
        diff = sorted(str(p) for p in new ^ old)
        diff += sorted(str(p) for p in new & old
                       if not filecmp.cmp(fresh / p, root / p, shallow=False))
    return diff


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: build into corpora/sites/ (or --out), or --check that it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write (default: here)")
    parser.add_argument("--check", action="store_true", help="exit 1 if generated files are stale")
    args = parser.parse_args(argv)
    if args.check:
        diff = stale()
        for name in diff:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if diff else 0
    files = build(args.out)
    print(f"wrote {len(files)} files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
