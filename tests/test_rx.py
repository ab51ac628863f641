"""The compiled-regex cache (extract/rx.py) only changes speed: same patterns, same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import rules, rx
from extract.errors import RuleError
from extract.nlp.lexicon import WORD, alternation, literal_trie, lower_regex

# Shapes the rule files use: word-bounded alternations, big classes, named groups, flags.
PATTERNS = [
    (rf"(?<!{WORD})(?:bằng khen|giấy khen)(?!{WORD})", re.I),
    (r"(?P<c0>gồm\s+(?P<n0>\d{1,3})\s+đơn vị)|(?P<c1>có\s+(?P<n1>\d{1,3})\s+xã)", 0),
    (r"^(?:Ngày|ngày)\s+(\d{1,2})/(\d{1,2})$", re.M),
    (r"[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)*", 0),
    (r"(?-i:[A-Z])\w+", re.I | re.M),
]
TEXTS = [
    "Khối trao Bằng khen và giấy khen cho 3 đơn vị; cụm gồm 12 đơn vị, có 5 xã.",
    "ngày 5/1\nNgày 12/11\nHội Nông dân Tỉnh Hòa Bình nhận BẰNG KHEN",
]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache in a temporary folder; returns the cache file's path."""
    monkeypatch.setenv("THIDUA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("THIDUA_CACHE", raising=False)
    monkeypatch.setattr(rx, "_STORE", rx._Store())
    return tmp_path / "regexes.json"


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    """Two compiled patterns agree on their attributes and on every match over TEXTS."""
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.span() + m.groups() for m in a.finditer(text)] == [
            m.span() + m.groups() for m in b.finditer(text)
        ]


def _fresh_process_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process compiled, as the next run starts (the file stays)."""
    monkeypatch.setattr(rx, "_STORE", rx._Store())


def test_cold_and_warm_cache_give_re_compile_patterns(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled fresh, then read back from the file in a later run: as re.compile gives."""
    for pattern, flags in PATTERNS:
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))
    rx.save()
    assert store.is_file()
    _fresh_process_view(monkeypatch)
    for pattern, flags in PATTERNS:
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))
    assert not rx._STORE.dirty  # every pattern came from the file


def test_damaged_cache_falls_back_to_compiling(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Garbage, another stamp, bad base64 or code the engine rejects: compiled again."""
    pattern, flags = PATTERNS[0]
    key = rx._key(pattern, flags)
    for content in (
        "not json",
        json.dumps({"stamp": "another-python", "entries": {key: [0, "", 0, {}, []]}}),
        json.dumps({"stamp": rx._STAMP, "entries": {key: [flags, "%%%", 0, {}, []]}}),
        json.dumps({"stamp": rx._STAMP, "entries": {key: [flags, "AAAAAAAAAAA=", 0, {}, []]}}),
    ):
        store.write_text(content, encoding="utf-8")
        _fresh_process_view(monkeypatch)
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))


def test_broken_pattern_raises_re_error(store: Path) -> None:
    """A broken rule regex still raises re.error, which the rule loaders turn into RuleError."""
    with pytest.raises(re.error):
        rx.compile(r"(?:khối", re.I)


def test_cache_can_be_turned_off(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """THIDUA_CACHE=0: plain re.compile, no file."""
    monkeypatch.setenv("THIDUA_CACHE", "0")
    _same(rx.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    rx.save()
    assert not store.exists()


def test_unwritable_cache_folder_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder that cannot be created (a file is in the way): no error, no file."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("THIDUA_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(rx, "_STORE", rx._Store())
    _same(rx.compile(*PATTERNS[2]), re.compile(*PATTERNS[2]))
    rx.save()
    assert not (blocker / "sub").exists()


def test_alternation_does_not_depend_on_set_order() -> None:
    """Equal-length phrases in a fixed order: the regex source (the cache key) is the same in
    every process, whatever the hash seed."""
    words = ["cụm", "khối", "đội", "tổ", "hội", "ban"]
    assert alternation(words) == alternation(list(reversed(words)))


# --- validated rule files (rules.py) --------------------------------------------------------

RULE = """description: demo words
schema: {type: array, items: {type: object, required: [name]}}
entries:
  - {name: a, words: [khối, cụm]}
examples: []
"""


@pytest.fixture
def rule_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A rules folder of its own and a fresh cache of validated files."""
    folder = tmp_path / "rules"
    folder.mkdir()
    monkeypatch.setenv("THIDUA_RULES", str(folder))
    monkeypatch.setenv("THIDUA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("THIDUA_CACHE", raising=False)
    monkeypatch.setattr(rules, "_VALIDATED", rules._ValidatedFiles())
    return folder


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Save what this run validated and start another run's view of the cache."""
    rules._VALIDATED.save()
    monkeypatch.setattr(rules, "_VALIDATED", rules._ValidatedFiles())
    rules.load.cache_clear()


def test_validated_rule_file_comes_back_the_same(
    rule_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run reads the file from the cache, with the same values."""
    (rule_dir / "demo.yaml").write_text(RULE, encoding="utf-8")
    rules.load.cache_clear()
    first = rules.load("demo.yaml")
    _next_run(monkeypatch)
    second = rules.load("demo.yaml")
    assert second == first
    assert not rules._VALIDATED.dirty  # nothing parsed again
    rules.load.cache_clear()


def test_edited_rule_file_is_checked_again(rule_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file edited after it was cached is parsed and validated again: a broken entry
    still raises RuleError naming the file."""
    path = rule_dir / "demo.yaml"
    path.write_text(RULE, encoding="utf-8")
    rules.load.cache_clear()
    rules.load("demo.yaml")
    _next_run(monkeypatch)
    path.write_text(RULE.replace("{name: a,", "{label: a,"), encoding="utf-8")
    with pytest.raises(RuleError, match=r"rules/demo\.yaml: entry 0 breaks the schema"):
        rules.load("demo.yaml")
    rules.load.cache_clear()


def test_edited_shared_schema_is_checked_again(
    rule_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose shared schema (schemas/*.json) changed is validated again."""
    (rule_dir / "schemas").mkdir()
    schema = rule_dir / "schemas" / "demo.json"
    schema.write_text(json.dumps({"type": "array"}), encoding="utf-8")
    text = RULE.replace(
        "schema: {type: array, items: {type: object, required: [name]}}",
        "schema: schemas/demo.json",
    )
    (rule_dir / "demo.yaml").write_text(text, encoding="utf-8")
    rules.load.cache_clear()
    rules.load("demo.yaml")
    _next_run(monkeypatch)
    schema.write_text(json.dumps({"type": "array", "maxItems": 0}), encoding="utf-8")
    with pytest.raises(RuleError, match=r"rules/demo\.yaml"):
        rules.load("demo.yaml")
    rules.load.cache_clear()


def test_rule_cache_can_be_turned_off(rule_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """THIDUA_CACHE=0: rule files are parsed each run and nothing is written."""
    monkeypatch.setenv("THIDUA_CACHE", "0")
    (rule_dir / "demo.yaml").write_text(RULE, encoding="utf-8")
    rules.load.cache_clear()
    rules.load("demo.yaml")
    rules._VALIDATED.save()
    assert not (rule_dir.parent / "cache").exists()
    rules.load.cache_clear()


# --- first-character guards (rx.compile_scan) ------------------------------------------------

GUARDED = [
    (r"(?<!\w)(?:(?P<k0>danh hiệu)|(?:\d+ )?đơn vị|k[ỷỉ] niệm|(?-i:[A-Z])\w+ khen)(?!\w)", re.I),
    (r"^(?:trưởng|phó) (?:khối|cụm)|\bcụm trưởng", re.I | re.M),
    (r"(?:xuất sắc\s+)?(?:bằng|giấy) khen", re.I),
    (r"(?<=\s)(?:Cờ|Huân chương)(?=\s)", re.I),
    (r"\d+ đơn vị", re.I),  # a repeat first: no prefix for the engine either
    (r"(?P<c0>gồm (?P<n0>\d+) đơn vị)|(?P<c1>có (?P<n1>\d+) xã)", 0),  # named groups first
    (r"(?<!\w)(?:trưởng|phó) khối", re.M),  # a lookbehind first
]
UNGUARDED = [
    (r"(?:bằng|giấy) khen", 0),  # case-sensitive literals: the engine's own fast path
    (r"[,;] khen", re.I),  # a class of characters without case: the engine's own fast path
    (r"(?:\d+ )?khen|x*", re.I),  # can match the empty string
    (r"(?i)bằng khen", 0),  # a global inline flag stays first
    (r"[^,;]+ khen", re.I),  # a negated class may start with anything
    (r".khen", re.I),
    (r"cùng (?:với )?các", re.I),  # one character test opens it already
    (r"^\s*(?:của|thuộc)\s+", re.I),  # anchored: the engine tries the start only
    (r"\s*(?:[\w,]+\s+){0,4}năm", re.I),  # nearly any character can start it
]
GUARD_TEXTS = [
    *TEXTS,
    "Khối trưởng và PHÓ KHỐI nhận Bằng Khen; cụm trưởng giữ Cờ thi đua, 3 đơn vị khác.",
    "Kỷ niệm chương tặng 12 ĐƠN VỊ\ntrưởng cụm báo cáo; Huân chương Lao động",
]


def _same_matches(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    """Two patterns give the same matches (spans and groups) over every text and suffix."""
    for text in texts:
        for pos in range(0, len(text), 7):
            assert [m.span() + m.groups() for m in a.finditer(text, pos)] == [
                m.span() + m.groups() for m in b.finditer(text, pos)
            ]


@pytest.mark.parametrize(("pattern", "flags"), GUARDED)
def test_guard_is_added_and_keeps_the_matches(pattern: str, flags: int) -> None:
    """A regex the engine would try at every position gets its lookahead; matches and groups
    do not change."""
    guarded = rx.first_char_guard(pattern, flags)
    assert guarded.startswith("(?=[") and guarded != pattern
    _same_matches(re.compile(guarded, flags), re.compile(pattern, flags), GUARD_TEXTS)
    assert re.compile(guarded, flags).groupindex == re.compile(pattern, flags).groupindex


@pytest.mark.parametrize(("pattern", "flags"), UNGUARDED)
def test_no_guard_where_it_cannot_help_or_be_sure(pattern: str, flags: int) -> None:
    """Regexes with a prefix the engine scans for, or that may match the empty string, carry
    a global inline flag or can start with anything, stay as they are."""
    assert rx.first_char_guard(pattern, flags) == pattern


def test_compile_scan_caches_the_guard(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard is stored with the code: a later run does not parse the regex again."""
    pattern, flags = GUARDED[0]
    first = rx.compile_scan(pattern, flags)
    rx.save()
    _fresh_process_view(monkeypatch)
    monkeypatch.setattr(rx, "first_char_guard", lambda p, f: pytest.fail("parsed again"))
    assert rx.compile_scan(pattern, flags).pattern == first.pattern


def test_letter_and_its_class_match_the_same_characters_ignoring_case() -> None:
    """The guard's reasoning: under IGNORECASE a letter matches exactly what the class of
    that letter matches, over every code point, for each Vietnamese letter."""
    letters = (
        "abcdđeghiklmnopqrstuvxyàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
    )
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for ch in letters + letters.upper():
        literal = [m.start() for m in re.finditer(re.escape(ch), every, re.I)]
        assert literal == [m.start() for m in re.finditer(f"[{re.escape(ch)}]", every, re.I)]


def test_rule_guards_keep_every_match_on_the_bundled_articles() -> None:
    """Every guard the rule files got: the same matches as the plain regex on bundled texts."""
    import gc

    from extract.facts.pipeline import extract_facts
    from extract.html.inputs import read_article
    from extract.text.normalize import lower_keep_offsets

    paths = sorted((Path(__file__).resolve().parents[1] / "corpora" / "articles").glob("*.txt"))
    texts = [read_article(p)[0].text for p in paths[:12]]
    extract_facts(read_article(paths[0])[0])  # every rule file compiled
    texts += [lower_keep_offsets(t) for t in texts]
    compiled = {
        (p.pattern, p.flags)
        for p in gc.get_objects()
        if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and "])(?:" in p.pattern
    }
    guards = []  # (plain, guarded) pairs; other tests' own lookaheads are left out
    for source, flags in compiled:
        plain = source[source.index("])(?:") + len("])(?:") : -1]
        if source.startswith("(?=[") and rx.first_char_guard(plain, flags) == source:
            guards.append((re.compile(plain, flags), re.compile(source, flags)))
    assert len(guards) > 50  # awards, members, roles, blocs, stop words and dates have guards
    for plain_re, fast in guards:
        for text in texts:
            assert [m.span() + m.groups() for m in fast.finditer(text)] == [
                m.span() + m.groups() for m in plain_re.finditer(text)
            ], fast.pattern[:80]


# --- literal prefix trees (lexicon.literal_trie) ---------------------------------------------

_LETTERS = "abĐđ ."


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet=_LETTERS + "x", max_size=40),
)
def test_trie_matches_what_the_longest_first_list_matches(words: list[str], text: str) -> None:
    """At every position, and with a word boundary after it, the prefix tree and the
    longest-first alternation match the same text."""
    for tail in ("", r"(?![\wĐđ])", r"\.?$"):
        flat = re.compile(f"(?:{alternation(words)}){tail}")
        tree = re.compile(f"(?:{literal_trie(words)}){tail}")
        for pos in range(len(text) + 1):
            a, b = flat.match(text, pos), tree.match(text, pos)
            assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)]


def _lower_regex_by_character(regex: str) -> str:
    """lower_regex as it was written first: one character at a time (the reference)."""
    out, escaped = [], False
    for ch in regex:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aBcĐÔ\\SWD(?P<n>)Σİ\n. ", max_size=30))
def test_lower_regex_lowers_all_but_escapes(regex: str) -> None:
    """Runs of plain characters lowered at once give what lowering each character gives."""
    assert lower_regex(regex) == _lower_regex_by_character(regex)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="aAbĐđ ", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet="aAbBĐđ x", max_size=40),
)
def test_trie_ignoring_case_matches_the_list_ignoring_case(words: list[str], text: str) -> None:
    """Phrases differing only in case share a path; under IGNORECASE the tree still matches
    what the longest-first alternation matches."""
    flat = re.compile(rf"(?:{alternation(words)})(?![\wĐđ])", re.I)
    tree = re.compile(rf"(?:{literal_trie(words, ignore_case=True)})(?![\wĐđ])", re.I)
    for pos in range(len(text) + 1):
        a, b = flat.match(text, pos), tree.match(text, pos)
        assert (a and a.span()) == (b and b.span())
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)]
