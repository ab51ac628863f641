"""Unit names the blind sets written from scratch (W, X, Y) showed: schools written in lower
case or by their level, a bank's branch after a dash, youth unions of a city or a district,
schools named after people, and a pair of role nouns that names no one."""

from __future__ import annotations

import pytest
from test_roles import REVIEW_2023, Slots, article, roles, slots

from extract.facts import extract_facts
from extract.nlp.orgs import find_orgs

SCHOOL_REVIEW = (
    "Tin\n\nSáng 5/8/2024, Sở GD&ĐT tổng kết năm học 2023-2024 của Cụm thi đua số 3 các "
    "trường THPT. "
)

SCHOOL_HOLDERS = [
    (
        SCHOOL_REVIEW + "Cụm có 7 trường; trường THPT Ca Văn Thỉnh làm cụm trưởng, trường THPT "
        "Trương Vĩnh Ký làm cụm phó.",
        slots(("trường THPT Ca Văn Thỉnh", None), ("trường THPT Trương Vĩnh Ký", None)),
    ),
    (
        SCHOOL_REVIEW + "Cụm có 6 trường, cụm trưởng là THPT Phan Thanh Giản.",
        slots(("THPT Phan Thanh Giản", None)),
    ),
    (
        SCHOOL_REVIEW + "Cụm gồm 4 trường; cụm trưởng THPT Huỳnh Tấn Phát.",
        slots(("THPT Huỳnh Tấn Phát", None)),
    ),
    (
        SCHOOL_REVIEW + "Năm học này trường Chính trị tỉnh làm cụm trưởng.",
        slots(("trường Chính trị tỉnh", None)),
    ),
    (
        SCHOOL_REVIEW + "Trường Cao đẳng Y tế Đặng Thùy Trâm, với vai trò Cụm trưởng, báo cáo.",
        slots(("Trường Cao đẳng Y tế Đặng Thùy Trâm", None)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SCHOOL_HOLDERS)
def test_schools_in_lower_case_or_by_level_hold_roles(text: str, want: Slots) -> None:
    """ "trường THPT X làm cụm trưởng", "cụm trưởng là THPT X": the school holds the role."""
    assert roles(text) == want


UNIT_NAMES = [
    (
        "Vai trò Trưởng khối chuyển cho Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh.",
        ["Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh"],
    ),
    (
        "Ngân hàng Chính sách xã hội – Chi nhánh tỉnh Quảng Trị làm Khối phó.",
        ["Ngân hàng Chính sách xã hội – Chi nhánh tỉnh Quảng Trị"],
    ),
    (
        "Thành Đoàn TP Hồ Chí Minh nhận nhiệm vụ Cụm trưởng, Huyện đoàn Đông Anh làm Cụm phó.",
        ["Thành Đoàn TP Hồ Chí Minh", "Huyện đoàn Đông Anh"],
    ),
    (
        "Công đoàn cơ sở Trường THPT số 1 Bảo Thắng làm cụm trưởng.",
        ["Công đoàn cơ sở Trường THPT số 1 Bảo Thắng"],
    ),
    (
        "Hiệu trưởng Trường Chính trị tỉnh Nguyễn Văn Nam và trường Tiểu học Kim Đồng dự.",
        ["Trường Chính trị tỉnh", "trường Tiểu học Kim Đồng"],
    ),
    ("Khối gồm các trường THPT Huỳnh Tấn Phát, Lê Quý Đôn; thị trường Hà Nội tăng.", []),
]


@pytest.mark.parametrize(("text", "want"), UNIT_NAMES)
def test_unit_names_run_to_their_end(text: str, want: list[str]) -> None:
    """A branch after a dash, a school after a union's head, a school named after a person are
    one unit; a plural before a lower-case head names none."""
    assert [o.name for o in find_orgs(text)] == want


PAIRED_ROLE_NOUNS = [
    REVIEW_2023 + "Theo hướng dẫn của Sở Nội vụ, việc bình bầu khối trưởng, khối phó năm 2024 sẽ "
    "thực hiện luân phiên.",
    REVIEW_2023 + "Hội nghị thảo luận việc bầu khối trưởng và khối phó năm 2024 theo quy chế.",
    REVIEW_2023 + "Sở Tài chính đề xuất quy định mới về khối trưởng/khối phó.",
]


@pytest.mark.parametrize("text", PAIRED_ROLE_NOUNS)
def test_second_of_two_joined_role_nouns_names_no_one(text: str) -> None:
    """ "bình bầu khối trưởng, khối phó": neither role noun has a holder."""
    assert roles(text) == slots()


def test_joined_role_nouns_given_out_respectively_still_name_holders() -> None:
    """ "A, B lần lượt làm khối trưởng, khối phó": the distributive word names both."""
    text = REVIEW_2023 + "Sở Tài chính, Sở Nội vụ lần lượt làm khối trưởng, khối phó năm 2024."
    assert roles(text) == slots(deputy=("Sở Nội vụ", 2024), nxt=("Sở Tài chính", 2024))


DOE_REVIEW = (
    "Tin\n\nNgày 5/1/2024, Khối thi đua các doanh nghiệp nhà nước tỉnh Bình Định tổ chức hội "
    "nghị tổng kết năm 2023. "
)

NESTED_PLURAL_INTROS = [
    (
        DOE_REVIEW + "Khối có 05 doanh nghiệp: Công ty TNHH MTV Xổ số kiến thiết Bình Định, các "
        "Công ty TNHH MTV Lâm nghiệp: Sông Kôn, Hà Thanh và Quy Nhơn, Công ty Cổ phần Cấp thoát "
        "nước Bình Định.",
        [
            "Công ty TNHH MTV Xổ số kiến thiết Bình Định",
            "Công ty TNHH MTV Lâm nghiệp Sông Kôn",
            "Công ty TNHH MTV Lâm nghiệp Hà Thanh",
            "Công ty TNHH MTV Lâm nghiệp Quy Nhơn",
            "Công ty Cổ phần Cấp thoát nước Bình Định",
        ],
    ),
    (
        DOE_REVIEW + "Khối có 05 đơn vị: Sở Y tế, các Trung tâm Y tế: Tuy Phước, An Nhơn và Phù "
        "Cát, Bệnh viện Đa khoa tỉnh.",
        [
            "Sở Y tế",
            "Trung tâm Y tế Tuy Phước",
            "Trung tâm Y tế An Nhơn",
            "Trung tâm Y tế Phù Cát",
            "Bệnh viện Đa khoa tỉnh",
        ],
    ),
    (
        DOE_REVIEW + "Khối gồm: Sở Y tế; các Trung tâm Y tế: Tuy Phước, An Nhơn và Phù Cát; Bệnh "
        "viện Đa khoa tỉnh.",
        [
            "Sở Y tế",
            "Trung tâm Y tế Tuy Phước",
            "Trung tâm Y tế An Nhơn",
            "Trung tâm Y tế Phù Cát",
            "Bệnh viện Đa khoa tỉnh",
        ],
    ),
    (
        DOE_REVIEW + "Khối gồm: Hội Luật gia các tỉnh, thành phố: Đồng Nai, Bình Dương, Tây Ninh.",
        ["Hội Luật gia Đồng Nai", "Hội Luật gia Bình Dương", "Hội Luật gia Tây Ninh"],
    ),
    (
        DOE_REVIEW + "Khối gồm UBND 4 phường: Vĩnh Phúc, Vĩnh Yên, Phúc Yên và Xuân Hòa.",
        [
            "UBND phường Vĩnh Phúc",
            "UBND phường Vĩnh Yên",
            "UBND phường Phúc Yên",
            "UBND phường Xuân Hòa",
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), NESTED_PLURAL_INTROS)
def test_nested_plural_intro_inside_a_list_keeps_the_items_before_it(
    text: str, want: list[str]
) -> None:
    """ "có 5 đơn vị: A, các Trung tâm Y tế: B, C, D": A stays, B-D take the nested head;
    a level below the province stays in a shared head ("UBND phường Vĩnh Phúc")."""
    facts = extract_facts(article(text))
    assert facts.blocs[0].members == want


COMMUNE_REVIEW = (
    "Tin\n\nSáng 3/3/2021, Cụm thi đua số 2 các xã tổ chức hội nghị tổng kết công tác thi đua "
    "năm 2020. "
)

LOCALITY_AFTER_A_BARE_LEVEL = [
    (
        COMMUNE_REVIEW + "Theo quyết định của UBND huyện, xã Hải Bắc làm Cụm trưởng năm 2020.",
        slots(("xã Hải Bắc", 2020)),
    ),
    (
        COMMUNE_REVIEW + "Theo phân công của UBND tỉnh, huyện Hải Hậu làm Cụm trưởng năm 2020.",
        slots(("huyện Hải Hậu", 2020)),
    ),
    # a locality right after a named body is its address, not a holder of its own
    (
        COMMUNE_REVIEW + "Công ty Xăng dầu Nam Định, huyện Hải Hậu làm Cụm trưởng năm 2020.",
        slots(("Công ty Xăng dầu Nam Định", 2020)),
    ),
]


@pytest.mark.parametrize(("text", "want"), LOCALITY_AFTER_A_BARE_LEVEL)
def test_locality_after_a_body_ending_at_its_level_holds_the_role(text: str, want: Slots) -> None:
    """ "của UBND huyện, xã A làm Cụm trưởng": xã A is no address of "UBND huyện"."""
    assert roles(text) == want


CLUSTERS_REVIEW = (
    "Tin\n\nNgày 20/12/2023, Sở Nội vụ tổ chức hội nghị tổng kết các cụm thi đua năm 2023. Cụm "
    "1 gồm 5 huyện, Cụm 2 gồm 6 huyện, Cụm 3 gồm 4 huyện. "
)

PER_BLOC_HOLDERS = [
    (
        CLUSTERS_REVIEW + "Hội nghị thống nhất đơn vị cụm trưởng năm 2024: Cụm 1 là huyện Lạc Sơn, "
        "Cụm 2 là huyện Tân Lạc, Cụm 3 là huyện Mai Châu.",
        "next_leader",
    ),
    (
        CLUSTERS_REVIEW + "Hội nghị thống nhất luân phiên đơn vị cụm trưởng năm 2024: huyện Lạc "
        "Sơn (Cụm 1), huyện Tân Lạc (Cụm 2) và huyện Mai Châu (Cụm 3).",
        "next_leader",
    ),
    (
        CLUSTERS_REVIEW + "Theo quy chế, các cụm luân phiên cụm trưởng năm 2024 như sau: cụm 1 - "
        "huyện Lạc Sơn; cụm 2 - huyện Tân Lạc; cụm 3 - huyện Mai Châu.",
        "next_leader",
    ),
    (
        CLUSTERS_REVIEW + "Cụm phó năm 2024 lần lượt là huyện Lạc Sơn (Cụm 1), huyện Tân Lạc (Cụm "
        "2) và huyện Mai Châu (Cụm 3).",
        "deputy_leader",
    ),
    (
        CLUSTERS_REVIEW + "Hội nghị bầu cụm trưởng năm 2024 cho từng cụm: Cụm 1 do huyện Lạc Sơn, "
        "Cụm 2 do huyện Tân Lạc, Cụm 3 do huyện Mai Châu đảm nhận.",
        "next_leader",
    ),
]


@pytest.mark.parametrize(("text", "slot"), PER_BLOC_HOLDERS)
def test_holders_given_out_bloc_by_bloc(text: str, slot: str) -> None:
    """ "cụm trưởng năm 2024: Cụm 1 là A, Cụm 2 là B", "A (Cụm 1), B (Cụm 2)": each bloc gets
    the holder written with it, for the next term."""
    holders = ["huyện Lạc Sơn", "huyện Tân Lạc", "huyện Mai Châu"]
    for k, holder in enumerate(holders):
        assert roles(text, bloc=k)[slot] == (holder, 2024)


def test_blocs_each_with_their_own_role_clauses_are_no_per_bloc_list() -> None:
    """ "Khối 1 do A làm khối trưởng, B làm khối phó; Khối 2 do C làm khối trưởng, D làm khối
    phó": each clause names its own role, the pairs are not read as one list."""
    text = (
        "Tin\n\nNăm 2024, UBND tỉnh chia các sở, ngành thành 3 khối thi đua (Khối 1 do Sở Tư "
        "pháp làm khối trưởng, Thanh tra tỉnh làm khối phó; Khối 2 do Sở Y tế làm khối trưởng, "
        "Sở Giáo dục và Đào tạo làm khối phó; Khối 3 do Sở Tài chính làm khối trưởng, Cục Thống "
        "kê tỉnh làm khối phó)."
    )
    got = [(r["leader"], r["deputy_leader"]) for r in (roles(text, k) for k in range(3))]
    assert got == [
        (("Sở Tư pháp", 2024), ("Thanh tra tỉnh", 2024)),
        (("Sở Y tế", 2024), ("Sở Giáo dục và Đào tạo", 2024)),
        (("Sở Tài chính", 2024), ("Cục Thống kê tỉnh", 2024)),
    ]


WARD_CLUSTER = "Tin\n\nSáng 14/3/2022, Cụm thi đua số 4 của quận ký kết giao ước thi đua năm 2022. "

LEVEL_HEADS_AND_ITEM_HEADS = [
    (
        WARD_CLUSTER + "Cụm gồm 5 cơ sở Đoàn là Đoàn các phường: Thạch Thang, Hải Châu 1, Phước "
        "Ninh và Bình Hiên.",
        [
            "Đoàn phường Thạch Thang",
            "Đoàn phường Hải Châu 1",
            "Đoàn phường Phước Ninh",
            "Đoàn phường Bình Hiên",
        ],
    ),
    (
        WARD_CLUSTER + "Cụm gồm Đoàn các xã: Hòa Phong, Hòa Khương và Hòa Tiến.",
        ["Đoàn xã Hòa Phong", "Đoàn xã Hòa Khương", "Đoàn xã Hòa Tiến"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm 05 trường: THCS Gia Tân, Gia Khánh, Gia Xuyên và Nguyễn Trãi.",
        ["THCS Gia Tân", "THCS Gia Khánh", "THCS Gia Xuyên", "THCS Nguyễn Trãi"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm 4 sở: Tài chính, Xây dựng, Tư pháp và Nội vụ.",
        ["Sở Tài chính", "Sở Xây dựng", "Sở Tư pháp", "Sở Nội vụ"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm UBND các phường: 1, 3, 6 và 9.",
        ["UBND phường 1", "UBND phường 3", "UBND phường 6", "UBND phường 9"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm các Hội CCB cơ sở:\n- Hội CCB xã Toàn Thắng (Cụm trưởng);\n- Hội "
        "CCB xã Nghĩa Dân;\n- Hội CCB xã Song Mai.",
        ["Hội CCB xã Toàn Thắng", "Hội CCB xã Nghĩa Dân", "Hội CCB xã Song Mai"],
    ),
]


@pytest.mark.parametrize(("text", "want"), LEVEL_HEADS_AND_ITEM_HEADS)
def test_shared_heads_of_a_level_or_written_in_the_first_item(text: str, want: list[str]) -> None:
    """ "Đoàn các phường: A" -> "Đoàn phường A"; "05 trường: THCS A, B" -> "THCS B"; numbered
    wards joined by "và"; list lines after an intro's colon."""
    assert extract_facts(article(text)).blocs[0].members == want


def test_deputy_named_for_the_next_term_fills_the_deputy_slot() -> None:
    """A current and a next-term deputy in one review: the next term's goes in the one slot
    (ANNOTATION.md: no next-deputy slot)."""
    text = (
        REVIEW_2023 + "Năm 2023, Sở Công Thương được phân công làm Trưởng khối, Sở Xây dựng làm "
        "Phó khối. Hội nghị thống nhất giới thiệu Sở Xây dựng làm Trưởng khối năm 2024, Sở Giao "
        "thông vận tải làm Phó khối năm 2024."
    )
    assert roles(text) == slots(
        ("Sở Công Thương", 2023), ("Sở Giao thông vận tải", 2024), ("Sở Xây dựng", 2024)
    )


COUNTED_HEADS = [
    (
        WARD_CLUSTER + "Cụm gồm 6 Cục Thuế khu vực duyên hải miền Trung: Đà Nẵng, Quảng Nam, "
        "Quảng Ngãi.",
        ["Cục Thuế Đà Nẵng", "Cục Thuế Quảng Nam", "Cục Thuế Quảng Ngãi"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm 4 BHXH tỉnh thuộc vùng Tây Bắc: Sơn La, Điện Biên, Lai Châu.",
        ["BHXH tỉnh Sơn La", "BHXH tỉnh Điện Biên", "BHXH tỉnh Lai Châu"],
    ),
    (
        WARD_CLUSTER + "Cụm gồm 3 Chi cục Thuế khu vực: I, II và III.",
        ["Chi cục Thuế khu vực I", "Chi cục Thuế khu vực II", "Chi cục Thuế khu vực III"],
    ),
    (
        WARD_CLUSTER + "Cụm có 4 Hội Nhà báo: Bắc Ninh, Bắc Giang, Lạng Sơn và Hưng Yên.",
        [
            "Hội Nhà báo Bắc Ninh",
            "Hội Nhà báo Bắc Giang",
            "Hội Nhà báo Lạng Sơn",
            "Hội Nhà báo Hưng Yên",
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), COUNTED_HEADS)
def test_counted_head_shared_without_its_qualifier(text: str, want: list[str]) -> None:
    """ "6 Cục Thuế khu vực duyên hải: A" -> "Cục Thuế A"; a qualifier ending the head stays;
    a counted head written with its capital opens a list."""
    assert extract_facts(article(text)).blocs[0].members == want


DISTRICT_REVIEW = (
    "Tin\n\nChiều 5/1/2022, Cụm thi đua số 2 tổ chức hội nghị tổng kết phong trào thi đua năm "
    "2021. "
)

HEADS_OVER_PLURALS_OF_PLACES = [
    (
        DISTRICT_REVIEW + "Cụm có 5 cơ sở hội, gồm Hội Nông dân các xã Mỹ Thành, Mỹ Cát, Mỹ Chánh "
        "và thị trấn Bình Dương.",
        [
            "Hội Nông dân xã Mỹ Thành",
            "Hội Nông dân xã Mỹ Cát",
            "Hội Nông dân xã Mỹ Chánh",
            "Hội Nông dân thị trấn Bình Dương",
        ],
    ),
    (
        DISTRICT_REVIEW + "Cụm có 03 hội khuyến học xã là Hội Khuyến học các xã Đức Trọng, Hiệp "
        "Thạnh và Tà Năng.",
        [
            "Hội Khuyến học xã Đức Trọng",
            "Hội Khuyến học xã Hiệp Thạnh",
            "Hội Khuyến học xã Tà Năng",
        ],
    ),
    (
        DISTRICT_REVIEW
        + "Khối có 4 công đoàn ngành là Công đoàn ngành Giáo dục, Y tế, Xây dựng và "
        "Giao thông vận tải.",
        [
            "Công đoàn ngành Giáo dục",
            "Công đoàn ngành Y tế",
            "Công đoàn ngành Xây dựng",
            "Công đoàn ngành Giao thông vận tải",
        ],
    ),
    (
        DISTRICT_REVIEW + "Khối gồm 3 đơn vị là Hội CCB thành phố Tuyên Quang, Hội CCB các huyện "
        "Sơn Dương và Yên Sơn.",
        ["Hội CCB thành phố Tuyên Quang", "Hội CCB các huyện Sơn Dương", "Hội CCB Yên Sơn"],
    ),
    (
        DISTRICT_REVIEW + "Khối gồm các Sở Giáo dục và Đào tạo, Y tế, Xây dựng.",
        ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng"],
    ),
]


@pytest.mark.parametrize(("text", "want"), HEADS_OVER_PLURALS_OF_PLACES)
def test_first_item_shares_its_head_over_places_and_fields(text: str, want: list[str]) -> None:
    """ "Hội Nông dân các xã A, B và thị trấn C", "Công đoàn ngành A, Y tế": the first item's
    head (with its level or its kind of unit) goes to every bare item; "và" after a plural of
    places opens the next place."""
    assert extract_facts(article(text)).blocs[0].members == want


REVIEW_2021 = (
    "Tin\n\nChiều 5/1/2022, Cụm thi đua số 2 tổ chức hội nghị tổng kết phong trào thi đua năm "
    "2021. "
)

KEPT_ON_FOR_THE_NEXT_TERM = [
    REVIEW_2021 + "Hội nghị thống nhất để Hội Nông dân xã Mỹ Cát tiếp tục làm Cụm trưởng năm 2022.",
    REVIEW_2021 + "Hội Nông dân xã Mỹ Cát được tín nhiệm tiếp tục làm Cụm trưởng năm 2022.",
    REVIEW_2021 + "Hội Nông dân xã Mỹ Cát tiếp tục giữ vai trò Cụm trưởng năm 2022.",
]


@pytest.mark.parametrize("text", KEPT_ON_FOR_THE_NEXT_TERM)
def test_holder_kept_on_held_the_reviewed_term_too(text: str) -> None:
    """ "X tiếp tục làm Cụm trưởng năm 2022" at the review of 2021: X led 2021 and leads 2022."""
    unit = "Hội Nông dân xã Mỹ Cát"
    assert roles(text) == slots((unit, 2021), nxt=(unit, 2022))


def test_newly_elected_holder_did_not_hold_the_reviewed_term() -> None:
    """ "bầu X làm Cụm trưởng năm 2022": nothing says X led 2021."""
    text = REVIEW_2021 + "Hội nghị bầu Hội Nông dân xã Mỹ Cát làm Cụm trưởng năm 2022."
    assert roles(text) == slots(nxt=("Hội Nông dân xã Mỹ Cát", 2022))


CLOSED_APPOSITIONS = [
    REVIEW_2021 + "Báo cáo của Hội Nông dân xã Mỹ Cát, Cụm trưởng năm 2021, cho biết các hội đều "
    "hoàn thành chỉ tiêu.",
    REVIEW_2021 + "Theo báo cáo của Hội Nông dân xã Mỹ Cát, CỤM TRƯỞNG, các hội đều hoàn thành chỉ "
    "tiêu.",
    REVIEW_2021
    + "(Ảnh: Bà Trần Thị Mến, Chủ tịch Hội Nông dân xã Mỹ Cát, CỤM TRƯỞNG năm 2021 phát "
    "biểu tại hội nghị)",
]


@pytest.mark.parametrize("text", CLOSED_APPOSITIONS)
def test_role_in_a_closed_apposition_after_of(text: str) -> None:
    """ "Báo cáo của X, Cụm trưởng năm 2021, cho biết": X holds the role; a capitalised role
    noun is no bloc."""
    assert roles(text) == slots(("Hội Nông dân xã Mỹ Cát", 2021))


TAX_REVIEW_TITLE = "Cụm thi đua số 5 ngành Thuế tổng kết năm 2015\n\n"

DATE_YEAR_IS_NO_TERM = [
    TAX_REVIEW_TITLE
    + "Ngày 05 tháng 01 năm 2016, Cục Thuế tỉnh Đắk Lắk, Cụm trưởng Cụm thi đua số "
    "5 thuộc Tổng cục Thuế, đã chủ trì Hội nghị tổng kết phong trào thi đua năm 2015.",
    TAX_REVIEW_TITLE + "Ngày 5 tháng 1 năm 2016, tại thành phố Buôn Ma Thuột, Cục Thuế tỉnh Đắk "
    "Lắk, Cụm trưởng Cụm thi đua số 5 thuộc Tổng cục Thuế, chủ trì hội nghị tổng kết năm 2015.",
]


@pytest.mark.parametrize("text", DATE_YEAR_IS_NO_TERM)
def test_year_of_the_meeting_date_is_no_term_year(text: str) -> None:
    """ "Ngày 5 tháng 1 năm 2016, X, Cụm trưởng ...": 2016 dates the meeting, not X's term."""
    assert roles(text) == slots(("Cục Thuế tỉnh Đắk Lắk", 2015))


WOMEN_REVIEW = (
    "Tin\n\nNgày 19 tháng 12 năm 2014, Cụm thi đua số 3 Hội LHPN các xã tổ chức hội nghị tổng kết "
    "năm 2014. "
)

ORGANS_BEFORE_THEIR_UNITS = [
    (
        WOMEN_REVIEW + "Tham dự có Ban Chấp hành Hội LHPN 3 xã trong Cụm là Quỳnh Hồng, Quỳnh Hưng "
        "và Quỳnh Bá.",
        ["Hội LHPN xã Quỳnh Hồng", "Hội LHPN xã Quỳnh Hưng", "Hội LHPN xã Quỳnh Bá"],
    ),
    (
        WOMEN_REVIEW
        + "Dự hội nghị có Thường trực Hội LHPN các xã: Quỳnh Hồng, Quỳnh Hưng và Quỳnh "
        "Bá.",
        ["Hội LHPN xã Quỳnh Hồng", "Hội LHPN xã Quỳnh Hưng", "Hội LHPN xã Quỳnh Bá"],
    ),
]


@pytest.mark.parametrize(("text", "want"), ORGANS_BEFORE_THEIR_UNITS)
def test_members_are_the_units_not_their_committees(text: str, want: list[str]) -> None:
    """ "Ban Chấp hành Hội LHPN 3 xã trong Cụm là A, B": the members are "Hội LHPN xã A"."""
    assert extract_facts(article(text)).blocs[0].members == want


HEADS_OVER_COUNTED_OR_QUALIFIED_PLACES = [
    (
        DISTRICT_REVIEW + "Cụm gồm Công an bảy tỉnh Hà Giang, Lào Cai, Lai Châu và Sơn La.",
        ["Công an Hà Giang", "Công an Lào Cai", "Công an Lai Châu", "Công an Sơn La"],
    ),
    (
        DISTRICT_REVIEW
        + "Cụm thi đua số 2 gồm Hội Nhà báo sáu tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.",
        ["Hội Nhà báo Thanh Hóa", "Hội Nhà báo Nghệ An", "Hội Nhà báo Hà Tĩnh"],
    ),
    (
        DISTRICT_REVIEW + "Cụm thi đua số 2 có 5 đơn vị là Sở GD&ĐT các thành phố trực thuộc "
        "trung ương Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ và TP Hồ Chí Minh.",
        [
            "Sở GD&ĐT Hà Nội",
            "Sở GD&ĐT Hải Phòng",
            "Sở GD&ĐT Đà Nẵng",
            "Sở GD&ĐT Cần Thơ",
            "Sở GD&ĐT Hồ Chí Minh",
        ],
    ),
    (
        DISTRICT_REVIEW + "Cụm gồm Bộ Chỉ huy BĐBP các tỉnh biên giới Lạng Sơn, Cao Bằng và "
        "Quảng Ninh.",
        ["Bộ Chỉ huy BĐBP Lạng Sơn", "Bộ Chỉ huy BĐBP Cao Bằng", "Bộ Chỉ huy BĐBP Quảng Ninh"],
    ),
]


@pytest.mark.parametrize(("text", "want"), HEADS_OVER_COUNTED_OR_QUALIFIED_PLACES)
def test_head_shared_over_a_counted_or_qualified_plural_of_places(
    text: str, want: list[str]
) -> None:
    """ "Công an bảy tỉnh A, B", "Sở GD&ĐT các thành phố trực thuộc trung ương A, B": the count
    in words and the qualifier belong to neither the head nor the names."""
    assert extract_facts(article(text)).blocs[0].members == want
