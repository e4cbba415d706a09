"""Every tunable default lives here, once.

A plain dataclass, not a pydantic model: every process that reads a document builds one before
its first page, and pydantic's import (some 60 ms of CPU) then waits until the output models
need it. Values come from typed places (the command line, JSON written by ``model_dump``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


def Field(default, *, description: str):  # noqa: N802 - written as the pydantic models write theirs
    """A setting: its default, and what it does (in the field's metadata)."""
    return field(default=default, metadata={"description": description})


@dataclass
class Settings:
    """Limits and knobs for one extraction run."""

    max_file_mb: float = Field(200, description="Refuse input files larger than this (too_large).")
    max_pages: int = Field(2000, description="Refuse documents with more pages than this (too_large).")
    ocr: bool = Field(True, description="OCR pages without a text layer and text inside images.")
    ocr_lang: str = Field("nor+eng", description="Tesseract language(s).")
    ocr_dpi: int = Field(300, description="Rendering resolution for OCR; 300 dpi reads 6-7 pt print.")
    ocr_timeout_s: float = Field(120, description="Time limit for Tesseract on one page or image.")
    ocr_psm: int = Field(3, description="Tesseract page segmentation for scanned pages (3: automatic, finds columns).")
    ocr_image_psm: int = Field(11, description="Tesseract page segmentation for images (11: sparse text, captions).")
    ocr_median: int = Field(3, description="Median filter size in pixels before OCR: removes scan speckle at 300 dpi.")
    image_ocr_min_area: float = Field(
        0.02, description="OCR an embedded image on a born-digital page when it covers at least this share of the page."
    )
    pdf_min_text_chars: int = Field(
        20, description="A PDF page with fewer text-layer characters than this counts as having no text layer (OCR it)."
    )
    pdf_max_stream_mb: float = Field(
        64, description="Refuse a PDF with a stream a page needs (content, form, font file, character map) that "
        "inflates beyond this (decompression bomb, too_large)."
    )
    pdf_max_form_draws: int = Field(
        50_000, description="Refuse a PDF page whose nested form XObjects expand to more draws than this "
        "(a form drawing forms drawing forms: minutes and gigabytes from a few KB, too_large)."
    )
    render_max_pixels: int = Field(
        60_000_000, description="Largest page image rendered (OCR, review page): a larger page (a huge MediaBox) "
        "is rendered at a lower resolution."
    )
    conversion_timeout_s: float = Field(180, description="Time limit for LibreOffice converting .doc/.odt/.rtf.")
    zip_max_entries: int = Field(5000, description="Office zip: refuse more entries than this.")
    zip_max_uncompressed_mb: float = Field(300, description="Office zip: refuse more uncompressed bytes than this.")
    zip_max_ratio: float = Field(200, description="Office zip: refuse a member compressed more than this ratio.")
    max_table_cells: int = Field(
        50_000, description="Refuse a Word table whose grid has more cells than this (merged-cell amplification, "
        "too_large); a PDF grid of ruling lines with more is a drawing, not read as a table."
    )
    max_document_cells: int = Field(
        200_000, description="Refuse a document whose tables hold more cells than this in all (too_large)."
    )
    fitted_confidence: bool = Field(
        True, description="Confidences from the fitted model (extractor/data/confidence_model.json); False keeps "
        "the rule confidences (bench/fit_confidence.py fits on those)."
    )
    nlp_max_chars: int = Field(
        200_000, description="Longest text unit given to spaCy; longer ones (hostile files) are cut, with a warning."
    )

    def model_dump(self) -> dict:
        """The values as a dict (a worker's task, the batch's options key), named as pydantic names it."""
        return asdict(self)


DEFAULT_SETTINGS = Settings()
