"""Font size, weight and bullets estimated from the pixels of OCR'd words."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractor.ingest.ocr_words import OcrWord, bold_flags, is_bullet_blob, is_noise, line_ems, word_em_px
from tests.test_ocr_page import font


def word(text: str, height: int, line: int = 1, conf: float = 0.95, left: int = 0, width: int = 100) -> OcrWord:
    return OcrWord(text, left, 0, width, height, conf, (1, 1, line))


@pytest.mark.parametrize("text, height", [("man", 24), ("Hansen", 31), ("gnom", 32), ("gjennom", 41), ("Årsrapport", 48), ("Åse", 38)])
def test_ocr_words_em_from_glyph_extents(text, height):
    # 10 pt at 300 dpi is an em of 41.7 px: x-height 23, cap 30.5, x+descent 32, dot+descent 41, Å 38
    assert word_em_px(word(text, height)) == pytest.approx(41.7, rel=0.1)


def test_ocr_words_em_needs_known_glyphs():
    assert word_em_px(word("—", 3)) is None and word_em_px(word("...", 5)) is None


def test_ocr_words_line_em_is_the_median_of_its_line():
    words = [word("Per", 31), word("Hansen", 31), word("og", 50), word("—", 4, line=2)]
    ems = line_ems(words)
    assert ems[0] == ems[1] == ems[2] == pytest.approx(41.7, rel=0.1)
    assert ems[3] == pytest.approx(ems[0])  # a line without usable glyphs takes the page's


def test_ocr_words_noise_is_low_confidence_punctuation_only():
    assert is_noise(word("|", 30, conf=0.3)) and not is_noise(word("|", 30, conf=0.9))
    assert not is_noise(word("a", 30, conf=0.1))


def test_ocr_words_bold_from_stroke_width():
    image = Image.new("L", (3000, 200), 255)
    draw = ImageDraw.Draw(image)
    words, x = [], 10
    for i, text in enumerate(["Styret", "har", "hatt", "seks", "møter", "Styreleder"]):
        bold = text == "Styreleder"
        draw.text((x, 50), text, font=font(10, bold=bold), fill=0)
        left, top, right, bottom = draw.textbbox((x, 50), text, font=font(10, bold=bold))
        words.append(OcrWord(text, left, top, right - left, bottom - top, 0.95, (1, 1, 1)))
        x = right + 40
    dark = np.asarray(image) < 128
    assert bold_flags(dark, words, [41.7] * len(words)) == [False] * 5 + [True]


def test_ocr_words_bullet_blob_is_a_filled_round_mark():
    disc = np.zeros((15, 15), bool)
    yy, xx = np.mgrid[:15, :15]
    disc[(yy - 7) ** 2 + (xx - 7) ** 2 <= 49] = True
    ring = disc & ((yy - 7) ** 2 + (xx - 7) ** 2 > 16)  # an "o"
    bar = np.ones((30, 5), bool)  # an "l"
    assert is_bullet_blob(disc, em=42)
    assert not is_bullet_blob(ring, em=42) and not is_bullet_blob(bar, em=42)
    assert not is_bullet_blob(disc, em=200)  # a big disc is a picture, not a bullet
