"""OCR of text inside images: a board photo collage with a caption under each face."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractor.document import BlockKind, Cell, Provenance, Table
from extractor.ingest.ocr_tesseract import tesseract_available
from extractor.ingest.ocr_images import mark_same_line, ocr_pages_images
from extractor.ingest.primitives import Word
from extractor.settings import Settings
from tests.test_ocr_page import DPI, at, font

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nor)"
)
BOARD = [("Per Hansen", "Styreleder"), ("Kari Nordmann", "Nestleder"), ("Ola Berg", "Styremedlem")]
COLLAGE = (72.0, 100.0, 540.0, 330.0)  # x0, top, x1, bottom in points
NOISE = (72.0, 400.0, 400.0, 600.0)


def ocr_images(path: Path, page: int, boxes: list[tuple], settings: Settings) -> list:
    """The items read from the images of one page."""
    return ocr_pages_images(path, [(page, boxes)], settings).get(page, [])


def face(draw: ImageDraw.ImageDraw, x0: float, top: float, rng: np.random.Generator) -> None:
    """A grey head-and-shoulders shape with some texture, standing in for a portrait."""
    draw.rectangle((at(x0), at(top), at(x0 + 130), at(top + 150)), fill=200)
    draw.ellipse((at(x0 + 35), at(top + 15), at(x0 + 95), at(top + 90)), fill=120)
    draw.chord((at(x0 + 10), at(top + 95), at(x0 + 120), at(top + 205)), 180, 360, fill=90)
    for _ in range(300):
        x, y = rng.uniform(x0, x0 + 130), rng.uniform(top, top + 150)
        draw.point((at(x), at(y)), fill=int(rng.integers(60, 220)))


def collage_page() -> Image.Image:
    rng = np.random.default_rng(7)
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for i, (name, role) in enumerate(BOARD):
        x0 = 80 + i * 155
        face(draw, x0, 110, rng)
        centre = at(x0 + 65)
        draw.text((centre, at(272)), name, font=font(10, bold=True), fill=0, anchor="mt")
        draw.text((centre, at(287)), role, font=font(9), fill=0, anchor="mt")
    noise = rng.integers(0, 256, size=(at(NOISE[3] - NOISE[1]), at(NOISE[2] - NOISE[0])), dtype=np.uint8)
    page.paste(Image.fromarray(noise), (at(NOISE[0]), at(NOISE[1])))
    return page


@pytest.fixture
def collage_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "collage.pdf"
    collage_page().save(path, "PDF", resolution=DPI)
    return path


@needs_tesseract
def test_ocr_images_one_block_per_face_with_name_then_role(collage_pdf):
    blocks = ocr_images(collage_pdf, 1, [COLLAGE], Settings())
    assert [b.text for b in blocks] == [f"{name}\n{role}" for name, role in BOARD]
    for block in blocks:
        assert block.kind is BlockKind.IMAGE_TEXT and block.prov.page == 1
        x0, top, x1, bottom = block.prov.bbox
        assert COLLAGE[0] <= x0 < x1 <= COLLAGE[2] and 265 < top < bottom < 300
        assert block.prov.ocr_confidence > 0.8
    assert blocks[0].prov.bbox[2] < blocks[1].prov.bbox[0]  # captions stay apart


@needs_tesseract
def test_ocr_images_skips_image_without_text(collage_pdf):
    assert ocr_images(collage_pdf, 1, [NOISE], Settings()) == []


def test_ocr_images_no_boxes_no_work(tmp_path):
    assert ocr_images(tmp_path / "not-read.pdf", 1, [], Settings()) == []


@needs_tesseract
def test_ocr_images_box_beyond_the_page_is_clipped(collage_pdf):
    blocks = ocr_images(collage_pdf, 1, [(-30.0, 100.0, 900.0, 330.0)], Settings())
    assert [b.text.split("\n")[0] for b in blocks] == [name for name, _ in BOARD]


@needs_tesseract
def test_ocr_images_statement_screenshot_is_a_table_on_the_page(tmp_path):
    import io

    from extractor.document import Table
    from tests.test_docx_images import STATEMENT, screenshot

    page = Image.new("L", (2480, 3508), 255)
    shot = Image.open(io.BytesIO(screenshot(STATEMENT))).convert("L")
    page.paste(shot, (at(72), at(200)))
    path = tmp_path / "shot.pdf"
    page.save(path, "PDF", resolution=DPI)
    box = (72.0, 200.0, 72.0 + shot.width * 72 / DPI, 200.0 + shot.height * 72 / DPI)
    items = ocr_images(path, 1, [box], Settings())
    tables = [i for i in items if isinstance(i, Table)]
    assert len(tables) == 1 and tables[0].prov.page == 1
    x0, top, x1, bottom = tables[0].prov.bbox
    assert box[0] <= x0 < x1 <= box[2] and box[1] <= top < bottom <= box[3]
    label, note, this_year, last_year = tables[0].text_rows()[3]  # OCR may lose a digit-group space
    assert (label, note, this_year.replace(" ", ""), last_year.replace(" ", "")) == ("Sum driftsinntekter", "", "1279567", "1152500")
    assert all(c.prov.ocr_confidence > 0.5 for c in tables[0].rows[3] if c.text)


@needs_tesseract
def test_ocr_pages_images_reads_many_pages_images_as_each_alone(tmp_path):
    """One Tesseract process for the images of several pages gives each page what reading
    its images alone gives, and each image only its own words."""
    from extractor.ingest.ocr_tesseract import resolve_languages, run_tesseract, run_tesseract_many
    from extractor.ingest.ocr_words import tsv_to_words

    other = Image.new("L", (2480, 3508), 255)
    ImageDraw.Draw(other).text((at(90), at(140)), "Revisor Lise Dahl", font=font(10, bold=True), fill=0)
    pages = [collage_page(), other]
    path = tmp_path / "two.pdf"
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    box = (72.0, 120.0, 300.0, 170.0)
    alone = [ocr_images(path, 1, [COLLAGE], Settings()), ocr_images(path, 2, [box], Settings())]
    together = ocr_pages_images(path, [(1, [COLLAGE, NOISE]), (2, [box])], Settings())
    assert [b.text for b in together[1]] == [b.text for b in alone[0]] == [f"{name}\n{role}" for name, role in BOARD]
    assert [b.text for b in together[2]] == [b.text for b in alone[1]] == ["Revisor Lise Dahl"]
    assert together[2][0].prov.page == 2
    lang, _ = resolve_languages("nor+eng")
    crops = [other.crop((at(72), at(120), at(300), at(170))), pages[0].crop((at(72), at(100), at(540), at(330)))]
    def words(tsv: str) -> list[tuple]:
        return [(w.text, w.left, w.top, w.width, w.height, round(w.conf, 3)) for w in tsv_to_words(tsv)]

    assert [words(t) for t in run_tesseract_many(crops, lang, 11, DPI, 60)] == \
        [words(run_tesseract(c, lang, 11, DPI, 60)) for c in crops]


def _row_table(drops: list[float]) -> tuple[Table, list[Word]]:
    """Rows of a label and a figure, the figure ``drops[k]`` of its height below its label; each
    row's cells span both (as the table finder boxes a row)."""
    words, rows = [], []
    for k, drop in enumerate(drops):
        top = 100 + 20 * k
        label = Word(f"Post {k}", 10, top, 60, top + 10, size=10.0, conf=0.95)
        figure = Word("1 200", 200, top + drop * 10, 240, top + 10 + drop * 10, size=10.0, conf=0.95)
        words += [label, figure]
        box = (top, max(label.bottom, figure.bottom))
        rows.append([Cell(label.text, Provenance(page=1, bbox=(10, box[0], 60, box[1]), ocr_confidence=0.95)),
                     Cell(figure.text, Provenance(page=1, bbox=(200, box[0], 240, box[1]), ocr_confidence=0.95))])
    return Table(rows, Provenance(page=1, bbox=(10, 100, 240, 100 + 20 * len(drops))), "text", 0.9), words


def test_ocr_images_a_figure_on_its_labels_line_is_marked_same_line():
    table, words = _row_table([0.0, 0.1, 0.45])
    assert [row[1].same_line for row in mark_same_line(table, words, frozenset()).rows] == [True, True, False]


def test_ocr_images_a_figure_moved_back_onto_its_label_is_not_marked():
    table, words = _row_table([0.0, 0.0])
    moved = frozenset({id(words[3])})  # the second row's figure was paired back from a drifted column
    assert [row[1].same_line for row in mark_same_line(table, words, moved).rows] == [True, False]
