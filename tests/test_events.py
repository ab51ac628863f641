"""The bloc's meeting: type, date and period chosen among candidates (extract/facts/events.py).

Every sentence below is written for these tests (invented units and people); each behaviour
has several wordings, positive and negative.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import rules
from extract.errors import RuleError
from extract.facts import events
from extract.facts.context import Context, build_context
from extract.model import Article, Event
from extract.nlp import dates
from extract.nlp.tagger import tag
from extract.text.normalize import normalize


def context(text: str, url: str | None = None, published: str | None = None) -> Context:
    """The fact context of an article whose first line is the title."""
    norm = normalize(text).text.strip()
    first = norm.split("\n", 1)[0]
    article = Article(
        id="t",
        text=norm,
        title=first,
        title_span=(0, len(first)),
        url=url,
        published=published,
    )
    return build_context(article, tag(norm))


def read(text: str, url: str | None = None, published: str | None = None) -> Event:
    """The event of an article whose first line is the title."""
    return events.read_event(context(text, url, published))


def triple(e: Event) -> tuple[str, str | None, str | None]:
    """(type, date, period)."""
    return (e.type, e.date, e.period)


# --- the sentence that reports the meeting decides, however the review is worded ---------

YEAR_END_WORDINGS = [
    (
        "Tin hoạt động\n\nChiều 8/1, Khối thi đua các cơ quan Văn hóa tỉnh tổ chức hội nghị "
        "tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.",
        ("year_end_review", "2024-01-08", "2023"),
    ),
    (
        "Tin hoạt động\n\nNgày 20/12/2022, Cụm thi đua số 5 đã tiến hành đánh giá, xếp hạng "
        "thi đua năm 2022 đối với 9 đơn vị thành viên.",
        ("year_end_review", "2022-12-20", "2022"),
    ),
    (
        "Tin hoạt động\n\nSáng 15/12, các đơn vị trong Khối thi đua Nội chính họp bình xét, "
        "suy tôn đơn vị dẫn đầu phong trào thi đua năm 2021.",
        ("year_end_review", "2021-12-15", "2021"),
    ),
    (
        "Tin hoạt động\n\nHội nghị tổng kết công tác thi đua, khen thưởng năm 2020 của Khối "
        "các trường cao đẳng đã diễn ra chiều 30/12 tại Trường Cao đẳng Sơn Hà.",
        ("year_end_review", "2020-12-30", "2020"),
    ),
    (
        "TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2019 KHỐI CÁC HỘI ĐẶC THÙ\n\nNgày 9/1/2020, Hội Văn "
        "học nghệ thuật tỉnh, đơn vị Trưởng khối, chủ trì hội nghị với sự tham dự của 11 hội.",
        ("year_end_review", "2020-01-09", "2019"),
    ),
    (
        "Khối thi đua Kinh tế bình xét thi đua năm 2018\n\nChiều 26/12, tại Sở Xây dựng, "
        "Khối thi đua Kinh tế tổ chức hội nghị bình xét kết quả thi đua năm 2018.",
        ("year_end_review", "2018-12-26", "2018"),
    ),
]


@pytest.mark.parametrize(("text", "want"), YEAR_END_WORDINGS)
def test_year_end_review_in_many_wordings(text: str, want: tuple[str, str, str]) -> None:
    """Tổng kết, đánh giá xếp hạng, bình xét suy tôn: each reported review is year_end_review."""
    assert triple(read(text)) == want


MORE_REPORTED_MEETINGS = [
    (
        "Tin\n\nNửa đầu năm 2017, Công an các tỉnh thuộc Cụm thi đua số 2 đã hoàn thành các mục "
        "tiêu, yêu cầu, chỉ tiêu giao ước thi đua đề ra. Tại hội nghị, đại biểu đã thảo luận.",
        ("mid_year_review", None, "2017-H1"),
    ),
    (
        "Tin\n\nNăm 2023, các đơn vị trong Khối thi đua Kinh tế hoàn thành chỉ tiêu giao ước thi "
        "đua đề ra. Hội nghị tổng kết diễn ra sáng 5/1/2024.",
        ("year_end_review", "2024-01-05", "2023"),
    ),
    (
        "Tin\n\nHội nghị tổng kết năm 2017 của Cụm thi đua 5 tỉnh Tây Nguyên đã diễn ra hôm "
        "21-11 tại Gia Lai.",
        ("year_end_review", "2017-11-21", "2017"),
    ),
    (
        "Tin\n\nKhối thi đua MTTQ và các đoàn thể tỉnh tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2018, bàn phương hướng năm 2019, hôm 5-12.",
        ("year_end_review", "2018-12-05", "2018"),
    ),
    (
        "Tin\n\nCông an ba tỉnh thuộc Cụm thi đua số 7 đã ký kết giao ước thi đua năm 2023 vào "
        "hôm 31/3.",
        ("covenant_signing", "2023-03-31", "2023"),
    ),
    (
        "Tin\n\nKhối thi đua các cơ quan Nội chính đã long trọng tổ chức Hội nghị tổng kết công "
        "tác thi đua, khen thưởng năm 2022 vào sáng 6/1/2023.",
        ("year_end_review", "2023-01-06", "2022"),
    ),
    (
        "Tin\n\nVừa qua, Khối thi đua các doanh nghiệp nhà nước tổ chức tổng kết công tác thi "
        "đua năm 2020.",
        ("year_end_review", None, "2020"),
    ),
    (
        "Tin\n\nLễ ký kết giao ước thi đua năm 2024 của Cụm thi đua các xã vùng biển đã diễn "
        "ra sáng 2/3.",
        ("covenant_signing", "2024-03-02", "2024"),
    ),
    (
        "Tin\n\nĐoàn kiểm tra của Khối thi đua Kinh tế tổng hợp đã kiểm tra, chấm điểm thi đua "
        "năm 2023 tại 8 đơn vị trong khối từ ngày 20/11.",
        ("inspection", "2023-11-20", "2023"),
    ),
    (
        "Tin\n\nNgày 5/11/2022, Cụm thi đua số 3 tiến hành thẩm định kết quả thi đua năm 2022 "
        "của các đơn vị.",
        ("inspection", "2022-11-05", "2022"),
    ),
    (
        "Tin\n\nNgày 27/7/2023, Cụm thi đua số 2 tổ chức chương trình về nguồn tại Khu di tích "
        "Pác Bó.",
        ("other", "2023-07-27", None),
    ),
    (
        "Tin\n\nSáng 20/3, Khối thi đua Ngân hàng phát động phong trào thi đua năm 2024 và ký "
        "kết giao ước thi đua.",
        ("covenant_signing", "2024-03-20", "2024"),
    ),
    (
        "Tin\n\nChiều 5/12, các đơn vị của Cụm thi đua Văn phòng HĐND họp đánh giá, chấm điểm, "
        "xếp hạng thi đua năm 2023.",
        ("year_end_review", "2023-12-05", "2023"),
    ),
    (
        "Tin\n\nHôm qua (9/1), Cụm thi đua các huyện miền núi tổ chức hội nghị đánh giá kết quả "
        "hoạt động của cụm năm 2023.",
        ("year_end_review", "2024-01-09", "2023"),
    ),
    (
        "Tin\n\nSáng 12/7, Khối thi đua các sở tổ chức hội nghị đánh giá kết quả thực hiện "
        "nhiệm vụ 6 tháng đầu năm 2023.",
        ("mid_year_review", "2023-07-12", "2023-H1"),
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_REPORTED_MEETINGS)
def test_meetings_reported_in_other_wordings(text: str, want: tuple[str, str, str]) -> None:
    """Passive, post-posed dates, "Vừa qua", "Lễ ... đã diễn ra", inspections, visits."""
    assert triple(read(text)) == want


BACKGROUND_COVENANT = [
    "Tin\n\nĐầu năm 2023, các đơn vị trong khối đã ký kết giao ước thi đua với 8 nội dung. "
    "Chiều 28/12, Khối thi đua Tư pháp tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
    "Tin\n\nChiều 28/12, Khối thi đua Tư pháp tổ chức hội nghị tổng kết công tác thi đua năm "
    "2023. Các đơn vị đã thực hiện tốt các chỉ tiêu giao ước thi đua đã ký từ đầu năm.",
    "Tin\n\nNăm 2023, mười hai hội thành viên đã ký kết giao ước thi đua với Ban Thường vụ. "
    "Chiều 28/12, Khối thi đua Tư pháp tổ chức tổng kết công tác thi đua năm 2023.",
]


@pytest.mark.parametrize("text", BACKGROUND_COVENANT)
def test_background_covenant_does_not_decide(text: str) -> None:
    """A covenant signed earlier in the year is background to the reported review."""
    assert triple(read(text)) == ("year_end_review", "2023-12-28", "2023")


REPORTED_COVENANT = [
    (
        "Tin\n\nSáng 6/3, Cụm thi đua các huyện miền núi tổ chức hội nghị ký kết giao ước "
        "thi đua năm 2024.",
        ("covenant_signing", "2024-03-06", "2024"),
    ),
    (
        "Tin\n\nNgày 14/2/2023, tại Hội trường UBND huyện Đông Sơn, 7 xã thuộc Cụm thi đua "
        "số 2 đã ký kết giao ước thi đua năm 2023.",
        ("covenant_signing", "2023-02-14", "2023"),
    ),
    (
        "Khối thi đua Tài chính ký giao ước thi đua năm 2022\n\nChiều 25/2, tại Kho bạc Nhà "
        "nước tỉnh, các đơn vị đã thống nhất nội dung và ký giao ước.",
        ("covenant_signing", "2022-02-25", "2022"),
    ),
    (
        "Tin\n\nChiều 12/12, Khối thi đua Văn hóa - Xã hội tổ chức ký kết giao ước thi đua "
        "năm 2024.",
        ("covenant_signing", "2023-12-12", "2024"),
    ),
]


@pytest.mark.parametrize(("text", "want"), REPORTED_COVENANT)
def test_reported_covenant_is_the_event(text: str, want: tuple[str, str, str]) -> None:
    """A covenant signing reported as the meeting is covenant_signing (signed late: year before)."""
    assert triple(read(text)) == want


PLANNED = [
    "Tin\n\nNgày 10/7, Khối thi đua Doanh nghiệp tổ chức hội nghị sơ kết 6 tháng đầu năm "
    "2023. Cuối năm, Khối sẽ tổ chức tổng kết và ký kết giao ước thi đua năm 2024.",
    "Tin\n\nNgày 10/7, Khối thi đua Doanh nghiệp tổ chức hội nghị sơ kết 6 tháng đầu năm "
    "2023. Theo kế hoạch tổ chức hội nghị tổng kết, các đơn vị gửi báo cáo trong tháng 11.",
    "Tin\n\nNgày 10/7, Khối thi đua Doanh nghiệp tổ chức hội nghị sơ kết 6 tháng đầu năm "
    "2023. Dự kiến ký kết giao ước thi đua năm 2024 vào tháng 12.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_planned_meetings_do_not_decide(text: str) -> None:
    """ "sẽ tổ chức tổng kết", "kế hoạch tổ chức", "dự kiến ký kết" name no held meeting."""
    assert triple(read(text)) == ("mid_year_review", "2023-07-10", "2023-H1")


DUTIES = [
    "Tỉnh Hòa Sơn kiện toàn 4 khối thi đua\n\nUBND tỉnh vừa ban hành quyết định kiện toàn "
    "các khối thi đua năm 2024. Khối trưởng có trách nhiệm tổ chức ký kết giao ước thi đua, "
    "sơ kết, tổng kết và bình xét thi đua cuối năm.",
    "Tỉnh Hòa Sơn kiện toàn 4 khối thi đua\n\nUBND tỉnh vừa ban hành quyết định kiện toàn "
    "các khối thi đua năm 2024. Hằng năm, các khối tổ chức ký kết giao ước, sơ kết và tổng kết.",
]


@pytest.mark.parametrize("text", DUTIES)
def test_duties_of_a_bloc_are_not_a_meeting(text: str) -> None:
    """A bloc's duties or habits ("có trách nhiệm tổ chức", "Hằng năm") report no meeting."""
    assert read(text).type == "other"


ANNIVERSARY = [
    (
        "Tin\n\nChiều 17/5, Khối thi đua các cơ quan Đảng tổ chức hội thao năm 2024. Dịp này, "
        "các đơn vị trao đổi về việc tổng kết 15 năm thực hiện Chỉ thị số 03.",
        "other",
    ),
    (
        "Tin\n\nChiều 22/12, Khối thi đua Nông nghiệp tổ chức hội nghị tổng kết công tác thi "
        "đua năm 2022. Trước đó, các đơn vị đã sơ kết 5 năm triển khai phong trào Nông thôn mới.",
        "year_end_review",
    ),
    (
        "Tin\n\nSáng 3/11, Cụm thi đua số 4 tổ chức giải bóng chuyền hơi. Các đơn vị cũng "
        "chuẩn bị tổng kết 20 năm thành lập Cụm.",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "want"), ANNIVERSARY)
def test_anniversary_reviews_do_not_decide(text: str, want: str) -> None:
    """ "tổng kết 15 năm thực hiện", "sơ kết 5 năm triển khai" are not the meeting's type."""
    assert read(text).type == want


REVIEW_WITH_COVENANT = [
    (
        "Tin\n\nChiều 12/1, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm "
        "2023 và ký kết giao ước thi đua năm 2024.",
        ("year_end_review", "2024-01-12", "2023"),
    ),
    (
        "Khối thi đua Văn xã ký kết giao ước thi đua năm 2025\n\nSáng 9/1, Khối thi đua Văn xã "
        "họp tổng kết phong trào thi đua năm 2024, đồng thời ký giao ước thi đua năm 2025.",
        ("year_end_review", "2025-01-09", "2024"),
    ),
    (
        "Khối thi đua Giao thông ký kết giao ước thi đua năm 2023\n\nChiều 3/2, tại Sở Giao "
        "thông, các đơn vị trong Khối thi đua Giao thông ký kết giao ước thi đua năm 2023. Tại "
        "hội nghị, Trưởng khối năm 2022 báo cáo kết quả công tác thi đua, khen thưởng năm 2022.",
        ("year_end_review", "2023-02-03", "2022"),
    ),
]


@pytest.mark.parametrize(("text", "want"), REVIEW_WITH_COVENANT)
def test_review_that_signs_the_covenant_is_the_review(
    text: str, want: tuple[str, str, str]
) -> None:
    """ANNOTATION.md: a meeting that reviews the year and signs the next covenant is the review."""
    assert triple(read(text)) == want


def test_covenant_with_the_same_years_results_stays_a_covenant() -> None:
    """Last year's results told after a covenant report do not make it a review."""
    text = (
        "Khối thi đua Y tế ký kết giao ước thi đua năm 2024\n\nChiều 5/3, Khối thi đua Y tế tổ "
        "chức hội nghị ký kết giao ước thi đua năm 2024.\n\nÔng Lê Văn Tám phát biểu.\n\nCác "
        "đại biểu thảo luận.\n\nNăm 2023, các đơn vị trong Khối đã hoàn thành tốt nhiệm vụ."
    )
    assert triple(read(text)) == ("covenant_signing", "2024-03-05", "2024")


COVENANT_WITH_RESULTS_FIRST = [
    "Khối thi đua Y tế ký kết giao ước thi đua năm 2024\n\nNăm 2023, các đơn vị trong Khối "
    "đã hoàn thành tốt nhiệm vụ được giao. Chiều 5/3, Khối thi đua Y tế tổ chức hội nghị ký "
    "kết giao ước thi đua năm 2024.",
    "Khối thi đua Y tế ký giao ước năm 2024\n\nTrong năm 2023, nhiều bệnh viện của Khối đã "
    "đạt danh hiệu Tập thể lao động xuất sắc. Chiều 5/3, các đơn vị trong Khối thi đua Y tế "
    "ký kết giao ước thi đua năm 2024.",
]


@pytest.mark.parametrize("text", COVENANT_WITH_RESULTS_FIRST)
def test_covenant_headline_with_last_years_results(text: str) -> None:
    """A covenant headline and report stay a covenant though last year's results come first."""
    assert triple(read(text)) == ("covenant_signing", "2024-03-05", "2024")


OPENING_REVIEW_THEN_COVENANT = [
    "Năm 2022, các đơn vị trong Cụm thi đua Biên phòng đã hoàn thành xuất sắc nhiệm vụ, "
    "giữ vững chủ quyền biên giới.\nHội nghị đã thống nhất nội dung ký kết giao ước thi đua "
    "năm 2023 với chủ đề đoàn kết, kỷ cương.",
    "Trong năm 2022, Cụm thi đua Biên phòng đã đạt nhiều kết quả nổi bật trên mọi mặt công "
    "tác.\nTại hội nghị, các đồn trong cụm đã ký giao ước thi đua năm 2023.",
]


@pytest.mark.parametrize("text", OPENING_REVIEW_THEN_COVENANT)
def test_article_opening_with_the_years_review_is_the_review(text: str) -> None:
    """No headline: an article that opens with the year's results and signs later reviews."""
    got = read(text)
    assert (got.type, got.period) == ("year_end_review", "2022")


REVIEW_WITH_ASIDES = [
    "Khối thi đua Du lịch tổng kết năm 2023\n\nTại hội nghị, các đơn vị giao lưu, chia sẻ kinh "
    "nghiệm tổ chức phong trào thi đua.",
    "Khối thi đua Du lịch tổng kết năm 2023\n\nPhát biểu bế mạc hội nghị, Trưởng khối đề nghị "
    "các đơn vị phát huy kết quả đạt được.",
    "Khối thi đua Du lịch tổng kết năm 2023\n\nMở đầu hội nghị là chương trình văn nghệ của "
    "Nhà hát Ca múa nhạc tỉnh.",
]


@pytest.mark.parametrize("text", REVIEW_WITH_ASIDES)
def test_asides_at_a_review_are_not_the_event(text: str) -> None:
    """ "giao lưu kinh nghiệm", "bế mạc hội nghị", a concert: the headline's review decides."""
    got = read(text)
    assert (got.type, got.period) == ("year_end_review", "2023")


SPORTS = [
    "Tin\n\nSáng 8/9, Khối thi đua Tư pháp tổ chức giải giao lưu cầu lông năm 2024.",
    "Tin\n\nSáng 8/9, Cụm thi đua số 4 khai mạc Hội thao truyền thống lần thứ III.",
    "Tin\n\nSáng 8/9, Khối thi đua các hội tổ chức liên hoan văn nghệ chào mừng Quốc khánh.",
]


@pytest.mark.parametrize("text", SPORTS)
def test_sports_and_festivals_are_other(text: str) -> None:
    """Sports days and festivals of a bloc are events of type other, without a period."""
    got = read(text, published="2024-09-09")
    assert (got.type, got.date, got.period) == ("other", "2024-09-08", None)


def test_cited_document_trigger_does_not_decide() -> None:
    """A trigger inside a cited document's title ("Chỉ thị số ... về việc phát động") is not it."""
    text = (
        "Khối thi đua số 3 họp cuối năm\n\nCác đơn vị đã thực hiện tốt Chỉ thị số 07/CT-UBND "
        "ngày 5/1/2022 của UBND tỉnh về việc phát động phong trào thi đua năm 2022."
    )
    got = read(text, url="https://baoxyz.vn/khoi-thi-dua-so-3-tong-ket-nam-2022-123.html")
    assert (got.type, got.date) == ("year_end_review", None)
    assert got.type_rule == "url_review"


# --- case, offsets and rule names ----------------------------------------------------------

CASES = [
    (
        "Tin\n\nChiều 5/1, Khối thi đua Hội TỔNG KẾT công tác năm 2022.",
        "year_end_review",
        "TỔNG KẾT",
    ),
    (
        "Tin\n\nChiều 5/1, Khối thi đua Hội Tổng Kết công tác năm 2022.",
        "year_end_review",
        "Tổng Kết",
    ),
    (
        "Tin\n\nChiều 5/3, Khối thi đua Hội tổ chức Ký Kết Giao Ước thi đua.",
        "covenant_signing",
        "Ký Kết Giao Ước",
    ),
    (
        "Tin\n\nChiều 5/7, Khối thi đua Hội SƠ KẾT 6 THÁNG đầu năm 2022.",
        "mid_year_review",
        "SƠ KẾT 6 THÁNG",
    ),
]


@pytest.mark.parametrize(("text", "etype", "surface"), CASES)
def test_triggers_match_regardless_of_case_with_offsets(
    text: str, etype: str, surface: str
) -> None:
    """Upper-case and title-case triggers match; the evidence span is the text as written."""
    got = read(text)
    norm = normalize(text).text.strip()
    assert got.type == etype
    assert got.type_span is not None
    assert norm[got.type_span[0] : got.type_span[1]] == surface
    assert got.type_rule is not None


def test_rule_names_travel_with_the_values() -> None:
    """type_rule, date_rule and period_rule name what decided each value."""
    got = read(YEAR_END_WORDINGS[0][0])
    assert got.type_rule == "review_year"
    assert got.date_rule is not None and got.date_rule.startswith("day_month")
    assert got.period_rule == "year"


# --- periods --------------------------------------------------------------------------------

SCHOOL_YEARS = [
    (
        "Tin\n\nChiều 24/6, Cụm thi đua các trường THPT số 3 tổ chức hội nghị tổng kết năm học "
        "2022-2023.",
        ("year_end_review", "2023-06-24", "2022-2023"),
    ),
    (
        "Tin\n\nSáng 28/5, hội nghị tổng kết năm học 2023 – 2024 của Cụm thi đua các trường "
        "mầm non đã diễn ra tại Trường Mầm non Hoa Sen.",
        ("year_end_review", "2024-05-28", "2023-2024"),
    ),
    (
        "Cụm thi đua các trường tiểu học tổng kết năm học 2020-2021\n\nNgày 2/6/2021, các "
        "trường trong cụm họp, đánh giá kết quả thi đua.",
        ("year_end_review", "2021-06-02", "2020-2021"),
    ),
    # a school year's review held in August or early September is still in its second year
    (
        "Tin\n\nSáng 5/8, Sở GD&ĐT tổ chức hội nghị tổng kết thi đua năm học 2023-2024 của 4 "
        "cụm thi đua các trường THPT.",
        ("year_end_review", "2024-08-05", "2023-2024"),
    ),
    (
        "Tin\n\nNgày 28/8, Cụm thi đua số 2 các trường tiểu học tổng kết năm học 2021 - 2022.",
        ("year_end_review", "2022-08-28", "2021-2022"),
    ),
    (
        "Tin\n\nChiều 6/9, Cụm thi đua các trường THCS họp tổng kết năm học 2022-2023.",
        ("year_end_review", "2023-09-06", "2022-2023"),
    ),
    # the new school year's covenant in September is in its first year
    (
        "Tin\n\nSáng 15/9, Cụm thi đua các trường THPT ký kết giao ước thi đua năm học 2024-2025.",
        ("covenant_signing", "2024-09-15", "2024-2025"),
    ),
]


@pytest.mark.parametrize(("text", "want"), SCHOOL_YEARS)
def test_school_years(text: str, want: tuple[str, str, str]) -> None:
    """A school year gives "YYYY-YYYY"; its review (May to early September) is in its second
    year, its covenant in September in its first."""
    assert triple(read(text)) == want


STAGES = [
    "Tin\n\nSáng 22/9/2021, Cụm thi đua các Quỹ Phát triển đất tổ chức ký kết giao ước thi "
    "đua giai đoạn 2021-2025.",
    "Tin\n\nSáng 22/9/2021, các quỹ thuộc Cụm thi đua các Quỹ Phát triển đất đã ký kết giao "
    "ước thi đua giai đoạn 2021 - 2025 tại Đà Lạt.",
]


@pytest.mark.parametrize("text", STAGES)
def test_a_stage_is_a_period(text: str) -> None:
    """A covenant for a stage ("giai đoạn 2021-2025") has that stage as its period."""
    assert triple(read(text)) == ("covenant_signing", "2021-09-22", "2021-2025")


PAGE_DATE_LINES = [
    "Khối thi đua Nội chính tổng kết công tác thi đua\n\n15/01/2024 08:30\n\nKhối thi đua Nội "
    "chính vừa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng. Năm 2023, các đơn vị "
    "đã hoàn thành tốt nhiệm vụ.",
    "Khối thi đua Nội chính tổng kết công tác thi đua\n\nCập nhật lúc 9:05, ngày 15/01/2024\n\n"
    "Khối thi đua Nội chính vừa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng. Năm "
    "2023, các đơn vị đã hoàn thành tốt nhiệm vụ.",
    "Khối thi đua Nội chính tổng kết công tác thi đua\n\nThứ Hai, 15/01/2024\n\nKhối thi đua "
    "Nội chính vừa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng. Năm 2023, các đơn "
    "vị đã hoàn thành tốt nhiệm vụ.",
]


@pytest.mark.parametrize("text", PAGE_DATE_LINES)
def test_period_never_comes_from_a_page_date_line(text: str) -> None:
    """The date under the headline is the page's, not the reviewed year nor the meeting day."""
    got = read(text)
    assert (got.type, got.period, got.date) == ("year_end_review", "2023", None)


REVIEWED_YEAR = [
    "Tin\n\nChiều 10/1, Khối thi đua Công thương tổ chức hội nghị tổng kết công tác thi đua "
    "năm 2022 và triển khai phương hướng, nhiệm vụ năm 2023.",
    "Tin\n\nChiều 10/1, Khối thi đua Công thương triển khai nhiệm vụ năm 2023 tại hội nghị "
    "tổng kết công tác thi đua, khen thưởng năm 2022.",
    "Tin\n\nChiều 10/1, Khối thi đua Công thương tổ chức tổng kết công tác thi đua. Năm 2022, "
    "các đơn vị trong khối đã hoàn thành 100% chỉ tiêu; năm 2023 khối đặt mục tiêu cao hơn.",
]


@pytest.mark.parametrize("text", REVIEWED_YEAR)
def test_period_is_the_reviewed_year_not_the_plan(text: str) -> None:
    """The period is the year under review, not the year the next plan names."""
    assert triple(read(text)) == ("year_end_review", "2023-01-10", "2022")


PLAN_YEAR_AT_A_REVIEW = [
    (
        "Tin\n\nNgày 22 tháng 12 năm 2015, Khối thi đua Công thương tổ chức hội nghị tổng kết "
        "công tác thi đua, đồng thời bàn phương hướng, nhiệm vụ năm 2016.",
        ("year_end_review", "2015-12-22", "2015"),
    ),
    (
        "Tin\n\nSáng 20/12/2019, Cụm thi đua số 3 tổng kết công tác thi đua, khen thưởng và "
        "triển khai kế hoạch năm 2020.",
        ("year_end_review", "2019-12-20", "2019"),
    ),
    (
        "Tin\n\nChiều 28-11-2022, tại hội nghị tổng kết phong trào thi đua, Khối thi đua Nội "
        "chính thống nhất chương trình công tác năm 2023.",
        ("year_end_review", "2022-11-28", "2022"),
    ),
]


@pytest.mark.parametrize(("text", "want"), PLAN_YEAR_AT_A_REVIEW)
def test_a_year_after_the_reviews_own_date_is_the_plans(
    text: str, want: tuple[str, str, str]
) -> None:
    """A review dated in December 2015 reviews 2015, whatever year its plan names."""
    assert triple(read(text)) == want


_SIGNED_2024 = (
    "Khối thi đua Y tế ký kết giao ước thi đua năm 2024\n\nChiều 5/3, Khối thi đua Y tế tổ "
    "chức hội nghị ký kết giao ước thi đua năm 2024.\n\n"
)
LAST_YEAR_RECOUNTED_AT_A_COVENANT = [
    "Nhìn lại năm 2023 – năm Sở Y tế làm Khối trưởng, các bệnh viện đều hoàn thành nhiệm vụ.",
    "Nhìn lại năm 2023: Khối có 9 đơn vị hoàn thành xuất sắc nhiệm vụ.",
    "Điểm lại năm qua: các bệnh viện trong Khối đều hoàn thành nhiệm vụ được giao.",
    "Mở đầu, bà Lê Thị Tám, đại diện đơn vị Khối trưởng, nhắc lại kết quả bình xét thi đua "
    "năm 2023 của Khối: Sở Y tế được suy tôn dẫn đầu.",
    "Ông Trần Văn Bảy nhắc lại việc bình chọn thi đua năm 2023 của Khối, khi Bệnh viện Đa "
    "khoa tỉnh dẫn đầu.",
    "Đại diện đơn vị Khối trưởng ôn lại kết quả họp xét khen thưởng năm 2023 của Khối.",
]


@pytest.mark.parametrize("text", LAST_YEAR_RECOUNTED_AT_A_COVENANT)
def test_last_year_recounted_at_a_covenant_is_no_review(text: str) -> None:
    """A look back opening a paragraph, or an earlier vote recalled, is no review held."""
    assert triple(read(_SIGNED_2024 + text)) == ("covenant_signing", "2024-03-05", "2024")


def test_a_look_back_the_meeting_makes_is_still_a_review() -> None:
    """'đã nhìn lại năm 2023 và ký kết giao ước năm 2024': the meeting reviews the year."""
    text = (
        "Khối thi đua Y tế tổng kết và ký giao ước\n\nChiều 5/1, Khối thi đua Y tế đã nhìn "
        "lại năm 2023 và ký kết giao ước thi đua năm 2024."
    )
    assert triple(read(text)) == ("year_end_review", "2024-01-05", "2023")


MID_YEAR = [
    ("Tin\n\nNgày 12/7, Khối thi đua Xây dựng tổ chức sơ kết 6 tháng đầu năm 2022.", "2022-H1"),
    (
        "Tin\n\nNgày 12/7, Khối thi đua Xây dựng tổ chức sơ kết công tác thi đua sáu tháng đầu "
        "năm 2022.",
        "2022-H1",
    ),
    (
        "Tin\n\nNgày 12/10, Khối thi đua Xây dựng tổ chức hội nghị sơ kết công tác thi đua 9 "
        "tháng đầu năm 2022.",
        "2022-9M",
    ),
    (
        "Khối thi đua Xây dựng sơ kết công tác thi đua năm 2022\n\nNgày 12/7, Khối thi đua Xây "
        "dựng tổ chức hội nghị sơ kết, đánh giá kết quả 6 tháng đầu năm.",
        "2022-H1",
    ),
]


@pytest.mark.parametrize(("text", "period"), MID_YEAR)
def test_mid_year_reviews(text: str, period: str) -> None:
    """Sơ kết 6 tháng / 9 tháng: mid_year_review with H1 or 9M."""
    got = read(text)
    assert (got.type, got.period) == ("mid_year_review", period)


# --- dates ----------------------------------------------------------------------------------

NOT_MEETING_DAYS = [
    "Nguồn: Báo Sông Lam, ngày 12/3/2023",
    "hướng tới kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025)",
    "thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2023 của UBND tỉnh",
    "thời gian thi đua tính đến hết ngày 31/12/2023",
    "các đơn vị gửi hồ sơ trước ngày 15/11/2023",
    "Thời gian thi đua từ ngày 01/01/2024",
]


@pytest.mark.parametrize("text", NOT_MEETING_DAYS)
def test_dates_that_are_never_the_meeting(text: str) -> None:
    """Source lines, anniversary spans, document dates and deadlines are not meeting days."""
    found = [d for d in dates.find_dates(text) if d.day is not None]
    assert found
    assert all(dates.not_meeting_reason(text, d) is not None for d in found)


MEETING_DAYS = [
    ("Cụm thi đua số 7: Ngày 26/2, tại Công an tỉnh đã diễn ra hội nghị", "--02-26"),
    ("Từ ngày 06/11/2020 - 09/11/2020, đoàn kiểm tra của cụm làm việc", "2020-11-06"),
    ("Sáng nay, 26/5/2016 Hội Chữ thập đỏ tỉnh chủ trì hội nghị", "2016-05-26"),
    ("Ngày 10 và 11 tháng 8 vừa qua, cụm tổ chức hội thao", "--08-10"),
]


@pytest.mark.parametrize(("text", "value"), MEETING_DAYS)
def test_dates_that_can_be_the_meeting(text: str, value: str) -> None:
    """A bloc number, a range of days and "Sáng nay," do not hide the meeting day."""
    found = [d for d in dates.find_dates(text) if d.day is not None]
    assert found[0].value == value
    assert dates.not_meeting_reason(text, found[0]) is None


def test_trap_dates_in_an_article_are_skipped() -> None:
    """The meeting day is the dated meeting sentence's, not a source line or a document date."""
    text = (
        "Cụm thi đua số 6 tổng kết năm 2023\n\nThực hiện Kế hoạch số 45/KH-CTĐ ngày 2/10/2023 "
        "của Cụm, chiều 21/12, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua "
        "năm 2023 (1993 - 2023: 30 năm thành lập).\n\nNguồn: Cổng thông tin tỉnh, 25/12/2023"
    )
    assert triple(read(text)) == ("year_end_review", "2023-12-21", "2023")


YEAR_RESOLUTION = [
    (
        "Tin\n\nChiều 4/1, Khối thi đua Đoàn thể tổ chức tổng kết công tác thi đua năm 2021.",
        None,
        "2022-01-04",
    ),
    (
        "Tin\n\nChiều 27/3, Khối thi đua Đoàn thể tổ chức tổng kết công tác thi đua năm 2021.",
        None,
        "2022-03-27",
    ),
    (
        "Tin\n\nChiều 12/12, Khối thi đua Đoàn thể ký kết giao ước thi đua năm 2023.",
        None,
        "2022-12-12",
    ),
    (
        "Tin\n\nChiều 31-10, Cụm thi đua số 8 tổ chức ký kết giao ước thi đua năm 2019.",
        "2019-11-01",
        "2019-10-31",
    ),
    (
        "Tin\n\nSáng 18.2, Cụm thi đua Ban Chỉ huy quân sự các huyện ký kết giao ước thi đua.",
        "2020-02-19T11:51:00",
        "2020-02-18",
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), YEAR_RESOLUTION)
def test_meeting_year_resolution(text: str, published: str | None, want: str) -> None:
    """The meeting does not precede its period; the page date settles what the text leaves open."""
    assert read(text, published=published).date == want


def test_a_late_page_date_does_not_move_the_meeting() -> None:
    """A page put up months after the meeting (a re-post) leaves the text's year."""
    text = "Tin\n\nChiều 4/1, Khối thi đua Đoàn thể tổ chức tổng kết công tác thi đua năm 2022."
    assert read(text, published="2024-03-01").date == "2023-01-04"
    assert read(text, published="2023-01-06").date == "2023-01-04"


def test_a_range_gives_its_first_day() -> None:
    """ "Trong hai ngày 23 và 24/11/2023" and "các ngày 04, 05/4" give the first day."""
    two_days = "Tin\n\nTrong hai ngày 23 và 24/11/2023, Cụm thi đua số 1 tổ chức hội thao."
    assert read(two_days).date == "2023-11-23"
    assert (
        read(
            "Tin\n\nCác ngày 04, 05/4/2024, Cụm thi đua số 9 tổ chức hội nghị sơ kết, hội thao."
        ).date
        == "2024-04-04"
    )


# --- the URL slug is one vote ---------------------------------------------------------------


def test_url_slug_decides_when_the_text_has_no_trigger() -> None:
    """Without a trigger in the text, the slug's vote decides (and its year is the period)."""
    text = "Tin\n\nCác đơn vị trong Cụm thi đua số 3 đã hoàn thành tốt nhiệm vụ được giao."
    url = "https://vnx.vn/cum-thi-dua-so-3-tong-ket-cong-tac-thi-dua-nam-2021-5566.html"
    got = read(text, url=url)
    assert (got.type, got.period) == ("year_end_review", "2021")


def test_url_slug_does_not_override_the_reported_meeting() -> None:
    """A reported, dated mid-year review outweighs a slug that says tong-ket."""
    text = "Tin\n\nNgày 14/7, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2021."
    url = "https://vnx.vn/cum-thi-dua-so-3-tong-ket-5567.html"
    assert triple(read(text, url=url)) == ("mid_year_review", "2021-07-14", "2021-H1")


def test_a_section_name_in_the_url_is_not_a_vote() -> None:
    """Only the slug votes: "/kiem-tra-giam-sat/" is the site's section, not an inspection."""
    text = "Tin\n\nChiều 9/9, Cụm thi đua số 2 tổ chức giao lưu bóng đá."
    url = "https://vnx.vn/kiem-tra-giam-sat/cum-thi-dua-so-2-giao-luu-bong-da-5568.html"
    assert read(text, url=url).type == "other"
    assert events.url_slug(url) == "cum-thi-dua-so-2-giao-luu-bong-da-5568.html"


def test_no_trigger_no_url_is_other() -> None:
    """Nothing said about a meeting: other, no period."""
    got = read("Tin\n\nCụm thi đua số 3 có 9 đơn vị thành viên.")
    assert (got.type, got.period, got.type_rule) == ("other", None, None)


# --- the rule files compile once, typed, and fail loudly ------------------------------------


def _clear_rule_caches() -> None:
    """Forget every compiled rule file."""
    rules.load.cache_clear()
    events.event_rules.cache_clear()
    dates.date_rules.cache_clear()


@pytest.fixture
def rules_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the rules folder, in use until the test ends."""
    src = rules.rules_dir()
    for f in src.rglob("*"):
        if f.is_file():
            dest = tmp_path / f.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(f.read_bytes())
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    _clear_rule_caches()
    yield tmp_path
    monkeypatch.undo()
    _clear_rule_caches()


def _edit(path: Path, old: str, new: str) -> None:
    """Replace one piece of a rule file (which must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_broken_events_regex_names_its_file(rules_copy: Path) -> None:
    """A trigger that does not compile raises RuleError naming rules/events.yaml."""
    _edit(rules_copy / "events.yaml", 'regex: "tổng kết(?!', 'regex: "(tổng kết(?!')
    with pytest.raises(RuleError, match=r"rules/events\.yaml"):
        events.event_rules()


def test_a_broken_dates_regex_names_its_file(rules_copy: Path) -> None:
    """A date pattern that does not compile raises RuleError naming rules/dates.yaml."""
    _edit(rules_copy / "dates.yaml", "regex: '(?<!{WORD})năm", "regex: '((?<!{WORD})năm")
    with pytest.raises(RuleError, match=r"rules/dates\.yaml"):
        dates.date_rules()


def test_an_upper_case_trigger_is_refused(rules_copy: Path) -> None:
    """Triggers run on the case-folded text, so the rule file must write them in lower case."""
    _edit(rules_copy / "events.yaml", 'regex: "tổng kết(?!', 'regex: "Tổng kết(?!')
    with pytest.raises(RuleError, match="lower case"):
        events.event_rules()


def test_rules_are_typed_and_compiled_once() -> None:
    """One frozen object per rule file, the same object on every call."""
    assert events.event_rules() is events.event_rules()
    assert dates.date_rules() is dates.date_rules()
    names = [t.name for t in events.event_rules().triggers]
    assert len(names) == len(set(names))
    with pytest.raises(AttributeError):
        events.event_rules().weights.title = 0  # type: ignore[misc]


ORGANISER_ASSIGNS = [
    "Phân công cụm, khối thi đua năm 2024\n\nUBND tỉnh vừa có thông báo số 12/TB-UBND. Theo đó, "
    "năm 2024 UBND tỉnh tổ chức ký kết giao ước thi đua đối với Cụm thi đua các huyện và Khối "
    "thi đua các sở.",
    "Tin\n\nTheo kế hoạch của Ban Thi đua tỉnh, năm 2024 Sở Nội vụ tổ chức ký kết giao ước thi "
    "đua cho các khối thi đua của tỉnh.",
    "Tin\n\nNăm 2023, Hội đồng Thi đua tỉnh tổ chức tổng kết cho các cụm thi đua huyện, thị xã.",
]


@pytest.mark.parametrize("text", ORGANISER_ASSIGNS)
def test_an_organiser_holding_meetings_for_the_blocs_is_no_meeting(text: str) -> None:
    """ "UBND tỉnh tổ chức ký kết giao ước đối với Cụm ...": an assignment, not a meeting."""
    assert read(text).type == "other"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Tin\n\nDự Hội nghị có đồng chí Phó Bí thư Huyện ủy. Đồng chí Trần Văn Lợi, cụm "
            "trưởng cụm thi đua số 3 chủ trì hội nghị, đề ra nội dung thi đua năm 2015.",
            "https://huyen.example.vn/post/12/ky-ket-giao-uoc-thi-dua-cum-thi-dua-so-3-nam-2015.aspx",
        ),
        (
            "Tin\n\nSáng nay, các ấp trong Cụm thi đua số 2 họp bàn nội dung thi đua, tổng kết "
            "công tác năm 2016.",
            "https://xa.example.vn/tin/ky-ket-giao-uoc-thi-dua-nam-2017-cum-2.html",
        ),
        (
            "Tin\n\nHội nghị của Khối thi đua các hội đặc thù diễn ra tại hội trường tỉnh, bàn "
            "nội dung thi đua năm 2019.",
            "https://tinh.example.vn/khoi-thi-dua-ky-ket-giao-uoc-nam-2019.html",
        ),
    ],
)
def test_a_covenant_known_only_from_the_url_gives_an_event(text: str, url: str) -> None:
    """The URL's covenant vote wins where the text tells of no covenant: no crash, an event."""
    assert read(text, url=url).type in {"covenant_signing", "year_end_review"}


RECOUNTED_IN_A_QUOTE = [
    "Cụm thi đua các chi nhánh miền núi: đoàn kết, đổi mới\n\nÔng A, Giám đốc chi nhánh tỉnh B, "
    "cho biết: “Thời gian qua, Cụm đã tích cực hưởng ứng các phong trào. Năm 2022, qua bình xét "
    "của Cụm, hai chi nhánh đã vinh dự được Thống đốc tặng Cờ thi đua”.",
    "Khối thi đua các hội: một chặng đường\n\nChủ tịch Hội C nhớ lại: “Năm 2019, Khối đã hoàn "
    "thành xuất sắc các chỉ tiêu giao ước, nhiều đơn vị được khen thưởng”.",
    "Cụm thi đua số 3: những dấu ấn\n\nTheo ông D, “trong năm 2020, các đơn vị trong Cụm đã đạt "
    "nhiều kết quả đáng ghi nhận”, và Cụm sẽ tiếp tục đổi mới.",
]


@pytest.mark.parametrize("text", RECOUNTED_IN_A_QUOTE)
def test_a_year_recounted_in_a_quote_is_no_review(text: str) -> None:
    """A speaker's "Năm 2022, ... đã ..." inside quotation marks recounts the past: with no
    meeting reported, the article reports no review of that year."""
    assert read(text).type == "other"


def test_a_meeting_reported_beside_a_quote_still_decides() -> None:
    """The reporting sentence outside the quote decides as before."""
    text = (
        "Tin\n\nSáng 5/1/2024, Cụm thi đua số 3 tổng kết công tác thi đua năm 2023. Ông D cho "
        "biết: “Năm 2023, các đơn vị đã hoàn thành xuất sắc nhiệm vụ”."
    )
    assert triple(read(text)) == ("year_end_review", "2024-01-05", "2023")


CITED_LAW_DATES = [
    "Quyết định giao nhiệm vụ Cụm trưởng năm 2020\n\nCăn cứ Luật Thi đua, Khen thưởng ngày 26 "
    "tháng 11 năm 2003; Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ; "
    "Bộ trưởng giao nhiệm vụ Cụm trưởng các Cụm thi đua năm 2020.",
    "Quyết định phân công Cụm thi đua\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; "
    "Chủ tịch UBND tỉnh phân công các cụm thi đua năm 2023.",
]


@pytest.mark.parametrize("text", CITED_LAW_DATES)
def test_the_date_of_a_cited_law_is_no_meeting_day(text: str) -> None:
    """ "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003": a law's date."""
    assert read(text).date is None


def test_a_date_after_a_comma_that_follows_luat_is_still_a_meeting_day() -> None:
    """ "Thực hiện luật định, ngày 5/1/2024 Khối họp": the date opens a new clause."""
    text = "Tin\n\nThực hiện luật định, ngày 5/1/2024 Khối thi đua số 3 tổng kết năm 2023."
    assert read(text).date == "2024-01-05"


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Tập đoàn sôi nổi hoạt động quý III\n\nTháng 9/2016, Đoàn Tập đoàn tổng kết chiến "
        "dịch tình nguyện hè và kiện toàn các khối thi đua năm 2016.",
        "Tin\n\nSáng 12/8/2023, Cụm thi đua các huyện miền núi tổng kết hội thao công nhân viên "
        "chức lần thứ V.",
        "Tin\n\nNgày 20/10/2022, Khối thi đua các trường tổng kết lớp tập huấn nghiệp vụ thi đua, "
        "khen thưởng.",
    ],
)
def test_summing_up_a_campaign_contest_or_course_is_no_year_review(text: str) -> None:
    """ "tổng kết chiến dịch tình nguyện hè", "tổng kết hội thao", "tổng kết lớp tập huấn": a
    campaign, contest or course summed up, not the emulation year reviewed."""
    assert read(text).type != "year_end_review"


BRIEFING_AT_THE_SIGNING = [
    (
        "Hội nghị giao ban lần thứ nhất khối thi đua các trường\n\nChiều 25/9/2019, khối thi đua "
        "các trường tổ chức Hội nghị giao ban lần thứ nhất và ký kết giao ước thi đua năm học "
        "2019-2020.",
        ("covenant_signing", "2019-09-25", "2019-2020"),
    ),
    (
        "Cụm thi đua số 3 giao ban quý I\n\nSáng 12/3/2024, Cụm thi đua số 3 họp giao ban, đồng "
        "thời tổ chức ký kết giao ước thi đua năm 2024.",
        ("covenant_signing", "2024-03-12", "2024"),
    ),
    (
        "Giao ban Khối thi đua Nội chính\n\nNgày 20/2/2023, Khối thi đua Nội chính giao ban công "
        "tác thi đua và ký giao ước thi đua năm 2023.",
        ("covenant_signing", "2023-02-20", "2023"),
    ),
]


@pytest.mark.parametrize(("text", "want"), BRIEFING_AT_THE_SIGNING)
def test_a_briefing_that_signs_the_covenant_stays_a_covenant(
    text: str, want: tuple[str, str, str]
) -> None:
    """ "giao ban ... và ký kết giao ước": a briefing reviews no year at the signing."""
    assert triple(read(text)) == want


INSPECTION_WITH_ITS_PURPOSE = [
    (
        "Kiểm tra công tác thi đua Khối thi đua các Bộ, ngành kinh tế\n\nTrong hai ngày 21 và "
        "22/1/2016, Đoàn kiểm tra của Khối thi đua các Bộ, ngành kinh tế đã đi kiểm tra chéo các "
        "đơn vị trong Khối để đánh giá công tác thi đua, khen thưởng năm 2015.",
        "inspection",
    ),
    (
        "Cụm thi đua số 2 kiểm tra chéo\n\nNgày 10/11/2023, đoàn kiểm tra Cụm thi đua số 2 đã "
        "kiểm tra chéo tại Sở Tư pháp nhằm đánh giá kết quả thi đua năm 2023.",
        "inspection",
    ),
    (
        "Khối thi đua Văn hóa kiểm tra chéo\n\nSáng 2/12/2024, Khối thi đua Văn hóa kiểm tra chéo "
        "các đơn vị thành viên để đánh giá, xếp hạng thi đua năm 2024.",
        "inspection",
    ),
]


@pytest.mark.parametrize(("text", "want"), INSPECTION_WITH_ITS_PURPOSE)
def test_the_purpose_of_an_inspection_is_no_review(text: str, want: str) -> None:
    """ "kiểm tra chéo ... để đánh giá công tác thi đua năm 2015": what the inspection is for
    weighs less than the inspection itself."""
    assert read(text).type == want


PLAN_YEAR_OF_AN_UNDATED_REVIEW = [
    (
        "Cụm thi đua Tây Nam tổng kết\n\nBáo cáo kết quả công tác thi đua khen thưởng của các "
        "đơn vị trong Cụm và phương hướng nhiệm vụ năm 2021 được trình bày tại hội nghị tổng "
        "kết công tác thi đua của Cụm thi đua Tây Nam.",
        "2020",
    ),
    (
        "Khối thi đua các hội tổng kết\n\nKhối thi đua các hội tổ chức hội nghị tổng kết công "
        "tác thi đua và ký kết giao ước thi đua năm 2024.",
        "2023",
    ),
    (
        "Cụm thi đua số 2 tổng kết\n\nCụm thi đua số 2 tổ chức tổng kết, bàn kế hoạch công tác "
        "thi đua năm 2019.",
        "2018",
    ),
]


@pytest.mark.parametrize(("text", "period"), PLAN_YEAR_OF_AN_UNDATED_REVIEW)
def test_a_review_read_from_the_plans_year_reviews_the_year_before(text: str, period: str) -> None:
    """ "tổng kết ... phương hướng nhiệm vụ năm 2021" with no other year: 2020 is reviewed."""
    e = read(text)
    assert (e.type, e.period) == ("year_end_review", period)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Cụm II tổng kết\n\nUBMTTQ huyện A vừa chủ trì Hội nghị tổng kết giao ước thi đua năm "
            "2021 của Cụm thi đua số II.",
            "2021",
        ),
        (
            "Khối thi đua Nội chính tổng kết\n\nKhối thi đua Nội chính tổng kết thực hiện giao ước "
            "thi đua năm 2022.",
            "2022",
        ),
        (
            "Cụm thi đua số 4 tổng kết\n\nCụm thi đua số 4 tổng kết công tác thi đua năm 2023 và "
            "phương hướng nhiệm vụ năm 2024.",
            "2023",
        ),
    ],
)
def test_the_reviewed_covenant_or_year_stays_the_period(text: str, period: str) -> None:
    """ "tổng kết giao ước thi đua năm 2021" reviews that covenant; a year named first stays."""
    assert read(text).period == period


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua Tây Nam tổng kết\n\nHội nghị tổng kết công tác thi đua của Cụm thi đua Tây "
        "Nam đã bầu Cụm trưởng và Cụm phó năm 2021.",
        "Khối thi đua Kinh tế tổng kết\n\nKhối thi đua Kinh tế họp tổng kết, bầu Khối trưởng "
        "năm 2024.",
    ],
)
def test_a_terms_year_is_no_period(text: str) -> None:
    """ "bầu Cụm trưởng năm 2021" at a review names the term, not the year reviewed."""
    e = read(text)
    assert e.type == "year_end_review" and e.period not in {"2021", "2024"}


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "Tin\n\nCác đơn vị trong Khối thi đua Nội chính đã đăng ký giao ước thi đua năm 2023.",
            False,
        ),
        ("Tin\n\nCụm thi đua số 2 thông qua nội dung đăng ký giao ước thi đua năm 2024.", False),
        ("Tin\n\nKhối thi đua Nội chính đã ký kết giao ước thi đua năm 2023.", True),
        ("Tin\n\nCụm thi đua số 2 tổ chức ký giao ước thi đua năm 2024.", True),
    ],
)
def test_registering_a_covenant_is_no_signing(text: str, signed: bool) -> None:
    """ "đăng ký giao ước" (a unit registering its targets) is no "ký giao ước" signing: only
    the weaker covenant word fires."""
    ctx = context(text)
    rules_fired = {c.rule.name for c in events.candidates(ctx, events.layout(ctx))}
    assert ("covenant" in rules_fired) is signed
