"""Role wordings nobody tuned for (issue 8, behaviour 4): each behaviour over 3+ wordings.

Every sentence is written for these tests (invented units and people, real place names). Each
case asserts all three role slots of the main bloc, so a role read into the wrong slot fails.
"""

from __future__ import annotations

import pytest
from test_roles import REVIEW_2023, Slots, article, pair, roles, slots

from extract.facts import extract_facts

CLUSTER_2023 = "Tin\n\nSáng 5/1/2024, Cụm thi đua số 2 tổng kết công tác thi đua năm 2023. "
COVENANT_2024 = "Tin\n\nChiều 20/2/2024, Khối thi đua các hội ký kết giao ước thi đua năm 2024. "


FIRMLY_JOINED_AFTER_OF = [
    (
        REVIEW_2023 + "Theo báo cáo của Sở Tài chính – đơn vị Trưởng khối năm 2023, các đơn vị "
        "hoàn thành chỉ tiêu.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Phát biểu của Sở Nội vụ (Khối trưởng) nêu rõ những hạn chế còn tồn tại.",
        slots(("Sở Nội vụ", 2023)),
    ),
    (
        CLUSTER_2023 + "Báo cáo của Công an tỉnh Bắc Ninh, là đơn vị Cụm trưởng năm 2023, cho "
        "thấy nhiều chuyển biến.",
        slots(("Công an tỉnh Bắc Ninh", 2023)),
    ),
    # a loose comma after an owner still names no holder: the holder is the one after "là"
    (
        REVIEW_2023 + "Theo quyết định của UBND tỉnh, Khối trưởng là Sở Y tế.",
        slots(("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), FIRMLY_JOINED_AFTER_OF)
def test_holder_after_of_when_firmly_joined(text: str, want: Slots) -> None:
    """ "báo cáo của X – đơn vị Trưởng khối": X holds the role; "của X, Khối trưởng là Y": Y."""
    assert roles(text) == want


ROLE_NOUN_INTRODUCES_HOLDERS = [
    (
        REVIEW_2023 + "Khối gồm 5 sở. Khối phó gồm Sở Nội vụ và Thanh tra tỉnh.",
        slots(deputy=("Sở Nội vụ", 2023)),
    ),
    (
        REVIEW_2023 + "Khối phó năm 2023 gồm Sở Xây dựng và Sở Công Thương, đã phối hợp tốt.",
        slots(deputy=("Sở Xây dựng", 2023)),
    ),
    (
        CLUSTER_2023 + "Cụm phó gồm: Công an tỉnh Hà Nam, Công an tỉnh Ninh Bình.",
        slots(deputy=("Công an tỉnh Hà Nam", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROLE_NOUN_INTRODUCES_HOLDERS)
def test_two_deputies_listed_after_the_role_noun(text: str, want: Slots) -> None:
    """ "Khối phó gồm A và B": the first named is the deputy; the list is not the members."""
    assert roles(text) == want
    assert "Thanh tra tỉnh" not in extract_facts(article(text)).blocs[0].members


ELLIPTIC_ROLE_NOUNS = [
    (
        REVIEW_2023 + "Trưởng, Phó Khối năm 2023 lần lượt là Sở Y tế và Sở Tư pháp.",
        slots(("Sở Y tế", 2023), ("Sở Tư pháp", 2023)),
    ),
    (
        CLUSTER_2023 + "Trưởng và Phó cụm lần lượt là huyện Tân Sơn, huyện Thanh Sơn.",
        slots(("huyện Tân Sơn", 2023), ("huyện Thanh Sơn", 2023)),
    ),
    (
        REVIEW_2023 + "Trưởng, phó khối năm 2023 lần lượt là Hội Nông dân tỉnh, Hội Cựu chiến "
        "binh tỉnh.",
        slots(("Hội Nông dân tỉnh", 2023), ("Hội Cựu chiến binh tỉnh", 2023)),
    ),
    # the same words in a plural name no one
    (
        REVIEW_2023 + "Hội nghị thảo luận về trách nhiệm của trưởng, phó khối các khối thi đua.",
        slots(),
    ),
]


@pytest.mark.parametrize(("text", "want"), ELLIPTIC_ROLE_NOUNS)
def test_head_noun_written_once_for_both_roles(text: str, want: Slots) -> None:
    """ "Trưởng, Phó Khối lần lượt là A và B": the leader and the deputy in order."""
    assert roles(text) == want


SCHEDULES = [
    (
        "Tin\n\nChiều 1/3/2024, Cụm thi đua số 4 ký kết giao ước thi đua năm 2024. Thứ tự Cụm "
        "trưởng các năm như sau:\n- Năm 2024: UBND huyện Đức Cơ;\n- Năm 2025: UBND huyện Chư "
        "Prông;\n- Năm 2026: UBND huyện Ia Grai.",
        slots(("UBND huyện Đức Cơ", 2024), nxt=("UBND huyện Chư Prông", 2025)),
    ),
    (
        CLUSTER_2023 + "Thứ tự luân phiên Cụm trưởng: năm 2023 huyện Yên Lập; năm 2024 huyện "
        "Hạ Hòa; năm 2025 huyện Đoan Hùng.",
        slots(("huyện Yên Lập", 2023), nxt=("huyện Hạ Hòa", 2024)),
    ),
    (
        REVIEW_2023 + "Đơn vị Khối trưởng những năm tới:\n+ Năm 2024: Sở Xây dựng\n+ Năm 2025: "
        "Sở Công Thương",
        slots(nxt=("Sở Xây dựng", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SCHEDULES)
def test_schedule_of_holders_by_year(text: str, want: Slots) -> None:
    """A rotation schedule after the role noun: each item is dated by its year."""
    assert roles(text) == want


PROVINCE_HOLDERS = [
    (
        "Tin\n\nNgày 14/1/2024, Cụm thi đua Hội Nông dân các tỉnh miền Đông Nam Bộ tổng kết năm "
        "2023. Các đại biểu thống nhất chọn tỉnh Bình Phước làm cụm trưởng năm 2024.",
        slots(nxt=("tỉnh Bình Phước", 2024)),
    ),
    (
        "Tin\n\nNgày 22/3/2024, Cụm thi đua các Sở Tư pháp khu vực Đông Nam Bộ ký kết giao ước "
        "thi đua năm 2024. Năm nay cụm do Đồng Nai làm Cụm trưởng, Bình Dương làm Cụm phó.",
        slots(("Đồng Nai", 2024), ("Bình Dương", 2024)),
    ),
    (
        "Tin\n\nNgày 10/1/2024, Cụm thi đua Hội Luật gia các tỉnh Tây Nguyên tổng kết năm 2023. "
        "Cụm phó nhiệm kỳ tới là tỉnh Gia Lai.",
        slots(deputy=("tỉnh Gia Lai", 2024)),
    ),
    # a venue, or a province ending another name, holds nothing
    (
        "Tin\n\nNgày 10/1/2024, Cụm thi đua Hội Luật gia các tỉnh Tây Nguyên tổng kết năm 2023 "
        "tại Gia Lai, Cụm trưởng năm 2023 là Hội Luật gia tỉnh Kon Tum.",
        slots(("Hội Luật gia tỉnh Kon Tum", 2023)),
    ),
    (
        REVIEW_2023 + "Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị, Khối trưởng, chủ trì.",
        slots(("Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PROVINCE_HOLDERS)
def test_province_named_alone_holds_the_role(text: str, want: Slots) -> None:
    """ "do Đồng Nai làm Cụm trưởng", "chọn tỉnh Bình Phước làm cụm trưởng"; not "tại Gia Lai"."""
    assert roles(text) == want


ASSIGNED_BY_AN_AGENT = [
    (
        "Tin\n\nTừ ngày 18 đến 20/8/2023, Công ty Điện lực Bình Định, đơn vị được Tổng công ty "
        "giao làm Trưởng cụm năm 2023, tổ chức hội thao Cụm thi đua số 3.",
        slots(("Công ty Điện lực Bình Định", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Y tế được UBND tỉnh giao làm Khối trưởng năm 2023.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        CLUSTER_2023 + "Công an tỉnh Hà Nam được Bộ Công an phân công làm Cụm trưởng năm 2023.",
        slots(("Công an tỉnh Hà Nam", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ASSIGNED_BY_AN_AGENT)
def test_agent_of_the_assignment_is_not_the_holder(text: str, want: Slots) -> None:
    """ "X, đơn vị được Tổng công ty giao làm Trưởng cụm": X, not "Tổng công ty giao"."""
    assert roles(text) == want


IN_THE_ROLE_OF = [
    (
        REVIEW_2023 + "Sở Công Thương, với vai trò Trưởng khối, chủ trì hội nghị.",
        slots(("Sở Công Thương", 2023)),
    ),
    (
        CLUSTER_2023 + "Huyện Tân Sơn, trong vai trò Cụm trưởng, đã báo cáo kết quả.",
        slots(("Huyện Tân Sơn", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Xây dựng với vai trò là đơn vị Khối phó đã điều hành phần thảo luận.",
        slots(deputy=("Sở Xây dựng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), IN_THE_ROLE_OF)
def test_holder_with_in_the_role_of(text: str, want: Slots) -> None:
    """ "X, với vai trò Trưởng khối, chủ trì": X holds the role."""
    assert roles(text) == want


HANDOVER_OF_THE_FLAG = [
    (
        CLUSTER_2023 + "Kết thúc hội nghị, BĐBP tỉnh Quảng Bình đã bàn giao cờ Cụm trưởng cho "
        "BĐBP tỉnh Quảng Trị.",
        slots(("BĐBP tỉnh Quảng Bình", 2023), nxt=("BĐBP tỉnh Quảng Trị", 2024)),
    ),
    (
        CLUSTER_2023 + "Công an tỉnh Nam Định trao cờ luân lưu Cụm trưởng cho Công an tỉnh "
        "Thái Bình.",
        slots(("Công an tỉnh Nam Định", 2023), nxt=("Công an tỉnh Thái Bình", 2024)),
    ),
    (
        CLUSTER_2023 + "TAND tỉnh Vĩnh Long đã trao cờ luân lưu cho TAND tỉnh Bến Tre – Cụm "
        "trưởng năm 2024.",
        slots(nxt=("TAND tỉnh Bến Tre", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HANDOVER_OF_THE_FLAG)
def test_handover_of_the_leaders_flag(text: str, want: Slots) -> None:
    """ "A bàn giao cờ Cụm trưởng cho B", "trao cờ luân lưu cho B – Cụm trưởng năm 2024"."""
    assert roles(text) == want


AT_THE_COVENANT = [
    (
        COVENANT_2024 + "Hội nghị đã bầu Hội Luật gia tỉnh làm Khối trưởng.",
        slots(("Hội Luật gia tỉnh", 2024)),
    ),
    (
        COVENANT_2024 + "Hội Nhà báo tỉnh được giao làm Khối trưởng, Hội Văn học Nghệ thuật tỉnh "
        "làm Khối phó.",
        slots(("Hội Nhà báo tỉnh", 2024), ("Hội Văn học Nghệ thuật tỉnh", 2024)),
    ),
    (
        COVENANT_2024 + "Các đơn vị thống nhất suy tôn Hội Khuyến học tỉnh làm Khối trưởng.",
        slots(("Hội Khuyến học tỉnh", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), AT_THE_COVENANT)
def test_unit_chosen_at_the_covenant_leads_its_year(text: str, want: Slots) -> None:
    """At the covenant for 2024, the unit elected or assigned with no year leads 2024."""
    assert roles(text) == want


SCHOOL_YEAR_TERMS = [
    (
        "Tin\n\nNgày 30/5/2019, Cụm thi đua số 3 tổng kết năm học 2018-2019. Trường THPT Lý Tự "
        "Trọng - Cụm trưởng năm học 2018-2019 - báo cáo. Cụm trưởng năm học 2019-2020 là "
        "Trường THPT Hà Huy Tập.",
        slots(("Trường THPT Lý Tự Trọng", None), nxt=("Trường THPT Hà Huy Tập", None)),
    ),
    (
        "Tin\n\nNgày 28/5/2022, Khối thi đua các trường tổng kết năm học 2021-2022. Hội nghị "
        "bầu Trường Cao đẳng Y tế làm Khối trưởng năm học 2022-2023.",
        slots(nxt=("Trường Cao đẳng Y tế", None)),
    ),
    (
        "Tin\n\nNgày 28/5/2022, Khối thi đua các trường tổng kết năm học 2021-2022. Trường Đại "
        "học Nha Trang (Khối trưởng năm học 2021-2022) chủ trì.",
        slots(("Trường Đại học Nha Trang", None)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SCHOOL_YEAR_TERMS)
def test_school_year_terms_against_the_reviewed_school_year(text: str, want: Slots) -> None:
    """A term "năm học 2019-2020" after a review of 2018-2019 is the next term (year null)."""
    assert roles(text) == want


def test_bloc_named_after_the_role_noun_owns_the_statement() -> None:
    """ "X làm Cụm trưởng Cụm 4, Y làm Cụm trưởng Cụm 6": each cluster gets its own."""
    text = (
        "Tin\n\nNgày 5/1/2017, Cụm thi đua số 4 và Cụm thi đua số 6 tổng kết năm 2016. Cụm 4 "
        "do huyện Hậu Lộc làm Cụm trưởng. Cụm 6 do thị xã Bỉm Sơn làm Cụm trưởng. Hội nghị thống "
        "nhất năm 2017 huyện Hoằng Hóa làm Cụm trưởng Cụm 4, huyện Quảng Xương làm Cụm trưởng "
        "Cụm 6."
    )
    facts = extract_facts(article(text))
    got = {b.name: pair(b.next_leader) for b in facts.blocs}
    assert got == {
        "Cụm thi đua số 4": ("huyện Hoằng Hóa", 2017),
        "Cụm thi đua số 6": ("huyện Quảng Xương", 2017),
    }


MEMBER_LIST_THEN_A_ROLE_CLAUSE = [
    (
        CLUSTER_2023 + "Cụm hiện có 4 đơn vị: thị xã Bỉm Sơn, thị xã Sầm Sơn, huyện Quảng Xương "
        "và huyện Tĩnh Gia; thị xã Bỉm Sơn giữ vai trò Cụm trưởng năm 2023.",
        slots(("thị xã Bỉm Sơn", 2023)),
    ),
    (
        REVIEW_2023 + "Khối gồm 4 đơn vị: Sở Y tế, Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh; Sở Tư "
        "pháp làm Khối trưởng.",
        slots(("Sở Tư pháp", 2023)),
    ),
    (
        REVIEW_2023 + "Khối gồm: Sở Y tế, Sở Tư pháp (Khối phó), Sở Nội vụ và Thanh tra tỉnh.",
        slots(deputy=("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MEMBER_LIST_THEN_A_ROLE_CLAUSE)
def test_role_clause_after_a_member_list_is_read(text: str, want: Slots) -> None:
    """A role clause the member list ran into is still a statement; a note in it too."""
    assert roles(text) == want


ABBREVIATED_LOCALITIES = [
    (
        CLUSTER_2023 + "Hội nghị do TP Vị Thanh làm Cụm trưởng, TX Long Mỹ làm Cụm phó.",
        slots(("TP Vị Thanh", 2023), ("TX Long Mỹ", 2023)),
    ),
    (
        CLUSTER_2023 + "UBND TP. Buôn Ma Thuột là Cụm trưởng năm 2023.",
        slots(("UBND TP. Buôn Ma Thuột", 2023)),
    ),
    (
        CLUSTER_2023 + "Cụm phó là Tp. Long Xuyên, Cụm trưởng là TX. Tân Châu.",
        slots(("TX. Tân Châu", 2023), ("Tp. Long Xuyên", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ABBREVIATED_LOCALITIES)
def test_abbreviated_towns_and_cities_hold_roles(text: str, want: Slots) -> None:
    """ "TP Vị Thanh", "TX Long Mỹ", "UBND TP. Buôn Ma Thuột" are units."""
    assert roles(text) == want


HANDED_ON_BY_THE_HOLDER = [
    (
        "Tin\n\nChiều 20/2/2024, Cụm thi đua các huyện phía Nam ký kết giao ước thi đua năm 2024. "
        "UBND huyện Cái Nước (Cụm trưởng năm 2023) đã bàn giao nhiệm vụ cho UBND huyện Năm Căn.",
        slots(("UBND huyện Năm Căn", 2024)),
    ),
    (
        CLUSTER_2023 + "Công an tỉnh Long An, Cụm trưởng năm 2023, đã trao cờ luân lưu cho Công "
        "an tỉnh Tiền Giang.",
        slots(("Công an tỉnh Long An", 2023), nxt=("Công an tỉnh Tiền Giang", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ - đơn vị Trưởng khối năm 2023 - chuyển giao trách nhiệm cho Sở "
        "Y tế.",
        slots(("Sở Nội vụ", 2023), nxt=("Sở Y tế", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HANDED_ON_BY_THE_HOLDER)
def test_holder_hands_its_role_on(text: str, want: Slots) -> None:
    """ "X (Cụm trưởng năm 2023) đã bàn giao nhiệm vụ cho Y": Y holds it the term after."""
    assert roles(text) == want


HOLDER_AFTER_THE_ROLE = [
    (
        REVIEW_2023 + "Khối trưởng Khối thi đua Kinh tế năm 2023 (Sở Tài chính) đã báo cáo.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Năm 2024, vai trò Trưởng khối được giao cho Sở Xây dựng.",
        slots(nxt=("Sở Xây dựng", 2024)),
    ),
    (
        REVIEW_2023 + "Khối trưởng năm nay là Sở Y tế.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng năm 2023 Tỉnh đoàn đã hoàn thành tốt nhiệm vụ.",
        slots(("Tỉnh đoàn", 2023)),
    ),
    (
        CLUSTER_2023 + "Phó Cụm trưởng năm 2024 là UBND huyện Xuân Lộc.",
        slots(deputy=("UBND huyện Xuân Lộc", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HOLDER_AFTER_THE_ROLE)
def test_holder_after_the_role_in_other_wordings(text: str, want: Slots) -> None:
    """In brackets, "được giao cho X", "năm nay là X", right after the year, "Phó Cụm trưởng"."""
    assert roles(text) == want


CLAIMED_HOLDERS = [
    (
        CLUSTER_2023 + "Cụm phó là huyện Tân Phú, Cụm trưởng đã vắng mặt vì lý do đột xuất.",
        slots(deputy=("huyện Tân Phú", 2023)),
    ),
    (
        REVIEW_2023 + "Khối phó là Sở Tư pháp, Khối trưởng Trần Văn Lâm, Giám đốc Sở Y tế chủ trì.",
        slots(("Sở Y tế", 2023), ("Sở Tư pháp", 2023)),
    ),
    (
        REVIEW_2023 + "Phó khối: Sở Nội vụ, Trưởng khối: Sở Xây dựng.",
        slots(("Sở Xây dựng", 2023), ("Sở Nội vụ", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), CLAIMED_HOLDERS)
def test_holder_of_one_role_is_not_the_next_roles(text: str, want: Slots) -> None:
    """ "Cụm phó là A, Cụm trưởng ...": A is not also joined to the next role noun."""
    assert roles(text) == want


PEOPLE_LED_WORDINGS = [
    (
        REVIEW_2023 + "Đồng chí Hà Văn Khánh - Giám đốc Sở VH,TT&DL - Trưởng khối phát biểu.",
        slots(("Sở VH,TT&DL", 2023)),
    ),
    (
        REVIEW_2023 + "Phát biểu bế mạc, đồng chí Lý Văn Sơn, Trưởng Khối, Giám đốc Sở Y tế cảm "
        "ơn các đơn vị.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        CLUSTER_2023 + "Ông Đinh Văn Lộc, Chủ tịch UBND huyện Tân Phú (Cụm trưởng năm 2023) và "
        "ông Lê Văn Tám, Phó Chủ tịch UBND huyện Định Quán (Cụm phó) đồng chủ trì.",
        slots(("UBND huyện Tân Phú", 2023), ("UBND huyện Định Quán", 2023)),
    ),
    (
        REVIEW_2023 + "Tham dự có đồng chí Nguyễn Thị Thu, Phó Giám đốc Sở Y tế, đơn vị Khối phó.",
        slots(deputy=("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE_LED_WORDINGS)
def test_people_led_mentions(text: str, want: Slots) -> None:
    """The organisation in the title of the person who holds the role, however it is cut."""
    assert roles(text) == want


MORE_VERBS_OF_TAKING_THE_ROLE = [
    (
        CLUSTER_2023 + "Công an tỉnh Tiền Giang nhận cờ Cụm trưởng năm 2024.",
        slots(nxt=("Công an tỉnh Tiền Giang", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ được luân phiên làm Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Y tế với tư cách là Trưởng khối đã chủ trì xây dựng kế hoạch.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị đã hiệp thương thống nhất cử Sở Nội vụ làm Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_VERBS_OF_TAKING_THE_ROLE)
def test_more_verbs_of_taking_the_role(text: str, want: Slots) -> None:
    """ "nhận cờ Cụm trưởng", "được luân phiên làm", "với tư cách là", "hiệp thương cử"."""
    assert roles(text) == want


NEXT_TERM_AND_ORDINALS = [
    (
        REVIEW_2023 + "Sở Nội vụ sẽ làm Khối trưởng trong năm tới.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Khối trưởng năm 2024 thuộc về Sở Nội vụ.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        CLUSTER_2023 + "Cụm phó thứ nhất: huyện Tân Phú; Cụm phó thứ hai: huyện Định Quán.",
        slots(deputy=("huyện Tân Phú", 2023)),
    ),
    (
        REVIEW_2023 + "Khối phó 1 là Sở Tư pháp, Khối phó 2 là Sở Nội vụ.",
        slots(deputy=("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), NEXT_TERM_AND_ORDINALS)
def test_next_term_after_the_role_and_numbered_deputies(text: str, want: Slots) -> None:
    """ "làm Khối trưởng trong năm tới", "thuộc về X", "Cụm phó thứ nhất: X", "Khối phó 1"."""
    assert roles(text) == want


VENUES_ARE_NOT_HOLDERS = [
    (
        CLUSTER_2023 + "Tại hội trường UBND huyện Tân Phú, đồng chí Nguyễn Văn An, Cụm trưởng, "
        "phát biểu khai mạc.",
        slots(),
    ),
    (
        "Tin\n\nSáng 5/1/2024, tại Công an tỉnh Long An (đơn vị Cụm trưởng), Cụm thi đua số 2 tổng "
        "kết công tác thi đua năm 2023.",
        slots(("Công an tỉnh Long An", 2023)),
    ),
    (
        CLUSTER_2023 + "Hội nghị diễn ra tại trụ sở Công an tỉnh Bến Tre, Cụm trưởng năm 2023 là "
        "Công an tỉnh Long An.",
        slots(("Công an tỉnh Long An", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), VENUES_ARE_NOT_HOLDERS)
def test_venue_loosely_before_a_role_noun_is_not_the_holder(text: str, want: Slots) -> None:
    """ "Tại hội trường X, đồng chí A, Cụm trưởng": X is the venue; "tại X (Cụm trưởng)": X."""
    assert roles(text) == want


CLAUSE_OPENS_WITH_THE_ROLE = [
    (
        CLUSTER_2023 + "Là đơn vị Cụm trưởng năm 2023, Công an tỉnh Long An đã chủ động xây dựng "
        "kế hoạch.",
        slots(("Công an tỉnh Long An", 2023)),
    ),
    (
        REVIEW_2023 + "Trên cương vị Khối trưởng, Sở Y tế đã điều phối hoạt động chung.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        CLUSTER_2023 + "Được giao nhiệm vụ Cụm trưởng năm 2023, Công an tỉnh Long An đã phối hợp "
        "chặt chẽ.",
        slots(("Công an tỉnh Long An", 2023)),
    ),
    (
        REVIEW_2023 + "Thực hiện nhiệm vụ Trưởng khối năm 2023, Sở Y tế đã tổ chức nhiều hoạt "
        "động.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "Với trách nhiệm là đơn vị Khối trưởng, Sở Y tế đã tham mưu nhiều nội dung.",
        slots(("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), CLAUSE_OPENS_WITH_THE_ROLE)
def test_clause_opening_with_the_role_names_the_subject(text: str, want: Slots) -> None:
    """ "Là đơn vị Cụm trưởng năm 2023, X ...": the subject after the comma holds the role."""
    assert roles(text) == want


ROTATED_TO = [
    (
        CLUSTER_2023 + "Hội nghị thống nhất luân phiên chức danh Cụm trưởng năm 2024 cho Công an "
        "tỉnh Hà Nam.",
        slots(nxt=("Công an tỉnh Hà Nam", 2024)),
    ),
    (
        REVIEW_2023 + "Theo quy chế, vai trò Trưởng khối năm 2024 được luân phiên cho Sở Xây dựng.",
        slots(nxt=("Sở Xây dựng", 2024)),
    ),
    (
        CLUSTER_2023 + "Các đơn vị nhất trí luân phiên nhiệm vụ Cụm trưởng cho BĐBP tỉnh Lào Cai "
        "trong năm tới.",
        slots(nxt=("BĐBP tỉnh Lào Cai", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROTATED_TO)
def test_role_rotated_to_the_next_holder(text: str, want: Slots) -> None:
    """ "luân phiên (chức danh) Cụm trưởng năm 2024 cho X": X leads the next term."""
    assert roles(text) == want


PLURAL_BODIES_HOLD_NOTHING = [
    (
        CLUSTER_2023 + "Tại hội nghị, đơn vị Cụm trưởng, Cụm thi đua số 2 Công an các tỉnh Tây "
        "Bắc báo cáo kết quả.",
        slots(),
    ),
    (
        CLUSTER_2023 + "Theo quy chế, Cụm trưởng do UBND các huyện trong cụm luân phiên đảm nhận.",
        slots(),
    ),
    (
        CLUSTER_2023 + "Cụm trưởng năm 2023 là Hội Nông dân các tỉnh phía Nam luân phiên.",
        slots(),
    ),
    # "các Hội" inside one body's name is no plural of places
    (
        REVIEW_2023 + "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (Khối trưởng) chủ trì.",
        slots(("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PLURAL_BODIES_HOLD_NOTHING)
def test_a_body_of_several_places_holds_no_role(text: str, want: Slots) -> None:
    """ "Công an các tỉnh X", "UBND các huyện": several units, so no holder of one role."""
    assert roles(text) == want


CHOSEN_BY_AGREEMENT = [
    (
        CLUSTER_2023 + "Hội nghị thống nhất để Cục Hải quan tỉnh Cao Bằng được giao nhiệm vụ Cụm "
        "trưởng.",
        slots(nxt=("Cục Hải quan tỉnh Cao Bằng", 2024)),
    ),
    (
        REVIEW_2023 + "Các thành viên nhất trí để Sở Tư pháp làm Khối trưởng.",
        slots(nxt=("Sở Tư pháp", 2024)),
    ),
    (
        REVIEW_2023 + "Khối thống nhất để Sở Công Thương đảm nhận vai trò Trưởng khối năm 2024.",
        slots(nxt=("Sở Công Thương", 2024)),
    ),
    # at a mid-year review, a role for the year under way is the current term
    (
        "Tin\n\nNgày 28/6/2023, Khối thi đua Kinh tế sơ kết 6 tháng đầu năm 2023. Các thành "
        "viên thống nhất để Sở Xây dựng làm Khối phó thay Sở Du lịch trong 6 tháng cuối năm 2023.",
        slots(deputy=("Sở Xây dựng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), CHOSEN_BY_AGREEMENT)
def test_a_unit_agreed_on_for_the_role(text: str, want: Slots) -> None:
    """ "thống nhất để X làm Trưởng khối" at a review chooses the next term's holder."""
    assert roles(text) == want


MORE_HOLDER_WORDINGS = [
    # a school year opening the sentence is the term, and it follows the one reviewed
    (
        "Tin\n\nNgày 5/8/2010, Khối thi đua các trường cao đẳng tổng kết năm học 2009 - 2010. "
        "Năm học 2010 - 2011, Trường Cao đẳng Y tế Lâm Đồng đảm nhận trưởng khối.",
        slots(nxt=("Trường Cao đẳng Y tế Lâm Đồng", None)),
    ),
    (
        "Tin\n\nNgày 2/8/2019, Cụm thi đua các trường THPT tổng kết năm học 2018-2019. Năm học "
        "2019-2020, Trường THPT Chu Văn An làm Cụm trưởng.",
        slots(nxt=("Trường THPT Chu Văn An", None)),
    ),
    # the flag received, then the role
    (
        REVIEW_2023 + "Công an huyện Hạ Hòa nhận cờ luân lưu, làm Khối trưởng năm 2024.",
        slots(nxt=("Công an huyện Hạ Hòa", 2024)),
    ),
    # the deputy of a standing holder
    (
        REVIEW_2023 + "Ủy ban MTTQ Việt Nam xã Tân Quới là Thường trực Khối năm 2023, Ủy ban MTTQ "
        "Việt Nam xã Song Phú là Phó Thường trực Khối.",
        slots(
            ("Ủy ban MTTQ Việt Nam xã Tân Quới", 2023), ("Ủy ban MTTQ Việt Nam xã Song Phú", 2023)
        ),
    ),
    (
        REVIEW_2023 + "Hội Nông dân tỉnh (Phó Thường trực Khối) phát biểu.",
        slots(deputy=("Hội Nông dân tỉnh", 2023)),
    ),
    # a doctor's degree before the speaker's name
    (
        REVIEW_2023 + "Thay mặt Khối trưởng, BS.CKII Trần Văn Hòa, Phó Giám đốc Bệnh viện Đa khoa "
        "tỉnh trình bày báo cáo.",
        slots(("Bệnh viện Đa khoa tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_HOLDER_WORDINGS)
def test_more_holder_wordings(text: str, want: Slots) -> None:
    """School-year terms, "nhận cờ luân lưu, làm ...", "Phó Thường trực", degrees before names."""
    assert roles(text) == want


VENUE_UNITS_AND_HOLDING_WORDS = [
    # a venue named as the unit holding the role is the holder
    (
        REVIEW_2023 + "Ngày 28/11/2023, tại trụ sở Chi cục Thi hành án dân sự huyện Đam Rông, đơn "
        "vị Khối trưởng, đã chủ trì cuộc họp.",
        slots(("Chi cục Thi hành án dân sự huyện Đam Rông", 2023)),
    ),
    (
        REVIEW_2023 + "Sáng 5/1, tại Công an tỉnh Thái Bình, đơn vị Khối trưởng, các đơn vị ký "
        "giao ước.",
        slots(("Công an tỉnh Thái Bình", 2023)),
    ),
    # an owner before a comma is still no holder
    (
        REVIEW_2023 + "Theo quyết định của UBND tỉnh, đơn vị Khối trưởng là Sở Y tế.",
        slots(("Sở Y tế", 2023)),
    ),
    # "giữ nhiệm vụ", "giữ vị trí" join the holder to the role
    (
        REVIEW_2023 + "Kết thúc hội nghị, các xã nhất trí bầu xã Chân Sơn giữ nhiệm vụ Khối trưởng "
        "năm 2024.",
        slots(nxt=("xã Chân Sơn", 2024)),
    ),
    (
        REVIEW_2023
        + "Các thành viên biểu quyết suy tôn Tỉnh đoàn giữ vị trí Khối trưởng năm 2024.",
        slots(nxt=("Tỉnh đoàn", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), VENUE_UNITS_AND_HOLDING_WORDS)
def test_venue_units_and_holding_words(text: str, want: Slots) -> None:
    """ "tại trụ sở X, đơn vị Cụm trưởng": X leads; "giữ nhiệm vụ/vị trí Khối trưởng"."""
    assert roles(text) == want


PERSON_FOR_THE_UNIT = [
    (
        REVIEW_2023 + "Ông Trần Đức Lâm, Cục trưởng Cục Hải quan tỉnh Lạng Sơn, thay mặt đơn vị "
        "Khối trưởng báo cáo kết quả.",
        slots(("Cục Hải quan tỉnh Lạng Sơn", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng do ông Võ Đình Nguyên, Giám đốc Sở Tài chính đảm nhiệm.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Với Khối trưởng do ông Võ Đình Nguyên - Cục trưởng Cục QLTT tỉnh Đắk Lắk "
        "đảm nhiệm, các đơn vị ký giao ước.",
        slots(("Cục QLTT tỉnh Đắk Lắk", 2023)),
    ),
    (
        REVIEW_2023 + "Khối phó do bà Lê Hoa, Chủ tịch Công đoàn Công ty Xăng dầu khu vực I và Chủ "
        "tịch Công đoàn Công ty Thép đảm nhiệm.",
        slots(deputy=("Công đoàn Công ty Xăng dầu khu vực I", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSON_FOR_THE_UNIT)
def test_a_person_speaking_for_the_unit_or_taking_the_role(text: str, want: Slots) -> None:
    """ "X, Cục trưởng Cục Y, thay mặt đơn vị Cụm trưởng"; "Cụm trưởng do ông X, Giám đốc Sở Y"."""
    assert roles(text) == want


ON_BEHALF_AND_APPOSITIONS = [
    (
        REVIEW_2023 + "Thay mặt đơn vị Khối trưởng, Hiệp hội Doanh nghiệp tỉnh chủ trì hội nghị.",
        slots(("Hiệp hội Doanh nghiệp tỉnh", 2023)),
    ),
    (
        REVIEW_2023 + "Thay mặt đơn vị Khối trưởng năm 2023, lãnh đạo Hội Chữ thập đỏ tỉnh phát "
        "biểu.",
        slots(("Hội Chữ thập đỏ tỉnh", 2023)),
    ),
    (
        REVIEW_2023 + "Thay mặt cho Khối trưởng, đại diện Sở Nội vụ trình bày báo cáo.",
        slots(("Sở Nội vụ", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị do Hội Nhà báo tỉnh Đồng Tháp (sau sáp nhập) – đơn vị Khối "
        "trưởng – tổ chức.",
        slots(("Hội Nhà báo tỉnh Đồng Tháp", 2023)),
    ),
    (
        REVIEW_2023 + "Huyện Phú Lộc – trên cương vị Trưởng khối năm 2023 – đã chủ trì hội nghị.",
        slots(("Huyện Phú Lộc", 2023)),
    ),
    (
        REVIEW_2023 + "Đăng cai là Ban Quản lý các KCN Bắc Ninh – đơn vị được giao trọng trách "
        "Khối trưởng năm 2023.",
        slots(("Ban Quản lý các KCN Bắc Ninh", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị tổ chức tại Quảng Trị, địa phương được Bộ Công an phân công làm "
        "khối trưởng năm nay.",
        slots(("Quảng Trị", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị diễn ra tại Bình Phước, đơn vị giữ vai trò Khối trưởng.",
        slots(("Bình Phước", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ON_BEHALF_AND_APPOSITIONS)
def test_on_behalf_of_the_leader_and_appositions_after_a_gloss(text: str, want: Slots) -> None:
    """ "Thay mặt đơn vị Khối trưởng, (lãnh đạo) X"; "X (sau sáp nhập) – đơn vị Khối trưởng";
    "– trên cương vị", "– đơn vị được giao trọng trách"; a venue named as the holding unit."""
    assert roles(text) == want


MORE_APPOSITIONS = [
    (
        REVIEW_2023 + "Chủ trì hội nghị là LĐLĐ quận Kiến An, đơn vị được giao trọng trách Trưởng "
        "Khối trong năm 2023.",
        slots(("LĐLĐ quận Kiến An", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị bình bầu và suy tôn các danh hiệu thi đua diễn ra dưới sự chủ trì "
        "của ĐH Nha Trang (Trưởng khối).",
        slots(("ĐH Nha Trang", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị bầu chọn các tập thể tiêu biểu do Sở Y tế (Khối trưởng) chủ trì.",
        slots(("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "(BP) Bình Phước – Khối trưởng năm 2023 – là nơi Khối họp.",
        slots(("Bình Phước", 2023)),
    ),
    (
        REVIEW_2023 + "Với vai trò đơn vị đăng cai và Khối trưởng, VKSND huyện Hớn Quản chủ trì "
        "buổi ký kết.",
        slots(("VKSND huyện Hớn Quản", 2023)),
    ),
    (
        REVIEW_2023 + "Trong vai trò đơn vị chủ nhà, Khối trưởng, Sở Xây dựng điều hành hội nghị.",
        slots(("Sở Xây dựng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_APPOSITIONS)
def test_appositions_with_a_charge_a_tag_or_a_title_election(text: str, want: Slots) -> None:
    """ ", đơn vị được giao trọng trách Trưởng Khối"; an outlet's tag before a province holder;
    "bình bầu và suy tôn các danh hiệu" elects titles, not the next term's holder."""
    assert roles(text) == want


ROTATED_OR_REPRESENTED = [
    (
        REVIEW_2023 + "Sở Y tế trao lại nhiệm vụ cho Sở Tư pháp, đơn vị luân phiên làm Khối "
        "trưởng năm 2024.",
        slots(nxt=("Sở Tư pháp", 2024)),
    ),
    (
        REVIEW_2023 + "Theo kết quả biểu quyết, năm 2024 vai trò Khối trưởng được luân phiên sang "
        "Công an tỉnh Quảng Trị.",
        slots(nxt=("Công an tỉnh Quảng Trị", 2024)),
    ),
    (
        REVIEW_2023 + "Theo nguyên tắc luân phiên, vị trí khối trưởng năm 2024 được chuyển sang "
        "LĐLĐ quận Ô Môn.",
        slots(nxt=("LĐLĐ quận Ô Môn", 2024)),
    ),
    (
        REVIEW_2023 + "Lời chúc được gửi qua ông Hồ Sĩ Dũng – Phó Chủ tịch UBMTTQ tỉnh, người đại "
        "diện đơn vị giữ vai trò Trưởng Khối.",
        slots(("UBMTTQ tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROTATED_OR_REPRESENTED)
def test_role_rotated_to_a_unit_or_held_through_its_representative(text: str, want: Slots) -> None:
    """ "X, đơn vị luân phiên làm Khối trưởng năm 2024"; "vai trò Khối trưởng được luân phiên
    (chuyển) sang X"; "ông A – Phó Chủ tịch X, người đại diện đơn vị giữ vai trò Trưởng Khối"."""
    assert roles(text) == want


ASSIGNED_BY_THE_MEMBERS = [
    (
        REVIEW_2023 + "Huyện Ia Pa (đơn vị khối trưởng năm 2023) trao cờ luân lưu cho huyện Krông "
        "Pa - đơn vị được các thành viên giao giữ vai trò khối trưởng năm 2024.",
        slots(("Huyện Ia Pa", 2023), nxt=("huyện Krông Pa", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ – đơn vị được hội nghị thống nhất chọn làm Khối trưởng năm 2024 – "
        "phát biểu nhận nhiệm vụ.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Trong năm 2024, Đại học Huế đảm nhận vai trò đơn vị khối trưởng.",
        slots(nxt=("Đại học Huế", 2024)),
    ),
    (
        REVIEW_2023 + "Tại hội nghị, Sở Y tế nhận nhiệm vụ đơn vị Khối trưởng năm 2024.",
        slots(nxt=("Sở Y tế", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ASSIGNED_BY_THE_MEMBERS)
def test_role_given_by_an_agent_in_an_apposition_or_as_a_unit(text: str, want: Slots) -> None:
    """ "X - đơn vị được các thành viên giao giữ vai trò khối trưởng"; "X đảm nhận vai trò đơn
    vị khối trưởng": the agent and the unit noun between holder and role noun are stepped over."""
    assert roles(text) == want


ROLE_NOUN_OPENS_THE_BLOCS_NAME = [
    (
        REVIEW_2023 + "Với vai trò Trưởng Khối thi đua Kinh tế, Sở Tài chính đã chủ trì hội nghị.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Là Khối trưởng năm 2023 của Khối thi đua Kinh tế (Khối), Sở Công Thương đã "
        "đăng cai hội nghị.",
        slots(("Sở Công Thương", 2023)),
    ),
    (
        REVIEW_2023 + "Trên cương vị Khối trưởng Khối thi đua Kinh tế (gọi tắt là Khối), Sở Xây "
        "dựng điều hành hội nghị.",
        slots(("Sở Xây dựng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROLE_NOUN_OPENS_THE_BLOCS_NAME)
def test_holder_after_the_blocs_full_name_and_its_alias(text: str, want: Slots) -> None:
    """ "Với vai trò Trưởng Khối thi đua X, Y": the role noun's "Khối" opens the bloc's name;
    "Là Khối trưởng năm 2023 của Khối thi đua X (Khối), Y": the year, the bloc and its short
    name in brackets are stepped over."""
    assert roles(text) == want


THE_HOST_NAMED_AGAIN = [
    (
        REVIEW_2023 + "Hội nghị do LĐLĐ huyện Tân Biên đăng cai. Trong năm nay, đơn vị chủ nhà "
        "được các huyện tín nhiệm giao giữ vai trò khối trưởng.",
        slots(("LĐLĐ huyện Tân Biên", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị được tổ chức tại TAND khu vực 15. Với vai trò Khối trưởng, đơn vị "
        "chủ nhà đã điều hành hội nghị.",
        slots(("TAND khu vực 15", 2023)),
    ),
    (
        REVIEW_2023
        + "Hội nghị diễn ra tại trụ sở Sở Tư pháp. Đơn vị chủ nhà là Khối phó năm 2023.",
        slots(deputy=("Sở Tư pháp", 2023)),
    ),
    # no unit was told to host: "đơn vị chủ nhà" names nobody
    (REVIEW_2023 + "Sở Y tế dự hội nghị. Đơn vị chủ nhà là Khối trưởng.", slots()),
]


@pytest.mark.parametrize(("text", "want"), THE_HOST_NAMED_AGAIN)
def test_the_host_named_again_holds_the_role(text: str, want: Slots) -> None:
    """ "do X đăng cai ... đơn vị chủ nhà giữ vai trò khối trưởng", "tại X ... Với vai trò Khối
    trưởng, đơn vị chủ nhà": the host told before holds the role."""
    assert roles(text) == want


SCHOOLS_AND_BURDENS = [
    (
        REVIEW_2023 + "Thầy Ngô Đức Thịnh, Hiệu trưởng Trường THPT Lạng Giang số 1 - trường Khối "
        "trưởng năm 2023, cho biết nhiều điều.",
        slots(("Trường THPT Lạng Giang số 1", 2023)),
    ),
    (
        REVIEW_2023 + "Một năm qua, TAND tỉnh Hà Tĩnh còn gánh vai trò Khối trưởng.",
        slots(("TAND tỉnh Hà Tĩnh", 2023)),
    ),
    (
        REVIEW_2023 + "Hội Nông dân huyện Đức Hòa - hội Khối trưởng năm 2023 - chủ trì.",
        slots(("Hội Nông dân huyện Đức Hòa", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SCHOOLS_AND_BURDENS)
def test_unit_nouns_of_their_kind_and_more_verbs_of_holding(text: str, want: Slots) -> None:
    """ "Trường X - trường Khối trưởng", "X - hội Khối trưởng"; "X còn gánh vai trò Khối
    trưởng": the name ends before "còn", the verb holds the role."""
    assert roles(text) == want


UNIT_INSIDE_A_TITLE = [
    (
        REVIEW_2023 + "Thay mặt đơn vị Khối trưởng, bà Ngô Thị Hà, Trưởng phòng GD&ĐT huyện Quế "
        "Võ đề nghị các đơn vị hoàn thiện hồ sơ.",
        slots(("phòng GD&ĐT huyện Quế Võ", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Lê Văn Tú, Phó trưởng phòng Nội vụ huyện Yên Định (Khối trưởng), chủ "
        "trì hội nghị.",
        slots(("phòng Nội vụ huyện Yên Định", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), UNIT_INSIDE_A_TITLE)
def test_a_unit_named_inside_a_persons_title(text: str, want: Slots) -> None:
    """ "bà A, Trưởng phòng GD&ĐT huyện X": the title takes the unit's capital; the unit that
    its head names after it holds the role."""
    assert roles(text) == want


TAKEN_OVER_FROM = [
    (
        REVIEW_2023 + "Sở Nội vụ nhận nhiệm vụ Khối trưởng năm 2024 từ Sở Tài chính.",
        slots(("Sở Tài chính", 2023), nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ tiếp nhận vai trò Khối trưởng từ Sở Tài chính.",
        slots(("Sở Tài chính", 2023), nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Cuối buổi, Sở Nội vụ nhận cờ Khối trưởng từ Sở Tài chính.",
        slots(("Sở Tài chính", 2023), nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), TAKEN_OVER_FROM)
def test_a_role_taken_over_from_the_holder(text: str, want: Slots) -> None:
    """ "Y nhận nhiệm vụ / vai trò / cờ Khối trưởng (năm 2024) từ X": X led the term before."""
    assert roles(text) == want


ROLE_TAKEN_IN_AN_OPENING_CLAUSE = [
    (
        REVIEW_2023 + "Tiếp nhận nhiệm vụ Khối trưởng năm 2024, đại diện lãnh đạo Sở Nội vụ cam "
        "kết phát huy vai trò.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Nhận nhiệm vụ Khối trưởng năm 2024, Sở Nội vụ cam kết phát huy vai trò.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Được tín nhiệm bầu làm Khối trưởng năm 2024, Sở Nội vụ hứa sẽ nỗ lực.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROLE_TAKEN_IN_AN_OPENING_CLAUSE)
def test_a_role_taken_in_an_opening_clause(text: str, want: Slots) -> None:
    """ "Tiếp nhận nhiệm vụ Khối trưởng năm 2024, X ...": the subject after the comma holds it."""
    assert roles(text) == want


YEAR_OF_THE_NEXT_MENTION = [
    (
        REVIEW_2023 + "Sở Tài chính, Khối trưởng, đã trao lại cờ cho Sở Nội vụ, đơn vị được bầu "
        "làm Khối trưởng năm 2024.",
        slots(("Sở Tài chính", 2023), nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Tài chính (Khối trưởng) đã trao lại cờ cho Sở Nội vụ, đơn vị được bầu "
        "làm Khối trưởng năm 2024.",
        slots(("Sở Tài chính", 2023), nxt=("Sở Nội vụ", 2024)),
    ),
    # another role's year is shared by both
    (
        REVIEW_2023 + "Hội nghị nhất trí giao Sở Nội vụ làm Khối trưởng, Sở Y tế làm Khối phó năm "
        "2024.",
        slots(deputy=("Sở Y tế", 2024), nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), YEAR_OF_THE_NEXT_MENTION)
def test_a_year_after_the_same_role_again_is_not_this_ones(text: str, want: Slots) -> None:
    """The year after a second mention of the same role dates that mention only."""
    assert roles(text) == want


POSITION_WORDS = [
    (
        REVIEW_2023
        + "Cuối hội nghị, các thành viên thống nhất giới thiệu Sở Nội vụ đảm nhận cương "
        "vị Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Hội nghị nhất trí để Sở Nội vụ nắm giữ vị trí Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Tài chính đảm nhiệm cương vị Trưởng khối năm 2023.",
        slots(("Sở Tài chính", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITION_WORDS)
def test_cuong_vi_and_vi_tri_name_the_role(text: str, want: Slots) -> None:
    """ "đảm nhận cương vị", "nắm giữ vị trí" before the role noun hold it."""
    assert roles(text) == want


DO_WITHOUT_A_YEAR = [
    (REVIEW_2023 + "Khối trưởng do Sở Y tế đảm nhận.", slots(("Sở Y tế", 2023))),
    (REVIEW_2023 + "Khối phó do Sở Y tế đảm nhận.", slots(deputy=("Sở Y tế", 2023))),
    (
        REVIEW_2023 + "Năm nay, cương vị Trưởng khối thi đua do cơ quan Tỉnh đoàn đảm nhận.",
        slots(("Tỉnh đoàn", 2023)),
    ),
    (
        REVIEW_2023 + "Vai trò Khối trưởng năm 2023 do đơn vị Sở Tư pháp đảm nhiệm.",
        slots(("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), DO_WITHOUT_A_YEAR)
def test_do_after_the_role_noun_with_or_without_a_year(text: str, want: Slots) -> None:
    """ "Khối trưởng (thi đua) (năm X) do (cơ quan) Y đảm nhận": Y holds it."""
    assert roles(text) == want


SPEAKING_AS_THE_HOLDER = [
    (
        REVIEW_2023 + "Ông Trần Văn Sơn, Giám đốc Công an tỉnh Hòa An, phát biểu tại hội nghị với "
        "tư cách đại diện đơn vị giữ vai trò Khối trưởng.",
        slots(("Công an tỉnh Hòa An", 2023)),
    ),
    (
        REVIEW_2023
        + "Sở Tư pháp, với tư cách đơn vị giữ vai trò Khối trưởng, đã chủ trì hội nghị.",
        slots(("Sở Tư pháp", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Tư pháp chủ trì hội nghị với vai trò Khối trưởng.",
        slots(("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SPEAKING_AS_THE_HOLDER)
def test_speaking_or_chairing_as_the_holder(text: str, want: Slots) -> None:
    """ "X, phát biểu ... với tư cách đại diện đơn vị giữ vai trò Khối trưởng": X holds it."""
    assert roles(text) == want


PARTY_COMMITTEES_AND_WORKS = [
    (
        "Tin\n\nSáng 5/1/2024, Cụm thi đua số 3 tổng kết năm 2023. Huyện ủy Lục Ngạn làm Cụm "
        "trưởng, Thị ủy Sơn Tây làm Cụm phó.",
        slots(("Huyện ủy Lục Ngạn", 2023), deputy=("Thị ủy Sơn Tây", 2023)),
    ),
    (
        "Tin\n\nSáng 5/1/2024, Khối thi đua các doanh nghiệp tổng kết năm 2023. Xí nghiệp Khai "
        "thác công trình thủy lợi là Khối trưởng.",
        slots(("Xí nghiệp Khai thác công trình thủy lợi", 2023)),
    ),
    (
        "Tin\n\nSáng 5/1/2024, Khối thi đua các cơ quan tổng kết năm 2023. Văn phòng Đăng ký đất "
        "đai tỉnh (Khối phó) báo cáo.",
        slots(deputy=("Văn phòng Đăng ký đất đai tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PARTY_COMMITTEES_AND_WORKS)
def test_bodies_named_after_places_hold_roles_whole(text: str, want: Slots) -> None:
    """A party committee or a works named after its place is held whole ("Huyện ủy Lục Ngạn")."""
    assert roles(text) == want


THIS_YEAR_AT_THE_COVENANT = [
    (
        COVENANT_2024 + "Trưởng khối năm nay là Hội Luật gia tỉnh, Phó khối là Hội Người mù tỉnh. "
        "Năm 2023, vai trò Trưởng khối do Hội Người cao tuổi tỉnh đảm nhận.",
        slots(("Hội Luật gia tỉnh", 2024), deputy=("Hội Người mù tỉnh", 2024)),
    ),
    (
        COVENANT_2024 + "Hiện nay, Hội Luật gia tỉnh là Khối trưởng. Trước đó, năm 2023 Hội Người "
        "cao tuổi tỉnh làm Khối trưởng.",
        slots(("Hội Luật gia tỉnh", 2024)),
    ),
    (
        COVENANT_2024 + "Năm 2023, Hội Người cao tuổi tỉnh giữ vai trò Khối trưởng; năm nay Hội "
        "Luật gia tỉnh đảm nhận vai trò Khối trưởng.",
        slots(("Hội Luật gia tỉnh", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), THIS_YEAR_AT_THE_COVENANT)
def test_this_years_holder_at_the_covenant_over_a_past_one(text: str, want: Slots) -> None:
    """At a covenant signing, "Trưởng khối năm nay là X" is the covenant year's holder, and a
    holder of a year before is history."""
    assert roles(text) == want


THIS_YEAR_OVER_LAST_YEARS_HOLDER = [
    (
        COVENANT_2024 + "Năm nay, Hội Luật gia tỉnh giữ vai trò Khối trưởng, Hội Người mù tỉnh làm "
        "Khối phó. Tại hội nghị, Hội Người cao tuổi tỉnh – đơn vị Khối trưởng năm 2023 – được tặng "
        "Cờ thi đua.",
        slots(("Hội Luật gia tỉnh", 2024), deputy=("Hội Người mù tỉnh", 2024)),
    ),
    (
        COVENANT_2024 + "Hiện nay Hội Luật gia tỉnh là Khối trưởng. Hội Người cao tuổi tỉnh (Khối "
        "trưởng năm 2023) phát biểu.",
        slots(("Hội Luật gia tỉnh", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), THIS_YEAR_OVER_LAST_YEARS_HOLDER)
def test_a_capitalised_nam_nay_at_the_covenant(text: str, want: Slots) -> None:
    """ "Năm nay, X giữ vai trò Khối trưởng" opening a sentence beats last year's holder."""
    assert roles(text) == want


TWO_ROLE_NOUNS_TWO_STATEMENTS = [
    (
        REVIEW_2023 + "Sở Nội vụ làm Khối trưởng, Khối phó là Sở Y tế.",
        slots(("Sở Nội vụ", 2023), deputy=("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ được giao làm khối trưởng, khối phó là Sở Y tế.",
        slots(("Sở Nội vụ", 2023), deputy=("Sở Y tế", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ giữ vai trò Trưởng khối, Phó khối do Sở Y tế đảm nhận.",
        slots(("Sở Nội vụ", 2023), deputy=("Sở Y tế", 2023)),
    ),
    # a plural of role nouns with no holder still names no one
    (REVIEW_2023 + "Hội nghị đã bình bầu khối trưởng, khối phó năm 2024.", slots()),
]


@pytest.mark.parametrize(("text", "want"), TWO_ROLE_NOUNS_TWO_STATEMENTS)
def test_two_role_nouns_side_by_side_as_two_statements(text: str, want: Slots) -> None:
    """ "A làm Khối trưởng, Khối phó là B": A holds the first, B the second; "bình bầu khối
    trưởng, khối phó" still holds nothing."""
    assert roles(text) == want


THE_ROLE_NAMED_AGAIN = [
    (
        REVIEW_2023 + "Năm 2022, Sở Xây dựng là đơn vị Khối trưởng; năm 2023, trọng trách này "
        "thuộc về Sở Tài chính.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị thống nhất bầu Khối trưởng năm 2024. Sở Nội vụ được tín nhiệm giao "
        "nhiệm vụ này.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Năm 2022, Sở Xây dựng giữ vai trò Khối phó. Năm nay, vai trò này do Sở Y tế "
        "đảm nhận.",
        slots(deputy=("Sở Y tế", 2023)),
    ),
    # "nhiệm vụ này" with no role noun before it, or held by no unit, names no one
    (REVIEW_2023 + "Sở Tài chính đã hoàn thành tốt nhiệm vụ này.", slots()),
    (
        REVIEW_2023 + "Sở Tài chính là Khối trưởng. Các đơn vị cần thực hiện tốt nhiệm vụ này.",
        slots(("Sở Tài chính", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), THE_ROLE_NAMED_AGAIN)
def test_a_role_named_again_by_an_anaphor(text: str, want: Slots) -> None:
    """ "trọng trách này", "nhiệm vụ này", "vai trò này" right after a role noun name it again."""
    assert roles(text) == want


A_COUNTED_PAIR_OF_HOLDERS = [
    (
        REVIEW_2023 + "Lãnh đạo Vụ 14 tặng hoa chúc mừng Sở Nội vụ và Sở Y tế – hai đơn vị được "
        "giao làm Khối trưởng, Khối phó năm 2024.",
        slots(deputy=("Sở Y tế", 2024), nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ và Sở Y tế - hai đơn vị được bầu làm Khối trưởng và Khối phó năm "
        "2024 - phát biểu nhận nhiệm vụ.",
        slots(deputy=("Sở Y tế", 2024), nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), A_COUNTED_PAIR_OF_HOLDERS)
def test_a_counted_pair_of_holders_after_a_dash(text: str, want: Slots) -> None:
    """ "A và B – hai đơn vị được giao làm Khối trưởng, Khối phó": paired in order."""
    assert roles(text) == want


THE_REVIEWED_YEARS_HOLDER_GIVEN = [
    (
        REVIEW_2023 + "Năm 2022, vai trò Khối trưởng do Sở Xây dựng đảm nhận; sang năm 2023, nhiệm "
        "vụ này được giao cho Sở Tài chính.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Vai trò Khối trưởng năm 2023 được giao cho Sở Tài chính.",
        slots(("Sở Tài chính", 2023)),
    ),
    # an election at the review still chooses for the term to come
    (
        REVIEW_2023 + "Hội nghị bầu Sở Nội vụ làm Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), THE_REVIEWED_YEARS_HOLDER_GIVEN)
def test_the_reviewed_years_role_given_to_a_unit_is_current(text: str, want: Slots) -> None:
    """At the review of 2023, "vai trò Khối trưởng năm 2023 được giao cho X" tells who led it."""
    assert roles(text) == want


CLUSTER_OF_PROVINCES_2012 = "Tin\n\nNgày 10/1/2013, Cụm thi đua số 7 tổng kết năm 2012. "

PROVINCES_INTRODUCED_OR_TRUSTED = [
    (
        CLUSTER_OF_PROVINCES_2012 + "Cũng tại hội nghị, các tỉnh nhất trí giới thiệu tỉnh Thái "
        "Nguyên làm Cụm trưởng năm 2013.",
        slots(nxt=("tỉnh Thái Nguyên", 2013)),
    ),
    (
        CLUSTER_OF_PROVINCES_2012 + "Hội nghị nhất trí giới thiệu Thái Nguyên làm Cụm trưởng năm "
        "2013.",
        slots(nxt=("Thái Nguyên", 2013)),
    ),
    (
        CLUSTER_OF_PROVINCES_2012 + "Các tỉnh tín nhiệm Bắc Kạn làm Cụm phó năm 2013.",
        slots(deputy=("Bắc Kạn", 2013)),
    ),
    (
        CLUSTER_OF_PROVINCES_2012 + "Các thành viên thống nhất để Phú Thọ làm Cụm trưởng năm 2013.",
        slots(nxt=("Phú Thọ", 2013)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PROVINCES_INTRODUCED_OR_TRUSTED)
def test_a_province_introduced_or_trusted_for_the_role(text: str, want: Slots) -> None:
    """ "giới thiệu (tỉnh) X làm Cụm trưởng", "tín nhiệm X", "thống nhất để X làm": a province
    after these words holds the role, as after "chọn" or "bầu"."""
    assert roles(text) == want


A_VENUE_IN_APPOSITION = [
    (
        "Tin\n\nSáng 20/11/2023, tại Hạt Kiểm lâm Quan Hóa – đơn vị Cụm trưởng năm 2023, Cụm thi "
        "đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
        slots(("Hạt Kiểm lâm Quan Hóa", 2023)),
    ),
    (
        "Tin\n\nSáng 20/11/2023, tại Sở Y tế - đơn vị giữ vai trò Khối trưởng, Khối thi đua Văn xã "
        "tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
        slots(("Sở Y tế", 2023)),
    ),
    # a venue with no apposition holds nothing; the holder named after it does
    (
        "Tin\n\nSáng 20/11/2023, tại Sở Y tế, Khối trưởng Sở Tư pháp chủ trì hội nghị tổng kết "
        "công tác thi đua năm 2023 của Khối thi đua Văn xã.",
        slots(("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), A_VENUE_IN_APPOSITION)
def test_a_venue_set_off_by_a_dash_as_the_holder(text: str, want: Slots) -> None:
    """ "tại X – đơn vị Cụm trưởng, ...": the venue in a dash apposition holds the role."""
    assert roles(text) == want


MORE_HOLDERS_IN_APPOSITION = [
    (
        "Tin\n\nSáng 14/1/2022, cụm thi đua số 2 tổng kết công tác dân vận năm 2021, dưới sự chủ "
        "trì của Ban Dân vận Huyện ủy Đồng Hỷ – đơn vị Cụm trưởng năm 2021.",
        slots(("Ban Dân vận Huyện ủy Đồng Hỷ", 2021)),
    ),
    (
        "Tin\n\nNgày 5/7/2022, Khối thi đua các hội sơ kết 6 tháng đầu năm 2022, dưới sự chủ trì "
        "của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái, đơn vị Thường trực Khối năm "
        "2022 (năm 2021, Hội Văn học Nghệ thuật tỉnh giữ vai trò Khối trưởng).",
        slots(("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái", 2022)),
    ),
    (
        REVIEW_2023 + "Vị trí Khối phó trong năm do Nhà xuất bản Chính trị quốc gia đảm nhận.",
        slots(deputy=("Nhà xuất bản Chính trị quốc gia", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Nguyễn Nam Thắng, Cục trưởng Cục Thuế tỉnh, thay mặt đơn vị được giao "
        "làm Khối trưởng năm 2023, chủ trì buổi lễ.",
        slots(("Cục Thuế tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_HOLDERS_IN_APPOSITION)
def test_holders_after_cua_a_bracket_trong_nam_and_on_behalf(text: str, want: Slots) -> None:
    """ "của X – đơn vị Cụm trưởng", "của X, đơn vị Thường trực Khối năm 2022 (...)": closed
    appositions; "Khối phó trong năm do X"; "X, thay mặt đơn vị được giao làm Khối trưởng"."""
    assert roles(text) == want


A_MINISTRY_HANDS_THE_ROLE_ON = [
    (
        "Tin\n\nNgày 5/7/2022, Cụm thi đua số 1 tổng kết năm học 2021-2022. Bộ Giáo dục và Đào "
        "tạo đã trao nhiệm vụ Cụm trưởng năm học 2022-2023 cho Đại học Huế.",
        slots(nxt=("Đại học Huế", None)),
    ),
    (
        REVIEW_2023 + "Bộ Công an giao Công an tỉnh Hòa An làm Khối trưởng năm 2024.",
        slots(nxt=("Công an tỉnh Hòa An", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), A_MINISTRY_HANDS_THE_ROLE_ON)
def test_a_ministry_gives_the_role_and_holds_none(text: str, want: Slots) -> None:
    """ "Bộ X trao nhiệm vụ Cụm trưởng cho Y": the ministry assigns; it led nothing."""
    assert roles(text) == want


# official names that hold "và", a comma or a lower-case word: the whole name holds the role
NAMES_WITH_AND_OR_COMMA = [
    "Văn phòng HĐND và UBND huyện Tiên Du",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Quảng Trị",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
    "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
    "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",
    "Hội Doanh nghiệp nhỏ và vừa tỉnh",
    "Phòng Cảnh sát PCCC và CNCH",
    "Đoàn Luật sư tỉnh",
]
ROLE_WORDINGS_FOR_A_NAME = [
    ("{n} là đơn vị Khối trưởng năm 2023.", "leader"),
    ("Khối trưởng năm 2023 là {n}.", "leader"),
    ("Hội nghị do {n}, đơn vị Khối trưởng chủ trì.", "leader"),
    ("Ông Lê Văn Tâm, Giám đốc {n} - Khối trưởng phát biểu.", "leader"),
    ("Khối phó năm 2023 là {n}.", "deputy"),
    ("Hội nghị thống nhất bầu {n} làm Khối trưởng năm 2024.", "nxt"),
]


@pytest.mark.parametrize("name", NAMES_WITH_AND_OR_COMMA)
@pytest.mark.parametrize(("wording", "slot"), ROLE_WORDINGS_FOR_A_NAME)
def test_a_name_that_holds_and_or_a_comma_holds_the_role_whole(
    name: str, wording: str, slot: str
) -> None:
    """ "Văn phòng HĐND và UBND huyện X", "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
    "Hội Doanh nghiệp nhỏ và vừa tỉnh": "và", the comma and "vừa" are inside the name."""
    year = 2024 if slot == "nxt" else 2023
    want = slots(**{slot: (name, year)})  # type: ignore[arg-type]
    assert roles(REVIEW_2023 + wording.format(n=name) + " Hội nghị đánh giá cao kết quả.") == want


A_HOLDING_VERB_IN_BRACKETS = [
    (REVIEW_2023 + "Dự hội nghị có lãnh đạo Sở Tư pháp (đơn vị giữ vai trò Khối trưởng).", "l"),
    (
        REVIEW_2023 + "Dự hội nghị có Giám đốc Sở Tư pháp Nguyễn Văn An (đơn vị giữ vai trò Khối "
        "trưởng).",
        "l",
    ),
    (REVIEW_2023 + "Dự có Giám đốc Sở Tư pháp Nguyễn Văn An (đơn vị làm Khối trưởng).", "l"),
    (
        REVIEW_2023 + "Dự có Giám đốc Sở Tư pháp Nguyễn Văn An (đơn vị đảm nhận Khối trưởng năm "
        "2023).",
        "l",
    ),
    (REVIEW_2023 + "Sở Tư pháp (giữ vai trò Khối phó) báo cáo tham luận.", "d"),
]


@pytest.mark.parametrize(("text", "slot"), A_HOLDING_VERB_IN_BRACKETS)
def test_a_holding_verb_in_the_brackets_after_the_holder(text: str, slot: str) -> None:
    """ "X (đơn vị giữ vai trò Khối trưởng)", "(đơn vị đảm nhận Khối trưởng năm 2023)": a verb of
    holding inside the brackets, after the unit or its head's title and name."""
    want = slots(("Sở Tư pháp", 2023)) if slot == "l" else slots(deputy=("Sở Tư pháp", 2023))
    assert roles(text) == want


HEADING_THE_BLOC = [
    REVIEW_2023 + "Đứng đầu khối là Sở Tư pháp, Khối phó là Sở Y tế.",
    REVIEW_2023 + "Đơn vị đứng đầu Khối năm 2023 là Sở Tư pháp; Khối phó là Sở Y tế.",
    REVIEW_2023 + "Đơn vị đứng đầu Khối: Sở Tư pháp. Khối phó: Sở Y tế.",
]


@pytest.mark.parametrize("text", HEADING_THE_BLOC)
def test_the_unit_heading_the_bloc_is_its_leader(text: str) -> None:
    """ "Đứng đầu khối là X", "Đơn vị đứng đầu Khối: X": the leader; a ranking ("xếp thứ nhất,
    đứng đầu Khối về điểm số") names none."""
    assert roles(text) == slots(("Sở Tư pháp", 2023), ("Sở Y tế", 2023))


def test_ranking_first_is_no_leader() -> None:
    """ "X xếp thứ nhất, đứng đầu Khối về điểm số": a ranking, no role."""
    assert roles(REVIEW_2023 + "Sở Tư pháp xếp thứ nhất, đứng đầu Khối về điểm số.") == slots()


ROLE_TAKEN_AFTER_THE_FLAG_OR_AT_THE_VENUE = [
    (
        REVIEW_2023 + "Theo thứ tự luân phiên, Hội Nhà báo tỉnh tiếp nhận cờ luân lưu, đảm nhận "
        "vai trò Khối trưởng năm 2024.",
        slots(nxt=("Hội Nhà báo tỉnh", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Y tế nhận cờ luân lưu và chính thức giữ vai trò Khối trưởng năm 2024.",
        slots(nxt=("Sở Y tế", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Nội vụ nhận bàn giao, đảm nhiệm cương vị Khối trưởng năm 2024.",
        slots(nxt=("Sở Nội vụ", 2024)),
    ),
    (
        REVIEW_2023 + "Hội nghị được tổ chức tại tỉnh Bắc Ninh – đơn vị Khối trưởng năm 2023.",
        slots(("tỉnh Bắc Ninh", 2023)),
    ),
    (
        REVIEW_2023 + "Hội nghị diễn ra tại Bắc Ninh - địa phương giữ vai trò Khối trưởng.",
        slots(("Bắc Ninh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ROLE_TAKEN_AFTER_THE_FLAG_OR_AT_THE_VENUE)
def test_role_taken_after_the_flag_or_named_at_the_venue(text: str, want: Slots) -> None:
    """ "X tiếp nhận cờ luân lưu, đảm nhận vai trò Khối trưởng năm 2024": the flag taken first
    does not part X from its role; a venue with a dash and "đơn vị Khối trưởng" holds it."""
    assert roles(text) == want


KEPT_ON_AFTER_A_STATED_LEADER = [
    (
        REVIEW_2023 + "Ông Nguyễn Văn Thắng, Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh Bình "
        "Lâm, Trưởng Khối, chủ trì Hội nghị. Hội nghị nhất trí để NHNN Chi nhánh tỉnh tiếp tục "
        "giữ vai trò Trưởng Khối năm 2024.",
        slots(
            ("Ngân hàng Nhà nước Chi nhánh tỉnh Bình Lâm", 2023),
            nxt=("NHNN Chi nhánh tỉnh", 2024),
        ),
    ),
    (
        REVIEW_2023 + "Sở Tài chính (Khối trưởng) chủ trì hội nghị. Các đơn vị thống nhất để "
        "Kho bạc tỉnh tiếp tục làm Khối trưởng năm 2024.",
        slots(("Sở Tài chính", 2023), nxt=("Kho bạc tỉnh", 2024)),
    ),
    (
        REVIEW_2023 + "Hội nghị nhất trí để Sở Y tế tiếp tục giữ vai trò Trưởng Khối năm 2024.",
        slots(("Sở Y tế", 2023), nxt=("Sở Y tế", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT_ON_AFTER_A_STATED_LEADER)
def test_a_holder_kept_on_gives_way_to_the_stated_leader(text: str, want: Slots) -> None:
    """ "X tiếp tục làm Khối trưởng năm 2024" says X led 2023 only by inference: a leader the
    text names for this term wins; alone, the inference stands."""
    assert roles(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            REVIEW_2023 + "Hội nghị đã họp tại Cao Bằng, tỉnh Khối trưởng năm 2023, để tổng kết.",
            slots(("Cao Bằng", 2023)),
        ),
        (
            REVIEW_2023 + "Các đơn vị về dự tại Lạng Sơn, địa phương Khối trưởng năm nay.",
            slots(("Lạng Sơn", 2023)),
        ),
        (
            REVIEW_2023 + "Hội nghị diễn ra tại Cao Bằng, tỉnh có nhiều thành tích; Sở Y tế là "
            "Khối trưởng.",
            slots(("Sở Y tế", 2023)),
        ),
    ],
)
def test_a_venue_named_as_the_province_holding_the_role(text: str, want: Slots) -> None:
    """ "họp tại Cao Bằng, tỉnh Khối trưởng năm 2023": the venue is named as the holder; a
    venue described otherwise holds nothing."""
    assert roles(text) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhìn lại, năm 2022 Sở Tài chính là đơn vị Khối trưởng, trước khi trao lại cho Sở Xây dựng "
        "điều hành trong năm 2023. Hội nghị thống nhất bầu Sở Nội vụ làm Khối trưởng năm 2024.",
        "Năm 2022 Sở Tài chính làm Khối trưởng, trước khi giao lại cho Sở Xây dựng phụ trách năm "
        "2023. Các thành viên nhất trí bầu Sở Nội vụ làm Khối trưởng năm 2024.",
        "Sở Tài chính giữ vai trò Khối trưởng năm 2022 rồi chuyển giao cho Sở Xây dựng phụ trách "
        "trong năm 2023; năm 2024, Khối trưởng sẽ là Sở Nội vụ.",
    ],
)
def test_a_handover_told_as_history_and_the_next_election(sentence: str) -> None:
    """ "năm 2022 A là Khối trưởng, trước khi trao lại cho B điều hành năm 2023" at the review
    of 2023, then C elected for 2024: the year after the handover is B's, B leads 2023 and C
    is next."""
    assert roles(REVIEW_2023 + sentence) == slots(("Sở Xây dựng", 2023), None, ("Sở Nội vụ", 2024))


ASSIGNED_BY_A_DECISION = [
    "Quyết định phân công cụm trưởng, cụm phó năm 2021\n\nBộ Thông tin và Truyền thông vừa phân "
    "công cụm trưởng, cụm phó các cụm thi đua năm 2021. Cụm thi đua số 7: Cụm trưởng giao cho "
    "Đài Phát thanh và Truyền hình tỉnh Tây Ninh; Đài Phát thanh và Truyền hình tỉnh Long An là "
    "Cụm phó.",
    "Phân công các cụm thi đua năm 2021\n\nUBND tỉnh vừa ban hành quyết định phân công các cụm "
    "thi đua năm 2021. Theo đó, Cụm thi đua số 3 do UBND huyện Bảo Yên được giao làm Cụm trưởng, "
    "vị trí Cụm phó của cụm do UBND huyện Bắc Hà đảm nhận.",
    "Giao nhiệm vụ khối trưởng năm 2021\n\nTheo quyết định của Hội đồng Thi đua - Khen thưởng "
    "tỉnh, nhiệm vụ Khối trưởng Khối thi đua các sở kinh tế năm 2021 được giao cho Sở Công "
    "Thương; Khối phó của khối do Sở Xây dựng đảm nhiệm.",
]


@pytest.mark.parametrize("text", ASSIGNED_BY_A_DECISION)
def test_roles_assigned_by_a_decision_are_the_years_own(text: str) -> None:
    """A decision that assigns the roles reviews nothing: the units given them hold the year
    it names, not the next ("Cụm trưởng giao cho X", "Cụm phó của cụm do Y đảm nhận")."""
    got = roles(text)
    assert got["next_leader"] is None
    assert got["leader"] is not None and got["leader"][1] == 2021
    assert got["deputy_leader"] is not None and got["deputy_leader"][1] == 2021


PERSON_WITH_SEVERAL_TITLES = [
    (
        REVIEW_2023 + "Đồng chí Khối trưởng Nguyễn Thị Kim Chi, Ủy viên BCH Đảng bộ tỉnh, Giám đốc "
        "Sở Giáo dục chủ trì hội nghị.",
        slots(("Sở Giáo dục", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng là bà Trần Thị Hoa, Tỉnh ủy viên, Bí thư Đảng ủy, Giám đốc Sở "
        "Tài chính.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Khối phó là ông Phạm Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban "
        "Dân vận Tỉnh ủy.",
        slots(None, ("Ban Dân vận Tỉnh ủy", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng Nguyễn Văn An, Giám đốc Sở Tư pháp chủ trì hội nghị.",
        slots(("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSON_WITH_SEVERAL_TITLES)
def test_the_unit_of_the_persons_last_title_holds_the_role(text: str, want: Slots) -> None:
    """ "Khối trưởng A, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Y": the Party titles come first;
    the unit of the last title holds the role."""
    assert roles(text) == want


AMPERSAND_IN_THE_NAME = [
    (
        REVIEW_2023 + "Hội nghị bàn giao trách nhiệm trưởng khối năm 2024 cho Sở Văn hóa Thể thao "
        "& Du lịch.",
        slots(nxt=("Sở Văn hóa Thể thao & Du lịch", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Khoa học & Công nghệ được bầu làm Khối trưởng năm 2024.",
        slots(nxt=("Sở Khoa học & Công nghệ", 2024)),
    ),
    (
        REVIEW_2023 + "Khối trưởng năm 2023 là Sở Tài nguyên & Môi trường.",
        slots(("Sở Tài nguyên & Môi trường", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), AMPERSAND_IN_THE_NAME)
def test_a_spaced_ampersand_joins_two_fields_of_one_name(text: str, want: Slots) -> None:
    """ "Sở Văn hóa Thể thao & Du lịch": the name runs on over "&" to the capitalised field."""
    assert roles(text) == want


VOTE_THEN_ITS_RESULT = [
    (
        REVIEW_2023 + "Hội nghị thảo luận và bầu Khối trưởng, Khối phó năm 2024. Kết quả Sở Y tế "
        "làm Khối trưởng; Sở Xây dựng làm Khối phó.",
        slots(None, ("Sở Xây dựng", 2024), ("Sở Y tế", 2024)),
    ),
    (
        REVIEW_2023 + "Các đơn vị bỏ phiếu bầu Khối trưởng năm 2024. Kết quả, Sở Công Thương là "
        "Khối trưởng.",
        slots(nxt=("Sở Công Thương", 2024)),
    ),
    (
        REVIEW_2023 + "Hội nghị tiến hành hiệp thương bầu Khối trưởng năm 2024. Theo kết quả bầu, "
        "Khối trưởng là Sở Tài chính.",
        slots(nxt=("Sở Tài chính", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), VOTE_THEN_ITS_RESULT)
def test_the_result_of_a_vote_told_before_elects_for_its_year(text: str, want: Slots) -> None:
    """ "... bầu Khối trưởng năm 2024. Kết quả X làm Khối trưởng": X is elected for 2024."""
    assert roles(text) == want


def test_a_result_of_the_year_is_no_vote() -> None:
    """ "Kết quả thi đua năm 2023, Sở Y tế là Khối trưởng": results, no vote told before."""
    text = (
        REVIEW_2023 + "Năm 2023 các đơn vị hoàn thành chỉ tiêu. Kết quả thực hiện nhiệm vụ của "
        "Sở Y tế, đơn vị Khối trưởng, được đánh giá cao."
    )
    assert roles(text) == slots(("Sở Y tế", 2023))


FIRMS_AND_STANDING_BOARDS = [
    (
        REVIEW_2023 + "Năm 2023, đơn vị khối trưởng là Công ty cổ phần cao su Đồng Phú.",
        slots(("Công ty cổ phần cao su Đồng Phú", 2023)),
    ),
    (
        REVIEW_2023 + "Công ty cổ phần xi măng Hà Tiên làm Khối trưởng năm 2023.",
        slots(("Công ty cổ phần xi măng Hà Tiên", 2023)),
    ),
    (
        REVIEW_2023 + "Năm 2023, Khối trưởng là Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ.",
        slots(("Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ", 2023)),
    ),
    (
        REVIEW_2023 + "Ban thường trực Hội Nông dân tỉnh được bầu làm Khối trưởng năm 2024.",
        slots(nxt=("Hội Nông dân tỉnh", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), FIRMS_AND_STANDING_BOARDS)
def test_a_firms_own_name_and_a_bodys_standing_board(text: str, want: Slots) -> None:
    """ "Công ty cổ phần cao su Đồng Phú": the capitalised words after a firm's kind are its
    name, not a person; "Ban Thường trực X" holds the role for X."""
    assert roles(text) == want
