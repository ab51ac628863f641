"""The byline of a text article: last lines, under the headline, labels and initials.

Every text here is written for these tests (invented names and places).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.pipeline import extract_facts
from extract.html.bylines import byline_from_lines, byline_under_headline
from extract.html.inputs import read_article

HEADLINE = "Khối thi đua các hội đặc thù ký kết giao ước năm 2024"
BODY = (
    "Sáng 5/3/2024, Khối thi đua các hội đặc thù tổ chức hội nghị ký kết giao ước thi đua "
    "năm 2024. Các đơn vị thống nhất nội dung thi đua và thang điểm chấm của khối trong năm."
)


def author(tmp_path: Path, text: str) -> str | None:
    """`author` of a .txt article holding `text`, through the whole extraction."""
    path = tmp_path / "bai.txt"
    path.write_text(text, encoding="utf-8")
    article, _ = read_article(path)
    return extract_facts(article).author


@pytest.mark.parametrize(
    ("under", "expect"),
    [
        ("MINH AN |", "MINH AN"),
        ("Thùy Dương 15/02/2024 11:07", "Thùy Dương"),
        ("Bài, ảnh: Quốc Bảo", "Quốc Bảo"),
        ("Hà Thanh – Báo An Hòa", "Hà Thanh"),
    ],
)
def test_byline_under_the_headline(tmp_path: Path, under: str, expect: str) -> None:
    """A short name line right under the headline is the byline when none ends the article."""
    assert author(tmp_path, f"{HEADLINE}\n{under}\n{BODY}\n") == expect


@pytest.mark.parametrize(
    "under",
    [
        "Hải Phòng 05/03/2024",  # a place before the site's date
        "Thứ Ba, 05/03/2024 08:15",  # a weekday
        "Quang cảnh hội nghị",  # a caption
        "Toàn cảnh hội nghị ký kết.",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",  # a report's numbered section heading
        "II. KẾT QUẢ HỘI NGHỊ",
        "1. TÌNH HÌNH CHUNG",
    ],
)
def test_not_a_byline_under_the_headline(tmp_path: Path, under: str) -> None:
    """Places, weekdays and captions under the headline are no author."""
    assert author(tmp_path, f"{HEADLINE}\n{under}\n{BODY}\n") is None


def test_under_headline_stops_at_the_body() -> None:
    """A name after the first body paragraph is not read as a top byline."""
    assert byline_under_headline([BODY, "Minh An"]) is None
    assert byline_under_headline(["", "Tin, ảnh: Lan Chi", BODY]) == "Lan Chi"


@pytest.mark.parametrize(
    ("last", "expect"),
    [
        ("Tác giả bài viết: Hồng Nhung", "Hồng Nhung"),
        ("CTV Hà Vy – Minh Tú", "Hà Vy – Minh Tú"),
        ("Cộng tác viên Bảo Trâm", "Bảo Trâm"),
        ("X.THIÊM", "X.THIÊM"),
        ("N.Hà", "N.Hà"),
        ("Ban biên tập Trang TTĐT Sở", "Ban biên tập Trang TTĐT Sở"),
        ("BBT", "BBT"),
    ],
)
def test_last_line_bylines(last: str, expect: str) -> None:
    """Labels, collaborator tags, initials in capitals and an editorial board."""
    assert byline_from_lines([BODY, last, "."]) == expect


def test_byline_glued_to_a_lead_headline(tmp_path: Path) -> None:
    """An article that is one paragraph keeps the byline glued to its end."""
    text = (
        "Chiều 4/1/2024, Khối thi đua các cơ quan tổng hợp tổ chức hội nghị tổng kết công tác "
        "thi đua năm 2023, bình xét và đề nghị UBND tỉnh tặng Cờ thi đua cho hai đơn vị dẫn "
        "đầu khối trong năm. Lê Thu Hà |\n"
    )
    assert author(tmp_path, text) == "Lê Thu Hà"


@pytest.mark.parametrize(
    ("footer", "expect"),
    [
        (
            "Tin liên quan:\n- Cụm thi đua số 5 ký kết giao ước\n- Trao Cờ thi đua cho 3 tập "
            "thể\n\nThanh Lê",
            "Thanh Lê",
        ),
        ("Tin liên quan\n- Khối thi đua các hội tổng kết năm 2023\n\nTHU HÀ", "THU HÀ"),
        ("Các tin khác:\n- Hội nghị giao ban quý III\n\nNguyễn Minh Khoa", "Nguyễn Minh Khoa"),
        # the last related headline is no byline
        ("Tin liên quan:\n- Khối thi đua các hội tổng kết năm 2023", None),
    ],
)
def test_a_byline_after_the_related_news_is_kept(
    tmp_path: Path, footer: str, expect: str | None
) -> None:
    """The residue cut drops "Tin liên quan" and its items, not the byline that signs the page."""
    body = "\n\n".join([BODY] * 3)
    assert author(tmp_path, f"{HEADLINE}\n\n{body}\n\n{footer}\n") == expect
