"""Start-up: commands load only the stacks they use; the fast paths give the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from extract import rules
from extract.errors import RuleError
from extract.nlp.tagger import sentence_splitter, split_sentences

ROOT = Path(__file__).resolve().parents[1]

# Heavy stacks and the commands that need them: crawl/run (scrapy, twisted, warcio),
# HTML inputs (trafilatura, bs4), query/report (duckdb), notebooks and tests (pandas).
HEAVY = ("scrapy", "twisted", "underthesea", "pandas", "warcio", "duckdb", "trafilatura", "bs4")


def _loaded_after(code: str) -> list[str]:
    """The HEAVY top-level packages in sys.modules after running `code` in a fresh python."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=True,
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_cli_import_and_parser_load_no_heavy_stack() -> None:
    """`import extract.cli` and building every subcommand's parser (--version, --help)."""
    assert _loaded_after("import extract.cli; extract.cli.build_parser()") == []


def test_text_extract_loads_no_crawl_html_or_pandas_stack(tmp_path: Path) -> None:
    """A `thidua extract` of text files runs without scrapy, twisted, underthesea or pandas."""
    article = tmp_path / "cum_thi_dua.txt"
    article.write_text(
        "Cụm thi đua số 2 tổng kết năm 2023\n\nNgày 5/1/2024, Cụm thi đua số 2 gồm các xã "
        "Tân Lộc, Hòa Bình Tây và Phú Điền tổng kết công tác thi đua. Xã Tân Lộc là Cụm "
        "trưởng năm 2023.",
        encoding="utf-8",
    )
    code = (
        "from extract.cli import main\n"
        f"assert main(['extract', {str(article)!r}, '--out', {str(tmp_path / 'out')!r}]) == 0"
    )
    assert _loaded_after(code) == []
    assert (tmp_path / "out" / "blocs.csv").is_file()


# Sentences written for this test: abbreviations, numbers with dots, ellipses, "?!", quotes.
PARAGRAPHS = [
    "Ngày 12.3.2024, UBND TP. Hòa Vân khen thưởng 1.250 hộ. Ông Trần Văn B. phát biểu.",
    "Cụm trưởng là xã Tân An... Cụm phó là xã Phú Lộc. Vì sao vậy?! Các đơn vị thống nhất.",
    'Th.S Lê Thị Mai, Phó Giám đốc Sở, cho biết: "Năm nay khối tăng 3 đơn vị." Hết.',
    "Các đơn vị gồm: Hội Nông dân, Hội Cựu chiến binh, v.v. Khối trưởng năm sau là Hội Nông dân.",
    "TS. Nguyễn Hữu Phước và PGS.TS Đỗ Minh chủ trì... sau đó các đại biểu ký giao ước thi đua",
]


def test_sentence_splitter_gives_underthesea_sentences() -> None:
    """The splitter loaded from its own file splits exactly as `underthesea.sent_tokenize`."""
    from underthesea import sent_tokenize

    for paragraph in PARAGRAPHS:
        assert sentence_splitter()(paragraph) == sent_tokenize(paragraph)
    spans = split_sentences("\n".join(PARAGRAPHS))
    assert len(spans) >= 2 * len(PARAGRAPHS)


def test_sentence_splitter_does_not_import_underthesea() -> None:
    """Splitting sentences loads one module, not underthesea's NER and model stacks."""
    code = "from extract.nlp.tagger import split_sentences\nsplit_sentences('Một. Hai.')"
    assert "underthesea" not in _loaded_after(code)


@pytest.mark.parametrize("name", [n for n in rules.all_rule_files() if not n.endswith(".tsv")])
def test_rule_file_schema_is_valid_and_loaders_agree(name: str) -> None:
    """Each rule file's schema is valid JSON Schema (not re-checked at run time), and the C
    YAML parser reads the file as the pure-Python one does."""
    text = (rules.rules_dir() / name).read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    assert yaml.load(text, Loader=rules.yaml_loader()) == pure
    rules.check_schema(name, rules._schema(name, pure["schema"]))


def test_broken_entry_and_broken_schema_still_name_the_file() -> None:
    """Skipping the meta-schema check at load time still reports bad entries and schemas."""
    schema = {"type": "array", "items": {"type": "object", "required": ["name"]}}
    with pytest.raises(RuleError, match=r"rules/demo\.yaml: entry 1 breaks the schema"):
        rules._validate("demo.yaml", schema, [{"name": "a"}, {"other": "b"}])
    broken = {"type": "array", "items": {"type": "no-such-type"}}
    with pytest.raises(RuleError, match=r"rules/demo\.yaml: its schema is not valid"):
        rules._validate("demo.yaml", broken, [{"name": "a"}])


def test_paragraphs_without_sentence_ends_split_as_underthesea_does() -> None:
    """A paragraph with no ".", "?" or "!" is one sentence without calling the splitter: the
    same spans as underthesea gives, for headlines, bylines and captions."""
    from underthesea import sent_tokenize

    from extract.nlp.tagger import _paragraph_sentences

    for paragraph in [
        "Cụm thi đua số 5 tổng kết năm 2024",
        "  Khối thi đua các Hội đặc thù: ký giao ước thi đua  ",
        "MINH AN",
        "Ảnh: Lê Thị Hoa (giữa) trao Cờ thi đua cho Hội Nông dân xã Tân Lộc",
        " \t ",
    ]:
        text = f"x\n{paragraph}\ny"
        start, end = 2, 2 + len(paragraph)
        expected, cursor = [], 0
        for sent in sent_tokenize(paragraph):
            found = paragraph.find(sent.strip(), cursor)
            expected.append((start + found, start + found + len(sent.strip())))
            cursor = found + len(sent.strip())
        assert _paragraph_sentences(text, start, end) == (expected or [(start, end)])
