"""The demo websites of corpora/sites/: up to date, crawlable, with working sources and gold.

The sites are static folders that extract.crawl.localsite serves per virtual host. These
tests read the folders directly, resolving URLs the way the server does ("/" and "/a/" ->
index.html, "/a/b" -> the file a/b, else a/b/index.html or a/b.html; routes.json first for
URLs whose query string picks the page).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest
import yaml

from extract.nlp.relevance import is_relevant
from extract.sources import Source, load_source_file
from extract.urls import canonical_url, page_id

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "corpora" / "sites"
OWN_GOLD = ROOT / "corpora" / "gold"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
KINDS = {"article", "listing", "deny", "offsite"}


@cache
def build() -> ModuleType:
    """corpora/sites/build.py as a module."""
    spec = importlib.util.spec_from_file_location("demo_sites_build", SITES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Demo:
    """One demo site: its rendered model, source file and served folder."""

    key: str
    site: Any  # build.Site
    source: Source
    www: Path
    routes: dict[str, str]

    def url(self, path: str) -> str:
        return f"http://{self.site.host}{path}"

    def page_urls(self) -> dict[str, Any]:
        """Canonical URL -> page, for every article page of the site."""
        return {canonical_url(self.url(p.path)): p for p in self.site.pages}

    def resolve(self, url: str) -> Path | None:
        """The file the local server answers for `url` (None: 404)."""
        parts = urlsplit(url)
        path = parts.path or "/"
        route = self.routes.get(f"{path}?{parts.query}") if parts.query else None
        route = route or self.routes.get(path)
        if route is not None:
            candidates = [self.www / route]
        else:
            pieces = [p for p in unquote(path).split("/") if p]
            base = self.www.joinpath(*pieces)
            if path.endswith("/") or not pieces:
                candidates = [base / "index.html"]
            else:
                candidates = [base, base / "index.html", base.with_name(base.name + ".html")]
        return next((c for c in candidates if c.is_file()), None)

    @property
    def robots(self) -> RobotFileParser:
        parser = RobotFileParser()
        parser.parse((self.www / "robots.txt").read_text(encoding="utf-8").splitlines())
        return parser

    def allowed(self, url: str) -> bool:
        return self.robots.can_fetch("thidua", url)

    def html_files(self) -> list[Path]:
        return sorted(p for p in self.www.rglob("*.html"))


@cache
def demos() -> tuple[Demo, ...]:
    """Every demo site."""
    b = build()
    out = []
    for folder in b.site_folders():
        routes = json.loads((folder / "routes.json").read_text(encoding="utf-8"))
        out.append(
            Demo(
                folder.name,
                b.load_site(folder),
                load_source_file(folder / "source.yaml"),
                folder / "www",
                routes,
            )
        )
    return tuple(out)


def demo_ids() -> list[str]:
    return [d.key for d in demos()]


class _Links(HTMLParser):
    """hrefs of <a> elements, and of <link rel=...> by rel."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[str] = []
        self.rel: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "a" and values.get("href"):
            self.anchors.append(values["href"])
        elif tag == "link" and values.get("rel") and values.get("href"):
            self.rel[values["rel"]] = values["href"]


@cache
def parsed(file: Path) -> _Links:
    parser = _Links()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def links(file: Path, page_url: str) -> list[str]:
    """Absolute http(s) URLs of a page's <a> links (no fragments, no javascript:/mailto:)."""
    out = []
    for href in parsed(file).anchors:
        absolute = urljoin(page_url, href).split("#", 1)[0]
        if absolute.startswith(("http://", "https://")):
            out.append(absolute)
    return out


def sitemap_urls(demo: Demo, url: str) -> list[str]:
    """<loc>s of a sitemap, following sitemap indexes."""
    file = demo.resolve(url)
    assert file is not None, f"{url} is not served"
    tree = ET.fromstring(file.read_bytes())
    locs = [e.text or "" for e in tree.iter(f"{SITEMAP_NS}loc")]
    if tree.tag == f"{SITEMAP_NS}sitemapindex":
        return [u for loc in locs for u in sitemap_urls(demo, loc)]
    return locs


def crawl(demo: Demo) -> tuple[set[str], list[str]]:
    """Follow <a> links from the home page as a polite crawler would (same host, robots.txt,
    no denied URLs, tracking parameters dropped); return canonical URLs fetched and 404s."""
    home = demo.url("/")
    seen, missing = {home}, []
    queue = deque([home])
    while queue:
        url = queue.popleft()
        file = demo.resolve(url)
        if file is None:
            missing.append(url)
            continue
        if file.suffix != ".html":
            continue
        for link in links(file, url):
            canon = canonical_url(link)
            if canon in seen or demo.source.classify(canon) in ("deny", "offsite"):
                continue
            if not demo.allowed(canon):
                continue
            seen.add(canon)
            queue.append(canon)
    return seen, missing


# --- generated files ---------------------------------------------------------------------


def test_generated_files_are_up_to_date() -> None:
    stale = build().stale()
    assert stale == [], f"regenerate with: python corpora/sites/build.py ({stale[:5]})"


@pytest.mark.parametrize("key", demo_ids())
def test_site_yaml_reads_the_same_with_pyyaml(key: str) -> None:
    text = (SITES / key / "site.yaml").read_text(encoding="utf-8")
    assert build().load_yaml(text) == yaml.safe_load(text)


def test_four_families_with_enough_pages() -> None:
    assert sorted(d.site.family for d in demos()) == [
        "newspaper",
        "portal",
        "sharepoint",
        "wordpress",
    ]
    texts: list[str] = []
    for demo in demos():
        assert demo.site.host.endswith(".thidua.test")
        blocs = [p for p in demo.site.pages if p.gold]
        assert 5 <= len(blocs) <= 7, demo.key
        assert len(demo.site.pages) - len(blocs) == 2, demo.key
        texts += [p.text for p in demo.site.pages]
    assert len(texts) == len(set(texts)), "a text is used on two pages"


# --- source files ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", demo_ids())
def test_source_file_loads_and_its_examples_classify(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    src = demo.source
    assert src.domains == (demo.site.host,)
    assert src.family == demo.site.family
    assert src.province == demo.site.province
    assert src.delay == 0
    assert src.home and src.listings and src.sitemaps and src.feeds
    for url in src.start_urls():
        assert url.startswith(f"http://{demo.site.host}/")
        assert demo.resolve(url) is not None, f"start URL {url} is not served"
        assert demo.allowed(url)
    examples = yaml.safe_load((SITES / key / "source.yaml").read_text(encoding="utf-8"))["examples"]
    assert {e["expect"] for e in examples} >= KINDS
    for example in examples:
        assert src.classify(example["url"]) == example["expect"], example["url"]


@pytest.mark.parametrize("key", demo_ids())
def test_every_page_is_an_article_and_copies_are_denied(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    for url, page in demo.page_urls().items():
        assert demo.source.classify(url) == "article", url
        assert demo.resolve(url) is not None, url
        file = demo.resolve(url)
        assert file is not None
        rel = parsed(file).rel
        assert canonical_url(urljoin(url, rel["canonical"])) == url
        if "amphtml" in rel:  # newspaper: the AMP copy is denied and canonicalises back
            amp = urljoin(url, rel["amphtml"])
            assert demo.source.classify(amp) == "deny"
            assert canonical_url(amp) == url
            amp_file = demo.resolve(amp)
            assert amp_file is not None
            assert canonical_url(parsed(amp_file).rel["canonical"]) == url
        assert build().esc(page.title) in file.read_text(encoding="utf-8")


# --- discovery -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", demo_ids())
def test_every_page_is_in_the_sitemap_and_the_feed(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    pages = set(demo.page_urls())
    (sitemap,) = demo.source.sitemaps
    in_sitemap = {canonical_url(u) for u in sitemap_urls(demo, sitemap)}
    assert pages <= in_sitemap
    assert all(demo.resolve(u) is not None for u in in_sitemap)
    (feed,) = demo.source.feeds
    feed_file = demo.resolve(feed)
    assert feed_file is not None
    items = ET.fromstring(feed_file.read_bytes()).iter("link")
    assert pages <= {canonical_url(e.text or "") for e in items}


@pytest.mark.parametrize("key", demo_ids())
def test_every_page_is_reachable_from_the_home_page(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    seen, missing = crawl(demo)
    assert missing == []
    assert set(demo.page_urls()) <= seen
    listings = [u for u in seen if demo.source.classify(u) == "listing"]
    assert len(listings) >= 3  # several sections, one of them over two pages at least
    assert any("2" in urlsplit(u).path + urlsplit(u).query for u in listings)


@pytest.mark.parametrize("key", demo_ids())
def test_internal_links_are_served_unless_forbidden(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    base = demo.url("/")
    broken = set()
    for file in demo.html_files():
        for link in links(file, base):
            if urlsplit(link).hostname != demo.site.host:
                continue
            kind = demo.source.classify(link)
            if kind == "deny" or not demo.allowed(link):
                continue
            if demo.resolve(link) is None:
                broken.add(link)
    assert not broken


@pytest.mark.parametrize("key", demo_ids())
def test_offsite_and_tracking_links(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    pages = set(demo.page_urls())
    all_links = [u for f in demo.html_files() for u in links(f, demo.url("/"))]
    assert any(demo.source.classify(u) == "offsite" for u in all_links)
    assert "http://other.example.org/" in all_links
    tracked = [u for u in all_links if "utm_source=" in u]
    assert tracked and all(canonical_url(u) in pages for u in tracked)


@pytest.mark.parametrize("key", demo_ids())
def test_robots_txt_forbids_what_it_should(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    for path in demo.site.robots_disallow:
        assert not demo.allowed(demo.url(path)), path
    for url in [*demo.page_urls(), *demo.source.start_urls()]:
        assert demo.allowed(url), url
    all_links = {u for f in demo.html_files() for u in links(f, demo.url("/"))}
    forbidden = [
        u for u in all_links if urlsplit(u).hostname == demo.site.host and not demo.allowed(u)
    ]
    assert forbidden, "no link points into a disallowed area"
    # at least one forbidden link that the URL patterns alone would follow
    assert any(demo.source.classify(u) in ("article", "listing") for u in forbidden)


# --- content and gold ------------------------------------------------------------------------


@pytest.mark.parametrize("key", demo_ids())
def test_relevance_filter_tells_bloc_pages_from_other_news(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    for page in demo.site.pages:
        text = "\n".join([page.title, *page.paragraphs])
        assert is_relevant(text) == (page.gold is not None), page.text


@pytest.mark.parametrize("key", demo_ids())
def test_pages_show_their_date_and_a_today_banner(key: str) -> None:
    demo = next(d for d in demos() if d.key == key)
    b = build()
    for url, page in demo.page_urls().items():
        file = demo.resolve(url)
        assert file is not None
        html = file.read_text(encoding="utf-8")
        shown = {
            "newspaper": b.np_time(page.date),
            "wordpress": f'datetime="{b.iso_tz(page.date)}"',
            "sharepoint": f"Ngày xuất bản: {b.ampm(page.date)}",
            "portal": f"Ngày đăng: {page.date:%d/%m/%Y %H:%M}",
        }[demo.site.family]
        assert shown in html, url
        assert f"{demo.site.today:%d/%m/%Y}" in html
        if page.byline:
            assert b.esc(page.byline) in html


def test_gold_records_match_the_pages() -> None:
    expected: dict[str, tuple[Demo, Any]] = {}
    for demo in demos():
        for url, page in demo.page_urls().items():
            if page.gold:
                expected[page_id(url)] = (demo, page)
    files = {p.stem: p for p in (SITES / "gold").glob("*.json")}
    assert set(files) == set(expected)
    for gid, file in files.items():
        record = json.loads(file.read_text(encoding="utf-8"))
        demo, page = expected[gid]
        own = json.loads((OWN_GOLD / f"{page.gold}.json").read_text(encoding="utf-8"))
        assert record["id"] == gid == page_id(record["url"])
        assert canonical_url(record["url"]) == record["url"]
        assert demo.source.classify(record["url"]) == "article"
        assert record["published"] == page.date.isoformat()
        assert record["title"] == page.title
        assert record["author"] == own["author"]
        if own["author"] is not None:
            assert page.byline is not None and page.byline.startswith(own["author"])
        for key in ("province", "blocs", "people"):
            assert record[key] == own[key], (gid, key)
