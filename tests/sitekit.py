"""Small newspaper-style test sites built from the project's own articles, and CLI runners."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from extract.sources import Source, source_from_entries

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "corpora" / "articles"
HOST = "www.baothu.thidua.test"

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Thử</title>
<link rel="canonical" href="http://{host}/thoi-su/{slug}.html"></head>
<body><header><div class="today">Thứ ba, 01/01/2026</div>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su/">Thời sự</a>
<a href="/admin/login.html">Quản trị</a>
<a href="https://www.facebook.com/baothu">Facebook</a>
<a href="http://other.thidua.test/tin.html">Báo khác</a></nav></header>
<main><article><h1 class="title">{title}</h1>
<div class="meta">{date} (GMT+7)</div>
<div class="content">{body}</div></article>
<div class="related"><h3>Tin cùng chuyên mục</h3>{related}</div></main>
<footer>Báo Thử điện tử. Giấy phép số 01/GP-BTTTT.</footer></body></html>
"""


@dataclass(frozen=True)
class LocalTestSite:
    """A generated site: its folder, article URLs and source."""

    root: Path
    host: str
    article_urls: list[str]
    source: Source


def _paragraphs(text: str) -> tuple[str, str]:
    """(title, body HTML) of an article text file."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines[1:])
    return lines[0], body


def build_site(
    root: Path, n_articles: int = 6, host: str = HOST, delay: float = 0.0
) -> LocalTestSite:
    """Write a home page, two listing pages, a sitemap, robots.txt and article pages."""
    texts = sorted(ARTICLES.glob("own_0*.txt"))[:n_articles]
    slugs = [f"bai-{i:02d}-{100000 + i}" for i in range(len(texts))]
    urls = [f"http://{host}/thoi-su/{s}.html" for s in slugs]
    (root / "thoi-su" / "trang-2").mkdir(parents=True, exist_ok=True)
    (root / "admin").mkdir(exist_ok=True)
    for i, (path, slug) in enumerate(zip(texts, slugs, strict=True)):
        title, body = _paragraphs(path.read_text(encoding="utf-8"))
        related = " ".join(
            f'<a href="/thoi-su/{slugs[j]}.html?utm_source=related">x</a>'
            for j in range(len(slugs))
            if j != i
        )
        page = PAGE.format(
            title=html.escape(title),
            host=host,
            slug=slug,
            body=body,
            related=related,
            date=f"{10 + i:02d}/05/2024 15:45",
        )
        (root / "thoi-su" / f"{slug}.html").write_text(page, encoding="utf-8")
    half = len(slugs) // 2
    links = [f'<a href="/thoi-su/{s}.html">{s}</a>' for s in slugs]
    (root / "thoi-su" / "index.html").write_text(
        "<html><body>" + " ".join(links[:half]) + '<a href="/thoi-su/trang-2/">2</a></body></html>',
        encoding="utf-8",
    )
    (root / "thoi-su" / "trang-2" / "index.html").write_text(
        "<html><body>" + " ".join(links[half:]) + "</body></html>", encoding="utf-8"
    )
    (root / "index.html").write_text(
        '<html><body><a href="/thoi-su/">Thời sự</a> <a href="/admin/login.html">admin</a>'
        '<a href="http://other.thidua.test/">other</a></body></html>',
        encoding="utf-8",
    )
    (root / "admin" / "login.html").write_text("<html>login</html>", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="utf-8")
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
        encoding="utf-8",
    )
    source = source_from_entries(
        {
            "name": "baothu",
            "domains": [host],
            "family": "newspaper",
            "province": "Yên Bái",
            "start": {"home": [f"http://{host}/"], "sitemaps": [f"http://{host}/sitemap.xml"]},
            "rate": {"delay": delay},
        },
        "test",
    )
    return LocalTestSite(root, host, urls, source)


def source_file(site: LocalTestSite, folder: Path, delay: float = 0.0) -> Path:
    """Write the site's source as a rules file and return its path."""
    path = folder / "baothu.yaml"
    path.write_text(
        f"""description: test site
schema: schemas/source.json
entries:
  name: baothu
  domains: [{site.host}]
  family: newspaper
  province: Yên Bái
  start:
    home: ["http://{site.host}/"]
    sitemaps: ["http://{site.host}/sitemap.xml"]
  rate: {{delay: {delay}}}
examples: []
""",
        encoding="utf-8",
    )
    return path


def thidua(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the `thidua` CLI in a fresh process (Twisted's reactor runs once per process)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "extract.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )


def thidua_background(*args: str) -> subprocess.Popen[str]:
    """Start the `thidua` CLI without waiting for it."""
    return subprocess.Popen(
        [sys.executable, "-m", "extract.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
