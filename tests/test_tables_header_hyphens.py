"""``header_hyphens``: a table header cell broken with a hyphen in a narrow column is one label
again; body cells keep their hyphens. Made-up cells."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest.blocks import join_hyphenated
from extractor.tables.header_hyphens import join_header_hyphens, join_header_lines

PROV = Provenance(page=1, bbox=(0, 0, 10, 10))


@pytest.mark.parametrize(("lines", "label"), [
    (("Fjellvik-", "konsernet"), "Fjellvikkonsernet"),
    (("Fjellvik\u2010", "konsernet"), "Fjellvikkonsernet"),  # a browser's typographic hyphen
    (("Fjellvik\u00ad\u2010", "konsernet"), "Fjellvikkonsernet"),  # ... after the soft hyphen it stood for
    (("Drifts-", "og vedlikehold"), "Drifts- og vedlikehold"),
    (("Lønns-", "eller", "pensjonskostnad"), "Lønns- eller pensjonskostnad"),
    (("Nord-", "Aurdal"), "Nord-Aurdal"),
    (("VTA-", "plasser"), "VTA-plasser"),
    (("Regnskap", "2023"), "Regnskap 2023"),
    (("Endring", "i %"), "Endring i %"),
    (("Budsjett 2024-", "2025"), "Budsjett 2024-2025"),  # a number keeps its hyphen, as in a paragraph
    (("Regnskap Fjellvik-", "konsernet"), "Regnskap Fjellvikkonsernet"),  # a paragraph would keep this one
])
def test_tables_header_hyphens_join_header_lines(lines, label):
    assert join_header_lines(lines) == label


def _cell(text: str, lines: tuple[str, ...] = ()) -> Cell:
    return Cell(text, PROV, lines=lines)


def _table(header_rows: int) -> Table:
    rows = [[_cell(""), _cell("Fjellvik-konsernet", ("Fjellvik-", "konsernet")), _cell("Morselskap")],
            [_cell("Arbeids-trening", ("Arbeids-", "trening")), _cell("1 200"), _cell("900")]]
    return Table(rows, PROV, "ruled", 0.9, header_rows=header_rows)


@pytest.mark.parametrize("header_rows", [0, 1])  # a first row of words over figures is the header when none is marked
def test_tables_header_hyphens_only_header_cells_lose_their_hyphen(header_rows):
    table = join_header_hyphens(_table(header_rows))
    assert table.text_rows() == [["", "Fjellvikkonsernet", "Morselskap"], ["Arbeids-trening", "1 200", "900"]]


def test_tables_header_hyphens_table_without_broken_header_is_the_same():
    rows = [[_cell("Navn"), _cell("Verv")], [_cell("Kari Li"), _cell("Leder")]]
    table = Table(rows, PROV, "ruled", 0.9, header_rows=1)
    assert join_header_hyphens(table) is table


def test_tables_header_hyphens_broken_halves_read_as_a_row_of_their_own_join_the_header():
    rows = [[_cell(""), _cell("Lyngheim\u2010"), _cell("")],
            [_cell("Beløp i 1000 kr"), _cell("konsernet"), _cell("Morselskap")],
            [_cell("Driftsinntekter"), _cell("48 210"), _cell("31 604")],
            [_cell("Driftsresultat"), _cell("2 340"), _cell("1 489")]]
    table = join_header_hyphens(Table(rows, PROV, "text", 0.8, header_rows=2))
    assert table.text_rows()[:2] == [["Beløp i 1000 kr", "Lyngheimkonsernet", "Morselskap"],
                                     ["Driftsinntekter", "48 210", "31 604"]]
    assert table.header_rows == 1


@pytest.mark.parametrize("upper", [
    ["Kari-", "Leder", ""],  # not every filled cell ends broken: a row of its own
    ["", "2022-", ""],  # a period's hyphen, not a broken word
])
def test_tables_header_hyphens_other_first_rows_stay(upper):
    rows = [[_cell(t) for t in upper], [_cell("Beløp"), _cell("konsernet"), _cell("Mor")],
            [_cell("Driftsinntekter"), _cell("48 210"), _cell("31 604")]]
    assert len(join_header_hyphens(Table(rows, PROV, "text", 0.8)).rows) == 3


def test_tables_header_hyphens_the_paragraph_joiner_differs_only_after_a_name():
    """One joiner for paragraphs and header cells: after a capitalised word inside the text a
    paragraph keeps the hyphen (a compound with a name), a header drops it."""
    assert join_hyphenated("Regnskap Fjellvik-", "konsernet") == "Regnskap Fjellvik-konsernet"
    assert join_hyphenated("Regnskap Fjellvik-", "konsernet", header=True) == "Regnskap Fjellvikkonsernet"
    assert join_hyphenated("arbeids\u00ad\u2010", "trening") == "arbeidstrening"  # the soft hyphen a browser printed
