"""Text normalisation: one pure pass whose offsets map back to the raw text."""

from __future__ import annotations

import unicodedata

import pytest

from extract.text.normalize import fold, normalize, normalize_text


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        ("Văn hoá, thuỷ lợi, khoẻ mạnh", "Văn hóa, thủy lợi, khỏe mạnh"),
        ("Quý, hoàng, THUỶ", "Quý, hoàng, THỦY"),  # "qu" onset keeps its tone on y
        ("ÐẢNG Ðoàn", "ĐẢNG Đoàn"),
        ("gồm:Hiệp hội doanh nghiệp", "gồm: Hiệp hội doanh nghiệp"),
        # a comma inside a run of capitals is an abbreviation's, left as written
        ("Sở VH,TT&DL và Bộ VH,TT&DL", "Sở VH,TT&DL và Bộ VH,TT&DL"),
        ("Sở Y tế,Sở VH,TT&DL", "Sở Y tế, Sở VH,TT&DL"),
        # emoji of reposted posts are spaces
        ("📢 CỤM THI ĐUA 🌸\nChàng Sơn 🏫. 👍 126", "CỤM THI ĐUA\nChàng Sơn. 126"),
        ("Chiều ngày 28/02/2022Văn phòng", "Chiều ngày 28/02/2022 Văn phòng"),
        ("Hội Văn hóa  -nghệ thuật", "Hội Văn hóa -nghệ thuật"),
        ("đặc thù , đạt", "đặc thù, đạt"),
        ("Hội Chữ\nthập đỏ Phường 12", "Hội Chữ thập đỏ Phường 12"),
        ("Tiêu đề\nNội dung", "Tiêu đề\nNội dung"),  # a real line break stays
        ("a\u00a0b\u200bc", "a bc"),
    ],
)
def test_normalises(raw: str, expect: str) -> None:
    """Each fix of the normaliser, on the forms pages really use."""
    assert normalize(raw).text == expect


def test_decomposed_input_is_composed() -> None:
    """Unicode tổ hợp (decomposed) input comes out NFC."""
    raw = unicodedata.normalize("NFD", "Khối thi đua tỉnh Hòa Bình")
    assert normalize(raw).text == "Khối thi đua tỉnh Hòa Bình"


def test_offsets_map_back_to_raw() -> None:
    """A span of the normalised text maps to the same words in the raw input."""
    raw = "Lượt xem: 73\nNgày 6/7,   Khối thi đua các hội\u00a0họp.\nBạn cũng có thể thích\nX\nY"
    al = normalize(raw)
    start = al.text.index("Khối thi đua")
    end = start + len("Khối thi đua các hội")
    s, e = al.source_span(start, end)
    assert raw[s:e] == "Khối thi đua các hội"


def test_idempotent() -> None:
    """Normalising twice changes nothing more."""
    raw = "Hoà Bình  ,gồm:Sở Y tế\n\n\n\nLượt xem: 9\nThuỷ"
    once = normalize(raw).text
    assert normalize(once).text == once


def test_residue_tail_only_in_back_of_page() -> None:
    """A footer phrase early in the page is text, not a footer."""
    raw = "Tin liên quan đến khối thi đua\n" + "Nội dung dài của bài viết.\n" * 5
    assert normalize(raw).text.startswith("Tin liên quan")


def test_fold_and_normalize_text() -> None:
    """fold() is for matching only; normalize_text() for short values."""
    assert fold("Liên hiệp các Hội KH&KT tỉnh Đắk Lắk") == "lien hiep cac hoi kh&kt tinh dak lak"
    assert normalize_text("  Hoà   Bình ") == "Hòa Bình"


def test_a_line_starting_with_a_vietnamese_capital_is_not_joined() -> None:
    # [à-ỹ] ranges also hold capitals such as Đ, Ư, Ấ: only a lower-case letter continues.
    assert normalize("Hội nghị có mặt\nĐồng chí Nguyễn Văn An").text == (
        "Hội nghị có mặt\nĐồng chí Nguyễn Văn An"
    )
    assert normalize("Hội nghị có mặt\nƯu tiên hàng đầu").text == (
        "Hội nghị có mặt\nƯu tiên hàng đầu"
    )
    assert normalize("Khối gồm các sở,\nđơn vị của tỉnh").text == "Khối gồm các sở, đơn vị của tỉnh"


@pytest.mark.parametrize(
    "raw",
    [
        "Cụm gồm:\na) Trường THPT Lê Lợi,\nb) Trường THPT Hùng Vương,\nc) Trường THPT Nguyễn Du.",
        "Khối gồm các đơn vị sau\na. Sở Y tế\nb. Sở Giáo dục và Đào tạo\nc. Sở Nội vụ",
        "Nội dung giao ước gồm\nđ) phấn đấu hoàn thành chỉ tiêu,\ne) xây dựng đơn vị vững mạnh.",
    ],
)
def test_lettered_list_lines_are_not_joined(raw: str) -> None:
    """ "a) …", "b. …" open items of a list: their lines stay apart though they start lower-case."""
    assert normalize(raw).text.count("\n") == raw.count("\n")
