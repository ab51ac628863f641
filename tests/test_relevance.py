"""Relevance (behaviour 10): a page reporting any bloc fact is kept, whatever its template.

Pages and sentences are invented for these tests; the bodies and people are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import rules
from extract.errors import RuleError
from extract.html.inputs import read_page
from extract.nlp import relevance
from extract.nlp.relevance import bloc_evidence, fold_regex, is_about_blocs, is_relevant

# --- bloc pages, one wording each -------------------------------------------------------------

BLOC_PAGES = [
    (
        "Cụm 4 tổng kết năm 2023",
        [
            "Chiều 14/12, Cụm 4 tổ chức hội nghị tổng kết năm 2023.",
            "Các đơn vị trong cụm đã hoàn thành các chỉ tiêu thi đua đề ra.",
        ],
    ),
    (
        "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH SƠ KẾT 6 THÁNG",
        ["Sáng 9/7, các đơn vị thống nhất nội dung thi đua 6 tháng cuối năm."],
    ),
    (
        "Ký kết giao ước năm 2024",
        ["Ngày 2/3, khối thi đua số 3 ký kết giao ước thi đua với 7 đơn vị thành viên."],
    ),
    (
        "Triển khai kế hoạch năm mới",
        [
            "Khối giao ước thi đua các sở, ngành tổng hợp triển khai kế hoạch năm 2024.",
            "Sở Nội vụ được bầu làm Trưởng khối.",
        ],
    ),
    (
        "Hội Nhà báo các tỉnh duyên hải họp mặt",
        ["Cụm thi đua các tỉnh duyên hải miền Trung tổng kết công tác năm 2023 tại Quy Nhơn."],
    ),
    (
        "Cụm miền núi phát động thi đua",
        [
            "Sáng 5/2, cụm miền núi của tỉnh phát động phong trào thi đua năm 2024.",
            "Các huyện trong cụm ký cam kết thực hiện.",
        ],
    ),
    (
        "Bình xét thi đua năm học",
        [
            "Khối các trường cao đẳng trên địa bàn tỉnh họp bình xét thi đua năm học 2023 - 2024.",
        ],
    ),
    (
        "Bàn giao nhiệm vụ năm 2024",
        ["Trưởng khối năm 2024 là Sở Y tế; Sở Giáo dục và Đào tạo làm Khối phó."],
    ),
    (
        "Tỉnh thành lập 14 cụm, khối thi đua",
        ["UBND tỉnh quyết định thành lập 14 cụm, khối thi đua năm 2025 và phân công trưởng khối."],
    ),
    (
        "Cum thi dua so 2 tong ket",
        ["Ngay 3/1, Cum thi dua so 2 to chuc hoi nghi tong ket nam 2023."],
    ),
]


# A neutral closing paragraph: an article page has more text than a one-line note.
CLOSING = (
    "Năm qua, các phong trào được triển khai rộng khắp ở cơ sở, thu hút đông đảo cán bộ, công "
    "chức và người lao động tham gia, góp phần hoàn thành nhiệm vụ chính trị của địa phương."
)


def _article_tag(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article><h1>{title}</h1>{body}</article></body></html>"


def _table_layout(title: str, paragraphs: list[str]) -> str:
    rows = "".join(f"<tr><td class='txt'>{p}</td></tr>" for p in paragraphs)
    return (
        "<html><head><title>Cổng thông tin</title></head><body><table>"
        "<tr><td><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></td></tr>"
        f"<tr><td><b class='tieude'>{title}</b></td></tr>{rows}"
        "<tr><td>Lượt xem: 102</td></tr></table></body></html>"
    )


def _div_soup(title: str, paragraphs: list[str]) -> str:
    body = "<br/>".join(paragraphs)
    return (
        "<html><body><div class='menu'><a href='/a'>Giới thiệu</a><a href='/b'>Liên hệ</a></div>"
        f"<div class='x1'><div class='x2'><span class='t'>{title}</span></div>"
        f"<div class='x3'>{body}</div></div>"
        "<div class='footer'>Bản quyền thuộc về cổng thông tin điện tử</div></body></html>"
    )


def _title_only_head(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<div>{p}</div>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


TEMPLATES = [_article_tag, _table_layout, _div_soup, _title_only_head]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.__name__)
@pytest.mark.parametrize(("title", "paragraphs"), BLOC_PAGES, ids=lambda x: str(x)[:24])
def test_a_bloc_page_is_kept_in_any_template(
    template: object, title: str, paragraphs: list[str]
) -> None:
    assert callable(template)
    html = template(title, [*paragraphs, CLOSING])
    article, _ = read_page("https://tin.example.vn/tin/1.html", html.encode(), article_id="p")
    assert is_relevant(article.text), article.text


# --- near misses: about awards or groups, not about a bloc ----------------------------------

NEAR_MISSES = [
    (
        "Tặng Bằng khen cho 12 tập thể",
        [
            "UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích trong phong trào thi đua.",
            "Các tập thể được khen thưởng đã hoàn thành xuất sắc nhiệm vụ năm 2023.",
        ],
    ),
    (
        "Hội thi tuyên truyền viên giỏi",
        [
            "Hội thi chia thành khối các huyện và khối các trường.",
            "Đội huyện Tân Lạc đoạt giải nhất khối các huyện; ban tổ chức trao 6 giải.",
        ],
    ),
    (
        "Đảng ủy Khối tổng kết công tác",
        [
            "Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết, phát động thi đua năm mới.",
        ],
    ),
    (
        "Đại hội Thi đua yêu nước tỉnh",
        [
            "Đại hội Thi đua yêu nước tỉnh lần thứ V tôn vinh 120 điển hình tiên tiến.",
            "Chủ tịch UBND tỉnh trao Cờ thi đua cho 8 đơn vị dẫn đầu.",
        ],
    ),
    (
        "Hướng dẫn khen thưởng cuối năm",
        ["Các cụm, khối thi đua của tỉnh hoàn thành bình xét trước ngày 15/12."],
    ),
]


@pytest.mark.parametrize(("title", "paragraphs"), NEAR_MISSES, ids=lambda x: str(x)[:24])
def test_a_near_miss_page_is_not_about_blocs(title: str, paragraphs: list[str]) -> None:
    html = _article_tag(title, [*paragraphs, CLOSING])
    article, _ = read_page("https://tin.example.vn/tin/2.html", html.encode(), article_id="q")
    assert not is_relevant(article.text), article.text
    assert not is_about_blocs(article.text)


def test_the_evidence_names_the_wording_and_the_fact() -> None:
    text = "Tin\n\nChiều 14/12, Cụm 4 tổ chức hội nghị tổng kết phong trào thi đua năm 2023."
    found = bloc_evidence(text)
    assert found is not None
    assert (found.bloc_rule, found.fact_rule) == ("numbered", "meeting")
    assert text[slice(*found.bloc_span)] == "Cụm 4"


def test_a_bare_wording_needs_the_emulation_word_on_the_page() -> None:
    with_word = "Tin\n\nKhối 9 tổ chức hội nghị tổng kết phong trào thi đua."
    without = "Tin\n\nKhối 9 tổ chức hội nghị tổng kết công tác năm."
    assert is_relevant(with_word)
    assert not is_relevant(without)


def test_a_bloc_without_any_fact_word_is_not_enough() -> None:
    assert not is_relevant("Tin\n\nKhối thi đua Văn hóa - Xã hội.")


# --- typed rules ------------------------------------------------------------------------------


def test_fold_regex_keeps_escapes() -> None:
    assert fold_regex(r"(?<!\W)Khối\s+Thi Đua\D") == r"(?<!\W)khoi\s+thi dua\D"


def test_broken_relevance_regex_names_the_rule_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rules.rules_dir() / "relevance.yaml"
    text = source.read_text("utf-8")
    broken = text.replace(
        "name: numbered\n      kind: bare\n      regex: '",
        "name: numbered\n      kind: bare\n      regex: '(",
    )
    assert broken != text
    (tmp_path / "relevance.yaml").write_text(broken, "utf-8")
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    relevance.relevance_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"rules/relevance\.yaml: blocs/numbered"):
            relevance.relevance_rules()
    finally:
        monkeypatch.delenv("THIDUA_RULES")
        rules.load.cache_clear()
        relevance.relevance_rules.cache_clear()
    assert relevance.relevance_rules().blocs
