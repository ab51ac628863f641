"""The ledger: inputs an append run looked at and did not add, kept as an append-only log.

Each line is one entry (`key`, `version`, `outcome`); a later line for the same key replaces
an earlier one. An append run adds only the entries it changed, so a nightly run costs in
proportion to what it met; the log is written whole again (atomically) only when superseded
lines outnumber the live ones. A run stopped while appending leaves a torn last line: it is
ignored when read and cut off by the next append.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import OutputError
from extract.output.writers import atomic_write_bytes, jsonl_bytes

# Rewrite the log whole once it holds this many lines more than twice its live entries.
COMPACT_SLACK = 64


@dataclass
class Ledger:
    """The live entries by key, with what the file on disk holds."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    lines: int = 0  # complete lines in the file, superseded ones included
    size: int = 0  # bytes of those complete lines: a torn tail after them is cut off
    added: dict[str, dict[str, Any]] = field(default_factory=dict)  # changed by this run

    def note(self, key: str, entry: Mapping[str, Any]) -> None:
        """Set a key's entry; only a changed entry is written by `save`."""
        value = dict(entry)
        if self.entries.get(key) != value:
            self.entries[key] = value
            self.added[key] = value


def read_ledger(path: Path) -> Ledger:
    """The ledger at `path` (empty when missing); OutputError when a complete line is damaged."""
    if not path.is_file():
        return Ledger()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1  # a last line without its newline is a torn append
    ledger = Ledger(size=end)
    for lineno, raw in enumerate(data[:end].splitlines(), 1):
        ledger.lines += 1
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise OutputError(
                f"{path}:{lineno} is not valid JSON ({exc.msg}); delete the ledger to have "
                "every input looked at again"
            ) from exc
        if isinstance(entry, dict) and "key" in entry:
            ledger.entries[str(entry["key"])] = entry
    return ledger


def save_ledger(path: Path, ledger: Ledger) -> None:
    """Append this run's entries, or rewrite the log whole when it has grown stale."""
    torn = path.is_file() and path.stat().st_size != ledger.size
    if not ledger.added and not torn:
        return
    if not path.is_file() or ledger.lines + len(ledger.added) > 2 * len(ledger.entries) + (
        COMPACT_SLACK
    ):
        live = sorted(ledger.entries.values(), key=lambda e: str(e["key"]))
        atomic_write_bytes(path, jsonl_bytes(live))
        return
    new = sorted(ledger.added.values(), key=lambda e: str(e["key"]))
    with path.open("r+b") as out:
        out.truncate(ledger.size)
        out.seek(ledger.size)
        out.write(jsonl_bytes(new))
        out.flush()
        os.fsync(out.fileno())
