"""Statements and key figures from stop 41's measuring sets (h41-fixS; docs/phrasings.md §138).
Sentences, labels and figures are invented."""
from array import array

import pytest

from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from extractor.parse import parse_amount, scaled
from tests.fielddocs import document, heading, para, table


def figures(*items, report_year=2023):
    analysis = Analysis(document(*items))
    analysis.report_year = report_year
    return {(k.key, k.year): k for k in extract_key_figures(analysis)}


# --- 3. an amount in millions is the amount written, to the krone -------------------------------

@pytest.mark.parametrize(("value", "scale", "expected"), [
    (4.1, 1e6, "4100000.0"), (1.15, 1e6, "1150000.0"), (0.7, 1e6, "700000.0"), (12.345, 1000, "12345.0"),
    (2.3, 1e9, "2300000000.0"), (1234.5, 1, "1234.5"), (-3.3, 1e6, "-3300000.0"),
])
def test_scaled_is_decimal_exact(value, scale, expected):
    assert repr(scaled(value, scale)) == expected


def test_parse_amount_in_millions_is_exact():
    assert repr(parse_amount("kr 4,1 mill.")) == "4100000.0"


@pytest.mark.parametrize("text", [
    "Eigenkapitalen var ved årsskiftet 8,7 millionar kroner.",
    "Eigenkapitalen var ved årsskiftet 8,7 mill. kr.",
    "Eigenkapitalen var ved årsskiftet MNOK 8,7.",
    "Eigenkapitalen var ved årsskiftet 8,7 mill. kroner.",
])
def test_prose_figure_in_millions_is_exact(text):
    got = figures(para(text))[("sum_egenkapital", 2023)]
    assert repr(got.value) == "8700000.0"


def test_statement_in_thousands_and_millions_is_exact():
    rows = [["Tall i 1000 kr", "2023", "2022"], ["Sum driftsinntekter", "4 100,1", "3 900,7"],
            ["Sum driftskostnader", "3 900,3", "3 700,3"], ["Årsresultat", "199,8", "200,4"]]
    got = figures(heading("Resultatregnskap"), table(rows))
    assert [repr(got[(k, 2023)].value) for k in ("driftsinntekter", "driftskostnader", "arsresultat")] == \
        ["4100100.0", "3900300.0", "199800.0"]


@pytest.mark.parametrize(("text", "label"), [
    ("Eigenkapitalen var ved årsskiftet 4,1 millionar kroner.", "Eigenkapital"),
    ("Egenkapitalen utgjorde kr 612 400 ved utgangen av året.", "Egenkapital"),
    ("Driftsinntektene enda på 2,3 mill. kr i 2023.", "Driftsinntekter"),
    ("Dei samla driftsinntektene var 1,9 millionar kroner.", "Samla driftsinntekter"),
    ("Sum eigenkapital var kr 908 300.", "Sum eigenkapital"),
    ("Årsresultatet ble kr 45 200.", "Årsresultat"),  # not a total: the key's own label
])
def test_prose_figure_is_labelled_with_the_noun_the_text_uses(text, label):
    (got,) = figures(para(text)).values()
    assert got.label == label


# --- 2. a statement's last lines on the next page, or set apart under it --------------------------

from extractor.document import Cell, Provenance, Table  # noqa: E402
from extractor.ingest.layout import Line, Placed  # noqa: E402
from extractor.ingest.pdf import PageRead  # noqa: E402
from extractor.tables.carried_rows import carry_rows  # noqa: E402
from extractor.fields.finance.statement_grid import side_by_side, spanning_rows  # noqa: E402

# a statement on A4 (842 pt high): label column at x 70, figures ending at x 420 and 500
RIGHTS = (420.0, 500.0)


def words(*cells, top, size=9.0):
    """A ``Line`` of cells: (text, right edge) for figures set flush right, or (text, left edge) for the label."""
    spans, x = [], None
    for text, edge in cells:
        width = 5.0 * len(text)
        x0 = edge if not text[:1].isdigit() and text[:1] not in "(-" else edge - width
        for word in text.split():
            spans.append((x0, x0 + 5.0 * len(word), word))
            x0 += 5.0 * len(word) + 2.5
    return Line(" ".join(s[2] for s in spans), spans[0][0], top, spans[-1][1], top + size, size, False, 10.0,
                spans[0][0], 0, 520.0, edges=array("f", [e for x0, x1, _ in spans for e in (x0, x1)]))


def statement_rows(texts, top):
    rows = []
    for r, (label, *figures) in enumerate(texts):
        y = top + 14.0 * r
        cells = [Cell(label, Provenance(1, (70.0, y, 70.0 + 5 * len(label), y + 9)))]
        cells += [Cell(f, Provenance(1, (right - 5 * len(f), y, right, y + 9))) for f, right in zip(figures, RIGHTS)]
        rows.append(cells)
    return rows


def placed_statement(texts, top=600.0):
    rows = statement_rows(texts, top)
    bottom = top + 14.0 * len(texts)
    table = Table(rows, Provenance(1, (70.0, top, 500.0, bottom)), "text", 0.9, header_rows=1, pages=[1])
    return Placed(table, 70.0, top, 500.0, bottom)


BALANCE_TOP = (("", "2023", "2022"), ("Bankinnskot", "311 200", "290 400"), ("Sum eigenkapital", "812 000", "790 100"),
               ("Leverandørgjeld", "64 300", "51 000"))


def pages(first_items, second_items):
    return [PageRead(1, 595.0, 842.0, first_items, False), PageRead(2, 595.0, 842.0, second_items, False)]


def test_carried_rows_join_the_statement_that_ends_the_page_before():
    placed = placed_statement(BALANCE_TOP)
    after = [words(("Sum gjeld", 70.0), ("98 100", 420.0), ("77 700", 500.0), top=70.0),
             words(("Sum eigenkapital og gjeld", 70.0), ("910 100", 420.0), ("867 800", 500.0), top=84.0),
             words(("Styret stadfestar at drifta held fram.", 64.0), top=120.0)]
    reads = pages([placed], after)
    carry_rows(reads, set())
    assert [[c.text for c in row] for row in placed.item.rows[-2:]] == [
        ["Sum gjeld", "98 100", "77 700"], ["Sum eigenkapital og gjeld", "910 100", "867 800"]]
    assert placed.item.pages == [1, 2] and [line.text for line in reads[1].items] == ["Styret stadfestar at drifta held fram."]


def test_carried_rows_drop_the_header_repeated_and_read_label_and_figures_cut_apart():
    """A landscape page's label line and figures line in two column regions, under "2023 2022" again."""
    placed = placed_statement(BALANCE_TOP)
    header = words(("2023", 420.0), ("2022", 500.0), top=60.0)
    label, figures = words(("Sum gjeld", 70.0), top=74.0), words(("98 100", 420.0), ("77 700", 500.0), top=74.0)
    reads = pages([placed], [header, label, figures])
    carry_rows(reads, set())
    assert [c.text for c in placed.item.rows[-1]] == ["Sum gjeld", "98 100", "77 700"] and not reads[1].items


@pytest.mark.parametrize("line", [
    words(("Sum gjeld", 70.0), ("98 100", 380.0), ("77 700", 500.0), top=70.0),  # a figure off its column
    words(("Noter til rekneskapen", 70.0), top=70.0),  # the next part's title
    words(("Sum gjeld", 70.0), ("98 100", 420.0), ("77 700", 500.0), top=400.0),  # far down the page
])
def test_carried_rows_leave_lines_that_do_not_stand_on_the_columns(line):
    placed = placed_statement(BALANCE_TOP)
    reads = pages([placed], [line])
    carry_rows(reads, set())
    assert len(placed.item.rows) == len(BALANCE_TOP) and reads[1].items == [line]


def test_carried_rows_wait_for_a_table_that_ends_its_page_low():
    placed = placed_statement(BALANCE_TOP, top=200.0)  # ends in the page's upper half: no continuation
    line = words(("Sum gjeld", 70.0), ("98 100", 420.0), ("77 700", 500.0), top=70.0)
    reads = pages([placed], [line])
    carry_rows(reads, set())
    assert reads[1].items == [line]


def test_a_total_set_apart_under_its_statement_is_its_row_blank_where_no_figure_stands():
    placed = placed_statement(BALANCE_TOP, top=200.0)
    total = words(("Årets overskudd", 70.0), ("21 800", 500.0), top=200.0 + 14 * 4 + 30)
    text = words(("Styret foreslår at overskotet går til eigenkapitalen.", 64.0), top=320.0)
    read = PageRead(1, 595.0, 842.0, [placed, total, text], False)
    carry_rows([read], set())
    assert [c.text for c in placed.item.rows[-1]] == ["Årets overskudd", "", "21 800"] and read.items == [placed, text]


# --- 4. a row as wide as two statements side by side ----------------------------------------------

def test_spanning_row_gives_its_label_to_the_right_statement():
    rows = [["Inntekter", "Regnskap", "Budsjett", "Kostnader", "Regnskap", "Budsjett"],
            ["Kontingent", "70 000", "60 000", "Leie", "50 000", "55 000"],
            ["Tilskudd", "50 000", "50 000", "Utstyr", "30 000", "30 000"],
            ["Sum inntekter", "120 000", "110 000", "Sum kostnader", "80 000", "85 000"],
            ["Årets overskudd", "", "", "", "40 000", "25 000"]]
    grid = Table([[Cell(t, Provenance(1)) for t in row] for row in rows], Provenance(1), "text", 0.9)
    assert side_by_side([[c.text for c in row] for row in grid.rows]) == 3
    out = spanning_rows(grid, 3).text_rows()
    assert out[:4] == rows[:4] and out[4] == ["", "", "", "Årets overskudd", "40 000", "25 000"]
    got = figures(heading("Regnskap 2023"), table(rows))
    assert got[("arsresultat", 2023)].value == 40_000


def test_prose_date_of_two_digits_is_its_century():
    got = figures(para("Egenkapitalen pr. 31.12.94 er kr 612 400."), report_year=1994)
    assert (("sum_egenkapital", 1994)) in got and not any(year > 2050 for _, year in got)
