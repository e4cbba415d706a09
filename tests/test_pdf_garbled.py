"""PDF pages whose text layer is not what the page shows (fonts without a Unicode map, letters
read through another encoding) are read by OCR, with a warning; without OCR they are left
unread, with a warning, never read as garbage. A page whose only unmapped font draws its
bullets is read from its text layer as before."""
from __future__ import annotations

from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from extractor.document import Format, SourceInfo
from extractor.errors import NoTextLayer
from extractor.ingest.ocr_tesseract import tesseract_languages
from extractor.ingest.pdf import load_pdf
from extractor.ingest.pdf_chars import Char
from extractor.ingest.pdf_garble import GarbledPage, garbled_warnings, page_ranges, unreadable_font, unreadable_reason
from extractor.ingest.pdf_glyphs import read_glyphs
from extractor.ingest.pdf_words import glyphs_to_content
from extractor.settings import Settings
from garbled_pdfs import caesar, glyph_index, private_use, remap_to_unicode, strip_to_unicode
from probes.render import docx_to_pdfs

BODY = ("Fjellvind Idrettslag har hatt et godt år med mange nye medlemmer og stor aktivitet i alle "
        "grupper. Styret har i perioden bestått av leder Kari Nordmann og nestleder Ola Hansen.")
SECOND = ("Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener at "
          "forutsetningen er til stede, og at regnskapet gir et rettvisende bilde av stillingen.")
NYNORSK = ("Styret har i året halde ti møte og handsama 42 saker. Laget har no 310 medlemer, og "
           "økonomien er god etter eit år med stor aktivitet i alle gruppene.")
ENGLISH = "The board met ten times during the year and the club now has three hundred members."


def shifted(text: str, shift: int) -> str:
    return "".join(map(caesar(shift), text))


# ---------- the test on a page's text ----------

@pytest.mark.parametrize("text", [BODY, NYNORSK, ENGLISH, BODY.upper(), "\uf0b7 " + BODY + " \uf0b7 " + SECOND,
                                  "Driftsinntekter 1 234 567 Sum 45 300 Note 3 12 800 " * 3])
def test_pdf_garble_readable_text_passes(text):
    assert unreadable_reason(text.replace(" ", "")) is None


@pytest.mark.parametrize("text", [
    "".join(chr(1 + ord(ch) % 26) for ch in BODY),  # glyph codes of a subset font
    "".join(map(private_use, BODY)),
    "".join(f"(cid:{ord(ch) % 90})" for ch in BODY),  # pdfminer's codes
    "\ufffd" * 40 + "ab",
])
def test_pdf_garble_codes_no_text_holds_are_unreadable(text):
    assert "codes no text holds" in unreadable_reason(text)


def test_pdf_garble_a_statement_page_whose_map_sends_some_codes_to_controls_is_unreadable():
    """A page of figures set in a font whose broken map gives controls for some glyphs and ASCII
    punctuation for others: too few letters to judge, a fifth of it codes no text holds."""
    text = "".join(chr(0x02 + i % 20) if i % 6 == 0 else "!#$&')*,/0;"[i % 11] for i in range(300))  # 17 % controls
    assert "codes no text holds" in unreadable_reason(text)


@pytest.mark.parametrize("shift", [3, 13, 22])
@pytest.mark.parametrize("text", [BODY + SECOND, NYNORSK * 2, ENGLISH * 3])
def test_pdf_garble_letters_in_no_language_are_unreadable(text, shift):
    assert "no language" in unreadable_reason(shifted(text, shift).replace(" ", ""))


@pytest.mark.parametrize("text", [BODY + SECOND, NYNORSK, ENGLISH * 2])  # the last two: a short page's letters
def test_pdf_garble_glyph_indexes_read_as_codes_are_unreadable(text):
    assert "no language" in unreadable_reason("".join(map(glyph_index, text)).replace(" ", ""))


def test_pdf_garble_too_little_text_is_not_judged():
    assert unreadable_reason(shifted("Styret 2019", 3)) is None
    assert unreadable_reason("\x01\x02\x03 Note 3") is None


def test_pdf_garble_short_page_of_abbreviations_passes():
    # a back page of contact details: 63 letters, most of them capitals of codes (likeness 0.70)
    text = "NOK MNOK TNOK kr NO 987 654 321 MVA ISBN 978 82 ISSN Tlf Fax E-post www.xyz.no Org.nr. 912 345 678"
    assert unreadable_reason((text + " Postboks 12 N-0123 Oslo").replace(" ", "")) is None


def test_pdf_garble_filler_of_few_letters_is_not_judged():
    # a page of "xxxx" runs (a stress file of the bad-files folder) was OCR'd as garbled
    assert unreadable_reason("x" * 12000) is None
    assert unreadable_reason("zzzz qqqq " * 50) is None


def test_pdf_garble_warnings_name_page_runs_and_outcome():
    assert page_ranges([5, 1, 2, 3, 9, 10]) == "1-3, 5, 9-10"
    pages = [GarbledPage(2, "why", True), GarbledPage(3, "other", True), GarbledPage(7, "why", False)]
    assert garbled_warnings(pages) == ["the text layer of pages 2-3 cannot be read (page 2: why); read by OCR instead",
                                       "the text layer of page 7 cannot be read (why); not read"]
    assert garbled_warnings([]) == []


# ---------- PDFs LibreOffice wrote, their Unicode maps broken ----------

def _two_page_docx(path: Path) -> Path:
    """Page 1 in DejaVu Sans with a bullet list (LibreOffice draws its bullets in OpenSymbol),
    page 2 in DejaVu Serif: one font per page, so one page's map can be broken alone."""
    document = docx.Document()
    document.styles["Normal"].font.name, document.styles["Normal"].font.size = "DejaVu Sans", Pt(11)
    document.add_paragraph(BODY)
    for item in ("Styret har hatt ti møter", "Klubben har 340 medlemmer"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(NYNORSK).add_run().add_break(WD_BREAK.PAGE)
    run = document.add_paragraph().add_run(SECOND + " " + BODY)
    run.font.name = "DejaVu Serif"
    document.save(path)
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("garbled")
    docx_to_pdfs([_two_page_docx(folder / "report.docx")], folder)
    return (folder / "report.pdf").read_bytes()


def _load(tmp_path: Path, data: bytes, **settings):
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    source = SourceInfo(str(path), "", Format.PDF)
    return load_pdf(path, source, Settings(**settings)), source


def _page_text(doc, number: int) -> str:
    return " ".join(b.text for b in doc.blocks() if b.prov.page == number)


@pytest.mark.needs_soffice
def test_pdf_garble_intact_pdf_is_read_from_its_text_layer(tmp_path, rendered):
    doc, source = _load(tmp_path, rendered, ocr=False)
    assert source.warnings == [] and source.ocr_pages == [] and source.unread_pages == []
    assert "Kari Nordmann" in _page_text(doc, 1) and "rettvisende" in _page_text(doc, 2)


@pytest.mark.needs_soffice
def test_pdf_garble_unmapped_bullet_font_is_not_ocred(tmp_path, rendered):
    doc, source = _load(tmp_path, strip_to_unicode(rendered, b"OpenSymbol"), ocr=False)
    assert source.warnings == [] and source.ocr_pages == [] and source.unread_pages == []
    assert "Styret har hatt ti møter" in _page_text(doc, 1)


@pytest.mark.needs_soffice
def test_pdf_garble_unmapped_page_without_ocr_is_unread_with_warnings(tmp_path, rendered):
    doc, source = _load(tmp_path, strip_to_unicode(rendered, b"DejaVuSerif"), ocr=False)
    assert source.unread_pages == [2] and source.ocr_pages == []
    assert _page_text(doc, 2) == "" and "Kari Nordmann" in _page_text(doc, 1)
    assert any(w.startswith("the text layer of page 2 cannot be read") and w.endswith("not read")
               for w in source.warnings)
    unavailable = "OCR unavailable (OCR is switched off); pages whose text layer cannot be read were not read"
    assert unavailable in source.warnings


@pytest.mark.needs_soffice
def test_pdf_garble_no_readable_page_without_tesseract_is_no_text_layer(tmp_path, rendered, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on it
    tesseract_languages.cache_clear()  # asked once a process: neither an earlier answer nor this one may stay
    try:
        with pytest.raises(NoTextLayer, match="readable text layer"):
            _load(tmp_path, strip_to_unicode(rendered))
    finally:
        tesseract_languages.cache_clear()


@pytest.mark.needs_soffice
@pytest.mark.needs_tesseract
@pytest.mark.parametrize("garble", ["no map", "shifted letters"])
def test_pdf_garble_unreadable_pages_are_read_by_ocr(tmp_path, rendered, garble):
    data = strip_to_unicode(rendered) if garble == "no map" else remap_to_unicode(rendered, caesar(3))
    doc, source = _load(tmp_path, data)
    assert source.ocr_pages == [1, 2] and source.unread_pages == []
    assert any(w.startswith("the text layer of pages 1-2 cannot be read") and w.endswith("read by OCR instead")
               for w in source.warnings)
    assert "Nordmann" in _page_text(doc, 1) and "rettvisende" in _page_text(doc, 2)


# ---------- one font unreadable among good ones ----------

HEADINGS = ("Styrets arbeid", "Økonomi og regnskap", "Medlemmer")


@pytest.fixture(scope="module")
def headed(tmp_path_factory) -> bytes:
    """One page: headings in DejaVu Serif Bold over body text in DejaVu Sans, so the headings'
    font can lose its Unicode map alone (too few of the page's characters for the page test)."""
    folder = tmp_path_factory.mktemp("headed")
    document = docx.Document()
    document.styles["Normal"].font.name, document.styles["Normal"].font.size = "DejaVu Sans", Pt(10)
    for head in HEADINGS:
        run = document.add_paragraph().add_run(head)
        run.font.name, run.font.size, run.bold = "DejaVu Serif", Pt(13), True
        document.add_paragraph(f"{BODY} {SECOND} {BODY}")
    document.save(folder / "headed.docx")
    docx_to_pdfs([folder / "headed.docx"], folder)
    return (folder / "headed.pdf").read_bytes()


@pytest.mark.needs_soffice
def test_pdf_garble_unmapped_heading_font_is_found_by_the_font_test_only(tmp_path, headed):
    """The heading font's codes are too small a share of the page for the page test."""
    path = tmp_path / "report.pdf"
    path.write_bytes(strip_to_unicode(headed, b"DejaVuSerif"))
    pdf = pdfium.PdfDocument(str(path))
    try:
        glyphs = read_glyphs(pdf[0])
    finally:
        pdf.close()
    text = "".join(w.text for w in glyphs_to_content(glyphs, 1)[0].words)
    assert unreadable_reason(text) is None
    font, why = unreadable_font(text, glyphs.chars)
    assert "DejaVuSerif" in font and "codes no text holds" in why


def test_pdf_garble_font_test_passes_bullets_and_clean_text():
    """A symbol font's bullets are one code used over and over, its icons stand one at a time; a
    printable page is not looked at."""
    bullets = [Char("\uf0b7", 0, 0, 1, 1, "OpenSymbol", 10, None, "ltr")] * 30
    words = [Char(ch, 0, 0, 1, 1, "DejaVuSans", 10, None, "ltr") for ch in BODY]
    assert unreadable_font("\uf0b7" * 30 + BODY, bullets + words) is None
    printable_page = [Char(ch, 0, 0, 1, 1, "X", 10, None, "ltr") for ch in "\x01\x02\x03\x04\x05\x06"]
    assert unreadable_font(BODY, printable_page) is None
    codes = [Char(chr(n), 0, 0, 1, 1, "Heads", 10, None, "ltr") for n in (1, 2, 3, 4, 5, 6, 7, 8, 3, 2)]
    assert unreadable_font("\x01" + BODY, words + codes)[0] == "Heads"
    icons = [c for n in range(8) for c in (Char(chr(0xF020 + n), 0, 0, 1, 1, "Icons", 10, None, "ltr"), words[n])]
    assert unreadable_font("\uf020" + BODY, icons + words) is None  # eight icons, each beside text


@pytest.mark.needs_soffice
def test_pdf_garble_unmapped_heading_font_without_ocr_is_left_out(tmp_path, headed):
    doc, source = _load(tmp_path, strip_to_unicode(headed, b"DejaVuSerif"), ocr=False)
    text = _page_text(doc, 1)
    assert "rettvisende" in text and "Kari Nordmann" in text and text.isprintable()
    assert source.unread_pages == [] and source.ocr_pages == []
    assert any(w.startswith("the text layer of page 1 cannot be read") and "DejaVuSerif" in w
               and w.endswith("read without that font's text") for w in source.warnings)


@pytest.mark.needs_soffice
def test_pdf_garble_intact_heading_font_is_read_as_it_is(tmp_path, headed):
    doc, source = _load(tmp_path, headed, ocr=False)
    assert source.warnings == [] and all(h in _page_text(doc, 1) for h in HEADINGS)


@pytest.mark.needs_soffice
@pytest.mark.needs_tesseract
def test_pdf_garble_unmapped_heading_font_is_read_by_ocr(tmp_path, headed):
    doc, source = _load(tmp_path, strip_to_unicode(headed, b"DejaVuSerif"))
    assert source.ocr_pages == [1]
    assert "Medlemmer" in _page_text(doc, 1) and "rettvisende" in _page_text(doc, 1)
