"""Tests for the scorer: slot semantics, name matching, pairing, sets and file handling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract import evaluate, rules
from extract.errors import EvalError, RuleError
from extract.evaluate import (
    FIELDS,
    FieldScore,
    bloc_key,
    bloc_similarity,
    drop_admin_words,
    format_report,
    is_numbered_bloc_key,
    name_numbers,
    org_key,
    org_similarity,
    province_key,
    report_to_json,
    run_abbreviation_examples,
    run_eval_matching_examples,
    run_province_alias_examples,
    same_bloc,
    same_org,
    same_province,
    same_published,
    score,
    score_records,
    similarity,
)

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def bloc(name: str = "Khối thi đua các hội đặc thù", **slots: Any) -> dict[str, Any]:
    """A bloc object with null slots, overridden by `slots`."""
    out: dict[str, Any] = {
        "name": name,
        "event": {"type": "other", "date": None, "period": None},
        "leader": None,
        "deputy_leader": None,
        "next_leader": None,
        "member_count": None,
        "members": [],
        "awards": [],
    }
    out.update(slots)
    return out


def record(rid: str = "a1", **fields: Any) -> dict[str, Any]:
    """An article record with null fields, overridden by `fields`."""
    out: dict[str, Any] = {
        "id": rid,
        "title": "t",
        "published": None,
        "author": None,
        "province": None,
        "blocs": [],
        "people": [],
    }
    out.update(fields)
    return out


def award(
    award: str = "bang_khen",
    issuer: str | None = "province",
    count: int | None = 2,
    status: str = "proposed",
    year: int | None = 2021,
) -> dict[str, Any]:
    """An award object."""
    return {
        "award": award,
        "issuer": issuer,
        "count": count,
        "status": status,
        "year": year,
        "recipients": [],
    }


def counts(gold: dict[str, Any], pred: dict[str, Any] | None, name: str) -> tuple[int, int, int]:
    """(hits, fp, miss) of one field when scoring one gold record against one prediction."""
    report = score_records({gold["id"]: gold}, {} if pred is None else {pred["id"]: pred})
    row = next(f for f in report.fields if f.field == name)
    return row.hits, row.fp, row.miss


# --- slot semantics ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Minh Trang", "Minh Trang", (1, 0, 0)),  # hit
        (None, "Minh Trang", (0, 1, 0)),  # predicted where gold is null
        ("Minh Trang", None, (0, 0, 1)),  # missing
        ("Minh Trang", "Đức Phượng", (0, 1, 1)),  # wrong value: both
        (None, None, (0, 0, 0)),  # nothing counted
        (None, "  ", (0, 0, 0)),  # a blank string is null
    ],
)
def test_scalar_slot_semantics(
    gold: str | None, pred: str | None, expected: tuple[int, int, int]
) -> None:
    assert counts(record(author=gold), record(author=pred), "author") == expected


def test_author_normalisation_keeps_diacritics() -> None:
    assert counts(record(author="Thu Hoà"), record(author="thu  Hòa"), "author") == (1, 0, 0)
    assert counts(record(author="Đức Phượng"), record(author="Duc Phuong"), "author") == (0, 1, 1)


def test_province_aliases_and_prefix() -> None:
    for pred in ("TP.HCM", "TP HCM", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Hồ Chí Minh"):
        assert counts(record(province="TP.HCM"), record(province=pred), "province") == (1, 0, 0)
    assert counts(record(province="Hòa Bình"), record(province="tỉnh Hoà Bình"), "province") == (
        1,
        0,
        0,
    )
    assert counts(record(province="Ninh Thuận"), record(province="Bình Thuận"), "province") == (
        0,
        1,
        1,
    )
    assert province_key("Đăk Lăk") == province_key("Đắk Lắk")


def test_published_date_versus_datetime() -> None:
    assert same_published("2022-07-12", "2022-07-12T14:36:00")
    assert same_published("2022-07-12", "2022-07-12")
    assert not same_published("2022-07-12", "2022-07-13T00:10:00")
    assert same_published("2022-07-12T14:36:00", "2022-07-12T14:36:00")
    assert same_published("2022-07-12T14:36:00", "2022-07-12 14:36:00")
    assert not same_published("2022-07-12T14:36:00", "2022-07-12T14:36:01")
    assert not same_published("2022-07-12T00:00:00", "2022-07-12")
    assert not same_published("2022-07-12", "12/07/2022")
    gold = record(published="2022-07-12T14:36:00")
    assert counts(gold, record(published="2022-07-12"), "published") == (0, 1, 1)


def test_years_and_counts_must_be_equal_in_type() -> None:
    gold = record(blocs=[bloc(member_count=15, leader={"org": "Hội Nông dân tỉnh", "year": 2021})])
    pred = record(blocs=[bloc(member_count=15, leader={"org": "Hội Nông dân tỉnh", "year": 2022})])
    assert counts(gold, pred, "member_count") == (1, 0, 0)
    assert counts(gold, pred, "leader.org") == (1, 0, 0)
    assert counts(gold, pred, "leader.year") == (0, 1, 1)


def test_null_role_gives_null_org_and_year() -> None:
    gold = record(blocs=[bloc(next_leader={"org": "Hội Nhà báo tỉnh", "year": 2022})])
    pred = record(blocs=[bloc(deputy_leader={"org": "Hội Nhà báo tỉnh", "year": None})])
    assert counts(gold, pred, "next_leader.org") == (0, 0, 1)
    assert counts(gold, pred, "next_leader.year") == (0, 0, 1)
    assert counts(gold, pred, "deputy_leader.org") == (0, 1, 0)
    assert counts(gold, pred, "deputy_leader.year") == (0, 0, 0)


def test_event_slots() -> None:
    gold = record(
        blocs=[bloc(event={"type": "mid_year_review", "date": "2022-07-06", "period": "2022-H1"})]
    )
    pred = record(
        blocs=[bloc(event={"type": "mid_year_review", "date": "2022-07-07", "period": None})]
    )
    assert counts(gold, pred, "event.type") == (1, 0, 0)
    assert counts(gold, pred, "event.date") == (0, 1, 1)
    assert counts(gold, pred, "event.period") == (0, 0, 1)


# --- organisation names -------------------------------------------------------------------


def test_abbreviation_expanded_org_match() -> None:
    long = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"
    short = "Liên hiệp các Hội KH&KT tỉnh Lâm Đồng"
    assert org_key(short) == org_key(long) == "lien hiep cac hoi khoa hoc va ky thuat tinh lam dong"
    gold = record(blocs=[bloc(leader={"org": short, "year": 2021})])
    pred = record(blocs=[bloc(leader={"org": long, "year": 2021})])
    assert counts(gold, pred, "leader.org") == (1, 0, 0)


def test_abbreviations_are_token_aware_and_case_sensitive() -> None:
    assert org_key("Tổng công ty TCT") == "tong cong ty tct"  # no "TC" inside a word
    assert org_key("Doanh nghiệp tư nhân") == "doanh nghiep tu nhan"  # "tư" is a word here
    assert org_key("Ủy ban TƯ MTTQ") == "uy ban trung uong mat tran to quoc"
    assert org_key("Sở KH - ĐT") == org_key("Sở KH&ĐT") == org_key("Sở Kế hoạch và Đầu tư")
    assert org_key("Sở Văn hoá, Thể thao & Du lịch") == org_key("Sở VH-TT&DL")
    assert org_key("Tp. Hải Phòng") == org_key("Thành phố Hải Phòng")


def test_near_miss_below_threshold() -> None:
    a, b = "Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ thành phố"
    assert 0.8 < similarity(org_key(a), org_key(b)) < 0.85
    assert not same_org(a, b)
    gold = record(blocs=[bloc(leader={"org": a, "year": None})])
    pred = record(blocs=[bloc(leader={"org": b, "year": None})])
    assert counts(gold, pred, "leader.org") == (0, 1, 1)


def test_bloc_key_ignores_head_word() -> None:
    assert bloc_key("Khối thi đua Văn hóa - Xã hội") == "van hoa xa hoi"
    assert bloc_key("Cụm Văn hóa Xã hội") == "van hoa xa hoi"
    assert bloc_key("KHỐI THI ĐUA VĂN HOÁ - XÃ HỘI") == "van hoa xa hoi"
    assert bloc_key("Khối thi đua") == "khoi thi dua"


# --- administrative words (FORMAT.md: "may be dropped on either side") -------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("huyện Quan Sơn", "Quan Sơn"),
        ("Huyện Quan Sơn", "quan sơn"),
        ("UBND huyện Quan Sơn", "Ủy ban nhân dân Quan Sơn"),
        ("Công an tỉnh Hà Nam", "Công an Hà Nam"),
        ("Công an Tỉnh Hà Nam", "Công an tỉnh Hà Nam"),
        ("Thành phố Hải Phòng", "Hải Phòng"),
        ("TP. Hải Phòng", "Hải Phòng"),  # "TP" is expanded first, then dropped
        ("Hội Nông dân thị xã Sơn Tây", "Hội Nông dân Sơn Tây"),
        ("Đảng ủy phường Bình Cơ", "Đảng ủy xã Bình Cơ"),  # dropped on both sides
        ("Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", "Liên hiệp Hội Khoa học và Kỹ thuật Lâm Đồng"),
    ],
)
def test_admin_words_may_be_dropped(a: str, b: str) -> None:
    assert same_org(a, b)
    assert org_similarity(a, b) == 1.0
    gold = record(blocs=[bloc(members=[a])])
    pred = record(blocs=[bloc(members=[b])])
    assert counts(gold, pred, "members") == (1, 0, 0)


def test_admin_words_are_recognised_before_folding() -> None:
    # "Xa", "cắc" fold to "xa", "cac" but are not the words "xã", "các": they stay.
    assert org_key("Hội Xa Quan Sơn", drop_admin=True) == "hoi xa quan son"
    assert org_key("Hội cắc Quan Sơn", drop_admin=True) == "hoi cac quan son"
    assert org_key("Hội xã Quan Sơn", drop_admin=True) == "hoi quan son"
    assert org_key("Hội các Quan Sơn", drop_admin=True) == "hoi quan son"
    # ... and the full key keeps every word.
    assert org_key("huyện Quan Sơn") == "huyen quan son"


def test_admin_word_inside_a_common_word_or_name_stays() -> None:
    assert drop_admin_words("Xã hội") == "Xã hội"
    assert drop_admin_words("Bảo hiểm xã hội tỉnh Hà Nam") == "Bảo hiểm xã hội Hà Nam"
    assert org_key("Sở LĐ-TB&XH tỉnh Hà Nam", drop_admin=True) == (
        "so lao dong thuong binh va xa hoi ha nam"
    )
    assert org_key("HTX Nông nghiệp huyện Quan Sơn", drop_admin=True) == (
        "hop tac xa nong nghiep quan son"
    )
    assert org_key("Ban Tổ chức Tỉnh ủy", drop_admin=True) == "ban to chuc tinh uy"
    assert not same_org("Bảo hiểm Xã hội Hà Nam", "Bảo hiểm Hà Nam")
    assert not same_org("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Huyện ủy")
    assert not same_org("Tỉnh đoàn", "Huyện đoàn")


def test_trailing_admin_word_stays() -> None:
    # Nothing follows it, so there is no name it qualifies.
    assert org_key("Hội Nông dân tỉnh", drop_admin=True) == "hoi nong dan tinh"
    assert not same_org("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ thành phố")


def test_admin_words_in_bloc_names() -> None:
    assert same_bloc("Khối thi đua các cơ quan Nội chính", "Khối thi đua cơ quan Nội chính")
    assert same_bloc("Cụm thi đua các huyện miền núi", "Cụm thi đua huyện miền núi")
    gold = record(blocs=[bloc("Khối thi đua các hội có tính chất đặc thù", member_count=9)])
    pred = record(blocs=[bloc("Khối thi đua hội có tính chất đặc thù", member_count=9)])
    assert counts(gold, pred, "bloc.name") == (1, 0, 0)
    assert counts(gold, pred, "member_count") == (1, 0, 0)


# --- provinces ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pred",
    ["TP.HCM", "TPHCM", "TP HCM", "Tp.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "HCM"],
)
def test_ho_chi_minh_city_spellings_are_one_province(pred: str) -> None:
    assert same_province("Hồ Chí Minh", pred)
    assert counts(record(province="Hồ Chí Minh"), record(province=pred), "province") == (1, 0, 0)


def test_other_provinces_stay_apart() -> None:
    assert not same_province("Hồ Chí Minh", "Hà Nội")
    assert not same_province("TP.HCM", "TP. Hà Nội")
    assert same_province("Thành phố Hà Nội", "Hà Nội")


# --- numbers (FORMAT.md: "names whose numbers differ never match") --------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("TAND khu vực 15", "TAND khu vực 16"),
        ("Tòa án nhân dân khu vực 1", "TAND khu vực 11"),
        ("Hội Chữ thập đỏ Phường 1", "Hội Chữ thập đỏ Phường 11"),
        ("Công ty TNHH MTV Ia Sao 2", "Công ty TNHH MTV Ia Sao1"),
        ("TAND khu vực 15", "TAND khu vực"),  # a number on one side only
        ("Trường THCS số 2 Quan Sơn", "Trường THCS số 2 3 Quan Sơn"),  # multisets
    ],
)
def test_org_names_with_different_numbers_never_match(a: str, b: str) -> None:
    assert org_similarity(a, b) == 0.0
    assert not same_org(a, b)


def test_org_names_with_equal_numbers_still_match() -> None:
    assert same_org("TAND khu vực 15", "Tòa án nhân dân khu vực 15")
    assert same_org("TAND khu vực 15 - TP.HCM", "TAND khu vực 15 Thành phố Hồ Chí Minh")
    assert same_org("Công ty TNHH MTV Ia Sao 2", "Công ty TNHH MTV Ia Sao 02")  # 02 == 2
    assert name_numbers("Cụm 4 và Khối 04") == (4, 4)


def test_wrong_number_is_not_a_hit_in_a_list() -> None:
    gold = record(blocs=[bloc(members=["TAND khu vực 15", "TAND khu vực 16"])])
    pred = record(blocs=[bloc(members=["TAND khu vực 16", "TAND khu vực 17"])])
    assert counts(gold, pred, "members") == (1, 1, 1)
    gold = record(blocs=[bloc(leader={"org": "TAND khu vực 15", "year": 2025})])
    pred = record(blocs=[bloc(leader={"org": "TAND khu vực 16", "year": 2025})])
    assert counts(gold, pred, "leader.org") == (0, 1, 1)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cụm 4", "Cụm 6"),
        ("Cụm thi đua số 1", "Cụm thi đua số 10"),
        ("Cụm thi đua số II", "Cụm thi đua số III"),
        ("Khối thi đua XII", "Khối thi đua XI"),
        ("Cụm thi đua số IV TANDTC", "Cụm thi đua số VI TANDTC"),
        ("Cụm thi đua số một", "Cụm thi đua số hai"),
        ("Cụm thi đua 7 tỉnh miền núi phía Bắc", "Cụm thi đua các tỉnh miền núi phía Bắc"),
    ],
)
def test_bloc_names_with_different_numbers_never_match(a: str, b: str) -> None:
    assert bloc_similarity(a, b) == 0.0
    assert not same_bloc(a, b)


def test_bloc_numbers_roman_and_words() -> None:
    assert name_numbers("Cụm thi đua số VII", bloc=True) == (7,)
    assert name_numbers("Cụm thi đua số II TANDTC", bloc=True) == (2,)  # TANDTC is no numeral
    assert name_numbers("Cụm thi đua Số Một", bloc=True) == (1,)
    assert name_numbers("Cụm thi đua số mười một", bloc=True) == (11,)
    assert name_numbers("Khối Văn hóa - Xã hội", bloc=True) == ()  # "năm" etc. only after "số"
    assert name_numbers("Khối thi đua VII") == ()  # organisation names count digits only
    assert same_bloc("Cụm thi đua số VII ngành Y tế", "Cụm thi đua số 7 ngành Y tế")


def test_blocs_with_different_numbers_do_not_pair() -> None:
    gold = record(blocs=[bloc("Cụm thi đua số 4", member_count=5)])
    pred = record(blocs=[bloc("Cụm thi đua số 6", member_count=5)])
    assert counts(gold, pred, "bloc.name") == (0, 1, 1)
    assert counts(gold, pred, "member_count") == (0, 1, 1)


# --- numbered bloc names with a qualifier ---------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cụm thi đua số 1", "Cụm thi đua số 1 ngành Thông tin và Truyền thông"),
        ("Cụm thi đua số 1 ngành Thông tin và Truyền thông", "Cụm số 1"),
        ("Cụm thi đua số II", "Cụm thi đua số II TANDTC"),
        ("Cụm thi đua số 5", "Cụm thi đua số 5 Bảo hiểm Xã hội Việt Nam"),
        ("Khối 9", "Khối thi đua 9 khu vực miền Trung"),
        ("Cụm thi đua 4", "Cụm thi đua 4 khu vực Đông Nam bộ"),
        ("Khối thi đua số một", "Khối thi đua số một các tỉnh miền núi"),
        # "số" only says a number follows
        ("Cụm 6", "Cụm thi đua số 6"),
        ("Khối số 3", "Khối thi đua 3 ngành Y tế"),
        # the qualifier may carry a number of its own
        ("Khối thi đua số 3", "Khối thi đua số 3, Quân đoàn 12"),
        ("Khối thi đua 5 – Quận 1", "Khối thi đua 5"),
        ("Cụm thi đua số 9 – Công an xã Bảo Lâm 4", "Cụm thi đua số 9"),
    ],
)
def test_numbered_bloc_matches_its_qualified_name(a: str, b: str) -> None:
    assert same_bloc(a, b)
    gold = record(blocs=[bloc(a, member_count=5)])
    pred = record(blocs=[bloc(b, member_count=5)])
    assert counts(gold, pred, "bloc.name") == (1, 0, 0)
    assert counts(gold, pred, "member_count") == (1, 0, 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cụm thi đua số 1", "Cụm thi đua số 2 ngành Thông tin và Truyền thông"),
        ("Cụm thi đua số 1", "Cụm thi đua số 10 ngành Thông tin và Truyền thông"),
        ("Cụm thi đua số 1", "Cụm thi đua số 1 năm 2023"),  # another number comes with it
        # Only a bare numbered name takes a qualifier; two different qualifiers do not match.
        ("Cụm thi đua số 1 ngành Y tế", "Cụm thi đua số 1 ngành Thông tin và Truyền thông"),
        ("Khối thi đua Kinh tế", "Khối thi đua Kinh tế ngành Nông nghiệp và Phát triển nông thôn"),
    ],
)
def test_qualifier_rule_needs_the_same_numbered_name(a: str, b: str) -> None:
    assert not same_bloc(a, b)


def test_numbered_bloc_key() -> None:
    for key in ("1", "so 1", "12", "vii", "so ii", "so mot", "so muoi mot"):
        assert is_numbered_bloc_key(key), key
    for key in ("", "so", "kinh te", "so 1 nganh y te", "mot", "van hoa xa hoi"):
        assert not is_numbered_bloc_key(key), key


def test_exact_bloc_name_wins_over_the_qualified_one() -> None:
    gold = record(blocs=[bloc("Cụm thi đua số 1", member_count=5)])
    pred = record(
        blocs=[
            bloc("Cụm thi đua số 1 ngành Y tế", member_count=9),
            bloc("Cụm thi đua số 1", member_count=5),
        ]
    )
    assert counts(gold, pred, "bloc.name") == (1, 1, 0)
    assert counts(gold, pred, "member_count") == (1, 1, 0)


# --- the rule file behind these rules -------------------------------------------------------


def test_eval_matching_rule_file_examples() -> None:
    assert run_eval_matching_examples() == []


def test_broken_roman_numeral_regex_names_the_rule_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rules.rules_dir() / "eval_matching.yaml"
    text = source.read_text("utf-8")
    broken = text.replace("roman_numeral: '(?=[IVX])", "roman_numeral: '(?=[IVX]")
    assert broken != text
    (tmp_path / "eval_matching.yaml").write_text(broken, "utf-8")
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    evaluate.match_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"rules/eval_matching\.yaml: roman_numeral"):
            evaluate.match_rules()
    finally:
        monkeypatch.delenv("THIDUA_RULES")
        rules.load.cache_clear()
        evaluate.match_rules.cache_clear()
    assert evaluate.match_rules().roman.pattern  # the real file compiles again


# --- blocs --------------------------------------------------------------------------------


def test_blocs_paired_by_name_not_order() -> None:
    gold = record(
        blocs=[bloc("Cụm thi đua số 1", member_count=5), bloc("Cụm thi đua số 2", member_count=7)]
    )
    pred = record(
        blocs=[bloc("Cụm số 2", member_count=7), bloc("Cụm thi đua số 1", member_count=5)]
    )
    assert counts(gold, pred, "bloc.name") == (2, 0, 0)
    assert counts(gold, pred, "member_count") == (2, 0, 0)


def test_unpaired_blocs_count_every_non_null_slot() -> None:
    gold = record(
        blocs=[
            bloc(
                "Khối thi đua các cơ quan Đảng",
                member_count=9,
                members=["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"],
                leader={"org": "Ban Tổ chức Tỉnh ủy", "year": 2023},
            )
        ]
    )
    pred = record(
        blocs=[bloc("Khối thi đua các cơ quan Nhà nước", member_count=9, awards=[award()])]
    )
    assert similarity(bloc_key(gold["blocs"][0]["name"]), bloc_key(pred["blocs"][0]["name"])) < 0.8
    report = score_records({"a1": gold}, {"a1": pred})
    rows = {f.field: (f.hits, f.fp, f.miss) for f in report.fields}
    assert rows["bloc.name"] == (0, 1, 1)
    assert rows["member_count"] == (0, 1, 1)
    assert rows["members"] == (0, 0, 2)
    assert rows["leader.org"] == (0, 0, 1)
    assert rows["leader.year"] == (0, 0, 1)
    assert rows["awards"] == (0, 1, 0)
    assert rows["event.type"] == (0, 1, 1)  # "other" is a value on both sides
    assert rows["event.date"] == (0, 0, 0)


# --- sets -----------------------------------------------------------------------------------


def test_members_matched_one_to_one() -> None:
    gold = record(blocs=[bloc(members=["Hội Nông dân tỉnh", "Liên minh HTX tỉnh", "Hội Luật gia"])])
    pred = record(
        blocs=[
            bloc(
                members=[
                    "Hội Nông dân tỉnh",
                    "Hội Nông dân tỉnh",
                    "Liên minh Hợp tác xã tỉnh",
                    "Hội Nhà báo",
                ]
            )
        ]
    )
    assert counts(gold, pred, "members") == (2, 2, 1)


def test_members_best_similarity_first() -> None:
    gold = record(blocs=[bloc(members=["TAND khu vực 15", "TAND khu vực 16"])])
    pred = record(blocs=[bloc(members=["Tòa án nhân dân khu vực 16", "TAND khu vực 15"])])
    report = score_records({"a1": gold}, {"a1": pred})
    assert next(f for f in report.fields if f.field == "members").hits == 2
    assert not report.details


def test_award_tuples_as_multiset() -> None:
    gold = record(blocs=[bloc(awards=[award(), award(), award("co_thi_dua", count=1)])])
    pred = record(
        blocs=[
            bloc(
                awards=[
                    award(year=None),
                    award(count=3),
                    award("co_thi_dua", count=1, status="conferred"),
                ]
            )
        ]
    )
    assert counts(gold, pred, "awards") == (1, 2, 2)


def test_people_names_and_informational_roles() -> None:
    gold = record(
        people=[
            {"name": "Nguyễn Văn A", "role": "Chủ tịch Hội Nông dân tỉnh"},
            {"name": "Trần Thị Hoà", "role": None},
            {"name": "Lê B", "role": "Giám đốc Sở Nội vụ"},
            {"name": "Phạm C", "role": None},
        ]
    )
    pred = record(
        people=[
            {"name": "nguyễn văn  A", "role": "Chủ tịch Hội Nông dân tỉnh"},
            {"name": "Trần Thị Hòa", "role": None},
            {"name": "Lê B", "role": "Phó Chủ tịch UBND tỉnh"},
            {"name": "Đỗ D", "role": None},
        ]
    )
    assert counts(gold, pred, "people") == (3, 1, 1)
    assert counts(gold, pred, "people.role") == (2, 1, 1)
    report = score_records({"a1": gold}, {"a1": pred})
    assert report.micro.hits == 3 and report.micro.fp == 1 and report.micro.miss == 1


# --- reports and files -------------------------------------------------------------------------


def test_missing_and_extra_predictions() -> None:
    gold = {"a1": record("a1", author="X"), "a2": record("a2", author="Y", blocs=[bloc()])}
    pred = {"a1": record("a1", author="X"), "zz": record("zz", author="Z")}
    report = score_records(gold, pred)
    assert report.articles_scored == 2
    assert report.missing_predictions == ["a2"]
    assert report.extra_predictions == ["zz"]
    rows = {f.field: (f.hits, f.fp, f.miss) for f in report.fields}
    assert rows["author"] == (1, 0, 1)
    assert rows["bloc.name"] == (0, 0, 1)
    assert {"id": "a2", "field": "author", "gold": "Y", "pred": None, "kind": "miss"} in (
        report.details
    )


def test_field_score_rates() -> None:
    assert FieldScore("x").f1 == 0.0 and FieldScore("x").precision == 0.0
    s = FieldScore("x", hits=3, fp=1, miss=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_format_and_json_report() -> None:
    report = score_records({"a1": record(author="X")}, {"a1": record(author="Y")})
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0].split() == ["field", "hits", "fp", "miss", "P", "R", "F1"]
    assert [line.split()[0] for line in lines[2 : 2 + len(FIELDS)]] == [
        f + ("*" if f == "people.role" else "") for f in FIELDS
    ]
    assert any(line.startswith("micro") for line in lines)
    data = report_to_json(report)
    json.dumps(data)
    assert data["micro"]["fp"] == 1 and data["micro"]["miss"] == 1
    assert [f["field"] for f in data["fields"]] == list(FIELDS)


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write records as JSONL and return the path."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_restriction_to_ids() -> None:
    gold = {
        "a1": record("a1", author="X"),
        "a2": record("a2", author="Y"),
        "c2_1": record("c2_1", author="Z"),
    }
    pred = {"a1": record("a1", author="X")}
    report = score_records(gold, pred, ids=["a1", "a2", "nogold"])
    assert report.articles_scored == 2
    assert report.missing_predictions == ["a2"]  # still scored, as all misses
    assert report.unscored_gold == ["c2_1"]
    assert report.extra_predictions == []
    row = next(f for f in report.fields if f.field == "author")
    assert (row.hits, row.fp, row.miss) == (1, 0, 1)
    assert "gold articles left out (outside the ids scored): 1" in format_report(report)
    assert report_to_json(report)["unscored_gold"] == ["c2_1"]
    # Without a restriction nothing is left out.
    assert score_records(gold, pred).unscored_gold == []


def test_score_only_predicted(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for rid, author in (("a1", "X"), ("a2", "Y"), ("c2_1", "Z")):
        (gold_dir / f"{rid}.json").write_text(json.dumps(record(rid, author=author)), "utf-8")
    records = _write_jsonl(
        tmp_path / "records.jsonl", [record("a1", author="X"), record("c2_1", author="W")]
    )
    everything = score(gold_dir, records)
    assert everything.articles_scored == 3 and everything.missing_predictions == ["a2"]
    report = score(gold_dir, records, only_predicted=True)
    assert report.articles_scored == 2
    assert report.missing_predictions == [] and report.unscored_gold == ["a2"]
    assert (report.micro.hits, report.micro.fp, report.micro.miss) == (1, 1, 1)
    both = score(gold_dir, records, only_predicted=True, ids=["a1", "a2"])
    assert both.articles_scored == 1 and both.micro.hits == 1
    just_ids = score(gold_dir, records, ids=["a2"])
    assert just_ids.articles_scored == 1 and just_ids.missing_predictions == ["a2"]


def test_score_reads_files(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a1.json").write_text(json.dumps(record("a1", author="X")), "utf-8")
    (gold_dir / "NOTES_x.md").write_text("notes, not a record", "utf-8")
    records = _write_jsonl(
        tmp_path / "records.jsonl", [record("a1", author="X", extra="ok"), record("b2")]
    )
    report = score(gold_dir, records)
    assert report.articles_scored == 1
    assert report.extra_predictions == ["b2"]
    assert report.micro.hits == 1


def test_bad_jsonl_line_names_line_number(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a1.json").write_text(json.dumps(record("a1")), "utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record("a1")) + "\n\n{not json\n", "utf-8")
    with pytest.raises(EvalError, match=r"records\.jsonl:3: not a JSON object"):
        score(gold_dir, records)
    _write_jsonl(records, [record("a1"), record("a1")])
    with pytest.raises(EvalError, match=r":2: id 'a1' repeats line 1"):
        score(gold_dir, records)
    _write_jsonl(records, [{"title": "no id"}])
    with pytest.raises(EvalError, match=r":1: .*string \"id\""):
        score(gold_dir, records)
    _write_jsonl(records, [record("a1", blocs=[bloc(leader={"org": "X", "year": "2021"})])])
    with pytest.raises(EvalError, match=r":1: blocs\.0\.leader\.year"):
        score(gold_dir, records)


def test_unreadable_inputs(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="does not exist"):
        score(tmp_path / "nope", tmp_path / "records.jsonl")
    (tmp_path / "gold").mkdir()
    with pytest.raises(EvalError, match=r"no <id>\.json gold records"):
        score(tmp_path / "gold", tmp_path / "records.jsonl")
    (tmp_path / "gold" / "a1.json").write_text("{", "utf-8")
    with pytest.raises(EvalError, match=r"a1\.json: cannot read gold record"):
        score(tmp_path / "gold", tmp_path / "records.jsonl")
    (tmp_path / "gold" / "a1.json").write_text(json.dumps(record("a1")), "utf-8")
    with pytest.raises(EvalError, match="cannot read predictions"):
        score(tmp_path / "gold", tmp_path / "records.jsonl")


# --- rule files and the shared gold ---------------------------------------------------------


def test_rule_file_examples() -> None:
    assert run_abbreviation_examples() == []
    assert run_province_alias_examples() == []
    assert run_eval_matching_examples() == []


def test_shared_gold_scores_perfectly_against_itself(tmp_path: Path) -> None:
    gold_dir = SHARED_CORPUS / "gold"
    if not gold_dir.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    report = score(gold_dir, _write_jsonl(tmp_path / "records.jsonl", golds))
    assert report.missing_predictions == [] and report.extra_predictions == []
    assert report.details == []
    for row in [*report.fields, report.micro]:
        assert row.fp == 0 and row.miss == 0, row.field
        if row.hits:
            assert row.f1 == 1.0, row.field
    assert report.micro.f1 == 1.0
