"""The PDF guard on hostile streams and page boxes built here: a flate stream with bytes after
its end, boxes whose corners come in another order."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extractor.ingest import load
from extractor.ingest.ocr import render_gray
from extractor.settings import Settings
from hostile_files import one_page_pdf, run_child, stream, text_ops

READ_TEXT = """
import sys
from extractor.ingest import load
from extractor.settings import Settings
doc = load(sys.argv[1] if len(sys.argv) > 1 else {path!r}, Settings(ocr=False))
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
