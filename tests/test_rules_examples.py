"""Every inline example of every rule file runs through the code that applies the rule."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from extract import rules
from extract.evaluate import (
    run_abbreviation_examples,
    run_eval_matching_examples,
    run_province_alias_examples,
)
from extract.facts import extract_facts
from extract.facts.enumeration import read_items, spread
from extract.facts.tables import find_tables
from extract.html.dates import page_date_from_url
from extract.html.legacy import fix_legacy_text, to_unicode
from extract.html.pagekind import page_kind_of_html, url_kind
from extract.model import Article, Facts
from extract.nlp.blocs import find_bloc_mentions
from extract.nlp.dates import find_dates
from extract.nlp.gazetteer import find_provinces, province_from_dateline, province_from_url
from extract.nlp.orgs import find_orgs
from extract.nlp.people import find_people
from extract.nlp.relevance import is_relevant
from extract.nlp.tagger import tag
from extract.output.linking import canonical_org_name, link_bloc, link_org
from extract.sources import Source, source_from_entries
from extract.text.normalize import normalize
from extract.urls import canonical_url, host_of

Example = dict[str, Any]


def article(text: str) -> Article:
    """An Article from a rule example's text (first line = title)."""
    norm = normalize(text).text.strip()
    first = norm.split("\n", 1)[0]
    return Article(id="example", text=norm, title=first, title_span=(0, len(first)))


def facts(text: str) -> Facts:
    """Extract facts from an example text."""
    return extract_facts(article(text))


def check_residue(ex: Example) -> None:
    assert normalize(ex["text"]).text.strip() == ex["expect"]


def check_dates(ex: Example) -> None:
    assert [d.value for d in find_dates(ex["text"])] == ex["expect"]


def check_provinces(ex: Example) -> None:
    hits = find_provinces(ex["text"])
    assert hits, f"no province in {ex['text']!r}"
    assert hits[0].province.name == ex["expect"]
    assert hits[0].province.successor_2025 == ex["successor_2025"]


def check_sites(ex: Example) -> None:
    prov = province_from_url(ex["url"])
    assert (prov.name if prov else None) == ex["expect"]


def check_datelines(ex: Example) -> None:
    hit = province_from_dateline(ex["text"])
    assert (hit[0].name if hit else None) == ex["expect"]


def check_orgs(ex: Example) -> None:
    assert [o.name for o in find_orgs(ex["text"])] == ex["expect"]


def check_blocs(ex: Example) -> None:
    names = list(dict.fromkeys(b.name for b in find_bloc_mentions(ex["text"])))
    assert names == ex["expect"]


def check_people(ex: Example) -> None:
    assert [[p.name, p.role] for p in find_people(ex["text"])] == ex["expect"]


def check_event(ex: Example) -> None:
    event = facts(ex["text"]).blocs[0].event
    assert {"type": event.type, "date": event.date, "period": event.period} == ex["expect"]


def check_roles(ex: Example) -> None:
    # Every role slot is checked: one the example does not name must stay empty.
    bloc = facts(ex["text"]).blocs[0]
    for role in ("leader", "deputy_leader", "next_leader"):
        got = getattr(bloc, role)
        assert (got and {"org": got.org, "year": got.year}) == ex["expect"].get(role), role


def check_org_names(ex: Example) -> None:
    items = spread(read_items(ex["text"], 0, len(ex["text"])), None, bool(ex.get("plural")))
    assert [i.name for i in items] == ex["expect"]


def check_name_words(ex: Example) -> None:
    # Grammar words steer several readers: each example names the ones it checks.
    text = ex["text"]
    checked = {"orgs", "blocs", "provinces", "counts"} & set(ex)
    assert checked, "a name_words.yaml example names what it checks"
    if "orgs" in ex:
        assert [o.name for o in find_orgs(text)] == ex["orgs"]
    if "blocs" in ex:
        assert list(dict.fromkeys(b.name for b in find_bloc_mentions(text))) == ex["blocs"]
    if "provinces" in ex:
        names = list(dict.fromkeys(h.province.name for h in find_provinces(text)))
        assert names == ex["provinces"]
    if "counts" in ex:
        assert [m.value for m in tag(text).counts] == ex["counts"]


def check_members(ex: Example) -> None:
    bloc = facts(ex["text"]).blocs[0]
    got = {"member_count": bloc.member_count, "members": bloc.members}
    assert {k: got[k] for k in ex["expect"]} == ex["expect"]


def check_tables(ex: Example) -> None:
    text = ex["text"]
    tables = find_tables(text)
    rows = tables[0].rows if tables else ()
    got = [[text[slice(*r.unit)], text[slice(*r.note)] if r.note else None] for r in rows]
    assert got == ex["expect"]


def check_awards(ex: Example) -> None:
    awards = facts(ex["text"]).blocs[0].awards
    got = [[a.award, a.issuer, a.count, a.status] for a in awards]
    assert got == ex["expect"]["awards"]


def check_scope(ex: Example) -> None:
    assert facts(ex["text"]).province == ex["expect"]["province"]


def check_legacy_table(ex: Example) -> None:
    assert to_unicode(ex["legacy"], ex["encoding"]) == ex["expect"]


def check_legacy_detection(ex: Example) -> None:
    assert fix_legacy_text(ex["text"]) == (ex["expect"], ex["encoding"])


def check_url_dates(ex: Example) -> None:
    assert page_date_from_url(ex["url"]) == ex["expect"]


def check_urls(ex: Example) -> None:
    assert canonical_url(ex["url"]) == ex["expect"]


def check_page_kinds(ex: Example) -> None:
    if "html" in ex:
        assert page_kind_of_html(ex["html"], ex.get("url")).kind == ex["expect"]
    else:
        found = url_kind(ex["url"])
        assert (found.kind if found else None) == ex["expect"]


def check_relevance(ex: Example) -> None:
    assert is_relevant(ex["text"]) == ex["expect"]


def check_families(ex: Example) -> None:
    entries = {
        "name": "example",
        "domains": [host_of(ex["url"])],
        "family": ex["family"],
        "start": {"home": [ex["url"]]},
    }
    assert source_from_entries(entries, "example").classify(ex["url"]) == ex["expect"]


def check_linking(ex: Example) -> None:
    article = ex.get("article", "")
    if ex["kind"] == "bloc":
        orgs = tuple(ex.get("orgs", ()))
        assert link_bloc(ex["name"], ex["province"], article, orgs).bloc_id == ex["expect"]
    else:
        assert link_org(ex["name"], ex["province"], article).org_id == ex["expect"]


def check_org_aliases(ex: Example) -> None:
    link = link_org(ex["name"], ex["province"], "example")
    assert link.org_id == ex["expect"]
    assert canonical_org_name(link, Counter({ex["name"]: 1})) == ex["canonical"]


@cache
def _source(name: str) -> Source:
    return source_from_entries(rules.load(name).entries, name)


def check_source(name: str) -> Callable[[Example], None]:
    def run(ex: Example) -> None:
        assert _source(name).classify(canonical_url(ex["url"])) == ex["expect"], ex["url"]

    return run


RUNNERS: dict[str, Callable[[Example], None]] = {
    "residue.yaml": check_residue,
    "dates.yaml": check_dates,
    "provinces.tsv": check_provinces,
    "sites.tsv": check_sites,
    "datelines.tsv": check_datelines,
    "org_types.yaml": check_orgs,
    "org_names.yaml": check_org_names,
    "name_words.yaml": check_name_words,
    "stopwords.yaml": check_blocs,
    "blocs.yaml": check_blocs,
    "people.yaml": check_people,
    "events.yaml": check_event,
    "roles.yaml": check_roles,
    "members.yaml": check_members,
    "tables.yaml": check_tables,
    "awards.yaml": check_awards,
    "scope.yaml": check_scope,
    "legacy_encodings.tsv": check_legacy_table,
    "legacy_detection.yaml": check_legacy_detection,
    "url_dates.yaml": check_url_dates,
    "urls.yaml": check_urls,
    "relevance.yaml": check_relevance,
    "page_kinds.yaml": check_page_kinds,
    "site_families.yaml": check_families,
    "linking.yaml": check_linking,
    "org_aliases.yaml": check_org_aliases,
}
# Every crawl source file (rules/sources/*.yaml) runs its URL examples through `classify`.
RUNNERS.update(
    {name: check_source(name) for name in rules.all_rule_files() if name.startswith("sources/")}
)
# Files whose examples run in their own module's tests.
ELSEWHERE = {
    "abbreviations.yaml": "run_abbreviation_examples (below)",
    "province_aliases.yaml": "run_province_alias_examples (below)",
    "eval_matching.yaml": "run_eval_matching_examples (below)",
    "page_dates.yaml": "tests/test_html.py",
    "bylines.yaml": "tests/test_html.py",
    "page_titles.yaml": "tests/test_html.py",
}

CASES = [
    pytest.param(name, ex, id=f"{name}:{i}")
    for name in sorted(RUNNERS)
    for i, ex in enumerate(rules.load(name).examples)
]


@pytest.mark.parametrize(("name", "example"), CASES)
def test_rule_example(name: str, example: Example) -> None:
    """A rule file's inline example gives the stated result."""
    RUNNERS[name](example)


def test_every_rule_file_has_a_runner_and_examples() -> None:
    """A new rule file must come with examples and a way to run them."""
    for name in rules.all_rule_files():
        assert name in RUNNERS or name in ELSEWHERE, f"rules/{name} has no example runner"
        assert rules.load(name).examples, f"rules/{name} has no inline examples"


def test_scorer_rule_examples() -> None:
    """Abbreviation, province-alias and name-matching examples (used by the scorer)."""
    assert run_abbreviation_examples() == []
    assert run_province_alias_examples() == []
    assert run_eval_matching_examples() == []
