"""Linking organisation and bloc mentions across articles (extract.output.linking)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from extract.output.derived import analyst_tables
from extract.output.linking import (
    SCOPE_ARTICLE,
    SCOPE_ARTICLE_PROVINCE,
    SCOPE_NAME,
    SCOPE_NATIONAL,
    SCOPE_SECTOR,
    find_province,
    link_bloc,
    link_org,
    org_id,
    sector_key,
)
from extract.output.tables import build_tables

LHH = "org:lam-dong:lien-hiep-cac-hoi-khoa-hoc-ky-thuat"


def record(
    rid: str, province: str | None, bloc: str, members: list[str], **bloc_fields: Any
) -> dict[str, Any]:
    """A minimal record (made-up values) with one bloc."""
    return {
        "id": rid,
        "title": bloc,
        "published": None,
        "author": None,
        "province": province,
        "blocs": [
            {
                "name": bloc,
                "event": {"type": "other", "date": None, "period": None},
                "leader": None,
                "deputy_leader": None,
                "next_leader": None,
                "member_count": None,
                "members": members,
                "awards": [],
                **bloc_fields,
            }
        ],
        "people": [],
    }


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", "Lâm Đồng"),
        ("Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", None),  # the name places it
        ("Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", "Yên Bái"),  # even in another province's news
        ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Lâm Đồng"),
        ("Liên hiệp các Hội Khoa học và Kỹ thuật", "Lâm Đồng"),
        ("LHH KH&KT", "Lâm Đồng"),
        ("Liên hiệp hội tỉnh Lâm Đồng", None),
        ("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH LÂM ĐỒNG", None),  # case
        ("liên hiệp các hội khoa học - kỹ thuật Lâm Đồng", None),  # punctuation, no "tỉnh"
        ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng", "tỉnh Lâm Đồng"),
        ("Liên hiệp các Hội KH-KT tỉnh", "Lâm Đồng"),
    ],
)
def test_written_variants_share_one_id(name: str, province: str | None) -> None:
    assert org_id(name, province, "any") == LHH


def test_tone_placement_and_unicode_form_do_not_matter() -> None:
    new_style = org_id("Hội Nông dân tỉnh Hòa Bình", None)
    assert new_style == "org:hoa-binh:hoi-nong-dan"
    assert org_id("Hội Nông dân tỉnh Hoà Bình", None) == new_style  # old-style tone mark
    assert org_id(unicodedata.normalize("NFD", "Hội Nông dân tỉnh Hòa Bình"), None) == new_style
    assert org_id("Hội Nông dân tỉnh", "Hoà Bình") == new_style


def test_generic_name_is_scoped_by_the_article_province() -> None:
    lam_dong = link_org("Hội Nhà báo tỉnh", "Lâm Đồng", "a1")
    yen_bai = link_org("Hội Nhà báo tỉnh", "Yên Bái", "a2")
    assert lam_dong.org_id == "org:lam-dong:hoi-nha-bao"
    assert yen_bai.org_id == "org:yen-bai:hoi-nha-bao"
    assert lam_dong.scope == yen_bai.scope == SCOPE_ARTICLE_PROVINCE
    # Written out with its province, it is the same organisation as the generic mention.
    assert org_id("Hội Nhà báo tỉnh Lâm Đồng", None) == lam_dong.org_id
    assert org_id("HNB Lâm Đồng", "Bình Thuận") == lam_dong.org_id


def test_names_with_a_province_or_national_are_not_article_scoped() -> None:
    police = link_org("Công an tỉnh Nam Định", "Hưng Yên", "a1")
    assert police.scope == SCOPE_NAME and police.org_id == "org:nam-dinh:cong-an"
    assert org_id("Công an tỉnh Nam Định", None, "a2") == police.org_id
    ministry = link_org("Bộ Công an", "Nam Định", "a1")
    assert ministry.scope == SCOPE_NATIONAL and ministry.province is None
    assert org_id("Bộ Công an", "Yên Bái", "a2") == ministry.org_id == "org:vn:bo-cong-an"
    # A provincial military command is not a ministry.
    assert link_org("Bộ Chỉ huy Quân sự tỉnh", "Cao Bằng").scope == SCOPE_ARTICLE_PROVINCE


def test_unplaceable_generic_name_stays_in_its_article() -> None:
    a = link_org("Hội Luật gia", None, "dev_004")
    assert a.scope == SCOPE_ARTICLE and a.org_id == "org:a-dev-004:hoi-luat-gia"
    assert org_id("Hội Luật gia", None, "other") != a.org_id


def test_provincial_city_is_not_the_province() -> None:
    city = org_id("UBND thành phố Hà Tĩnh", "Hà Tĩnh")
    assert city != org_id("UBND tỉnh Hà Tĩnh", None)
    assert org_id("Hội Nhà báo thành phố Hà Nội", None) == org_id("Hội Nhà báo", "Hà Nội")


def test_province_and_2025_successor() -> None:
    link = link_org("Hội Nhà báo tỉnh", "Yên Bái")
    assert link.province is not None
    assert (link.province.name, link.province.successor_2025) == ("Yên Bái", "Lào Cai")
    hcm = find_province("TP.HCM")
    assert hcm is not None and hcm.name == "Thành phố Hồ Chí Minh"
    assert find_province(None) is None and find_province("  ") is None


def test_bloc_ids() -> None:
    party = link_bloc("Khối thi đua các cơ quan Đảng", "Bắc Ninh").bloc_id
    assert party == "bloc:bac-ninh:khoi-co-quan-dang"
    assert link_bloc("Khối thi đua Các cơ quan Đảng tỉnh", "Bắc Ninh").bloc_id == party
    assert link_bloc("khối thi đua các cơ quan Đảng tỉnh Bắc Ninh", None).bloc_id == party
    assert link_bloc("Khối thi đua các cơ quan Đảng", "Bình Định").bloc_id != party
    assert (
        link_bloc("Khối thi đua số 3", "Hưng Yên").bloc_id
        != link_bloc("Cụm thi đua số 3", "Hưng Yên").bloc_id
    )
    assert (
        link_bloc("Cụm thi đua số IV", "Quảng Trị").bloc_id
        == link_bloc("Cụm thi đua 4", "Quảng Trị").bloc_id
    )


def test_multi_province_bloc_is_scoped_by_its_sector() -> None:
    vks = ("VKSND tỉnh Đắk Lắk", "VKSND tỉnh Đắk Nông", "VKSND tỉnh Kon Tum")
    lao_dong = ("LĐLĐ Ninh Thuận", "LĐLĐ tỉnh Bình Thuận")
    assert sector_key(vks) == "vien kiem sat nhan dan"
    a = link_bloc("Cụm thi đua số 6", None, "a1", vks)
    b = link_bloc("Cụm thi đua số 6", None, "a2", lao_dong)
    assert a.scope == b.scope == SCOPE_SECTOR
    assert a.bloc_id != b.bloc_id
    # Another year's article of the same cluster, with other members, is the same bloc.
    assert link_bloc("Cụm thi đua số 6", None, "a3", vks[1:]).bloc_id == a.bloc_id
    assert sector_key(["Báo Hưng Yên", "Sở Y tế"]) is None  # one province is no cluster


def test_ids_are_in_every_table_with_a_mention() -> None:
    rec = record(
        "r1",
        "Lâm Đồng",
        "Khối thi đua các hội đặc thù",
        ["Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", "Hội Nhà báo tỉnh"],
        leader={"org": "LHH KH&KT", "year": 2022},
        awards=[
            {
                "award": "bang_khen",
                "issuer": "province",
                "count": 1,
                "status": "conferred",
                "year": 2022,
                "recipients": ["Hội Nhà báo tỉnh"],
            }
        ],
    )
    tables = build_tables([rec])
    bloc_id = "bloc:lam-dong:khoi-hoi-dac-thu"
    assert tables["blocs"].loc[0, "bloc_id"] == bloc_id
    assert tables["blocs"].loc[0, "leader_org_id"] == LHH
    assert tables["blocs"]["deputy_leader_org_id"].isna().all()
    assert tables["members"]["org_id"].tolist() == [LHH, "org:lam-dong:hoi-nha-bao"]
    assert set(tables["members"]["bloc_id"]) == {bloc_id}
    assert tables["awards"].loc[0, "bloc_id"] == bloc_id
    assert tables["award_recipients"].loc[0, "org_id"] == "org:lam-dong:hoi-nha-bao"


def test_entities_and_variants() -> None:
    records = [
        record("r1", "Lâm Đồng", "Khối thi đua các hội đặc thù",
               ["Liên hiệp các Hội KH&KT tỉnh Lâm Đồng", "Hội Nhà báo tỉnh"]),
        record("r2", "Lâm Đồng", "Khối thi đua Các hội đặc thù tỉnh",
               ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Hội Nhà báo tỉnh"],
               leader={"org": "LHH KH&KT", "year": 2023}),
        record("r3", "Yên Bái", "Khối thi đua các hội đặc thù", ["Hội Nhà báo tỉnh"]),
    ]  # fmt: skip
    tables = analyst_tables(records)
    entities = tables["entities"].set_index("entity_id")
    lhh = entities.loc[LHH]
    assert lhh["kind"] == "org" and lhh["n_variants"] == 3
    assert lhh["canonical_name"] == "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lâm Đồng"
    assert (lhh["province"], lhh["province_2025"]) == ("Lâm Đồng", "Lâm Đồng")
    assert (lhh["n_mentions"], lhh["n_articles"]) == (3, 2)
    assert entities.loc["org:lam-dong:hoi-nha-bao", "n_mentions"] == 2
    assert entities.loc["org:yen-bai:hoi-nha-bao", "province_2025"] == "Lào Cai"
    assert entities.loc["org:yen-bai:hoi-nha-bao", "canonical_name"] == "Hội Nhà báo tỉnh Yên Bái"
    blocs = entities[entities["kind"] == "bloc"]
    assert sorted(blocs.index) == [
        "bloc:lam-dong:khoi-hoi-dac-thu",
        "bloc:yen-bai:khoi-hoi-dac-thu",
    ]
    assert blocs.loc["bloc:lam-dong:khoi-hoi-dac-thu", "n_articles"] == 2
    variants = tables["entity_variants"]
    lhh_variants = variants[variants["entity_id"] == LHH]
    assert sorted(lhh_variants["variant"]) == [
        "LHH KH&KT",
        "Liên hiệp các Hội KH&KT tỉnh Lâm Đồng",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    ]
    assert lhh_variants["n_mentions"].sum() == 3


def test_ids_do_not_depend_on_the_other_records() -> None:
    alone = build_tables([record("r2", "Lâm Đồng", "Khối thi đua các hội đặc thù", ["LHH"])])
    others = [record(f"x{i}", "Yên Bái", "Khối thi đua số 1", ["Hội Luật gia"]) for i in range(3)]
    together = build_tables([*others, record("r2", "Lâm Đồng", "Khối thi đua các hội đặc thù",
                                             ["LHH"])])  # fmt: skip
    assert alone["members"]["org_id"].tolist() == [LHH]
    assert together["members"]["org_id"].tolist()[-1] == LHH


def test_canonical_names_complete_the_province() -> None:
    records = [
        record("k1", "Kon Tum", "Khối thi đua các cơ quan Khoa giáo - Y tế", ["Sở Y tế"]),
        record("q1", "Quảng Trị", "Cụm thi đua số 2", ["UBND huyện Gio Linh"]),
        record("y1", "Yên Bái", "Khối thi đua các hội đặc thù", ["Tỉnh đoàn"]),
    ]
    names = analyst_tables(records)["entities"].set_index("entity_id")["canonical_name"]
    assert names["org:kon-tum:so-y-te"] == "Sở Y tế (Kon Tum)"
    assert names["org:quang-tri:uy-ban-nhan-dan-gio-linh"] == "UBND huyện Gio Linh (Quảng Trị)"
    assert (
        names["org:yen-bai:doan-thanh-nien-cong-san-ho-chi-minh"]
        == "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Yên Bái"
    )
    assert names["bloc:quang-tri:cum-2"] == "Cụm thi đua số 2"
