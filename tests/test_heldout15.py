"""What the fifteenth held-out set alone checks (bench/heldout15/h15_pdf.py): its searchable scan draws
page images under text in render mode 3 that reads almost, not quite, as printed; its broken-map PDF
extracts the headings as printed and the body as something else."""
from __future__ import annotations

import re
import zlib

import pdfplumber

from heldout_support import ROOT

SET = ROOT / "bench" / "heldout15"


def test_searchable_scan_is_images_under_an_invisible_text_layer():
    with pdfplumber.open(SET / "kvernstua-vannverk-2008.pdf") as pdf:
        page = pdf.pages[0]
        assert page.images and page.images[0]["width"] > 0.9 * page.width
        text = page.extract_text()
    raw = (SET / "kvernstua-vannverk-2008.pdf").read_bytes()
    streams = re.findall(rb"/FlateDecode /Length \d+>>\nstream\n(.*?)\nendstream", raw, re.S)
    assert any(b"3 Tr" in zlib.decompress(s) for s in streams)  # text render mode 3: invisible
    assert "Torunn Bekkevold" in text  # mostly right ...
    words = set(re.findall(r"\w+", text))
    assert not {"Halvor", "forsyner", "abonnent"} <= words  # ... with OCR's slips in a few words


def test_broken_map_garbles_the_body_font_only():
    with pdfplumber.open(SET / "bjorgan-sanitetsforening-2011.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Styret" in text and "Medlemmer" in text  # headings: another font, its map intact
    assert "Marit Hanestad" not in text and "sanitetsforening" not in text.casefold()
