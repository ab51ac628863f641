"""Tests for the scorer: slot semantics, name matching, pairing, sets and file handling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract.errors import EvalError
from extract.evaluate import (
    FIELDS,
    FieldScore,
    bloc_key,
    format_report,
    org_key,
    province_key,
    report_to_json,
    run_abbreviation_examples,
    run_province_alias_examples,
    same_org,
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
