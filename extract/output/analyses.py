"""The analyses the notebooks and the README show, as tested queries over a dataset.

Each answers one analyst question over the linked tables (`bloc_years`, `award_counts`,
`entities`), so that the same bloc or organisation under several spellings counts once and
an award reported by several articles counts once. tests/test_analyses.py checks each answer
on a small dataset whose right answer is known.
"""

from __future__ import annotations

import duckdb
import pandas as pd

__all__ = [
    "LEADER_STEPS",
    "MOVES",
    "flags_per_province",
    "leader_steps",
    "moves",
    "top_recipients",
]

# An organisation moved when a bloc stops listing it and, later, another bloc of the same
# scope (one province, or one national system) starts to: a bloc's last year with it is
# before the other's first. Two blocs listing it in the same years is no move.
MOVES = """
WITH seen AS (
    SELECT m.org_id, m.bloc_id, split_part(m.bloc_id, ':', 2) AS scope,
           any_value(m.bloc_name) AS bloc_name, min(y.year) AS first_year,
           max(y.year) AS last_year
    FROM members m
    JOIN blocs b USING (article_id, bloc_index)
    JOIN articles a USING (article_id)
    CROSS JOIN LATERAL (SELECT coalesce(try_cast(left(b.event_period, 4) AS INTEGER),
                                        year(b.event_date),
                                        year(a.published)) AS year) y
    WHERE y.year IS NOT NULL AND m.org_id IS NOT NULL
    GROUP BY m.org_id, m.bloc_id
)
SELECT e.canonical_name AS organisation, e.province,
       l.bloc_name AS left_bloc, l.last_year AS last_listed_there,
       j.bloc_name AS joined_bloc, j.first_year AS first_listed_there
FROM seen l
JOIN seen j ON j.org_id = l.org_id AND j.scope = l.scope AND j.bloc_id <> l.bloc_id
           AND l.last_year < j.first_year
JOIN entities e ON e.entity_id = l.org_id
ORDER BY organisation, last_listed_there
"""

# Consecutive years of one bloc whose leaders were both reported (not only announced the
# year before as the next leader): did the lead change hands?
LEADER_STEPS = """
SELECT y.bloc_id, y.bloc_name, y.province, y.year, y.leader_org AS leader,
       n.leader_org AS next_year_leader,
       coalesce(n.leader_org_id, n.leader_org) <> coalesce(y.leader_org_id, y.leader_org)
           AS changed
FROM bloc_years y
JOIN bloc_years n ON n.bloc_id = y.bloc_id AND n.year = y.year + 1
WHERE y.leader_source = 'leader' AND n.leader_source = 'leader'
ORDER BY y.bloc_id, y.year
"""

# Cờ thi đua per province and status: the de-duplicated totals of award_counts.
FLAGS = """
SELECT coalesce(province, '(unknown)') AS province, status, sum(total) AS flags
FROM award_counts
WHERE award = 'co_thi_dua' AND total IS NOT NULL
GROUP BY ALL
ORDER BY province, status
"""

# Recipients by organisation id (every spelling of one organisation together).
RECIPIENTS = """
SELECT coalesce(e.canonical_name, any_value(r.recipient)) AS recipient,
       count(DISTINCT r.article_id || '/' || r.bloc_index || '/' || r.award_index) AS times,
       string_agg(DISTINCT w.award, ', ' ORDER BY w.award) AS kinds,
       count(DISTINCT r.recipient) AS spellings
FROM award_recipients r
JOIN awards w USING (article_id, bloc_index, award_index)
LEFT JOIN entities e ON e.entity_id = r.org_id
GROUP BY coalesce(r.org_id, r.recipient), e.canonical_name
ORDER BY times DESC, recipient
LIMIT ?
"""


def _frame(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> pd.DataFrame:
    """The result of `sql` as a DataFrame."""
    frame: pd.DataFrame = con.execute(sql, list(params)).df()
    return frame


def moves(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Organisations that left one bloc for another of the same scope, with the years."""
    return _frame(con, MOVES)


def leader_steps(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Year-to-year steps of each bloc's reported leader, and whether the lead changed."""
    return _frame(con, LEADER_STEPS)


def flags_per_province(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Cờ thi đua per province and status, each award counted once across articles."""
    return _frame(con, FLAGS)


def top_recipients(con: duckdb.DuckDBPyConnection, limit: int = 15) -> pd.DataFrame:
    """The most awarded organisations, every spelling of one organisation together."""
    return _frame(con, RECIPIENTS, limit)
