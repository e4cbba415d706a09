"""Page-break continuations through the PDF reader, on a report made with python-docx and
LibreOffice (Letter paper, a running header and footer): a table split by a page break is
joined, while a table at the foot of a page is not joined with a table of the same columns
that follows a heading and text on the next page."""
from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest
from docx.shared import Inches, Pt

from extractor.document import Table
from extractor.ingest import load
from extractor.ingest.convert import find_soffice

pytestmark = pytest.mark.needs_soffice


def _add_table(document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].width, cells[1].width = Inches(3.5), Inches(2.5)


def _report_docx(path: Path) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.header.paragraphs[0].text = "Testbedriften AS · Årsrapport 2023"
    section.footer.paragraphs[0].text = "Testbedriften AS · årsrapport"
    document.add_heading("Årsrapport 2023", level=1)
    for i in range(19):
        document.add_paragraph(f"Avsnitt {i + 1} om driften gjennom året, med kurs, oppdrag og samarbeid.")
    _add_table(document, [("Verv", "Navn"), ("Styreleder", "Kari Nordmann"), ("Nestleder", "Ola Hansen"),
                          ("Styremedlem", "Per Berg"), ("Styremedlem", "Eva Lund")])
    heading = document.add_heading("Resultatregnskap", level=2)
    heading.paragraph_format.page_break_before = True
    document.add_paragraph("Tallene under er i hele kroner og gjelder selskapet alene.")
    _add_table(document, [("Post", "Beløp"), ("Driftsinntekter", "15 531 280"), ("Driftskostnader", "15 163 970"),
                          ("Årsresultat", "409 490")])
    document.add_heading("Kurs og oppdrag", level=2)
    document.add_paragraph("Oversikten over kurs holdt i året følger.")
    _add_table(document, [("Kurs", "Deltakere")] + [(f"Kurs nummer {i + 1}", str(10 + i)) for i in range(45)])
    document.add_paragraph("Slutt på rapporten.")
    document.save(path)
    return path


@pytest.fixture(scope="module")
def report_tables(tmp_path_factory) -> list[Table]:
    out = tmp_path_factory.mktemp("continuation")
    source = _report_docx(out / "rapport.docx")
    subprocess.run(
        [find_soffice(), f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )
    return [i for i in load(out / "rapport.pdf").items if isinstance(i, Table)]


def test_tables_continuation_pdf_not_across_heading_and_text(report_tables):
    board, statement = report_tables[0], report_tables[1]
    assert board.pages == [1] and board.prov.bbox[3] > 0.6 * 792  # at the foot of page 1
    assert board.text_rows()[-1] == ["Styremedlem", "Eva Lund"]
    assert statement.pages == [2] and statement.prov.bbox[1] < 0.3 * 792  # near the top of page 2
    assert statement.text_rows()[0] == ["Post", "Beløp"]


def test_tables_continuation_pdf_joins_table_split_by_page_break(report_tables):
    assert len(report_tables) == 3
    courses = report_tables[2]
    assert courses.pages == [2, 3]
    rows = courses.text_rows()
    assert rows[0] == ["Kurs", "Deltakere"] and rows[-1] == ["Kurs nummer 45", "54"]
    assert len(rows) == 46
