"""`thidua run` with no arguments: the bundled demo sites, crawled offline, scored on gold."""

from __future__ import annotations

import json
from pathlib import Path

from sitekit import ROOT, thidua

from extract.evaluate import score

GOLD = ROOT / "corpora" / "sites" / "gold"


def test_run_without_arguments_crawls_the_demo_sites(tmp_path: Path) -> None:
    out = tmp_path / "data"
    first = thidua("run", "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert "demo sites" in first.stdout
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    gold_ids = {p.stem for p in GOLD.glob("*.json")}
    # every bloc article of the four sites, nothing else (other news is filtered out)
    assert {r["id"] for r in records} == gold_ids
    assert all(r["url"].startswith("http://") for r in records)
    report = score(GOLD, out / "records.jsonl")
    assert report.micro.f1 >= 0.9, report.micro
    for table in ("articles", "blocs", "members", "awards", "errors"):
        assert (out / f"{table}.parquet").is_file() and (out / f"{table}.csv").is_file()
    run_report = json.loads(next((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    assert run_report["new_articles"] == len(gold_ids)
    assert run_report["errors"] == 0 and run_report["failed_sources"] == []

    second = thidua("run", "--out", str(out))
    assert second.returncode == 0, second.stderr
    again = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    assert [r["id"] for r in again] == [r["id"] for r in records]
    reports = sorted((out / "runs").glob("*.json"))
    last = json.loads(reports[-1].read_text(encoding="utf-8"))
    assert last["new_articles"] == 0 and last["pages_stored"] == 0
    assert last["not_modified"] >= len(gold_ids)
