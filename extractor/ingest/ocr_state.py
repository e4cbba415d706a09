"""What OCR can do in one run, shared by the PDF and Word readers.

Tesseract missing or OCR switched off (``--no-ocr``) is reported once per document, not per
page or image; a failure on one page or image is a warning and the rest is still read. The
OCR modules (numpy, PIL, the table finder) are imported only when there is something to read.
"""
from __future__ import annotations

from pathlib import Path

from extractor.document import BBox, Block, Provenance, SourceInfo, Table
from extractor.errors import ExtractorError, MissingDependency
from extractor.ingest.primitives import PageContent
from extractor.settings import Settings

SCANNED_PAGES = "pages without a text layer were"
UNREADABLE_PAGES = "pages whose text layer cannot be read were"


class OcrState:
    def __init__(self, settings: Settings, source: SourceInfo):
        self.settings, self.source = settings, source
        self.unavailable: str | None = None if settings.ocr else "OCR is switched off"

    def _warn_unavailable(self, reason: str, what: str) -> None:
        if self.unavailable is None:
            self.unavailable = reason
        message = f"OCR unavailable ({reason}); {what} not read"
        if message not in self.source.warnings:  # once a document for each kind of page
            self.source.warnings.append(message)

    def page(self, path: Path, number: int, what: str = SCANNED_PAGES) -> PageContent | None:
        """A scanned page's words and rules, or None when OCR cannot run or failed;
        ``what`` names the pages left unread in the warning when OCR cannot run."""
        if self.unavailable:
            self._warn_unavailable(self.unavailable, what)
            return None
        try:
            from extractor.ingest.ocr import ocr_page
            content = ocr_page(path, number, self.settings)
        except (ImportError, MissingDependency) as exc:
            self._warn_unavailable(getattr(exc, "message", str(exc)), what)
            return None
        except ExtractorError as exc:
            content = exc
        return self._taken(number, content)

    def _taken(self, number: int, content: PageContent | ExtractorError) -> PageContent | None:
        """A page OCR read, noted in ``ocr_pages``; or None, with a warning, where it failed."""
        if isinstance(content, ExtractorError):
            self.source.warnings.append(f"page {number}: OCR failed ({content.code}: {content.message})")
            return None
        self.source.ocr_pages.append(number)
        return content

    def pages(self, path: Path, numbers: list[int]) -> dict[int, PageContent]:
        """``page`` for several scanned pages, read together (``iter_ocr_pages``): the pages
        read, by number; a page missing failed, with the warning ``page`` gives."""
        if not numbers:
            return {}
        if self.unavailable:
            self._warn_unavailable(self.unavailable, SCANNED_PAGES)
            return {}
        found: dict[int, PageContent] = {}
        try:
            from extractor.ingest.ocr_batch import iter_ocr_pages
            for number, content in iter_ocr_pages(path, numbers, self.settings):
                if (read := self._taken(number, content)) is not None:
                    found[number] = read
        except (ImportError, MissingDependency) as exc:
            self._warn_unavailable(getattr(exc, "message", str(exc)), SCANNED_PAGES)
        return found

    def can_read(self) -> bool:
        """Whether OCR may run (a page with images keeps its words till they are read)."""
        return self.unavailable is None

    def pages_images(self, path: Path, requests: list[tuple[int, list[BBox]]]) -> dict[int, list[Block | Table]]:
        """Tables and text read from images on born-digital PDF pages, per page number;
        ``requests``: (page number, image boxes), read together (``ocr_pages_images``)."""
        requests = [(number, boxes) for number, boxes in requests if boxes]
        if not requests:
            return {}
        where = f"page {requests[0][0]}" + (f" to {requests[-1][0]}" if len(requests) > 1 else "")
        found = self._read_images(lambda read: read.ocr_pages_images(path, requests, self.settings), where) or {}
        self.source.image_ocr_pages.extend(sorted(found))
        return found

    def word_image(self, data: bytes, drawn_pt: tuple[float, float] | None, prov: Provenance) -> list[Block | Table]:
        """Tables and text read from one image in a Word file."""
        found = self._read_images(lambda read: read.ocr_word_image(data, drawn_pt, prov, self.settings), prov.path)
        if found and prov.page and prov.page not in self.source.image_ocr_pages:
            self.source.image_ocr_pages.append(prov.page)
        return found

    def _read_images(self, call, where: str | None):
        """``call(ocr_images module)``, with a missing engine reported once and a failure as a
        warning (and an empty list as the result)."""
        if self.unavailable:
            return []
        try:
            from extractor.ingest import ocr_images
            return call(ocr_images)
        except (ImportError, MissingDependency) as exc:
            self.unavailable = getattr(exc, "message", str(exc))
            self.source.warnings.append(f"OCR unavailable ({self.unavailable}); text inside images was not read")
        except ExtractorError as exc:
            self.source.warnings.append(f"{where}: image OCR failed ({exc.code}: {exc.message})")
        return []
