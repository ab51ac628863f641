"""Members told in other writers' wordings: after their list ("A, B là các huyện thuộc khối",
"A, B – các đơn vị thành viên của cụm –", numbered units), by the bloc's own units ("Các đơn vị
trong Cụm là ..."), by the signers, and in brackets after "các tỉnh trong cụm"."""

from __future__ import annotations

import pytest
from test_roles import article

from extract.facts import extract_facts

REVIEW = (
    "Cụm thi đua số 4 tổng kết năm 2023\n\nSáng 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị "
    "tổng kết công tác thi đua năm 2023. "
)
PROVINCES = ["Bắc Kạn", "Bắc Giang", "Thái Nguyên", "Tuyên Quang"]
INSURANCE = ["BHXH Hải Dương", "BHXH Tuyên Quang", "BHXH Hải Phòng", "BHXH Hưng Yên"]


def members(sentence: str) -> list[str]:
    """The main bloc's members after the review's opening."""
    facts = extract_facts(article(REVIEW + sentence))
    assert facts.blocs, "no bloc"
    return facts.blocs[0].members


PLACES_AFTER_THEIR_LIST = [
    "Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang là các tỉnh thuộc cụm.",
    "Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang là 4 tỉnh, thành phố thuộc Cụm.",
    "Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang là những tỉnh trong cụm thi đua.",
    "Hội nghị có sự tham gia của các tỉnh trong cụm (Bắc Kạn, Bắc Giang, Thái Nguyên và "
    "Tuyên Quang).",
    "Bốn tỉnh trong Cụm là Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang.",
    "Bốn tỉnh Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang hợp thành Cụm thi đua số 4.",
]


@pytest.mark.parametrize("sentence", PLACES_AFTER_THEIR_LIST)
def test_places_named_by_their_level_after_the_list(sentence: str) -> None:
    """Bare place names that the clause after them calls the bloc's provinces."""
    assert members(sentence) == PROVINCES


UNITS_OF_THE_BLOC = [
    "Chín đơn vị trong Cụm là BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng, Hưng Yên.",
    "Các đơn vị trong Cụm là BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên.",
    "Các đơn vị thuộc cụm gồm BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên.",
    "Thành viên của Cụm là BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên.",
    "Tham gia ký kết có BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên; các đơn "
    "vị đều cam kết hoàn thành chỉ tiêu.",
    "Tới dự có đại diện lãnh đạo BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng "
    "Yên - 4 tỉnh trong cụm.",
]


ATTENDING_UNITS = [
    (
        "Dự hội nghị có ông Trần Văn Dũng, Phó Chủ tịch Hội; cùng lãnh đạo BHXH Hải Dương, "
        "Tuyên Quang, Hải Phòng và Hưng Yên.",
        INSURANCE,
    ),
    (
        "Tới dự có lãnh đạo Vụ Thi đua – Khen thưởng cùng đại diện lãnh đạo BHXH các tỉnh Hải "
        "Dương, Tuyên Quang, Hải Phòng và Hưng Yên.",
        INSURANCE,
    ),
    (
        "Trong năm 2023, BHXH bốn tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên - thành "
        "viên Cụm thi đua số 4 - đã hoàn thành chỉ tiêu.",
        INSURANCE,
    ),
    (
        "Lãnh đạo, cán bộ BHXH các tỉnh Hải Dương, Tuyên Quang, Hải Phòng và Hưng Yên - 4 đơn "
        "vị thành viên của Cụm - cùng tham dự.",
        INSURANCE,
    ),
    (
        "Hội nghị có sự tham gia của Giám đốc, Phó Giám đốc BHXH các tỉnh Hải Dương, Tuyên "
        "Quang, Hải Phòng và Hưng Yên.",
        INSURANCE,
    ),
]


@pytest.mark.parametrize(("sentence", "want"), ATTENDING_UNITS)
def test_units_joining_or_closed_by_a_membership_apposition(sentence: str, want: list[str]) -> None:
    """ "cùng lãnh đạo X A, B", "X các tỉnh A, B - 4 đơn vị thành viên của Cụm -"."""
    assert members(sentence) == want


@pytest.mark.parametrize("sentence", UNITS_OF_THE_BLOC)
def test_units_of_the_bloc_without_a_colon(sentence: str) -> None:
    """ "Các đơn vị trong Cụm là X các tỉnh A, B", signers, attendees closed by a count."""
    assert members(sentence) == INSURANCE


SUBJECTS_OF_MEMBERSHIP = [
    (
        "Theo quyết định, các Lữ đoàn 368, 299, 241 và Trung đoàn 140 là thành viên của Cụm "
        "thi đua số 4.",
        ["Lữ đoàn 368", "Lữ đoàn 299", "Lữ đoàn 241", "Trung đoàn 140"],
    ),
    (
        "Trong năm 2023, Ủy ban MTTQ, Hội Nông dân, Hội LHPN và Hội Cựu chiến binh tỉnh – các "
        "đơn vị thành viên của cụm – đã hoàn thành tốt nhiệm vụ.",
        ["Ủy ban MTTQ", "Hội Nông dân", "Hội LHPN", "Hội Cựu chiến binh tỉnh"],
    ),
    (
        "Tham gia ký kết có Hội LHPN các huyện Mê Linh, Đông Anh cùng Hội PN Công an Hà Nội.",
        ["Hội LHPN huyện Mê Linh", "Hội LHPN huyện Đông Anh", "Hội PN Công an Hà Nội"],
    ),
    (
        "Cụm hiện có ba trường chính trị thuộc các tỉnh miền Đông Nam bộ là thành viên: Trường "
        "Chính trị Bình Phước, Trường Chính trị Tây Ninh, Trường Chính trị Đồng Nai.",
        ["Trường Chính trị Bình Phước", "Trường Chính trị Tây Ninh", "Trường Chính trị Đồng Nai"],
    ),
    (
        "Báo Đồng Nai, Khu Bảo tồn thiên nhiên văn hóa Đồng Nai và NXB Đồng Nai là các đơn vị "
        "thành viên của khối.",
        ["Báo Đồng Nai", "Khu Bảo tồn thiên nhiên văn hóa Đồng Nai", "NXB Đồng Nai"],
    ),
]


@pytest.mark.parametrize(("sentence", "want"), SUBJECTS_OF_MEMBERSHIP)
def test_units_told_members_in_an_apposition_or_as_signers(sentence: str, want: list[str]) -> None:
    """Numbered units, a dash apposition, "cùng" joining the last unit."""
    assert members(sentence) == want


NOT_MEMBERS = [
    "Bắc Kạn, Bắc Giang và Thái Nguyên là các tỉnh có nhiều đơn vị đạt danh hiệu.",
    "Các đơn vị trong cụm là những đơn vị có bề dày truyền thống.",
    "Đoàn đã kiểm tra tại Lữ đoàn 368, Lữ đoàn 299 và Trung đoàn 140.",
    "Tham gia ký kết có Hạt trưởng, Đội trưởng, Chủ tịch Công đoàn của các đơn vị.",
    "Tham gia ký kết có Giám đốc, Phó Giám đốc các Sở.",
    "Đoàn công tác gồm các đồng chí: Y Mửi - Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Văn Hòa - "
    "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
    "Dự hội nghị có lãnh đạo các đơn vị trong khối; Lãnh đạo Sở Nội vụ, Lãnh đạo Ban và "
    "chuyên viên theo dõi Khối của Ban Thi đua, Khen thưởng tỉnh.",
    "Dự có ông Trần Văn An cùng đại diện lãnh đạo Ban Quản lý các KCN, KCX, KKT các tỉnh đồng "
    "bằng Sông Hồng.",
    "Đoàn công tác của tỉnh do đồng chí Y Mửi dẫn đầu, cùng các đồng chí: Nguyễn Văn Hòa, Phó "
    "Bí thư Tỉnh ủy; Kring Ba, Ủy viên Ban Thường vụ Tỉnh ủy.",
]


@pytest.mark.parametrize("sentence", NOT_MEMBERS)
def test_other_lists_of_units_are_not_members(sentence: str) -> None:
    """Places said to be something else, a description, the units an inspection visited."""
    assert members(sentence) == []


SCHOOLS = [
    "Trường Chính trị Bình Phước",
    "Trường Chính trị Tây Ninh",
    "Trường Chính trị Đồng Nai",
    "Trường Chính trị Bình Dương",
]
NAMED = (
    "Trường Chính trị Bình Phước, Trường Chính trị Tây Ninh, Trường Chính trị Đồng Nai và "
    "Trường Chính trị Bình Dương"
)

COUNTED_LISTS = [
    f"Năm nay, bốn trường là {NAMED}.",
    f"Bốn đơn vị hợp thành Cụm thi đua số 4 là {NAMED}.",
    f"{NAMED} - bốn tổ chức thành viên của Cụm - đều cử lãnh đạo dự.",
    "Về dự có lãnh đạo Vụ Thi đua; lãnh đạo Trường Chính trị các tỉnh Bình Phước, Tây Ninh, "
    "Đồng Nai và Bình Dương – bốn trường thuộc khu vực Đông Nam Bộ.",
]


@pytest.mark.parametrize("sentence", COUNTED_LISTS)
def test_counted_lists_give_members_and_their_count(sentence: str) -> None:
    """A count before the names ("bốn trường là ..."), in a membership apposition, or right
    after the list ("– bốn trường thuộc ...") is the bloc's count when it counts the list."""
    facts = extract_facts(article(REVIEW + sentence))
    assert facts.blocs[0].members == SCHOOLS
    assert facts.blocs[0].member_count == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm đề nghị tặng Cờ thi đua cho 2 đơn vị là Trường Chính trị Bình Phước và Trường "
        "Chính trị Tây Ninh.",
        "Hai đơn vị là Trường Chính trị Bình Phước, Trường Chính trị Tây Ninh được đề nghị "
        "UBND tỉnh tặng Cờ thi đua.",
    ],
)
def test_counted_award_recipients_are_not_members(sentence: str) -> None:
    """ "cho 2 đơn vị là A và B", "hai đơn vị là A, B được đề nghị tặng": recipients."""
    assert extract_facts(article(REVIEW + sentence)).blocs[0].members == []


THREE = ["Sở Y tế", "Sở Xây dựng", "Sở Tài chính"]

LISTS_WITH_THEIR_COUNT_AROUND = [
    ("Ba thành viên của Cụm thi đua số 4 là: Sở Y tế; Sở Xây dựng; Sở Tài chính.", THREE),
    (
        "Sở Y tế, Sở Xây dựng cùng Sở Tài chính – tổng cộng 3 đơn vị – hợp thành Cụm thi đua số 4.",
        THREE,
    ),
    ("Sở Y tế, Sở Xây dựng và Sở Tài chính - 3 đơn vị này hợp thành Cụm thi đua số 4.", THREE),
    (
        "Cụm thi đua số 4 có ba phường: Hoa Lư, Phủ Lý, Nam Định – đều ở trung tâm.",
        ["Hoa Lư", "Phủ Lý", "Nam Định"],
    ),
    (
        "Ba đơn vị của Cụm thi đua số 4 là Ban Chỉ huy Quân sự các xã, phường Chương Mỹ, Dương "
        "Nội, Yên Nghĩa.",
        [
            "Ban Chỉ huy Quân sự Chương Mỹ",
            "Ban Chỉ huy Quân sự Dương Nội",
            "Ban Chỉ huy Quân sự Yên Nghĩa",
        ],
    ),
    (
        "Ba đơn vị hợp thành Cụm thi đua số 4 Liên hiệp Hội Việt Nam là Sở Y tế – Cụm trưởng, "
        "Sở Xây dựng – Cụm phó, Sở Tài chính.",
        THREE,
    ),
    (
        "Chiều nay, ba thành viên của Cụm thi đua số 4 – các sở: Y tế, Xây dựng, Tài chính – "
        "đã ký.",
        THREE,
    ),
    (
        "Ba sở, ngành thuộc Cụm thi đua số 4 – Sở Y tế; Sở Xây dựng; Sở Tài chính – đã ký "
        "giao ước.",
        THREE,
    ),
]


@pytest.mark.parametrize(("sentence", "want"), LISTS_WITH_THEIR_COUNT_AROUND)
def test_lists_with_their_count_before_or_after(sentence: str, want: list[str]) -> None:
    """ "Ba thành viên của Cụm X là: A; B; C", "A, B cùng C – tổng cộng 3 đơn vị – hợp thành
    Cụm", "có ba phường: A, B, C", "các xã, phường A, B": the list and its count."""
    facts = extract_facts(article(REVIEW + sentence))
    assert facts.blocs[0].members == want
    assert facts.blocs[0].member_count == 3


SUBJECT_LISTS_AFTER_A_LEAD = [
    "(TN) - Sở Y tế, Sở Xây dựng và Sở Tài chính – ba đơn vị thành viên Cụm thi đua số 4 – "
    "đã ký giao ước.",
    "BTN - Sở Y tế, Sở Xây dựng và Sở Tài chính là thành viên của Cụm thi đua số 4.",
    "Tham dự hội nghị là lãnh đạo của các Sở Y tế, Xây dựng và Tài chính – ba đơn vị thành viên "
    "của Cụm.",
    "Về dự có đại diện các Sở Y tế, Xây dựng, Tài chính là thành viên Cụm thi đua số 4.",
]


@pytest.mark.parametrize("sentence", SUBJECT_LISTS_AFTER_A_LEAD)
def test_subject_lists_after_an_outlet_tag_or_inside_their_clause(sentence: str) -> None:
    """A list that a membership apposition closes, opened by an outlet's tag ("(TN) -") or by
    "các Sở" inside the clause ("Tham dự là lãnh đạo của các Sở A, B và C – ba đơn vị ...")."""
    assert members(sentence) == THREE


LISTS_IN_BRACKETS_AFTER_MEMBERS = [
    "Dự hội nghị có lãnh đạo các đơn vị thành viên (Sở Y tế; Sở Xây dựng; Sở Tài chính).",
    "Lãnh đạo các đơn vị thành viên (Sở Y tế, Sở Xây dựng, Sở Tài chính) cùng ký giao ước.",
    "Các đơn vị thuộc Cụm (Sở Y tế, Sở Xây dựng và Sở Tài chính) – cả thảy 3 đơn vị – đã ký.",
    "Các cơ quan trong khối (Sở Y tế; Sở Xây dựng; Sở Tài chính) – tất cả 3 đơn vị – dự họp.",
]


@pytest.mark.parametrize("sentence", LISTS_IN_BRACKETS_AFTER_MEMBERS)
def test_lists_in_brackets_after_the_members_and_their_count(sentence: str) -> None:
    """ "lãnh đạo các đơn vị thành viên (A; B; C)"; "(A, B và C) – cả thảy 3 đơn vị"."""
    facts = extract_facts(article(REVIEW + sentence))
    assert facts.blocs[0].members == THREE
    if "3 đơn vị" in sentence:
        assert facts.blocs[0].member_count == 3


ATTENDANCES_OF_THE_UNITS = [
    "Có mặt là lãnh đạo cùng công chức phụ trách thi đua của Sở Y tế, Sở Xây dựng và Sở Tài chính.",
    "Đến dự có lãnh đạo, cán bộ công chức Sở Y tế, Sở Xây dựng và Sở Tài chính.",
    "Tham dự còn có lãnh đạo Sở Y tế, Sở Xây dựng; cùng đại diện Sở Tài chính – các đơn vị "
    "thành viên của Cụm.",
    "Về dự có lãnh đạo các đơn vị trong cụm: Sở Y tế; Giám đốc các Sở Xây dựng, Tài chính.",
    "Tham gia ký giao ước còn có Sở Y tế, Sở Xây dựng và Sở Tài chính.",
]


@pytest.mark.parametrize("sentence", ATTENDANCES_OF_THE_UNITS)
def test_units_attending_or_signing_in_other_wordings(sentence: str) -> None:
    """The units whose staff attend or sign, however the attendance is worded ("Có mặt là
    lãnh đạo cùng công chức ... của", "; cùng đại diện C", "Giám đốc các Sở B, C")."""
    assert members(sentence) == THREE


def test_a_plain_cung_dai_dien_opens_the_next_group() -> None:
    """ "Tới dự có lãnh đạo Vụ X, Bộ Y cùng đại diện lãnh đạo Sở Z các tỉnh A, B": the guests
    and the bloc's units are two groups; the units are the members."""
    got = members(
        "Tới dự có lãnh đạo Vụ Thi đua – Khen thưởng, Bộ Nội vụ cùng đại diện lãnh đạo Sở Nội "
        "vụ các tỉnh Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang."
    )
    assert got == [f"Sở Nội vụ {p}" for p in PROVINCES]


GROUPS_AND_INITIALISMS = [
    (
        "Cụm thi đua số 4 quy tụ các cơ quan y tế, xây dựng (Sở Y tế, Sở Xây dựng, Sở Tài "
        "chính) cùng Hội Nông dân tỉnh.",
        [*THREE, "Hội Nông dân tỉnh"],
    ),
    (
        "Cụm thi đua số 4 gồm hai nhóm: các sở chuyên ngành (Sở Y tế; Sở Xây dựng; Sở Tài "
        "chính) và Hội Nông dân tỉnh.",
        [*THREE, "Hội Nông dân tỉnh"],
    ),
    (
        "UBMTTQ, Hội Nông dân, LĐLĐ và Liên minh HTX tỉnh là thành viên của cụm.",
        ["UBMTTQ", "Hội Nông dân", "LĐLĐ", "Liên minh HTX tỉnh"],
    ),
    (
        "Ngày 5/4, bốn đơn vị Công an tỉnh là Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang "
        "đã ký giao ước.",
        [f"Công an tỉnh {p}" for p in PROVINCES],
    ),
    (
        "Năm nay 4 đơn vị BHXH gồm Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang ký giao ước.",
        [f"BHXH {p}" for p in PROVINCES],
    ),
]


@pytest.mark.parametrize(("sentence", "want"), GROUPS_AND_INITIALISMS)
def test_groups_in_brackets_initialisms_and_counted_heads(sentence: str, want: list[str]) -> None:
    """A described group with its units in brackets, one-word initialisms as a subject list,
    a counted unit word before the head its places share ("bốn đơn vị Công an tỉnh là A, B")."""
    assert members(sentence) == want


BESIDES_THE_HOST = [
    "Ngoài đơn vị chủ nhà, cụm còn có Sở Y tế, Sở Xây dựng và Sở Tài chính.",
    "Cùng với đơn vị Cụm trưởng, Cụm còn có Sở Y tế, Sở Xây dựng và Sở Tài chính.",
    "Bên cạnh tỉnh chủ nhà, Cụm thi đua số 4 còn có Sở Y tế, Sở Xây dựng, Sở Tài chính.",
]


@pytest.mark.parametrize("sentence", BESIDES_THE_HOST)
def test_the_other_units_beside_the_host_or_the_leader(sentence: str) -> None:
    """ "Ngoài đơn vị chủ nhà, (cụm) còn có A, B và C": the bloc's other units."""
    assert members(sentence) == THREE


CODED_UNITS = [
    "Cũng trong ngày, Trung đoàn 174, Đội K71, Công ty 22.12 – ba thành viên của cụm – đã ký "
    "giao ước.",
    "Tại hội nghị, Trung đoàn 174, Đội K71 và Công ty 22.12 là thành viên của Cụm thi đua số 4.",
    "Trung đoàn 174, Đội K71, Công ty 22.12 cùng sinh hoạt trong Cụm thi đua số 4.",
]


@pytest.mark.parametrize("sentence", CODED_UNITS)
def test_units_with_numbers_or_codes_as_a_subject_list(sentence: str) -> None:
    """Units named by a number or a code ("Đội K71", "Công ty 22.12") after a time or place
    opening ("Cũng trong ngày,") are the list a membership apposition closes."""
    assert members(sentence) == ["Trung đoàn 174", "Đội K71", "Công ty 22.12"]


SHORT_CITY_LEVEL = [
    "Cùng dự có lãnh đạo Hội Nhà báo các tỉnh, thành Bắc Kạn, Bắc Giang, Thái Nguyên và "
    "Tuyên Quang.",
    "Hội Nhà báo các tỉnh, thành Bắc Kạn, Bắc Giang, Thái Nguyên và Tuyên Quang là thành viên "
    "của Cụm.",
    "Cụm gồm Hội Nhà báo các tỉnh, thành: Bắc Kạn, Bắc Giang, Thái Nguyên, Tuyên Quang.",
]


@pytest.mark.parametrize("sentence", SHORT_CITY_LEVEL)
def test_a_shared_head_over_provinces_and_cities_written_short(sentence: str) -> None:
    """ "Hội Nhà báo các tỉnh, thành A, B": "thành" (a city) joins the plural, not the name."""
    assert members(sentence) == [f"Hội Nhà báo {p}" for p in PROVINCES]


GROUPS_WITH_THEIR_OWN_HEADS = [
    (
        "Thành viên của Cụm là: Agribank chi nhánh Đồng Nai, Bắc Đồng Nai, Nam Đồng Nai; BIDV "
        "chi nhánh Đồng Nai, Đông Đồng Nai, Biên Hòa.",
        [
            "Agribank chi nhánh Đồng Nai",
            "Agribank chi nhánh Bắc Đồng Nai",
            "Agribank chi nhánh Nam Đồng Nai",
            "BIDV chi nhánh Đồng Nai",
            "BIDV chi nhánh Đông Đồng Nai",
            "BIDV chi nhánh Biên Hòa",
        ],
    ),
    (
        "Cụm gồm: LĐLĐ Bắc Kạn, Bắc Giang; Hội Nông dân Thái Nguyên, Tuyên Quang.",
        ["LĐLĐ Bắc Kạn", "LĐLĐ Bắc Giang", "Hội Nông dân Thái Nguyên", "Hội Nông dân Tuyên Quang"],
    ),
    (
        "Cụm gồm Vietcombank Hà Tĩnh, Vietinbank Hà Tĩnh, BIDV Hà Tĩnh.",
        ["Vietcombank Hà Tĩnh", "Vietinbank Hà Tĩnh", "BIDV Hà Tĩnh"],
    ),
]


@pytest.mark.parametrize(("sentence", "want"), GROUPS_WITH_THEIR_OWN_HEADS)
def test_each_group_shares_its_own_head(sentence: str, want: list[str]) -> None:
    """ "A chi nhánh X, Bắc X; B chi nhánh X, Y": each unit named with its place heads the bare
    places after it, a place written with a direction before the head's place too."""
    assert members(sentence) == want


OPENING_CLAUSES_BEFORE_THE_UNITS = [
    "Nửa đầu năm 2024, bằng sự đoàn kết, chủ động, Sở Y tế, Sở Xây dựng và Sở Tài chính – ba "
    "đơn vị thuộc Cụm thi đua số 4 – đã hoàn thành các chỉ tiêu.",
    "Với quyết tâm cao, Sở Y tế, Sở Xây dựng và Sở Tài chính là thành viên của Cụm đều về đích.",
    "Năm qua, dù gặp nhiều khó khăn, Sở Y tế, Sở Xây dựng, Sở Tài chính – các đơn vị thành viên "
    "của Cụm – vẫn giữ vững phong trào.",
]


@pytest.mark.parametrize("sentence", OPENING_CLAUSES_BEFORE_THE_UNITS)
def test_an_opening_clause_before_a_subject_list_is_no_item(sentence: str) -> None:
    """ "Nửa đầu năm 2024, bằng sự đoàn kết, A, B và C – ba đơn vị thuộc Cụm –": the list
    starts at its first unit."""
    assert members(sentence) == THREE


COUNTS_IN_OTHER_WORDINGS = [
    ("Bảy trường chính trị các tỉnh miền Đông Nam bộ thuộc Cụm thi đua số 4 đã họp.", 7),
    ("Cụm thi đua số 4 quy tụ chín đơn vị của lực lượng PCCC.", 9),
    ("Hai mươi đơn vị ngân hàng thuộc Cụm thi đua số 4 đã họp tổng kết.", 20),
    ("Cụm thi đua số 4 tập hợp ý kiến của ba mươi tư đại biểu dự hội nghị.", None),
    ("Năm nay, ba đơn vị xuất sắc các mặt trong cụm được khen.", None),
]


@pytest.mark.parametrize(("sentence", "want"), COUNTS_IN_OTHER_WORDINGS)
def test_member_counts_in_words_and_described(sentence: str, want: int | None) -> None:
    """ "hai mươi đơn vị ngân hàng thuộc Cụm", "quy tụ chín đơn vị", "Bảy trường chính trị
    các tỉnh ... thuộc Cụm"; a quality of some units ("ba đơn vị xuất sắc") is no count."""
    assert extract_facts(article(REVIEW + sentence)).blocs[0].member_count == want


FOUR = ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "Thanh tra tỉnh"]

COUNTED_THEN_DO_LA = [
    "Cả thảy 4 đơn vị hiện sinh hoạt trong Cụm, đó là: Sở Tư pháp; Sở Y tế; Sở Nội vụ và Thanh "
    "tra tỉnh.",
    "Cụm có 4 đơn vị, đó là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Bốn sở, ngành thuộc Cụm thi đua số 4, cụ thể là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra "
    "tỉnh, đã ký giao ước.",
    "Hiện 4 đơn vị thành viên của Cụm, gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
]


@pytest.mark.parametrize("sentence", COUNTED_THEN_DO_LA)
def test_counted_units_of_the_bloc_then_do_la(sentence: str) -> None:
    """ "N đơn vị (sinh hoạt) trong Cụm, đó là: A; B": the names after "đó là" are members."""
    assert members(sentence) == FOUR


DASH_APPOSITION_THEN_PREDICATE = [
    "Bốn đơn vị thành viên của Cụm – Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh – trong năm "
    "2023 đã hoàn thành tốt nhiệm vụ.",
    "Các thành viên của Cụm – Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh – đã ký giao ước.",
    "Bốn đơn vị thành viên của Cụm - Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh - luôn đoàn "
    "kết.",
]


@pytest.mark.parametrize("sentence", DASH_APPOSITION_THEN_PREDICATE)
def test_a_list_between_dashes_ends_at_the_second_dash(sentence: str) -> None:
    """ "– A, B và C – trong năm 2023 đã ...": the closing dash ends the last item."""
    assert members(sentence) == FOUR


REMAINING_AFTER_THE_HOLDERS = [
    "Trưởng cụm năm nay là Sở Tư pháp, Phó cụm là Sở Y tế; các thành viên còn lại là Sở Nội vụ và "
    "Thanh tra tỉnh.",
    "Sở Tư pháp giữ vai trò Cụm trưởng, Sở Y tế làm Cụm phó; hai đơn vị còn lại gồm Sở Nội vụ và "
    "Thanh tra tỉnh.",
    "Cụm trưởng là Sở Tư pháp, Cụm phó là Sở Y tế, các cơ quan còn lại là: Sở Nội vụ, Thanh tra "
    "tỉnh.",
]


@pytest.mark.parametrize("sentence", REMAINING_AFTER_THE_HOLDERS)
def test_the_remaining_members_follow_the_leader_and_deputy(sentence: str) -> None:
    """ "các thành viên còn lại là C, D" after the leader A and deputy B: A, B, C, D."""
    assert members(sentence) == FOUR


def test_a_registering_pair_is_no_member_list() -> None:
    """ "hai Hội là A và B đăng ký phấn đấu đạt Cờ": award registrants, the list ends there."""
    text = (
        "Cụm có 4 đơn vị: Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh. Hai đơn vị là Sở Tư "
        "pháp và Sở Y tế đăng ký phấn đấu đạt Cờ thi đua của UBND tỉnh."
    )
    assert members(text) == FOUR


ONE_UNIT_PER_LINE = [
    "Cụm gồm 4 đơn vị:\nSở Tư pháp\nSở Y tế\nSở Nội vụ\nThanh tra tỉnh",
    "Cụm gồm 4 đơn vị:\nSở Tư pháp;\nSở Y tế;\nSở Nội vụ;\nThanh tra tỉnh.\nHội nghị diễn ra sôi "
    "nổi.",
    "Các đơn vị trong Cụm:\n\nSở Tư pháp\n\nSở Y tế\n\nSở Nội vụ\n\nThanh tra tỉnh\n\nCác đơn vị "
    "đã ký giao ước thi đua.",
]


@pytest.mark.parametrize("sentence", ONE_UNIT_PER_LINE)
def test_units_one_per_unmarked_line(sentence: str) -> None:
    """Names one per line with no bullet after an intro's colon are the list; a full stop or a
    line that is a sentence ends it."""
    assert members(sentence) == FOUR


def test_one_unmarked_line_after_a_colon_is_no_list() -> None:
    """A single short line after a colon is the next paragraph, not a list of one."""
    text = "Cụm gồm 4 đơn vị:\nSở Tư pháp chủ trì\n\nCác đơn vị ký giao ước."
    assert members(text) == []


A_ROLE_CLAUSE_AFTER_THE_LIST = [
    "Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh; Sở Y tế đảm nhận cương vị Cụm phó.",
    "Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh; Sở Tư pháp là Cụm trưởng năm 2023.",
    "Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh; Thanh tra tỉnh giữ vai trò Cụm phó.",
]


@pytest.mark.parametrize("sentence", A_ROLE_CLAUSE_AFTER_THE_LIST)
def test_a_role_clause_after_a_semicolon_ends_the_list(sentence: str) -> None:
    """ "...; X đảm nhận cương vị Cụm phó": a clause of its own, not a fifth member."""
    assert members(sentence) == FOUR


COUNTED_HEAD_IN_WORDS = [
    (
        "Về dự có lãnh đạo của cả bốn Sở Tư pháp trong Cụm là Hà Nam, Nam Định, Ninh Bình và "
        "Thái Bình.",
        "Sở Tư pháp",
    ),
    ("Bốn Hội Nhà báo thuộc Cụm gồm Hà Nam, Nam Định, Ninh Bình và Thái Bình.", "Hội Nhà báo"),
    (
        "Cụm có bốn Liên đoàn Lao động: Hà Nam, Nam Định, Ninh Bình và Thái Bình.",
        "Liên đoàn Lao động",
    ),
]


@pytest.mark.parametrize(("sentence", "head"), COUNTED_HEAD_IN_WORDS)
def test_a_head_counted_in_words_is_shared(sentence: str, head: str) -> None:
    """ "cả bốn Sở Tư pháp trong Cụm là A, B": the counted head, in words, goes to each place."""
    places = ["Hà Nam", "Nam Định", "Ninh Bình", "Thái Bình"]
    assert members(sentence) == [f"{head} {p}" for p in places]


def test_mot_so_is_no_counted_head() -> None:
    """ "Một số thành tựu bao gồm: tỷ lệ ... đạt từ 54,9% đến 83%": "một số" (some) counts
    nothing, so the figures after it are no list."""
    text = (
        "Một số thành tựu đáng chú ý bao gồm: tỷ lệ giải ngân vốn đầu tư công đạt từ 54,9% đến "
        "83%; thu ngân sách địa phương vượt dự toán."
    )
    assert members(text) == []


COUNTED_THEN_CU_THE_LA = [
    "Cụm có bốn thành viên, cụ thể là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Hội nghị có sự tham gia của đại diện 04 cơ quan đóng trên địa bàn tỉnh – cũng là bốn thành "
    "viên của Cụm, là: Sở Tư pháp; Sở Y tế; Sở Nội vụ và Thanh tra tỉnh.",
    "Các đơn vị trong Cụm, cụ thể là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh, đã ký giao "
    "ước.",
]


@pytest.mark.parametrize("sentence", COUNTED_THEN_CU_THE_LA)
def test_members_after_cu_the_la_or_a_comma_before_la(sentence: str) -> None:
    """ "N thành viên, cụ thể là A, B", "thành viên của Cụm, là: A; B": the names are members."""
    assert members(sentence) == FOUR


def test_a_bloc_named_with_khen_thuong_still_lists_members() -> None:
    """ "Cụm thi đua khen thưởng vùng thấp gồm A, B": the words of the bloc's own name say
    nothing about what is listed, so the list is its members, not award recipients."""
    text = (
        "Tin\n\nNgày 22/5, Cụm thi đua khen thưởng vùng thấp gồm thành phố Điện Biên Phủ, thị xã "
        "Mường Lay và huyện Điện Biên đã tổng kết công tác thi đua năm 2023."
    )
    facts = extract_facts(article(text))
    assert facts.blocs[0].members == [
        "thành phố Điện Biên Phủ",
        "thị xã Mường Lay",
        "huyện Điện Biên",
    ]


LISTED_ONE_PER_LINE_AFTER_A_COLON = [
    "Các đơn vị trong Cụm, tính theo thứ tự, cả thảy là:\n- Sở Tư pháp\n- Sở Y tế\n- Sở Nội "
    "vụ\n- Thanh tra tỉnh",
    "Hội nghị có sự tham gia của bốn đơn vị, tổng cộng là:\n1. Sở Tư pháp;\n2. Sở Y tế;\n3. Sở Nội "
    "vụ;\n4. Thanh tra tỉnh.",
    "Hội nghị có sự tham dự của đại diện lãnh đạo bốn đơn vị thành viên của Cụm, danh sách cụ thể "
    "như sau:\n1. Sở Tư pháp\n2. Sở Y tế\n3. Sở Nội vụ\n4. Thanh tra tỉnh",
    "Bốn đơn vị thuộc Cụm đã ký giao ước thi đua năm 2024, với các thành viên:\n- Sở Tư "
    "pháp;\n- Sở Y tế;\n- Sở Nội vụ;\n- Thanh tra tỉnh.",
    "Cụm có bốn đơn vị thành viên, cả thảy đều cử lãnh đạo tham dự:\n- Sở Tư pháp;\n- Sở Y tế;\n- "
    "Sở Nội vụ;\n- Thanh tra tỉnh.",
]


@pytest.mark.parametrize("sentence", LISTED_ONE_PER_LINE_AFTER_A_COLON)
def test_units_listed_one_per_line_after_a_clause_about_them(sentence: str) -> None:
    """A line about the bloc's members or its counted units that ends in a colon ("cả thảy
    là:", "danh sách cụ thể như sau:", "với các thành viên:"), then the units one per line."""
    assert members(sentence) == FOUR


NAMES_HOLDING_AND_OR_A_COMMA = [
    "Văn phòng HĐND và UBND huyện Tiên Du",
    "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
    "Hội Doanh nghiệp nhỏ và vừa tỉnh",
    "Cảnh sát PCCC và CNCH tỉnh",
    "Phòng Lao động - Thương binh và Xã hội thị xã",
]
LIST_WORDINGS = [
    "Khối gồm {k} đơn vị: {lst}.",
    "Các đơn vị thành viên của Khối gồm: {lst}.",
    "Khối có {k} thành viên là {lst}.",
    "Tham dự hội nghị có đại diện lãnh đạo {k} đơn vị trong Khối gồm {lst}.",
    "Khối thi đua hiện có {k} cơ quan, đơn vị ({lst}).",
]


@pytest.mark.parametrize("wording", LIST_WORDINGS)
@pytest.mark.parametrize("at", [0, 1, 2])
def test_list_items_whose_names_hold_and_or_a_comma(wording: str, at: int) -> None:
    """A name with its own "và" or comma stays one item wherever it stands in the list, and a
    capitalised level after the list's "và" ("và Xã Hợp Thành") opens the last item."""
    for name in NAMES_HOLDING_AND_OR_A_COMMA:
        items = ["Thanh tra huyện", "Sở Ngoại vụ"]
        items.insert(at, name)
        items.append("Xã Hợp Thành")
        lst = ", ".join(items[:-1]) + " và " + items[-1]
        assert members(wording.format(k=len(items), lst=lst)) == items, name


SOME_NAMED_AFTER_THE_COUNT = [
    "Khối gồm 07 cơ quan, đơn vị, trong đó có Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Cụm hiện có 12 hội, tổ chức nghề nghiệp, trong đó có Sở Tư pháp, Sở Y tế, Sở Nội vụ và "
    "Thanh tra tỉnh.",
    "Toàn Khối hiện có 25 thành viên, đều là đơn vị hành chính với gần 2.000 cán bộ; trong đó có "
    "Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Khối có 10 đơn vị, trong số đó có Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh; số còn "
    "lại là các đơn vị sự nghiệp.",
    "Dự hội nghị có lãnh đạo 9 đơn vị thành viên của Khối, trong đó có Sở Tư pháp, Sở Y tế, Sở "
    "Nội vụ và Thanh tra tỉnh.",
    "Đại diện 9 đơn vị trong Khối, trong số đó có Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra "
    "tỉnh, đã ký giao ước.",
]


@pytest.mark.parametrize("sentence", SOME_NAMED_AFTER_THE_COUNT)
def test_units_named_after_trong_do_co_are_members(sentence: str) -> None:
    """ "Khối gồm N đơn vị, trong đó có A, B": the units named among the counted are members."""
    assert members(sentence) == FOUR


def test_units_named_after_trong_do_co_and_then_awarded_are_recipients() -> None:
    """ "Khối có 12 đơn vị, trong đó có A và B được đề nghị tặng Cờ": an award follows the
    names, so they are its recipients, not the member list."""
    assert (
        members("Khối có 12 đơn vị, trong đó có Sở Y tế và Sở Nội vụ được đề nghị tặng Cờ thi đua.")
        == []
    )


FIELDS_AFTER_A_HEADED_FIELD = [
    "Khối gồm Sở Tư pháp, Y tế, Nội vụ và Tài chính.",
    "Khối gồm bốn cơ quan: Sở Tư pháp, Y tế, Nội vụ, Tài chính.",
    "Các đơn vị trong Khối là Sở Tư pháp, Y tế, Nội vụ và Tài chính.",
]


@pytest.mark.parametrize("sentence", FIELDS_AFTER_A_HEADED_FIELD)
def test_fields_after_a_head_and_a_field_share_the_head(sentence: str) -> None:
    """ "Sở Tư pháp, Y tế, Nội vụ": bare fields after "Sở" and a field are Sở too."""
    assert members(sentence) == ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "Sở Tài chính"]


A_TOTAL_AFTER_A_DASH_ENDS_THE_LIST = [
    "Cụm quy tụ UBND các phường: Tân An, Tân Hòa, Vĩnh Tân và Thới Hòa – tổng cộng bốn đơn vị.",
    "Cụm quy tụ UBND các phường: Tân An, Tân Hòa, Vĩnh Tân và Thới Hòa - cả thảy 4 đơn vị.",
    "Cụm gồm UBND các phường Tân An, Tân Hòa, Vĩnh Tân và Thới Hòa – tổng số 4 thành viên.",
]


@pytest.mark.parametrize("sentence", A_TOTAL_AFTER_A_DASH_ENDS_THE_LIST)
def test_a_total_after_a_dash_ends_the_list(sentence: str) -> None:
    """ "A, B và C – tổng cộng bốn đơn vị": the total after the dash is no part of the last item."""
    assert members(sentence) == [
        "UBND phường Tân An",
        "UBND phường Tân Hòa",
        "UBND phường Vĩnh Tân",
        "UBND phường Thới Hòa",
    ]


COUNTED_THEN_A_CLAUSE_THEN_A_COLON = [
    "Khối năm nay có bốn thành viên, tất cả đều cử lãnh đạo phụ trách thi đua, khen thưởng dự "
    "hội nghị: Sở Tư pháp; Sở Y tế; Sở Nội vụ; Thanh tra tỉnh.",
    "Hiện khối có tổng cộng 4 đơn vị thành viên, là các cơ quan tham mưu của UBND tỉnh: Sở Tư "
    "pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Cụm gồm 4 cơ quan, đều đóng trên địa bàn thành phố: Sở Tư pháp, Sở Y tế, Sở Nội vụ, Thanh "
    "tra tỉnh.",
]


@pytest.mark.parametrize("sentence", COUNTED_THEN_A_CLAUSE_THEN_A_COLON)
def test_units_after_the_blocs_count_a_clause_and_a_colon(sentence: str) -> None:
    """ "Khối có N thành viên, <a clause about them>: A; B": the units after the colon."""
    assert members(sentence) == FOUR


def test_a_count_then_an_award_clause_and_a_colon_lists_no_members() -> None:
    """ "Khối có 8 thành viên, trong đó 2 đơn vị được đề nghị tặng Cờ thi đua: A, B": the
    names after the colon are the award's."""
    assert (
        members(
            "Khối có 8 thành viên, trong đó 2 đơn vị được đề nghị tặng Cờ thi đua: Sở Y tế, Sở "
            "Nội vụ."
        )
        == []
    )


def test_the_counted_noun_written_with_a_capital() -> None:
    """ "Cụm có 4 Hội thành viên là A, B": "Hội" is the counted noun, not the items' head."""
    assert members(
        "Cụm hiện có 4 Hội thành viên là Hội Luật gia tỉnh, Hội Nhà báo tỉnh, Hội Đông y tỉnh và "
        "Hội Người mù tỉnh."
    ) == ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "Hội Đông y tỉnh", "Hội Người mù tỉnh"]


def test_a_parents_branches_in_brackets_without_a_colon() -> None:
    """ "Agribank (chi nhánh Đồng Nai, Bắc Đồng Nai); BIDV (chi nhánh Biên Hòa)": one unit per
    branch, as with "(các chi nhánh: A, B)"."""
    assert members(
        "Khối gồm các ngân hàng: Agribank (chi nhánh Đồng Nai, Bắc Đồng Nai); BIDV (chi nhánh "
        "Biên Hòa, Nhơn Trạch)."
    ) == [
        "Agribank chi nhánh Đồng Nai",
        "Agribank chi nhánh Bắc Đồng Nai",
        "BIDV chi nhánh Biên Hòa",
        "BIDV chi nhánh Nhơn Trạch",
    ]


def test_a_meeting_after_a_blocs_colon_is_no_member_list() -> None:
    """ "1. Khối thi đua X: Hội nghị diễn ra ngày ..., dưới sự chủ trì của A (đơn vị Trưởng
    khối)": "Hội nghị" opens no unit, so this is no list; the role note still names A."""
    text = (
        "Tin\n\n1. Khối thi đua các cơ quan Đảng: Hội nghị diễn ra ngày 10/01/2024, dưới sự chủ "
        "trì của Ban Tuyên giáo Tỉnh ủy (đơn vị Trưởng khối năm 2023); Phó Trưởng khối là Tỉnh "
        "đoàn."
    )
    bloc = extract_facts(article(text)).blocs[0]
    assert bloc.members == []
    assert bloc.leader is not None and bloc.leader.org == "Ban Tuyên giáo Tỉnh ủy"


COUNTED_THEN_NAMED_IN_THE_NEXT_SENTENCE = [
    "Khối gồm 4 đơn vị. Cụ thể: Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
    "Khối có 4 thành viên. Gồm: Sở Tư pháp, Sở Y tế, Sở Nội vụ, Thanh tra tỉnh.",
    "Khối hiện có bốn cơ quan. Đó là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
]


@pytest.mark.parametrize("sentence", COUNTED_THEN_NAMED_IN_THE_NEXT_SENTENCE)
def test_units_named_in_the_sentence_after_the_blocs_count(sentence: str) -> None:
    """ "Khối có N đơn vị. Đó là A, B": the count in one sentence, the names in the next."""
    assert members(sentence) == FOUR


HOLDERS_THEN_THE_REST_COUNTED = [
    "Khối gồm 5 đơn vị: Sở Tư pháp (Khối trưởng), Sở Nội vụ (Khối phó) và ba đơn vị thành viên "
    "là: Sở Y tế, Sở Xây dựng, Thanh tra tỉnh.",
    "Khối gồm năm đơn vị: Sở Tư pháp Khối trưởng, Sở Nội vụ Khối phó và 3 đơn vị thành viên là "
    "Sở Y tế, Sở Xây dựng, Thanh tra tỉnh.",
    "Khối có năm thành viên: Sở Tư pháp - Khối trưởng, Sở Nội vụ - Khối phó và ba đơn vị thành "
    "viên là Sở Y tế, Sở Xây dựng và Thanh tra tỉnh.",
    "Khối gồm Sở Tư pháp là Khối trưởng, Sở Nội vụ là Khối phó và các đơn vị thành viên gồm Sở Y "
    "tế, Sở Xây dựng, Thanh tra tỉnh.",
]


@pytest.mark.parametrize("sentence", HOLDERS_THEN_THE_REST_COUNTED)
def test_the_rest_of_a_list_counted_after_its_holders(sentence: str) -> None:
    """ "A (Khối trưởng), B (Khối phó) và ba đơn vị thành viên là C, D, E": the count, in
    digits or words, with or without a colon, introduces the rest; it is no item."""
    assert members(sentence) == [
        "Sở Tư pháp",
        "Sở Nội vụ",
        "Sở Y tế",
        "Sở Xây dựng",
        "Thanh tra tỉnh",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm gồm: Công an tỉnh Đồng Nai và hai thành phố Biên Hòa, Long Khánh.",
        "Cụm gồm: Công an tỉnh Đồng Nai và 2 thành phố Biên Hòa, Long Khánh.",
    ],
)
def test_a_count_in_words_after_and_opens_a_new_unit(sentence: str) -> None:
    """ "A và hai thành phố B, C" splits as "A và 2 thành phố B, C" does."""
    assert members(sentence) == [
        "Công an tỉnh Đồng Nai",
        "Công an thành phố Biên Hòa",
        "Công an Long Khánh",
    ]


COUNTS_IN_COMPOUND_WORDS_OR_AFTER_A_CHANGE = [
    ("Tất cả mười hai huyện trong Cụm đã ký kết giao ước thi đua.", 12),
    ("Là một trong mười một tỉnh của Cụm, Sở Y tế luôn đi đầu.", 11),
    ("Cụm hiện có mười hai huyện thành viên.", 12),
    ("Sau sắp xếp, Cụm nay còn 9 đơn vị.", 9),
    ("Sau khi hợp nhất, cụm chỉ còn mười một cơ quan.", 11),
    ("Cụm có 8 địa phương: thành phố Thái Bình và các huyện Quỳnh Phụ, Hưng Hà.", 8),
    ("Đến nay cụm còn 2 đơn vị chưa nộp báo cáo.", None),
    ("Cụm thi đua có tổng số 7 cơ quan.", 7),
]


@pytest.mark.parametrize(("sentence", "want"), COUNTS_IN_COMPOUND_WORDS_OR_AFTER_A_CHANGE)
def test_member_counts_in_compound_words_or_after_a_change(sentence: str, want: int | None) -> None:
    """ "mười hai huyện" is twelve, not two; "Khối còn 9 đơn vị" after a merger is the size;
    "địa phương" counts units; "có tổng số 7 cơ quan" names no bloc "số 7"; what is left to do
    ("còn 2 đơn vị chưa ...") is no size."""
    facts = extract_facts(article(REVIEW + sentence))
    assert [b.name for b in facts.blocs] == ["Cụm thi đua số 4"]
    assert facts.blocs[0].member_count == want


UNITS_AFTER_A_PLURAL_AND_A_COLON = [
    "Dự có lãnh đạo các đơn vị: Sở Y tế, Sở Tư pháp và Thanh tra tỉnh.",
    "Có mặt tại hội nghị là lãnh đạo, chủ tịch công đoàn cơ sở của các đơn vị: Sở Y tế (Khối "
    "trưởng); Sở Tư pháp; Thanh tra tỉnh.",
    "Tham dự hội nghị có đại diện những cơ quan, đơn vị sau: Sở Y tế; Sở Tư pháp; Thanh tra tỉnh.",
]


@pytest.mark.parametrize("sentence", UNITS_AFTER_A_PLURAL_AND_A_COLON)
def test_the_units_after_a_plural_and_a_colon(sentence: str) -> None:
    """ "lãnh đạo các đơn vị: A, B, C": the units of an attendance list are the members."""
    assert members(sentence) == ["Sở Y tế", "Sở Tư pháp", "Thanh tra tỉnh"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị đã biểu dương các đơn vị sau: Sở Y tế, Sở Tư pháp và Thanh tra tỉnh.",
        "Khối tuyên dương các đơn vị: Sở Y tế, Sở Tư pháp và Thanh tra tỉnh.",
        "Hội nghị thống nhất 3 văn bản của Khối năm 2024, gồm: Kế hoạch hoạt động phong trào thi "
        "đua; Quy chế xét thi đua, khen thưởng và Bản giao ước thi đua.",
        "Khối ban hành các văn bản: Kế hoạch phát động thi đua, Chương trình công tác năm và Quy "
        "định chấm điểm.",
    ],
)
def test_praised_units_and_documents_are_no_members(sentence: str) -> None:
    """Units praised ("biểu dương", "tuyên dương") are recipients; a list of documents
    ("Kế hoạch hoạt động ...", "Quy chế ...") names no unit."""
    assert members(sentence) == []


PLACES_LEFT_OVER_MAKE_THE_BLOC = [
    "Sáu huyện còn lại là Vĩnh Cửu, Thống Nhất, Định Quán, Tân Phú, Xuân Lộc và Cẩm Mỹ hợp "
    "thành Cụm.",
    "6 huyện còn lại, gồm Vĩnh Cửu, Thống Nhất, Định Quán, Tân Phú, Xuân Lộc và Cẩm Mỹ, hợp "
    "thành Cụm.",
    "Các huyện khác là Vĩnh Cửu, Thống Nhất, Định Quán, Tân Phú, Xuân Lộc và Cẩm Mỹ thuộc cụm.",
]


@pytest.mark.parametrize("sentence", PLACES_LEFT_OVER_MAKE_THE_BLOC)
def test_places_left_over_named_before_they_make_the_bloc(sentence: str) -> None:
    """ "Sáu huyện còn lại là A, B ... hợp thành Cụm": the first name after "là" is an item."""
    got = members(sentence)
    assert [g.removeprefix("huyện ") for g in got] == [
        "Vĩnh Cửu", "Thống Nhất", "Định Quán", "Tân Phú", "Xuân Lộc", "Cẩm Mỹ"
    ]  # fmt: skip


DESCRIBED_COUNT_THEN_NAMES = [
    "Cụm quy tụ bốn phường nằm ở khu vực trung tâm của tỉnh là Hoa Lư, Phủ Lý, Nam Định và Thiên "
    "Trường.",
    "Cụm quy tụ 4 phường nằm ở khu vực trung tâm của tỉnh là Hoa Lư, Phủ Lý, Nam Định và Thiên "
    "Trường.",
    "Cụm gồm các phường ở trung tâm tỉnh là Hoa Lư, Phủ Lý, Nam Định và Thiên Trường.",
]


@pytest.mark.parametrize("sentence", DESCRIBED_COUNT_THEN_NAMES)
def test_counted_units_described_before_their_names(sentence: str) -> None:
    """ "quy tụ bốn phường nằm ở khu vực trung tâm là A, B": the description and its count are
    no item; the first name after "là" is."""
    got = members(sentence)
    assert [g.removeprefix("phường ") for g in got] == [
        "Hoa Lư",
        "Phủ Lý",
        "Nam Định",
        "Thiên Trường",
    ]


def test_a_described_count_is_no_unit() -> None:
    """ "năm thành phố trực thuộc trung ương, với các thành viên là A, B": the counted
    description is no member; the units named after it are."""
    got = members(
        "Cụm quy tụ năm thành phố trực thuộc trung ương, với các thành viên là Sở Y tế Hà Nội, Sở "
        "Y tế Hải Phòng và Sở Y tế Đà Nẵng."
    )
    assert got == ["Sở Y tế Hà Nội", "Sở Y tế Hải Phòng", "Sở Y tế Đà Nẵng"]


@pytest.mark.parametrize("count", ["3", "03", "ba"], ids=["digits", "padded", "words"])
def test_a_counted_plural_head_spreads_whatever_the_number_form(count: str) -> None:
    """ "Cụm gồm ba đơn vị là các Đồn Biên phòng A, B và C" reads as "gồm 3 đơn vị là ..."."""
    got = members(
        f"Cụm gồm {count} đơn vị là các Đồn Biên phòng Điền Hương, Hải Dương và Thuận An."
    )
    assert got == [
        "Đồn Biên phòng Điền Hương", "Đồn Biên phòng Hải Dương", "Đồn Biên phòng Thuận An"
    ]  # fmt: skip


SIZES_AMONG_ATTENDANCE_AND_KINDS = [
    ("Dự có cán bộ chuyên trách của chín Liên đoàn Lao động quận, huyện trong cụm.", 9),
    ("Dự có cán bộ chuyên trách của 9 Liên đoàn Lao động quận, huyện trong cụm.", 9),
    ("Lãnh đạo sáu cục hải quan tỉnh, thành phố là thành viên Cụm ký giao ước.", 6),
]


@pytest.mark.parametrize(("sentence", "want"), SIZES_AMONG_ATTENDANCE_AND_KINDS)
def test_sizes_among_attendance_counts_and_kinds(sentence: str, want: int | None) -> None:
    """A count in words before a capitalised kind and a comma ("chín Liên đoàn Lao động quận,
    huyện trong cụm"), "là thành viên Cụm" after the kind."""
    assert extract_facts(article(REVIEW + sentence)).blocs[0].member_count == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm có 04 đơn vị thành viên, gồm:\nSở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
        "Cụm có 04 đơn vị thành viên, gồm:\n\nSở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
        "Các đơn vị thành viên của Cụm là:\nSở Tư pháp; Sở Y tế; Sở Nội vụ và Thanh tra tỉnh.",
    ],
)
def test_a_list_in_the_paragraph_after_its_intro(sentence: str) -> None:
    """ "gồm:" ending its line, the list running on in the next line or paragraph."""
    assert members(sentence) == FOUR


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự có lãnh đạo Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh là các đơn vị thành viên "
        "của Cụm (Ảnh: Toàn cảnh hội nghị).",
        "Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh là những cơ quan thành viên của Cụm.",
        "Cụm gồm: Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh là các đơn vị thành viên.",
    ],
)
def test_a_list_ends_before_la_cac_don_vi_thanh_vien(sentence: str) -> None:
    """ "A, B và C là các đơn vị thành viên của Cụm": the last item ends before "là"."""
    assert members(sentence) == FOUR


@pytest.mark.parametrize(
    "tail",
    [
        "; Sở Tư pháp, đơn vị giữ vai trò Cụm trưởng năm 2023, đăng cai hội nghị.",
        "; Sở Tư pháp, là đơn vị làm Cụm trưởng, chủ trì hội nghị.",
        "; Sở Tư pháp - đơn vị đảm nhận vai trò Cụm trưởng - phát biểu khai mạc.",
    ],
)
def test_a_role_clause_with_a_comma_after_a_semicolon_ends_the_list(tail: str) -> None:
    """ "A, B, C và D; A, đơn vị giữ vai trò Cụm trưởng, đăng cai": the clause after ";" tells
    a role, it is no item."""
    got = members("Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh" + tail)
    assert got == FOUR


@pytest.mark.parametrize(
    "opening",
    ["Sáng 26/2, ", "Ngày 26/02/2024, ", "Chiều 26-2, "],
)
def test_a_blocs_colon_before_a_dated_report_opens_no_list(opening: str) -> None:
    """ "Cụm thi đua số 4: Sáng 26/2, Công an tỉnh A là nơi diễn ra hội nghị ... gồm: B, C": the
    colon heads a report, whose own list is the members."""
    got = members(
        f"Cụm thi đua số 4: {opening}Công an tỉnh Đắk Nông là nơi diễn ra hội nghị của Công an "
        "4 tỉnh thuộc cụm gồm: Đắk Nông, Đắk Lắk, Lâm Đồng và Gia Lai."
    )
    assert got == ["Công an Đắk Nông", "Công an Đắk Lắk", "Công an Lâm Đồng", "Công an Gia Lai"]


def test_a_numbered_item_wrapped_before_its_year_stays_one_item() -> None:
    """ "2. A – Phó Trưởng khối năm" / "2024": the wrapped year goes with its item, and the
    list goes on with the next numbered line."""
    got = members(
        "Cụm gồm các đơn vị sau:\n1. Sở Tư pháp – Trưởng\nkhối năm 2024\n2. Sở Y tế – Phó Trưởng "
        "khối năm\n2024\n3. Sở Nội vụ\n4. Thanh tra tỉnh\n"
    )
    assert got == FOUR


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh, cũng tổ chức ký kết giao ước.",
        "Các đơn vị của Cụm là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh cũng đã hoàn "
        "thành nhiệm vụ.",
        "Cụm có 4 đơn vị gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ, Thanh tra tỉnh, cũng đều ký giao ước.",
    ],
)
def test_a_list_ends_before_cung(sentence: str) -> None:
    """ "gồm A, B và C, cũng tổ chức ...": the last item ends before "cũng"."""
    assert members(sentence) == FOUR


@pytest.mark.parametrize(
    ("sentence", "head", "n"),
    [
        (
            "Cụm gồm sáu Sở Công Thương các tỉnh Hưng Yên, Hải Dương, Thái Bình và Ninh Bình.",
            "Sở Công Thương ",
            4,
        ),
        (
            "Cụm có 4 Hội Nông dân các huyện Yên Lạc, Tam Dương, Bình Xuyên và Sông Lô.",
            "Hội Nông dân huyện ",
            4,
        ),
        (
            "Cụm quy tụ năm Liên đoàn Lao động các tỉnh, thành phố Hà Nam, Nam Định, Ninh Bình, "
            "Thái Bình và Hải Phòng.",
            "Liên đoàn Lao động ",
            5,
        ),
    ],
)
def test_a_counted_head_before_a_plural_of_places_is_shared(
    sentence: str, head: str, n: int
) -> None:
    """ "gồm sáu Sở Công Thương các tỉnh A, B": the count is passed over and every place takes
    the head, as without a count."""
    got = members(sentence)
    assert len(got) == n and all(g.startswith(head) for g in got)


@pytest.mark.parametrize(
    "line",
    [
        "Cụm thi đua số 6: Sở Y tế (Cụm trưởng), Sở Tư pháp (Cụm phó).",
        "Cụm thi đua số 4: Giám đốc Sở Y tế làm Cụm trưởng, Giám đốc Sở Tư pháp làm Cụm phó.",
        "Cụm thi đua số 5: Sở Y tế - Cụm trưởng; Sở Tư pháp - Cụm phó.",
    ],
)
def test_the_two_holders_of_the_roles_are_no_member_list(line: str) -> None:
    """A bloc's line naming only its leader and deputy gives the roles, not two members."""
    text = (
        "Phân công các cụm thi đua năm 2022\n\nUBND tỉnh phân công các cụm thi đua năm 2022 như "
        "sau.\n\n- " + line
    )
    (bloc,) = extract_facts(article(text)).blocs
    assert bloc.members == []
    assert (bloc.leader and bloc.leader.org, bloc.deputy_leader and bloc.deputy_leader.org) == (
        "Sở Y tế",
        "Sở Tư pháp",
    )


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Cụm có 5 đơn vị, ngoài Hội PN Công an tỉnh còn có Hội LHPN 3 huyện Mê Linh, Đông "
            "Anh, Sóc Sơn; Hội PN Bộ Chỉ huy Quân sự tỉnh.",
            [
                "Hội PN Công an tỉnh",
                "Hội LHPN huyện Mê Linh",
                "Hội LHPN huyện Đông Anh",
                "Hội LHPN huyện Sóc Sơn",
                "Hội PN Bộ Chỉ huy Quân sự tỉnh",
            ],
        ),
        (
            "Ngoài Bệnh viện Đa khoa tỉnh, Cụm còn có: Trung tâm Y tế huyện Ba Vì, Bệnh viện Phổi "
            "và Bệnh viện Mắt.",
            [
                "Bệnh viện Đa khoa tỉnh",
                "Trung tâm Y tế huyện Ba Vì",
                "Bệnh viện Phổi",
                "Bệnh viện Mắt",
            ],
        ),
        (
            "Ngoài Sở Tư pháp, Cụm còn có các đơn vị Sở Y tế, Sở Nội vụ và Thanh tra tỉnh.",
            ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "Thanh tra tỉnh"],
        ),
    ],
)
def test_the_unit_set_aside_by_ngoai_is_a_member_too(sentence: str, want: list[str]) -> None:
    """ "ngoài X, Cụm còn có: A, B": X and the units after it are the members."""
    assert members(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Cụm gồm các Sở TN&MT Cao Bằng, Bắc Kạn, Thái Nguyên và Phú Thọ.", "Sở TN&MT "),
        ("Dự có lãnh đạo các Sở Tư pháp Hà Nam, Nam Định và Ninh Bình thuộc Cụm.", "Sở Tư pháp "),
        ("Cụm gồm các Sở VH-TT&DL Cao Bằng, Bắc Kạn và Phú Thọ.", "Sở VH-TT&DL "),
    ],
)
def test_a_plural_first_item_ending_with_a_place_shares_all_before_it(
    sentence: str, head: str
) -> None:
    """ "các Sở Tư pháp Hà Nam, Nam Định": the places after take "Sở Tư pháp", not "Sở"."""
    got = members(sentence)
    assert len(got) >= 3 and all(g.startswith(head) for g in got)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Huyện Sa Thầy là một trong 5 đơn vị của cụm, cùng với thành phố Kon Tum và các huyện "
            "Kon Plông, Ia H’Drai, Kon Rẫy.",
            ["Huyện Sa Thầy", "thành phố Kon Tum", "huyện Kon Plông", "Ia H’Drai", "Kon Rẫy"],
        ),
        (
            "Yên Bái là một trong bảy tỉnh thành viên của cụm, cùng với các tỉnh bạn Tuyên Quang, "
            "Phú Thọ, Hòa Bình, Thái Nguyên, Bắc Giang và Bắc Kạn.",
            [
                "Yên Bái",
                "Tuyên Quang",
                "Phú Thọ",
                "Hòa Bình",
                "Thái Nguyên",
                "Bắc Giang",
                "Bắc Kạn",
            ],
        ),
        (
            "Năm nay, Sở Y tế là một trong 4 đơn vị của Khối, cùng với Sở Tư pháp, Sở Nội vụ và "
            "Thanh tra tỉnh.",
            ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"],
        ),
    ],
)
def test_one_of_the_members_together_with_the_others(sentence: str, want: list[str]) -> None:
    """ "X là một trong 5 đơn vị của cụm, cùng với A, B": X and the units after it."""
    assert members(sentence) == want


def test_a_count_of_members_then_their_names_in_the_next_sentence() -> None:
    """ "..., với 9 tỉnh, thành phố thành viên. Cụ thể là A, B": the names are the members."""
    assert members(
        "Cụm có phạm vi rộng, trải từ Thủ đô đến các tỉnh biên giới, với 5 tỉnh, thành phố thành "
        "viên. Cụ thể là Hà Nội, Thái Nguyên, Tuyên Quang, Cao Bằng và Phú Thọ."
    ) == ["Hà Nội", "Thái Nguyên", "Tuyên Quang", "Cao Bằng", "Phú Thọ"]


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        (
            "Với vai trò Cụm trưởng – cụm gồm Sở Y tế 4 tỉnh: Yên Bái, Hòa Bình, Tuyên Quang và "
            "Phú Thọ – Sở Y tế Yên Bái đã chủ trì.",
            "Sở Y tế Phú Thọ",
        ),
        (
            "Các đơn vị trong Cụm là Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh – Sở Tư pháp "
            "đã đăng cai hội nghị.",
            "Thanh tra tỉnh",
        ),
        (
            "Cụm gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ và Thanh tra tỉnh – Thanh tra tỉnh vừa nhận "
            "nhiệm vụ Cụm phó.",
            "Thanh tra tỉnh",
        ),
    ],
)
def test_a_dash_before_a_new_predicate_ends_the_list(sentence: str, last: str) -> None:
    """ "A, B và C – D đã chủ trì": the dash opens a clause of its own, not a longer item."""
    assert members(sentence)[-1] == last


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Cụm gồm: Sở Y tế, Sở Lao động, Thương Binh và Xã hội, Sở Giáo dục và Đào tạo.",
            ["Sở Y tế", "Sở Lao động, Thương Binh và Xã hội", "Sở Giáo dục và Đào tạo"],
        ),
        (
            "Cụm gồm 3 đơn vị: Sở Văn hóa, Thể Thao và Du Lịch; Sở Lao động, Thương binh và xã "
            "hội và Sở Tư pháp.",
            ["Sở Văn hóa, Thể Thao và Du Lịch", "Sở Lao động, Thương binh và xã hội", "Sở Tư pháp"],
        ),
        (
            "Các đơn vị trong Cụm là Sở Nội vụ, Sở Lao động, Thương Binh và Xã Hội và Sở Tài "
            "chính.",
            ["Sở Nội vụ", "Sở Lao động, Thương Binh và Xã Hội", "Sở Tài chính"],
        ),
    ],
)
def test_an_official_name_with_a_comma_holds_in_any_capitalisation(
    sentence: str, want: list[str]
) -> None:
    """ "Sở Lao động, Thương Binh và Xã hội": one member however its fields are capitalised."""
    assert members(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "count", "want"),
    [
        (
            "Cụm thi đua số 4 (09 tỉnh Phú Yên, Bình Định, Quảng Ngãi, Quảng Nam, Đà Nẵng, Thừa "
            "Thiên Huế, Quảng Trị, Quảng Bình, Hà Tĩnh) đã bình xét thi đua.",
            9,
            9,
        ),
        ("Cụm gồm 4 huyện Yên Thế, Lục Nam, Sơn Động và Lục Ngạn.", 4, 4),
        (
            "Cụm thi đua số 4 (5 tỉnh, thành phố Hà Nội, Hải Phòng, Hải Dương, Hưng Yên, Bắc "
            "Ninh) họp.",
            5,
            5,
        ),
    ],
)
def test_a_count_of_places_opening_the_list_counts_it(sentence: str, count: int, want: int) -> None:
    """ "(09 tỉnh Phú Yên, Bình Định, ...)": the count opens the first item, as many as listed."""
    facts = extract_facts(article(REVIEW + sentence))
    bloc = facts.blocs[0]
    assert (bloc.member_count, len(bloc.members)) == (count, want)
    assert not any(m[0].isdigit() for m in bloc.members)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm gồm BHXH 9 tỉnh, thành phố khu vực duyên hải miền Trung (từ Hà Tĩnh đến Phú Yên).",
        "Cụm gồm Sở Y tế 6 tỉnh, thành phố vùng đồng bằng sông Hồng.",
        "Cụm gồm Hội Nông dân 5 huyện, thị xã phía Bắc của tỉnh.",
    ],
)
def test_a_count_of_places_describes_the_units_and_names_none(sentence: str) -> None:
    """ "gồm BHXH 9 tỉnh, thành phố khu vực X": a count and a description, no member names."""
    facts = extract_facts(article(REVIEW + sentence))
    assert facts.blocs[0].members == []


def test_a_head_counted_before_its_places_still_spreads() -> None:
    """ "Sở Tư pháp 5 tỉnh Bình Định, Phú Yên, ...": the first place follows the count."""
    assert members(
        "Cụm gồm Sở Tư pháp 5 tỉnh Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận và Bình Thuận."
    ) == [
        "Sở Tư pháp Bình Định",
        "Sở Tư pháp Phú Yên",
        "Sở Tư pháp Khánh Hòa",
        "Sở Tư pháp Ninh Thuận",
        "Sở Tư pháp Bình Thuận",
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Cụm gồm: 4 công ty cao su (Lộc Ninh, Bình Long, Phú Riềng, Đồng Phú); 3 nhà máy thủy "
            "điện (Thác Mơ, Srok Phu Miêng và Cần Đơn) và Bưu điện tỉnh Bình Phước.",
            [
                "công ty cao su Lộc Ninh",
                "công ty cao su Bình Long",
                "công ty cao su Phú Riềng",
                "công ty cao su Đồng Phú",
                "nhà máy thủy điện Thác Mơ",
                "nhà máy thủy điện Srok Phu Miêng",
                "nhà máy thủy điện Cần Đơn",
                "Bưu điện tỉnh Bình Phước",
            ],
        ),
        (
            "Các đơn vị trong Cụm là: 2 công ty xổ số (Kiến thiết An Giang, Kiến thiết Cần Thơ) và "
            "Sở Tài chính.",
            [
                "công ty xổ số Kiến thiết An Giang",
                "công ty xổ số Kiến thiết Cần Thơ",
                "Sở Tài chính",
            ],
        ),
        (
            "Cụm có các đơn vị: 3 ban quản lý dự án (Giao thông, Dân dụng, Nông nghiệp); Sở Xây "
            "dựng.",
            [
                "ban quản lý dự án Giao thông",
                "ban quản lý dự án Dân dụng",
                "ban quản lý dự án Nông nghiệp",
                "Sở Xây dựng",
            ],
        ),
    ],
)
def test_a_counted_kind_with_its_names_in_brackets(sentence: str, want: list[str]) -> None:
    """ "4 công ty cao su (Lộc Ninh, Bình Long)": each name in brackets is a unit of the kind."""
    assert members(sentence) == want


def test_merged_offices_and_press_agencies_are_one_member() -> None:
    """ "Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh", "Đài Phát thanh - Truyền hình và Báo
    X": one unit each, in any capitalisation, whose "và" splits nothing."""
    assert members(
        "Khối gồm: Sở Y tế, Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh, Đài Phát thanh - "
        "Truyền hình và Báo Bình Phước, Sở Lao động, Thương Binh và Xã hội."
    ) == [
        "Sở Y tế",
        "Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh",
        "Đài Phát thanh - Truyền hình và Báo Bình Phước",
        "Sở Lao động, Thương Binh và Xã hội",
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Khối gồm: các sở Nội vụ, Tài chính, Ngoại vụ, Tư pháp.",
            ["Sở Nội vụ", "Sở Tài chính", "Sở Ngoại vụ", "Sở Tư pháp"],
        ),
        (
            "Khối gồm 10 đơn vị, bao gồm: các sở Nội vụ, Tài chính; Ban Dân tộc tỉnh.",
            ["Sở Nội vụ", "Sở Tài chính", "Ban Dân tộc tỉnh"],
        ),
        (
            "Khối gồm: các ban Tổ chức, Tuyên giáo, Dân vận Tỉnh ủy.",
            ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy"],
        ),
        (
            "Khối gồm Văn phòng UBND tỉnh, các sở Y tế, Giáo dục và Đào tạo.",
            ["Văn phòng UBND tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo"],
        ),
        # a counted kind before the run gives way to the run's own head
        (
            "Cụm có 6 CĐCS: các sở Tư pháp, Nội vụ, Tài chính; Thanh tra tỉnh.",
            ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Thanh tra tỉnh"],
        ),
        (
            "Khối có 5 công đoàn cơ sở: các Sở Y tế, Xây dựng; Văn phòng UBND tỉnh.",
            ["Sở Y tế", "Sở Xây dựng", "Văn phòng UBND tỉnh"],
        ),
        # a plural of places keeps its bare places (their level is dropped in matching)
        ("Khối gồm: các xã Tân Lập, Tân Hòa, Tân Phú.", ["xã Tân Lập", "Tân Hòa", "Tân Phú"]),
    ],
)
def test_a_lower_case_head_after_a_plural_is_shared(sentence: str, want: list[str]) -> None:
    """ "các sở Nội vụ, Tài chính" shares its head like "các Sở Nội vụ, Tài chính"."""
    assert members(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Khối gồm 2 đơn vị là Công ty 78 và 732.", ["Công ty 78", "Công ty 732"]),
        ("Khối gồm Trường THCS số 1 và 2.", ["Trường THCS số 1", "Trường THCS số 2"]),
        ("Cụm gồm Quân khu 1 và 2.", ["Quân khu 1", "Quân khu 2"]),
        ("Khối gồm Lữ đoàn 368 và Bộ Tư lệnh Đặc công.", ["Lữ đoàn 368", "Bộ Tư lệnh Đặc công"]),
        (
            "Khối gồm Phòng Tham mưu, Phòng Chính trị, Trung đoàn 892 và 893.",
            ["Phòng Tham mưu", "Phòng Chính trị", "Trung đoàn 892", "Trung đoàn 893"],
        ),
        (
            "Khối gồm Sở Y tế và Trường THPT số 1 và 2.",
            ["Sở Y tế", "Trường THPT số 1", "Trường THPT số 2"],
        ),
    ],
)
def test_a_number_after_a_numbered_unit_is_the_next_unit(sentence: str, want: list[str]) -> None:
    """ "Công ty 78 và 732": the number after "và" is a unit of the same numbered head."""
    assert members(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Khối gồm Hội Luật gia, Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh, đều hoàn thành "
            "tốt nhiệm vụ năm 2023.",
            ["Hội Luật gia", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"],
        ),
        (
            "Các đơn vị trong Khối gồm Sở Y tế, Sở Tư pháp và Sở Nội vụ, đều được tặng Bằng khen.",
            ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"],
        ),
        (
            "Cụm gồm Hội Nông dân các tỉnh Hà Giang, Cao Bằng và Bắc Kạn với tổng số gần 18.500 "
            "hội viên.",
            ["Hội Nông dân Hà Giang", "Hội Nông dân Cao Bằng", "Hội Nông dân Bắc Kạn"],
        ),
        (
            "Cụm gồm LĐLĐ các tỉnh Hà Giang, Cao Bằng, Lào Cai với hơn 200.000 đoàn viên.",
            ["LĐLĐ Hà Giang", "LĐLĐ Cao Bằng", "LĐLĐ Lào Cai"],
        ),
    ],
)
def test_a_predicate_or_a_size_after_the_list_ends_it(sentence: str, want: list[str]) -> None:
    """ ", đều hoàn thành ..." and "với tổng số gần 18.500 hội viên" are no part of the last."""
    assert members(sentence) == want


def test_a_place_head_is_shared_with_places_only() -> None:
    """ "Ủy ban MTTQ TPHCM, Lực lượng Thanh niên Xung phong TP": the second names itself."""
    assert members(
        "Cụm gồm: Ủy ban MTTQ Việt Nam TPHCM, Lực lượng Thanh niên Xung phong TP, Hội Cựu chiến "
        "binh TP, Công an TP."
    ) == [
        "Ủy ban MTTQ Việt Nam TPHCM",
        "Lực lượng Thanh niên Xung phong TP",
        "Hội Cựu chiến binh TP",
        "Công an TP",
    ]
    assert members("Cụm gồm: Hội Nhà báo Cần Thơ, Hậu Giang, Sóc Trăng, Bà Rịa - Vũng Tàu.") == [
        "Hội Nhà báo Cần Thơ",
        "Hội Nhà báo Hậu Giang",
        "Hội Nhà báo Sóc Trăng",
        "Hội Nhà báo Bà Rịa - Vũng Tàu",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tham dự hội nghị có lãnh đạo Ban Thi đua - Khen thưởng tỉnh cùng 4 đơn vị thành viên: "
        "Công an tỉnh, Tòa án nhân dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
        "Tham dự hội nghị có đại diện lãnh đạo Ban Thi đua - Khen thưởng tỉnh và 4 đơn vị trong "
        "Cụm gồm: Công an tỉnh, Tòa án nhân dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
        "Tham dự hội nghị có lãnh đạo Ban Thi đua - Khen thưởng tỉnh và 4 đơn vị thành viên là "
        "Công an tỉnh, Tòa án nhân dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
        "Dự hội nghị có lãnh đạo Sở Nội vụ cùng bốn đơn vị trong Cụm: Công an tỉnh, Tòa án nhân "
        "dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
        "Tham dự có lãnh đạo Văn phòng UBND tỉnh cùng 4 cơ quan thành viên: Công an tỉnh, Tòa án "
        "nhân dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
        "Về dự hội nghị có lãnh đạo Hội đồng Thi đua - Khen thưởng tỉnh cùng với 4 đơn vị trong "
        "Khối: Công an tỉnh, Tòa án nhân dân tỉnh, Thanh tra tỉnh, Sở Tư pháp.",
    ],
)
def test_guests_before_the_blocs_counted_units_are_no_members(sentence: str) -> None:
    """An attendance naming a guest, then the bloc's units counted: the counted units only."""
    assert members(sentence) == [
        "Công an tỉnh",
        "Tòa án nhân dân tỉnh",
        "Thanh tra tỉnh",
        "Sở Tư pháp",
    ]
