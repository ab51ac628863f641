"""thidua: Vietnamese emulation-bloc news into a research dataset."""

__version__ = "0.1.0"
# Bumped whenever a table or record field changes meaning or shape.
SCHEMA_VERSION = "1.2"
