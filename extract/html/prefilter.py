"""Cheap rejection: a page that never names a bloc head word and a cue word is not about blocs.

Every bloc wording of rules/relevance.yaml and every bloc head of rules/blocs.yaml holds one
of the `head_words` of rules/relevance.yaml ("khối", "cụm"), and a page about blocs also
holds one of its `cue_words` ("thi đua", "giao ước", or a bloc role: "Trưởng khối",
"Cụm phó"); see the rule file for why. The relevance test reads the
folded article text, so the scan here accepts every form that folds to a head word: any case,
any accent (or none), precomposed or decomposed, with invisible characters inside, written
as HTML entities. It reads the whole decoded page (markup, furniture and attributes too), a
superset of the article text, so it only ever says "maybe" where the full path could say yes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from extract import rules
from extract.errors import RuleError
from extract.text.normalize import INVISIBLE_CLASS, fold

__all__ = ["cue_word_pattern", "head_word_pattern", "may_be_about_blocs"]

# Combining marks a decomposed (NFD) page puts after a letter; NFC composes them back.
_MARKS = "[\u0300-\u036f]*"
# Code points whose folded form is tried: Latin, its extensions and Vietnamese letters.
_LATIN = (*range(0x20, 0x250), *range(0x1E00, 0x1F00))
_WORD = re.compile(r"\w")
# Between the words of a phrase: spaces and markup ("thi <b>đua</b>" is "thi đua" as text).
_GAP = r"(?:\s|<[^<>]*>)+"


@cache
def _folds_to() -> dict[str, str]:
    """Each folded ASCII letter -> every character that folds to it (a regex class body)."""
    found: dict[str, list[str]] = {}
    for code in _LATIN:
        ch = chr(code)
        folded = fold(ch)
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            found.setdefault(folded, []).append(ch)
    return {k: "".join(re.escape(c) for c in sorted(v)) for k, v in found.items()}


def _letter(ch: str) -> str:
    """A regex for one folded letter in any case or accent form, marks and invisibles after."""
    variants = _folds_to().get(ch)
    if variants is None:
        return re.escape(ch)
    return f"[{variants}]{_MARKS}{INVISIBLE_CLASS}*"


def _words(key: str = "head_words") -> list[str]:
    """The folded head (or cue) words of rules/relevance.yaml."""
    words = rules.load("relevance.yaml").entries.get(key) or []
    if not words:
        raise RuleError(f"rules/relevance.yaml: {key} is empty; list the bloc {key}")
    return [fold(str(w)) for w in words]


def _spelled(word: str, first: str | None = None) -> str:
    """A regex for a folded word in any form (`first`: a literal for its first letter)."""
    parts = [
        _letter(ch) if ch.isalpha() else _GAP if ch.isspace() else re.escape(ch) for ch in word
    ]
    if first is not None:
        parts[0] = re.escape(first) + _MARKS + INVISIBLE_CLASS + "*"
    return "".join(parts)


@cache
def head_word_pattern() -> re.Pattern[str]:
    """Any head word of rules/relevance.yaml in any written form, as a whole word."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(_spelled(w) for w in _words())})(?!\w)")


@cache
def cue_word_pattern() -> re.Pattern[str]:
    """Any cue word of rules/relevance.yaml in any written form, as a whole word."""
    spelled = "|".join(_spelled(w) for w in _words("cue_words"))
    return re.compile(rf"(?<!\w)(?:{spelled})(?!\w)")


@dataclass(frozen=True)
class _Scan:
    """The fast scan: per head word a pattern opening with a plain lower-case letter (the
    regex engine skips ahead to it quickly), and the other first letters that need the
    full pattern ("ḱ", "ç": they fold to a head word's first letter too)."""

    fast: tuple[re.Pattern[str], ...]
    rare_first: str


@cache
def _scan() -> _Scan:
    """Compile the fast scan from the head words."""
    fast = []
    rare: set[str] = set()
    for word in _words():
        fast.append(re.compile(rf"{_spelled(word, first=word[0])}(?!\w)"))
        rare |= {c for c in _folds_to_chars(word[0]) if c == c.lower() and c != word[0]}
    return _Scan(tuple(fast), "".join(sorted(rare)))


def _folds_to_chars(letter: str) -> set[str]:
    """Every character that folds to `letter`."""
    return {chr(code) for code in _LATIN if fold(chr(code)) == letter}


def _names_head_word(plain: str) -> bool:
    """Whether decoded text names a head word (the fast scan, the full pattern if needed)."""
    lower = plain.lower()
    scan = _scan()
    for pattern in scan.fast:
        for m in pattern.finditer(lower):
            if m.start() == 0 or not _WORD.match(lower, m.start() - 1):
                return True
    # A few `in` tests are cheaper than one regex character class over the whole page.
    if any(ch in lower for ch in scan.rare_first):
        return head_word_pattern().search(plain) is not None
    return False


def may_be_about_blocs(text: str) -> bool:
    """Whether a decoded page (markup and all) names a head word and a cue word anywhere."""
    # "Kh&ocirc;́i", "c&#7909;m": entities decode to the letters the article text will have.
    plain = html.unescape(text) if "&" in text else text
    # The cue scan is slower (its words open with common letters) but runs on few pages.
    return _names_head_word(plain) and cue_word_pattern().search(plain) is not None
