"""Rules as data: JSONL patterns for the spaCy rulers (see extractor.nlp)."""
