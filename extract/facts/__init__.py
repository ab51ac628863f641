"""Layer 4: fact extraction (blocs, roles, members, awards, people, metadata)."""

from extract.facts.pipeline import extract_facts

__all__ = ["extract_facts"]
