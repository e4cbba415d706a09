"""OCR of text inside images: pictures on born-digital PDF pages and images in Word files.

One path for both (``image_to_items``): ruling lines are found in the image (painting them
out, as for scans, made Tesseract misread figures elsewhere in a screenshot), Tesseract reads
it as sparse text (captions, screenshots), and the words go two ways. Where
they form a table with figures (a statement pasted as a screenshot, an accounting-system
export), the table strategies read them as they read a page: ``Table``s whose cells keep the
mean OCR confidence of their words. The other words become ``IMAGE_TEXT`` blocks, one per
caption group (a name with the role under it, one per face of a collage).

A PDF image is cut from the page rendered at ``ocr_dpi``; a Word image is decoded from its
bytes and scaled to ``ocr_dpi`` at the size the document draws it, so both reach Tesseract at
the same resolution. The images of a PDF's pages are read together by one Tesseract process
(loading the language models costs more than reading a small image), and the pages' items are
built once they are read. Provenance: a PDF item has the page and its box in points; a Word item
the page where known and the path ``<paragraph path>/img[<n>]:<image part name>``.
"""
from __future__ import annotations

import io
import logging
from dataclasses import replace
from pathlib import Path
from statistics import median

import numpy as np
from PIL import Image

from extractor.document import Block, BlockKind, Provenance, Table
from extractor.errors import Corrupt
from extractor.ingest.block_headings import mark_image_headings
from extractor.ingest.ocr import RULE_MIN_H_PT
from extractor.ingest.ocr_drift import snap_drifted_figures
from extractor.ingest.ocr_lines import dark_to_segments, gray_to_rule_ink
from extractor.ingest.ocr_render import capped_scale, render_gray
from extractor.ingest.ocr_select import likely_text
from extractor.ingest.ocr_tesseract import resolve_languages, run_tesseract, run_tesseract_many
from extractor.ingest.ocr_words import OcrWord, is_noise, line_ems, tsv_to_words
from extractor.ingest.primitives import PageContent, Word, word_centre_in
from extractor.settings import DEFAULT_SETTINGS
from extractor.tables.cells import YEAR, is_numeric

log = logging.getLogger(__name__)

IMAGE_WORD_CONF = 0.4  # words below this are texture read as text
IMAGE_BLOCK_CONF = 0.6  # blocks below this mean confidence are dropped
IMAGE_BLOCK_MIN_CHARS = 3  # blocks with fewer letters/digits are dropped
IMAGE_MAX_HEIGHT_RATIO = 2.5  # a "word" this much taller than the sure ones is a shape
MIN_IMAGE_PX = 16  # smaller crops hold no readable text
TABLE_MIN_FIGURE_ROWS = 2  # an image table holds figures (not years) in at least this many rows
SAME_LINE_SHARE = 0.2  # a figure whose words' middle is this close (share of their height) to its label's is on its line
IMAGE_RULE_MIN_V_PT = 45.0  # text in an image may be large: a 20 pt letter's stem is no rule
PAPER_MIN_LEVEL = 200  # the background of a printed image is at least this light ...
PRINTED_MAX_INK = 0.3  # ... and at most this share of it is dark
TABLE_PSM = 6  # a table region is read again as one uniform block of text
TABLE_PAD_PX = 12  # margin kept around a table region read again
OPAQUE_MODES = {"1", "L", "P", "RGB"}  # converted to grey directly, as through RGBA on white (on_paper)
BATCH_MAX_PIXELS = 40_000_000  # image pixels read by one Tesseract process at most (held in memory till then)
WORD_FORMATS = frozenset({"PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"})  # what PIL decodes; not EMF/WMF


# --- caption groups --------------------------------------------------------------------------


def words_to_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words side by side on one baseline, split where the gap is wider than ~1.5 em (two
    captions next to each other under two photos stay apart)."""
    lines: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: (w.left, w.top)):
        mid = word.top + word.height / 2
        for line in lines:
            last = line[-1]
            tall = max(last.height, word.height)
            same_row = abs((last.top + last.height / 2) - mid) < 0.5 * tall
            if same_row and 0 <= word.left - (last.left + last.width) < 1.5 * tall:
                line.append(word)
                break
        else:
            lines.append([word])
    return lines


def box_of(words: list[OcrWord]) -> tuple[int, int, int, int]:
    return (min(w.left for w in words), min(w.top for w in words),
            max(w.left + w.width for w in words), max(w.top + w.height for w in words))


def lines_to_groups(lines: list[list[OcrWord]]) -> list[list[list[OcrWord]]]:
    """Stack lines that sit directly under each other and overlap horizontally: a name and
    the role printed under it form one group, one per face in a photo collage."""
    groups: list[list[list[OcrWord]]] = []
    for line in sorted(lines, key=lambda ln: box_of(ln)[1]):
        x0, top, x1, _ = box_of(line)
        height = max(w.height for w in line)
        for group in groups:
            gx0, _, gx1, gbottom = box_of(group[-1])
            overlap = min(x1, gx1) - max(x0, gx0)
            if 0 <= top - gbottom < 1.2 * height and overlap > 0.3 * min(x1 - x0, gx1 - gx0):
                group.append(line)
                break
        else:
            groups.append([line])
    return groups


def group_to_block(group: list[list[OcrWord]], prov: Provenance, origin: tuple[float, float] | None,
                   pt_per_px: float) -> Block | None:
    """One IMAGE_TEXT block, lines joined with "\\n"; None for texture read as text."""
    words = [w for line in group for w in line]
    text = "\n".join(" ".join(w.text for w in line) for line in group)
    conf = sum(w.conf for w in words) / len(words)
    if conf < IMAGE_BLOCK_CONF or sum(ch.isalnum() for ch in text) < IMAGE_BLOCK_MIN_CHARS:
        return None
    bbox = None
    if origin is not None:
        x0, top, x1, bottom = box_of(words)
        bbox = (round(origin[0] + x0 * pt_per_px, 2), round(origin[1] + top * pt_per_px, 2),
                round(origin[0] + x1 * pt_per_px, 2), round(origin[1] + bottom * pt_per_px, 2))
    return Block(BlockKind.IMAGE_TEXT, text, replace(prov, bbox=bbox, ocr_confidence=round(conf, 3)))


def drop_shapes(words: list[OcrWord]) -> list[OcrWord]:
    """Sparse-text OCR reads heads and shoulders in a photo as huge letters; text is far
    smaller than the photo around it, so words much taller than the confident ones go."""
    sure = [w.height for w in words if w.conf >= 0.8]
    if not sure:
        return words
    limit = IMAGE_MAX_HEIGHT_RATIO * median(sure)
    return [w for w in words if w.height <= limit]


# --- tables ----------------------------------------------------------------------------------


def ocr_to_words(found: list[OcrWord], pt_per_px: float) -> list[Word]:
    """Tesseract words as layout words in points, font size from the glyph heights."""
    ems = line_ems(found)
    return [Word(w.text, w.left * pt_per_px, w.top * pt_per_px, (w.left + w.width) * pt_per_px,
                 (w.top + w.height) * pt_per_px, size=float(round(em * pt_per_px)) if em else 10.0,
                 conf=round(w.conf, 3))
            for w, em in zip(found, ems)]


def has_figures(table: Table) -> bool:
    """A table of figures, not a collage whose captions happen to line up in columns."""
    rows = table.rows[table.header_rows:]
    with_figures = sum(any(is_numeric(c.text) and not YEAR.match(c.text.strip()) for c in row[1:]) for row in rows)
    return with_figures >= TABLE_MIN_FIGURE_ROWS


def place_table(table: Table, prov: Provenance, origin: tuple[float, float] | None) -> Table:
    """An image-local table moved onto the page (PDF), or given the image's path (Word)."""
    def moved(p: Provenance) -> Provenance:
        if origin is None:
            return replace(prov, ocr_confidence=p.ocr_confidence)
        x0, top, x1, bottom = p.bbox
        bbox = (round(x0 + origin[0], 2), round(top + origin[1], 2), round(x1 + origin[0], 2), round(bottom + origin[1], 2))
        return replace(prov, bbox=bbox, ocr_confidence=p.ocr_confidence)

    rows = [[replace(c, prov=moved(c.prov)) for c in row] for row in table.rows]
    pages = [prov.page] if prov.page else []
    return replace(table, rows=rows, prov=moved(table.prov), pages=pages)


def words_to_tables(words: list[Word], segments, size: tuple[float, float], page: int,
                    moved: frozenset[int] = frozenset()) -> list[Table]:
    """Tables of figures among the words, each figure cell marked ``same_line`` (``mark_same_line``);
    ``moved``: ids of words ``snap_drifted_figures`` moved onto their labels."""
    from extractor.tables import find_tables

    content = PageContent(page, size[0], size[1], words, segments, from_ocr=True)
    return [mark_same_line(t, words, moved) for t in find_tables(content) if has_figures(t)]


def _words_in(bbox, words: list[Word]) -> list[Word]:
    return [w for w in words if word_centre_in(w, bbox, 1.0)]


def mark_same_line(table: Table, words: list[Word], moved: frozenset[int]) -> Table:
    """Mark the figure cells OCR read on their row label's baseline (``SAME_LINE_SHARE``) and left
    where they stood: their pairing with the label is what the picture shows. A cell paired by
    position (a drifted column moved back, a row the table finder stretched across two baselines)
    is not marked: its sums may check while its row is another's."""
    for row in table.rows[table.header_rows:]:
        label = _words_in(row[0].prov.bbox, words) if row[0].prov.bbox and row[0].text.strip() else []
        if not label:
            continue
        middle = median((w.top + w.bottom) / 2 for w in label)
        for cell in row[1:]:
            inside = _words_in(cell.prov.bbox, words) if cell.prov.bbox and cell.text.strip() else []
            if inside and not any(id(w) in moved for w in inside):
                tall = median(w.bottom - w.top for w in [*label, *inside])
                cell.same_line = abs(median((w.top + w.bottom) / 2 for w in inside) - middle) <= SAME_LINE_SHARE * tall
    return table


def filled(table: Table) -> int:
    return sum(bool(c.text) for row in table.rows for c in row)


def reread_table(image: Image.Image, table: Table, segments, pt_per_px: float, settings, lang: str) -> Table:
    """The table read again as one block of text (``TABLE_PSM``): sparse-text OCR, right for
    captions, drops lone short words such as a note number. The better reading is kept."""
    x0, top, x1, bottom = (v / pt_per_px for v in table.prov.bbox)
    pad = TABLE_PAD_PX
    box = (max(0, int(x0) - pad), max(0, int(top) - pad), min(image.width, int(x1) + pad), min(image.height, int(bottom) + pad))
    tsv = run_tesseract(image.crop(box), lang, TABLE_PSM, round(72.0 / pt_per_px), settings.ocr_timeout_s)
    found = [w for w in tsv_to_words(tsv) if w.conf >= IMAGE_WORD_CONF and not is_noise(w)]
    for w in found:
        w.left, w.top = w.left + box[0], w.top + box[1]
    again = words_to_tables(ocr_to_words(found, pt_per_px), segments, (image.width * pt_per_px, image.height * pt_per_px),
                            table.prov.page or 0) if found else []
    best = max(again, key=filled, default=None)
    return best if best is not None and filled(best) >= filled(table) else table


# --- one image -------------------------------------------------------------------------------


def looks_printed(image: Image.Image) -> bool:
    """Dark marks on light paper (a screenshot, a scanned page), not a photo or a texture:
    only there are long dark runs ruling lines."""
    sample = np.asarray(image)[::4, ::4]
    return bool(sample.size) and np.median(sample) >= PAPER_MIN_LEVEL and (sample < 128).mean() <= PRINTED_MAX_INK


def image_to_items(image: Image.Image, pt_per_px: float, prov: Provenance, origin: tuple[float, float] | None,
                   settings, lang: str) -> list[Block | Table]:
    """Tables and caption blocks read from one greyscale image, top to bottom.

    ``origin``: where the image's top-left corner lies on the page in points (PDF), or None
    (Word: items carry ``prov``'s path, no box)."""
    if not likely_text(np.asarray(image), 72.0 / pt_per_px):
        return []  # a smooth picture, or a diagram with a label or two: no Tesseract
    tsv = run_tesseract(image, lang, settings.ocr_image_psm, round(72.0 / pt_per_px), settings.ocr_timeout_s)
    return tsv_to_items(image, tsv, pt_per_px, prov, origin, settings, lang)


def tsv_to_items(image: Image.Image, tsv: str, pt_per_px: float, prov: Provenance,
                 origin: tuple[float, float] | None, settings, lang: str) -> list[Block | Table]:
    """``image_to_items`` once Tesseract has read the image (``tsv``)."""
    segments = []
    if looks_printed(image):  # the ruling of a table; left in the image, where Tesseract reads it best
        segments = dark_to_segments(gray_to_rule_ink(np.asarray(image)), pt_per_px, RULE_MIN_H_PT, IMAGE_RULE_MIN_V_PT)
    read = drop_shapes([w for w in tsv_to_words(tsv) if w.conf >= IMAGE_WORD_CONF and not is_noise(w)])
    found = snap_drifted_figures(read)  # a typed figure column set part of a line off its labels
    if not found:
        return []
    words = ocr_to_words(found, pt_per_px)
    as_read = {id(w) for w in read}
    moved = frozenset(id(word) for w, word in zip(found, words) if id(w) not in as_read)
    local = words_to_tables(words, segments, (image.width * pt_per_px, image.height * pt_per_px), prov.page or 0,
                            moved)
    local = [reread_table(image, t, segments, pt_per_px, settings, lang) for t in local]
    boxes = [t.prov.bbox for t in local]
    rest = [o for o, w in zip(found, words) if not any(word_centre_in(w, b, 1.0) for b in boxes)]
    items: list[tuple[float, Block | Table]] = [(t.prov.bbox[1], place_table(t, prov, origin)) for t in local]
    captions = []
    for group in lines_to_groups(words_to_lines(rest)):
        block = group_to_block(group, prov, origin, pt_per_px)
        if block is not None:
            captions.append((block, box_of([w for line in group for w in line])))
    mark_image_headings(captions)
    items += [(box[1] * pt_per_px, block) for block, box in captions]
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _languages(settings) -> str:
    lang, warnings = resolve_languages(settings.ocr_lang)
    for warning in warnings:
        log.warning(warning)
    return lang


def page_crops(pdf_path: Path, page_number: int, image_boxes: list[tuple], settings) -> list[tuple]:
    """(crop, points per pixel, origin in points) of each image on a page that may hold text.
    ``image_boxes`` are (x0, top, x1, bottom) in points, origin top-left. The page is rendered
    once at ``ocr_dpi`` and cropped per image (a box rendered alone is not the same pixels where
    the image object runs past its visible box: pdfium resamples the clipped part anew)."""
    page, width, _ = render_gray(Path(pdf_path), page_number, settings.ocr_dpi, settings.render_max_pixels)
    pt_per_px = width / page.width
    crops = []
    for box in image_boxes:
        x0, top, x1, bottom = (v / pt_per_px for v in box[:4])
        x0, top = max(0, int(x0)), max(0, int(top))  # PIL pads a crop beyond the page with black
        x1, bottom = min(page.width, int(x1) + 1), min(page.height, int(bottom) + 1)
        if x1 - x0 < MIN_IMAGE_PX or bottom - top < MIN_IMAGE_PX:
            continue
        crop = page.crop((x0, top, x1, bottom))
        if likely_text(np.asarray(crop), 72.0 / pt_per_px):  # not a smooth picture, nor a diagram's few labels
            crops.append((crop, pt_per_px, (x0 * pt_per_px, top * pt_per_px)))
    return crops


def ocr_pages_images(pdf_path: Path, requests: list[tuple[int, list[tuple]]], settings) -> dict[int, list[Block | Table]]:
    """Text printed inside images on born-digital pages, per page number: tables of figures
    and one block per caption group. ``requests``: (page number, image boxes). The images of
    all pages are read by as few Tesseract processes as ``BATCH_MAX_PIXELS`` allows."""
    lang = _languages(settings)
    found: dict[int, list[Block | Table]] = {}
    batch: list[tuple[int, tuple]] = []

    def flush() -> None:
        for dpi in sorted({round(72.0 / crop[1]) for _, crop in batch}):
            chosen = [(number, crop) for number, crop in batch if round(72.0 / crop[1]) == dpi]
            tsvs = run_tesseract_many([crop[0] for _, crop in chosen], lang, settings.ocr_image_psm, dpi,
                                      settings.ocr_timeout_s)
            for (number, (image, pt_per_px, origin)), tsv in zip(chosen, tsvs):
                found.setdefault(number, []).extend(
                    tsv_to_items(image, tsv, pt_per_px, Provenance(page=number), origin, settings, lang))
        batch.clear()

    for number, boxes in requests:
        for crop in page_crops(pdf_path, number, boxes, settings) if boxes else []:
            if batch and sum(c[0].width * c[0].height for _, c in batch) + crop[0].width * crop[0].height > BATCH_MAX_PIXELS:
                flush()
            batch.append((number, crop))
    flush()
    return {number: items for number, items in found.items() if items}


# --- images in Word files --------------------------------------------------------------------


def on_paper(image: Image.Image) -> Image.Image:
    """The image in grey, its transparent parts laid on white. Only an image that may be
    transparent goes through RGBA: a page scanned in colour at 1,200 dpi (139 Mpx) took 2.3 GB
    that way (RGBA copy, paper, composite), near the worker's memory cap."""
    if image.mode in OPAQUE_MODES and "transparency" not in image.info:
        return image.convert("L")
    paper = Image.new("RGBA", image.size, (255, 255, 255, 255))
    return Image.alpha_composite(paper, image.convert("RGBA")).convert("L")


def decode_word_image(data: bytes, drawn_pt: tuple[float, float] | None, dpi: int,
                      max_pixels: int = DEFAULT_SETTINGS.render_max_pixels) -> tuple[Image.Image, float] | None:
    """An embedded image as greyscale at ``dpi`` for the size it is drawn, with its points per
    pixel; None for formats PIL does not read (EMF, WMF, SVG). A picture's transparent parts
    are paper: they are laid on white."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format not in WORD_FORMATS:
                return None
            opened.draft("L", (opened.width, opened.height))
            gray = on_paper(opened)
    except Image.DecompressionBombError as exc:
        raise Corrupt(f"an image is too large to decode ({exc})") from exc
    except (OSError, ValueError, SyntaxError) as exc:  # PIL's errors for damaged image data
        raise Corrupt(f"an image cannot be decoded ({exc})") from exc
    width_pt = drawn_pt[0] if drawn_pt and drawn_pt[0] > 0 else gray.width * 72.0 / 96.0
    scale = (width_pt / 72.0 * dpi) / gray.width
    scale = capped_scale(gray.width, gray.height, scale, max_pixels)
    if abs(scale - 1.0) > 0.05:
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.LANCZOS)
    return gray, width_pt / gray.width


def ocr_word_image(data: bytes, drawn_pt: tuple[float, float] | None, prov: Provenance, settings) -> list[Block | Table]:
    """Tables and caption blocks of one image in a Word file (``prov``: its page and path)."""
    decoded = decode_word_image(data, drawn_pt, settings.ocr_dpi, settings.render_max_pixels)
    if decoded is None:
        return []
    image, pt_per_px = decoded
    if image.width < MIN_IMAGE_PX or image.height < MIN_IMAGE_PX:
        return []
    return image_to_items(image, pt_per_px, prov, None, settings, _languages(settings))
