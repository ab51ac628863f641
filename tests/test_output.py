"""Records, tables and atomic writers (layer 5)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import IO, Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract import SCHEMA_VERSION
from extract.errors import OutputError
from extract.model import Article, Award, Bloc, Event, Facts, Mention, Person, Role, Span
from extract.output.records import BLOC_KEYS, RECORD_KEYS, facts_found, to_record
from extract.output.tables import DATE, SCHEMAS, TABLE_NAMES, TIMESTAMP, ErrorRow, build_tables
from extract.output.writers import (
    MANIFEST_FILE,
    RECORDS_FILE,
    atomic_write,
    atomic_write_bytes,
    write_dataset,
)

# A made-up article (not from the shared corpus) exercising every field.
TITLE = "Khối thi đua các hội đặc thù tỉnh Lào Cai sơ kết 6 tháng đầu năm 2023"
BODY = (
    "Ngày 12/7/2023, Khối thi đua các hội đặc thù tỉnh Lào Cai tổ chức hội nghị sơ kết "
    "công tác thi đua 6 tháng đầu năm. Khối gồm 03 đơn vị: Hội Nhà báo tỉnh, Hội Luật gia "
    "tỉnh, Hội Chữ thập đỏ tỉnh. Hội Nhà báo tỉnh là Khối trưởng năm 2023. Dịp này, UBND "
    "tỉnh tặng Bằng khen cho 02 đơn vị: Hội Luật gia tỉnh và Hội Chữ thập đỏ tỉnh. "
    "Bà Nguyễn Thị Hoà, Chủ tịch Hội Nhà báo tỉnh phát biểu."
)
TEXT = f"{TITLE}\n\n{BODY}"
BLOC = "Khối thi đua các hội đặc thù"
MEMBERS = ["Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", "Hội Chữ thập đỏ tỉnh"]


def find(needle: str, after: int = len(TITLE)) -> Span:
    """The span of `needle` in the body (first occurrence after `after`)."""
    start = TEXT.index(needle, after)
    return (start, start + len(needle))


def sample_facts() -> Facts:
    """Facts for the made-up article, every span pointing at its value."""
    article = Article(
        id="lao_cai_2023",
        text=TEXT,
        title=TITLE,
        title_span=(0, len(TITLE)),
        url="https://example.org/tin/khoi-thi-dua",
        source_path="/tmp/lao_cai_2023.txt",
    )
    count_span = find("03")
    members_at = count_span[1]
    award_span = find("Bằng khen")
    recipient_spans = [find(MEMBERS[1], award_span[1]), find(MEMBERS[2], award_span[1])]
    bloc = Bloc(
        name=BLOC,
        span=find(BLOC),
        event=Event("mid_year_review", "2023-07-12", "2023-H1", find("sơ kết"), find("12/7/2023")),
        leader=Role(MEMBERS[0], 2023, find("Hội Nhà báo tỉnh là Khối trưởng")),
        member_count=3,
        member_count_span=count_span,
        members=list(MEMBERS),
        member_spans=[find(m, members_at) for m in MEMBERS],
        awards=[
            Award(
                "bang_khen",
                "province",
                2,
                "conferred",
                2023,
                MEMBERS[1:],
                award_span,
                recipient_spans,
            )
        ],
    )
    person = Person("Nguyễn Thị Hoà", "Chủ tịch Hội Nhà báo tỉnh", find("Nguyễn Thị Hoà"))
    person.role_span = find("Chủ tịch Hội Nhà báo tỉnh")
    return Facts(
        article=article,
        blocs=[bloc],
        people=[person],
        province="Lào Cai",
        province_2025="Lào Cai",
        province_span=find("Lào Cai"),
        province_source="text",
        published="2023-07-13",
        mentions=[
            Mention("DATE", *find("12/7/2023"), "12/7/2023", dt.date(2023, 7, 12), "date_rule"),
            Mention("COUNT", *count_span, "03", 3, "count_rule"),
        ],
    )


@pytest.fixture
def record() -> dict[str, Any]:
    """The record of the made-up article."""
    return to_record(sample_facts())


def _spans(evidence: Any) -> list[list[int]]:
    """Every [start, end] pair nested anywhere in an evidence object."""
    if (
        isinstance(evidence, list)
        and len(evidence) == 2
        and all(isinstance(x, int) for x in evidence)
    ):
        return [evidence]
    if isinstance(evidence, list):
        return [s for item in evidence for s in _spans(item)]
    if isinstance(evidence, dict):
        return [s for item in evidence.values() for s in _spans(item)]
    return []


# --- records ---------------------------------------------------------------------------


def test_record_has_format_keys_and_types(record: dict[str, Any]) -> None:
    assert list(record)[: len(RECORD_KEYS)] == list(RECORD_KEYS)
    assert isinstance(record["id"], str) and isinstance(record["title"], str)
    assert record["published"] == "2023-07-13" and record["author"] is None
    assert record["province"] == "Lào Cai"
    assert record["schema_version"] == SCHEMA_VERSION
    (bloc,) = record["blocs"]
    assert tuple(bloc)[: len(BLOC_KEYS)] == BLOC_KEYS  # contract keys first, extras after
    assert bloc["qualifier"] is None  # "Khối thi đua các hội" is not a numbered name
    assert bloc["event"] == {"type": "mid_year_review", "date": "2023-07-12", "period": "2023-H1"}
    assert bloc["leader"] == {"org": "Hội Nhà báo tỉnh", "year": 2023}
    assert bloc["deputy_leader"] is None and bloc["next_leader"] is None
    assert bloc["member_count"] == 3 and bloc["members"] == MEMBERS
    assert bloc["awards"] == [
        {
            "award": "bang_khen",
            "issuer": "province",
            "count": 2,
            "status": "conferred",
            "year": 2023,
            "recipients": MEMBERS[1:],
        }
    ]
    assert record["people"] == [{"name": "Nguyễn Thị Hoà", "role": "Chủ tịch Hội Nhà báo tỉnh"}]


def test_record_is_plain_json(record: dict[str, Any]) -> None:
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
    assert record["mentions"][0]["value"] == "2023-07-12"  # date objects become ISO strings


def test_evidence_spans_index_text(record: dict[str, Any]) -> None:
    text, ev = record["text"], record["evidence"]
    assert text[slice(*ev["province"])] == record["province"]
    assert text[slice(*ev["title"])] == record["title"]
    assert ev["published"] is None  # from metadata, not the text
    bev, bloc = ev["blocs"][0], record["blocs"][0]
    assert text[slice(*bev["name"])] == bloc["name"]
    assert [text[slice(*s)] for s in bev["members"]] == bloc["members"]
    assert text[slice(*bev["event.date"])] == "12/7/2023"
    assert text[slice(*bev["member_count"])] == "03"
    assert bloc["leader"]["org"] in text[slice(*bev["leader"])]
    assert [text[slice(*s)] for s in bev["awards.recipients"][0]] == MEMBERS[1:]
    assert [text[slice(*s)] for s in ev["people"]] == ["Nguyễn Thị Hoà"]
    for m in record["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for start, end in _spans(ev):
        assert 0 <= start < end <= len(text)


def test_missing_spans_pad_with_null() -> None:
    facts = sample_facts()
    facts.blocs[0].member_spans = facts.blocs[0].member_spans[:1]
    ev = to_record(facts)["evidence"]["blocs"][0]
    assert len(ev["members"]) == 3 and ev["members"][1:] == [None, None]


def test_empty_span_is_no_evidence() -> None:
    facts = sample_facts()
    facts.blocs[0].span = (0, 0)  # a bloc named from the URL, not the text
    assert to_record(facts)["evidence"]["blocs"][0]["name"] is None


def test_facts_found_counts_blocs_members_awards_people_roles(record: dict[str, Any]) -> None:
    assert facts_found(record) == 1 + 3 + 1 + 1 + 1


# --- tables ----------------------------------------------------------------------------


def test_tables_follow_schema(record: dict[str, Any]) -> None:
    tables = build_tables([record], [ErrorRow("bad.txt", None, "read", "InputError", "trống")])
    assert tuple(tables) == TABLE_NAMES
    for name, df in tables.items():
        assert [(c, str(t)) for c, t in df.dtypes.items()] == [
            (c, "object" if t in (DATE, TIMESTAMP) else str(pd.Series([], dtype=t).dtype))
            for c, t in SCHEMAS[name]
        ]
        assert "schema_version" in df.columns
        if name != "errors":
            assert "article_id" in df.columns
            assert all(df[c].dtype == "Int64" for c in df.columns if c.endswith(("_start", "_end")))
    assert len(tables["members"]) == 3 and len(tables["award_recipients"]) == 2
    assert tables["awards"].loc[0, "n_recipients"] == 2  # names: one per award_recipients row
    assert tables["award_recipients"]["recipient"].tolist() == MEMBERS[1:]
    members = tables["members"]
    for _, row in members.iterrows():
        assert TEXT[row["member_start"] : row["member_end"]] == row["member"]
    blocs = tables["blocs"]
    assert blocs.loc[0, "event_date"] == dt.date(2023, 7, 12)
    assert (blocs.loc[0, "event_month"], blocs.loc[0, "event_day"]) == (7, 12)
    assert blocs["deputy_leader_org"].isna().all() and blocs["deputy_leader_start"].isna().all()
    assert tables["mentions"].loc[1, "value"] == "3"
    assert tables["errors"].loc[0, "stage"] == "read"


def test_empty_tables_keep_schema() -> None:
    for name, df in build_tables([]).items():
        assert df.empty
        assert list(df.columns) == [c for c, _ in SCHEMAS[name]]


# --- writers ---------------------------------------------------------------------------


def test_write_dataset_files(tmp_path: Path, record: dict[str, Any]) -> None:
    tables = build_tables([record])
    write_dataset(tmp_path, [record], tables, inputs=["/tmp/lao_cai_2023.txt"])
    lines = (tmp_path / RECORDS_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "Nguyễn Thị Hoà" in lines[0]  # ensure_ascii=False
    assert json.loads(lines[0]) == record
    manifest = json.loads((tmp_path / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["inputs"] == ["/tmp/lao_cai_2023.txt"]
    assert manifest["counts"]["members"] == 3 and manifest["counts"]["records"] == 1
    assert manifest["created_at"].endswith("Z")
    for name in TABLE_NAMES:
        assert (tmp_path / f"{name}.parquet").is_file() and (tmp_path / f"{name}.csv").is_file()
    assert not list(tmp_path.glob(".*.tmp"))


def test_csv_has_bom_and_round_trips_vietnamese(tmp_path: Path, record: dict[str, Any]) -> None:
    write_dataset(tmp_path, [record], build_tables([record]))
    raw = (tmp_path / "members.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(tmp_path / "members.csv", encoding="utf-8-sig")
    assert list(back.columns) == [c for c, _ in SCHEMAS["members"]]
    assert back["member"].tolist() == MEMBERS
    assert back["bloc_name"].iloc[0] == BLOC
    blocs = pd.read_csv(tmp_path / "blocs.csv", encoding="utf-8-sig", dtype=str)
    assert blocs.loc[0, "event_date"] == "2023-07-12"


@pytest.mark.parametrize(
    ("published", "event_date", "want"),
    [
        ("2023-07-12", "2023-07-12", ("2023-07-12", "", "2023-07-12", "7", "12")),
        ("2023-07-12T14:36:00", "--07-06", ("2023-07-12", "2023-07-12 14:36:00", "", "7", "6")),
        (None, None, ("", "", "", "", "")),
    ],
)
def test_dates_are_typed_and_a_day_without_a_year_is_null(
    tmp_path: Path,
    record: dict[str, Any],
    published: str | None,
    event_date: str | None,
    want: tuple[str, ...],
) -> None:
    """Parquet gets date32/timestamp columns; the CSV never holds "--07-06" (an Excel formula)."""
    record = json.loads(json.dumps(record))
    record["published"] = published
    record["blocs"][0]["event"]["date"] = event_date
    write_dataset(tmp_path, [record], build_tables([record]))
    articles = pq.read_table(tmp_path / "articles.parquet")
    blocs = pq.read_table(tmp_path / "blocs.parquet")
    assert str(articles.schema.field("published").type) == "date32[day]"
    assert str(articles.schema.field("published_at").type).startswith("timestamp")
    assert str(blocs.schema.field("event_date").type) == "date32[day]"
    a = pd.read_csv(tmp_path / "articles.csv", encoding="utf-8-sig", dtype=str).fillna("")
    b = pd.read_csv(tmp_path / "blocs.csv", encoding="utf-8-sig", dtype=str).fillna("")
    got = (
        a.loc[0, "published"],
        a.loc[0, "published_at"],
        b.loc[0, "event_date"],
        b.loc[0, "event_month"],
        b.loc[0, "event_day"],
    )
    assert got == want
    assert "--" not in (tmp_path / "blocs.csv").read_text(encoding="utf-8-sig")


def test_parquet_schema_and_metadata(tmp_path: Path, record: dict[str, Any]) -> None:
    write_dataset(tmp_path, [record], build_tables([record]))
    schema = pq.read_schema(tmp_path / "blocs.parquet")
    assert schema.metadata[b"schema_version"] == SCHEMA_VERSION.encode()
    assert schema.metadata[b"table"] == b"blocs"
    assert str(schema.field("name").type) == "string"
    assert str(schema.field("name_start").type) == "int64"
    back = pd.read_parquet(tmp_path / "blocs.parquet")
    assert back.loc[0, "name"] == BLOC and back["member_count"].dtype == "Int64"


def test_empty_parquet_and_csv_keep_columns(tmp_path: Path) -> None:
    write_dataset(tmp_path, [], build_tables([]))
    for name in TABLE_NAMES:
        columns = [c for c, _ in SCHEMAS[name]]
        assert pq.read_schema(tmp_path / f"{name}.parquet").names == columns
        assert (
            pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig").columns.tolist() == columns
        )
    assert (tmp_path / RECORDS_FILE).read_bytes() == b""


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write_bytes(target, "cũ".encode())
    atomic_write_bytes(target, "mới".encode())
    assert target.read_text(encoding="utf-8") == "mới"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """Cron and systemd set-ups share datasets: files get the umask's mode, not mkstemp's 0600."""
    old = os.umask(umask)
    try:
        atomic_write_bytes(tmp_path / "report.html", b"<html></html>")
        write_dataset(tmp_path / "data", [], build_tables([]))
    finally:
        os.umask(old)
    written = [tmp_path / "report.html", *(tmp_path / "data").iterdir()]
    assert len(written) > 5
    assert {oct(p.stat().st_mode & 0o777) for p in written} == {oct(mode)}


def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new\n")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_bytes() == b"new\n"


def test_failing_write_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    atomic_write_bytes(target, b"old\n")

    def half_then_fail(handle: IO[bytes]) -> None:
        handle.write(b"half a rec")
        raise KeyboardInterrupt  # an interruption mid-write

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_write_dataset_into_a_file_is_a_clear_error(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "out"
    not_a_dir.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="not a folder"):
        write_dataset(not_a_dir, [], build_tables([]))
