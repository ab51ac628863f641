"""`thidua report`: one self-contained HTML page of charts over a dataset folder.

The numbers are computed here with DuckDB and embedded in the page as JSON; a small vanilla-JS
renderer (`report.js`, inlined) draws them as SVG. Nothing is fetched at view time: the
page's Content-Security-Policy forbids every network request, so it works from file://.
Every table is optional; a chart whose data is missing or empty says "no data".
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from extract import SCHEMA_VERSION, __version__, rules
from extract.errors import DatasetError
from extract.output.palette import HEAT, colour
from extract.output.query import Dataset, connect, find_dataset, table_columns
from extract.output.report_explore import Explore, build_explore, place_label
from extract.output.writers import MANIFEST_FILE, atomic_write_bytes, prepare_dir

RUNS_DIR = "runs"
# Tables the drill-down reads (report_explore.py); any may be missing.
EXPLORE_TABLES = (
    "bloc_years",
    "award_counts",
    "derived_evidence",
    "entities",
    "entity_variants",
    "members",
)
MAX_ROWS = 40  # blocs shown in the per-bloc charts; more would not fit a page
MAX_TABLE_ROWS = 100  # error rows listed under the errors chart
MAX_RUNS = 20  # run reports charted and listed, the most recent ones
NO_YEAR = "no year"
UNKNOWN_PROVINCE = "(province not stated)"
# Counts of a `thidua run` report (extract/jobs.py) charted per run; any may be missing.
RUN_NUMBERS = ("pages_fetched", "not_modified", "fetch_failed", "new_articles", "facts", "errors")
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

# Runs before the renderer: counts uncaught errors and console.error calls into
# <html data-js-errors="N"> so a headless browser's DOM dump shows them.
HEAD_SCRIPT = (
    "(function(){var n=0,root=document.documentElement;"
    "function count(){n+=1;root.setAttribute('data-js-errors',String(n));}"
    "root.setAttribute('data-js-errors','0');"
    "window.addEventListener('error',count);"
    "window.addEventListener('unhandledrejection',count);"
    "var original=console.error;"
    "console.error=function(){count();return original.apply(console,arguments);};})();"
)


@dataclass(frozen=True)
class Chart:
    """One chart: what the JS renderer draws into `<figure id="chart-<id>">`."""

    id: str
    kind: str  # bars | hbars | heatmap | timeline
    title: str
    x_label: str
    y_label: str
    data: dict[str, Any]
    note: str = ""

    @property
    def empty(self) -> bool:
        """Whether there is nothing to draw (the page then says "no data")."""
        if self.kind == "heatmap":
            return not self.data.get("y")
        if self.kind == "timeline":
            return not self.data.get("items")
        return not self.data.get("categories") or not any(
            v for s in self.data.get("series", []) for v in s["values"]
        )

    def to_json(self) -> dict[str, Any]:
        """The chart as the renderer reads it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "x_label": self.x_label,
            "y_label": self.y_label,
            "empty": self.empty,
            **self.data,
        }


@dataclass
class Report:
    """Everything the page shows."""

    folder: Path
    manifest: dict[str, Any]
    counts: dict[str, int]
    charts: list[Chart]
    errors: list[dict[str, Any]]
    errors_total: int
    runs: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    explore: Explore = field(default_factory=Explore)

    @property
    def empty(self) -> bool:
        """Whether the dataset holds no article (the page then shows one banner)."""
        return not self.counts.get("articles")


class _Data:
    """The dataset's DuckDB views, with checks for optional tables and columns."""

    def __init__(self, dataset: Dataset, con: duckdb.DuckDBPyConnection) -> None:
        self.dataset = dataset
        self.con = con
        self._columns: dict[str, list[str]] = {}

    def columns(self, table: str) -> list[str]:
        """Columns of `table`, [] when the table is absent."""
        if table not in self.dataset.tables:
            return []
        if table not in self._columns:
            self._columns[table] = table_columns(self.con, table)
        return self._columns[table]

    def has(self, table: str, *columns: str) -> bool:
        """Whether `table` exists with all `columns`."""
        present = self.columns(table)
        return bool(present) and all(c in present for c in columns)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of `sql`."""
        return self.con.execute(sql).fetchall()

    def dicts(self, table: str) -> list[dict[str, Any]]:
        """Every row of `table` as a dict, [] when the table is absent."""
        if table not in self.dataset.tables:
            return []
        cur = self.con.execute(f'SELECT * FROM "{table}"')
        names = [c[0] for c in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def count(self, table: str) -> int:
        """Rows in `table`, 0 when absent."""
        if table not in self.dataset.tables:
            return 0
        return int(self.rows(f'SELECT count(*) FROM "{table}"')[0][0])


# --- charts --------------------------------------------------------------------------------


def _year_label(year: Any) -> str:
    """A year as a category label."""
    return NO_YEAR if year is None else str(year)


def _year_order(labels: set[str]) -> list[str]:
    """Years ascending, "no year" last."""
    return sorted(labels - {NO_YEAR}) + ([NO_YEAR] if NO_YEAR in labels else [])


def _province_join(d: _Data) -> tuple[str, str]:
    """The province expression and the join giving `blocs b` its article's province."""
    if d.has("articles", "article_id", "province"):
        return "a.province", "LEFT JOIN articles a USING (article_id)"
    return "NULL", ""


def _article_years_sql(d: _Data) -> str:
    """SQL of (article_id, province, year): year published, else the first meeting's year."""
    event_year = "NULL"
    if d.has("blocs", "article_id", "event_date"):
        event_year = (
            "(SELECT min(year(b.event_date)) FROM blocs b WHERE b.article_id = a.article_id)"
        )
    published = "year(a.published)" if d.has("articles", "published") else "NULL"
    province = "a.province" if d.has("articles", "province") else "NULL"
    blocs = "a.n_blocs" if d.has("articles", "n_blocs") else "0"
    return (
        f"SELECT a.article_id, coalesce({province}, '{UNKNOWN_PROVINCE}') AS province, "
        f"coalesce({published}, {event_year}) AS year, coalesce({blocs}, 0) AS n_blocs "
        "FROM articles a"
    )


def articles_chart(d: _Data) -> Chart:
    """Heat map: articles (shade) and blocs per province and year."""
    rows: list[tuple[Any, ...]] = []
    if d.has("articles", "article_id"):
        rows = d.rows(
            f"SELECT province, year, count(*), sum(n_blocs) FROM ({_article_years_sql(d)}) "
            "GROUP BY ALL"
        )
    years = _year_order({_year_label(r[1]) for r in rows})
    provinces = sorted({str(r[0]) for r in rows} - {UNKNOWN_PROVINCE})
    if any(r[0] == UNKNOWN_PROVINCE for r in rows):
        provinces.append(UNKNOWN_PROVINCE)
    values = [[0] * len(years) for _ in provinces]
    labels = [[""] * len(years) for _ in provinces]
    for province, year, articles, blocs in rows:
        i, j = provinces.index(str(province)), years.index(_year_label(year))
        values[i][j] = int(articles)
        labels[i][j] = f"{int(articles)} / {int(blocs or 0)}"
    return Chart(
        "articles",
        "heatmap",
        "Articles and blocs per province and year",
        "year (page date, else meeting date)",
        "province",
        {"x": years, "y": provinces, "values": values, "labels": labels},
        "Each cell: articles / blocs reported; the shade follows the number of articles.",
    )


def _bloc_years_rows(d: _Data) -> list[tuple[Any, ...]] | None:
    """(key, place, bloc, year, leader, elected) from the linked `bloc_years` table.

    None when the table is absent or empty, so the chart falls back to the blocs table.
    """
    if not d.has("bloc_years", "bloc_id", "bloc_name", "year", "leader_org"):
        return None
    if d.count("bloc_years") == 0:
        return None
    province = "y.province" if d.has("bloc_years", "province") else "NULL"
    scope, join = "NULL", ""
    if d.has("entities", "entity_id", "scope"):
        scope, join = "e.scope", "LEFT JOIN entities e ON e.entity_id = y.bloc_id"
    # A leader known only as the previous year's next leader is drawn as "elected".
    elected = (
        "coalesce(leader_source = 'next_leader', false)"
        if d.has("bloc_years", "leader_source")
        else "false"
    )
    rows = d.rows(
        f"SELECT y.bloc_id, {province}, {scope}, y.bloc_name, y.year, y.leader_org, {elected} "
        f"FROM bloc_years y {join} WHERE y.leader_org IS NOT NULL AND y.year IS NOT NULL"
    )
    return [(r[0], place_label(r[1], r[2]), *r[3:]) for r in rows]


def _base_leader_rows(d: _Data) -> list[tuple[Any, ...]]:
    """(key, province, bloc, year, leader, elected) from `blocs`: leaders and next leaders."""
    needed = (
        "article_id",
        "name",
        "leader_org",
        "leader_year",
        "next_leader_org",
        "next_leader_year",
    )
    if not d.has("blocs", *needed):
        return []
    province, join = _province_join(d)
    return d.rows(
        f"""
        WITH roles AS (
            SELECT coalesce({province}, '{UNKNOWN_PROVINCE}') AS province, b.name AS bloc,
                   b.leader_year AS year, b.leader_org AS org, false AS elected
            FROM blocs b {join}
            UNION ALL
            SELECT coalesce({province}, '{UNKNOWN_PROVINCE}'), b.name,
                   b.next_leader_year, b.next_leader_org, true
            FROM blocs b {join}
        ),
        reported AS (SELECT DISTINCT province, bloc, year FROM roles WHERE NOT elected)
        SELECT r.province || '|' || r.bloc, r.province, r.bloc, r.year,
               string_agg(DISTINCT r.org, ' / '), r.elected
        FROM roles r
        WHERE r.org IS NOT NULL AND r.year IS NOT NULL
          -- an elected next leader is shown only for years no article reports on
          AND (NOT r.elected OR NOT EXISTS (
              SELECT 1 FROM reported p
              WHERE p.province = r.province AND p.bloc = r.bloc AND p.year = r.year))
        GROUP BY r.province, r.bloc, r.year, r.elected
        """
    )


def leader_chart(d: _Data) -> Chart:
    """Timeline: the leading organisation of each bloc, year by year."""
    linked = _bloc_years_rows(d)
    rows = linked if linked is not None else _base_leader_rows(d)
    source = "from bloc_years (linked blocs)" if linked is not None else "from the blocs table"
    by_bloc: dict[str, list[tuple[int, str, bool]]] = {}
    labels: dict[str, str] = {}
    for key, province, bloc, year, leader, elected in rows:
        labels[str(key)] = f"{bloc} — {province}"
        by_bloc.setdefault(str(key), []).append((int(year), str(leader), bool(elected)))
    ranked = sorted(by_bloc, key=lambda k: (-len(by_bloc[k]), labels[k], k))
    shown = ranked[:MAX_ROWS]
    distinct_labels(labels, shown)
    seen = {y for k in shown for y, _, _ in by_bloc[k]}
    # Every year in the range, so a gap in the reports shows as a gap on the axis.
    years = list(range(min(seen), max(seen) + 1)) if seen else []
    items = [
        {"row": i, "year": y, "label": leader, "elected": elected}
        for i, key in enumerate(shown)
        for y, leader, elected in sorted(by_bloc[key])
    ]
    note = (
        f"Leaders {source}. Solid: reported as leader that year; dashed: elected as the next "
        "leader (no report for that year yet); heavy border and ≠: articles disagree. Click a "
        "box for its sentences, a bloc for its page."
    )
    if len(ranked) > len(shown):
        note += f" Showing the {len(shown)} blocs with most years of {len(ranked)}."
    return Chart(
        "leaders",
        "timeline",
        "Leader rotation per bloc",
        "year",
        "bloc — province",
        {
            "x": [str(y) for y in years],
            "rows": [labels[k] for k in shown],
            # bloc ids open the bloc's page; only linked blocs (bloc_years) have one
            "blocs": shown if linked is not None else [],
            "items": items,
        },
        note,
    )


def distinct_labels(labels: dict[str, str], keys: Sequence[str]) -> None:
    """Number labels that two blocs share ("… (2)"), so every row names one bloc."""
    seen: dict[str, int] = {}
    for key in keys:
        seen[labels[key]] = seen.get(labels[key], 0) + 1
        if seen[labels[key]] > 1:
            labels[key] = f"{labels[key]} ({seen[labels[key]]})"


def _award_names() -> dict[str, str]:
    """How each award kind is named in charts (rules/awards.yaml, `labels`)."""
    labels: dict[str, str] = rules.load("awards.yaml").entries["labels"]
    return labels


AWARD_FAMILIES = {"award": "award", "issuer": "issuer", "status": "status"}


def award_chart(d: _Data, column: str, title: str) -> Chart:
    """Stacked bars: award groups per year, split by `column` (award, issuer or status)."""
    rows: list[tuple[Any, ...]] = []
    if d.has("awards", column, "year"):
        rows = d.rows(f'SELECT year, "{column}", count(*) FROM awards GROUP BY ALL')
    years = _year_order({_year_label(r[0]) for r in rows})
    names = sorted({str(r[1]) if r[1] is not None else "unknown" for r in rows})
    series = {n: [0] * len(years) for n in names}
    for year, value, n in rows:
        name = str(value) if value is not None else "unknown"
        series[name][years.index(_year_label(year))] += int(n)
    kinds = _award_names()
    label = (lambda n: f"{kinds.get(n, n)} ({n})") if column == "award" else str
    family = AWARD_FAMILIES[column]
    return Chart(
        f"awards-{column}",
        "bars",
        title,
        "award year",
        "award groups",
        {
            "categories": years,
            "series": [
                {"name": label(n), "key": n, "values": v, "color": colour(family, i)}
                for i, (n, v) in enumerate(series.items())
            ],
            "stacked": True,
            "field": column,  # a bar opens the award totals of its year and series
        },
        "One award group is one row of the awards table (a kind, issuer, status and year).",
    )


def members_chart(d: _Data) -> Chart:
    """Grouped horizontal bars: members listed and member count stated, per bloc."""
    rows: list[tuple[Any, ...]] = []
    order = "ORDER BY greatest(coalesce(listed, 0), coalesce(stated, 0)) DESC, 1, 2"
    linked = bool(d.count("bloc_years")) and d.has(
        "bloc_years", "bloc_id", "bloc_name", "province", "member_count", "n_members_listed"
    )
    if linked:
        scope, join = "NULL", ""
        if d.has("entities", "entity_id", "scope"):
            scope, join = "any_value(e.scope)", "LEFT JOIN entities e ON e.entity_id = y.bloc_id"
        found = d.rows(
            f"SELECT * FROM (SELECT y.province, y.bloc_name, max(y.n_members_listed) AS listed, "
            f"max(y.member_count) AS stated, y.bloc_id, {scope} FROM bloc_years y {join} "
            f"GROUP BY y.bloc_id, y.province, y.bloc_name) WHERE listed > 0 OR stated > 0 {order}"
        )
        rows = [(place_label(r[0], r[5]), *r[1:5]) for r in found]
    elif d.has("blocs", "article_id", "name", "n_members", "member_count"):
        province, join = _province_join(d)
        rows = d.rows(
            f"SELECT * FROM (SELECT coalesce({province}, '{UNKNOWN_PROVINCE}'), b.name, "
            f"max(b.n_members) AS listed, max(b.member_count) AS stated FROM blocs b {join} "
            f"GROUP BY ALL) WHERE listed > 0 OR stated > 0 {order}"
        )
    shown = rows[:MAX_ROWS]
    labels = {str(i): f"{r[1]} — {r[0]}" for i, r in enumerate(shown)}
    distinct_labels(labels, list(labels))
    note = "The largest number seen in any article about the bloc."
    if len(rows) > len(shown):
        note += f" Showing the {len(shown)} largest blocs of {len(rows)}."
    return Chart(
        "members",
        "hbars",
        "Members per bloc",
        "member organisations",
        "bloc — province",
        {
            "categories": list(labels.values()),
            "series": [
                {
                    "name": "members listed",
                    "values": [int(r[2] or 0) for r in shown],
                    "color": colour("members", 0),
                },
                {
                    "name": "member count stated",
                    "values": [int(r[3] or 0) for r in shown],
                    "color": colour("members", 1),
                },
            ],
            "blocs": [str(r[4]) for r in shown] if linked else [],
        },
        note,
    )


_ARTICLE_FIELDS = (("published", "page date"), ("author", "byline"), ("province", "province"))
_BLOC_FIELDS = (
    ("name", "bloc"),
    ("event_type", "event type"),
    ("event_date", "event date"),
    ("event_period", "period"),
    ("leader_org", "leader"),
    ("deputy_leader_org", "deputy leader"),
    ("next_leader_org", "next leader"),
    ("member_count", "member count"),
)
_ROW_FIELDS = (("members", "members"), ("awards", "awards"), ("people", "people"))


def coverage_chart(d: _Data) -> Chart:
    """Horizontal bars: share of articles with each field filled."""
    total = d.count("articles")
    categories: list[str] = []
    values: list[float] = []

    def add(label: str, sql: str) -> None:
        categories.append(label)
        values.append(round(100.0 * int(d.rows(sql)[0][0]) / total, 1))

    if total:
        for column, label in _ARTICLE_FIELDS:
            if d.has("articles", column):
                add(label, f'SELECT count(*) FROM articles WHERE "{column}" IS NOT NULL')
        for column, label in _BLOC_FIELDS:
            if d.has("blocs", "article_id", column):
                add(
                    label,
                    f'SELECT count(DISTINCT article_id) FROM blocs WHERE "{column}" IS NOT NULL',
                )
        for table, label in _ROW_FIELDS:
            if d.has(table, "article_id"):
                add(label, f'SELECT count(DISTINCT article_id) FROM "{table}"')
    return Chart(
        "coverage",
        "hbars",
        "Extraction coverage",
        "share of articles with the field filled (%)",
        "field",
        {
            "categories": categories,
            "series": [{"name": "articles", "values": values, "color": colour("plain", 0)}],
            "max": 100,
        },
        f"Over {total} articles; a bloc field counts when any bloc of the article has it.",
    )


def errors_chart(d: _Data) -> Chart:
    """Horizontal bars: problems in the errors table by stage, kind and level."""
    rows: list[tuple[Any, ...]] = []
    if d.has("errors", "stage", "error_type", "level"):
        rows = d.rows(
            "SELECT stage, error_type, level, count(*) FROM errors GROUP BY ALL ORDER BY 4 DESC"
        )
    return Chart(
        "errors",
        "hbars",
        "Errors and warnings (errors table)",
        "inputs",
        "stage · kind · level",
        {
            "categories": [f"{r[0]} · {r[1]} · {r[2]}" for r in rows],
            "series": [
                {"name": "inputs", "values": [int(r[3]) for r in rows], "color": colour("plain", 0)}
            ],
        },
    )


def _number(value: Any) -> int | None:
    """A run-report number; a list counts its items."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, list | dict):
        return len(value)
    return None


def _run_label(run: dict[str, Any]) -> str:
    """A run by its start time to the minute ("2025-01-02 03:00"), else its file name."""
    started = str(run.get("started") or "")
    return started[:16].replace("T", " ") if started else str(run.get("_file", "?"))


def run_errors(runs: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """The `error_list` entries of the run reports, newest run first."""
    rows: list[list[Any]] = []
    for run in reversed(runs):
        items = run.get("error_list")
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                rows.append(
                    [_run_label(run), *(item.get(k) for k in ("input", "stage", "kind", "message"))]
                )
    return rows[:MAX_TABLE_ROWS]


def runs_chart(runs: Sequence[dict[str, Any]]) -> Chart:
    """Grouped bars: the numbers of each recent `thidua run`."""
    keys = [k for k in RUN_NUMBERS if any(_number(r.get(k)) is not None for r in runs)]
    return Chart(
        "runs",
        "bars",
        "Recent runs (thidua run)",
        "run started",
        "count",
        {
            "categories": [_run_label(r) for r in runs],
            "series": [
                {
                    "name": k.replace("_", " "),
                    "values": [_number(r.get(k)) or 0 for r in runs],
                    "color": colour("runs", RUN_NUMBERS.index(k)),
                }
                for k in keys
            ],
            "stacked": False,
        },
        f"Run reports in {RUNS_DIR}/*.json, the {MAX_RUNS} most recent." if runs else "",
    )


# --- gathering ------------------------------------------------------------------------------


def read_runs(folder: Path, notes: list[str]) -> list[dict[str, Any]]:
    """The most recent run reports in `folder/runs/*.json`, oldest first; bad files noted."""
    runs: list[dict[str, Any]] = []
    run_dir = folder / RUNS_DIR
    if not run_dir.is_dir():
        return runs
    for path in sorted(run_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            notes.append(f"skipped run report {path.name}: {exc}")
            continue
        items = data if isinstance(data, list) else [data]
        runs.extend({**item, "_file": path.name} for item in items if isinstance(item, dict))
    runs.sort(key=lambda r: (str(r.get("started") or ""), r["_file"]))
    return runs[-MAX_RUNS:]


def _manifest(folder: Path, notes: list[str]) -> dict[str, Any]:
    """manifest.json, or {} with a note."""
    path = folder / MANIFEST_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        notes.append(f"no {MANIFEST_FILE}: the dataset may be incomplete")
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        notes.append(f"cannot read {MANIFEST_FILE}: {exc}")
        return {}
    return data if isinstance(data, dict) else {}


def _error_rows(d: _Data) -> tuple[list[dict[str, Any]], int]:
    """The first rows of the errors table and its size."""
    wanted = ("input", "stage", "error_type", "level", "message")
    present = [c for c in wanted if c in d.columns("errors")]
    if not present:
        return [], 0
    cols = ", ".join(f'"{c}"' for c in present)
    rows = d.rows(f"SELECT {cols} FROM errors LIMIT {MAX_TABLE_ROWS}")
    return [dict(zip(present, r, strict=True)) for r in rows], d.count("errors")


def build_report(folder: Path) -> Report:
    """Compute every chart and table of the report over the dataset in `folder`."""
    dataset = find_dataset(folder)
    notes: list[str] = []
    manifest = _manifest(folder, notes)
    runs = read_runs(folder, notes)
    con = connect(dataset)
    try:
        d = _Data(dataset, con)
        builders: list[Callable[[], Chart]] = [
            lambda: articles_chart(d),
            lambda: leader_chart(d),
            lambda: award_chart(d, "award", "Awards by kind per year"),
            lambda: award_chart(d, "issuer", "Awards by issuer per year"),
            lambda: award_chart(d, "status", "Awards by status per year"),
            lambda: members_chart(d),
            lambda: coverage_chart(d),
            lambda: errors_chart(d),
            lambda: runs_chart(runs),
        ]
        charts = [build() for build in builders]
        errors, errors_total = _error_rows(d)
        counts = {name: d.count(name) for name in sorted(dataset.tables)}
        explore = build_explore({t: d.dicts(t) for t in EXPLORE_TABLES}, dataset.records)
    except duckdb.Error as exc:
        raise DatasetError(
            f"cannot read the dataset in {folder}: {str(exc).splitlines()[0]}; rebuild it "
            "with `thidua extract PATH... --out DIR`"
        ) from exc
    finally:
        con.close()
    return Report(folder, manifest, counts, charts, errors, errors_total, runs, notes, explore)


# --- HTML ----------------------------------------------------------------------------------


def _e(value: Any) -> str:
    """HTML-escaped text of a value ('' for null)."""
    return "" if value is None else html.escape(str(value), quote=True)


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end or confuse it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def packed(data: Any) -> str:
    """Drill-down data as base64 of gzipped JSON: evidence sentences compress well.

    Letters, digits, +, / and = only, so nothing in it can end the <script> element.
    """
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(gzip.compress(raw.encode("utf-8"), mtime=0)).decode("ascii")


def _asset(name: str) -> str:
    """A file shipped next to this module (the renderer's JS and CSS)."""
    return resources.files("extract.output").joinpath(name).read_text(encoding="utf-8")


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], cls: str) -> str:
    """An escaped HTML table."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _figure(chart: Chart) -> str:
    """The container the renderer draws `chart` into, with its title and note."""
    note = f'<p class="note">{_e(chart.note)}</p>' if chart.note else ""
    return (
        f'<figure class="chart" id="chart-{_e(chart.id)}" data-kind="{_e(chart.kind)}" '
        f'data-empty="{"true" if chart.empty else "false"}">'
        f"<figcaption>{_e(chart.title)}</figcaption>"
        f'<div class="plot"><noscript>This chart needs JavaScript.</noscript></div>{note}'
        "</figure>"
    )


def _summary(report: Report) -> str:
    """The dataset's provenance and table sizes."""
    m = report.manifest
    facts = [
        ("dataset folder", str(report.folder)),
        ("created", m.get("created_at", "unknown")),
        ("schema version", m.get("schema_version", "unknown")),
        ("written by thidua", m.get("thidua_version", "unknown")),
        ("report by thidua", f"{__version__} (schema {SCHEMA_VERSION}) at {generated_at()}"),
    ]
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
    counts = _table(["table", "rows"], sorted(report.counts.items()), "counts")
    notes = "".join(f"<li>{_e(n)}</li>" for n in report.notes)
    return (
        f'<section class="summary"><table class="facts">{rows}</table>{counts}'
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + "</section>"
    )


def _errors_section(report: Report) -> str:
    """The errors table (first rows) and the run reports."""
    parts = ["<h2>Errors and runs</h2>"]
    charts = {c.id: c for c in report.charts}
    parts.append(_figure(charts["errors"]))
    if report.errors:
        shown = len(report.errors)
        parts.append(
            f"<p>{report.errors_total} row{'s' if report.errors_total != 1 else ''} "
            "in the errors table"
            + (f", the first {shown} listed" if shown < report.errors_total else "")
            + ".</p>"
        )
        headers = list(report.errors[0])
        parts.append(_table(headers, [list(r.values()) for r in report.errors], "errors"))
    parts.append(_figure(charts["runs"]))
    if report.runs:
        keys = ["started", "finished", *RUN_NUMBERS, "duration_s"]
        rows = [
            [
                *(_number(r.get(k)) if k in RUN_NUMBERS else r.get(k) for k in keys),
                ", ".join(map(str, r.get("failed_sources") or [])),
            ]
            for r in reversed(report.runs)
        ]
        headers = [*(k.replace("_", " ") for k in keys), "failed sources"]
        parts.append(_table(headers, rows, "runs"))
        errors = run_errors(report.runs)
        if errors:
            parts.append("<h3>Errors reported by these runs</h3>")
            parts.append(_table(["run", "input", "stage", "kind", "message"], errors, "errors"))
    else:
        parts.append(f"<p>No run reports ({RUNS_DIR}/*.json) in the dataset folder.</p>")
    return "".join(parts)


EMPTY_BANNER = (
    "This dataset holds no articles yet, so there is nothing to chart. Fill it with "
    "`make run`, `thidua run` (crawl) or `thidua extract PATH... --out DIR`."
)
BLOCS_SECTION = (
    '<h2 id="blocs">Blocs</h2>'
    '<p class="note">Every value below opens the sentences it came from. Search matches bloc '
    "and organisation names with or without diacritics.</p>"
    '<input id="search" type="search" autocomplete="off" '
    'placeholder="Search blocs and organisations, e.g. hoi nong dan" '
    'aria-label="Search blocs and organisations">'
    '<div id="search-orgs"></div><div id="bloc-list" class="scroll-list"></div>'
)
EVIDENCE_PANEL = (
    '<aside id="evidence" hidden aria-live="polite">'
    '<button type="button" id="evidence-close" aria-label="Close">\u00d7</button>'
    '<div id="evidence-body"></div></aside>'
)


def _problems_shown(report: Report) -> bool:
    """Whether an empty dataset's page still lists errors or run reports."""
    return bool(report.errors or report.runs)


def shown_charts(report: Report) -> list[Chart]:
    """The charts the page holds: all, or for an empty dataset only errors and runs."""
    if not report.empty:
        return report.charts
    return [c for c in report.charts if c.id in ("errors", "runs") and _problems_shown(report)]


def _charts_html(report: Report) -> str:
    """The chart sections, or one banner when the dataset has no articles."""
    if report.empty:
        banner = f'<div class="banner" id="empty-banner">{_e(EMPTY_BANNER)}</div>'
        # Failed inputs leave an empty dataset: their errors still say why.
        return banner + (_errors_section(report) if _problems_shown(report) else "")
    charts = {c.id: c for c in report.charts}
    sections = [
        ("Articles", ["articles"]),
        ("Leaders", ["leaders"]),
        ("Awards", ["awards-award", "awards-issuer", "awards-status"]),
        ("Members", ["members"]),
        ("Extraction coverage", ["coverage"]),
    ]
    body = "".join(
        f"<h2>{_e(title)}</h2>" + "".join(_figure(charts[i]) for i in ids)
        for title, ids in sections
    )
    return BLOCS_SECTION + body + _errors_section(report)


def render_html(report: Report) -> str:
    """The whole page as one string."""
    charts = shown_charts(report)
    data = {"charts": [c.to_json() for c in charts], "heat": HEAT, "award_labels": _award_names()}
    title = f"thidua report — {report.folder.name or report.folder}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title>"
        f"<style>{_asset('report.css')}</style>"
        # First script: count errors (and console.error calls) before the renderer runs.
        f"<script>{HEAD_SCRIPT}</script>"
        "</head><body>"
        f'<h1><a href="#" id="home">{_e(title)}</a></h1>'
        f'<main id="overview">{_summary(report)}{_charts_html(report)}</main>'
        '<main id="bloc-page" hidden></main>'
        f"{EVIDENCE_PANEL}"
        f'<script type="application/json" id="report-data">{script_json(data)}</script>'
        # The page draws from the index; the sentences are unpacked after the first paint.
        '<script type="application/octet-stream" id="explore-index">'
        f"{packed(report.explore.index_json())}</script>"
        '<script type="application/octet-stream" id="explore-evidence">'
        f"{packed(report.explore.evidence_json())}</script>"
        f"<script>{_asset('report.js')}</script>"
        "</body></html>\n"
    )


def write_report(folder: Path, out: Path) -> Report:
    """Build the report over `folder` and write it atomically to `out`."""
    report = build_report(folder)
    prepare_dir(out.parent)
    atomic_write_bytes(out, render_html(report).encode("utf-8"))
    return report


def generated_at() -> str:
    """Now, UTC, for messages."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
