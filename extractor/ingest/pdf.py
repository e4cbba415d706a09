"""Born-digital PDF → ``Document``, one page at a time.

Each page is checked (pdfminer's page objects, ``pdf_guard``), read once (pypdfium2's chars,
ruling edges and images; pdfplumber's where pypdfium2 cannot serve, ``pdf_glyphs``), reduced
to a ``PageContent`` shared with the table finder, and turned into lines in reading order;
pages without a text layer, or with one that is not what the page shows (``pdf_garble``), go
to OCR (a run of scanned pages together when it ends, the images of born-digital pages
together once every page is read: one Tesseract process for several). Only lines survive a page (no parser
objects), and pdfminer's object cache is emptied as we go, so memory stays flat on long
documents.
Running headers/footers and heading levels are decided once all pages are read.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from pdfplumber.page import Page

from extractor.document import BBox, Block, BlockKind, Document, SourceInfo, Table
from extractor.errors import Corrupt, NoTextLayer, TooLarge
from extractor.ingest import CellBudget
from extractor.ingest import blocks as blk
from extractor.ingest.block_headings import level_image_headings, raws_to_blocks
from extractor.ingest.furniture import BAND_SHARE, find_furniture, furniture_key, furniture_rows
from extractor.ingest.layout import NO_EDGES, Line, PageItem, Placed
from extractor.ingest.line_measure import widen_short_regions
from extractor.ingest.page_breaks import join_page_broken_paragraphs
from extractor.ingest.ocr_state import SCANNED_PAGES, UNREADABLE_PAGES, OcrState
from extractor.ingest.pdf_garble import GarbledPage, garbled_warnings, unreadable_font, unreadable_reason
from extractor.ingest.pdf_glyphs import GlyphReader, open_glyph_reader, plumber_glyphs
from extractor.ingest.pdf_cards import find_cards, frames_from_segments
from extractor.ingest.pdf_forms import check_form_fanout
from extractor.ingest.pdf_guard import (PARSE_ERRORS, check_streams, declared_page_count, error_of, iter_pages, open_pdf,
                                        streams_within_limit)
from extractor.ingest.pdf_words import glyphs_to_content, sorted_box
from extractor.ingest.sidebars import find_sidebars, layout_cells, page_to_lines
from extractor.ingest.spreads import find_spread_gutter, split_spread
from extractor.ingest.primitives import PageContent, word_centre_in
from extractor.settings import Settings

try:  # the table finder is optional: without it, table text reads as paragraphs
    from extractor.ingest.column_tables import column_tables
    from extractor.tables import (absorb_break_titles, absorb_trailing_rows, carry_rows, find_tables,
                                  items_to_page_edges, join_header_rows, merge_continuations)
    from extractor.tables.header_hyphens import join_header_hyphens
    from extractor.tables.base import DEFAULT_TOLERANCES, LAYOUT, bbox_overlap_area
except ImportError:  # pragma: no cover - only while the tables package is absent
    find_tables = absorb_break_titles = absorb_trailing_rows = carry_rows = items_to_page_edges = join_header_rows = None
    join_header_hyphens = None
    merge_continuations = column_tables = DEFAULT_TOLERANCES = LAYOUT = bbox_overlap_area = None

SANDWICH_WORDS = 3  # an image with this many text-layer words on it already has its text


@dataclass(slots=True)
class PageRead:
    number: int
    width: float
    height: float
    items: list[PageItem]
    from_ocr: bool
    to_page: Callable[[BBox], BBox] | None = None  # maps a bbox back from a rotated reading frame
    # words, the images to read and all the page's images (photos of cards too): items wait for them
    images: tuple[PageContent, list[BBox], list[BBox]] | None = None
    scan: bool = False  # a page without a text layer, waiting for OCR with the document's others


# ---------- one page ----------

def _area(b: BBox) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _clip(b: BBox, width: float, height: float) -> BBox:
    return (max(0.0, b[0]), max(0.0, b[1]), min(width, b[2]), min(height, b[3]))


def images_to_read(content: PageContent, images: list[BBox], min_share: float) -> list[BBox]:
    """Images big enough to hold text, unless the text layer already covers them (a scan
    with an OCR layer, or text printed over a background picture)."""
    page_area = content.width * content.height
    boxes = []
    for box in images:
        box = _clip(box, content.width, content.height)
        if page_area and _area(box) / page_area >= min_share:
            if sum(word_centre_in(w, box, 1.0) for w in content.words) < SANDWICH_WORDS:
                boxes.append(box)
    return boxes


def content_to_items(content: PageContent, extra: list[Block | Table], budget: CellBudget,
                     photos: list[BBox] = ()) -> list[PageItem]:
    """Sidebars found on the page, tables among the other words, the words outside tables as
    lines (a sidebar's after the body's), image text and tables placed by position. The
    tables' cells are taken from the document's ``budget``. ``photos``: the page's images,
    which with the photo frames it draws as boxes (``frames_from_segments``) have their captions
    in a row read as cards (``pdf_cards``)."""
    # drawn tables first (a ruled table's first column can look like a sidebar), then
    # sidebars, then tables aligned in the remaining text (a box beside a column is none)
    tol = replace(DEFAULT_TOLERANCES, max_cells=budget.table_max) if find_tables is not None else None
    tables = find_tables(content, ("ruled",), tol) if find_tables is not None else []
    laid_out = [cell for t in tables if t.strategy == LAYOUT for cell in layout_cells(t, content.words)]
    tables = [t for t in tables if t.strategy != LAYOUT]
    ruled = [t.prov.bbox for t in tables if t.prov.bbox]
    outside = [w for w in content.words if not any(word_centre_in(w, b, 1.0) for b in ruled)]
    frames = frames_from_segments(content.segments, content.words)
    cards = find_cards(content.number, outside, list(photos), content.width, frames) if photos or frames else []
    tables += cards
    card_boxes = [t.prov.bbox for t in cards if t.prov.bbox]
    boxes = ruled + card_boxes
    taken = {id(w) for s in laid_out for w in s.words}
    rest = [w for w in outside if id(w) not in taken and not any(word_centre_in(w, b, 1.0) for b in card_boxes)]
    sidebars = find_sidebars(rest)
    if find_tables is not None:  # a column holding a statement is a layout cell, not a floating box
        sidebars = [s for s in sidebars if not find_tables(replace(content, words=s.words), ("text",), tol)]
    sidebars = sorted(sidebars + laid_out, key=lambda s: s.top)
    boxed = {id(w) for s in sidebars for w in s.words}
    if find_tables is not None:
        aligned = column_tables(replace(content, words=[w for w in rest if id(w) not in boxed]), tol)
        tables += [t for t in aligned if not any(t.prov.bbox and bbox_overlap_area(t.prov.bbox, b) for b in boxes)]
        tables = join_header_rows(sorted(tables, key=lambda t: (t.prov.bbox[1], t.prov.bbox[0])), content.words)
        tables = [join_header_hyphens(t) for t in tables]
    for table in [*tables, *(item for item in extra if isinstance(item, Table))]:
        budget.take(len(table.rows), max((len(row) for row in table.rows), default=0))
    boxes = [t.prov.bbox for t in tables if t.prov.bbox]
    words = [w for w in content.words if not any(word_centre_in(w, b, 1.0) for b in boxes)] if boxes else content.words
    placed = [Placed(t, *t.prov.bbox) for t in tables if t.prov.bbox]
    placed += [Placed(b, *b.prov.bbox) for b in extra if b.prov.bbox]
    return page_to_lines(words, placed, sidebars)


def sheet_to_items(content: PageContent, extra: list[Block | Table], budget: CellBudget,
                   photos: list[BBox] = ()) -> list[PageItem]:
    """``content_to_items`` of a page, or of each page of a sheet holding two side by side
    (``spreads``): the left page's items, then the right's, whose column regions and sidebars
    are numbered after the left's."""
    gutter = find_spread_gutter(content)
    if gutter is None:
        return content_to_items(content, extra, budget, photos)
    items: list[PageItem] = []
    for side, (half, boxes) in enumerate(split_spread(content, list(photos), gutter)):
        mine = [e for e in extra if e.prov.bbox and ((e.prov.bbox[0] + e.prov.bbox[2]) / 2 < gutter) == (side == 0)]
        lines = [i for i in items if isinstance(i, Line)]
        regions = max((ln.region for ln in lines), default=-1) + 1
        boxed = max((ln.box for ln in lines if ln.box is not None), default=-1) + 1
        for item in content_to_items(half, mine, budget, boxes):
            if isinstance(item, Line):
                item.region += regions
                item.box = None if item.box is None else item.box + boxed
            items.append(item)
    return items


def read_page(page: Page, path: Path, settings: Settings, ocr: OcrState, reader: GlyphReader,
              budget: CellBudget, fonts: tuple[set[int], set[int]], garbled: list[GarbledPage]) -> PageRead | None:
    """One page as lines in reading order; None when it has text we could not read. A page
    whose text layer is not what it shows (``pdf_garble``) is read by OCR like a scan and
    noted in ``garbled``; so is one where only one font's text is not (its headings, say),
    which without OCR is read without that font's text. ``fonts``: the document's fonts
    already checked, intact and bounded (``check_streams``)."""
    intact_fonts, bounded_fonts = fonts
    glyphs = None
    if reader.doc is not None:  # pdfium reads the page: pdfminer decodes none of its streams
        if streams_within_limit(path, settings):  # every stream bounded by the file's size
            check_form_fanout(page.page_obj, settings)
        else:
            check_streams(page.page_obj, settings, intact_fonts, bounded_fonts)
        glyphs = reader.glyphs(page.page_number)
    if glyphs is None:
        check_streams(page.page_obj, settings, intact_fonts)  # every stream pdfminer decodes, repaired
        glyphs = plumber_glyphs(page)
    content, images, to_page = glyphs_to_content(glyphs, page.page_number)
    text = "".join([w.text for w in content.words])
    big_images = [b for b in images if _area(_clip(b, content.width, content.height))
                  >= settings.image_ocr_min_area * content.width * content.height]
    unreadable = unreadable_reason(text) if len(text) >= settings.pdf_min_text_chars else None
    font = unreadable_font(text, glyphs.chars) if len(text) >= settings.pdf_min_text_chars and not unreadable else None
    if font:
        unreadable = font[1]
    if not unreadable and len(text) < settings.pdf_min_text_chars and big_images and ocr.can_read():
        # read with the document's other scanned pages (``read_waiting_scans``)
        return PageRead(page.page_number, content.width, content.height, [], True, scan=True)
    if not unreadable and glyphs.ocr_layer and ocr.can_read() \
            and (scanned := ocr.page(path, page.page_number)) is not None:
        # a scanning program's OCR, its slips without word confidences: read again by ours
        garbled.append(GarbledPage(page.page_number, "", True, ocr_layer=True))
        content, to_page = scanned, None
    elif unreadable or (len(text) < settings.pdf_min_text_chars and big_images):
        # one unreadable font among good ones: without OCR the page is read without that font's text
        scanned = ocr.page(path, page.page_number, UNREADABLE_PAGES if unreadable else SCANNED_PAGES) \
            if font is None or ocr.can_read() else None
        if unreadable:
            left_out = font is not None and scanned is None
            garbled.append(GarbledPage(page.page_number, unreadable, scanned is not None, left_out))
        if scanned is not None:
            content, to_page = scanned, None
        elif font is not None:
            glyphs.chars = [c for c in glyphs.chars if c.font != font[0]]
            content, _, to_page = glyphs_to_content(glyphs, page.page_number)
        else:
            return None
    elif big_images and (boxes := images_to_read(content, images, settings.image_ocr_min_area)) and ocr.can_read():
        # the text in its images is read with the document's other images (``read_waiting_images``)
        return PageRead(page.page_number, content.width, content.height, [], False, to_page, (content, boxes, images))
    return PageRead(page.page_number, content.width, content.height, sheet_to_items(content, [], budget, images),
                    content.from_ocr, to_page)


def read_waiting_scans(waiting: list[PageRead], reads: list[PageRead], path: Path, ocr: OcrState,
                       budget: CellBudget, source: SourceInfo) -> int:
    """A run of scanned pages (``waiting``, emptied) read together (one Tesseract process for
    several, ``OcrState.pages``), then their items built; a page OCR could not read is taken out
    of ``reads`` as unread, as in ``read_page``. Returns how many failed to parse. A run, not
    the whole document: the pages wait in memory, and would add to the other pages' peak."""
    found = ocr.pages(path, [read.number for read in waiting])
    failed = 0
    for read in waiting:
        read.scan, content = False, found.get(read.number)
        if content is not None:
            try:
                read.items = sheet_to_items(content, [], budget)
                read.width, read.height = content.width, content.height
                continue
            except PARSE_ERRORS as exc:
                failed += 1
                source.warnings.append(f"page {read.number}: {error_of(exc).message}")
        reads.remove(read)
        insort(source.unread_pages, read.number)
    waiting.clear()
    return failed


def read_waiting_images(reads: list[PageRead], path: Path, ocr: OcrState, budget: CellBudget) -> None:
    """The pages whose images wait to be read: their images read together (one Tesseract
    process for many), then their items built, with the page's photos (a slide's portraits are
    big enough to be read, and are the cards' photos all the same)."""
    waiting = [read for read in reads if read.images is not None]
    found = ocr.pages_images(path, [(read.number, read.images[1]) for read in waiting])
    for read in waiting:
        content, _, photos = read.images
        read.items, read.images = sheet_to_items(content, found.get(read.number, []), budget, photos), None


# ---------- the document ----------

def _read_all(path: Path, source: SourceInfo, settings: Settings) -> tuple[list[PageRead], int, int]:
    """(pages read, page count, pages that failed to parse)."""
    ocr, budget, fonts = OcrState(settings, source), CellBudget(settings), (set(), set())
    reads: list[PageRead] = []
    garbled: list[GarbledPage] = []
    scans: list[PageRead] = []  # a run of scanned pages waiting for OCR
    count = failed = 0
    with open_pdf(path) as pdf, open_glyph_reader(path, declared_page_count(pdf)) as reader:
        pages = iter_pages(pdf, settings)
        while True:
            try:
                page = next(pages)
            except StopIteration:
                break
            except PARSE_ERRORS as exc:
                raise error_of(exc) from None
            count = page.page_number
            try:
                read = read_page(page, path, settings, ocr, reader, budget, fonts, garbled)
            except PARSE_ERRORS as exc:
                failed += 1
                source.warnings.append(f"page {count}: {error_of(exc).message}")
                read = None
            finally:
                page.close()
                getattr(pdf.doc, "_cached_objs", {}).clear()  # decoded streams of done pages
            if read is None:
                source.unread_pages.append(count)
            else:
                reads.append(read)
            if read is not None and read.scan:
                scans.append(read)
            elif scans:  # a run of scanned pages ends: read now, while the document held is small
                failed += read_waiting_scans(scans, reads, path, ocr, budget, source)
    failed += read_waiting_scans(scans, reads, path, ocr, budget, source)
    source.ocr_pages.sort()  # a run of scanned pages is read after a page with an unreadable text layer
    read_waiting_images(reads, path, ocr, budget)
    source.warnings.extend(garbled_warnings(garbled))
    return reads, count, failed


def _to_page_coords(item: Block | Table, to_page: Callable[[BBox], BBox]) -> Block | Table:
    if isinstance(item, Table):
        rows = [[replace(c, prov=replace(c.prov, bbox=sorted_box(to_page(c.prov.bbox)))) if c.prov.bbox else c
                 for c in row] for row in item.rows]
        return replace(item, rows=rows, prov=replace(item.prov, bbox=sorted_box(to_page(item.prov.bbox))))
    return replace(item, prov=replace(item.prov, bbox=sorted_box(to_page(item.prov.bbox))))


def without_header_rows(item, keys: set[str], band_bottom: float):
    """A table starting in the page's header band without the running header it took in as its
    top row (see ``furniture_rows``)."""
    if not isinstance(item, Placed) or not isinstance(item.item, Table) or not keys or item.top > band_bottom:
        return item
    table = item.item
    cut = furniture_rows(table.text_rows(), keys)
    if not cut or cut >= len(table.rows) - 1:
        return item
    return replace(item, item=replace(table, rows=table.rows[cut:], header_rows=max(0, table.header_rows - cut)))


def reads_to_items(reads: list[PageRead]) -> tuple[list[Block | Table], list[Block]]:
    """Body items in reading order and the furniture, from every page's lines."""
    widen_short_regions(reads)
    furniture_ids = find_furniture([(r.number, r.height, [i for i in r.items if isinstance(i, Line)])
                                    for r in reads])
    if carry_rows is not None:
        carry_rows(reads, furniture_ids)  # a statement's last lines alone on the next page
    for line in (i for r in reads for i in r.items if isinstance(i, Line)):
        line.edges = NO_EDGES  # read by carry_rows only: a book's lines would hold them to the end
    furniture: list[blk.RawBlock] = []
    sequence: list[tuple[PageRead, blk.RawBlock | Placed]] = []
    keys = {furniture_key(i.text) for r in reads for i in r.items if isinstance(i, Line) and id(i) in furniture_ids}
    for read in reads:
        body = []
        for item in read.items:
            if isinstance(item, Line) and id(item) in furniture_ids:
                furniture.append(blk.RawBlock(read.number, [item], read.from_ocr, text=item.text))
            else:
                body.append(without_header_rows(item, keys, read.height * BAND_SHARE))
        for raw in blk.items_to_raw(read.number, body, read.from_ocr):
            parts = blk.split_ocr_heading(raw) if isinstance(raw, blk.RawBlock) else [raw]
            sequence.extend((read, part) for part in parts)
    for (_, part), (_, after) in zip(sequence, sequence[1:]):
        if isinstance(part, blk.RawBlock) and isinstance(after, Placed) and isinstance(after.item, Table):
            part.before_table = True
    raws = [part for _, part in sequence if isinstance(part, blk.RawBlock)]
    body_size = blk.body_size_of(raws)
    classified = iter(raws_to_blocks(raws, body_size))
    items: list[Block | Table] = []
    for read, part in sequence:
        item = part.item if isinstance(part, Placed) else next(classified)
        items.append(_to_page_coords(item, read.to_page) if read.to_page else item)
    level_image_headings(items)
    furniture_blocks = [b for b in raws_to_blocks(furniture, body_size)]
    for block in furniture_blocks:
        block.kind, block.level = BlockKind.PARAGRAPH, None
    return items, furniture_blocks


def merge_tables(items: list[Block | Table], heights: dict[int, float]) -> list[Block | Table]:
    """Join tables continued over a page break (only across running headers and footers,
    which ``items`` leaves out); the joined table stands where it began. A table's last row left
    outside it as a line of text is taken back in first (``absorb_trailing_rows``)."""
    if merge_continuations is None:
        return items
    items = absorb_trailing_rows(items, heights)
    if sum(isinstance(i, Table) for i in items) < 2:
        return items
    items = absorb_break_titles(items, heights)
    tables = [i for i in items if isinstance(i, Table)]
    edges = items_to_page_edges(items, heights)
    merged = {(t.prov.page, t.prov.bbox): t for t in merge_continuations(tables, heights, edges)}
    out = []
    for item in items:
        if isinstance(item, Table):
            item = merged.get((item.prov.page, item.prov.bbox))
            if item is None:
                continue
        out.append(item)
    return out


def load_pdf(path: str | Path, source: SourceInfo, settings: Settings) -> Document:
    """Read a PDF into a ``Document``; raises ``ExtractorError`` (encrypted, corrupt,
    too_large, no_text_layer) instead of a pdfminer traceback."""
    path = Path(path)
    try:
        reads, count, failed = _read_all(path, source, settings)
    except MemoryError:
        raise TooLarge("the PDF needs more memory than allowed") from None
    except RecursionError:
        raise Corrupt("the PDF's objects nest too deeply") from None
    source.pages = count
    if count == 0:
        raise Corrupt("the PDF has no pages")
    if failed == count:
        raise Corrupt(f"no page could be parsed ({source.warnings[0] if source.warnings else 'unknown error'})")
    items, furniture = reads_to_items(reads)
    if not items and not furniture and not source.ocr_pages:
        if source.unread_pages:
            why = f" ({source.warnings[0]})" if source.warnings else ""  # the reason, e.g. a page too tall for Tesseract
            raise NoTextLayer(f"none of the {count} pages has a readable text layer, and OCR could not run{why}")
        raise NoTextLayer(f"none of the {count} pages has any text")
    items = join_page_broken_paragraphs(merge_tables(items, {r.number: r.height for r in reads}))
    return Document(source=source, items=items, furniture=furniture)
