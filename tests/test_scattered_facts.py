"""Facts told away from the bloc's name: a paragraph that opens with its bloc as the topic
("Với Khối B, ..."), a count that opens its clause, a list that a role clause ends, holders
given out per bloc after dashes, and a bloc's number that counts nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_roles import article, roles

from extract.facts import extract_facts

JOINT_MEETING = (
    "Tin\n\nChiều 12/7/2019, Khối thi đua Văn hóa - Xã hội và Khối thi đua Kinh tế tổ chức "
    "hội nghị liên tịch sơ kết công tác thi đua 6 tháng đầu năm.\n"
    "Khối Văn hóa - Xã hội có 3 thành viên là Sở Y tế, Sở Văn hóa và Thể thao, Đài Phát thanh "
    "và Truyền hình tỉnh. Sở Y tế làm Trưởng khối năm 2019.\n"
)

TOPIC_PARAGRAPHS = [
    "Với Khối Kinh tế, vai trò khối trưởng năm 2019 thuộc về Sở Tài chính. Các thành viên còn "
    "lại gồm Sở Xây dựng, Sở Công Thương và Cục Thuế tỉnh.",
    "Riêng Khối Kinh tế, Sở Tài chính làm khối trưởng năm 2019. Các đơn vị còn lại gồm Sở "
    "Xây dựng, Sở Công Thương và Cục Thuế tỉnh.",
    "Đối với Khối Kinh tế, năm 2019 Sở Tài chính giữ vai trò khối trưởng; các thành viên khác "
    "gồm Sở Xây dựng, Sở Công Thương và Cục Thuế tỉnh.",
    "Tại Khối Kinh tế, khối trưởng năm 2019 là Sở Tài chính. Thành viên còn lại gồm Sở Xây "
    "dựng, Sở Công Thương và Cục Thuế tỉnh.",
]


@pytest.mark.parametrize("paragraph", TOPIC_PARAGRAPHS)
def test_paragraph_opening_with_its_bloc_gives_it_what_follows(paragraph: str) -> None:
    """ "Với Khối B, ...", "Riêng Khối B, ...": the bare head after the sentence's first word
    names the bloc, and the paragraph's role and members are that bloc's."""
    facts = extract_facts(article(JOINT_MEETING + paragraph))
    by_name = {b.name: b for b in facts.blocs}
    economy = by_name["Khối thi đua Kinh tế"]
    assert economy.leader is not None and economy.leader.org == "Sở Tài chính"
    # "các thành viên còn lại gồm ...": the leader named before them is a member too
    assert economy.members == ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Cục Thuế tỉnh"]
    culture = by_name["Khối thi đua Văn hóa - Xã hội"]
    assert culture.leader is not None and culture.leader.org == "Sở Y tế"
    assert culture.members[0] == "Sở Y tế"


def test_a_name_before_the_bare_head_keeps_it() -> None:
    """ "Công đoàn Khối các cơ quan tỉnh": a capitalised word that is no sentence opener makes
    the head part of its name, whatever the paragraph."""
    text = JOINT_MEETING + "Công đoàn Khối các cơ quan tỉnh tặng quà cho hai khối."
    names = [b.name for b in extract_facts(article(text)).blocs]
    assert not any(n.startswith("Khối các cơ quan") for n in names)


CHARITY = "Tin\n\nNgày 19/8/2017, các đơn vị trong Cụm thi đua số 3 bàn giao nhà tình nghĩa. "

COUNT_OPENS_ITS_CLAUSE = [
    (
        CHARITY + "Ngôi nhà trị giá 110 triệu đồng; trong đó 4 LĐLĐ huyện thành viên của Cụm là "
        "Quan Sơn, Quan Hóa, Mường Lát và Lang Chánh đóng góp 50 triệu đồng.",
        [
            "LĐLĐ huyện Quan Sơn",
            "LĐLĐ huyện Quan Hóa",
            "LĐLĐ huyện Mường Lát",
            "LĐLĐ huyện Lang Chánh",
        ],
    ),
    (
        CHARITY + "4 Hội CCB huyện thành viên trong Cụm là Quan Sơn, Quan Hóa, Mường Lát và Lang "
        "Chánh ủng hộ mỗi hội 5 triệu đồng.",
        [
            "Hội CCB huyện Quan Sơn",
            "Hội CCB huyện Quan Hóa",
            "Hội CCB huyện Mường Lát",
            "Hội CCB huyện Lang Chánh",
        ],
    ),
    (
        CHARITY + "Số tiền do 4 Phòng Tư pháp huyện thành viên của Cụm gồm Quan Sơn, Quan Hóa, "
        "Mường Lát và Lang Chánh quyên góp.",
        [
            "Phòng Tư pháp huyện Quan Sơn",
            "Phòng Tư pháp huyện Quan Hóa",
            "Phòng Tư pháp huyện Mường Lát",
            "Phòng Tư pháp huyện Lang Chánh",
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), COUNT_OPENS_ITS_CLAUSE)
def test_counted_head_opening_its_clause_is_shared_and_counts(text: str, want: list[str]) -> None:
    """ "4 LĐLĐ huyện thành viên của Cụm là A, B, C và D đóng góp": the counted head goes to
    the bare places, the list ends before the verb of giving and its count is the bloc's."""
    bloc = extract_facts(article(text)).blocs[0]
    assert bloc.members == want
    assert bloc.member_count == 4


ROLE_CLAUSE_ENDS_LIST = [
    "Cụm số III có 3 đơn vị: Hội CCB huyện Long Phú, Hội CCB huyện Cù Lao Dung, Hội CCB huyện "
    "Trần Đề, cụm trưởng là Hội CCB huyện Cù Lao Dung.",
    "Cụm số III gồm Hội CCB huyện Long Phú, Hội CCB huyện Cù Lao Dung, Hội CCB huyện Trần Đề, "
    "trưởng cụm năm 2018 do Hội CCB huyện Cù Lao Dung đảm nhận.",
    "Cụm số III có 3 đơn vị: Hội CCB huyện Long Phú, Hội CCB huyện Cù Lao Dung, Hội CCB huyện "
    "Trần Đề, cụm phó là Hội CCB huyện Long Phú.",
]


@pytest.mark.parametrize("text", ROLE_CLAUSE_ENDS_LIST)
def test_role_clause_after_a_comma_ends_the_list(text: str) -> None:
    """ "A, B, C, cụm trưởng là B": the role clause is no item of the list."""
    bloc = extract_facts(article("Tin\n\nSáng 10/1/2019, " + text)).blocs[0]
    assert bloc.members == [
        "Hội CCB huyện Long Phú",
        "Hội CCB huyện Cù Lao Dung",
        "Hội CCB huyện Trần Đề",
    ]


CLUSTERS_2018 = (
    "Tin\n\nSáng 10/1/2019, Hội CCB tỉnh tổng kết thi đua năm 2018 của các cụm. Cụm thi đua số "
    "I gồm Hội CCB huyện Mỹ Tú, Hội CCB huyện Kế Sách. Cụm thi đua số II gồm Hội CCB huyện Châu "
    "Thành, Hội CCB huyện Long Phú. "
)

DASHED_HOLDERS = [
    "Theo quy chế, các cụm luân phiên cụm trưởng năm 2019 như sau: cụm I - Hội CCB huyện Mỹ "
    "Tú; cụm II - Hội CCB huyện Châu Thành.",
    "Cụm trưởng năm 2019: Cụm I – Hội CCB huyện Mỹ Tú, Cụm II – Hội CCB huyện Châu Thành.",
    "Hội nghị thống nhất đơn vị cụm trưởng năm 2019: cụm I - Hội CCB huyện Mỹ Tú; cụm II - Hội "
    "CCB huyện Châu Thành.",
]


@pytest.mark.parametrize("text", DASHED_HOLDERS)
def test_capitalised_holder_after_a_dash_is_given_to_its_bloc(text: str) -> None:
    """ "cụm I - Hội CCB huyện A; cụm II - Hội CCB huyện B" after the role noun: the name
    after each dash is that bloc's holder, not a qualifier of the bloc's name."""
    assert roles(CLUSTERS_2018 + text, 0)["next_leader"] == ("Hội CCB huyện Mỹ Tú", 2019)
    assert roles(CLUSTERS_2018 + text, 1)["next_leader"] == ("Hội CCB huyện Châu Thành", 2019)


BLOC_NUMBER_BEFORE_LIST = [
    "Vừa qua, Cụm thi đua số 4 (Khối Tài nguyên) gồm Phòng Tài nguyên các huyện A Lưới, Sơn "
    "Hòa, Sông Hinh và Tây Hòa đã ký kết giao ước thi đua.",
    "Vừa qua, Cụm 4 gồm Phòng Tài nguyên huyện Đồng Xuân, Phòng Tài nguyên huyện Sơn Hòa, "
    "Phòng Tài nguyên huyện Sông Hinh và Phòng Tài nguyên huyện Tây Hòa đã ký giao ước thi đua.",
]


@pytest.mark.parametrize("text", BLOC_NUMBER_BEFORE_LIST)
def test_bloc_number_before_its_list_counts_nothing(text: str) -> None:
    """ "Cụm thi đua số 4 (...) gồm A, B, C và D": the bloc's number is no count of its four
    members."""
    bloc = extract_facts(article("Tin\n\n" + text)).blocs[0]
    assert len(bloc.members) == 4
    assert bloc.member_count is None


TWO_BLOCS_IN_PARAGRAPHS = (
    "Tin\n\nSáng 9/1/2025, Cụm thi đua số 1 tổng kết năm 2024; huyện Văn Lâm là Cụm trưởng năm "
    "2024.\n"
)

FIRST_SENTENCE_NAMES_THE_BLOC = [
    "Trong khi đó, Khối thi đua các doanh nghiệp có 12 thành viên. Công ty cổ phần Cấp nước, "
    "đơn vị Trưởng khối năm 2024, được suy tôn dẫn đầu.",
    "Cùng ngày, Khối thi đua các doanh nghiệp tổng kết tại Công ty Điện lực. Năm 2024, Công ty "
    "cổ phần Cấp nước làm Trưởng khối.",
    "Ở một hội trường khác, Sở Tài chính dự tổng kết Khối thi đua các doanh nghiệp năm 2024. "
    "Công ty cổ phần Cấp nước là Trưởng khối năm 2024.",
]


@pytest.mark.parametrize("paragraph", FIRST_SENTENCE_NAMES_THE_BLOC)
def test_paragraph_facts_go_to_the_bloc_its_first_sentence_names(paragraph: str) -> None:
    """A paragraph whose first sentence names one bloc in full goes on about that bloc."""
    facts = extract_facts(article(TWO_BLOCS_IN_PARAGRAPHS + paragraph))
    leaders = {b.name: (b.leader.org if b.leader else None) for b in facts.blocs}
    assert leaders == {
        "Cụm thi đua số 1": "huyện Văn Lâm",
        "Khối thi đua các doanh nghiệp": "Công ty cổ phần Cấp nước",
    }


OWNED_OR_BARE_IN_THE_FIRST_SENTENCE = [
    # the bloc owns a thing there: the paragraph is the main bloc's
    "Tin\n\nNgày 10/3/2021, Khối thi đua số 2 ký kết giao ước thi đua năm 2021.\nHội nghị "
    "thông qua thang điểm thi đua của Khối thi đua các hội đặc thù. Theo bản đăng ký, Hội Nhà "
    "báo tỉnh làm Khối trưởng.",
    # a bare head with an abbreviation may name a school level
    "Tin\n\nChiều 30/5/2023, Cụm thi đua số 2 tổng kết năm học.\nCụm được thành lập theo quyết "
    "định phân công cụm trưởng, cụm phó khối THPT. Năm học này, Hội Nhà báo tỉnh là đơn vị cụm "
    "trưởng.",
]


@pytest.mark.parametrize("text", OWNED_OR_BARE_IN_THE_FIRST_SENTENCE)
def test_bloc_named_in_passing_in_a_first_sentence_takes_nothing(text: str) -> None:
    """ "... của Khối B", "khối THPT" in a paragraph's first sentence: the facts after stay
    with the main bloc, and the other name gives no bloc of its own."""
    facts = extract_facts(article(text))
    assert len(facts.blocs) == 1
    assert facts.blocs[0].leader is not None and facts.blocs[0].leader.org == "Hội Nhà báo tỉnh"


PROVINCIAL_MEMBERS = (
    "Tin\n\nChiều 17/12, Khối thi đua các cơ quan Nội chính tổng kết năm 2021. Khối có 5 cơ "
    "quan: Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Thanh tra tỉnh, Sở "
    "Tư pháp.\nCũng trong tháng, Sở Tư pháp dự tổng kết Cụm thi đua số 2 gồm Sở Tư pháp 4 tỉnh: "
    "Quảng Ninh, Lạng Sơn, Bắc Ninh và Cao Bằng."
)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://stp.bacgiang.gov.vn/tin-tuc/tong-ket-khoi-noi-chinh-2021", "Bắc Giang"),
        ("https://baophapluat.vn/tong-ket-khoi-noi-chinh-2021", None),
    ],
)
def test_provincial_members_keep_the_bloc_in_its_province(url: str, want: str | None) -> None:
    """Members written "Công an tỉnh", "Thanh tra tỉnh": the bloc is one province's, so the
    provinces another bloc's list names neither make it national nor locate it."""
    art = article(PROVINCIAL_MEMBERS)
    facts = extract_facts(replace(art, url=url))
    assert facts.province == want


OWN_DAYS = [
    "Cũng trong tháng 12, Sở Tư pháp dự hội nghị tổng kết Cụm thi đua số 2 ngành Tư pháp do Sở "
    "Tư pháp Quảng Ninh chủ trì ngày 24/12.",
    "Sở Tư pháp còn tham dự buổi tổng kết Cụm thi đua số 2 ngành Tư pháp, tổ chức ngày 24/12 "
    "tại Quảng Ninh.",
    "Ngoài ra, lễ sơ kết Cụm thi đua số 2 ngành Tư pháp diễn ra ngày 24/12 tại Quảng Ninh.",
]


@pytest.mark.parametrize("paragraph", OWN_DAYS)
def test_meeting_named_before_a_bloc_gives_it_its_own_day(paragraph: str) -> None:
    """ "... dự hội nghị tổng kết Cụm thi đua số 2 ... ngày 24/12": the second bloc's meeting,
    named right before it in its paragraph's first sentence, is held on its own day."""
    text = (
        "Tin\n\nChiều 17/12/2021, Khối thi đua các cơ quan Nội chính tổ chức hội nghị tổng kết "
        "năm 2021. Sở Tư pháp làm Trưởng khối năm 2021.\n" + paragraph + " Cụm có 7 đơn vị; Sở "
        "Tư pháp Lạng Sơn được bầu làm Cụm trưởng năm 2022."
    )
    dates = {b.name: b.event.date for b in extract_facts(article(text)).blocs}
    assert dates["Khối thi đua các cơ quan Nội chính"] == "2021-12-17"
    assert dates["Cụm thi đua số 2"] == "2021-12-24"
