"""Property-based tests (hypothesis): arbitrary input never raises anything but a typed error.

Targets: the normaliser (offsets always map back into the raw text), the text and HTML
readers, the sidecar parser, the WARC reader (cut and corrupted files) and a batch mixing
broken and good inputs (every good one is still written). `pytest tests/test_fuzz.py
--hypothesis-show-statistics` prints how many inputs each target ran.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import InputError
from extract.html.inputs import html_article, read_article, read_sidecar
from extract.runner import run_extract
from extract.store.warc import WarcAppender, iter_responses
from extract.text.normalize import normalize

# Runs are slow on a shared 2-core machine: no per-example deadline, a fixed budget each.
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

# Text made of what articles are made of: Vietnamese letters (precomposed and combining),
# digits, punctuation, odd spaces, invisible characters, line ends of every kind.
VIETNAMESE = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐĂÂÊÔƠƯ"
PIECES = st.one_of(
    st.text(alphabet=VIETNAMESE + "abcdefghKhốiCụm ", max_size=30),
    st.sampled_from(
        [
            "\r\n",
            "\n",
            "\r",
            "\n\n\n",
            "\u00a0",
            "\u200b",
            "\ufeff",
            "\u0301",
            "\u0323",
            "\u0309",
            "Ð",
            "  ",
            "\t",
            "–",
            "…",
            ".",
            ",",
            ":",
            "(",
            ")",
            "10/7/2023",
            "Khối thi đua",
            "Skip Ribbon Commands",
            "Lượt xem: 123",
            "date 2023-01",
        ]
    ),
    st.text(max_size=8),
)
ARTICLE_TEXT = st.lists(PIECES, max_size=40).map("".join)


@FUZZ
@given(ARTICLE_TEXT)
def test_normaliser_offsets_always_map_back_into_the_raw_text(raw: str) -> None:
    al = normalize(raw)
    assert len(al.origin) == len(al.text)
    assert all(0 <= o < len(raw) for o in al.origin)
    for start in range(0, len(al.text), 7):
        end = min(len(al.text), start + 5)
        a, b = al.source_span(start, end)
        assert 0 <= a <= b <= len(raw)


@FUZZ
@given(st.one_of(st.binary(max_size=3000), ARTICLE_TEXT.map(lambda t: t.encode("utf-8"))))
def test_text_reader_raises_only_typed_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_bytes(data)
        try:
            article, warnings = read_article(path)
        except InputError:
            return
        assert article.text and article.title
        assert all(isinstance(w, str) for w in warnings)


TAGS = ["div", "p", "article", "h1", "h2", "a", "ul", "li", "nav", "header", "table", "td"]


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Random nestings of common tags around article-like text, with broken bits."""
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(st.sampled_from(TAGS))
        text = draw(ARTICLE_TEXT)
        href = ' href="/tin/1.html"' if tag == "a" else ""
        closing = draw(st.booleans())
        parts.append(f"<{tag}{href}>{text}" + (f"</{tag}>" if closing else ""))
    junk = draw(st.sampled_from(["", "<", "<!--", "]]>", "&#x;", "<script>x", "</html></html>"]))
    return (
        "<html><head><title>" + draw(ARTICLE_TEXT) + "</title></head><body>" + "".join(parts) + junk
    )


@FUZZ
@given(html_pages(), st.sampled_from([None, "https://baodemo.vn/", "https://b.vn/tin/a-1.html"]))
def test_html_reader_raises_only_typed_errors(html: str, url: str | None) -> None:
    try:
        article = html_article("x", html, "x.html", url=url)
    except InputError:
        return
    assert article.text


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.sampled_from(["url", "published", "x"]), inner, max_size=3)
            ),
            max_leaves=6,
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_sidecar_parser_raises_only_typed_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "a.txt"
        article.write_text("Khối thi đua\n\nNội dung.", encoding="utf-8")
        (Path(tmp) / "a.meta.json").write_bytes(data)
        try:
            sidecar, warnings = read_sidecar(article)
        except InputError:
            return
        assert sidecar is not None and isinstance(warnings, list)


def _warc(folder: Path, n: int) -> Path:
    """A WARC file of `n` stored pages, written the way the crawler writes them."""
    writer = WarcAppender(folder, "pages.warc.gz")
    for i in range(n):
        body = f"<html><body><h1>Khối thi đua số {i}</h1><p>Tin {i}.</p></body></html>"
        writer.append(
            f"http://baodemo.vn/tin-{i}.html",
            "GET",
            [("Host", "baodemo.vn")],
            200,
            "OK",
            [("Content-Type", "text/html; charset=utf-8")],
            body.encode("utf-8"),
        )
    writer.close()
    return writer.path


WHOLE = _warc(Path(tempfile.mkdtemp(prefix="thidua-fuzz-")), 6)


@FUZZ
@given(st.data())
def test_warc_reader_survives_cut_and_corrupt_files(data: st.DataObject) -> None:
    raw = bytearray(WHOLE.read_bytes())
    cut = data.draw(st.integers(0, len(raw)), label="cut at")
    damaged = raw[:cut]
    for _ in range(data.draw(st.integers(0, 4), label="flips")):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1), label="byte")
            damaged[at] = data.draw(st.integers(0, 255), label="value")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cut.warc.gz"
        path.write_bytes(bytes(damaged))
        responses = list(iter_responses(path))
    whole = {r.url: r.body for r in iter_responses(WHOLE)}
    assert len(responses) <= len(whole)
    if damaged == raw[:cut]:  # only cut: what is read is whole records, unchanged
        assert all(whole[r.url] == r.body for r in responses)


GOOD = (
    "Khối thi đua các sở kinh tế tỉnh Lào Cai tổng kết năm 2023\n\n"
    "Ngày 5/1/2024, Khối thi đua các sở kinh tế tỉnh Lào Cai tổ chức hội nghị tổng kết công "
    "tác thi đua năm 2023. Khối gồm 3 đơn vị: Sở Tài chính, Sở Xây dựng và Cục Thuế tỉnh.\n"
)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.binary(max_size=400), min_size=1, max_size=5))
def test_a_batch_with_broken_inputs_writes_every_good_one(broken: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        for i, data in enumerate(broken):
            (folder / f"broken_text_{i}.txt").write_bytes(data)
            (folder / f"broken_page_{i}.html").write_bytes(data[::-1])
        out = Path(tmp) / "out"
        summary = run_extract([folder], out, max_bytes=1_000_000, progress=False)
        lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
        ids = {json.loads(x)["id"] for x in lines}
        assert "good" in ids
        assert summary.articles_read + summary.failed == 1 + 2 * len(broken)
