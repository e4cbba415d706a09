"""Scan losses found on the dev set: signature lines, faint rules, "%" in cells, middle dots."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from extractor.ingest.ocr import ocr_page
from extractor.ingest.ocr_tesseract import tesseract_available
from extractor.ingest.ocr_lines import (
    dark_to_segments, gray_to_dark, gray_to_rule_ink, rule_to_word, split_signature_rules,
)
from extractor.ingest.ocr_words import OcrWord, is_noise, middle_dot_box
from extractor.ingest.primitives import Segment, Word
from extractor.settings import Settings
from tests.test_ocr_page import font

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
DEVSET = Path(__file__).resolve().parents[1] / "bench" / "devset"
PT_PER_PX = 72 / 300


def test_ocr_signature_faint_rule_is_found_whole():
    # a 1 px rule scanned at 150 dpi: grey 150-170 on 244 paper, straddling the text threshold
    page = np.full((400, 1200), 244, np.uint8)
    page[200:203, 100:500] = np.where(np.arange(400) % 7 < 4, 150, 170)
    page[50:90, 100:300] = 120  # text, blurred to mid-grey as the scan's is (Otsu ~180)
    strict = [s for s in dark_to_segments(gray_to_dark(page), PT_PER_PX, 25, 15) if s.horizontal]
    lax = [s for s in dark_to_segments(gray_to_rule_ink(page), PT_PER_PX, 25, 15) if s.horizontal and s.top > 30]
    assert not any(s.x1 - s.x0 > 80 for s in strict if s.top > 30)  # pieces at most
    assert len(lax) == 1 and lax[0].x1 - lax[0].x0 == pytest.approx(400 * PT_PER_PX, abs=2)


def seg(x0, y, x1):
    return Segment(x0, y, x1, y)


def test_ocr_signature_rules_are_the_free_standing_short_ones():
    signature = [seg(71, 715, 161), seg(222, 715, 312), seg(373, 715, 463)]
    table = [seg(65, y, 300) for y in (486, 498, 510)] + [Segment(65, 486, 65, 510), Segment(300, 486, 300, 510)]
    underline = seg(100, 611, 160)
    footer_rule = seg(60, 780, 535)  # full width: separates, is not signed on
    words = [Word("Viktig", 100, 601, 160, 610.5, size=10)]
    rules, found = split_signature_rules(signature + table + [underline, footer_rule], words, 595)
    assert found == signature
    assert set(map(id, rules)) == set(map(id, table + [underline, footer_rule]))
    word = rule_to_word(signature[0], 10, 0.9)
    assert word.text == "_" * 18 and (word.top, word.bottom) == (705, 715)


def test_ocr_signature_stacked_rows_stay_signatures_but_table_rows_do_not():
    stacked = [seg(71, 295, 170), seg(71, 369, 170)]  # two signature rows, ~74 pt apart
    rows = [seg(71, 100, 170), seg(71, 120, 170)]  # a rule-only table, 20 pt rows
    assert split_signature_rules(stacked, [], 595)[1] == stacked
    assert split_signature_rules(rows, [], 595)[1] == []


def ocr_word(text, left, top, width, height, conf=0.9):
    return OcrWord(text, left, top, width, height, conf, (1, 1, 1))


def test_ocr_signature_percent_sign_is_not_noise_but_a_speck_bar_is():
    assert not is_noise(ocr_word("%", 0, 0, 30, 35, conf=0.21))
    assert is_noise(ocr_word("|", 0, 0, 30, 35, conf=0.3))
    assert is_noise(ocr_word("|", 0, 0, 3, 1, conf=0.7), em=41.7)  # rule remains
    assert not is_noise(ocr_word("|", 0, 0, 4, 40, conf=0.7), em=41.7)
    assert not is_noise(ocr_word("-", 0, 0, 15, 4, conf=0.9), em=41.7)


def scan_like(draw_text) -> Image.Image:
    """Text drawn at 300 dpi, brought down to 150 dpi and back, on grey paper, blurred."""
    page = Image.new("L", (1400, 200), 255)
    draw_text(ImageDraw.Draw(page))
    page = page.resize((700, 100), Image.BILINEAR).resize((1400, 200), Image.BICUBIC)
    grey = np.asarray(page).astype(np.float32) * (244 / 255)
    return Image.fromarray(grey.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def test_ocr_signature_middle_dot_between_words_is_found():
    f = font(10)
    image = scan_like(lambda d: d.text((20, 60), "Follo Vekst AS · side 2", font=f, fill=0))
    gray = np.asarray(image)
    # boxes as Tesseract gives them; the sign's box is off to the left and cuts the dot
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))

    def box(text, x):
        l, t, r, b = probe.textbbox((20 + probe.textlength(text[:x[0]], font=f), 60), text[x[0]:x[1]], font=f)
        return round(l), round(t), round(r - l), round(b - t)

    full = "Follo Vekst AS · side 2"
    spans = {"Follo": (0, 5), "Vekst": (6, 11), "AS": (12, 14), "side": (17, 21), "2": (22, 23)}
    line = [ocr_word(t, *box(full, s)) for t, s in spans.items()]
    dot_l, dot_t, dot_w, dot_h = box(full, (15, 16))
    sign = ocr_word("-", dot_l - 6, dot_t - 10, dot_w, dot_h + 30, conf=0.4)
    words = line[:3] + [sign] + line[3:]
    found = middle_dot_box(gray, sign, words, 41.7)
    assert found is not None and abs(found[0] - dot_l) < 6
    hyphen = scan_like(lambda d: d.text((20, 60), "Follo Vekst AS - side 2", font=f, fill=0))
    assert middle_dot_box(np.asarray(hyphen), sign, words, 41.7) is None  # a dash is no dot


@needs_tesseract
def test_ocr_signature_devset_scan_keeps_names_percent_and_header():
    scan = DEVSET / "follo-vekst-2021.scan.pdf"
    if not scan.exists():
        pytest.skip("dev set not present")
    page = ocr_page(scan, 1, Settings())
    texts = [w.text for w in page.words]  # Tesseract's reading order
    rules = [w for w in page.words if w.text.startswith("___")]
    assert len(rules) == 3 and len({round(w.top) for w in rules}) == 1
    names = [w for w in page.words if w.text in ("Anne", "Thomas", "Camilla")]
    assert len(names) == 3 and all(0 < n.top - rules[0].bottom < 20 for n in names)
    assert texts[texts.index("Egenkapitalandel") + 1:][:2] == ["38,2", "%"]
    assert "Årsresultat" in texts  # the ring under a cell border is not painted away
    assert texts[:6] == ["Follo", "Vekst", "AS", "·", "årsrapport", "2021"]
