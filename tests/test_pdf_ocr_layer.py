"""A searchable scan (a page image under another program's invisible OCR text layer) is read
again by our OCR, whose words carry their confidence; without OCR its layer is read as it is."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from extractor.ingest import load
from extractor.ingest.pdf_glyphs import read_glyphs
from extractor.settings import Settings

from test_ocr_page import at, font, needs_tesseract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def searchable_pdf(tmp_path_factory) -> Path:
    """Tesseract's own searchable PDF of a typed page: the image, and its words in render mode 3."""
    folder = tmp_path_factory.mktemp("searchable")
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    draw.text((at(72), at(72)), "Årsmelding 2009", font=font(16, bold=True), fill=0)
    draw.text((at(72), at(110)), "Styreleder Per Hansen har ledet styret i året som gikk.", font=font(10), fill=0)
    page.save(folder / "page.png", dpi=(300, 300))
    subprocess.run(["tesseract", str(folder / "page.png"), str(folder / "page"), "-l", "nor", "pdf"],
                   check=True, capture_output=True)
    return folder / "page.pdf"


def _glyphs(path: Path, number: int = 1):
    doc = pdfium.PdfDocument(str(path))
    try:
        return read_glyphs(doc[number - 1])
    finally:
        doc.close()


@needs_tesseract
def test_an_invisible_text_layer_over_a_page_image_is_an_ocr_layer(searchable_pdf):
    glyphs = _glyphs(searchable_pdf)
    assert glyphs.chars and glyphs.ocr_layer


def test_a_born_digital_page_is_no_ocr_layer():
    assert not _glyphs(next(SAMPLES.glob("*.pdf"))).ocr_layer


@needs_tesseract
def test_an_ocr_layer_is_read_again_by_ocr_and_said_so(searchable_pdf):
    doc = load(searchable_pdf)
    assert doc.source.ocr_pages == [1]
    assert any("another program's OCR" in w for w in doc.source.warnings)
    words = " ".join(b.text for b in doc.blocks())
    assert "Hansen" in words
    assert all(b.prov.ocr_confidence is not None for b in doc.blocks())


@needs_tesseract
def test_without_ocr_the_layer_is_read_as_it_is(searchable_pdf):
    doc = load(searchable_pdf, Settings(ocr=False))
    assert doc.source.ocr_pages == [] and not doc.source.warnings
    assert "Hansen" in " ".join(b.text for b in doc.blocks())
