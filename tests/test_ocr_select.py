"""Which images are worth Tesseract's time: text, tables and statements always; smooth
pictures (gradients, flat colours, blurred photos) never."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from extractor.ingest.ocr import render_gray
from extractor.ingest.ocr_select import may_hold_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fjordvekst-2023.pdf"
DPI = 300


def page_crop(box_pt: tuple[float, float, float, float], page: int = 1) -> np.ndarray:
    image, width, _ = render_gray(SAMPLE, page, DPI)
    scale = image.width / width
    return np.asarray(image.crop(tuple(round(v * scale) for v in box_pt)))


@pytest.mark.parametrize("box", [
    (80, 60, 520, 300),  # headings and running text
    (80, 300, 520, 520),  # a ruled table with figures, as a screenshot of it would be
    (85, 95, 160, 112),  # one short line
])
def test_ocr_select_text_and_tables_may_hold_text(box):
    assert may_hold_text(page_crop(box), DPI)


def smooth_picture(height: int = 600, width: int = 900) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width]
    sky = 90 + 120 * y / height  # a gradient
    sun = 60 * np.exp(-((x - 600) ** 2 + (y - 150) ** 2) / (2 * 80.0 ** 2))
    noise = np.random.default_rng(3).normal(0, 3, (height, width))  # sensor noise, JPEG grain
    return np.clip(sky + sun + noise, 0, 255).astype(np.uint8)


def test_ocr_select_smooth_pictures_hold_no_text():
    assert not may_hold_text(smooth_picture(), DPI)
    assert not may_hold_text(np.full((400, 1200), 200, dtype=np.uint8), DPI)  # a flat colour band
    blurred = Image.fromarray(page_crop((80, 60, 520, 300))).filter(ImageFilter.GaussianBlur(12))
    assert not may_hold_text(np.asarray(blurred), DPI)  # a photo's out-of-focus background


def test_ocr_select_a_smooth_picture_never_reaches_tesseract(monkeypatch):
    import extractor.ingest.ocr_images as ocr_images
    from extractor.document import Provenance
    from extractor.settings import Settings

    called = []
    monkeypatch.setattr(ocr_images, "run_tesseract", lambda *a, **k: called.append(a) or "")
    picture = Image.fromarray(smooth_picture())
    assert ocr_images.image_to_items(picture, 72.0 / DPI, Provenance(page=1), (0, 0), Settings(), "nor") == []
    assert called == []
    ocr_images.image_to_items(Image.fromarray(page_crop((80, 60, 520, 300))), 72.0 / DPI, Provenance(page=1),
                              (0, 0), Settings(), "nor")
    assert len(called) == 1  # text is read as before
