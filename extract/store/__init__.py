"""Raw store: every fetched page as gzipped WARC records, indexed by a SQLite state database."""
