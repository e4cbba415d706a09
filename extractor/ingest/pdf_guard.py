"""Opening a PDF safely: pdfminer failures become ``ExtractorError``s with stable codes,
the page count is checked before any page is parsed, and content streams are measured
(inflated in bounded chunks) before pdfminer inflates them whole, so a decompression bomb is
refused instead of exhausting memory.
"""
from __future__ import annotations

import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFException, PDFStream, resolve1
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import Corrupt, Encrypted, ExtractorError, TooLarge
from extractor.settings import Settings

PARSE_ERRORS = (PdfminerException, PSException, PDFException, ValueError, KeyError, TypeError,
                AttributeError, IndexError, AssertionError, zlib.error, RecursionError)
MAX_XOBJECT_DEPTH = 8  # form XObjects nested deeper than this are not inspected for bombs
INFLATE_CHUNK = 1 << 20


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfplumber.PDF]:
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise error_of(exc) from None
    except PARSE_ERRORS as exc:
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


def _inflates_beyond(stream: PDFStream, limit: int) -> bool:
    filters = stream.get_filters()
    if not filters or getattr(filters[0][0], "name", filters[0][0]) not in ("FlateDecode", "Fl"):
        return False
    data = stream.rawdata
    if data is None:  # already decoded
        return len(stream.data or b"") > limit
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    inflater, total = zlib.decompressobj(), 0
    try:
        while data and total <= limit:
            total += len(inflater.decompress(data, INFLATE_CHUNK))
            data = inflater.unconsumed_tail
    except zlib.error:
        return False  # pdfminer reports a broken stream its own way
    return total > limit


def iter_page_streams(page_obj: PDFPage) -> Iterator[PDFStream]:
    """Content streams of a page and of the form XObjects it draws (each once)."""
    seen: set[int] = set()
    for stream in page_obj.contents:
        stream = resolve1(stream)
        if isinstance(stream, PDFStream):
            yield stream
    stack = [(resolve1(page_obj.resources), 0)]
    while stack:
        resources, depth = stack.pop()
        if not isinstance(resources, dict) or depth > MAX_XOBJECT_DEPTH:
            continue
        xobjects = resolve1(resources.get("XObject"))
        if not isinstance(xobjects, dict):
            continue
        for ref in xobjects.values():
            key = getattr(ref, "objid", None) or id(ref)
            obj = resolve1(ref)
            if key in seen or not isinstance(obj, PDFStream):
                continue
            seen.add(key)
            if getattr(obj.get("Subtype"), "name", None) == "Form":
                yield obj
                stack.append((resolve1(obj.get("Resources")), depth + 1))


def check_streams(page_obj: PDFPage, settings: Settings) -> None:
    """Refuse a decompression bomb before pdfminer inflates it whole."""
    limit = int(settings.pdf_max_stream_mb * 2**20)
    for stream in iter_page_streams(page_obj):
        if _inflates_beyond(stream, limit):
            raise TooLarge(f"a page content stream inflates beyond {settings.pdf_max_stream_mb:.0f} MB")


def iter_pages(pdf: pdfplumber.PDF, settings: Settings) -> Iterator[Page]:
    """pdfplumber pages made one at a time (``pdf.pages`` keeps every page alive)."""
    declared = declared_page_count(pdf)
    if declared is not None and declared > settings.max_pages:
        raise TooLarge(f"the PDF has {declared} pages, over the {settings.max_pages} page limit")
    for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
        if number > settings.max_pages:
            raise TooLarge(f"the PDF has more than {settings.max_pages} pages")
        yield Page(pdf, page_obj, page_number=number, initial_doctop=0)
