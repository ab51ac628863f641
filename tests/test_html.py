"""HTML parsing (layer 2): titles, main text, page dates and bylines; rule-file examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract import rules
from extract.html.bylines import byline_from_line, byline_from_lines
from extract.html.dates import find_page_date, page_date_from_text, parse_date_value
from extract.html.parse import PageContent, clean_title, parse_html

# Pages written for these tests (not taken from the shared corpus), one per site family.
HTML = Path(__file__).parent / "fixtures" / "html"
BANNER = "2026-01-01"  # the "Thứ ba, 01/01/2026" header banner every fixture carries


def _page(name: str) -> PageContent:
    """Parse a fixture page."""
    return parse_html((HTML / f"{name}.html").read_text(encoding="utf-8"))


# --- rule files: every example passes ---------------------------------------------------------


def _examples(name: str) -> list[dict[str, Any]]:
    return rules.load(name).examples


@pytest.mark.parametrize("example", _examples("page_dates.yaml"), ids=lambda e: e["text"][:40])
def test_page_dates_examples(example: dict[str, Any]) -> None:
    assert page_date_from_text(example["text"]) == example["expect"]


@pytest.mark.parametrize("example", _examples("bylines.yaml"), ids=lambda e: e["text"][:40])
def test_bylines_examples(example: dict[str, Any]) -> None:
    assert byline_from_lines(example["text"].splitlines()) == example["expect"]


@pytest.mark.parametrize("example", _examples("page_titles.yaml"), ids=lambda e: e["text"][:40])
def test_page_titles_examples(example: dict[str, Any]) -> None:
    assert clean_title(example["text"]) == example["expect"]


def test_rule_files_have_examples() -> None:
    for name in ("page_dates.yaml", "bylines.yaml", "page_titles.yaml"):
        assert len(_examples(name)) >= 5, name


# --- site families ---------------------------------------------------------------------------


def test_wordpress() -> None:
    page = _page("wordpress")
    assert page.title == "Khối thi đua các hội đặc thù tỉnh Hòa Bình sơ kết 6 tháng đầu năm 2023"
    # article:published_time is UTC; the record keeps Vietnam local time without an offset.
    assert page.published == "2023-06-05T17:52:49"
    # The theme's "admin" byline is not a name; the last paragraph is, without the outlet.
    assert page.author == "Đức Phượng"
    assert page.text.startswith("Chiều ngày 2/6/2023, Khối thi đua các hội")
    assert "Hội Nhà báo tỉnh làm Phó Trưởng khối" in page.text
    for residue in ("Trang chủ", "Để lại một trả lời", "Bản quyền", "Bài viết mới", "Chia sẻ"):
        assert residue not in page.text


def test_wordpress_date_from_time_then_text() -> None:
    html = (HTML / "wordpress.html").read_text(encoding="utf-8")
    no_meta = "\n".join(ln for ln in html.splitlines() if "published_time" not in ln)
    assert parse_html(no_meta).published == "2023-06-05T17:52:49"  # <time datetime>
    no_time = no_meta.replace('datetime="2023-06-05T10:52:49+00:00"', "")
    assert parse_html(no_time).published == "2023-06-05"  # the text right under the headline


def test_sharepoint() -> None:
    page = _page("sharepoint")
    assert page.title == "Khối thi đua các hội có tính chất đặc thù tổng kết công tác năm 2022"
    assert page.published == "2022-12-12T15:41:07"  # "Ngày xuất bản: ... 3:41:07 CH"
    assert page.author == "Phạm Thị Hồng Nhung"
    # The lead (sapo) outside the rich-text field is kept, before the body.
    assert page.text.startswith("(Cổng TTĐT) - Chiều ngày 9/12/2022")
    assert "Hội Cựu thanh niên xung phong tỉnh làm Trưởng khối năm 2023" in page.text
    for residue in ("Skip Ribbon Commands", "Văn bản chỉ đạo", "Cơ quan chủ quản"):
        assert residue not in page.text


def test_dnn() -> None:
    page = _page("dnn")
    assert page.title == "Khối thi đua các đơn vị sự nghiệp ký kết giao ước thi đua năm 2019"
    assert page.published == "2019-03-14T09:35:00"  # "Cập nhật lúc: 09:35 14/03/2019"
    assert page.author == "Lan Anh, Quốc Việt"
    assert page.text.startswith("Sáng ngày 12/3/2019")
    # The layout table must not flatten the page into one "|" row.
    assert "|" not in page.text
    for residue in ("Lượt xem", "In trang", "Tin liên quan", "Cổng dịch vụ công"):
        assert residue not in page.text


def test_news_cms_ignores_header_banner() -> None:
    page = _page("news_cms")
    assert page.title == "Cụm thi đua các tỉnh Bắc Trung Bộ sơ kết 6 tháng đầu năm 2024"
    assert page.published == "2024-05-17T15:45:00"
    assert page.published != BANNER
    # meta author names the outlet ("Báo Sông Lam"), so the byline element wins.
    assert page.author == "THANH HUYỀN"
    assert page.text.startswith("(BSL) - Sáng 16/5")
    assert "tỉnh Hà Tĩnh là Cụm trưởng" in page.text
    for residue in ("Đường dây nóng", "Đọc nhiều", "Tin liên quan", "Giấy phép"):
        assert residue not in page.text


def test_news_cms_without_headline_date_has_no_banner_date() -> None:
    html = (HTML / "news_cms.html").read_text(encoding="utf-8")
    html = html.replace('<span class="time">17/05/2024 15:45 (GMT+7)</span>', "")
    assert parse_html(html).published is None  # never the header's "today"


def test_bare_banner_above_title_loses_to_date_below() -> None:
    html = """<html><body><div class="box">
      <div class="ngay">Thứ ba, 01/01/2026</div>
      <h1>Khối thi đua Văn hóa - Xã hội tỉnh ký kết giao ước thi đua năm 2024</h1>
      <div class="date">15:24 - 26/01/2024</div>
      <p>Sáng 25/01/2024, Khối thi đua Văn hóa - Xã hội tỉnh tổ chức hội nghị ký kết giao ước
      thi đua năm 2024 với sự tham dự của lãnh đạo 9 sở, ngành thành viên trong Khối.</p>
      <p>Các đơn vị thống nhất nội dung giao ước và bầu Sở Y tế làm Trưởng khối năm 2024.</p>
    </div></body></html>"""
    page = parse_html(html)
    assert page.published == "2024-01-26T15:24:00"
    assert page.title.startswith("Khối thi đua Văn hóa - Xã hội")


def test_no_article_page() -> None:
    page = _page("no_article")
    assert page.text == ""
    assert page.author is None
    assert page.published is None
    assert page.title == "Không tìm thấy trang"


def test_title_suffix_from_site_name() -> None:
    site = "Tin Nhanh Miền Trung"
    assert clean_title(f"Cụm thi đua số 2 tổng kết | {site}", site) == "Cụm thi đua số 2 tổng kết"


def test_json_ld_date() -> None:
    html = """<html><head><script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
       "datePublished": "2022-03-04T09:10:11+07:00"}]}</script></head>
      <body><h1>Khối thi đua các trường đại học tổng kết năm học</h1>
      <p>Ngày 3/3/2022, Khối thi đua các trường đại học, cao đẳng trên địa bàn tỉnh tổ chức
      hội nghị tổng kết phong trào thi đua năm học 2020 - 2021.</p></body></html>"""
    assert parse_html(html).published == "2022-03-04T09:10:11"


# --- text helpers ----------------------------------------------------------------------------


def test_find_page_date_span() -> None:
    text = "Tiêu đề bài viết\nNgày xuất bản: 12/07/2022 2:36:00 CH\nNội dung"
    hit = find_page_date(text)
    assert hit is not None
    assert text[hit.start : hit.end] == "12/07/2022 2:36:00 CH"
    assert hit.value == "2022-07-12T14:36:00"


@pytest.mark.parametrize(
    ("value", "expect"),
    [
        ("2024-05-17T08:45:00Z", "2024-05-17T15:45:00"),
        ("2024-05-17T22:30:00+0000", "2024-05-18T05:30:00"),
        ("Fri, 17 May 2024 08:45:00 GMT", "2024-05-17T15:45:00"),
        ("17/05/2024", "2024-05-17"),
        ("", None),
        ("không rõ", None),
    ],
)
def test_parse_date_value(value: str, expect: str | None) -> None:
    assert parse_date_value(value) == expect


def test_byline_from_lines_skips_trailing_noise() -> None:
    lines = ["Nội dung bài viết kết thúc.", "", "Hoàng Yến", "Nguồn: baosonglam.example.vn", "|"]
    assert byline_from_lines(lines) == "Hoàng Yến"
    assert byline_from_lines([]) is None
    assert byline_from_lines(["", "  "]) is None


def test_byline_from_line_labels_and_outlets() -> None:
    assert byline_from_line("Tin, ảnh: Đình Khôi") == "Đình Khôi"
    assert byline_from_line("Nhóm PV: Hà An, Bảo Ngọc") == "Hà An, Bảo Ngọc"
    assert byline_from_line("Phan Tú – Báo Sông Lam") == "Phan Tú"
    assert byline_from_line("http://example.vn/tac-gia") is None


@pytest.mark.parametrize(
    ("info", "want"),
    [
        (
            '<dd class="published"><time datetime="2024-07-05T10:02:51+07:00" '
            'itemprop="datePublished">Ngày đăng: 05 Tháng 7 2024</time></dd>',
            "2024-07-05T10:02:51",
        ),
        ('<span itemprop="datePublished" content="2023-03-02">02/03/2023</span>', "2023-03-02"),
        (
            '<div class="meta"><abbr itemprop="dateCreated" title="x" '
            'content="2022-11-20T08:00:00+07:00">20/11</abbr></div>',
            "2022-11-20T08:00:00",
        ),
    ],
)
def test_microdata_date_outside_the_body(info: str, want: str) -> None:
    """schema.org microdata on any element (a Joomla <time itemprop>, a <span content>) dates
    the page, even when it stands outside the body block."""
    body = "".join(
        f"<p>Ngày 4/7, Cụm thi đua số {i} tổ chức hội nghị sơ kết công tác thi đua, khen thưởng "
        "6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm.</p>"
        for i in range(1, 4)
    )
    html = (
        "<html><head><title>Tin</title></head><body><div class='item-page'>"
        "<h1>Cụm thi đua số 1 sơ kết 6 tháng đầu năm</h1>"
        f"<dl class='article-info'>{info}</dl>"
        f"<div itemprop='articleBody' class='article-body'>{body}</div></div></body></html>"
    )
    assert parse_html(html).published == want
