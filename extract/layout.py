"""File and folder names of a dataset and a store, importable without their heavy writers.

`thidua` checks what an --out folder holds before it loads pandas, the crawl stack or
warcio; the modules that write these files take their names from here.
"""

from __future__ import annotations

from pathlib import Path

RECORDS_FILE = "records.jsonl"
MANIFEST_FILE = "manifest.json"
# Pages an append run looked at and decided not to add (not about blocs, duplicate text),
# so the next run does not parse them again while their content is unchanged.
LEDGER_FILE = "ledger.jsonl"
# What the derived tables are computed from, one entry per record (extract.output.derived):
# an append run adds the new records' entries instead of reading every old record again.
DERIVED_STATE_FILE = "derived.state"
# Per record, a 16-byte digest of its id and of its content hash (extract.runner.id_digest):
# what an append run needs to know of the old records, without reading records.jsonl.
IDS_STATE_FILE = "ids.state"
RUNS_DIR = "runs"
STATE_FILE = "state.sqlite"


def is_store(path: Path) -> bool:
    """Whether `path` is a store folder (it has a state database)."""
    return path.is_dir() and (path / STATE_FILE).is_file()
