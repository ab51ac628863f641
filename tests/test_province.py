"""Province by ranked evidence (behaviour 8): paraphrase sets written for these tests.

Every sentence here is invented; the bodies and people are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import rules
from extract.errors import RuleError
from extract.facts import extract_facts
from extract.facts import province as province_mod
from extract.facts.blocs import find_blocs
from extract.facts.context import build_context
from extract.facts.province import ProvinceChoice, choose_province
from extract.model import Article, Bloc
from extract.nlp import gazetteer
from extract.nlp.tagger import tag
from extract.text.normalize import normalize


def article(text: str, url: str | None = None, site_province: str | None = None) -> Article:
    """An Article whose first line is the title."""
    norm = normalize(text).text.strip()
    first = norm.split("\n", 1)[0]
    return Article(
        id="t",
        text=norm,
        title=first,
        title_span=(0, len(first)),
        url=url,
        site_province=site_province,
    )


def province(text: str, url: str | None = None, site_province: str | None = None) -> str | None:
    """The record's province for a text."""
    return extract_facts(article(text, url, site_province)).province


def choice(text: str, url: str | None = None) -> tuple[ProvinceChoice, str]:
    """The province choice (with its rule) and the normalised text."""
    art = article(text, url)
    ctx = build_context(art, tag(art.text))
    blocs = find_blocs(ctx)
    main = Bloc(blocs[0].name, blocs[0].span) if blocs else None
    return choose_province(ctx, main), art.text


# --- the bloc's own words name its province ---------------------------------------------------

OWN_WORDS = [
    (
        "Tin địa phương\n\nNgày 12/3, Khối thi đua các cơ quan tham mưu tỉnh Sóc Trăng tổ chức "
        "hội nghị sơ kết 6 tháng đầu năm.",
        "Sóc Trăng",
    ),
    (
        "Tin địa phương\n\nSáng 4/7, Cụm thi đua số 2 của UBND tỉnh Bình Phước tổ chức ký kết "
        "giao ước thi đua năm 2024.",
        "Bình Phước",
    ),
    (
        "Tin địa phương\n\nChiều 8/1, Cụm thi đua số 5 – Công an tỉnh Hà Tĩnh tổng kết phong "
        "trào thi đua năm 2023.",
        "Hà Tĩnh",
    ),
    (
        "Tin địa phương\n\nKhối thi đua các trường cao đẳng trên địa bàn tỉnh Phú Yên vừa họp "
        "bình xét thi đua năm học 2022 - 2023.",
        "Phú Yên",
    ),
    (
        "Tin địa phương\n\nNgày 20/12, Cụm thi đua miền núi Nghệ An tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2022.",
        "Nghệ An",
    ),
]


@pytest.mark.parametrize(("text", "expect"), OWN_WORDS)
def test_the_blocs_own_words_name_its_province(text: str, expect: str) -> None:
    assert province(text) == expect


def test_own_words_outrank_site_and_venue() -> None:
    """The name's province wins over a venue and over a site from another province."""
    text = (
        "Tin địa phương\n\nNgày 10/5, tại thành phố Đà Lạt, Khối thi đua các tổ chức xã hội "
        "tỉnh Ninh Thuận tổ chức hội nghị sơ kết 6 tháng."
    )
    assert province(text, url="https://snv.lamdong.gov.vn/tin/1.html") == "Ninh Thuận"


# --- venues do not count ----------------------------------------------------------------------

VENUE_ONLY = [
    "Tin\n\nKhối thi đua các hội đặc thù tổ chức hội nghị sơ kết tại Hà Nội.",
    "Tin\n\nChiều 3/6, tại Cần Thơ, Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua.",
    "Tin\n\nHội nghị tổng kết của Cụm thi đua số 4 diễn ra ở TP. Vinh, Nghệ An hôm qua.",
]


@pytest.mark.parametrize("text", VENUE_ONLY)
def test_a_venue_alone_gives_no_province(text: str) -> None:
    assert province(text) is None


@pytest.mark.parametrize("text", VENUE_ONLY)
def test_a_venue_does_not_beat_the_site(text: str) -> None:
    assert province(text, url="https://sonoivu.kontum.gov.vn/tin/2.html") == "Kon Tum"


# --- national and regional clusters get none ------------------------------------------------

NATIONAL = [
    "Tin\n\nNgày 7/4, Cụm thi đua các tỉnh miền núi phía Bắc tổ chức hội nghị tại Lào Cai.",
    "Tin\n\nCụm thi đua số 2 – Bộ Công an gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Hà Giang "
    "tổ chức ký kết giao ước thi đua.",
    "Tin\n\nSáng 5/3, Cụm thi đua số 6 thuộc Bộ Tài chính tổ chức hội nghị; Cục Thuế tỉnh "
    "Quảng Ninh là đơn vị Cụm trưởng năm 2024.",
    "Tin\n\nKhối thi đua các Bộ, ngành kinh tế tổng hợp tổng kết năm 2023 tại Hà Nội.",
    "Tin\n\nCụm thi đua 5 tỉnh Tây Nguyên ngành Tư pháp ký giao ước thi đua tại Gia Lai.",
    "Tin\n\nNgày 9/3, Công an 6 tỉnh trong Cụm thi đua số 9 ký kết giao ước thi đua tại Phú Yên.",
    "Tin\n\nCụm thi đua số 3 Bảo hiểm xã hội Việt Nam tổng kết năm 2023; BHXH tỉnh Gia Lai "
    "làm Cụm trưởng.",
    "Tin\n\nKhối thi đua đồng bằng sông Cửu Long của ngành Kiểm sát họp tại Cà Mau.",
]


@pytest.mark.parametrize("text", NATIONAL)
def test_national_and_regional_clusters_get_no_province(text: str) -> None:
    assert province(text) is None


@pytest.mark.parametrize("text", NATIONAL[:4])
def test_national_clusters_stay_national_on_a_provincial_site(text: str) -> None:
    assert province(text, url="https://baogialai.com.vn/tin/3.html") is None


def test_a_ministry_before_the_name_makes_it_national() -> None:
    text = (
        "Tin\n\nChiều 2/11, tại Bến Tre, Bộ Giao thông vận tải - Cụm thi đua số 3 tổ chức "
        "ký kết giao ước thi đua năm 2022."
    )
    got, _ = choice(text)
    assert got.province is None and got.rule == "national:ministry_before"


def test_provinces_named_as_members_make_it_national() -> None:
    text = (
        "Tin\n\nCụm thi đua Hội Nông dân gồm: Hội Nông dân tỉnh An Giang, Hội Nông dân tỉnh "
        "Kiên Giang, Hội Nông dân tỉnh Cà Mau tổ chức hội nghị sơ kết."
    )
    assert province(text) is None


def test_a_provinces_own_cities_are_not_a_multi_province_marker() -> None:
    """ "2 thành phố" of one province is not "5 tỉnh"."""
    text = (
        "Đồng Tháp có 2 cụm thi đua\n\nCụm thi đua số 1 gồm 4 đơn vị là huyện Tháp Mười, "
        "Cao Lãnh và 2 thành phố Sa Đéc, Hồng Ngự tổ chức hội nghị."
    )
    assert province(text) == "Đồng Tháp"


# --- provinces inside other bodies' names ---------------------------------------------------


def test_a_bank_branch_does_not_name_the_province() -> None:
    text = (
        "Tin\n\nKhối thi đua các ngân hàng tổ chức hội nghị tổng kết; dự có đại diện Ngân hàng "
        "Chính sách xã hội chi nhánh tỉnh Tiền Giang."
    )
    assert province(text, url="https://baolongan.vn/tin/4.html") == "Long An"
    assert province(text) is None


def test_a_university_name_does_not_name_the_province() -> None:
    text = (
        "Tin\n\nCụm thi đua số 4 tổng kết năm học; Đại học Vinh làm Cụm trưởng, Đại học Huế "
        "làm Cụm phó."
    )
    assert province(text) is None


def test_a_university_of_a_ministry_cluster_is_national() -> None:
    text = (
        "Tin\n\nCụm thi đua số 4 thuộc Bộ Giáo dục và Đào tạo tổng kết năm học; Đại học Vinh "
        "làm Cụm trưởng, Đại học Huế làm Cụm phó."
    )
    assert province(text, url="https://tintuc.example.vn/a.html") is None


def test_members_in_one_province_name_it() -> None:
    text = (
        "Tin\n\nKhối thi đua XI gồm: Cục Thuế tỉnh Vĩnh Long, Kho bạc Nhà nước tỉnh, Cục "
        "Thống kê tỉnh, Bảo hiểm xã hội tỉnh tổ chức hội nghị sơ kết."
    )
    assert province(text) == "Vĩnh Long"


def test_an_anniversary_name_is_not_a_mention() -> None:
    text = (
        "Tin\n\nNăm 2010, Cụm thi đua số 6 hưởng ứng Đại lễ 1000 năm Thăng Long - Hà Nội, "
        "tổ chức hội nghị sơ kết."
    )
    assert province(text) is None


# --- the site ---------------------------------------------------------------------------------

SITES = [
    ("https://stnmt.travinh.gov.vn/tin/1.html", "Trà Vinh"),  # host label
    ("https://congdoan.example.vn/ldld-tphn/tin-1.html", "Hà Nội"),  # URL folder word
    ("https://tintuc.example.vn/nghean/tin-2.html", "Nghệ An"),  # URL folder
    ("https://hueplus.vn/tin/3.html", "Thừa Thiên Huế"),  # "hue*" opens a label
    ("https://hoikhuyenhochcm.org.vn/tin/4.html", "Thành phố Hồ Chí Minh"),  # "*hcm*"
    ("https://baodongkhoi.vn/tin/5.html", "Bến Tre"),  # registry row
    # a run of a folder's words, and a last folder before an id query
    ("https://congdoan.example.vn/ldld-soc-trang/tin-8.html", "Sóc Trăng"),
    ("https://tintuc.example.vn/lien-doan-ha-tinh/tin-9.html", "Hà Tĩnh"),
    ("https://tintuc.example.vn/longan/?p=596734", "Long An"),
    ("https://tintuc.example.vn/tin/binhdinh/?id=12", "Bình Định"),
]
LOCAL_TEXT = "Tin\n\nCụm thi đua số 1 gồm các huyện tổ chức hội nghị tổng kết năm 2023."


@pytest.mark.parametrize(("url", "expect"), SITES)
def test_the_site_names_the_province(url: str, expect: str) -> None:
    assert province(LOCAL_TEXT, url=url) == expect


def test_a_national_site_names_none() -> None:
    assert province(LOCAL_TEXT, url="https://vov.vn/tin/6.html") is None
    assert province(LOCAL_TEXT, url="https://tintuc.example.vn/the-thao/tin-7.html") is None
    # the article's own slug, even with a trailing slash and a query that is no article id
    assert province(LOCAL_TEXT, url="https://tintuc.example.vn/tin/long-an-ky-ket/?ref=1") is None


def test_the_crawl_sources_province_stands_in_for_the_site() -> None:
    assert province(LOCAL_TEXT, site_province="Cà Mau") == "Cà Mau"


def test_a_short_slug_must_fill_its_label() -> None:
    """ "hue" inside "thue" (tax) is not Huế; "hanam" is not a part of a longer word."""
    assert gazetteer.province_from_url("https://tongcucthue.gov.vn/a") is None
    assert gazetteer.province_from_url("https://thanhnam.example.vn/a") is None


# --- after the 2025 merger ------------------------------------------------------------------


def test_an_article_naming_only_the_new_province_gives_it() -> None:
    text = (
        "Tin\n\nNgày 3/9/2025, Khối thi đua số 2 tổ chức sơ kết; lãnh đạo UBND tỉnh Lào Cai "
        "ghi nhận kết quả của các đơn vị."
    )
    assert province(text, url="https://baoyenbai.com.vn/tin/8.html") == "Lào Cai"
    # Naming the old province keeps the site's.
    old = text.replace("UBND tỉnh Lào Cai", "UBND tỉnh Yên Bái")
    assert province(old, url="https://baoyenbai.com.vn/tin/8.html") == "Yên Bái"


# --- other ranks --------------------------------------------------------------------------

TITLES = [
    "Quảng Trị: Khối thi đua Mặt trận - Đoàn thể ký kết giao ước thi đua\n\nCác đơn vị trong "
    "khối thống nhất nội dung thi đua năm 2024.",
    "Tỉnh Quảng Trị: Cụm thi đua số 3 tổng kết năm\n\nHội nghị diễn ra tại Huế.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_province_opening_the_title_names_it(text: str) -> None:
    assert province(text) == "Quảng Trị"


def test_mentions_count_when_nothing_stronger_says() -> None:
    text = (
        "Tin\n\nKhối thi đua Mặt trận tổ chức hội nghị. Ông Trần Văn Bình, Phó Chủ tịch UBND "
        "tỉnh Bắc Giang, dự và phát biểu. UBND tỉnh Bắc Giang tặng Bằng khen cho 2 đơn vị."
    )
    assert province(text) == "Bắc Giang"


def test_the_canonical_name_is_written() -> None:
    text = "Tin\n\nCụm thi đua số 13 - Bộ Tư lệnh Thủ đô Hà Nội ký giao ước thi đua năm 2026."
    assert province(text) == "Hà Nội"


# --- evidence: the span and the rule travel with the province -----------------------------


@pytest.mark.parametrize(
    ("text", "url", "rule", "evidence"),
    [
        # a numbered name's qualifier ("số 2 của UBND tỉnh X") is read as part of its mention
        (OWN_WORDS[1][0], None, "bloc_name", "Bình Phước"),
        (OWN_WORDS[0][0], None, "bloc_name", "Sóc Trăng"),
        (TITLES[0], None, "title_prefix", "Quảng Trị"),
        (LOCAL_TEXT, "https://stnmt.travinh.gov.vn/tin/1.html", "site:host:travinh", None),
        (NATIONAL[0], None, "national:plural_provinces", None),
        (NATIONAL[4], None, "national:plural_provinces", None),
        (NATIONAL[7], None, "national:region", None),
    ],
)
def test_the_rule_and_span_travel_with_the_province(
    text: str, url: str | None, rule: str, evidence: str | None
) -> None:
    got, norm = choice(text, url)
    assert got.rule == rule
    assert (norm[slice(*got.span)] if got.span else None) == evidence


def test_province_rule_is_written_into_the_record_evidence() -> None:
    from extract.output.records import to_record

    facts = extract_facts(article(OWN_WORDS[1][0]))
    facts.province_rule = "bloc_tail:of_province"
    assert to_record(facts)["evidence"]["province_rule"] == "bloc_tail:of_province"


# --- typed rules ------------------------------------------------------------------------------


def test_broken_scope_regex_names_the_rule_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rules.rules_dir() / "scope.yaml"
    text = source.read_text("utf-8")
    broken = text.replace("name: held_at\n      regex: '", "name: held_at\n      regex: '(")
    assert broken != text
    (tmp_path / "scope.yaml").write_text(broken, "utf-8")
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    province_mod.scope_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"rules/scope\.yaml: venue/held_at"):
            province_mod.scope_rules()
    finally:
        monkeypatch.delenv("THIDUA_RULES")
        rules.load.cache_clear()
        province_mod.scope_rules.cache_clear()
    assert province_mod.scope_rules().venue


def test_a_site_row_must_name_a_known_province(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("provinces.tsv", "datelines.tsv"):
        (tmp_path / name).write_text((rules.rules_dir() / name).read_text("utf-8"), "utf-8")
    sites = (rules.rules_dir() / "sites.tsv").read_text("utf-8")
    (tmp_path / "sites.tsv").write_text(sites + "baoxyz.vn\tXứ Đoài\tprovince\tmade up\n", "utf-8")
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    gazetteer.gazetteer.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"rules/sites\.tsv: baoxyz\.vn"):
            gazetteer.gazetteer()
    finally:
        monkeypatch.delenv("THIDUA_RULES")
        rules.load.cache_clear()
        gazetteer.gazetteer.cache_clear()
    assert gazetteer.gazetteer().sites


# --- more scope wordings ----------------------------------------------------------------------


def test_words_after_the_meeting_verb_do_not_make_a_bloc_national() -> None:
    """ "các tỉnh bạn" after "tổ chức" is the meeting's talk, not the bloc's scope."""
    text = (
        "Tin\n\nKhối thi đua Văn hóa - Xã hội tỉnh Hà Nam tổ chức hội nghị học tập kinh "
        "nghiệm của các tỉnh bạn."
    )
    assert province(text) == "Hà Nam"


def test_a_provinces_central_agencies_are_local() -> None:
    """A bloc of central agencies based in one province is that province's."""
    text = (
        "Tin\n\nKhối thi đua các cơ quan ngành dọc Trung ương tổ chức hội nghị; Cục Thống kê "
        "tỉnh Hưng Yên là Khối trưởng, UBND tỉnh Hưng Yên tặng Bằng khen."
    )
    assert province(text) == "Hưng Yên"


def test_place_named_blocs_of_one_system_are_national() -> None:
    text = (
        "Thành lập 3 khối thi đua của Tổng công ty\n\nKhối thi đua TP.HCM gồm 5 đơn vị. Khối "
        "thi đua Tây Nguyên gồm 4 đơn vị. Khối thi đua Đông Nam Bộ gồm 6 đơn vị."
    )
    assert province(text) is None


def test_a_region_named_in_passing_leaves_a_local_bloc_local() -> None:
    text = (
        "Tin\n\nKhối thi đua các cơ quan Đảng tỉnh Đắk Lắk tổng kết năm 2023. Tỉnh cũng dẫn "
        "đầu Cụm thi đua các tỉnh Tây Nguyên."
    )
    assert province(text) == "Đắk Lắk"


def test_a_city_prefix_opens_the_title() -> None:
    text = "TP.HCM: Cụm thi đua số 4 tổng kết năm\n\nCác đơn vị trong cụm ký kết giao ước."
    assert province(text) == "Thành phố Hồ Chí Minh"


CENTRAL = [
    "Tin\n\nKhối thi đua các cơ quan Trung ương tổng kết năm 2023 tại trụ sở Bộ Nội vụ.",
    "Tin\n\nKhối thi đua các cơ quan Đảng Trung ương ký giao ước thi đua năm 2024.",
    "Tin\n\nCụm thi đua số 2 thuộc Bộ Quốc phòng tổng kết năm; Bộ Tư lệnh Thủ đô Hà Nội làm Cụm "
    "trưởng.",
]


@pytest.mark.parametrize("text", CENTRAL)
def test_central_and_ministry_blocs_get_none_even_on_a_city_site(text: str) -> None:
    assert province(text, url="https://hanoimoi.vn/tin/9.html") is None


def test_central_agencies_based_in_a_province_are_its_own() -> None:
    text = "Tin\n\nKhối thi đua các cơ quan ngành dọc Trung ương tổ chức hội nghị sơ kết 6 tháng."
    assert province(text, url="https://baonamdinh.vn/tin/10.html") == "Nam Định"


@pytest.mark.parametrize(
    "text",
    [
        "Tin\n\nKhối thi đua các doanh nghiệp gồm: Công ty Xổ số kiến thiết Sóc Trăng, Công ty "
        "cổ phần Dược Hậu Giang chi nhánh Sóc Trăng, Công ty cổ phần Cấp nước Sóc Trăng ký giao "
        "ước thi đua.",
        "Tin\n\nKhối thi đua số 3 gồm: Chi nhánh Công ty Bia Sài Gòn tại Sóc Trăng, Công ty cổ "
        "phần In Sóc Trăng và Công ty Môi trường Sóc Trăng tổ chức tổng kết.",
        "Tin\n\nCụm thi đua các doanh nghiệp gồm: Công ty CP Thủy sản Cà Mau chi nhánh Sóc Trăng, "
        "Công ty Điện lực Sóc Trăng, Công ty Cấp thoát nước Sóc Trăng tổ chức sơ kết.",
    ],
)
def test_a_brand_naming_another_province_does_not_make_members_multi_province(text: str) -> None:
    """The last place a member names locates it; a brand's province ("Dược Hậu Giang") does not."""
    assert province(text) == "Sóc Trăng"
