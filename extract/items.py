"""Inputs of an extraction run: article files, a crawl store, or WARC files.

Inputs are planned as tasks (article files, one WARC file, pages of a store): small
picklable descriptors that any process can expand into `InputItem`s, so a cluster worker
re-opens the input itself. Each item reads itself into an Article on demand, so a broken
input fails alone and a store of thousands of pages is never held in memory at once.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from extract.errors import InputError, NoArticleError, StoreError
from extract.html.inputs import (
    is_article_file,
    is_sidecar,
    iter_inputs,
    read_article,
    read_page,
)
from extract.layout import is_store
from extract.model import Article
from extract.urls import canonical_url, page_id

if TYPE_CHECKING:  # the store and WARC modules load warcio; only store and WARC inputs need it
    from extract.store.state import PageState, SourceInfo
    from extract.store.warc import WarcResponse

WARC_SUFFIXES = (".warc.gz", ".warc")
# Page kinds worth extracting: articles, and unclassified pages of generic crawls.
ARTICLE_KINDS = ("article", "other")

Reader = Callable[[int], tuple[Article, list[str]]]


@dataclass(frozen=True)
class InputItem:
    """One input: a label for messages, a reader, and whether the bloc filter applies."""

    label: str
    read: Reader
    key: str | None = None  # the article id when known before reading (crawled pages)
    version: str | None = None  # hash of the raw page, when known before reading
    filter_relevance: bool = False  # drop the article when it is not about blocs


def is_warc(path: Path) -> bool:
    """Whether `path` names a WARC file."""
    return path.is_file() and path.name.lower().endswith(WARC_SUFFIXES)


def _file_item(path: Path) -> InputItem:
    """An item for an article file."""
    return InputItem(str(path), lambda max_bytes: read_article(path, max_bytes=max_bytes))


def _is_html(content_type: str | None, body_head: bytes) -> bool:
    """Whether a stored answer is an HTML page."""
    if content_type:
        return "html" in content_type.lower()
    return b"<html" in body_head.lower()


def _store_item(warc_dir: Path, page: PageState, info: SourceInfo | None) -> InputItem:
    """An item for a stored page; its body is read from the WARC file only when needed."""

    def read(max_bytes: int) -> tuple[Article, list[str]]:
        if page.location is None:
            raise StoreError(f"{page.url} has no stored body; crawl it first")
        from extract.store.warc import read_at

        resp = read_at(warc_dir, page.location)
        return _page_article(
            resp, page.url, info, f"store:{page.url}", max_bytes, prefilter=filtered
        )

    generic = info is None or info.generic or page.kind == "other"
    filtered = generic or info is None or info.relevance == "filter"
    return InputItem(
        f"store:{page.url}",
        read,
        key=page.page_id,
        version=page.content_hash,
        filter_relevance=filtered,
    )


def _page_article(
    resp: WarcResponse,
    url: str,
    info: SourceInfo | None,
    where: str,
    max_bytes: int,
    *,
    prefilter: bool = False,
    article_id: str | None = None,
) -> tuple[Article, list[str]]:
    """An Article from a stored response (`prefilter`: reject pages naming no bloc cheaply)."""
    content_type = resp.header("Content-Type")
    if not _is_html(content_type, resp.body[:2000]):
        raise NoArticleError(f"not an HTML page ({content_type or 'no Content-Type'})")
    return read_page(
        url,
        resp.body,
        article_id=article_id or page_id(url),
        content_type=content_type,
        selectors=info.selectors if info else None,
        site_province=info.province if info else None,
        where=where,
        max_bytes=max_bytes,
        prefilter=prefilter,
    )


def store_task(root: Path, *, all_pages: bool = False) -> StoreTask | None:
    """The article pages of a store (every HTML page with `all_pages`); None when it has none."""
    from extract.store.state import Store

    with Store(root, create=False) as store:
        infos = store.sources()
        kinds = None if all_pages else ARTICLE_KINDS
        pages = tuple(p for p in store.pages(kinds=kinds) if p.status in (200, 304))
    if not pages:
        return None
    used = {p.source or "" for p in pages}
    return StoreTask(root, pages, tuple(i for name, i in sorted(infos.items()) if name in used))


def warc_items(path: Path) -> Iterator[InputItem]:
    """Items for the HTML responses of a WARC file; a URL stored twice counts once (the last)."""
    latest: dict[str, WarcResponse] = {}
    from extract.store.state import body_hash
    from extract.store.warc import iter_responses

    for resp in iter_responses(path):
        if resp.status == 200 and _is_html(resp.header("Content-Type"), resp.body[:2000]):
            latest[canonical_url(resp.url)] = resp
    for url, resp in sorted(latest.items()):
        key = page_id(url)

        def read(
            max_bytes: int, resp: WarcResponse = resp, url: str = url, key: str = key
        ) -> tuple[Article, list[str]]:
            return _page_article(
                resp, url, None, f"warc:{url}", max_bytes, prefilter=True, article_id=key
            )

        yield InputItem(
            f"warc:{url}",
            read,
            key=key,
            version=body_hash(resp.body),
            filter_relevance=True,
        )


@dataclass(frozen=True)
class FilesTask:
    """Article files, read in this order."""

    paths: tuple[Path, ...]

    @property
    def label(self) -> str:
        """The task named for messages."""
        more = f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else ""
        return f"{self.paths[0]}{more}" if self.paths else "(no files)"


@dataclass(frozen=True)
class WarcTask:
    """The HTML responses of one WARC file."""

    path: Path

    @property
    def label(self) -> str:
        """The task named for messages."""
        return f"warc:{self.path}"


@dataclass(frozen=True)
class StoreTask:
    """Pages of a store, listed when planning: workers read their bodies from the WARC files
    by offset and never open the state database (no sqlite handle crosses processes)."""

    root: Path
    pages: tuple[PageState, ...]
    sources: tuple[SourceInfo, ...]  # the sources of these pages

    @property
    def label(self) -> str:
        """The task named for messages."""
        span = f"{self.pages[0].url} .. {self.pages[-1].url}" if self.pages else "no pages"
        return f"store:{self.root} ({len(self.pages)} pages: {span})"


Task = FilesTask | WarcTask | StoreTask


def task_items(task: Task) -> list[InputItem]:
    """The items of a task, in run order (reads a WARC file's records; a store's bodies later)."""
    if isinstance(task, FilesTask):
        return [_file_item(path) for path in task.paths]
    if isinstance(task, WarcTask):
        return list(warc_items(task.path))
    from extract.store.state import WARC_DIR

    warc_dir = task.root / WARC_DIR
    infos = {info.name: info for info in task.sources}
    return [_store_item(warc_dir, page, infos.get(page.source or "")) for page in task.pages]


def split_task(task: Task, size: int) -> list[Task]:
    """A task cut into tasks of at most `size` files or store pages (a WARC file stays whole)."""
    if isinstance(task, FilesTask):
        return [FilesTask(task.paths[i : i + size]) for i in range(0, len(task.paths), size)]
    if isinstance(task, StoreTask):
        return [
            StoreTask(task.root, task.pages[i : i + size], task.sources)
            for i in range(0, len(task.pages), size)
        ]
    return [task]


@dataclass
class TaskPlan:
    """What a run reads: its tasks, and the files found in folders that are no input."""

    tasks: list[Task] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)  # file type -> files skipped


@dataclass
class InputPlan:
    """What a run reads: its items, and the files found in folders that are no input."""

    items: list[InputItem] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)  # file type -> files skipped


def _file_type(path: Path) -> str:
    """A file's type as users name it: its suffix in lower case, or "(no suffix)"."""
    return path.suffix.lower() or "(no suffix)"


def _scan_folder(folder: Path, stores: list[Path], warcs: list[Path], plan: TaskPlan) -> None:
    """Stores and WARC files anywhere under `folder`; other non-input files count as ignored."""
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if is_store(here / name):
                stores.append(here / name)  # its warc/ files are read through the store
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or is_article_file(path) or is_sidecar(path):
                continue
            if is_warc(path):
                warcs.append(path)
            else:
                plan.ignored[_file_type(path)] += 1


def _check_unique_ids(files: Sequence[Path]) -> None:
    """Refuse inputs whose article ids (file stems) collide: tables join on article_id."""
    first: dict[str, Path] = {}
    clashes: list[str] = []
    for path in files:
        seen = first.setdefault(path.stem, path)
        if seen != path:
            clashes.append(f"{seen} and {path} (id {path.stem!r})")
    if clashes:
        more = f"; and {len(clashes) - 5} more" if len(clashes) > 5 else ""
        shown = "; ".join(clashes[:5]) + more
        raise InputError(
            f"input files would share an article id: {shown}. Tables join on article_id, so "
            "rename one of each pair or extract them into separate datasets"
        )


def _store_tasks(root: Path, all_pages: bool) -> list[Task]:
    """The store's task, when it holds pages to read."""
    task = store_task(root, all_pages=all_pages)
    return [task] if task is not None else []


def plan_tasks(paths: Sequence[Path], *, all_pages: bool = False) -> TaskPlan:
    """Tasks from stores and WARC files (given, or found in folders), then from article files."""
    plan = TaskPlan()
    files: list[Path] = []
    for given in paths:
        if not given.exists():
            raise InputError(f"{given}: no such file or folder; check the path")
        if is_store(given):
            plan.tasks.extend(_store_tasks(given, all_pages))
        elif is_warc(given):
            plan.tasks.append(WarcTask(given))
        else:
            if given.is_dir():
                stores: list[Path] = []
                warcs: list[Path] = []
                _scan_folder(given, stores, warcs, plan)
                for store in stores:
                    plan.tasks.extend(_store_tasks(store, all_pages))
                plan.tasks.extend(WarcTask(warc) for warc in warcs)
            files.append(given)
    found = list(iter_inputs(files))
    _check_unique_ids(found)
    if found:
        plan.tasks.append(FilesTask(tuple(found)))
    return plan


def plan_inputs(paths: Sequence[Path], *, all_pages: bool = False) -> InputPlan:
    """Items of every task of `plan_tasks`, in run order."""
    tasks = plan_tasks(paths, all_pages=all_pages)
    return InputPlan([i for task in tasks.tasks for i in task_items(task)], tasks.ignored)
