"""Pictures in Word files read by OCR: a statement pasted as a screenshot becomes a table, a
caption picture becomes image text, with the paragraph's path, the image part and the OCR
confidence; small pictures, repeated pictures and ``--no-ocr`` are left alone."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import numpy as np
import pytest
from docx.shared import Mm
from PIL import Image, ImageDraw

from extractor.document import Block, BlockKind, Table
from extractor.errors import TooLarge
from extractor.ingest import load
from extractor.ingest.docx_images import drawn_size, page_size
from extractor.ingest.ocr_images import decode_word_image
from extractor.settings import Settings
from tests.test_ocr_page import font

STATEMENT = [("", "Note", "2023", "2022"), ("Salgsinntekter", "", "1 234 567", "1 100 000"),
             ("Andre driftsinntekter", "", "45 000", "52 500"), ("Sum driftsinntekter", "", "1 279 567", "1 152 500"),
             ("Lønnskostnader", "3", "600 000", "550 000"), ("Driftsresultat", "", "679 567", "602 500")]


def screenshot(rows, size_pt: float = 10) -> bytes:
    """A table drawn as a picture, labels left, figures right-aligned, at 300 dpi."""
    face = font(size_pt)
    widths = [max(face.getlength(r[c]) for r in rows) + 80 for c in range(len(rows[0]))]
    image = Image.new("RGB", (int(sum(widths)) + 80, 60 * len(rows) + 80), "white")
    draw = ImageDraw.Draw(image)
    for k, row in enumerate(rows):
        x = 40
        for c, text in enumerate(row):
            offset = widths[c] - 80 - draw.textlength(text, font=face) if c else 0
            draw.text((x + offset, 40 + 60 * k), text, fill="black", font=face)
            x += widths[c]
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(300, 300))
    return buf.getvalue()


def caption(lines: list[str]) -> bytes:
    image = Image.new("L", (1400, 120 + 70 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(lines):
        draw.text((60, 60 + 70 * k), line, fill=0, font=font(12))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def word_file(path: Path, pictures: list[tuple[bytes, float]], before: str = "Resultatregnskap") -> Path:
    document = docx.Document()
    document.add_paragraph(before)
    for data, width_mm in pictures:
        document.add_picture(io.BytesIO(data), width=Mm(width_mm))
    document.save(path)
    return path


def items_of(path: Path, settings: Settings = Settings()):
    doc = load(path, settings)
    return doc, [i for i in doc.items if not (isinstance(i, Block) and i.text == "Resultatregnskap")]


@pytest.mark.needs_tesseract
def test_docx_images_statement_screenshot_is_a_table_with_path_and_ocr_confidence(tmp_path):
    doc, items = items_of(word_file(tmp_path / "s.docx", [(screenshot(STATEMENT), 150)]))
    tables = [i for i in items if isinstance(i, Table)]
    assert len(tables) == 1
    rows = tables[0].text_rows()
    assert ["Sum driftsinntekter", "1 279 567", "1 152 500"] == [c for c in rows[3] if c]
    assert ["Lønnskostnader", "3", "600 000", "550 000"] == rows[4]
    cell = tables[0].rows[4][2]
    assert cell.prov.path == "body/p[1]/img[0]:word/media/image1.png"
    assert cell.prov.bbox is None and 0.5 < cell.prov.ocr_confidence <= 1
    assert not doc.source.warnings


@pytest.mark.needs_tesseract
def test_docx_images_caption_picture_is_image_text(tmp_path):
    _, items = items_of(word_file(tmp_path / "c.docx", [(caption(["Kari Nordmann", "Styreleder"]), 120)]))
    assert [(i.kind, i.text) for i in items] == [(BlockKind.IMAGE_TEXT, "Kari Nordmann\nStyreleder")]
    assert items[0].prov.path.startswith("body/p[1]/img[0]:word/media/") and items[0].prov.ocr_confidence > 0.8


@pytest.mark.needs_tesseract
def test_docx_images_small_and_repeated_pictures_are_not_read(tmp_path):
    data = caption(["Kari Nordmann", "Styreleder"])
    _, small = items_of(word_file(tmp_path / "small.docx", [(data, 20)]))
    assert small == []  # 20 mm wide: a logo, under image_ocr_min_area of the page
    document = docx.Document()
    for _ in range(2):
        document.add_picture(io.BytesIO(data), width=Mm(120))  # python-docx stores one part
    document.save(tmp_path / "twice.docx")
    _, twice = items_of(tmp_path / "twice.docx")
    assert [i.text for i in twice] == ["Kari Nordmann\nStyreleder"]


def test_docx_images_no_ocr_reads_no_picture(tmp_path):
    doc, items = items_of(word_file(tmp_path / "s.docx", [(screenshot(STATEMENT), 150)]), Settings(ocr=False))
    assert items == [] and doc.source.warnings == []


@pytest.mark.needs_tesseract
def test_docx_images_vml_picture_is_read(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_picture(io.BytesIO(caption(["Ola Hansen", "Nestleder"])), width=Mm(120))
    para = document.paragraphs[-1]
    rid = para._p.xpath(".//a:blip/@r:embed")[0]
    for run in list(para._p):
        para._p.remove(run)
    para._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:pict>'
        f'<v:shape style="width:340pt;height:70pt"><v:imagedata r:id="{rid}"/></v:shape></w:pict></w:r>'))
    document.save(tmp_path / "vml.docx")
    _, items = items_of(tmp_path / "vml.docx")
    assert [i.text for i in items] == ["Ola Hansen\nNestleder"]
    assert items[0].prov.path.startswith("body/p[0]/img[0]:word/media/")


def test_docx_images_picture_bytes_count_against_the_zip_budget(tmp_path):
    path = word_file(tmp_path / "s.docx", [(screenshot(STATEMENT), 150)])
    with pytest.raises(TooLarge):
        load(path, Settings(zip_max_uncompressed_mb=0.05))


def test_docx_images_undecodable_picture_is_a_warning(tmp_path):
    path = word_file(tmp_path / "s.docx", [(caption(["Kari Nordmann"]), 120)])
    broken = tmp_path / "broken.docx"
    import zipfile
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info, data[:200] if info.filename.startswith("word/media/") else data)
    doc, items = items_of(broken)
    assert items == []
    assert any("image OCR failed" in w and "img[0]" in w for w in doc.source.warnings)


def test_docx_images_drawn_size_from_extent_and_vml_style():
    from lxml import etree

    inline = etree.fromstring(
        '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><wp:extent cx="1270000" cy="635000"/>'
        '<a:graphic><a:blip/></a:graphic></wp:inline>')
    assert drawn_size(inline[1][0]) == (100.0, 50.0)
    shape = etree.fromstring('<v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:2in;height:36pt">'
                             '<v:imagedata/></v:shape>')
    assert drawn_size(shape[0]) == (144.0, 36.0)
    body = etree.fromstring('<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>')
    assert page_size(body) == (595.3, 841.9)


@pytest.mark.parametrize("mode", ["RGB", "L", "P", "1", "RGBA", "LA"])
def test_docx_images_picture_in_grey_on_paper_without_an_rgba_copy_when_opaque(mode, monkeypatch):
    """A page scanned in colour at 1,200 dpi and pasted into Word (139 Mpx) took 2.3 GB through
    an RGBA copy, a sheet of paper and their composite: an opaque picture goes to grey directly,
    to the same pixels; a transparent one is still laid on white paper."""
    rng = np.random.default_rng(7)
    picture = Image.fromarray(rng.integers(0, 256, (40, 50, 4), dtype=np.uint8), "RGBA")
    picture = picture.convert("RGB").convert(mode) if mode in ("RGB", "L", "P", "1") else picture.convert(mode)
    data = io.BytesIO()
    picture.save(data, format="PNG")
    expected = Image.alpha_composite(Image.new("RGBA", picture.size, (255, 255, 255, 255)), picture.convert("RGBA"))
    converted = []
    real = Image.Image.convert
    monkeypatch.setattr(Image.Image, "convert", lambda self, *a, **k: converted.append(a[:1]) or real(self, *a, **k))
    gray, _ = decode_word_image(data.getvalue(), (50 * 72 / 300, 40 * 72 / 300), 300)
    assert np.array_equal(np.asarray(gray), np.asarray(real(expected, "L")))
    assert (("RGBA",) in converted) == (mode in ("RGBA", "LA"))
