"""Legacy Vietnamese encodings (TCVN3, VNI) in decoded text and HTML, converted to Unicode NFC.

Old provincial pages were typed in the ABC (".VnTime") or VNI fonts, so their letters are
windows-1252 characters ("Khèi thi ®ua", "Khoái thi ñua" for "Khối thi đua"). The tables are
in `rules/legacy_encodings.tsv`; when to convert is in `rules/legacy_detection.yaml`. Text
holding letters only Unicode Vietnamese uses is never touched.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from extract import rules, rx
from extract.errors import RuleError

if TYPE_CHECKING:  # bs4 loads slowly and only pages that may be legacy-encoded need it
    from bs4 import BeautifulSoup, Tag
    from bs4.element import NavigableString

__all__ = [
    "LegacyCodec",
    "fix_legacy_html",
    "fix_legacy_text",
    "font_encoding",
    "legacy_codec",
    "legacy_encoding_of",
    "to_unicode",
]

# Letters of Unicode Vietnamese outside windows-1252 (with U+1EA0-U+1EF9 and combining marks):
# legacy text read as windows-1252 never has them.
_NATIVE = frozenset("ăĂđĐĩĨũŨơƠưƯ")
# Tone marks as combining characters (NFD); a syllable carries at most one.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Text inside these elements is code or metadata, never article text.
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
# <meta> whose content is shown as title, description or author: converted with the page.
_META_KEYS = frozenset(
    {"og:title", "og:description", "description", "title", "author", "twitter:title"}
)
_FONT_FAMILY = rx.compile(r"font-family\s*:\s*([^;\"}]+|\"[^\"]*\")", re.I)
# Where markup can name a font; the names themselves are tested by `font_encoding`.
# (Searched in lower-cased markup: a case-insensitive alternation is ten times slower.)
_FONT_NAME = rx.compile(r"(?:face|family)\s*[=:]\s*[\"']?\s*\.?vn", re.I)
_ENTITY = rx.compile(r"&(?:#\d{3};|#x[0-9a-f]{2};|[a-z]{2,6}\d?;)", re.I)


@dataclass(frozen=True)
class LegacyCodec:
    """One legacy encoding: its table and how to recognise its fonts."""

    name: str
    table: Mapping[str, str]  # legacy text (as read in windows-1252) -> Unicode
    pattern: re.Pattern[str]  # the table's keys, longest first
    fonts: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class LegacyRules:
    """Compiled `rules/legacy_encodings.tsv` and `rules/legacy_detection.yaml`."""

    codecs: tuple[LegacyCodec, ...]
    syllable: re.Pattern[str]
    word: re.Pattern[str]  # a word: letters and legacy letter-bytes (®, µ, soft hyphen, ...)
    suspects: re.Pattern[str]  # legacy characters that Unicode Vietnamese never writes
    min_suspects: int
    min_gain: int
    min_gain_with_font: int
    min_share: float
    max_broken_share: float
    max_broken_segment: float


@dataclass(frozen=True)
class _Score:
    """How converting one segment's words changes them."""

    gain: int = 0  # non-syllable -> syllable
    broken: int = 0  # -> not a syllable
    words: int = 0  # words with a non-ASCII character

    def __add__(self, other: _Score) -> _Score:
        return _Score(self.gain + other.gain, self.broken + other.broken, self.words + other.words)


# --- rules ---------------------------------------------------------------------------------


def _table(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Rows of `legacy_encodings.tsv` as {encoding: {legacy: unicode}}, checked."""
    out: dict[str, dict[str, str]] = {}
    for i, row in enumerate(rows, 1):
        try:
            raw = bytes.fromhex(row["bytes"])
        except ValueError:
            raise RuleError(
                f"rules/legacy_encodings.tsv: row {i} bytes {row['bytes']!r} are not hex "
                'pairs; write them like "E8" or "6F E1"'
            ) from None
        legacy = raw.decode("cp1252", errors="replace")
        if row["legacy"] != legacy or len(row["unicode"]) != 1:
            raise RuleError(
                f"rules/legacy_encodings.tsv: row {i} ({row['encoding']} {row['bytes']}): "
                f"legacy must be {legacy!r} (the bytes read as windows-1252) and unicode one "
                "letter; fix the row"
            )
        table = out.setdefault(row["encoding"], {})
        if legacy in table:
            raise RuleError(
                f"rules/legacy_encodings.tsv: {row['encoding']} {row['bytes']} is listed twice; "
                "delete one row"
            )
        table[legacy] = unicodedata.normalize("NFC", row["unicode"])
    return out


def _compile(regexes: Iterable[str], where: str) -> tuple[re.Pattern[str], ...]:
    """Compile case-insensitive regexes from a rule file, or raise RuleError."""
    try:
        return tuple(re.compile(x, re.I) for x in regexes)
    except re.error as exc:
        raise RuleError(f"rules/legacy_detection.yaml: {where}: bad regex ({exc}); fix it") from exc


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so "ngh" wins over "ng"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def legacy_rules() -> LegacyRules:
    """Load and compile the legacy-encoding rule files."""
    tables = _table(rules.load("legacy_encodings.tsv").entries)
    e = rules.load("legacy_detection.yaml").entries
    unknown = set(e["fonts"]) - set(tables)
    if unknown:
        raise RuleError(
            f"rules/legacy_detection.yaml: fonts for {sorted(unknown)} but legacy_encodings.tsv "
            f"has only {sorted(tables)}; add the table or remove the fonts"
        )
    codecs = tuple(
        LegacyCodec(
            name=name,
            table=table,
            pattern=rx.compile(_alternation(table)),
            fonts=_compile(e["fonts"].get(name, []), f"fonts of {name}"),
        )
        for name, table in tables.items()
    )
    keys = {ch for c in codecs for key in c.table for ch in key}
    letters = {ch for c in codecs for value in c.table.values() for ch in value}
    # Characters the legacy tables use that are not letters of Unicode Vietnamese.
    suspects = sorted(ch for ch in keys if ch not in letters and not ch.isascii())
    legacy_chars = re.escape("".join(sorted(ch for ch in keys if not ch.isascii())))
    syllable = rf"(?:{_alternation(e['onsets'])})?(?:{_alternation(e['rhymes'])})"
    return LegacyRules(
        codecs=codecs,
        syllable=rx.compile(syllable),
        word=rx.compile(rf"(?:[^\W\d_]|[{legacy_chars}])+"),
        suspects=rx.compile(f"[{re.escape(''.join(suspects))}]"),
        min_suspects=e["min_suspects"],
        min_gain=e["min_gain"],
        min_gain_with_font=e["min_gain_with_font"],
        min_share=e["min_share"],
        max_broken_share=e["max_broken_share"],
        max_broken_segment=e["max_broken_segment"],
    )


def legacy_codec(name: str) -> LegacyCodec:
    """The codec called `name` ("TCVN3", "VNI"), or RuleError naming the known ones."""
    r = legacy_rules()
    for codec in r.codecs:
        if codec.name.casefold() == name.casefold():
            return codec
    known = ", ".join(c.name for c in r.codecs)
    raise RuleError(
        f"no legacy encoding {name!r} in rules/legacy_encodings.tsv; use one of {known}"
    )


# --- conversion ----------------------------------------------------------------------------

_ASCII_UPPER = rx.compile(r"[A-Z]")
_ASCII_LOWER = rx.compile(r"[a-z]")


def _upper(text: str) -> str:
    """Upper case, one character for one (a "ß" stays rather than becoming "SS")."""
    return "".join(u if len(u := ch.upper()) == 1 else ch for ch in text)


def _capitals(original: str, converted: str, r: LegacyRules) -> str:
    """Upper-case words (or a whole segment) written in capitals with a ".VnTimeH" font."""
    # TCVN3 has no toned capitals: headings used the same lower-case bytes in a capitals font,
    # so "KHèI" converts to "KHốI" and must read "KHỐI".
    if len(_ASCII_UPPER.findall(original)) >= 4 and not _ASCII_LOWER.search(original):
        return _upper(converted)

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        upper = sum(1 for ch in w if ch.isupper())
        ascii_lower = any("a" <= ch <= "z" for ch in w)
        return _upper(w) if upper >= 2 and not ascii_lower else w

    return r.word.sub(word, converted)


def to_unicode(text: str, encoding: str) -> str:
    """Convert legacy text (read as windows-1252) in `encoding` to Unicode NFC, unconditionally."""
    r = legacy_rules()
    codec = legacy_codec(encoding)
    converted = codec.pattern.sub(lambda m: codec.table[m.group(0)], text)
    if converted == text:
        return text
    return unicodedata.normalize("NFC", _capitals(text, converted, r))


# --- scoring -------------------------------------------------------------------------------


def _native(text: str) -> bool:
    """Whether `text` has a letter only Unicode Vietnamese writes (never legacy text)."""
    return any(
        ch in _NATIVE or "\u1ea0" <= ch <= "\u1ef9" or "\u0300" <= ch <= "\u036f" for ch in text
    )


def _syllable(word: str, r: LegacyRules) -> bool:
    """Whether `word` is a Vietnamese syllable: onset, rhyme, at most one tone mark."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return r.syllable.fullmatch(base) is not None


def _score(segment: str, codec: LegacyCodec, r: LegacyRules) -> _Score:
    """Gain and breakage of converting each non-ASCII word of `segment`."""
    gain = broken = words = 0
    for m in r.word.finditer(segment):
        word = m.group(0)
        if word.isascii():
            continue
        words += 1
        converted = codec.pattern.sub(lambda k: codec.table[k.group(0)], word)
        if converted == word:
            continue
        if not _syllable(converted, r):
            broken += 1
        elif len(word) > 1 and not _syllable(word, r):
            gain += 1  # a lone "·" or "µ" (a separator, a unit) proves nothing
    return _Score(gain, broken, words)


def _candidate(segment: str) -> bool:
    """Whether a segment may be legacy text: non-ASCII and no Unicode-only letter."""
    return not segment.isascii() and not _native(segment)


def _convertible(segment: str, codec: LegacyCodec, r: LegacyRules) -> bool:
    """Whether one segment, known to sit in legacy text, converts into Vietnamese."""
    if not _candidate(segment):
        return False
    s = _score(segment, codec, r)
    return s.gain > 0 and s.broken <= s.gain * r.max_broken_segment


def _suspicious(text: str, r: LegacyRules) -> bool:
    """A cheap first test: enough characters that Unicode Vietnamese does not use."""
    return len(r.suspects.findall(text)) >= r.min_suspects


def _plan(segments: Iterable[str], fonts: frozenset[str], r: LegacyRules) -> str | None:
    """The legacy encoding of a whole text (its segments), when the evidence is strong."""
    candidates = [s for s in segments if _candidate(s)]
    if not candidates:
        return None
    best: tuple[int, str] | None = None
    for codec in r.codecs:
        total = sum((_score(s, codec, r) for s in candidates), _Score())
        need = r.min_gain_with_font if codec.name in fonts else r.min_gain
        confident = (
            total.gain >= need
            and total.gain >= r.min_share * total.words
            and total.broken <= r.max_broken_share * total.gain
        )
        if confident and (best is None or total.gain > best[0]):
            best = (total.gain, codec.name)
    return best[1] if best else None


def legacy_encoding_of(text: str) -> str | None:
    """The legacy encoding ("TCVN3", "VNI") plain `text` is written in, or None."""
    r = legacy_rules()
    if not _suspicious(text, r):
        return None
    return _plan(text.splitlines(), frozenset(), r)


def fix_legacy_text(text: str) -> tuple[str, str | None]:
    """Plain text with its legacy-encoded lines converted, and the encoding found (or None)."""
    name = legacy_encoding_of(text)
    if name is None:
        return text, None
    r, codec = legacy_rules(), legacy_codec(name)
    lines = text.splitlines(keepends=True)
    fixed = [to_unicode(ln, name) if _convertible(ln, codec, r) else ln for ln in lines]
    return "".join(fixed), name


# --- HTML ----------------------------------------------------------------------------------


def font_encoding(family: str) -> str | None:
    """The legacy encoding a font-family value names (".VnTime" -> "TCVN3"), or None."""
    first = family.split(",")[0].strip().strip("\"'").strip()
    for codec in legacy_rules().codecs:
        if any(p.search(first) for p in codec.fonts):
            return codec.name
    return None


def _declared_font(tag: Tag) -> str | None:
    """The font family an element sets with face= or style="font-family: ...", if any."""
    face = tag.get("face")
    if isinstance(face, str) and face.strip():
        return face
    style = tag.get("style")
    m = _FONT_FAMILY.search(style) if isinstance(style, str) else None
    return m.group(1) if m else None


def _node_font(node: NavigableString) -> str | None:
    """The legacy encoding of the nearest font an ancestor declares (None: none or Unicode)."""
    for parent in node.parents:
        family = _declared_font(parent)
        if family is not None:
            return font_encoding(family)
    return None


def _style_fonts(soup: BeautifulSoup) -> frozenset[str]:
    """Legacy encodings whose fonts a <style> block or <link>ed name mentions."""
    found = set()
    for style in soup.find_all("style"):
        for family in _FONT_FAMILY.findall(style.get_text()):
            name = font_encoding(family)
            if name:
                found.add(name)
    return frozenset(found)


def _text_nodes(soup: BeautifulSoup) -> list[NavigableString]:
    """Visible text strings of a page (not comments, scripts or styles)."""
    from bs4.element import NavigableString

    return [
        node
        for node in soup.find_all(string=True)
        if type(node) is NavigableString and not any(p.name in _SKIP_TAGS for p in node.parents)
    ]


def _may_be_legacy_html(html: str, r: LegacyRules) -> bool:
    """A cheap first test on markup: suspicious characters (maybe as entities) or font names."""
    if _suspicious(html, r) or _FONT_NAME.search(html):  # re.I: no lower-cased copy
        return True
    # FrontPage-era pages wrote the legacy bytes as entities ("Kh&egrave;i thi &reg;ua").
    entities = (html_lib.unescape(m.group(0)) for m in _ENTITY.finditer(html))
    return sum(1 for ch in entities if r.suspects.fullmatch(ch)) >= r.min_suspects


def _fix_meta(soup: BeautifulSoup, name: str, r: LegacyRules) -> None:
    """Convert the <meta> contents a page shows (og:title, description, author) in place."""
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        content = meta.get("content")
        shown = isinstance(key, str) and key.casefold() in _META_KEYS
        if shown and isinstance(content, str) and _convertible(content, legacy_codec(name), r):
            meta["content"] = to_unicode(content, name)


def fix_legacy_html(html: str) -> tuple[str, str | None]:
    """A page with its legacy-encoded text converted, and the encoding found (or None)."""
    # Converted where the page's text is legacy as a whole, and inside elements set in a
    # legacy font; the markup comes back unchanged (not re-serialised) when nothing was.
    r = legacy_rules()
    if not _may_be_legacy_html(html, r):
        return html, None
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString

    soup = BeautifulSoup(html, "lxml")
    nodes = _text_nodes(soup)
    fonts = {id(n): _node_font(n) for n in nodes}
    styled = _style_fonts(soup)
    if not styled and not any(fonts.values()) and not _suspicious("".join(nodes), r):
        return html, None
    page = _plan([str(n) for n in nodes], styled, r)
    used: dict[str, int] = {}
    for node in nodes:
        name = fonts[id(node)] or page
        if name is None:
            continue
        text = str(node)
        if _convertible(text, legacy_codec(name), r):
            node.replace_with(NavigableString(to_unicode(text, name)))
            used[name] = used.get(name, 0) + 1
    if page is not None:
        _fix_meta(soup, page, r)
    if not used:
        return html, None
    return str(soup), max(used, key=lambda k: used[k])
