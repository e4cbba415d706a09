"""OCR of scanned pages (text inside images: ``ocr_images``; the Tesseract binary: ``ocr_tesseract``;
rendering a page: ``ocr_render``).

A scanned page becomes the same ``PageContent`` a text layer gives: words with boxes in points
(origin top-left), an estimated font size and weight, a confidence, and the ruling lines of
its tables, so layout and table code read it like a born-digital page.

Steps for a page (one numpy array throughout): render with pypdfium2 → median filter (removes scan speckle, which
Tesseract otherwise reads as "|", "_", "—") → deskew → find ruling lines (with a laxer ink
threshold: thin rules scanned at 150 dpi are faint) and paint their pixels in the paper's
grey (text touching a cell border is misread) → ``tesseract … tsv`` → text-like ink no word
covers read a second time (``ocr_recover``; most pages have none) → words, with bullets, middle
dots and digit groups restored and specks dropped; short free-standing rules (signature lines)
become "____" words, as a text layer types them.

Beyond Tesseract's own work a 300 dpi page costs ~0.27 CPU s, half of it the bicubic deskew
(PIL, ~20 ns a pixel; the cheaper turns tried lost words or changed Tesseract's reading),
0.06 s rendering, the rest filters and masks of ~0.01 s each (``bench/bench_ocr.py``).

The pages of a scan are read several to a Tesseract process (``ocr_batch``); ``ocr_page``
reads one alone, the same way.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import numpy as np
from PIL import Image, ImageFilter

from extractor.errors import Timeout
from extractor.ingest.ocr_drift import snap_drifted_figures
from extractor.ingest.ocr_lines import (
    bridge_gaps, dark_to_segments, estimate_skew, gray_to_dark, gray_to_rule_ink, iter_runs, median3, otsu_threshold,
    rule_to_word, split_signature_rules,
)
from extractor.ingest.ocr_recover import (
    RECOVERY_PSM, recovered_words, regions_page, uncovered_regions, without_smears,
)
from extractor.ingest.ocr_render import render_gray
from extractor.ingest.ocr_tesseract import resolve_languages, run_tesseract
from extractor.ingest.ocr_words import (
    bold_flags, is_noise, line_ems, tsv_to_words, with_amount_dashes, with_bullets, with_digit_groups,
    with_middle_dots,
)
from extractor.ingest.primitives import PageContent, Segment, Word

log = logging.getLogger(__name__)

# Calibrated constants (on asker-produkt-2022.scan.pdf against its born-digital twin); the
# segmentation modes and the median filter size are in Settings.
MIN_SKEW_DEG = 0.1  # smaller skew is left alone (rotation blurs)
RULE_MIN_H_PT = 25.0  # a horizontal rule is at least this long (an em dash at 24 pt is not)
RULE_MIN_V_PT = 15.0  # a vertical rule is at least this long (an "l" at 18 pt is not)
RULE_PAD_PX = 5  # rule pixels are looked for this far either side of a rule's centre line (blur, skew)
PLAIN_PAGE_GREYS = 8  # a page rendered within this many grey levels holds no ink to read (plain_page)
SIGNATURE_CONF = 0.9  # a signature line found as a rule, given as "____" (sure, but not read)


# --- the page cleaned for Tesseract ----------------------------------------------------------


def deskew(gray: np.ndarray, dark: np.ndarray, otsu: int) -> tuple[np.ndarray, np.ndarray, float]:
    angle = estimate_skew(dark)
    if abs(angle) < MIN_SKEW_DEG:
        return gray, dark, 0.0
    # bicubic: two whole-pixel shears (7x faster) put one-pixel jogs in glyphs and lost a space
    # between digit groups ("1 012 448" read "1012 448"); bilinear blurred strokes and lost words;
    # bicubic near ink only, nearest on bare paper, kept every ink pixel but Tesseract's global
    # threshold and confidences moved, and scans with specks everywhere gained nothing
    turned = np.asarray(Image.fromarray(gray).rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    return turned, gray_to_dark(turned, otsu), angle


def paper_level(gray: np.ndarray) -> int:
    """Grey level of the paper: most pixels of a page are background."""
    return int(np.median(gray[::4, ::4]))


def dilate(mask: np.ndarray) -> np.ndarray:
    """Grow a mask by one pixel in all eight directions (the grey fringe of a scanned rule)."""
    padded = np.pad(mask, 1)
    out = np.zeros_like(mask)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            out |= padded[dy:dy + mask.shape[0], dx:dx + mask.shape[1]]
    return out


def rule_pixels(band: np.ndarray, min_len: int) -> np.ndarray:
    """Pixels of a band around a horizontal rule that lie on long horizontal runs of ink
    (a morphological opening): the rule, not the glyphs touching it (the ring of an "Å"
    under a cell border)."""
    out = np.zeros_like(band)
    for row, start, end in iter_runs(bridge_gaps(band), min_len):
        out[row, start:end] = True
    return dilate(out)


@dataclass(slots=True)
class Patch:
    """Pixels a rule's painting covered: a mask at (``top``, ``left``) and their greys before."""
    top: int
    left: int
    mask: np.ndarray
    greys: np.ndarray


def erase_segments(gray: np.ndarray, ink: np.ndarray, segments: list[Segment], pt_per_px: float
                   ) -> tuple[np.ndarray, list[Patch]]:
    """Paint ruling lines in the paper's grey so Tesseract does not read them as "|" or glue
    them to text, and the painted pixels' own greys (``Patch``, to restore ``gray`` from the
    page as Tesseract gets it). Only the rule's own pixels are painted (``ink`` is the rule-ink
    mask), so glyphs touching a border keep their shape; pure white on grey scan paper would
    leave stripes with hard edges, which lowered the confidence of the cell text beside them."""
    pixels = gray.copy()
    fill = paper_level(gray)
    pad, min_len = RULE_PAD_PX, max(2, round(RULE_MIN_H_PT / 2 / pt_per_px))
    patches = []
    for seg in segments:
        x0, y0, x1, y1 = (round(v / pt_per_px) for v in (seg.x0, seg.top, seg.x1, seg.bottom))
        top, left = max(0, y0 - pad), max(0, x0 - pad)
        band = ink[top:y1 + pad + 1, left:x1 + pad + 1]
        if seg.horizontal:
            mask = rule_pixels(band, min_len)
        else:
            mask = rule_pixels(band.T, min_len).T
        if not mask.any():  # too broken to trace: paint the whole band
            mask = np.ones_like(band)
        area = pixels[top:top + band.shape[0], left:left + band.shape[1]]
        patches.append(Patch(top, left, mask, area[mask]))  # before painting: segments' bands overlap
        area[mask] = fill
    return pixels, patches


def restore_patches(erased: np.ndarray, patches: list[Patch]) -> np.ndarray:
    """The page before its rules were painted (``erase_segments``): the patches put back in
    the reverse order of their painting (a pixel under two rules gets its first grey)."""
    gray = erased.copy()
    for patch in reversed(patches):
        height, width = patch.mask.shape
        gray[patch.top:patch.top + height, patch.left:patch.left + width][patch.mask] = patch.greys
    return gray


@dataclass(slots=True)
class DroppedInk:
    """Text-like ink the page pass left unread (``ocr_recover``): its regions, and the part of
    the page they span painted on blank paper, with its top-left corner on the page."""
    regions: list[tuple[int, int, int, int]]
    image: Image.Image
    corner: tuple[int, int]


def dropped_ink(erased: np.ndarray, read: list, otsu: int | None = None) -> DroppedInk | None:
    """None when every bit of text-like ink is covered by a word read (most pages)."""
    ems = [em for em in line_ems(read) if em]
    regions = uncovered_regions(gray_to_dark(erased, otsu), read, median(ems) if ems else 0.0)
    if not regions:
        return None
    return DroppedInk(regions, *regions_page(Image.fromarray(erased), regions, paper_level(erased)))


def dropped_words(tsv: str, dropped: DroppedInk, read: list) -> list:
    """The words of the dropped ink's reading (``tsv``) that land where nothing was read."""
    again = tsv_to_words(tsv)
    for word in again:
        word.left, word.top = word.left + dropped.corner[0], word.top + dropped.corner[1]
    return recovered_words(again, dropped.regions, read)


def read_dropped(erased: np.ndarray, read: list, lang: str, dpi: int, timeout_s: float,
                 otsu: int | None = None) -> list:
    """Words of text-like ink the page pass left unread (``ocr_recover``), read as one block."""
    dropped = dropped_ink(erased, read, otsu)
    if dropped is None:
        return []
    return dropped_words(run_tesseract(dropped.image, lang, RECOVERY_PSM, dpi, timeout_s), dropped, read)


# --- public entry points ---------------------------------------------------------------------


@dataclass(slots=True)
class PreparedPage:
    """A page image cleaned for Tesseract (``prepare_page``): filtered and turned, its ruling
    lines found and painted out (``erased``). The turned page before the painting (``gray``)
    is made again from the painted pixels' greys (``patches``) when the words are measured:
    a page held for a batch's Tesseract process is one array, not two, so a batch holds twice
    the pages (``ocr_batch``)."""
    number: int
    width: float
    height: float
    pt_per_px: float
    otsu: int
    segments: list[Segment]
    erased: np.ndarray
    patches: list[Patch]

    @property
    def dpi(self) -> int:
        return round(72.0 / self.pt_per_px)

    @property
    def pixels(self) -> int:
        return self.erased.size

    def gray(self) -> np.ndarray:
        return restore_patches(self.erased, self.patches)


def prepare_page(image: Image.Image, number: int, width: float, height: float, settings) -> PreparedPage:
    """Median filter, deskew and the ruling lines painted out: the page as Tesseract gets it.
    The page stays one numpy array from filter to Tesseract (each PIL round trip copied 8 MB)."""
    pt_per_px = width / image.width
    if settings.ocr_median == 3:
        gray = median3(np.asarray(image))
    elif settings.ocr_median > 1:
        gray = np.asarray(image.filter(ImageFilter.MedianFilter(settings.ocr_median)))
    else:
        gray = np.asarray(image)
    otsu = otsu_threshold(gray)  # one histogram a page: turning and erasing rules keep its greys
    dark = gray_to_dark(gray, otsu)
    gray, dark, _ = deskew(gray, dark, otsu)
    ink = gray_to_rule_ink(gray, otsu)
    segments = dark_to_segments(ink, pt_per_px, RULE_MIN_H_PT, RULE_MIN_V_PT)
    erased, patches = erase_segments(gray, ink, segments, pt_per_px)
    return PreparedPage(number, width, height, pt_per_px, otsu, segments, erased, patches)


def plain_page(image: Image.Image, number: int, width: float, height: float) -> PageContent | None:
    """The empty reading of a page rendered in one shade (blank paper, one pixel stretched over
    the page), or None: the clean-up and Tesseract spent 4 s a page to find nothing there, and
    an archive's PDF of 60 such pages ran past the time limit."""
    darkest, lightest = image.getextrema()
    if lightest - darkest > PLAIN_PAGE_GREYS:
        return None
    return PageContent(number, width, height, [], [], from_ocr=True)


def first_reading(tsv: str) -> list:
    """The page pass's words, smears left out (``without_smears``)."""
    return without_smears(tsv_to_words(tsv))


def words_to_content(page: PreparedPage, read: list) -> PageContent:
    """The page's words (both readings) mended and measured: bullets, middle dots, digit
    groups and amount dashes restored, specks dropped, sizes and weights from the ink."""
    pt_per_px, gray = page.pt_per_px, page.gray()
    dark = gray_to_dark(gray, page.otsu)
    read, ems = with_bullets(dark, read, line_ems(read))
    read = with_middle_dots(gray, read, ems)
    read, ems = with_digit_groups(dark, read, ems)
    read, ems = with_amount_dashes(read, ems)
    keep = [i for i, (w, em) in enumerate(zip(read, ems)) if not is_noise(w, em)]
    found, ems = snap_drifted_figures([read[i] for i in keep]), [ems[i] for i in keep]
    # whole points: the estimate is good to ~4 % (10 pt body reads 9.7-10.7, 14 pt reads 14)
    sizes = [float(round(em * pt_per_px)) if em else 10.0 for em in ems]
    bolds = bold_flags(dark, found, ems)
    words = [
        Word(w.text, w.left * pt_per_px, w.top * pt_per_px, (w.left + w.width) * pt_per_px,
             (w.top + w.height) * pt_per_px, size=size, bold=bold, conf=round(w.conf, 3))
        for w, size, bold in zip(found, sizes, bolds)
    ]
    segments, signature = split_signature_rules(page.segments, words, page.width)
    if signature:
        body = median(w.size for w in words) if words else 10.0
        words += [rule_to_word(rule, body, SIGNATURE_CONF) for rule in signature]
    return PageContent(page.number, page.width, page.height, words, segments, from_ocr=True)


def read_prepared(page: PreparedPage, settings, lang: str) -> PageContent:
    """One prepared page read by Tesseract on its own: the page pass, then its dropped ink
    (one page's time limit covers both readings)."""
    start = time.monotonic()
    read = first_reading(run_tesseract(page.erased, lang, settings.ocr_psm, page.dpi,
                                       settings.ocr_timeout_s))
    left = settings.ocr_timeout_s - (time.monotonic() - start)
    read += read_dropped(page.erased, read, lang, page.dpi, left, page.otsu) if left > 0 else []
    return words_to_content(page, read)


def page_image_to_content(
    image: Image.Image, number: int, width: float, height: float, settings, lang: str
) -> PageContent:
    """OCR one page image (greyscale, any resolution) into words and ruling lines."""
    return read_prepared(prepare_page(image, number, width, height, settings), settings, lang)


def ocr_page(pdf_path: Path, page_number: int, settings) -> PageContent:
    """Words (with size, weight, confidence) and ruling lines of a page read by OCR.

    Raises ``MissingDependency`` without Tesseract and ``Timeout`` when it overruns
    ``settings.ocr_timeout_s``. Missing language data falls back to what is installed, with a
    logged warning (``resolve_languages`` gives the same warning to put in the document).
    """
    lang, warnings = resolve_languages(settings.ocr_lang)
    for warning in warnings:
        log.warning(warning)
    image, width, height = render_gray(Path(pdf_path), page_number, settings.ocr_dpi, settings.render_max_pixels)
    if (plain := plain_page(image, page_number, width, height)) is not None:
        return plain
    try:
        return page_image_to_content(image, page_number, width, height, settings, lang)
    except Timeout as exc:
        raise Timeout(f"page {page_number}: {exc.message}") from exc
