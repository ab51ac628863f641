"""Derived tables (bloc_years, award_counts, entities, derived_evidence) and the data dictionary."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract.evaluate import (
    BLOC_THRESHOLD,
    bloc_similarity,
    match_one_to_one,
    same_org,
)
from extract.output.derived import analyst_tables, bloc_year
from extract.output.linking import bloc_orgs, link_bloc, org_id, record_bloc_id
from extract.output.tables import DATE, DERIVED_SCHEMAS, INT, SCHEMAS, TIMESTAMP, build_tables
from extract.output.writers import write_dataset
from extract.runner import run_extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
ROLES = ("leader", "deputy_leader", "next_leader")


def record(rid: str, year: int, **bloc: Any) -> dict[str, Any]:
    """A made-up record of one bloc of Lâm Đồng reporting on `year`."""
    text = f"Khối thi đua các hội đặc thù năm {year}\n\nHội Nhà báo tỉnh là Khối trưởng."
    base = {
        "name": "Khối thi đua các hội đặc thù",
        "event": {"type": "year_end_review", "date": None, "period": str(year)},
        "leader": None,
        "deputy_leader": None,
        "next_leader": None,
        "member_count": None,
        "members": [],
        "awards": [],
    }
    return {
        "id": rid,
        "title": text.split("\n", 1)[0],
        "published": None,
        "author": None,
        "province": "Lâm Đồng",
        "blocs": [{**base, **bloc}],
        "people": [],
        "text": text,
        "evidence": {"blocs": [{"name": [0, 28], "leader": [len(text) - 32, len(text)]}]},
    }


def role(org: str, year: int | None) -> dict[str, Any]:
    """A leader/deputy/next-leader object."""
    return {"org": org, "year": year}


def award(kind: str, count: int | None, status: str = "conferred") -> dict[str, Any]:
    """An award group of the province."""
    return {"award": kind, "issuer": "province", "count": count, "status": status,
            "year": None, "recipients": []}  # fmt: skip


BLOC = "bloc:lam-dong:khoi-hoi-dac-thu"


def years(records: list[dict[str, Any]]) -> pd.DataFrame:
    """bloc_years indexed by year."""
    return analyst_tables(records)["bloc_years"].set_index("year")


# --- reconciliation -----------------------------------------------------------------------


def test_next_leader_fills_the_following_year() -> None:
    rows = years([record("a2022", 2022, leader=role("Hội Luật gia tỉnh", 2022),
                         next_leader=role("Hội Nhà báo tỉnh", 2023))])  # fmt: skip
    assert list(rows.index) == [2022, 2023]
    assert rows.loc[2022, "leader_org"] == "Hội Luật gia tỉnh"
    assert rows.loc[2022, "next_leader_org_id"] == "org:lam-dong:hoi-nha-bao"
    assert rows.loc[2023, "leader_org_id"] == "org:lam-dong:hoi-nha-bao"
    assert rows.loc[2023, "leader_source"] == "next_leader"
    assert rows.loc[2023, "n_articles"] == 1 and rows.loc[2023, "conflicts"] == 0


def test_direct_statement_wins_and_disagreement_is_counted() -> None:
    records = [
        record("a2022", 2022, next_leader=role("Hội Nhà báo tỉnh", None)),  # year from period
        record("a2023", 2023, leader=role("Hội Luật gia tỉnh", 2023), member_count=9),
        record("b2023", 2023, leader=role("Hội Luật gia", None), member_count=8),
    ]
    table = analyst_tables(records)
    rows = table["bloc_years"].set_index("year")
    assert rows.loc[2023, "leader_org_id"] == "org:lam-dong:hoi-luat-gia"
    assert rows.loc[2023, "leader_source"] == "leader"
    assert rows.loc[2023, "member_count"] == 9  # tie between 9 and 8: first article id
    assert rows.loc[2023, "conflicts"] == 2  # the 2022 next leader, and the count 8
    assert rows.loc[2023, "n_articles"] == 3
    ev = table["derived_evidence"]
    ev23 = ev[ev["row_id"] == rows.loc[2023, "row_id"]]
    leader = ev23[ev23["field"] == "leader_org"].set_index("article_id")["status"].to_dict()
    assert leader == {"a2022": "conflict", "a2023": "used", "b2023": "agrees"}


def test_deputy_and_unknown_year() -> None:
    undated = record("u", 2020, deputy_leader=role("Hội Khuyến học", None))
    undated["blocs"][0]["event"]["period"] = None
    rows = analyst_tables([undated])["bloc_years"]
    assert len(rows) == 1 and pd.isna(rows.loc[0, "year"])
    assert rows.loc[0, "deputy_leader_org_id"] == "org:lam-dong:hoi-khuyen-hoc"


def test_bloc_year_fallbacks() -> None:
    rec = record("r", 2021)
    bloc = rec["blocs"][0]
    assert bloc_year(bloc, rec) == 2021
    bloc["event"] = {"type": "other", "date": "2022-03-04", "period": "2022-2023"}
    assert bloc_year(bloc, rec) == 2022
    bloc["event"] = {"type": "other", "date": "2019-12-01", "period": None}
    assert bloc_year(bloc, rec) == 2019
    bloc["event"] = {"type": "other", "date": None, "period": None}
    rec["published"] = "2018-01-02T08:00:00"
    assert bloc_year(bloc, rec) == 2018


def test_award_counts_do_not_double_count_two_reports() -> None:
    records = [
        record("a", 2023, awards=[award("bang_khen", 2), award("bang_khen", 3),
                                  award("co_thi_dua", 1, "proposed")]),
        record("b", 2023, awards=[award("bang_khen", 4)]),
    ]  # fmt: skip
    table = analyst_tables(records)
    counts = table["award_counts"].set_index(["award", "status"])
    assert counts.loc[("bang_khen", "conferred"), "total"] == 5  # 2 + 3 in one article, not + 4
    assert counts.loc[("bang_khen", "conferred"), "n_groups"] == 3
    assert counts.loc[("bang_khen", "conferred"), "n_articles"] == 2
    assert counts.loc[("co_thi_dua", "proposed"), "total"] == 1
    assert set(counts["bloc_id"]) == {BLOC} and set(counts["province"]) == {"Lâm Đồng"}
    assert set(counts["year"]) == {2023}
    ev = table["derived_evidence"]
    assert set(ev[ev["table"] == "award_counts"]["row_id"]) == set(counts["row_id"])


def test_derived_tables_ignore_record_order() -> None:
    records = [
        record("a", 2022, leader=role("Hội Luật gia tỉnh", 2022), awards=[award("giay_khen", 2)]),
        record("b", 2022, leader=role("Hội Nhà báo tỉnh", 2022)),
        record("c", 2023, next_leader=role("Hội Đông y tỉnh", 2024)),
    ]
    first = analyst_tables(records)
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    shuffled.reverse()
    for name, df in analyst_tables(shuffled).items():
        pd.testing.assert_frame_equal(df, first[name])


def test_empty_records_give_empty_tables_with_schema() -> None:
    for name, df in analyst_tables([]).items():
        assert df.empty and list(df.columns) == [c for c, _ in DERIVED_SCHEMAS[name]]


def test_write_dataset_writes_derived_tables(tmp_path: Path) -> None:
    records = [record("a", 2022, leader=role("Hội Luật gia tỉnh", 2022))]
    write_dataset(tmp_path, records, build_tables(records))
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    for name in DERIVED_SCHEMAS:
        assert (tmp_path / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        assert pq.read_schema(tmp_path / f"{name}.parquet").names == [
            c for c, _ in DERIVED_SCHEMAS[name]
        ]
        assert f"{name}.parquet" in manifest["files"] and name in manifest["counts"]
    schema = pq.read_schema(tmp_path / "bloc_years.parquet")
    assert str(schema.field("year").type) == "int64"
    back = pd.read_csv(tmp_path / "bloc_years.csv", encoding="utf-8-sig")
    assert back.loc[0, "leader_org"] == "Hội Luật gia tỉnh"


# --- corpora: one value per cell, traceability, agreement with gold -----------------------


@pytest.fixture(scope="module")
def shared_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared corpus (seeds + dev) extracted once."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    out = tmp_path_factory.mktemp("shared_derived")
    run_extract([SHARED / "seeds", SHARED / "dev"], out, max_bytes=5_000_000, progress=False)
    return out


def _read(dataset: Path, name: str) -> pd.DataFrame:
    """A table from its Parquet file."""
    return pd.read_parquet(dataset / f"{name}.parquet")


def _records(dataset: Path) -> list[dict[str, Any]]:
    """records.jsonl of a dataset."""
    lines = (dataset / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _check_dataset(dataset: Path) -> None:
    """Every cell holds one value and every derived row is traced to spans in its articles."""
    for name in [*SCHEMAS, *DERIVED_SCHEMAS]:
        schema = pq.read_schema(dataset / f"{name}.parquet")
        # Parquet keeps timestamps in milliseconds.
        allowed = {"string", "int64", "date32[day]", "timestamp[ms]"}
        assert {str(t) for t in schema.types} <= allowed, name
        df = _read(dataset, name)
        for col in df.columns:
            if df[col].dtype != "string":
                continue
            for cell in df[col].dropna():
                if cell[:1] in "[{":
                    with pytest.raises(ValueError):
                        json.loads(cell)  # a list or object in one cell
    years = _read(dataset, "bloc_years")
    assert not years.duplicated(["bloc_id", "year"]).any()
    assert set(years["bloc_id"]) == set(_read(dataset, "blocs")["bloc_id"])
    entities = _read(dataset, "entities")
    ids = set(entities["entity_id"])
    for table, cols in [("members", ["org_id", "bloc_id"]), ("award_recipients", ["org_id"]),
                        ("blocs", ["leader_org_id", "next_leader_org_id", "bloc_id"])]:  # fmt: skip
        for col in cols:
            assert set(_read(dataset, table)[col].dropna()) <= ids, (table, col)
    ev = _read(dataset, "derived_evidence")
    assert set(years["row_id"]) <= set(ev["row_id"])
    assert set(_read(dataset, "award_counts")["row_id"]) <= set(ev["row_id"])
    texts = _read(dataset, "articles").set_index("article_id")["text"]
    spans = ev.dropna(subset=["evidence_start"])
    assert len(spans) > len(years)
    for _, row in spans.iterrows():
        assert 0 <= row["evidence_start"] < row["evidence_end"] <= len(texts[row["article_id"]])
    with_leader = years.dropna(subset=["leader_org"])
    for _, row in with_leader.iterrows():
        used = ev[(ev["row_id"] == row["row_id"]) & (ev["field"] == "leader_org")
                  & (ev["status"] == "used")]  # fmt: skip
        assert used["value"].tolist() == [row["leader_org"]]


def test_own_corpus_dataset_is_consistent(corpus_dataset: Path) -> None:
    _check_dataset(corpus_dataset)


def test_demo_dataset_is_consistent(demo_dataset: Path) -> None:
    _check_dataset(demo_dataset)


def test_shared_corpus_dataset_is_consistent(shared_dataset: Path) -> None:
    _check_dataset(shared_dataset)


@dataclass
class Agreement:
    """Counts of one bloc_years field against the gold."""

    hits: int = 0
    wrong: int = 0
    missing: int = 0
    extra: int = 0
    same_id: int = 0  # predicted org id equals the id the gold name gets in the gold's article
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Right values over predicted values."""
        n = self.hits + self.wrong + self.extra
        return self.hits / n if n else 1.0

    @property
    def recall(self) -> float:
        """Right values over gold values."""
        n = self.hits + self.wrong + self.missing
        return self.hits / n if n else 1.0


def _bloc_sim(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Bloc name similarity as the scorer pairs blocs (a numbered name with its qualifier too)."""
    return bloc_similarity(a.get("name") or "", b.get("name") or "")


def expected_roles(
    gold_dir: Path, predicted: list[dict[str, Any]], ids: set[str] | None = None
) -> dict[tuple[Any, ...], Any]:
    """(bloc_id, year, field) -> [(gold org, gold org id)] built from the gold records.

    Gold blocs take the id of the predicted bloc they pair with (by name, as the scorer
    pairs them), so the comparison is about leaders, not about bloc names. With `ids`, only
    those gold records are read (the shared gold folder also holds other sets).
    """
    by_id = {r["id"]: r for r in predicted}
    direct: dict[tuple[Any, ...], list[tuple[str, str | None]]] = defaultdict(list)
    indirect: dict[tuple[Any, ...], list[tuple[str, str | None]]] = defaultdict(list)
    for path in sorted(gold_dir.glob("*.json")):
        if ids is not None and path.stem not in ids:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = by_id.get(gold["id"], {"id": gold["id"], "blocs": []})
        pairs = dict(match_one_to_one(gold["blocs"], pred["blocs"], _bloc_sim, BLOC_THRESHOLD))
        for i, bloc in enumerate(gold["blocs"]):
            if i in pairs:
                bid = record_bloc_id(pred, pairs[i])
            else:
                orgs = bloc_orgs(bloc)
                bid = link_bloc(bloc["name"], gold["province"], gold["id"], orgs).bloc_id
            base = bloc_year(bloc, gold)
            for name in ROLES:
                value = bloc.get(name)
                if not value:
                    continue
                year = value.get("year")
                if year is None and base is not None:
                    year = base + 1 if name == "next_leader" else base
                gid = org_id(value["org"], gold["province"], gold["id"])
                if name == "next_leader":
                    direct[(bid, None if year is None else year - 1, name)].append(
                        (value["org"], gid)
                    )
                    if year is not None:
                        indirect[(bid, year, "leader")].append((value["org"], gid))
                else:
                    direct[(bid, year, name)].append((value["org"], gid))
    for key, values in indirect.items():
        if key not in direct:
            direct[key] = values
    return dict(direct)


def agreement(gold_dir: Path, dataset: Path, ids: set[str] | None = None) -> dict[str, Agreement]:
    """Per role, how bloc_years agrees with the gold (org names at the scorer's similarity)."""
    expected = expected_roles(gold_dir, _records(dataset), ids)
    rows = _read(dataset, "bloc_years")
    out = {name: Agreement() for name in ROLES}
    predicted: dict[tuple[Any, ...], tuple[str, str]] = {}
    for _, row in rows.iterrows():
        year = None if pd.isna(row["year"]) else int(row["year"])
        for name in ROLES:
            if not pd.isna(row[f"{name}_org"]):
                predicted[(row["bloc_id"], year, name)] = (
                    row[f"{name}_org"],
                    row[f"{name}_org_id"],
                )
    for key, golds in expected.items():
        score = out[key[2]]
        if key not in predicted:
            score.missing += 1
            score.details.append(f"missing {key}: {golds[0][0]}")
            continue
        org, oid = predicted[key]
        if any(same_org(g, org) for g, _ in golds):
            score.hits += 1
        else:
            score.wrong += 1
            score.details.append(f"wrong {key}: {org} (gold {golds[0][0]})")
        score.same_id += any(gid == oid for _, gid in golds)
    for key, (org, _) in predicted.items():
        if key not in expected:
            out[key[2]].extra += 1
            out[key[2]].details.append(f"extra {key}: {org}")
    return out


def _report(label: str, scores: dict[str, Agreement]) -> None:
    """Print the agreement (shown with `pytest -s`)."""
    for name, s in scores.items():
        counts = f"hits {s.hits} wrong {s.wrong} missing {s.missing} extra {s.extra}"
        print(f"{label} {name}: {counts} P {s.precision:.3f} R {s.recall:.3f} id {s.same_id}")
        for line in s.details:
            print("   ", line)


# Measured when written (hits/wrong/missing/extra): own leader 51/0/6/0, deputy 8/0/0/0, next
# 12/0/2/0; shared leader 39/0/0/0, deputy 7/1/1/0, next 6/0/0/0. Every miss is a role the
# extractor did not find in the article; the one wrong value ("Liên hiệp hội" for "Liên hiệp
# các Hội Khoa học và Kỹ thuật") has the gold's org id. The bars leave room for one more miss.
BARS = {"leader": (0.95, 0.85), "deputy_leader": (0.85, 0.75), "next_leader": (0.95, 0.8)}


def _meets_bars(scores: dict[str, Agreement]) -> None:
    """Precision and recall of every role at or above its bar."""
    for name, (p, r) in BARS.items():
        assert scores[name].precision >= p, (name, scores[name].details)
        assert scores[name].recall >= r, (name, scores[name].details)


def test_bloc_years_leaders_agree_with_own_gold(corpus_dataset: Path) -> None:
    scores = agreement(ROOT / "corpora" / "gold", corpus_dataset)
    _report("own", scores)
    _meets_bars(scores)


def test_bloc_years_leaders_agree_with_demo_site_gold(demo_dataset: Path) -> None:
    # The demo dataset is what `make run` crawls: four sites of different software.
    scores = agreement(ROOT / "corpora" / "sites" / "gold", demo_dataset)
    _report("demo", scores)
    _meets_bars(scores)


def test_bloc_years_leaders_agree_with_shared_gold(shared_dataset: Path) -> None:
    # Only the seeds + dev gold: the shared gold folder also holds dev2 (c2_*).
    ids = {p.stem for folder in (SHARED / "seeds", SHARED / "dev") for p in folder.glob("*.txt")}
    scores = agreement(SHARED / "gold", shared_dataset, ids)
    _report("shared", scores)
    _meets_bars(scores)


# --- the data dictionary documents every column ---------------------------------------------

DICTIONARY = ROOT / "docs" / "DATA_DICTIONARY.md"
_SECTION = re.compile(r"^### `([a-z_]+)`", re.M)
_CELLS = re.compile(r"(?<!\\)\|")
_TYPES = {"string": "string", "Int64": INT, "date": DATE, "timestamp": TIMESTAMP}


def documented_columns(text: str) -> dict[str, dict[str, tuple[str, str]]]:
    """table -> column -> (type, example) from the markdown tables under `### \\`name\\``."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    sections = _SECTION.split(text)
    for name, body in zip(sections[1::2], sections[2::2], strict=True):
        columns: dict[str, tuple[str, str]] = {}
        for line in body.splitlines():
            if not line.startswith("|") or set(line) <= set("|- "):
                continue
            cells = [c.strip() for c in _CELLS.split(line.strip().strip("|"))]
            names = re.findall(r"`([^`]+)`", cells[0])
            if not names or len(cells) < 4:
                continue
            types = [t.strip() for t in cells[1].split(",")]
            types = types * len(names) if len(types) == 1 else types
            for col, kind in zip(names, types, strict=False):
                columns[col] = (kind, cells[3])
        out[name] = columns
    return out


def test_data_dictionary_documents_every_column() -> None:
    docs = documented_columns(DICTIONARY.read_text(encoding="utf-8"))
    problems = []
    for name, schema in [*SCHEMAS.items(), *DERIVED_SCHEMAS.items()]:
        if name not in docs:
            problems.append(f"table {name} has no `### \\`{name}\\`` section")
            continue
        for col, dtype in schema:
            if col not in docs[name]:
                problems.append(f"{name}.{col} is not documented")
                continue
            kind, example = docs[name][col]
            if _TYPES.get(kind) != dtype:
                problems.append(f"{name}.{col} is documented as {kind!r}, is {dtype}")
            if not example:
                problems.append(f"{name}.{col} has no example value")
    assert problems == [], "docs/DATA_DICTIONARY.md: " + "; ".join(problems)


def test_dictionary_parser_sees_a_missing_column() -> None:
    text = (
        "### `t` — x\n\n| column | type | meaning | example |\n|--|--|--|--|\n"
        "| `a`, `b` | string, Int64 | m | `x`, `1` |\n| `c` | Int64 | m | |\n"
    )
    columns = {"a": ("string", "`x`, `1`"), "b": ("Int64", "`x`, `1`"), "c": ("Int64", "")}
    assert documented_columns(text) == {"t": columns}
