"""Probes to files: a DOCX written with python-docx, and a PDF made of it by LibreOffice (one
soffice run for every probe that asks for a PDF, in a private profile)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from probes.spec import H, P, T, Box, Break, Columns, Header, Li, Picture, Probe, Sign

FONT = "DejaVu Sans"
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)


def probe_to_docx(probe: Probe, path: Path) -> Path:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    if probe.title:
        document.add_heading(probe.title, level=1)
    add_items(document, probe.items)
    document.save(path)
    return path


def add_items(document, items) -> None:
    page_break = False
    for item in items:
        if isinstance(item, Break):
            page_break = True
            continue
        para = _add_item(document, item)
        if page_break and para is not None:
            para.paragraph_format.page_break_before = True
            page_break = False


def _add_item(document, item):
    if isinstance(item, H):
        return document.add_heading(item.text, level=item.level)
    if isinstance(item, P):
        return _paragraph(document, item.text, item.style, item.bold, item.italic)
    if isinstance(item, Li):
        return _paragraph(document, item.text, "List Bullet")
    if isinstance(item, T):
        _table(document, item.rows, item.ruled, item.bold_header)
        return None
    if isinstance(item, Sign):
        _signatures(document, item)
        return None
    if isinstance(item, Box):
        return _text_box(document, item.lines)
    if isinstance(item, Picture):
        return _picture(document, item)
    if isinstance(item, Header):
        part = document.sections[0].footer if item.footer else document.sections[0].header
        part.paragraphs[0].text = item.text
        return None
    if isinstance(item, Columns):
        _set_cols(document.add_section(WD_SECTION.CONTINUOUS), 2)
        add_items(document, item.items)
        _set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
        return None
    raise TypeError(f"unknown probe item {item!r}")


def _paragraph(document, text: str, style: str | None = None, bold: bool = False, italic: bool = False):
    para = document.add_paragraph(style=style)
    for i, line in enumerate(text.split("\n")):
        run = para.add_run(line)
        run.bold, run.italic = bold or None, italic or None
        if i:
            run._r.insert(0, OxmlElement("w:br"))
    return para


def _table(document, rows, ruled: bool, bold_header: bool) -> None:
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    if ruled:
        table.style = document.styles["Table Grid"]
    else:
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        table._tbl.tblPr.append(borders)
    for r, row in enumerate(rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
            if r == 0 and bold_header and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph()


def _signatures(document, sign: Sign) -> None:
    if sign.place_date:
        document.add_paragraph(sign.place_date)
    rows = []
    n = sign.per_row
    for i in range(0, len(sign.people), n):
        chunk = list(sign.people[i:i + n]) + [("", "")] * (n - len(sign.people[i:i + n]))
        names, titles = [p[0] for p in chunk], [p[1] for p in chunk]
        rule = ["_" * 18 if p[0] else "" for p in chunk]
        rows += [rule, titles, names] if sign.title_above else [rule, names, titles]
    _table(document, rows, ruled=False, bold_header=False)


def _text_box(document, lines: tuple[str, ...]):
    """A VML text box anchored in an empty paragraph: Word and LibreOffice both draw it."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_xml(line)}</w:t></w:r></w:p>' for line in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:180pt;'
           'z-index:1" stroked="t"><v:textbox><w:txbxContent>' + body +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = document.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _picture(document, picture: Picture):
    with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
        png = Path(tmp) / "image.png"
        picture_to_png(picture, png)
        document.add_picture(str(png), width=Mm(150))
    return document.paragraphs[-1]


def _font(size: int):
    from PIL import ImageFont

    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def picture_to_png(picture: Picture, path: Path) -> Path:
    """Captions under grey faces, or lines of a screenshot (tab-separated columns, numbers
    right-aligned), black on white at about 300 dpi for a 150 mm wide image."""
    from PIL import Image, ImageDraw

    font, pitch = _font(34), 46
    if picture.faces:
        cell_w, face_h = 560, 360
        rows = [picture.captions[i:i + picture.per_row] for i in range(0, len(picture.captions), picture.per_row)]
        lines = max(len(c) for c in picture.captions)
        cell_h = face_h + 30 + lines * pitch + 40
        image = Image.new("L", (cell_w * picture.per_row, cell_h * len(rows)), 255)
        draw = ImageDraw.Draw(image)
        for r, row in enumerate(rows):
            for c, caption in enumerate(row):
                x, y = c * cell_w, r * cell_h
                draw.rectangle([x + 120, y + 20, x + cell_w - 120, y + face_h], fill=170)
                for k, line in enumerate(caption):
                    width = draw.textlength(line, font=font)
                    draw.text((x + (cell_w - width) / 2, y + face_h + 30 + k * pitch), line, fill=0, font=font)
    else:
        rows = [line[0].split("\t") for line in picture.captions]
        ncols = max(len(r) for r in rows)
        widths = [max((font.getlength(r[c]) for r in rows if c < len(r)), default=0) + 60 for c in range(ncols)]
        image = Image.new("L", (int(sum(widths)) + 80, pitch * len(rows) + 80), 255)
        draw = ImageDraw.Draw(image)
        for k, row in enumerate(rows):
            x = 40
            for c, text in enumerate(row):
                numeric = c > 0 and any(ch.isdigit() for ch in text)
                offset = widths[c] - 60 - draw.textlength(text, font=font) if numeric else 0
                draw.text((x + offset, 40 + k * pitch), text, fill=0, font=font)
                x += widths[c]
    image.save(path, dpi=(300, 300))
    return path


def _set_cols(section, n: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def docx_to_pdfs(paths: list[Path], out_dir: Path, timeout_s: float = 900) -> None:
    """One LibreOffice run converts them all; a private profile keeps it apart from any other."""
    if not paths:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to render the PDF probes")
    with tempfile.TemporaryDirectory(prefix="probe-lo-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=timeout_s)


def render_all(probes: list[Probe], out_dir: Path, pdf: bool = True) -> dict[tuple[str, str], Path]:
    """Every rendition of every probe: ``(probe id, format) -> path``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[tuple[str, str], Path] = {}
    want_pdf = []
    for probe in probes:
        path = probe_to_docx(probe, out_dir / f"{probe.id}.docx")
        if "docx" in probe.formats:
            files[(probe.id, "docx")] = path
        if pdf and "pdf" in probe.formats:
            want_pdf.append(path)
            files[(probe.id, "pdf")] = out_dir / f"{probe.id}.pdf"
    docx_to_pdfs(want_pdf, out_dir)
    return files
