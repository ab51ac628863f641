"""Article, listing or home page: one classifier for every input path (rules/page_kinds.yaml).

The pages below are written for these tests after the layouts Vietnamese portals and papers
use (news CMS lists with a summary, table lists of old portals, SharePoint and DNN modules,
WordPress archives, home pages of featured boxes); the headlines are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import NoArticleError
from extract.html.inputs import html_article, read_article
from extract.html.pagekind import page_kind_of_html, url_kind

HEADLINES = [
    "Khối thi đua các sở kinh tế tổng kết công tác thi đua năm 2023",
    "Cụm thi đua số 3 ký kết giao ước thi đua năm 2024",
    "Khối thi đua các cơ quan Đảng sơ kết 6 tháng đầu năm",
    "Hội nghị tập huấn nghiệp vụ văn thư lưu trữ năm 2024",
    "Cụm thi đua các huyện miền núi kiểm tra chéo công tác thi đua",
    "Trao Cờ thi đua của Chính phủ cho 5 tập thể xuất sắc",
]
SUMMARY = "Sáng 5/1, đơn vị tổ chức hội nghị với sự tham dự của lãnh đạo các đơn vị thành viên."
BODY = (
    "Sáng 5/1/2024, Khối thi đua các sở kinh tế tỉnh tổ chức hội nghị tổng kết công tác thi "
    "đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024. Khối gồm 8 đơn vị: Sở "
    "Tài chính, Sở Kế hoạch và Đầu tư, Sở Công Thương, Sở Xây dựng, Sở Giao thông vận tải, Sở "
    "Nông nghiệp và Phát triển nông thôn, Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh. Năm 2023, "
    "Sở Tài chính là đơn vị Trưởng khối; Sở Công Thương được bầu làm Trưởng khối năm 2024."
)
NAV = (
    '<header id="top"><nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>'
    '<li><a href="/thoi-su/">Thời sự</a></li><li><a href="/xa-hoi/">Xã hội</a></li></ul></nav>'
    "</header>"
)
FOOTER = (
    '<footer class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Giấy phép số 12.</p>'
    "</footer>"
)


def _page(main: str) -> str:
    """A whole page around `main`, with the site's menu and footer."""
    return f"<html><head><title>Báo tỉnh</title></head><body>{NAV}{main}{FOOTER}</body></html>"


def _cms_list(n: int) -> str:
    """A news CMS section: headline links with a summary and a thumbnail."""
    items = "".join(
        f'<div class="story"><a class="thumb" href="/tin/{i}.html"><img src="/{i}.jpg"></a>'
        f'<h3 class="story__title"><a href="/tin/{i}.html">{h}</a></h3>'
        f'<p class="story__summary">{SUMMARY}</p></div>'
        for i, h in enumerate(HEADLINES[:n])
    )
    return _page(
        f'<div class="container"><h1>Thời sự</h1><div class="list-news">{items}</div></div>'
    )


def _table_list(n: int) -> str:
    """An old portal's list: a table of linked titles and dates."""
    rows = "".join(
        f'<tr><td class="title"><a href="/News.aspx?ID={i}">{h}</a></td>'
        f"<td>0{i + 1}/01/2024</td></tr>"
        for i, h in enumerate(HEADLINES[:n])
    )
    return _page(f'<div id="content"><table width="100%"><tbody>{rows}</tbody></table></div>')


def _archive(n: int) -> str:
    """A WordPress archive: <article> entries with their own header and excerpt."""
    posts = "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="/2024/01/0{i + 1}/bai-{i}/" rel="bookmark">{h}</a></h2></header>'
        f'<div class="entry-summary"><p>{SUMMARY} <a href="/2024/01/0{i + 1}/bai-{i}/">Đọc tiếp'
        f"</a></p></div></article>"
        for i, h in enumerate(HEADLINES[:n])
    )
    return _page(f'<main id="main"><h1 class="page-title">Chuyên mục: Tin tức</h1>{posts}</main>')


def _portal_module(n: int) -> str:
    """A SharePoint/DNN news module inside the page's one big <form>."""
    items = "".join(
        f'<li class="news-item"><a href="/tin-tuc/Pages/bai-{i}.aspx">{h}</a>'
        f'<span class="date">(0{i + 1}/02/2024)</span><div class="sapo">{SUMMARY}</div></li>'
        for i, h in enumerate(HEADLINES[:n])
    )
    return _page(f'<form id="aspnetForm"><div class="ms-webpart"><ul>{items}</ul></div></form>')


LISTINGS = {
    "news CMS section": _cms_list(6),
    "table of titles": _table_list(5),
    "WordPress archive": _archive(4),
    "portal news module": _portal_module(3),
    "a section page with two stories": _cms_list(2),
}


@pytest.mark.parametrize("html", LISTINGS.values(), ids=LISTINGS.keys())
def test_listings_of_many_layouts_are_listings(html: str) -> None:
    kind = page_kind_of_html(html, "https://baodemo.vn/thoi-su/")
    assert (kind.kind, kind.rule) == ("listing", "teaser_list")


def _article(related: str) -> str:
    """An article page with a related-news block of some layout."""
    return _page(
        f'<div class="detail"><h1 class="title">{HEADLINES[0]}</h1><div class="date">05/01/2024'
        f'</div><div class="content-detail"><p>{BODY}</p><p>{BODY}</p></div>{related}</div>'
    )


RELATED = {
    "titles only": "<ul class='tin-khac'>"
    + "".join(f'<li><a href="/tin/{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    + "</ul>",
    "titles with summaries": "<div class='box-related'>"
    + "".join(
        f'<div class="item"><a href="/tin/{i}.html">{h}</a><p>{SUMMARY}</p></div>'
        for i, h in enumerate(HEADLINES)
    )
    + "</div>",
    "two links in a plain div": "<div>"
    + "".join(f'<p><a href="/tin/{i}.html">{h}</a></p>' for i, h in enumerate(HEADLINES[:2]))
    + "</div>",
    "none": "",
}


@pytest.mark.parametrize("related", RELATED.values(), ids=RELATED.keys())
def test_articles_with_related_news_stay_articles(related: str) -> None:
    kind = page_kind_of_html(_article(related), "https://baodemo.vn/thoi-su/bai-123.html")
    assert kind.kind == "article"


def test_a_short_article_of_one_paragraph_stays_an_article() -> None:
    related = RELATED["titles with summaries"]
    html = _page(f'<div class="detail"><h1>{HEADLINES[1]}</h1><p>{BODY}</p>{related}</div>')
    assert page_kind_of_html(html).kind == "article"


@pytest.mark.parametrize(
    ("url", "kind", "rule"),
    [
        ("https://baodemo.vn/", "home", "site_root"),
        ("http://sonoivu.demo.gov.vn/Default.aspx", "home", "site_root"),
        ("https://baodemo.vn/thoi-su/trang-3/", "listing", "pagination"),
        ("https://wpdemo.vn/page/2/", "listing", "pagination"),
        ("http://portal.demo.gov.vn/Pages/tin-tuc.aspx?Page=2", "listing", "pagination"),
        ("https://wpdemo.vn/category/tin-tuc/", "listing", "category_path"),
    ],
)
def test_the_url_decides_first(url: str, kind: str, rule: str) -> None:
    """Even a page shaped like an article is not one at a site root or a numbered list page."""
    found = page_kind_of_html(_article(""), url)
    assert (found.kind, found.rule) == (kind, rule)
    assert url_kind(url) == found


def test_a_listing_is_no_article_on_every_input(tmp_path: Path) -> None:
    """An HTML file of a listing is refused with the rule that decided (never a record)."""
    path = tmp_path / "thoi-su.html"
    path.write_text(LISTINGS["news CMS section"], encoding="utf-8")
    with pytest.raises(NoArticleError, match=r"a listing page, not an article \(teaser_list"):
        read_article(path)
    with pytest.raises(NoArticleError, match="a home page"):
        html_article("x", _article(""), "x", url="https://baodemo.vn/")
    article = html_article("y", _article(RELATED["titles only"]), "y", url="https://b.vn/a-1.html")
    assert article.title == HEADLINES[0] and "Sở Công Thương" in article.text
