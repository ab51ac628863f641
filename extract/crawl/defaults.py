"""Crawl defaults the command line shows in its help, importable without the crawl stack."""

from __future__ import annotations

from extract import __version__

PROJECT_URL = "https://github.com/thidua/thidua"
DEFAULT_USER_AGENT = (
    f"thidua/{__version__} (research crawler for Vietnamese emulation-bloc news; +{PROJECT_URL})"
)
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_RETRIES = 3
