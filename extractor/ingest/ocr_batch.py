"""Scanned pages read together: one Tesseract process for several pages.

Loading the nor+eng models costs ~0.2 CPU s a Tesseract process, a tenth of reading a page.
The pages of a scan are prepared one by one as ``ocr_page`` prepares them (``prepare_page``)
and held until ``SCAN_BATCH_MAX_PIXELS``; then one process reads their page passes (each page
still read on its own: the same words as alone) and one the dropped ink of those that have any
(``ocr_recover``). The words are mended page by page as before.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

from PIL import Image

from extractor.errors import ExtractorError, MissingDependency, Timeout
from extractor.ingest.ocr import (
    PreparedPage, dropped_ink, dropped_words, first_reading, plain_page, prepare_page, read_prepared, words_to_content,
)
from extractor.ingest.ocr_recover import RECOVERY_PSM
from extractor.ingest.ocr_render import render_gray
from extractor.ingest.ocr_tesseract import resolve_languages, run_tesseract_many
from extractor.ingest.primitives import PageContent

log = logging.getLogger(__name__)

SCAN_BATCH_MAX_PIXELS = 54_000_000  # prepared pages held for one process: six A4 pages at 300 dpi (~55 MB, one array each)


def iter_ocr_pages(pdf_path: Path, numbers: list[int], settings) -> Iterator[tuple[int, PageContent | ExtractorError]]:
    """``ocr_page`` of each page in ``numbers``, in their order: the content, or the error
    that page met. Pages of one resolution are read together (``read_prepared_many``) up to
    ``SCAN_BATCH_MAX_PIXELS``; when Tesseract fails on such a batch its pages are read again
    one by one, so a page that times out or breaks Tesseract costs only itself (a batch's
    time limit is its pages' together). Raises ``MissingDependency`` without Tesseract."""
    lang, warnings = resolve_languages(settings.ocr_lang)
    for warning in warnings:
        log.warning(warning)
    waiting: list[PreparedPage | tuple[int, PageContent | ExtractorError]] = []  # in page order: a page that failed keeps its place

    def flush() -> Iterator[tuple[int, PageContent | ExtractorError]]:
        pages = [p for p in waiting if isinstance(p, PreparedPage)]
        read = dict(zip((p.number for p in pages), read_together(pages, settings, lang)))
        for item in waiting:
            yield (item.number, read[item.number]) if isinstance(item, PreparedPage) else item
        waiting.clear()

    for number in numbers:
        try:
            image, width, height = render_gray(Path(pdf_path), number, settings.ocr_dpi, settings.render_max_pixels)
        except ExtractorError as exc:
            waiting.append((number, exc))
            continue
        if (plain := plain_page(image, number, width, height)) is not None:
            waiting.append((number, plain))  # nothing to read: keeps its place, costs no Tesseract
            continue
        page = prepare_page(image, number, width, height, settings)
        pages = [p for p in waiting if isinstance(p, PreparedPage)]
        if pages and (page.dpi != pages[0].dpi or sum(p.pixels for p in pages) + page.pixels > SCAN_BATCH_MAX_PIXELS):
            yield from flush()
        waiting.append(page)
    yield from flush()


def read_together(pages: list[PreparedPage], settings, lang: str) -> list[PageContent | ExtractorError]:
    """Each page's content or error: all by one process, or one by one if that fails."""
    if len(pages) > 1:
        try:
            return read_prepared_many(pages, settings, lang)
        except MissingDependency:
            raise
        except ExtractorError:
            pass  # each page alone below: the error is the page's own, with its number
    found: list[PageContent | ExtractorError] = []
    for page in pages:
        try:
            found.append(read_prepared(page, settings, lang))
        except Timeout as exc:
            found.append(Timeout(f"page {page.number}: {exc.message}"))
        except MissingDependency:
            raise
        except ExtractorError as exc:
            found.append(exc)
    return found


def read_prepared_many(pages: list[PreparedPage], settings, lang: str) -> list[PageContent]:
    """Prepared pages of one resolution read together: one Tesseract process for their page
    passes and one for the dropped ink of those that have any (loading the models costs
    ~0.2 CPU s a process; each page is still read on its own, and reads as it does alone)."""
    tsvs = run_tesseract_many([p.erased for p in pages], lang, settings.ocr_psm, pages[0].dpi,
                              settings.ocr_timeout_s)
    reads = [first_reading(tsv) for tsv in tsvs]
    dropped = [dropped_ink(p.erased, read, p.otsu) for p, read in zip(pages, reads)]
    chosen = [i for i, ink in enumerate(dropped) if ink is not None]
    again = run_tesseract_many([dropped[i].image for i in chosen], lang, RECOVERY_PSM, pages[0].dpi,
                               settings.ocr_timeout_s)
    for i, tsv in zip(chosen, again):
        reads[i] += dropped_words(tsv, dropped[i], reads[i])
    return [words_to_content(p, read) for p, read in zip(pages, reads)]
