"""The page date of a text article: orders of day and month, month names, the site's clock.

Every text here is written for these tests (invented names and places).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.pipeline import extract_facts
from extract.html.dates import find_page_date, page_date_from_text
from extract.html.inputs import read_article

BODY = (
    "Ngày 20/12/2018, tại hội trường Sở Tư pháp, Khối thi đua các cơ quan nội chính tổ chức "
    "hội nghị tổng kết công tác thi đua năm 2018 và triển khai nhiệm vụ năm 2019."
)


def published(tmp_path: Path, text: str) -> str | None:
    """`published` of a .txt article holding `text`, through the whole extraction."""
    path = tmp_path / "bai.txt"
    path.write_text(text, encoding="utf-8")
    article, _ = read_article(path)
    return extract_facts(article).published


# --- day and month ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        # The en-US clock of ASP.NET sites: month first, 12-hour clock with seconds.
        ("2/23/2023 3:26:39 PM", "2023-02-23T15:26:39"),
        ("11/30/2022 10:05:00 AM", "2022-11-30T10:05:00"),
        ("3/4/2023 9:00:00 AM", "2023-03-04T09:00:00"),
        # No such day read day-first: month first.
        ("Ngày đăng: 12/21/2023", "2023-12-21"),
        ("08/31/2020 - 14:05", "2020-08-31T14:05:00"),
        # Day first as Vietnamese pages write it, also with an AM/PM marker before the date.
        ("03/04/2023 09:00", "2023-04-03T09:00:00"),
        ("Cập nhật lúc: 09:43 AM ngày 04/06/2015", "2015-06-04T09:43:00"),
        ("Ngày xuất bản: 05/06/2023 2:10:00 CH", "2023-06-05T14:10:00"),
    ],
)
def test_day_and_month_order(line: str, expect: str) -> None:
    """Numbers read day-month unless the clock's format or the calendar says month-day."""
    assert page_date_from_text(line) == expect


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ("T7, 01/09/2021 - 00:27", "2021-01-09T00:27:00"),  # Saturday 9 January
        ("Thứ tư, 01/09/2021", "2021-09-01"),  # Wednesday 1 September
        ("CN, 03/05/2023", "2023-03-05"),  # Sunday 5 March, not Wednesday 3 May
        ("Thứ 4, 03/05/2023 | 08:00", "2023-05-03T08:00:00"),  # Wednesday 3 May
        ("Friday, 06/02/2024", "2024-02-06"),  # no reading falls on Friday: day first
    ],
)
def test_weekday_settles_the_order(line: str, expect: str) -> None:
    """A weekday printed before the date picks the reading that falls on it."""
    assert page_date_from_text(line) == expect


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ("Th9 21, 2017", "2017-09-21"),
        ("Th 12 3, 2019", "2019-12-03"),
        ("Tháng Mười Hai 5, 2019", "2019-12-05"),
        ("September 21, 2017 10:15", "2017-09-21T10:15:00"),
        ("Cập nhật lúc 14:2, ngày 10/12/2018 (GMT+7)", "2018-12-10T14:02:00"),
    ],
)
def test_month_names_and_short_minutes(line: str, expect: str) -> None:
    """WordPress month names ("Th9 21, 2017") and a one-digit minute are read."""
    assert page_date_from_text(line) == expect


@pytest.mark.parametrize(
    "line",
    [
        "Khối thi đua sơ kết 9 tháng năm 2022",
        "Ngày 29/07/2024, Khối thi đua các sở họp.",
        "Các đơn vị kỷ niệm ngày tái lập tỉnh (01/4/1992).",
        "Lượt xem: 31/02/2023",
    ],
)
def test_not_a_page_date(line: str) -> None:
    """Meetings, anniversaries, counts and impossible days are not the page date."""
    assert page_date_from_text(line) is None


# --- where the date stands -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Under the headline, in brackets.
        ("Khối thi đua nội chính tổng kết năm 2018\n(21/12/2018)\n" + BODY, "2018-12-21"),
        # A place and the site's clock above the headline; the article's date under it.
        (
            "Đông Hải 05/06/2023\nKhối thi đua nội chính tổng kết năm 2018\n"
            "Thứ sáu, 21/12/2018\n" + BODY,
            "2018-12-21",
        ),
        # Clock banner above, a plain date line above too: the plain one.
        (
            "Thứ 4, ngày 19/6/2024\nVăn phòng\n12/21/2018 4:19:03 PM\n"
            "Khối thi đua nội chính tổng kết năm 2018\n" + BODY,
            "2018-12-21T16:19:03",
        ),
        # A banner in the article's own time is its date.
        ("Thứ sáu, 21/12/2018\nKhối thi đua nội chính tổng kết năm 2018\n" + BODY, "2018-12-21"),
        # A labelled date above the headline is trusted.
        ("Cập nhật: 05/06/2023\nKhối thi đua nội chính tổng kết năm 2018\n" + BODY, "2023-06-05"),
    ],
)
def test_date_near_the_headline(tmp_path: Path, text: str, expect: str) -> None:
    """The date under the headline wins; above it, the nearest plain date."""
    assert published(tmp_path, text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Thứ bảy, 19/10/2024\nKhối thi đua nội chính tổng kết năm 2018\n" + BODY,
        "Chủ nhật, 02/02/2025, 08:15 [GMT+7]\nKhối thi đua nội chính tổng kết năm 2018\n" + BODY,
        "Hà Đông 05/06/2023\nKhối thi đua nội chính tổng kết năm 2018\n" + BODY,
    ],
)
def test_site_clock_is_not_published(tmp_path: Path, text: str) -> None:
    """A header date years after everything the article names is the site's clock."""
    assert published(tmp_path, text) is None


def test_without_a_headline_the_first_lines_decide() -> None:
    """Without a known headline, the first date line is read as before (HTML text)."""
    text = "Thứ ba, 01/01/2026\nKhối thi đua tổng kết\n15:24 - 26/01/2024\nNội dung."
    hit = find_page_date(text)
    assert hit is not None and hit.value == "2024-01-26T15:24:00"
    assert hit.rule == "time_date"
