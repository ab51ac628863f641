"""Score predicted FORMAT.md records against gold records, slot by slot.

Every slot gives hits, false positives (fp) and misses; precision, recall and F1 are
micro-averaged over all articles (FORMAT.md, "How a prediction is scored"):

- gold value and equal prediction: hit; prediction where gold is null: fp; gold value with
  no prediction: miss; a wrong value: fp and miss. Both null (or "" / empty): nothing.
- Organisation names (members, leader/deputy_leader/next_leader .org) match when
  `org_similarity >= 0.85`: 0.0 when the sorted digit numbers of the two names differ
  ("TAND khu vực 15" vs "16"; "04" = "4"), otherwise the better of two
  `difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()` values, on the full
  `org_key` and on the key with administrative words dropped. `org_key`: NFC and one tone
  placement, abbreviations from `rules/abbreviations.yaml` expanded (whole tokens only;
  all-capital abbreviations case-sensitively), "&" read as "và", then diacritics, case and
  punctuation removed and spaces collapsed. The reduced key also drops, after the
  abbreviations and before diacritics are removed, every `admin_words` entry of
  `rules/eval_matching.yaml` ("tỉnh", "huyện", "xã", "các", ...) that stands as a whole word
  with a word after it, except inside a `not_admin` phrase ("xã hội", "Tỉnh ủy"): so
  "huyện Quan Sơn" = "Quan Sơn", "Công an tỉnh Hà Nam" = "Công an Hà Nam", "Xã hội" stays.
- Bloc names use `bloc_key` (the org key without a leading "khối/cụm thi đua" or bare
  "khối"/"cụm") the same way at ratio >= 0.8; their numbers also count roman numerals in
  capitals standing as a word ("VII") and number words after "số" ("số một"). A bloc key
  that is only a number ("1", "so 1", "vii") and a key that starts with it and goes on
  ("so 1 nganh thong tin va truyen thong") score max(ratio, 0.8), so they pair ("Cụm thi
  đua số 1" = "Cụm thi đua số 1 ngành Thông tin và Truyền thông"). Blocs are paired one to
  one, best similarity first; a paired bloc's name is a hit; an unpaired gold (predicted)
  bloc counts its name and every non-null slot as misses (false positives).
- members, awards and people are sets: each element is one slot, matched one to one
  (greedy, best similarity first). Awards match on the exact tuple
  (award, issuer, count, status); people on the name under `person_key`.
- Dates, years, counts, types and periods must be equal (strings compared stripped, an
  int never equals a string or a bool). A role's year is null when the role is null.
- published: a date-only gold value is compared with the prediction's date part; a gold
  datetime must be matched exactly, seconds included ("T" or a space as separator).
- author and people names: `person_key` (NFC, one tone placement, spaces collapsed,
  case-folded; diacritics are kept). province: `province_key` (the same, punctuation to
  spaces, a leading "tỉnh"/"thành phố"/"tp" dropped, `rules/province_aliases.yaml` applied).
- people.role is informational (not in the micro row): over matched people, a hit when both
  roles are null or they match as organisation names (`same_org`); otherwise fp and/or miss.
- A gold article without a prediction scores as an empty prediction (all misses) and is
  listed in `missing_predictions`; predictions without gold are ignored and listed.
  `articles_scored` counts gold articles, including those without a prediction.
- Restriction (not in FORMAT.md): `score(..., only_predicted=True)` (`thidua eval
  --only-predicted`) scores only the gold articles that have a prediction, `ids=` only
  those with the given ids; the gold articles left out are listed in `unscored_gold`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract import rules
from extract.errors import EvalError, RuleError
from extract.nlp.abbreviations import expand_abbreviations
from extract.text.normalize import fold, normalize_text

ORG_THRESHOLD = 0.85
BLOC_THRESHOLD = 0.8

ROLES = ("leader", "deputy_leader", "next_leader")
FIELDS = (
    "published", "author", "province",
    "bloc.name", "event.type", "event.date", "event.period",
    "leader.org", "leader.year", "deputy_leader.org", "deputy_leader.year",
    "next_leader.org", "next_leader.year",
    "member_count", "members", "awards", "people",
    "people.role",
)  # fmt: skip
INFORMATIONAL_FIELDS = frozenset({"people.role"})


# --- report types --------------------------------------------------------------------------


@dataclass
class FieldScore:
    """Hit, false-positive and miss counts for one field (or the micro total)."""

    field: str
    hits: int = 0
    fp: int = 0
    miss: int = 0
    informational: bool = False  # reported, but left out of the micro total

    @property
    def precision(self) -> float:
        """hits / (hits + fp), 0.0 when nothing was predicted."""
        return self.hits / (self.hits + self.fp) if self.hits + self.fp else 0.0

    @property
    def recall(self) -> float:
        """hits / (hits + miss), 0.0 when gold has nothing."""
        return self.hits / (self.hits + self.miss) if self.hits + self.miss else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """Scores per field, the micro total and the errors behind them."""

    fields: list[FieldScore]
    micro: FieldScore
    articles_scored: int
    missing_predictions: list[str]
    extra_predictions: list[str]
    details: list[dict[str, Any]] = field(default_factory=list)
    unscored_gold: list[str] = field(default_factory=list)  # left out by an `ids` restriction


@dataclass(frozen=True)
class Outcome:
    """One counted slot: a hit, a false positive or a miss."""

    field: str
    kind: str  # hit | fp | miss
    gold: Any
    pred: Any


# --- abbreviations and matching keys ------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_BLOC_HEAD = re.compile(r"^(?:khoi|cum)(?: thi dua)?(?: |$)")
_PLACE_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp) (?=\S)")


@dataclass(frozen=True)
class MatchRules:
    """Compiled `rules/eval_matching.yaml`."""

    admin: re.Pattern[str]  # group "keep": a not_admin phrase; otherwise an admin word to drop
    number_word: re.Pattern[str]  # a number prefix and word, group "word"
    number_values: dict[str, int]  # casefolded number word -> value
    roman: re.Pattern[str]  # a whole-word roman numeral in capitals
    roman_alone: re.Pattern[str]  # the roman numeral regex alone, for one token
    prefixes_folded: tuple[str, ...]  # number prefixes as they appear in a key ("so")
    number_words_folded: frozenset[str]  # number words as they appear in a key ("mot")


def _words_regex(words: Iterable[str]) -> str:
    """Alternation of words (longest first); inner spaces stand for any run of spaces."""
    ordered = sorted({normalize_text(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


@lru_cache(maxsize=1)
def match_rules() -> MatchRules:
    """Load and compile `rules/eval_matching.yaml`."""
    e = rules.load("eval_matching.yaml").entries
    keep = _words_regex(e["not_admin"]) if e["not_admin"] else r"(?!)"
    admin = re.compile(
        rf"(?<!\w)(?:(?P<keep>{keep})(?!\w)"
        rf"|(?:{_words_regex(e['admin_words'])})(?:\s+\.?|\.)\s*(?=\w))",
        re.IGNORECASE,
    )
    values = {normalize_text(w).casefold(): v for w, v in e["number_words"].items()}
    number_word = re.compile(
        rf"(?<!\w)(?:{_words_regex(e['number_prefixes'])})\s+(?P<word>{_words_regex(values)})"
        r"(?!\w)",
        re.IGNORECASE,
    )
    try:
        roman = re.compile(rf"(?<!\w)(?:{e['roman_numeral']})(?!\w)")
        roman_alone = re.compile(e["roman_numeral"])
    except re.error as exc:
        raise RuleError(
            f"rules/eval_matching.yaml: roman_numeral is not a valid regex ({exc}). Fix it."
        ) from exc
    return MatchRules(
        admin=admin,
        number_word=number_word,
        number_values=values,
        roman=roman,
        roman_alone=roman_alone,
        prefixes_folded=tuple(_SPACES.sub(" ", fold(p)).strip() for p in e["number_prefixes"]),
        number_words_folded=frozenset(_SPACES.sub(" ", fold(w)).strip() for w in values),
    )


def drop_admin_words(text: str) -> str:
    """Remove every administrative word that a word follows, except inside a not_admin phrase."""

    def repl(m: re.Match[str]) -> str:
        return m.group(0) if m.group("keep") is not None else ""

    return match_rules().admin.sub(repl, text)


def _roman_value(numeral: str) -> int:
    """Value of a roman numeral in capitals ("XII" -> 12)."""
    digits = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    values = [digits[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def name_numbers(text: str, *, bloc: bool = False) -> tuple[int, ...]:
    """Sorted numbers of a name: digit runs; for a bloc also roman numerals and "số" + word."""
    expanded = expand_abbreviations(normalize_text(text))
    numbers = [int(d) for d in re.findall(r"\d+", expanded)]
    if bloc:
        r = match_rules()
        numbers += [_roman_value(m.group(0)) for m in r.roman.finditer(expanded) if m.group(0)]
        numbers += [
            r.number_values[_SPACES.sub(" ", m.group("word")).casefold()]
            for m in r.number_word.finditer(expanded)
        ]
    return tuple(sorted(numbers))


def org_key(text: str, *, drop_admin: bool = False) -> str:
    """Matching key of an organisation name: abbreviations expanded, folded, no punctuation.

    With `drop_admin`, administrative words (rules/eval_matching.yaml) are removed after the
    abbreviations are expanded and before diacritics are.
    """
    expanded = expand_abbreviations(normalize_text(text))
    if drop_admin:
        expanded = drop_admin_words(expanded)
    expanded = expanded.replace("&", " và ")
    return _SPACES.sub(" ", _PUNCT.sub(" ", fold(expanded))).strip()


def _strip_bloc_head(key: str) -> str:
    """A key without a leading "khối/cụm (thi đua)" and "số"; a bare head keeps its key.

    "Cụm 6" and "Cụm thi đua số 6" are one name: "số" only says a number follows.
    """
    rest = _BLOC_HEAD.sub("", key, count=1)
    r = match_rules()
    for prefix in r.prefixes_folded:
        after = rest[len(prefix) + 1 :]
        number = after.split(" ", 1)[0]
        if rest.startswith(prefix + " ") and (
            number.isdigit() or r.roman_alone.fullmatch(number.upper())
        ):
            rest = after
            break
    return rest or key


def bloc_key(text: str, *, drop_admin: bool = False) -> str:
    """Matching key of a bloc name: the org key without a leading "khối/cụm (thi đua)"."""
    return _strip_bloc_head(org_key(text, drop_admin=drop_admin))


def similarity(a: str, b: str) -> float:
    """SequenceMatcher ratio of two keys; empty keys never match."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass(frozen=True)
class NameKeys:
    """What a name is compared by: its key, its key without admin words, and its numbers."""

    full: str
    reduced: str
    numbers: tuple[int, ...]


@lru_cache(maxsize=65536)
def org_keys(text: str) -> NameKeys:
    """Keys of an organisation name (digit numbers only)."""
    return NameKeys(org_key(text), org_key(text, drop_admin=True), name_numbers(text))


@lru_cache(maxsize=65536)
def bloc_keys(text: str) -> NameKeys:
    """Keys of a bloc name (numbers include roman numerals and "số" + number word)."""
    return NameKeys(bloc_key(text), bloc_key(text, drop_admin=True), name_numbers(text, bloc=True))


def _keys_similarity(a: NameKeys, b: NameKeys) -> float:
    """0.0 when the numbers differ, else the better of the full and the reduced similarity."""
    if a.numbers != b.numbers:
        return 0.0
    return max(similarity(a.full, b.full), similarity(a.reduced, b.reduced))


def org_similarity(a: str, b: str) -> float:
    """Similarity of two organisation names (FORMAT.md; compared against ORG_THRESHOLD)."""
    return _keys_similarity(org_keys(a), org_keys(b))


def is_numbered_bloc_key(key: str) -> bool:
    """A bloc key that is only a number: "1", "so 1", "vii", "so mot"."""
    r = match_rules()
    for prefix in r.prefixes_folded:
        if key.startswith(prefix + " "):
            rest = key[len(prefix) + 1 :]
            if rest in r.number_words_folded:
                return True
            key = rest
            break
    return key.isdigit() or bool(r.roman_alone.fullmatch(key.upper()))


def _qualifies(a: str, b: str) -> bool:
    """One key is a numbered bloc name and the other is it followed by more words."""
    short, long = sorted((a, b), key=len)
    return bool(short) and long.startswith(short + " ") and is_numbered_bloc_key(short)


def bloc_similarity(a: str, b: str) -> float:
    """Similarity of two bloc names; a numbered name and it with a qualifier reach the threshold.

    The qualifier case scores max(ratio, BLOC_THRESHOLD), so an exact name still wins the
    one-to-one pairing over a qualified one.
    """
    ka, kb = bloc_keys(a), bloc_keys(b)
    best = _keys_similarity(ka, kb)
    qualified = _qualifies(ka.full, kb.full) or _qualifies(ka.reduced, kb.reduced)
    # The qualifier may carry numbers of its own ("Khối thi đua số 3, Quân đoàn 12"): the
    # numbered name it qualifies is a prefix, so its number already agrees. A year is no
    # qualifier ("Cụm thi đua số 1 năm 2023" names a bloc's year, not the bloc).
    years = [n for n in (*ka.numbers, *kb.numbers) if 1900 <= n <= 2100]
    if best < BLOC_THRESHOLD and qualified and not years:
        return BLOC_THRESHOLD
    return best


def person_key(text: str) -> str:
    """Key for authors and person names: NFC, one tone placement, spaces collapsed, case-folded."""
    return _SPACES.sub(" ", normalize_text(text)).casefold().strip()


def _place_key(text: str) -> str:
    """Person key with punctuation as spaces and a leading tỉnh/thành phố/tp dropped."""
    key = _SPACES.sub(" ", _PUNCT.sub(" ", person_key(text))).strip()
    return _PLACE_PREFIX.sub("", key, count=1)


@lru_cache(maxsize=1)
def _province_aliases() -> dict[str, str]:
    """Map each alias key (and each name key) in rules/province_aliases.yaml to its name key."""
    out: dict[str, str] = {}
    for entry in rules.load("province_aliases.yaml").entries:
        name = _place_key(entry["name"])
        for alias in [entry["name"], *entry["aliases"]]:
            key = _place_key(alias)
            if out.get(key, name) != name:
                raise RuleError(
                    f"rules/province_aliases.yaml: alias {alias!r} belongs to two provinces "
                    f"({out[key]!r} and {name!r}). Keep it under one entry only."
                )
            out[key] = name
    return out


def province_key(text: str) -> str:
    """Matching key of a province name, aliases resolved ("TP.HCM" == "Hồ Chí Minh")."""
    key = _place_key(text)
    return _province_aliases().get(key, key)


def _run_examples(name: str, func: Callable[[str], str]) -> list[str]:
    """Failure messages for a rule file's {text, expect} examples under `func`."""
    failures = []
    for i, ex in enumerate(rules.load(name).examples):
        got = func(str(ex["text"]))
        if got != ex["expect"]:
            failures.append(
                f"rules/{name} example {i + 1}: {ex['text']!r} gave {got!r}, "
                f"expected {ex['expect']!r}"
            )
    return failures


def run_abbreviation_examples() -> list[str]:
    """Check every example of rules/abbreviations.yaml: org_key(text) == expect."""
    return _run_examples("abbreviations.yaml", org_key)


def run_province_alias_examples() -> list[str]:
    """Check every example of rules/province_aliases.yaml: province_key(text) == expect."""
    return _run_examples("province_aliases.yaml", province_key)


def run_eval_matching_examples() -> list[str]:
    """Check every example of rules/eval_matching.yaml: same_org/same_bloc(a, b) == match."""
    failures = []
    for i, ex in enumerate(rules.load("eval_matching.yaml").examples):
        same, sim = (
            (same_bloc, bloc_similarity) if ex["kind"] == "bloc" else (same_org, org_similarity)
        )
        if same(ex["a"], ex["b"]) != ex["match"]:
            failures.append(
                f"rules/eval_matching.yaml example {i + 1}: {ex['a']!r} and {ex['b']!r} "
                f"(similarity {sim(ex['a'], ex['b']):.3f}) should "
                f"{'' if ex['match'] else 'not '}match as {ex['kind']} names"
            )
    return failures


# --- value comparisons ---------------------------------------------------------------------


def _present(value: Any) -> Any:
    """The value, or None when it is null or a blank string."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def same_value(a: Any, b: Any) -> bool:
    """Exact equality; strings stripped, bools never equal ints, ints never equal strings."""
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return type(a) is type(b) and bool(a == b)


def same_org(a: str, b: str) -> bool:
    """Organisation names match at `org_similarity` >= 0.85."""
    return org_similarity(a, b) >= ORG_THRESHOLD


def same_bloc(a: str, b: str) -> bool:
    """Bloc names match at `bloc_similarity` >= 0.8."""
    return bloc_similarity(a, b) >= BLOC_THRESHOLD


def same_person(a: str, b: str) -> bool:
    """Author or person names are equal under `person_key`."""
    return person_key(a) == person_key(b)


def same_province(a: str, b: str) -> bool:
    """Province names are equal under `province_key`."""
    return province_key(a) == province_key(b)


def _parse_iso(value: str) -> datetime | None:
    """Parse an ISO date or datetime ("T" or space separator); None when it is not one."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def same_published(gold: str, pred: str) -> bool:
    """A date-only gold compares the prediction's date; a gold datetime needs it exactly."""
    g, p = _parse_iso(gold), _parse_iso(pred)
    if g is None or p is None:
        return gold.strip() == pred.strip()
    if len(gold.strip()) == len("YYYY-MM-DD"):
        return g.date() == p.date()
    # A date-only prediction parses as midnight; it must not pass for a datetime.
    return len(pred.strip()) > len("YYYY-MM-DD") and g == p and p.tzinfo == g.tzinfo


# --- slot scoring ----------------------------------------------------------------------------


def score_slot(name: str, gold: Any, pred: Any, same: Callable[[Any, Any], bool]) -> list[Outcome]:
    """Outcomes of one single-valued slot."""
    g, p = _present(gold), _present(pred)
    if g is None and p is None:
        return []
    if g is None:
        return [Outcome(name, "fp", None, p)]
    if p is None:
        return [Outcome(name, "miss", g, None)]
    if same(g, p):
        return [Outcome(name, "hit", g, p)]
    return [Outcome(name, "fp", g, p), Outcome(name, "miss", g, p)]


def match_one_to_one(
    gold: Sequence[Any], pred: Sequence[Any], sim: Callable[[Any, Any], float], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index), best similarity first, >= threshold."""
    scored = [
        (s, i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if (s := sim(g, p)) >= threshold
    ]
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return sorted(pairs)


def score_set(
    name: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    sim: Callable[[Any, Any], float],
    threshold: float,
) -> list[Outcome]:
    """Outcomes of a set slot: matched elements hit, the rest are fp or miss."""
    gold = [g for g in gold if _present(g) is not None]
    pred = [p for p in pred if _present(p) is not None]
    pairs = match_one_to_one(gold, pred, sim, threshold)
    out = [Outcome(name, "hit", gold[i], pred[j]) for i, j in pairs]
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    out += [Outcome(name, "fp", None, p) for j, p in enumerate(pred) if j not in matched_p]
    out += [Outcome(name, "miss", g, None) for i, g in enumerate(gold) if i not in matched_g]
    return out


def _award_tuple(award: dict[str, Any]) -> tuple[Any, ...]:
    """The scored part of an award: (award, issuer, count, status), strings stripped."""
    return tuple(
        v.strip() if isinstance(v, str) else v
        for v in (award.get(k) for k in ("award", "issuer", "count", "status"))
    )


def _exact_sim(a: Any, b: Any) -> float:
    """1.0 for equal tuples (bools kept apart from ints), else 0.0."""
    return 1.0 if len(a) == len(b) and all(map(same_value, a, b)) else 0.0


def _role(bloc: dict[str, Any], role: str) -> dict[str, Any]:
    """A role object, or {} when the role is null."""
    value = bloc.get(role)
    return value if isinstance(value, dict) else {}


def score_bloc_slots(gold: dict[str, Any], pred: dict[str, Any]) -> list[Outcome]:
    """Outcomes of every slot of a bloc pair except its name ({} stands for no bloc)."""
    g_event, p_event = gold.get("event") or {}, pred.get("event") or {}
    out: list[Outcome] = []
    for key in ("type", "date", "period"):
        out += score_slot(f"event.{key}", g_event.get(key), p_event.get(key), same_value)
    for role in ROLES:
        g_role, p_role = _role(gold, role), _role(pred, role)
        out += score_slot(f"{role}.org", g_role.get("org"), p_role.get("org"), same_org)
        out += score_slot(f"{role}.year", g_role.get("year"), p_role.get("year"), same_value)
    out += score_slot(
        "member_count", gold.get("member_count"), pred.get("member_count"), same_value
    )
    out += score_set(
        "members",
        gold.get("members") or [],
        pred.get("members") or [],
        org_similarity,
        ORG_THRESHOLD,
    )
    g_awards = [_award_tuple(a) for a in gold.get("awards") or []]
    p_awards = [_award_tuple(a) for a in pred.get("awards") or []]
    out += score_set("awards", g_awards, p_awards, _exact_sim, 1.0)
    return out


def _bloc_sim(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Similarity of two blocs' name keys."""
    an, bn = _present(a.get("name")), _present(b.get("name"))
    if an is None or bn is None:
        return 0.0
    return bloc_similarity(an, bn)


def score_blocs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[Outcome]:
    """Pair blocs by name, then score each pair; unpaired blocs score against no bloc."""
    pairs = match_one_to_one(gold, pred, _bloc_sim, BLOC_THRESHOLD)
    out: list[Outcome] = []
    for i, j in pairs:
        out.append(Outcome("bloc.name", "hit", gold[i].get("name"), pred[j].get("name")))
        out += score_bloc_slots(gold[i], pred[j])
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    for i, bloc in enumerate(gold):
        if i not in paired_g:
            out += score_slot("bloc.name", bloc.get("name"), None, same_value)
            out += score_bloc_slots(bloc, {})
    for j, bloc in enumerate(pred):
        if j not in paired_p:
            out += score_slot("bloc.name", None, bloc.get("name"), same_value)
            out += score_bloc_slots({}, bloc)
    return out


def _name_sim(a: dict[str, Any], b: dict[str, Any]) -> float:
    """1.0 when two people have the same name key, else 0.0."""
    an, bn = _present(a.get("name")), _present(b.get("name"))
    return 1.0 if an is not None and bn is not None and same_person(an, bn) else 0.0


def _role_outcomes(gold: Any, pred: Any) -> list[Outcome]:
    """people.role for one matched person: both null counts as a hit."""
    g, p = _present(gold), _present(pred)
    if g is None and p is None:
        return [Outcome("people.role", "hit", None, None)]
    return score_slot("people.role", g, p, same_org)


def score_people(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[Outcome]:
    """people as a set of names, plus the informational people.role over matched people."""
    gold = [g for g in gold if _present(g.get("name")) is not None]
    pred = [p for p in pred if _present(p.get("name")) is not None]
    pairs = match_one_to_one(gold, pred, _name_sim, 1.0)
    out = [Outcome("people", "hit", gold[i]["name"], pred[j]["name"]) for i, j in pairs]
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    out += [
        Outcome("people", "fp", None, p["name"]) for j, p in enumerate(pred) if j not in matched_p
    ]
    out += [
        Outcome("people", "miss", g["name"], None) for i, g in enumerate(gold) if i not in matched_g
    ]
    for i, j in pairs:
        out += _role_outcomes(gold[i].get("role"), pred[j].get("role"))
    return out


def score_article(gold: dict[str, Any], pred: dict[str, Any]) -> list[Outcome]:
    """Every slot outcome of one article ({} stands for a missing prediction)."""
    out = score_slot("published", gold.get("published"), pred.get("published"), same_published)
    out += score_slot("author", gold.get("author"), pred.get("author"), same_person)
    out += score_slot("province", gold.get("province"), pred.get("province"), same_province)
    out += score_blocs(gold.get("blocs") or [], pred.get("blocs") or [])
    out += score_people(gold.get("people") or [], pred.get("people") or [])
    return out


# --- validation ------------------------------------------------------------------------------

_STR = {"type": ["string", "null"]}
_INT = {"type": ["integer", "null"]}
_ROLE = {"type": ["object", "null"], "properties": {"org": _STR, "year": _INT}}
RECORD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "published": _STR,
        "author": _STR,
        "province": _STR,
        "blocs": {
            "type": ["array", "null"],
            "items": {
                "type": "object",
                "properties": {
                    "name": _STR,
                    "event": {
                        "type": ["object", "null"],
                        "properties": {"type": _STR, "date": _STR, "period": _STR},
                    },
                    "leader": _ROLE,
                    "deputy_leader": _ROLE,
                    "next_leader": _ROLE,
                    "member_count": _INT,
                    "members": {"type": ["array", "null"], "items": _STR},
                    "awards": {
                        "type": ["array", "null"],
                        "items": {
                            "type": "object",
                            "properties": {
                                "award": _STR,
                                "issuer": _STR,
                                "count": _INT,
                                "status": _STR,
                            },
                        },
                    },
                },
            },
        },
        "people": {
            "type": ["array", "null"],
            "items": {"type": "object", "properties": {"name": _STR, "role": _STR}},
        },
    },
}


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The record schema's validator (jsonschema is imported here: `extract` never needs it)."""
    import jsonschema

    return jsonschema.Draft202012Validator(RECORD_SCHEMA)


def check_record(record: Any, where: str) -> dict[str, Any]:
    """Return the record, or raise EvalError naming `where` and the bad key."""
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a record must be a JSON object, not {type(record).__name__}.")
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(record))
    if error is not None:
        path = ".".join(str(p) for p in error.absolute_path) or "(record)"
        raise EvalError(
            f"{where}: {path}: {error.message}. Fix it so the record follows FORMAT.md "
            "(null for an unknown value, [] for an empty list)."
        )
    return record


# --- aggregation ---------------------------------------------------------------------------


def _aggregate(
    article_id: str,
    outcomes: list[Outcome],
    counts: dict[str, FieldScore],
    details: list[dict[str, Any]],
) -> None:
    """Add one article's outcomes to the per-field counts and the error details."""
    for o in outcomes:
        score = counts[o.field]
        if o.kind == "hit":
            score.hits += 1
            continue
        if o.kind == "fp":
            score.fp += 1
        else:
            score.miss += 1
        details.append(
            {"id": article_id, "field": o.field, "gold": o.gold, "pred": o.pred, "kind": o.kind}
        )


def score_records(
    gold: dict[str, dict[str, Any]],
    pred: dict[str, dict[str, Any]],
    ids: Collection[str] | None = None,
) -> EvalReport:
    """Score predictions against gold, both keyed by article id (the pure core of `score`).

    With `ids`, only the gold articles with those ids are scored; the other gold articles
    are left out (listed in `unscored_gold`, not in `missing_predictions`). Ids without gold
    are ignored.
    """
    unscored: list[str] = []
    if ids is not None:
        wanted = set(ids)
        unscored = sorted(k for k in gold if k not in wanted)
        gold = {k: v for k, v in gold.items() if k in wanted}
    counts = {f: FieldScore(f, informational=f in INFORMATIONAL_FIELDS) for f in FIELDS}
    details: list[dict[str, Any]] = []
    for article_id in sorted(gold):
        g = check_record(gold[article_id], f"gold record {article_id!r}")
        p = check_record(pred.get(article_id, {}), f"prediction {article_id!r}")
        _aggregate(article_id, score_article(g, p), counts, details)
    fields = [counts[f] for f in FIELDS]
    scored = [f for f in fields if not f.informational]
    micro = FieldScore(
        "micro",
        hits=sum(f.hits for f in scored),
        fp=sum(f.fp for f in scored),
        miss=sum(f.miss for f in scored),
    )
    return EvalReport(
        fields=fields,
        micro=micro,
        articles_scored=len(gold),
        missing_predictions=sorted(set(gold) - set(pred)),
        extra_predictions=sorted(set(pred) - set(gold) - set(unscored)),
        details=details,
        unscored_gold=unscored,
    )


# --- files -------------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Read `<id>.json` gold records from a folder (other files are ignored), keyed by stem."""
    if not gold_dir.is_dir():
        raise EvalError(
            f"gold folder {gold_dir} does not exist. Pass the folder of <id>.json files."
        )
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"{path}: cannot read gold record ({exc}). Fix or remove it.") from exc
        gold[path.stem] = check_record(record, str(path))
    if not gold:
        raise EvalError(f"no <id>.json gold records in {gold_dir}. Pass the gold folder.")
    return gold


def load_predictions(records_path: Path) -> dict[str, dict[str, Any]]:
    """Read a records JSONL (one FORMAT.md record per line, blank lines skipped), keyed by id."""
    try:
        text = records_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(
            f"cannot read predictions {records_path} ({exc}). Pass the records.jsonl that "
            "`thidua extract` wrote."
        ) from exc
    pred: dict[str, dict[str, Any]] = {}
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{records_path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(
                f"{where}: not a JSON object ({exc.msg}). Each line must be one complete record."
            ) from exc
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise EvalError(f'{where}: each line must be a JSON object with a string "id".')
        record_id = record["id"]
        if record_id in first_line:
            raise EvalError(
                f"{where}: id {record_id!r} repeats line {first_line[record_id]}. "
                "Keep one record per article."
            )
        first_line[record_id] = lineno
        pred[record_id] = check_record(record, where)
    return pred


def score(
    gold_dir: Path,
    records_path: Path,
    *,
    only_predicted: bool = False,
    ids: Collection[str] | None = None,
) -> EvalReport:
    """Score a records JSONL against a folder of gold `<id>.json` records.

    `only_predicted` scores only the gold articles that have a prediction (one corpus set
    out of a gold folder that holds several); `ids` scores only the gold articles with those
    ids, so one without a prediction still counts as all misses. Given both, both apply.
    """
    gold = load_gold(Path(gold_dir))
    pred = load_predictions(Path(records_path))
    if only_predicted:
        ids = set(pred) if ids is None else set(ids) & set(pred)
    return score_records(gold, pred, ids)


# --- output ------------------------------------------------------------------------------------


def _row(s: FieldScore, width: int) -> str:
    """One aligned table row."""
    name = s.field + ("*" if s.informational else "")
    return (
        f"{name:<{width}} {s.hits:>6} {s.fp:>6} {s.miss:>6} "
        f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
    )


def format_report(report: EvalReport) -> str:
    """Aligned plain-text table: field, hits, fp, miss, P, R, F1, then the micro row."""
    width = max(len(f.field) + 1 for f in [*report.fields, report.micro])
    header = f"{'field':<{width}} {'hits':>6} {'fp':>6} {'miss':>6} {'P':>6} {'R':>6} {'F1':>6}"
    rule = "-" * len(header)
    lines = [
        header,
        rule,
        *(_row(f, width) for f in report.fields),
        rule,
        _row(report.micro, width),
    ]
    if any(f.informational for f in report.fields):
        lines.append("* informational, not in the micro total")
    lines.append(f"articles scored: {report.articles_scored}")
    if report.unscored_gold:
        lines.append(
            f"gold articles left out (outside the ids scored): {len(report.unscored_gold)}"
        )
    for label, ids in (
        ("missing predictions", report.missing_predictions),
        ("predictions without gold (ignored)", report.extra_predictions),
    ):
        if ids:
            shown = ", ".join(ids[:10]) + (f", ... ({len(ids)} in all)" if len(ids) > 10 else "")
            lines.append(f"{label}: {shown}")
    return "\n".join(lines)


def _score_json(s: FieldScore) -> dict[str, Any]:
    """One field's counts and rates as a JSON-ready dict."""
    return {
        "field": s.field,
        "hits": s.hits,
        "fp": s.fp,
        "miss": s.miss,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "informational": s.informational,
    }


def report_to_json(report: EvalReport) -> dict[str, Any]:
    """The whole report as a JSON-ready dict."""
    return {
        "fields": [_score_json(f) for f in report.fields],
        "micro": _score_json(report.micro),
        "articles_scored": report.articles_scored,
        "missing_predictions": list(report.missing_predictions),
        "extra_predictions": list(report.extra_predictions),
        "unscored_gold": list(report.unscored_gold),
        "details": list(report.details),
    }
