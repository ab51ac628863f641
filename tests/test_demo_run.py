"""`thidua run` with no arguments: the bundled demo sites, crawled offline, scored on gold."""

from __future__ import annotations

import json
from pathlib import Path

from sitekit import ROOT, thidua

from extract.evaluate import score
from extract.jobs import demo_server

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


def _ids(folder: Path) -> set[str]:
    """Record ids of a dataset folder."""
    lines = (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(x)["id"] for x in lines}


def test_no_phantom_articles_on_any_input_path(demo_dataset: Path, tmp_path: Path) -> None:
    """Home and listing pages of every demo site family never become records, on any path.

    They carry the headlines and summaries of bloc articles, so read as articles they would
    add records and invent blocs (the WARC files hold every page the crawl fetched).
    """
    gold_ids = {p.stem for p in GOLD.glob("*.json")}
    store = demo_dataset / "store"
    warcs = [str(p) for p in sorted((store / "warc").glob("*.warc.gz"))]
    for name, inputs in {"store": [str(store)], "warc": warcs}.items():
        proc = thidua("extract", *inputs, "--out", str(tmp_path / name), "--no-progress")
        assert proc.returncode == 0, proc.stderr
        assert _ids(tmp_path / name) == gold_ids, name
        assert "home or listing pages" in proc.stdout


def test_generic_crawls_of_each_site_family_keep_only_articles(tmp_path: Path) -> None:
    """`thidua run URL` (no source file): listings found by following links are not records."""
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD.glob("*.json")]
    with demo_server() as (server, sources):
        for source in sources:
            host = source.domains[0]
            out = tmp_path / host
            proc = thidua("run", f"http://{host}/", "--proxy", server.base_url, "--out", str(out))
            assert proc.returncode == 0, proc.stderr
            wanted = {g["id"] for g in gold if host in str(g.get("url", ""))}
            got = _ids(out)
            assert got and got <= wanted, (host, got - wanted)
