"""Crawled pages (layer 2): legacy TCVN3/VNI text, cp1258, page dates, per-site selectors and
the residue of the site families the crawler meets.

Every page here was written for these tests in the style of its site family (SharePoint
e-portal, ASP.NET/DNN portal, WordPress, newspaper CMS); none is taken from a real site.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.errors import RuleError
from extract.html.dates import page_date_from_text, page_date_from_url
from extract.html.decode import decode_bytes, sniff_charset
from extract.html.inputs import read_article
from extract.html.legacy import (
    fix_legacy_html,
    fix_legacy_text,
    font_encoding,
    legacy_codec,
    legacy_encoding_of,
    to_unicode,
)
from extract.html.parse import PageContent, parse_html
from extract.text.normalize import normalize

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
_VOWELS = "aăâeêioôơuưy"

# Every tone on every vowel, and every special letter, in real words (all five tones: "Ngày",
# "hỏi", "ngã", "sắc", "nặng"). Capitals are only base letters: TCVN3 has no toned capitals.
PARAGRAPH = (
    "Khối thi đua các cơ quan tổng hợp tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen "
    "thưởng năm 2023. Đồng chí Nguyễn Thị Hải Yến, Phó Giám đốc Sở Nội vụ dự và phát biểu chỉ "
    "đạo. Năm qua, các đơn vị đã bám sát nhiệm vụ chính trị, tích cực hưởng ứng phong trào thi "
    "đua yêu nước, giữ vững kỷ cương, nâng cao chất lượng phục vụ nhân dân; ý kiến đại biểu "
    "đều nhất trí, sẵn sàng thực hiện. Những kỹ năng mới được ứng dụng rộng rãi, người dân hài "
    "lòng, ủng hộ; nỗ lực vượt khó, ổn định sản xuất, mỗi hộ đều có nhà ở; lũ lụt, hạn hán, "
    "gió bão giảm nhẹ; tuổi trẻ xung kích, gương mẫu đi đầu; cựu chiến binh, phụ nữ, thanh "
    "niên thi đua sôi nổi; mùa vụ bội thu, lúa mới đã gặt xong; giáo dục, y tế phát triển, "
    "an ninh ổn định; bảo hiểm xã hội mở rộng; sữa, mật ong, lạc, quế, hồi, chè xuất khẩu; "
    "mỗi bản làng ấm no, hạnh phúc; thuở trước nghèo khó, nay khấm khá; lửa ấm tình quân dân; "
    "ngõ xóm sạch đẹp, cây xanh rợp bóng; các hội viên góp sức; đẩy mạnh chuyển đổi số; "
    "bữa cơm đầy đủ; hỗ trợ vốn vay; suy tôn Sở Tư pháp dẫn đầu Khối, đề nghị tặng Cờ thi đua; "
    "lễ hội truyền thống, hát xoan, ví dặm, đờn ca tài tử được giữ gìn; huỳnh quang, khuya "
    "sớm, chăm chỉ, xuýt xoa, nguệch ngoạc, ngoằn ngoèo, khuỷu tay, khuâng, ưu tiên, bướu cổ."
)


def _encode(text: str, name: str) -> str:
    """Unicode to legacy text (as read in windows-1252), from the same rule table.

    TCVN3 has no toned capitals: like the ".VnTimeH" fonts, a capital is written with the
    lower-case byte.
    """
    reverse = {v: k for k, v in legacy_codec(name).table.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
        elif ch.lower() in reverse and name == "TCVN3":
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def _cp1258(text: str) -> bytes:
    """Encode like Windows-1258: base letters precomposed, tone marks as combining bytes."""
    out = bytearray()
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


def _letters() -> list[str]:
    """Every Vietnamese letter: 12 vowels × (no tone + 5 tones), and đ; lower and upper."""
    lower = [
        unicodedata.normalize("NFC", unicodedata.normalize("NFD", v) + t)
        for v in _VOWELS
        for t in ("", *_TONES)
    ]
    lower.append("đ")
    return lower + [ch.upper() for ch in lower]


# --- tables --------------------------------------------------------------------------------


def test_paragraph_has_every_tone_and_letter() -> None:
    decomposed = unicodedata.normalize("NFD", PARAGRAPH)
    assert all(t in decomposed for t in _TONES)
    assert all(ch in PARAGRAPH for ch in "ăâđêôơư")


def test_vni_table_covers_every_letter() -> None:
    table = legacy_codec("VNI").table
    assert sorted(table.values()) == sorted(set(_letters()) - set("aeiouyAEIOUY"))
    for letter in table.values():
        assert to_unicode(_encode(letter, "VNI"), "VNI") == letter


def test_tcvn3_table_covers_lower_case_and_base_capitals() -> None:
    table = legacy_codec("TCVN3").table
    lower = [ch for ch in _letters() if ch.islower() and ch not in "aeiouy"]
    assert sorted(table.values()) == sorted([*lower, *"ĂÂĐÊÔƠƯ"])
    for letter in table.values():
        assert to_unicode(_encode(letter, "TCVN3"), "TCVN3") == letter
    assert len(set(table)) == len(table) == 74


@pytest.mark.parametrize("name", ["TCVN3", "VNI"])
def test_paragraph_round_trip(name: str) -> None:
    legacy = _encode(PARAGRAPH, name)
    assert legacy != PARAGRAPH
    assert legacy_encoding_of(legacy) == name
    assert fix_legacy_text(legacy) == (PARAGRAPH, name)
    decoded = decode_bytes(legacy.encode("cp1252"))
    assert decoded.text == PARAGRAPH
    assert decoded.legacy == name
    assert decoded.warning == f"converted from {name} (bytes read as windows-1252)"


@pytest.mark.parametrize(
    ("name", "legacy", "expect"),
    [
        ("TCVN3", "Khèi thi ®ua", "Khối thi đua"),
        ("TCVN3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("TCVN3", "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("TCVN3", "Uû ban nh©n d©n tØnh Thanh Ho¸", "Uỷ ban nhân dân tỉnh Thanh Hoá"),
        ("TCVN3", "Tr\u00adëng khèi n¨m 2024", "Trưởng khối năm 2024"),
        ("TCVN3", "KHèI THI §UA C¸C HéI §ÆC THï", "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ"),
        ("VNI", "Khoái thi ñua", "Khối thi đua"),
        ("VNI", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("VNI", "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("VNI", "UÛy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh"),
        ("VNI", "KHOÁI THI ÑUA", "KHỐI THI ĐUA"),
    ],
)
def test_known_strings(name: str, legacy: str, expect: str) -> None:
    assert to_unicode(legacy, name) == expect


def test_unknown_encoding_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="use one of TCVN3, VNI"):
        legacy_codec("VISCII")


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPH,
        unicodedata.normalize("NFD", PARAGRAPH),  # decomposed Unicode
        "Khoá học toán, hoá học: các học viên được cấp chứng chỉ © 2024 «Sở Giáo dục».",
        "Cà phê và bánh mì ở chợ Bến Thành © 2024, giá 25°C — «ngon» · ® · § · µ.",
        "Señor García visitó la ciudad año tras año; élève très français à Paris. ñ ñ ø ø",
        "Tieng Viet khong dau: Khoi thi dua cac co quan tong hop tinh.",
    ],
)
def test_unicode_and_other_text_is_never_converted(text: str) -> None:
    assert fix_legacy_text(text) == (text, None)


def test_cp1258_bytes_are_not_taken_for_legacy() -> None:
    decoded = decode_bytes(_cp1258(PARAGRAPH))
    assert decoded.text == PARAGRAPH
    assert (decoded.encoding, decoded.legacy) == ("cp1258", None)
    declared = decode_bytes(_cp1258(PARAGRAPH), declared="windows-1258")
    assert (declared.text, declared.legacy) == (PARAGRAPH, None)


def test_utf8_file_holding_legacy_text() -> None:
    # A .txt saved as UTF-8 from a ".VnTime" document keeps the TCVN3 letters as characters.
    decoded = decode_bytes(_encode(PARAGRAPH, "TCVN3").encode("utf-8"))
    assert decoded.text == PARAGRAPH
    assert (decoded.encoding, decoded.warning) == ("utf-8", "converted from TCVN3")


@pytest.mark.parametrize(
    ("family", "expect"),
    [
        (".VnTime", "TCVN3"),
        ("'.VnTimeH', serif", "TCVN3"),
        (".VnArial NarrowH", "TCVN3"),
        ("VNI-Times", "VNI"),
        ('"VNI-Helve", Arial', "VNI"),
        ("Times New Roman", None),
        ("Arial, .VnTime", None),
    ],
)
def test_font_encoding(family: str, expect: str | None) -> None:
    assert font_encoding(family) == expect


# --- legacy pages --------------------------------------------------------------------------

_LEGACY_BODY = [
    "S¸ng ngµy 15/3/2012, Khèi thi ®ua c¸c c¬ quan tæng hîp tØnh tæ chøc héi nghÞ ký kÕt "
    "giao \u00adíc thi ®ua n¨m 2012.",
    "Khèi gåm 6 ®¬n vÞ: V¨n phßng UBND tØnh, Së KÕ ho¹ch vµ §Çu t\u00ad, Së Tµi chÝnh, Së Néi "
    "vô, Thanh tra tØnh vµ Côc Thèng kª tØnh. Së Tµi chÝnh lµ Tr\u00adëng khèi n¨m 2012.",
    "C¸c ®¬n vÞ thèng nhÊt ®Èy m¹nh c¶i c¸ch hµnh chÝnh vµ øng dông c«ng nghÖ th«ng tin.",
]
_UNICODE_BODY = [
    "Sáng ngày 15/3/2012, Khối thi đua các cơ quan tổng hợp tỉnh tổ chức hội nghị ký kết "
    "giao ước thi đua năm 2012.",
    "Khối gồm 6 đơn vị: Văn phòng UBND tỉnh, Sở Kế hoạch và Đầu tư, Sở Tài chính, Sở Nội "
    "vụ, Thanh tra tỉnh và Cục Thống kê tỉnh. Sở Tài chính là Trưởng khối năm 2012.",
    "Các đơn vị thống nhất đẩy mạnh cải cách hành chính và ứng dụng công nghệ thông tin.",
]
_LEGACY_TITLE = "Khèi thi ®ua c¸c c¬ quan tæng hîp ký kÕt giao \u00adíc thi ®ua n¨m 2012"
_UNICODE_TITLE = "Khối thi đua các cơ quan tổng hợp ký kết giao ước thi đua năm 2012"


def test_hand_typed_tcvn3_matches_the_table() -> None:
    assert [_encode(p, "TCVN3") for p in _UNICODE_BODY] == _LEGACY_BODY
    assert _encode(_UNICODE_TITLE, "TCVN3") == _LEGACY_TITLE


def _old_portal(
    title: str,
    body: list[str],
    face: str,
    charset: str = "windows-1252",
    author: str = "NguyÔn Hång",  # TCVN3 for "Nguyễn Hồng"
) -> str:
    """An old provincial portal page (FrontPage-era tables and <font> tags)."""
    paragraphs = "\n".join(
        f'<p align="justify"><font face="{face}" size="2">{p}</font></p>' for p in body
    )
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title></head>
<body bgcolor="#FFFFFF">
<table width="780" border="0"><tr><td class="banner"><img src="/images/banner.jpg"></td></tr>
<tr><td>
<p><font face="{face}" size="4"><b>{title}</b></font></p>
<p><font face="Arial" size="1">16/03/2012</font></p>
{paragraphs}
<p align="right"><font face="{face}" size="2"><b>{author}</b></font></p>
</td></tr></table>
</body></html>"""


def test_tcvn3_page_declared_windows_1252(tmp_path: Path) -> None:
    html = _old_portal(_LEGACY_TITLE, _LEGACY_BODY, ".VnTime")
    data = html.encode("cp1252")
    decoded = decode_bytes(data, declared=sniff_charset(data))
    assert (decoded.legacy, decoded.encoding) == ("TCVN3", "tcvn3")
    assert decoded.warning == "converted from TCVN3 (bytes read as windows-1252)"
    page = parse_html(decoded.text)
    assert page.title == _UNICODE_TITLE
    assert page.published == "2012-03-16"
    assert all(p in page.text for p in _UNICODE_BODY)
    assert page.author == "Nguyễn Hồng"
    (tmp_path / "tcvn3.html").write_bytes(data)
    article, warnings = read_article(tmp_path / "tcvn3.html")
    assert warnings == ["converted from TCVN3 (bytes read as windows-1252)"]
    assert article.title == _UNICODE_TITLE
    assert "Sở Tài chính là Trưởng khối năm 2012" in article.text


def test_tcvn3_page_declared_windows_1258() -> None:
    # The Vietnamese code page declared over TCVN3 bytes: read as cp1258 it would pass for
    # Vietnamese (ă, ơ, ư appear), so legacy bytes are tried first.
    data = _old_portal(_LEGACY_TITLE, _LEGACY_BODY, ".VnTime", "windows-1258").encode("cp1252")
    decoded = decode_bytes(data, declared=sniff_charset(data))
    assert decoded.legacy == "TCVN3"
    assert _UNICODE_BODY[1] in decoded.text


def test_tcvn3_as_entities_in_a_utf8_page() -> None:
    # FrontPage wrote the legacy bytes as entities: "Kh&egrave;i thi &reg;ua".
    body = "".join(f"&#{ord(ch)};" if ord(ch) > 127 else ch for ch in _LEGACY_BODY[0])
    html = _old_portal("Tin tức", [body, _LEGACY_BODY[1]], ".VnTime", charset="utf-8")
    decoded = decode_bytes(html.encode("utf-8"))
    assert decoded.legacy == "TCVN3"
    assert _UNICODE_BODY[0] in decoded.text
    assert "Tin tức" in decoded.text


def test_unicode_page_with_vntime_body() -> None:
    # The portal moved to UTF-8; old articles kept their TCVN3 text in .VnTime fonts, while
    # menus and footer are Unicode (with the odd "©" and "»" that must stay).
    chrome = """<div class="menu"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức</a> ·
      <a href="/lh">Liên hệ</a></div>"""
    footer = '<div class="footer">© 2012 Sở Nội vụ tỉnh Sông Mây. Cà phê sáng.</div>'
    html = _old_portal(_LEGACY_TITLE, _LEGACY_BODY, ".VnTime", charset="utf-8")
    html = html.replace('<body bgcolor="#FFFFFF">', f"<body>{chrome}").replace(
        "</body>", f"{footer}</body>"
    )
    fixed, name = fix_legacy_html(html)
    assert name == "TCVN3"
    assert "Trang chủ</a> » <a" in fixed
    assert "© 2012 Sở Nội vụ tỉnh Sông Mây. Cà phê sáng." in fixed
    assert _UNICODE_BODY[1] in fixed
    page = parse_html(decode_bytes(html.encode("utf-8")).text)
    assert page.title == _UNICODE_TITLE


def test_legacy_font_set_by_a_css_class() -> None:
    html = """<html><head><style>.tcvn { font-family: ".VnTime"; font-size: 13pt }</style></head>
      <body><div class="menu">Trang chủ</div><p class="tcvn">Khèi thi ®ua häp</p></body></html>"""
    fixed, name = fix_legacy_html(html)
    assert name == "TCVN3"
    assert "Khối thi đua họp" in fixed and "Trang chủ" in fixed


def test_vntime_font_around_unicode_text_is_left_alone() -> None:
    html = _old_portal(
        _UNICODE_TITLE, _UNICODE_BODY, ".VnTime", charset="utf-8", author="Nguyễn Hồng"
    )
    assert fix_legacy_html(html) == (html, None)
    decoded = decode_bytes(html.encode("utf-8"))
    assert (decoded.warning, decoded.legacy) == (None, None)


def test_unicode_page_full_of_separators_is_left_alone() -> None:
    links = " · ".join(["Trang chủ", "Tin tức", "Video", "Home", "RSS", "English", "Gò Công"])
    html = f"""<html><head><meta charset="utf-8"><title>Tin tức » Thi đua</title></head><body>
      <div class="menu">{links} · {links}</div><div>» Home » Video » RSS ·</div>
      {_news_page(date_line="Thứ năm, 08/06/2023")}
      <div class="footer">© 2024 · Báo Núi Xanh · ® · Cà Mau · Hòa Bình · Señor · µ</div>
      </body></html>"""
    assert fix_legacy_html(html) == (html, None)
    decoded = decode_bytes(html.encode("utf-8"))
    assert (decoded.text, decoded.warning) == (html, None)


def test_vni_page_declared_iso_8859_1() -> None:
    title = _encode(_UNICODE_TITLE, "VNI")
    body = [_encode(p, "VNI") for p in _UNICODE_BODY]
    author = _encode("Nguyễn Hồng", "VNI")
    html = _old_portal(title, body, "VNI-Times", charset="iso-8859-1", author=author)
    data = html.encode("cp1252")
    decoded = decode_bytes(data, declared=sniff_charset(data))
    assert decoded.legacy == "VNI"
    page = parse_html(decoded.text)
    assert page.title == _UNICODE_TITLE
    assert all(p in page.text for p in _UNICODE_BODY)
    assert page.author == "Nguyễn Hồng"


def test_vni_font_part_of_a_unicode_page() -> None:
    vni = _encode("Cụm thi đua số 3 tổng kết năm 2011", "VNI")
    html = f"""<html><head><meta charset="utf-8"><title>Tin tức</title></head><body>
      <div class="menu">Trang chủ · Giới thiệu</div>
      <p><span style="font-family: 'VNI-Times'; font-size: 12pt">{vni}</span></p>
      <p>Bài viết được đăng lại từ kho lưu trữ của Sở Nội vụ.</p></body></html>"""
    decoded = decode_bytes(html.encode("utf-8"))
    assert decoded.legacy == "VNI"
    assert "Cụm thi đua số 3 tổng kết năm 2011" in decoded.text
    assert "Bài viết được đăng lại từ kho lưu trữ của Sở Nội vụ." in decoded.text


def test_cp1258_page() -> None:
    html = _old_portal(
        _UNICODE_TITLE, _UNICODE_BODY, "Times New Roman", "windows-1258", author="Nguyễn Hồng"
    )
    for data, declared in ((_cp1258(html), "windows-1258"), (_cp1258(html), None)):
        decoded = decode_bytes(data, declared=declared or sniff_charset(data))
        assert decoded.encoding == "cp1258"
        assert decoded.legacy is None
        page = parse_html(decoded.text)
        assert page.title == _UNICODE_TITLE
        assert all(p in page.text for p in _UNICODE_BODY)
    assert decode_bytes(_cp1258(html)[300:], declared=None).encoding == "cp1258"


# --- page dates ------------------------------------------------------------------------------


def _news_page(meta: str = "", date_line: str = "", banner: str = "Thứ ba, 01/01/2026") -> str:
    """A newspaper-CMS article page with a "today" banner and an optional date line."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước năm 2023 - Báo Núi Xanh</title>
{meta}</head><body>
<div class="header"><span class="header-date">{banner}</span></div>
<div class="main"><div class="article">
<h1 class="article-title">Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước năm 2023</h1>
<div class="article-meta">{date_line}</div>
<div class="detail-content">
<p>Sáng 2/6/2023, tại thành phố Pleiku, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị ký
kết giao ước thi đua năm 2023 với sự tham dự của lãnh đạo 5 tỉnh thành viên.</p>
<p>Năm 2023, tỉnh Gia Lai là Cụm trưởng, tỉnh Kon Tum là Cụm phó. Các tỉnh thống nhất nội
dung giao ước và kế hoạch tổ chức các phong trào thi đua trong năm.</p>
</div></div></div></body></html>"""


@pytest.mark.parametrize(
    ("date_line", "expect"),
    [
        ("Ngày xuất bản: 12/07/2022 2:36:00 CH", "2022-07-12T14:36:00"),
        ("Ngày xuất bản: 12/07/2022 9:05:00 SA", "2022-07-12T09:05:00"),
        ("Thứ hai, 05/06/2023", "2023-06-05"),
        ("Thứ năm, 08/06/2023", "2023-06-08"),
        ("Thứ Năm, ngày 08/06/2023 - 08:15", "2023-06-08T08:15:00"),
        ("17/05/2024 15:45 (GMT+7)", "2024-05-17T15:45:00"),
        ("17/05/2024 08:45 (GMT+0)", "2024-05-17T15:45:00"),
        ("Cập nhật: 08:30 | 17/05/2024", "2024-05-17T08:30:00"),
        ('<span class="date">Thứ Sáu, 17 tháng 5, 2024</span>', "2024-05-17"),
    ],
)
def test_date_forms_under_the_headline(date_line: str, expect: str) -> None:
    page = parse_html(_news_page(date_line=date_line))
    assert page.published == expect


def test_weekday_banner_is_not_the_page_date() -> None:
    # Same shape as the article date, but in the header: never taken.
    assert parse_html(_news_page(banner="Thứ hai, 05/06/2023")).published is None
    html = _news_page(date_line="Thứ năm, 08/06/2023", banner="Thứ hai, 05/06/2023")
    with_date = parse_html(html)
    assert with_date.published == "2023-06-08"


@pytest.mark.parametrize(
    ("value", "expect"),
    [
        ("2023-06-05T03:52:49+00:00", "2023-06-05T10:52:49"),
        ("2023-06-04T20:15:00-05:00", "2023-06-05T08:15:00"),
        ("2023-06-05T10:52:49.000+07:00", "2023-06-05T10:52:49"),
        ("2023-06-04T22:00:00Z", "2023-06-05T05:00:00"),
    ],
)
def test_iso_meta_with_offset_in_vietnam_time(value: str, expect: str) -> None:
    meta = f'<meta property="article:published_time" content="{value}">'
    page = parse_html(_news_page(meta=meta, date_line="Thứ năm, 08/06/2023"))
    assert page.published == expect


@pytest.mark.parametrize(
    ("url", "expect"),
    [
        ("https://wpdemo.vn/2023/06/05/khoi-thi-dua-so-ket/", "2023-06-05"),
        ("https://baodemo.vn/thoi-su/cum-thi-dua-ky-ket-20230605103522345.htm", "2023-06-05"),
        ("https://baodemo.vn/tin-tuc/20230605/cum-thi-dua-ky-ket.html", "2023-06-05"),
        ("https://baodemo.vn/thoi-su/cum-thi-dua-ky-ket-1187654.html", None),
        ("https://baodemo.vn/thoi-su/cum-thi-dua-ky-ket-202306051.html", None),
        ("not a url", None),
        ("http://[::1/broken", None),
    ],
)
def test_page_date_from_url(url: str, expect: str | None) -> None:
    assert page_date_from_url(url) == expect


def test_url_date_is_the_last_fallback() -> None:
    url = "https://baodemo.vn/thoi-su/cum-thi-dua-ky-ket-20230605103522345.htm"
    assert parse_html(_news_page(), url=url).published == "2023-06-05"
    assert parse_html(_news_page()).published is None
    # Any date the page prints wins over the URL's.
    dated = _news_page(date_line="17/05/2024 15:45 (GMT+7)")
    assert parse_html(dated, url=url).published == "2024-05-17T15:45:00"


def test_sentence_date_after_weekday_word() -> None:
    assert page_date_from_text("Ngày 17 tháng 5 năm 2024, Khối thi đua họp.") is None
    assert page_date_from_text("Thứ năm, 17 tháng 5, 2024") == "2024-05-17"


# --- per-site selectors ----------------------------------------------------------------------

_SELECTOR_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Trang chủ - Cổng thông tin điện tử huyện Mường Tè</title>
<meta name="author" content="Ban biên tập">
</head><body>
<div class="top"><span>Thứ ba, 01/01/2026</span></div>
<div class="khung-tin">
  <div class="tieu-de-tin">Cụm thi đua các xã vùng cao ký kết giao ước thi đua năm 2024</div>
  <div class="thong-tin">Đăng lúc <span class="ngay-dang">09:15 - 20/02/2024</span></div>
  <div class="noi-dung-tin">
    <p>Sáng 19/02/2024, Cụm thi đua các xã vùng cao tổ chức hội nghị ký kết giao ước thi đua
    năm 2024 tại hội trường Ủy ban nhân dân xã Mù Cả.</p>
    <p>Cụm gồm 4 xã: Mù Cả, Tá Bạ, Pa Ủ và Thu Lũm. Xã Mù Cả được bầu làm Cụm trưởng năm 2024.</p>
    <div class="chia-se share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a></div>
    <p>Các xã thống nhất tập trung giảm nghèo bền vững và xây dựng nông thôn mới.</p>
  </div>
  <div class="tac-gia">Tin, ảnh: Lò Văn Thắng</div>
  <div class="tin-khac"><p>Các tin khác</p>
    <ul><li>Hội nghị tổng kết năm 2023 (15/12/2023)</li></ul></div>
</div>
</body></html>"""

_SELECTORS = {
    "title": ".tieu-de-tin",
    "date": ".ngay-dang",
    "byline": ".tac-gia",
    "body": ".noi-dung-tin",
}


def test_selectors_take_precedence() -> None:
    page = parse_html(_SELECTOR_PAGE, selectors=_SELECTORS)
    assert page.title == "Cụm thi đua các xã vùng cao ký kết giao ước thi đua năm 2024"
    assert page.published == "2024-02-20T09:15:00"
    assert page.author == "Lò Văn Thắng"
    assert page.text.startswith("Sáng 19/02/2024, Cụm thi đua các xã vùng cao")
    assert page.text.endswith("xây dựng nông thôn mới.")
    assert "Chia sẻ" not in page.text and "Facebook" not in page.text  # a share box inside
    assert page.missed == ()


def test_selectors_none_or_empty_keep_the_generic_result() -> None:
    generic = parse_html(_SELECTOR_PAGE)
    assert parse_html(_SELECTOR_PAGE, selectors=None) == generic
    assert parse_html(_SELECTOR_PAGE, selectors={}) == generic
    assert generic.missed == ()
    # Unknown keys (a crawler's own, e.g. listing links) are ignored.
    assert parse_html(_SELECTOR_PAGE, selectors={"links": "a.tin"}) == generic


def test_selector_without_match_falls_back_and_is_reported() -> None:
    generic = parse_html(_SELECTOR_PAGE)
    missing = {"title": "h1.title", "date": ".publish-date", "byline": ".author", "body": "#main"}
    page = parse_html(_SELECTOR_PAGE, selectors=missing)
    assert page.missed == ("title", "date", "byline", "body")
    assert (page.title, page.text, page.published, page.author) == (
        generic.title,
        generic.text,
        generic.published,
        generic.author,
    )


def test_selector_matching_nothing_usable_is_reported() -> None:
    # The date element holds no date, the byline element an outlet: generic steps stand in.
    selectors = {"date": ".thong-tin", "byline": "title", "title": ".tieu-de-tin"}
    html = _SELECTOR_PAGE.replace("09:15 - 20/02/2024", "hôm qua")
    page = parse_html(html, selectors=selectors)
    assert page.missed == ("date", "byline")
    assert page.title == "Cụm thi đua các xã vùng cao ký kết giao ước thi đua năm 2024"
    assert page.author == "Lò Văn Thắng"  # the generic labelled line


def test_selector_body_of_several_elements() -> None:
    page = parse_html(_SELECTOR_PAGE, selectors={"body": ".noi-dung-tin p"})
    assert page.text.count("\n\n") == 2
    assert "Xã Mù Cả được bầu làm Cụm trưởng năm 2024." in page.text


def test_invalid_selector_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="not valid CSS"):
        parse_html(_SELECTOR_PAGE, selectors={"body": "div[class="})


# --- residue of the site families ------------------------------------------------------------

SHAREPOINT = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Khối thi đua các cơ quan Đảng tỉnh ký kết giao ước thi đua năm 2022</title>
</head><body>
<form method="post" action="./Pages/khoi-thi-dua.aspx?ItemID=4521" id="aspnetForm">
<div id="s4-ribbonrow">
  <a href="javascript:;" class="ms-skip">Skip Ribbon Commands</a>
  <a href="#mainContent" class="ms-skip">Skip to main content</a>
  <a href="#" class="ms-skip">Bỏ qua Lệnh Ruy-băng</a>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
  <div class="portal-top"><a href="/">Cổng thông tin điện tử tỉnh Sông Mây</a>
    <span class="portal-date">Thứ ba, 01/01/2026</span></div>
  <div class="ms-webpart-zone"><div class="news-detail">
    <div class="news-title">Khối thi đua các cơ quan Đảng tỉnh ký kết giao ước thi đua năm 2022
    </div>
    <div class="news-date">Ngày xuất bản: 12/07/2022 2:36:00 CH</div>
    <div class="ms-rtestate-field">
      <p>(Cổng TTĐT) - Chiều ngày 11/7/2022, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị
      ký kết giao ước thi đua năm 2022.</p>
      <p>Khối gồm 7 cơ quan: Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban
      Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ban Nội chính Tỉnh ủy và Báo Sông Mây.</p>
      <p>Bài viết liên quan đến công tác thi đua được đăng tải trên Cổng thông tin của tỉnh; tin
      liên quan đến khen thưởng do Ban Thi đua - Khen thưởng cung cấp.</p>
      <p>Lượt xem: 1.204</p>
      <p>Hội nghị đã thống nhất bầu Ban Tổ chức Tỉnh ủy làm Trưởng khối, Ủy ban Kiểm tra Tỉnh ủy
      làm Phó Trưởng khối năm 2022.</p>
      <p>Lê Thu Hà</p>
      <p>In trang | Gửi email | Quay lại</p>
    </div>
    <div class="news-other"><h3>Tin liên quan</h3><ul>
      <li><a href="/a1">Khối thi đua các cơ quan Đảng tổng kết năm 2021</a> (15/12/2021)</li>
    </ul></div>
  </div></div>
</div></div></form></body></html>"""

DNN = """<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8"><meta name="GENERATOR" content="DotNetNuke">
<title>Cụm thi đua các huyện miền núi sơ kết 6 tháng đầu năm 2024 | Sở Nội vụ</title></head>
<body><form id="Form" method="post"><input type="hidden" name="__VIEWSTATE" value="abc">
<div id="dnn_HeaderPane"><span class="ngay">Thứ ba, 01/01/2026</span></div>
<div id="dnn_ContentPane"><div class="DnnModule-NewsArticles">
  <h2 class="Head">Cụm thi đua các huyện miền núi sơ kết 6 tháng đầu năm 2024</h2>
  <div class="ngay-dang">Cập nhật: 08:30 | 17/05/2024</div>
  <div class="content-detail">
    <div class="cong-cu"><a href="#">In trang</a> | <a href="#">Gửi email</a> | Lượt xem: 312</div>
    <p>Sáng 16/5, tại huyện Bắc Sơn, Cụm thi đua các huyện miền núi tổ chức hội nghị sơ kết
    công tác thi đua, khen thưởng 6 tháng đầu năm 2024.</p>
    <p>Cụm gồm 5 huyện: Bắc Sơn, Bình Gia, Văn Quan, Đình Lập và Tràng Định. Huyện Bắc Sơn là
    Cụm trưởng năm 2024.</p>
    <p>Các huyện cam kết quay lại rà soát tiêu chí thi đua vào quý III và gửi email báo cáo
    về Cụm trưởng trước ngày 15/8.</p>
    <p>Hoàng Minh</p>
    <p>Quay lại</p>
    <p>Đầu trang</p>
  </div>
  <div class="tin-khac"><b>Các tin khác</b>
    <ul><li><a href="/x">Tập huấn công tác thi đua</a></li></ul></div>
</div></div>
<div id="dnn_FooterPane"><p>Bản quyền thuộc Sở Nội vụ tỉnh Sông Mây.</p></div>
</form></body></html>"""

WORDPRESS = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<title>Khối thi đua các hội đặc thù sơ kết 6 tháng đầu năm 2023 – Hội Nhà báo tỉnh</title>
<meta property="article:published_time" content="2023-06-05T03:52:49+00:00">
<meta name="generator" content="WordPress 6.2"></head>
<body class="single single-post">
<header id="masthead" class="site-header"><div class="site-title">Hội Nhà báo tỉnh</div>
<nav class="main-navigation"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></nav></header>
<main id="main"><article class="post">
<header class="entry-header">
<h1 class="entry-title">Khối thi đua các hội đặc thù sơ kết 6 tháng đầu năm 2023</h1></header>
<div class="entry-content">
<p>Chiều ngày 2/6/2023, Khối thi đua các hội đặc thù tỉnh tổ chức hội nghị sơ kết công tác thi
đua 6 tháng đầu năm 2023.</p>
<p>Khối gồm 9 hội thành viên do Hội Chữ thập đỏ tỉnh làm Trưởng khối, Hội Nhà báo tỉnh làm Phó
Trưởng khối năm 2023.</p>
<p>Đại biểu chia sẻ kinh nghiệm tổ chức phong trào; nhiều ý kiến đề nghị để lại bình luận, góp
ý công khai trên trang thông tin của từng hội.</p>
<p>Chia sẻ: Facebook Zalo Twitter</p>
<p>Đức Phượng</p>
<p>Từ khóa: Khối thi đua các hội đặc thù, Cụm thi đua số 2</p>
</div>
<div class="jp-relatedposts"><h3>Bài viết liên quan</h3>
<a href="/x">Khối thi đua các hội ký kết giao ước</a></div>
</article>
<div id="comments" class="comments-area"><h3 id="reply-title">Để lại bình luận</h3>
<p class="comment-notes">Địa chỉ email của bạn sẽ không được công bố.</p></div>
</main><footer class="site-footer">Bản quyền © 2023 Hội Nhà báo tỉnh</footer>
</body></html>"""

NEWS = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước năm 2024 - Báo Núi Xanh điện tử</title>
<meta property="og:site_name" content="Báo Núi Xanh điện tử"></head>
<body><div class="header"><span class="header-date">Thứ ba, 01/01/2026</span></div>
<div class="main"><div class="col-main"><div class="article">
<h1 class="article-title">Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước năm 2024</h1>
<div class="article-meta"><span class="time">17/05/2024 15:45 (GMT+7)</span></div>
<div class="article-tools"><a href="#">Chia sẻ</a> <a href="#">Bình luận</a>
<a href="#">In bài viết</a></div>
<h2 class="sapo">(NX) - Sáng 16/5, tại thành phố Pleiku, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội
nghị ký kết giao ước thi đua năm 2024.</h2>
<div class="detail-content" itemprop="articleBody">
<p>Cụm gồm 5 tỉnh: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng. Năm 2024, tỉnh Gia Lai là
Cụm trưởng, tỉnh Kon Tum là Cụm phó.</p>
<p>Các tỉnh thống nhất nội dung giao ước; xem thêm kế hoạch chi tiết tại văn bản của Ban Thi đua
- Khen thưởng Trung ương. Bình luận của các đại biểu đều đánh giá cao kết quả năm qua.</p>
<p>Xem thêm &gt;&gt;</p>
<p class="author"><strong>NGỌC MAI</strong></p>
</div>
<div class="box-comment"><h3>Bình luận (0)</h3><p>Chưa có bình luận nào.</p></div>
<div class="cate-news"><h3>Tin cùng chuyên mục</h3>
<ul><li><a href="/c1">Tuyên dương điển hình</a></li></ul></div>
</div></div></div>
<div class="footer">Giấy phép số 99/GP-BTTTT.</div>
</body></html>"""

_RESIDUE = (
    "Skip Ribbon Commands", "Skip to main content", "Bỏ qua Lệnh", "Ngày xuất bản", "Lượt xem",
    "Tin liên quan", "In trang", "Gửi email", "Quay lại", "Đầu trang", "Các tin khác",
    "Chia sẻ", "Bài viết liên quan", "Để lại bình luận", "Từ khóa", "Facebook",
    "Tin cùng chuyên mục", "Xem thêm", "Bình luận", "Thứ ba, 01/01/2026",
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "html", "published", "author", "sentences"),
    [
        (
            "sharepoint",
            SHAREPOINT,
            "2022-07-12T14:36:00",
            "Lê Thu Hà",
            ["Bài viết liên quan đến công tác thi đua", "tin liên quan đến khen thưởng"],
        ),
        (
            "dnn",
            DNN,
            "2024-05-17T08:30:00",
            "Hoàng Minh",
            ["cam kết quay lại rà soát tiêu chí", "gửi email báo cáo"],
        ),
        (
            "wordpress",
            WORDPRESS,
            "2023-06-05T10:52:49",
            "Đức Phượng",
            ["Đại biểu chia sẻ kinh nghiệm", "đề nghị để lại bình luận, góp ý"],
        ),
        (
            "news",
            NEWS,
            "2024-05-17T15:45:00",
            "NGỌC MAI",
            ["xem thêm kế hoạch chi tiết", "Bình luận của các đại biểu"],
        ),
    ],
)
def test_family_residue_never_reaches_the_article(
    tmp_path: Path, name: str, html: str, published: str, author: str, sentences: list[str]
) -> None:
    page = parse_html(html)
    assert (page.published, page.author) == (published, author)
    (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    article, warnings = read_article(tmp_path / f"{name}.html")
    assert warnings == []
    for sentence in sentences:  # article sentences that hold residue words stay whole
        assert sentence in article.text, (name, sentence)
    rest = article.text.split("\n", 1)[1]  # without the title line
    for sentence in sentences:
        rest = rest.replace(sentence, "")
    for residue in _RESIDUE:
        assert residue.casefold() not in rest.casefold(), (name, residue)
    assert article.text == normalize(article.text).text.strip()


def test_page_content_default_missed() -> None:
    assert PageContent("t", "x", None, None).missed == ()
