"""Stopping on SIGINT and SIGTERM: one typed exception instead of tracebacks or a kill.

Python turns SIGINT into KeyboardInterrupt wherever it lands and dies silently on SIGTERM
(what `systemctl stop` and `docker stop` send). Within `stop_on_signals()` both raise
`Interrupted`, which the command line reports in one line with exit code 130 or 143. Code
that must stop cooperatively instead (the crawler's event loop) installs its own handlers
with `handle_signals()` for as long as it runs.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from extract.errors import Interrupted

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

Handler = Callable[[int, FrameType | None], None]


def _raise(signum: int, frame: FrameType | None) -> None:
    """A signal handler that raises Interrupted where the main thread is."""
    raise Interrupted(signum)


@contextmanager
def handle_signals(handler: Handler) -> Iterator[None]:
    """Within: SIGINT and SIGTERM call `handler`; the previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; elsewhere the defaults stand
        return
    previous = {s: signal.signal(s, handler) for s in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within: SIGINT and SIGTERM raise `Interrupted`."""
    with handle_signals(_raise):
        yield
