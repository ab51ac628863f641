"""The ledger of inputs looked at and not added: an append-only log (issue 10, appends)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.errors import OutputError
from extract.output.ledger import COMPACT_SLACK, read_ledger, save_ledger


def _entry(i: int, outcome: str = "not_relevant", version: str = "v1") -> dict[str, str]:
    """One ledger entry for crawled page number i."""
    return {"key": f"store:https://tin.example.vn/{i}.html", "version": version, "outcome": outcome}


def _fill(path: Path, n: int) -> None:
    """A ledger of n entries, written by a first run."""
    ledger = read_ledger(path)
    for i in range(n):
        e = _entry(i)
        ledger.note(e["key"], e)
    save_ledger(path, ledger)


def test_a_missing_ledger_reads_empty_and_is_created(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    assert read_ledger(path).entries == {}
    _fill(path, 3)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    assert set(read_ledger(path).entries) == {_entry(i)["key"] for i in range(3)}


@pytest.mark.parametrize("old", [10, 1000])
def test_an_append_writes_only_what_it_changed(tmp_path: Path, old: int) -> None:
    """Two new entries cost the same bytes over a ledger of 10 or of 1,000; old bytes stay."""
    path = tmp_path / "ledger.jsonl"
    _fill(path, old)
    before = path.read_bytes()
    ledger = read_ledger(path)
    for i in (old, old + 1):
        ledger.note(_entry(i)["key"], _entry(i))
    ledger.note(_entry(0)["key"], _entry(0))  # unchanged: not written again
    save_ledger(path, ledger)
    after = path.read_bytes()
    assert after.startswith(before)
    added = after[len(before) :].decode("utf-8").splitlines()
    keys = [json.loads(line)["key"] for line in added]
    assert keys == [_entry(old)["key"], _entry(old + 1)["key"]]


def test_a_later_line_replaces_an_earlier_one(tmp_path: Path) -> None:
    """A page seen again in a new version: the newest outcome is the one read back."""
    path = tmp_path / "ledger.jsonl"
    _fill(path, 5)
    ledger = read_ledger(path)
    newer = _entry(2, outcome="duplicate", version="v2")
    ledger.note(newer["key"], newer)
    save_ledger(path, ledger)
    assert read_ledger(path).entries[newer["key"]] == newer
    assert len(read_ledger(path).entries) == 5


def test_a_torn_last_line_is_ignored_then_cut_off(tmp_path: Path) -> None:
    """A run stopped mid-append leaves half a line: it is not read, and the next append
    cuts it off before adding its own lines."""
    path = tmp_path / "ledger.jsonl"
    _fill(path, 4)
    intact = path.read_bytes()
    with path.open("ab") as handle:
        handle.write(b'{"key": "store:https://tin.example.vn/9.ht')
    ledger = read_ledger(path)
    assert len(ledger.entries) == 4
    save_ledger(path, ledger)  # nothing new, but the torn tail goes
    assert path.read_bytes() == intact
    ledger = read_ledger(path)
    ledger.note(_entry(7)["key"], _entry(7))
    save_ledger(path, ledger)
    assert [json.loads(x)["key"] for x in path.read_text(encoding="utf-8").splitlines()][-1] == (
        _entry(7)["key"]
    )


def test_a_stale_log_is_written_whole_again(tmp_path: Path) -> None:
    """Once superseded lines outnumber the live ones, the log is compacted atomically."""
    path = tmp_path / "ledger.jsonl"
    _fill(path, 3)
    for round_ in range(COMPACT_SLACK + 10):
        ledger = read_ledger(path)
        e = _entry(0, version=f"v{round_ + 2}")
        ledger.note(e["key"], e)
        save_ledger(path, ledger)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 2 * 3 + COMPACT_SLACK
    assert read_ledger(path).entries[_entry(0)["key"]]["version"] == f"v{COMPACT_SLACK + 11}"


def test_a_damaged_complete_line_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    path.write_text('{"key": "a", "version": "1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(OutputError, match=r"ledger\.jsonl:2"):
        read_ledger(path)
