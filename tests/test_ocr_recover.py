"""Text the page pass of Tesseract dropped, found from the ink no word covers and read again."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractor.ingest.ocr import read_dropped
from extractor.ingest.ocr_recover import recovered_words, uncovered_regions, without_smears
from extractor.ingest.ocr_tesseract import run_tesseract, tesseract_available
from extractor.ingest.ocr_words import OcrWord, tsv_to_words
from test_ocr_page import at, font

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nor)"
)
EM = 40.0


def word(text, left, top, width=80, height=30, conf=0.95, line=(1, 1, 1)):
    return OcrWord(text, left, top, width, height, conf, line)


def glyphs(ink: np.ndarray, left: int, top: int, n: int) -> None:
    """``n`` glyph-sized marks side by side, as a word of figures prints."""
    for i in range(n):
        ink[top:top + 28, left + 26 * i:left + 26 * i + 18:3] = True


def test_ink_no_word_covers_is_a_region_covered_ink_is_not():
    ink = np.zeros((800, 1200), dtype=bool)
    rows = (100, 160, 220, 280)
    for top in rows:
        glyphs(ink, 100, top, 6)  # labels, read
        glyphs(ink, 900, top, 4)  # the right figure column, read
        glyphs(ink, 600, top, 4)  # the middle figure column, dropped
    read = [word("x", 100, top, 6 * 26, 28) for top in rows] + [word("9", 900, top, 4 * 26, 28) for top in rows]
    regions = uncovered_regions(ink, read, EM)
    assert len(regions) == len(rows)  # one per figure: lines apart are regions apart
    for (x0, y0, x1, y1), top in zip(sorted(regions, key=lambda b: b[1]), rows):
        assert x0 <= 600 and 600 + 4 * 26 - 8 <= x1 < 900 and y0 <= top and y1 >= top + 28


def test_a_filled_picture_and_a_speck_are_not_regions():
    ink = np.zeros((800, 1200), dtype=bool)
    ink[100:400, 100:500] = True  # a dark photo
    ink[600:604, 900:904] = True  # a speck
    assert uncovered_regions(ink, [], EM) == []



def test_list_bullets_no_word_covers_are_not_regions_a_lone_figure_is():
    ink = np.zeros((800, 1200), dtype=bool)
    yy, xx = np.mgrid[:800, :1200]
    for top in (100, 160, 220):
        ink[(yy - top - 20) ** 2 + (xx - 120) ** 2 <= 49] = True  # a bullet 0.35 em across, over four cells
        glyphs(ink, 200, top, 8)  # the item's text, read
    glyphs(ink, 700, 400, 2)  # a lone figure (a note number), dropped
    read = [word("Kafe", 200, top, 8 * 26, 28) for top in (100, 160, 220)]
    regions = uncovered_regions(ink, read, EM)
    assert len(regions) == 1 and regions[0][0] <= 700 <= regions[0][2] and regions[0][1] <= 400 <= regions[0][3]

def test_a_drawing_is_no_region_lines_of_text_as_tall_are():
    ink = np.zeros((1200, 1200), dtype=bool)
    rng = np.random.default_rng(5)
    ink[100:600, 100:500] = rng.random((500, 400)) < 0.2  # a drawing: strokes on every row, not dense
    for top in range(100, 600, 34):  # lines of text set close, as tall as the drawing
        glyphs(ink, 700, top, 12)
    regions = uncovered_regions(ink, [], EM)
    assert len(regions) == 1 and regions[0][0] >= 600 and regions[0][3] - regions[0][1] > 10 * EM


def test_recovered_words_keep_sure_new_words_inside_the_regions():
    old = [word("Sum", 100, 100)]
    again = [word("2 310", 600, 100), word("Sum", 100, 100), word("~", 620, 160, conf=0.9),
             word("1 402", 600, 160, conf=0.3), word("9", 1000, 100)]
    kept = recovered_words(again, [(580, 80, 720, 300)], old)
    assert [w.text for w in kept] == ["2 310"]
    assert kept[0].line[0] != old[0].line[0]  # a line of its own, not glued to the page pass's


@needs_tesseract
def test_read_dropped_reads_a_column_the_page_pass_left_out():
    page = Image.new("L", (1600, 900), 250)
    draw = ImageDraw.Draw(page)
    rows = [("Salgsinntekter", "4 812", "4 377"), ("Sum driftskostnader", "3 906", "3 655"),
            ("Driftsresultat", "906", "722")]
    for i, (label, this, last) in enumerate(rows):
        y = at(40 + 18 * i)
        for x, text in ((at(30), label), (at(260), this), (at(360), last)):
            draw.text((x, y), text, font=font(10), fill=20)
    words = tsv_to_words(run_tesseract(page, "nor+eng", 6, 300, 60))
    dropped = [w for w in words if at(250) <= w.left <= at(330)]  # as if the page pass lost that column
    assert {w.text for w in dropped} >= {"906"}
    kept = [w for w in words if w not in dropped]
    recovered = read_dropped(np.asarray(page), kept, "nor+eng", 300, 60)
    in_order = sorted(recovered, key=lambda w: (w.top // 20, w.left))
    assert "".join(w.text for w in in_order).replace(" ", "") == "48123906906"
    assert all(at(250) <= w.left <= at(330) for w in recovered)


def _amounts(left: int = 1040) -> list[OcrWord]:
    """A typed figure column's amounts after their lone thousands digits, one a line."""
    return [OcrWord(text, left, 100 + 46 * k, 150, 30, 0.95, (2, 1, k))
            for k, text in enumerate(("400,00", "500,00", "900,00", "200,00"))]


def test_ocr_recover_a_column_of_digits_read_across_its_lines_goes_with_its_amounts():
    """The lone "1", "8", "9", "6" read as one tall word of letters: it and the amounts beside it
    are dropped, so their ink is read again as whole amounts."""
    label = OcrWord("Kontingent", 100, 100, 300, 30, 0.96, (1, 1, 1))
    smear = OcrWord("KkKONDD", 1000, 100, 22, 168, 0.004, (3, 1, 1))
    assert without_smears([label, smear, *_amounts()]) == [label]
    sure_two_lines = OcrWord("ON", 1000, 100, 24, 76, 0.95, (3, 1, 1))  # two lines' digits, read surely
    assert without_smears([label, sure_two_lines, *_amounts()]) == [label, *_amounts()[2:]]


def test_ocr_recover_words_beside_amounts_that_are_read_are_kept():
    words = [OcrWord("kr", 990, 100 + 46 * k, 30, 30, 0.93, (3, 1, k)) for k in range(4)] + _amounts()
    assert without_smears(words) == words  # a "kr" before each amount, read surely
    far = [OcrWord("Noter", 600, 100, 120, 150, 0.1, (3, 1, 1)), *_amounts()]  # unsure, but not beside them
    assert without_smears(far) == far
    tall = [OcrWord("Regnskap", 700, 60, 300, 75, 0.92, (3, 1, 1)), *_amounts(1040)]  # a large heading far left
    assert without_smears(tall) == tall
