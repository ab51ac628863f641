"""Word lists and patterns from `rules/`, compiled once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract import rules, rx
from extract.errors import RuleError

WORD = r"[\wÀ-ỹĐđ]"
UPPER = "A-ZÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"


def is_cap(word: str) -> bool:
    """True when a word starts with an upper-case letter or digit-free abbreviation."""
    return bool(word) and word[0].isupper()


def expand(regex: str) -> str:
    """Expand the rule-file placeholder {UPPER} (every Vietnamese capital letter)."""
    return regex.replace("{UPPER}", UPPER)


def _group_end(regex: str, start: int) -> int:
    """Index after the group opening at regex[start] ("(" ... ")"), escapes and classes kept."""
    depth, i, in_class = 0, start, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _top_level_bar(regex: str) -> bool:
    """True when the regex has an alternation "|" outside every group."""
    depth, i, in_class = 0, 0, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


@dataclass(frozen=True)
class Scanner:
    """A regex searched fast: its leading lookbehind is checked only where the rest matches.

    Python's regex engine scans for a pattern's first literal or character class quickly,
    but tries a pattern that opens with a lookbehind ("(?<!\\w)khối") at every position:
    a big word alternation then costs ten to forty times more.
    """

    whole: re.Pattern[str]  # the whole regex (for match at a known position)
    core: re.Pattern[str]  # the regex without its leading lookbehind
    guard: re.Pattern[str] | None  # the lookbehind alone, checked where `core` matches

    @property
    def pattern(self) -> str:
        """The whole regex's source."""
        return self.whole.pattern

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, as `pattern.finditer` gives them."""
        end = len(text) if endpos is None else endpos
        if self.guard is None:
            yield from self.core.finditer(text, pos, end)
            return
        while pos <= end:
            m = self.core.search(text, pos, end)
            if m is None:
                return
            if self.guard.match(text, m.start()):
                yield m
                pos = m.end() if m.end() > m.start() else m.end() + 1
            else:
                pos = m.start() + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search` gives it."""
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A match starting at pos."""
        return self.whole.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of the whole text."""
        return self.whole.fullmatch(text)


def scanner(regex: str, flags: int = 0) -> Scanner:
    """Compile a regex into a Scanner (its leading lookbehind split off when that is safe)."""
    if regex.startswith(("(?<!", "(?<=")):
        end = _group_end(regex, 0)
        rest = regex[end:]
        if end > 0 and rest and not _top_level_bar(rest):
            return Scanner(
                rx.compile_scan(regex, flags),
                rx.compile_scan(rest, flags),
                rx.compile(regex[:end], flags),
            )
    compiled = rx.compile_scan(regex, flags)
    return Scanner(compiled, compiled, None)


# An escape ("\\S", "\\\\") or a run of plain characters, for lower_regex.
_ESCAPE_OR_RUN = re.compile(r"\\.|[^\\]+|\\", re.DOTALL)


def _lower_piece(m: re.Match[str]) -> str:
    """An escape as written; plain characters in lower case, each on its own (a final "Σ"
    lowered in a run would become "ς")."""
    piece = m.group(0)
    if piece.startswith("\\"):
        return piece
    return piece.lower() if "Σ" not in piece else "".join(c.lower() for c in piece)


def lower_regex(regex: str) -> str:
    """A regex in lower case for the lower-cased text: escapes (\\S, \\W, \\D) keep their case."""
    # named groups keep their syntax: "(?P<name>", "(?P=name)"
    lowered = _ESCAPE_OR_RUN.sub(_lower_piece, regex)
    return lowered.replace("(?p<", "(?P<").replace("(?p=", "(?P=")


def alternation(words: list[str]) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def literal_trie(words: list[str], *, ignore_case: bool = False) -> str:
    """The alternation of literal phrases as a prefix tree ("Sở|Sở Y tế|Sóc" ->
    "S(?:ở(?:\\ Y\\ tế)?|óc)").

    It matches what `alternation` matches (longest phrase first), but the engine compares
    each character once instead of trying every phrase in turn: a list of a few hundred
    names is scanned two to three times faster. Phrases that match at one place are
    prefixes of each other, and at each step the longer one is tried first, as in the list.
    For a regex compiled with IGNORECASE (ignore_case), phrases are joined in lower case:
    there a letter matches what its lower case matches, so "Ban" and "ban" are one path.
    """
    if not words or "" in words:
        return alternation(words)
    if ignore_case and any(len(ch.lower()) != 1 for w in words for ch in w):
        return alternation(words)  # a letter whose lower case is two ("İ"): the plain list
    tree: dict[str, Any] = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch.lower() if ignore_case else ch, {})
        node[""] = {}
    return _trie_regex(tree)


def _trie_regex(node: dict[str, Any]) -> str:
    """The regex of one prefix-tree node (its phrases may end here: "" is a key)."""
    alts = [re.escape(ch) + _trie_regex(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    if "" in node:
        return f"(?:{body})?" if len(alts) == 1 or body[0] != "(" else f"{body}?"
    return body


@dataclass(frozen=True)
class OrgHead:
    """An organisation head word from rules/org_types.yaml."""

    head: str
    type: str
    plural: bool
    complement: bool
    not_followed_by: re.Pattern[str] | None  # words after it that make it no head ("Hội nghị")
    needs_word: bool  # a word must follow ("Hội" alone is a back-reference)
    proper_name: bool = False  # the words right after it are its name ("HTX Kim Bảng")
    lower: bool = False  # written in lower case mid-sentence ("trường THPT Ca Văn Thỉnh")
    branch: bool = False  # after a dash it continues the parent ("Ngân hàng X - Chi nhánh Y")


@dataclass(frozen=True)
class Lexicon:
    """All compiled lexical rules."""

    heads: tuple[OrgHead, ...]
    head_index: dict[str, OrgHead]
    head_re: Scanner
    stop_re: re.Pattern[str]
    stop_unless: dict[str, tuple[str, ...]]
    stop_unless_next: dict[str, tuple[str, ...]]
    stop_always: frozenset[str]  # stops whatever their case ("Phó cụm" after a name)
    bloc_stop_re: re.Pattern[str]
    surnames: frozenset[str]
    honorific_re: re.Pattern[str]
    title_re: Scanner
    title_words: frozenset[str]
    not_people: frozenset[str]
    not_before_name: frozenset[str]  # "Trường THPT Lý Tự Trọng": a name after these is no person
    proper_name_heads: frozenset[str]  # heads whose own name follows ("HTX Kim Bảng")
    named_after_heads: frozenset[str]  # "Trường Đại học Nông Lâm": names after these are no people
    named_after_gap: int  # capitalised words the head may take before the name it is named after
    comma_re: re.Pattern[str]  # ", Thể thao và Du lịch": a comma inside an official name
    comma_descriptor: re.Pattern[str]  # ", Cao đẳng": a comma inside a bloc's descriptor
    and_compound: re.Pattern[str]  # "Khoa học và Công nghệ": a "và" inside one name (folded)
    and_reach: int  # the longest such compound: how far around a "và" to look for one
    joiners: frozenset[str]  # a head after these continues the name ("Liên hiệp các Hội")
    plural_words: frozenset[str]  # "các trường THPT A, B": a lower-case head shared, no name
    branch_places: frozenset[str]  # "Chi nhánh Công ty X tại Lào Cai": where a branch stands
    place_words: frozenset[str]  # a head after these opens a new name ("... tỉnh Hội X")
    dotted_places: frozenset[str]  # a dot after these goes on with the name ("TP. Vinh")
    place_after: frozenset[str]  # two capitals after these are a place ("Huyện ủy Đồng Hỷ")
    trailing: re.Pattern[str]  # function words cut from a name's end
    and_words: frozenset[str]  # "và"
    number_words: frozenset[str]  # "số" before a bloc's number
    count_words: dict[str, int]  # "chín" -> 9: counts of units written in words
    quantity_after: re.Pattern[str]  # "3 tháng", "5 đơn vị": a count, not a bloc number
    one_province_after: re.Pattern[str] | None  # "13 tỉnh Đồng Nai": a number, one province
    duration_after: re.Pattern[str]  # "3 tháng": a number that ends a bloc's descriptor
    count_mention: re.Pattern[str]  # "02 đơn vị", "7/10 trường": group 1 the number
    level_end: re.Pattern[str] | None  # "UBND tỉnh" read so far: a lower-case word ends it
    level_continues: frozenset[str]  # "tỉnh ủy": lower-case words that go on after it


def count_value(raw: str) -> int:
    """A count written in digits ("09") or in words ("chín", "mười hai")."""
    return int(raw) if raw.isdigit() else lexicon().count_words[raw.casefold()]


def _checked(name: str, regex: str) -> re.Pattern[str]:
    """Compile a rule regex, or raise RuleError naming its file."""
    try:
        return rx.compile(regex)
    except re.error as exc:
        raise RuleError(f"rules/{name}: a pattern is not a valid regex ({exc}). Fix it.") from exc


def _stop_res(entries: list[dict[str, Any]], scope: str) -> re.Pattern[str]:
    """Compile stop phrases valid for the given scope (org or bloc)."""
    phrases = [e["phrase"] for e in entries if e.get("scope", "both") in {scope, "both"}]
    trie = literal_trie(phrases, ignore_case=True)
    return rx.compile_scan(rf"(?<!{WORD})(?:{trie})(?!{WORD})", re.I)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the lexical rule files: org_types, stopwords, org_names, people's names."""
    heads = tuple(
        OrgHead(
            e["head"],
            e["type"],
            bool(e.get("plural")),
            bool(e.get("complement")),
            rx.compile(rf"(?:{alternation(e['not_followed_by'])})(?!{WORD})")
            if e.get("not_followed_by")
            else None,
            bool(e.get("needs_word")),
            bool(e.get("proper_name")),
            bool(e.get("lower")),
            bool(e.get("branch")),
        )
        for e in rules.load("org_types.yaml").entries
    )
    head_re = scanner(rf"(?<!{WORD})(?:{literal_trie([h.head for h in heads])})(?!{WORD})")
    stops = rules.load("stopwords.yaml").entries
    people = rules.load("people.yaml").entries
    names = rules.load("org_names.yaml").entries
    words = rules.load("name_words.yaml").entries
    titles = people["titles"]
    return Lexicon(
        heads=heads,
        head_index={h.head: h for h in heads},
        head_re=head_re,
        stop_re=_stop_res(stops, "org"),
        stop_unless={e["phrase"].lower(): tuple(e.get("unless_after", [])) for e in stops},
        stop_unless_next={e["phrase"].lower(): tuple(e.get("not_followed_by", [])) for e in stops},
        stop_always=frozenset(e["phrase"].lower() for e in stops if e.get("always")),
        bloc_stop_re=_stop_res(stops, "bloc"),
        surnames=frozenset(people["surnames"]),
        honorific_re=rx.compile(rf"(?<!{WORD})(?:{alternation(people['honorifics'])})\s+$"),
        title_re=scanner(rf"(?<!{WORD})(?:{literal_trie(titles)})(?!{WORD})"),
        title_words=frozenset(t.split()[0] for t in titles),
        not_people=frozenset(people["not_people"]),
        not_before_name=frozenset(people["not_before_name"]),
        named_after_heads=frozenset(people["named_after"]["heads"]),
        named_after_gap=people["named_after"]["max_gap_words"],
        proper_name_heads=frozenset(h.head for h in heads if h.proper_name),
        comma_re=rx.compile(rf",\s+(?:{alternation(names['comma_names'])})(?!{WORD})"),
        comma_descriptor=rx.compile(rf",\s+(?:{alternation(names['comma_words'])})(?!{WORD})"),
        and_compound=rx.compile(alternation([c.casefold() for c in names["and_compounds"]])),
        and_reach=max(len(c) for c in names["and_compounds"]),
        joiners=frozenset(words["joiners"]),
        plural_words=frozenset(words["plural_words"]),
        branch_places=frozenset(words["branch_places"]),
        place_words=frozenset(words["place_words"]),
        dotted_places=frozenset(words.get("dotted_places", [])),
        place_after=frozenset(words.get("place_after", [])),
        trailing=rx.compile(rf"\s+(?:{alternation(words['trailing_words'])})$"),
        and_words=frozenset(words["and_words"]),
        number_words=frozenset(words["number_words"]),
        count_words={str(k).casefold(): int(v) for k, v in words["count_words"].items()},
        quantity_after=_checked("name_words.yaml", words["quantity_after"]),
        one_province_after=(
            _checked("name_words.yaml", expand(words["one_province_after"]))
            if "one_province_after" in words
            else None
        ),
        duration_after=_checked("name_words.yaml", words["duration_after"]),
        count_mention=rx.compile(
            rf"(?<![\d/])(\d{{1,3}})(?:/\d{{1,3}})?\s+(?:{alternation(words['counted_nouns'])})"
            rf"(?!{WORD})"
        ),
        level_end=_checked("name_words.yaml", words["level_end"]) if "level_end" in words else None,
        level_continues=frozenset(words.get("level_continues", [])),
    )


def in_and_compound(text: str, start: int, end: int, floor: int = 0) -> bool:
    """True when text[start:end] (a "và" and its spaces) lies inside one official name ("Sở
    Khoa học và Công nghệ", rules/org_names.yaml), looking no further back than floor."""
    lex = lexicon()
    lo = max(floor, start - lex.and_reach)
    window = text[lo : end + lex.and_reach].casefold()
    # only a compound that holds this very "và" counts, not one nearby
    return any(
        c.start() <= start - lo and end - lo <= c.end() for c in lex.and_compound.finditer(window)
    )


def stop_at(text: str, pos: int, prev: str, *, bloc: bool = False) -> bool:
    """True when a stop phrase (rules/stopwords.yaml) begins at pos after word `prev`."""
    lex = lexicon()
    m = (lex.bloc_stop_re if bloc else lex.stop_re).match(text, pos)
    if m is None:
        return False
    phrase = m.group(0)
    inside_name = is_cap(prev) or not bloc  # an organisation name is being extended
    if (
        phrase[0].isupper()
        and inside_name
        and not phrase.isupper()
        and phrase.lower() not in lex.stop_always
    ):
        return False  # a capitalised word inside a capitalised name ("Ủy ban Kiểm tra")
    phrase = phrase.lower()
    if any(prev.lower().endswith(u.lower()) for u in lex.stop_unless.get(phrase, ())):
        return False
    rest = text[m.end() : m.end() + 25].lstrip()
    return not any(
        re.match(rf"{re.escape(w)}(?!{WORD})", rest) for w in lex.stop_unless_next.get(phrase, ())
    )


def is_title_at(text: str, pos: int) -> bool:
    """True when a person's title ("Phó Chủ tịch", "Trưởng khối") begins at pos."""
    return bool(lexicon().title_re.match(text, pos))


def head_info(head: str) -> OrgHead | None:
    """The OrgHead for a matched head string."""
    return lexicon().head_index.get(head)
