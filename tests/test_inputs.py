"""Reading inputs (layer 2): decoding, bad files, sidecars, .txt/.html articles, folders."""

from __future__ import annotations

import codecs
import shutil
import unicodedata
from pathlib import Path

import pytest

from extract.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    SidecarError,
    TooLargeError,
    UndecodableError,
)
from extract.html.decode import decode_bytes, looks_vietnamese, sniff_charset
from extract.html.inputs import iter_inputs, read_article

# Files written for these tests (not taken from the shared corpus).
FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = FIXTURES / "inputs"
HTML = FIXTURES / "html"
# The text of utf16_bom.txt, utf16_nobom.txt and cp1258.txt.
ENCODED = (
    "Cụm thi đua các huyện miền núi tỉnh Yên Sơn ký kết giao ước năm 2024\n\n"
    "Sáng 20/01/2024, Cụm thi đua các huyện miền núi tổ chức hội nghị ký kết giao ước thi đua "
    "năm 2024. Huyện Bảo Yên được bầu làm Cụm trưởng, huyện Văn Bàn làm Cụm phó.\n\n"
    "Ngọc Ánh\n"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Encode like Windows-1258: base letters precomposed, tone marks as combining bytes."""
    out = bytearray()
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


# --- decode_bytes --------------------------------------------------------------------------


def test_utf8_plain() -> None:
    decoded = decode_bytes(ENCODED.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.warning) == (ENCODED, "utf-8", None)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_boms(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + ENCODED.encode(codec))
    assert decoded.text == ENCODED
    assert decoded.encoding == codec
    assert (decoded.warning is None) == (codec == "utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_wide_text_without_bom_is_not_binary(codec: str) -> None:
    decoded = decode_bytes(ENCODED.encode(codec))
    assert decoded.text == ENCODED
    assert decoded.warning is not None and codec in decoded.warning


def test_cp1258_composes_tone_marks() -> None:
    decoded = decode_bytes(_cp1258(ENCODED))
    assert decoded.text == ENCODED  # NFC, not base letter + combining mark
    assert decoded.encoding == "cp1258"
    assert decoded.warning == "decoded as cp1258 (not valid UTF-8)"


def test_declared_charset() -> None:
    decoded = decode_bytes(_cp1258(ENCODED), declared="windows-1258")
    assert (decoded.text, decoded.encoding) == (ENCODED, "cp1258")
    assert decoded.warning is not None and "declared" in decoded.warning
    # A stale Western declaration over real UTF-8 bytes is ignored.
    decoded = decode_bytes(ENCODED.encode("utf-8"), declared="iso-8859-1")
    assert (decoded.text, decoded.warning) == (ENCODED, None)
    # An unknown label is ignored too.
    assert decode_bytes(ENCODED.encode("utf-8"), declared="x-bogus").text == ENCODED


def test_utf8_with_a_few_broken_bytes() -> None:
    data = ENCODED.encode("utf-8") * 3
    broken = data[:50] + b"\xe1\xbb" + data[50:]
    decoded = decode_bytes(broken)
    assert decoded.encoding == "utf-8"
    assert decoded.warning is not None and "1 invalid" in decoded.warning


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"abc\x00def" * 10, "NUL"),
        (bytes(range(1, 9)) * 50, "control"),
    ],
)
def test_binary(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError) as info:
        decode_bytes(data)
    message = str(info.value)
    assert what in message and "\n" not in message


def test_too_large_says_size_and_option() -> None:
    with pytest.raises(TooLargeError) as info:
        decode_bytes(b"a" * 101, max_bytes=100)
    assert "101 bytes" in str(info.value) and "--max-bytes" in str(info.value)


def test_undecodable() -> None:
    # Cyrillic in cp1251 is valid cp1258 byte-wise but not Vietnamese.
    data = ("Соревнование коллективов области " * 5).encode("cp1251")
    with pytest.raises(UndecodableError) as info:
        decode_bytes(data)
    assert "UTF-8" in str(info.value)


def test_errors_are_input_errors() -> None:
    for cls in (EmptyInputError, BinaryInputError, TooLargeError, UndecodableError, SidecarError):
        assert issubclass(cls, InputError)


def test_looks_vietnamese() -> None:
    assert looks_vietnamese(ENCODED)
    assert not looks_vietnamese("Emulation blocs held their annual review in Hanoi.")
    assert not looks_vietnamese("ĂÂĐÊÔƠƯĂÂĐÊÔƠƯ ĂÂĐÊÔƠƯĂÂĐÊÔƠƯ")


@pytest.mark.parametrize(
    ("head", "expect"),
    [
        (b'<meta charset="windows-1258">', "windows-1258"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>", "UTF-8"),
        (b"<html><head><title>x</title></head>", None),
    ],
)
def test_sniff_charset(head: bytes, expect: str | None) -> None:
    assert sniff_charset(head) == expect


# --- read_article: bad files -------------------------------------------------------------------


def test_read_empty_file() -> None:
    with pytest.raises(EmptyInputError):
        read_article(INPUTS / "empty.txt")


def test_read_png_named_txt() -> None:
    with pytest.raises(BinaryInputError, match="PNG image"):
        read_article(INPUTS / "image.txt")


def test_read_ten_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = "Khối thi đua các cơ quan tổng hợp tổng kết năm 2023.\n".encode()
    big.write_bytes(line * (10_000_000 // len(line) + 1))
    with pytest.raises(TooLargeError, match=r"10,0\d\d,\d{3} bytes .*--max-bytes"):
        read_article(big)


def test_max_bytes_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ENCODED.encode("utf-8"))
    with pytest.raises(TooLargeError):
        read_article(path, max_bytes=100)
    article, _ = read_article(path, max_bytes=1_000)
    assert article.title.startswith("Cụm thi đua")


@pytest.mark.parametrize("name", ["utf16_bom.txt", "utf16_nobom.txt", "cp1258.txt"])
def test_read_other_encodings_with_warning(name: str) -> None:
    article, warnings = read_article(INPUTS / name)
    assert article.title == ENCODED.splitlines()[0]
    assert "Huyện Bảo Yên được bầu làm Cụm trưởng" in article.text
    assert len(warnings) == 1 and warnings[0].startswith("decoded as ")


def test_unsupported_suffix(tmp_path: Path) -> None:
    doc = tmp_path / "bai.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"\.txt, \.html or \.htm"):
        read_article(doc)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "none.txt")


# --- read_article: .txt and sidecars ------------------------------------------------------------


def test_read_txt_with_sidecar() -> None:
    article, warnings = read_article(INPUTS / "article.txt")
    assert warnings == []
    assert article.id == "article"
    assert article.title == "Khối thi đua các cơ quan tổng hợp tỉnh Lào Cai tổng kết năm 2023"
    assert article.text[slice(*article.title_span)] == article.title
    assert article.text.startswith(article.title + "\n\n")
    assert article.url == "https://laocai.example.gov.vn/tin-tuc/khoi-tong-hop-tong-ket-2023"
    assert article.published == "2023-12-16T08:30:00"
    assert article.author is None  # .txt bylines are the fact layer's job
    assert article.source_path == str(INPUTS / "article.txt")


def test_txt_is_normalised(tmp_path: Path) -> None:
    raw = "\n\n  Khối thi đua Văn hoá - Xã hội\r\n\r\nNgày 28/02/2022Văn phòng UBND tỉnh chủ trì.\n"
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    article, _ = read_article(path)
    assert article.title == "Khối thi đua Văn hóa - Xã hội"
    assert article.title_span == (0, len(article.title))
    assert "28/02/2022 Văn phòng" in article.text and "\r" not in article.text


def test_malformed_sidecar_json() -> None:
    with pytest.raises(SidecarError) as info:
        read_article(INPUTS / "bad_json.txt")
    message = str(info.value)
    assert "bad_json.meta.json" in message and "not valid JSON" in message
    assert "\n" not in message


def test_sidecar_wrong_type() -> None:
    with pytest.raises(SidecarError, match=r"bad_type\.meta\.json: 'published' must be a string"):
        read_article(INPUTS / "bad_type.txt")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('["https://example.vn"]', "must be a JSON object"),
        ('{"url": 5}', "'url' must be a string"),
        ('{"published": "17/05/2024"}', "not an ISO date"),
    ],
)
def test_sidecar_problems(tmp_path: Path, content: str, problem: str) -> None:
    shutil.copy(INPUTS / "article.txt", tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(SidecarError, match=problem):
        read_article(tmp_path / "a.txt")


def test_sidecar_optional_keys(tmp_path: Path) -> None:
    shutil.copy(INPUTS / "article.txt", tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text(
        '{"published": "2023-12-16", "url": null, "crawler": "x"}', encoding="utf-8"
    )
    article, warnings = read_article(tmp_path / "a.txt")
    assert (article.url, article.published) == (None, "2023-12-16")
    assert warnings == ["a.meta.json: ignored unknown key(s): crawler"]


# --- read_article: .html -----------------------------------------------------------------------


def test_read_html() -> None:
    article, warnings = read_article(HTML / "news_cms.html")
    assert warnings == []
    assert article.id == "news_cms"
    assert article.title == "Cụm thi đua các tỉnh Bắc Trung Bộ sơ kết 6 tháng đầu năm 2024"
    assert article.text.startswith(article.title + "\n\n(BSL) - Sáng 16/5")
    assert article.text[slice(*article.title_span)] == article.title
    assert article.published == "2024-05-17T15:45:00"
    assert article.author == "THANH HUYỀN"
    # no sidecar: the address the page declares (its canonical link)
    assert article.url == (
        "https://baosonglam.example.vn/chinh-tri/"
        "cum-thi-dua-bac-trung-bo-so-ket-6-thang-dau-nam-2024-a51234.html"
    )


def test_read_htm_with_sidecar_override(tmp_path: Path) -> None:
    page = tmp_path / "trang.htm"
    shutil.copy(HTML / "dnn.html", page)
    (tmp_path / "trang.meta.json").write_text(
        '{"url": "https://svhttdl.example.gov.vn/a-1187", "published": "2019-03-15"}',
        encoding="utf-8",
    )
    article, _ = read_article(page)
    assert article.url == "https://svhttdl.example.gov.vn/a-1187"
    assert article.published == "2019-03-15"  # the sidecar wins over the page
    assert article.author == "Lan Anh, Quốc Việt"


def test_read_html_declared_cp1258(tmp_path: Path) -> None:
    html = (HTML / "sharepoint.html").read_text(encoding="utf-8")
    html = html.replace("charset=utf-8", "charset=windows-1258")
    page = tmp_path / "cu.html"
    page.write_bytes(_cp1258(html))
    article, warnings = read_article(page)
    assert article.title == "Khối thi đua các hội có tính chất đặc thù tổng kết công tác năm 2022"
    assert warnings == ["decoded as cp1258 (declared charset)"]


def test_read_html_without_article() -> None:
    with pytest.raises(InputError, match="no article text found"):
        read_article(HTML / "no_article.html")


# --- iter_inputs -------------------------------------------------------------------------------


def test_iter_inputs_folder(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in [
        "b.txt",
        "a.html",
        "a.meta.json",
        "sub/c.HTM",
        "sub/d.txt",
        "notes.md",
        ".hidden.txt",
        ".cache/e.txt",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [p.relative_to(root).as_posix() for p in iter_inputs([root])]
    assert found == ["a.html", "b.txt", "sub/c.HTM", "sub/d.txt"]
    # Files given directly are kept in order, each once; sidecars are read with their article.
    again = list(iter_inputs([root / "sub" / "d.txt", root, root / "a.meta.json"]))
    assert again[0] == root / "sub" / "d.txt"
    assert len(again) == 4


def test_iter_inputs_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_inputs([tmp_path / "absent"]))


@pytest.mark.parametrize("text", ["1-1-2000", "Lượt xem: 123", "date 2023-01\n\n10/7/2023"])
def test_a_text_of_residue_only_keeps_its_first_line_as_title(tmp_path: Path, text: str) -> None:
    """Found by tests/test_fuzz.py: every line looked like residue and the title was empty."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    try:
        article, _ = read_article(path)
    except InputError:
        return  # nothing left after normalisation: refused, which is fine too
    assert article.title and article.title_span[1] > article.title_span[0]
