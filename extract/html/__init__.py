"""Layer 2: reading inputs and parsing HTML pages into articles."""
