"""Provinces (63 pre-2025, with 2025 successors), site registry and datelines.

`rules/provinces.tsv`, `rules/sites.tsv` and `rules/datelines.tsv` compile once into one
typed `Gazetteer`. Each piece of site evidence carries the name of the rule behind it
("sites.tsv:baodongkhoi.vn", "host:quangngai", "path:tphn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from extract import rules, rx
from extract.errors import RuleError
from extract.nlp.lexicon import UPPER, WORD, Scanner, alternation, literal_trie, scanner
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


@dataclass(frozen=True)
class Slug:
    """A lower-case ASCII form of a province in host names and URL paths.

    Written "hue*" in the TSV, it may open a longer host label ("huengaynay"); "*hcm*" may
    stand anywhere in one ("khuyenhochcm"). Unmarked slugs of 6+ letters may stand anywhere,
    shorter ones must be a whole label.
    """

    text: str
    prefix: bool
    anywhere: bool

    def in_label(self, label: str) -> bool:
        """True when this slug names the province in one host label."""
        if self.anywhere:
            return self.text in label
        if self.prefix:
            return label.startswith(self.text)
        return label == self.text


@dataclass(frozen=True)
class SiteRow:
    """One row of rules/sites.tsv: a domain and the province its pages belong to."""

    domain: str
    province: Province | None
    scope: str  # province | national | aggregator | company


@dataclass(frozen=True)
class SiteHit:
    """A province read from a page's URL, with the rule that read it."""

    province: Province
    rule: str


@dataclass(frozen=True)
class Gazetteer:
    """Compiled rules/provinces.tsv, rules/sites.tsv and rules/datelines.tsv."""

    provinces: tuple[Province, ...]
    surface_re: Scanner
    lookup: dict[str, Province]  # folded name or alias -> province
    slugs: tuple[tuple[Slug, Province], ...]
    sites: tuple[SiteRow, ...]
    dateline_re: re.Pattern[str]
    dateline_codes: dict[str, Province]


def _slug(raw: str) -> Slug:
    """Parse one slug cell ("hue*", "*hcm*", "nghean")."""
    text = raw.strip("*")
    if not re.fullmatch(r"[a-z0-9-]{2,}", text):
        raise RuleError(f"rules/provinces.tsv: slug {raw!r} must be lower-case ASCII; fix it.")
    anywhere = (raw.startswith("*") and raw.endswith("*")) or ("*" not in raw and len(text) >= 6)
    return Slug(text, prefix=raw.endswith("*") and not raw.startswith("*"), anywhere=anywhere)


def _provinces() -> tuple[tuple[Province, ...], dict[str, Province], list[str]]:
    """Provinces, the folded lookup of every written form, and those forms."""
    out: list[Province] = []
    lookup: dict[str, Province] = {}
    forms: list[str] = []
    for row in rules.load("provinces.tsv").entries:
        slugs = tuple(s.strip("*") for s in row["slugs"].split("|") if s)
        prov = Province(row["name"], row["successor_2025"], row["kind"], slugs)
        out.append(prov)
        for form in [row["name"], *[a for a in row["aliases"].split("|") if a]]:
            lookup[fold(form)] = prov
            forms.append(form)
    return tuple(out), lookup, forms


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load and compile the three place rule files."""
    provs, lookup, forms = _provinces()
    slugs = tuple(
        (_slug(cell), prov)
        for row, prov in zip(rules.load("provinces.tsv").entries, provs, strict=True)
        for cell in row["slugs"].split("|")
        if cell
    )
    sites = []
    for row in rules.load("sites.tsv").entries:
        prov = lookup.get(fold(row["province"])) if row["province"] else None
        if row["scope"] == "province" and prov is None:
            raise RuleError(
                f"rules/sites.tsv: {row['domain']} names no known province "
                f"({row['province']!r}); write a name from rules/provinces.tsv."
            )
        sites.append(SiteRow(row["domain"].lower(), prov, row["scope"]))
    codes: dict[str, Province] = {}
    for row in rules.load("datelines.tsv").entries:
        prov = lookup.get(fold(row["province"]))
        if prov is None:
            raise RuleError(
                f"rules/datelines.tsv: code {row['code']} names no known province "
                f"({row['province']!r}); write a name from rules/provinces.tsv."
            )
        codes[row["code"]] = prov
    alt = alternation(list(codes))
    return Gazetteer(
        provinces=provs,
        surface_re=scanner(rf"(?<!{WORD})(?:{literal_trie(forms)})(?!{WORD})"),
        lookup=lookup,
        slugs=slugs,
        sites=tuple(sites),
        dateline_re=rx.compile(rf"^\s*(?:\(({alt})\)|({alt})\s*[-–—:])", re.M),
        dateline_codes=codes,
    )


def provinces() -> tuple[Province, ...]:
    """All 63 provinces from rules/provinces.tsv."""
    return gazetteer().provinces


@lru_cache(maxsize=8192)
def by_name(name: str) -> Province | None:
    """Look a province up by any of its written forms (cached: the same words recur)."""
    return gazetteer().lookup.get(fold(name).strip())


def find_provinces(text: str) -> list[ProvinceHit]:
    """Every province name or alias written in the text, in order."""
    gaz = gazetteer()
    hits = []
    for m in gaz.surface_re.finditer(text):
        prov = gaz.lookup.get(fold(m.group(0)))
        if (
            prov is not None
            and not _inside_longer_place(text, m.start())
            and not _longer_name(text, m.end())
        ):
            hits.append(ProvinceHit(prov, m.start(), m.end(), m.group(0)))
    return hits


@lru_cache(maxsize=1)
def _context_rules() -> tuple[re.Pattern[str], frozenset[str]]:
    """Words around a province name that make it something else (rules/name_words.yaml)."""
    words = rules.load("name_words.yaml").entries
    try:
        before = rx.compile(words["not_province_before"])
    except re.error as exc:
        raise RuleError(
            f"rules/name_words.yaml: not_province_before is not a valid regex ({exc}). Fix it."
        ) from exc
    return before, frozenset(words["not_province_after"])


_NEXT_CAP = rx.compile(rf" ([{UPPER}]{WORD}*)")


def _longer_name(text: str, end: int) -> bool:
    """True for "Thái Bình Dương": a capitalised word goes on with the name."""
    m = _NEXT_CAP.match(text, end)
    if m is None or m.group(1).isupper():
        return False
    from extract.nlp.lexicon import lexicon  # late: lexicon loads rules that use this module

    head = lexicon().head_re.match(text, m.start(1))
    return not head and m.group(1) not in _context_rules()[1]


def _inside_longer_place(text: str, start: int) -> bool:
    """True when the name is a district, street or school name rather than the province."""
    return bool(_context_rules()[0].search(text[max(0, start - 12) : start]))


def _host(url: str) -> str:
    """The lower-case host of a URL (a bare "host/path" too)."""
    return (urlparse(url if "//" in url else "//" + url).hostname or "").lower()


def site_province(url: str | None) -> SiteHit | None:
    """The province a page's URL names: the site registry, then host labels, then path."""
    if not url:
        return None
    found, path_counts = _host_province(_host(url))
    return found or (_from_path(url) if path_counts else None)


@lru_cache(maxsize=4096)
def _host_province(host: str) -> tuple[SiteHit | None, bool]:
    """The province a host names, and whether the URL's folders may still name one."""
    for row in gazetteer().sites:
        if host == row.domain or host.endswith("." + row.domain):
            if row.scope == "province" and row.province is not None:
                return SiteHit(row.province, f"sites.tsv:{row.domain}"), False
            # A national portal may still host a provincial subdomain (thainguyen.toaan.gov.vn).
            sub = host[: -len(row.domain)].strip(".")
            return (_from_labels(sub.split(".")) if sub else None), True
    return _from_labels(host.split(".")), True


def province_from_url(url: str | None) -> Province | None:
    """The province a site belongs to (see `site_province`)."""
    hit = site_province(url)
    return hit.province if hit else None


def _from_labels(labels: list[str]) -> SiteHit | None:
    """The longest province slug found in host labels."""
    best: tuple[int, SiteHit] | None = None
    for slug, prov in gazetteer().slugs:
        for label in labels:
            if slug.in_label(label) and (best is None or len(slug.text) > best[0]):
                best = (len(slug.text), SiteHit(prov, f"host:{slug.text}"))
    return best[1] if best else None


_ID_QUERY = re.compile(r"(?:[a-z_]*id|p)=\d+", re.I)


def _from_path(url: str) -> SiteHit | None:
    """A folder of the URL path named after a province ("/nghean/", "/ldld-tphn/", "/ha-noi/")."""
    parsed = urlparse(url if "//" in url else "//" + url)
    path = parsed.path.lower()
    folders = [f for f in path.split("/") if f]
    # the last part is the article's own slug, unless the query names the article by its id
    # and the path ends with a folder ("/longan/?p=596734")
    if not (_ID_QUERY.fullmatch(parsed.query) and path.endswith("/")):
        folders = folders[:-1]
    for folder in folders:
        words = re.split(r"[-_.]", folder)
        # a word or a run of words: "/ldld-tphn/", "/ldld-soc-trang/"
        runs = [
            "".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        ]
        for form in runs:
            for slug, prov in gazetteer().slugs:
                if form == slug.text:
                    return SiteHit(prov, f"path:{slug.text}")
    return None


def province_from_dateline(text: str) -> tuple[Province, int, int] | None:
    """The province of a newspaper dateline ("BBK -", "(NTO)") and its span."""
    gaz = gazetteer()
    m = gaz.dateline_re.search(text)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    return gaz.dateline_codes[m.group(group)], m.start(group), m.end(group)
