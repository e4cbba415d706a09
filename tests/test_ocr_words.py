"""Font size, weight and bullets estimated from the pixels of OCR'd words."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractor.ingest.ocr_words import (
    OcrWord, bold_flags, is_bullet_blob, is_noise, line_ems, split_digit_groups, with_amount_dashes, word_em_px,
)
from tests.test_ocr_page import at, font


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



def test_ocr_words_stroke_width_is_twice_the_ink_over_its_edge():
    from extractor.ingest.ocr_words import stroke_width

    dark = np.zeros((60, 200), bool)
    dark[20:24, 10:190] = True  # a stroke 4 px wide and 180 long
    word = OcrWord("ab", 5, 10, 190, 30, 0.9, (1, 1, 1))
    assert stroke_width(dark, word) == 2.0 * 4 * 180 / (2 * 180 + 2 * 4)
    dark[:, 100:] = False  # ink cut by the box's edge counts the edge too
    assert stroke_width(dark, OcrWord("ab", 50, 20, 50, 4, 0.9, (1, 1, 1))) == 2.0 * 4 * 50 / (2 * 50 + 2 * 4)
    assert stroke_width(dark, OcrWord("ab", 120, 0, 50, 50, 0.9, (1, 1, 1))) is None  # no ink
    rng = np.random.default_rng(3)
    for _ in range(30):  # the perimeter of a padded box, counted edge by edge
        box = rng.random((int(rng.integers(1, 20)), int(rng.integers(1, 20)))) < 0.5
        padded = np.pad(box, 1).astype(np.int8)
        edges = np.count_nonzero(np.diff(padded, axis=0)) + np.count_nonzero(np.diff(padded, axis=1))
        got = stroke_width(box, OcrWord("ab", 0, 0, box.shape[1], box.shape[0], 0.9, (1, 1, 1)))
        assert got == (2.0 * box.sum() / edges if edges else None)

def test_ocr_words_bullet_blob_is_a_filled_round_mark():
    disc = np.zeros((15, 15), bool)
    yy, xx = np.mgrid[:15, :15]
    disc[(yy - 7) ** 2 + (xx - 7) ** 2 <= 49] = True
    ring = disc & ((yy - 7) ** 2 + (xx - 7) ** 2 > 16)  # an "o"
    bar = np.ones((30, 5), bool)  # an "l"
    assert is_bullet_blob(disc, em=42)
    assert not is_bullet_blob(ring, em=42) and not is_bullet_blob(bar, em=42)
    assert not is_bullet_blob(disc, em=200)  # a big disc is a picture, not a bullet


# --- digit groups Tesseract joined ------------------------------------------------------------

def _ink_of(groups: list[str], gap_em: float, size_pt: float = 10.0):
    """Dark mask of digit groups drawn with ``gap_em`` of blank between them, and the box of
    the whole run as one word (as Tesseract gives a joined number)."""
    face, em = font(size_pt), at(size_pt)
    page = Image.new("L", (40 * em, 3 * em), 255)
    draw, x = ImageDraw.Draw(page), em
    for group in groups:
        draw.text((x, em), group, font=face, fill=0)
        x += draw.textlength(group, font=face) + gap_em * em
    dark = np.asarray(page) < 128
    ys, xs = np.nonzero(dark)
    word = OcrWord("".join(groups), int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1),
                   int(ys.max() - ys.min() + 1), 0.9, (1, 1, 1))
    return dark, word, float(em)


@pytest.mark.parametrize("groups", [["1", "012"], ["-23", "450"], ["4", "870", "220"]])
def test_split_digit_groups_restores_group_spaces_tesseract_joined(groups):
    dark, word, em = _ink_of(groups, gap_em=0.45)
    parts = split_digit_groups(dark, word, em)
    assert [p.text for p in parts] == groups
    assert parts[0].left == word.left and parts[-1].left + parts[-1].width == word.left + word.width
    assert all(a.left + a.width < b.left for a, b in zip(parts, parts[1:]))  # each group its own box


@pytest.mark.parametrize("text", ["1986", "2021", "1012448", "-1012"])
def test_split_digit_groups_keeps_numbers_printed_without_spaces(text):
    dark, word, em = _ink_of([text], gap_em=0.0)
    assert [p.text for p in split_digit_groups(dark, word, em)] == [text]


def test_split_digit_groups_keeps_words_and_narrow_gaps():
    dark, word, em = _ink_of(["1", "012"], gap_em=0.12)  # a kerned pair, not a space
    assert [p.text for p in split_digit_groups(dark, word, em)] == ["1012"]
    dark, word, em = _ink_of(["ab", "cde"], gap_em=0.45)
    assert split_digit_groups(dark, word, em) == [word]


def test_amount_dash_set_apart_by_a_typewriter_joins_its_figure():
    """At 300 dpi an em is about 42 px: a typed "1 802,-" read as "1", "802,", "-" a space
    (25 px) apart is "802,-"; a dash further off, on another line or after a word stays."""
    words = [word("1", 30, left=100, width=20), word("802,", 30, left=145, width=80), word("-", 4, left=250, width=15),
             word("Sum,", 30, left=400, width=80), word("-", 4, left=505, width=15),
             word("9,", 30, left=600, width=40), word("-", 4, left=700, width=15),
             word("5,", 30, left=800, width=40), word("-", 4, line=2, left=860, width=15)]
    joined, ems = with_amount_dashes(words, [42.0] * len(words))
    assert [w.text for w in joined] == ["1", "802,-", "Sum,", "-", "9,", "-", "5,", "-"]
    assert (joined[1].left, joined[1].width) == (145, 120) and len(ems) == len(joined)
