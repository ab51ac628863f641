"""Normalise article text in one pure pass, keeping a map back to raw offsets.

Steps: Unicode NFC; "Ð"→"Đ"; one tone-mark placement ("hoà"→"hòa"); invisible and odd
spaces; emoji as spaces; a space after ",;:" glued to a word ("gồm:Hiệp hội"), not inside
an abbreviation ("VH,TT&DL"); dates glued to words ("28/02/2022Văn phòng"); lines broken
mid-sentence joined; page residue removed by `rules/residue.yaml`; blank-line runs folded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError


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
        pos, changed = 0, False
        for m in pattern.finditer(self.text):
            pieces.append(self.text[pos : m.start()])
            origin.extend(self.origin[pos : m.start()])
            new = repl(m)
            if new == m.group(0):
                origin.extend(self.origin[m.start() : m.end()])
            else:
                changed = True
                if new:
                    at = m.start()
                    anchor = self.origin[at] if at < len(self.origin) else len(self.text)
                    origin.extend([anchor] * len(new))
            pieces.append(new)
            pos = m.end()
        if not changed:
            return self  # every match was kept as it was: the same text and offsets
        pieces.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        return Aligned("".join(pieces), tuple(origin))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the raw text."""
        if start >= end or not self.origin:
            return (0, 0)
        return (self.origin[start], self.origin[end - 1] + 1)


# --- character-level fixes -------------------------------------------------------------

_COMBINING = rx.compile(r"[^\u0300-\u036f\u0323\u0309][\u0300-\u036f]+")
_ODD_SPACE = rx.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = rx.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# The same class for other scanners (the cheap page rejection must skip what this drops).
INVISIBLE_CLASS = _INVISIBLE.pattern
# Emoji of reposted social-media posts ("Chàng Sơn 🏫"): pictures, no part of any word
_PICTOGRAPH = rx.compile(r"[\U0001F000-\U0001FAFF\ufe0f]+")
_ETH = rx.compile(r"[Ðð]")
_CRLF = rx.compile(r"\r\n?")

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
_NEW_STYLE = rx.compile(
    rf"(?<![{_VI_LETTER}])([{_VI_LETTER}]*?)([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![{_VI_LETTER}])"
)


def abbreviation_comma(text: str, i: int) -> bool:
    """True when the comma at i stands inside a run of capitals ("Sở VH,TT&DL"), no space
    after it: part of an abbreviation, not a separator."""
    after = text[i + 1 : i + 3]
    return (
        text[i : i + 1] == ","
        and i > 0
        and text[i - 1].isupper()
        and after.isalpha()
        and after.isupper()
    )


def _spaced_punct(m: re.Match[str]) -> str:
    """A space after "," ";" ":" glued to the next word, but not inside an abbreviation."""
    return m.group(1) if abbreviation_comma(m.string, m.start(1)) else m.group(1) + " "


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


_GLUED_PUNCT = rx.compile(rf"(?<=[{_VI_LETTER}\)])([,;:])(?=[{_VI_LETTER}])")
_GLUED_DATE = rx.compile(rf"(\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}})(?=[{_VI_LETTER}])")
_SPACE_RUN = rx.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_BEFORE_PUNCT = rx.compile(r"(?<=\S) +(?=[,;.](?:\s|$))")
_TRAILING = rx.compile(r"[ ]+(?=\n)|^[ ]+|[ ]+$", re.M)
_BLANK_RUN = rx.compile(r"\n{3,}")


# --- layout rules: residue, header furniture, headline words, wraps ---------------------


@dataclass(frozen=True)
class ResidueRule:
    """One named page-residue pattern and how it is removed."""

    name: str
    pattern: re.Pattern[str]
    mode: str  # line: drop the matching line; tail: drop it and all after; inline: drop the match


@dataclass(frozen=True)
class HeaderRule:
    """One named pattern for a whole line of page furniture above the headline."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class LayoutRules:
    """Compiled `rules/residue.yaml`: residue, header furniture, headline choice, wraps."""

    residue: tuple[ResidueRule, ...]
    tail_re: re.Pattern[str]  # every `tail` rule in one pattern: one pass over the text
    line_re: re.Pattern[str]  # every `line` rule in one pattern
    header: tuple[HeaderRule, ...]
    headline_words: re.Pattern[str]
    max_head_lines: int
    min_headline_words: int
    body_words: int
    sentence_words: int
    lead_starts: tuple[HeaderRule, ...]  # lines that open a body paragraph (a lead)
    min_wrap_chars: int
    full_line_share: float  # of a wrapped block's width: a line this long was wrapped
    overfull_share: float  # of a wrapped block's width: a longer line was not wrapped there
    even_spread: float  # broken lines within this share of their median: wrapped at one width
    even_min_width: int  # ... and at least this long
    open_end: re.Pattern[str]  # a line of a wrapped block ending in one of these goes on


def _body(entry: dict[str, str]) -> str:
    """The regex of an entry: its `regex`, or its literal `phrase` escaped."""
    return entry["regex"] if "regex" in entry else re.escape(entry["phrase"])


def _whole_line(body: str) -> re.Pattern[str]:
    """A whole-line pattern (surrounding spaces, bullets and separators ignored)."""
    return rx.compile(rf"^[ \t•·|\-–*]*(?:{body})[ \t|.:]*$", re.I | re.M)


def _any_line(entries: list[dict[str, str]], mode: str) -> re.Pattern[str]:
    """One whole-line pattern for every entry of a mode (each was compiled alone first)."""
    bodies = [f"(?:{_body(x)})" for x in entries if x["mode"] == mode] or ["(?!)"]
    return _whole_line("|".join(bodies))


def _compile(name: str, body: str, mode: str) -> re.Pattern[str]:
    """Compile one entry; a broken regex names the rule file and the entry."""
    try:
        return rx.compile(body, re.I | re.M) if mode == "inline" else _whole_line(body)
    except re.error as exc:
        raise RuleError(
            f"rules/residue.yaml: entry {name!r} is not a valid regex ({exc}). Fix it."
        ) from exc


def _literals(words: list[str]) -> str:
    """A regex alternation of literal words or marks."""
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def layout_rules() -> LayoutRules:
    """Compile `rules/residue.yaml` once."""
    e = rules.load("residue.yaml").entries
    residue = tuple(
        ResidueRule(r["name"], _compile(r["name"], _body(r), r["mode"]), r["mode"])
        for r in e["residue"]
    )
    header = tuple(
        HeaderRule(h["name"], _compile(h["name"], _body(h), "line")) for h in e["header"]
    )
    words = sorted(e["headline"]["words"], key=len, reverse=True)
    return LayoutRules(
        residue=residue,
        tail_re=_any_line(e["residue"], "tail"),
        line_re=_any_line(e["residue"], "line"),
        header=header,
        headline_words=rx.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I
        ),
        max_head_lines=e["headline"]["max_lines"],
        min_headline_words=e["headline"]["min_words"],
        body_words=e["headline"]["body_words"],
        sentence_words=e["headline"]["sentence_words"],
        lead_starts=tuple(
            HeaderRule(x["name"], _compile(x["name"], rf"^\s*(?:{x['regex']})", "inline"))
            for x in e["headline"]["lead_starts"]
        ),
        min_wrap_chars=e["wrap"]["min_line_chars"],
        full_line_share=float(e["wrap"]["full_line_share"]),
        overfull_share=float(e["wrap"]["overfull_share"]),
        even_spread=float(e["wrap"]["even_spread"]),
        even_min_width=e["wrap"]["even_min_width"],
        open_end=_compile(
            "open_ends",
            rf"(?:(?<!\w)(?:{_literals(e['wrap']['open_ends'])})|(?:{_literals(e['wrap']['open_marks'])}))$",
            "inline",
        ),
    )


def residue_rules() -> tuple[ResidueRule, ...]:
    """The residue patterns of `rules/residue.yaml`."""
    return layout_rules().residue


def header_rule(line: str) -> str | None:
    """The name of the header-furniture rule a whole line matches, or None."""
    for rule in layout_rules().header:
        if rule.pattern.match(line.strip()):
            return rule.name
    return None


def _drop_line(m: re.Match[str]) -> str:
    """Remove a residue line's content (the newline stays; blank runs are folded later)."""
    return ""


def strip_residue(al: Aligned) -> Aligned:
    """Apply residue rules: tail rules cut the rest of the page, line/inline rules drop text."""
    r = layout_rules()
    text = al.text
    min_keep = 1 if not text.strip() else text.find(text.strip()[0]) + 1
    # Only a cut in the back two thirds of the page: a residue word early on is not a footer.
    m = r.tail_re.search(text, max(min_keep, len(text) // 3))
    if m is not None:
        al = Aligned(text[: m.start()], al.origin[: m.start()])
    for rule in r.residue:
        if rule.mode == "inline":
            al = al.sub(rule.pattern, _drop_line)
    return al.sub(r.line_re, _drop_line)


# --- hard-wrapped lines ------------------------------------------------------------------

# A single line break between two non-empty lines (a blank line is a paragraph break).
_LINE_BREAK = rx.compile(r"[ ]*\n[ ]*(?=(\S))")
# A line that ends a sentence, a label or a remark is not wrapped into the next one.
_ENDS_CLAUSE = rx.compile(r"[.!?:;…\"”)|]\s*$")
# A line opening with a lettered item ("a) ...", "b. ...") starts an item of a list.
_LETTER_ITEM = rx.compile(r"[a-zđ][.)][ \t]")
# A line opening with a numbered or bulleted item ("2. Sở Y tế", "- Sở Tư pháp") starts an item.
_LIST_ITEM = rx.compile(r"(?:\d{1,2}[.)]|[-–•+*])[ \t]+\S")
# A row of a table written as text ("1 | Sở Y tế | Cụm trưởng", cells cut by tabs) is a line
# of its own, and so is the line above it; a bar only ending a line (a caption's cell) is none.
_TABLE_CELL = rx.compile(r"\S[ \t]*\|[ \t]*\S|\S\t+\S")


def _wrapped_breaks(
    text: str, min_chars: int, full: float, overfull: float, open_end: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Spans of the line breaks that sit inside a sentence (hard wraps)."""
    breaks = list(_LINE_BREAK.finditer(text))
    lines = [text[(breaks[i - 1].end() if i else 0) : b.start()] for i, b in enumerate(breaks)]
    # "...\nlower-case" after a letter or comma: a soft break on its face. The next letter is
    # checked with str.islower(): a range like [à-ỹ] also holds capitals (Đ, Ă, Ơ, Ư, ...).
    soft = [
        b.group(1).islower()
        and (ln[-1:].isalnum() or ln.endswith(","))
        and not _LETTER_ITEM.match(text, b.end())
        for b, ln in zip(breaks, lines, strict=True)
    ]
    adjacent = [
        i > 0 and "\n" not in text[breaks[i - 1].end() : b.start()] for i, b in enumerate(breaks)
    ]
    block, wrapped = _wrapped_blocks(lines, soft, adjacent)
    widths = sorted(wrapped.values())
    text_width = widths[len(widths) // 2] if len(widths) >= 2 else 0
    out = []
    for i, b in enumerate(breaks):
        line = lines[i].rsplit("\n", 1)[-1].strip()
        eol = text.find("\n", b.end())
        following = text[b.end() : eol if eol >= 0 else len(text)]
        if _TABLE_CELL.search(line) or _TABLE_CELL.search(following):
            continue
        if _LIST_ITEM.match(text, b.end()):
            continue  # "1. A\n2. B": the next item of a list, however wide its lines
        if _LIST_ITEM.match(line) and not b.group(1).islower() and not open_end.search(line):
            continue  # "11. Sở Y tế\nNăm 2024, ...": a list's last item, then a sentence
        if soft[i]:
            out.append(b.span())
            continue
        nxt = b.group(1)
        if (
            len(line) < min_chars
            or _ENDS_CLAUSE.search(line)
            or not (nxt.isupper() or nxt.isdigit())
        ):
            continue
        # Before a capital or a digit, only inside a wrapped block and for a line as long as
        # its wrapped lines (a headline or a date line above the block is not one): a
        # neighbouring break of the same paragraph is soft ("...Hội\nChữ thập đỏ" after
        # "tổ\nchức"), or the line fills the block's width ("Sở Tài chính, Sở\nNội vụ").
        # a block of its own width, else the text's: in a hard-wrapped text (a PDF's), a lone
        # line as wide as the others that breaks a name is wrapped too ("... các huyện Vĩnh\nCửu,
        # Thống Nhất"): a capitalised word on both sides of the break
        width = wrapped.get(block[i], 0)
        if not width and line.rsplit(" ", 1)[-1][:1].isupper() and nxt.isupper():
            width = text_width
        # in a hard-wrapped text, even a paragraph whose own breaks all fall before capitals
        if wrapped and open_end.search(line):
            out.append(b.span())  # "... huyện A làm\nCụm trưởng": no clause ends with "làm"
            continue
        if len(line) < full * width:
            continue
        fits = bool(width) and len(line) <= overfull * width
        if i == 0 and not fits:
            continue  # the text's first line, longer than the block's lines: a headline
        if (
            (adjacent[i] and soft[i - 1])
            or (i + 1 < len(breaks) and adjacent[i + 1] and soft[i + 1])
            or fits
        ):
            out.append(b.span())
    return out


def _wrapped_blocks(
    lines: list[str], soft: list[bool], adjacent: list[bool]
) -> tuple[list[int], dict[int, int]]:
    """The block of each break, and the width of each hard-wrapped block's longest line.

    A block is a run of lines with no blank line between; one with a lower-case break in it
    is hard-wrapped, and its width is the median length of its lines broken before a
    lower-case word.
    """
    block = [0] * len(lines)
    for i in range(1, len(lines)):
        block[i] = block[i - 1] if adjacent[i] else block[i - 1] + 1
    widths: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if soft[i]:  # a line broken before a lower-case word is as long as the wrap width
            widths.setdefault(block[i], []).append(len(line.rsplit("\n", 1)[-1].strip()))
    # the median: one long line in a narrow block does not widen it
    wrapped = {k: sorted(v)[len(v) // 2] for k, v in widths.items()}
    for k, width in _even_blocks(lines, block, adjacent).items():
        wrapped.setdefault(k, width)
    return block, wrapped


def _even_blocks(lines: list[str], block: list[int], adjacent: list[bool]) -> dict[int, int]:
    """Blocks wrapped only before capitals: two or more broken lines of one width, none
    ending a sentence ("... Cụm thi đua số 2 Hội\nLHPN tỉnh Hà Nam ...")."""
    members: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        if adjacent[i]:  # a line broken inside its block (the first ends the block before)
            members.setdefault(block[i], []).append(line.strip())
    out: dict[int, int] = {}
    r = layout_rules()
    spread = r.even_spread
    for k, inner in members.items():
        if len(inner) < 2 or any(_ENDS_CLAUSE.search(x) for x in inner):
            continue
        if not any(x.split()[-1][:1].islower() for x in inner if x.split()):
            continue  # lines that all end with a name: a list of units, not a paragraph
        sizes = sorted(len(x) for x in inner)
        width = sizes[len(sizes) // 2]
        if width >= r.even_min_width and all(abs(n - width) <= spread * width for n in sizes):
            out[k] = width
    return out


def join_wraps(al: Aligned) -> Aligned:
    """Join lines broken mid-sentence into one line; kept characters keep their offsets."""
    r = layout_rules()
    spans = _wrapped_breaks(
        al.text, r.min_wrap_chars, r.full_line_share, r.overfull_share, r.open_end
    )
    if not spans:
        return al
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end in spans:
        pieces.append(al.text[pos:start])
        origin.extend(al.origin[pos:start])
        # The break (with the spaces around it) becomes one space at the newline's offset.
        pieces.append(" ")
        origin.append(al.origin[al.text.index("\n", start, end)])
        pos = end
    pieces.append(al.text[pos:])
    origin.extend(al.origin[pos:])
    return Aligned("".join(pieces), tuple(origin))


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
    al = al.sub(_PICTOGRAPH, lambda m: " ")
    al = al.sub(_NEW_STYLE, _old_style)
    al = al.sub(_GLUED_DATE, lambda m: m.group(1) + " ")
    al = al.sub(_GLUED_PUNCT, _spaced_punct)
    if residue:
        al = strip_residue(al)
    al = join_wraps(al)
    al = al.sub(_SPACE_RUN, lambda m: " ")
    al = al.sub(_SPACE_BEFORE_PUNCT, lambda m: "")
    al = al.sub(_TRAILING, lambda m: "")
    al = al.sub(_BLANK_RUN, lambda m: "\n\n")
    return al


def normalize_text(raw: str) -> str:
    """Normalise and return only the text (for names and values, not whole articles)."""
    return normalize(raw, residue=False).text.strip()


def lower_keep_offsets(text: str) -> str:
    """The text in lower case with the same offsets (a letter whose lower case is longer stays).

    Regexes written in lower case run on it instead of with re.IGNORECASE, several times
    faster, and their offsets index the text itself.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _fold_char(ch: str) -> str:
    """One character without its diacritics ("ộ" -> "o", "Đ" -> "D")."""
    decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Latin letters with diacritics (Latin-1 to Latin Extended Additional, where Vietnamese
# lives) mapped once, so folding is one str.translate; combining marks are dropped.
_FOLD_TABLE: dict[int, str | None] = {
    cp: _fold_char(chr(cp))
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if _fold_char(chr(cp)) != chr(cp)
}
_FOLD_TABLE.update({cp: None for cp in range(0x300, 0x370)})


def fold(text: str) -> str:
    """Case-fold and strip diacritics ("Hòa Bình" -> "hoa binh") for matching, not display."""
    return text.translate(_FOLD_TABLE).casefold()
