"""Layer 1: text normalisation (pure, offsets kept)."""
