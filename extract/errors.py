"""Typed errors; each message says what went wrong and what to do."""


class ThiduaError(Exception):
    """Base class for every error thidua raises on purpose."""


class RuleError(ThiduaError):
    """A rule file is missing, malformed or violates its schema."""


class InputError(ThiduaError):
    """An input file cannot be read as an article (encoding, size, content)."""


class SidecarError(InputError):
    """A `<stem>.meta.json` sidecar is not valid JSON or has wrong field types."""


class EvalError(ThiduaError):
    """Gold or prediction files cannot be scored."""


class EmptyInputError(InputError):
    """The input file has no bytes, or only whitespace."""


class BinaryInputError(InputError):
    """The input file holds binary data (an image, archive, PDF, ...), not text."""


class TooLargeError(InputError):
    """The input file is larger than the configured byte limit."""


class UndecodableError(InputError):
    """The input's text encoding cannot be determined with confidence."""


class NoArticleError(InputError):
    """An HTML page holds no article text (a home, listing or error page)."""


class OutputError(ThiduaError):
    """The output folder or a file in it cannot be written."""


class SourceError(RuleError):
    """A source file (rules/sources/*.yaml) is malformed or names no usable start URL."""


class CrawlError(ThiduaError):
    """A crawl cannot start or its store cannot be used."""


class StoreError(ThiduaError):
    """The raw store (WARC files + state database) is missing, locked or damaged."""


class LockedError(StoreError):
    """Another run holds the store's lock."""


class DatasetError(ThiduaError):
    """The dataset folder is missing, holds no tables, or a table cannot be read."""


class QueryError(ThiduaError):
    """A SQL query over the dataset failed (unknown table or column, syntax, types)."""


# A BaseException, like KeyboardInterrupt: an `except Exception` must not swallow a stop.
class Interrupted(BaseException):
    """SIGINT (Ctrl-C) or SIGTERM (`systemctl stop`) stopped the work; exit 128 + signal."""

    def __init__(self, signum: int, stage: str = "", report: str = "") -> None:
        self.signum = signum
        self.stage = stage  # what was running: "crawl", "extraction", ...
        self.report = report  # the run report that records the stop, when one was written
        super().__init__(signal_name(signum))

    @property
    def exit_code(self) -> int:
        """The shell's convention: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signum


def signal_name(signum: int) -> str:
    """SIGINT, SIGTERM, ... for a signal number."""
    import signal

    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


class ClusterError(ThiduaError):
    """A Dask cluster cannot be used: the `cluster` extra is missing, or no scheduler answers."""
