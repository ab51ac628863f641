"""Load rule files from `rules/`: YAML (or TSV) data with a schema and inline examples.

A YAML rule file has the keys `description`, `schema` (a JSON Schema for `entries`, or the
path of a shared one under `rules/`, e.g. "schemas/source.json"),
`entries` and `examples`. A TSV rule file starts with comment lines: `# description: ...`,
`# columns: a<TAB>b...` and `# example: {json}`; its rows become dicts keyed by column.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from extract.errors import RuleError


def packaged_or_checkout(packaged: str, checkout: Path) -> Path:
    """A data folder installed inside the package (a wheel), else the checkout's own folder."""
    here = Path(__file__).resolve().parent
    installed = here / packaged
    return installed if installed.is_dir() else here.parent / checkout


DEFAULT_RULES_DIR = packaged_or_checkout("_rules", Path("rules"))


@dataclass(frozen=True)
class RuleFile:
    """A validated rule file."""

    name: str
    path: Path
    description: str
    entries: Any
    examples: list[dict[str, Any]]


def rules_dir() -> Path:
    """Return the rules folder (env THIDUA_RULES overrides the bundled one)."""
    return Path(os.environ.get("THIDUA_RULES", DEFAULT_RULES_DIR))


# The C parser when PyYAML was built with libyaml: it reads the rule files about 7x faster
# and gives the same values (tests/test_rules_examples.py compares the two).
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_schema(name: str, schema: Any) -> None:
    """Raise RuleError when a rule file's schema is not a valid JSON Schema."""
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise RuleError(
            f"rules/{name}: its schema is not valid JSON Schema: {exc.message}. Fix the schema."
        ) from exc


def _validate(name: str, schema: Any, entries: Any) -> None:
    """Raise RuleError when entries do not satisfy the file's schema."""
    # Entries only: checking each schema against the meta-schema took 85% of the loading
    # time of every command; it runs when an entry fails and in the tests of every file.
    validator = jsonschema.validators.validator_for(schema)(schema)
    try:
        error = jsonschema.exceptions.best_match(validator.iter_errors(entries))
    except Exception:
        check_schema(name, schema)  # a broken schema is the likelier cause: name it
        raise
    if error is not None:
        check_schema(name, schema)
        where = "/".join(str(p) for p in error.absolute_path)
        raise RuleError(
            f"rules/{name}: entry {where or '(root)'} breaks the schema: {error.message}. "
            "Fix the entry or the schema in that file."
        )


def _schema(name: str, schema: Any) -> Any:
    """The schema itself, or the shared one a string names (e.g. "schemas/source.json")."""
    if not isinstance(schema, str):
        return schema
    path = rules_dir() / schema
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleError(
            f"rules/{name}: its schema {schema!r} cannot be read ({exc}); restore it from git."
        ) from exc


def _load_yaml(name: str, path: Path) -> RuleFile:
    """Parse and validate a YAML rule file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise RuleError(f"rules/{name}: not valid YAML ({exc}). Fix the syntax.") from exc
    if not isinstance(data, dict) or not {"description", "schema", "entries"} <= data.keys():
        raise RuleError(
            f"rules/{name}: needs the keys description, schema, entries (and examples)."
        )
    _validate(name, _schema(name, data["schema"]), data["entries"])
    examples = data.get("examples") or []
    if not isinstance(examples, list):
        raise RuleError(f"rules/{name}: `examples` must be a list of mappings.")
    return RuleFile(name, path, str(data["description"]), data["entries"], examples)


def _load_tsv(name: str, path: Path) -> RuleFile:
    """Parse a TSV rule file with commented header, columns and examples."""
    description, columns = "", list[str]()
    examples: list[dict[str, Any]] = []
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(":")
            if key == "description":
                description = value.strip()
            elif key == "columns":
                columns = [c.strip() for c in value.split("\t") if c.strip()]
            elif key == "example":
                try:
                    examples.append(json.loads(value))
                except json.JSONDecodeError as exc:
                    raise RuleError(f"rules/{name}:{lineno}: example is not JSON: {exc}") from exc
            continue
        cells = line.split("\t")
        if not columns:
            raise RuleError(f"rules/{name}: a `# columns:` line must precede the rows.")
        if len(cells) > len(columns):
            raise RuleError(
                f"rules/{name}:{lineno}: {len(cells)} cells for {len(columns)} columns."
            )
        rows.append(
            {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns)}
        )
    if not columns:
        raise RuleError(f"rules/{name}: no `# columns:` header line.")
    required = columns[0]
    for i, row in enumerate(rows):
        if not row[required]:
            raise RuleError(f"rules/{name}: row {i + 1} has an empty `{required}`.")
    return RuleFile(name, path, description, rows, examples)


@cache
def load(name: str) -> RuleFile:
    """Load rule file `name` (e.g. "residue.yaml") from the rules folder, validated."""
    path = rules_dir() / name
    if not path.is_file():
        raise RuleError(f"rules/{name} not found under {rules_dir()}. Restore it from git.")
    if path.suffix == ".tsv":
        return _load_tsv(name, path)
    return _load_yaml(name, path)


def load_path(path: Path) -> RuleFile:
    """Load a YAML rule file that lives outside the rules folder (e.g. a demo site's source)."""
    if not path.is_file():
        raise RuleError(f"{path} not found; check the path.")
    return _load_yaml(str(path), path)


def all_rule_files() -> list[str]:
    """Names of every rule file, relative to the rules folder."""
    root = rules_dir()
    return sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in {".yaml", ".yml", ".tsv"}
    )
