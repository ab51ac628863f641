"""The streaming dataset writer: the same files as `write_dataset`, records on disk as made."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract.facts.pipeline import extract_facts
from extract.layout import DERIVED_STATE_FILE, IDS_STATE_FILE, MANIFEST_FILE, RECORDS_FILE
from extract.model import Article, Facts
from extract.output.records import to_record
from extract.output.stream import DatasetStream
from extract.output.tables import DERIVED_SCHEMAS, SCHEMAS, ErrorRow, build_tables, record_rows
from extract.output.writers import write_dataset
from extract.runner import run_extract

ROOT = Path(__file__).resolve().parents[1]

# Articles written for these tests (invented units and places), one per bloc phenomenon.
TEXTS = {
    "khoi_a": (
        "Khối thi đua các huyện miền núi tỉnh Yên Hòa tổng kết năm 2022\n\n"
        "Ngày 14/12/2022, Khối thi đua các huyện miền núi tỉnh Yên Hòa tổ chức hội nghị tổng "
        "kết công tác thi đua năm 2022. Khối gồm 04 đơn vị: huyện Đá Trắng, huyện Suối Mây, "
        "huyện Lũng Cao và huyện Bản Vân. Huyện Đá Trắng làm Khối trưởng năm 2022. Ông Lò Văn "
        "Thạch, Chủ tịch UBND huyện Đá Trắng phát biểu."
    ),
    "cum_b": (
        "Cụm thi đua số 3 ký giao ước thi đua năm 2024\n\nSáng 20/2/2024, Cụm thi đua số 3 "
        "gồm các xã Phú Lâm, Hòa Sơn, Tân Đông ký kết giao ước thi đua. Xã Phú Lâm là Cụm "
        'trưởng, xã Hòa Sơn là Cụm phó. Dịp này, UBND huyện tặng Giấy khen cho xã "Tân Đông".'
    ),
    "khong_khoi": (
        "Hội nghị bàn về giao thông nông thôn\n\nNgày 3/5/2023, huyện Suối Mây họp bàn kế "
        "hoạch làm đường liên xã; các đại biểu thống nhất, khởi công vào tháng Bảy."
    ),
}


def _article(key: str, text: str) -> Article:
    """An article whose first line is its title."""
    title = text.split("\n", 1)[0]
    return Article(key, text, title, (0, len(title)), source_path=f"/tmp/{key}.txt")


def _records() -> list[dict[str, Any]]:
    """Records of the test articles, plus copies that exercise every cell type and quoting."""
    records = [to_record(extract_facts(_article(key, text))) for key, text in TEXTS.items()]
    odd = copy.deepcopy(records[0])
    odd["id"] = "khoi_a_gio"
    odd["published"] = "2022-12-14T08:30:00+07:00"  # a zoned time: Parquet keeps it in UTC
    odd["title"] = ""  # an empty text stays an empty string, not a missing value
    odd["url"] = 'https://example.org/tin?a=1,b="2"'  # commas and quotes in a CSV cell
    odd["author"] = "Hoàng\nAn"  # a line break inside a cell
    later = copy.deepcopy(records[1])
    later["id"] = "cum_b_ngay"
    later["published"] = "2024-02-20"
    return [*records, odd, later]


def _stream(out: Path, records: list[dict[str, Any]], errors: list[ErrorRow]) -> None:
    """Write `records` through the streaming writer."""
    with DatasetStream(out) as stream:
        for record in records:
            stream.add(json.dumps(record, ensure_ascii=False), record_rows(record), record)
        stream.publish(errors, inputs=["/tmp"])


def test_stream_writes_the_files_write_dataset_writes(tmp_path: Path) -> None:
    """Every file, byte for byte (manifest: all but its time), for records of every shape."""
    records = _records()
    errors = [
        ErrorRow("hong.txt", None, "read", "InputError", 'trống, "rỗng"'),
        ErrorRow("cum_b.txt", "cum_b", "extract", "DuplicateId", "hai tệp", "warning"),
    ]
    write_dataset(tmp_path / "frames", records, build_tables(records, errors), inputs=["/tmp"])
    _stream(tmp_path / "stream", records, errors)
    names = sorted(p.name for p in (tmp_path / "frames").iterdir())
    # The stream also keeps the state an append run adds to.
    streamed = sorted(p.name for p in (tmp_path / "stream").iterdir())
    assert names == [n for n in streamed if n not in (DERIVED_STATE_FILE, IDS_STATE_FILE)]
    for name in names:
        if name != MANIFEST_FILE:
            old = (tmp_path / "frames" / name).read_bytes()
            assert old == (tmp_path / "stream" / name).read_bytes(), name
    old_manifest = json.loads((tmp_path / "frames" / MANIFEST_FILE).read_text(encoding="utf-8"))
    new_manifest = json.loads((tmp_path / "stream" / MANIFEST_FILE).read_text(encoding="utf-8"))
    old_manifest.pop("created_at")
    new_manifest.pop("created_at")
    for state in (DERIVED_STATE_FILE, IDS_STATE_FILE):
        new_manifest["files"].remove(state)
        new_manifest["sizes"].pop(state)
    assert old_manifest == new_manifest


def test_stream_tables_read_back_with_their_dtypes(tmp_path: Path) -> None:
    """pandas reads the streamed Parquet with nullable dtypes; a zoned time is kept in UTC."""
    _stream(tmp_path, _records(), [])
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    assert str(articles["n_blocs"].dtype) == "Int64"
    row = articles.set_index("article_id").loc["khoi_a_gio"]
    assert str(row["published_at"]) == "2022-12-14 01:30:00"
    assert row["title"] == ""


def test_stream_publishes_nothing_when_stopped(tmp_path: Path) -> None:
    """A stream left without `publish` removes its temporary files and keeps the old dataset."""
    records = _records()
    _stream(tmp_path, records[:1], [])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(KeyboardInterrupt), DatasetStream(tmp_path) as stream:
        stream.add(json.dumps(records[1]), record_rows(records[1]), records[1])
        raise KeyboardInterrupt
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def _write_inputs(folder: Path, copies: int) -> list[Path]:
    """`copies` files of each test article under distinct names."""
    folder.mkdir()
    paths = []
    for i in range(copies):
        for key, text in TEXTS.items():
            path = folder / f"{key}_{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def test_run_writes_records_to_disk_as_they_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mid-run, the records made so far are already in a temporary file beside the dataset."""
    _write_inputs(tmp_path / "in", 40)
    out = tmp_path / "out"
    sizes: list[int] = []

    def watching(article: Article) -> Facts:
        temps = list(out.glob(f".{RECORDS_FILE}.*.tmp"))
        sizes.append(sum(p.stat().st_size for p in temps))
        return extract_facts(article)

    monkeypatch.setattr("extract.runner.extract_facts", watching)
    summary = run_extract([tmp_path / "in"], out, max_bytes=100_000, progress=False)
    assert summary.articles_read == 120 and summary.total_records == 120
    assert sizes[0] == 0 and sizes[-1] > 0  # grows while the run goes on
    assert not list(out.glob(".*.tmp"))  # every temporary file was published
    assert len((out / RECORDS_FILE).read_text(encoding="utf-8").splitlines()) == 120


def test_interrupted_run_keeps_the_old_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle of a run leaves the previous dataset whole and no temporary files."""
    inputs = _write_inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_extract(inputs[:2], out, max_bytes=100_000, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def stopping(article: Article) -> Facts:
        calls.append(article.id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return extract_facts(article)

    monkeypatch.setattr("extract.runner.extract_facts", stopping)
    with pytest.raises(KeyboardInterrupt):
        run_extract(inputs, out, max_bytes=100_000, progress=False, append=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_append_run_equals_one_run_over_everything(tmp_path: Path) -> None:
    """Old records are copied through the stream: an append run writes what one run would."""
    inputs = _write_inputs(tmp_path / "in", 2)
    run_extract(inputs, tmp_path / "once", max_bytes=100_000, progress=False)
    run_extract(inputs[:3], tmp_path / "twice", max_bytes=100_000, progress=False)
    run_extract(inputs[3:], tmp_path / "twice", max_bytes=100_000, progress=False, append=True)
    for name in (RECORDS_FILE, "articles.csv", "blocs.csv", "entities.csv", "bloc_years.csv"):
        once = (tmp_path / "once" / name).read_bytes()
        assert once == (tmp_path / "twice" / name).read_bytes(), name


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every dataset file: changed by any rewrite."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.iterdir()
        if p.name != "ledger.jsonl"
    }


def test_append_run_that_adds_nothing_rewrites_nothing(tmp_path: Path) -> None:
    """A nightly append over inputs already in the dataset leaves every file as it was."""
    inputs = _write_inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_extract(inputs, out, max_bytes=100_000, progress=False)
    before = _stamps(out)
    summary = run_extract(inputs, out, max_bytes=100_000, progress=False, append=True)
    assert summary.articles_read == 0 and summary.already == 6 and summary.total_records == 6
    assert _stamps(out) == before
    new = tmp_path / "khoi_a_moi.txt"
    new.write_text(TEXTS["khoi_a"].replace("Suối Mây", "Suối Ngọc"), encoding="utf-8")
    summary = run_extract([new], out, max_bytes=100_000, progress=False, append=True)
    # A new article: one new record, and the dataset is written again.
    assert summary.articles_read == 1 and summary.total_records == 7
    assert _stamps(out)[RECORDS_FILE] != before[RECORDS_FILE]


def test_append_run_that_adds_nothing_still_repairs_or_clears(tmp_path: Path) -> None:
    """Nothing new, but the last run's errors go, and an incomplete dataset is written whole."""
    inputs = _write_inputs(tmp_path / "in", 1)
    broken = tmp_path / "in" / "hong.txt"
    broken.write_bytes(b"")
    out = tmp_path / "out"
    run_extract([*inputs, broken], out, max_bytes=100_000, progress=False)
    assert len(pd.read_csv(out / "errors.csv", encoding="utf-8-sig")) == 1
    run_extract(inputs, out, max_bytes=100_000, progress=False, append=True)
    assert len(pd.read_csv(out / "errors.csv", encoding="utf-8-sig")) == 0
    (out / MANIFEST_FILE).unlink()
    (out / "blocs.csv").unlink()
    run_extract(inputs, out, max_bytes=100_000, progress=False, append=True)
    assert (out / MANIFEST_FILE).is_file() and (out / "blocs.csv").is_file()


def _files(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Inode, modification time and size of every file of a dataset."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.stat().st_size)
        for p in folder.iterdir()
        if p.is_file()
    }


def _written(
    before: dict[str, tuple[int, int, int]], after: dict[str, tuple[int, int, int]]
) -> dict[str, int]:
    """Bytes a run wrote per file: a new or replaced file whole, an appended one its growth."""
    out = {}
    for name, (inode, mtime, size) in after.items():
        old = before.get(name)
        if old is None or old[0] != inode:
            out[name] = size
        elif old[1] != mtime:
            out[name] = size - old[2]
    return out


_RECORD_TABLES = [n for n in SCHEMAS if n != "errors"]
_REWRITTEN = {
    MANIFEST_FILE,
    "ledger.jsonl",
    *(f"{n}.{x}" for n in ("errors", *DERIVED_SCHEMAS) for x in ("parquet", "csv")),
}


def test_append_writes_in_proportion_to_what_it_adds(tmp_path: Path) -> None:
    """One new article added to a dataset of 6 or of 60 records writes the same bytes of
    records, per-record tables (CSV lines added, a new Parquet part) and derived state; the
    old Parquet files are not touched; only the derived tables, errors and manifest are
    written again."""
    new = tmp_path / "new" / "khoi_a_moi.txt"
    new.parent.mkdir()
    new.write_text(TEXTS["khoi_a"].replace("Suối Mây", "Suối Ngọc"), encoding="utf-8")
    grown: list[dict[str, int]] = []
    for copies in (2, 20):
        out = tmp_path / f"out{copies}"
        run_extract(_write_inputs(tmp_path / f"in{copies}", copies), out, max_bytes=100_000,
                    progress=False)  # fmt: skip
        before = _files(out)
        summary = run_extract([new], out, max_bytes=100_000, progress=False, append=True)
        assert summary.articles_read == 1 and summary.total_records == 3 * copies + 1
        after = _files(out)
        written = _written(before, after)
        assert set(written) - _REWRITTEN == {
            RECORDS_FILE,
            DERIVED_STATE_FILE,
            IDS_STATE_FILE,
            *(f"{n}.csv" for n in _RECORD_TABLES),
            *(p for p in after if p.endswith(".00001.parquet")),
        }
        for name in _RECORD_TABLES:  # the old rows stay where they were
            assert after[f"{name}.parquet"] == before[f"{name}.parquet"], name
        grown.append({n: b for n, b in written.items() if n not in _REWRITTEN})
    small, large = grown
    assert small == large  # the same bytes, whatever the dataset holds already
    assert sum(small.values()) < 0.2 * sum(before[n][2] for n in before)


def test_append_is_read_as_one_table_and_equals_one_run(tmp_path: Path) -> None:
    """`thidua query` reads a table's parts together; every CSV file and the Parquet rows
    equal one run over all the inputs."""
    from extract.output.query import open_dataset

    inputs = _write_inputs(tmp_path / "in", 2)
    run_extract(inputs, tmp_path / "once", max_bytes=100_000, progress=False)
    run_extract(inputs[:4], tmp_path / "twice", max_bytes=100_000, progress=False)
    run_extract(inputs[4:], tmp_path / "twice", max_bytes=100_000, progress=False, append=True)
    twice = tmp_path / "twice"
    assert list(twice.glob("*.00001.parquet"))
    for name in [*SCHEMAS, *DERIVED_SCHEMAS]:
        once_csv = (tmp_path / "once" / f"{name}.csv").read_bytes()
        assert once_csv == (twice / f"{name}.csv").read_bytes(), name
        once = pd.read_parquet(tmp_path / "once" / f"{name}.parquet")
        parts = sorted(twice.glob(f"{name}.*parquet"), key=lambda p: len(p.name))
        both = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(once, both, check_dtype=False)
    con = open_dataset(twice)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (6,)


def test_interrupted_append_is_cut_back_by_the_next_run(tmp_path: Path) -> None:
    """Bytes an interrupted append added past the manifest's sizes make readers refuse the
    dataset; the next append cuts them off and writes what a clean run writes."""
    from extract.errors import DatasetError
    from extract.output.query import open_dataset

    inputs = _write_inputs(tmp_path / "in", 2)
    for out in (tmp_path / "clean", tmp_path / "crashed"):
        run_extract(inputs[:4], out, max_bytes=100_000, progress=False)
    crashed = tmp_path / "crashed"
    for name in (RECORDS_FILE, "articles.csv", DERIVED_STATE_FILE, IDS_STATE_FILE):
        with (crashed / name).open("ab") as handle:
            handle.write(b'{"id": "half a line')
    (crashed / "blocs.00001.parquet").write_bytes(b"PAR1 left by a crash")
    with pytest.raises(DatasetError, match="does not match its manifest"):
        open_dataset(crashed)
    for out in (tmp_path / "clean", crashed):
        run_extract(inputs[4:], out, max_bytes=100_000, progress=False, append=True)
    for name in (RECORDS_FILE, "articles.csv", "blocs.csv", "entities.csv", "derived_evidence.csv"):
        assert (crashed / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert (
        open_dataset(crashed).execute("SELECT count(*) FROM blocs").fetchone()
        == open_dataset(tmp_path / "clean").execute("SELECT count(*) FROM blocs").fetchone()
    )


def test_append_reads_no_old_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An append run learns the old ids and content hashes from ids.state and the derived
    state from derived.state: records.jsonl is only added to, never read."""
    inputs = _write_inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_extract(inputs[:4], out, max_bytes=100_000, progress=False)
    opened: list[str] = []
    real_open = Path.open

    def watching(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self.name == RECORDS_FILE and "+" not in mode and "a" not in mode:
            opened.append(mode)
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", watching)
    summary = run_extract(inputs, out, max_bytes=100_000, progress=False, append=True)
    assert summary.articles_read == 2 and summary.already == 4 and summary.total_records == 6
    assert opened == []
