"""Award frames (behaviour 7): paraphrase sets of our own, positive and negative.

Every sentence here is written for these tests, with invented names; a group is compared
as (award, issuer, count, status), the tuple the scorer compares.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import rules
from extract.errors import RuleError
from extract.facts import awards as awards_mod
from extract.facts.awards import award_rules, read_awards, split_recipients
from extract.facts.context import build_context
from extract.model import Article, Award, Event
from extract.nlp.tagger import tag
from extract.text.normalize import normalize

Group = tuple[str, str | None, int | None, str]


TITLE = "Khối thi đua các sở tổng kết năm 2023"


def read(body: str, title: str = TITLE) -> list[Award]:
    """Award groups of an article with a short title and the given body."""
    text = normalize(f"{title}\n\n{body}").text.strip()
    first = text.split("\n", 1)[0]
    article = Article(id="t", text=text, title=first, title_span=(0, len(first)))
    return read_awards(build_context(article, tag(text)), Event(period="2023"))


def groups(body: str, title: str = TITLE) -> list[Group]:
    """The scored tuple of each group."""
    return [(a.award, a.issuer, a.count, a.status) for a in read(body, title)]


def check(cases: list[tuple[str, list[Group]]]) -> None:
    """Each wording gives exactly its groups (order kept)."""
    for body, want in cases:
        assert groups(body) == want, body


# --- frames carried over a series and a breakdown ------------------------------------------


def test_status_and_verb_carry_over_a_series() -> None:
    """One status word before a series gives every group its status."""
    check(
        [
            (
                "Khối thi đua các ngành nội chính đề nghị Cờ thi đua của Chính phủ cho Sở Tư "
                "pháp; Cờ thi đua của UBND tỉnh cho Công an tỉnh, Thanh tra tỉnh; Bằng khen của "
                "UBND tỉnh cho Tòa án nhân dân tỉnh.",
                [
                    ("co_thi_dua", "government", 1, "proposed"),
                    ("co_thi_dua", "province", 2, "proposed"),
                    ("bang_khen", "province", 1, "proposed"),
                ],
            ),
            (
                "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Hội Nông dân tỉnh "
                "và tặng Bằng khen cho hai đơn vị.",
                [
                    ("co_thi_dua", "province", 1, "proposed"),
                    ("bang_khen", "province", 2, "proposed"),
                ],
            ),
            (
                "Cụm thi đua số 4 bình xét, đề nghị Hội Cựu chiến binh Việt Nam tặng Cờ thi đua "
                "cho Hội Cựu chiến binh huyện Tam Đảo; tặng Bằng khen cho 03 đơn vị.",
                [("co_thi_dua", "central", 1, "proposed"), ("bang_khen", "central", 3, "proposed")],
            ),
            (
                "Các thành viên đăng ký Cờ thi đua của Chính phủ cho Sở Xây dựng; Bằng khen của "
                "Chủ tịch UBND tỉnh cho Sở Nội vụ và Sở Công Thương.",
                [
                    ("co_thi_dua", "government", 1, "registered"),
                    ("bang_khen", "province", 2, "registered"),
                ],
            ),
        ]
    )


def test_a_plain_receive_keeps_the_proposal_of_the_series() -> None:
    """ "đề nghị A được nhận X; 02 đơn vị được nhận Y": both are proposed."""
    check(
        [
            (
                "Hội nghị đề nghị Kho bạc Nhà nước tỉnh được nhận Cờ thi đua của Chính phủ; 02 "
                "đơn vị được nhận Cờ thi đua của UBND tỉnh.",
                [
                    ("co_thi_dua", "government", 1, "proposed"),
                    ("co_thi_dua", "province", 2, "proposed"),
                ],
            ),
            (
                "Khối đã bình xét và đề nghị Sở Y tế nhận Bằng khen của Bộ Y tế; ba đơn vị "
                "nhận Giấy khen của Giám đốc Sở.",
                [("bang_khen", "ministry", 1, "proposed"), ("giay_khen", "other", 3, "proposed")],
            ),
        ]
    )


def test_a_breakdown_lists_its_parts_only() -> None:
    """ "3 Cờ thi đua gồm: 01 Cờ của UBND tỉnh, 02 Cờ của Trung ương Hội" gives the parts."""
    check(
        [
            (
                "Khối các hội đề nghị 3 Cờ thi đua gồm: 01 Cờ của UBND tỉnh, 02 Cờ của Trung "
                "ương Hội.",
                [
                    ("co_thi_dua", "province", 1, "proposed"),
                    ("co_thi_dua", "central", 2, "proposed"),
                ],
            ),
            (
                "Cụm đăng ký 4 Bằng khen, trong đó 01 Bằng khen của Thủ tướng Chính phủ và 03 "
                "Bằng khen của Chủ tịch UBND tỉnh.",
                [
                    ("bang_khen", "government", 1, "registered"),
                    ("bang_khen", "province", 3, "registered"),
                ],
            ),
            (
                "Khối đề nghị khen thưởng 5 đơn vị, trong đó Cờ thi đua cho 2, Bằng khen cho 3.",
                [("co_thi_dua", None, 2, "proposed"), ("bang_khen", None, 3, "proposed")],
            ),
            (
                "Hội nghị đề nghị tặng danh hiệu thi đua cho 6 đơn vị. Trong đó, Cờ thi đua của "
                "UBND tỉnh cho 2 đơn vị, Bằng khen của UBND tỉnh cho 4 đơn vị.",
                [
                    ("co_thi_dua", "province", 2, "proposed"),
                    ("bang_khen", "province", 4, "proposed"),
                ],
            ),
        ]
    )


def test_a_recipient_list_with_gom_is_not_a_breakdown() -> None:
    """ "cho 3 đơn vị gồm: A, B, C" names recipients; the group stays."""
    check(
        [
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho 3 đơn vị gồm: Sở Tài chính, Sở Y tế "
                "và Hội Luật gia tỉnh.",
                [("bang_khen", "province", 3, "proposed")],
            ),
            (
                "Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các đơn vị gồm: Sở Tài chính, "
                "Sở Y tế, Hội Luật gia tỉnh.",
                [("bang_khen", "province", 3, "proposed")],
            ),
        ]
    )


# --- kinds ------------------------------------------------------------------------------


def test_quoted_titles_medals_and_bare_flags() -> None:
    """Quoted titles, Kỷ niệm chương and a bare "cờ" with a verb or an issuer are groups."""
    check(
        [
            (
                'Khối đề nghị tặng Cờ "Đơn vị dẫn đầu phong trào thi đua" cho Sở Giao thông.',
                [("co_thi_dua", None, 1, "proposed")],
            ),
            (
                "Hội nghị suy tôn Công an huyện Mỹ Lâm đạt danh hiệu “Đơn vị Tiên tiến”.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Cụm bình xét 04 tập thể đề nghị công nhận danh hiệu “Tập thể lao động xuất sắc”.",
                [("danh_hieu", None, 4, "proposed")],
            ),
            (
                'Khối đề nghị tặng danh hiệu "Cờ thi đua" của Bộ Công an cho Công an huyện Vân '
                "Sơn.",
                [("co_thi_dua", "ministry", 1, "proposed")],
            ),
            (
                "Nhân dịp này, 12 cá nhân được tặng Kỷ niệm chương vì sự nghiệp giáo dục.",
                [("other", None, 12, "conferred")],
            ),
            (
                "Sở Văn hóa vinh dự đón nhận cờ của UBND tỉnh tại hội nghị.",
                [("co_thi_dua", "province", 1, "conferred")],
            ),
            (
                "Hội nghị đề nghị nhận cờ của Thủ tướng Chính phủ cho 01 đơn vị.",
                [("co_thi_dua", "government", 1, "proposed")],
            ),
            (
                "Đại diện Khối trưởng trao cờ cho Hội Nông dân tỉnh, đơn vị dẫn đầu năm 2023.",
                [("co_thi_dua", None, 1, "conferred")],
            ),
            (
                "Huân chương Lao động hạng Nhì được trao cho Công ty Điện lực Bình Sơn.",
                [("huan_chuong", None, 1, "conferred")],
            ),
        ]
    )


def test_a_flag_that_is_no_award_is_not_a_group() -> None:
    """The national flag, a flag ceremony or a chess game are not awards."""
    check(
        [
            ("Các đại biểu làm lễ chào cờ trước khi khai mạc hội nghị của khối.", []),
            ("Khối tổ chức giải cờ tướng cho cán bộ, đoàn viên các đơn vị.", []),
            ("Trụ sở các đơn vị trong khối đều treo cờ Tổ quốc trong dịp lễ.", []),
        ]
    )


# --- status -------------------------------------------------------------------------------


def test_status_words_before_or_after_and_in_any_case() -> None:
    """Status words are read anywhere in the clause, whatever their case."""
    check(
        [
            (
                "Cờ thi đua của UBND tỉnh được đề nghị tặng cho Sở Nội vụ.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Đề nghị UBND tỉnh tặng Cờ Thi đua cho Sở Tư pháp.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "ĐỀ NGHỊ Chủ tịch UBND tỉnh tặng BẰNG KHEN cho 02 tập thể.",
                [("bang_khen", "province", 2, "proposed")],
            ),
            (
                "Tặng Bằng khen của UBND tỉnh cho 05 cá nhân có thành tích.",
                [("bang_khen", "province", 5, "conferred")],
            ),
            (
                "Trao Cờ thi đua của Chính phủ cho Sở Tài chính.",
                [("co_thi_dua", "government", 1, "conferred")],
            ),
            (
                "Năm 2023, Sở Công Thương đăng ký Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 1, "registered")],
            ),
            (
                "Các thành viên suy tôn Sở Tài chính nhận Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Hội nghị bình xét 3 đơn vị nhận Bằng khen của UBND tỉnh.",
                [("bang_khen", "province", 3, "proposed")],
            ),
        ]
    )


def test_submitting_to_a_ministry_proposes() -> None:
    """ "trình Bộ ... tặng" proposes; "trình bày" does not."""
    check(
        [
            (
                "Hội nghị thống nhất trình Bộ Tư pháp tặng Cờ thi đua và Bằng khen cho các đơn vị.",
                [
                    ("co_thi_dua", "ministry", None, "proposed"),
                    ("bang_khen", "ministry", None, "proposed"),
                ],
            ),
            (
                "Cụm đã trình Tòa án nhân dân tối cao khen thưởng Cờ thi đua cho TAND tỉnh Hòa "
                "Lâm.",
                [("co_thi_dua", "ministry", 1, "proposed")],
            ),
            (
                "Đồng chí Lê Văn Tám trình bày báo cáo; Sở Nội vụ được tặng Bằng khen của UBND "
                "tỉnh.",
                [("bang_khen", "province", 1, "conferred")],
            ),
        ]
    )


def test_negation_and_withdrawal_are_not_groups() -> None:
    """ "xin rút không nhận cờ", "không đề nghị" state no group."""
    check(
        [
            ("Sở Tư pháp xin rút không nhận cờ thi đua để nhường cho đơn vị khác.", []),
            ("Năm nay, khối không đề nghị Cờ thi đua của Chính phủ.", []),
            ("Hội Luật gia tỉnh xin rút tên khỏi danh sách đề nghị tặng Bằng khen.", []),
            ("Khối chưa đề nghị tặng Cờ thi đua cho đơn vị nào.", []),
        ]
    )


# --- issuers ------------------------------------------------------------------------------


def test_issuer_with_or_without_cua() -> None:
    """The issuer after the award, with or without "của"; a city's committee is the province."""
    check(
        [
            (
                "Khối đề nghị Cờ thi đua UBND tỉnh cho Sở Y tế.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Kho bạc tỉnh được tặng Bằng khen Bộ trưởng Bộ Tài chính.",
                [("bang_khen", "ministry", 1, "conferred")],
            ),
            (
                "Đề nghị tặng Cờ của Chính phủ cho Cục Thuế tỉnh.",
                [("co_thi_dua", "government", 1, "proposed")],
            ),
            (
                "Khối đề nghị Cờ thi đua của UBND TP cho Sở Tư pháp.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Cụm đề nghị Cờ thi đua của UBND thành phố cho phường Tân Hòa.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Hai tập thể được tặng Giấy khen của UBND huyện Vĩnh Lạc.",
                [("giay_khen", "other", 2, "conferred")],
            ),
            (
                "Hội nghị đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 02 đơn vị.",
                [("bang_khen", "central", 2, "proposed")],
            ),
            (
                "Cụm đề nghị Cờ thi đua của Thanh tra Chính phủ cho Thanh tra tỉnh Hòa Lâm.",
                [("co_thi_dua", "ministry", 1, "proposed")],
            ),
        ]
    )


def test_several_issuers_give_several_groups() -> None:
    """Bodies named together before one verb each give a group."""
    check(
        [
            (
                "Khối đề nghị Thủ tướng Chính phủ, UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.",
                [
                    ("co_thi_dua", "government", 1, "proposed"),
                    ("co_thi_dua", "province", 1, "proposed"),
                ],
            ),
            (
                "Hội nghị đề nghị Chính phủ và UBND tỉnh tặng Cờ thi đua cho Cục Hải quan tỉnh.",
                [
                    ("co_thi_dua", "government", 1, "proposed"),
                    ("co_thi_dua", "province", 1, "proposed"),
                ],
            ),
            (
                "Nhân dịp này, UBND tỉnh tặng Bằng khen cho Sở Xây dựng.",
                [("bang_khen", "province", 1, "conferred")],
            ),
        ]
    )


def test_a_military_recipient_after_cho_is_no_issuer() -> None:
    """ "cho Bộ Chỉ huy ..." names a recipient; the issuer is the body before it."""
    check(
        [
            (
                "Khối đề nghị Cờ thi đua của UBND tỉnh cho Bộ Chỉ huy Quân sự tỉnh.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Khối đề nghị tặng Cờ thi đua cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an "
                "tỉnh.",
                [("co_thi_dua", None, 2, "proposed")],
            ),
            (
                "Hội nghị đề nghị Chính phủ tặng Cờ thi đua cho Bộ Chỉ huy Quân sự tỉnh.",
                [("co_thi_dua", "government", 1, "proposed")],
            ),
        ]
    )


# --- counts -------------------------------------------------------------------------------


def test_counts_in_digits_or_words_before_or_after() -> None:
    """ "02 đơn vị", "cho ba đơn vị", "hai tập thể", "5/7 đơn vị"."""
    check(
        [
            (
                "Khối có 02 đơn vị được đề nghị tặng Cờ thi đua.",
                [("co_thi_dua", None, 2, "proposed")],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho ba đơn vị.",
                [("bang_khen", "province", 3, "proposed")],
            ),
            (
                "Hai tập thể đăng ký Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 2, "registered")],
            ),
            (
                "Khối có 5/7 đơn vị đạt danh hiệu tiên tiến xuất sắc.",
                [("danh_hieu", None, 5, "conferred")],
            ),
            (
                "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 11 cá nhân.",
                [("bang_khen", "province", 11, "proposed")],
            ),
        ]
    )


def test_a_count_belongs_to_its_own_group() -> None:
    """A count in the next group is not this group's."""
    check(
        [
            (
                "Khối đề nghị Cờ thi đua của Chính phủ cho Sở Y tế, 04 đơn vị nhận Bằng khen của "
                "UBND tỉnh.",
                [
                    ("co_thi_dua", "government", 1, "proposed"),
                    ("bang_khen", "province", 4, "proposed"),
                ],
            ),
            (
                "Sở Tài chính được tặng Cờ thi đua của UBND tỉnh, 3 đơn vị được tặng Bằng khen.",
                [("co_thi_dua", "province", 1, "conferred"), ("bang_khen", None, 3, "conferred")],
            ),
            (
                "01 đơn vị đăng ký Cờ thi đua của Chính phủ và 7 đơn vị đăng ký Bằng khen.",
                [
                    ("co_thi_dua", "government", 1, "registered"),
                    ("bang_khen", None, 7, "registered"),
                ],
            ),
        ]
    )


def test_units_and_people_counted_together() -> None:
    """ "2 tập thể và 4 cá nhân" is one group of 6 (ANNOTATION.md)."""
    check(
        [
            (
                "UBND tỉnh tặng Bằng khen cho 2 tập thể và 4 cá nhân.",
                [("bang_khen", "province", 6, "conferred")],
            ),
            (
                "3 tập thể, 5 cá nhân được Ban Chỉ huy Quân sự huyện tặng giấy khen.",
                [("giay_khen", "other", 8, "conferred")],
            ),
            (
                "Có 1 tập thể và 2 cá nhân được đề nghị tặng Bằng khen của Bộ Công an.",
                [("bang_khen", "ministry", 3, "proposed")],
            ),
        ]
    )


def test_named_recipients_give_the_count() -> None:
    """Without a number, the named recipients are counted; long names with commas are one."""
    check(
        [
            (
                "Khối đề nghị Bằng khen của UBND tỉnh cho Sở Văn hóa, Thể thao và Du lịch.",
                [("bang_khen", "province", 1, "proposed")],
            ),
            (
                "Đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Lao động - Thương binh và Xã hội, Sở "
                "Giáo dục và Đào tạo.",
                [("co_thi_dua", "province", 2, "proposed")],
            ),
            (
                "Công an tỉnh Hòa Lâm, Vân Sơn, Mỹ Lâm được tặng Cờ thi đua của Bộ Công an.",
                [("co_thi_dua", "ministry", 3, "conferred")],
            ),
            (
                "Cụm thi đua các tỉnh: Hòa Lâm và Vân Sơn được đề nghị tặng cờ thi đua.",
                [("co_thi_dua", None, 2, "proposed")],
            ),
            (
                "Hội nghị đề nghị tặng Bằng khen cho Hội Nông dân tỉnh; Hội Cựu chiến binh tỉnh; "
                "Tỉnh đoàn.",
                [("bang_khen", None, 3, "proposed")],
            ),
        ]
    )


def test_split_recipients_keeps_long_names_whole() -> None:
    """The list parser: ";" groups, "," items, "và" before a new name, offsets kept."""
    text = "cho Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ và Hội Luật gia tỉnh."
    names = split_recipients(text, 4, len(text) - 1)
    assert [n for n, _ in names] == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ",
        "Hội Luật gia tỉnh",
    ]
    for name, (a, b) in names:
        assert text[a:b] == name
    assert split_recipients("cho các đơn vị có thành tích", 4, 28) == []


def test_a_list_cut_by_the_end_of_an_excerpt_gives_no_count() -> None:
    """A recipient list that runs into a cut-off text does not tell how many."""
    assert groups("Đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tài chính, Sở Y") == [
        ("co_thi_dua", "province", None, "proposed")
    ]


# --- one statement, one group ---------------------------------------------------------------


def test_a_leading_unit_vote() -> None:
    """ "suy tôn X (là) đơn vị dẫn đầu" is a proposed title; leading to a flag it is the flag."""
    check(
        [
            (
                "Hội nghị suy tôn Sở Nội vụ là đơn vị dẫn đầu khối năm 2023.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Các thành viên bầu chọn Trường Cao đẳng Vân Sơn là đơn vị xuất sắc nhất.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Cụm bình chọn 02 đơn vị dẫn đầu để đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, "proposed")],
            ),
            (
                "Hội nghị suy tôn Công an huyện Mỹ Lâm là đơn vị dẫn đầu cụm, đề nghị Bộ Công an "
                "tặng Cờ thi đua.",
                [("co_thi_dua", "ministry", 1, "proposed")],
            ),
            (
                "Khối bình chọn Hội Nông dân tỉnh dẫn đầu khối, đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
        ]
    )


def test_the_voted_unit_named_after_the_vote() -> None:
    """ "suy tôn đơn vị dẫn đầu (của) Khối là X": X is counted, on the title or on the flag."""
    check(
        [
            (
                "Hội nghị đã bình bầu, suy tôn đơn vị dẫn đầu của Khối là Sở Tài chính.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Các thành viên suy tôn đơn vị dẫn đầu Khối thi đua năm 2023 là Sở Xây dựng.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Đơn vị được suy tôn dẫn đầu Cụm năm 2023 là huyện Vân Sơn.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Hội nghị suy tôn đơn vị dẫn đầu khối là Sở Nội vụ, Sở Tư pháp.",
                [("danh_hieu", None, 2, "proposed")],
            ),
            (
                "Hội nghị suy tôn đơn vị dẫn đầu Cụm là xã Tân Lập, đề nghị UBND tỉnh tặng Cờ thi "
                "đua.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Hội nghị suy tôn hai đơn vị dẫn đầu Khối là Sở Y tế và Sở Tư pháp để đề nghị "
                "UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, "proposed")],
            ),
            (
                "Các đơn vị bình chọn đơn vị đứng đầu Khối năm 2023 là Sở Công Thương.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            # a short description of the unit before "là"; the voted unit ends its clause
            (
                "Các đơn vị bình bầu, suy tôn đơn vị đứng đầu Cụm có số điểm cao là đơn vị xã "
                "Tân Lập đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Hội nghị suy tôn đơn vị dẫn đầu Cụm có tổng điểm cao nhất là huyện Vân Sơn.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Khối bình bầu suy tôn đơn vị xuất sắc tiêu biểu dẫn đầu của Khối là Phòng Nội "
                "vụ; Đơn vị xuất sắc – Văn phòng HĐND và UBND huyện.",
                [("danh_hieu", None, 1, "proposed")],
            ),
        ]
    )


def test_votes_for_first_place_and_plain_bau() -> None:
    """A vote for first place or a plain "bầu X là đơn vị dẫn đầu" is the voted title; a
    ranking, a vote for second place or an election of a leader is none."""
    check(
        [
            (
                "Căn cứ kết quả chấm điểm, các thành viên đã bầu Sở Tư pháp là đơn vị dẫn đầu "
                "khối thi đua năm 2023.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Hội nghị đã thống nhất bầu Hội Nông dân tỉnh là đơn vị xuất sắc dẫn đầu.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Hội nghị đã thống nhất suy tôn huyện Mỹ Lâm đứng thứ nhất cụm, thứ nhì huyện Vân "
                "Sơn.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Các thành viên bình chọn Trường Cao đẳng Vân Sơn xếp hạng nhất toàn khối.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            (
                "Các đơn vị đã bỏ phiếu kín suy tôn Sở Y tế đứng đầu Khối.",
                [("danh_hieu", None, 1, "proposed")],
            ),
            ("Sở Y tế xếp thứ nhất Khối với 98 điểm, Sở Tư pháp xếp thứ hai.", []),
            ("Kết quả chấm điểm, huyện Mỹ Lâm đứng thứ nhất cụm, huyện Vân Sơn đứng thứ hai.", []),
            ("Hội nghị suy tôn huyện Mỹ Lâm đứng thứ hai cụm.", []),
            ("Hội nghị bầu Sở Tư pháp là đơn vị Khối trưởng năm 2024.", []),
            (
                "Năm 2023, Sở A được giao làm Cụm trưởng, tiếp nhận nhiệm vụ từ Sở B – đơn vị "
                "đứng đầu Cụm năm 2022.",
                [],
            ),
            (
                "Hội nghị đã bầu Sở Tư pháp làm Khối trưởng năm 2024 và đề nghị UBND tỉnh tặng Cờ "
                "thi đua cho Sở Y tế.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
        ]
    )


def test_a_general_mention_then_details_counts_once() -> None:
    """ "bình xét các danh hiệu thi đua" followed by the groups is those groups only."""
    check(
        [
            (
                "Hội nghị bình xét các danh hiệu thi đua năm 2023. Khối đề nghị UBND tỉnh tặng "
                "Cờ thi đua cho Sở Tài chính.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Các đơn vị trong khối đã bình xét, suy tôn các danh hiệu thi đua năm 2023.",
                [("danh_hieu", None, None, "proposed")],
            ),
            (
                "Phó Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể. Nhân dịp này, 6 tập thể "
                "được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", 6, "conferred")],
            ),
        ]
    )


def test_the_same_group_in_two_sentences_counts_once() -> None:
    """A lead that repeats the body states one group; two groups in one sentence stay two."""
    assert groups(
        "Sở Nội vụ được đề nghị tặng Cờ thi đua của UBND tỉnh. Cụ thể, khối đề nghị UBND tỉnh "
        "tặng Cờ thi đua cho Sở Nội vụ."
    ) == [("co_thi_dua", "province", 1, "proposed")]
    assert groups(
        "Khối đề nghị Cờ thi đua của Bộ Công an cho Công an huyện Vân Sơn; Cờ thi đua của Bộ "
        "Công an cho Công an huyện Mỹ Lâm."
    ) == [("co_thi_dua", "ministry", 1, "proposed"), ("co_thi_dua", "ministry", 1, "proposed")]


def test_commendations_inside_members_are_not_the_blocs() -> None:
    """Members commending their own people, examples after "như", routines and plans."""
    check(
        [
            ("Trong năm, các đơn vị trong khối đã khen thưởng 120 tập thể, 340 cá nhân.", []),
            ("Các đơn vị thành viên đã tặng Giấy khen cho 85 cá nhân có thành tích.", []),
            (
                "Các đơn vị trong khối đã được tặng nhiều phần thưởng cao quý như Huân chương "
                "Lao động, Cờ thi đua, Bằng khen.",
                [],
            ),
            ("Hằng năm, khối bình xét đơn vị xuất sắc để đề nghị UBND tỉnh tặng Cờ thi đua.", []),
            ("Phấn đấu 100% đơn vị trong khối đạt danh hiệu tiên tiến xuất sắc.", []),
        ]
    )


def test_the_bloc_commends_and_proposals_to_commend() -> None:
    """ "đề nghị X khen thưởng Y" is a group; "công tác thi đua, khen thưởng" is none."""
    check(
        [
            (
                "Hội nghị đề nghị Hội Cựu chiến binh huyện khen thưởng Hội Cựu chiến binh xã Tân "
                "Lập vì thành tích xuất sắc.",
                [("other", "other", 1, "proposed")],
            ),
            (
                "Khối tổng kết công tác thi đua, khen thưởng năm 2023 và đề ra nhiệm vụ năm 2024.",
                [],
            ),
            ("Hội đồng Thi đua - Khen thưởng tỉnh dự và chỉ đạo hội nghị của khối.", []),
        ]
    )


def test_registering_a_proposal_registers() -> None:
    """ "đăng ký đề nghị ... tặng" is registered; a status said after the series holds for it."""
    check(
        [
            (
                "Các sở thống nhất đăng ký đề nghị Bộ trưởng Bộ Nội vụ tặng Bằng khen cho 4 sở.",
                [("bang_khen", "ministry", 4, "registered")],
            ),
            (
                "Khối đăng ký đề nghị Thủ tướng Chính phủ tặng Cờ thi đua cho Sở Công Thương.",
                [("co_thi_dua", "government", 1, "registered")],
            ),
            (
                "01 Cờ thi đua của UBND tỉnh và 04 Bằng khen của Chủ tịch UBND tỉnh là chỉ tiêu "
                "mà các đơn vị trong khối đăng ký.",
                [
                    ("co_thi_dua", "province", 1, "registered"),
                    ("bang_khen", "province", 4, "registered"),
                ],
            ),
        ]
    )


def test_a_list_under_a_status_line() -> None:
    """ "đề nghị khen thưởng như sau:" then one line per award carries the proposal."""
    body = (
        "Hội nghị thống nhất đề nghị khen thưởng như sau:\n"
        "- Cờ thi đua của UBND tỉnh: Sở Tư pháp.\n"
        "- Bằng khen của Chủ tịch UBND tỉnh: Sở Nội vụ, Sở Y tế."
    )
    assert groups(body) == [
        ("co_thi_dua", "province", 1, "proposed"),
        ("bang_khen", "province", 2, "proposed"),
    ]
    body = "Kết quả bình xét năm 2023 như sau:\nCờ thi đua của Chính phủ: 01 đơn vị."
    assert groups(body) == [("co_thi_dua", "government", 1, "proposed")]


def test_recipients_named_before_the_verb_in_other_wordings() -> None:
    """ "X được Khối suy tôn, đề nghị ...", "X là doanh nghiệp ..., được đề nghị ..."."""
    check(
        [
            (
                "Sở Tài chính và Cục Thuế tỉnh được Khối suy tôn, đề nghị UBND tỉnh tặng Cờ thi "
                "đua.",
                [("co_thi_dua", "province", 2, "proposed")],
            ),
            (
                "Trong đó, Vinatex Hòa Lâm là doanh nghiệp dẫn đầu về nộp ngân sách, được đề nghị "
                "tặng Bằng khen.",
                [("bang_khen", None, 1, "proposed")],
            ),
            (
                "Nhân dịp này, Công ty Điện lực Vân Sơn vinh dự đón nhận Bằng khen của Thủ tướng "
                "Chính phủ.",
                [("bang_khen", "government", 1, "conferred")],
            ),
            (
                'Tiêu biểu, Sở Tài chính đạt danh hiệu "Cờ thi đua" của UBND tỉnh, Cục Thuế tỉnh '
                'đạt danh hiệu "Cờ thi đua" của Bộ Tài chính và nhiều tập thể được Bộ Tài chính '
                "tặng các danh hiệu thi đua.",
                [
                    ("co_thi_dua", "province", 1, "conferred"),
                    ("co_thi_dua", "ministry", 1, "conferred"),
                    ("danh_hieu", "ministry", None, "conferred"),
                ],
            ),
        ]
    )


def test_more_issuer_wordings() -> None:
    """Heads of other bodies are other; a national bank's governor and medals keep theirs."""
    check(
        [
            (
                "Cụm đề nghị Giám đốc Công an tỉnh công nhận danh hiệu “Đơn vị Tiên tiến” cho "
                "ba đơn vị.",
                [("danh_hieu", "other", 3, "proposed")],
            ),
            (
                "Thống đốc Ngân hàng Nhà nước tặng Bằng khen cho 2 tập thể, 5 cá nhân.",
                [("bang_khen", "ministry", 7, "conferred")],
            ),
            (
                "Liên hiệp các Hội Văn học Nghệ thuật Việt Nam trao Kỷ niệm chương cho 9 văn nghệ "
                "sĩ trong cụm.",
                [("other", "central", 9, "conferred")],
            ),
            (
                "Chủ tịch UBND tỉnh đã ký quyết định tặng Bằng khen cho 4 tập thể thuộc khối.",
                [("bang_khen", "province", 4, "conferred")],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng 01 Cờ thi đua và 03 Bằng khen.",
                [
                    ("co_thi_dua", "province", 1, "proposed"),
                    ("bang_khen", "province", 3, "proposed"),
                ],
            ),
        ]
    )


def test_plans_background_and_general_mentions_are_not_groups() -> None:
    """Striving, future votes, past awards and awards named in general state no group."""
    check(
        [
            ("Các đơn vị trong khối phấn đấu đạt danh hiệu Tập thể lao động xuất sắc.", []),
            ("Đến cuối năm, Khối sẽ bình xét, suy tôn đơn vị dẫn đầu.", []),
            ("Cụm bình xét đơn vị dẫn đầu tại hội nghị dự kiến tổ chức vào tháng 12.", []),
            ("Sở Tài chính từng được tặng Huân chương Lao động hạng Nhất.", []),
            ("Nhiều năm liền, Sở Y tế được UBND tỉnh tặng Cờ thi đua.", []),
            ("Các đơn vị trong khối nhận được nhiều Bằng khen, Giấy khen của các cấp.", []),
        ]
    )


def test_the_bloc_itself_commends() -> None:
    """ "Cụm tổ chức khen thưởng ... cho N cá nhân" is a group; a plain work name is none."""
    check(
        [
            (
                "Trong năm, Cụm tổ chức khen thưởng đột xuất cho 15 cá nhân.",
                [("other", None, 15, "conferred")],
            ),
            (
                "Khối đã khen thưởng cho 6 tập thể có thành tích xuất sắc.",
                [("other", None, 6, "conferred")],
            ),
            ("Khối làm tốt công tác khen thưởng trong năm 2023.", []),
        ]
    )


def test_an_award_outside_the_blocs_context_is_not_the_blocs() -> None:
    """A member's own award on its own page; the bloc's proposal in the bloc's paragraph."""
    title = "Sở Xây dựng đón nhận Cờ thi đua của Bộ Xây dựng"
    body = (
        "Sáng 6/3/2024, Sở Xây dựng tổ chức hội nghị triển khai nhiệm vụ và đón nhận Cờ thi đua "
        "của Bộ Xây dựng. Lãnh đạo UBND tỉnh dự hội nghị.\n\n"
        "Năm qua, ngành xây dựng thẩm định 120 hồ sơ dự án và cấp 450 giấy phép xây dựng cho "
        "các tổ chức, cá nhân trên địa bàn.\n\n"
        "Năm 2023, Sở là Trưởng Khối thi đua các sở kinh tế. Tại hội nghị tổng kết của Khối, Sở "
        "Xây dựng được suy tôn dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua."
    )
    assert groups(body, title) == [("co_thi_dua", "province", 1, "proposed")]
    other = "Giám đốc Sở Y tế nhận Bằng khen của Bộ Y tế"
    assert groups("Sáng 2/4, Sở Y tế đón nhận Bằng khen của Bộ trưởng Bộ Y tế.", other) == []
    assert groups("Sáng 2/4, Sở Y tế đón nhận Bằng khen của Bộ trưởng Bộ Y tế.") == [
        ("bang_khen", "ministry", 1, "conferred")
    ]  # the same sentence under a bloc's headline is the bloc's


# --- typed rules and evidence ----------------------------------------------------------------


def test_rule_names_travel_with_each_group() -> None:
    """Each group names its kind, issuer and status rules; its span covers the award."""
    (award,) = read("Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.")
    assert award.rule == "kind:flag;issuer:province_committee;status:propose"
    assert award.recipients == ["Sở Nội vụ"]
    text = normalize(f"{TITLE}\n\nKhối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.").text
    assert text[award.span[0] : award.span[1]] == "Cờ thi đua"
    a, b = award.recipient_spans[0]
    assert text[a:b] == "Sở Nội vụ"


def test_rules_compile_once_into_one_typed_object() -> None:
    """awards.yaml compiles to one frozen object with named entries and the report labels."""
    r = award_rules()
    assert r is award_rules()
    assert all(k.name for k in r.kinds) and all(i.name for i in r.issuers)
    assert r.labels["co_thi_dua"] == "Cờ thi đua"
    with pytest.raises(AttributeError):
        r.labels = {}  # type: ignore[misc]


@pytest.fixture
def broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A rules folder whose awards.yaml has a broken kind regex."""
    src = Path(rules.DEFAULT_RULES_DIR)
    for f in src.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    for f in (src / "schemas").glob("*"):
        (tmp_path / "schemas" / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    yaml_text = (tmp_path / "awards.yaml").read_text(encoding="utf-8")
    (tmp_path / "awards.yaml").write_text(
        yaml_text.replace('regex: "bằng khen"', 'regex: "bằng (khen"'), encoding="utf-8"
    )
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    award_rules.cache_clear()
    yield tmp_path
    rules.load.cache_clear()
    award_rules.cache_clear()


def test_a_broken_regex_names_the_file_and_rule(broken_rules: Path) -> None:
    """A broken pattern raises RuleError naming rules/awards.yaml and the entry."""
    with pytest.raises(RuleError, match=r"rules/awards\.yaml.*'merit'"):
        awards_mod.award_rules()
