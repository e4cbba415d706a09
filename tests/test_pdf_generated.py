"""The PDF reader on small PDFs written here, one feature each: columns, hyphenation,
rotation, furniture, no text layer, page cap."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import BlockKind, Format, SourceInfo
from extractor.errors import NoTextLayer, TooLarge
from extractor.ingest.pdf import load_pdf
from extractor.settings import Settings
from hostile_files import raw_pdf

PAGE_W, PAGE_H = 612, 792


def _escape(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, pages: list[list[tuple]], rotate: int = 0) -> Path:
    """Runs are (x, top, text, bold, size[, matrix]); ``top`` counts from the page top."""
    objects: list[bytes] = [b"", b""]  # catalog and page tree filled in last
    fonts = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objects += fonts
    kids = []
    for runs in pages:
        ops = []
        for x, top, text, bold, size, *matrix in runs:
            m = matrix[0] if matrix else (1, 0, 0, 1)
            ops.append(b"BT /F%d %g Tf %g %g %g %g %g %g Tm (" % (2 if bold else 1, size, *m, x, PAGE_H - top - size)
                       + _escape(text) + b") Tj ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Rotate %d /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (PAGE_W, PAGE_H, rotate, content_id))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    path.write_bytes(raw_pdf(objects))
    return path


def load(path: Path, **settings):
    source = SourceInfo(str(path), "", Format.PDF)
    return load_pdf(path, source, Settings(ocr=False, **settings)), source


def paragraph(x: float, top: float, lines: list[str], size: float = 10, pitch: float = 13) -> list[tuple]:
    return [(x, top + i * pitch, text, False, size) for i, text in enumerate(lines)]


# lines of nearly equal length, as a typesetter fills them
LEFT = ["Venstre spalte begynner her med", "litt tekst som fortsetter over", "flere linjer i den samme spalten",
        "og slutter nederst til venstre."]
RIGHT = ["Høyre spalte har sin egen tekst", "som leses etter venstre spalte", "og aldri blandes sammen med de",
         "andre linjene på samme høyde."]


def test_pdf_two_columns_under_a_full_width_heading(tmp_path):
    runs = [(72, 60, "Overskrift over to spalter", True, 16)]
    runs += paragraph(72, 100, LEFT) + paragraph(330, 100, RIGHT)
    doc, _ = load(write_pdf(tmp_path / "cols.pdf", [runs]))
    texts = [b.text for b in doc.blocks()]
    assert texts == ["Overskrift over to spalter", " ".join(LEFT), " ".join(RIGHT)]
    assert next(doc.blocks()).kind is BlockKind.HEADING


def test_pdf_label_value_rows_are_not_columns(tmp_path):
    runs = []
    for i, (label, value) in enumerate([("Mat:", "9"), ("Kantiner:", "5"), ("Skilt og tre:", "19"),
                                        ("Renhold:", "4"), ("Transport:", "2"), ("Sum:", "42")]):
        runs += [(72, 100 + 20 * i, label, False, 10), (300, 100 + 20 * i, value, False, 10)]
    doc, _ = load(write_pdf(tmp_path / "labels.pdf", [runs]))
    texts = [b.text for b in doc.blocks()] + [" ".join(r) for t in doc.tables() for r in t.text_rows()]
    assert any(t.startswith("Mat:") and "9" in t for t in texts)


@pytest.mark.parametrize("lines, expected", [
    (["Deltakerne får tett oppfølging i arbeids-", "trening hos en ordinær bedrift hver uke."],
     "arbeidstrening hos"),
    (["Regjeringen har lagt fram et kvalitets-", "og ledelsessystem for hele sektoren nå."],
     "kvalitets- og ledelsessystem"),
    (["Vi har avtale om mange nye VTA-", "plasser fordelt på flere personer i år."],
     "VTA-plasser"),
])
def test_pdf_hyphenation_at_line_end(tmp_path, lines, expected):
    doc, _ = load(write_pdf(tmp_path / "hyph.pdf", [paragraph(72, 100, lines)]))
    assert expected in next(doc.blocks()).text


def test_pdf_text_rotated_on_the_page_reads_in_order(tmp_path):
    """Text set top-to-bottom (a landscape table printed on a portrait page)."""
    runs = [(300 - 14 * i, 100, text, False, 10, (0, -1, 1, 0)) for i, text in
            enumerate(["Første linje av rotert tekst", "andre linje av samme avsnitt", "og en tredje linje."])]
    doc, _ = load(write_pdf(tmp_path / "rot.pdf", [runs]))
    block = next(doc.blocks())
    assert block.text == "Første linje av rotert tekst andre linje av samme avsnitt og en tredje linje."
    x0, top, x1, bottom = block.prov.bbox
    assert bottom - top > x1 - x0  # bbox mapped back to the page: a tall, narrow strip


def test_pdf_rotated_page_reads_in_order(tmp_path):
    runs = paragraph(72, 100, ["En side med /Rotate 90 leses", "som vanlig tekst."])
    doc, _ = load(write_pdf(tmp_path / "rotpage.pdf", [runs], rotate=90))
    assert [b.text for b in doc.blocks()] == ["En side med /Rotate 90 leses som vanlig tekst."]


def test_pdf_repeated_header_and_page_numbers_are_furniture(tmp_path):
    pages = [[(72, 30, "Årsrapport 2022 – Eksempel AS", False, 9),
              *paragraph(72, 120, [f"Innhold på side {n} som er brødtekst."]),
              (72, 760, f"Side {n}", False, 9)] for n in range(1, 5)]
    doc, _ = load(write_pdf(tmp_path / "furn.pdf", pages))
    assert {b.text for b in doc.furniture} == {"Årsrapport 2022 – Eksempel AS", "Side 1", "Side 2", "Side 3", "Side 4"}
    assert [b.text for b in doc.blocks()] == [f"Innhold på side {n} som er brødtekst." for n in range(1, 5)]


def test_pdf_without_text_layer_and_without_ocr(badfiles_dir):
    path = badfiles_dir / "crafted" / "scanned.pdf"
    source = SourceInfo(str(path), "", Format.PDF)
    with pytest.raises(NoTextLayer):
        load_pdf(path, source, Settings(ocr=False))
    assert source.unread_pages == [1]
    assert any("OCR unavailable" in w for w in source.warnings)


def test_pdf_page_cap(tmp_path):
    path = write_pdf(tmp_path / "many.pdf", [paragraph(72, 100, [f"Side {n} tekst her."]) for n in range(5)])
    with pytest.raises(TooLarge):
        load(path, max_pages=4)
