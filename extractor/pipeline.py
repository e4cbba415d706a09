"""The one way through: file → ingest → Document → spaCy + fields → public Report.

The language pipeline, the field extractors and the output models are imported after the
document is read: a command starts on the first page before spaCy and pydantic's models load.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from extractor.batch.limits import release_free_memory
from extractor.ingest import load
from extractor.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    import schemas


def extract_path(path: str | Path, settings: Settings = DEFAULT_SETTINGS, model: str | None = None) -> schemas.Report:
    """Read one document and extract every field; raises ``ExtractorError`` with a stable code."""
    doc = load(path, settings)
    release_free_memory()  # the reader's freed buffers, before the language work
    from extractor.assemble import build_report
    from extractor.calibrate import add_document_doubts, calibrate_report, review_threshold
    from extractor.fields import extract_fields

    report = build_report(doc, extract_fields(doc, model=model, settings=settings))
    if settings.fitted_confidence:
        calibrate_report(report)
        report.review_threshold = review_threshold() or report.review_threshold
    else:
        add_document_doubts(report)  # the fit script sees the same reasons as the fitted model
    return report
