"""Builds PageContent straight from pdfplumber so the table tests do not depend on the PDF
reader; scanned pages go through the OCR reader. No tests here."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pdfplumber

from extractor.ingest.primitives import PageContent, Segment, Word

SHARED = Path(os.environ.get("EXTRACTOR_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
ASKER_PDF = CORPUS / "asker-produkt-2022.pdf"
ASKER_SCAN = CORPUS / "asker-produkt-2022.scan.pdf"


def plumber_page_to_content(page) -> PageContent:
    """Words with size and weight, and ruling segments from lines and rectangle edges."""
    words = [
        Word(
            w["text"], w["x0"], w["top"], w["x1"], w["bottom"], size=round(w["size"], 1),
            bold="bold" in w["fontname"].lower(),
        )
        for w in page.extract_words(extra_attrs=["size", "fontname"])
    ]
    segments = [Segment(e["x0"], e["top"], e["x1"], e["bottom"]) for e in page.edges]
    return PageContent(page.page_number, float(page.width), float(page.height), words, segments)


@lru_cache(maxsize=4)
def pdf_pages(path: Path = ASKER_PDF) -> tuple[PageContent, ...]:
    """Every page of a born-digital PDF."""
    with pdfplumber.open(path) as pdf:
        return tuple(plumber_page_to_content(p) for p in pdf.pages)


@lru_cache(maxsize=16)
def scan_page(number: int, path: Path = ASKER_SCAN) -> PageContent:
    """One page of a scanned PDF through the project's OCR reader (Tesseract)."""
    from extractor.ingest.ocr import ocr_page
    from extractor.settings import DEFAULT_SETTINGS

    return ocr_page(path, number, DEFAULT_SETTINGS)


def word(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False, conf: float | None = None) -> Word:
    """A synthetic word about as wide as DejaVu Sans sets it."""
    return Word(text, x0, top, x0 + 0.6 * size * len(text), top + size, size=size, bold=bold, conf=conf)


def words_in_line(text: str, x0: float, top: float, size: float = 10.0) -> list[Word]:
    """A line of ordinary text: words separated by one space."""
    out, x = [], x0
    for token in text.split():
        out.append(word(token, x, top, size))
        x = out[-1].x1 + 0.3 * size
    return out


def hline(x0: float, x1: float, y: float) -> Segment:
    return Segment(x0, y, x1, y)


def vline(x: float, top: float, bottom: float) -> Segment:
    return Segment(x, top, x, bottom)
