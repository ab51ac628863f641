"""Link organisation and bloc mentions across articles: stable ids from province-scoped keys.

Every id is a function of one mention (its name, its article's province and, for a bloc
without a province, its own organisations) and the rules in rules/linking.yaml and
rules/org_aliases.yaml, never of other records or of row order: the same mention gets the
same id in every run and every dataset. Canonical names are chosen per dataset (the most
frequent variant), ids are not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract import rules
from extract.errors import RuleError
from extract.evaluate import province_key
from extract.nlp.abbreviations import expand_abbreviations
from extract.nlp.gazetteer import Province, by_name, provinces
from extract.text.normalize import fold, normalize_text

ORG = "org"
BLOC = "bloc"
ROLE_FIELDS = ("leader", "deputy_leader", "next_leader")

# How an entity got its scope (the `scope` column of `entities`).
SCOPE_NAME = "name"  # the name itself names the province ("Hội Nhà báo tỉnh Lâm Đồng")
SCOPE_ARTICLE_PROVINCE = "article_province"  # a generic name placed by its article's province
SCOPE_NATIONAL = "national"  # a national body ("Bộ Công an")
SCOPE_SECTOR = "sector"  # a multi-province bloc placed by the system its members belong to
SCOPE_ARTICLE = "article"  # nothing places it: the id is only valid within its article

_GLOSS = re.compile(r"\([^()]*\)")
_WORDS = re.compile(r"[^\W_]+")
_ROMAN = re.compile(r"^[IVXLC]+$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class _Config:
    """rules/linking.yaml, compiled."""

    place_words: tuple[tuple[str, ...], ...]
    not_province_before: tuple[tuple[str, ...], ...]
    not_places: tuple[tuple[str, ...], ...]
    national: tuple[re.Pattern[str], ...]
    not_national: tuple[re.Pattern[str], ...]
    org_drop_words: frozenset[str]
    org_drop_phrases: tuple[tuple[str, ...], ...]
    bloc_drop_words: frozenset[str]
    district_words: tuple[tuple[str, ...], ...]
    sector_drop_words: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class OrgLink:
    """Where one organisation mention points."""

    org_id: str
    key: str  # folded words without the province, after aliases
    scope: str  # SCOPE_*
    province: Province | None  # the province the organisation belongs to, if known
    alias: str | None  # canonical name from rules/org_aliases.yaml (without province)
    names_province: bool  # the written name itself names the province


@dataclass(frozen=True)
class BlocLink:
    """Where one bloc mention points."""

    bloc_id: str
    key: str  # "<khoi|cum>:<folded words>"
    scope: str  # SCOPE_*
    province: Province | None


def _phrases(items: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Rule phrases as tuples of lower-case words, longest first."""
    out = {tuple(_WORDS.findall(normalize_text(p).casefold())) for p in items}
    return tuple(sorted((p for p in out if p), key=lambda p: (-len(p), p)))


def _compile(patterns: Sequence[str], name: str) -> tuple[re.Pattern[str], ...]:
    """Compile rule regexes, naming the bad one."""
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise RuleError(
                f"rules/linking.yaml: {name} regex {p!r} does not compile ({exc}). Fix it."
            ) from exc
    return tuple(out)


@lru_cache(maxsize=1)
def _config() -> _Config:
    """Load and compile rules/linking.yaml."""
    e = rules.load("linking.yaml").entries
    return _Config(
        place_words=_phrases(e["place_words"]),
        not_province_before=_phrases(e["not_province_before"]),
        not_places=_phrases(e["not_places"]),
        national=_compile(e["national"], "national"),
        not_national=_compile(e["not_national"], "not_national"),
        org_drop_words=frozenset(w for p in _phrases(e["org_drop_words"]) for w in p),
        org_drop_phrases=_phrases(e["org_drop_phrases"]),
        bloc_drop_words=frozenset(w for p in _phrases(e["bloc_drop_words"]) for w in p),
        district_words=_phrases(e["district_words"]),
        sector_drop_words=_phrases(e["sector_drop_words"]),
    )


# --- words and provinces ----------------------------------------------------------------------


# Cache sizes bound what linking keeps however many articles a run reads: names recur
# across articles (16,384 of them cover a province's organisations many times over), while
# the links themselves carry the article's id, so they only recur within one article.
_NAME_CACHE = 16384
_LINK_CACHE = 4096


@lru_cache(maxsize=_NAME_CACHE)
def _cached_words(name: str) -> tuple[str, ...]:
    """`_words`, cached: normalising a name is the costly step of linking."""
    text = _GLOSS.sub(" ", normalize_text(name))
    text = expand_abbreviations(text).replace("&", " và ")
    return tuple(_WORDS.findall(text))


def _words(name: str) -> list[str]:
    """A name as words: NFC, glosses dropped, abbreviations expanded, "&" as "và"; not folded."""
    return list(_cached_words(name))


def slug(text: str) -> str:
    """Lower-case ASCII words joined by "-" ("Lâm Đồng" -> "lam-dong")."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def _tail_key(words: Sequence[str]) -> str:
    """Lookup key of a run of name words: lower case, a leading "tỉnh"/"thành phố" dropped."""
    lowered = [w.casefold() for w in words]
    for p in _config().place_words:
        if len(lowered) > len(p) and tuple(lowered[: len(p)]) == p:
            lowered = lowered[len(p) :]
            break
    return " ".join(lowered)


@lru_cache(maxsize=1)
def _province_index() -> dict[str, Province]:
    """Every written form of a province (names, aliases, scorer aliases) by `_tail_key`."""
    out: dict[str, Province] = {}
    forms: list[tuple[str, Province]] = []
    for row, prov in zip(rules.load("provinces.tsv").entries, provinces(), strict=True):
        forms.extend((f, prov) for f in [row["name"], *[a for a in row["aliases"].split("|") if a]])
    by_key = {province_key(f): p for f, p in forms}
    for entry in rules.load("province_aliases.yaml").entries:
        found = by_key.get(province_key(entry["name"]))
        if found is not None:
            forms.extend((alias, found) for alias in entry["aliases"])
    for form, prov in forms:
        out.setdefault(_tail_key(_words(form)), prov)
    return out


def find_province(name: str | None) -> Province | None:
    """The province a written province name ("TP.HCM", "tỉnh Hoà Bình") stands for."""
    if not name or not name.strip():
        return None
    return _province_index().get(_tail_key(_words(name))) or by_name(name)


def _ends_with(folded: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest phrase `folded` ends with, 0 if none."""
    for p in phrases:
        if len(p) <= len(folded) and tuple(folded[len(folded) - len(p) :]) == p:
            return len(p)
    return 0


def _split_province(words: list[str]) -> tuple[list[str], Province | None]:
    """Remove a province written at the end of a name: (remaining words, province)."""
    cfg = _config()
    # Lower case, diacritics kept: folded, "Hà Tĩnh" would end in the place word "tỉnh".
    lowered = [w.casefold() for w in words]
    if _ends_with(lowered, cfg.not_places):
        return words, None
    for n in range(min(6, len(words)), 0, -1):
        prov = _province_index().get(_tail_key(words[-n:]))
        if prov is None:
            continue
        rest = lowered[:-n]
        place = _ends_with(rest, cfg.place_words)
        # "thành phố Hà Tĩnh" is a provincial city, "thành phố Hà Nội" the province itself.
        head = lowered[-n:] if n > 1 else rest[-place:] if place else []
        city_word = head[:2] == ["thành", "phố"] or head[:1] == ["tp"]
        if city_word and prov.kind != "city":
            return words, None
        # "tỉnh Hòa Bình" is the province even after "xã" ("Liên minh HTX tỉnh Hòa Bình").
        if not (head[:1] == ["tỉnh"] or city_word) and _ends_with(rest, cfg.not_province_before):
            return words, None
        return words[: len(words) - n - place], prov
    return words, None


def _strip_place_words(words: list[str]) -> tuple[list[str], bool]:
    """Drop trailing "tỉnh"/"thành phố" words; True when there were any."""
    cfg = _config()
    dropped = False
    while words:
        n = _ends_with([w.casefold() for w in words], cfg.place_words)
        if not n or n == len(words):
            break
        words = words[:-n]
        dropped = True
    return words, dropped


def _drop_phrases(folded: list[str], phrases: Sequence[tuple[str, ...]]) -> list[str]:
    """Remove every occurrence of the given word sequences."""
    out: list[str] = []
    i = 0
    while i < len(folded):
        for p in phrases:
            if tuple(folded[i : i + len(p)]) == p:
                i += len(p)
                break
        else:
            out.append(folded[i])
            i += 1
    return out


def _drop_district_words(words: list[str]) -> list[str]:
    """Drop "huyện"/"thị xã" before a capitalised name ("VKSND huyện X" = "VKSND X")."""
    phrases = _config().district_words
    out: list[str] = []
    i = 0
    while i < len(words):
        for p in phrases:
            j = i + len(p)
            lowered = [w.casefold() for w in words[i:j]]
            if lowered == list(p) and j < len(words) and words[j][:1].isupper():
                i = j
                break
        else:
            out.append(words[i])
            i += 1
    return out


# --- organisations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _OrgParts:
    """An organisation name taken apart."""

    key: str
    province: Province | None
    place_marker: bool  # ended with "tỉnh"/"thành phố": a provincial body of unnamed province


@lru_cache(maxsize=_NAME_CACHE)
def _org_parts(name: str) -> _OrgParts:
    """Key and province of an organisation name (no aliases applied)."""
    cfg = _config()
    words, prov = _split_province(_words(name))
    words, marker = _strip_place_words(words)
    words = _drop_district_words(words)
    lowered = _drop_phrases([w.casefold() for w in words], cfg.org_drop_phrases)
    key = " ".join(fold(w) for w in lowered if w not in cfg.org_drop_words)
    if not key and prov is not None:
        # The name is just a province (a member of a cluster of provinces).
        key = " ".join(_WORDS.findall(fold(prov.name)))
    if not key:
        key = " ".join(_WORDS.findall(fold(name)))
    return _OrgParts(key, prov, marker)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str]]:
    """Variant key -> (canonical key, canonical name) from rules/org_aliases.yaml."""
    out: dict[str, tuple[str, str]] = {}
    for entry in rules.load("org_aliases.yaml").entries:
        canonical = entry["canonical"]
        target = (_org_parts(canonical).key, canonical)
        for form in [canonical, *entry["variants"]]:
            key = _org_parts(form).key
            if out.get(key, target) != target:
                raise RuleError(
                    f"rules/org_aliases.yaml: {form!r} is a variant of both "
                    f"{out[key][1]!r} and {canonical!r}. Keep it under one canonical only."
                )
            out[key] = target
    return out


def _national(key: str) -> bool:
    """Whether a province-free key names a national body."""
    cfg = _config()
    if any(p.search(key) for p in cfg.not_national):
        return False
    return any(p.search(key) for p in cfg.national)


def _scope_slug(prov: Province) -> str:
    """The id segment of a province."""
    return slug(prov.name)


def _article_scope(article_id: str) -> str:
    """The id segment of an article-only scope."""
    return "a-" + (slug(article_id) or "unknown")


@lru_cache(maxsize=_LINK_CACHE)
def link_org(name: str, province: str | None, article_id: str = "") -> OrgLink:
    """The id of an organisation named `name` in an article of `province` (None: unknown)."""
    parts = _org_parts(name)
    key, alias = parts.key, None
    if key in _aliases():
        key, alias = _aliases()[key]
    slugged = key.replace(" ", "-")
    if parts.province is not None:
        prov: Province | None = parts.province
        scope, segment = SCOPE_NAME, _scope_slug(parts.province)
    elif not parts.place_marker and _national(key):
        prov, scope, segment = None, SCOPE_NATIONAL, "vn"
    elif (prov := find_province(province)) is not None:
        scope, segment = SCOPE_ARTICLE_PROVINCE, _scope_slug(prov)
    else:
        scope, segment = SCOPE_ARTICLE, _article_scope(article_id)
    return OrgLink(
        f"{ORG}:{segment}:{slugged}", key, scope, prov, alias, parts.province is not None
    )


def org_id(name: str | None, province: str | None, article_id: str = "") -> str | None:
    """The org id of a written name, or None for a missing or blank name."""
    if not isinstance(name, str) or not name.strip():
        return None
    return link_org(name, province, article_id).org_id


def _place_suffix(prov: Province) -> str:
    """How a name is completed with its province ("tỉnh Lâm Đồng", "thành phố Hà Nội")."""
    if prov.kind != "city":
        return f"tỉnh {prov.name}"
    return prov.name if fold(prov.name).startswith("thanh pho") else f"thành phố {prov.name}"


def _with_province(base: str, prov: Province, *, curated: bool = False) -> str:
    """A province-free name completed with its province.

    "Hội Nhà báo tỉnh" -> "Hội Nhà báo tỉnh Yên Bái"; a curated alias name gets "tỉnh X"
    appended; any other written form gets "(X)", which never reads as a different body
    ("UBND huyện Gio Linh (Quảng Trị)", not "... huyện Gio Linh tỉnh Quảng Trị").
    """
    words, had_marker = _strip_place_words(base.split())
    stem = " ".join(words) or base
    if had_marker:
        marker = _place_suffix(prov).removesuffix(prov.name).strip()
        return " ".join(w for w in (stem, marker, prov.name) if w)
    if curated:
        return f"{stem} {_place_suffix(prov)}"
    return f"{base} ({prov.name})"


def _most_common(variants: Counter[str]) -> str:
    """The most frequent written form; ties go to the longest, then alphabetical order."""
    return min(variants, key=lambda v: (-variants[v], -len(v), v))


def canonical_org_name(link: OrgLink, variants: Counter[str]) -> str:
    """A display name for an organisation entity from its written variants."""
    if link.alias is not None:
        if link.province is None:
            return link.alias
        return _with_province(link.alias, link.province, curated=True)
    if link.province is None:
        return _most_common(variants)
    # A variant that writes its own province is already complete.
    named = Counter(
        {v: n for v, n in variants.items() if _split_province(_words(v))[1] is not None}
    )
    if named:
        return _most_common(named)
    return _with_province(_most_common(variants), link.province)


# --- blocs ------------------------------------------------------------------------------------


def _roman(word: str) -> str:
    """A capital Roman numeral as digits ("XI" -> "11"); other words unchanged."""
    if not _ROMAN.match(word):
        return word
    values = [_ROMAN_VALUES[c] for c in word]
    # A smaller numeral before a larger one is subtracted ("IV" = 4).
    total = sum(-v if v < max(values[i + 1 :], default=0) else v for i, v in enumerate(values))
    return str(total)


def _bloc_words(name: str) -> tuple[str, list[str]]:
    """(kind, words after the head) of a bloc name; kind is "khoi" or "cum"; not folded."""
    words = [_roman(w) for w in _words(name)]
    kind = "khoi"
    if words and fold(words[0]) in {"khoi", "cum"}:
        kind = fold(words[0])
        words = words[1:]
        if [fold(w) for w in words[:2]] == ["thi", "dua"]:
            words = words[2:]
    # Numbers written "03" are "3".
    return kind, [(w.lstrip("0") or w) if w.isdigit() else w for w in words]


def _drop_sector(words: list[str], sector: list[str]) -> list[str]:
    """Remove the first run of words whose folded forms spell the sector key."""
    folded = [fold(w) for w in words]
    for i in range(len(words) - len(sector) + 1):
        if folded[i : i + len(sector)] == sector:
            return words[:i] + words[i + len(sector) :]
    return words


def sector_key(orgs: Sequence[str]) -> str | None:
    """The system a multi-province bloc belongs to, from its organisations that name a province.

    The key shared by organisations of at least two provinces ("VKSND tỉnh Gia Lai", "VKSND
    tỉnh Kon Tum" -> "vien kiem sat nhan dan"); "tinh" when the members are provinces
    themselves; None when no key spans two provinces (the bloc cannot be placed).
    """
    seen: dict[str, set[str]] = {}
    for org in orgs:
        if not isinstance(org, str) or not org.strip():
            continue
        parts = _org_parts(org)
        if parts.province is None:
            continue
        bare = parts.key == " ".join(_WORDS.findall(fold(parts.province.name)))
        key = "tinh" if bare else _aliases().get(parts.key, (parts.key, ""))[0]
        seen.setdefault(key, set()).add(parts.province.name)
    spanning = {k: len(v) for k, v in seen.items() if len(v) >= 2}
    if not spanning:
        return None
    # A named system beats "provinces" ("BHXH tỉnh A", "BHXH tỉnh B", "C", "D").
    return min(spanning, key=lambda k: (k == "tinh", -spanning[k], k))


def _mostly_national(orgs: Sequence[str]) -> bool:
    """True when most of a bloc's organisations are national bodies (a national bloc)."""
    names = [o for o in orgs if isinstance(o, str) and o.strip()]
    national = sum(link_org(o, None).scope == SCOPE_NATIONAL for o in names)
    return national > 0 and 2 * national > len(names)


@lru_cache(maxsize=_LINK_CACHE)
def link_bloc(
    name: str, province: str | None, article_id: str = "", orgs: tuple[str, ...] = ()
) -> BlocLink:
    """The id of a bloc named `name` in an article of `province`, with its organisations."""
    cfg = _config()
    kind, words = _bloc_words(name)
    words_left, named_prov = _split_province(words)
    prov = find_province(province)
    scope = SCOPE_ARTICLE_PROVINCE
    if prov is None and named_prov is not None:
        prov, scope = named_prov, SCOPE_NAME
    if named_prov is not None and named_prov == prov:
        words = words_left
    words, _ = _strip_place_words(words)
    lowered = [w.casefold() for w in words]
    sector = sector_key(orgs) if prov is None else None
    if prov is not None:
        segment = _scope_slug(prov)
    elif sector is not None:
        scope, segment = SCOPE_SECTOR, "vn-" + sector.replace(" ", "-")
        # "Cụm thi đua số 1 Bảo hiểm xã hội Việt Nam" and "Cụm thi đua số 1" of the BHXH
        # system are one bloc: the sector is in the scope, not the key.
        lowered = _drop_phrases(lowered, cfg.sector_drop_words)
        lowered = _drop_sector(lowered, sector.split())
    elif _mostly_national(orgs):
        scope, segment = SCOPE_NATIONAL, "vn"
    else:
        scope, segment = SCOPE_ARTICLE, _article_scope(article_id)
    # A name read from a URL slug has no diacritics: compare its words folded.
    ascii_only = all(fold(w) == w.casefold() for w in lowered)
    drop = {fold(w) for w in cfg.bloc_drop_words} if ascii_only else cfg.bloc_drop_words
    rest = [fold(w) for w in lowered if w not in drop]
    key = f"{kind}:{' '.join(rest)}"
    tail = "-".join([kind, *rest])
    return BlocLink(f"{BLOC}:{segment}:{tail}", key, scope, prov)


def bloc_orgs(bloc: Mapping[str, Any]) -> tuple[str, ...]:
    """Every organisation a bloc object names: roles, members, award recipients."""
    names: list[str] = []
    for field in ROLE_FIELDS:
        role = bloc.get(field)
        if isinstance(role, Mapping) and isinstance(role.get("org"), str):
            names.append(role["org"])
    names.extend(m for m in bloc.get("members") or [] if isinstance(m, str))
    for award in bloc.get("awards") or []:
        if isinstance(award, Mapping):
            names.extend(r for r in award.get("recipients") or [] if isinstance(r, str))
    return tuple(names)


def record_bloc_link(record: Mapping[str, Any], index: int) -> BlocLink:
    """The link of the record's bloc number `index`."""
    bloc = record["blocs"][index]
    # "Cụm thi đua số 3" of the police and of the farmers' union are two blocs: the
    # qualifier of a numbered name is part of its identity.
    name = " ".join(str(bloc.get(k) or "") for k in ("name", "qualifier")).strip()
    return link_bloc(
        name, record.get("province"), str(record.get("id", "")),
        bloc_orgs(bloc) if find_province(record.get("province")) is None else (),
    )  # fmt: skip


def record_bloc_id(record: Mapping[str, Any], index: int) -> str:
    """The bloc id of the record's bloc number `index`."""
    return record_bloc_link(record, index).bloc_id


def record_org_id(record: Mapping[str, Any], name: str | None) -> str | None:
    """The org id of an organisation named in `record`."""
    return org_id(name, record.get("province"), str(record.get("id", "")))


# --- mentions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgMention:
    """One organisation named in a record, where it was named and how it links."""

    link: OrgLink
    name: str
    article_id: str
    bloc_index: int
    field: str  # leader | deputy_leader | next_leader | member | recipient
    span: tuple[int, int] | None


def _span(value: Any) -> tuple[int, int] | None:
    """A `[start, end]` evidence pair as a tuple, or None."""
    if isinstance(value, Sequence) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (int(value[0]), int(value[1]))
    return None


def _at(items: Any, i: int) -> Any:
    """items[i] when items is a long enough list, else None."""
    return items[i] if isinstance(items, list) and i < len(items) else None


def org_mentions(record: Mapping[str, Any]) -> Iterator[OrgMention]:
    """Every organisation mention of a record: roles, members and award recipients."""
    article = str(record.get("id", ""))
    province = record.get("province")
    evidence = record.get("evidence") or {}
    for b, bloc in enumerate(record.get("blocs") or []):
        ev = _at(evidence.get("blocs"), b) or {}
        for field in ROLE_FIELDS:
            role = bloc.get(field)
            name = role.get("org") if isinstance(role, Mapping) else None
            if isinstance(name, str) and name.strip():
                link = link_org(name, province, article)
                yield OrgMention(link, name, article, b, field, _span(ev.get(field)))
        for i, name in enumerate(bloc.get("members") or []):
            if isinstance(name, str) and name.strip():
                link = link_org(name, province, article)
                span = _span(_at(ev.get("members"), i))
                yield OrgMention(link, name, article, b, "member", span)
        for a, award in enumerate(bloc.get("awards") or []):
            spans = _at(ev.get("awards.recipients"), a)
            for r, name in enumerate(award.get("recipients") or []):
                if isinstance(name, str) and name.strip():
                    link = link_org(name, province, article)
                    yield OrgMention(link, name, article, b, "recipient", _span(_at(spans, r)))
