"""Layout of a text article: the headline past page furniture, hard wraps, footers.

Every text here is written for these tests (invented names and places).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from extract import rules
from extract.errors import RuleError
from extract.html.inputs import headline_span, read_article
from extract.text import normalize as norm
from extract.text.normalize import header_rule, normalize

BODY = (
    "Sáng 12/3/2024, tại hội trường Sở Nội vụ, Khối thi đua các sở kinh tế tổng hợp tổ chức "
    "hội nghị ký kết giao ước thi đua năm 2024 với sự tham dự của lãnh đạo chín đơn vị "
    "thành viên trong khối và đại diện Ban Thi đua - Khen thưởng tỉnh."
)


def headline(raw: str) -> str:
    """The headline the layout picks in a raw text, spaces folded."""
    text = normalize(raw).text.strip()
    start, end = headline_span(text)
    return " ".join(text[start:end].split())


# --- the headline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        # SharePoint skip links, a login link, a site name in capitals, a breadcrumb.
        (
            "Bỏ qua tới nội dung chính\nĐăng nhập\nSỞ NỘI VỤ TỈNH AN HÒA\n"
            "Tin hoạt động >> Thi đua khen thưởng\n"
            "Khối thi đua các sở kinh tế tổng hợp ký kết giao ước năm 2024\n" + BODY,
            "Khối thi đua các sở kinh tế tổng hợp ký kết giao ước năm 2024",
        ),
        # Contact line and the site's clock above the headline.
        (
            "Hotline: 0912 000 111 Email: toasoan@example.vn\n"
            "Thứ ba, 05/03/2024 08:10 (GMT+7)\n"
            "Cụm thi đua số 4 ngành Tư pháp tổng kết năm 2023\n" + BODY,
            "Cụm thi đua số 4 ngành Tư pháp tổng kết năm 2023",
        ),
        # A visit counter and the weather.
        (
            "Thống kê truy cập\nĐang truy cập 12\nHôm nay 3.456\n30°C\n/ 24°C - 31°C\n"
            "Cụm thi đua các huyện phía Bắc sơ kết 6 tháng đầu năm\n" + BODY,
            "Cụm thi đua các huyện phía Bắc sơ kết 6 tháng đầu năm",
        ),
        # A section label and a place with the site's date.
        (
            "Chuyên mục: Thời sự\nLong Thạnh 04/01/2025\n"
            "Khối thi đua Văn hóa - Xã hội bình xét thi đua năm 2024\n" + BODY,
            "Khối thi đua Văn hóa - Xã hội bình xét thi đua năm 2024",
        ),
        # A slogan banner before the headline.
        (
            "Nhiệt liệt chào mừng kỷ niệm 80 năm Cách mạng tháng Tám thành công!\n"
            "Cụm thi đua các trường chính trị phát động phong trào năm học mới\n" + BODY,
            "Cụm thi đua các trường chính trị phát động phong trào năm học mới",
        ),
        # A page date glued before the headline on its line.
        (
            "date 2024-01-09 Khối thi đua Nội chính tổng kết công tác năm 2023\n" + BODY,
            "Khối thi đua Nội chính tổng kết công tác năm 2023",
        ),
        # A kicker ending in ":" and the line it introduces.
        (
            "Thứ hai, 01/01/2024\nKhối thi đua các cơ quan Đảng tỉnh:\n"
            "Phát động phong trào năm 2024\n" + BODY,
            "Khối thi đua các cơ quan Đảng tỉnh: Phát động phong trào năm 2024",
        ),
        # An all-caps headline wins over a photo caption below it.
        (
            "GIAO BAN CÔNG TÁC THI ĐUA CỤM SỐ 3 QUÝ I\nToàn cảnh hội nghị tại hội trường.\n" + BODY,
            "GIAO BAN CÔNG TÁC THI ĐUA CỤM SỐ 3 QUÝ I",
        ),
    ],
)
def test_headline_past_page_furniture(raw: str, expect: str) -> None:
    """The headline is chosen among the first lines, past residue, dates and site names."""
    assert headline(raw) == expect


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        # A headline without the domain's words, then the page date and the body.
        (
            "Thanh tra tỉnh Bắc Hòa được bình chọn xuất sắc\n15/12/2023 09:00\n" + BODY,
            "Thanh tra tỉnh Bắc Hòa được bình chọn xuất sắc",
        ),
        # No headline at all: the article opens with its lead.
        (BODY + "\nNăm 2024, các đơn vị tiếp tục đẩy mạnh phong trào.", BODY),
        # A four-word headline in the domain's words, after a section's name.
        ("Đăng nhập\nThi đua\nCụm thi đua họp\n" + BODY, "Cụm thi đua họp"),
        # A section's name and a headline that ends like a sentence: the headline.
        (
            "Hoạt động chung\nKhối thi đua Mặt trận - Đoàn thể huyện Tân Lạc: sơ kết công tác "
            "thi đua 6 tháng đầu năm 2023.\n" + BODY,
            "Khối thi đua Mặt trận - Đoàn thể huyện Tân Lạc: sơ kết công tác thi đua 6 tháng "
            "đầu năm 2023.",
        ),
        # A lead with an outlet tag is the body, not a headline, even when short.
        (
            "Phường Tân Lạc đạt cờ thi đua năm 2023\n(AHO) - Chiều 3/1, cụm thi đua các "
            "phường họp.\nNăm 2023, các phường hoàn thành nhiệm vụ.",
            "Phường Tân Lạc đạt cờ thi đua năm 2023",
        ),
    ],
)
def test_headline_stays_when_it_is_already_first(raw: str, expect: str) -> None:
    """A first line that is the headline (or the lead itself) stays the title."""
    assert headline(raw) == expect


def test_header_rules_name_the_furniture() -> None:
    """Each header furniture line is recognised by a named rule; a headline by none."""
    assert header_rule("Hotline: 0912 000 111") == "contact"
    assert header_rule("Trang chủ | Giới thiệu | Liên hệ") == "site_tools"
    assert header_rule("Trang chủ Tin tức Thi đua khen thưởng") == "home_menu"
    assert header_rule("Tin tức >> Hoạt động") == "breadcrumb"
    assert header_rule("5 giờ trước") == "relative_time"
    assert header_rule("Khối thi đua các sở tổng kết năm 2023") is None


def test_text_article_title_is_the_headline(tmp_path: Path) -> None:
    """A .txt article's title and title_span point at the chosen headline."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đọc báo in\nSỞ VĂN HÓA TỈNH AN HÒA\nCụm thi đua số 2 ký kết giao ước năm 2025\n\n" + BODY,
        encoding="utf-8",
    )
    article, _ = read_article(path)
    assert article.title == "Cụm thi đua số 2 ký kết giao ước năm 2025"
    assert article.text[slice(*article.title_span)] == article.title


# --- hard wraps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        (
            "Ngày 3/4/2024, Cụm thi đua số 2 (Hội Cựu\nchiến binh các xã) họp mặt kỷ niệm "
            "ngày thành lập Hội\nCựu chiến binh Việt Nam.",
            "Ngày 3/4/2024, Cụm thi đua số 2 (Hội Cựu chiến binh các xã) họp mặt kỷ niệm ngày "
            "thành lập Hội Cựu chiến binh Việt Nam.",
        ),
        (
            "Các đơn vị trong cụm phối hợp chặt chẽ với Ủy\nban Mặt trận Tổ quốc Việt Nam các "
            "xã, Hội\nNông dân và các đoàn thể chính trị - xã hội.",
            "Các đơn vị trong cụm phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam các "
            "xã, Hội Nông dân và các đoàn thể chính trị - xã hội.",
        ),
        (
            "Dịp này, Khối thi đua trao quà cho các hộ\nnghèo trong xã với tổng kinh phí là "
            "khoảng\n25 triệu đồng.",
            "Dịp này, Khối thi đua trao quà cho các hộ nghèo trong xã với tổng kinh phí là "
            "khoảng 25 triệu đồng.",
        ),
    ],
)
def test_hard_wrapped_lines_are_joined(raw: str, expect: str) -> None:
    """A sentence broken over lines is one line, also before a capital or a digit."""
    assert normalize(raw).text == expect


@pytest.mark.parametrize(
    "raw",
    [
        "Khối thi đua các sở tổng kết năm 2023\nNgày 5/1/2024, Khối thi đua các sở họp.",
        "Quang cảnh hội nghị tổng kết của khối\nNăm 2023, các đơn vị hoàn thành nhiệm vụ.",
        "Phát biểu tại hội nghị, ông Lê Minh nói:\nCác đơn vị cần đoàn kết.",
        "Hội nghị bế mạc lúc 11 giờ.\n12 đơn vị đã ký giao ước.",
    ],
)
def test_line_breaks_between_sentences_stay(raw: str) -> None:
    """A headline above its body, a caption, a colon or a full stop keep their line break."""
    assert normalize(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        (
            "Cụm thi đua số 1 gồm 9 đơn vị là Bảo hiểm xã hội tỉnh Hòa\nAn, Bình Lâm, Tân Lập, "
            "Sơn Hà, Đông Hải, Lam Sơn, Phú\nMỹ, Thạch Bàn và Ngọc Lâm; các đơn vị đã hoàn "
            "thành\nkế hoạch năm 2023.",
            "Cụm thi đua số 1 gồm 9 đơn vị là Bảo hiểm xã hội tỉnh Hòa An, Bình Lâm, Tân Lập, "
            "Sơn Hà, Đông Hải, Lam Sơn, Phú Mỹ, Thạch Bàn và Ngọc Lâm; các đơn vị đã hoàn "
            "thành kế hoạch năm 2023.",
        ),
        (
            "Chia làm 3 cụm (Cụm 1 do huyện Tân Lập làm cụm trưởng, huyện Sơn Hà làm\n"
            "cụm phó; Cụm 2 do huyện Đông Hải làm cụm trưởng, huyện Lam Sơn làm cụm\n"
            "phó; Cụm 3 do huyện Phú Mỹ làm cụm trưởng, Thị xã Thạch Bàn làm cụm phó; Cụm\n"
            "4 do huyện Ngọc Lâm làm cụm trưởng).",
            "Chia làm 3 cụm (Cụm 1 do huyện Tân Lập làm cụm trưởng, huyện Sơn Hà làm cụm phó; "
            "Cụm 2 do huyện Đông Hải làm cụm trưởng, huyện Lam Sơn làm cụm phó; Cụm 3 do huyện "
            "Phú Mỹ làm cụm trưởng, Thị xã Thạch Bàn làm cụm phó; Cụm 4 do huyện Ngọc Lâm làm "
            "cụm trưởng).",
        ),
        (
            "Khối đề nghị UBND tỉnh tặng Bằng khen cho Sở Tài chính, Sở Tư pháp, Sở\nNội vụ, "
            "Sở Y tế, Sở Xây dựng và Sở Giao thông vận tải vì đã có\nthành tích xuất sắc trong "
            "năm 2023.",
            "Khối đề nghị UBND tỉnh tặng Bằng khen cho Sở Tài chính, Sở Tư pháp, Sở Nội vụ, "
            "Sở Y tế, Sở Xây dựng và Sở Giao thông vận tải vì đã có thành tích xuất sắc trong "
            "năm 2023.",
        ),
    ],
)
def test_a_wrapped_block_joins_its_full_lines_before_capitals_and_digits(
    raw: str, expect: str
) -> None:
    """In a block with a lower-case wrap, a line that fills the block's width runs on, even
    before a capital or a digit ("tỉnh Hòa\nAn", "Sở\nNội vụ", "Cụm\n4"), and a line ending
    in a number continues lower-case ("Cụm 3\ndo")."""
    assert normalize(raw).text == expect


@pytest.mark.parametrize(
    "raw",
    [
        "Cụm thi đua các tỉnh miền núi tổ chức hội nghị tổng kết phong trào thi đua năm 2023, "
        "triển khai nhiệm vụ năm 2024\nCập nhật lúc: 20:11 23/11/2023\nNgày 21/11/2023, tại Sở "
        "Nội vụ tỉnh Hòa An, Cụm\nthi đua các tỉnh miền núi gồm các tỉnh Hòa An, Bình Lâm và\n"
        "Tân Lập đã tổ chức hội nghị tổng kết năm 2023.",
        "Khối thi đua các cơ quan Đảng tỉnh Hòa An ký kết giao ước thi đua năm 2024 với nhiều "
        "nội dung mới\nNgày 5/1/2024, các cơ quan trong khối thi đua đã tổ chức ký kết giao\n"
        "ước thi đua năm 2024 tại trụ sở Ban Tuyên giáo.",
    ],
)
def test_a_headline_and_a_date_line_above_a_wrapped_block_stay_apart(raw: str) -> None:
    """A line far longer than the block's wrapped lines (a headline) or far shorter (a date
    line) is no wrapped line: its break stays."""
    assert normalize(raw).text.split("\n", 1)[0] == raw.split("\n", 1)[0]


def test_a_narrow_block_with_one_long_line_still_joins_its_narrow_lines() -> None:
    """The block's width is the median of its wrapped lines: one long line does not widen it."""
    raw = (
        "Ngày 18/10/2023, Cụm thi đua 3 (Hội LHPN\nPhường 4, 8, 9, 10, 15, 16) tổ chức họp mặt\n"
        "kỷ niệm ngày thành lập Hội. Cụm thi đua 3 tiếp tục đẩy mạnh phong trào thi đua, chú "
        "trọng\ncác mô hình hỗ trợ phụ nữ khởi nghiệp và\ntiết kiệm vì chị em nghèo."
    )
    assert normalize(raw).text.startswith("Ngày 18/10/2023, Cụm thi đua 3 (Hội LHPN Phường 4, 8,")


def test_short_lines_of_a_list_in_a_block_stay() -> None:
    """Lines far shorter than the block's wrapped lines are its list items, not wraps."""
    raw = (
        "Khối thi đua gồm các đơn vị sau đây, được phân công theo quyết định của UBND tỉnh\n"
        "năm 2023 gồm:\nSở Tài chính\nSở Tư pháp\nSở Nội vụ"
    )
    assert normalize(raw).text.endswith("gồm:\nSở Tài chính\nSở Tư pháp\nSở Nội vụ")


def test_joined_wrap_keeps_offsets() -> None:
    """Words after a joined wrap map back to the raw text."""
    raw = "Trao quà cho các hộ nghèo trong\nxã với tổng kinh phí là khoảng\n25 triệu đồng."
    al = normalize(raw)
    start = al.text.index("25 triệu")
    s, e = al.source_span(start, start + len("25 triệu"))
    assert raw[s:e] == "25 triệu"


# --- footers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "Chịu trách nhiệm nội dung: Ông Trần Văn Bình, Giám đốc Sở",
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
        "Cơ quan chủ quản: Ủy ban nhân dân tỉnh An Hòa",
    ],
)
def test_site_imprint_ends_the_article(footer: str) -> None:
    """A site's imprint or comment form in the back of the page is cut with what follows."""
    raw = f"Tiêu đề bài\n{BODY}\n{BODY}\nMinh Thư\n{footer}\nÔng Lê Văn Tám, Phó Giám đốc"
    assert normalize(raw).text.strip().endswith("Minh Thư")


# --- the rule file ----------------------------------------------------------------------------


@pytest.fixture
def broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Rules from a copy of rules/ where residue.yaml holds a broken regex."""
    source = rules.rules_dir() / "residue.yaml"
    text = source.read_text("utf-8")
    broken = text.replace('regex: "(?:Trang chủ|Home)', 'regex: "(?:Trang chủ|Home')
    assert broken != text
    (tmp_path / "residue.yaml").write_text(broken, "utf-8")
    monkeypatch.setenv("THIDUA_RULES", str(tmp_path))
    rules.load.cache_clear()
    norm.layout_rules.cache_clear()

    def reset() -> None:
        monkeypatch.delenv("THIDUA_RULES", raising=False)
        rules.load.cache_clear()
        norm.layout_rules.cache_clear()

    yield reset
    reset()


def test_broken_residue_regex_names_the_file_and_entry(broken_rules: Callable[[], None]) -> None:
    """A broken pattern raises RuleError naming rules/residue.yaml and the entry."""
    with pytest.raises(RuleError, match=r"rules/residue\.yaml: entry 'home_menu'"):
        norm.layout_rules()
    broken_rules()
    assert norm.layout_rules().header  # the real file compiles again


_WRAPPED_PARAGRAPH = (
    "Hội nghị đánh giá cao kết quả thi đua của các đơn vị trong cụm, nhất là\n"
    "trong công tác cải cách hành chính và chuyển đổi số năm 2024 vừa qua.\n\n"
    "Ở các khối thi đua còn lại, quy mô mỗi khối không đều nhau: khối nhỏ nhất\n"
    "chỉ có 4 đơn vị, khối lớn nhất lên tới 14 đơn vị thuộc nhiều ngành.\n\n"
)


@pytest.mark.parametrize(
    ("lone", "joined"),
    [
        (
            "Cụm thi đua số 2 có 7 đơn vị, gồm thành phố Long Khánh và các huyện Vĩnh\n"
            "Cửu, Thống Nhất, Định Quán, Tân Phú, Xuân Lộc và Cẩm Mỹ.",
            "các huyện Vĩnh Cửu, Thống Nhất",
        ),
        (
            "Khối gồm Sở Tư pháp, Sở Y tế, Sở Nội vụ, Thanh tra tỉnh và Ban Dân tộc tỉnh Bình\n"
            "Lâm, cùng hai đơn vị sự nghiệp trực thuộc UBND tỉnh.",
            "tỉnh Bình Lâm, cùng",
        ),
    ],
)
def test_a_lone_line_of_a_hard_wrapped_text_that_breaks_a_name_is_joined(
    lone: str, joined: str
) -> None:
    """In a text wrapped at one width (a PDF's), a line as wide as the others that breaks a
    name before a capital runs on, though its own paragraph has no lower-case break."""
    assert joined in normalize(_WRAPPED_PARAGRAPH + lone).text


def test_a_repeated_headline_in_a_wrapped_text_stays_its_own_line() -> None:
    """A caption line ending in a number ("... Cụm thi đua số 1") above a sentence stays apart."""
    caption = (
        "Sở Giáo dục và Đào tạo thành phố Hà Nội làm Cụm trưởng Cụm thi đua số 1\n"
        "Sở Giáo dục và Đào tạo các tỉnh, thành phố được chia làm 8 Cụm thi đua."
    )
    assert "số 1\nSở Giáo dục" in normalize(_WRAPPED_PARAGRAPH + caption).text
