"""Whether a page is about emulation blocs: weighted terms from rules/relevance.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract import rules
from extract.text.normalize import fold


@dataclass(frozen=True)
class Relevance:
    """Compiled rules/relevance.yaml."""

    threshold: float
    terms: tuple[tuple[str, float], ...]


@cache
def relevance_rules() -> Relevance:
    """Load rules/relevance.yaml with its terms folded."""
    entries = rules.load("relevance.yaml").entries
    terms = tuple((fold(t["term"]), float(t["weight"])) for t in entries["terms"])
    return Relevance(float(entries["threshold"]), terms)


def relevance_score(text: str) -> float:
    """Sum of the weights of the relevance terms found in `text` (each counted once)."""
    folded = " ".join(fold(text).split())
    return sum(weight for term, weight in relevance_rules().terms if term in folded)


def is_relevant(text: str) -> bool:
    """Whether a page's text is about emulation blocs."""
    return relevance_score(text) >= relevance_rules().threshold
