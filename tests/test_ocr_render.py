"""Rendering pages for OCR: a page of images renders in bands (grey images whole, straight into
the array), pixel for pixel as ``page.render``."""
from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from extractor.ingest import ocr_render
from tests.test_ocr_page import font


def photo_pdf(path, mode: str, size=(620, 877)):
    """An image-only page at 75 dpi (enlarged 4x to read it at 300 dpi) with text and a
    gradient, as a low-resolution scan or a cover photo."""
    page = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(page)
    for y in range(0, size[1], 7):
        draw.line([(0, y), (size[0], y)], fill=(y % 256, 90, 200) if mode == "RGB" else y % 256)
    draw.text((40, 300), "Driftsinntekter 1 012 448", font=font(4), fill="black")
    page.save(path, "PDF", resolution=75)
    return path


@pytest.mark.parametrize("mode", ["L", "RGB"])
@pytest.mark.parametrize("rows", [97, 800])
def test_render_gray_page_of_images_in_bands_equals_whole_render(tmp_path, monkeypatch, mode, rows):
    path = photo_pdf(tmp_path / "scan.pdf", mode)
    monkeypatch.setattr(ocr_render, "RENDER_BAND_ROWS", rows)  # 97: many bands, edges on odd rows
    banded, _, _ = ocr_render.render_gray(path, 1, 300)
    page = pdfium.PdfDocument(str(path))[0]
    assert ocr_render.images_only(page) and ocr_render.gray_images(page) == (mode == "L")
    whole = page.render(scale=300 / 72, grayscale=True).to_numpy()
    assert np.array_equal(np.asarray(banded), whole)


def test_render_gray_page_of_grey_images_is_drawn_whole(tmp_path, monkeypatch):
    """A page of grey images is one render into the array (bands scaled the image again for
    each); a colour photo is still drawn in bands."""
    calls = []
    real = pdfium.raw.FPDF_RenderPageBitmap
    monkeypatch.setattr(pdfium.raw, "FPDF_RenderPageBitmap", lambda *a: calls.append(a) or real(*a))
    for mode, renders in (("L", 1), ("RGB", 5)):
        calls.clear()
        ocr_render.render_gray(photo_pdf(tmp_path / f"{mode}.pdf", mode), 1, 300)
        assert len(calls) == renders  # 3508 rows: five bands of 800


def test_images_only_is_false_for_a_page_with_a_drawn_line():
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(200, 200)
    image = pdfium.PdfImage.new(pdf)
    bitmap = pdfium.PdfBitmap.from_pil(Image.new("L", (20, 20), 128))
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(100, 100))
    page.insert_obj(image)
    assert ocr_render.images_only(page)
    rule = pdfium.raw.FPDFPageObj_CreateNewPath(10, 10)
    pdfium.raw.FPDFPath_LineTo(rule, 150, 10)
    pdfium.raw.FPDFPath_SetDrawMode(rule, 0, True)
    pdfium.raw.FPDFPage_InsertObject(page, rule)
    assert not ocr_render.images_only(page)  # a drawn rule renders anti-aliased against a band's clip
