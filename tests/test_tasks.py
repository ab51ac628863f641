"""Tasks: picklable descriptors of a run's inputs, cut small for a cluster, same items in order."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path

from sitekit import ROOT

from extract.items import (
    FilesTask,
    StoreTask,
    Task,
    WarcTask,
    plan_tasks,
    split_task,
    task_items,
)


def _labels(tasks: Sequence[Task]) -> list[str]:
    """Item labels of tasks, in run order."""
    return [item.label for task in tasks for item in task_items(task)]


def test_cut_tasks_give_the_same_items_in_the_same_order(demo_dataset: Path) -> None:
    store = demo_dataset / "store"
    warc = sorted((store / "warc").glob("*.warc.gz"))[0]
    articles = ROOT / "corpora" / "articles"
    plan = plan_tasks([articles, store, warc])
    kinds = [type(t) for t in plan.tasks]
    assert kinds == [StoreTask, WarcTask, FilesTask]  # stores and WARC files first, as before
    cut = [part for task in plan.tasks for part in split_task(task, 3)]
    assert len(cut) > len(plan.tasks)
    assert all(len(t.paths) <= 3 for t in cut if isinstance(t, FilesTask))
    assert all(len(t.pages) <= 3 for t in cut if isinstance(t, StoreTask))
    assert _labels(cut) == _labels(plan.tasks)
    # Every task crosses a process boundary whole: no open database or file inside.
    assert _labels([pickle.loads(pickle.dumps(t)) for t in cut]) == _labels(cut)
