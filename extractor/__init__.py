"""årsrapport-extractor: Norwegian annual reports to structured, trustworthy JSON."""

from extractor import spacy_cli

__version__ = "0.1.0"

spacy_cli.install()  # spaCy imports without its command line (see extractor/spacy_cli.py)
