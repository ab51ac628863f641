"""HTML pages of layouts no selector knows (issue 8, B1): the body, address and byline are
still found. Every page here was written for these tests."""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.html.inputs import html_article
from extract.html.parse import parse_html

BODY = (
    "Ngày 05/01/2012, Khối thi đua các cơ quan kinh tế tổng hợp tổ chức hội nghị tổng kết công "
    "tác thi đua năm 2011.{br}Khối có 5 thành viên gồm Sở Kế hoạch và Đầu tư, Sở Tài chính, Sở "
    "Công Thương, Sở Xây dựng, Cục Thuế tỉnh.{br}Năm 2011, Sở Tài chính là đơn vị Khối trưởng. "
    "Trong năm, các đơn vị đã hoàn thành và vượt các chỉ tiêu được giao, thu ngân sách đạt 112% "
    "dự toán, giải ngân vốn đầu tư công đạt 95% kế hoạch.{br}Hội nghị đã thống nhất các nội dung "
    "thi đua năm 2012 và phân công nhiệm vụ cho từng thành viên trong khối."
)
MENU = " | ".join(
    f'<a href="/m{i}">{label}</a>'
    for i, label in enumerate(
        [
            "Trang chủ",
            "Giới thiệu",
            "Tin tức",
            "Văn bản",
            "Thi đua - Khen thưởng",
            "Cải cách",
            "Thủ tục",
            "Liên hệ",
            "Sơ đồ",
            "Hỏi đáp",
            "Lịch công tác",
            "Thư viện ảnh",
        ]
    )
)

TABLE_LAYOUTS = [
    # an old portal: nested tables, the text in a cell, <br> for paragraphs
    "<html><head><title>Chi tiet tin</title></head><body><table><tr><td>" + MENU + "</td></tr>"
    "<tr><td class='noidung'>" + BODY.format(br="<br><br>") + "</td></tr></table></body></html>",
    # <div> blocks with <font> and <b>, no <p>
    "<html><body><div id='menu'>"
    + MENU
    + "</div><div class='khung'><font face='Arial'>"
    + BODY.format(br="<br>")
    + "</font></div><div class='footer'>Bản quyền</div></body></html>",
    # text in <span> runs inside a layout cell beside a link column
    "<html><body><table><tr><td width='200'>"
    + MENU
    + "</td><td><span>"
    + BODY.format(br="</span><br><span>")
    + "</span></td></tr></table></body></html>",
]


@pytest.mark.parametrize("html", TABLE_LAYOUTS)
def test_a_page_without_paragraphs_gives_the_cell_with_the_most_text(html: str) -> None:
    """No <p>, no known body block: the block holding the most running text is the body."""
    article = html_article("t", html, "t.html", url=None)
    facts = extract_facts(article)
    assert "Lịch công tác" not in article.text
    assert [b.name for b in facts.blocs] == ["Khối thi đua các cơ quan kinh tế tổng hợp"]
    assert len(facts.blocs[0].members) == 5


PAGE = (
    "<html><head>{head}</head><body><article><h1>Khối thi đua tổng kết</h1><p>{body}</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (
            '<link rel="canonical" href="https://sonoivu.laocai.gov.vn/tin/khoi-a-12.html">',
            "https://sonoivu.laocai.gov.vn/tin/khoi-a-12.html",
        ),
        (
            '<meta property="og:url" content="https://baoyenbai.com.vn/12/3/khoi-b.aspx">',
            "https://baoyenbai.com.vn/12/3/khoi-b.aspx",
        ),
        (
            '<base href="https://hoinongdan.tayninh.gov.vn/index.php/tin/1287-khoi-c">',
            "https://hoinongdan.tayninh.gov.vn/index.php/tin/1287-khoi-c",
        ),
    ],
)
def test_a_saved_page_keeps_the_address_it_declares(head: str, url: str) -> None:
    """Canonical link, og:url or a CMS's <base href>: the page's own address, when no sidecar
    gives one (so the province can come from the site)."""
    html = PAGE.format(head=head, body=BODY.format(br=" "))
    assert parse_html(html).own_url == url
    assert html_article("t", html, "t.html", url=None).url == url


def test_a_relative_or_missing_address_is_none() -> None:
    """Only an absolute http(s) address counts."""
    html = PAGE.format(head='<base href="/">', body=BODY.format(br=" "))
    assert parse_html(html).own_url is None


@pytest.mark.parametrize(
    "ld",
    [
        '{"@type":"NewsArticle","headline":"Khối","author":{"@type":"Person","name":"Hữu Huy"}}',
        '{"@type":"Article","datePublished":"2024-02-27","author":[{"name":"Hữu Huy"}]}',
        '{"@graph":[{"@type":"NewsArticle","headline":"Khối","author":"Hữu Huy",'
        '"publisher":{"@type":"Organization","name":"Báo X"}}]}',
    ],
)
def test_the_byline_of_a_json_ld_article(ld: str) -> None:
    """A JSON-LD article's author (object, list or string) is the byline; its publisher is not."""
    head = f'<script type="application/ld+json">{ld}</script>'
    html = PAGE.format(head=head, body=BODY.format(br=" "))
    assert parse_html(html).author == "Hữu Huy"
