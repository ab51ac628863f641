"""`thidua query`: views over the dataset, readable errors, output formats, README queries."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from extract.cli import main
from extract.errors import DatasetError, QueryError
from extract.output.query import (
    QueryResult,
    display_width,
    find_dataset,
    format_csv,
    format_json,
    format_table,
    run_query,
    truncate,
)
from extract.output.tables import build_tables
from extract.output.writers import write_dataset

ROOT = Path(__file__).resolve().parents[1]


def readme_queries() -> list[str]:
    """The ```sql blocks of the README's "Questions and their SQL" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Questions and their SQL", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_readme_has_the_analyst_questions() -> None:
    assert len(readme_queries()) >= 5


# No organisation of the demo sites changes bloc: the moves query is checked on a dataset with
# a known move instead (tests/test_analyses.py).
EMPTY_ON_DEMO = ("joined_bloc",)


@pytest.mark.parametrize("sql", readme_queries())
def test_readme_query_runs(demo_dataset: Path, sql: str) -> None:
    result = run_query(demo_dataset, sql)
    assert result.columns
    if not any(marker in sql for marker in EMPTY_ON_DEMO):
        assert result.rows, "a README example should show rows on the demo data"


def test_every_parquet_table_is_a_view(demo_dataset: Path) -> None:
    names = {row[0] for row in run_query(demo_dataset, "SHOW TABLES").rows}
    expected = {p.stem for p in demo_dataset.glob("*.parquet")}
    assert expected <= names
    assert "records" not in names  # created only when a query names it


def test_counts_match_the_manifest(demo_dataset: Path) -> None:
    counts = json.loads((demo_dataset / "manifest.json").read_text(encoding="utf-8"))["counts"]
    for table in ("articles", "blocs", "members", "awards"):
        (n,) = run_query(demo_dataset, f"SELECT count(*) FROM {table}").rows[0]
        assert n == counts[table]
    (n,) = run_query(demo_dataset, "SELECT count(*) FROM records").rows[0]
    assert n == counts["records"]


def test_unknown_table_lists_the_tables(demo_dataset: Path) -> None:
    with pytest.raises(QueryError) as err:
        run_query(demo_dataset, "SELECT * FROM bloc")
    message = str(err.value)
    assert "unknown table bloc" in message
    assert "did you mean blocs" in message
    listed = message.split(" has: ", 1)[1].split(", ")
    assert {"articles", "blocs", "members", "awards", "errors", "records"} <= set(listed)
    assert "\n" not in message


def test_unknown_column_lists_the_columns(demo_dataset: Path) -> None:
    with pytest.raises(QueryError) as err:
        run_query(demo_dataset, "SELECT b.leader FROM blocs b")
    message = str(err.value)
    assert message.startswith("unknown column leader")
    assert "columns of blocs:" in message and "leader_org" in message
    assert "articles:" not in message  # only the tables the query uses


def test_syntax_error_is_one_line_with_a_hint(demo_dataset: Path) -> None:
    with pytest.raises(QueryError) as err:
        run_query(demo_dataset, "SELEC * FROM blocs")
    message = str(err.value)
    assert "syntax error" in message and "SHOW TABLES" in message
    assert "\n" not in message


def test_missing_and_empty_folders_say_how_to_make_a_dataset(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"does not exist.*make run.*thidua extract"):
        find_dataset(tmp_path / "nope")
    with pytest.raises(DatasetError, match=r"holds no dataset.*make run"):
        find_dataset(tmp_path)


def test_cli_errors_exit_2(
    demo_dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "SELECT * FROM nope", "--data", str(demo_dataset)]) == 2
    assert "the dataset in" in capsys.readouterr().err
    assert main(["query", "SELECT 1", "--data", str(tmp_path / "missing")]) == 2
    assert "thidua extract PATH... --out DIR" in capsys.readouterr().err
    assert main(["query", "SELECT 1", "--format", "xml"]) == 2


def test_cli_formats(demo_dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT name, leader_org, leader_year FROM blocs WHERE leader_year IS NOT NULL LIMIT 3"
    assert main(["query", sql, "--data", str(demo_dataset), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3 and set(rows[0]) == {"name", "leader_org", "leader_year"}
    assert main(["query", sql, "--data", str(demo_dataset), "--format", "json"]) == 0
    objects = json.loads(capsys.readouterr().out)
    assert [o["name"] for o in objects] == [r["name"] for r in rows]
    assert isinstance(objects[0]["leader_year"], int)
    assert main(["query", sql, "--data", str(demo_dataset)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("name") and lines[-1] == "(3 rows)"
    assert len({display_width(line) for line in lines[:2]}) == 1  # header and rule align


def test_empty_dataset_notes_how_to_fill_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_dataset(tmp_path, [], build_tables([]))
    assert main(["query", "SELECT * FROM blocs", "--data", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "(0 rows)" in captured.out
    assert "has no articles" in captured.err and "make run" in captured.err


def _copy_dataset(src: Path, dst: Path) -> Path:
    """A private copy of a dataset's files (the demo dataset is shared by many tests)."""
    dst.mkdir()
    for path in src.iterdir():
        if path.is_file():
            (dst / path.name).write_bytes(path.read_bytes())
    return dst


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("records", "records.jsonl"),  # new records written, then Ctrl-C before the manifest
        ("table", "members.parquet"),  # one table replaced by an interrupted later write
        ("missing", "entities.csv"),  # a file deleted
        ("no manifest", "has no manifest.json"),  # the first write never reached the manifest
    ],
)
def test_an_interrupted_write_is_refused_by_readers(
    demo_dataset: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
    said: str,
) -> None:
    data = _copy_dataset(demo_dataset, tmp_path / "data")
    if damage == "records":
        lines = (data / "records.jsonl").read_text(encoding="utf-8").splitlines()
        (data / "records.jsonl").write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    elif damage == "table":
        write_dataset(tmp_path / "other", [], build_tables([]))
        (data / "members.parquet").write_bytes(
            (tmp_path / "other" / "members.parquet").read_bytes()
        )
    elif damage == "missing":
        (data / "entities.csv").unlink()
    else:
        (data / "manifest.json").unlink()
    with pytest.raises(DatasetError, match="--force"):
        find_dataset(data)
    assert main(["query", "SELECT count(*) FROM blocs", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert said in err and "thidua run" in err
    assert main(["report", "--data", str(data), "--out", str(tmp_path / "r.html")]) == 2
    assert not (tmp_path / "r.html").exists()


def test_a_complete_dataset_passes_the_check(demo_dataset: Path) -> None:
    assert find_dataset(demo_dataset).records is not None


def test_table_format_aligns_vietnamese_and_wide_text() -> None:
    result = QueryResult(
        ["tên", "số"],
        [("Khối thi đua các Hội đặc thù", 12), ("Hội Nông dân tỉnh", None), ("中文字", 3)],
    )
    lines = format_table(result).splitlines()
    widths = {display_width(line) for line in lines[:-1] if "NULL" not in line}
    assert len(widths) == 1
    assert lines[2].endswith("12") and "NULL" in lines[3]
    assert display_width("中文") == 4 and display_width("e\u0301") == 1


def test_truncate_and_line_breaks() -> None:
    assert truncate("Khối thi đua các cơ quan Đảng", 10) == "Khối thi …"
    result = QueryResult(["text"], [("dòng một\ndòng hai",)])
    assert "dòng một↵dòng hai" in format_table(result)


def test_csv_and_json_cells() -> None:
    result = QueryResult(["a", "b", "c"], [(None, 1.5, ["x", "ý"]), ('q,"r"', float("nan"), None)])
    assert format_csv(result).splitlines() == ["a,b,c", ',1.5,"[""x"", ""ý""]"', '"q,""r""",,']
    assert json.loads(format_json(result)) == [
        {"a": None, "b": 1.5, "c": ["x", "ý"]},
        {"a": 'q,"r"', "b": None, "c": None},
    ]


def test_other_errors_are_one_line(demo_dataset: Path) -> None:
    with pytest.raises(QueryError) as err:
        run_query(demo_dataset, "SELECT 'x'::INTEGER")
    assert str(err.value).startswith("Conversion Error") and "\n" not in str(err.value)
    with pytest.raises(QueryError, match="empty"):
        run_query(demo_dataset, "  ")


def test_cli_width_lets_long_bloc_names_show(
    demo_dataset: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql = "SELECT max_by(name, length(name)) AS name FROM blocs"
    assert main(["query", sql, "--data", str(demo_dataset), "--format", "json"]) == 0
    longest = json.loads(capsys.readouterr().out)[0]["name"]
    assert display_width(longest) > 40  # the demo has a bloc name the default would cut
    assert main(["query", sql, "--data", str(demo_dataset)]) == 0
    assert longest not in capsys.readouterr().out
    for flag in (["--wide"], ["--width", str(display_width(longest))]):
        assert main(["query", sql, "--data", str(demo_dataset), *flag]) == 0
        assert longest in capsys.readouterr().out.splitlines()
    assert main(["query", sql, "--data", str(demo_dataset), "--width", "0"]) == 2
    assert main(["query", sql, "--data", str(demo_dataset), "--wide", "--width", "9"]) == 2
