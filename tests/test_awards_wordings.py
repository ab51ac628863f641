"""Award wordings nobody tuned for (issue 8, behaviour 7): paraphrase sets of our own.

Each behaviour is shown over several wordings written for these tests, with invented names;
a group is compared as (award, issuer, count, status), the tuple the scorer compares.
"""

from __future__ import annotations

import pytest
from test_awards import Group, check, groups, read
from test_blocs import facts

P, C, R = "proposed", "conferred", "registered"


def test_ministry_names_with_dashes_commas_and_va() -> None:
    """A ministry whose name holds " - ", "," or "và" is one issuer, before or after the award."""
    check(
        [
            (
                "Cụm đề nghị Bộ trưởng Bộ Lao động - Thương binh và Xã hội tặng Cờ thi đua "
                "cho Sở Lao động - Thương binh và Xã hội tỉnh Hòa An.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Cũng tại hội nghị, Bộ Văn hóa, Thể thao và Du lịch đã tặng Bằng khen cho 02 "
                "đơn vị.",
                [("bang_khen", "ministry", 2, C)],
            ),
            (
                "Sở Lao động - Thương binh và Xã hội tỉnh Bình Lâm đón nhận Cờ thi đua của Bộ "
                "Lao động - Thương binh và Xã hội năm 2019.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
            (
                "Khối đề nghị Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen "
                "cho 3 tập thể.",
                [("bang_khen", "ministry", 3, P)],
            ),
        ]
    )


def test_a_head_title_before_the_issuing_body() -> None:
    """ "Tổng Giám đốc X", "Đại diện lãnh đạo X", "Giám đốc Sở Y": the body decides the class."""
    check(
        [
            (
                "Tổng Giám đốc Bảo hiểm xã hội Việt Nam tặng Bằng khen cho 2 tập thể.",
                [("bang_khen", "ministry", 2, C)],
            ),
            (
                "Bằng khen của Tổng Giám đốc BHXH Việt Nam được trao cho 4 tập thể.",
                [("bang_khen", "ministry", 4, C)],
            ),
            (
                "Đại diện lãnh đạo UBND tỉnh đã trao Cờ thi đua cho Sở Y tế và Bằng khen cho Sở "
                "Tài chính, Sở Nội vụ.",
                [("co_thi_dua", "province", 1, C), ("bang_khen", "province", 2, C)],
            ),
            (
                "Giám đốc Sở Lao động - Thương binh và Xã hội tặng Giấy khen cho bốn tập thể.",
                [("giay_khen", "other", 4, C)],
            ),
            (
                "Hội nghị đã đề nghị Giám đốc Sở Nội vụ tặng Giấy khen cho 03 cá nhân.",
                [("giay_khen", "other", 3, P)],
            ),
        ]
    )


def test_words_between_issuer_and_verb_and_the_state() -> None:
    """ "UBND tỉnh vừa ban hành quyết định tặng", "Đảng, Nhà nước trao tặng"."""
    check(
        [
            (
                "UBND tỉnh vừa ban hành quyết định tặng Cờ thi đua cho 02 đơn vị thuộc Khối.",
                [("co_thi_dua", "province", 2, C)],
            ),
            (
                "Chủ tịch UBND tỉnh mới ký quyết định tặng Bằng khen cho 5 tập thể.",
                [("bang_khen", "province", 5, C)],
            ),
            (
                "Sở Y tế vinh dự được Đảng, Nhà nước trao tặng Huân chương Lao động hạng Nhất.",
                [("huan_chuong", "government", 1, C)],
            ),
            (
                "Trường Cao đẳng Hòa Lạc được Nhà nước tặng Huân chương Lao động hạng Ba.",
                [("huan_chuong", "government", 1, C)],
            ),
        ]
    )


def test_issuer_after_do_later_in_the_clause() -> None:
    """ "Cờ ... do UBND tỉnh trao tặng": the issuer follows the award after "do"."""
    check(
        [
            (
                "Tại hội nghị, Sở Nội vụ được vinh danh nhận Cờ thi đua dẫn đầu Khối năm 2022 "
                "do UBND tỉnh trao tặng.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Sở Tư pháp đón nhận Cờ thi đua xuất sắc năm 2021 do Thủ tướng Chính phủ tặng.",
                [("co_thi_dua", "government", 1, C)],
            ),
            (
                "Hội Nông dân tỉnh nhận Bằng khen vì thành tích năm 2020 do Trung ương Hội Nông "
                "dân Việt Nam trao.",
                [("bang_khen", "central", 1, C)],
            ),
        ]
    )


def test_covenant_targets_counted_in_units_are_registrations() -> None:
    """ "phấn đấu có N đơn vị được ... tặng" registers; a percentage target states no group."""
    check(
        [
            (
                "Khối phấn đấu có 01 đơn vị được UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, R)],
            ),
            (
                "Phấn đấu năm 2024 có hai đơn vị được đề nghị Chính phủ tặng Cờ thi đua.",
                [("co_thi_dua", "government", 2, R)],
            ),
            (
                "Các đơn vị phấn đấu để có 03 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", 3, R)],
            ),
            (
                "Phấn đấu trong năm có ít nhất 90% cán bộ được công nhận danh hiệu lao động "
                "tiên tiến.",
                [],
            ),
        ]
    )


def test_registering_a_proposal_at_a_distance() -> None:
    """ "đăng ký ... đề nghị" is a registration even with words between."""
    check(
        [
            (
                "Năm 2024 có 01 đơn vị đăng ký đề nghị Chính phủ tặng Cờ thi đua.",
                [("co_thi_dua", "government", 1, R)],
            ),
            (
                "Sở Tài nguyên và Môi trường đăng ký thi đua đề nghị Bộ trưởng Bộ Tài nguyên và "
                "Môi trường tặng Bằng khen.",
                [("bang_khen", "ministry", 1, R)],
            ),
            (
                "Theo giao ước, Sở Y tế đăng ký phấn đấu được đề nghị Chính phủ tặng Cờ thi đua.",
                [("co_thi_dua", "government", 1, R)],
            ),
            (
                "Các sở còn lại đăng ký thi đua và đề nghị Chủ tịch UBND tỉnh tặng Bằng khen "
                "cho 04 đơn vị.",
                [("bang_khen", "province", 4, R)],
            ),
        ]
    )


def test_vote_and_win_words() -> None:
    """ "kiến nghị", "bỏ phiếu", "lựa chọn" propose; "giành", "vinh danh" confer."""
    check(
        [
            (
                "Hội nghị kiến nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Các đại biểu đã bỏ phiếu kín, thống nhất chọn Sở Tư pháp dẫn đầu Khối, đề nghị "
                "UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Khối lựa chọn Hội Luật gia tỉnh là đơn vị dẫn đầu, đề nghị Trung ương Hội tặng "
                "Cờ thi đua.",
                [("co_thi_dua", "central", 1, P)],
            ),
            (
                "Năm 2023, Sở Công Thương giành Cờ thi đua của Chính phủ.",
                [("co_thi_dua", "government", 1, C)],
            ),
            (
                "Sở Xây dựng giành được Bằng khen của Chủ tịch UBND tỉnh.",
                [("bang_khen", "province", 1, C)],
            ),
        ]
    )


def test_several_units_chosen_before_a_proposal() -> None:
    """ "bình chọn A và B đề nghị ... tặng Cờ": the chosen units are counted."""
    check(
        [
            (
                "Các đơn vị đã bình chọn Hội Luật gia tỉnh và Hội Nhà báo tỉnh đề nghị UBND "
                "tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Khối suy tôn Sở Y tế, Sở Tài chính để đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Hội nghị bầu chọn Công an tỉnh Hòa Sơn, đề xuất Bộ Công an tặng Cờ thi đua.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
        ]
    )


def test_list_lines_under_a_status_heading() -> None:
    """Lines of a list after "bình xét ... như sau:" take its status, whatever heads them."""
    body = (
        "Kết quả bình xét khen thưởng năm 2023 như sau:\n"
        "- Cờ thi đua của UBND tỉnh: Viện Kiểm sát nhân dân tỉnh.\n"
        "- Bằng khen của Chủ tịch UBND tỉnh: Tòa án nhân dân tỉnh, Thanh tra tỉnh.\n"
        "- Danh hiệu Tập thể lao động xuất sắc: 05 đơn vị."
    )
    want: list[Group] = [
        ("co_thi_dua", "province", 1, P),
        ("bang_khen", "province", 2, P),
        ("danh_hieu", None, 5, P),
    ]
    assert groups(body) == want
    body = (
        "Khối thống nhất đề nghị khen thưởng như sau:\n"
        "+ Danh hiệu Chiến sĩ thi đua cấp tỉnh: 02 cá nhân.\n"
        "+ Cờ thi đua của UBND tỉnh: Sở Nội vụ."
    )
    assert groups(body) == [("danh_hieu", None, 2, P), ("co_thi_dua", "province", 1, P)]
    # numbered and lettered lines
    for marks in (("1.", "2.", "3."), ("a)", "b)", "c)"), ("1)", "2)", "3)")):
        body = (
            "Về khen thưởng năm 2022, các huyện trong Cụm thống nhất đề nghị:\n"
            f"{marks[0]} Cờ thi đua của Chính phủ: huyện Hòa Lạc.\n"
            f"{marks[1]} Cờ thi đua của UBND tỉnh: huyện Gia An, huyện Nho Lâm.\n"
            f"{marks[2]} Bằng khen của Chủ tịch UBND tỉnh: 04 tập thể."
        )
        assert groups(body) == [
            ("co_thi_dua", "government", 1, P),
            ("co_thi_dua", "province", 2, P),
            ("bang_khen", "province", 4, P),
        ], marks


def test_a_headline_restated_with_its_issuer_is_one_group() -> None:
    """The headline leaves the issuer unsaid; the body names it: one group."""
    cases = [
        (
            "Trao Cờ thi đua cho Liên đoàn Lao động tỉnh",
            "Ngày 10/1, Khối thi đua các đoàn thể tổng kết năm. Cờ thi đua của UBND tỉnh được "
            "trao cho Liên đoàn Lao động tỉnh, đơn vị dẫn đầu Khối năm 2023.",
        ),
        (
            "Khối thi đua các hội: 3 đơn vị được đề nghị tặng Cờ thi đua",
            "Khối thi đua các hội đề nghị Cờ thi đua của UBND tỉnh cho 03 đơn vị.",
        ),
        (
            "Sở Tư pháp được đề nghị tặng Cờ thi đua",
            "Khối thi đua nội chính đề nghị Chính phủ tặng Cờ thi đua cho Sở Tư pháp.",
        ),
    ]
    for title, body in cases:
        found = read(body, title)
        assert len(found) == 1, (title, found)
        assert found[0].issuer is not None


def test_counts_in_parentheses_and_spelled_twice() -> None:
    """ "Cờ … của UBND tỉnh (02 đơn vị)", "01 (một) đơn vị", "cho 03 đơn vị gồm A, B, C"."""
    check(
        [
            (
                "Hội nghị đề nghị Cờ thi đua của UBND tỉnh (02 đơn vị: Sở Hòa, Sở Lạc) và Bằng "
                "khen của Chủ tịch UBND tỉnh (05 đơn vị).",
                [("co_thi_dua", "province", 2, P), ("bang_khen", "province", 5, P)],
            ),
            (
                "Khối đề nghị tặng Bằng khen của UBND tỉnh năm 2023 (03 tập thể).",
                [("bang_khen", "province", 3, P)],
            ),
            (
                "Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho 01 (một) đơn vị.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Khối đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 đơn vị gồm Ban Dân vận "
                "Tỉnh ủy, Tỉnh đoàn và Hội Cựu chiến binh tỉnh.",
                [("bang_khen", "province", 3, P)],
            ),
        ]
    )
    # a parenthesis further on, after other words, counts something else
    assert groups(
        "Hội nghị suy tôn xã Thanh Sơn đạt danh hiệu “Lá cờ đầu”, 09 đơn vị hoàn thành tốt "
        "nhiệm vụ (03 đơn vị hoàn thành xuất sắc)."
    ) == [("danh_hieu", None, 1, P)]


def test_a_role_note_inside_a_recipient_list() -> None:
    """ "cho A (Trưởng khối) và B": the note neither ends the list nor joins a name."""
    for body, names in [
        (
            "Khối đề nghị tặng Cờ thi đua của UBND tỉnh cho Sở Y tế (Trưởng khối) và Sở Nội vụ.",
            ["Sở Y tế", "Sở Nội vụ"],
        ),
        (
            "Đề nghị UBND tỉnh tặng Bằng khen cho Sở Hòa (Khối phó), Sở Lạc, Sở Bình.",
            ["Sở Hòa", "Sở Lạc", "Sở Bình"],
        ),
        (
            "Khối thi đua các hội đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Hội Luật gia "
            "tỉnh (Trưởng khối năm 2023), Hội Nhà báo tỉnh.",
            ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh"],
        ),
    ]:
        (award,) = read(body)
        assert award.recipients == names, body
        assert award.count == len(names)
    # a note with nothing after it still ends the list
    (award,) = read("Đề nghị UBND tỉnh tặng Bằng khen cho Sở Hòa (đơn vị xếp thứ nhất).")
    assert award.recipients == ["Sở Hòa"]


def test_leading_unit_worded_otherwise() -> None:
    """ "là đơn vị xuất sắc dẫn đầu" is the same vote as "là đơn vị dẫn đầu"."""
    check(
        [
            (
                "Các đơn vị đã thống nhất bình chọn Sở Y tế là đơn vị xuất sắc dẫn đầu phong "
                "trào thi đua Khối năm 2023.",
                [("danh_hieu", None, 1, P)],
            ),
            (
                "Khối suy tôn Hội Nông dân tỉnh là đơn vị dẫn đầu Khối năm 2022.",
                [("danh_hieu", None, 1, P)],
            ),
            (
                "Hội nghị bầu chọn Công an huyện Hòa An là đơn vị xuất sắc dẫn đầu Cụm.",
                [("danh_hieu", None, 1, P)],
            ),
        ]
    )


def test_issuer_by_level_and_national_heads() -> None:
    """ "Cờ thi đua cấp tỉnh", "Bằng khen cấp Bộ"; heads of national bodies are their body."""
    check(
        [
            (
                "Khối đề nghị tặng Cờ thi đua cấp tỉnh cho Sở Y tế.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Khối đề nghị tặng Bằng khen cấp Bộ cho 2 đơn vị.",
                [("bang_khen", "ministry", 2, P)],
            ),
            (
                "Cụm đề nghị tặng Cờ thi đua cấp Trung ương cho Hội Nông dân tỉnh Hòa Sơn.",
                [("co_thi_dua", "central", 1, P)],
            ),
            (
                "Đề nghị Tổng Kiểm toán Nhà nước tặng Bằng khen cho 1 tập thể.",
                [("bang_khen", "ministry", 1, P)],
            ),
            (
                "Đề nghị Viện trưởng Viện Kiểm sát nhân dân tối cao tặng Cờ thi đua cho VKSND "
                "tỉnh Hòa Sơn.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Hội Chữ thập đỏ tỉnh được tặng Bằng khen của Trung ương Hội Chữ thập đỏ Việt Nam.",
                [("bang_khen", "central", 1, C)],
            ),
            # a title's level is part of its name, not an issuer
            (
                "Dịp này, 8/10 trường đạt danh hiệu tập thể lao động xuất sắc cấp tỉnh.",
                [("danh_hieu", None, 8, C)],
            ),
            (
                "Có 3 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.",
                [("danh_hieu", None, 3, C)],
            ),
        ]
    )


def test_registering_to_strive_for_an_award() -> None:
    """ "đăng ký phấn đấu đạt Cờ thi đua" registers a target; a bare "phấn đấu đạt" plans."""
    check(
        [
            (
                "Các huyện trong Cụm đăng ký phấn đấu đạt Cờ thi đua của UBND tỉnh (2 đơn vị).",
                [("co_thi_dua", "province", 2, R)],
            ),
            (
                "Sở Công Thương đăng ký thi đua phấn đấu đạt Bằng khen của Bộ Công Thương.",
                [("bang_khen", "ministry", 1, R)],
            ),
            (
                "Tại hội nghị, 03 đơn vị đăng ký phấn đấu giành Cờ thi đua của Chính phủ.",
                [("co_thi_dua", "government", 3, R)],
            ),
            ("Năm tới, Khối phấn đấu đạt Cờ thi đua của UBND tỉnh.", []),
        ]
    )


def test_issuer_inside_a_quoted_title_and_units_in_parentheses() -> None:
    """ "danh hiệu “Cờ thi đua của Chính phủ” (huyện A)": the issuer and the unit are read."""
    check(
        [
            (
                "Các đơn vị đăng ký danh hiệu “Cờ thi đua của Chính phủ” (huyện Mường La).",
                [("co_thi_dua", "government", 1, R)],
            ),
            (
                'Cụm đề nghị tặng danh hiệu "Cờ thi đua của UBND tỉnh" (Sở Y tế, Sở Xây dựng).',
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Khối suy tôn danh hiệu “Cờ thi đua của Bộ Công an” cho Công an tỉnh Hà Nam.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            # a note in parentheses names no recipient
            (
                "Sở Tư pháp được tặng Cờ thi đua của UBND tỉnh (lần thứ ba liên tiếp).",
                [("co_thi_dua", "province", 1, C)],
            ),
        ]
    )


def test_a_clause_told_of_an_earlier_year_is_background() -> None:
    """ "Năm 2021, X được tặng Cờ" at the meeting on 2023 is history; "tại hội nghị" is not."""
    check(
        [
            ("Năm 2021, Khối đã có 2 đơn vị được UBND tỉnh tặng Cờ thi đua.", []),
            (
                "Ông Lý Văn Tâm nhắc lại năm 2019 Cụm có một đơn vị được Thủ tướng Chính phủ "
                "tặng Bằng khen.",
                [],
            ),
            ("Trong năm 2020, Sở Xây dựng vinh dự được Bộ Xây dựng tặng Cờ thi đua.", []),
            # the reviewed year itself, or an award handed over at this meeting, stays
            (
                "Năm 2023, Khối có 2 đơn vị được UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, C)],
            ),
            (
                "Tại hội nghị, các đơn vị có thành tích năm 2022 được UBND tỉnh tặng Bằng khen "
                "(03 đơn vị).",
                [("bang_khen", "province", 3, C)],
            ),
        ]
    )


def test_a_tally_over_past_years_is_background() -> None:
    """ "Trong 5 năm qua, X đã hai lần được tặng Cờ": a record, not this meeting's group."""
    check(
        [
            ("Trong 5 năm qua, Công an huyện Bình Lục đã hai lần được tặng Cờ thi đua.", []),
            ("Ba năm liền, Sở Tư pháp được Bộ Tư pháp tặng Bằng khen.", []),
            ("Hội Nông dân tỉnh đã nhiều lần được Trung ương Hội tặng Cờ thi đua.", []),
            (
                "Trong năm qua, Sở Tư pháp được Bộ Tư pháp tặng Bằng khen.",
                [("bang_khen", "ministry", 1, C)],
            ),
        ]
    )


def test_an_orders_name_and_a_quoted_medal_title_before_the_issuer() -> None:
    """ "Huân chương Lao động hạng Ba của Chủ tịch nước", "Kỷ niệm chương “…” của Hội X"."""
    check(
        [
            (
                "Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Ba của Chủ tịch nước "
                "cho Hội Nông dân tỉnh.",
                [("huan_chuong", "government", 1, C)],
            ),
            (
                "Thay mặt lãnh đạo tỉnh, ông Trần Hữu Lộc trao Huân chương Bảo vệ Tổ quốc hạng "
                "Nhì của Chủ tịch nước cho Công an tỉnh.",
                [("huan_chuong", "government", 1, C)],
            ),
            (
                "Chủ tịch Hội Nhà báo tỉnh trao Kỷ niệm chương “Vì sự nghiệp Báo chí Việt Nam” "
                "của Hội Nhà báo Việt Nam cho 5 hội viên.",
                [("other", "central", 5, C)],
            ),
            (
                'Giám đốc Sở trao Kỷ niệm chương "Vì sự nghiệp Tư pháp" của Bộ Tư pháp cho 3 '
                "cá nhân.",
                [("other", "ministry", 3, C)],
            ),
        ]
    )


def test_a_series_opened_by_a_registration_registers_every_part() -> None:
    """ "đăng ký phấn đấu: A đạt Cờ; các đơn vị còn lại phấn đấu đạt Bằng khen": all registered."""
    check(
        [
            (
                "Các đơn vị đăng ký phấn đấu: 02 đơn vị đạt Cờ thi đua của UBND tỉnh; các đơn "
                "vị còn lại phấn đấu đạt Bằng khen của Chủ tịch UBND tỉnh.",
                [("co_thi_dua", "province", 2, R), ("bang_khen", "province", None, R)],
            ),
            (
                "Các sở đăng ký thi đua phấn đấu: Sở Y tế đạt Cờ thi đua của Chính phủ; 3 đơn vị "
                "phấn đấu đạt Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "government", 1, R), ("co_thi_dua", "province", 3, R)],
            ),
        ]
    )


def test_a_vote_for_the_unit_that_leads_the_bloc() -> None:
    """ "suy tôn X dẫn đầu khối" is a proposed title for X; a ranking with no vote is none."""
    check(
        [
            ("Khối suy tôn Công ty cổ phần May Hà Nam dẫn đầu khối.", [("danh_hieu", None, 1, P)]),
            (
                "Các thành viên bình chọn Sở Y tế dẫn đầu phong trào thi đua của Khối năm 2023.",
                [("danh_hieu", None, 1, P)],
            ),
            (
                "Hội nghị đã bỏ phiếu kín suy tôn Hội Nông dân tỉnh và Tỉnh đoàn dẫn đầu Khối "
                "thi đua năm 2023.",
                [("danh_hieu", None, 2, P)],
            ),
            # the vote that leads to a flag is the flag alone
            (
                "Khối suy tôn Sở Y tế dẫn đầu khối, đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
            # a ranking is no vote
            ("Sở Xây dựng đạt 98 điểm, dẫn đầu khối.", []),
            ("Năm 2023, Sở Tư pháp tiếp tục dẫn đầu Khối về cải cách hành chính.", []),
        ]
    )


def test_the_body_a_presenter_acts_for_issues_the_award() -> None:
    """ "Thay mặt X, ông A trao Cờ", "Được sự ủy quyền của Thủ tướng, ông B trao Bằng khen"."""
    check(
        [
            (
                "Thay mặt Ban Thường vụ Trung ương Hội Nông dân Việt Nam, bà Bùi Thị Thơm đã trao "
                "Cờ thi đua cho Hội Nông dân tỉnh Lâm Đồng.",
                [("co_thi_dua", "central", 1, C)],
            ),
            (
                "Thay mặt lãnh đạo Bộ Công an, Trung tướng Nguyễn Văn Bình trao Cờ thi đua cho "
                "Công an tỉnh Hà Nam.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
            (
                "Được sự ủy quyền của Thủ tướng Chính phủ, ông Trần Cao trao Bằng khen cho 2 tập "
                "thể.",
                [("bang_khen", "government", 2, C)],
            ),
            # the bloc itself names no issuer class
            (
                "Thay mặt Khối, ông Đỗ Dũng trao Giấy khen cho 3 tập thể.",
                [("giay_khen", None, 3, C)],
            ),
        ]
    )


def test_the_rotating_flag_is_no_award() -> None:
    """ "nhận cờ luân lưu", "trao Cờ thi đua luân lưu": the leader's flag handed on."""
    check(
        [
            ("Công an huyện Hạ Hòa nhận cờ luân lưu, làm Khối trưởng năm 2024.", []),
            ("Sở Y tế đã trao Cờ thi đua luân lưu cho Sở Xây dựng.", []),
            ("Hội Nông dân tỉnh bàn giao cờ luân lưu cho Tỉnh đoàn.", []),
            (
                "Sở Y tế được UBND tỉnh tặng Cờ thi đua năm 2023.",
                [("co_thi_dua", "province", 1, C)],
            ),
        ]
    )


def test_the_head_of_a_national_agency_issues_for_a_ministry() -> None:
    """ "Tổng Giám đốc KBNN" issues like a ministry; "KBNN Hà Giang" is a provincial branch."""
    check(
        [
            (
                "Cụm đề nghị Tổng Giám đốc KBNN tặng Bằng khen cho KBNN Hà Giang và KBNN Bắc Kạn.",
                [("bang_khen", "ministry", 2, P)],
            ),
            (
                "Tổng Giám đốc Kho bạc Nhà nước tặng Cờ thi đua cho KBNN Lạng Sơn.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
            (
                "Tổng Giám đốc BHXH Việt Nam tặng Bằng khen cho 2 tập thể.",
                [("bang_khen", "ministry", 2, C)],
            ),
        ]
    )


def test_ministry_level_bodies_and_the_bloc_as_issuer() -> None:
    """Ủy ban Dân tộc, Thanh tra Chính phủ issue as ministries; "của Cụm" names no issuer."""
    check(
        [
            (
                "Đề nghị tặng Cờ thi đua của Ủy ban Dân tộc cho Ban Dân tộc tỉnh Hà Giang.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Thanh tra tỉnh được Tổng Thanh tra Chính phủ tặng Bằng khen.",
                [("bang_khen", "ministry", 1, C)],
            ),
            (
                "Hội nghị suy tôn xã Đồng Khê đạt danh hiệu “Lá cờ đầu” của Cụm.",
                [("danh_hieu", None, 1, P)],
            ),
            (
                "Khối tặng Giấy khen của Khối cho 5 tập thể.",
                [("giay_khen", None, 5, C)],
            ),
        ]
    )


def test_a_headline_group_restated_with_fuller_names_is_one_group() -> None:
    """ "A và B được đề nghị tặng cờ" then "đề nghị tặng cờ cho Hội X hai tỉnh A và B"."""
    groups_ = groups(
        "Hội nghị thống nhất đề nghị tặng Cờ thi đua cho Hội Luật gia hai tỉnh Nghệ An và Hà "
        "Tĩnh là hai đơn vị dẫn đầu.",
        title="Cụm thi đua Hội Luật gia: Nghệ An và Hà Tĩnh được đề nghị tặng Cờ thi đua",
    )
    assert groups_ == [("co_thi_dua", None, 2, P)]


def test_the_unit_singled_out_before_its_proposal_and_forms_named_after_titles() -> None:
    """ "Nổi bật là X với ..., được đề nghị": X receives; "Biểu đăng ký danh hiệu" is a form."""
    check(
        [
            (
                "Nổi bật là Công ty Cao su Phước Long với tổng điểm 985/1000, vượt mọi chỉ tiêu, "
                "được đề nghị tặng cờ thi đua và bằng khen.",
                [("co_thi_dua", None, 1, P), ("bang_khen", None, 1, P)],
            ),
            (
                "Tiêu biểu là Sở Y tế, được đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Dẫn đầu là Hội Nông dân tỉnh với 98 điểm, được đề nghị tặng Bằng khen của "
                "Trung ương Hội.",
                [("bang_khen", "central", 1, P)],
            ),
            (
                "Hội nghị thông qua Quy chế hoạt động và Biểu đăng ký danh hiệu thi đua năm 2024 "
                "của Cụm.",
                [],
            ),
            ("Các đơn vị hoàn thiện Mẫu tổng hợp danh hiệu thi đua gửi Ban Thi đua tỉnh.", []),
        ]
    )


def test_targets_registered_earlier_do_not_make_a_registration() -> None:
    """ "hoàn thành các chỉ tiêu thi đua đã đăng ký; ... được khen thưởng bằng khen": conferred."""
    check(
        [
            (
                "Các cơ quan hoàn thành tốt các chỉ tiêu thi đua đã đăng ký; nhiều tập thể, cá "
                "nhân được khen thưởng bằng khen, giấy khen của cấp trên.",
                [("bang_khen", None, None, C), ("giay_khen", None, None, C)],
            ),
            (
                "Khối hoàn thành 100% chỉ tiêu đăng ký; Sở Y tế được UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Các đơn vị đăng ký thi đua: 02 đơn vị đạt Cờ thi đua của UBND tỉnh; 03 đơn vị "
                "được tặng Bằng khen của Chủ tịch UBND tỉnh.",
                [("co_thi_dua", "province", 2, R), ("bang_khen", "province", 3, R)],
            ),
        ]
    )


def test_a_second_predicate_has_its_own_status() -> None:
    """ "X được suy tôn là đơn vị dẫn đầu và được UBND tỉnh tặng Cờ": a vote, then a conferral."""
    check(
        [
            (
                "Trường CĐ Y tế Hà Nam được các thành viên suy tôn là đơn vị dẫn đầu khối và được "
                "UBND tỉnh tặng Cờ thi đua.",
                [("danh_hieu", None, 1, P), ("co_thi_dua", "province", 1, C)],
            ),
            (
                "Sở Y tế được bình chọn là đơn vị dẫn đầu, đồng thời vinh dự được Bộ Y tế tặng Cờ "
                "thi đua.",
                [("danh_hieu", None, 1, P), ("co_thi_dua", "ministry", 1, C)],
            ),
            # the vote that is the route to a proposed flag stays one group
            (
                "Khối suy tôn Sở Tư pháp là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
        ]
    )


def test_the_unit_voted_to_lead_then_conferred() -> None:
    """ "suy tôn X là đơn vị dẫn đầu ... và được UBND tặng cờ": X gets the flag too."""
    check(
        [
            (
                "Hội nghị thống nhất suy tôn Trường ĐH Cần Thơ là đơn vị dẫn đầu khối và được UBND "
                "thành phố tặng cờ thi đua.",
                [("danh_hieu", None, 1, P), ("co_thi_dua", "province", 1, C)],
            ),
            (
                "Các thành viên bình chọn Sở Y tế là đơn vị dẫn đầu và được UBND tỉnh tặng Cờ thi "
                "đua.",
                [("danh_hieu", None, 1, P), ("co_thi_dua", "province", 1, C)],
            ),
        ]
    )


def test_a_group_restated_with_an_abbreviated_recipient_is_one_group() -> None:
    """The same group told twice, its recipient once in full and once abbreviated."""
    check(
        [
            (
                "Cụm thống nhất đề nghị Trung ương Hội tặng Bằng khen cho Hội Văn học Nghệ thuật "
                "tỉnh Hòa An. Theo đó, Cụm đề nghị Trung ương Hội tặng Bằng khen cho Hội VHNT "
                "Hòa An.",
                [("bang_khen", "central", 1, P)],
            ),
            (
                "Khối bình chọn Kho bạc Nhà nước Bình Lâm dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi "
                "đua. Cờ thi đua của UBND tỉnh được đề nghị tặng cho KBNN Bình Lâm.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "UBND tỉnh tặng Bằng khen cho Trường THPT Lê Lợi. Trường Trung học phổ thông Lê "
                "Lợi đã được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", 1, C)],
            ),
        ]
    )


def test_the_bloc_as_subject_carries_over_a_series_of_commendations() -> None:
    """ "Cụm đã khen thưởng A, tặng B, khen thưởng C": each predicate is the bloc's group."""
    check(
        [
            (
                "Trong năm, Cụm đã khen thưởng thành tích đột xuất cho 8 cá nhân, tặng Kỷ niệm "
                "chương cho 40 cá nhân, khen thưởng tổng kết năm cho 12 tập thể và 150 cá nhân.",
                [("other", None, 8, C), ("other", None, 40, C), ("other", None, 162, C)],
            ),
            (
                "Năm 2023, Khối thi đua đã khen thưởng 5 tập thể có thành tích đột xuất, khen "
                "thưởng chuyên đề cho 21 cá nhân.",
                [("other", None, 5, C), ("other", None, 21, C)],
            ),
            (
                "Khối cũng tổ chức khen thưởng cho 9 tập thể, đồng thời khen thưởng 30 cá nhân "
                "có thành tích xuất sắc.",
                [("other", None, 9, C), ("other", None, 30, C)],
            ),
        ]
    )


def test_a_commendation_by_a_body_named_late_in_the_sentence_is_not_the_blocs() -> None:
    """A bloc named late in the sentence is no subject of a bare "khen thưởng"."""
    check(
        [
            (
                "Các đơn vị trong Khối đã thực hiện tốt công tác thi đua, khen thưởng 40 cá nhân.",
                [],
            ),
            (
                "Sau hội nghị tổng kết năm 2023 của Cụm thi đua các huyện miền núi, các huyện đã "
                "khen thưởng 12 tập thể.",
                [],
            ),
        ]
    )


def test_a_proposal_clause_without_a_subject_continues_a_registration() -> None:
    """ "Khối đăng ký đề nghị X cho A; đề nghị Y cho 02 đơn vị": both groups are registered."""
    check(
        [
            (
                "Theo bản đăng ký, Khối đăng ký đề nghị Chính phủ tặng Cờ thi đua cho Sở Tư pháp; "
                "đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị dẫn đầu.",
                [("co_thi_dua", "government", 1, R), ("co_thi_dua", "province", 2, R)],
            ),
            (
                "Cụm đăng ký đề nghị Bộ Công an tặng Cờ thi đua cho Công an tỉnh Hòa An, đồng "
                "thời đề nghị UBND tỉnh tặng Bằng khen cho 03 đơn vị.",
                [("co_thi_dua", "ministry", 1, R), ("bang_khen", "province", 3, R)],
            ),
            (
                "Các đơn vị đăng ký đề xuất Thủ tướng Chính phủ tặng Cờ thi đua cho 01 đơn vị và "
                "đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho 04 đơn vị.",
                [("co_thi_dua", "government", 1, R), ("bang_khen", "province", 4, R)],
            ),
        ]
    )


def test_a_proposal_with_its_own_subject_after_a_registration_stays_proposed() -> None:
    """A new subject before the second proposal ends the registration's reach."""
    check(
        [
            (
                "Khối đăng ký đề nghị Chính phủ tặng Cờ thi đua cho Sở Tư pháp; hội nghị thống "
                "nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị dẫn đầu năm 2023.",
                [("co_thi_dua", "government", 1, R), ("co_thi_dua", "province", 2, P)],
            ),
        ]
    )


def test_connectives_and_a_second_predicate_are_no_part_of_a_recipient() -> None:
    """ "theo đó A và B đăng ký", "cho A, đồng thời được ...": the names are A and B alone."""
    cases = [
        (
            "Hội nghị thông qua kế hoạch năm 2023; theo đó Công ty Xổ số Hòa An và Công ty Cấp "
            "nước Hòa An đăng ký Cờ thi đua của UBND tỉnh.",
            ["Công ty Xổ số Hòa An", "Công ty Cấp nước Hòa An"],
        ),
        (
            "Khối thống nhất đề nghị UBND tỉnh tặng Bằng khen cho Sở Tư pháp, đồng thời giới "
            "thiệu đơn vị làm Khối phó năm 2024.",
            ["Sở Tư pháp"],
        ),
        (
            "Trong đó, Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh được đề nghị tặng Cờ thi đua "
            "của UBND tỉnh.",
            ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"],
        ),
    ]
    for body, names in cases:
        assert [a.recipients for a in read(body)] == [names], body


def test_this_unit_refers_to_the_unit_the_clause_before_opened_with() -> None:
    """ "Nổi bật là X với …; doanh nghiệp này được đề nghị tặng Cờ": X is the recipient."""
    cases = [
        (
            "Nổi bật là Công ty CP Thủy sản Hòa An Đạt với 980 điểm, doanh thu tăng 12%; doanh "
            "nghiệp này được các thành viên nhất trí đề nghị tặng Cờ thi đua.",
            ["Công ty CP Thủy sản Hòa An Đạt"],
        ),
        (
            "Trong đó, Sở Tư pháp là đơn vị dẫn đầu với nhiều kết quả nổi bật. Đơn vị này được "
            "Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua.",
            ["Sở Tư pháp"],
        ),
        (
            "Tiêu biểu là Hội Nông dân tỉnh, có 12 mô hình mới; hội này được đề nghị Trung ương "
            "Hội tặng Bằng khen.",
            ["Hội Nông dân tỉnh"],
        ),
    ]
    for body, names in cases:
        found = read(body)
        assert [a.recipients for a in found] == [names], body
        assert [a.count for a in found] == [1], body


def test_this_unit_without_a_named_unit_before_names_no_one() -> None:
    """With no unit named before, "đơn vị này" gives no recipient and no count."""
    found = read(
        "Hội nghị đánh giá cao kết quả năm 2023; đơn vị này được đề nghị tặng Cờ thi đua của "
        "UBND tỉnh."
    )
    assert [(a.recipients, a.count) for a in found] == [([], None)]


def test_a_paragraph_over_past_years_tells_history_not_this_meetings_awards() -> None:
    """ "Những năm qua, Khối …. Nhiều tập thể đã được tặng Cờ": the bloc's history."""
    check(
        [
            (
                "Những năm qua, Khối luôn quan tâm công tác thi đua, khen thưởng. Nhiều tập thể, "
                "cá nhân trong Khối đã được Thủ tướng Chính phủ, UBND tỉnh tặng Bằng khen, Cờ thi "
                "đua.",
                [],
            ),
            (
                "Trong 5 năm qua, các đơn vị trong Cụm đều hoàn thành tốt nhiệm vụ; Sở Tư pháp "
                "được Bộ Tư pháp tặng Cờ thi đua, 3 đơn vị được UBND tỉnh tặng Bằng khen.",
                [],
            ),
            (
                "Qua các năm qua, phong trào thi đua của Khối có nhiều chuyển biến. Hội Nông dân "
                "tỉnh hai lần được Trung ương Hội tặng Cờ thi đua.",
                [],
            ),
        ]
    )


def test_the_reviewed_year_or_this_meeting_keeps_its_awards() -> None:
    """ "Năm qua" is the year reviewed; "tại hội nghị" in the sentence says it is this meeting's."""
    check(
        [
            (
                "Năm qua, các đơn vị trong Khối hoàn thành tốt nhiệm vụ; Khối đề nghị UBND tỉnh "
                "tặng Cờ thi đua cho 2 đơn vị.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Những năm qua, Cụm luôn đoàn kết. Tại hội nghị, UBND tỉnh trao Bằng khen cho 3 "
                "đơn vị.",
                [("bang_khen", "province", 3, C)],
            ),
        ]
    )


def test_a_unit_named_with_lower_case_words_before_la_receives() -> None:
    """ "Trong đó, Công ty CP Cấp thoát nước X là đơn vị dẫn đầu …, được đề nghị tặng Cờ"."""
    cases = [
        (
            "Trong đó, Công ty CP Cấp thoát nước Hòa An là đơn vị dẫn đầu với 985 điểm, được Cụm "
            "thống nhất đề nghị UBND tỉnh tặng Cờ thi đua.",
            ["Công ty CP Cấp thoát nước Hòa An"],
        ),
        (
            "Sở Tài nguyên và Môi trường là đơn vị xuất sắc nhất Khối năm 2023, được Khối đề nghị "
            "Bộ Tài nguyên và Môi trường tặng Cờ thi đua.",
            ["Sở Tài nguyên và Môi trường"],
        ),
        (
            "Năm nay, Hội Cựu chiến binh tỉnh là đơn vị có nhiều mô hình hay, được các thành viên "
            "bình chọn đề nghị Trung ương Hội tặng Bằng khen.",
            ["Hội Cựu chiến binh tỉnh"],
        ),
    ]
    for body, names in cases:
        found = read(body)
        assert [(a.recipients, a.count) for a in found] == [(names, 1)], body


def test_ministries_named_by_their_abbreviation_issue_for_a_ministry() -> None:
    """ "Bộ trưởng Bộ NN&PTNT", "Bộ LĐ-TB&XH", "Bộ VH,TT&DL": one ministry issuer."""
    check(
        [
            (
                "Khối đề nghị Bộ trưởng Bộ NN&PTNT tặng Cờ thi đua cho Trung tâm Khuyến nông tỉnh "
                "Hòa An.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Cụm thống nhất đề nghị Bộ LĐ-TB&XH tặng Bằng khen cho 02 đơn vị.",
                [("bang_khen", "ministry", 2, P)],
            ),
            (
                "Sở Văn hóa tỉnh Bình Lâm đón nhận Cờ thi đua của Bộ VH,TT&DL năm 2022.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
        ]
    )


def test_central_bodies_written_short_or_of_the_party_issue_centrally() -> None:
    """ "BCH T.Ư Hội NDVN", "Ban Tuyên giáo Trung ương", "Đoàn Chủ tịch Hội đồng … Việt Nam"."""
    check(
        [
            (
                "Cụm suy tôn Hội Nông dân tỉnh Hòa An dẫn đầu, đề nghị BCH T.Ư Hội NDVN tặng Cờ "
                "thi đua.",
                [("co_thi_dua", "central", 1, P)],
            ),
            (
                "Cụm thống nhất đề nghị Ban Tuyên giáo Trung ương tặng Cờ thi đua cho Báo Bình "
                "Lâm.",
                [("co_thi_dua", "central", 1, P)],
            ),
            (
                "Khối đề nghị Đoàn Chủ tịch Hội đồng Liên hiệp các Hội Văn học nghệ thuật Việt Nam "
                "tặng Bằng khen cho Hội Văn học nghệ thuật tỉnh Hòa An.",
                [("bang_khen", "central", 1, P)],
            ),
        ]
    )


def test_the_national_command_of_an_arm_issues_for_the_ministry() -> None:
    """The Border Guard's command is ministry-level; a military region's command is not."""
    check(
        [
            (
                "Đồn Biên phòng Tân Lập được Bộ Tư lệnh Bộ đội Biên phòng tặng Bằng khen.",
                [("bang_khen", "ministry", 1, C)],
            ),
            (
                "Các đơn vị còn lại đăng ký Bằng khen của Bộ Tư lệnh BĐBP.",
                [("bang_khen", "ministry", None, R)],
            ),
            (
                "Ban CHQS huyện Tân Lập được Bộ Tư lệnh Quân khu 7 tặng Bằng khen.",
                [("bang_khen", "other", 1, C)],
            ),
        ]
    )


def test_the_awards_own_clause_decides_its_status_and_its_vote() -> None:
    """A vote word in an earlier ";"-clause neither proposes nor names the registering unit."""
    cases = [
        (
            "Các thành viên góp ý quy trình bình xét cuối năm; Công ty Lâm nghiệp Ea Hòa đăng ký "
            "phấn đấu đạt Cờ thi đua của UBND tỉnh năm 2024.",
            ("co_thi_dua", "province", 1, R),
            ["Công ty Lâm nghiệp Ea Hòa"],
        ),
        (
            "Hội nghị thống nhất tiêu chí bình xét cuối năm; Sở Y tế đăng ký Cờ thi đua của "
            "UBND tỉnh.",
            ("co_thi_dua", "province", 1, R),
            ["Sở Y tế"],
        ),
        (
            "Khối bàn cách suy tôn đơn vị xuất sắc; Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh "
            "đăng ký đề nghị Trung ương Hội tặng Cờ thi đua.",
            ("co_thi_dua", "central", 2, R),
            ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"],
        ),
    ]
    for body, group, names in cases:
        found = read(body)
        assert [(a.award, a.issuer, a.count, a.status) for a in found] == [group], body
        assert [a.recipients for a in found] == [names], body


def test_a_count_of_members_before_the_vote_is_not_the_awards() -> None:
    """ "Cụm gồm Cục THADS 6 tỉnh: …, suy tôn X dẫn đầu, đề nghị … tặng Cờ": one unit."""
    check(
        [
            (
                "Cụm thi đua số 4 gồm Cục Thi hành án dân sự 6 tỉnh: Hòa An, Bình Lâm, Tân Lập, "
                "Sơn Hà, Đông Hải và Lam Sơn tổ chức hội nghị, chấm điểm và suy tôn Cục Thi hành "
                "án dân sự tỉnh Hòa An là đơn vị dẫn đầu Cụm, đề nghị Bộ trưởng Bộ Tư pháp tặng "
                "Cờ thi đua.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Với 9 đơn vị thành viên, Khối bình chọn Sở Tư pháp dẫn đầu, đề nghị UBND tỉnh "
                "tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Hội nghị bình chọn 02 đơn vị dẫn đầu là Sở Y tế và Sở Tư pháp, đề nghị UBND tỉnh "
                "tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, P)],
            ),
        ]
    )


def test_a_vote_for_the_unit_leading_a_named_movement() -> None:
    """ "suy tôn X dẫn đầu phong trào thi đua Quyết thắng": the vote for the leading unit."""
    cases = [
        "Cụm đã bình xét và suy tôn Ban CHQS huyện Tân Lập dẫn đầu phong trào Thi đua Quyết "
        "thắng năm 2024.",
        "Các đơn vị bỏ phiếu suy tôn Công an huyện Sơn Hà dẫn đầu phong trào thi đua "
        "\u201cVì an ninh Tổ quốc\u201d năm 2023.",
        "Hội nghị bình chọn Trường Chính trị tỉnh dẫn đầu phong trào thi đua Dạy tốt, học tốt.",
    ]
    for body in cases:
        assert groups(body) == [("danh_hieu", None, 1, P)], body


def test_leading_a_movement_without_a_vote_is_a_ranking() -> None:
    """No vote: "X dẫn đầu phong trào thi đua ..." ranks, it states no group."""
    for body in (
        "Với 98 điểm, Ban CHQS huyện Tân Lập dẫn đầu phong trào Thi đua Quyết thắng năm 2024.",
        "Công an huyện Sơn Hà tiếp tục dẫn đầu phong trào thi đua Vì an ninh Tổ quốc.",
    ):
        assert groups(body) == [], body


def test_the_issuer_before_and_after_the_flag_governs_the_next_award() -> None:
    """ "đề nghị Thủ tướng tặng Cờ … của Chính phủ cho 02 đơn vị và tặng Bằng khen cho 03"."""
    check(
        [
            (
                "Khối thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 02 "
                "đơn vị dẫn đầu và tặng Bằng khen cho 03 đơn vị.",
                [("co_thi_dua", "government", 2, P), ("bang_khen", "government", 3, P)],
            ),
            (
                "Cụm đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh cho 01 đơn vị, tặng Bằng khen "
                "cho 04 đơn vị.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 4, P)],
            ),
            (
                "Khối đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ thi đua của Bộ Tư pháp cho Sở Tư pháp "
                "và tặng Bằng khen cho 02 tập thể.",
                [("co_thi_dua", "ministry", 1, P), ("bang_khen", "ministry", 2, P)],
            ),
        ]
    )


def test_an_issuer_named_for_the_next_award_is_its_own() -> None:
    """The second award names its own issuer: nothing is carried."""
    check(
        [
            (
                "Khối đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 01 đơn vị và "
                "đề nghị UBND tỉnh tặng Bằng khen cho 03 đơn vị.",
                [("co_thi_dua", "government", 1, P), ("bang_khen", "province", 3, P)],
            ),
        ]
    )


def test_a_heading_whose_groups_follow_its_colon_is_no_group() -> None:
    """ "đăng ký danh hiệu thi đua và hình thức khen thưởng năm 2023: A …; B …": the parts."""
    check(
        [
            (
                "Các đơn vị cũng đăng ký danh hiệu thi đua và hình thức khen thưởng năm 2023: Sở "
                "Tư pháp đăng ký đề nghị Thủ tướng Chính phủ tặng Cờ thi đua; Thanh tra tỉnh, Công "
                "an tỉnh đăng ký Cờ thi đua của UBND tỉnh; các đơn vị còn lại đăng ký danh hiệu "
                "Tập thể lao động xuất sắc.",
                [
                    ("co_thi_dua", "government", 1, R),
                    ("co_thi_dua", "province", 2, R),
                    ("danh_hieu", None, None, R),
                ],
            ),
            (
                "Hội nghị thông qua đăng ký các hình thức khen thưởng: Hội Nông dân tỉnh đăng ký "
                "Cờ thi đua của Trung ương Hội; Hội Cựu chiến binh tỉnh đăng ký Bằng khen của UBND "
                "tỉnh.",
                [("co_thi_dua", "central", 1, R), ("bang_khen", "province", 1, R)],
            ),
            (
                "Về danh hiệu thi đua năm 2024: Sở Y tế đăng ký Cờ thi đua của Bộ Y tế; Sở Giáo "
                "dục và Đào tạo đăng ký Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "ministry", 1, R), ("co_thi_dua", "province", 1, R)],
            ),
        ]
    )


def test_a_role_note_between_dashes_is_no_part_of_the_recipient() -> None:
    """ "X – đơn vị Cụm trưởng năm 2018 – đăng ký Cờ": the recipient is X."""
    cases = [
        (
            "Tại hội nghị, BĐBP Hòa An – đơn vị Cụm trưởng năm 2018 – đăng ký phấn đấu đạt Cờ thi "
            "đua của Bộ Quốc phòng.",
            ["BĐBP Hòa An"],
        ),
        (
            "Sở Tư pháp - Trưởng khối năm 2023 - được UBND tỉnh tặng Cờ thi đua.",
            ["Sở Tư pháp"],
        ),
        (
            "Hội Nông dân tỉnh – Khối phó – đăng ký Bằng khen của Trung ương Hội.",
            ["Hội Nông dân tỉnh"],
        ),
    ]
    for body, names in cases:
        assert [a.recipients for a in read(body)] == [names], body


def test_the_agent_of_a_proposal_between_duoc_and_its_verb() -> None:
    """ "X được khối đề nghị tặng", "X được các đơn vị nhất trí đề nghị": X is the recipient."""
    cases = [
        (
            "Với tổng điểm cao nhất, Hòa Phát Group được khối đề nghị tặng Bằng khen.",
            ["Hòa Phát Group"],
        ),
        (
            "Công ty Cổ phần Sông Lam được các đơn vị nhất trí đề nghị tặng Cờ thi đua của UBND "
            "tỉnh.",
            ["Công ty Cổ phần Sông Lam"],
        ),
        (
            "Năm 2023, Sở Xây dựng được Cụm thi đua thống nhất đề nghị UBND tỉnh tặng Cờ thi đua.",
            ["Sở Xây dựng"],
        ),
    ]
    for body, names in cases:
        found = read(body)
        assert [(a.recipients, a.count) for a in found] == [(names, 1)], body


def test_a_brand_opening_the_clause_with_its_results_receives() -> None:
    """ "Trong số đó, Thép Minh Đạt đạt …, được các đơn vị đề nghị tặng Cờ": a brand, no head."""
    cases = [
        (
            "Trong số đó, Thép Sông Hồng đạt tổng điểm cao nhất khối với 985 điểm, được các đơn vị "
            "nhất trí đề nghị tặng Cờ thi đua.",
            ["Thép Sông Hồng"],
        ),
        (
            "Năm nay, Gạch Ngọc Lâm dẫn đầu khối về doanh thu, được khối đề nghị tặng Bằng khen.",
            ["Gạch Ngọc Lâm"],
        ),
        (
            "Theo kết quả chấm điểm, Bia Hòa An xếp thứ nhất với 97 điểm, được các thành viên đề "
            "nghị tặng Cờ thi đua.",
            ["Bia Hòa An"],
        ),
    ]
    for body, names in cases:
        found = read(body)
        assert [(a.recipients, a.count) for a in found] == [(names, 1)], body


def test_the_members_counted_before_their_list_are_no_award_count() -> None:
    """ "Cụm … gồm Tòa án nhân dân 5 tỉnh: A, B, …, suy tôn đơn vị dẫn đầu để đề nghị …"."""
    check(
        [
            (
                "Cụm thi đua số 2 gồm Tòa án nhân dân 5 tỉnh: Hòa An, Bình Lâm, Tân Lập, Sơn Hà và "
                "Lam Sơn đã tổng kết năm 2023, bình xét và suy tôn đơn vị dẫn đầu để đề nghị danh "
                "hiệu thi đua cho các đơn vị trong cụm.",
                [("danh_hieu", None, None, P)],
            ),
            (
                "Khối thi đua các hội gồm có 6 hội: Hội Nông dân, Hội Cựu chiến binh, Hội Phụ nữ, "
                "Tỉnh đoàn, Hội Người cao tuổi và Hội Chữ thập đỏ, bình xét để đề nghị UBND tỉnh "
                "tặng Cờ thi đua.",
                [("co_thi_dua", "province", None, P)],
            ),
        ]
    )


def test_a_count_before_the_recipients_colon_stays_the_awards() -> None:
    """ "tặng Bằng khen cho 03 đơn vị: A, B, C" counts the award's recipients."""
    check(
        [
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho 03 đơn vị: Sở Y tế, Sở Tư pháp, Thanh "
                "tra tỉnh.",
                [("bang_khen", "province", 3, P)],
            ),
            (
                "Cụm gồm 7 đơn vị; Cụm đề nghị tặng Cờ thi đua cho 02 đơn vị: Hội Nông dân tỉnh "
                "và Hội Cựu chiến binh tỉnh.",
                [("co_thi_dua", None, 2, P)],
            ),
        ]
    )


def test_recipient_between_the_verb_and_the_award() -> None:
    """ "trình Bộ X xét tặng tập thể A Cờ thi đua": the issuer before the verb, the named
    recipients between the verb and the award count the group."""
    check(
        [
            (
                "Hội nghị thống nhất trình Bộ Công Thương xét tặng tập thể Công ty Điện lực An "
                "Giang Cờ thi đua xuất sắc.",
                [("co_thi_dua", "ministry", 1, "proposed")],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng Công ty Điện lực An Giang và Công ty Cấp nước An "
                "Giang Cờ thi đua.",
                [("co_thi_dua", "province", 2, "proposed")],
            ),
            (
                "Khối đề nghị Thủ tướng Chính phủ tặng Sở Tài chính Bằng khen.",
                [("bang_khen", "government", 1, "proposed")],
            ),
            (
                "UBND tỉnh đã tặng Sở Y tế, Sở Xây dựng và Sở Tư pháp Bằng khen.",
                [("bang_khen", "province", 3, "conferred")],
            ),
            (
                "Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.",
                [("bang_khen", "province", 3, "conferred")],
            ),
            # a decision handed over is no recipient: its issuer names the award's
            (
                "Thừa ủy quyền của Chủ tịch nước, ông A trao Huân chương Lao động hạng Ba cho "
                'Công ty X; trao Quyết định của Chủ tịch UBND tỉnh công nhận danh hiệu "Tập thể '
                'lao động xuất sắc" cho 3 đơn vị.',
                [
                    ("huan_chuong", "government", 1, "conferred"),
                    ("danh_hieu", "province", 3, "conferred"),
                ],
            ),
        ]
    )


def test_a_routine_every_year_is_no_award() -> None:
    """ "Mỗi năm, cụm ... chọn đơn vị xuất sắc để đề nghị tặng Cờ": what is done each year."""
    for body in [
        "Mỗi năm, cụm lựa chọn, suy tôn đơn vị tiêu biểu nhất để đề nghị tặng Cờ thi đua của Bộ.",
        "Hằng năm, khối bình xét và đề nghị UBND tỉnh tặng Bằng khen cho các tập thể xuất sắc.",
        "Định kỳ mỗi năm, cụm đề nghị Bộ tặng Cờ thi đua cho một đơn vị dẫn đầu.",
    ]:
        assert groups(body) == [], body


def test_recipients_after_a_passive_or_for_whom_and_contrasted_groups() -> None:
    """ "Cờ ... được trao tặng X", "khen thưởng bằng giấy khen đối với hai tập thể và sáu cá
    nhân", and ", còn 4 đơn vị khác được Bộ Công an tặng Cờ" as a group of its own."""
    check(
        [
            (
                "Dịp này, Cờ thi đua xuất sắc của Chính phủ được trao tặng Công an tỉnh Bình "
                "Dương.",
                [("co_thi_dua", "government", 1, "conferred")],
            ),
            (
                "Bằng khen của Chủ tịch UBND tỉnh được trao cho Sở Y tế và Sở Xây dựng.",
                [("bang_khen", "province", 2, "conferred")],
            ),
            (
                "Ban Chỉ huy Bộ đội Biên phòng nhân dịp này khen thưởng bằng giấy khen đối với "
                "hai tập thể và sáu cá nhân.",
                [("giay_khen", "other", 8, "conferred")],
            ),
            (
                "UBND tỉnh tặng Bằng khen đối với 5 tập thể có thành tích xuất sắc.",
                [("bang_khen", "province", 5, "conferred")],
            ),
            (
                "Cờ thi đua của Chính phủ đã được trao cho 1 đơn vị trong khối, còn 4 đơn vị "
                "khác được Bộ Công an tặng Cờ thi đua.",
                [
                    ("co_thi_dua", "government", 1, "conferred"),
                    ("co_thi_dua", "ministry", 4, "conferred"),
                ],
            ),
        ]
    )


def test_recipients_before_a_bloc_named_in_full_that_proposes() -> None:
    """ "A, B được Cụm thi đua X đề nghị tặng Cờ": the bloc's full name between "được" and the
    verb still leaves A and B as the named recipients."""
    title = "Cụm thi đua Hội Nhà báo Nam Bộ tổng kết năm 2023"
    for body, want in [
        (
            "Hội Nhà báo Đồng Tháp, Hội Nhà báo Vĩnh Long được Cụm thi đua Hội Nhà báo Nam Bộ "
            "đề nghị tặng cờ thi đua xuất sắc.",
            [("co_thi_dua", None, 2, "proposed")],
        ),
        (
            "Hội Nhà báo Đồng Tháp được Cụm thi đua Hội Nhà báo Nam Bộ thống nhất đề nghị Hội "
            "Nhà báo Việt Nam tặng Bằng khen.",
            [("bang_khen", "central", 1, "proposed")],
        ),
    ]:
        assert groups(body, title) == want, body


def test_a_members_own_commendations_are_not_the_blocs() -> None:
    """ "Riêng UBND huyện A đã tặng giấy khen cho ...", "trao giấy khen cho 12 công đoàn cơ sở",
    "tặng giấy khen cho 45 sinh viên": a member commends its own; "Riêng X được tặng" stays."""
    for body in [
        "Riêng UBND huyện Kông Chro đã tặng giấy khen cho 45 tập thể và 62 cá nhân.",
        "Riêng Trường ĐH Nha Trang đã tặng giấy khen cho 45 sinh viên có công trình khoa học.",
        "Nhân dịp này, LĐLĐ Tây Ninh trao giấy khen cho 12 công đoàn cơ sở có thành tích.",
        "Hội Nông dân tỉnh khen thưởng 30 hội viên tiêu biểu.",
    ]:
        assert groups(body) == [], body
    assert groups("Riêng Sở Y tế được đề nghị UBND tỉnh tặng Bằng khen.") == [
        ("bang_khen", "province", 1, "proposed")
    ]
    # the bloc itself gives to a member's grassroots: the bloc's award
    assert groups(
        "Dịp này, Khối thi đua các sở trao Giấy khen của Hội LHPN quận cho 04 chi hội và 06 hội "
        "viên."
    ) == [("giay_khen", "other", 10, "conferred")]


def test_recipient_named_with_a_note_or_after_the_verb_of_a_passive() -> None:
    """ "Sở A (đơn vị xếp thứ Nhất) được Khối nhất trí trình UBND tỉnh xét tặng Cờ", "Cờ ... được
    khối đề nghị UBND tỉnh tặng phường B", "đề nghị Hội đồng thi đua khen thưởng tỉnh xét,
    trình tặng Cờ thi đua cho C": one named recipient each."""
    check(
        [
            (
                "Sở Công thương (đơn vị xếp thứ Nhất) được Khối nhất trí trình UBND tỉnh xét tặng "
                "Cờ thi đua năm 2023.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Cờ thi đua năm 2023 được khối thống nhất đề nghị UBND tỉnh tặng phường Bến Cát.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
            (
                "Hai là, đề nghị Hội đồng thi đua khen thưởng tỉnh xét, trình tặng Cờ thi đua cho "
                "Hội Chữ thập đỏ tỉnh.",
                [("co_thi_dua", "province", 1, "proposed")],
            ),
        ]
    )


def test_a_total_before_its_breakdown_gives_its_issuer_not_its_count() -> None:
    """ "5 tập thể để trình X khen thưởng, trong đó: Cờ cho A, B; ba đơn vị được đề nghị tặng
    Bằng khen": the parts take the total's issuer; "bốn đơn vị được khen thưởng, trong đó A
    nhận Cờ của Chính phủ": the total's number is no part's count."""
    check(
        [
            (
                "Cụm bình chọn năm tập thể để trình Trung ương Hội Nông dân Việt Nam khen thưởng, "
                "trong đó: đề nghị tặng Cờ thi đua cho hai đơn vị là Hội Nông dân huyện An Lão và "
                "Hội Nông dân huyện Kim Bảng; ba đơn vị còn lại được đề nghị tặng Bằng khen.",
                [("co_thi_dua", "central", 2, P), ("bang_khen", "central", 3, P)],
            ),
            (
                "Khối thống nhất đề nghị UBND tỉnh khen thưởng 4 tập thể, cụ thể: Cờ thi đua cho "
                "Sở Xây dựng; ba đơn vị được đề nghị tặng Bằng khen.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 3, P)],
            ),
            (
                "Dịp này, bốn đơn vị trong Cụm được khen thưởng, trong đó Công an tỉnh Hà Nam vinh "
                "dự nhận Cờ thi đua xuất sắc của Chính phủ; Công an các tỉnh Nam Định, Ninh Bình "
                "và Thái Bình nhận Cờ thi đua của Bộ Công an.",
                [("co_thi_dua", "government", 1, C), ("co_thi_dua", "ministry", 3, C)],
            ),
            (
                "Năm qua, 3 đơn vị của khối được tặng thưởng, trong đó Sở Y tế được nhận Bằng khen "
                "của Thủ tướng Chính phủ.",
                [("bang_khen", "government", 1, C)],
            ),
        ]
    )


def test_parts_told_as_passives_with_their_issuers_or_under_a_commended_total() -> None:
    """ "có năm đơn vị được nhận Cờ, gồm: một đơn vị được Chính phủ tặng Cờ và bốn đơn vị được
    Bộ Công an tặng Cờ": the parts, not the total; "Ba đơn vị được UBND tỉnh khen thưởng, trong
    đó một đơn vị nhận Cờ, hai đơn vị nhận Bằng khen": the parts take the body as issuer."""
    check(
        [
            (
                "Cụm có năm đơn vị được nhận Cờ thi đua, gồm: một đơn vị được Chính phủ tặng Cờ "
                "thi đua và bốn đơn vị được Bộ Công an tặng Cờ thi đua.",
                [("co_thi_dua", "government", 1, C), ("co_thi_dua", "ministry", 4, C)],
            ),
            (
                "Khối có ba tập thể nhận Bằng khen, trong đó: hai tập thể được Thủ tướng Chính phủ "
                "tặng Bằng khen, một tập thể được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "government", 2, C), ("bang_khen", "province", 1, C)],
            ),
            (
                "Ba đơn vị của khối đã được UBND tỉnh khen thưởng, trong đó một đơn vị nhận Cờ thi "
                "đua, hai đơn vị nhận Bằng khen.",
                [("co_thi_dua", "province", 1, C), ("bang_khen", "province", 2, C)],
            ),
            (
                "Năm đơn vị trong cụm được Bộ Công an khen thưởng, cụ thể: hai đơn vị nhận Cờ thi "
                "đua, ba đơn vị nhận Bằng khen.",
                [("co_thi_dua", "ministry", 2, C), ("bang_khen", "ministry", 3, C)],
            ),
        ]
    )


def test_parts_after_a_proposing_intro_are_proposed() -> None:
    """ "Cụm nhất trí trình khen thưởng cho ba đơn vị, cụ thể: Cờ ... cho A; Bằng khen ... cho
    B": each part is proposed, as the intro says, though its own words ("cho") say nothing."""
    check(
        [
            (
                "Cụm thi đua nhất trí trình khen thưởng năm 2023 cho ba đơn vị, cụ thể: Cờ thi đua "
                "của UBND tỉnh cho Sở Công thương; Bằng khen Chủ tịch UBND tỉnh cho Sở Xây dựng và "
                "Thanh tra tỉnh.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 2, P)],
            ),
            (
                "Khối thống nhất đề nghị khen thưởng như sau: Cờ thi đua của UBND tỉnh cho Sở Y "
                "tế; Bằng khen của Chủ tịch UBND tỉnh cho Sở Xây dựng.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 1, P)],
            ),
            (
                "Cụm thi đua thống nhất trình Bộ Công an khen thưởng hai đơn vị, cụ thể: Cờ thi "
                "đua cho Công an tỉnh Hà Nam; Bằng khen cho Công an tỉnh Ninh Bình.",
                [("co_thi_dua", "ministry", 1, P), ("bang_khen", "ministry", 1, P)],
            ),
        ]
    )


def test_local_committees_after_cho_are_recipients_not_a_new_clause() -> None:
    """ "cho UBND thị xã A và UBND thị xã B": a district's or town's committee after "và" is a
    second recipient; only a province's committee ("và UBND tỉnh tặng") opens a new clause."""
    check(
        [
            (
                "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho UBND thành phố Hòa An và UBND thị xã "
                "Bình Lâm, đồng thời đề nghị tặng Bằng khen cho UBND thị xã Kỳ Sơn.",
                [("co_thi_dua", "province", 2, P), ("bang_khen", "province", 1, P)],
            ),
            (
                "Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Tân Lạc và UBND "
                "huyện Mai Sơn.",
                [("bang_khen", "province", 2, P)],
            ),
            (
                "Dịp này, UBND tỉnh trao Cờ thi đua cho Ủy ban nhân dân xã Tân Lập và Ủy ban nhân "
                "dân phường Quang Trung.",
                [("co_thi_dua", "province", 2, C)],
            ),
        ]
    )


def test_a_one_capital_body_opening_the_sentence_is_a_recipient() -> None:
    """ "Tỉnh đoàn và Hội X được ...": a body whose name has one capital still counts, and a
    second clause that only says "được đề nghị tặng" keeps the body proposed to before it."""
    check(
        [
            (
                "Tỉnh đoàn và Hội Liên hiệp Phụ nữ tỉnh được Khối bình chọn đề nghị UBND tỉnh tặng "
                "Cờ thi đua; Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh được đề nghị tặng Bằng "
                "khen.",
                [("co_thi_dua", "province", 2, P), ("bang_khen", "province", 2, P)],
            ),
            (
                "Thành đoàn và Công an thành phố được Cụm đề nghị UBND thành phố tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Sở Nội vụ được Khối thống nhất đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua; Sở Tư "
                "pháp và Thanh tra tỉnh được đề nghị xét tặng Bằng khen.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 2, P)],
            ),
        ]
    )


def test_described_recipients_give_no_count() -> None:
    """ "Nhiều tập thể, cá nhân trong Khối": recipients described, not named nor counted."""
    check(
        [
            (
                "Nhiều tập thể, cá nhân trong Khối được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", None, C)],
            ),
            (
                "Năm qua, một số đơn vị thuộc Cụm vinh dự được Thủ tướng Chính phủ tặng Bằng khen.",
                [("bang_khen", "government", None, C)],
            ),
            (
                "Hàng trăm tập thể và cá nhân của Khối được Chủ tịch UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", None, C)],
            ),
        ]
    )


def test_names_after_a_described_group_and_its_colon() -> None:
    """ "cho các đơn vị có thành tích xuất sắc: A, B, C": the named units after the colon."""
    check(
        [
            (
                "Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh cho các đơn vị có thành tích "
                "xuất sắc: Sở Tài chính, Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh.",
                [("bang_khen", "province", 3, C)],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho những đơn vị dẫn đầu phong trào: Sở "
                "Nội vụ, Sở Tư pháp.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Bộ trưởng Bộ Công an tặng Bằng khen cho các tập thể tiêu biểu trong năm: Công an "
                "tỉnh Hà Nam, Công an tỉnh Nam Định, Công an tỉnh Ninh Bình và Công an tỉnh Thái "
                "Bình.",
                [("bang_khen", "ministry", 4, C)],
            ),
        ]
    )


def test_a_vote_and_a_later_award_for_others_are_two_groups() -> None:
    """ "suy tôn A dẫn đầu ..., đồng thời trình ... tặng Bằng khen cho B": the vote is no route
    to B's award; a later award "cho" the voted unit (or with no recipient) is its route."""
    check(
        [
            (
                "Hội nghị đã bỏ phiếu suy tôn Trường Chính trị Hòa An là đơn vị dẫn đầu Cụm năm "
                "2023, đồng thời thống nhất trình Thủ tướng Chính phủ tặng Bằng khen cho Trường "
                "Chính trị Bình Lâm.",
                [("danh_hieu", None, 1, P), ("bang_khen", "government", 1, P)],
            ),
            (
                'Cụm suy tôn xã Tân Lập là đơn vị "Lá cờ đầu" của Cụm, đồng thời đề nghị UBND '
                "huyện tặng Giấy khen cho 02 xã Tân Hòa và Tân Phú.",
                [("danh_hieu", None, 1, P), ("giay_khen", "other", 2, P)],
            ),
            (
                "Hội nghị nhất trí suy tôn huyện Mai Sơn là đơn vị dẫn đầu khối và đề nghị Chính "
                "phủ tặng Cờ thi đua cho huyện Mai Sơn.",
                [("co_thi_dua", "government", 1, P)],
            ),
            (
                "Cụm bình chọn Sở Y tế là đơn vị lá cờ đầu, đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
        ]
    )


def test_councils_name_their_body_and_are_no_status_word() -> None:
    """ "Hội đồng Thi đua - Khen thưởng X": X decides the class (a province's council is the
    province, another body's "other", a ministry's the ministry); its "khen thưởng" confers
    nothing and cuts no issuer."""
    check(
        [
            (
                "Cụm đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh Hòa An xét tặng danh hiệu "
                '"Tập thể lao động xuất sắc" cho hai tập thể.',
                [("danh_hieu", "other", 2, P)],
            ),
            (
                "Khối đề nghị Hội đồng TĐKT Tổng công ty Điện lực miền Bắc tặng Giấy khen cho 3 "
                "đơn vị.",
                [("giay_khen", "other", 3, P)],
            ),
            (
                "Cụm đề nghị Hội đồng TĐKT Bộ Công an tặng Bằng khen cho 2 đơn vị.",
                [("bang_khen", "ministry", 2, P)],
            ),
            (
                "Dịp này, thừa ủy quyền của Chủ tịch UBND tỉnh, đại diện Ban Thi đua - Khen thưởng "
                "tỉnh đã trao Bằng khen cho 5 cá nhân.",
                [("bang_khen", "province", 5, C)],
            ),
        ]
    )


def test_central_councils_of_national_federations() -> None:
    """ "Đoàn Chủ tịch Hội đồng Trung ương Liên hiệp các Hội ... Việt Nam", "Trung ương Liên minh
    HTX Việt Nam": central bodies, however long their names."""
    check(
        [
            (
                "Các đơn vị trong cụm thống nhất đề nghị Đoàn Chủ tịch Hội đồng Trung ương Liên "
                "hiệp các Hội Khoa học và Kỹ thuật Việt Nam tặng Bằng khen cho Liên hiệp Hội Hòa "
                "An và Liên hiệp Hội Bình Lâm.",
                [("bang_khen", "central", 2, P)],
            ),
            (
                "Cụm đề nghị Trung ương Liên minh Hợp tác xã Việt Nam tặng Cờ thi đua cho 2 đơn "
                "vị.",
                [("co_thi_dua", "central", 2, P)],
            ),
            (
                "Khối thống nhất đề nghị Trung ương Liên hiệp các Hội Văn học nghệ thuật Việt Nam "
                "tặng Bằng khen cho 3 tập thể.",
                [("bang_khen", "central", 3, P)],
            ),
        ]
    )


def test_recipients_one_per_line_after_the_colon() -> None:
    """ "tặng Cờ thi đua cho các đơn vị:" then one name per line: they are the recipients."""
    check(
        [
            (
                "Dịp này, UBND tỉnh đã tặng Cờ thi đua cho các đơn vị:\nSở Tư pháp\nSở Y tế\nSở "
                "Nội vụ",
                [("co_thi_dua", "province", 3, C)],
            ),
            (
                "Khối đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể sau:\n- Sở Tư "
                "pháp;\n- Sở Y tế.",
                [("bang_khen", "province", 2, P)],
            ),
            (
                "Bộ trưởng Bộ Công an trao Bằng khen cho:\nCông an tỉnh Hà Nam\nCông an tỉnh Nam "
                "Định\n\nHội nghị kết thúc.",
                [("bang_khen", "ministry", 2, C)],
            ),
        ]
    )


def test_a_commending_heading_before_its_parts_is_no_group() -> None:
    """ "đề nghị khen thưởng năm 2023 của khối như sau: đề nghị Bộ X tặng Cờ ...": the heading
    is no group and takes no issuer; a commendation with its own count still is one."""
    check(
        [
            (
                "Kết quả bình xét, đề nghị khen thưởng năm 2023 của khối như sau: đề nghị Bộ Công "
                "an tặng Cờ thi đua cho Công an huyện Hòa An; đề nghị Tổng cục Chính trị Công an "
                "nhân dân tặng Cờ thi đua cho Công an huyện Bình Lâm.",
                [("co_thi_dua", "ministry", 1, P), ("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Khối thống nhất đề nghị khen thưởng sau đây: đề nghị UBND tỉnh tặng Bằng khen cho "
                "Sở Y tế.",
                [("bang_khen", "province", 1, P)],
            ),
            (
                "Khối đề nghị UBND tỉnh khen thưởng 2 tập thể như sau: Sở Y tế và Sở Nội vụ.",
                [("other", "province", 2, P)],
            ),
        ]
    )


def test_all_of_the_counted_units_register() -> None:
    """ "cho cả bảy đơn vị", "toàn bộ 11 Chi cục Thuế", "Tất cả 9 trung tâm": the count stands
    after "cả", "toàn bộ" or "tất cả", and a capitalised unit word counts."""
    check(
        [
            (
                'Khối thống nhất đăng ký danh hiệu "Tập thể lao động xuất sắc" năm 2023 cho cả '
                "bảy đơn vị thành viên.",
                [("danh_hieu", None, 7, R)],
            ),
            (
                "Các đơn vị đăng ký danh hiệu thi đua năm 2023: toàn bộ 11 Chi cục Thuế đăng ký "
                "danh hiệu Tập thể lao động xuất sắc.",
                [("danh_hieu", None, 11, R)],
            ),
            (
                "Tất cả 9 trung tâm được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", 9, C)],
            ),
            # a bloc's number is no count ("Cụm thi đua số 4 Chi cục THADS")
            (
                "Cụm thi đua số 4 Chi cục THADS huyện Đam Rông họp bình xét các danh hiệu thi đua, "
                "đề nghị Cục THADS tỉnh tặng Giấy khen cho hai tập thể.",
                [("giay_khen", "other", 2, P)],
            ),
        ]
    )


def test_a_units_honour_of_years_ago_is_history() -> None:
    """An award told as done ("đã", "từng") and written with a year two or more before the
    reviewed one is a unit's past honour ("đã vinh dự được ... tặng Huân chương ... năm 2017"),
    not this meeting's; the year just ended, the reviewed year and a late award received at
    this meeting ("Dịp này, ... đón nhận ... năm 2020") stay."""
    check(
        [
            (
                "Được biết, Công an tỉnh Hòa An đã vinh dự được Chủ tịch nước tặng Huân chương "
                "Chiến công hạng Nhất năm 2017.",
                [],
            ),
            (
                "Sở Y tế là đơn vị đã được Thủ tướng Chính phủ tặng Bằng khen năm 2019 vì thành "
                "tích phòng, chống dịch.",
                [],
            ),
            (
                "Hội Nông dân tỉnh đã nhận Cờ thi đua của Chính phủ năm 2020 và nhiều phần thưởng "
                "cao quý khác.",
                [],
            ),
            (
                "Tại hội nghị, Khối đề nghị UBND tỉnh tặng Cờ thi đua năm 2023 cho Sở Y tế.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Dịp này, Chủ tịch UBND tỉnh trao Bằng khen năm 2022 cho 02 tập thể.",
                [("bang_khen", "province", 2, C)],
            ),
            (
                "Dịp này, Sở Y tế đã vinh dự đón nhận Huân chương Lao động hạng Ba năm 2020 của "
                "Chủ tịch nước.",
                [("huan_chuong", "government", 1, C)],
            ),
        ]
    )


def test_the_whole_provinces_tally_is_not_the_blocs() -> None:
    """ "toàn tỉnh có 52 tập thể được tặng Cờ", "... cho 356 tập thể và 812 cá nhân trên toàn
    tỉnh", "toàn ngành có": the province's or sector's tally, not an award of the bloc."""
    check(
        [
            ("Năm 2023, toàn tỉnh có 52 tập thể được UBND tỉnh tặng Cờ thi đua.", []),
            (
                "Theo Ban Thi đua - Khen thưởng tỉnh, trong năm 2023 Chủ tịch UBND tỉnh đã tặng "
                "Bằng khen cho 356 tập thể và 812 cá nhân trên toàn tỉnh.",
                [],
            ),
            (
                "Cả tỉnh đã có 1.150 lượt tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND "
                "tỉnh.",
                [],
            ),
            ("Trong năm, toàn ngành có 12 tập thể được Bộ Tư pháp tặng Bằng khen.", []),
            (
                "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế, đơn vị dẫn đầu toàn tỉnh.",
                [("co_thi_dua", "province", 1, P)],
            ),
        ]
    )


def test_the_blocs_units_described_as_a_group_give_no_count() -> None:
    """ "cho các tập thể thuộc Cụm", "các đơn vị trong Khối": recipients described as the bloc's
    units, so neither named nor counted; a list after "các đơn vị:" is still counted."""
    check(
        [
            (
                "Lãnh đạo tỉnh trao Bằng khen cho các tập thể thuộc Cụm thi đua.",
                [("bang_khen", "province", None, C)],
            ),
            (
                "Chủ tịch UBND tỉnh đã trao Bằng khen cho các tập thể thuộc Khối có thành tích "
                "xuất sắc.",
                [("bang_khen", "province", None, C)],
            ),
            (
                "Dịp này, UBND tỉnh tặng Bằng khen cho các đơn vị trong Khối đã có thành tích.",
                [("bang_khen", "province", None, C)],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị: Sở Y tế, Sở Nội vụ.",
                [("co_thi_dua", "province", 2, P)],
            ),
        ]
    )


def test_the_passive_vote_for_the_leading_units() -> None:
    """ "Ba đơn vị được suy tôn dẫn đầu Khối là A, B, C", "X được bình chọn dẫn đầu Cụm": the
    vote told in the passive is a group of its own; a ranking with no vote is none."""
    check(
        [
            (
                "Ba đơn vị được suy tôn dẫn đầu Khối là Sở Tư pháp, Sở Y tế và Sở Nội vụ.",
                [("danh_hieu", None, 3, P)],
            ),
            (
                "Ba đơn vị được Khối suy tôn dẫn đầu gồm Sở Tư pháp, Sở Y tế và Sở Nội vụ.",
                [("danh_hieu", None, 3, P)],
            ),
            ("Sở Tư pháp được suy tôn dẫn đầu Khối năm 2023.", [("danh_hieu", None, 1, P)]),
            (
                "Qua bỏ phiếu, Sở Tư pháp được bình chọn dẫn đầu Cụm thi đua năm 2023.",
                [("danh_hieu", None, 1, P)],
            ),
            ("Sở Tư pháp xếp thứ nhất, dẫn đầu Khối với 98 điểm.", []),
        ]
    )


def test_a_vote_told_again_for_the_unit_a_flag_is_proposed_for_is_the_flag() -> None:
    """A vote for the leading unit in one sentence and the flag proposed for that unit in
    another (or a caption restating the vote) are one group: the flag."""
    check(
        [
            (
                "Sở Tư pháp được suy tôn dẫn đầu Khối năm 2023. Hội nghị thống nhất đề nghị "
                "UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Đây là năm thứ hai liên tiếp Sở Y tế được suy tôn dẫn đầu Khối; hội nghị đề "
                "nghị Thủ tướng Chính phủ tặng Cờ thi đua cho Sở Y tế.",
                [("co_thi_dua", "government", 1, P)],
            ),
        ]
    )


def test_recipients_before_a_proposal_named_to_and_by_the_same_body() -> None:
    """ "A và B được đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh": the body named twice
    leaves the recipients before it read and counted."""
    check(
        [
            (
                "Sở Tư pháp và Sở Y tế được đề nghị Thủ tướng tặng Cờ thi đua của Chính phủ.",
                [("co_thi_dua", "government", 2, P)],
            ),
            (
                "Sở Tư pháp và Sở Y tế được đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 2, P)],
            ),
            (
                "Sở Tư pháp, Sở Y tế được Chủ tịch UBND tỉnh tặng Bằng khen của Chủ tịch UBND "
                "tỉnh.",
                [("bang_khen", "province", 2, C)],
            ),
        ]
    )


def test_a_cell_of_a_barred_table_tells_no_group() -> None:
    """ "| Đơn vị được suy tôn dẫn đầu |": a table's header or cell, which is not read."""
    check(
        [
            ("Cụm | Số đơn vị | Đơn vị được suy tôn dẫn đầu | Cụm trưởng năm 2025", []),
            ("Cụm 1 | 9 | Sở Tư pháp được suy tôn dẫn đầu Khối | Sở Y tế", []),
        ]
    )


def test_the_blocs_own_size_is_no_award_count() -> None:
    """ "Khối thi đua các ngân hàng (12 đơn vị) ... đề nghị tặng Cờ thi đua cho X", "Cụm gồm 5
    đơn vị (A, B, …) ... tặng Bằng khen cho D và E": the bloc's size, not the award's count."""
    check(
        [
            (
                "Cùng ngày, Khối thi đua các ngân hàng (12 đơn vị) cũng tổng kết, đề nghị Thống "
                "đốc Ngân hàng Nhà nước tặng Cờ thi đua cho Agribank Cà Mau.",
                [("co_thi_dua", "ministry", 1, P)],
            ),
            (
                "Cụm thi đua số 2 gồm 5 đơn vị (Hội Nông dân các huyện Thăng Bình, Quế Sơn, Duy "
                "Xuyên, Điện Bàn và Đại Lộc) tổng kết ngày 17/12, đề nghị UBND tỉnh tặng Bằng "
                "khen cho Hội Nông dân huyện Điện Bàn và Đại Lộc.",
                [("bang_khen", "province", 2, P)],
            ),
            (
                "Khối thi đua Nội chính (gồm 9 cơ quan) đề nghị UBND tỉnh tặng Cờ thi đua cho "
                "Công an tỉnh.",
                [("co_thi_dua", "province", 1, P)],
            ),
        ]
    )


def test_recipient_lists_end_before_a_role_clause_and_count_people_named_after_units() -> None:
    """A recipient list ends at "; X được bầu làm Trưởng khối"; "3 CĐCS" counts; a bloc's
    "(gồm 2 đơn vị: A, B)" is its size; "cho Sở Y tế và 2 cá nhân" counts the unit and the
    people (3)."""
    check(
        [
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho Cục Thống kê và Kho bạc Nhà nước "
                "tỉnh; Sở Tài chính được bầu làm Trưởng khối năm 2024.",
                [("bang_khen", "province", 2, P)],
            ),
            (
                "Khối đề nghị tặng Cờ thi đua của UBND tỉnh cho Sở Xây dựng; Sở Y tế giữ vai "
                "trò Khối trưởng năm 2024.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Cụm thi đua số 3 đề nghị LĐLĐ huyện tặng Giấy khen cho 3 CĐCS dẫn đầu: Trường "
                "Mầm non Hoa Sen, Trường Tiểu học Lê Lợi và Trường THCS Phan Bội Châu.",
                [("giay_khen", "other", 3, P)],
            ),
            (
                "Cụm thi đua số 3 (gồm 2 đơn vị: Hội CCB thành phố Thái Bình, Hội CCB huyện Vũ "
                "Thư): đề nghị UBND tỉnh tặng Bằng khen cho Hội CCB huyện Vũ Thư.",
                [("bang_khen", "province", 1, P)],
            ),
            (
                "Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Y tế và 2 cá nhân có "
                "thành tích đột xuất.",
                [("bang_khen", "province", 3, P)],
            ),
            (
                "Dịp này, UBND tỉnh tặng Bằng khen cho Sở Y tế, Sở Nội vụ và 05 cá nhân.",
                [("bang_khen", "province", 7, C)],
            ),
        ]
    )


def test_the_body_acted_for_issues_over_the_presenters_own() -> None:
    """ "thừa ủy quyền của Bộ trưởng Bộ X, ông A, Cục trưởng Cục Y, trao Cờ": the body acted
    for issues it, not the presenter's own; "Thay mặt Ban Thường vụ Tỉnh đoàn" is other, and
    a "thừa ủy quyền" of an earlier clause leaves a later one's issuer alone."""
    check(
        [
            (
                "Mở đầu chương trình, thừa ủy quyền của Bộ trưởng Bộ Tài chính, ông Huỳnh Văn "
                "Lộc, Cục trưởng Cục Thuế tỉnh, đã trao Cờ thi đua cho Chi cục Thuế thành phố "
                "Long Xuyên.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
            (
                "Thay mặt Thủ tướng Chính phủ, đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh trao "
                "Bằng khen cho 02 tập thể.",
                [("bang_khen", "government", 2, C)],
            ),
            (
                "Thay mặt Ban Thường vụ Tỉnh đoàn, đồng chí Lê Văn Bình trao Bằng khen cho 3 "
                "đơn vị.",
                [("bang_khen", "other", 3, C)],
            ),
            (
                "Tại hội nghị, thừa ủy quyền của Chủ tịch nước, ông Vũ Thành Lộc đã trao Huân "
                "chương Lao động hạng Nhì cho Công ty A; trao Quyết định của Chủ tịch UBND tỉnh "
                "công nhận danh hiệu Tập thể lao động xuất sắc cho 3 đơn vị.",
                [("huan_chuong", "government", 1, C), ("danh_hieu", "province", 3, C)],
            ),
        ]
    )


def test_units_counted_and_named_then_people_counted_add_up() -> None:
    """ "cho 3 tập thể là A, B, C và 5 cá nhân": 8, as "2 tập thể và 4 cá nhân" is 6."""
    check(
        [
            (
                "UBND tỉnh trao Bằng khen cho 3 tập thể là Chi cục Thuế các huyện Châu Phú, Chợ "
                "Mới, Tri Tôn và 5 cá nhân đã hoàn thành xuất sắc nhiệm vụ.",
                [("bang_khen", "province", 8, C)],
            ),
            (
                "UBND tỉnh tặng Bằng khen cho 02 tập thể gồm Sở Y tế, Sở Nội vụ và 03 cá nhân.",
                [("bang_khen", "province", 5, C)],
            ),
            (
                "Cụm trình Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể là Sở Xây dựng, Sở "
                "Tài nguyên và Môi trường, cùng 05 cá nhân có thành tích xuất sắc.",
                [("bang_khen", "province", 7, P)],
            ),
        ]
    )


def test_an_award_named_again_as_the_one_besides_which_more_are_told() -> None:
    """ "ngoài Cờ thi đua dành cho A, Cụm còn đề nghị ... Bằng khen", "Bên cạnh đề nghị Cờ thi đua
    cho hai đơn vị, ...": the award told before is no group here; the one after reads the
    whole clause (issuer, status, count)."""
    check(
        [
            (
                "Căn cứ kết quả chấm điểm, ngoài Cờ thi đua dành cho Sở Công Thương, Cụm còn "
                "thống nhất trình Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể.",
                [("bang_khen", "province", 2, P)],
            ),
            (
                "Bên cạnh đề nghị Cờ thi đua cho hai đơn vị dẫn đầu, khối thống nhất trình Chủ "
                "tịch UBND tỉnh tặng Bằng khen cho 6 tập thể và 4 cá nhân.",
                [("bang_khen", "province", 10, P)],
            ),
        ]
    )


def test_a_member_commending_its_own_staff_is_not_the_blocs() -> None:
    """ "tặng Giấy khen cho 9 tập thể và 31 cá nhân thuộc đơn vị mình": internal; a central
    body's medal for a union's members is not ("của Hội Nhà báo Việt Nam cho 4 hội viên")."""
    check(
        [
            (
                "Riêng VKSND tỉnh Gia Lai, trong năm đã tặng Giấy khen cho 9 tập thể và 31 cá "
                "nhân thuộc đơn vị mình.",
                [],
            ),
            ("Sở Y tế đã khen thưởng 12 tập thể của ngành mình.", []),
        ]
    )


def test_a_headline_sums_up_the_bodys_groups() -> None:
    """A headline's award of a kind and status the body tells in full is the body's group:
    "Tám cơ quan ... đăng ký Cờ thi đua" over "A và B đăng ký Cờ thi đua của UBND tỉnh"."""
    assert groups(
        "Sáng 5/1/2024, Khối thi đua các cơ quan tham mưu ký giao ước thi đua năm 2024. Sở Nội vụ "
        "và Sở Tư pháp đăng ký phấn đấu đạt Cờ thi đua của UBND tỉnh.",
        title="Tám cơ quan tham mưu ký giao ước, đăng ký Cờ thi đua năm 2024",
    ) == [("co_thi_dua", "province", 2, R)]
    assert groups(
        "Ngày 10/1/2024, Khối thi đua các hội tổng kết năm 2023 và đề nghị UBND tỉnh tặng Bằng "
        "khen cho Hội Luật gia tỉnh và Hội Nhà báo tỉnh.",
        title="Khối thi đua các hội đề nghị khen thưởng 5 tập thể, tặng Bằng khen cho 2 hội",
    ) == [("bang_khen", "province", 2, P)]


def test_a_number_after_two_kinds_counts_them_together() -> None:
    """ "tặng Cờ thi đua và Bằng khen cho ba Hội": neither kind's own count is told (the
    details that may follow give them); named recipients still go to both."""
    check(
        [
            (
                "Hội nghị thống nhất trình Hội Nhà báo Việt Nam tặng Cờ thi đua và Bằng khen cho "
                "ba Hội thành viên có thành tích nổi bật.",
                [("co_thi_dua", "central", None, P), ("bang_khen", "central", None, P)],
            ),
            (
                "Hội nghị trình Hội Nhà báo Việt Nam tặng Cờ thi đua và Bằng khen cho ba Hội thành "
                "viên. Hội nghị đề nghị Hội Nhà báo Việt Nam khen thưởng 3 tập thể, trong đó: Cờ "
                "thi đua cho Hội Nhà báo tỉnh Điện Biên; Bằng khen cho Hội Nhà báo tỉnh Sơn La và "
                "Hội Nhà báo tỉnh Hòa Bình.",
                [("co_thi_dua", "central", 1, P), ("bang_khen", "central", 2, P)],
            ),
            (
                "UBND tỉnh tặng Cờ thi đua và Bằng khen cho Sở Y tế.",
                [("co_thi_dua", "province", 1, C), ("bang_khen", "province", 1, C)],
            ),
        ]
    )


def test_an_honour_received_years_ago_is_history_even_when_received() -> None:
    """ "đơn vị đã vinh dự đón nhận Bằng khen của Thủ tướng năm 2021" at a 2023 meeting: told as
    done, years before, and not at this meeting."""
    check(
        [
            (
                "Sở Kế hoạch và Đầu tư, đơn vị đã vinh dự đón nhận Bằng khen của Thủ tướng Chính "
                "phủ năm 2021, cam kết giữ vững thành tích.",
                [],
            ),
        ]
    )


def _article_groups(text: str) -> list[Group]:
    """The scored tuples of the main bloc's awards, read with the article's own event."""
    return [(a.award, a.issuer, a.count, a.status) for a in facts(text).blocs[0].awards]


COVENANT_2024 = (
    "Khối thi đua các sở ký kết giao ước thi đua năm 2024\n\nNgày 20/2/2024, Khối thi đua các "
    "sở ký kết giao ước thi đua năm 2024. "
)


def test_a_covenant_proposes_the_awards_of_the_year_just_ended() -> None:
    """At the covenant for 2024, "đơn vị dẫn đầu năm 2023 ... vừa được đề nghị tặng Cờ" is this
    meeting's proposal; "Năm 2023, Khối đã có 1 đơn vị được tặng Cờ" told as done is not, nor
    is a year before that."""
    assert _article_groups(
        COVENANT_2024 + "Hai đơn vị dẫn đầu năm 2023 của Khối vừa được các thành viên đề nghị "
        "UBND tỉnh tặng Cờ thi đua."
    ) == [("co_thi_dua", "province", 2, P)]
    assert (
        _article_groups(
            COVENANT_2024 + "Năm 2023, Khối đã có 1 đơn vị được UBND tỉnh tặng Cờ thi đua."
        )
        == []
    )
    assert (
        _article_groups(
            COVENANT_2024 + "Đơn vị dẫn đầu năm 2022 của Khối được đề nghị UBND tỉnh tặng Cờ "
            "thi đua."
        )
        == []
    )


def test_registrations_after_a_comma_and_the_labour_federations_central_bodies() -> None:
    """ "sáu LĐLĐ tỉnh đã đăng ký thi đua, cùng phấn đấu đạt Cờ": a registration, six counted;
    "trình Ban Chấp hành Tổng Liên đoàn xét tặng" is central."""
    check(
        [
            (
                "Ngay tại hội nghị, sáu LĐLĐ tỉnh đã đăng ký thi đua, cùng phấn đấu đạt Cờ thi "
                "đua của Tổng Liên đoàn năm 2023.",
                [("co_thi_dua", "central", 6, R)],
            ),
            (
                "Cụm thống nhất trình Ban Chấp hành Tổng Liên đoàn xét tặng Bằng khen cho LĐLĐ "
                "Bình Phước.",
                [("bang_khen", "central", 1, P)],
            ),
            (
                "Các đơn vị đăng ký thi đua, phấn đấu đạt Bằng khen của Chủ tịch UBND tỉnh.",
                [("bang_khen", "province", None, R)],
            ),
        ]
    )


def test_a_sectors_whole_tally_and_the_blocs_units_described() -> None:
    """ "toàn ngành Kiểm sát Bình Phước có 14 tập thể đạt danh hiệu": the sector's tally; "cho
    các tập thể, cá nhân của Cụm": described, not counted."""
    check(
        [
            (
                "Năm 2023, toàn ngành Kiểm sát Bình Phước có 14 tập thể đạt danh hiệu Tập thể "
                "lao động xuất sắc.",
                [],
            ),
            (
                "Đồng chí Lê Văn An trao Giấy khen cho các tập thể, cá nhân của Cụm thi đua số 1.",
                [("giay_khen", None, None, C)],
            ),
        ]
    )


def test_a_group_told_again_with_its_issuer_takes_it() -> None:
    """ "đề nghị tặng Cờ thi đua cho hai đơn vị" then "đề nghị Bộ trưởng Bộ X tặng Cờ thi đua cho
    A và B": one group, the ministry's."""
    check(
        [
            (
                "Cụm đề nghị tặng Cờ thi đua cho hai đơn vị dẫn đầu. Qua bình xét, Cụm thống nhất "
                "đề nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho hai đơn vị là Đại "
                "học Thái Nguyên và Đại học Đà Nẵng.",
                [("co_thi_dua", "ministry", 2, P)],
            ),
        ]
    )


def test_many_units_honours_told_as_done_are_history() -> None:
    """ "Nhiều đơn vị trong Khối đã vinh dự được Nhà nước tặng Huân chương, Cờ thi đua ...": the
    bloc's history; "Dịp này, nhiều tập thể được ... tặng Bằng khen" is this meeting's."""
    check(
        [
            (
                "Nhiều đơn vị trong Khối đã vinh dự được Nhà nước tặng Huân chương Lao động, Cờ "
                "thi đua của Chính phủ và Bằng khen của Thủ tướng.",
                [],
            ),
            ("Một số đơn vị đã được UBND tỉnh tặng Cờ thi đua.", []),
            (
                "Dịp này, nhiều tập thể được UBND tỉnh tặng Bằng khen.",
                [("bang_khen", "province", None, C)],
            ),
        ]
    )


def test_a_vote_told_as_the_route_to_an_honour_given() -> None:
    """ "Qua bình xét, A và B đã được UBND tỉnh tặng Cờ": the vote is the route, the honour is
    given; "qua bình xét, A được đề nghị tặng" and a vote that proposes still propose."""
    check(
        [
            (
                "Qua bình xét, Sở Y tế và Sở Tư pháp đã được UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 2, C)],
            ),
            (
                "Thông qua kết quả bình xét, Sở Y tế vinh dự được trao Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Sau khi suy tôn, hai đơn vị dẫn đầu là Sở Y tế và Sở Nội vụ đã được Chủ tịch UBND "
                "tỉnh tặng Bằng khen.",
                [("bang_khen", "province", 2, C)],
            ),
            (
                "Qua bình xét, Sở Y tế được đề nghị UBND tỉnh tặng Cờ thi đua.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Sau khi bình xét, Cụm đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.",
                [("co_thi_dua", "province", 1, P)],
            ),
        ]
    )


def test_what_the_members_give_in_house_is_no_award_of_the_bloc() -> None:
    """Members commending their own people, whatever kind of member ("các hội", "các huyện"),
    or "trong nội bộ": not the bloc's awards."""
    check(
        [
            (
                "Trong nội bộ, các hội thành viên đã tặng Giấy khen cho 46 tập thể và 118 cá nhân.",
                [],
            ),
            ("Các huyện trong Cụm đã khen thưởng 215 tập thể, cá nhân.", []),
            ("Các đơn vị đã khen thưởng nội bộ cho 312 lượt tập thể, cá nhân.", []),
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể.",
                [("bang_khen", "province", 3, P)],
            ),
        ]
    )


def test_a_total_over_groups_listed_after_its_colon() -> None:
    """ "đề nghị khen thưởng cho 4 hội, cụ thể như sau: - Cờ ...; - Bằng khen ...": the parts,
    not the total as well; a total over named units stays one group."""
    check(
        [
            (
                "Khối đã bình xét và nhất trí đề nghị khen thưởng cho 4 hội, cụ thể như sau:\n\n"
                "- Cờ thi đua của UBND tỉnh: Hội Chữ thập đỏ tỉnh;\n\n- Bằng khen của Chủ tịch "
                "UBND tỉnh (03 đơn vị): Hội Người mù tỉnh, Hội Người cao tuổi tỉnh, Hội Luật gia "
                "tỉnh.",
                [("co_thi_dua", "province", 1, P), ("bang_khen", "province", 3, P)],
            ),
            (
                "Cụm thống nhất đề nghị khen thưởng 5 đơn vị, gồm: 02 Cờ thi đua của UBND tỉnh và "
                "03 Bằng khen của Chủ tịch UBND tỉnh.",
                [("co_thi_dua", "province", 2, P), ("bang_khen", "province", 3, P)],
            ),
            (
                "Khối đề nghị khen thưởng cho 5 tập thể như sau: Sở Y tế, Sở Tư pháp, Sở Nội vụ, "
                "Sở Xây dựng và Thanh tra tỉnh.",
                [("other", None, 5, P)],
            ),
        ]
    )


def test_a_headline_vote_that_is_the_bodys_route_to_a_bang_khen() -> None:
    """A headline "X được Cụm suy tôn dẫn đầu" over the body's "suy tôn X dẫn đầu, đề nghị ...
    tặng Bằng khen": one group, the Bằng khen, as with a flag."""
    for title in (
        "Hội Nhà báo tỉnh Thanh Hóa được Cụm thi đua suy tôn dẫn đầu năm 2023",
        "Cụm thi đua suy tôn Hội Nhà báo tỉnh Thanh Hóa dẫn đầu năm 2023",
    ):
        text = (
            f"{title}\n\nSáng 12/12/2023, Cụm thi đua Hội Nhà báo các tỉnh Bắc Miền Trung tổng kết "
            "năm 2023. Hội nghị thống nhất suy tôn Hội Nhà báo tỉnh Thanh Hóa là đơn vị dẫn đầu "
            "Cụm, đề nghị Hội Nhà báo Việt Nam tặng Bằng khen."
        )
        assert _article_groups(text) == [("bang_khen", "central", 1, P)], title


def test_a_unit_described_by_an_old_honour_is_history() -> None:
    """ "A là đơn vị được Chủ tịch nước tặng Huân chương ... năm 2019" describes A by a past
    honour, as "đã" tells one; given at this meeting, or a year before, it stays."""
    check(
        [
            (
                "Công an huyện Tây Giang là đơn vị được Chủ tịch nước tặng Huân chương Chiến công "
                "hạng Ba năm 2019 và năm nay đăng cai hội nghị.",
                [],
            ),
            ("Sở Y tế, đơn vị được Thủ tướng tặng Bằng khen năm 2018, phát biểu tham luận.", []),
            (
                "Dịp này, Sở Y tế vinh dự đón nhận Huân chương Lao động hạng Ba năm 2019.",
                [("huan_chuong", None, 1, C)],
            ),
            (
                "Sở Nội vụ được UBND tỉnh tặng Cờ thi đua năm 2022.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Hội Nông dân tỉnh nhận Bằng khen vì thành tích năm 2019 do Trung ương Hội Nông "
                "dân Việt Nam trao.",
                [("bang_khen", "central", 1, C)],
            ),
        ]
    )


def test_members_commending_themselves_give_no_award_of_the_bloc() -> None:
    """ "Công an các huyện trong khối cũng đã tự khen thưởng 47 tập thể": in-house."""
    check(
        [
            ("Công an các huyện trong khối cũng đã tự khen thưởng 47 tập thể và 126 cá nhân.", []),
            ("Các đơn vị đã tự khen thưởng 35 tập thể, cá nhân.", []),
            ("Khối đề nghị UBND tỉnh khen thưởng 3 tập thể.", [("other", "province", 3, P)]),
        ]
    )


_REVIEW_15_JAN = (
    "Khối thi đua các sở tổng kết năm 2023\n\nNgày 15/1/2024, Khối thi đua các sở tổ chức hội "
    "nghị tổng kết công tác thi đua năm 2023. Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y "
    "tế.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cũng trong tháng, ngày 22/1/2024, Sở Tư pháp vinh dự đón nhận Bằng khen của Bộ Tư pháp "
        "vì thành tích trong công tác phổ biến pháp luật.",
        "Sáng 3/2/2024, Sở Công Thương được Bộ Công Thương trao Cờ thi đua vì thành tích trong "
        "công tác quản lý thị trường.",
        "Riêng Sở Nội vụ, trong tháng 12/2023 đã được Bộ Nội vụ tặng Bằng khen vì thành tích cải "
        "cách hành chính.",
        "Chiều 25/1, Sở Tài chính tổ chức hội nghị cán bộ, công chức năm 2024. Tại hội nghị, "
        "Giám đốc Sở đã tặng Giấy khen cho 8 phòng và 15 cá nhân.",
    ],
)
def test_a_conferral_on_another_day_is_another_event(paragraph: str) -> None:
    """An award conferred under another day than the meeting's, in a sentence or paragraph
    that speaks of no bloc, is another event's: a member's own ceremony or conference."""
    assert _article_groups(_REVIEW_15_JAN + paragraph) == [("co_thi_dua", "province", 1, P)]


@pytest.mark.parametrize(
    ("paragraph", "extra"),
    [
        (
            "Tại hội nghị, Sở Nội vụ được UBND tỉnh trao Bằng khen vì thành tích năm 2023.",
            ("bang_khen", "province", 1, C),
        ),
        (
            "Ngày 15/1/2024, Sở Tài chính cũng được UBND tỉnh tặng Bằng khen.",
            ("bang_khen", "province", 1, C),
        ),
        (
            "Ngày 12/1/2024, hai đơn vị của Khối được UBND tỉnh tặng Bằng khen.",
            ("bang_khen", "province", 2, C),
        ),
        (
            "Quyết định số 12/QĐ-UBND ngày 20/1/2024 của UBND tỉnh tặng Bằng khen cho 3 đơn vị.",
            ("bang_khen", "province", 3, C),
        ),
    ],
)
def test_a_conferral_at_the_meeting_or_of_the_bloc_stays(paragraph: str, extra: Group) -> None:
    """The meeting's own day, a sentence that speaks of the bloc, or a document's date keep
    the conferral the bloc's."""
    assert _article_groups(_REVIEW_15_JAN + paragraph) == [("co_thi_dua", "province", 1, P), extra]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Tư pháp và Sở Y tế - hai đơn vị đã nhận Cờ thi đua của UBND tỉnh năm 2022 - chủ "
        "động xin rút.",
        "Năm nay Sở Nội vụ không tham gia bình xét vì đã được tặng Cờ thi đua năm 2022.",
        "Sở Tư pháp, đơn vị được UBND tỉnh tặng Cờ thi đua năm 2022, nhường cơ hội cho đơn vị bạn.",
    ],
)
def test_at_a_review_an_award_of_an_earlier_year_is_history(sentence: str) -> None:
    """A year's review confers the year it reviews: an award told as done with an earlier
    year (one year before included) is a unit's history."""
    assert _article_groups(_REVIEW_15_JAN + sentence) == [("co_thi_dua", "province", 1, P)]


@pytest.mark.parametrize(
    "title",
    [
        "Thanh tra tỉnh được Khối đề nghị Chính phủ tặng Cờ thi đua",
        "Khối nội chính đề nghị Thủ tướng Chính phủ tặng cờ cho Thanh tra tỉnh",
        "Thanh tra tỉnh được đề nghị Chính phủ tặng Cờ thi đua năm 2023",
    ],
)
def test_a_headline_group_of_another_issuer_stays(title: str) -> None:
    """A headline's group is the body's when the issuers agree or one is unsaid; of another
    issuer than the body's groups it is a group of its own."""
    body = "Khối nội chính đề nghị UBND tỉnh tặng Cờ thi đua cho 4 đơn vị dẫn đầu."
    got = groups(body, title)
    assert ("co_thi_dua", "province", 4, P) in got
    assert [g for g in got if g[1] == "government"] == [("co_thi_dua", "government", 1, P)]


@pytest.mark.parametrize(
    "wording",
    [
        "Sau khi nghe ý kiến của từng đơn vị, Khối đã bình chọn hai đơn vị dẫn đầu để đề nghị UBND "
        "tỉnh tặng Cờ thi đua.",
        "Căn cứ kết quả chấm điểm của từng thành viên, Khối đề nghị UBND tỉnh tặng Cờ thi đua cho "
        "hai đơn vị.",
        "Qua đánh giá từng tiêu chí, các thành viên thống nhất đề nghị UBND tỉnh tặng Cờ thi đua "
        "cho 2 đơn vị.",
    ],
)
def test_tung_meaning_each_is_no_background(wording: str) -> None:
    """ "từng đơn vị" (each unit) is not "từng" (once): the proposal is the meeting's."""
    assert groups(wording) == [("co_thi_dua", "province", 2, P)]


def test_an_anaphor_for_one_unit_counts_one() -> None:
    """ "cho sở này", "cho đơn vị này", "cho đơn vị nói trên": one unit; "các đơn vị này": no
    number."""
    check(
        [
            (
                "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho sở này.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Đồng thời, Cụm cũng đề nghị Bộ Công an tặng Bằng khen cho đơn vị này.",
                [("bang_khen", "ministry", 1, P)],
            ),
            (
                "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho đơn vị nói trên.",
                [("co_thi_dua", "province", 1, P)],
            ),
            (
                "Khối đề nghị UBND tỉnh tặng Bằng khen cho các đơn vị này.",
                [("bang_khen", "province", None, P)],
            ),
        ]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Thường trực Khối đã hướng dẫn việc đề nghị khen thưởng Cờ thi đua cho các đơn vị.",
        "Khối đã hướng dẫn cho các thành viên cách đăng ký Cờ thi đua của UBND tỉnh.",
        "Từ đầu năm, Cụm đã ban hành tiêu chí chấm điểm cho từng lĩnh vực, hướng dẫn các đơn vị "
        "đăng ký danh hiệu thi đua.",
    ],
)
def test_guidance_on_registering_or_proposing_is_no_group(sentence: str) -> None:
    """ "hướng dẫn các đơn vị đăng ký danh hiệu": how to register, not a registration."""
    assert groups(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo kết quả bỏ phiếu, Hội Người cao tuổi tỉnh được các đơn vị trong khối nhất trí bình "
        "chọn, đề nghị UBND tỉnh tặng Cờ thi đua.",
        "Qua bỏ phiếu kín, Sở Y tế được 9/9 thành viên của Khối tín nhiệm bình chọn và đề nghị "
        "UBND tỉnh tặng Cờ thi đua.",
        "Kết thúc hội nghị, Hội Nông dân tỉnh được toàn thể các đơn vị trong khối suy tôn dẫn "
        "đầu, đề nghị UBND tỉnh tặng Cờ thi đua.",
    ],
)
def test_the_unit_voted_by_many_words_of_voters_is_the_recipient(sentence: str) -> None:
    """ "X được các đơn vị trong khối nhất trí bình chọn, đề nghị ... tặng Cờ": X is the one
    recipient, however long the voters are named."""
    assert groups(sentence) == [("co_thi_dua", "province", 1, P)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Giám đốc Sở đã tặng Giấy khen cho 27 tập thể và 58 cá nhân thuộc Sở có thành tích xuất "
        "sắc.",
        "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể và 10 cá nhân thuộc "
        "Công an tỉnh.",
        "Tại hội nghị, Chánh án Tòa án nhân dân tỉnh đã trao Giấy khen cho 4 tập thể của Tòa án "
        "nhân dân tỉnh.",
    ],
)
def test_the_head_of_a_unit_commending_its_own_people_is_no_group(sentence: str) -> None:
    """ "Giám đốc Sở tặng Giấy khen cho 27 tập thể thuộc Sở": a unit's own commendation."""
    assert groups(sentence) == []


def test_the_head_of_a_unit_commending_the_blocs_people_is_a_group() -> None:
    """ "... trao Giấy khen cho 3 tập thể thuộc Khối": the bloc's own commendation stays."""
    assert groups("Giám đốc Sở Nội vụ, Khối trưởng, trao Giấy khen cho 3 tập thể thuộc Khối.") == [
        ("giay_khen", None, 3, C)
    ]


def test_a_title_written_with_its_capital_is_a_title() -> None:
    """ "đăng ký đạt danh hiệu Xuất sắc", "công nhận danh hiệu Đơn vị văn hóa": a title with no
    quotes, named by its capital."""
    check(
        [
            (
                "Cả 5/5 phường trong Cụm đều đăng ký đạt danh hiệu Xuất sắc.",
                [("danh_hieu", None, 5, R)],
            ),
            (
                "Khối đề nghị công nhận danh hiệu Đơn vị văn hóa cho 3 cơ quan.",
                [("danh_hieu", None, 3, P)],
            ),
            (
                "Cả 4 đơn vị trong Khối đăng ký danh hiệu Cơ quan văn hóa năm 2024.",
                [("danh_hieu", None, 4, R)],
            ),
            # a flag called a title is the flag
            (
                "02 trường đăng ký danh hiệu Cờ thi đua của UBND tỉnh.",
                [("co_thi_dua", "province", 2, R)],
            ),
        ]
    )


def test_the_issuer_of_a_decision_about_an_award_issues_it() -> None:
    """ "Quyết định (số ...) của UBND tỉnh về việc tặng Cờ thi đua": the decision's body."""
    check(
        [
            (
                "Đại diện Sở Nội vụ công bố Quyết định của UBND tỉnh về việc tặng Cờ thi đua năm "
                "2023 cho Sở Y tế.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Đại diện Sở Nội vụ công bố Quyết định số 412/QĐ-UBND của UBND tỉnh về việc tặng "
                "Cờ thi đua cho Sở Y tế.",
                [("co_thi_dua", "province", 1, C)],
            ),
            (
                "Ông Lê Văn Tám đọc Quyết định của Bộ trưởng Bộ Công an về tặng Cờ thi đua cho "
                "Công an tỉnh.",
                [("co_thi_dua", "ministry", 1, C)],
            ),
        ]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Khối thi đua số 2 đã bình bầu, suy tôn 01 đơn vị xuất sắc tiêu biểu dẫn đầu của Khối là "
        "Phòng Nội vụ.",
        "Khối thi đua số 2 đã suy tôn 01 đơn vị tiêu biểu, xuất sắc dẫn đầu là Phòng Nội vụ.",
        "Khối thi đua số 2 đã bình xét 01 đơn vị tiêu biểu dẫn đầu khối là Phòng Tư pháp.",
    ],
)
def test_a_leading_unit_qualified_as_exemplary_is_voted(sentence: str) -> None:
    """ "suy tôn 01 đơn vị xuất sắc tiêu biểu dẫn đầu": the vote for the leading unit."""
    assert groups(sentence) == [("danh_hieu", None, 1, "proposed")]
