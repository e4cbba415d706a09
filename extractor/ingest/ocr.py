"""OCR of scanned pages through the Tesseract binary (text inside images: ``ocr_images``).

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

Tesseract runs with ``OMP_THREAD_LIMIT=1``: pages are OCR'd by parallel workers, and its own
threads would oversubscribe the cores (and are slower per page on small machines anyway).
"""
from __future__ import annotations

import functools
import io
import logging
import math
import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Iterator

import numpy as np
from PIL import Image, ImageFilter

from extractor.errors import Corrupt, Crashed, MissingDependency, Timeout, tool_failure
from extractor.ingest.ocr_lines import (
    bridge_gaps, dark_to_segments, estimate_skew, gray_to_dark, gray_to_rule_ink, iter_runs, median3, otsu_threshold,
    rule_to_word, split_signature_rules,
)
from extractor.ingest.ocr_drift import snap_drifted_figures
from extractor.ingest.ocr_recover import (
    RECOVERY_PSM, recovered_words, regions_page, uncovered_regions, without_smears,
)
from extractor.ingest.ocr_words import (
    bold_flags, is_noise, line_ems, tsv_to_words, with_amount_dashes, with_bullets, with_digit_groups,
    with_middle_dots,
)
from extractor.ingest.primitives import PageContent, Segment, Word
from extractor.settings import DEFAULT_SETTINGS

log = logging.getLogger(__name__)

TESSERACT_HINT = (
    "Tesseract OCR is not installed: install the Debian packages tesseract-ocr and "
    "tesseract-ocr-nor (apt-get install tesseract-ocr tesseract-ocr-nor)"
)

# Calibrated constants (on asker-produkt-2022.scan.pdf against its born-digital twin); the
# segmentation modes and the median filter size are in Settings.
LIST_LANGS_TIMEOUT_S = 30  # a Tesseract that cannot list its languages in this time does not run
MIN_SKEW_DEG = 0.1  # smaller skew is left alone (rotation blurs)
RULE_MIN_H_PT = 25.0  # a horizontal rule is at least this long (an em dash at 24 pt is not)
RULE_MIN_V_PT = 15.0  # a vertical rule is at least this long (an "l" at 18 pt is not)
RULE_PAD_PX = 5  # rule pixels are looked for this far either side of a rule's centre line (blur, skew)
RENDER_BAND_ROWS = 800  # a page of images renders this many rows at a time (render_bands)
BAND_OVERLAP_ROWS = 16  # ... each band with this many to spare either side
PLAIN_PAGE_GREYS = 8  # a page rendered within this many grey levels holds no ink to read (plain_page)
SIGNATURE_CONF = 0.9  # a signature line found as a rule, given as "____" (sure, but not read)


# --- Tesseract -------------------------------------------------------------------------------


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def installed_languages() -> frozenset[str]:
    languages, failure = tesseract_languages()
    if failure:
        raise MissingDependency(failure)
    return languages


@functools.cache
def tesseract_languages() -> tuple[frozenset[str], str | None]:
    """Tesseract's language data, or why it cannot be used; asked once a process, a failure
    too: a Tesseract that hangs cost every scanned document of a batch its 30 s again."""
    if not tesseract_available():
        return frozenset(), TESSERACT_HINT
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=LIST_LANGS_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return frozenset(), f"Tesseract does not run ({exc}); {TESSERACT_HINT}"
    # first line is "List of available languages in ...:"
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip()), None


def resolve_languages(requested: str) -> tuple[str, list[str]]:
    """The ``-l`` argument to use and warnings for requested languages that are missing."""
    have = installed_languages()
    wanted = [lang for lang in requested.split("+") if lang]
    usable = [lang for lang in wanted if lang in have]
    missing = [lang for lang in wanted if lang not in have]
    if not usable:
        fallback = "eng" if "eng" in have else next((lang for lang in sorted(have) if lang != "osd"), None)
        if fallback is None:
            raise MissingDependency(f"no Tesseract language data is installed; {TESSERACT_HINT}")
        usable = [fallback]
    warnings = []
    if missing:
        warnings.append(
            f"Tesseract language data {'+'.join(missing)} is not installed; OCR used "
            f"{'+'.join(usable)} (install tesseract-ocr-{missing[0]})"
        )
    return "+".join(usable), warnings


def run_tesseract(image: Image.Image, lang: str, psm: int, dpi: int, timeout_s: float) -> str:
    """Tesseract's TSV output for an image, given as a greyscale PGM (``_tesseract``):
    encoding a 300 dpi page as PNG took up to 2.5 CPU s, more than reading it."""
    buf = io.BytesIO()
    (image if image.mode == "L" else image.convert("L")).save(buf, format="PPM")
    return _tesseract(buf.getvalue(), lang, psm, dpi, timeout_s)


def _tesseract(data: bytes, lang: str, psm: int, dpi: int, timeout_s: float) -> str:
    """Tesseract's TSV for an encoded image, given as a file in memory (``memory_file``), or on
    stdin where there is none: Tesseract spent 0.13-0.2 CPU s more a 300 dpi page reading it
    from stdin than from a file (5-8 % of reading the page), for the same words."""
    if not tesseract_available():
        raise MissingDependency(TESSERACT_HINT)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with memory_file(data) as fd:
        given = {"input": data} if fd is None else {"stdin": subprocess.DEVNULL, "pass_fds": (fd,)}
        source = "stdin" if fd is None else f"/dev/fd/{fd}"
        cmd = ["tesseract", source, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi), "tsv"]
        try:
            done = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout_s, **given)
        except subprocess.TimeoutExpired as exc:  # run() has already killed the child
            raise Timeout(f"Tesseract took longer than {timeout_s:g} s") from exc
    if done.returncode != 0:
        raise Crashed(tool_failure("Tesseract", done.returncode, done.stderr))
    return done.stdout.decode("utf-8", "replace")


@contextmanager
def memory_file(data: bytes) -> Iterator[int | None]:
    """A file descriptor holding ``data``, for a child to open by path as ``/dev/fd/N``
    (Linux's ``memfd_create``: nothing on disk to leave behind when a worker is killed), closed
    after; None where the system has no such file."""
    try:
        fd = os.memfd_create("extractor-ocr", os.MFD_CLOEXEC)
    except (AttributeError, OSError):  # not Linux
        fd = None
    if fd is None or not os.path.exists(f"/dev/fd/{fd}"):  # no /dev/fd: a container without /proc
        if fd is not None:
            os.close(fd)
        yield None
        return
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        yield fd
    finally:
        os.close(fd)


def run_tesseract_many(images: list[Image.Image], lang: str, psm: int, dpi: int, timeout_s: float) -> list[str]:
    """Tesseract's TSV for each of several images, read by one process (a multi-page TIFF,
    ``_tesseract``): loading the nor+eng models costs 0.12 CPU s a process, more than reading a small
    image. Each image is still read on its own (its own thresholds and layout)."""
    if not images:
        return []
    if len(images) == 1:
        return [run_tesseract(images[0], lang, psm, dpi, timeout_s)]
    buf = io.BytesIO()
    gray = [image if image.mode == "L" else image.convert("L") for image in images]
    gray[0].save(buf, format="TIFF", save_all=True, append_images=gray[1:])
    tsv = _tesseract(buf.getvalue(), lang, psm, dpi, timeout_s * len(images))
    header, *rows = tsv.splitlines() or [""]
    pages: list[list[str]] = [[header] for _ in images]
    for row in rows:
        number = row.split("\t", 2)[1:2]  # the page_num column
        if number and number[0].isdigit() and 1 <= int(number[0]) <= len(images):
            pages[int(number[0]) - 1].append(row)
    return ["\n".join(page) + "\n" for page in pages]


# --- rendering -------------------------------------------------------------------------------


def capped_scale(width: float, height: float, scale: float, max_pixels: int) -> float:
    """Pixels per point for a ``width`` x ``height`` pt page: ``scale``, lowered so the image
    stays within ``max_pixels`` (a page of 300 x 300 inches would take gigabytes)."""
    if width * height * scale * scale > max_pixels:
        return (max_pixels / (width * height)) ** 0.5
    return scale


def render_gray(pdf_path: Path, page_number: int, dpi: int,
                max_pixels: int = DEFAULT_SETTINGS.render_max_pixels) -> tuple[Image.Image, float, float]:
    """The page as a greyscale image, with its width and height in points."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        raise Corrupt(f"cannot open the PDF to OCR it: {exc}") from exc
    try:
        if not 1 <= page_number <= len(pdf):
            raise ValueError(f"page {page_number} is not in a {len(pdf)}-page PDF")
        page = pdf[page_number - 1]
        width, height = page.get_size()  # after /Rotate, as pdfplumber reports it
        scale = capped_scale(width, height, dpi / 72.0, max_pixels)
        try:
            if images_only(page):
                image = Image.fromarray(render_bands(page, scale))
            else:
                image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        except pdfium.PdfiumError as exc:
            raise Corrupt(f"cannot render page {page_number} to OCR it: {exc}") from exc
        return image, float(width), float(height)
    finally:
        pdf.close()


def images_only(page) -> bool:
    """Whether the page is drawn by images alone (a scan, a photo), nothing else."""
    import pypdfium2.raw as pdfium_c

    kinds = {obj.type for obj in page.get_objects(max_depth=0)}
    return kinds == {pdfium_c.FPDF_PAGEOBJ_IMAGE}


def render_bands(page, scale: float) -> np.ndarray:
    """The page rendered greyscale at ``scale`` as ``page.render`` renders it, pixel for
    pixel, but in bands of ``RENDER_BAND_ROWS`` rows: pdfium enlarges an image through a
    32-bit buffer as large as its output, 50 MB more for a 300 dpi page of a colour photo.
    Each band is rendered with ``BAND_OVERLAP_ROWS`` to spare either side (the rows at a
    band's own edge come out a grey level apart) for a page of images; vector text is
    anti-aliased against the clip and would differ."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    width, height = (math.ceil(v * scale) for v in page.get_size())  # as page.render sizes it
    flags = pdfium_c.FPDF_GRAYSCALE | pdfium_c.FPDF_ANNOT  # page.render(grayscale=True)'s
    out = np.empty((height, width), dtype=np.uint8)
    for top in range(0, height, RENDER_BAND_ROWS):
        bottom = min(height, top + RENDER_BAND_ROWS)
        first, last = max(0, top - BAND_OVERLAP_ROWS), min(height, bottom + BAND_OVERLAP_ROWS)
        band = pdfium.PdfBitmap.new_native(width, last - first, pdfium_c.FPDFBitmap_Gray)
        band.fill_rect((255, 255, 255, 255), 0, 0, width, last - first)
        pdfium_c.FPDF_RenderPageBitmap(band, page, 0, -first, width, height, 0, flags)
        out[top:bottom] = band.to_numpy()[top - first:bottom - first, :width]
        band.close()
    return out


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


def erase_segments(gray: np.ndarray, ink: np.ndarray, segments: list[Segment], pt_per_px: float) -> np.ndarray:
    """Paint ruling lines in the paper's grey so Tesseract does not read them as "|" or glue
    them to text. Only the rule's own pixels are painted (``ink`` is the rule-ink mask), so
    glyphs touching a border keep their shape; pure white on grey scan paper would leave
    stripes with hard edges, which lowered the confidence of the cell text beside them."""
    pixels = gray.copy()
    fill = paper_level(gray)
    pad, min_len = RULE_PAD_PX, max(2, round(RULE_MIN_H_PT / 2 / pt_per_px))
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
        pixels[top:top + band.shape[0], left:left + band.shape[1]][mask] = fill
    return pixels


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
    """A page image cleaned for Tesseract (``prepare_page``): filtered and turned (``gray``),
    its ruling lines found and painted out (``erased``)."""
    number: int
    width: float
    height: float
    pt_per_px: float
    gray: np.ndarray
    otsu: int
    segments: list[Segment]
    erased: np.ndarray

    @property
    def dpi(self) -> int:
        return round(72.0 / self.pt_per_px)

    @property
    def pixels(self) -> int:
        return self.erased.size


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
    erased = erase_segments(gray, ink, segments, pt_per_px)
    return PreparedPage(number, width, height, pt_per_px, gray, otsu, segments, erased)


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
    pt_per_px, gray = page.pt_per_px, page.gray
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
    read = first_reading(run_tesseract(Image.fromarray(page.erased), lang, settings.ocr_psm, page.dpi,
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
