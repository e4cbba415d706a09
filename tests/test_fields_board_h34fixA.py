"""Board kinds from the thirty-ninth and fortieth held-out sets (docs/phrasings.md §90): a long
employees' label over "Name, role" lines, a delegates' separator row in a roster table, a role
column beside one name column per year, an appointer with a place before its body, an organ's
title over a nested table; an auditor named in the text (no auditor's page)."""
from __future__ import annotations

import pytest

from extractor.fields.board_asides import appointer_span
from extractor.fields.board_line_labels import label_of
from extractor.fields.board_mentions import doc_to_lines
from extractor.nlp import get_pipeline
from test_fields_board import _people, _roles


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize("text", ["Valgt av og blant de ansatte:", "Valgt av de ansatte:",
                                  "Vald av og blant dei tilsette:"])
def test_board_employees_label_long_or_short(text):
    found = label_of(_line(text))
    assert found is not None and found.employee


def test_board_role_lines_under_employees_label_are_theirs():
    _, board = _people(("h", "Styret og ledelsen"), ("p", "Styret har i 2022 bestått av:"),
                       ("p", "1. Kari Nordmann, styreleder\n2. Ola Hansen, nestleder\n3. Tone Berg, styremedlem"),
                       ("p", "Valgt av og blant de ansatte:"), ("p", "4. Anne Lie, styremedlem"),
                       ("p", "Styret har hatt fem møter. Daglig leder er Per Moe."))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False), "Anne Lie": ("MEDL", True)}


def test_board_role_lines_without_the_label_stay_unelected():
    _, board = _people(("h", "Styret"), ("p", "Kari Nordmann, styreleder\nAnne Lie, styremedlem"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Anne Lie": ("MEDL", False)}


@pytest.mark.parametrize("text", ["DELEGERTE TIL BOLIGBYGGELAGETS GENERALFORSAMLING", "Delegert til årsmøtet i OBOS",
                                  "UTSENDINGAR TIL LANDSMØTET"])
def test_board_delegates_label_is_another_organ(text):
    found = label_of(_line(text))
    assert found is not None and (found.kind, found.code) == ("BODY", "OTHER")


def test_board_delegates_row_ends_the_roster_tables_board():
    _, board = _people(("h", "Tillitsvalgte"),
                       [["STYRET", "", ""], ["Styreleder", "Kari Nordmann", "2022–2024"],
                        ["Styremedlem", "Ola Hansen", "2022–2024"], ["Varamedlem", "Tone Berg", "2022–2023"],
                        ["DELEGERT TIL BOLIGBYGGELAGETS GENERALFORSAMLING", "", ""],
                        ["Delegert", "Kari Nordmann", "2022–2023"], ["Vara", "Per Moe", "2022–2023"]])
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False),
                             "Tone Berg": ("VARA", False)}


@pytest.mark.parametrize("header", [("Verv", "Styret 2021", "Styret 2022"), ("Verv", "2021", "2022"),
                                    ("Verv", "2022", "2021")])
def test_board_role_column_beside_year_columns_reads_the_report_years(header):
    old, new = (1, 2) if header[1].endswith("2021") else (2, 1)
    rows = [("Leder", "Kari Nordmann", "Ola Hansen"), ("Nestleder", "Ola Hansen", "Tone Berg"),
            ("Varamedlem", "Tone Berg", "Per Moe")]
    table = [list(header)] + [[r[0], r[old], r[new]] for r in rows]
    _, board = _people(("h", "Styret"), table)  # the report year is 2022
    assert _roles(board) == {"Ola Hansen": ("LEDE", False), "Tone Berg": ("NEST", False), "Per Moe": ("VARA", False)}


@pytest.mark.parametrize(("text", "appointer"), [("oppnevnt av Nordvik menighetsråd", True),
                                                 ("oppnevnt av menighetsrådet", True),
                                                 ("Nordvik menighetsråd", False)])
def test_board_appointer_with_a_place_before_its_body(text, appointer):
    line = _line(text)
    span = next(s for s in line.roles if s.role.kind == "BODY")
    assert appointer_span(line, span) == appointer


def test_org_auditor_named_in_the_text_starts_no_auditors_pages():
    from extractor.fields.context import Analysis
    from extractor.fields.organisation import extract_organisation
    from tests.fielddocs import document, heading, para

    def address(*items):
        analysis = Analysis(document(heading("Årsberetning 2023"), *items))
        analysis.report_year = 2023
        found = extract_organisation(analysis).address
        return found.value if found else None

    named = para("Revisor er Nordfjell Revisjon AS ved registrert revisor Kari Dal.")
    own = para("Sameiet Solbakken ble seksjonert i 2001. Adressen er Solbakkvegen 3, 8006 Bodø.")
    assert address(para("Sameiet Solbakken har 40 seksjoner."), named, own) == "Solbakkvegen 3, 8006 Bodø"
    report = para("Uavhengig revisors beretning. Vi har revidert årsregnskapet. Adressen er Solbakkvegen 3, 8006 Bodø.")
    assert address(para("Sameiet Solbakken har 40 seksjoner."), report) is None


@pytest.mark.parametrize(("text", "ceo"), [
    ("Takk til dirigenten og til rektor Kari Dal for at vi får øve på skolen.", None),
    ("Rektor Kari Dal leder skolen, som har 200 elever.", "Kari Dal"),
    ("Takk til daglig leder Kari Dal for innsatsen.", "Kari Dal"),  # our own daglig leder, thanked
])
def test_board_head_title_on_a_thanked_name_is_no_ceo(text, ceo):
    people, _ = _people(("h", "Lederen har ordet"), ("p", text))
    assert (people.value if people else None) == ceo


def test_board_year_columns_of_figures_are_no_boards():
    from extractor.fields.board_tables import year_columns

    names = [["Verv", "Styret 2021", "Styret 2022"], ["Leder", "Kari Nordmann", "Ola Hansen"]]
    figures = [["", "2022", "2021"], ["Sum inntekter", "1 200 000", "1 100 000"], ["Kari Nordmann", "", "Ola Hansen"]]
    assert year_columns(names, 2022) == [0, 2]
    assert year_columns(figures, 2022) is None
    assert year_columns(names, 2019) is None


def _layout_row_docx(path, first_spans: int, before: int = 0):
    """A layout row of two cells, each an organ's title over its nested table (the board's, then a
    representantskap's); the first cell spans ``first_spans`` grid columns, ``before`` empty grid
    columns open the row (``w:gridBefore``). Names are invented."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    doc.add_paragraph("Årsrapport 2023 Nordvik Vannverk IKS")
    doc.add_paragraph("Representantskapet er selskapets øverste organ og velger styret.")
    outer = doc.add_table(rows=1, cols=first_spans + 1)
    first = outer.cell(0, 0).merge(outer.cell(0, first_spans - 1)) if first_spans > 1 else outer.cell(0, 0)
    organs = (("Styret", (("Verv", "Navn"), ("Styreleder", "Eirik Brattås"), ("Styremedlem", "Lene Vollan"),
                          ("Varamedlem", "Sverre Omdal"))),
              ("Representantskapet", (("Kommune", "Medlem", "Varamedlem"),
                                      ("Gran", "Tove Hagemo (leder)", "Nils Fossum"),
                                      ("Lunner", "Rune Skaret", "Berit Lien"))))
    for cell, (title, rows) in zip((first, outer.cell(0, first_spans)), organs):
        cell.paragraphs[0].text = title
        table = cell.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        cell.add_paragraph("")
    if before:
        tr_pr = outer.rows[0]._tr.get_or_add_trPr()
        grid_before = OxmlElement("w:gridBefore")
        grid_before.set(qn("w:val"), str(before))
        tr_pr.append(grid_before)
    doc.add_paragraph("Det var to møter i representantskapet og seks styremøter.")
    doc.save(path)
    return path


@pytest.mark.parametrize("first_spans, before", [(1, 0), (2, 0), (1, 1)])
def test_board_organ_title_over_nested_table_found_by_its_cell_not_its_grid_column(tmp_path, first_spans, before):
    """The cell holding a nested table is found by its Word path: a first cell spanning two grid
    columns, or an empty grid column opening the row, leaves the representantskap's members its own."""
    from extractor.pipeline import extract_path

    report = extract_path(_layout_row_docx(tmp_path / "layout.docx", first_spans, before))
    assert sorted((m.name, m.role.value) for m in report.board) == [
        ("Eirik Brattås", "LEDE"), ("Lene Vollan", "MEDL"), ("Sverre Omdal", "VARA")]
