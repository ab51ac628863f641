"""Provinces (63 pre-2025, with 2025 successors), site registry and datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from extract import rules
from extract.nlp.lexicon import UPPER, WORD, alternation
from extract.text.normalize import fold


@dataclass(frozen=True)
class Province:
    """A pre-2025 province and its 2025 successor."""

    name: str
    successor_2025: str
    kind: str
    slugs: tuple[str, ...]


@dataclass(frozen=True)
class ProvinceHit:
    """A province named in the text."""

    province: Province
    start: int
    end: int
    surface: str


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """All 63 provinces from rules/provinces.tsv."""
    out = []
    for row in rules.load("provinces.tsv").entries:
        slugs = tuple(s for s in row["slugs"].split("|") if s)
        out.append(Province(row["name"], row["successor_2025"], row["kind"], slugs))
    return tuple(out)


@lru_cache(maxsize=1)
def _surface_index() -> tuple[re.Pattern[str], dict[str, Province]]:
    """A regex of every surface form (names and aliases) and a folded lookup."""
    lookup: dict[str, Province] = {}
    for row, prov in zip(rules.load("provinces.tsv").entries, provinces(), strict=True):
        for form in [row["name"], *[a for a in row["aliases"].split("|") if a]]:
            lookup[fold(form)] = prov
    forms = [row["name"] for row in rules.load("provinces.tsv").entries] + [
        a for row in rules.load("provinces.tsv").entries for a in row["aliases"].split("|") if a
    ]
    pattern = re.compile(rf"(?<!{WORD})(?:{alternation(forms)})(?!{WORD})")
    return pattern, lookup


def by_name(name: str) -> Province | None:
    """Look a province up by any of its written forms."""
    return _surface_index()[1].get(fold(name).strip())


def find_provinces(text: str) -> list[ProvinceHit]:
    """Every province name or alias written in the text, in order."""
    pattern, lookup = _surface_index()
    hits = []
    for m in pattern.finditer(text):
        prov = lookup.get(fold(m.group(0)))
        if (
            prov is not None
            and not _inside_longer_place(text, m.start())
            and not _longer_name(text, m.end())
        ):
            hits.append(ProvinceHit(prov, m.start(), m.end(), m.group(0)))
    return hits


_NOT_PROVINCE_BEFORE = re.compile(
    r"(?:huyện|quận|thị xã|phường|xã|thị trấn|sông|đường|Đường|núi|hồ|Trường|ĐH|CĐ)\s+$"
)


_NEXT_CAP = re.compile(rf" ([{UPPER}]{WORD}*)")


def _longer_name(text: str, end: int) -> bool:
    """True for "Thái Bình Dương": a capitalised word goes on with the name."""
    m = _NEXT_CAP.match(text, end)
    if m is None or m.group(1).isupper():
        return False
    from extract.nlp.lexicon import lexicon  # late: lexicon loads rules that use this module

    return not lexicon().head_re.match(text, m.start(1)) and m.group(1) not in {"Trưởng", "Phó"}


def _inside_longer_place(text: str, start: int) -> bool:
    """True when the name is a district, street or school name rather than the province."""
    return bool(_NOT_PROVINCE_BEFORE.search(text[max(0, start - 12) : start]))


@lru_cache(maxsize=1)
def _sites() -> tuple[tuple[str, str, str], ...]:
    """(domain, province, scope) rows from rules/sites.tsv."""
    return tuple((r["domain"], r["province"], r["scope"]) for r in rules.load("sites.tsv").entries)


def province_from_url(url: str | None) -> Province | None:
    """The province a site belongs to: the registry first, then province slugs in its host."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    for domain, name, scope in _sites():
        if host == domain or host.endswith("." + domain):
            if scope != "province":
                # A national portal may still host a provincial subdomain (thainguyen.toaan.gov.vn).
                sub = host[: -len(domain)].strip(".")
                return _province_from_labels(sub.split(".")) if sub else None
            return by_name(name)
    return _province_from_labels(host.split("."))


def _province_from_labels(labels: list[str]) -> Province | None:
    """The longest province slug found in host labels (whole label for short slugs)."""
    best: tuple[int, Province] | None = None
    for prov in provinces():
        for slug in prov.slugs:
            for label in labels:
                hit = label == slug if len(slug) < 6 else slug in label
                if hit and (best is None or len(slug) > best[0]):
                    best = (len(slug), prov)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _dateline_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex for dateline codes at the start of a paragraph."""
    rows = rules.load("datelines.tsv").entries
    codes = {r["code"]: r["province"] for r in rows}
    alt = alternation(list(codes))
    pattern = re.compile(rf"^\s*(?:\(({alt})\)|({alt})\s*[-–—:])", re.M)
    return pattern, codes


def province_from_dateline(text: str) -> tuple[Province, int, int] | None:
    """The province of a newspaper dateline ("BBK -", "(NTO)") and its span."""
    pattern, codes = _dateline_re()
    m = pattern.search(text)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    prov = by_name(codes[m.group(group)])
    return (prov, m.start(group), m.end(group)) if prov else None
