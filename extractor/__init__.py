"""årsrapport-extractor: Norwegian annual reports to structured, trustworthy JSON."""

__version__ = "0.1.0"
