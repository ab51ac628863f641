"""Layer 3: NLP tagging (sentences, tokens, spaCy Doc, mentions)."""
