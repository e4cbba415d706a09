"""Which images are worth Tesseract's time: text, tables, statements, captions and signature
blocks always; smooth pictures (gradients, flat colours, blurred photos) and diagrams whose
only text is a label or two among shapes never."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractor.ingest.ocr_render import render_gray
from extractor.ingest.ocr_select import components, count_letters, likely_text, may_hold_text

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


# --- the letter test: diagrams with a label or two are skipped, any real text is kept --------

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font(points: float, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf")
    px = round(points * DPI / 72)
    return ImageFont.truetype(str(path), px) if path.exists() else ImageFont.load_default(px)


def canvas(width_in: float, height_in: float) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (round(width_in * DPI), round(height_in * DPI)), 255)
    return image, ImageDraw.Draw(image)


def signature_block(wide: bool) -> np.ndarray:
    """A scribbled signature over a name and a role; ``wide``: two signers and a place-date line."""
    image, draw = canvas(6.0 if wide else 3.0, 1.5 if wide else 1.2)
    draw.line([(60, 120), (600, 90), (700, 140)], fill=20, width=5)
    if wide:
        draw.text((30, 20), "Bergen, 14. mars 2024", font=font(10), fill=0)
        draw.text((900, 250), "Siri Vik", font=font(10), fill=0)
    draw.text((60, 170 if not wide else 250), "Tone Dahl", font=font(10), fill=0)
    draw.text((60, 230 if not wide else 310), "styreleder", font=font(9), fill=0)
    return np.asarray(image)


def diagram() -> np.ndarray:
    """Grey ellipses joined by arrows around a dot, one white label on each horizontal ellipse."""
    image, draw = canvas(2.5, 2.5)
    for box in ((200, 20, 550, 200), (200, 550, 550, 730), (20, 200, 180, 550), (570, 200, 730, 550)):
        draw.ellipse(box, fill=110)
    draw.ellipse((340, 340, 410, 410), fill=0)
    for start, end in (((375, 200), (375, 330)), ((375, 550), (375, 420)), ((180, 375), (330, 375)), ((570, 375), (420, 375))):
        draw.line((start, end), fill=0, width=14)
    draw.text((330, 80), "Lov", font=font(14, serif=True), fill=255)
    draw.text((290, 610), "Marked", font=font(14, serif=True), fill=255)
    return np.asarray(image)


def ring_chart() -> np.ndarray:
    """A report's key figure as a chart: a grey ring with the total inside, a title above and a
    small grey legend beside it."""
    image, draw = canvas(2.9, 0.7)
    draw.text((5, 0), "Eiendeler", font=font(5), fill=90)
    draw.ellipse((10, 45, 165, 200), outline=170, width=18)
    draw.text((45, 108), "412 905", font=font(5.5), fill=60)
    draw.ellipse((210, 105, 222, 117), fill=150)
    draw.text((232, 104), "Omløpsmidler", font=font(2.5), fill=120)
    return np.asarray(image)


def bar_chart() -> np.ndarray:
    """Three filled bars with a percentage over each and the year under it, no title: a chart
    whose few labels are the figures a reader wants (sick leave by year)."""
    image, draw = canvas(3.0, 2.0)
    for i, (year, value, height) in enumerate((("2021", "5,2 %", 260), ("2022", "6,1 %", 310), ("2023", "4,8 %", 240))):
        x = 60 + i * 270
        draw.rectangle((x, 500 - height, x + 180, 500), fill=90)
        draw.text((x + 30, 500 - height - 50), value, font=font(9), fill=0)
        draw.text((x + 40, 520), year, font=font(9), fill=0)
    return np.asarray(image)


def figure_tile() -> np.ndarray:
    """An infographic tile: a big white figure and its unit on a coloured square."""
    image, draw = canvas(2.0, 1.6)
    draw.rectangle((0, 0, 600, 480), fill=80)
    draw.text((40, 40), "41", font=font(40), fill=255)
    draw.text((40, 260), "VTA-plasser", font=font(14), fill=255)
    return np.asarray(image)


def caption() -> np.ndarray:
    image, draw = canvas(4.0, 0.5)
    draw.text((20, 30), "Årsmøtet 2023", font=font(12), fill=0)
    return np.asarray(image)


@pytest.mark.parametrize("make", [caption, lambda: signature_block(False), lambda: signature_block(True), ring_chart,
                                  bar_chart, figure_tile],
                         ids=["caption", "signature", "wide-signature", "ring-chart", "bar-chart", "figure-tile"])
def test_ocr_select_a_few_words_on_paper_are_read(make):
    assert likely_text(make(), DPI)


@pytest.mark.parametrize("box", [(80, 60, 520, 300), (80, 300, 520, 520)])
def test_ocr_select_text_and_tables_are_likely_text(box):
    assert likely_text(page_crop(box), DPI)


def test_ocr_select_a_diagram_with_two_labels_is_skipped():
    gray = diagram()
    assert may_hold_text(gray, DPI)  # sharp edges: the old test alone sent it to Tesseract
    assert not likely_text(gray, DPI)


def test_ocr_select_counts_letters_in_rows_not_shapes():
    image, draw = canvas(3.0, 0.6)
    draw.text((20, 40), "Kari Nordmann", font=font(10), fill=0)  # 12 letters
    assert 10 <= count_letters(np.asarray(image), DPI) <= 14
    image, draw = canvas(3.0, 3.0)
    for k in range(12):  # letter-sized squares and rings, scattered, not on a line
        x, y = 60 + (k * 197) % 700, 60 + (k * 331) % 700
        draw.rectangle((x, y, x + 30, y + 30), outline=0, width=4) if k % 2 else draw.ellipse((x, y, x + 30, y + 30), fill=0)
    assert count_letters(np.asarray(image), DPI) == 0
    white_on_band = Image.new("L", (900, 150), 60)
    ImageDraw.Draw(white_on_band).text((20, 40), "Kari Nordmann", font=font(10), fill=255)
    assert 10 <= count_letters(np.asarray(white_on_band), DPI) <= 14  # light on dark counts too


def test_ocr_select_components_join_what_touches():
    mask = np.zeros((40, 60), dtype=bool)
    mask[5:30, 5:8] = mask[5:30, 20:23] = mask[27:30, 5:23] = True  # a U: two stems joined at the foot only
    mask[10:12, 40:50] = True  # a bar apart
    mask[12, 50] = True  # touching the bar at a corner (8-connected)
    boxes = sorted(map(tuple, components(mask)[:, :4].tolist()))
    assert boxes == [(5, 30, 5, 23), (10, 13, 40, 51)]


def test_ocr_select_a_diagram_never_reaches_tesseract(monkeypatch):
    import extractor.ingest.ocr_images as ocr_images
    from extractor.document import Provenance
    from extractor.settings import Settings

    called = []
    monkeypatch.setattr(ocr_images, "run_tesseract", lambda *a, **k: called.append(a) or "")
    for gray, expected in ((diagram(), 0), (signature_block(False), 1)):
        ocr_images.image_to_items(Image.fromarray(gray), 72.0 / DPI, Provenance(page=1), (0, 0), Settings(), "nor")
        assert len(called) == expected
