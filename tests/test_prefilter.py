"""Cheap rejection (extract.html.prefilter): never rejects a page the full path keeps."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest

from extract import rules
from extract.errors import InputError, OffTopicError
from extract.facts.pipeline import extract_facts
from extract.html.decode import decode_bytes, sniff_charset
from extract.html.inputs import read_article, read_page
from extract.html.prefilter import cue_word_pattern, head_word_pattern, may_be_about_blocs
from extract.nlp.relevance import fold_regex, is_relevant
from extract.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent.parent / "shared" / "corpus"  # /work/shared/corpus beside /work/wt/NAME
if not SHARED.is_dir():
    SHARED = ROOT.parent / "shared" / "corpus"


def _heads() -> list[str]:
    return [fold(w) for w in rules.load("relevance.yaml").entries["head_words"]]


def test_every_bloc_wording_holds_a_cue_word_or_needs_one() -> None:
    """`emulation` and `reported_topic` (needed by bare wordings and bloc mentions) and the
    full wordings hold a cue phrase; a role wording shows one in each of its forms."""
    entries = rules.load("relevance.yaml").entries
    cue = cue_word_pattern()
    assert cue.search(entries["emulation"])
    assert all(cue.search(t) for t in ("thi đua", "giao ước"))  # reported_topic's words
    roles = [
        "Trưởng khối", "Phó trưởng cụm", "Khối trưởng", "Cụm phó", "Khối phó", "Thường trực Cụm",
        "TRƯỞNG KHỐI", "cum truong", "thường trực khối",
    ]  # fmt: skip
    for text in roles:
        assert cue.search(text), text
    for e in rules.load("relevance.yaml").examples:
        if e["expect"]:
            assert may_be_about_blocs(e["text"]), e["text"]


def test_every_bloc_wording_holds_a_head_word() -> None:
    """The rule files agree: each bloc wording and bloc head names a head word."""
    heads = _heads()
    regexes = [e["regex"] for e in rules.load("relevance.yaml").entries["blocs"]]
    regexes += [h["regex"] for h in rules.load("blocs.yaml").entries["heads"]]
    for regex in regexes:
        folded = fold_regex(regex)
        assert any(re.search(rf"(?<![a-z]){h}(?![a-z])", folded) for h in heads), regex


@pytest.mark.parametrize(
    "text",
    [
        "<p>Hội nghị tổng kết Khối thi đua các huyện miền núi</p>",
        "<h1>CỤM THI ĐUA SỐ 2 KÝ KẾT GIAO ƯỚC</h1>",
        "<p>Khoi thi dua cac so nganh to chuc hoi nghi</p>",
        unicodedata.normalize("NFD", "<p>các đơn vị trong cụm họp bình xét thi đua</p>"),
        "<p>Kh\u200bối trưởng năm nay là Sở Tài chính</p>",
        "<p>C&#7909;m 3 s&#417; k&#7871;t thi &#273;ua</p>",
        "<p>Kh&ocirc;&#769;i thi đua Nội chính</p>",
        "<p>Khối thi <b>đua</b> các trường học</p>",
        "<p>Cụm thi\n đua số 5</p>",
        '<meta property="og:title" content="Cụm trưởng nhận cờ">',
    ],
)
def test_head_word_in_any_written_form_is_a_candidate(text: str) -> None:
    assert may_be_about_blocs(text)


@pytest.mark.parametrize(
    "text",
    [
        "<p>Nông dân thu hoạch lúa vụ Hè Thu, năng suất tăng 3 tạ/ha.</p>",
        "<p>Phát động phong trào thi đua yêu nước năm 2025 trong toàn tỉnh.</p>",
        "<p>Document cumulative khoiphuc</p>",
        "<p>Nạo vét 500 mét khối bùn, khối lượng công việc lớn.</p>",
        "<p>Cụm công nghiệp Tân Lập lấp đầy 80% diện tích.</p>",
        "<p>Cụm dân cư số 4 được cấp nước sạch, ước đạt 90% số hộ.</p>",
        "<p>Trưởng phòng cho biết khối lượng đất đào lớn; phố cổ đông khách.</p>",
    ],
)
def test_pages_without_a_head_word_are_rejected(text: str) -> None:
    assert not may_be_about_blocs(text)


def test_pattern_is_built_from_the_rule_file() -> None:
    assert head_word_pattern().search("KHỐI") and head_word_pattern().search("cụm")


def _kept(text: str) -> bool:
    """Whether an article text gives a bloc or passes the relevance filter (full path)."""
    return is_relevant(text)


def _html_pages() -> list[Path]:
    found = [*(ROOT / "corpora").rglob("*.htm*"), *(ROOT / "tests" / "fixtures").rglob("*.htm*")]
    return sorted(found)


def test_demo_and_fixture_pages_the_full_path_keeps_are_never_rejected() -> None:
    """Every bundled HTML page (demo sites, corpora/pages, fixtures) with a bloc passes."""
    kept = 0
    for path in _html_pages():
        body = path.read_bytes()
        try:
            article, _ = read_page(f"http://demo.test/{path.name}", body, article_id=path.stem)
        except InputError:
            continue  # no article: the full path gives nothing either
        if not (_kept(article.text) or extract_facts(article).blocs):
            continue
        kept += 1
        decoded = decode_bytes(body, declared=sniff_charset(body))
        assert may_be_about_blocs(decoded.text), path
    assert kept >= 20


def test_prefiltered_read_page_rejects_only_headless_pages() -> None:
    body = "<html><body><h1>Giá lúa tăng</h1><p>Nông dân vui mừng vì giá lúa tăng.</p>".encode()
    with pytest.raises(OffTopicError):
        read_page("http://x.test/a-1234.html", body, article_id="a", prefilter=True)


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not beside the repo")
@pytest.mark.parametrize("part", ["offtopic", "dev", "seeds"])
def test_shared_corpus_texts_with_a_bloc_are_never_rejected(part: str) -> None:
    """Shared corpus texts the full path keeps (relevant, or giving a bloc) all pass."""
    paths = sorted((SHARED / part).glob("*.txt"))
    assert paths
    for path in paths:
        article, _ = read_article(path)
        if _kept(article.text) or extract_facts(article).blocs:
            raw = decode_bytes(path.read_bytes()).text
            assert may_be_about_blocs(raw), path


@pytest.mark.parametrize(
    "word", ["Çụm", "ḱhối", "Kh\u00f4\u0301i", "c\u0323\u00fam", "KHÔ\u0301I", "cỤm", "Khôi"]
)
def test_fast_scan_agrees_with_the_full_pattern(word: str) -> None:
    """The fast scan (plain first letter) and the full pattern say the same, whatever form."""
    for text in (f"a {word} b", f"x{word} b", f"a {word}y", f"<b>{word}</b>"):
        expected = head_word_pattern().search(text) is not None
        assert may_be_about_blocs(f"{text} thi đua") is expected, text


def test_fast_scan_agrees_on_every_bundled_page() -> None:
    for path in _html_pages():
        plain = html.unescape(decode_bytes(path.read_bytes()).text) + " thi đua"
        assert may_be_about_blocs(plain) is bool(head_word_pattern().search(plain))
