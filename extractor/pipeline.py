"""The one way through: file → ingest → Document → spaCy + fields → public Report."""
from __future__ import annotations

from pathlib import Path

import schemas
from extractor.assemble import build_report
from extractor.ingest import load
from extractor.settings import DEFAULT_SETTINGS, Settings


def extract_path(path: str | Path, settings: Settings = DEFAULT_SETTINGS, model: str | None = None) -> schemas.Report:
    """Read one document and extract every field; raises ``ExtractorError`` with a stable code."""
    from extractor.fields import extract_fields

    doc = load(path, settings)
    report = build_report(doc, extract_fields(doc, model=model, settings=settings))
    from extractor.calibrate import add_document_doubts, calibrate_report, review_threshold

    if settings.fitted_confidence:
        calibrate_report(report)
        report.review_threshold = review_threshold() or report.review_threshold
    else:
        add_document_doubts(report)  # the fit script sees the same reasons as the fitted model
    return report
