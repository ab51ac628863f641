"""Extraction on a Dask cluster: workers read and extract tasks, the client applies outcomes.

The only module that imports Dask (`distributed`, the `cluster` extra), and only when a run
asks for a cluster. Each task is a picklable descriptor (`extract.items.Task`); a worker
expands it into items and returns their outcomes, and the client applies them in input
order through the runner's own code, so the dataset equals a single-process run's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from tqdm import tqdm

from extract import __version__
from extract.errors import ClusterError
from extract.items import FilesTask, StoreTask, Task, split_task, task_items
from extract.runner import Outcome, OutcomeMapper, item_outcome

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = ["RETRIES", "TASK_SIZE", "cluster_outcomes", "task_outcomes"]

# Files or store pages per task: scheduling a task costs about a millisecond against some ten
# per page, and small tasks keep workers evenly busy and cost little to redo when one dies.
TASK_SIZE = 32
# Tries after the first for a task that raised (a worker that died is handled by Dask itself).
RETRIES = 2
# How long to wait for a scheduler given by address to answer.
CONNECT_TIMEOUT_S = 30
INSTALL_HINT = "pip install 'thidua[cluster]'"

Work = Callable[[Task, int], list[Outcome]]


def task_outcomes(task: Task, max_bytes: int) -> list[Outcome]:
    """Outcomes of every item of a task, in input order (runs on a worker)."""
    return [item_outcome(item, max_bytes) for item in task_items(task)]


def _worker_version() -> str:
    """The thidua version a worker runs."""
    return __version__


def _one_line(exc: BaseException) -> str:
    """An exception message on one line."""
    return " ".join(str(exc).split()) or type(exc).__name__


def _failed(task: Task, exc: BaseException, tries: int) -> list[Outcome]:
    """Error outcomes for a task that failed on every try: one per input when they are known."""
    if isinstance(task, FilesTask):
        inputs: list[tuple[str, str | None]] = [(str(p), None) for p in task.paths]
    elif isinstance(task, StoreTask):
        inputs = [(f"store:{p.url}", p.page_id) for p in task.pages]
    else:
        inputs = [(task.label, None)]
    message = f"task failed {tries} times: {type(exc).__name__}: {_one_line(exc)}"
    return [
        Outcome(
            label,
            key,
            None,
            "failed",
            key,
            stage="task",
            error_type=type(exc).__name__,
            message=message,
            note=f"thidua: skipped {label}: {message}",
        )
        for label, key in inputs
    ]


def _distributed() -> Any:
    """The `distributed` module, or a ClusterError saying how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError(
            f"running on a Dask cluster needs the cluster extra: {INSTALL_HINT} "
            f"(missing module: {exc.name})"
        ) from exc
    return distributed


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers` processes."""
    distributed = _distributed()
    if scheduler is not None:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(
                f"no Dask scheduler answers at {scheduler} ({_one_line(exc)}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS`"
            ) from exc
        with client:
            _check_versions(client)
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=workers or 1,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def _check_versions(client: Client) -> None:
    """Refuse workers that run another thidua version (their rules and code differ)."""
    try:
        versions: dict[str, str] = client.run(_worker_version)
    except Exception as exc:  # a worker without thidua cannot even unpickle the function
        raise ClusterError(
            f"a Dask worker cannot run thidua ({type(exc).__name__}: {_one_line(exc)}); install "
            f"thidua {__version__} with {INSTALL_HINT} on every worker"
        ) from exc
    other = {addr: v for addr, v in versions.items() if v != __version__}
    if other:
        named = ", ".join(f"{addr} has {v}" for addr, v in sorted(other.items()))
        raise ClusterError(
            f"Dask workers run another thidua version than this client ({__version__}): "
            f"{named}; install the same version (and rules) on every worker"
        )
    if not versions:
        raise ClusterError("the Dask scheduler has no workers; start some with `dask worker`")


def _in_order(
    parts: Sequence[Task], futures: Sequence[Future[list[Outcome]]], bar: tqdm[Any], tries: int
) -> Iterator[Outcome]:
    """Outcomes of every task in task order, while tasks finish in any order."""
    from distributed import as_completed

    index = {future.key: i for i, future in enumerate(futures)}
    ready: dict[int, list[Outcome]] = {}
    following = 0
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        i = index[future.key]
        try:
            ready[i] = future.result()
        except Exception as exc:  # failed on every try, or its worker died too often
            ready[i] = _failed(parts[i], exc, tries)
        future.release()  # the results now live here only
        bar.update(1)
        while following in ready:
            yield from ready.pop(following)
            following += 1


def cluster_outcomes(
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool = False,
    stream: TextIO | None = None,
    task_size: int = TASK_SIZE,
    retries: int = RETRIES,
    work: Work = task_outcomes,
) -> OutcomeMapper:
    """An outcome mapper for `run_extract` that runs its tasks on a Dask cluster.

    Raises ClusterError at once when `distributed` is not installed.
    """
    _distributed()

    def outcomes(tasks: Sequence[Task], max_bytes: int) -> Iterator[Outcome]:
        parts = [part for task in tasks for part in split_task(task, task_size)]
        with (
            _client(scheduler, workers) as client,
            tqdm(
                total=len(parts),
                desc="thidua",
                unit="task",
                file=stream,
                disable=not progress,
                leave=False,
            ) as bar,
        ):
            futures = client.map(work, parts, [max_bytes] * len(parts), retries=retries, pure=False)
            yield from _in_order(parts, futures, bar, retries + 1)

    return outcomes
