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


class OutputError(ThiduaError):
    """The output folder or a file in it cannot be written."""
