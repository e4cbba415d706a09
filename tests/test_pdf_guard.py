"""The PDF reader's guards on hostile files built here: a flate stream with bytes after its
end, boxes whose corners come in another order, ruled grids multiplied into huge tables."""
from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pytest

from extractor.errors import Corrupt, TooLarge
from extractor.ingest import load
from extractor.ingest.ocr_render import render_gray
from extractor.settings import Settings
from hostile_files import one_page_pdf, raw_pdf, ruled_grid_ops, run_child, stream, text_ops

READ_TEXT = """
from extractor.ingest import load
from extractor.settings import Settings
doc = load({path!r}, Settings(ocr=False))
print("|".join(b.text for b in doc.blocks()))
"""


def test_pdf_guard_flate_stream_with_trailing_byte_ends(tmp_path: Path) -> None:
    # inflates past one 1 MiB chunk, then one byte after the zlib data: the guard looped forever
    content = text_ops([(72, 700, "Styret takker alle frivillige")]) + b" " * (3 << 20)
    path = tmp_path / "tail.pdf"
    path.write_bytes(one_page_pdf(stream(content, flate=True, tail=b"X")))
    done = run_child(READ_TEXT.format(path=str(path)), timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Styret takker alle frivillige" in done.stdout


@pytest.mark.parametrize("mediabox", ["612 792 0 0", "0 792 612 0", "612 0 0 792"])
def test_pdf_guard_mediabox_corners_in_any_order(tmp_path: Path, mediabox: str) -> None:
    # pdfminer shifted every char by the box's first corner: all text fell off the page
    content = stream(text_ops([(72, 700, "Styret takker alle frivillige")]))
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(one_page_pdf(content))
    odd = tmp_path / "odd.pdf"
    odd.write_bytes(one_page_pdf(content, mediabox=mediabox))
    (want,), (got,) = (list(load(p, Settings(ocr=False)).blocks()) for p in (plain, odd))
    assert (got.text, got.prov.bbox) == (want.text, want.prov.bbox)
    # the renderer (OCR, review page) reads the same box
    assert np.array_equal(np.asarray(render_gray(odd, 1, 72)[0]), np.asarray(render_gray(plain, 1, 72)[0]))


def test_pdf_guard_ruled_grid_over_the_table_cap_is_not_a_table(tmp_path: Path) -> None:
    # a 10 KB page of 300 x 300 rules became a 89 401-cell table (24 MB of JSON)
    path = tmp_path / "grid.pdf"
    path.write_bytes(one_page_pdf(stream(ruled_grid_ops(12)), mediabox="0 0 400 400"))
    assert [len(t.rows) for t in load(path, Settings(ocr=False)).tables()] == [11]
    doc = load(path, Settings(ocr=False, max_table_cells=100))  # 11 x 11 = 121 cells
    assert list(doc.tables()) == [] and any(b.text for b in doc.blocks())


def test_pdf_guard_cells_over_the_document_cap_are_too_large(tmp_path: Path) -> None:
    # one ruled grid drawn by every page: each page under the table cap, the whole far over
    path = tmp_path / "pages.pdf"
    path.write_bytes(one_page_pdf(stream(ruled_grid_ops(12)), mediabox="0 0 400 400", pages=6))
    assert len(list(load(path, Settings(ocr=False)).tables())) >= 1
    with pytest.raises(TooLarge, match="cells"):
        load(path, Settings(ocr=False, max_document_cells=500))


@pytest.mark.parametrize("mediabox, extra", [("0 0 612 79 /r", b""), ("/a /b /c /d", b""),
                                             ("0 0 612 792", b"/CropBox [0 0 /x 9] /TrimBox [1 2] /ArtBox 7 ")])
def test_pdf_guard_box_that_is_not_four_numbers(tmp_path: Path, mediabox: str, extra: bytes) -> None:
    # pdfminer read US Letter, pdfplumber raised MalformedPDFException on the same page: a
    # traceback, and the whole document lost (found by bench/fuzz.py)
    path = tmp_path / "box.pdf"
    path.write_bytes(one_page_pdf(stream(text_ops([(72, 700, "Styret takker alle frivillige")])), mediabox, extra))
    (block,) = load(path, Settings(ocr=False)).blocks()
    assert block.text == "Styret takker alle frivillige"


def test_pdf_guard_glyph_of_a_hostile_width_is_clipped_to_the_page(tmp_path: Path) -> None:
    # a /Widths entry of 4294967295 set the words after it 47 million points wide: the column
    # finder (one bin per point) spent minutes per page (found by bench/fuzz.py)
    widths = " ".join("4294967295" if code == ord("X") else "556" for code in range(32, 127))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /EksempelSans /FirstChar 32 /LastChar 126 /Widths [%s] >>"
    lines = [(72, 700 - 14 * i, f"Linje {i} med tekst X") for i in range(12)]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    path = tmp_path / "wide.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                              font % widths.encode(), stream(text_ops(lines)), page]))
    blocks = list(load(path, Settings(ocr=False)).blocks())
    assert "Linje 11 med tekst X" in " ".join(b.text for b in blocks)
    assert max(b.prov.bbox[2] for b in blocks) <= 612


def test_pdf_guard_damaged_flate_stream_reads_in_linear_time(tmp_path: Path) -> None:
    # pdfminer inflates a damaged stream one byte at a time, copying all its output at each
    # byte: a 40 KB stream cut short before its end kept a worker for its whole timeout
    content = text_ops([(72, 700, "Styret takker alle frivillige")]) + b" " * (40 << 20)
    body = zlib.compress(content)[:-200]
    path = tmp_path / "cut.pdf"
    path.write_bytes(one_page_pdf(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body
                                  + b"\nendstream"))
    done = run_child(READ_TEXT.format(path=str(path)), timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Styret takker alle frivillige" in done.stdout


@pytest.mark.parametrize("where", ["ToUnicode", "FontFile"])
def test_pdf_guard_font_stream_bomb_is_too_large(tmp_path: Path, where: str) -> None:
    # only content streams and forms were measured; a font's file or character map inflated
    # whole however large (a 40 KB bomb found by bench/fuzz.py in a font file)
    bomb = stream(b" " * (3 << 20), flate=True).replace(b"/Length", b"/Length1 10 /Length")
    descriptor = b"/FontDescriptor 6 0 R" if where == "FontFile" else b"/ToUnicode 6 0 R"
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /EksempelSans /FirstChar 32 /LastChar 126 "
            b"/Widths [%s] %s >>" % (b" ".join([b"556"] * 95), descriptor))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    sixth = (b"<< /Type /FontDescriptor /FontName /EksempelSans /Flags 32 /FontFile 7 0 R >>"
             if where == "FontFile" else bomb)
    path = tmp_path / "font.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                              font, stream(text_ops([(72, 700, "Styret")])), page, sixth, bomb]))
    assert len(list(load(path, Settings(ocr=False)).blocks())) == 1  # under the default limit: read
    with pytest.raises(TooLarge, match="inflates"):
        load(path, Settings(ocr=False, pdf_max_stream_mb=1))


@pytest.mark.parametrize("offset", [b"-1", b"99999999999999999999"])
def test_pdf_guard_xref_offset_outside_any_file_is_corrupt(tmp_path: Path, offset: bytes) -> None:
    # a seek before the file start raised OSError EINVAL, one past 2**63 OverflowError: both
    # escaped the parse errors (a traceback, classified only by the batch's fallback; fuzz)
    data = one_page_pdf(stream(text_ops([(72, 700, "Styret")])))
    entries = data[data.index(b"xref"):].split(b"\n")
    path = tmp_path / "xref.pdf"
    path.write_bytes(data.replace(entries[4], offset + b" 00000 n "))  # object 2, the page tree
    with pytest.raises(Corrupt):
        load(path, Settings(ocr=False))
