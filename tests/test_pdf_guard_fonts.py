"""The stream guard checks a document's fonts once: a font whose streams all inflated whole is
not resolved again on later pages; a font with a damaged stream is checked (and its stream
repaired) on every page."""
from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from extractor.errors import TooLarge
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


def test_pdf_guard_short_stream_is_not_inflated_when_pdfium_reads_the_page(tmp_path):
    # deflate gives at most 1032 bytes a byte: a stream that short cannot pass the limit, and
    # pdfminer, which would need it repaired, does not decode it on a page pdfium reads
    body = zlib.compress(CMAP * 50)[:-20]
    damaged = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    with open_pdf(two_pages_one_font(tmp_path, damaged)) as pdf:
        page = next(iter_pages(pdf, Settings()))
        intact, bounded = set(), set()
        check_streams(page.page_obj, Settings(), intact, bounded)
        (cmap,) = [s for font, s in iter_page_streams(page.page_obj) if font is not None and s is not None]
        assert (intact, bounded) == (set(), {3}) and cmap.rawdata is not None  # not inflated
        assert [s for _, s in iter_page_streams(page.page_obj, intact | bounded) if s is not None] == \
            [s for font, s in iter_page_streams(page.page_obj) if font is None and s is not None]  # font skipped
        check_streams(page.page_obj, Settings(), intact)  # pdfminer reads the page after all: repaired
        assert cmap.rawdata is None and cmap.data and intact == set()


def test_pdf_guard_stream_long_enough_to_be_a_bomb_is_inflated_when_pdfium_reads(tmp_path):
    bomb = stream(b" " * (3 << 20), flate=True)  # 3 072 bytes inflating to 3 MiB
    with open_pdf(two_pages_one_font(tmp_path, bomb)) as pdf:
        page = next(iter_pages(pdf, Settings()))
        found = []
        for limit_mb in (4, 3):  # 3 072 · 1032 bytes: under 4 MiB (cannot pass it), over 3 MiB
            intact, bounded = set(), set()
            check_streams(page.page_obj, Settings(pdf_max_stream_mb=limit_mb), intact, bounded)
            found.append((intact, bounded))
        assert found == [(set(), {3}), ({3}, set())]  # inflated to exactly 3 MiB: within the limit
        with pytest.raises(TooLarge, match="inflates"):
            check_streams(page.page_obj, Settings(pdf_max_stream_mb=1), set(), set())


def test_pdf_guard_file_too_short_for_a_bomb_is_read_without_parsing_its_fonts(tmp_path):
    from extractor.ingest import load
    from extractor.ingest.pdf_guard import DEFLATE_MAX_RATIO, streams_within_limit

    path = two_pages_one_font(tmp_path, stream(b" " * (3 << 20), flate=True))  # a 3 MiB character map
    size = path.stat().st_size
    assert streams_within_limit(path, Settings(pdf_max_stream_mb=size * DEFLATE_MAX_RATIO / 2**20))
    assert not streams_within_limit(path, Settings(pdf_max_stream_mb=(size * DEFLATE_MAX_RATIO - 1) / 2**20))
    read = load(path, Settings(ocr=False, pdf_max_stream_mb=4))  # cannot pass 4 MiB: not checked
    assert [b.text for b in read.blocks()] == ["Styret", "Daglig leder"]
    with pytest.raises(TooLarge, match="inflates"):  # can pass 1 MiB: checked on the page pdfium reads
        load(path, Settings(ocr=False, pdf_max_stream_mb=1))
