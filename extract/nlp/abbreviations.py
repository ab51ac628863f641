"""Abbreviations of organisation words (rules/abbreviations.yaml), expanded for matching names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import rules, rx
from extract.errors import RuleError
from extract.text.normalize import normalize_text

RULE_FILE = "abbreviations.yaml"
_SEPARATOR = rx.compile(r"[&\-–.]")


@dataclass(frozen=True)
class Abbreviations:
    """Compiled rules/abbreviations.yaml: one alternation (longest first) and the expansions."""

    pattern: re.Pattern[str]
    expansions: tuple[str, ...]


def _abbr_pattern(abbr: str) -> str:
    """Regex body for one abbreviation: separators optional and interchangeable."""
    parts: list[str] = []
    for ch in abbr:
        if _SEPARATOR.fullmatch(ch):
            parts.append(r"\s*[&\-–.]?\s*")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    # Capitals-only abbreviations are case-sensitive: "TƯ" is one, the word "tư" is not.
    return body if abbr == abbr.upper() else f"(?i:{body})"


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    """Compile rules/abbreviations.yaml once."""
    entries = sorted(rules.load(RULE_FILE).entries, key=lambda e: -len(e["abbr"]))
    bodies = [
        f"(?P<a{i}>{_abbr_pattern(normalize_text(e['abbr']))})" for i, e in enumerate(entries)
    ]
    try:
        pattern = rx.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?!\w)")
    except re.error as exc:
        raise RuleError(f"rules/{RULE_FILE}: an abbreviation does not compile ({exc}).") from exc
    return Abbreviations(pattern, tuple(normalize_text(e["expansion"]) for e in entries))


def expand_abbreviations(text: str) -> str:
    """Replace every whole-token abbreviation with its expansion (one pass, no re-expansion)."""
    compiled = abbreviations()
    pattern, expansions = compiled.pattern, compiled.expansions

    def repl(m: re.Match[str]) -> str:
        group = m.lastgroup or ""
        return f" {expansions[int(group[1:])]} "

    return pattern.sub(repl, text)
