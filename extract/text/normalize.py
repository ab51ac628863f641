"""Normalise article text in one pure pass, keeping a map back to raw offsets.

Steps: Unicode NFC; "Ð"→"Đ"; one tone-mark placement ("hoà"→"hòa"); invisible and odd
spaces; a space after ",;:" glued to a word ("gồm:Hiệp hội"); dates glued to words
("28/02/2022Văn phòng"); lines broken mid-sentence joined; page residue removed by
`rules/residue.yaml`; blank-line runs folded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extract import rules


@dataclass(frozen=True)
class Aligned:
    """Text plus, for each character, the offset in the raw input it came from."""

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, raw: str) -> Aligned:
        """Wrap raw text with the identity alignment."""
        return cls(raw, tuple(range(len(raw))))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> Aligned:
        """Replace every match; new characters map to the match's first raw offset."""
        pieces: list[str] = []
        origin: list[int] = []
        pos = 0
        for m in pattern.finditer(self.text):
            pieces.append(self.text[pos : m.start()])
            origin.extend(self.origin[pos : m.start()])
            new = repl(m)
            if new == m.group(0):
                origin.extend(self.origin[m.start() : m.end()])
            elif new:
                anchor = self.origin[m.start()] if m.start() < len(self.origin) else len(self.text)
                origin.extend([anchor] * len(new))
            pieces.append(new)
            pos = m.end()
        if not pieces:
            return self
        pieces.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        return Aligned("".join(pieces), tuple(origin))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the raw text."""
        if start >= end or not self.origin:
            return (0, 0)
        return (self.origin[start], self.origin[end - 1] + 1)


# --- character-level fixes -------------------------------------------------------------

_COMBINING = re.compile(r"[^\u0300-\u036f\u0323\u0309][\u0300-\u036f]+")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_ETH = re.compile(r"[Ðð]")
_CRLF = re.compile(r"\r\n?")

# Tone marks by base vowel; used to move a mark within "oa", "oe", "uy" (old style: hòa, thủy).
_TONED = {
    "a": "aàáảãạ",
    "e": "eèéẻẽẹ",
    "y": "yỳýỷỹỵ",
    "o": "oòóỏõọ",
    "u": "uùúủũụ",
    "A": "AÀÁẢÃẠ",
    "E": "EÈÉẺẼẸ",
    "Y": "YỲÝỶỸỴ",
    "O": "OÒÓỎÕỌ",
    "U": "UÙÚỦŨỤ",
}
_TONE_OF = {ch: (base, i) for base, row in _TONED.items() for i, ch in enumerate(row)}
_VI_LETTER = "A-Za-zÀ-ỹĐđ"
_NEW_STYLE = re.compile(
    rf"(?<![{_VI_LETTER}])([{_VI_LETTER}]*?)([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![{_VI_LETTER}])"
)


def _old_style(m: re.Match[str]) -> str:
    """Move a tone from the second to the first vowel of a final oa/oe/uy."""
    onset, first, second = m.group(1), m.group(2), m.group(3)
    base2, tone = _TONE_OF[second]
    pair = (first.lower(), base2.lower())
    if pair not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    if first in "uU" and onset.lower().endswith("q"):
        return m.group(0)  # "quý": u belongs to the onset "qu"
    if any(ch in _TONE_OF and _TONE_OF[ch][1] for ch in onset):
        return m.group(0)  # the syllable already carries a tone elsewhere
    return onset + _TONED[first][tone] + base2


def _nfc(m: re.Match[str]) -> str:
    """Compose a base character and its combining marks."""
    return unicodedata.normalize("NFC", m.group(0))


def _eth(m: re.Match[str]) -> str:
    """Icelandic Eth look-alike to Vietnamese Đ/đ."""
    return "Đ" if m.group(0) == "Ð" else "đ"


_GLUED_PUNCT = re.compile(rf"(?<=[{_VI_LETTER}\)])([,;:])(?=[{_VI_LETTER}])")
_GLUED_DATE = re.compile(rf"(\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}})(?=[{_VI_LETTER}])")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\S) +(?=[,;.](?:\s|$))")
_TRAILING = re.compile(r"[ ]+(?=\n)|^[ ]+|[ ]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")
# A line broken mid-sentence (PDF or narrow column): the next line starts lower-case.
# The next letter is checked with str.islower() in `_join_soft`: a range like [à-ỹ] also
# holds capitals (Đ, Ă, Ơ, Ư, Ấ, ...), and a line starting "Đồng chí" is a new line.
_SOFT_BREAK = re.compile(rf"(?<=[{_VI_LETTER},])[ ]*\n(?=([^\W\d_]))")


def _join_soft(m: re.Match[str]) -> str:
    """A soft line break (before a lower-case letter) becomes a space; others stay."""
    return " " if m.group(1).islower() else m.group(0)


# --- residue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidueRule:
    """One page-residue pattern and how it is removed."""

    pattern: re.Pattern[str]
    mode: str  # line: drop the matching line; tail: drop it and all after; inline: drop the match


@lru_cache(maxsize=1)
def residue_rules() -> tuple[ResidueRule, ...]:
    """Compile `rules/residue.yaml`."""
    out = []
    for entry in rules.load("residue.yaml").entries:
        body = entry["regex"] if "regex" in entry else re.escape(entry["phrase"])
        mode = entry["mode"]
        if mode == "inline":
            pat = re.compile(body, re.I | re.M)
        else:
            # A line/tail rule matches a whole line (surrounding spaces and bullets ignored).
            pat = re.compile(rf"^[ \t•·|\-–]*(?:{body})[ \t|.:]*$", re.I | re.M)
        out.append(ResidueRule(pat, mode))
    return tuple(out)


def _drop_line(m: re.Match[str]) -> str:
    """Remove a residue line's content (the newline stays; blank runs are folded later)."""
    return ""


def strip_residue(al: Aligned) -> Aligned:
    """Apply residue rules: tail rules cut the rest of the page, line/inline rules drop text."""
    text = al.text
    cut = len(text)
    min_keep = 1 if not text.strip() else text.find(text.strip()[0]) + 1
    for rule in residue_rules():
        if rule.mode != "tail":
            continue
        for m in rule.pattern.finditer(text, min_keep):
            # Only a cut in the back half of the page: a residue word early on is not a footer.
            if m.start() >= len(text) // 3 and m.start() < cut:
                cut = m.start()
                break
    if cut < len(text):
        al = Aligned(text[:cut], al.origin[:cut])
    for rule in residue_rules():
        if rule.mode in {"line", "inline"}:
            al = al.sub(rule.pattern, _drop_line)
    return al


# --- entry point ---------------------------------------------------------------------------


def normalize(raw: str, *, residue: bool = True) -> Aligned:
    """Normalise raw article text; the result keeps per-character raw offsets."""
    al = Aligned.of(raw)
    al = al.sub(_CRLF, lambda m: "\n")
    al = al.sub(_INVISIBLE, lambda m: "")
    if not unicodedata.is_normalized("NFC", al.text):
        al = al.sub(_COMBINING, _nfc)
    al = al.sub(_ETH, _eth)
    al = al.sub(_ODD_SPACE, lambda m: " ")
    al = al.sub(_NEW_STYLE, _old_style)
    al = al.sub(_GLUED_DATE, lambda m: m.group(1) + " ")
    al = al.sub(_GLUED_PUNCT, lambda m: m.group(1) + " ")
    if residue:
        al = strip_residue(al)
    al = al.sub(_SOFT_BREAK, _join_soft)
    al = al.sub(_SPACE_RUN, lambda m: " ")
    al = al.sub(_SPACE_BEFORE_PUNCT, lambda m: "")
    al = al.sub(_TRAILING, lambda m: "")
    al = al.sub(_BLANK_RUN, lambda m: "\n\n")
    return al


def normalize_text(raw: str) -> str:
    """Normalise and return only the text (for names and values, not whole articles)."""
    return normalize(raw, residue=False).text.strip()


def fold(text: str) -> str:
    """Case-fold and strip diacritics ("Hòa Bình" -> "hoa binh") for matching, not display."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
