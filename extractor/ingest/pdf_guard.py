"""Opening a PDF safely: pdfminer failures become ``ExtractorError``s with stable codes,
the page count is checked before any page is parsed, and content streams are measured
(inflated in bounded chunks) before pdfminer or pdfium inflates them whole, so a
decompression bomb is refused instead of exhausting memory; a stream too short to pass the
limit is not inflated where pdfium reads the page.
"""
from __future__ import annotations

import encodings.utf_16_be  # noqa: F401 - pdfplumber's open decodes UTF-16 metadata: the codec loads here, not in the first document
import io
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Container, Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFException, PDFStream, resolve1
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import Corrupt, Encrypted, ExtractorError, TooLarge
from extractor.ingest.pdf_forms import check_form_fanout
from extractor.settings import Settings

PARSE_ERRORS = (PdfminerException, PSException, PDFException, ValueError, KeyError, TypeError,
                AttributeError, IndexError, AssertionError, zlib.error, RecursionError, OverflowError)
MAX_XOBJECT_DEPTH = 8  # form XObjects nested deeper than this are not inspected for bombs
INFLATE_CHUNK = 1 << 20
FEED_CHUNK = 1 << 16  # compressed bytes per step when inflating a damaged stream
# deflate's most output per input byte (a 258-byte match coded in two bits): a stream of n
# bytes cannot inflate beyond 1032·n
DEFLATE_MAX_RATIO = 1032
WHOLE, BOUNDED, DAMAGED = range(3)  # a font's streams: inflated whole, too short to check, repaired


class OffsetCheckedReader(io.BufferedReader):
    """The PDF file as pdfminer reads it: a seek before its start (an offset from a damaged
    cross-reference) raises ValueError, a parse error, instead of OSError EINVAL."""

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET and offset < 0:
            raise ValueError(f"an object offset ({offset}) before the start of the file")
        return super().seek(offset, whence)


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfplumber.PDF]:
    stream = OffsetCheckedReader(io.FileIO(path, "rb"))
    try:
        pdf = pdfplumber.open(stream)
    except PdfminerException as exc:
        stream.close()
        raise error_of(exc) from None
    except PARSE_ERRORS as exc:
        stream.close()
        raise Corrupt(f"cannot parse the PDF ({type(exc).__name__})") from None
    try:
        yield pdf
    finally:
        pdf.stream.close()  # not pdf.close(): it builds every page first, and may raise


def error_of(exc: BaseException) -> ExtractorError:
    """The ``ExtractorError`` for a pdfminer failure (pdfplumber wraps them)."""
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return Encrypted("the PDF needs a password to open")
    if isinstance(inner, MemoryError):
        return TooLarge("the PDF needs more memory than allowed")
    detail = str(inner).strip()[:80] or type(inner).__name__
    return Corrupt(f"cannot parse the PDF: {detail}")


def declared_page_count(pdf: pdfplumber.PDF) -> int | None:
    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except PARSE_ERRORS:
        return None
    return count if isinstance(count, int) else None


def _inflates_beyond(stream: PDFStream, limit: int, repair: bool = True) -> bool | None:
    """True when a FlateDecode stream inflates beyond ``limit``. A damaged one (a zlib error,
    or cut short) is inflated here as far as zlib gets and handed to pdfminer decoded:
    pdfminer's own fallback feeds zlib one byte at a time and copies all its output at each
    byte, minutes for a few megabytes. Without ``repair`` (pdfminer will not decode it), a
    stream too short to inflate beyond ``limit`` is not inflated: None."""
    filters = stream.get_filters()
    if not filters or getattr(filters[0][0], "name", filters[0][0]) not in ("FlateDecode", "Fl"):
        return False
    data = stream.rawdata
    if data is None:  # already decoded
        return len(stream.data or b"") > limit
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    if not repair and len(data) * DEFLATE_MAX_RATIO <= limit:
        return None
    raw, inflater, total = data, zlib.decompressobj(), 0
    try:
        # bytes after the end of the zlib data stay in unconsumed_tail: stop at the end (eof)
        while not inflater.eof:
            out = inflater.decompress(data, INFLATE_CHUNK)
            data = inflater.unconsumed_tail
            if not out and not data:
                break  # the input ran out before the end: cut short
            total += len(out)
            if total > limit:
                return True
    except zlib.error:
        pass
    if not inflater.eof and len(filters) == 1 and "Predictor" not in (filters[0][1] or {}):
        stream.data, stream.rawdata = inflate_damaged(raw), None
    return False


def inflate_damaged(data: bytes) -> bytes:
    """What zlib inflates of a damaged stream before the damage (all of it when only cut
    short), in linear time: chunks, and byte by byte only in the chunk that fails."""
    inflater, parts = zlib.decompressobj(), []
    for start in range(0, len(data), FEED_CHUNK):
        chunk = data[start:start + FEED_CHUNK]
        before = inflater.copy()
        try:
            parts.append(inflater.decompress(chunk))
        except zlib.error:
            inflater = before
            for at in range(len(chunk)):
                try:
                    parts.append(inflater.decompress(chunk[at:at + 1]))
                except zlib.error:
                    break
            break
        if inflater.eof:
            break
    return b"".join(parts)


FONT_FILES = ("FontFile", "FontFile2", "FontFile3")


def iter_font_streams(fonts: object, skip: Container[int] = ()) -> Iterator[tuple[int | None, object]]:
    """(the font's object number, a reference) for the streams pdfminer decodes for a font
    dictionary's fonts: character maps (ToUnicode, an embedded Encoding) and font files, of
    descendant fonts too; each font first with None, so a font without streams is named too.
    Fonts whose object number is in ``skip`` are left out unresolved."""
    if not isinstance(fonts, dict):
        return
    for ref in fonts.values():
        key = getattr(ref, "objid", None)
        if key is not None and key in skip:
            continue
        font = resolve1(ref)
        if not isinstance(font, dict):
            continue
        yield key, None
        descendants = resolve1(font.get("DescendantFonts"))
        for part in [font, *(map(resolve1, descendants) if isinstance(descendants, list) else ())]:
            if isinstance(part, dict):
                descriptor = resolve1(part.get("FontDescriptor"))
                refs = [part.get("ToUnicode"), part.get("Encoding"),
                        *(descriptor.get(name) for name in FONT_FILES if isinstance(descriptor, dict))]
                yield from ((key, ref) for ref in refs if ref is not None)


def iter_page_streams(page_obj: PDFPage, skip_fonts: Container[int] = ()) -> Iterator[tuple[int | None, PDFStream | None]]:
    """(font object number or None, stream) for the streams pdfminer decodes for a page, each
    once: its contents, the form XObjects it draws, and the character maps and font files of
    the fonts in their resources (a font is named once with None before its streams)."""
    seen: set[int] = set()

    def unseen(ref: object) -> PDFStream | None:
        key = getattr(ref, "objid", None) or id(ref)
        obj = resolve1(ref)
        if key in seen or not isinstance(obj, PDFStream):
            return None
        seen.add(key)
        return obj

    for stream in page_obj.contents:
        stream = resolve1(stream)
        if isinstance(stream, PDFStream):
            yield None, stream
    stack = [(resolve1(page_obj.resources), 0)]
    while stack:
        resources, depth = stack.pop()
        if not isinstance(resources, dict) or depth > MAX_XOBJECT_DEPTH:
            continue
        for font, ref in iter_font_streams(resolve1(resources.get("Font")), skip_fonts):
            stream = None if ref is None else unseen(ref)
            if ref is None or stream is not None:
                yield font, stream
        xobjects = resolve1(resources.get("XObject"))
        if not isinstance(xobjects, dict):
            continue
        for ref in xobjects.values():
            obj = unseen(ref)
            if obj is not None and getattr(obj.get("Subtype"), "name", None) == "Form":
                yield None, obj
                stack.append((resolve1(obj.get("Resources")), depth + 1))


def streams_within_limit(path: Path, settings: Settings) -> bool:
    """No stream of the file can inflate beyond the limit: a Flate stream's raw bytes are part of
    the file, and inflate to at most ``DEFLATE_MAX_RATIO`` times their length (a file under
    65 KB at the default 64 MB). On a page pdfium reads, ``check_streams`` would find every
    stream bounded: parsing the page's fonts to say so was a twentieth of a one-page report."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size * DEFLATE_MAX_RATIO <= settings.pdf_max_stream_mb * 2**20


def check_streams(page_obj: PDFPage, settings: Settings, intact_fonts: set[int] | None = None,
                  bounded_fonts: set[int] | None = None) -> None:
    """Refuse a decompression bomb before it is inflated whole (a content stream, a form, a
    font file or character map).

    ``intact_fonts``, kept for a document, holds the fonts whose streams all inflated whole
    within the limit on an earlier page: they are not resolved again (pdfminer's object cache
    is emptied after each page, and parsing the fonts again was half the reading time of a
    report). A font with a damaged stream stays out, and its stream is repaired on each page.

    ``bounded_fonts`` is given for a page pdfium reads (pdfminer decodes none of its streams,
    so none needs repairing): a stream too short to inflate beyond the limit is not inflated,
    and a font with such a stream (its others intact) is kept there, not resolved again. A
    page pdfminer reads after all is checked again without it (``read_page``)."""
    limit = int(settings.pdf_max_stream_mb * 2**20)
    repair = bounded_fonts is None
    skip = (intact_fonts or set()) | (bounded_fonts or set())
    fonts: dict[int, int] = {}  # font → its worst stream: WHOLE, BOUNDED or DAMAGED
    for font, stream in iter_page_streams(page_obj, skip):
        state = WHOLE
        if stream is not None:
            raw = stream.rawdata is not None
            beyond = _inflates_beyond(stream, limit, repair)
            if beyond:
                raise TooLarge(f"a page's stream inflates beyond {settings.pdf_max_stream_mb:.0f} MB")
            if beyond is None:
                state = BOUNDED
            elif raw and stream.rawdata is None:  # replaced by what zlib could save
                state = DAMAGED
        if font is not None:
            fonts[font] = max(fonts.get(font, WHOLE), state)
    check_form_fanout(page_obj, settings)
    if intact_fonts is not None:
        intact_fonts.update(font for font, state in fonts.items() if state == WHOLE)
    if bounded_fonts is not None:
        bounded_fonts.update(font for font, state in fonts.items() if state == BOUNDED)


def normal_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box with its lower-left corner first: a PDF may give any two opposite corners
    (``[612 792 0 0]``), and pdfminer would shift every char off the page by the box."""
    x0, y0, x1, y1 = box
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


class LenientPDFPage(PDFPage):
    """pdfminer's page, reading a box of other things than numbers (``[/a /b /c /d]``) as it
    reads a malformed one (US Letter; the MediaBox for a CropBox) instead of raising a
    TypeError that ends the page iteration and loses the document."""

    def _parse_mediabox(self, value):  # noqa: ANN001, ANN202 - pdfminer's signature
        try:
            return super()._parse_mediabox(value)
        except PARSE_ERRORS:
            return super()._parse_mediabox(None)

    def _parse_cropbox(self, value, mediabox):  # noqa: ANN001, ANN202
        try:
            return super()._parse_cropbox(value, mediabox)
        except PARSE_ERRORS:
            return mediabox


def normalise_boxes(page_obj: PDFPage) -> None:
    """Page boxes as both parsers will read them: pdfminer's parsed boxes (US Letter for a
    MediaBox that is not four numbers, the MediaBox for such a CropBox) normalised, and
    written back to the page dictionary, from which pdfplumber reads them again and raises
    on anything but four numbers. Other boxes that are not four numbers are dropped."""
    page_obj.mediabox, page_obj.cropbox = normal_box(page_obj.mediabox), normal_box(page_obj.cropbox)
    page_obj.attrs["MediaBox"] = list(page_obj.mediabox)
    if "CropBox" in page_obj.attrs:
        page_obj.attrs["CropBox"] = list(page_obj.cropbox)
    for name in ("TrimBox", "BleedBox", "ArtBox"):
        try:
            box = [resolve1(v) for v in resolve1(page_obj.attrs.get(name))]
        except PARSE_ERRORS:
            box = None
        if name in page_obj.attrs and not (box and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)):
            del page_obj.attrs[name]

def iter_pages(pdf: pdfplumber.PDF, settings: Settings) -> Iterator[Page]:
    """pdfplumber pages made one at a time (``pdf.pages`` keeps every page alive)."""
    declared = declared_page_count(pdf)
    if declared is not None and declared > settings.max_pages:
        raise TooLarge(f"the PDF has {declared} pages, over the {settings.max_pages} page limit")
    for number, page_obj in enumerate(LenientPDFPage.create_pages(pdf.doc), start=1):
        if number > settings.max_pages:
            raise TooLarge(f"the PDF has more than {settings.max_pages} pages")
        normalise_boxes(page_obj)
        yield Page(pdf, page_obj, page_number=number, initial_doctop=0)
