"""Tables written as text (issue 8): members, roles and awards read from numbered rows.

Pages and attachments flatten tables into lines with bars, tabs or plain spaces between the
cells. Every table here is written for these tests (invented units, real place names); each
behaviour is shown in the three layouts.
"""

from __future__ import annotations

import pytest
from test_blocs import facts

from extract.facts.tables import find_tables

OPENING = "Tin\n\nSáng 5/1/2024, Cụm thi đua số 2 tổng kết công tác thi đua năm 2023.\n\n"

MEMBER_TABLES = [
    "Cụm gồm các đơn vị sau:\n\nSTT | Đơn vị | Vai trò trong Cụm\n1 | Sở Công Thương tỉnh Hưng "
    "Yên | Cụm trưởng\n2 | Sở Công Thương tỉnh Hải Dương | Cụm phó\n3 | Sở Công Thương tỉnh Thái "
    "Bình | Thành viên\n",
    "Danh sách đơn vị thuộc Cụm:\nTT\tĐơn vị\tGhi chú\n1\tSở Công Thương tỉnh Hưng Yên\tCụm "
    "trưởng\n2\tSở Công Thương tỉnh Hải Dương\tCụm phó\n3\tSở Công Thương tỉnh Thái Bình\n",
    "Danh sách đơn vị thuộc Cụm\nTT Đơn vị Ghi chú\n1 Sở Công Thương tỉnh Hưng Yên Cụm trưởng\n2 "
    "Sở Công Thương tỉnh Hải Dương Cụm phó\n3 Sở Công Thương tỉnh Thái Bình\n",
]


@pytest.mark.parametrize("table", MEMBER_TABLES, ids=["bars", "tabs", "spaces"])
def test_a_table_of_the_blocs_units_gives_members_and_roles(table: str) -> None:
    """Each row's unit is a member; a role in its note names the leader or the deputy."""
    bloc = facts(OPENING + table).blocs[0]
    assert bloc.members == [
        "Sở Công Thương tỉnh Hưng Yên",
        "Sở Công Thương tỉnh Hải Dương",
        "Sở Công Thương tỉnh Thái Bình",
    ]
    assert bloc.leader is not None and bloc.leader.org == "Sở Công Thương tỉnh Hưng Yên"
    assert bloc.deputy_leader is not None
    assert bloc.deputy_leader.org == "Sở Công Thương tỉnh Hải Dương"


AWARD_TABLES = [
    "Hội nghị thống nhất đề nghị khen thưởng năm 2023 như sau:\n\nSTT | Đơn vị | Hình thức khen "
    "thưởng\n1 | Sở Y tế | Cờ thi đua của UBND tỉnh\n2 | Sở Tư pháp | Bằng khen của Chủ tịch UBND "
    "tỉnh\n3 | Sở Nội vụ | Bằng khen của Chủ tịch UBND tỉnh\n",
    "Hội nghị thống nhất đề nghị khen thưởng cho 3 đơn vị như sau:\nSTT\tĐơn vị\tHình thức đề "
    "nghị\n1\tSở Y tế\tCờ thi đua của UBND tỉnh\n2\tSở Tư pháp\tBằng khen của Chủ tịch UBND tỉnh"
    "\n3\tSở Nội vụ\tBằng khen của Chủ tịch UBND tỉnh\n",
    "Kết quả bình xét, Cụm đề nghị khen thưởng:\nSTT Đơn vị Hình thức đề nghị\n1 Sở Y tế Cờ thi "
    "đua của UBND tỉnh\n2 Sở Tư pháp Bằng khen của Chủ tịch UBND tỉnh\n3 Sở Nội vụ Bằng khen của "
    "Chủ tịch UBND tỉnh\n",
]


@pytest.mark.parametrize("table", AWARD_TABLES, ids=["bars", "tabs", "spaces"])
def test_an_award_table_gives_one_group_per_award(table: str) -> None:
    """Rows with the same award make one group, their units its recipients; the status is
    the proposal the line before says; the total over the table is not a group as well."""
    bloc = facts(OPENING + table).blocs[0]
    got = [(a.award, a.issuer, a.count, a.status, a.recipients) for a in bloc.awards]
    assert got == [
        ("co_thi_dua", "province", 1, "proposed", ["Sở Y tế"]),
        ("bang_khen", "province", 2, "proposed", ["Sở Tư pháp", "Sở Nội vụ"]),
    ]
    assert bloc.members == []  # recipients, not members


@pytest.mark.parametrize(
    "text",
    [
        "Thành phần mời dự:\nTT\tCơ quan\n1\tSở Nội vụ\n2\tVăn phòng UBND tỉnh\n3\tBáo tỉnh\n",
        "STT | Hình thức khen thưởng | Cấp khen | Số đơn vị\n1 | Cờ thi đua | Chính phủ | 02\n",
        "TT | Nội dung | Điểm\n1 | Công tác tuyên truyền | 10\n2 | Công tác khen thưởng | 20\n",
    ],
    ids=["guests", "aggregate", "criteria"],
)
def test_tables_of_guests_aggregates_or_criteria_name_no_members(text: str) -> None:
    """A table of guests, of award totals or of criteria gives no member."""
    assert facts(OPENING + text).blocs[0].members == []


def test_table_lines_are_not_joined_as_hard_wraps() -> None:
    """In a hard-wrapped page, the header and rows of a table stay lines of their own."""
    text = (
        "Tin\n\nSáng 5/1/2024, Cụm thi đua số 2 tổng kết công tác thi đua năm 2023 và bàn\n"
        "phương hướng nhiệm vụ năm 2024; các đơn vị tham dự gồm lãnh đạo các sở trong\n"
        "Cụm, cụ thể:\nSTT | Đơn vị | Vai trò\n1 | Sở Y tế | Cụm trưởng\n2 | Sở Tư pháp | Cụm phó\n"
    )
    bloc = facts(text).blocs[0]
    assert bloc.members == ["Sở Y tế", "Sở Tư pháp"]
    assert [len(t.rows) for t in find_tables(text)] == [2]


@pytest.mark.parametrize(
    ("table", "want"),
    [
        (
            "TT Cơ quan, đơn vị\n1 Phòng Tham mưu\n2 Phòng Hậu cần -\nKỹ thuật\n3 Trung đoàn 892\n",
            ["Phòng Tham mưu", "Phòng Hậu cần - Kỹ thuật", "Trung đoàn 892"],
        ),
        (
            "STT | Đơn vị\n1 | Sở Tài chính\n2 | Sở Kế hoạch và\nĐầu tư\n3 | Sở Nội vụ\n",
            ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ"],
        ),
    ],
)
def test_a_cell_wrapped_onto_the_next_line_is_one_name(table: str, want: list[str]) -> None:
    """A row broken off mid-name ("Phòng Hậu cần -" / "Kỹ thuật") goes on in the next line."""
    assert facts(OPENING + "Cụm gồm các đơn vị sau:\n" + table).blocs[0].members == want


@pytest.mark.parametrize(
    "table",
    [
        "Kết quả khen thưởng năm 2023 của Cụm:\nSTT | Hình thức khen thưởng | Cấp khen | Số đơn vị "
        "được tặng\n1 | Cờ thi đua | Chính phủ | 02\n2 | Cờ thi đua | Bộ Công an | 05\n",
        "Kết quả khen thưởng năm 2023 của Cụm:\nTT\tHình thức\tCấp khen\tSố lượng tập thể\n1\tCờ "
        "thi đua\tChính phủ\t2\n2\tCờ thi đua\tBộ Công an\t5\n",
    ],
    ids=["bars", "tabs"],
)
def test_a_table_of_award_totals_gives_one_group_per_row(table: str) -> None:
    """ "STT | Hình thức khen thưởng | Cấp khen | Số đơn vị": each row an award, its issuer and
    its number; the line before says they were given."""
    bloc = facts(OPENING + table).blocs[0]
    assert [(a.award, a.issuer, a.count, a.status) for a in bloc.awards] == [
        ("co_thi_dua", "government", 2, "conferred"),
        ("co_thi_dua", "ministry", 5, "conferred"),
    ]
    assert bloc.members == []


def test_an_award_told_in_a_sentence_and_in_its_table_counts_once() -> None:
    """A group a sentence tells and the table then lists is one group, read without error."""
    text = OPENING + (
        "Cụm đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế. Cụ thể như sau:\n"
        "STT | Đơn vị | Hình thức khen thưởng đề nghị\n1 | Sở Y tế | Cờ thi đua của UBND tỉnh\n"
        "2 | Sở Tư pháp | Bằng khen của Chủ tịch UBND tỉnh\n"
    )
    got = [(a.award, a.issuer, a.count, a.status) for a in facts(text).blocs[0].awards]
    assert got == [
        ("co_thi_dua", "province", 1, "proposed"),
        ("bang_khen", "province", 1, "proposed"),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Hội nghị bình chọn Sở Y tế dẫn đầu khối. Cùng dịp này, UBND tỉnh đã tặng thưởng các đơn "
        "vị như sau:",
        "Hội nghị đã bình xét thi đua năm 2023; dịp này, Chủ tịch UBND tỉnh trao tặng các đơn vị:",
        "Hội nghị suy tôn Sở Y tế dẫn đầu. Kết quả, UBND tỉnh đã tặng thưởng cho các đơn vị như "
        "sau:",
    ],
)
def test_an_award_tables_status_is_its_intros(intro: str) -> None:
    """The sentence that introduces the table gives its status, not a vote before it."""
    table = (
        "\nSTT | Đơn vị | Hình thức khen thưởng\n1 | Sở Tư pháp | Cờ thi đua của UBND tỉnh\n"
        "2 | Sở Nội vụ | Bằng khen của Chủ tịch UBND tỉnh\n"
    )
    awards = facts(OPENING + intro + table).blocs[0].awards
    assert [(a.award, a.status) for a in awards if a.recipients != ["Sở Y tế"]][-2:] == [
        ("co_thi_dua", "conferred"),
        ("bang_khen", "conferred"),
    ]


@pytest.mark.parametrize(
    "table",
    [
        "STT | Hình thức khen thưởng | Cấp khen | Đơn vị được đề nghị\n1 | Bằng khen | Hội Nhà "
        "báo Việt Nam | Hội Nhà báo tỉnh Thanh Hóa\n2 | Bằng khen | Hội Nhà báo Việt Nam | Hội "
        "Nhà báo tỉnh Nghệ An\n",
        "TT | Hình thức | Cấp khen | Tập thể được đề nghị\n1 | Bằng khen | Hội Nhà báo Việt Nam | "
        "Hội Nhà báo tỉnh Thanh Hóa\n2 | Bằng khen | Hội Nhà báo Việt Nam | Hội Nhà báo tỉnh Nghệ "
        "An\n",
    ],
)
def test_a_table_by_award_with_the_unit_last_groups_its_rows(table: str) -> None:
    """ "STT | Hình thức khen thưởng | Cấp khen | Đơn vị được đề nghị": rows of one award and
    issuer make one group, their units its recipients."""
    bloc = facts(OPENING + "Hội nghị thống nhất đề nghị:\n" + table).blocs[0]
    got = [(a.award, a.issuer, a.count, a.status, a.recipients) for a in bloc.awards]
    assert got == [
        (
            "bang_khen",
            "central",
            2,
            "proposed",
            ["Hội Nhà báo tỉnh Thanh Hóa", "Hội Nhà báo tỉnh Nghệ An"],
        )
    ]


def test_a_table_by_award_with_its_issuer_inside_and_units_between() -> None:
    """ "TT | Hình thức khen thưởng | Đơn vị | Số lượng": the issuer inside the award's cell,
    the units' column no issuer, the number the count."""
    table = (
        "Qua bình xét, Cụm thống nhất đề nghị cấp trên khen thưởng như sau:\n"
        "TT | Hình thức khen thưởng | Đơn vị | Số lượng\n"
        "1 | Cờ thi đua của UBND tỉnh | THPT Quang Trung | 01\n"
        "2 | Tập thể lao động xuất sắc | THPT Tây Sơn; THPT Võ Lai | 02\n"
    )
    got = [(a.award, a.issuer, a.count, a.status) for a in facts(OPENING + table).blocs[0].awards]
    assert got == [("co_thi_dua", "province", 1, "proposed"), ("danh_hieu", None, 2, "proposed")]
