"""Bloc roles (issue 8, behaviour 4): leader, deputy and next leader with the year of the term.

Every sentence is written for these tests (invented units and people, real place names). Each
case asserts all three slots of the main bloc, so a role read into the wrong slot fails too.
Cases the code does not handle yet are kept apart, marked xfail(strict=True).
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.facts.context import build_context
from extract.facts.roles import find_roles
from extract.model import Article, Role
from extract.nlp.tagger import tag
from extract.text.normalize import normalize

Slots = dict[str, tuple[str, int | None] | None]

REVIEW_2023 = "Tin\n\nChiều 28/12, Khối thi đua Kinh tế tổng kết công tác thi đua năm 2023. "


def article(text: str) -> Article:
    """An Article from text whose first line is the title."""
    norm = normalize(text).text.strip()
    first = norm.split("\n", 1)[0]
    return Article(id="t", text=norm, title=first, title_span=(0, len(first)))


def pair(role: Role | None) -> tuple[str, int | None] | None:
    """(org, year) of a role, or None."""
    return (role.org, role.year) if role else None


def roles(text: str, bloc: int = 0) -> Slots:
    """A bloc's (the main one's by default) leader, deputy_leader and next_leader as (org,
    year)."""
    facts = extract_facts(article(text))
    assert len(facts.blocs) > bloc, "no bloc"
    b = facts.blocs[bloc]
    return {
        "leader": pair(b.leader),
        "deputy_leader": pair(b.deputy_leader),
        "next_leader": pair(b.next_leader),
    }


def slots(
    leader: tuple[str, int | None] | None = None,
    deputy: tuple[str, int | None] | None = None,
    nxt: tuple[str, int | None] | None = None,
) -> Slots:
    """The expected three slots."""
    return {"leader": leader, "deputy_leader": deputy, "next_leader": nxt}


def statements(text: str) -> list[tuple[str, str]]:
    """(role, org) of every role statement find_roles reads."""
    art = article(text)
    return [(h.role, h.org) for h in find_roles(build_context(art, tag(art.text)))]


# --- the holder before or after the role ------------------------------------------------

HOLDER_EITHER_SIDE = [
    (
        REVIEW_2023 + "Chủ trì hội nghị có Sở Công Thương (Khối trưởng) và Sở Xây dựng (Khối phó).",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Công Thương – đơn vị Trưởng khối đã báo cáo kết quả. Sở Xây dựng - "
        "đơn vị Khối phó phát biểu.",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng là Sở Công Thương, Khối phó là Sở Xây dựng.",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Phó Trưởng khối là Sở Xây dựng; Trưởng khối là Sở Công Thương.",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Công Thương giữ vai trò Trưởng khối, Sở Xây dựng giữ vai trò Phó khối.",
        slots(("Sở Công Thương", 2023), ("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng Trần Văn Lâm, Giám đốc Sở Công Thương phát biểu khai mạc.",
        slots(("Sở Công Thương", 2023)),
    ),
    (
        "Tin\n\nChiều 28/12, Cụm thi đua các huyện miền núi tổng kết năm 2023 do huyện Tân Sơn "
        "làm Cụm trưởng.",
        slots(("huyện Tân Sơn", 2023)),
    ),
    (
        "Tin\n\nChiều 28/12, Sở Công Thương, đơn vị chủ trì Khối thi đua Kinh tế, tổ chức tổng "
        "kết năm 2023.",
        slots(("Sở Công Thương", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các cơ quan Đảng tổng kết năm 2023 do Ban Tuyên giáo "
        "Tỉnh ủy chủ trì Khối.",
        slots(("Ban Tuyên giáo Tỉnh ủy", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Ban Dân vận Tỉnh ủy - đơn vị chủ trì Khối thi đua các cơ quan Đảng "
        "tổ chức tổng kết năm 2023.",
        slots(("Ban Dân vận Tỉnh ủy", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Cụm thi đua các huyện đồng bằng tổng kết năm 2023. Hội nghị do "
        "huyện Yên Định (Cụm trưởng) chủ trì.",
        slots(("huyện Yên Định", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Cụm thi đua các huyện đồng bằng tổng kết năm 2023. Thường trực Cụm "
        "là huyện Thọ Xuân.",
        slots(("huyện Thọ Xuân", 2023)),
    ),
    (
        "Tin\n\nChiều 29/12, Cụm thi đua số 5 tổng kết năm 2023. Trưởng cụm: huyện Đà Bắc; Phó "
        "cụm: huyện Mai Châu.",
        slots(("huyện Đà Bắc", 2023), ("huyện Mai Châu", 2023)),
    ),
    (
        "Tin\n\nChiều 29/12, Cụm thi đua số 5 tổng kết năm 2023. Cụm trưởng Cụm thi đua số 5 "
        "năm 2023 là huyện Đà Bắc.",
        slots(("huyện Đà Bắc", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HOLDER_EITHER_SIDE)
def test_holder_before_or_after_the_role(text: str, want: Slots) -> None:
    """ "X (Khối trưởng)", "X – đơn vị Trưởng khối", "Khối phó là X", "Trưởng cụm: X", "do X
    làm Cụm trưởng", "đơn vị chủ trì Khối", "Thường trực Cụm là X"."""
    assert roles(text) == want


PERSON_NAMES_THE_HOLDER = [
    (
        "Tin\n\nChiều 27/12, Khối thi đua các đoàn thể tổng kết năm 2023. Đồng chí Vi Thị Lan, "
        "Bí thư Tỉnh đoàn, Trưởng khối phát biểu khai mạc.",
        slots(("Tỉnh đoàn", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Cụm thi đua số 3 tổng kết năm 2023. Cụm trưởng, ông Hà Văn Bình - "
        "Chủ tịch UBND huyện Quan Hóa chủ trì hội nghị.",
        slots(("UBND huyện Quan Hóa", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Phan Quốc Hưng, Giám đốc Sở Giao thông vận tải, Khối trưởng chủ trì.",
        slots(("Sở Giao thông vận tải", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Khối thi đua Văn xã tổng kết năm 2023. Bà Hoàng Thị Thu, Giám đốc Sở "
        "Y tế - Trưởng khối chủ trì hội nghị.",
        slots(("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSON_NAMES_THE_HOLDER)
def test_person_with_a_title_names_the_holding_organisation(text: str, want: Slots) -> None:
    """ "Khối trưởng Nguyễn Văn A, Giám đốc Sở Y": the organisation in the person's title."""
    assert roles(text) == want


# --- organisation spans stop at role words -----------------------------------------------

SPANS_STOP_AT_ROLE_WORDS = [
    (
        "Tin\n\nChiều 28/12, Khối thi đua các hội tổng kết năm 2023. Hội Nông dân tỉnh Trưởng "
        "khối năm 2023 chủ trì hội nghị.",
        slots(("Hội Nông dân tỉnh", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Cụm thi đua số 3 tổng kết năm 2023. Công an tỉnh Bắc Ninh cụm phó "
        "phát biểu tham luận.",
        slots(deputy=("Công an tỉnh Bắc Ninh", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Khối thi đua Ngân hàng tổng kết năm 2023. Ngân hàng Chính sách xã hội "
        "tỉnh Phó khối trình bày báo cáo.",
        slots(deputy=("Ngân hàng Chính sách xã hội tỉnh", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Khối thi đua các trường tổng kết năm 2023. Trường Cao đẳng Kỹ thuật "
        "Khối trưởng đã điều hành phần thảo luận.",
        slots(("Trường Cao đẳng Kỹ thuật", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SPANS_STOP_AT_ROLE_WORDS)
def test_organisation_span_stops_at_a_role_word(text: str, want: Slots) -> None:
    """ "Hội Nông dân tỉnh Trưởng khối", "Công an tỉnh Bắc Ninh cụm phó": the role word, in
    any case, ends the holder's name."""
    assert roles(text) == want


SPANS_RUN_ON = [
    (
        REVIEW_2023 + "Phát biểu tại hội nghị, Khối phó Đinh Công Sơn, Phó Giám đốc Sở Xây dựng "
        "nhấn mạnh nhiều nội dung.",
        slots(deputy=("Sở Xây dựng", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Phụ nữ tỉnh trúng cử "
        "Trưởng khối năm 2024.",
        slots(nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        REVIEW_2023 + "Khối trưởng Lò Văn Hùng, Giám đốc Sở Tài chính khẳng định vai trò của "
        "phong trào.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Cụm thi đua số 3 tổng kết năm 2023. Cụm trưởng, ông Hà Minh Tú, Chủ "
        "tịch UBND huyện Bảo Lạc yêu cầu các đơn vị tiếp tục thi đua.",
        slots(("UBND huyện Bảo Lạc", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Nông dân tỉnh (Khối "
        "phó) cho biết năm 2023 các hội đều hoàn thành chỉ tiêu.",
        slots(deputy=("Hội Nông dân tỉnh", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), SPANS_RUN_ON)
def test_organisation_span_stops_at_a_verb(text: str, want: Slots) -> None:
    """The holder's name ends before the verb that follows it."""
    assert roles(text) == want


# --- the next term: by year, by election or handover wording, at a distance --------------

NEXT_TERM = [
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Năm 2023, "
        "Sở Y tế làm Khối trưởng.",
        slots(nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Sở Y tế sẽ "
        "là Trưởng khối năm 2023.",
        slots(nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Các đơn vị "
        "thống nhất suy tôn Sở Y tế giữ chức Trưởng khối năm 2023.",
        slots(nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Cụm trưởng năm 2024 là huyện "
        "Mường Khương.",
        slots(nxt=("huyện Mường Khương", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Tân Cụm trưởng là huyện Mường "
        "Khương.",
        slots(nxt=("huyện Mường Khương", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Phụ nữ tỉnh được các "
        "thành viên tín nhiệm bầu làm Trưởng khối.",
        slots(nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Cựu chiến binh tỉnh "
        "đảm nhận vai trò Trưởng khối năm 2024.",
        slots(nxt=("Hội Cựu chiến binh tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Năm 2024, Trưởng khối do "
        "Hội Phụ nữ tỉnh đảm nhiệm.",
        slots(nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội nghị giới thiệu Hội Phụ "
        "nữ tỉnh giữ vai trò Trưởng khối nhiệm kỳ tới.",
        slots(nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), NEXT_TERM)
def test_next_term_by_year_or_election_wording(text: str, want: Slots) -> None:
    """ "Năm 2023, X làm Khối trưởng" in a review of 2022, "suy tôn", "bầu", "tân", "nhiệm kỳ
    tới": the next leader with the next term's year."""
    assert roles(text) == want


HANDOVER = [
    (
        "Tin\n\nSáng 5/1, Cụm thi đua số 4 tổng kết năm 2022 và bàn giao trách nhiệm Cụm trưởng "
        "năm 2023 từ Công an tỉnh Long An cho Công an tỉnh Tây Ninh.",
        slots(("Công an tỉnh Long An", 2022), nxt=("Công an tỉnh Tây Ninh", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Luật gia tỉnh đã chuyển "
        "giao vai trò Trưởng khối cho Hội Phụ nữ tỉnh.",
        slots(("Hội Luật gia tỉnh", 2023), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Tại hội nghị, Hội Luật gia "
        "tỉnh bàn giao nhiệm vụ Trưởng khối năm 2024 cho Hội Phụ nữ tỉnh.",
        slots(("Hội Luật gia tỉnh", 2023), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Bảo Thắng (Cụm trưởng năm "
        "2023) đã bàn giao cho huyện Mường Khương đảm nhận Cụm trưởng năm 2024.",
        slots(("Huyện Bảo Thắng", 2023), nxt=("huyện Mường Khương", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HANDOVER)
def test_handover_gives_the_giver_and_the_taker(text: str, want: Slots) -> None:
    """ "bàn giao/chuyển giao ... Trưởng khối ... cho X": X leads next; the giver led now."""
    assert roles(text) == want


NEXT_TERM_MISSED = [
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022 và bàn "
        "giao trách nhiệm trưởng khối cho Sở Y tế.",
        slots(nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Sở Văn "
        "hóa, Thể thao và Du lịch, đơn vị Trưởng khối năm 2022, đã bàn giao nhiệm vụ Trưởng "
        "khối cho Sở Y tế.",
        slots(("Sở Văn hóa, Thể thao và Du lịch", 2022), nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Mường Khương nhận bàn giao "
        "nhiệm vụ Cụm trưởng từ huyện Bảo Thắng.",
        slots(("huyện Bảo Thắng", 2023), nxt=("Huyện Mường Khương", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Khối đã bầu Trưởng khối và "
        "Phó khối. Theo kết quả, Hội Phụ nữ tỉnh được tín nhiệm làm Trưởng khối năm 2024.",
        slots(nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội nghị đã biểu quyết chọn "
        "Hội Phụ nữ tỉnh là Trưởng khối, Hội Nông dân tỉnh là Phó khối.",
        slots(deputy=("Hội Nông dân tỉnh", 2024), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết năm 2022. Sở Y tế tiếp nhận vai trò "
        "Trưởng khối từ Sở Tư pháp.",
        slots(("Sở Tư pháp", 2022), nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Sa Pa đã nhận bàn giao Cụm "
        "trưởng từ đơn vị huyện Bát Xát.",
        slots(("huyện Bát Xát", 2023), nxt=("Huyện Sa Pa", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Sa Pa được các đơn vị tín "
        "nhiệm giữ chức Cụm trưởng.",
        slots(nxt=("Huyện Sa Pa", 2024)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết năm 2022 và chuyển giao vai trò Trưởng "
        "khối cho Sở Y tế.",
        slots(nxt=("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), NEXT_TERM_MISSED)
def test_next_term_in_other_handover_and_election_wordings(text: str, want: Slots) -> None:
    """Handover with the reviewed year nearby, "nhận bàn giao ... từ", "được tín nhiệm làm",
    "biểu quyết chọn": the next leader, with the next year."""
    assert roles(text) == want


AT_A_DISTANCE = [
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Theo đó, huyện Bảo Thắng là Cụm "
        "trưởng năm 2023. Hội nghị đã tiến hành biểu quyết và thống nhất lựa chọn huyện Mường "
        "Khương là Cụm trưởng.",
        slots(("huyện Bảo Thắng", 2023), nxt=("huyện Mường Khương", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Các đơn vị đã hoàn thành các chỉ "
        "tiêu đề ra. Nhiều mô hình hay được nhân rộng. Kết thúc hội nghị, huyện Mường Khương "
        "được bầu làm Cụm trưởng, huyện Si Ma Cai làm Cụm phó.",
        slots(deputy=("huyện Si Ma Cai", 2024), nxt=("huyện Mường Khương", 2024)),
    ),
    (
        "Tin\n\nSáng 6/1/2024, Khối thi đua các hội tổng kết năm 2023. Hội Luật gia tỉnh là "
        "Trưởng khối năm 2023. Trong năm 2024, Hội Phụ nữ tỉnh sẽ đảm nhận Trưởng khối.",
        slots(("Hội Luật gia tỉnh", 2023), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 29/12, Khối thi đua Nội chính tổng kết năm 2023. Năm 2022, Công an tỉnh "
        "là Trưởng khối. Năm 2023, Sở Tư pháp là Trưởng khối.",
        slots(("Sở Tư pháp", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), AT_A_DISTANCE)
def test_current_and_next_terms_far_from_the_meeting_sentence(text: str, want: Slots) -> None:
    """The term is read per statement, sentences away from the meeting; a past term loses."""
    assert roles(text) == want


DEPUTY_NEXT_TERM = [
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Hội nghị đã "
        "bầu Sở Y tế làm Khối trưởng, Sở Giáo dục và Đào tạo làm Khối phó năm 2023.",
        slots(deputy=("Sở Giáo dục và Đào tạo", 2023), nxt=("Sở Y tế", 2023)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội nghị đã bầu Hội Nông "
        "dân tỉnh làm Khối phó năm tới.",
        slots(deputy=("Hội Nông dân tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Các đơn vị nhất trí suy tôn "
        "Hội Phụ nữ tỉnh làm Trưởng khối, Hội Nông dân tỉnh làm Phó khối.",
        slots(deputy=("Hội Nông dân tỉnh", 2024), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Si Ma Cai được giao làm Cụm "
        "phó năm 2024.",
        slots(deputy=("Huyện Si Ma Cai", 2024)),
    ),
    (
        "Tin\n\nChiều 26/12, Khối thi đua Văn xã tổng kết công tác thi đua năm 2022. Tại hội "
        "nghị, các thành viên đã nhất trí bầu Sở Y tế là Khối trưởng và Sở Tư pháp là Khối phó "
        "cho năm tới.",
        slots(deputy=("Sở Tư pháp", 2023), nxt=("Sở Y tế", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), DEPUTY_NEXT_TERM)
def test_deputy_for_the_next_term_gets_the_next_year(text: str, want: Slots) -> None:
    """A deputy elected at a review goes into deputy_leader with the next term's year."""
    assert roles(text) == want


NEXT_YEAR_WORDS_AFTER_THE_MARKER = [
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Phó khối năm tới là Hội "
        "Nông dân tỉnh.",
        slots(deputy=("Hội Nông dân tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Trưởng khối năm sau là Hội "
        "Nông dân tỉnh.",
        slots(nxt=("Hội Nông dân tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Cụm trưởng nhiệm kỳ tới là huyện "
        "Sa Pa.",
        slots(nxt=("huyện Sa Pa", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), NEXT_YEAR_WORDS_AFTER_THE_MARKER)
def test_next_term_words_between_the_marker_and_the_holder(text: str, want: Slots) -> None:
    """ "Phó khối năm tới là X", "Cụm trưởng nhiệm kỳ tới là X": the role for next year."""
    assert roles(text) == want


RESPECTIVE = [
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội Phụ nữ tỉnh và Hội "
        "Nông dân tỉnh được bầu làm Trưởng khối và Phó khối năm 2024.",
        slots(deputy=("Hội Nông dân tỉnh", 2024), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Trưởng khối, Phó khối năm "
        "2024 lần lượt là Hội Phụ nữ tỉnh và Hội Nông dân tỉnh.",
        slots(deputy=("Hội Nông dân tỉnh", 2024), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nChiều 27/12, Khối thi đua các hội tổng kết năm 2023. Hội nghị bầu Hội Phụ nữ "
        "tỉnh, Hội Nông dân tỉnh lần lượt làm Trưởng khối, Phó khối năm 2024.",
        slots(deputy=("Hội Nông dân tỉnh", 2024), nxt=("Hội Phụ nữ tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Huyện Bát Xát và huyện Sa Pa được "
        "bầu làm Cụm trưởng và Cụm phó năm 2024.",
        slots(deputy=("huyện Sa Pa", 2024), nxt=("Huyện Bát Xát", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), RESPECTIVE)
def test_coordinated_holders_take_coordinated_roles_in_order(text: str, want: Slots) -> None:
    """ "A và B được bầu làm Trưởng khối và Phó khối", "... lần lượt là A, B": A leads, B is
    deputy."""
    assert roles(text) == want


HOLDER_NAME_WITH_COMMAS = [
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 4 tổng kết năm 2023. Hội nghị bầu Cục Quản lý xuất "
        "nhập cảnh, cửa khẩu biên giới là Cụm trưởng năm 2024.",
        slots(nxt=("Cục Quản lý xuất nhập cảnh, cửa khẩu biên giới", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 4 tổng kết năm 2023. Vụ Thi đua, khen thưởng được bầu "
        "làm Cụm trưởng năm 2024.",
        slots(nxt=("Vụ Thi đua, khen thưởng", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 4 tổng kết năm 2023. Cục Thanh tra, giải quyết khiếu "
        "nại, tố cáo là Cụm trưởng năm 2023.",
        slots(("Cục Thanh tra, giải quyết khiếu nại, tố cáo", 2023)),
    ),
]


HOLDER_NAME_CLOSED_BY_A_PLACE = [
    (
        REVIEW_2023 + "Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị, Khối trưởng Khối thi "
        "đua đăng cai hội nghị.",
        slots(("Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị", 2023)),
    ),
    (
        REVIEW_2023 + "Ông Lê Văn Tâm, Khối trưởng năm 2023, Trưởng Ban quản lý Khu kinh tế, "
        "công nghiệp tỉnh Quảng Trị phát biểu.",
        slots(("Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị", 2023)),
    ),
    (
        REVIEW_2023 + "Khối trưởng năm 2023 là Cục Quản lý thị trường, phòng chống buôn lậu.",
        slots(("Cục Quản lý thị trường, phòng chống buôn lậu", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), HOLDER_NAME_CLOSED_BY_A_PLACE)
def test_official_name_with_commas_closed_by_a_place_or_the_sentence(
    text: str, want: Slots
) -> None:
    """ "X, y z tỉnh P, Khối trưởng", "Khối trưởng ..., Trưởng X, y z tỉnh P", "... là X, y z.":
    the name runs to its place or to the sentence's end."""
    assert roles(text) == want


def test_misspelt_role_after_unit_word() -> None:
    """ "X - đơn vị Cụm trường": the misspelt role noun after "đơn vị" is the leader."""
    text = (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Bộ Tư lệnh Thủ đô - đơn vị Cụm "
        "trường đã báo cáo kết quả."
    )
    assert roles(text) == slots(("Bộ Tư lệnh Thủ đô", 2023))


@pytest.mark.parametrize(("text", "want"), HOLDER_NAME_WITH_COMMAS)
def test_official_name_with_commas_holds_the_role(text: str, want: Slots) -> None:
    """ "Cục X, y z, t u là Cụm trưởng": the lower-case parts after commas belong to the name."""
    assert roles(text) == want


def test_clause_words_after_a_comma_are_not_part_of_the_name() -> None:
    """ "Sở Y tế, năm 2024 là Khối trưởng" or ", đơn vị Khối phó": no name tail is read."""
    text = REVIEW_2023 + "Sở Y tế, đơn vị được bầu làm Khối phó năm 2023, phát biểu."
    assert roles(text) == slots(deputy=("Sở Y tế", 2023))


BLOC_THEN_YEAR_THEN_HOLDER = [
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 5 tổng kết năm 2023. Hội nghị đã bầu đơn vị Cụm "
        "trưởng Cụm thi đua số 5, Bộ Công an năm 2024 là Công an tỉnh Hà Giang.",
        slots(nxt=("Công an tỉnh Hà Giang", 2024)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 5 tổng kết năm 2023. Cụm phó Cụm thi đua số 5, Bộ "
        "Công an năm 2023 là Công an tỉnh Lào Cai.",
        slots(deputy=("Công an tỉnh Lào Cai", 2023)),
    ),
    (
        "Tin\n\nSáng 9/1, Cụm thi đua số 3 tổng kết năm 2023. Ông Lê Minh tặng hoa chúc mừng "
        "tân Cụm trưởng Cụm thi đua số 3, Giám đốc Sở Tài chính tỉnh Yên Bái, ông Hà Văn Toàn.",
        slots(nxt=("Sở Tài chính tỉnh Yên Bái", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), BLOC_THEN_YEAR_THEN_HOLDER)
def test_holder_after_a_qualified_bloc_name_and_year(text: str, want: Slots) -> None:
    """ "Cụm trưởng Cụm số 5, Bộ Công an năm 2024 là X", "tân Cụm trưởng Cụm số 3, Giám đốc X,
    ông Y": the bloc, its qualifier and the year are stepped over, a title is not."""
    assert roles(text) == want


DEPUTY_SHARES_THE_TERM = [
    (
        "Tin\n\nChiều 2/12, Cụm thi đua các hội tổng kết năm 2023. Hội nghị thống nhất Cụm "
        "trưởng năm 2024 là Hội Nhà báo tỉnh Hà Giang; Cụm phó là Hội Nhà báo tỉnh Lào Cai.",
        slots(deputy=("Hội Nhà báo tỉnh Lào Cai", 2024), nxt=("Hội Nhà báo tỉnh Hà Giang", 2024)),
    ),
    (
        "Tin\n\nChiều 2/12, Cụm thi đua các hội tổng kết năm 2023. Hội nghị thống nhất năm 2024 "
        "Cụm trưởng là Hội Nông dân tỉnh Hà Giang, Cụm phó là Hội Nông dân tỉnh Lào Cai.",
        slots(deputy=("Hội Nông dân tỉnh Lào Cai", 2024), nxt=("Hội Nông dân tỉnh Hà Giang", 2024)),
    ),
    (
        "Tin\n\nChiều 28/12, Khối thi đua Kinh tế tổng kết năm 2023. Khối trưởng năm 2024: Sở "
        "Tài chính; Khối phó: Sở Xây dựng.",
        slots(deputy=("Sở Xây dựng", 2024), nxt=("Sở Tài chính", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), DEPUTY_SHARES_THE_TERM)
def test_deputy_named_after_the_leader_shares_its_term(text: str, want: Slots) -> None:
    """ "Cụm trưởng năm 2024 là A; Cụm phó là B": B is deputy for 2024 too."""
    assert roles(text) == want


IN_THE_ROLE_OF = [
    (
        REVIEW_2023 + "Với vai trò đơn vị Khối trưởng, Sở Xây dựng đã chủ động xây dựng kế hoạch.",
        slots(("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Trong vai trò Khối trưởng, Sở Tài chính đã tổ chức kiểm tra chéo.",
        slots(("Sở Tài chính", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Cụm thi đua số 3 tổng kết năm 2023. Với cương vị là Cụm phó, huyện Bảo "
        "Lạc đã phối hợp tốt.",
        slots(deputy=("huyện Bảo Lạc", 2023)),
    ),
]


@pytest.mark.parametrize(("text", "want"), IN_THE_ROLE_OF)
def test_in_the_role_of_then_the_holder(text: str, want: Slots) -> None:
    """ "Với vai trò Khối trưởng, X đã ...": X holds the role named first."""
    assert roles(text) == want


PASSIVE_AGENT = [
    (
        REVIEW_2023 + "Năm 2023, Sở Xây dựng được UBND tỉnh giao làm Trưởng khối.",
        slots(("Sở Xây dựng", 2023)),
    ),
    (
        REVIEW_2023 + "Sở Xây dựng được Ban Thi đua - Khen thưởng tỉnh phân công làm Khối phó.",
        slots(deputy=("Sở Xây dựng", 2023)),
    ),
    (
        "Tin\n\nSáng 4/1, Cụm thi đua số 3 tổng kết năm 2023. Huyện Bảo Lạc được UBND huyện Hòa "
        "An giới thiệu làm Cụm trưởng năm 2024.",
        slots(nxt=("Huyện Bảo Lạc", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PASSIVE_AGENT)
def test_passive_agent_is_not_the_holder(text: str, want: Slots) -> None:
    """ "X được UBND tỉnh giao làm Trưởng khối": X holds the role, not the agent."""
    assert roles(text) == want


COVENANT_TERM = [
    (
        "Tin\n\nSáng 3/3, Khối thi đua Nội chính ký kết giao ước thi đua năm 2024. Trưởng khối "
        "năm 2024 là Viện Kiểm sát nhân dân tỉnh.",
        slots(("Viện Kiểm sát nhân dân tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 3/3, Khối thi đua Nội chính ký kết giao ước thi đua năm 2024. Năm 2024, Tòa "
        "án nhân dân tỉnh được phân công làm Trưởng khối, Thanh tra tỉnh làm Phó khối.",
        slots(("Tòa án nhân dân tỉnh", 2024), ("Thanh tra tỉnh", 2024)),
    ),
    (
        "Tin\n\nSáng 3/3, Khối thi đua Nội chính ký kết giao ước thi đua năm 2024. Năm 2023, "
        "Công an tỉnh làm Khối trưởng. Năm 2024, Sở Tư pháp là Khối trưởng.",
        slots(("Sở Tư pháp", 2024)),
    ),
]


@pytest.mark.parametrize(("text", "want"), COVENANT_TERM)
def test_at_a_covenant_signing_the_covenant_year_is_the_current_term(
    text: str, want: Slots
) -> None:
    """At the 2024 covenant, the unit leading in 2024 is the leader, not the next leader."""
    assert roles(text) == want


# --- role nouns that state nothing -------------------------------------------------------

STATES_NOTHING = [
    "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Hội nghị tiến hành bình bầu cụm "
    "trưởng, cụm phó năm 2024.",
    "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Sở Nội vụ công bố Quyết định số "
    "12/QĐ-UBND về việc công nhận cụm trưởng, cụm phó các cụm thi đua năm 2024.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Theo Quy chế hoạt động về việc quy "
    "định Trưởng khối luân phiên hằng năm, Sở Y tế được giới thiệu.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Các đơn vị luân phiên làm Trưởng "
    "khối theo thứ tự bảng chữ cái.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Lãnh đạo các Khối trưởng, Khối phó "
    "của tỉnh đã dự hội nghị.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Hội nghị thảo luận về vai trò của "
    "trưởng khối và phó khối trong việc điều hành.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Ban Thi đua - Khen thưởng tỉnh "
    "hướng dẫn việc bầu Trưởng khối, Phó khối cho năm 2024.",
    "Tin\n\nSáng 9/1, Khối thi đua Văn xã tổng kết năm 2023. Sở Nội vụ ban hành Kế hoạch số "
    "45/KH-SNV về việc phân công Trưởng khối năm 2024.",
]


@pytest.mark.parametrize("text", STATES_NOTHING)
def test_plural_or_cited_role_nouns_state_nothing(text: str) -> None:
    """ "bình bầu cụm trưởng, cụm phó", a decision's title, "các Khối trưởng", rotation rules."""
    assert roles(text) == slots()


def test_decision_title_is_no_statement_but_a_later_sentence_is() -> None:
    """A cited decision names no holder; the sentence after it does."""
    text = (
        "Tin\n\nSáng 9/1, Cụm thi đua số 2 tổng kết năm 2023. Quyết định số 64/QĐ-SNV về việc "
        "phê duyệt Trưởng cụm các cụm thi đua được công bố. Theo đó, huyện Bát Xát là Cụm "
        "trưởng năm 2024."
    )
    assert roles(text) == slots(nxt=("huyện Bát Xát", 2024))


def test_role_notes_in_a_member_list_give_roles() -> None:
    """ "X (Cụm trưởng), Y (Cụm phó)" inside a member list are role statements."""
    text = (
        "Tin\n\nNgày 6/3, Cụm thi đua các huyện phía Bắc ký giao ước thi đua năm 2024. Cụm gồm: "
        "huyện Yên Phong (Cụm trưởng), huyện Quế Võ (Cụm phó), huyện Tiên Du."
    )
    assert roles(text) == slots(("huyện Yên Phong", 2024), ("huyện Quế Võ", 2024))


def test_find_roles_reads_each_statement_once() -> None:
    """Two statements in one sentence give two hits, with their markers' roles."""
    text = REVIEW_2023 + "Khối trưởng là Sở Công Thương, Khối phó là Sở Xây dựng."
    assert statements(text) == [("leader", "Sở Công Thương"), ("deputy_leader", "Sở Xây dựng")]
