"""Blocs (issue 8, behaviour 2): names, grouping, numbers, URL slugs and which bloc owns a fact.

Every sentence here is written for these tests (invented units, real province names); each
phenomenon has several wordings, positive and negative. Cases the code does not handle yet
are kept in separate lists marked xfail(strict=True), so they flip to failures once fixed.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.facts.blocs import find_blocs, url_bloc
from extract.facts.context import build_context
from extract.model import Article, Bloc, Facts
from extract.nlp.blocs import bloc_rules, find_bloc_mentions
from extract.nlp.tagger import tag
from extract.text.normalize import normalize


def article(text: str, url: str | None = None) -> Article:
    """An Article from text whose first line is the title."""
    norm = normalize(text).text.strip()
    first = norm.split("\n", 1)[0]
    return Article(id="t", text=norm, title=first, title_span=(0, len(first)), url=url)


def facts(text: str, url: str | None = None) -> Facts:
    """Every fact of the article."""
    return extract_facts(article(text, url))


def bloc_names(text: str, url: str | None = None) -> list[str]:
    """Names of the blocs extract_facts keeps, main bloc first."""
    return [b.name for b in facts(text, url).blocs]


def mention_names(text: str) -> list[str]:
    """Distinct names of the bloc mentions, in text order."""
    return list(dict.fromkeys(m.name for m in find_bloc_mentions(normalize(text).text)))


def entities(text: str) -> list[tuple[str, int]]:
    """(name, number of mentions) of each bloc the mentions group into, main bloc first."""
    art = article(text)
    return [(e.name, len(e.mentions)) for e in find_blocs(build_context(art, tag(art.text)))]


def by_name(text: str) -> dict[str, Bloc]:
    """The kept blocs keyed by name."""
    return {b.name: b for b in facts(text).blocs}


# --- a bare head with a lower-case noun is a bloc where emulation is spoken of -------------

BARE_HEAD_IN_CONTEXT = [
    (
        "Tin\n\nChiều 20/12, Khối cơ quan nội chính tổng kết công tác thi đua, khen thưởng "
        "năm 2023.",
        "Khối cơ quan nội chính",
    ),
    (
        "Tin\n\nSáng 12/1, cụm miền núi của tỉnh tổ chức tổng kết phong trào thi đua năm 2023.",
        "cụm miền núi",
    ),
    (
        "Tin\n\nNăm 2022, khối doanh nghiệp nhà nước đã ký kết giao ước thi đua với 12 nội dung.",
        "khối doanh nghiệp nhà nước",
    ),
    (
        "Tin\n\nHội nghị sơ kết thi đua 6 tháng của cụm các xã ven biển diễn ra sáng 10/7.",
        "cụm các xã ven biển",
    ),
    (
        "Tin\n\nChiều 15/12, cụm vùng cao biên giới họp bình xét thi đua năm 2023.",
        "cụm vùng cao biên giới",
    ),
]


@pytest.mark.parametrize(("text", "name"), BARE_HEAD_IN_CONTEXT)
def test_bare_head_with_lower_case_noun_is_a_bloc(text: str, name: str) -> None:
    """ "Khối cơ quan nội chính", "cụm miền núi": a bloc when the sentence speaks of emulation."""
    assert mention_names(text) == [name]
    assert bloc_names(text) == [name]


BARE_HEAD_REPORTED_NOT_KEPT = [
    (
        "Tin\n\nKhối đoàn thể chính trị - xã hội ký kết giao ước thi đua năm 2024 vào sáng 6/3.",
        "Khối đoàn thể chính trị - xã hội",
    ),
    (
        "Tin\n\nCụm đồng bằng ven sông tổ chức hội nghị tổng kết công tác thi đua năm 2021.",
        "Cụm đồng bằng ven sông",
    ),
    (
        "Tin\n\nCụm đồng bằng ven sông xếp hạng thi đua năm 2021 cho 7 xã.",
        "Cụm đồng bằng ven sông",
    ),
    (
        "Tin\n\nSáng 14/1, cụm trung du phía Bắc đã long trọng tổ chức tổng kết phong trào thi "
        "đua năm 2023.",
        "cụm trung du phía Bắc",
    ),
    (
        "Tin\n\nLễ ký kết giao ước thi đua năm 2024 của khối đoàn thể chính trị - xã hội diễn ra "
        "tại Hội trường tỉnh.",
        "khối đoàn thể chính trị - xã hội",
    ),
    (
        "Tin\n\nHội nghị bình xét thi đua năm 2022 của Cụm hải đảo ven bờ đã diễn ra sáng 20/12.",
        "Cụm hải đảo ven bờ",
    ),
    (
        "Tin\n\nKhối lực lượng vũ trang vừa bình xét thi đua năm 2023 cho 5 đơn vị.",
        "Khối lực lượng vũ trang",
    ),
]


@pytest.mark.parametrize(("text", "name"), BARE_HEAD_REPORTED_NOT_KEPT)
def test_bare_head_reporting_a_meeting_is_kept(text: str, name: str) -> None:
    """A bare-head bloc whose meeting is reported is kept, whatever its noun."""
    assert mention_names(text) == [name]
    assert bloc_names(text) == [name]


BARE_HEAD_NEAR_MISS = [
    "Tin\n\nKhu dân cư khối phố 3 tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
    "Tin\n\nCụm công nghiệp Phú Sơn tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
    "Tin\n\nĐảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
    "Tin\n\nCụm di tích đền thờ tổ chức lễ hội xuân; du khách tham gia các trò chơi dân gian.",
    "Tin\n\nHội nghị tổng kết của khối phố Tân An diễn ra tối 20/12 tại nhà văn hóa.",
    "Tin\n\nCụm Công nghiệp Hòa Lạc tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
    "Tin\n\nKhối lớp 12 tổ chức hội nghị phát động thi đua học tập chào mừng ngày 20/11.",
    "Tin\n\nKhối THCS của phòng giáo dục tổ chức hội nghị phát động thi đua dạy tốt.",
    "Tin\n\nKhối Văn phòng Công ty tổ chức hội nghị tổng kết phong trào thi đua lao động giỏi.",
]


@pytest.mark.parametrize("text", BARE_HEAD_NEAR_MISS)
def test_near_miss_reporting_a_meeting_is_no_bloc(text: str) -> None:
    """ "khối phố", "Cụm công nghiệp", "Đảng ủy Khối": a meeting does not make them blocs."""
    assert bloc_names(text) == []


BARE_HEAD_ELSEWHERE = [
    "Tin\n\nKhối cơ quan nội chính có nhiều cán bộ trẻ, năng động.",
    "Tin\n\nCụm công nghiệp Tân Phú đã tổng kết năm 2023 với doanh thu tăng.",
    "Tin\n\nNhà trường chia học sinh thành khối tự nhiên và khối xã hội.",
    "Tin\n\nDu khách ghé thăm cụm di tích đền chùa cổ kính.",
    "Tin\n\nCụm miền núi phía Tây có nhiều thác nước đẹp, thu hút du khách.",
    "Tin\n\nĐại đội được chia thành khối hành chính và khối chiến đấu.",
    "Tin\n\nTrong khối đoàn thể, các hội viên sinh hoạt định kỳ mỗi tháng.",
    "Tin\n\nKhối lượng công việc năm nay rất lớn, cần tổng kết sớm.",
]


@pytest.mark.parametrize("text", BARE_HEAD_ELSEWHERE)
def test_bare_head_outside_emulation_is_no_bloc(text: str) -> None:
    """ "khối tự nhiên", "cụm di tích", "Cụm công nghiệp": no bloc without emulation."""
    assert mention_names(text) == []
    assert bloc_names(text) == []


# --- names end where they end ------------------------------------------------------------

ENDS_AT_A_VERB = [
    (
        "Tin\n\nKhối thi đua các doanh nghiệp công nghiệp tổ chức hội nghị tổng kết năm 2023.",
        "Khối thi đua các doanh nghiệp công nghiệp",
    ),
    (
        "Tin\n\nChiều 4/1, Cụm thi đua các huyện trung du tiến hành tổng kết công tác thi đua "
        "năm 2022.",
        "Cụm thi đua các huyện trung du",
    ),
    (
        "Tin\n\nKhối thi đua Văn hóa - Xã hội đã long trọng ký giao ước thi đua năm 2024 tại "
        "Nhà văn hóa tỉnh.",
        "Khối thi đua Văn hóa - Xã hội",
    ),
    (
        "Tin\n\nVừa qua, Khối thi đua các cơ quan tư pháp ký kết giao ước thi đua năm 2021.",
        "Khối thi đua các cơ quan tư pháp",
    ),
    (
        "Tin\n\nKhối thi đua các trường cao đẳng bình xét thi đua năm 2020.",
        "Khối thi đua các trường cao đẳng",
    ),
    (
        "Tin\n\nKhối thi đua các ban Đảng triển khai nhiệm vụ năm 2022.",
        "Khối thi đua các ban Đảng",
    ),
    (
        "Tin\n\nCụm thi đua các huyện phía Nam vừa tổng kết phong trào thi đua năm 2023.",
        "Cụm thi đua các huyện phía Nam",
    ),
    (
        "Tin\n\nKhối thi đua các cơ quan khoa học ký giao ước thi đua năm 2023.",
        "Khối thi đua các cơ quan khoa học",
    ),
    (
        "Tin\n\nNgày 8/1, hội nghị tổng kết năm 2023 của Khối thi đua Nông nghiệp - Nông thôn "
        "đã diễn ra tại Sở Nông nghiệp.",
        "Khối thi đua Nông nghiệp - Nông thôn",
    ),
    (
        "Tin\n\nSáng 2/3, Cụm thi đua các xã vùng trũng đồng loạt ký giao ước thi đua năm 2024.",
        "Cụm thi đua các xã vùng trũng",
    ),
]


ENDS_AT_AN_ACTIVITY = [
    (
        "Tin\n\nKhối thi đua các cơ quan tham mưu tổng hợp giao lưu thể thao chào mừng năm mới.",
        "Khối thi đua các cơ quan tham mưu tổng hợp",
    ),
    (
        "Tin\n\nCụm thi đua các huyện miền núi gặp mặt đầu xuân và ký giao ước thi đua năm 2024.",
        "Cụm thi đua các huyện miền núi",
    ),
    (
        "Tin\n\nKhối thi đua các doanh nghiệp nhà nước sinh hoạt chuyên đề về thi đua năm 2023.",
        "Khối thi đua các doanh nghiệp nhà nước",
    ),
    (
        "Tin\n\nCụm thi đua các xã ven biển tham quan mô hình điểm trước khi tổng kết năm 2023.",
        "Cụm thi đua các xã ven biển",
    ),
    (
        "Tin\n\nKhối thi đua các trường chuyên nghiệp dâng hương tại khu di tích nhân dịp tổng "
        "kết thi đua.",
        "Khối thi đua các trường chuyên nghiệp",
    ),
]


@pytest.mark.parametrize(("text", "name"), ENDS_AT_AN_ACTIVITY)
def test_name_ends_before_an_activity(text: str, name: str) -> None:
    """ "giao lưu", "gặp mặt", "sinh hoạt", "tham quan": a bloc's activity is not its name."""
    assert bloc_names(text) == [name]


@pytest.mark.parametrize(("text", "name"), ENDS_AT_A_VERB)
def test_name_ends_before_its_verb(text: str, name: str) -> None:
    """The descriptor runs to the verb of the sentence, not through it."""
    assert bloc_names(text) == [name]


DASH_INTO_NEXT_SENTENCE = [
    (
        "Tin\n\nKhối thi đua các hội nghề nghiệp – Sáng 6/1, hội nghị tổng kết thi đua năm "
        "2023 đã diễn ra.",
        "Khối thi đua các hội nghề nghiệp",
    ),
    (
        "Tin\n\nTổng kết năm 2022 của Khối thi đua Kinh tế tổng hợp - Chiều 28/12, các đơn vị "
        "trong khối họp bình xét.",
        "Khối thi đua Kinh tế tổng hợp",
    ),
    (
        "Tin\n\nKhối thi đua Doanh nghiệp - Hội nghị ký kết giao ước thi đua năm 2024 diễn ra "
        "tại Công ty Điện lực.",
        "Khối thi đua Doanh nghiệp",
    ),
    (
        "Tin\n\nKhối thi đua các sở kinh tế - Thực hiện kế hoạch năm 2023, các đơn vị đã tổ "
        "chức tổng kết.",
        "Khối thi đua các sở kinh tế",
    ),
    (
        "Tin\n\nCụm thi đua các xã biên giới – Năm 2023, cụm đã hoàn thành xuất sắc nhiệm vụ "
        "thi đua.",
        "Cụm thi đua các xã biên giới",
    ),
    (
        "Tin\n\nCụm thi đua Đông Bắc – Ngày 5/1/2024, cụm tổng kết năm 2023.",
        "Cụm thi đua Đông Bắc",
    ),
    (
        "Tin\n\nKhối thi đua Nội chính - Trong năm 2023, khối đã ký kết giao ước thi đua.",
        "Khối thi đua Nội chính",
    ),
]


@pytest.mark.parametrize(("text", "name"), DASH_INTO_NEXT_SENTENCE)
def test_name_ends_at_a_dash_that_opens_the_next_sentence(text: str, name: str) -> None:
    """ "Khối thi đua X – Sáng 6/1, ...": the dash ends the name."""
    assert mention_names(text) == [name]


DASH_INTO_NEXT_SENTENCE_MISSED = [
    (
        "Tin\n\nCụm thi đua các huyện vùng cao - Nhiều kết quả nổi bật trong năm 2023 được ghi "
        "nhận tại hội nghị tổng kết.",
        "Cụm thi đua các huyện vùng cao",
    ),
    (
        "Tin\n\nKhối thi đua các cơ quan Đảng – Các đơn vị trong khối vừa ký kết giao ước thi "
        "đua năm 2024.",
        "Khối thi đua các cơ quan Đảng",
    ),
    (
        "Tin\n\nCụm thi đua các phường nội thành – Những kết quả đáng ghi nhận năm 2023 đã được "
        "nêu tại hội nghị.",
        "Cụm thi đua các phường nội thành",
    ),
    (
        "Tin\n\nKhối thi đua Văn hóa - Xã hội – Một số đơn vị trong khối đã hoàn thành sớm chỉ "
        "tiêu năm 2023.",
        "Khối thi đua Văn hóa - Xã hội",
    ),
    (
        "Tin\n\nCụm thi đua các huyện phía Tây - Hầu hết các huyện trong cụm đều vượt chỉ tiêu "
        "thi đua.",
        "Cụm thi đua các huyện phía Tây",
    ),
    (
        "Tin\n\nKhối thi đua Nội chính - Kiểm tra chéo công tác thi đua năm 2023 diễn ra tại Công "
        "an tỉnh.",
        "Khối thi đua Nội chính",
    ),
]


@pytest.mark.parametrize(("text", "name"), DASH_INTO_NEXT_SENTENCE_MISSED)
def test_dash_then_a_capitalised_sentence_opening(text: str, name: str) -> None:
    """A sentence opening with a capitalised common word after the dash is not the name."""
    assert mention_names(text) == [name]


DASH_INSIDE_NAME = [
    (
        "Tin\n\nKhối thi đua Văn hóa - Xã hội - Thể thao ký giao ước thi đua năm 2024.",
        "Khối thi đua Văn hóa - Xã hội - Thể thao",
    ),
    ("Tin\n\nKhối thi đua Đảng - Đoàn thể tổng kết năm 2023.", "Khối thi đua Đảng - Đoàn thể"),
    (
        "Tin\n\nChiều 6/1, Khối thi đua các sở quản lý về Kinh tế - Hạ tầng ký giao ước thi "
        "đua năm 2024.",
        "Khối thi đua các sở quản lý về Kinh tế - Hạ tầng",
    ),
    (
        "Tin\n\nSáng 5/1, Khối thi đua Giao thông - Xây dựng tổ chức hội nghị tổng kết năm 2023.",
        "Khối thi đua Giao thông - Xây dựng",
    ),
    (
        "Tin\n\nCụm thi đua Công nghiệp - Xây dựng đã tổng kết năm 2023.",
        "Cụm thi đua Công nghiệp - Xây dựng",
    ),
    (
        "Tin\n\nHội nghị của Khối thi đua Thanh tra - Kiểm tra - Tư pháp diễn ra ngày 5/1/2024.",
        "Khối thi đua Thanh tra - Kiểm tra - Tư pháp",
    ),
    (
        "Tin\n\nKhối thi đua các cơ quan quản lý về Giao thông - Xây dựng ký giao ước thi đua năm "
        "2024.",
        "Khối thi đua các cơ quan quản lý về Giao thông - Xây dựng",
    ),
]


@pytest.mark.parametrize(("text", "name"), DASH_INSIDE_NAME)
def test_dash_inside_a_name_is_kept(text: str, name: str) -> None:
    """ "Văn hóa - Xã hội": a dash between name parts stays in the name."""
    assert bloc_names(text) == [name]


PARENT_TAIL = [
    (
        "Tin\n\nSáng 9/1, Cụm thi đua các tỉnh miền Trung của Liên hiệp các Hội Văn học nghệ "
        "thuật Việt Nam tổng kết năm 2023.",
        "Cụm thi đua các tỉnh miền Trung",
    ),
    (
        "Tin\n\nKhối thi đua các hội chuyên ngành của Liên hiệp các Hội Khoa học và Kỹ thuật "
        "Việt Nam ký giao ước thi đua năm 2022.",
        "Khối thi đua các hội chuyên ngành",
    ),
    (
        "Tin\n\nHội nghị tổng kết của Cụm thi đua Tây Bắc thuộc Hội Nông dân Việt Nam diễn ra "
        "ngày 3/12/2023.",
        "Cụm thi đua Tây Bắc",
    ),
    (
        "Tin\n\nKhối thi đua các trường đào tạo thuộc Tổng Liên đoàn Lao động Việt Nam sơ kết "
        "6 tháng đầu năm 2023.",
        "Khối thi đua các trường đào tạo",
    ),
    (
        "Tin\n\nCụm thi đua Đồng bằng sông Cửu Long của Hội Liên hiệp Phụ nữ Việt Nam tổng kết "
        "năm 2022.",
        "Cụm thi đua Đồng bằng sông Cửu Long",
    ),
    (
        "Tin\n\nCụm thi đua số 6 thuộc Bộ Tư pháp tổ chức tổng kết năm 2023.",
        "Cụm thi đua số 6",
    ),
]


@pytest.mark.parametrize(("text", "name"), PARENT_TAIL)
def test_parent_body_is_not_part_of_the_name(text: str, name: str) -> None:
    """ "... của Liên hiệp các Hội X Việt Nam", "thuộc Bộ ...": the parent is left out."""
    assert bloc_names(text) == [name]


def test_local_parent_stays_in_the_name() -> None:
    """ "các đơn vị sự nghiệp thuộc Sở Văn hóa" names which units: it is the name."""
    text = "Tin\n\nKhối thi đua các đơn vị sự nghiệp thuộc Sở Y tế tổng kết năm 2022."
    assert bloc_names(text) == ["Khối thi đua các đơn vị sự nghiệp thuộc Sở Y tế"]


ALL_CAPS_HEADLINE = [
    (
        "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2023\n\nSáng 10/1, Khối thi "
        "đua các hội đặc thù tổ chức hội nghị tổng kết.",
        "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ",
    ),
    (
        "CỤM THI ĐUA CÁC HUYỆN MIỀN NÚI KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2024\n\nNgày 2/3, các huyện "
        "trong cụm đã ký kết giao ước.",
        "CỤM THI ĐUA CÁC HUYỆN MIỀN NÚI",
    ),
    (
        "KHỐI THI ĐUA KINH TẾ - KỸ THUẬT SƠ KẾT 6 THÁNG ĐẦU NĂM 2022\n\nChiều 8/7, Khối thi đua "
        "Kinh tế - Kỹ thuật họp sơ kết.",
        "KHỐI THI ĐUA KINH TẾ - KỸ THUẬT",
    ),
    (
        "HỘI NGHỊ TỔNG KẾT KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH NĂM 2021\n\nChiều 29/12, hội "
        "nghị đã diễn ra.",
        "KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH",
    ),
    (
        "KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC BÌNH XÉT THI ĐUA NĂM 2020\n\nCác trường đã gửi hồ sơ "
        "về khối.",
        "KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC",
    ),
    (
        "CỤM THI ĐUA SỐ 3 TỔNG KẾT NĂM 2023\n\nNgày 4/1, Cụm thi đua số 3 tổng kết.",
        "CỤM THI ĐUA SỐ 3",
    ),
]


@pytest.mark.parametrize(("text", "name"), ALL_CAPS_HEADLINE)
def test_all_caps_headline_name_ends_at_its_verb(text: str, name: str) -> None:
    """In an all-caps headline the name still ends before "TỔNG KẾT", "KÝ KẾT", "NĂM"."""
    assert mention_names(text)[0] == name
    names = bloc_names(text)
    assert len(names) == 1  # the headline and the body's name are one bloc
    assert names[0].casefold() == name.casefold()


ABOUT_IN_NAME = [
    (
        "Tin\n\nKhối thi đua các cơ quan tham mưu về Nội chính tổng kết năm 2023.",
        "Khối thi đua các cơ quan tham mưu về Nội chính",
    ),
    (
        "Tin\n\nKhối thi đua các đơn vị quản lý nhà nước về Văn hóa - Xã hội tổ chức hội nghị "
        "tổng kết năm 2022.",
        "Khối thi đua các đơn vị quản lý nhà nước về Văn hóa - Xã hội",
    ),
    (
        "Tin\n\nCụm thi đua các cơ quan hoạt động về Khoa học kỹ thuật đã sơ kết 6 tháng đầu "
        "năm 2023.",
        "Cụm thi đua các cơ quan hoạt động về Khoa học kỹ thuật",
    ),
    (
        "Tin\n\nKhối thi đua các cơ quan quản lý nhà nước về văn hóa - xã hội tổng kết năm 2023.",
        "Khối thi đua các cơ quan quản lý nhà nước về văn hóa - xã hội",
    ),
]


@pytest.mark.parametrize(("text", "name"), ABOUT_IN_NAME)
def test_name_is_not_cut_at_about(text: str, name: str) -> None:
    """ "quản lý nhà nước về Văn hóa - Xã hội": "về" before a field stays in the name."""
    assert bloc_names(text) == [name]


ABOUT_AS_VERB = [
    (
        "Tin\n\nKhối thi đua Doanh nghiệp về dự hội nghị tổng kết năm 2023 tại tỉnh.",
        "Khối thi đua Doanh nghiệp",
    ),
    (
        "Tin\n\nKhối thi đua các sở ngành báo cáo về việc tổng kết thi đua năm 2023.",
        "Khối thi đua các sở ngành",
    ),
    (
        "Tin\n\nCụm thi đua miền Đông về thăm Khu di tích nhân dịp tổng kết năm 2023.",
        "Cụm thi đua miền Đông",
    ),
]


@pytest.mark.parametrize(("text", "name"), ABOUT_AS_VERB)
def test_about_as_a_verb_or_preposition_ends_the_name(text: str, name: str) -> None:
    """ "về dự", "về việc", "về thăm": "về" is not part of the name."""
    assert bloc_names(text) == [name]


PROVINCE_LIST_IN_NAME = [
    (
        "Tin\n\nCụm thi đua các tỉnh Quảng Nam, Quảng Ngãi, Bình Định và Phú Yên tổ chức hội "
        "nghị tổng kết năm 2023.",
        "Cụm thi đua các tỉnh Quảng Nam, Quảng Ngãi, Bình Định và Phú Yên",
    ),
    (
        "Tin\n\nNgày 5/1, Cụm thi đua Hội Nhà báo các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh tổng kết "
        "năm 2022.",
        "Cụm thi đua Hội Nhà báo các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh",
    ),
    (
        "Tin\n\nCụm thi đua Liên đoàn Lao động các tỉnh Sóc Trăng, Bạc Liêu và Cà Mau ký kết "
        "giao ước thi đua năm 2024.",
        "Cụm thi đua Liên đoàn Lao động các tỉnh Sóc Trăng, Bạc Liêu và Cà Mau",
    ),
    (
        "Tin\n\nKhối thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết năm 2021.",
        "Khối thi đua các tỉnh Tây Nguyên",
    ),
    (
        "Tin\n\nCụm thi đua Công an các tỉnh Lào Cai, Yên Bái, Hà Giang, Tuyên Quang ký giao "
        "ước thi đua năm 2023.",
        "Cụm thi đua Công an các tỉnh Lào Cai, Yên Bái, Hà Giang, Tuyên Quang",
    ),
    (
        "Tin\n\nCụm thi đua các tỉnh Đắk Lắk, Gia Lai, Kon Tum tổ chức hội nghị tổng kết năm 2022.",
        "Cụm thi đua các tỉnh Đắk Lắk, Gia Lai, Kon Tum",
    ),
]


@pytest.mark.parametrize(("text", "name"), PROVINCE_LIST_IN_NAME)
def test_name_is_not_cut_before_its_list_of_provinces(text: str, name: str) -> None:
    """ "Cụm thi đua các tỉnh A, B và C": the provinces are part of the name."""
    assert bloc_names(text) == [name]


DIVIDED_INTO_BLOCS = [
    (
        "Tin\n\nĐối với cụm thi đua các huyện, thị xã: Chia làm 3 cụm (Cụm 1 do huyện A làm cụm "
        "trưởng; Cụm 2 do huyện B làm cụm trưởng; Cụm 3 do huyện C làm cụm trưởng).",
        ["Cụm 1", "Cụm 2", "Cụm 3"],
    ),
    (
        "Tin\n\nNăm 2024, Khối thi đua các sở, ngành được chia thành 2 khối. Khối 1 do Sở Tư pháp "
        "làm khối trưởng; Khối 2 do Sở Y tế làm khối trưởng.",
        ["Khối 1", "Khối 2"],
    ),
    (
        "Tin\n\nTỉnh giao ước thi đua cho Cụm thi đua các xã; Khối thi đua các phòng ban. Cụm "
        "thi đua các xã chia ra hai cụm; Khối thi đua các phòng ban chia làm hai khối. Cụm 1 do "
        "xã A làm cụm trưởng, Cụm 2 do xã B làm cụm trưởng, Khối 1 do Phòng Nội vụ làm khối "
        "trưởng, Khối 2 do Phòng Tư pháp làm khối trưởng.",
        ["Cụm 1", "Cụm 2", "Khối 1", "Khối 2"],
    ),
]


@pytest.mark.parametrize(("text", "names"), DIVIDED_INTO_BLOCS)
def test_a_set_divided_into_blocs_is_no_bloc(text: str, names: list[str]) -> None:
    """ "Cụm thi đua các huyện: chia làm 3 cụm (Cụm 1 ...)": the numbered ones are the blocs."""
    assert sorted(bloc_names(text)) == sorted(names)


NAMED_IN_PASSING = [
    (
        "Phân công cụm, khối thi đua năm 2023\n\nTỉnh giao nhiệm vụ cho Khối thi đua các cơ "
        "quan, đơn vị do Liên minh Hợp tác xã tổ chức. Khối 1 do Sở Tư pháp làm khối trưởng, "
        "Sở Y tế làm khối phó; Khối 2 do Sở Xây dựng làm khối trưởng, Sở Công thương làm khối phó.",
        ["Khối 1", "Khối 2"],
    ),
    (
        "Phân công trưởng, phó các cụm năm 2022\n\nTheo quyết định, Cụm thi đua các xã vùng "
        "trũng gồm các cụm sau. Cụm 1 do xã An Hòa làm cụm trưởng; Cụm 2 do xã Bình Lợi làm cụm "
        "trưởng; Cụm 3 do xã Tân Phú làm cụm trưởng.",
        ["Cụm 1", "Cụm 2", "Cụm 3"],
    ),
    (
        "Kiện toàn các khối thi đua\n\nNăm 2024, ngoài Khối thi đua các doanh nghiệp do Ngân "
        "hàng Nhà nước tổ chức, tỉnh có Khối 3 do Cục Thuế làm khối trưởng và Khối 4 do Kho bạc "
        "Nhà nước làm khối trưởng.",
        ["Khối 3", "Khối 4"],
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMED_IN_PASSING)
def test_a_bloc_named_in_passing_in_a_structure_article_is_left_out(
    text: str, names: list[str]
) -> None:
    """No meeting, other blocs with leaders: a bloc with no facts of its own is not listed."""
    assert sorted(bloc_names(text)) == sorted(names)


def test_the_main_bloc_of_a_meeting_stays_without_facts_of_its_own() -> None:
    """At a meeting the main bloc is the one meeting, facts of its own or not."""
    text = (
        "Tin\n\nChiều 5/1, Cụm thi đua các xã vùng trũng tổng kết năm 2023. Cụm 1 do xã An Hòa "
        "làm cụm trưởng; Cụm 2 do xã Bình Lợi làm cụm trưởng."
    )
    assert bloc_names(text)[0] == "Cụm thi đua các xã vùng trũng"


# --- one bloc however it is named: alias, headline form, full body name ------------------

ONE_BLOC_SEVERAL_FORMS = [
    (
        "Khối thi đua Kinh tế tổng kết năm 2023\n\nChiều 5/1, Khối thi đua các cơ quan Kinh tế "
        "tổng hợp tổ chức hội nghị tổng kết.",
        "Khối thi đua các cơ quan Kinh tế tổng hợp",
    ),
    (
        "Cụm thi đua Tây Nguyên ký giao ước năm 2024\n\nSáng 3/3, Cụm thi đua Tây Nguyên, "
        "Duyên hải miền Trung và Lào ký kết giao ước thi đua năm 2024.",
        "Cụm thi đua Tây Nguyên, Duyên hải miền Trung và Lào",
    ),
    (
        "Khối Nội chính tổng kết năm 2022\n\nChiều 30/12, tại Công an tỉnh, Khối thi đua các cơ "
        "quan Nội chính tỉnh họp tổng kết phong trào thi đua năm 2022.",
        "Khối thi đua các cơ quan Nội chính",
    ),
    (
        "Khối Doanh nghiệp ký giao ước\n\nSáng 2/3, Khối thi đua các Doanh nghiệp Nhà nước ký "
        "giao ước thi đua năm 2024.",
        "Khối thi đua các Doanh nghiệp Nhà nước",
    ),
    (
        "Tin\n\nSáng 8/1, Khối thi đua các cơ quan văn hóa, xã hội (Khối Văn xã) tổng kết năm "
        "2023. Năm 2024, Khối Văn xã ký giao ước với 10 nội dung.",
        "Khối thi đua các cơ quan văn hóa, xã hội",
    ),
    (
        "Tin\n\nKhối thi đua các trường chuyên nghiệp (Khối Trường) tổng kết năm 2023 tại "
        "Trường Cao đẳng Y tế. Khối Trường có 6 đơn vị.",
        "Khối thi đua các trường chuyên nghiệp",
    ),
    (
        "Tin\n\nHội nghị của Cụm thi đua các phường trung tâm (Cụm 1) diễn ra ngày 3/1/2024. "
        "Cụm 1 gồm 6 phường.",
        "Cụm thi đua các phường trung tâm",
    ),
    (
        "Tin\n\nNgày 10/1, Khối thi đua các doanh nghiệp nhà nước (Khối thi đua Doanh nghiệp) "
        "tổng kết năm 2023. Khối thi đua Doanh nghiệp có 9 đơn vị.",
        "Khối thi đua các doanh nghiệp nhà nước",
    ),
]


@pytest.mark.parametrize(("text", "name"), ONE_BLOC_SEVERAL_FORMS)
def test_alias_headline_form_and_body_name_are_one_bloc(text: str, name: str) -> None:
    """A short headline form, a parenthesised alias and the full body name group as one bloc
    named by its full mention."""
    got = entities(text)
    assert len(got) == 1, got
    assert got[0][0] == name
    assert bloc_names(text) == [name]


HEADLINE_WORDED_OTHERWISE = [
    # a summary paragraph tells the facts before the paragraph that names the bloc
    (
        "Tổng kết cụm thi đua các huyện và thành phố\n\nHội nghị đã thống nhất suy tôn huyện "
        "Vân Sơn dẫn đầu cụm. Hội nghị cũng bầu huyện Mỹ Lâm là trưởng cụm năm 2024.\n\nNgày "
        "18/1/2024, Cụm thi đua các huyện nội địa gồm: Vân Sơn, Mỹ Lâm và thành phố Tân An đã "
        "tổ chức hội nghị tổng kết năm 2023.",
        "Cụm thi đua các huyện nội địa",
    ),
    (
        "Khối thi đua các đoàn thể tổng kết năm 2023\n\nHội Nông dân tỉnh được giao làm Khối "
        "trưởng năm 2024.\n\nChiều 28/12, Khối thi đua Mặt trận và các tổ chức chính trị - xã "
        "hội tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
        "Khối thi đua Mặt trận và các tổ chức chính trị - xã hội",
    ),
    (
        "Cụm thi đua miền núi ký giao ước năm 2024\n\nCác đơn vị thống nhất bầu huyện Vân Sơn "
        "làm Cụm trưởng năm 2024.\n\nSáng 5/3, Cụm thi đua các huyện miền núi phía Tây tổ "
        "chức ký kết giao ước thi đua năm 2024.",
        "Cụm thi đua các huyện miền núi phía Tây",
    ),
    # the page prints its headline twice, the second time under a page-date line
    (
        "Khối các Hội tổng kết năm 2023\n\nTẠP CHÍ X | 12/1/2024\n\nKhối các Hội tổng kết năm "
        "2023\n\nKhối thi đua các tổ chức xã hội - xã hội nghề nghiệp tỉnh vừa tổ chức hội nghị "
        "tổng kết năm 2023. Năm 2023, Hội Luật gia làm Khối trưởng.",
        "Khối thi đua các tổ chức xã hội - xã hội nghề nghiệp",
    ),
    (
        "Cụm miền núi ký giao ước năm 2024\n\nCụm miền núi ký giao ước năm 2024\n\nSáng 5/3/2024, "
        "Cụm thi đua các huyện miền núi phía Tây ký kết giao ước thi đua năm 2024. Huyện Vân Sơn "
        "làm Cụm trưởng năm 2024.",
        "Cụm thi đua các huyện miền núi phía Tây",
    ),
]


@pytest.mark.parametrize(("text", "name"), HEADLINE_WORDED_OTHERWISE)
def test_a_headline_worded_otherwise_is_the_leads_bloc(text: str, name: str) -> None:
    """A bloc only the headline names, worded otherwise than the one bloc of the lead, is that
    bloc, named by the body."""
    assert bloc_names(text) == [name]


def test_a_headline_bloc_stays_apart_from_several_or_other_numbered_blocs() -> None:
    """The lead naming two blocs, or a numbered bloc other than the headline's, keeps them apart."""
    two = (
        "Khối thi đua các sở tổng kết năm 2023\n\nNgày 5/1, Khối thi đua Kinh tế và Khối thi "
        "đua Văn hóa - Xã hội cùng tổ chức hội nghị tổng kết năm 2023."
    )
    assert len(entities(two)) == 3
    other = (
        "Cụm thi đua số 3 tổng kết năm 2023\n\nNgày 5/1, Cụm thi đua số 4 các huyện miền núi tổ "
        "chức hội nghị tổng kết năm 2023."
    )
    assert len(entities(other)) == 2


ALIAS_WITH_MARKER = [
    (
        "Tin\n\nSáng 8/1, Khối thi đua các cơ quan văn hóa, xã hội (gọi tắt là Khối Văn xã) "
        "tổng kết năm 2023. Năm 2024, Khối Văn xã ký giao ước với 10 nội dung.",
        "Khối thi đua các cơ quan văn hóa, xã hội",
    ),
    (
        "Tin\n\nSáng 8/1, Khối thi đua các sở kinh tế (viết tắt là Khối KT) tổng kết năm 2023. "
        "Khối KT gồm 7 sở.",
        "Khối thi đua các sở kinh tế",
    ),
    (
        "Tin\n\nCụm thi đua các huyện ven biển (sau đây gọi tắt là Cụm Biển) tổng kết năm 2022. "
        "Năm 2023, Cụm Biển ký giao ước với 8 nội dung.",
        "Cụm thi đua các huyện ven biển",
    ),
    (
        "Tin\n\nKhối thi đua các doanh nghiệp nhà nước (Gọi tắt là Khối Doanh nghiệp) họp bình "
        "xét thi đua. Khối Doanh nghiệp có 11 đơn vị.",
        "Khối thi đua các doanh nghiệp nhà nước",
    ),
    (
        "Tin\n\nChiều 8/1, Khối thi đua các sở kinh tế (gọi tắt: Khối KT) họp tổng kết năm 2023. "
        "Khối KT gồm 7 sở.",
        "Khối thi đua các sở kinh tế",
    ),
    (
        "Tin\n\nCụm thi đua số 3 (sau đây gọi chung là Cụm 3) tổng kết năm 2023. Cụm 3 gồm 7 xã.",
        "Cụm thi đua số 3",
    ),
]


@pytest.mark.parametrize(("text", "name"), ALIAS_WITH_MARKER)
def test_alias_introduced_by_a_marker_is_the_same_bloc(text: str, name: str) -> None:
    """ "X (gọi tắt là Y)": Y is X's short name, one bloc named X."""
    got = entities(text)
    assert len(got) == 1, got
    assert got[0][0] == name


# --- numbers must agree ------------------------------------------------------------------

NUMBERED_GROUPS = [
    (
        "Cụm thi đua số 4 tổng kết năm 2023\n\nNgày 5/1, Cụm 4 tổ chức hội nghị. Cụm 6 cũng "
        "gửi đại diện đến dự.",
        [("Cụm thi đua số 4", 2), ("Cụm 6", 1)],
    ),
    (
        "Tin\n\nSáng 5/1, Cụm thi đua số 04 tổng kết năm 2023. Cụm thi đua số 4 gồm 7 huyện.",
        [("Cụm thi đua số 04", 2)],
    ),
    (
        "Tin\n\nKhối thi đua VII tổng kết năm 2023. Khối thi đua số 7 có 9 đơn vị. Khối thi đua "
        "số 8 cũng tham dự.",
        [("Khối thi đua VII", 2), ("Khối thi đua số 8", 1)],
    ),
    (
        "Cụm thi đua 3 tổng kết\n\nNgày 6/1, khối thi đua số 3 của tỉnh tổ chức tổng kết năm 2022.",
        [("Cụm thi đua 3", 2)],
    ),
    (
        "Tin\n\nCụm thi đua số 2 và Cụm thi đua số 12 cùng ký kết giao ước thi đua năm 2024.",
        [("Cụm thi đua số 2", 1), ("Cụm thi đua số 12", 1)],
    ),
    (
        "Tin\n\nCụm thi đua số 1 ngành Tư pháp tổng kết năm 2023. Cụm thi đua số 1 gồm 5 tỉnh.",
        [("Cụm thi đua số 1", 2)],
    ),
]


@pytest.mark.parametrize(("text", "want"), NUMBERED_GROUPS)
def test_numbered_mentions_group_only_when_numbers_agree(
    text: str, want: list[tuple[str, int]]
) -> None:
    """ "Cụm 4" joins "Cụm thi đua số 4" (and "VII" joins "số 7"); "Cụm 6", "số 12" do not."""
    assert entities(text) == want


def test_numbered_name_keeps_its_qualifier_apart() -> None:
    """ "Cụm thi đua số 1 ngành Tư pháp": the name ends with its number, the rest qualifies it."""
    got = facts("Tin\n\nCụm thi đua số 1 ngành Tư pháp tổng kết năm 2023.").blocs
    assert [(b.name, b.qualifier) for b in got] == [("Cụm thi đua số 1", "ngành Tư pháp")]


# --- names read from a URL slug keep their number ----------------------------------------

URL_SLUGS = [
    (
        "Tin\n\nSáng 5/1, các đơn vị trong cụm tổ chức hội nghị tổng kết công tác thi đua năm "
        "2023.",
        "https://tin.example.vn/tin/cum-thi-dua-so-4-tong-ket-nam-2023-12345.html",
        "cum thi dua so 4",
    ),
    (
        "Tin\n\nSáng 5/1, các đơn vị trong khối tổ chức hội nghị tổng kết công tác thi đua năm "
        "2023.",
        "https://tin.example.vn/tin/khoi-thi-dua-12-ky-ket-giao-uoc-1234.html",
        "khoi thi dua 12",
    ),
    (
        "Tin\n\nCác thành viên trong cụm đã ký kết giao ước thi đua năm 2024.",
        "https://tin.example.vn/tin/cum-thi-dua-so-7-nganh-tu-phap-ky-giao-uoc.html",
        "cum thi dua so 7",
    ),
    (
        "Tin\n\nCác đơn vị trong cụm đã ký kết giao ước thi đua năm 2024.",
        "https://tin.example.vn/2024/03/cum-10-ky-giao-uoc-thi-dua-2024.html",
        "cum 10",
    ),
    (
        "Tin\n\nCác đơn vị trong khối đã ký kết giao ước thi đua năm 2024.",
        "https://tin.example.vn/tin/khoi-thi-dua-van-hoa-xa-hoi-ky-ket-giao-uoc.html",
        "khoi thi dua van hoa xa hoi",
    ),
    # a role noun or a street block before the name: the name is the next head's
    (
        "Tin\n\nVới vai trò Khối trưởng Khối Thi đua, Trường Chính trị A đã tổ chức tốt các hoạt "
        "động thi đua của Khối.",
        "https://tin.example.vn/tin/truong-a-lam-tot-vai-tro-khoi-truong-khoi-thi-dua-so-11-367600/",
        "khoi thi dua so 11",
    ),
    (
        "Tin\n\nHuyện A hoàn thành nhiệm vụ Cụm trưởng, bàn giao cho huyện B năm 2024.",
        "https://tin.example.vn/tin/huyen-a-ban-giao-cum-truong-cum-thi-dua-so-3-cho-huyen-b.html",
        "cum thi dua so 3",
    ),
    (
        "Tin\n\nCác đơn vị trong khối đã ký kết giao ước thi đua năm 2024.",
        "https://tin.example.vn/tin/khoi-pho-3-don-doan-khoi-thi-dua-cac-hoi-ky-ket.html",
        "khoi thi dua cac hoi",
    ),
]


@pytest.mark.parametrize(("text", "url", "name"), URL_SLUGS)
def test_bloc_named_only_in_the_url_keeps_its_number(text: str, url: str, name: str) -> None:
    """A text that never names its bloc takes the slug's name, number included."""
    assert url_bloc(url, text) == name
    assert bloc_names(text, url) == [name]


URL_SLUGS_NAMING_NO_BLOC = [
    "https://tin.example.vn/tin/khoi-pho-tan-binh-ra-quan-don-tet.html",
    "https://tin.example.vn/tin/cum-cong-nghiep-phu-ha-tong-ket.html",
    "https://tin.example.vn/tin/khoi-thi-dua-nam-2023-889.html",
    # blocs counted, none named
    "https://tin.example.vn/tin/tinh-thanh-lap-12-cum-48-khoi-thi-dua-a7Kq2x.html",
    "https://tin.example.vn/tin/ra-mat-9-khoi-thi-dua-cac-so-nganh.html",
    "https://tin.example.vn/tin/kien-toan-6-cum-khoi-thi-dua-trong-nam-2024.html",
]


@pytest.mark.parametrize("url", URL_SLUGS_NAMING_NO_BLOC)
def test_slug_that_names_no_bloc_gives_none(url: str) -> None:
    """ "khoi-pho" (a street block), "cum-cong-nghiep", "khoi-thi-dua-nam-2023": no bloc."""
    text = "Tin\n\nCác đơn vị trong khối đã ký kết giao ước thi đua năm 2024."
    assert url_bloc(url, text) is None


# --- facts attach to the bloc whose mention they belong to -------------------------------


def test_counts_attach_to_the_bloc_named_in_their_sentence() -> None:
    """Two blocs in one article: each count goes to the bloc its sentence names."""
    got = by_name(
        "Tin\n\nChiều 5/1, Khối thi đua Nội chính và Khối thi đua Kinh tế cùng tổ chức hội nghị "
        "tổng kết năm 2023. Khối thi đua Nội chính gồm 7 đơn vị. Khối thi đua Kinh tế có 11 "
        "đơn vị."
    )
    assert {k: b.member_count for k, b in got.items()} == {
        "Khối thi đua Nội chính": 7,
        "Khối thi đua Kinh tế": 11,
    }


def test_members_and_leader_attach_to_the_second_bloc_when_it_is_named() -> None:
    """A leader sentence naming Cụm số 1 and a list naming Cụm số 2 go to those blocs."""
    got = by_name(
        "Tin\n\nNgày 6/1, Cụm thi đua số 1 và Cụm thi đua số 2 của tỉnh tổng kết năm 2023. Cụm "
        "thi đua số 2 gồm các huyện: Mộc Châu, Yên Châu và Mai Sơn. Cụm trưởng Cụm thi đua số "
        "1 là huyện Sông Mã."
    )
    one, two = got["Cụm thi đua số 1"], got["Cụm thi đua số 2"]
    assert one.leader is not None and one.leader.org == "huyện Sông Mã"
    assert one.members == []
    assert two.leader is None
    assert two.members == ["Mộc Châu", "Yên Châu", "Mai Sơn"]


def test_section_headings_own_the_lines_under_them() -> None:
    """ "1. Cụm thi đua số 1:" heads the lines after it, until the next heading."""
    got = by_name(
        "Tin\n\nCác cụm thi đua của tỉnh tổng kết năm 2023.\n1. Cụm thi đua số 1:\nCụm gồm 5 "
        "huyện: Đông Hưng, Thái Thụy, Quỳnh Phụ, Hưng Hà và Vũ Thư. Cụm trưởng là huyện Đông "
        "Hưng.\n2. Cụm thi đua số 2:\nCụm gồm 4 huyện: Kiến Xương, Tiền Hải, Kiến Thụy và Tiên "
        "Lãng. Cụm trưởng là huyện Tiền Hải."
    )
    one, two = got["Cụm thi đua số 1"], got["Cụm thi đua số 2"]
    assert (one.member_count, one.leader and one.leader.org) == (5, "huyện Đông Hưng")
    assert one.members == ["Đông Hưng", "Thái Thụy", "Quỳnh Phụ", "Hưng Hà", "Vũ Thư"]
    assert (two.member_count, two.leader and two.leader.org) == (4, "huyện Tiền Hải")
    assert two.members == ["Kiến Xương", "Tiền Hải", "Kiến Thụy", "Tiên Lãng"]


def test_unnumbered_headings_own_their_lines() -> None:
    """ "Khối thi đua Kinh tế:" alone on its line heads the count and leader below it."""
    got = by_name(
        "Tin\n\nSáng 4/1, Khối thi đua các sở tổng kết năm 2023.\nKhối thi đua Kinh tế:\nKhối "
        "có 8 đơn vị, Sở Công Thương là Khối trưởng.\nKhối thi đua Văn xã:\nKhối có 6 đơn vị, "
        "Sở Y tế là Khối trưởng."
    )
    kt, vx = got["Khối thi đua Kinh tế"], got["Khối thi đua Văn xã"]
    assert (kt.member_count, kt.leader and kt.leader.org) == (8, "Sở Công Thương")
    assert (vx.member_count, vx.leader and vx.leader.org) == (6, "Sở Y tế")


def test_roles_attach_to_the_bloc_of_their_clause() -> None:
    """ "Cụm 1 do xã A làm Cụm trưởng; Cụm 2 do xã B ...": each clause names its own bloc."""
    got = by_name(
        "Tin\n\nNăm 2023, các xã của huyện được chia làm 2 cụm thi đua (Cụm 1 do xã Tân Lập làm "
        "Cụm trưởng; Cụm 2 do xã Hòa Bình làm Cụm trưởng) để ký kết giao ước thi đua."
    )
    assert {k: b.leader and b.leader.org for k, b in got.items()} == {
        "Cụm 1": "xã Tân Lập",
        "Cụm 2": "xã Hòa Bình",
    }


def test_roles_after_a_bloc_named_at_the_start_of_the_sentence() -> None:
    """ "Tại Cụm thi đua số 3, ...; Ở Cụm thi đua số 4, ...": roles go to those blocs."""
    got = by_name(
        "Tin\n\nNgày 5/1, Cụm thi đua số 3 và Cụm thi đua số 4 của tỉnh đồng loạt tổng kết năm "
        "2023. Tại Cụm thi đua số 3, huyện Hàm Yên được bầu làm Cụm trưởng năm 2024. Ở Cụm thi "
        "đua số 4, huyện Na Hang làm Cụm phó."
    )
    three, four = got["Cụm thi đua số 3"], got["Cụm thi đua số 4"]
    assert three.next_leader is not None and three.next_leader.org == "huyện Hàm Yên"
    assert three.deputy_leader is None
    assert four.deputy_leader is not None and four.deputy_leader.org == "huyện Na Hang"
    assert four.next_leader is None


def test_facts_of_a_second_bloc_and_a_leader_of_another() -> None:
    """A role in a sentence about a second bloc is that bloc's, not the main bloc's."""
    got = by_name(
        "Tin\n\nSáng 8/1, Khối thi đua các sở tổng kết năm 2023. Sở Y tế được bầu làm Trưởng "
        "khối năm 2024. Cũng tại hội nghị, Khối thi đua các hội đặc thù có 12 hội tham dự, "
        "trong đó Hội Luật gia là Trưởng khối."
    )
    so, hoi = got["Khối thi đua các sở"], got["Khối thi đua các hội đặc thù"]
    assert so.next_leader is not None and so.next_leader.org == "Sở Y tế"
    assert so.leader is None and so.member_count is None
    assert hoi.leader is not None and hoi.leader.org == "Hội Luật gia"
    assert hoi.member_count == 12


def test_member_lists_of_two_blocs_in_consecutive_sentences() -> None:
    """Each "X gồm: ..." list belongs to the bloc that introduces it."""
    got = by_name(
        "Tin\n\nKhối thi đua Nội chính gồm: Công an tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát "
        "nhân dân tỉnh. Khối thi đua Tổng hợp gồm: Văn phòng UBND tỉnh, Sở Nội vụ, Sở Ngoại vụ."
    )
    assert {k: b.members for k, b in got.items()} == {
        "Khối thi đua Nội chính": [
            "Công an tỉnh",
            "Tòa án nhân dân tỉnh",
            "Viện Kiểm sát nhân dân tỉnh",
        ],
        "Khối thi đua Tổng hợp": ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Ngoại vụ"],
    }


def test_a_visiting_bloc_keeps_its_own_count() -> None:
    """The main bloc's count stays its own when a visiting bloc's count follows."""
    text = (
        "Cụm thi đua số 1 tổng kết năm 2023\n\nSáng 5/1, Cụm thi đua số 1 tổng kết năm 2023. "
        "Cụm thi đua số 1 gồm 6 huyện. Đến dự có đại diện Cụm thi đua số 2 gồm 5 huyện."
    )
    assert bloc_names(text)[0] == "Cụm thi đua số 1"
    assert {k: b.member_count for k, b in by_name(text).items()} == {
        "Cụm thi đua số 1": 6,
        "Cụm thi đua số 2": 5,
    }


# --- several blocs in one article: an award list whose units each lead another bloc ------

LED_AWARD_LISTS = [
    (
        "Tin\n\nUBND tỉnh tặng Cờ thi đua cho 3 tập thể dẫn đầu các khối năm 2023, gồm:\n"
        "1. Sở Tư pháp, dẫn đầu Khối thi đua số 1 năm 2023;\n"
        "2. Sở Y tế, dẫn đầu Khối thi đua số 2 năm 2023;\n"
        "3. Sở Xây dựng, dẫn đầu Khối thi đua số 3 năm 2023.",
        {
            "Khối thi đua số 1": "Sở Tư pháp",
            "Khối thi đua số 2": "Sở Y tế",
            "Khối thi đua số 3": "Sở Xây dựng",
        },
    ),
    (
        "Tin\n\nUBND tỉnh tặng Cờ thi đua cho Sở Tư pháp, đơn vị dẫn đầu Cụm thi đua số 4; "
        "Sở Y tế, đơn vị dẫn đầu Cụm thi đua số 5.",
        {"Cụm thi đua số 4": "Sở Tư pháp", "Cụm thi đua số 5": "Sở Y tế"},
    ),
    (
        "Tin\n\nChủ tịch UBND tỉnh tặng Cờ thi đua cho 02 tập thể, gồm:\n"
        "1. Văn phòng Huyện ủy An Lão; đã dẫn đầu phong trào thi đua Khối 01 huyện An Lão năm "
        "2023;\n"
        "2. Hội Nông dân huyện An Lão; đã dẫn đầu phong trào thi đua Khối 02 huyện An Lão năm "
        "2023.",
        {
            "Khối 01 huyện An Lão": "Văn phòng Huyện ủy An Lão",
            "Khối 02 huyện An Lão": "Hội Nông dân huyện An Lão",
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), LED_AWARD_LISTS)
def test_each_led_bloc_gets_its_own_award(text: str, want: dict[str, str]) -> None:
    """ "Cờ thi đua cho: 1. Sở A, dẫn đầu Khối 1; 2. Sở B, dẫn đầu Khối 2": one award each."""
    got = {b.name: [(a.count, a.recipients) for a in b.awards] for b in facts(text).blocs}
    assert got == {name: [(1, [unit])] for name, unit in want.items()}


def test_names_that_differ_in_a_number_are_different_blocs_and_count_no_members() -> None:
    """ "Khối 01 huyện X" and "Khối 03 huyện X" are two blocs; "03 huyện" is no member count."""
    text = (
        "Tin\n\nVăn phòng Huyện ủy dẫn đầu phong trào thi đua Khối 01 huyện An Lão năm 2023, được "
        "tặng Cờ thi đua; Hội Nông dân dẫn đầu phong trào thi đua Khối 03 huyện An Lão năm 2023, "
        "được tặng Cờ thi đua."
    )
    assert len(entities(text)) == 2
    assert all(b.member_count is None for b in facts(text).blocs)


COMMA_PROVINCE = [
    (
        "Tin\n\nNgày 9/12/2025, Cụm thi đua Khu vực II, tỉnh Đồng Tháp tổ chức tổng kết.",
        "Cụm thi đua Khu vực II",
    ),
    (
        "Tin\n\nSáng 3/1/2024, Khối thi đua các cơ quan tổng hợp, tỉnh Quảng Ngãi đã tổng kết năm "
        "2023.",
        "Khối thi đua các cơ quan tổng hợp",
    ),
    (
        "Tin\n\nChiều 12/7/2022, Cụm thi đua các trường chuyên biệt, thành phố Cần Thơ sơ kết 6 "
        "tháng.",
        "Cụm thi đua các trường chuyên biệt",
    ),
]

COMMA_PROVINCE.append(
    (
        "Tin\n\nNgày 5/1/2024, Cụm thi đua các huyện miền núi, tỉnh Quảng Nam tổng kết năm 2023.",
        "Cụm thi đua các huyện miền núi",
    )
)


@pytest.mark.parametrize(("text", "name"), COMMA_PROVINCE)
def test_a_province_after_a_comma_locates_the_bloc(text: str, name: str) -> None:
    """ "Cụm thi đua Khu vực II, tỉnh Đồng Tháp" is "Cụm thi đua Khu vực II"."""
    assert bloc_names(text) == [name]


def test_a_province_after_named_places_is_one_of_them() -> None:
    """In "các huyện A, B, tỉnh C" the province is listed, not a locator (rules/blocs.yaml)."""
    r = bloc_rules()
    name = "Cụm thi đua các huyện Đức Cơ, Chư Prông, tỉnh Gia Lai"
    comma = r.comma_province_tail.search(name)
    assert comma is not None and r.place_list.search(name, 0, comma.start())
    name = "Cụm thi đua các huyện miền núi, tỉnh Gia Lai"
    comma = r.comma_province_tail.search(name)
    assert comma is not None and not r.place_list.search(name, 0, comma.start())


PLACES_LISTED_IN_THE_NAME = [
    (
        "Tin\n\nNgày 28/12/2010, Cụm thi đua các huyện Yên Thế, Tân Yên, Lạng Giang và Lục Nam "
        "tổ chức hội nghị tổng kết.",
        "Cụm thi đua các huyện Yên Thế, Tân Yên, Lạng Giang và Lục Nam",
        ["Yên Thế", "Tân Yên", "Lạng Giang", "Lục Nam"],
    ),
    (
        "Tin\n\nNgày 5/1/2023, Cụm thi đua các xã Mường Chanh, Chiềng Ban và Nà Bó tổng kết "
        "năm 2022.",
        "Cụm thi đua các xã Mường Chanh, Chiềng Ban và Nà Bó",
        ["Mường Chanh", "Chiềng Ban", "Nà Bó"],
    ),
    (
        "Tin\n\nSáng 6/1/2024, Cụm thi đua các phường Bạch Đằng, Lê Lợi tổ chức hội nghị.",
        "Cụm thi đua các phường Bạch Đằng, Lê Lợi",
        ["Bạch Đằng", "Lê Lợi"],
    ),
    # a person's title after the comma is not a listed place
    (
        "Tin\n\nÔng Lê Văn Tâm - Khối trưởng Khối thi đua Ban Quản lý KCN các tỉnh Bắc Trung "
        "Bộ, Trưởng Ban quản lý Khu kinh tế tỉnh Quảng Trị phát biểu.",
        "Khối thi đua Ban Quản lý KCN các tỉnh Bắc Trung Bộ",
        [],
    ),
]


@pytest.mark.parametrize(("text", "name", "members"), PLACES_LISTED_IN_THE_NAME)
def test_districts_communes_and_wards_listed_in_the_name(
    text: str, name: str, members: list[str]
) -> None:
    """ "Cụm thi đua các huyện A, B và C": places the gazetteer does not hold end the name."""
    bloc = facts(text).blocs[0]
    assert (bloc.name, bloc.members) == (name, members)


INITIALS = [
    (
        "Khối thi đua Kinh tế tổng hợp tổng kết năm 2019\n\nNgày 14/1/2020, Khối thi đua Kinh tế "
        "tổng hợp tổng kết năm 2019. Các đơn vị trong Khối thi đua KTTH thống nhất đề nghị.",
        ["Khối thi đua Kinh tế tổng hợp"],
    ),
    (
        "Tin\n\nNgày 5/1/2023, Khối thi đua Văn hóa xã hội tổng kết năm 2022. Khối thi đua VHXH "
        "gồm 9 sở.",
        ["Khối thi đua Văn hóa xã hội"],
    ),
    (
        "Tin\n\nNgày 5/1/2023, Khối thi đua các doanh nghiệp nhà nước tổng kết năm 2022. Khối "
        "thi đua các DNNN có 12 đơn vị.",
        ["Khối thi đua các doanh nghiệp nhà nước"],
    ),
    (
        "Tin\n\nNgày 5/1/2021, Khối thi đua Kinh tế - Kỹ thuật tổng kết năm 2020. Khối thi đua "
        "KT-KT gồm 8 đơn vị.",
        ["Khối thi đua Kinh tế - Kỹ thuật"],
    ),
]


@pytest.mark.parametrize(("text", "names"), INITIALS)
def test_a_name_written_with_initials_is_the_same_bloc(text: str, names: list[str]) -> None:
    """ "Khối thi đua KTTH" after "Khối thi đua Kinh tế tổng hợp" is one bloc."""
    assert bloc_names(text) == names


def test_what_a_bloc_works_on_is_not_its_name() -> None:
    """ "Khối thi đua Kinh tế tổng hợp trên các lĩnh vực tài chính, ...": the name ends before."""
    for text in [
        "Tin\n\nNgày 5/1/2013, Khối thi đua Kinh tế tổng hợp trên các lĩnh vực tài chính, kế "
        "hoạch tổng kết năm 2012.",
        "Tin\n\nNgày 5/1/2013, Khối thi đua Kinh tế tổng hợp trên lĩnh vực tài chính tổng kết "
        "năm 2012.",
    ]:
        assert bloc_names(text) == ["Khối thi đua Kinh tế tổng hợp"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tin\n\nNgày 5/1/2023, Cụm thi đua Công đoàn các doanh nghiệp ngoài nhà nước trên địa "
            "bàn quận Liên Chiểu tổng kết năm 2022.",
            "Cụm thi đua Công đoàn các doanh nghiệp ngoài nhà nước trên địa bàn quận Liên Chiểu",
        ),
        (
            "Tin\n\nNgày 5/1/2023, Cụm thi đua các trường THCS trên địa bàn huyện Hòa Vang tổng "
            "kết năm 2022.",
            "Cụm thi đua các trường THCS trên địa bàn huyện Hòa Vang",
        ),
        # a province after it only locates the bloc
        (
            "Tin\n\nNgày 5/1/2023, Khối thi đua các doanh nghiệp trên địa bàn tỉnh Bình Dương tổng "
            "kết năm 2022.",
            "Khối thi đua các doanh nghiệp",
        ),
    ],
)
def test_a_district_cluster_keeps_its_district(text: str, name: str) -> None:
    """ "... trên địa bàn quận X" names which cluster; "... trên địa bàn tỉnh X" is cut."""
    assert bloc_names(text) == [name]


NOUN_PREFIX_OR_COOPERATION_IN_NAME = [
    (
        "Tin\n\nSáng 9/12, Khối thi đua các Ban Quản lý dự án tổ chức hội nghị tổng kết năm 2022.",
        "Khối thi đua các Ban Quản lý dự án",
    ),
    (
        "Tin\n\nKhối thi đua các trung tâm y tế dự phòng ký kết giao ước thi đua năm 2024.",
        "Khối thi đua các trung tâm y tế dự phòng",
    ),
    (
        "Tin\n\nCụm thi đua các đài khí tượng và dự báo thời tiết tổng kết công tác thi đua "
        "năm 2021.",
        "Cụm thi đua các đài khí tượng và dự báo thời tiết",
    ),
    (
        "Tin\n\nNgày 14/1, Cụm thi đua Công đoàn các doanh nghiệp phối hợp hoạt động trên địa bàn "
        "quận Ngô Quyền tổng kết năm 2023.",
        "Cụm thi đua Công đoàn các doanh nghiệp phối hợp hoạt động trên địa bàn quận Ngô Quyền",
    ),
    (
        "Tin\n\nCụm thi đua các công đoàn cơ sở, đơn vị phối hợp hoạt động trên địa bàn thị xã "
        "Bến Cát ký giao ước thi đua năm 2022.",
        "Cụm thi đua các công đoàn cơ sở, đơn vị phối hợp hoạt động trên địa bàn thị xã Bến Cát",
    ),
]

ATTEND_OR_COOPERATE_AS_VERB = [
    (
        "Tin\n\nKhối thi đua các cơ quan văn hóa dự lễ ra mắt mô hình dân vận khéo.",
        "Khối thi đua các cơ quan văn hóa",
    ),
    (
        "Tin\n\nCụm thi đua các huyện ven biển phối hợp tổ chức giải bóng chuyền năm 2023.",
        "Cụm thi đua các huyện ven biển",
    ),
    (
        "Tin\n\nKhối thi đua các sở kinh tế phối hợp với Ban Thi đua tỉnh kiểm tra chéo năm 2022.",
        "Khối thi đua các sở kinh tế",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOUN_PREFIX_OR_COOPERATION_IN_NAME)
def test_noun_compound_or_cooperation_stays_in_the_name(text: str, name: str) -> None:
    """ "dự án", "dự phòng", "dự báo" and "phối hợp hoạt động" are parts of a name, not verbs."""
    assert bloc_names(text) == [name]


@pytest.mark.parametrize(("text", "name"), ATTEND_OR_COOPERATE_AS_VERB)
def test_attend_or_cooperate_as_a_verb_ends_the_name(text: str, name: str) -> None:
    """ "dự" (attend) and "phối hợp" (work with) followed by their object end the name."""
    assert bloc_names(text) == [name]


NUMBERED_HEAD_IN_AN_EMULATION_ARTICLE = [
    (
        "Tin\n\nNăm 2023, cả 9 doanh nghiệp thuộc Khối 5 đều vượt kế hoạch doanh thu.\n\n"
        "Cuối buổi, các doanh nghiệp ký giao ước thi đua năm 2024.",
        ["Khối 5"],
    ),
    (
        "Tin\n\nCả 7 hội thuộc Cụm 03 đều hoàn thành kế hoạch năm 2022.\n\nHội nghị tổng kết "
        "công tác năm 2022 diễn ra sáng 12/1.",
        ["Cụm 03"],
    ),
    (
        "Tin\n\nLãnh đạo 6 đơn vị trong Khối VII dự buổi làm việc.\n\nCác đơn vị đã thống nhất "
        "nội dung bình xét thi đua năm 2021.",
        ["Khối VII"],
    ),
]

NUMBERED_HEAD_OUTSIDE_EMULATION = [
    "Tin\n\nHọc sinh khối 10 của trường tham quan bảo tàng tỉnh.\n\nBuổi học kéo dài hai ngày.",
    "Tin\n\nCụm 3 của dự án điện gió đã hòa lưới.\n\nNhà máy có công suất 50 MW.",
    "Tin\n\nNăm nay khối 12 có 400 học sinh dự thi.\n\nNhà trường tổ chức ôn tập.",
]


@pytest.mark.parametrize(("text", "names"), NUMBERED_HEAD_IN_AN_EMULATION_ARTICLE)
def test_a_capitalised_numbered_head_counts_where_the_article_speaks_of_emulation(
    text: str, names: list[str]
) -> None:
    """ "Khối 5", "Cụm 03", "Khối VII" in a sentence without emulation words, in a bloc article."""
    assert mention_names(text) == names


@pytest.mark.parametrize("text", NUMBERED_HEAD_OUTSIDE_EMULATION)
def test_a_numbered_head_outside_emulation_is_no_bloc(text: str) -> None:
    """A school grade or a project's cluster in an article that never speaks of emulation."""
    assert mention_names(text) == []


def test_an_adjective_after_a_bare_head_is_no_bloc() -> None:
    """ "khối đông nhất", "cụm lớn nhất": a comparison, not a name."""
    for text in (
        "Tin\n\nTrong các khối thi đua, khối đông nhất có 25 đơn vị thi đua.",
        "Tin\n\nCụm lớn nhất gồm 12 xã; cụm nhỏ nhất có 5 xã tham gia thi đua.",
    ):
        assert bloc_names(text) == [], text


def test_an_adjective_after_a_lower_case_head_is_no_bloc() -> None:
    """ "hoạt động của cụm nền nếp", "khối vững mạnh": a quality, not a name."""
    for text in (
        "Tin\n\nNăm 2022, tỉnh Hòa An – cụm trưởng đã điều hành hoạt động của cụm nền nếp, "
        "tổ chức kiểm tra chéo.",
        "Tin\n\nCụm trưởng đề nghị các thành viên giữ cho khối vững mạnh, thi đua hiệu quả.",
        "Tin\n\nNhờ vậy, hoạt động thi đua của khối ổn định, đi vào chiều sâu.",
    ):
        assert mention_names(text) == [], text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tin\n\nNgày 12/1, UBND phường Tân An, trưởng cụm Cụm thi đua số 3, chủ trì hội nghị "
            "tổng kết năm 2023.",
            ["Cụm thi đua số 3"],
        ),
        (
            "Tin\n\nCông an tỉnh Hòa An - đơn vị Trưởng cụm Cụm thi đua số 8 tổ chức hội nghị sơ "
            "kết năm 2023; Công an tỉnh Bình Lâm là phó trưởng cụm.",
            ["Cụm thi đua số 8"],
        ),
        (
            "Tin\n\nSở Tư pháp, Phó Trưởng khối Khối thi đua nội chính, phát biểu tại hội nghị ký "
            "kết giao ước thi đua năm 2024.",
            ["Khối thi đua nội chính"],
        ),
    ],
)
def test_a_role_noun_written_head_last_is_no_bloc(text: str, names: list[str]) -> None:
    """ "trưởng cụm", "phó trưởng cụm", "Phó Trưởng khối": the role noun, not a bloc."""
    assert mention_names(text) == names


def test_a_bloc_named_after_a_whole_role_noun_is_kept() -> None:
    """ "làm Cụm trưởng Cụm 6": the numbered bloc after the role noun is a bloc."""
    text = (
        "Tin\n\nHội nghị thống nhất năm 2024 huyện Tân Lập làm Cụm trưởng Cụm 4, huyện Sơn Hà "
        "làm Cụm trưởng Cụm 6 trong phong trào thi đua."
    )
    assert mention_names(text) == ["Cụm 4", "Cụm 6"]


ONE_BLOC_NUMBERED_WITH_AND_WITHOUT_A_ZERO = [
    "Cụm Thi đua số 2 Liên hiệp Hội Việt Nam ký giao ước năm 2024\nLIÊN HIỆP HỘI VIỆT NAM\nCỤM THI "
    "ĐUA SỐ 02\n\nNgày 5/3/2024, Cụm Thi đua số 2 Liên hiệp Hội Việt Nam ký giao ước thi đua.",
    "Cụm thi đua số 3 ngành Tòa án sơ kết\n\nNgày 5/7/2024, Cụm thi đua số 03 ngành Tòa án sơ kết "
    "6 tháng; Cụm thi đua số 3 có 6 đơn vị.",
    "Khối thi đua 01 tổng kết\n\nNgày 5/1/2024, Khối thi đua số 1 tổng kết năm 2023.",
]


@pytest.mark.parametrize("text", ONE_BLOC_NUMBERED_WITH_AND_WITHOUT_A_ZERO)
def test_a_number_with_a_leading_zero_names_the_same_bloc(text: str) -> None:
    """ "Cụm thi đua số 02" and "Cụm thi đua số 2" are one bloc, named by its fullest form."""
    names = bloc_names(text)
    assert len(names) == 1
    assert "02" not in names[0] and "03" not in names[0]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Khối thi đua các phòng, ban chuyên môn huyện sơ kết 6 tháng\n\nNgày 5/7/2024, Khối "
            "thi đua các phòng, ban chuyên môn thuộc UBND huyện tổ chức hội nghị sơ kết.",
            "Khối thi đua các phòng, ban chuyên môn huyện",
        ),
        (
            "Khối thi đua các đơn vị sự nghiệp tỉnh tổng kết năm 2023\n\nNgày 5/1/2024, Khối thi "
            "đua các đơn vị sự nghiệp trực thuộc UBND tỉnh tổ chức hội nghị tổng kết.",
            "Khối thi đua các đơn vị sự nghiệp",
        ),
        (
            "Cụm thi đua các xã vùng cao huyện ký giao ước\n\nNgày 5/3/2024, Cụm thi đua các xã "
            "vùng cao thuộc huyện tổ chức ký giao ước thi đua.",
            "Cụm thi đua các xã vùng cao huyện",
        ),
    ],
)
def test_a_headlines_level_word_is_the_tail_the_body_spells_out(text: str, want: str) -> None:
    """A headline name ending in "huyện" over the body's "... thuộc UBND huyện": the body only
    adds its parent, so the headline's name stands."""
    assert bloc_names(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tin\n\nChiều 26/12, Khối thi đua Doanh nghiệp số 7 (tên cũ là Khối thi đua Ngân hàng) "
            "tổng kết năm 2017. Khối thi đua Ngân hàng từng có 20 đơn vị.",
            "Khối thi đua Doanh nghiệp số 7",
        ),
        (
            "Tin\n\nChiều 26/12, Khối thi đua Kinh tế (trước đây là Khối thi đua Kinh tế - Kỹ "
            "thuật) tổng kết năm 2017.",
            "Khối thi đua Kinh tế",
        ),
        (
            "Tin\n\nChiều 26/12, Cụm thi đua số 3 (trước đây gọi là Cụm thi đua số 5) tổng kết năm "
            "2017.",
            "Cụm thi đua số 3",
        ),
    ],
)
def test_a_former_name_in_brackets_is_the_same_bloc(text: str, want: str) -> None:
    """ "X (tên cũ là Y)", "X (trước đây là Y)": one bloc, named as it is now."""
    assert bloc_names(text) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "Với vai trò Cụm trưởng của Cụm thi đua 7 tỉnh miền núi – cụm gồm Sở Y tế 7 tỉnh – Sở Y "
        "tế Yên Bái đã chủ trì kiểm tra chéo.",
        "Cụm thi đua các huyện miền núi – khối có 9 huyện – vừa tổng kết năm 2023.",
        "Cụm thi đua các trường chuyên – cụm này thành lập năm 2015 – họp tổng kết.",
    ],
)
def test_an_aside_after_a_dash_that_speaks_of_the_bloc_again_ends_its_name(sentence: str) -> None:
    """ "Cụm thi đua X – cụm gồm ..." : the dash opens an aside about the bloc, not a segment of
    its name."""
    names = mention_names("Tin\n\n" + sentence)
    assert names and not any("–" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "Bệnh viện A đăng cai sơ kết\n\nNgày 14/7/2023, Bệnh viện A đăng cai hội nghị sơ kết 6 "
            "tháng đầu năm của Khối thi đua 13 tỉnh Đồng Nai. Khối thi đua 13 hiện có 7 đơn vị.",
            "Khối thi đua 13",
            7,
        ),
        (
            "Tin\n\nNgày 5/1/2024, Cụm thi đua 4 tỉnh Quảng Nam tổng kết năm 2023. Cụm thi đua 4 "
            "có 9 huyện thành viên.",
            "Cụm thi đua 4",
            9,
        ),
        (
            "Tin\n\nNgày 5/1/2024, Cụm thi đua 5 tỉnh Tây Nguyên tổng kết năm 2023.",
            "Cụm thi đua 5 tỉnh Tây Nguyên",
            5,
        ),
        (
            "Tin\n\nNgày 5/1/2024, Cụm thi đua 4 tỉnh Gia Lai, Kon Tum, Đắk Lắk và Đắk Nông tổng "
            "kết năm 2023.",
            "Cụm thi đua 4 tỉnh Gia Lai, Kon Tum, Đắk Lắk và Đắk Nông",
            4,
        ),
    ],
)
def test_a_number_before_one_province_is_the_blocs_number(text: str, name: str, count: int) -> None:
    """ "Khối thi đua 13 tỉnh Đồng Nai" is bloc 13 of one province (one bloc, no count of 13);
    "Cụm thi đua 5 tỉnh Tây Nguyên" and a list of provinces count them."""
    assert [(b.name, b.member_count) for b in facts(text).blocs] == [(name, count)]


# --- this session: real pages of unseen sites (own wordings of their phenomena) -------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sáng 29/11, Khối thi đua các Ban, cơ quan của Đảng tổ chức tổng kết thi đua năm 2023.",
            "Khối thi đua các Ban, cơ quan của Đảng",
        ),
        (
            "Chiều 4/12, Khối thi đua các cơ quan của Đảng đã họp bình xét thi đua năm 2024.",
            "Khối thi đua các cơ quan của Đảng",
        ),
        (
            "Ngày 10/1, Cụm thi đua các cơ quan của Nhà nước ký kết giao ước thi đua năm 2024.",
            "Cụm thi đua các cơ quan của Nhà nước",
        ),
    ],
)
def test_the_party_or_state_after_cua_is_part_of_the_name(sentence: str, name: str) -> None:
    """ "các Ban, cơ quan của Đảng": the Party named alone is the descriptor's, not a parent."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Khối thi đua các cơ quan của Đảng ủy Khối tổ chức hội nghị.",
            "Khối thi đua các cơ quan",
        ),
        (
            "Khối thi đua các đơn vị của Đảng bộ Công an tỉnh tổ chức hội nghị thi đua.",
            "Khối thi đua các đơn vị",
        ),
        (
            "Khối thi đua các hội của Liên hiệp các Hội Văn học nghệ thuật Việt Nam họp.",
            "Khối thi đua các hội",
        ),
    ],
)
def test_a_party_body_after_cua_is_still_a_parent(sentence: str, name: str) -> None:
    """ "của Đảng ủy Khối", "của Đảng bộ X": a body of the Party is the parent, cut as before."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Chiều 28/12, Khối thi đua các doanh nghiệp trong khu công nghiệp tổ chức tổng kết "
            "thi đua năm 2022.",
            "Khối thi đua các doanh nghiệp trong khu công nghiệp",
        ),
        (
            "Khối thi đua Các doanh nghiệp trong Khu kinh tế đã ký kết giao ước thi đua năm 2024.",
            "Khối thi đua Các doanh nghiệp trong Khu kinh tế",
        ),
        (
            "Cụm thi đua công đoàn các công ty trong KCN vừa họp bình xét thi đua.",
            "Cụm thi đua công đoàn các công ty trong KCN",
        ),
    ],
)
def test_firms_in_an_industrial_zone_stay_in_the_name(sentence: str, name: str) -> None:
    """ "trong khu công nghiệp" says which firms; any other "trong" still ends the name."""
    assert mention_names("Tin\n\n" + sentence) == [name]


def test_trong_before_a_time_still_ends_the_name() -> None:
    """ "Khối thi đua các doanh nghiệp trong năm 2023 đã ...": a time, not a zone."""
    names = mention_names(
        "Tin\n\nKhối thi đua các doanh nghiệp trong năm 2023 đã hoàn thành chỉ tiêu thi đua."
    )
    assert names == ["Khối thi đua các doanh nghiệp"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nhằm đẩy mạnh phong trào thi đua, khối Công an các huyện, thành phố - Công an tỉnh "
            "Hòa Bình đã phát động và ký giao ước thi đua năm 2019.",
            "khối Công an các huyện, thành phố",
        ),
        (
            "Sáng 3/3, cụm Công đoàn các xã – LĐLĐ tỉnh Nghệ An vừa tổ chức ký kết giao ước thi "
            "đua năm 2024.",
            "cụm Công đoàn các xã",
        ),
        (
            "Cụm Hội Nông dân các xã vùng cao đã tổ chức tổng kết thi đua năm 2023.",
            "Cụm Hội Nông dân các xã vùng cao",
        ),
    ],
)
def test_a_capitalised_body_of_a_plural_of_units_is_a_bloc(text: str, name: str) -> None:
    """ "khối Công an các huyện": a bare head, a capitalised body and a plural of units name a
    set of units (kept, its name cut before a parent named with its province after a dash)."""
    assert bloc_names("Tin\n\n" + text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Khối Văn phòng Công ty đã tổ chức ký kết giao ước thi đua năm 2024.",
        "Khối Kinh doanh của ngân hàng đã tổ chức hội nghị thi đua quý I.",
    ],
)
def test_a_capitalised_division_is_still_no_bloc(text: str) -> None:
    """ "Khối Văn phòng Công ty": a company's division, no plural of units after it."""
    assert bloc_names("Tin\n\n" + text) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Khối thi đua Giao thông - Xây dựng tỉnh Lào Cai họp tổng kết thi đua.",
            "Khối thi đua Giao thông - Xây dựng",
        ),
        (
            "Cụm thi đua các huyện, thị xã - LĐLĐ tỉnh Sóc Trăng đã ký giao ước thi đua.",
            "Cụm thi đua các huyện, thị xã",
        ),
        (
            "Khối các trường THPT – Sở Giáo dục và Đào tạo tỉnh Bắc Giang tổ chức ký kết giao ước "
            "thi đua.",
            "Khối các trường THPT",
        ),
        (
            "Khối thi đua Văn hóa - Xã hội tỉnh Yên Bái tổ chức hội nghị thi đua.",
            "Khối thi đua Văn hóa - Xã hội",
        ),
    ],
)
def test_a_body_named_with_its_province_after_a_dash_is_the_parent(
    sentence: str, name: str
) -> None:
    """ "... - LĐLĐ tỉnh Sóc Trăng": a body and its one province after a dash are the parent,
    while a field after a dash ("Giao thông - Xây dựng") stays before the bloc's province."""
    assert bloc_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động thành "
            "phố phấn đấu thực hiện 8 nhiệm vụ thi đua.",
            "Khối thi đua Liên đoàn Lao động các huyện",
        ),
        (
            "Cụm thi đua các trường THCS, trực thuộc Phòng Giáo dục huyện đã ký giao ước thi đua.",
            "Cụm thi đua các trường THCS",
        ),
        (
            "Khối thi đua các doanh nghiệp, thuộc Ban Quản lý các khu công nghiệp tỉnh đã tổng "
            "kết thi đua năm 2023.",
            "Khối thi đua các doanh nghiệp",
        ),
    ],
)
def test_a_parent_set_apart_by_a_comma_ends_the_name(sentence: str, name: str) -> None:
    """ "Khối thi đua X, thuộc Y": the comma sets the parent apart from the name."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Huyện ủy A báo cáo tình hình của các đơn vị trong cụm thi đua trên tất cả các lĩnh "
            "vực: kinh tế, quốc phòng.",
            None,
        ),
        (
            "Khối thi đua Văn hóa - Xã hội trên mọi mặt công tác đều đạt kết quả tốt trong thi "
            "đua.",
            "Khối thi đua Văn hóa - Xã hội",
        ),
        (
            "Cụm thi đua các huyện miền núi trên nhiều lĩnh vực đã có chuyển biến trong thi đua.",
            "Cụm thi đua các huyện miền núi",
        ),
    ],
)
def test_tren_before_a_range_of_fields_ends_the_name(sentence: str, name: str | None) -> None:
    """ "trong cụm thi đua trên tất cả các lĩnh vực": the fields are no part of a name."""
    assert mention_names("Tin\n\n" + sentence) == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        "Sinh hoạt cụm chuyên môn\n\nCác cụm chuyên môn cấp THCS tổ chức sinh hoạt, cụm trưởng báo "
        "cáo kết quả thi đua dạy tốt.",
        "Tin\n\nNgày 3/3, cụm chuyên môn số 2 họp, các trường thi đua đổi mới phương pháp dạy học.",
    ],
)
def test_a_schools_professional_cluster_is_no_bloc(text: str) -> None:
    """ "cụm chuyên môn": a school cluster for teaching, no emulation bloc."""
    assert bloc_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết Khối 8 – Khối thi đua cơ sở giáo dục đại học\n\nSáng 24/6/2016, cuộc họp tổng "
        "kết Khối 8 – Khối thi đua cơ sở giáo dục đại học diễn ra tại Trường A. Khối thi đua cơ "
        "sở giáo dục đại học gồm 8 trường.",
        "Tin\n\nNgày 5/1/2024, Cụm 3 - Cụm thi đua các trường cao đẳng tổng kết thi đua năm 2023. "
        "Cụm thi đua các trường cao đẳng có 6 trường.",
    ],
)
def test_a_numbered_name_and_its_full_qualifier_are_one_bloc(text: str) -> None:
    """ "Khối 8 – Khối thi đua X", then "Khối thi đua X": one bloc, named by its number."""
    blocs = facts(text).blocs
    assert len(blocs) == 1 and blocs[0].name in {"Khối 8", "Cụm 3"}
    assert blocs[0].member_count in {8, 6}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Khối Kinh tế, khối Văn hóa – Xã hội họp xét thi đua năm 2020.",
            ["Khối Kinh tế", "khối Văn hóa – Xã hội"],
        ),
        (
            "Cụm thi đua các huyện miền núi, cụm thi đua các huyện đồng bằng đã ký giao ước thi "
            "đua.",
            ["Cụm thi đua các huyện miền núi", "cụm thi đua các huyện đồng bằng"],
        ),
        (
            "Khối thi đua Nội chính, Khối thi đua Tổng hợp cùng tổng kết thi đua năm 2023.",
            ["Khối thi đua Nội chính", "Khối thi đua Tổng hợp"],
        ),
    ],
)
def test_a_head_after_a_comma_opens_the_next_bloc(sentence: str, names: list[str]) -> None:
    """ "Khối Kinh tế, khối Văn hóa – Xã hội": two blocs, not one name over the comma."""
    assert mention_names("Tin\n\n" + sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Khối Thi đua các doanh nghiệp có vốn do nhà nước sở hữu tổ chức hội nghị thi đua.",
            "Khối Thi đua các doanh nghiệp có vốn do nhà nước sở hữu",
        ),
        (
            "Khối thi đua các doanh nghiệp có vốn đầu tư nước ngoài đã ký giao ước thi đua.",
            "Khối thi đua các doanh nghiệp có vốn đầu tư nước ngoài",
        ),
        ("Khối thi đua Sở Y tế có 12 đơn vị thi đua.", "Khối thi đua Sở Y tế"),
    ],
)
def test_firms_with_state_or_foreign_capital_name_a_bloc(sentence: str, name: str) -> None:
    """ "doanh nghiệp có vốn do nhà nước sở hữu": a kind of firm; any other "có" still ends it."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2014, Cụm thi đua các đơn vị trực thuộc Tổng cục XDLL CAND đã hoàn thành nhiệm "
            "vụ thi đua.",
            "Cụm thi đua các đơn vị trực thuộc Tổng cục XDLL CAND",
        ),
        (
            "Khối thi đua các đơn vị sự nghiệp thuộc Bộ Nội vụ đã tổng kết thi đua.",
            "Khối thi đua các đơn vị sự nghiệp thuộc Bộ Nội vụ",
        ),
        (
            "Cụm thi đua các cơ quan thuộc Bộ Tư pháp tổ chức hội nghị thi đua.",
            "Cụm thi đua các cơ quan thuộc Bộ Tư pháp",
        ),
        (
            "Khối thi đua các trường trực thuộc Bộ Y tế tổng kết thi đua.",
            "Khối thi đua các trường",
        ),
    ],
)
def test_a_generic_set_of_units_keeps_its_national_parent(sentence: str, name: str) -> None:
    """ "Cụm thi đua các đơn vị trực thuộc Tổng cục X": the parent tells the bloc apart; after a
    descriptor of its own ("các trường") a national parent is still cut."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Khối thi đua các tổ chức xã hội - xã hội nghề nghiệp tổ chức tổng kết thi đua năm "
            "2022.",
            "Khối thi đua các tổ chức xã hội - xã hội nghề nghiệp",
        ),
        (
            "Khối thi đua các hội xã hội – nghề nghiệp đã ký giao ước thi đua năm 2024.",
            "Khối thi đua các hội xã hội – nghề nghiệp",
        ),
        (
            "Cụm thi đua các tổ chức chính trị xã hội - nghề nghiệp họp tổng kết thi đua.",
            "Cụm thi đua các tổ chức chính trị xã hội - nghề nghiệp",
        ),
    ],
)
def test_a_social_professional_descriptor_runs_over_its_dash(sentence: str, name: str) -> None:
    """ "các tổ chức xã hội - xã hội nghề nghiệp": one descriptor, lower case after the dash."""
    assert mention_names("Tin\n\n" + sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Tin thi đua: Khối thi đua các Viện, Phân viện trung ương tổ chức tổng kết.",
            "Khối thi đua các Viện, Phân viện trung ương",
        ),
        (
            "Khối thi đua các trường Đại học, Học viện trên địa bàn tỉnh tổ chức tổng kết thi đua.",
            "Khối thi đua các trường Đại học, Học viện",
        ),
        (
            "Chủ tịch UBND tỉnh tặng Bằng khen cho một số đơn vị khối trường nằm trên địa bàn "
            "trong phong trào thi đua.",
            "khối trường",
        ),
    ],
)
def test_kinds_of_institute_listed_and_a_verb_of_place(sentence: str, name: str) -> None:
    """ "các Viện, Phân viện trung ương": one descriptor over the comma; "nằm" is a verb."""
    assert mention_names(sentence) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua các doanh nghiệp tổng kết\n\nDoanh thu của các doanh nghiệp trong khối tăng "
        "12% so với năm trước.",
        "Cụm thi đua số 3 tổng kết\n\nSố vụ việc của các đơn vị trong cụm giảm 15% trong năm thi "
        "đua.",
    ],
)
def test_a_verb_of_change_after_a_bare_head_names_no_bloc(text: str) -> None:
    """ "các doanh nghiệp trong khối tăng 12%": "tăng" is a verb, "khối tăng 12" no bloc."""
    assert all(" tăng" not in n and " giảm" not in n for n in mention_names(text))


NAMELESS_BLOC_MEETINGS = [
    (
        "Tổng kết phong trào thi đua năm 2023\n\nNgày 2/4/2024, Khối thi đua gồm 16 công ty, "
        "doanh nghiệp của tỉnh đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
        "Khối thi đua",
    ),
    (
        "Ký kết giao ước thi đua năm 2024\n\nSáng 5/3/2024, tại trụ sở Sở Y tế, Cụm thi đua tổ "
        "chức hội nghị ký kết giao ước thi đua năm 2024 với sự tham gia của 7 đơn vị.",
        "Cụm thi đua",
    ),
    (
        "Công ty A - Khối trưởng khối thi đua tổng kết năm 2023\n\nChiều 28/12/2023, các doanh "
        "nghiệp trong Khối thi đua họp tổng kết phong trào thi đua năm 2023 tại Công ty A.",
        "Khối thi đua",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMELESS_BLOC_MEETINGS)
def test_a_meeting_of_a_bloc_never_named_gives_the_bloc_by_its_head(text: str, name: str) -> None:
    """A reported meeting of "Khối thi đua" with no name of its own is that bloc's."""
    assert bloc_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # blocs spoken of in general, no meeting of one
        "Tin\n\nBan Thi đua - Khen thưởng tỉnh hướng dẫn các khối thi đua đăng ký danh hiệu thi "
        "đua năm 2024.",
        "Tin\n\nNăm 2023, 12 trường trong Khối thi đua đã tuyển sinh trên 16.300 học sinh.",
        # the province's own review, its blocs counted
        "Tin\n\nNgày 10/1/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
        "Toàn tỉnh có 12 khối thi đua và 8 cụm thi đua.",
    ],
)
def test_no_bloc_from_a_head_without_a_meeting_of_one(text: str) -> None:
    """A head in general use or without a bloc's meeting gives no bloc."""
    assert bloc_names(text) == []
