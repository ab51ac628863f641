"""People: names whose syllables are title words, places named after people, minority names.

Every sentence here is written for these tests (invented names and places).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.facts.pipeline import extract_facts
from extract.html.inputs import read_article
from extract.nlp.people import find_people


def names(text: str) -> list[str]:
    """The names of the people found in `text`."""
    return [p.name for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Đồng chí Nguyễn Quyền, Giám đốc Sở Nội vụ phát biểu.", "Nguyễn Quyền",
         "Giám đốc Sở Nội vụ"),
        ("Dự có ông Lê Đại - Chủ tịch Hội Nông dân tỉnh.", "Lê Đại", "Chủ tịch Hội Nông dân tỉnh"),
        ("Bà Trần Chánh Ngọc, Phó Trưởng ban Dân vận Huyện ủy chủ trì.", "Trần Chánh Ngọc",
         "Phó Trưởng ban Dân vận Huyện ủy"),
        ("Đại tá Phạm Thành Công, Phó Giám đốc Công an tỉnh dự.", "Phạm Thành Công",
         "Phó Giám đốc Công an tỉnh"),
        ("Thay mặt khối, ông Đỗ Thường Xuân - Khối trưởng cảm ơn các đơn vị.", "Đỗ Thường Xuân",
         "Khối trưởng"),
    ],
)  # fmt: skip
def test_given_names_that_are_title_words(text: str, name: str, role: str) -> None:
    """A syllable that only opens a title elsewhere ("Quyền", "Đại", "Chánh") is a name."""
    found = find_people(text)
    assert [(p.name, p.role) for p in found] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Đồng chí Hoàng Văn Bình Phó Chủ tịch UBND huyện dự.", "Hoàng Văn Bình",
         "Phó Chủ tịch UBND huyện"),
        ("Bà Mai Thị Đại Trưởng phòng Nghiệp vụ báo cáo.", "Mai Thị Đại",
         "Trưởng phòng Nghiệp vụ"),
    ],
)  # fmt: skip
def test_a_full_title_still_ends_the_name(text: str, name: str, role: str) -> None:
    """ "Phó Chủ tịch" after a name is its role, not more of the name."""
    assert [(p.name, p.role) for p in find_people(text)] == [(name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị họp tại số 5 đường Nguyễn Huệ, phường Lê Lợi.",
        "Đoàn đến thăm Trường THPT Trần Phú và Trường Tiểu học Kim Đồng.",
        "Ban CHQS Huyện Dương Minh Châu và Ban CHQS huyện Lê Thủy ký giao ước.",
        "Các đơn vị gồm Văn phòng Tỉnh ủy, Trường Chính trị Hoàng Văn Thụ, Ban Dân vận.",
        "Đại diện Bộ Văn Hóa, Thể thao và Du lịch dự hội nghị.",
        "Hội Truyền thống Trường Sơn Đường Hồ Chí Minh Việt Nam ký kết giao ước.",
        "Thị trấn Phan Đình Phùng và xã Nguyễn Trãi đạt danh hiệu.",
        "Đoàn Viện Nghiên cứu Cao su làm Khối trưởng.",
    ],
)
def test_places_and_bodies_named_after_people(text: str) -> None:
    """Streets, wards, districts, schools and bodies named after people are not people."""
    assert names(text) == []


def test_a_person_after_a_school_named_after_someone() -> None:
    """The school's namesake is no one; the person named with an honorific is."""
    text = "Hiệu trưởng Trường THPT Lê Quý Đôn, ông Nguyễn Văn Hải phát biểu."
    assert names(text) == ["Nguyễn Văn Hải"]


def test_a_given_name_that_is_a_famous_name() -> None:
    """ "Quang Trung" inside a full name does not make it a place."""
    text = "Hội nghị do ông Lê Quang Trung - Chủ tịch UBND huyện chủ trì."
    assert names(text) == ["Lê Quang Trung"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bà A Lăng Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ huyện dự.", "A Lăng Thị Hoa"),
        ("Ông Y Bhin Niê Kđăm, Phó Chủ tịch UBND tỉnh dự.", "Y Bhin Niê Kđăm"),
        ("Đồng chí Điểu K’Rơ - Bí thư Huyện ủy phát biểu.", "Điểu K’Rơ"),
        ("Về phía tỉnh có đồng chí Kring Thị Bé - Phó Chủ tịch HĐND tỉnh.", "Kring Thị Bé"),
        ("Ông Hồ Văn Lai, Chủ tịch UBND xã chủ trì.", "Hồ Văn Lai"),
        ("Đồng chí Đậu Minh Tâm, Giám đốc Bảo hiểm xã hội tỉnh dự.", "Đậu Minh Tâm"),
        ("Dự có ông Rơ Chăm Hiếu, Phó Chủ tịch UBND huyện.", "Rơ Chăm Hiếu"),
        ("Tham dự có ông Ka Sô Liễng, Phó Giám đốc Sở Giáo dục và Đào tạo.", "Ka Sô Liễng"),
        ("Bà Nay Hơ Len, Chủ tịch Hội Liên hiệp Phụ nữ huyện phát biểu.", "Nay Hơ Len"),
        ("Đồng chí Lô Văn Quyết, Trưởng phòng Kiểm tra nội bộ dự.", "Lô Văn Quyết"),
        ("Bà Sầm Thị Hoa, Chủ tịch UBND huyện phát biểu.", "Sầm Thị Hoa"),
    ],
)
def test_minority_and_less_common_names(text: str, name: str) -> None:
    """Minority names (prefixes, apostrophes, five syllables) and rarer surnames are read."""
    assert names(text) == [name]


def test_no_honorific_no_role_needs_a_full_name() -> None:
    """A bare two-syllable name is not enough; a three-syllable one is."""
    assert names("Hội nghị có Lê Hà và các đơn vị.") == []
    assert names("Chủ trì hội nghị: Nguyễn Thị Hồng Nhung.") == ["Nguyễn Thị Hồng Nhung"]


def test_author_is_not_among_people(tmp_path: Path) -> None:
    """The byline author (here under the headline) is not listed as a person."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cụm thi đua số 3 tổng kết năm 2024\nPhan Thị Ngọc Mai\n\n"
        "Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết. Đồng chí Lý Văn Hùng, "
        "Phó Giám đốc Sở Nội vụ dự và phát biểu chỉ đạo hội nghị của cụm.\n",
        encoding="utf-8",
    )
    article, _ = read_article(path)
    facts = extract_facts(article)
    assert facts.author == "Phan Thị Ngọc Mai"
    assert [p.name for p in facts.people] == ["Lý Văn Hùng"]


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "và" opening the next person ends the role.
        ("Dự có ông Lê Văn Nam, Phó Chủ tịch Hội Nhà báo tỉnh và nhà báo Trần Hữu Phước.",
         "Lê Văn Nam", "Phó Chủ tịch Hội Nhà báo tỉnh"),
        ("Có Đ/c Vũ Thị Lan, Phó Bí thư Đảng ủy và Đ/c Hồ Minh Quân - Chủ tịch UBND phường.",
         "Vũ Thị Lan", "Phó Bí thư Đảng ủy"),
        ("Đồng chí Tạ Quang Huy, Phó Trưởng ban Thi đua khen thưởng tỉnh và lãnh đạo các sở dự.",
         "Tạ Quang Huy", "Phó Trưởng ban Thi đua khen thưởng tỉnh"),
        # A verb after the role ends it.
        ("Đ/c Bùi Minh Sơn, Chủ tịch Liên hiệp Hội tỉnh triển khai kế hoạch năm 2025.",
         "Bùi Minh Sơn", "Chủ tịch Liên hiệp Hội tỉnh"),
        # The role goes on after a comma with an organisation or a title, after a dash.
        ("Ông Vũ Thanh Hải, Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ phát biểu.",
         "Vũ Thanh Hải", "Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ"),
        ("Ông Đinh Văn Lực - Chủ tịch UBND phường An Phú, cụm trưởng cụm thi đua năm 2024 dự.",
         "Đinh Văn Lực", "Chủ tịch UBND phường An Phú, cụm trưởng cụm thi đua năm 2024"),
        ("Bà Cao Thị Yến – Phó Hạt trưởng Hạt Kiểm lâm – Phụ trách Cụm thi đua số 2 chủ trì.",
         "Cao Thị Yến", "Phó Hạt trưởng Hạt Kiểm lâm – Phụ trách Cụm thi đua số 2"),
        # A title whose last word is also a verb ("ký") and a sentence glued to the next.
        ("Ông Lục Văn Toàn, Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp Hội tỉnh dự.",
         "Lục Văn Toàn", "Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp Hội tỉnh"),
        ("Có ông Mạc Văn Tư, Trưởng ban Thi đua khen thưởng tỉnh.Năm 2024, khối tăng tốc.",
         "Mạc Văn Tư", "Trưởng ban Thi đua khen thưởng tỉnh"),
    ],
)  # fmt: skip
def test_role_after_a_name(text: str, name: str, role: str) -> None:
    """The role runs as far as the appositive does, not into the next person or verb."""
    assert [(p.name, p.role) for p in find_people(text)][:1] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tham dự có Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - khen thưởng tỉnh "
         "Quách Thị Mơ.", "Quách Thị Mơ",
         "Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua - khen thưởng tỉnh"),
        ("Chánh văn phòng Đoàn đại biểu Quốc hội tỉnh Nguyễn Thị Thu Hà tặng hoa.",
         "Nguyễn Thị Thu Hà", "Chánh văn phòng Đoàn đại biểu Quốc hội tỉnh"),
        ("Dự có Vụ trưởng Vụ Thi đua - Khen thưởng Lâm Văn Đức.", "Lâm Văn Đức",
         "Vụ trưởng Vụ Thi đua - Khen thưởng"),
    ],
)  # fmt: skip
def test_role_before_a_name(text: str, name: str, role: str) -> None:
    """A role written before the name, in one or several parts."""
    assert [(p.name, p.role) for p in find_people(text)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Dự có Viện trưởng VKSND tỉnh Đắk Nông Tạ Đình Đề.", "Tạ Đình Đề",
         "Viện trưởng VKSND tỉnh Đắk Nông"),
        ("Dự có Phó Viện trưởng VKSND tỉnh Lâm Đồng Lê Văn Trữ.", "Lê Văn Trữ",
         "Phó Viện trưởng VKSND tỉnh Lâm Đồng"),
        ("Dự có Giám đốc Công an tỉnh Hà Giang Lê Thị Hoa.", "Lê Thị Hoa",
         "Giám đốc Công an tỉnh Hà Giang"),
        ("Dự có Chánh án TAND tỉnh Thừa Thiên Huế Đỗ Văn Tâm.", "Đỗ Văn Tâm",
         "Chánh án TAND tỉnh Thừa Thiên Huế"),
    ],
)  # fmt: skip
def test_a_province_whose_last_word_is_a_surname_ends_before_the_name(
    text: str, name: str, role: str
) -> None:
    """ "tỉnh Đắk Nông Tạ Đình Đề", "Lâm Đồng Lê Văn Trữ": "Nông", "Đồng" end the place."""
    assert [(p.name, p.role) for p in find_people(text)] == [(name, role)]
