"""NLP layer: sentences, the spaCy Doc, mention labels and offsets, gazetteers."""

from __future__ import annotations

import pytest

from extract.nlp import gazetteer
from extract.nlp.orgs import find_orgs
from extract.nlp.tagger import tag, to_doc

TEXT = (
    "Khối thi đua các hội đặc thù sơ kết 6 tháng đầu năm 2022\n\n"
    "Ngày 5/7/2022, Liên hiệp các Hội KH&KT tỉnh Yên Bái - Trưởng khối thi đua các hội có "
    "tính chất đặc thù tổ chức hội nghị. Đồng chí Nguyễn Thị Lan, Phó Giám đốc Sở Nội vụ "
    "phát biểu. Năm 2022 cả khối có 01 đơn vị đăng ký Cờ thi đua của Chính phủ."
)


def test_mentions_carry_offsets_into_the_text() -> None:
    """Every mention's text is exactly the text at its offsets."""
    tagged = tag(TEXT)
    labels = {m.label for m in tagged.mentions()}
    assert {"DATE", "ORG", "PER", "LOC", "BLOC", "COUNT"} <= labels
    for m in tagged.mentions():
        if m.label != "PER":
            assert TEXT[m.start : m.end] == m.text


def test_values_are_normalised() -> None:
    """DATE values are ISO, PER values carry the role, LOC the province."""
    tagged = tag(TEXT)
    dates = [m.value for m in tagged.mentions() if m.label == "DATE"]
    assert "2022-07-05" in dates
    per = next(m for m in tagged.mentions() if m.label == "PER")
    assert per.value == {"name": "Nguyễn Thị Lan", "role": "Phó Giám đốc Sở Nội vụ"}
    loc = next(m for m in tagged.mentions() if m.label == "LOC")
    assert loc.value == "Yên Bái"


def test_spacy_doc_has_sentences_and_entities() -> None:
    """The Doc is built on our tokens, with our sentence starts and mentions."""
    tagged = tag(TEXT)
    doc = to_doc(tagged)
    assert len(list(doc.sents)) >= 3
    assert any(ent.label_ == "ORG" and "Liên hiệp" in ent.text for ent in doc.ents)
    assert len(doc.spans["mentions"]) == len(tagged.mentions())
    assert doc.text.replace(" ", "") == TEXT.replace(" ", "").replace("\n", "")


def test_gazetteer_has_63_provinces_and_34_successors() -> None:
    """The pre-2025 list and the 2025 merger (Resolution 202/2025/QH15)."""
    provs = gazetteer.provinces()
    assert len(provs) == 63
    assert len({p.successor_2025 for p in provs}) == 34


@pytest.mark.parametrize(
    "name",
    [p.name for p in gazetteer.provinces() if p.name not in {"Thừa Thiên Huế"}],
)
def test_successors_agree_with_underthesea(name: str) -> None:
    """Our 2025 successor matches underthesea.address for every province it knows."""
    from underthesea.address import convert_address

    prov = gazetteer.by_name(name)
    assert prov is not None
    kind = "thành phố" if prov.kind == "city" else "tỉnh"
    converted = convert_address(f"{kind} {name}").converted
    if not converted:
        pytest.skip(f"underthesea does not know {name}")
    expected = converted.replace("Tỉnh ", "").replace("Thành phố Hồ Chí Minh", "TPHCM")
    expected = expected.replace("Thành phố ", "").replace("TPHCM", "Thành phố Hồ Chí Minh")
    assert prov.successor_2025 == expected


def test_place_names_inside_other_names_are_not_provinces() -> None:
    """ "ĐH Thái Bình Dương" and "huyện Lâm Hà" are not provinces."""
    hits = gazetteer.find_provinces("ĐH Thái Bình Dương và Trường Thái Bình Dương ở huyện Long An")
    assert hits == []


def test_a_school_named_with_a_surname_word_is_one_name() -> None:
    """ "Trường Đại học Nông Lâm": words after a school head that look like a person name it."""
    for text, want in [
        ("Trường Đại học Nông Lâm làm Khối phó.", "Trường Đại học Nông Lâm"),
        ("Trường Cao đẳng Hà Tĩnh đăng cai hội nghị.", "Trường Cao đẳng Hà Tĩnh"),
        ("Trường Đại học Lâm nghiệp chủ trì.", "Trường Đại học Lâm nghiệp"),
        # a person named after a longer school name is still a person
        ("Hiệu trưởng Trường Cao đẳng Sư phạm Nguyễn Văn An phát biểu.", "Trường Cao đẳng Sư phạm"),
        ("Giám đốc Sở Y tế Nguyễn Văn An phát biểu.", "Sở Y tế"),
    ]:
        assert [o.name for o in find_orgs(text)][:1] == [want], text


def test_a_cooperative_or_company_named_like_a_person_is_one_name() -> None:
    """ "HTX Kim Bảng", "Công ty Hoàng Long": right after such a head the words are its name."""
    for text, want in [
        ("Các thành viên thống nhất để HTX Kim Bảng làm Khối phó.", "HTX Kim Bảng"),
        ("Hợp tác xã Trần Phú làm Khối phó năm 2023.", "Hợp tác xã Trần Phú"),
        ("Công ty Hoàng Long đăng cai hội nghị.", "Công ty Hoàng Long"),
        # a person after a complete name is still a person
        ("Giám đốc Công ty Điện lực Nguyễn Văn An phát biểu.", "Công ty Điện lực"),
    ]:
        assert [o.name for o in find_orgs(text)][:1] == [want], text


def test_units_renamed_in_2025_are_organisations() -> None:
    """The merged press units and the renamed tax offices are read whole."""
    for text, want in [
        (
            "Báo và Phát thanh, Truyền hình Cần Thơ chủ trì hội nghị.",
            "Báo và Phát thanh, Truyền hình Cần Thơ",
        ),
        (
            "Báo và Phát thanh, Truyền hình Lào Cai đăng cai.",
            "Báo và Phát thanh, Truyền hình Lào Cai",
        ),
        ("Thuế cơ sở 3 tỉnh Ninh Bình – đơn vị Cụm trưởng.", "Thuế cơ sở 3 tỉnh Ninh Bình"),
        ("Thuế tỉnh Quảng Trị tổ chức hội nghị.", "Thuế tỉnh Quảng Trị"),
        ("Thông tấn xã Việt Nam (Khối trưởng) chủ trì.", "Thông tấn xã Việt Nam"),
    ]:
        assert [o.name for o in find_orgs(text)][:1] == [want], text


def test_official_names_with_phong_chong() -> None:
    """ "phòng, chống" inside an official name does not end it at the comma."""
    for text, want in [
        (
            "Hội nghị bầu Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao là Cụm "
            "trưởng.",
            "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        ),
        (
            "Phòng Cảnh sát phòng, chống tội phạm môi trường chủ trì.",
            "Phòng Cảnh sát phòng, chống tội phạm môi trường",
        ),
        (
            "Ban Chỉ đạo phòng, chống tham nhũng tỉnh dự.",
            "Ban Chỉ đạo phòng, chống tham nhũng tỉnh",
        ),
    ]:
        assert [o.name for o in find_orgs(text)][:1] == [want], text


def test_a_given_name_that_opens_a_title_word_is_still_a_name() -> None:
    """ "Võ Thành Trung" (Thành opens "Thành ủy viên"): only a whole title ends a person's name."""
    for text, want in [
        (
            "Giám đốc Vietcombank chi nhánh Long An Võ Thành Trung, Khối trưởng, báo cáo.",
            "Vietcombank chi nhánh Long An",
        ),
        ("Giám đốc Sở Y tế Lê Đại Nghĩa phát biểu.", "Sở Y tế"),
        ("Chánh án TAND tỉnh Phan Chánh Hưng chủ trì.", "TAND tỉnh"),
    ]:
        assert [o.name for o in find_orgs(text)][:1] == [want], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đồng chí Lê Văn An, Chủ tịch CĐCS Sở Xây dựng - đơn vị Cụm phó.", "CĐCS Sở Xây dựng"),
        ("CĐCS Công ty Điện lực Hòa An đăng ký Cờ thi đua.", "CĐCS Công ty Điện lực Hòa An"),
        ("Cụm trưởng là CĐCS Trường Cao đẳng Y tế Bình Lâm.", "CĐCS Trường Cao đẳng Y tế Bình Lâm"),
    ],
)
def test_the_abbreviated_union_of_a_unit_is_one_name(text: str, name: str) -> None:
    """ "CĐCS X" is the union of X, not X itself."""
    assert name in [o.name for o in find_orgs(text)]


def test_a_bare_abbreviated_union_count_names_no_organisation() -> None:
    """ "gồm 8 CĐCS:" counts unions; the names follow the colon."""
    assert [o.name for o in find_orgs("Cụm gồm 8 CĐCS: Sở Tài chính, Sở Xây dựng.")] == [
        "Sở Tài chính",
        "Sở Xây dựng",
    ]
