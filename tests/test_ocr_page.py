"""OCR of whole pages: generated image-only PDFs and the scanned corpus report."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractor.errors import MissingDependency, Timeout
from extractor.ingest import ocr_tesseract
from extractor.ingest.ocr import ocr_page
from extractor.ingest.ocr_tesseract import resolve_languages, tesseract_available
from extractor.ingest.ocr_words import tsv_to_words
from extractor.settings import Settings

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nor)"
)
DPI = 300
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font(size_pt: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    px = round(size_pt * DPI / 72)
    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), px) if path.exists() else ImageFont.load_default(px)


def image_pdf(path: Path, draw_page) -> Path:
    """An A4 image-only PDF at 300 dpi, as a scanner makes (PIL writes one image per page)."""
    page = Image.new("L", (2480, 3508), 255)
    draw_page(ImageDraw.Draw(page))
    page.save(path, "PDF", resolution=DPI)
    return path


def at(pt: float) -> int:
    return round(pt * DPI / 72)


@pytest.fixture
def board_pdf(tmp_path: Path) -> Path:
    def draw(d: ImageDraw.ImageDraw) -> None:
        d.text((at(72), at(72)), "Styret i 2022", font=font(16, bold=True), fill=0)
        d.text((at(72), at(110)), "Styreleder Per Hansen har ledet styret i året som gikk.", font=font(10), fill=0)
        d.text((at(72), at(126)), "Nestleder Kari Nordmann og styremedlem Ola Berg.", font=font(10), fill=0)
        for i in range(4):  # a ruled 3 x 2 table: four rules
            y = at(200 + 20 * i)
            d.line((at(72), y, at(400), y), fill=0, width=3)
        for x in (72, 236, 400):
            d.line((at(x), at(200), at(x), at(260)), fill=0, width=3)

    return image_pdf(tmp_path / "board.pdf", draw)


@needs_tesseract
def test_ocr_page_reads_generated_norwegian_text(board_pdf):
    page = ocr_page(board_pdf, 1, Settings())
    texts = [w.text for w in page.words]
    for expected in ("Styreleder", "Per", "Hansen", "Nestleder", "Nordmann", "året"):
        assert expected in texts
    assert page.from_ocr and page.number == 1
    assert page.width == pytest.approx(595.2, abs=1) and page.height == pytest.approx(842, abs=1)
    hansen = next(w for w in page.words if w.text == "Hansen")
    assert 72 < hansen.x0 < hansen.x1 < 400 and 105 < hansen.top < hansen.bottom < 126  # points, top-left
    assert hansen.conf > 0.8 and hansen.size == pytest.approx(10, abs=1) and not hansen.bold
    heading = next(w for w in page.words if w.text == "Styret")
    assert heading.size == pytest.approx(16, abs=1.5) and heading.bold


@needs_tesseract
def test_ocr_page_finds_table_rules(board_pdf):
    segments = ocr_page(board_pdf, 1, Settings()).segments
    horizontal = sorted(s.top for s in segments if s.horizontal)
    vertical = sorted(s.x0 for s in segments if not s.horizontal)
    assert horizontal == pytest.approx([200, 220, 240, 260], abs=1.5)
    assert vertical == pytest.approx([72, 236, 400], abs=1.5)


@needs_tesseract
def test_ocr_page_times_out(board_pdf):
    with pytest.raises(Timeout):
        ocr_page(board_pdf, 1, Settings(ocr_timeout_s=0.01))


def test_ocr_page_without_tesseract_raises_missing_dependency(board_pdf, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    ocr_tesseract.tesseract_languages.cache_clear()
    try:
        with pytest.raises(MissingDependency, match="tesseract-ocr-nor"):
            ocr_page(board_pdf, 1, Settings())
    finally:
        ocr_tesseract.tesseract_languages.cache_clear()


def test_ocr_resolve_languages_falls_back_with_warning(monkeypatch):
    monkeypatch.setattr(ocr_tesseract, "installed_languages", lambda: frozenset({"eng", "osd"}))
    lang, warnings = resolve_languages("nor+eng")
    assert lang == "eng" and len(warnings) == 1 and "nor" in warnings[0]
    lang, warnings = resolve_languages("nor")
    assert lang == "eng" and warnings


def test_ocr_tsv_to_words_keeps_words_with_line_ids():
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t120\t40\t96.5\tPer\n"
        "5\t1\t1\t1\t1\t2\t140\t20\t170\t40\t91\tHansen\n"
        "5\t1\t1\t1\t2\t1\t10\t80\t30\t40\t95\t \n"
    )
    words = tsv_to_words(tsv)
    assert [(w.text, w.left, w.conf, w.line) for w in words] == [
        ("Per", 10, 0.965, (1, 1, 1)), ("Hansen", 140, 0.91, (1, 1, 1))
    ]


def test_ocr_tsv_to_words_reads_a_line_opening_l_as_a_list_number():
    """Tesseract reads a list's "1." as "l."; only at a line's start, where litres never stand."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = [(1, "l."), (1, "vara"), (1, "Siri"), (1, "Holm"), (2, "Kjøpt"), (2, "5"), (2, "l."), (3, "l)"), (3, "Leder")]
    tsv = head + "".join(f"5\t1\t1\t1\t{line}\t{i}\t{10 * i}\t{40 * line}\t20\t30\t90\t{text}\n"
                         for i, (line, text) in enumerate(rows, 1))
    assert [w.text for w in tsv_to_words(tsv)] == ["1.", "vara", "Siri", "Holm", "Kjøpt", "5", "l.", "1)", "Leder"]


SCAN = "asker-produkt-2022.scan.pdf"


@needs_tesseract
def test_ocr_page_scan_heading_is_large_and_bold(corpus_dir):
    page = ocr_page(corpus_dir / SCAN, 1, Settings())
    heading = [w for w in page.words if w.text in ("Årsrapport", "2022") and w.size >= 13]
    assert [w.text for w in heading] == ["Årsrapport", "2022"]
    assert heading[0].bold
    body = [w.size for w in page.words]
    assert sorted(body)[len(body) // 2] == 10  # body text 10 pt


@needs_tesseract
def test_ocr_page_scan_table_page_has_rules_and_cells(corpus_dir):
    page = ocr_page(corpus_dir / SCAN, 4, Settings())
    horizontal = [s for s in page.segments if s.horizontal]
    vertical = [s for s in page.segments if not s.horizontal]
    # the born-digital page draws 23 horizontal and 10 vertical rules
    assert 20 <= len(horizontal) <= 26 and 8 <= len(vertical) <= 12
    texts = {w.text for w in page.words}
    assert {"Renholdskonferans", "Husøkonom", "Oktober", "Udir", "fagplaner"} <= texts


@needs_tesseract
def test_ocr_page_reads_list_bullets_as_bullets(tmp_path):
    items = ["Café", "Restaurant", "Vaskeri"]

    def draw(d: ImageDraw.ImageDraw) -> None:
        d.text((at(72), at(72)), "Vi har disse avdelingene:", font=font(10), fill=0)
        for i, item in enumerate(items):
            d.text((at(80), at(90 + 14 * i)), "•", font=font(10), fill=0)
            d.text((at(98), at(90 + 14 * i)), item, font=font(10), fill=0)

    page = ocr_page(image_pdf(tmp_path / "list.pdf", draw), 1, Settings())
    texts = [w.text for w in page.words]
    assert texts.count("•") == 3
    for item in items:
        assert texts[texts.index(item) - 1] == "•"


@needs_tesseract
def test_ocr_page_blank_page_gives_no_words(tmp_path):
    page = ocr_page(image_pdf(tmp_path / "blank.pdf", lambda d: None), 1, Settings())
    assert page.words == [] and page.segments == [] and page.from_ocr


def test_ocr_tesseract_that_hangs_is_asked_once_a_process(tmp_path, monkeypatch):
    """A Tesseract that hangs on ``--list-langs`` cost every scanned document of a batch its
    30 s again (a failure was not kept, the languages were); it is asked once a process."""
    calls = tmp_path / "calls"
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\necho x >> {calls}\nexec sleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr_tesseract, "LIST_LANGS_TIMEOUT_S", 0.5)
    ocr_tesseract.tesseract_languages.cache_clear()
    try:
        for _ in range(3):
            with pytest.raises(MissingDependency, match="Tesseract does not run"):
                resolve_languages("nor+eng")
    finally:
        ocr_tesseract.tesseract_languages.cache_clear()
    assert calls.read_text().split() == ["x"]
