"""The stream guard checks a document's fonts once: a font whose streams all inflated whole is
not resolved again on later pages; a font with a damaged stream is checked (and its stream
repaired) on every page."""
from __future__ import annotations

import zlib
from pathlib import Path

from extractor.ingest.pdf_guard import check_streams, iter_page_streams, iter_pages, open_pdf
from extractor.settings import Settings
from hostile_files import raw_pdf, stream, text_ops

CMAP = b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange endcmap"


def two_pages_one_font(tmp_path: Path, to_unicode: bytes) -> Path:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
                              font, page % 6, page % 8, stream(text_ops([(72, 700, "Styret")])), to_unicode,
                              stream(text_ops([(72, 700, "Daglig leder")]))]))
    return path


def font_streams_per_page(path: Path) -> tuple[list[list], set[int]]:
    intact: set[int] = set()
    found = []
    with open_pdf(path) as pdf:
        for page in iter_pages(pdf, Settings()):
            found.append([(font, s) for font, s in iter_page_streams(page.page_obj, intact) if font is not None])
            check_streams(page.page_obj, Settings(), intact)
            pdf.doc._cached_objs.clear()  # as the reader does after each page
    return found, intact


def test_pdf_guard_intact_font_is_checked_once(tmp_path):
    found, intact = font_streams_per_page(two_pages_one_font(tmp_path, stream(CMAP, flate=True)))
    assert [len(page) for page in found] == [2, 0] and intact == {3}  # the font, then its ToUnicode


def test_pdf_guard_font_with_a_damaged_stream_is_checked_on_every_page(tmp_path):
    body = zlib.compress(CMAP * 50)[:-20]  # cut short: pdfminer's fallback would crawl
    damaged = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    found, intact = font_streams_per_page(two_pages_one_font(tmp_path, damaged))
    assert [len(page) for page in found] == [2, 2] and intact == set()
