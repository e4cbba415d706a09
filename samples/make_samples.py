"""Write the bundled samples: small invented Norwegian annual reports as DOCX, and the same
documents converted to PDF by LibreOffice, so one content exists in both formats (the
minimal pair) and the quick start has something to read.

    python samples/make_samples.py            # needs python-docx and soffice

The organisations and people are invented. ``samples/NAME.gold.json`` holds what a careful
reader takes from each (the format of ../shared/eval/EVAL.md), so the scorer can be run on
documents nobody tuned the extractor to; keep it in step when the content here changes. The DOCX bytes are reproducible (fixed zip and
core-property dates); the PDFs carry LibreOffice's creation date, so regenerating them
changes their sha256 and the golden files must be refreshed (``pytest --update-golden``).
"""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
import docx.document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FONT = "DejaVu Sans"  # installed with LibreOffice on Debian, so the PDF shows the fonts the DOCX names
FIXED_TIME = dt.datetime(2024, 3, 14, 12, 0, 0)
ZIP_TIME = (2024, 3, 14, 12, 0, 0)
HEADING_PT = {1: 18, 2: 14, 3: 12}
BODY_PT = 10

# One document is a list of items: ("h", level, text), ("p", text), ("li", text),
# ("table", title_or_None, rows), ("break",) before the next heading.
FJORDVEKST = [
    ("h", 1, "Årsrapport 2023"),
    ("p", "Fjordvekst AS er en arbeids- og inkluderingsbedrift med avdelinger i Asker og Bærum. "
          "Selskapet ble stiftet i 1989 og eies av Asker kommune (60 %) og Bærum kommune (40 %)."),
    ("h", 2, "Om virksomheten"),
    ("p", "Virksomheten gir arbeidstrening, kvalifisering og varig tilrettelagt arbeid til personer "
          "som står utenfor arbeidslivet. Vi samarbeider tett med NAV og lokale arbeidsgivere."),
    ("h", 3, "Våre tjenester"),
    ("p", "Tjenestene omfatter:"),
    ("li", "Varig tilrettelagt arbeid (VTA) med 48 plasser"),
    ("li", "Arbeidsforberedende trening (AFT) med 32 plasser"),
    ("li", "Kantine, vaskeri og vedproduksjon for lokale kunder"),
    ("table", "Tiltaksplasser per 31.12.2023", [
        ["Tiltak", "Plasser", "Deltakere"],
        ["VTA", "48", "51"],
        ["AFT", "32", "87"],
    ]),
    ("h", 2, "Styret og ledelse"),
    ("p", "Styret har hatt seks møter i 2023. Daglig leder er Ingrid Solberg Haugen."),
    ("table", None, [
        ["Styreleder:", "Kari Nordvik"],
        ["Nestleder:", "Olav Bratt"],
        ["Styremedlem:", "Sigrid Lunde"],
        ["Styremedlem:", "Tor Henning Aas"],
        ["Ansattvalgt styremedlem:", "Maria Ekeberg"],
    ]),
    ("break",),
    ("h", 2, "Resultater 2023"),
    ("p", "I 2023 gikk 64 % av deltakerne i AFT over til arbeid eller utdanning, mot 58 % året før. "
          "Sykefraværet blant de ansatte var 5,2 prosent."),
    ("h", 3, "Nøkkeltall"),
    ("table", None, [
        ["Beløp i NOK", "2023", "2022"],
        ["Driftsinntekter", "16 917 863", "15 482 210"],
        ["Driftskostnader", "16 304 551", "15 118 904"],
        ["Driftsresultat", "613 312", "363 306"],
        ["Årsresultat", "702 845", "398 112"],
    ]),
    ("h", 2, "Framtidsutsikter"),
    ("p", "Styret mener at forutsetningene for fortsatt drift er til stede. I 2024 utvider "
          "Fjordvekst AS tilbudet i Asker og Bærum med ti nye AFT-plasser."),
]

NORDHEIM = [  # nynorsk
    ("h", 1, "Årsmelding 2023"),
    ("p", "Nordheim Vekst AS er ei arbeids- og inkluderingsverksemd i Voss kommune. "
          "Selskapet vart skipa i 1992."),
    ("h", 2, "Om verksemda"),
    ("p", "Verksemda gjev arbeidstrening og varig tilrettelagt arbeid til menneske som står "
          "utanfor arbeidslivet."),
    ("h", 2, "Styret"),
    ("table", None, [
        ["Styreleiar:", "Brita Kvåle"],
        ["Nestleiar:", "Lars Tveito"],
        ["Styremedlem:", "Ingunn Flatekvål"],
        ["Tilsettvald styremedlem:", "Eirik Lid"],
    ]),
    ("h", 2, "Resultat"),
    ("p", "I 2023 fekk 71 % av deltakarane arbeid eller utdanning. Verksemda hadde 38 tilsette "
          "ved utgangen av året."),
    ("table", None, [
        ["Nøkkeltal (NOK)", "2023", "2022"],
        ["Driftsinntekter", "9 412 300", "8 977 650"],
        ["Årsresultat", "214 905", "187 220"],
    ]),
]

SAMPLES = {
    "fjordvekst-2023": ("Fjordvekst AS · Årsrapport 2023", FJORDVEKST),
    "nordheim-2023": ("Nordheim Vekst AS · Årsmelding 2023", NORDHEIM),
}


def set_style_font(style, size_pt: float) -> None:
    """Name the font explicitly: the template's theme fonts (Calibri) are not on a Debian
    machine, and a substituted font would make the PDF differ from what the DOCX says."""
    style.font.name = FONT
    style.font.size = Pt(size_pt)
    rfonts = style.element.rPr.find(qn("w:rFonts"))  # present once font.name is set
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def add_page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_table(document, title: str | None, rows: list[list[str]]) -> None:
    """A ruled table; a title becomes a first row merged across all columns."""
    ncols = len(rows[0])
    table = document.add_table(rows=0, cols=ncols)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if title:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = title
        merged.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph()  # Word needs a paragraph between adjacent tables; also spacing


def build_docx(footer: str, items: list[tuple]) -> "docx.document.Document":
    document = docx.Document()
    set_style_font(document.styles["Normal"], BODY_PT)
    for level, size in HEADING_PT.items():
        set_style_font(document.styles[f"Heading {level}"], size)
    props = document.core_properties
    props.author = "Samples generator"
    props.title = footer
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "Samples generator"
    props.revision = 1

    foot = document.sections[0].footer.paragraphs[0]
    foot.text = f"{footer} · side "
    add_page_field(foot)

    page_break_next = False
    for item in items:
        kind = item[0]
        if kind == "break":
            page_break_next = True
        elif kind == "h":
            para = document.add_heading(item[2], level=item[1])
            if page_break_next:
                para.paragraph_format.page_break_before = True
                page_break_next = False
        elif kind == "p":
            document.add_paragraph(item[1])
        elif kind == "li":
            document.add_paragraph(item[1], style="List Bullet")
        elif kind == "table":
            add_table(document, item[1], item[2])
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return document


def docx_bytes_reproducible(document) -> bytes:
    """python-docx stamps each zip entry with the current time; rewrite them with a fixed one
    so regenerating an unchanged sample gives the same bytes (and sha256)."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """LibreOffice headless with a private profile, so it does not collide with another
    soffice running for the same user."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice (LibreOffice) is needed to write the PDF samples")
    with tempfile.TemporaryDirectory(prefix="samples-lo-") as profile, \
            tempfile.TemporaryDirectory(prefix="samples-pdf-") as tmp:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=180,
        )
        produced = Path(tmp) / f"{docx_path.stem}.pdf"
        target = out_dir / produced.name
        shutil.copyfile(produced, target)
    return target


def write_samples(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    written = []
    for name, (footer, items) in SAMPLES.items():
        if names and name not in names:
            continue
        docx_path = out_dir / f"{name}.docx"
        docx_path.write_bytes(docx_bytes_reproducible(build_docx(footer, items)))
        written += [docx_path, docx_to_pdf(docx_path, out_dir)]
    return written


if __name__ == "__main__":
    for path in write_samples(names=sys.argv[1:] or None):
        print(path.relative_to(HERE.parent) if path.is_relative_to(HERE.parent) else path)
