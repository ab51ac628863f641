"""Layer 5: records, tables and atomic writers."""
