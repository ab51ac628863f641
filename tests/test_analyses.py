"""The analyst questions (extract.output.analyses, the README, the notebooks) on a dataset
whose right answers are known: tests/fixtures/analysis holds six articles written for it.

Lào Cai, 2021-2023: Sở Công Thương leaves the economic bloc after 2022 and joins the general
bloc in 2023 (a move); Sở Xây dựng sits in the economic bloc and in a construction cluster
in the same years (no move). The economic bloc's reported leaders: Sở Tài chính 2021 and
2022 (no change), Cục Thuế 2023 (a change); Sở Xây dựng is only announced for 2024. Two
articles report the same proposal of 2 Cờ thi đua, one writing "Văn phòng UBND tỉnh", the
other "Văn phòng Ủy ban nhân dân tỉnh".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from extract.output.analyses import flags_per_province, leader_steps, moves, top_recipients
from extract.output.query import open_dataset
from extract.runner import run_extract

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "analysis"


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """The six articles extracted, opened in DuckDB."""
    out = tmp_path_factory.mktemp("analysis")
    summary = run_extract([ARTICLES], out, max_bytes=1_000_000, progress=False)
    assert summary.failed == 0 and summary.articles_read == 6
    connection = open_dataset(out)
    yield connection
    connection.close()


def test_a_move_is_leaving_one_bloc_for_another_not_sitting_in_two(
    con: duckdb.DuckDBPyConnection,
) -> None:
    rows = moves(con)[["organisation", "left_bloc", "last_listed_there", "joined_bloc"]]
    assert rows.values.tolist() == [
        [
            "Sở Công Thương (Lào Cai)",
            "Khối thi đua các cơ quan kinh tế",
            2022,
            "Khối thi đua các cơ quan tổng hợp",
        ]
    ]


def test_the_readme_moves_query_gives_the_same_answer(con: duckdb.DuckDBPyConnection) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("Which organisations moved between blocs", 1)[1]
    sql = re.search(r"```sql\n(.*?)```", section, re.DOTALL)
    assert sql is not None
    assert con.sql(sql.group(1)).df().values.tolist() == moves(con).values.tolist()


def test_leader_changes_count_only_reported_leaders(con: duckdb.DuckDBPyConnection) -> None:
    steps = leader_steps(con)
    got = [(r.year, r.leader, r.next_year_leader, bool(r.changed)) for r in steps.itertuples()]
    # No 2023 -> 2024 step: Sở Xây dựng was only announced for 2024.
    assert got == [
        (2021, "Sở Tài chính", "Sở Tài chính", False),
        (2022, "Sở Tài chính", "Cục Thuế tỉnh", True),
    ]


def test_flags_are_counted_once_across_articles(con: duckdb.DuckDBPyConnection) -> None:
    flags = flags_per_province(con)
    assert flags.values.tolist() == [["Lào Cai", "proposed", 2]]
    # The per-article awards table holds the proposal twice (one row per article).
    ((twice,),) = con.sql("SELECT sum(count) FROM awards WHERE award = 'co_thi_dua'").fetchall()
    assert twice == 4


def test_recipients_are_grouped_by_organisation_not_spelling(
    con: duckdb.DuckDBPyConnection,
) -> None:
    top = top_recipients(con)
    assert top[["times", "spellings"]].values.tolist() == [[2, 1], [2, 2]]
    office = top[top["spellings"] == 2]["recipient"].item()
    assert office.startswith("Văn phòng")
