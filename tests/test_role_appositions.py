"""Holders told in the wordings of other writers: the role noun with "thi đua" and its term
before the holder, the host that also holds the role, a person's second office ("kiêm"), an
apposition closed by the sentence's end, two deputies joined before their role, and a
person's unit that a verb or the next person ends."""

from __future__ import annotations

import pytest
from test_roles import roles

REVIEW = (
    "Tin\n\nSáng 5/1/2024, Khối thi đua Kinh tế tổ chức hội nghị tổng kết công tác thi đua năm "
    "2023. "
)
LEADER = ("Sở Tài chính", 2023)
DEPUTY = ("Sở Xây dựng", 2023)

LEADER_WORDINGS = [
    "Đơn vị giữ vai trò Trưởng khối thi đua năm nay là Sở Tài chính.",
    "Khối trưởng thi đua là Sở Tài chính.",
    "Hội nghị diễn ra dưới sự chủ trì của Sở Tài chính, đơn vị Trưởng khối.",
    "Báo cáo của Sở Tài chính, đơn vị Khối trưởng; cho biết năm qua các đơn vị hoàn thành tốt "
    "nhiệm vụ.",
    "Hội nghị diễn ra tại Sở Tài chính – đơn vị được giao làm Trưởng khối năm 2023.",
    "Hội nghị tổ chức tại Sở Tài chính - đơn vị được phân công giữ vai trò Khối trưởng.",
    "Chủ trì hội nghị là ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính kiêm Trưởng khối.",
    "Sở Tài chính là đơn vị đăng cai, giữ vai trò khối trưởng.",
    "Sở Tài chính là cơ quan chủ nhà, đồng thời đảm nhận Khối trưởng.",
    "Thay mặt đơn vị Khối trưởng, ông Nguyễn Văn An, Giám đốc Sở Tài chính, phát biểu.",
    "Khối trưởng là ông Nguyễn Văn An, Giám đốc Sở Tài chính, chủ trì hội nghị.",
    "Đồng chí Bùi Văn Thi - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tài chính chủ trì hội "
    "nghị trên cương vị Khối trưởng.",
    "Ông Nguyễn Văn An, Giám đốc Sở Tài chính điều hành hội nghị với tư cách Trưởng khối.",
    "Năm nay, vai trò Trưởng khối được giao cho Sở Tài chính.",
    "Dự có ông Văn Công Hùng - Giám đốc Sở Tài chính, đơn vị năm nay giữ vai trò Khối trưởng.",
    "Hội nghị do Sở Tài chính, đơn vị giữ khối trưởng năm 2023, chủ trì.",
    "Thay mặt Sở Tài chính - đơn vị giữ cương vị Khối trưởng trong năm, ông A phát biểu.",
    "Ông Lê Hoàng Thuyên - Giám đốc Sở Tài chính, cơ quan đảm nhiệm vai trò Trưởng khối trong "
    "năm 2023, phát biểu.",
    "Trưởng đoàn là bà Bùi Thị Ánh, Giám đốc Sở Tài chính, đơn vị đang cầm cờ Khối trưởng.",
    "Ngay từ đầu năm, Sở Tài chính - với vai trò Trưởng Khối - đã phát động phong trào thi đua.",
    "Năm nay, Sở Tài chính đứng ra làm Khối trưởng.",
    "Hội nghị thống nhất tiếp tục để Sở Tài chính đảm đương vai trò Khối trưởng năm 2023.",
    "Đơn vị đăng cai là Sở Tài chính, nơi giữ vai trò Khối trưởng của Khối thi đua trong năm 2023.",
]


@pytest.mark.parametrize("sentence", LEADER_WORDINGS)
def test_leader_in_other_writers_wordings(sentence: str) -> None:
    """The reviewed year's leader, whichever side of the role noun it stands on."""
    assert roles(REVIEW + sentence)["leader"] == LEADER


DEPUTY_WORDINGS = [
    "Sở Tài chính làm Khối trưởng; Sở Xây dựng và Sở Y tế cùng giữ vị trí Khối phó.",
    "Sở Tài chính làm Khối trưởng. Sở Xây dựng và Sở Y tế là Khối phó.",
    "Sở Tài chính làm Khối trưởng; Sở Xây dựng, Sở Y tế đồng thời làm Khối phó năm 2023.",
    "Khối trưởng là Sở Tài chính, Sở Xây dựng và Sở Y tế là Khối phó.",
    "Sở Tài chính làm Khối trưởng. Cùng đồng chủ trì có hai Khối phó: ông Lê Văn Bình, Giám "
    "đốc Sở Xây dựng và ông Trần Văn Cường, Giám đốc Sở Y tế.",
]


@pytest.mark.parametrize("sentence", DEPUTY_WORDINGS)
def test_first_of_two_deputies_named_together(sentence: str) -> None:
    """Two deputies for one term: the first named holds the slot, and the leader stays."""
    got = roles(REVIEW + sentence)
    assert got["deputy_leader"] == DEPUTY
    assert got["leader"] == LEADER


def test_respective_roles_still_given_in_order() -> None:
    """ "A và B lần lượt là Khối trưởng, Khối phó": B is the deputy, not A."""
    got = roles(REVIEW + "Sở Tài chính và Sở Y tế lần lượt là Khối trưởng, Khối phó.")
    assert got["leader"] == LEADER
    assert got["deputy_leader"] == ("Sở Y tế", 2023)


NOT_HOLDERS = [
    "Theo quyết định của Sở Nội vụ, Khối trưởng sẽ được bầu vào cuối năm.",
    "Các đơn vị bình xét, suy tôn Khối trưởng, Khối phó năm 2024 vào tháng 12.",
]


@pytest.mark.parametrize("sentence", NOT_HOLDERS)
def test_agents_and_plural_roles_hold_nothing(sentence: str) -> None:
    """An agent after "của" before a role that goes on, and a plural of role nouns."""
    got = roles(REVIEW + sentence)
    assert got["leader"] is None and got["deputy_leader"] is None


PLANNED_TASKS_YEAR = [
    "Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024 tại trụ sở Sở Tài chính - đơn vị "
    "Khối trưởng.",
    "Hội nghị bàn phương hướng năm 2024 tại Sở Tài chính, đơn vị Khối trưởng.",
    "Khối triển khai kế hoạch năm 2024 tại Sở Tài chính (Khối trưởng).",
]


@pytest.mark.parametrize("sentence", PLANNED_TASKS_YEAR)
def test_year_of_planned_tasks_is_no_term(sentence: str) -> None:
    """ "nhiệm vụ năm 2024 tại X - đơn vị Khối trưởng": the host holds the reviewed term."""
    got = roles(REVIEW + sentence)
    assert got["leader"] == LEADER and got["next_leader"] is None


NEXT_LEADER_WORDINGS = [
    "Về nhân sự năm 2024, qua bỏ phiếu, Khối trưởng Khối thi đua Kinh tế sẽ là Sở Y tế.",
    "Khối trưởng năm 2024 sẽ là Sở Y tế.",
    "Qua bỏ phiếu, các đơn vị thống nhất Khối trưởng năm 2024 là Sở Y tế.",
    "Ông Lê Văn Dương, Giám đốc Sở Y tế - đơn vị nhận nhiệm vụ Khối trưởng Khối thi đua Kinh "
    "tế năm 2024, phát biểu.",
    "Theo kết quả bầu chọn, vai trò trưởng khối năm 2024 sẽ do Sở Y tế đảm nhận.",
]


@pytest.mark.parametrize("sentence", NEXT_LEADER_WORDINGS)
def test_next_leader_voted_or_announced(sentence: str) -> None:
    """ "qua bỏ phiếu ... sẽ là X": the leader of the term to come."""
    assert roles(REVIEW + sentence)["next_leader"] == ("Sở Y tế", 2024)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chủ trì hội nghị là Giám đốc Sở Tài chính Nguyễn Văn An, người đứng đầu đơn vị Khối "
        "trưởng.",
        "Giám đốc Sở Tài chính Nguyễn Văn An, thủ trưởng đơn vị Khối trưởng, chủ trì hội nghị.",
        "Ông Nguyễn Văn An, Giám đốc Sở Tài chính, người đứng đầu cơ quan giữ vai trò Khối trưởng, "
        "phát biểu khai mạc.",
        "Chủ trì hội nghị là Giám đốc Sở Tài chính Nguyễn Văn An, đại diện đơn vị Khối trưởng.",
    ],
)
def test_the_head_of_the_leading_unit_names_the_leader(sentence: str) -> None:
    """ "X, người đứng đầu đơn vị Khối trưởng": the unit in X's title leads the bloc."""
    assert roles(REVIEW + sentence)["leader"] == LEADER
