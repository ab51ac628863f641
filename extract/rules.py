"""Load rule files from `rules/`: YAML (or TSV) data with a schema and inline examples.

A YAML rule file has the keys `description`, `schema` (a JSON Schema for `entries`, or the
path of a shared one under `rules/`, e.g. "schemas/source.json"),
`entries` and `examples`. A TSV rule file starts with comment lines: `# description: ...`,
`# columns: a<TAB>b...` and `# example: {json}`; its rows become dicts keyed by column.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import marshal
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract import rx
from extract.errors import RuleError

if TYPE_CHECKING:
    import yaml


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


def yaml_loader() -> type[yaml.SafeLoader]:
    """The C parser when PyYAML was built with libyaml: it reads the rule files about 7x faster
    and gives the same values (tests/test_rules_examples.py compares the two)."""
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


def check_schema(name: str, schema: Any) -> None:
    """Raise RuleError when a rule file's schema is not a valid JSON Schema."""
    import jsonschema

    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise RuleError(
            f"rules/{name}: its schema is not valid JSON Schema: {exc.message}. Fix the schema."
        ) from exc


def _validate(name: str, schema: Any, entries: Any) -> None:
    """Raise RuleError when entries do not satisfy the file's schema."""
    import jsonschema

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
    """Parse and validate a YAML rule file (or take it from the cache of validated files)."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    cached = _VALIDATED.get(name, path, digest)
    if cached is not None:
        return cached
    rule_file = _parse_yaml(name, path, raw.decode("utf-8"))
    _VALIDATED.put(rule_file, digest)
    return rule_file


def _parse_yaml(name: str, path: Path, text: str) -> RuleFile:
    """Parse and validate a YAML rule file's text."""
    import yaml

    try:
        data = yaml.load(text, Loader=yaml_loader())
    except yaml.YAMLError as exc:
        raise RuleError(f"rules/{name}: not valid YAML ({exc}). Fix the syntax.") from exc
    if not isinstance(data, dict) or not {"description", "schema", "entries"} <= data.keys():
        raise RuleError(
            f"rules/{name}: needs the keys description, schema, entries (and examples)."
        )
    _validate(name, _schema(name, data["schema"]), data["entries"])
    _VALIDATED.schemas[name] = data["schema"] if isinstance(data["schema"], str) else None
    examples = data.get("examples") or []
    if not isinstance(examples, list):
        raise RuleError(f"rules/{name}: `examples` must be a list of mappings.")
    return RuleFile(name, path, str(data["description"]), data["entries"], examples)


@dataclass
class _ValidatedFiles:
    """YAML rule files already parsed and validated, kept across runs (rules.marshal).

    Parsing and checking every rule file against its schema took about 0.1 s of each run,
    and importing PyYAML and jsonschema as much again. A file is taken from the cache only
    when its bytes (and those of a shared schema it names) hash as when it was checked;
    marshal stores YAML's plain values exactly and cannot run code; a file holding other
    values (YAML dates) is simply not cached.
    """

    path: Path | None = None
    # path -> (digest, schema file digest, schema file, description, entries, examples)
    files: dict[str, tuple[str, str, str | None, str, Any, Any]] = field(default_factory=dict)
    schemas: dict[str, str | None] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    dirty: bool = False

    def _open(self) -> None:
        """Read the cache file once per process."""
        self.path = rx.cache_dir() / "rules.marshal"
        atexit.register(self.save)
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(data, dict) and data.get("stamp") == _CACHE_STAMP:
            files = data.get("files")
            self.files = files if isinstance(files, dict) else {}

    def _schema_digest(self, schema: str | None) -> str:
        """The digest of a shared schema file a rule file names ("" when it names none)."""
        if schema is None:
            return ""
        try:
            return hashlib.sha256((rules_dir() / schema).read_bytes()).hexdigest()
        except OSError:
            return "missing"

    def get(self, name: str, path: Path, digest: str) -> RuleFile | None:
        """The validated file, when the cache holds it for these bytes."""
        if not rx.caching():
            return None
        if self.path is None:
            self._open()
        self.used.add(str(path))
        entry = self.files.get(str(path))
        if not (isinstance(entry, tuple) and len(entry) == 6 and entry[0] == digest):
            return None
        _, schema_digest, schema, description, entries, examples = entry
        if schema_digest != self._schema_digest(schema) or not isinstance(examples, list):
            return None
        return RuleFile(name, path, description, entries, examples)

    def put(self, rule_file: RuleFile, digest: str) -> None:
        """Remember a file that parsed and validated (when marshal can hold its values)."""
        if not rx.caching() or self.path is None:
            return
        schema = self.schemas.get(rule_file.name)
        value = (
            digest,
            self._schema_digest(schema),
            schema,
            rule_file.description,
            rule_file.entries,
            rule_file.examples,
        )
        try:
            marshal.dumps(value)
        except ValueError:
            return  # a value marshal cannot store (a YAML date): parsed each run
        self.files[str(rule_file.path)] = value
        self.dirty = True

    def save(self) -> None:
        """Write the cache when this run validated new files."""
        if self.path is not None and self.dirty:
            # the files this run read first, then others up to a bound (tests and THIDUA_RULES
            # folders leave entries for paths that will not be read again)
            keep = {k: v for k, v in self.files.items() if k in self.used}
            for k, v in self.files.items():
                if len(keep) >= MAX_CACHED_FILES:
                    break
                keep.setdefault(k, v)
            data = {"stamp": _CACHE_STAMP, "files": keep}
            if rx.write_atomically(self.path, marshal.dumps(data)):
                self.dirty = False


_CACHE_STAMP = f"rules-1-{marshal.version}"
MAX_CACHED_FILES = 200
_VALIDATED = _ValidatedFiles()


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
