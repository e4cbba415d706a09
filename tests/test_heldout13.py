"""What the thirteenth held-out set alone checks: its tracked-changes DOCX keeps the former member
only in a deletion (not gold), and its rotated PDF stores the landscape statement page with /Rotate 90."""
from __future__ import annotations

import json
import zipfile

import pypdfium2 as pdfium

from heldout_support import ROOT

FOLDER = ROOT / "bench" / "heldout13"


def test_tracked_changes_keep_the_former_member_out_of_gold():
    xml = zipfile.ZipFile(FOLDER / "fjellheim-leirstad-2022.docx").read("word/document.xml").decode()
    assert "<w:delText" in xml and "Oddvar Bergslien</w:delText>" in xml
    assert "<w:ins " in xml and "Torbjørn Lia" in xml
    gold = json.loads((FOLDER / "fjellheim-leirstad-2022.gold.json").read_text(encoding="utf-8"))
    names = {m["name"] for m in gold["board"]}
    assert "Torbjørn Lia" in names and "Oddvar Bergslien" not in names


def test_landscape_statement_page_is_rotated():
    pdf = pdfium.PdfDocument(str(FOLDER / "fjordtun-arbeidssenter-2023.pdf"))
    rotations = [pdf[i].get_rotation() for i in range(len(pdf))]
    assert rotations.count(90) == 1 and rotations[0] == 0
    page = pdf[rotations.index(90)]
    assert "Resultatregnskap 2023 med budsjett" in page.get_textpage().get_text_range()
