"""Bloc roles named with the bloc's initialism, misspelt, or held by a ward's Youth Union."""

from __future__ import annotations

import pytest
from test_roles import REVIEW_2023, Slots, article, pair, roles, slots, statements

from extract.facts import extract_facts
from extract.nlp.orgs import find_orgs

# --- a role noun before the bloc's initialism ("Trưởng KTĐ...") --------------------------

INITIALISM_ROLE = [
    (
        REVIEW_2023 + "Dự có bà Lò Thị Mai - Giám đốc Sở Văn hóa và Thể thao - Trưởng KTĐVX năm "
        "2023; ông Hà Văn Tú - Phó Giám đốc Sở Nội vụ.",
        slots(("Sở Văn hóa và Thể thao", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Đặng Quốc Toàn, Chánh Thanh tra tỉnh, Trưởng KTĐ Nội chính năm 2023 "
        "chủ trì hội nghị.",
        slots(("Thanh tra tỉnh", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Xây dựng (Trưởng KTĐKT) và Sở Giao thông vận tải (Phó KTĐKT) cùng chủ "
        "trì hội nghị.",
        slots(("Sở Xây dựng", 2023), ("Sở Giao thông vận tải", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), INITIALISM_ROLE)
def test_role_noun_before_the_bloc_initialism(text: str, want: Slots) -> None:
    """ "Giám đốc Sở X - Trưởng KTĐVX": the role noun before the initialism is a role."""
    assert roles(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # "CTĐ" is also the Red Cross: no role
        REVIEW_2023 + "Bà Vũ Thị Hoa, Chủ tịch Hội CTĐ tỉnh phát biểu.",
        # a person's title with "trưởng" and no bloc initialism after it
        REVIEW_2023 + "Ông Lê Văn Nam, Trưởng Ban Tuyên giáo, phát biểu.",
        REVIEW_2023 + "Bà Trần Thị Hạnh, Trưởng phòng Tổ chức Sở Y tế, dự hội nghị.",
    ],
)
def test_no_role_without_the_initialism(text: str) -> None:
    """A "trưởng" or "phó" title with no bloc initialism after it states no role."""
    assert statements(text) == []


# --- the misspelling "truởng" -------------------------------------------------------------

MISSPELT_ROLE = [
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Công an tỉnh Hà Giang - đơn vị "
        "Cụm truởng đã báo cáo kết quả.",
        slots(("Công an tỉnh Hà Giang", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Tài chính, Khối truởng, chủ trì hội nghị.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Công Thương là Truởng khối, Sở Xây dựng là Phó truởng khối.",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), MISSPELT_ROLE)
def test_misspelt_truong_is_the_role(text: str, want: Slots) -> None:
    """ "Cụm truởng" (u for ư) is read as "Cụm trưởng"."""
    assert roles(text) == want


# --- the Youth Union of a ward, commune or town -------------------------------------------

YOUTH_UNION = [
    (
        "Tin\n\nChiều 24/3/2023, Cụm thi đua số 2 họp mặt. Đồng chí Lê Thu Hà, Bí thư Đoàn "
        "Phường 7, cụm trưởng phát biểu.",
        slots(("Đoàn Phường 7", 2023)),
    ),
    (
        "Tin\n\nChiều 24/3/2023, Cụm thi đua số 2 họp mặt. Đoàn xã Tân Lập (cụm trưởng) báo "
        "cáo kết quả.",
        slots(("Đoàn xã Tân Lập", 2023)),
    ),
    (
        "Tin\n\nChiều 24/3/2023, Cụm thi đua số 2 họp mặt. Đoàn thị trấn Phú Mỹ là Cụm trưởng.",
        slots(("Đoàn thị trấn Phú Mỹ", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), YOUTH_UNION)
def test_youth_union_of_a_ward_holds_the_role(text: str, want: Slots) -> None:
    """ "Đoàn Phường 9", "Đoàn xã X": the ward's Youth Union, not the ward, holds the role."""
    assert roles(text) == want


def test_delegation_is_no_holder() -> None:
    """ "đoàn kiểm tra" (an inspection team) is no organisation."""
    text = (
        "Tin\n\nChiều 24/3/2023, Cụm thi đua số 2 kiểm tra chéo. Đoàn kiểm tra của Cụm trưởng "
        "UBND huyện Lộc Ninh làm việc tại xã Lộc Hòa."
    )
    assert roles(text)["leader"] != ("Đoàn kiểm tra", 2023)


# --- a province name that ends with an organisation head word ("Hải Phòng") ------------------

PROVINCE_WITH_HEAD_WORD = [
    (
        "Tin\n\nCụm thi đua số 4:\n- Cục trưởng Cục Thuế thành phố Hải Phòng, Cụm trưởng.\n",
        slots(("Cục Thuế thành phố Hải Phòng", None)),
    ),
    (
        REVIEW_2023 + "Sở Y tế Hải Phòng là Khối trưởng.",
        slots(("Sở Y tế Hải Phòng", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Vũ Văn Dũng, Giám đốc Kho bạc Nhà nước Hải Phòng - Khối trưởng phát "
        "biểu.",
        slots(("Kho bạc Nhà nước Hải Phòng", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PROVINCE_WITH_HEAD_WORD)
def test_head_word_inside_a_province_name_continues_the_name(text: str, want: Slots) -> None:
    """ "Cục Thuế thành phố Hải Phòng": "Phòng" ends the city's name, no new organisation."""
    assert roles(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Công an tỉnh Yên Bái Phòng Cảnh sát giao thông",
            ["Công an tỉnh Yên Bái", "Phòng Cảnh sát giao thông"],
        ),
        ("Sở Y tế Hải Phòng Phòng Tổ chức cán bộ", ["Sở Y tế Hải Phòng", "Phòng Tổ chức cán bộ"]),
        ("UBND huyện Tiên Lãng Phòng Nội vụ", ["UBND huyện Tiên Lãng", "Phòng Nội vụ"]),
    ],
)
def test_head_word_after_other_names_opens_a_new_one(text: str, want: list[str]) -> None:
    """A head word after a capitalised word that is no province's name opens a new name."""
    assert [o.name for o in find_orgs(text)] == want


# --- one role noun given out over several blocs ("lần lượt") ---------------------------------

TWO_CLUSTERS = (
    "Tin\n\nChiều 3/3/2024, các cụm thi đua cấp huyện ký giao ước năm 2024. Cụm thi đua số 1 "
    "gồm thành phố Long Xuyên và 3 huyện; Cụm thi đua số 2 gồm 4 huyện còn lại. "
)


def two_leaders(text: str) -> list[tuple[str, int | None] | None]:
    """The leader of each of the article's blocs."""
    return [pair(b.leader) for b in extract_facts(article(text)).blocs]


RESPECTIVE_BLOCS = [
    TWO_CLUSTERS + "UBND huyện Chợ Mới và UBND huyện Tri Tôn lần lượt giữ vai trò Cụm trưởng "
    "năm 2024.",
    TWO_CLUSTERS + "Cụm trưởng năm 2024 của hai cụm lần lượt là UBND huyện Chợ Mới và UBND "
    "huyện Tri Tôn.",
    TWO_CLUSTERS + "Hội nghị thống nhất UBND huyện Chợ Mới, UBND huyện Tri Tôn lần lượt làm "
    "Cụm trưởng năm 2024.",
]


@pytest.mark.parametrize("text", RESPECTIVE_BLOCS)
def test_respective_holders_lead_the_blocs_in_order(text: str) -> None:
    """ "A và B lần lượt là Cụm trưởng": A leads the first bloc named, B the second."""
    assert two_leaders(text) == [("UBND huyện Chợ Mới", 2024), ("UBND huyện Tri Tôn", 2024)]


@pytest.mark.parametrize(
    "text",
    [
        # coordinated roles given out in order: one bloc, a leader and a deputy
        REVIEW_2023 + "Trưởng khối, Phó khối lần lượt là Sở Y tế và Sở Tư pháp.",
        REVIEW_2023 + "Sở Y tế và Sở Tư pháp lần lượt là Khối trưởng và Khối phó.",
        # no "lần lượt": the nearest holder alone
        REVIEW_2023 + "Trong năm, Sở Nội vụ và Sở Y tế phối hợp; Sở Y tế là Khối trưởng.",
    ],
)
def test_respective_roles_in_one_bloc_stay_there(text: str) -> None:
    """Without several role nouns given over blocs, the holders stay in the one bloc."""
    assert roles(text)["leader"] == ("Sở Y tế", 2023)


# --- a passive election clause with no subject of its own --------------------------------

ELIDED_SUBJECT = [
    (
        REVIEW_2023 + "Trong đó, Sở Xây dựng là đơn vị dẫn đầu với 980 điểm, được đề nghị tặng "
        "Cờ thi đua, đồng thời được giới thiệu làm Khối phó năm 2024.",
        slots(deputy=("Sở Xây dựng", 2024)),
    ),
    (
        REVIEW_2023 + "Nổi bật là Sở Công Thương với nhiều mô hình mới; đơn vị này được các thành "
        "viên nhất trí đề nghị tặng bằng khen, và được bầu giữ vai trò Khối phó năm 2024.",
        slots(deputy=("Sở Công Thương", 2024)),
    ),
    (
        REVIEW_2023 + "Sở Tư pháp hoàn thành xuất sắc các chỉ tiêu, được tặng Cờ thi đua và được "
        "bầu làm Khối trưởng năm 2024.",
        slots(nxt=("Sở Tư pháp", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), ELIDED_SUBJECT)
def test_subject_of_a_subjectless_election_clause_holds_the_role(text: str, want: Slots) -> None:
    """ "X ..., đồng thời được giới thiệu làm Khối phó": X, the sentence's subject, is elected."""
    assert roles(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the subject is not the unit: the sentence opens with something else
        REVIEW_2023 + "Hội nghị ghi nhận Sở Xây dựng dẫn đầu, đồng thời được giới thiệu làm "
        "Khối phó năm 2024.",
        # no election verb: a plain mention of the role
        REVIEW_2023 + "Sở Xây dựng dẫn đầu khối, đồng thời cảm ơn Khối phó năm 2023.",
        # the role in a plural: no one is named
        REVIEW_2023 + "Sở Xây dựng dẫn đầu, đồng thời được giới thiệu làm các Khối phó.",
    ],
)
def test_no_elided_subject_without_its_conditions(text: str) -> None:
    """Without a unit opening the sentence and an election verb, no holder is read."""
    assert roles(text)["deputy_leader"] is None
