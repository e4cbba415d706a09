"""The eighteenth held-out set's mojibake rendition: the named fonts' text layer reads UTF-8 as
Windows-1252 while the other fonts' text stays right, and the gold keeps what the page shows."""
from __future__ import annotations

import json

import pdfplumber

from heldout_support import ROOT, load_generator

FOLDER = ROOT / "bench" / "heldout18"


def test_misread_is_utf8_read_as_cp1252():
    mojibake = load_generator(FOLDER, "h18_mojibake")
    assert mojibake.misread("Bjørnar på Ørnes") == "BjÃ¸rnar pÃ¥ Ã˜rnes"
    assert mojibake.misread("plain text") == "plain text"


def test_committed_pdf_has_mojibake_in_body_text_and_gold_has_the_letters():
    report = "blakvalen-kulturhus-2009"
    with pdfplumber.open(FOLDER / f"{report}.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    gold = json.loads((FOLDER / f"{report}.gold.json").read_text(encoding="utf-8"))
    assert "BjÃ¸rnar KjÃ¦rstad" in text and gold["ceo"] == "Bjørnar Kjærstad"
    assert "Årsberetning 2009" in text  # the heading font is left as it was
