"""Articles about two parallel blocs, and the list details they bring (issue 8, B2/B3/B7/B9).

Blocs whose names share all but their distinguishing words ("... khu vực miền núi", "...
khu vực đồng bằng") are two blocs, each with its own members, leader and share of a joint
award; a unit named again with its role is one member; namesakes inside unit names are not
people. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from test_blocs import facts

from extract.facts.blocs import _same_name
from extract.model import Bloc
from extract.nlp.blocs import bloc_key

TWO_BLOCS = [
    (
        "Hai khối thi đua ngành Y tế tổng kết năm 2022\n\nNgày 6/1/2023, Khối thi đua các bệnh "
        "viện tuyến tỉnh và Khối thi đua các trung tâm y tế tuyến huyện tổ chức tổng kết.\n\n"
        "Khối thi đua các bệnh viện tuyến tỉnh gồm: Bệnh viện Đa khoa tỉnh, Bệnh viện Y học cổ "
        "truyền, Bệnh viện Phổi.\n\nKhối thi đua các trung tâm y tế tuyến huyện gồm: Trung tâm "
        "Y tế huyện Đông Sơn, Trung tâm Y tế huyện Hà Trung.",
        {
            "Khối thi đua các bệnh viện tuyến tỉnh": 3,
            "Khối thi đua các trung tâm y tế tuyến huyện": 2,
        },
    ),
    (
        "Tin\n\nSáng 20/12/2021, Cụm thi đua các xã vùng cao và Cụm thi đua các xã vùng thấp "
        "tổng kết năm 2021.\n\nCụm thi đua các xã vùng cao gồm các xã: Na Hối, Bản "
        "Liền, Tả Van Chư.\n\nCụm thi đua các xã vùng thấp gồm các xã: Bảo Nhai, Cốc Ly.",
        {"Cụm thi đua các xã vùng cao": 3, "Cụm thi đua các xã vùng thấp": 2},
    ),
    (
        "Tin\n\nNgày 12/7/2024, Khối thi đua các trường THCS phía Bắc và Khối thi đua các "
        "trường THCS phía Nam sơ kết.\n\nKhối thi đua các trường THCS phía Bắc gồm các trường "
        "THCS: Chu Văn An, Lý Tự Trọng.\n\nKhối thi đua các trường THCS phía Nam gồm các trường "
        "THCS: Kim Đồng, Võ Thị Sáu, Nguyễn Huệ.",
        {"Khối thi đua các trường THCS phía Bắc": 2, "Khối thi đua các trường THCS phía Nam": 3},
    ),
]


@pytest.mark.parametrize(("text", "want"), TWO_BLOCS)
def test_parallel_blocs_are_two_blocs_with_their_own_members(
    text: str, want: dict[str, int]
) -> None:
    """Names alike but for their distinguishing words name two blocs, each with its list."""
    blocs = facts(text).blocs
    assert len(blocs) == len(want)
    for name, n in want.items():
        same = [b for b in blocs if _same_name(bloc_key(b.name), bloc_key(name))]
        assert [len(b.members) for b in same] == [n]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khối thi đua các hội đặc thù", "Khối thi đua các hội có tính chất đặc thù"),
        ("Khối thi đua các Hội Chữ thật đỏ", "Khối thi đua các Hội Chữ thập đỏ"),
        ("Cụm thi đua Tây Nguyên", "Cụm thi đua các tỉnh Tây Nguyên"),
    ],
)
def test_a_longer_form_or_a_misspelling_is_still_the_same_bloc(a: str, b: str) -> None:
    """Only words that differ outright make two blocs; insertions and typos do not."""
    assert _same_name(bloc_key(a), bloc_key(b))


def test_schools_named_after_people_are_not_people() -> None:
    """ "các trường THPT: Lê Lợi, Trần Phú" lists schools; their namesakes are not people."""
    f = facts(
        "Tin\n\nNgày 3/8/2023, Khối thi đua các trường THPT tổng kết năm học 2022-2023. "
        "Khối gồm các trường THPT: Lê Lợi, Trần Phú, Nguyễn Trãi. Dự hội nghị có ông Hồ Văn "
        "Tâm, Phó Giám đốc Sở Giáo dục và Đào tạo."
    )
    assert [p.name for p in f.people] == ["Hồ Văn Tâm"]
    assert f.blocs[0].members == [
        "Trường THPT Lê Lợi",
        "Trường THPT Trần Phú",
        "Trường THPT Nguyễn Trãi",
    ]


ROLE_REPEATED = [
    "Tin\n\nNgày 5/1/2024, Cụm thi đua số 3 gồm các huyện: Yên Lập, Tân Sơn, Thanh Sơn; huyện "
    "Tân Sơn làm Cụm trưởng năm 2023.",
    "Tin\n\nNgày 5/1/2024, Cụm thi đua số 3 gồm các huyện: Yên Lập, Tân Sơn, Thanh Sơn; huyện "
    "Tân Sơn là Cụm trưởng.",
    "Tin\n\nNgày 5/1/2024, Cụm thi đua số 3 gồm các huyện: Yên Lập, Tân Sơn, Thanh Sơn; huyện "
    "Tân Sơn - Cụm trưởng năm 2023.",
]


@pytest.mark.parametrize("text", ROLE_REPEATED)
def test_a_member_named_again_with_its_role_is_one_member_and_the_holder(text: str) -> None:
    """ "A, B, C; B làm Cụm trưởng năm 2023" lists three members, B leads."""
    bloc = facts(text).blocs[0]
    assert [m.removeprefix("huyện ") for m in bloc.members] == ["Yên Lập", "Tân Sơn", "Thanh Sơn"]
    assert bloc.leader is not None and bloc.leader.org.endswith("Tân Sơn")


JOINT_AWARD = [
    "đề nghị UBND tỉnh tặng Cờ thi đua cho Trường THCS Kim Đồng và Trường THCS Lý Tự Trọng.",
    "thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị: Trường THCS Lý Tự Trọng, "
    "Trường THCS Kim Đồng.",
    "Hai khối suy tôn, đề nghị UBND tỉnh tặng Cờ thi đua cho Trường THCS Kim Đồng và Trường "
    "THCS Lý Tự Trọng.",
]


@pytest.mark.parametrize("award", JOINT_AWARD)
def test_a_joint_award_is_shared_by_the_blocs_its_recipients_belong_to(award: str) -> None:
    """One award sentence for two blocs: each bloc gets the recipients among its members."""
    text = (
        "Tin\n\nNgày 12/7/2024, Khối thi đua các trường THCS phía Bắc và Khối thi đua các "
        "trường THCS phía Nam tổng kết năm học.\n\nKhối thi đua các trường THCS phía Bắc gồm "
        "các trường THCS: Chu Văn An, Lý Tự Trọng.\n\nKhối thi đua các trường THCS phía Nam gồm "
        "các trường THCS: Kim Đồng, Võ Thị Sáu.\n\nCác đơn vị " + award
    )
    got = {b.name: [(a.count, a.recipients) for a in b.awards] for b in facts(text).blocs}
    assert got == {
        "Khối thi đua các trường THCS phía Bắc": [(1, ["Trường THCS Lý Tự Trọng"])],
        "Khối thi đua các trường THCS phía Nam": [(1, ["Trường THCS Kim Đồng"])],
    }


COUNT_IS = [
    (
        "Tin\n\nCụm thi đua Văn hóa hiện có 3 đơn vị là Bảo tàng tỉnh, Thư viện tỉnh và Nhà hát "
        "Ca múa nhạc tỉnh.",
        3,
    ),
    (
        "Tin\n\nKhối thi đua Kinh tế có 4 sở gồm Sở Tài chính, Sở Công Thương, Sở Xây dựng, Sở "
        "Giao thông vận tải.",
        4,
    ),
    (
        "Tin\n\nCụm thi đua số 2 với 3 đơn vị thành viên là Công an huyện A Lưới, Công an huyện "
        "Nam Đông, Công an thị xã Hương Trà.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "n"), COUNT_IS)
def test_a_counted_intro_closed_by_la_or_gom_opens_the_list(text: str, n: int) -> None:
    """ "có 5 đơn vị là A, B", "có 4 sở gồm A, B": the colon is not needed."""
    bloc = facts(text).blocs[0]
    assert len(bloc.members) == n and bloc.member_count == n


PARAGRAPHS = [
    (
        "Tin\n\nUBND tỉnh phân chia các khối thi đua năm 2024.\n\nKhối thi đua Nội chính: Công an "
        "tỉnh, Sở Tư pháp, Thanh tra tỉnh. Sở Tư pháp làm Khối trưởng.\n\nKhối thi đua Kinh tế: "
        "Sở Tài chính, Sở Xây dựng, Cục Thuế tỉnh. Cục Thuế tỉnh làm Khối trưởng.",
        {"Khối thi đua Nội chính": "Sở Tư pháp", "Khối thi đua Kinh tế": "Cục Thuế tỉnh"},
    ),
    (
        "Tin\n\nNăm 2023, tỉnh có hai cụm thi đua.\n\nCụm thi đua các huyện phía Bắc gồm các huyện "
        "Phù Mỹ, Hoài Nhơn. Năm 2023, huyện Phù Mỹ là Cụm trưởng.\n\nCụm thi đua các huyện phía "
        "Nam gồm các huyện Tuy Phước, Vân Canh. Năm 2023, huyện Vân Canh là Cụm trưởng.",
        {
            "Cụm thi đua các huyện phía Bắc": "huyện Phù Mỹ",
            "Cụm thi đua các huyện phía Nam": "huyện Vân Canh",
        },
    ),
    (
        "Tin\n\nCác khối thi đua năm 2022 như sau.\n\n- Khối thi đua Đảng - Đoàn thể: Văn phòng "
        "Tỉnh ủy, Tỉnh đoàn, Hội Nông dân tỉnh. Khối trưởng: Tỉnh đoàn.\n\n- Khối thi đua Văn "
        "hóa: Sở Y tế, Báo tỉnh, Đài Phát thanh tỉnh. Khối trưởng: Báo tỉnh.",
        {"Khối thi đua Đảng - Đoàn thể": "Tỉnh đoàn", "Khối thi đua Văn hóa": "Báo tỉnh"},
    ),
]


@pytest.mark.parametrize(("text", "want"), PARAGRAPHS)
def test_a_paragraph_opened_by_a_bloc_is_about_that_bloc(text: str, want: dict[str, str]) -> None:
    """A role in a later sentence of a paragraph that opens with a bloc's name is that bloc's."""
    got = {b.name: b.leader.org if b.leader else None for b in facts(text).blocs}
    assert got == want


def two_blocs(text: str) -> tuple[Bloc, Bloc]:
    """The article's two blocs, in the order the text names them."""
    got = facts(text).blocs
    assert len(got) == 2
    first, second = sorted(got, key=lambda b: b.span[0])
    return first, second


def triple(bloc: Bloc) -> tuple[str, str | None, str | None]:
    """(type, date, period) of a bloc's meeting."""
    return bloc.event.type, bloc.event.date, bloc.event.period


SECOND_MEETING_LATER = [
    (
        "Hai khối sơ kết 6 tháng\n\nChiều 28/6/2023, Khối thi đua các cơ quan tổng hợp sơ kết "
        "6 tháng đầu năm. Sở Nội vụ – Khối trưởng năm 2023 chủ trì.\n\nCùng ngày, tại Sở Y tế, "
        "Khối thi đua các sở văn hóa - xã hội cũng tổ chức sơ kết. Khối có 3 đơn vị là các Sở: "
        "Y tế, Du lịch, Văn hóa và Thể thao.\n\nTại hội nghị, các thành viên thống nhất để Sở "
        "Du lịch làm Khối phó năm 2023.",
    ),
    (
        "Tin\n\nSáng 10/1/2024, Cụm thi đua các huyện phía Bắc tổng kết năm 2023. UBND huyện "
        "Văn Bàn là Cụm trưởng năm 2023.\n\nTrong buổi chiều, tại huyện Bát Xát, Cụm thi đua "
        "các huyện phía Nam tổ chức hội nghị tổng kết. Cụm gồm 3 huyện: Bảo Thắng, Bảo Yên, "
        "Bắc Hà.\n\nHội nghị bầu UBND huyện Bảo Yên làm Cụm phó năm 2023.",
    ),
    (
        "Tin\n\nNgày 5/7/2022, Khối thi đua các doanh nghiệp nhà nước sơ kết 6 tháng. Công ty "
        "Điện lực Hà Nam làm Khối trưởng.\n\nSau đó, Khối thi đua các hợp tác xã cũng sơ kết 6 "
        "tháng đầu năm. Khối gồm 3 đơn vị: HTX Thanh Sơn, HTX Kim Bảng, HTX Lý Nhân.\n\nCác "
        "thành viên thống nhất để HTX Kim Bảng làm Khối phó.",
    ),
]


@pytest.mark.parametrize(("text",), SECOND_MEETING_LATER)
def test_a_bloc_meeting_later_owns_its_paragraph_and_the_next(text: str) -> None:
    """ "Cùng ngày, tại X, Khối B cũng tổ chức ...": the list and the deputy after it are B's."""
    first, second = two_blocs(text)
    assert first.deputy_leader is None
    assert len(second.members) == 3 and second.deputy_leader is not None


OWN_MEETINGS = [
    (
        "Tin\n\nChiều 29/12/2022, Khối thi đua các sở tổng hợp tổ chức hội nghị tổng kết năm "
        "2022.\n\nTrước đó, ngày 27/12, Khối thi đua các cơ quan nội chính tỉnh cũng đã tổ chức "
        "tổng kết năm 2022 tại Công an tỉnh. Công an tỉnh là Khối trưởng năm 2022.",
        ("year_end_review", "2022-12-27", "2022"),
    ),
    (
        "Tin\n\nNgày 5/7/2023, Cụm thi đua các huyện phía Bắc sơ kết 6 tháng đầu năm.\n\nNgày "
        "12/7, tại huyện Bảo Yên, Cụm thi đua các huyện phía Nam cũng tổ chức sơ kết 6 tháng "
        "đầu năm 2023. UBND huyện Bảo Yên làm Cụm trưởng.",
        ("mid_year_review", "2023-07-12", "2023-H1"),
    ),
    (
        "Tin\n\nSáng 2/3/2024, Khối thi đua các hội ký kết giao ước thi đua năm 2024.\n\nChiều "
        "4/3, Khối thi đua các cơ quan Đảng tổ chức ký kết giao ước thi đua năm 2024. Ban Tổ "
        "chức Tỉnh ủy là Khối trưởng năm 2024.",
        ("covenant_signing", "2024-03-04", "2024"),
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_MEETINGS)
def test_a_second_bloc_meeting_on_its_own_day_has_its_own_event(
    text: str, want: tuple[str, str, str]
) -> None:
    """ "Trước đó, ngày 27/12, Khối B cũng đã tổng kết": B's event is its own meeting."""
    first, second = two_blocs(text)
    assert triple(second) == want
    assert first.event.date != second.event.date


OWN_KIND_OF_MEETING = [
    (
        "Tin\n\nNgày 10/1/2022, Cụm thi đua các cơ quan Bộ CHQS tỉnh tổng kết năm 2021.\n\nCũng "
        "trong ngày, Cụm thi đua các đơn vị trực thuộc đã ký kết giao ước thi đua năm 2022. Cụm "
        "gồm 3 đơn vị: Trung đoàn 926, Tiểu đoàn 19 và Trường Quân sự tỉnh.",
        ("covenant_signing", "2022-01-10", "2022"),
    ),
    (
        "Tin\n\nSáng 20/12/2023, Khối thi đua các sở tổng kết năm 2023.\n\nBuổi chiều, Khối thi "
        "đua các hội tổ chức sơ kết 9 tháng năm 2023. Khối gồm 3 hội: Nông dân, Phụ nữ, Cựu "
        "chiến binh.",
        ("mid_year_review", "2023-12-20", "2023-9M"),
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_KIND_OF_MEETING)
def test_a_second_bloc_holding_another_kind_of_meeting(
    text: str, want: tuple[str, str, str]
) -> None:
    """ "Cũng trong ngày, Cụm B ký kết giao ước": B's meeting is a covenant, on the same day."""
    _, second = two_blocs(text)
    assert triple(second) == want


OWN_DAYS_IN_LISTS_NOTES_AND_HEADINGS = [
    # a numbered list, each bloc's day in brackets after its name
    "Các khối ký giao ước năm 2024\n\nTháng 3/2024, các khối thi đua của tỉnh ký giao ước.\n\n1. "
    "Khối thi đua các sở văn xã (sáng 14/3/2024, tại Sở Y tế): khối có 7 thành viên; Sở Y tế là "
    "Khối trưởng.\n\n2. Khối thi đua các sở kinh tế (chiều 15/3, tại Sở Công Thương): khối gồm "
    "9 đơn vị; Sở Công Thương là Khối trưởng.",
    # a heading line naming the bloc, its meeting in the paragraph under it
    "Các khối ký giao ước năm 2024\n\nSáng 14/3/2024, Khối thi đua các sở văn xã ký giao ước "
    "thi đua năm 2024; Sở Y tế là Khối trưởng.\n\nKhối thi đua các sở kinh tế: thống nhất tổ "
    "chức ký kết\n\nChiều 15/3, Khối thi đua các sở kinh tế tổ chức ký kết giao ước thi đua "
    "năm 2024. Sở Công Thương là Khối trưởng.",
]


@pytest.mark.parametrize("text", OWN_DAYS_IN_LISTS_NOTES_AND_HEADINGS)
def test_a_blocs_own_day_in_a_numbered_item_a_bracket_or_under_its_heading(text: str) -> None:
    """ "2. Khối B (chiều 15/3, tại ...): ...", a heading "Khối B: ..." over its paragraph: each
    bloc keeps its own meeting day."""
    blocs = {b.name: b.event.date for b in facts(text).blocs}
    assert blocs["Khối thi đua các sở kinh tế"] == "2024-03-15"
    assert blocs["Khối thi đua các sở văn xã"] == "2024-03-14"


def test_a_numbered_heading_closed_by_a_note_in_brackets_opens_its_section() -> None:
    """ "2. Khối thi đua X (tỉnh Y)" alone on its line heads a section: the facts under it, told
    of "Khối" alone, are X's."""
    text = (
        "Trường Chính trị dự hai hội nghị tổng kết năm 2020\n\nTháng 11/2020, Trường dự hai hội "
        "nghị.\n\n1. Cụm thi đua số 8 (các trường chính trị miền Đông Nam bộ)\n\nHội nghị họp ngày "
        "12/11/2020. Năm 2020, Trường Chính trị Ninh Thuận là Cụm trưởng.\n\n2. Khối thi đua các "
        "cơ quan tham mưu, giúp việc Tỉnh ủy (tỉnh Bà Rịa - Vũng Tàu)\n\nNgày 05/11/2020, Khối "
        "tổng kết năm 2020. Khối có 3 đơn vị: Văn phòng Tỉnh ủy; Ban Tổ chức Tỉnh ủy; Báo Bà Rịa "
        "- Vũng Tàu.\n\nBan Tổ chức Tỉnh ủy giữ vai trò Khối trưởng năm 2020."
    )
    blocs = {b.name: b for b in facts(text).blocs}
    khoi = blocs["Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy"]
    assert khoi.members == ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Báo Bà Rịa - Vũng Tàu"]
    assert khoi.leader is not None and khoi.leader.org == "Ban Tổ chức Tỉnh ủy"
    assert blocs["Cụm thi đua số 8"].members == []


def test_a_paragraph_opened_by_a_blocs_meeting_is_about_that_bloc() -> None:
    """ "Hội nghị của Cụm số 2 được tổ chức tại ...": the paragraph is Cụm 2's, though "của"
    before a bloc usually marks a thing it owns."""
    text = (
        "Cụm thi đua số 7 ký giao ước năm 2024\n\nNgày 5/4/2024, Cụm thi đua số 7 ký giao ước thi "
        "đua năm 2024; Công an tỉnh Quảng Trị là Cụm trưởng. Sáng 9/4, Cụm thi đua số 2 cũng ký "
        "giao ước.\n\nHội nghị của Cụm số 2 được tổ chức tại huyện Núi Thành. Các đơn vị "
        "trong cụm gồm Công an huyện Núi Thành, Công an huyện Phú Ninh và Công an huyện Thăng "
        "Bình."
    )
    blocs = {b.name: b for b in facts(text).blocs}
    assert blocs["Cụm thi đua số 2"].members == [
        "Công an huyện Núi Thành",
        "Công an huyện Phú Ninh",
        "Công an huyện Thăng Bình",
    ]
    assert blocs["Cụm thi đua số 7"].members == []


def test_a_paragraph_opening_truoc_do_tells_the_other_blocs_own_meeting() -> None:
    """ "Trước đó, chiều 28/11, Khối B tổng kết ...": B's own meeting, not background."""
    text = (
        "Cụm thi đua số 4 và Khối thi đua Nội chính tổng kết năm 2024\n\nNgày 5/12/2024, Cụm thi "
        "đua số 4 tổng kết công tác "
        "thi đua năm 2024; VKSND tỉnh Đắk Lắk là Cụm trưởng.\n\nTrước đó, chiều 28/11, Khối thi "
        "đua Nội chính tỉnh Kon Tum tổng kết năm 2024 tại Công an tỉnh - đơn vị Khối trưởng. Khối "
        "gồm 8 cơ quan, trong đó VKSND tỉnh là Khối phó năm 2024."
    )
    blocs = {b.name: b.event.date for b in facts(text).blocs}
    assert blocs == {"Cụm thi đua số 4": "2024-12-05", "Khối thi đua Nội chính": "2024-11-28"}


ONE_BLOC_NAMED_TWO_WAYS = [
    "Cụm thi đua ngành tư pháp Tây Bắc tổng kết năm 2023\n\nNgày 20/12/2023, Sở Tư pháp Sơn "
    "La, Cụm trưởng năm 2023, chủ trì hội nghị tổng kết công tác thi đua, khen thưởng của Cụm "
    "thi đua số 4 - Bộ Tư pháp, đồng thời bàn phương hướng, nhiệm vụ năm 2024.\n\nLãnh đạo các "
    "sở trong cụm số 4 ký giao ước thi đua năm 2024\n\nNăm 2023, các sở trong cụm đều hoàn "
    "thành nhiệm vụ.",
    "Khối thi đua ngành thuế Bắc Trung Bộ tổng kết năm 2022\n\nSáng 28/12/2022, Cục Thuế Nghệ "
    "An, Khối trưởng năm 2022, chủ trì hội nghị tổng kết công tác thi đua, khen thưởng của Khối "
    "thi đua số 2 - Tổng cục Thuế, đồng thời triển khai nhiệm vụ năm 2023.\n\nCác cục thuế trong "
    "khối số 2 ký kết giao ước thi đua năm 2023\n\nNăm 2022, các cục thuế trong khối đều vượt "
    "dự toán thu.",
    "Cụm thi đua kho bạc miền núi phía Bắc tổng kết năm 2021\n\nChiều 24/12/2021, Kho bạc Nhà "
    "nước Lào Cai, với vai trò Cụm trưởng năm 2021, đã chủ trì hội nghị tổng kết công tác thi "
    "đua của Cụm thi đua số 7 - Kho bạc Nhà nước.\n\nLãnh đạo các kho bạc trong cụm số 7 ký "
    "giao ước thi đua năm 2022\n\nCác đơn vị trong cụm hoàn thành tốt nhiệm vụ năm 2021.",
]


@pytest.mark.parametrize("text", ONE_BLOC_NAMED_TWO_WAYS)
def test_the_meeting_reported_of_a_bloc_is_its_own_over_a_caption(text: str) -> None:
    """The article's meeting is told of the bloc: a caption of its covenant signing later,
    under a headline that names the bloc another way, does not replace it."""
    (bloc,) = facts(text).blocs
    assert bloc.event.type == "year_end_review"
    assert bloc.event.date is not None and bloc.event.period == bloc.event.date[:4]


SECOND_BLOC_SIGNS_ITS_OWN_COVENANT = [
    "Bộ CHQS tỉnh tổng kết năm 2018\n\nNgày 8/1/2019, Cụm thi đua các cơ quan Bộ CHQS tỉnh tổ "
    "chức tổng kết năm 2018. Phòng Tham mưu là Cụm trưởng năm 2018.\n\nCùng ngày, Cụm thi đua "
    "các đơn vị trực thuộc Bộ CHQS tỉnh, gồm Trung đoàn 174, Đội K71, Trường Quân sự tỉnh và "
    "Công ty 22.12, cũng tổ chức ký kết giao ước thi đua năm 2019. Trường Quân sự tỉnh được "
    "giao làm Cụm trưởng năm 2019.",
    "Tin\n\nSáng 10/1/2024, Khối thi đua các sở tổng hợp tổng kết công tác thi đua năm 2023; "
    "Sở Nội vụ là Khối trưởng năm 2023.\n\nBuổi chiều, Khối thi đua các hội tổ chức ký kết giao "
    "ước thi đua năm 2024. Hội Nông dân tỉnh làm Khối trưởng năm 2024.",
    "Tin\n\nNgày 28/12/2022, Cụm thi đua các huyện phía Bắc tổng kết năm 2022. UBND huyện Văn "
    "Bàn là Cụm trưởng năm 2022.\n\nNgày 5/1/2023, Cụm thi đua các huyện phía Nam cũng đã ký "
    "kết giao ước thi đua năm 2023, do UBND huyện Bảo Yên làm Cụm trưởng năm 2023.",
]


@pytest.mark.parametrize("text", SECOND_BLOC_SIGNS_ITS_OWN_COVENANT)
def test_a_bloc_signing_its_own_covenant_has_that_years_leader(text: str) -> None:
    """A second bloc's leader for the year of its own covenant leads it, though the first
    bloc reviewed the year before: each bloc's roles are dated against its own meeting."""
    first, second = two_blocs(text)
    assert second.event.type == "covenant_signing"
    assert second.leader is not None and second.next_leader is None
    assert second.leader.year == int(second.event.period or 0)
    assert first.leader is not None and first.next_leader is None
