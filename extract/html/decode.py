"""Bytes to text: BOMs, declared charsets, UTF-8, TCVN3/VNI, cp1258 and a last guess.

Order: size → empty → binary signatures → BOM → UTF-16/32 without BOM (NUL pattern) →
binary (NUL/control bytes) → declared charset → strict UTF-8 → UTF-8 with a few bad bytes →
TCVN3 or VNI bytes (read as windows-1252) → cp1258 when the result looks Vietnamese →
charset-normalizer when it looks Vietnamese. Whatever the codec, legacy TCVN3/VNI text left
in the result (a UTF-8 page typed in ".VnTime", a `<font face="VNI-Times">` part) is then
converted by `extract.html.legacy`, and the warning says so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from extract.errors import (
    BinaryInputError,
    EmptyInputError,
    TooLargeError,
    UndecodableError,
)
from extract.html.legacy import fix_legacy_html, fix_legacy_text

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used and a warning when it was not plain UTF-8."""

    text: str
    encoding: str
    warning: str | None
    legacy: str | None = None  # "TCVN3" or "VNI" when (part of) the text was converted


# --- signatures ------------------------------------------------------------------------

# File signatures of formats people save by mistake instead of the article text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"\x7fELF", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)

# UTF-32 BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte Western charsets that pages declare by habit while serving UTF-8.
_LAX_DECLARED = {"ascii", "iso8859-1", "cp1252", "latin-1"}
# A declared charset that TCVN3/VNI pages carry too (the Vietnamese Windows code page):
# legacy bytes are tried before it, and never match real cp1258 text.
_LEGACY_HOSTS = {"cp1258"}
# Markup near the top that makes a text an HTML page (legacy fonts sit in its elements).
_HTML_START = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|p|font|table)\b", re.I)

_SAMPLE = 65_536
# Control bytes no text has (\x01-\x08, \x0e-\x1a, \x1c-\x1f, \x7f), counted with
# bytes.translate (C speed, no match objects).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.05


def _magic(data: bytes) -> str | None:
    """What a known binary signature at the start of `data` says the file is."""
    for sig, what in _MAGIC:
        if data.startswith(sig):
            return what
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "an MP4/MOV video"
    return None


def _bom(data: bytes) -> tuple[str, int] | None:
    """The codec a byte-order mark names, and the mark's length."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _nul_pattern(data: bytes) -> str | None:
    """UTF-16/32 without a BOM: NUL bytes sit in a fixed lane of every code unit."""
    sample = data[:_SAMPLE]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    for width, codec, text_lane in (
        (4, "utf-32-le", 0),
        (4, "utf-32-be", 3),
        (2, "utf-16-le", 0),
        (2, "utf-16-be", 1),
    ):
        n = len(sample) // width * width
        lanes = [sample[i:n:width] for i in range(width)]
        counts = [lane.count(0) for lane in lanes]
        size = len(lanes[0])
        # Text in UTF-16/32 has (almost) no NUL in its low byte and many in the others.
        others = [c for i, c in enumerate(counts) if i != text_lane]
        if counts[text_lane] <= size * 0.01 and min(others) >= size * 0.3:
            return codec
    return None


def _latin_text(text: str) -> bool:
    """Whether decoded UTF-16/32 reads as Latin-script text, not binary that fits the pattern."""
    sample = text[:_SAMPLE]
    control = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f")
    # Vietnamese lives in Latin-1/Extended-A/B, Latin Extended Additional and punctuation.
    latin = sum(1 for ch in sample if ch < "\u0250" or "\u1e00" <= ch <= "\u206f" or ch == "\ufeff")
    size = max(len(sample), 1)
    return control <= size * _MAX_CONTROL_RATIO and latin >= size * 0.9


def _binary_reason(data: bytes) -> str | None:
    """Why `data` looks binary (NUL bytes, many control bytes), or None."""
    nul = data.count(0)
    if nul:
        return f"contains {nul} NUL byte(s)"
    sample = data[:_SAMPLE]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if control > len(sample) * _MAX_CONTROL_RATIO:
        return f"has {100 * control / len(sample):.0f}% control bytes"
    return None


# --- Vietnamese check -------------------------------------------------------------------

# Letters only Vietnamese uses among Latin scripts (plus the whole Latin Extended Additional
# block of tone-marked vowels, U+1EA0–U+1EF9).
_VI_SPECIFIC = set("ăâđêôơưĂÂĐÊÔƠƯ")
_WORD = re.compile(r"[^\W\d_]+")


def _vi_specific(ch: str) -> bool:
    """Whether `ch` is a letter used by Vietnamese and (nearly) no other Latin language."""
    return ch in _VI_SPECIFIC or "\u1ea0" <= ch <= "\u1ef9"


def looks_vietnamese(text: str) -> bool:
    """Whether `text` reads as Vietnamese rather than mojibake from a wrong codec."""
    specific = [ch for ch in text if _vi_specific(ch)]
    if len(specific) < 3 or len(set(specific)) < 2:
        return False
    words = _WORD.findall(text)
    if not words:
        return False
    # A Vietnamese syllable has at most 7 letters and at most 3 non-ASCII ones ("được");
    # a wrong single-byte codec yields long runs of accented letters instead.
    plausible = sum(1 for w in words if len(w) <= 7 and sum(1 for ch in w if ord(ch) > 127) <= 3)
    return plausible >= 0.85 * len(words)


# --- decoders ---------------------------------------------------------------------------


def _codec_name(label: str) -> str | None:
    """Python's canonical codec name for a charset label, or None if unknown."""
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    """Decode strictly, or None on the first bad byte."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken sequences (a truncated scrape), decoded with replacements."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good >= 20 and bad <= good * 0.02:
        return text, bad
    return None


def _compose(text: str) -> str:
    """cp1258 writes tone marks as separate combining characters; compose them (NFC)."""
    return unicodedata.normalize("NFC", text)


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, when its text looks Vietnamese."""
    import charset_normalizer  # only for bytes that are neither UTF-8 nor declared

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = _compose(str(best))
    return (text, str(best.encoding)) if looks_vietnamese(text) else None


def _finish(text: str, encoding: str, warning: str | None, legacy: str | None = None) -> Decoded:
    """Drop a leading BOM character and reject text that is only whitespace."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInputError(
            f"the file holds only whitespace (as {encoding}); give a file with the article text"
        )
    return Decoded(text, encoding, warning, legacy)


def _check_size(data: bytes, max_bytes: int) -> None:
    """Raise TooLargeError or EmptyInputError before any decoding work."""
    if len(data) > max_bytes:
        raise TooLargeError(
            f"the file is {len(data):,} bytes ({len(data) / 1e6:.1f} MB), over the "
            f"{max_bytes:,}-byte limit; raise it with --max-bytes or split the file"
        )
    if not data.strip():
        what = "is empty (0 bytes)" if not data else "holds only whitespace"
        raise EmptyInputError(f"the file {what}; give a file with the article text")


def looks_html(text: str) -> bool:
    """Whether decoded text is an HTML page rather than plain text."""
    return _HTML_START.search(text[:4096]) is not None


def _fix_legacy(text: str, html: bool) -> tuple[str, str | None]:
    """Convert legacy TCVN3/VNI parts of decoded text (of a page, when `html`)."""
    return fix_legacy_html(text) if html else fix_legacy_text(text)


def _with_legacy(decoded: Decoded, html: bool | None) -> Decoded:
    """`decoded` with legacy TCVN3/VNI text converted and a warning saying so."""
    if decoded.legacy is not None:
        return decoded
    text, name = _fix_legacy(decoded.text, looks_html(decoded.text) if html is None else html)
    if name is None:
        return decoded
    note = f"converted from {name}"
    warning = f"{decoded.warning}; {note}" if decoded.warning else note
    return Decoded(text, decoded.encoding, warning, name)


def _legacy_bytes(data: bytes, html: bool | None) -> Decoded | None:
    """Bytes that are TCVN3 or VNI text, converted; None when they are not."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # bytes cp1252 leaves undefined; no legacy letter uses them
    fixed, name = _fix_legacy(text, looks_html(text) if html is None else html)
    if name is None:
        return None
    return _finish(fixed, name.lower(), f"converted from {name} (bytes read as windows-1252)", name)


def decode_bytes(
    data: bytes,
    *,
    declared: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    html: bool | None = None,
) -> Decoded:
    """Decode an input file's bytes to text, or raise a typed InputError saying why not."""
    # `html`: whether the bytes are a page (None: tell from the text). Legacy TCVN3/VNI text
    # is converted either way; in a page also inside elements set in a legacy font.
    return _with_legacy(_decode(data, declared, max_bytes, html), html)


def _decode(data: bytes, declared: str | None, max_bytes: int, html: bool | None) -> Decoded:
    """Decode bytes by BOM, NUL pattern, declared charset and guesses (see the docstring)."""
    _check_size(data, max_bytes)
    what = _magic(data)
    if what:
        raise BinaryInputError(
            f"the file looks like {what}, not text; save the article as .txt or .html"
        )
    bom = _bom(data)
    if bom:
        codec, skip = bom
        text = _strict(data[skip:], codec)
        if text is None:
            raise UndecodableError(
                f"the file starts with a {codec} byte-order mark but is not valid {codec}; "
                "re-save it as UTF-8"
            )
        return _finish(text, codec, None if codec == "utf-8" else f"decoded as {codec} (BOM)")
    wide = _nul_pattern(data)
    if wide:
        text = _strict(data[: len(data) - len(data) % (4 if "32" in wide else 2)], wide)
        if text is not None and _latin_text(text):
            return _finish(text, wide, f"decoded as {wide} (no byte-order mark)")
    reason = _binary_reason(data)
    if reason:
        raise BinaryInputError(
            f"the file {reason}, so it looks like binary data, not text; "
            "give the article as .txt or .html"
        )
    return _decode_text(data, declared, html)


def _decode_text(data: bytes, declared: str | None, html: bool | None) -> Decoded:
    """Decode bytes already known to be text-like: declared, UTF-8, TCVN3/VNI, cp1258, guess."""
    codec = _codec_name(declared) if declared else None
    # A Western declaration is usually a stale template; it is only the last resort.
    trusted = codec if codec and codec != "utf-8" and codec not in _LAX_DECLARED else None
    if trusted in _LEGACY_HOSTS and _strict(data, "utf-8") is None:
        legacy = _legacy_bytes(data, html)
        if legacy:
            return legacy
    if trusted:
        text = _strict(data, trusted)
        if text is not None:
            return _finish(_compose(text), trusted, f"decoded as {trusted} (declared charset)")
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return _finish(utf8, "utf-8", None)
    mostly = _mostly_utf8(data)
    if mostly:
        text, bad = mostly
        return _finish(
            text, "utf-8", f"decoded as utf-8 with {bad} invalid byte sequence(s) replaced"
        )
    # Before cp1258: TCVN3 bytes read as cp1258 can pass for Vietnamese (ă, ơ, ư appear).
    legacy = _legacy_bytes(data, html)
    if legacy:
        return legacy
    cp1258 = _strict(data, "cp1258")
    if cp1258 is not None and looks_vietnamese(_compose(cp1258)):
        return _finish(_compose(cp1258), "cp1258", "decoded as cp1258 (not valid UTF-8)")
    guess = _guess(data)
    if guess:
        text, enc = guess
        return _finish(text, enc, f"decoded as {enc} (charset-normalizer guess)")
    lax = _strict(data, codec) if codec in _LAX_DECLARED else None
    if codec and lax is not None:
        return _finish(lax, codec, f"decoded as {codec} (declared charset; not Vietnamese?)")
    raise UndecodableError(
        "cannot tell the text encoding (not UTF-8, not Vietnamese cp1258, no confident "
        "guess); convert the file to UTF-8, e.g. iconv -f <encoding> -t UTF-8"
    )


# --- declared charset in HTML -----------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii") if m else None
