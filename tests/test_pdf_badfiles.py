"""Hostile and odd PDFs end as a Document or one ExtractorError with the right code, never a
traceback."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor.document import Document, Format, SourceInfo
from extractor.errors import ExtractorError
from extractor.ingest.pdf import load_pdf
from extractor.settings import Settings

SHARED = Path(os.environ.get("EXTRACTOR_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "badfiles"
SLOW = {"pdf.js__freeculture.pdf"}  # 352 pages of a real book: a benchmark, not a hostile file
BAD_PDFS = sorted(p for sub in ("crafted", "public") for p in (SHARED / sub).glob("*.pdf") if p.name not in SLOW) \
    if SHARED.is_dir() else []


def read(path: Path) -> Document | ExtractorError:
    try:
        return load_pdf(path, SourceInfo(str(path), "", Format.PDF), Settings(ocr=False))
    except ExtractorError as exc:
        return exc


@pytest.mark.parametrize("path", BAD_PDFS, ids=lambda p: p.name)
def test_pdf_badfile_ends_as_document_or_error(path):
    outcome = read(path)
    assert isinstance(outcome, (Document, ExtractorError))
    if isinstance(outcome, ExtractorError):
        assert "\n" not in outcome.one_line() and len(outcome.message) < 200


@pytest.mark.parametrize("name, code", [
    ("crafted/enc_user_aes256.pdf", "encrypted"),
    ("crafted/enc_user_rc4.pdf", "encrypted"),
    ("public/pdfminer.six__aes-256-r6.pdf", "encrypted"),
    ("crafted/truncated.pdf", "corrupt"),
    ("crafted/garbage.pdf", "corrupt"),
    ("public/pikepdf__cyclic-toc.pdf", "no_text_layer"),  # its one page has no MediaBox (read as US Letter) and nothing on it
    ("public/qpdf__append-xref-loop.pdf", "corrupt"),
    ("crafted/flate_bomb_1GB.pdf", "too_large"),
    ("crafted/scanned.pdf", "no_text_layer"),
    ("crafted/xobject_loop.pdf", "no_text_layer"),
    ("crafted/pages_loop.pdf", "no_text_layer"),
])
def test_pdf_badfile_error_code(badfiles_dir, name, code):
    outcome = read(badfiles_dir / name)
    assert isinstance(outcome, ExtractorError) and outcome.code == code, outcome


@pytest.mark.parametrize("name, text", [
    ("crafted/enc_owner_only_aes128.pdf", None),  # an owner password alone does not stop reading
    ("crafted/enc_owner_only_aes256.pdf", None),
    ("public/pdf.js__hello_world_rotated.pdf", "Hello world"),
    ("public/pdf.js__rotation.pdf", "This is my second page. It will have a landscape layout."),
])
def test_pdf_badfile_reads(badfiles_dir, name, text):
    outcome = read(badfiles_dir / name)
    assert isinstance(outcome, Document) and any(True for _ in outcome.blocks())
    if text:
        assert any(text in b.text for b in outcome.blocks())


def test_pdf_rotated_table_page_reads_upright(badfiles_dir):
    doc = read(badfiles_dir / "public" / "camelot__tests__tabula__rotated_page.pdf")
    words = " ".join([b.text for b in doc.blocks()] + [c.text for t in doc.tables() for r in t.rows for c in r])
    assert "Adjusted Baseline by Category" in words


def test_pdf_no_text_layer_says_why_ocr_could_not_run(tmp_path, monkeypatch):
    """A scan 30,000 pixels tall broke Tesseract; the error said only "OCR could not run"."""
    import extractor.ingest.pdf as pdf

    def read_all(path, source, settings):
        source.unread_pages.append(1)
        source.warnings.append("page 1: OCR failed (error: Tesseract failed: Error during processing.)")
        return [], 1, 0

    monkeypatch.setattr(pdf, "_read_all", read_all)
    error = read(tmp_path / "tall-scan.pdf")
    assert isinstance(error, ExtractorError) and error.code == "no_text_layer"
    assert error.message.endswith("OCR could not run (page 1: OCR failed (error: Tesseract failed: Error during processing.))")
