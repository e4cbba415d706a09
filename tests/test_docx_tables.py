"""Word tables: the grid from w:gridSpan/w:vMerge, nested tables, header rows, confidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Cell, Format, Provenance, SourceInfo
from extractor.errors import TooLarge
from extractor.ingest.docx import load_docx
from extractor.ingest.docx_tables import header_rows_of, is_numeric
from extractor.settings import Settings
from test_docx_reader import cell, make_docx, para, read, row, table

SPAN2 = '<w:gridSpan w:val="2"/>'
RESTART = '<w:vMerge w:val="restart"/>'
CONTINUE = "<w:vMerge/>"


def test_docx_table_gridspan_and_vmerge_grid(tmp_path: Path) -> None:
    body = table(
        row(cell(para("Tittel over alt"), SPAN2), cell(para("C"))),
        row(cell(para("Avdeling"), RESTART), cell(para("2021")), cell(para("2022"))),
        row(cell("<w:p/>", CONTINUE), cell(para("10")), cell(para("12"))),
    )
    doc = read(make_docx(tmp_path / "m.docx", body))
    (tbl,) = doc.tables()
    assert tbl.text_rows() == [
        ["Tittel over alt", "", "C"],
        ["Avdeling", "2021", "2022"],
        ["", "10", "12"],
    ]
    title, covered, _ = tbl.rows[0]
    assert (title.col_span, covered.merged) == (2, True)
    dept, below = tbl.rows[1][0], tbl.rows[2][0]
    assert (dept.row_span, below.merged) == (2, True)
    assert tbl.strategy == "word" and tbl.confidence == 1.0
    assert tbl.rows[2][1].prov.path == "body/tbl[0]/tr[2]/tc[1]"


def test_docx_table_merged_columns_continue_together(tmp_path: Path) -> None:
    body = table(
        row(cell(para("Stor"), SPAN2 + RESTART), cell(para("x"))),
        row(cell("<w:p/>", SPAN2 + CONTINUE), cell(para("y"))),
    )
    (tbl,) = read(make_docx(tmp_path / "mm.docx", body)).tables()
    big = tbl.rows[0][0]
    assert (big.row_span, big.col_span) == (2, 2)
    assert [c.merged for c in tbl.rows[1]] == [True, True, False]


def test_docx_nested_table_emitted_after_parent(tmp_path: Path) -> None:
    inner = table(row(cell(para("indre a")), cell(para("indre b"))))
    body = table(row(cell(para("Ytre tekst") + inner + para("etter")), cell(para("nabo"))))
    doc = read(make_docx(tmp_path / "n.docx", body))
    outer, nested = doc.tables()
    assert outer.text_rows() == [["Ytre tekst etter", "nabo"]]
    assert nested.text_rows() == [["indre a", "indre b"]]
    assert nested.nested_in == "body/tbl[0]/tr[0]/tc[0]"
    assert nested.prov.path == "body/tbl[0]/tr[0]/tc[0]/tbl[0]"
    assert outer.confidence < 1.0 and nested.confidence < 1.0


def test_docx_layout_table_is_read_as_the_text_of_its_columns(tmp_path: Path) -> None:
    """A page laid out as a one-row table: a narrow facts column (bold labels, the board) beside
    the text. Its paragraphs are the document's, in column order, headings promoted as elsewhere;
    a table inside a column stays a table."""
    facts = "".join(para(t) for t in ("Bygdelaget Teater", "Stiftet 1984", "Styret", "Gunn Dal, leder",
                                      "Per Bø, kasserer", "Revisor", "Eli Sand"))
    text = para("Årsmelding 2023", "Heading1") + para("Laget satte opp en forestilling i høst.") + \
        table(row(cell(para("Inntekter")), cell(para("12 400"))))
    doc = read(make_docx(tmp_path / "l.docx", table(row(cell(facts), cell(text)))))
    texts = [b.text for b in doc.blocks()]
    assert texts[:3] == ["Bygdelaget Teater", "Stiftet 1984", "Styret"] and "Årsmelding 2023" in texts
    assert [t.text_rows() for t in doc.tables()] == [[["Inntekter", "12 400"]]]
    assert next(doc.blocks()).prov.path == "body/tbl[0]/tr[0]/tc[0]/p[0]"


def test_docx_text_and_its_translation_side_by_side_are_text(tmp_path: Path) -> None:
    """A borderless two-column table holding a report and its English translation row by row:
    each cell's paragraphs are the document's, row by row; its bold titles may be promoted."""
    rows = [("Styret", "The board"),
            ("Stiftinga vart skipa i 2004 og driv opne verkstader i bygda.",
             "The foundation was established in 2004 and runs open workshops in the village."),
            ("Økonomi", "Finances"),
            ("Årsresultatet vart kr 83 415, og styret meiner drifta kan halde fram.",
             "The result for the year was NOK 83,415, and the board expects to go on.")]
    doc = read(make_docx(tmp_path / "p.docx", table(*(row(cell(para(a)), cell(para(b))) for a, b in rows))))
    assert not list(doc.tables())
    assert [b.text for b in doc.blocks()][:3] == ["Styret", "The board", rows[1][0]]


def test_docx_two_row_table_of_long_cells_stays_a_table(tmp_path: Path) -> None:
    long = "".join(para(f"Punkt {k}") for k in range(8))
    doc = read(make_docx(tmp_path / "d.docx", table(row(cell(para("Sak")), cell(para("Vedtak"))),
                                                      row(cell(para("1/23")), cell(long)))))
    assert len(list(doc.tables())) == 1


def test_docx_irregular_rows_padded_with_lower_confidence(tmp_path: Path) -> None:
    body = table(row(cell(para("a")), cell(para("b")), cell(para("c"))), row(cell(para("d"))))
    (tbl,) = read(make_docx(tmp_path / "i.docx", body)).tables()
    assert tbl.text_rows() == [["a", "b", "c"], ["d", "", ""]]
    assert tbl.confidence == pytest.approx(0.7)


def test_docx_grid_before_leaves_empty_positions(tmp_path: Path) -> None:
    body = table(row(cell(para("a")), cell(para("b"))), row(cell(para("c")), tr_pr='<w:gridBefore w:val="1"/>'))
    (tbl,) = read(make_docx(tmp_path / "g.docx", body)).tables()
    assert tbl.text_rows() == [["a", "b"], ["", "c"]]


def test_docx_header_rows_marked_tblheader(tmp_path: Path) -> None:
    body = table(
        row(cell(para("Navn")), cell(para("Rolle")), tr_pr="<w:tblHeader/>"),
        row(cell(para("Per")), cell(para("Styreleder"))),
    )
    (tbl,) = read(make_docx(tmp_path / "th.docx", body)).tables()
    assert tbl.header_rows == 1


def test_docx_empty_table_dropped(tmp_path: Path) -> None:
    doc = read(make_docx(tmp_path / "e.docx", para("tekst") + table(row(cell("<w:p/>")))))
    assert list(doc.tables()) == []


def _grid(*rows: list[str]) -> list[list[Cell]]:
    return [[Cell(t, Provenance()) for t in r] for r in rows]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Dato", "Tema"], ["11.01.22", "Diagnoser"]], 1),
        ([["Styreleder:", "Per"], ["Nestleder:", "Vera"]], 0),
        ([["Avdeling", "Antall"], ["Mat", "9"], ["Sum", "42"]], 1),
        ([["Post", "2022"], ["Inntekter", "16 917 863,-"]], 0),
    ],
)
def test_docx_header_rows_heuristic(rows: list[list[str]], expected: int) -> None:
    assert header_rows_of(_grid(*rows), [False] * len(rows)) == expected


def test_docx_header_rows_title_row_then_labels() -> None:
    grid = _grid(["Mål og resultater", "", ""], ["Plasser", "Overgang", "Andel"], ["12 plasser", "64%", "100%"])
    grid[0][0].col_span = 3
    for c in grid[0][1:]:
        c.merged = True
    assert header_rows_of(grid, [False] * 3) == 2


@pytest.mark.parametrize("text", ["64%", "3,3 %", "16 917 863,-", "11.01.22", "(1 234)", "kr 500", "-12"])
def test_docx_numeric_cells(text: str) -> None:
    assert is_numeric(text)


@pytest.mark.parametrize("text", ["", "Tre ansatte", "12 faste plasser,", "Juni - august", "VTA"])
def test_docx_non_numeric_cells(text: str) -> None:
    assert not is_numeric(text)


def test_docx_tables_statement_set_with_tab_stops_is_a_table(tmp_path):
    """A statement typed as paragraphs with tabs between its columns (no Word table): one row
    per paragraph, one cell per tab; indented prose with one tab stays prose."""
    import docx

    from extractor.document import Block, Table
    from extractor.ingest import load

    document = docx.Document()
    document.add_paragraph("Resultatregnskap 2023")
    for line in ("\tRegnskap 2023\tRegnskap 2022", "Driftsinntekter\t\t", "Salgsinntekter\t1.250.000\t1.100.000",
                 "Sum driftsinntekter\t1.250.000\t1.100.000", "Årsresultat\t260.000\t155.000"):
        document.add_paragraph(line)
    document.add_paragraph("\tEt innrykket avsnitt med tekst.")
    document.add_paragraph("\tEnda et innrykket avsnitt.")
    document.add_paragraph("\tOg et tredje.")
    document.save(tmp_path / "tabbed.docx")
    items = load(tmp_path / "tabbed.docx").items
    (table,) = [i for i in items if isinstance(i, Table)]
    assert table.text_rows() == [["", "Regnskap 2023", "Regnskap 2022"], ["Driftsinntekter", "", ""],
                                 ["Salgsinntekter", "1.250.000", "1.100.000"],
                                 ["Sum driftsinntekter", "1.250.000", "1.100.000"], ["Årsresultat", "260.000", "155.000"]]
    assert table.header_rows == 1 and table.rows[2][1].prov.path == "body/p[3]"
    assert [i.text for i in items if isinstance(i, Block)][-1] == "Og et tredje."


@pytest.mark.parametrize("tc_pr, tr_pr", [('<w:gridSpan w:val="²"/>', ""), ("", '<w:gridBefore w:val="²"/>'),
                                          ('<w:gridSpan w:val="\u0663"/>', '<w:gridBefore w:val="\u2460"/>')])
def test_docx_table_unicode_digit_span_is_ignored(tmp_path: Path, tc_pr: str, tr_pr: str) -> None:
    # str.isdigit() accepts "²" and "①", int() raised on them: the whole document was lost
    body = table(row(cell(para("Andel"), tc_pr), cell(para("40 %")), tr_pr=tr_pr), row(cell(para("a")), cell(para("b"))))
    (tbl,) = read(make_docx(tmp_path / "u.docx", body)).tables()
    assert tbl.text_rows() == [["Andel", "40 %"], ["a", "b"]]


def test_docx_table_span_amplification_is_too_large(tmp_path: Path) -> None:
    # 600 rows of ten cells spanning 999 columns each after 999 empty ones: 6 KB of zip
    # became 6.6 million cells (1.8 GB of memory, 230 MB of JSON)
    wide = row(*[cell(para("x"), '<w:gridSpan w:val="999"/>') for _ in range(10)], tr_pr='<w:gridBefore w:val="999"/>')
    path = make_docx(tmp_path / "amp.docx", table(*[wide] * 600))
    with pytest.raises(TooLarge, match="cell limit"):
        read(path)


def test_docx_tables_over_the_document_cell_cap_are_too_large(tmp_path: Path) -> None:
    small = table(*[row(cell(para("a")), cell(para("b")), cell(para("c")))] * 10)  # 30 cells each
    path = make_docx(tmp_path / "many.docx", small * 5)
    assert len(list(read(path).tables())) == 5
    with pytest.raises(TooLarge, match="in all"):
        load_docx(path, SourceInfo(str(path), "0", Format.DOCX), Settings(max_document_cells=120))


def tabbed(*cells: str) -> str:
    return "<w:p><w:r>" + "<w:tab/>".join(f'<w:t xml:space="preserve">{c}</w:t>' for c in cells) + "</w:r></w:p>"


def test_docx_tab_stop_statement_is_a_table_with_figures_under_their_columns(tmp_path: Path) -> None:
    body = (para("Driftsinntekter i året var gode.") + tabbed("", "Note", "2023", "2022") + para("Driftsinntekter")
            + tabbed("Salg", "", "3 418", "3 102") + tabbed("Tilskudd", "2", "8 260", "7 945")
            + tabbed("Sum", "11 678", "11 047") + para("Etter tabellen."))
    doc = read(make_docx(tmp_path / "t.docx", body))
    (tbl,) = list(doc.tables())
    assert tbl.strategy == "text" and tbl.text_rows() == [
        ["", "Note", "2023", "2022"], ["Driftsinntekter", "", "", ""], ["Salg", "", "3 418", "3 102"],
        ["Tilskudd", "2", "8 260", "7 945"], ["Sum", "", "11 678", "11 047"]]
    assert tbl.rows[2][2].prov.path == "body/p[3]"  # each cell points at its paragraph
    assert [b.text for b in doc.blocks()] == ["Driftsinntekter i året var gode.", "Etter tabellen."]


def test_docx_tab_stop_board_is_a_table_and_a_tabbed_agenda_is_not(tmp_path: Path) -> None:
    board = tabbed("Styreleder", "Kari Lunde") + tabbed("Nestleder", "Ola Bakke") + tabbed("Styremedlem", "Tone Berg")
    agenda = tabbed("1.", "Godkjenning av innkalling") + tabbed("2.", "Valg av møteleder")
    doc = read(make_docx(tmp_path / "b.docx", board + para("Saker:") + agenda))
    (tbl,) = list(doc.tables())
    assert tbl.text_rows() == [["Styreleder", "Kari Lunde"], ["Nestleder", "Ola Bakke"], ["Styremedlem", "Tone Berg"]]
    assert [" ".join(b.text.split()) for b in doc.blocks()] == ["Saker:", "1. Godkjenning av innkalling",
                                                                 "2. Valg av møteleder"]


def test_docx_tab_stop_statements_keep_the_heading_between_them(tmp_path: Path) -> None:
    # a short line followed by a period header heads the next statement, it is no group label
    body = (tabbed("", "2023", "2022") + tabbed("Inntekter", "4 206", "4 010") + tabbed("Sum", "4 390", "4 188")
            + para("Balanse") + tabbed("", "2023", "2022") + tabbed("Bank", "1 612", "1 388"))
    doc = read(make_docx(tmp_path / "s.docx", body))
    assert len(list(doc.tables())) == 2 and [b.text for b in doc.blocks()] == ["Balanse"]


def test_docx_tab_stop_board_row_with_its_label_cell_empty_continues(tmp_path: Path) -> None:
    """ "VARAMENN<tab>Marta Nyhus" then "<tab>Hallgeir Tronsmoen": a second name under one label."""
    board = tabbed("FORMANN", "Ola Dahl") + tabbed("STYREMEDLEM", "Sverre Stai") + tabbed("VARAMENN", "Marta Nyhus")
    doc = read(make_docx(tmp_path / "c.docx", board + tabbed("", "Hallgeir Tronsmoen") + para("Regnskapet er revidert.")))
    (tbl,) = list(doc.tables())
    assert tbl.text_rows()[-1] == ["", "Hallgeir Tronsmoen"]
    assert [b.text for b in doc.blocks()] == ["Regnskapet er revidert."]
