"""Whether a page is about emulation blocs: a bloc wording with a bloc fact near it.

Recall first (rules/relevance.yaml): any bloc mention ("Khối thi đua ...", "Cụm 4", "khối các
trường ...", "Trưởng khối") with a fact word (a meeting, a role, members, an award) within a
window keeps the page, whatever its template. Bare wordings ("Cụm 4") count only on a page
that speaks of emulation ("thi đua"), so a contest's "khối các huyện" does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract import rules
from extract.errors import RuleError
from extract.text.normalize import fold


@dataclass(frozen=True)
class Wording:
    """A named folded regex of rules/relevance.yaml."""

    name: str
    pattern: re.Pattern[str]
    full: bool  # names the emulation itself ("Khối thi đua"), unlike a bare "Cụm 4"
    guarded: bool  # opens with the head word, so `not_blocs` before it can rule it out
    is_fact: bool = False  # a bloc role states a fact by itself


@dataclass(frozen=True)
class Relevance:
    """Compiled rules/relevance.yaml."""

    blocs: tuple[Wording, ...]
    not_blocs: tuple[Wording, ...]
    facts: tuple[Wording, ...]
    window: int
    emulation: str


@dataclass(frozen=True)
class BlocEvidence:
    """Why a page is about blocs: the bloc wording and the fact word near it (folded offsets)."""

    bloc_rule: str
    bloc_span: tuple[int, int]
    fact_rule: str
    fact_span: tuple[int, int]


def fold_regex(regex: str) -> str:
    """Fold a regex like text (no diacritics, lower case) but keep its backslash escapes."""
    out: list[str] = []
    i = 0
    while i < len(regex):
        if regex[i] == "\\" and i + 1 < len(regex):
            out.append(regex[i : i + 2])  # "\W" must not become "\w"
            i += 2
            continue
        out.append(fold(regex[i]))
        i += 1
    return "".join(out)


def _wordings(entries: list[dict[str, Any]], key: str) -> tuple[Wording, ...]:
    """Compile one section; a broken regex names the file and the entry."""
    out = []
    for e in entries:
        try:
            pattern = re.compile(fold_regex(e["regex"]))
        except re.error as exc:
            raise RuleError(
                f"rules/relevance.yaml: {key}/{e['name']} is not a valid regex ({exc}). Fix it."
            ) from exc
        full = e.get("kind", "full") == "full"
        guarded, is_fact = bool(e.get("guarded", True)), bool(e.get("is_fact"))
        out.append(Wording(e["name"], pattern, full, guarded, is_fact))
    return tuple(out)


@cache
def relevance_rules() -> Relevance:
    """Load and compile rules/relevance.yaml."""
    e = rules.load("relevance.yaml").entries
    return Relevance(
        blocs=_wordings(e["blocs"], "blocs"),
        not_blocs=_wordings(e["not_blocs"], "not_blocs"),
        facts=_wordings(e["facts"], "facts"),
        window=int(e["window"]),
        emulation=fold(e["emulation"]),
    )


def _fact_near(
    folded: str, start: int, end: int, window: int
) -> tuple[str, tuple[int, int]] | None:
    """A fact word within `window` characters of [start, end), outside the bloc wording."""
    r = relevance_rules()
    lo, hi = max(0, start - window), min(len(folded), end + window)
    for fact in r.facts:
        for m in fact.pattern.finditer(folded, lo, hi):
            if m.end() <= start or m.start() >= end:
                return fact.name, m.span()
    return None


def bloc_evidence(text: str) -> BlocEvidence | None:
    """The first bloc wording with a fact word near it, or None."""
    r = relevance_rules()
    # fold() keeps one character per character for Vietnamese, so offsets stay aligned.
    folded = fold(text)
    emulation = r.emulation in folded
    for wording in r.blocs:
        if not (wording.full or emulation):
            continue
        for m in wording.pattern.finditer(folded):
            before = folded[max(0, m.start() - 40) : m.start()]
            if wording.guarded and any(n.pattern.search(before) for n in r.not_blocs):
                continue
            if wording.is_fact:
                return BlocEvidence(wording.name, m.span(), wording.name, m.span())
            # A full wording names a bloc by itself: a fact anywhere on the page will do.
            window = len(folded) if wording.full else r.window
            fact = _fact_near(folded, m.start(), m.end(), window)
            if fact is not None:
                return BlocEvidence(wording.name, m.span(), fact[0], fact[1])
    return None


def is_relevant(text: str) -> bool:
    """Whether a page's text is about emulation blocs (keeps the page in a crawl)."""
    return bloc_evidence(text) is not None


def is_about_blocs(text: str) -> bool:
    """Whether an article reports a bloc fact: the gate the fact layer may put before blocs."""
    return is_relevant(text)
