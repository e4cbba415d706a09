"""The pypdfium2 character reader against pdfplumber, and on small PDFs written here, one
feature each: page box, synthetic bold, overprinted text, inferred spaces, skewed text,
rulings inside form XObjects."""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extractor.document import Format, SourceInfo, Table
from extractor.ingest import pdf_chars, pdf_glyphs
from extractor.ingest.pdf import load_pdf
from extractor.ingest.pdf_glyphs import plumber_glyphs, read_glyphs
from extractor.ingest.pdf_words import glyphs_to_content
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
BORN_DIGITAL = sorted(
    [p for p in (SHARED / "corpus").glob("*.pdf") if not p.name.endswith(".scan.pdf")]
    + list((ROOT / "samples").glob("*.pdf"))
    + [p for p in (ROOT / "bench" / "devset").glob("*.pdf") if not p.name.endswith(".scan.pdf")]
)
# pdfium takes a font's descent from the font program where the descriptor says 0 (LibreOffice
# writes that), pdfminer takes the 0: boxes sit lower by up to a quarter em
MAX_DESCENT_EM = 0.25
MAX_INK_OVERHANG = 0.7  # pdfium's loose box reaches the glyph's ink where it passes the advance


def pages_both_ways(path: Path):
    """(pdfplumber's content, pdfium's content) of every page."""
    with pdfplumber.open(path) as plumber:
        doc = pdfium.PdfDocument(str(path))
        try:
            for index, page in enumerate(plumber.pages):
                page_number = index + 1
                yield (glyphs_to_content(plumber_glyphs(page), page_number)[0],
                       glyphs_to_content(read_glyphs(doc[index]), page_number)[0])
        finally:
            doc.close()


@pytest.mark.parametrize("path", BORN_DIGITAL, ids=lambda p: p.name)
def test_pdf_chars_same_words_as_pdfplumber(path):
    for plumber, ours in pages_both_ways(path):
        assert Counter(w.text for w in ours.words) == Counter(w.text for w in plumber.words), ours.number
        by_text = defaultdict(list)
        for w in ours.words:
            by_text[w.text].append(w)
        for want in plumber.words:
            got = min(by_text[want.text], key=lambda w: abs(w.x0 - want.x0) + abs(w.top - want.top))
            assert abs(got.x0 - want.x0) < 0.01 and abs(got.x1 - want.x1) < MAX_INK_OVERHANG, (want, got)
            assert -0.01 <= got.top - want.top <= MAX_DESCENT_EM * want.size + 0.01, (want, got)
            assert (got.size, got.bold) == (want.size, want.bold), (want, got)
        assert sorted((round(s.x0), round(s.top), round(s.x1), round(s.bottom)) for s in ours.segments) \
            == sorted((round(s.x0), round(s.top), round(s.x1), round(s.bottom)) for s in plumber.segments)


def _read(path: Path):
    doc = load_pdf(path, SourceInfo(str(path), "", Format.PDF), Settings(ocr=False))
    blocks = [(b.kind, b.text) for b in doc.blocks()]
    tables = [[[c.text for c in row] for row in t.rows] for t in doc.items if isinstance(t, Table)]
    return blocks, tables


@pytest.mark.parametrize("path", BORN_DIGITAL, ids=lambda p: p.name)
def test_pdf_chars_same_blocks_and_tables_as_pdfplumber(path, monkeypatch):
    ours = _read(path)
    monkeypatch.setattr(pdf_glyphs.GlyphReader, "glyphs", lambda self, number: None)  # every page by pdfplumber
    assert ours == _read(path)


# ---------- small PDFs ----------

def content_pdf(path: Path, content: bytes, mediabox: str = "0 0 612 792", xobject: bytes = b"") -> Path:
    """One page drawing ``content`` with Helvetica as /F1 and, given, a form XObject /X1."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    forms = b" /XObject << /X1 6 0 R >>" if xobject else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", font,
               b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >>%s"
               b" >> >>" % (mediabox.encode(), forms),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    if xobject:
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 600 600] /Matrix [1 0 0 1 50 50] /Resources"
                       b" << /Font << /F1 3 0 R >> >> /Length %d >>\nstream\n%s\nendstream" % (len(xobject), xobject))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def words_of(path: Path):
    return glyphs_to_content(read_glyphs(pdfium.PdfDocument(str(path))[0]), 1)[0].words


def test_pdf_chars_page_box_not_at_origin(tmp_path):
    # pdfminer measured from the box's corner but pdfplumber from 0: the words fell off the page
    path = content_pdf(tmp_path / "box.pdf", b"BT /F1 10 Tf 172 800 Td (Styret takker) Tj ET",
                       mediabox="100 100 712 892")
    (first, second) = words_of(path)
    assert (first.text, second.text) == ("Styret", "takker")
    baseline = 892 - 800  # from the top of the box
    assert first.x0 == pytest.approx(72) and first.top < baseline < first.bottom < baseline + 3


@pytest.mark.parametrize("width, bold", [(0.3, True), (0, False)])
def test_pdf_chars_synthetic_bold_by_stroked_outline(tmp_path, width, bold):
    # Word draws the bold of a font without a bold face as fill + stroke (render mode 2)
    path = content_pdf(tmp_path / "bold.pdf", b"BT /F1 10 Tf 2 Tr %g w 72 700 Td (Styrets beretning) Tj ET" % width)
    assert [(w.text, w.bold) for w in words_of(path)] == [("Styrets", bold), ("beretning", bold)]


def test_pdf_chars_overprinted_text_reads_once(tmp_path):
    # a fake bold drawn twice, a hair apart, read as "SSttyyrreett" by pdfminer
    run = b"BT /F1 10 Tf %g 700 Td (Styret) Tj ET"
    path = content_pdf(tmp_path / "twice.pdf", run % 72 + b" " + run % 72.3)
    assert [w.text for w in words_of(path)] == ["Styret"]


def test_pdf_chars_space_without_glyph_splits_words(tmp_path):
    # words set apart by positioning alone, closer than pdfplumber's 3 pt: "Gebyrvipps" before
    content = b"BT /F1 10 Tf 72 700 Td [(Gebyr) -250 (Vipps)] TJ ET BT /F1 10 Tf 72 680 Td (Sum) Tj ET"
    assert [w.text for w in words_of(content_pdf(tmp_path / "gap.pdf", content))] == ["Gebyr", "Vipps", "Sum"]


def test_pdf_chars_skewed_text_keeps_its_words(tmp_path):
    # a synthetic italic (skewed matrix): glyph boxes would stagger and split at "_" and "."
    content = b"BT /F1 8 Tf 1 0 0.21 1 72 700 Tm (no_bankid:9578-5993 77.16.xxx.xxx) Tj ET"
    assert [w.text for w in words_of(content_pdf(tmp_path / "skew.pdf", content))] \
        == ["no_bankid:9578-5993", "77.16.xxx.xxx"]


def test_pdf_chars_rulings_inside_a_form_xobject(tmp_path):
    form = b"0 0 m 200 0 l S 10 100 100 50 re f"  # a line and a filled rectangle, moved by the form
    path = content_pdf(tmp_path / "form.pdf", b"q 1 0 0 1 100 100 cm /X1 Do Q BT /F1 10 Tf 72 700 Td (Tekst) Tj ET",
                       xobject=form)
    segments = {tuple(round(v) for v in box) for box in read_glyphs(pdfium.PdfDocument(str(path))[0]).segments}
    line = (150, 792 - 150, 350, 792 - 150)
    left, top, right, bottom = 160, 792 - 300, 260, 792 - 250
    assert segments == {line, (left, top, right, top), (left, bottom, right, bottom),
                        (left, top, left, bottom), (right, top, right, bottom)}


def _texts_both_ways(path: Path):
    """(``page_text``, the text ``char_text`` gives char by char) of each page."""
    doc = pdfium.PdfDocument(str(path))
    try:
        for page in doc:
            textpage = page.get_textpage()
            handle = pdf_chars.VOID(pdf_chars.ctypes.cast(textpage.raw, pdf_chars.VOID).value)
            count = pdf_chars._count_chars(handle)
            yield pdf_chars.page_text(handle, count), "".join(pdf_chars.char_text(handle, i) for i in range(count))
    finally:
        doc.close()


@pytest.mark.parametrize("path", BORN_DIGITAL[:6], ids=lambda p: p.name)
def test_pdf_chars_page_text_is_the_text_char_by_char(path):
    for whole, by_char in _texts_both_ways(path):
        assert whole == by_char


@pytest.mark.parametrize("content, lines_up", [
    (b"BT /F1 10 Tf 72 700 Td (Styret har sam-) Tj 0 -12 Td (arbeidet godt) Tj ET", True),  # pdfium's hyphen
    (b"BT /F1 10 Tf 72 700 Td (Sty\x01ret \x7f godt) Tj ET", True),
    (b"BT /F1 10 Tf 72 700 Td (Sty\x00ret) Tj ET", False),  # a char the page text leaves out
])
def test_pdf_chars_page_text_only_where_it_lines_up_with_the_chars(tmp_path, content, lines_up):
    path = content_pdf(tmp_path / "text.pdf", content)
    ((whole, by_char),) = _texts_both_ways(path)
    assert whole == (by_char if lines_up else None)
    assert "".join(c.text for c in read_glyphs(pdfium.PdfDocument(str(path))[0]).chars) == by_char.replace("\r\n", "")


def test_pdf_chars_text_objects_of_one_shape_keep_their_own_lines(tmp_path):
    # one font, size and matrix: the run's shape is worked out once, its top and bottom per object
    content = b"BT /F1 10 Tf 72 700 Td (Styret) Tj ET BT /F1 10 Tf 72 650 Td (Daglig) Tj ET BT /F1 12 Tf 72 600 Td (Leder) Tj ET"
    words = words_of(content_pdf(tmp_path / "shape.pdf", content))
    assert [(w.text, round(w.bottom - w.top), w.size) for w in words] == [("Styret", 10, 10), ("Daglig", 10, 10),
                                                                         ("Leder", 12, 12)]
    assert words[1].top - words[0].top == pytest.approx(50) and words[2].top - words[1].top == pytest.approx(50, abs=2)
