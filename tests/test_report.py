"""`thidua report`: chart data, escaping, optional tables, and the page in headless Chromium."""

from __future__ import annotations

import html
import importlib.util
import json
import os
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract.cli import main
from extract.output.palette import FAMILIES
from extract.output.report import build_report, render_html, script_json, write_report
from extract.output.report_explore import (
    MAX_SNIP,
    build_explore,
    member_changes,
    place_label,
    sentence_bounds,
)
from extract.output.tables import ErrorRow, build_tables
from extract.output.writers import write_dataset, write_parquet

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / ".artifacts"


def _load_cdp() -> Any:
    """bench/cdp.py (a script folder, not a package): the DevTools client the bench uses too."""
    spec = importlib.util.spec_from_file_location("cdp", ROOT / "bench" / "cdp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_cdp = _load_cdp()
Browser = _cdp.Browser
CHART_IDS = [
    "articles",
    "leaders",
    "awards-award",
    "awards-issuer",
    "awards-status",
    "members",
    "coverage",
    "errors",
    "runs",
]
# Made-up hostile text: it must show as text, never become markup or script.
HOSTILE = '</script><script>document.title="pwned"</script><img src=x onerror=alert(1)> & "q"'
CHROMIUM_FLAGS = [*_cdp.HEADLESS_FLAGS, "--enable-logging=stderr", "--v=0"]


def _restamp(folder: Path) -> None:
    """Record hand-edited tables in the manifest, as a writer would (readers check sizes)."""
    path = folder / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    names = sorted(p.name for p in folder.iterdir() if p.suffix in {".parquet", ".csv", ".jsonl"})
    data["files"] = names
    data["sizes"] = {name: (folder / name).stat().st_size for name in names}
    path.write_text(json.dumps(data), encoding="utf-8")


def _runs(folder: Path) -> None:
    """Two run reports in the shape `thidua run` writes, and one broken file."""
    runs = folder / "runs"
    runs.mkdir(exist_ok=True)
    for old in runs.glob("*.json"):  # the demo's own run report; these stand in for it
        old.unlink()
    for i, started in enumerate(["2025-01-02T03:00:00Z", "2025-01-03T03:00:00Z"]):
        report = {
            "started": started,
            "finished": started.replace("03:00", "03:05"),
            "pages_fetched": 120 + i,
            "not_modified": 80,
            "new_articles": 7 - i,
            "facts": 60,
            "errors": i,
            "error_list": [
                {"input": "x.html", "stage": "read", "kind": "InputError", "message": HOSTILE}
            ]
            if i
            else [],
            "failed_sources": ["demo-site"] if i else [],
            "duration_s": 301.5,
        }
        (runs / f"run_{i}.json").write_text(json.dumps(report), encoding="utf-8")
    (runs / "broken.json").write_text("{not json", encoding="utf-8")


@pytest.fixture(scope="module")
def full_dataset(demo_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dataset plus an error row, a hostile province name and run reports."""
    folder = tmp_path_factory.mktemp("report") / "data"
    shutil.copytree(demo_dataset, folder, ignore=shutil.ignore_patterns("store"))
    errors = pd.read_parquet(folder / "errors.parquet")
    extra = build_tables([], [ErrorRow(HOSTILE, None, "read", "InputError", HOSTILE)])["errors"]
    write_parquet(folder / "errors.parquet", "errors", pd.concat([errors, extra]))
    articles = pd.read_parquet(folder / "articles.parquet")
    articles.loc[0, "province"] = HOSTILE
    write_parquet(folder / "articles.parquet", "articles", articles)
    _runs(folder)
    _restamp(folder)
    return folder


@pytest.fixture(scope="module")
def empty_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset with every table and no rows."""
    folder = tmp_path_factory.mktemp("empty") / "data"
    write_dataset(folder, [], build_tables([]))
    return folder


# --- without a browser ---------------------------------------------------------------------


def test_full_report_has_data_for_every_chart(full_dataset: Path) -> None:
    report = build_report(full_dataset)
    assert [c.id for c in report.charts] == CHART_IDS
    for chart in report.charts:
        assert chart.title and chart.x_label and chart.y_label
        assert not chart.empty, chart.id
    assert report.errors_total >= 1
    assert [r["new_articles"] for r in report.runs] == [7, 6]
    runs = next(c for c in report.charts if c.id == "runs")
    assert runs.data["categories"] == ["2025-01-02 03:00", "2025-01-03 03:00"]
    page = render_html(report)
    assert "Errors reported by these runs" in page and "demo-site" in page
    assert any("broken.json" in n for n in report.notes)


def test_empty_report_says_so_in_one_banner(empty_dataset: Path) -> None:
    report = build_report(empty_dataset)
    assert all(c.empty for c in report.charts)
    page = render_html(report)
    assert page.count('id="empty-banner"') == 1
    assert "<figure" not in page  # not nine empty boxes


def test_missing_tables_are_optional(demo_dataset: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(demo_dataset / "articles.parquet", folder)
    _restamp(folder)
    charts = {c.id: c for c in build_report(folder).charts}
    assert not charts["articles"].empty and not charts["coverage"].empty
    assert charts["leaders"].empty and charts["members"].empty and charts["errors"].empty


def test_leaders_come_from_bloc_years_when_present(demo_dataset: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(demo_dataset, folder, ignore=shutil.ignore_patterns("store"))
    bloc_years = pd.DataFrame(
        {
            "bloc_id": ["bloc:lao-cai:khoi-9"] * 3,
            "bloc_name": ["Khối thi đua số 9"] * 3,
            "province": ["Lào Cai"] * 3,
            "year": [2021, 2023, 2024],
            "leader_org": ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"],
            "leader_source": ["leader", "leader", "next_leader"],
        }
    )
    bloc_years.to_parquet(folder / "bloc_years.parquet", index=False)
    _restamp(folder)
    leaders = next(c for c in build_report(folder).charts if c.id == "leaders")
    assert "bloc_years" in leaders.note
    assert leaders.data["rows"] == ["Khối thi đua số 9 — Lào Cai"]
    assert leaders.data["x"] == ["2021", "2022", "2023", "2024"]
    items = [(i["year"], i["label"], i["elected"]) for i in leaders.data["items"]]
    assert items == [
        (2021, "Sở Y tế", False),
        (2023, "Sở Tư pháp", False),
        (2024, "Sở Nội vụ", True),
    ]


def test_text_is_escaped(full_dataset: Path) -> None:
    page = render_html(build_report(full_dataset))
    assert "<img" not in page and 'document.title="pwned"' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the errors table, as text
    assert "</script>" not in script_json({"name": HOSTILE})


def test_page_needs_no_network(empty_dataset: Path) -> None:
    page = html.unescape(render_html(build_report(empty_dataset)))
    assert "default-src 'none'" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page


def test_cli(empty_dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "report.html"
    assert main(["report", "--data", str(empty_dataset), "--out", str(out)]) == 0
    assert "0 of 9 charts have data" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", "--data", str(tmp_path / "none"), "--out", str(out)]) == 2
    assert "make run" in capsys.readouterr().err
    assert main(["report", "--data", str(empty_dataset), "--out", str(tmp_path)]) == 2
    assert main(["report", "--data", str(empty_dataset)]) == 2  # --out is required


# --- in headless Chromium ------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's chromium; a missing browser skips locally but fails under CI."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    hint = "install it: apt-get install -y --no-install-recommends chromium"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but chromium is missing; {hint}")
    pytest.skip(f"chromium is missing; {hint}")


@dataclass
class _Figure:
    """One chart container of the rendered DOM."""

    attrs: dict[str, str | None]
    svg: int = 0
    marks: int = 0
    texts: list[str] = field(default_factory=list)


class _Page(HTMLParser):
    """What the rendered DOM holds per chart container, and page-wide attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.root: dict[str, str | None] = {}
        self.charts: dict[str, _Figure] = {}
        self.tags: set[str] = set()
        self.tags_with_id: dict[str, str] = {}
        self._current: _Figure | None = None
        self._in_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        if a.get("id"):
            self.tags_with_id[str(a["id"])] = a.get("class") or ""
        if tag == "html":
            self.root = a
        if tag == "figure" and "chart" in (a.get("class") or ""):
            self._current = _Figure(a)
            self.charts[(a.get("id") or "").removeprefix("chart-")] = self._current
        if self._current is not None:
            self._current.svg += tag == "svg"
            self._current.marks += "mark" in (a.get("class") or "").split()
        self._in_text = tag == "text"

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":  # chart figures hold no nested figures
            self._current = None
        self._in_text = False

    def handle_data(self, data: str) -> None:
        if self._current is not None and self._in_text:
            self._current.texts.append(data)


def _open(
    chromium: str, page_file: Path, profile: Path, screenshot: Path | None
) -> tuple[_Page, str]:
    """Load `page_file` from file:// in headless Chromium; the parsed DOM and the browser log."""
    # The virtual time budget lets the page unpack its drill-down data before the dump.
    args = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom"]
    args.append("--virtual-time-budget=10000")
    if screenshot is not None:
        args += ["--window-size=1200,6000", f"--screenshot={screenshot}"]
    done = subprocess.run(
        [*args, page_file.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    page = _Page()
    page.feed(done.stdout)
    return page, done.stderr


def _console_problems(log: str) -> list[str]:
    """Console lines that report a script error or a blocked (network) request."""
    bad = ("Uncaught", "Refused to", "Failed to load", "ERR_")
    return [line for line in log.splitlines() if ":CONSOLE" in line and any(b in line for b in bad)]


def test_report_renders_in_chromium(chromium: str, full_dataset: Path, tmp_path: Path) -> None:
    page_file = tmp_path / "report.html"
    write_report(full_dataset, page_file)
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    page, log = _open(chromium, page_file, tmp_path / "profile", screenshot)
    assert page.root.get("data-rendered") == "true"
    assert page.root.get("data-js-errors") == "0"
    assert _console_problems(log) == []
    assert sorted(page.charts) == sorted(CHART_IDS)
    for chart_id, chart in page.charts.items():
        assert chart.attrs["data-state"] == "drawn", chart_id
        assert chart.svg == 1 and chart.marks > 0, chart_id
        assert chart.attrs["data-marks"] == str(chart.marks), chart_id
    assert "img" not in page.tags  # hostile names stayed text
    texts = [t for chart in page.charts.values() for t in chart.texts]
    assert any(t.startswith("</script>") for t in texts)  # the hostile province, as text
    assert screenshot.stat().st_size > 10_000
    print(f"screenshot: {screenshot}")


def test_empty_report_renders_in_chromium(
    chromium: str, empty_dataset: Path, tmp_path: Path
) -> None:
    page_file = tmp_path / "report.html"
    write_report(empty_dataset, page_file)
    page, log = _open(chromium, page_file, tmp_path / "profile", None)
    assert page.root.get("data-rendered") == "true"
    assert page.root.get("data-js-errors") == "0"
    assert _console_problems(log) == []
    assert page.charts == {}  # one banner instead of empty charts
    assert "banner" in page.tags_with_id.get("empty-banner", "")


# --- drill-down data -------------------------------------------------------------------------


def _records(folder: Path) -> dict[str, dict[str, Any]]:
    """records.jsonl by article id."""
    lines = (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, filter(None, lines))}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mở đầu. Sở Y tế làm Trưởng khối năm nay. Câu sau.", "Sở Y tế"),
        ("Mở đầu! Năm nay Sở Y tế giữ vai trò khối trưởng? Câu sau.", "Sở Y tế"),
        ("Dòng một\nSở Y tế được bầu làm cụm trưởng\nDòng ba", "Sở Y tế"),
        ("Sở Y tế là khối trưởng", "Sở Y tế"),
    ],
)
def test_sentence_bounds_keep_the_sentence_of_the_value(text: str, value: str) -> None:
    start = text.index(value)
    s, e = sentence_bounds(text, start, start + len(value))
    sentence = text[s:e]
    assert value in sentence and "Mở đầu" not in sentence and "Câu sau" not in sentence
    assert "Dòng" not in sentence


def test_sentence_bounds_cut_long_sentences_around_the_value() -> None:
    text = "Mở đầu, " * 200 + "Sở Y tế làm khối trưởng, " + "câu dài, " * 200 + "hết."
    start = text.index("Sở Y tế")
    s, e = sentence_bounds(text, start, start + 7)
    assert s <= start < start + 7 <= e and e - s <= MAX_SNIP


def test_every_evidence_highlight_is_the_span_in_records(full_dataset: Path) -> None:
    report = build_report(full_dataset)
    x = report.explore.to_json()
    records = _records(full_dataset)
    derived = pd.read_parquet(full_dataset / "derived_evidence.parquet")
    spans = {
        (r.article_id, int(r.evidence_start), int(r.evidence_end))
        for r in derived.itertuples()
        if not pd.isna(r.evidence_start)
    }
    assert x["ev"] and x["blocs"]
    for article, snip, hs, he, status, *_ in x["ev"]:
        assert status in {"used", "agrees", "conflict"}
        if snip < 0:
            continue
        owner, offset, sentence, _ = x["snips"][snip]
        assert owner == article
        record = records[x["articles"][article][0]]
        start, end = offset + hs, offset + he
        assert sentence[hs:he] == record["text"][start:end]
        assert (record["id"], start, end) in spans
    # leaders drill down to the statements of their bloc year
    with_leader = [(b, y) for b in x["blocs"] for y in b["years"] if y["leader"][0]]
    assert with_leader
    for _, year in with_leader:
        assert year["leader"][1], year
        assert any(x["ev"][i][4] == "used" for i in year["leader"][1])


def test_blocs_are_placed_never_unknown(full_dataset: Path) -> None:
    report = build_report(full_dataset)
    leaders = next(c for c in report.charts if c.id == "leaders")
    members = next(c for c in report.charts if c.id == "members")
    labels = [*leaders.data["rows"], *members.data["categories"]]
    assert not any("(unknown)" in label for label in labels)
    assert any("multi-province" in label for label in labels)  # the demo has sector clusters
    assert len(set(leaders.data["rows"])) == len(leaders.data["rows"])
    assert len(leaders.data["blocs"]) == len(leaders.data["rows"])
    assert place_label(None, "national") == "national"
    assert place_label("Lào Cai", "name") == "Lào Cai"


def test_member_changes_between_listed_years() -> None:
    years = [
        {"y": 2022, "members": [["a", "Sở A", []], ["b", "Sở B", []]]},
        {"y": 2023, "members": []},
        {"y": 2024, "members": [["b", "Sở B", []], ["c", "Sở C", []]]},
    ]
    assert member_changes(years) == [
        {"y": 2022, "n": 2, "joined": [], "left": []},
        {"y": 2024, "n": 2, "joined": ["Sở C"], "left": ["Sở A"]},
    ]


def test_one_colour_per_meaning(full_dataset: Path) -> None:
    report = build_report(full_dataset)
    meaning: dict[str, tuple[str, str]] = {}
    for chart in report.charts:
        series = chart.data.get("series", [])
        if len(series) < 2 and chart.kind != "bars":
            continue  # one-series bars carry no legend
        for s in series:
            assert "color" in s, chart.id
            key = (chart.id, s["name"])
            assert meaning.setdefault(s["color"], key) == key, (s["color"], key)
    ramps = [set(r) for r in FAMILIES.values()]
    assert sum(len(r) for r in ramps) == len(set().union(*ramps))  # no colour in two families


# --- clicking through in headless Chromium ---------------------------------------------------


def _fold(text: str) -> str:
    """What a user types for `text` without Vietnamese diacritics ("Hội" -> "hoi", "đ" -> "d")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_report_click_through_in_chromium(
    chromium: str, full_dataset: Path, tmp_path: Path
) -> None:
    """Overview -> bloc page -> a leader's sentence; search; screenshots kept as artefacts."""
    page_file = tmp_path / "report.html"
    write_report(full_dataset, page_file)
    records = _records(full_dataset)
    ARTIFACTS.mkdir(exist_ok=True)
    browser = Browser(chromium, tmp_path / "profile", width=1280, height=900)
    try:
        browser.open(page_file.resolve().as_uri())
        # the leader chart fits a 1280-pixel screen: no horizontal scrolling
        assert browser.js("document.documentElement.scrollWidth") <= 1280
        years = browser.js("[...document.querySelectorAll('#chart-leaders .year-top')].length")
        assert years >= 2
        # leader boxes show the whole organisation name, wrapped, never cut with "…"
        boxes = browser.js(
            "[...document.querySelectorAll('#chart-leaders .leader-box')].map(g => "
            "[g.querySelector('.box-text').textContent, g.querySelector('title').textContent])"
        )
        assert boxes
        for shown, tip in boxes:
            squeeze = shown.replace("-", "").replace(" ", "")
            assert squeeze and squeeze in tip.replace("-", "").replace(" ", ""), (shown, tip)
            assert "…" not in shown
        overview = browser.screenshot(ARTIFACTS / "report-overview.png")
        # the sentences are unpacked after the first paint
        assert browser.wait_for("document.documentElement.dataset.evidenceReady") == "true"

        # open a bloc from the list, then its first leader
        browser.click("#bloc-list tr[data-bloc] a.bloc-link")
        assert browser.wait_for("document.documentElement.dataset.view === 'bloc'")
        bloc_id = browser.js("document.getElementById('bloc-page').dataset.bloc")
        browser.click('#bloc-page button.value[data-field="leader"]')
        assert browser.wait_for("!document.getElementById('evidence').hidden")
        marks = browser.js(
            "[...document.querySelectorAll('#evidence mark')].map(m => "
            "[m.dataset.article, +m.dataset.start, +m.dataset.end, m.textContent])"
        )
        assert marks, "the leader opened no sentence"
        for article_id, start, end, words in marks:
            assert words == records[article_id]["text"][start:end]
        statuses = browser.js(
            "[...document.querySelectorAll('#evidence .statement')].map(s => s.dataset.status)"
        )
        assert "used" in statuses
        # the words are the leader's evidence span in records.jsonl
        year = browser.js("document.getElementById('evidence').dataset.year")
        spans = {
            (r["id"], *bloc_ev["leader"])
            for r in records.values()
            for bloc_ev in r["evidence"]["blocs"]
            if bloc_ev.get("leader")
        }
        assert all((a, s, e) in spans for a, s, e, _ in marks), (bloc_id, year)
        bloc_page = browser.screenshot(ARTIFACTS / "report-bloc.png")

        # back to the overview; a leader box in the chart opens its sentence too
        browser.click("#home")
        assert browser.wait_for("document.documentElement.dataset.view === 'overview'")
        browser.click("#chart-leaders .leader-box.clickable")
        assert browser.wait_for("document.querySelectorAll('#evidence mark').length > 0")
        browser.click("#evidence-close")

        # search without diacritics
        assert browser.js("thiduaFold('Hội Nông dân Đồng Tháp')") == "hoi nong dan dong thap"
        target = build_report(full_dataset).explore.blocs[-1]
        typed = _fold(str(target["name"]))
        assert typed != target["name"]
        browser.type("#search", typed)
        shown = browser.js(
            "[...document.querySelectorAll('#bloc-list tr[data-bloc]')].map(r => r.dataset.bloc)"
        )
        assert target["id"] in shown
        assert len(shown) < len(build_report(full_dataset).explore.blocs)
        assert browser.problems() == []
        assert browser.js("document.documentElement.getAttribute('data-js-errors')") == "0"
    finally:
        browser.close()
    assert overview.stat().st_size > 10_000 and bloc_page.stat().st_size > 10_000
    print(f"screenshots: {overview} {bloc_page}")


def test_evidence_without_records_still_names_its_article(full_dataset: Path) -> None:
    tables = ("bloc_years", "derived_evidence", "entities")
    rows = {t: pd.read_parquet(full_dataset / f"{t}.parquet").to_dict("records") for t in tables}
    rows = {
        t: [{k: None if v is pd.NA else v for k, v in r.items()} for r in rs]
        for t, rs in rows.items()
    }
    x = build_explore(rows, None).to_json()
    assert x["ev"] and all(item[1] == -1 for item in x["ev"])  # no sentence to show
    assert all(a[1] is None for a in x["articles"])  # ids only
