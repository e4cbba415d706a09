"""A scanned page prepared for Tesseract (``prepare_page``) holds one array: the page as
Tesseract gets it, its rules painted out, and the greys under the paint to make the page
before it again (``restore_patches``)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extractor.ingest.ocr import Patch, deskew, erase_segments, prepare_page, restore_patches
from extractor.ingest.ocr_lines import gray_to_dark, gray_to_rule_ink, median3, otsu_threshold
from extractor.settings import Settings
from tests.test_ocr_page import at, font


def ruled_page(turn: float) -> Image.Image:
    """A4 at 300 dpi: a line of text and a ruled box whose top rule touches a word, turned."""
    page = Image.new("L", (2480, 3508), 236)
    d = ImageDraw.Draw(page)
    d.text((at(72), at(90)), "Referent Lise Dahl, Borgund", font=font(11), fill=20)
    d.rectangle((at(72), at(200), at(420), at(290)), outline=30, width=4)
    d.line((at(72), at(245), at(420), at(245)), fill=30, width=3)  # crosses the box's sides
    d.text((at(80), at(186)), "Sum 41 870", font=font(11), fill=20)
    return page.rotate(turn, resample=Image.BICUBIC, fillcolor=236)


def test_ocr_prepare_page_gray_is_the_turned_page_before_its_rules_were_painted():
    for turn in (0.0, 0.7):
        image = ruled_page(turn)
        page = prepare_page(image, 1, 595.0, 842.0, Settings())
        gray = median3(np.asarray(image))
        otsu = otsu_threshold(gray)
        turned, _, _ = deskew(gray, gray_to_dark(gray, otsu), otsu)
        assert len(page.segments) >= 4 and page.otsu == otsu
        assert np.array_equal(page.gray(), turned)
        assert (page.erased != turned).sum() > 1000  # the rules are painted out
        erased, _ = erase_segments(turned, gray_to_rule_ink(turned, otsu), page.segments, page.pt_per_px)
        assert np.array_equal(page.erased, erased)


def test_ocr_restore_patches_gives_a_pixel_under_two_rules_its_first_grey():
    page = np.arange(36, dtype=np.uint8).reshape(6, 6)
    painted = page.copy()
    patches = []
    for top, left, mask in ((1, 0, np.ones((1, 6), bool)), (0, 2, np.ones((6, 1), bool))):  # a cross
        area = painted[top:top + mask.shape[0], left:left + mask.shape[1]]
        patches.append(Patch(top, left, mask, area[mask]))
        area[mask] = 200
    assert painted[1, 2] == 200 and patches[1].greys[1] == 200
    assert np.array_equal(restore_patches(painted, patches), page)
