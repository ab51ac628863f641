"""Rule regexes compiled once per machine, not once per run, and scanned faster.

Compiling the ~650 rule regexes takes about 0.3 s of every `thidua` process, most of it in
Python's regex compiler (big character classes such as "[\\wÀ-ỹĐđ]"). A pickled
`re.Pattern` only stores its source and compiles again when loaded, so the cache keeps what
the compiler produces instead: the pattern's code words, flags and groups, keyed by the
source and flags (a changed rule is a new key), in a JSON file under the user's cache
folder. The interpreter's own regex engine checks that code when a pattern is built from it;
anything unexpected (another Python, a damaged or unreadable file, a new `re` internals
layout) falls back to `re.compile`, so the cache can only change speed, never results.

`compile_scan` also puts a first-character lookahead before a regex the engine would try
at every position (see `first_char_guard`); the matches stay the same.

THIDUA_CACHE_DIR sets the folder; THIDUA_CACHE=0 turns this cache (and rules.py's) off.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _internal(name: str) -> Any:
    """A private module of CPython's regex machinery, or None on another implementation."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - another Python implementation
        return None


# CPython's regex engine, compiler and parser: private, so every use of them is guarded.
_sre, _compiler, _parser = _internal("_sre"), _internal("re._compiler"), _internal("re._parser")

# Entries kept at most: a run's own first, then older ones (rule edits and tests leave
# sources behind). A run of `thidua extract` compiles about 560.
MAX_ENTRIES = 1500


def _source_digest() -> str:
    """This file's digest: the guards below are worked out by its code, so an edit of it
    starts the cache afresh."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:
        return "unknown"


# What the code words depend on: the interpreter build and its regex engine's version.
_STAMP = (
    f"{sys.implementation.name}-{sys.version}-{getattr(_sre, 'MAGIC', 0)}"
    f"-{getattr(_sre, 'CODESIZE', 0)}"
    f"-{_source_digest()}"
)
# Code words are stored as the bytes of an unsigned array of the engine's word size.
_WORD = "I"

# flags, code words, number of groups, group names -> numbers, group numbers -> names
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_dir() -> Path:
    """THIDUA_CACHE_DIR, else $XDG_CACHE_HOME/thidua, else ~/.cache/thidua."""
    env = os.environ.get("THIDUA_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "thidua"


def caching() -> bool:
    """False when THIDUA_CACHE=0 turns every cache across runs off."""
    return os.environ.get("THIDUA_CACHE", "1") != "0"


def enabled() -> bool:
    """True when compiled regex code may be cached (CPython, and caching not turned off)."""
    return (
        None not in (_sre, _compiler, _parser)
        and getattr(_sre, "CODESIZE", 0) == array(_WORD).itemsize
        and caching()
    )


@dataclass
class _Store:
    """This process's view of the cache file."""

    path: Path | None = None
    # entries as stored (JSON values), decoded only when their regex is compiled
    entries: dict[str, Any] = field(default_factory=dict)
    guards: dict[str, str] = field(default_factory=dict)  # source -> source with its guard
    used: set[str] = field(default_factory=set)
    dirty: bool = False
    broken: bool = False  # the private API did not behave as expected: plain re.compile


_STORE = _Store()


def _key(pattern: str, flags: int) -> str:
    """The cache key of one regex: its flags and source."""
    return f"{flags}:{pattern}"


def _entry(raw: Any) -> Entry | None:
    """One stored entry, or None when it does not have the expected shape."""
    if not (isinstance(raw, list) and len(raw) == 5):
        return None
    flags, code, groups, index, names = raw
    if not (
        isinstance(flags, int)
        and isinstance(code, str)
        and isinstance(groups, int)
        and isinstance(index, dict)
        and all(isinstance(k, str) and isinstance(v, int) for k, v in index.items())
        and isinstance(names, list)
        and all(n is None or isinstance(n, str) for n in names)
    ):
        return None
    try:
        words = array(_WORD, base64.b64decode(code, validate=True)).tolist()
    except (binascii.Error, ValueError):
        return None
    return flags, words, groups, index, tuple(names)


def _open_store() -> None:
    """Read the cache file once per process (nothing when it is missing, damaged or for
    another Python) and write it back at exit."""
    path = cache_dir() / "regexes.json"
    _STORE.path = path
    atexit.register(save)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(data, dict) or data.get("stamp") != _STAMP:
        return
    raw = data.get("entries")
    _STORE.entries = raw if isinstance(raw, dict) else {}
    guards = data.get("guards")
    if isinstance(guards, dict):
        _STORE.guards = {k: v for k, v in guards.items() if isinstance(v, str)}


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    """A pattern object built from cached code (the engine validates the code words)."""
    flags, code, groups, index, names = entry
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, index, names)
    return compiled


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """Compile as re.compile does (re._compiler.compile), keeping the code words."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    entry: Entry = (
        flags | parsed.state.flags,
        list(code),
        parsed.state.groups - 1,
        index,
        tuple(names),
    )
    return _from_entry(pattern, entry), entry


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the cache when this regex was compiled before."""
    flags = int(flags)
    if _STORE.broken or not enabled():
        return re.compile(pattern, flags)
    if _STORE.path is None:
        _open_store()
    key = _key(pattern, flags)
    _STORE.used.add(key)
    raw = _STORE.entries.get(key)
    if raw is not None:
        stored = _entry(raw)
        try:
            if stored is not None:
                return _from_entry(pattern, stored)
        except Exception:  # code the engine rejects: compile it again below
            pass
        del _STORE.entries[key]
    try:
        compiled, entry = _build(pattern, flags)
    except re.error:
        raise  # a broken pattern: the caller names its rule file
    except Exception:  # re internals changed: stop using them in this process
        _STORE.broken = True
        return re.compile(pattern, flags)
    _STORE.entries[key] = _stored(entry)
    _STORE.dirty = True
    return compiled


def _stored(entry: Entry) -> list[Any]:
    """An entry as JSON values: the code words as base64 (parsed ten times faster than a list)."""
    flags, code, groups, index, names = entry
    words = base64.b64encode(array(_WORD, code).tobytes()).decode("ascii")
    return [flags, words, groups, index, list(names)]


def save() -> None:
    """Write the cache file when this run compiled new regexes (atomically; errors ignored)."""
    path = _STORE.path
    if path is None or not _STORE.dirty or _STORE.broken:
        return
    keep = {k: e for k, e in _STORE.entries.items() if k in _STORE.used}
    for k, e in _STORE.entries.items():
        if len(keep) >= MAX_ENTRIES:
            break
        keep.setdefault(k, e)
    guards = {k: g for k, g in _STORE.guards.items() if k in _STORE.used}
    data = {
        "stamp": _STAMP,
        "entries": keep,
        "guards": guards,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if write_atomically(path, text.encode("utf-8")):
        _STORE.dirty = False


def write_atomically(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all; False when it cannot be written (no error)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
        tmp = None
        return True
    except OSError:
        return False  # a read-only home: every run does the work, as without the cache
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


# --- a first-character guard for case-insensitive scans -------------------------------------

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
# Classes that let nearly every character through: a guard of them only costs time.
_BROAD = {r"\w", r"\W", r"\s", r"\S", r"\D"}
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


@dataclass
class _First:
    """The characters a match can start with (as class source), and whether the regex can
    match the empty string."""

    items: list[str] = field(default_factory=list)
    nullable: bool = True


def _class_first(items: Any) -> _First | None:
    """A parsed character class as class source, or None when it is negated or unusual."""
    out = _First(nullable=False)
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.items.append(re.escape(chr(av)))
        elif name == "RANGE":
            out.items.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.items.append(_CATEGORIES[str(av)])
        else:
            return None
    return out


def _first(data: Any, flags: int) -> _First | None:
    """What a match of this parsed sequence can start with; None when that cannot be told."""
    out = _First()
    for op, av in data:
        name = str(op)
        part: _First | None
        if name == "LITERAL":
            part = _First([re.escape(chr(av))], False)
        elif name == "IN":
            part = _class_first(av)
        elif name in _ZERO_WIDTH:
            continue  # checks a position, consumes nothing: the next item starts the match
        elif name == "SUBPATTERN":
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None  # "(?i:a)" in a case-sensitive regex matches "A" too
            part = _first(av[3].data, flags)
        elif name == "ATOMIC_GROUP":
            part = _first(av.data, flags)
        elif name == "BRANCH":
            alts = [_first(alt.data, flags) for alt in av[1]]
            part = _First(nullable=False)
            for alt in alts:
                if alt is None:
                    return None
                part.items += alt.items
                part.nullable = part.nullable or alt.nullable
        elif name in _REPEATS:
            part = _first(av[2].data, flags)
            if part is not None and av[0] == 0:
                part.nullable = True
        else:
            return None  # any character, a back-reference, a conditional
        if part is None:
            return None
        out.items += part.items
        if not part.nullable:
            out.nullable = False
            return out
    return out


def _engine_prefix(parsed: Any, flags: int) -> bool:
    """True when the engine finds a literal or character-set prefix of its own to scan for."""
    literal = _compiler._get_literal_prefix(parsed, flags)[0]
    return bool(literal) or bool(_compiler._get_charset_prefix(parsed, flags))


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """The regex with a lookahead for the characters its matches can start with, when the
    engine has no such prefix of its own and they can be told; else the regex unchanged.

    Python's engine scans fast for a regex that opens with a literal or a class, but tries a
    case-insensitive word, an alternation of named groups or a leading lookbehind at every
    position, branch by branch. The lookahead, one class check with the regex's own flags,
    holds wherever the regex can match (every character a match can start with is in it),
    so the matches are the same; it only skips the positions where none can start.
    """
    if _parser is None or _compiler is None:
        return pattern
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & ~flags & ~re.UNICODE:
            return pattern  # global inline flags ("(?i)...") must stay first
        if _engine_prefix(parsed, flags | parsed.state.flags):
            return pattern
        found = _first(parsed.data, flags)
    except Exception:  # re internals changed: no guard, the same regex
        return pattern
    if found is None or found.nullable or not found.items or _BROAD & set(found.items):
        return pattern  # unknown, possibly empty, or nearly every character can start it
    if _anchored(parsed.data):
        return pattern  # "^...": the engine tries the start only; a guard would try each place
    if parsed.data and str(parsed.data[0][0]) in ("LITERAL", "IN"):
        return pattern  # one character test opens it already: a guard would only repeat it
    return f"(?=[{''.join(dict.fromkeys(found.items))}])(?:{pattern})"


def _anchored(data: Any) -> bool:
    """True when the regex opens with an anchor ("^", "\\A"), inside groups or not."""
    while data:
        op, av = data[0]
        if str(op) == "AT":
            return True
        if str(op) != "SUBPATTERN":
            return False
        data = av[3].data
    return False


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """compile(), with a first-character guard where it helps (cached with the code: working
    it out parses the regex once more)."""
    if not enabled() or _STORE.broken:
        return compile(first_char_guard(pattern, flags), flags)
    if _STORE.path is None:
        _open_store()
    key = _key(pattern, int(flags))
    guarded = _STORE.guards.get(key)
    if guarded is None:
        guarded = _STORE.guards[key] = first_char_guard(pattern, flags)
        _STORE.dirty = True
    _STORE.used.add(key)
    return compile(guarded, flags)
