"""Cell text assembly, header rows and the confidence formula."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance
from extractor.tables.base import table_confidence
from extractor.tables.cells import lines_to_text, rows_to_header_count, words_to_cell, words_to_lines

from test_tables_support import word


def _lines(*texts: str, x0: float = 90.0, top: float = 100.0) -> list:
    lines = []
    for i, text in enumerate(texts):
        x, line = x0, []
        for token in text.split():
            line.append(word(token, x, top + 12 * i))
            x = line[-1].x1 + 3
        lines.append(line)
    return lines


@pytest.mark.parametrize(
    ("texts", "edge", "expected"),
    [
        (("Renholdskonferans", "e"), 90 + 6 * 17 + 2, "Renholdskonferanse"),
        (("kompetanseprogra", "m, en samling"), 90 + 6 * 16 + 2, "kompetanseprogram, en samling"),
        (("arbeids-", "trening"), 200, "arbeids-trening"),
        (("Fag og", "personalmøter"), 200, "Fag og personalmøter"),
        (("Leverandør", "konferansen, NAV"), 200, "Leverandør konferansen, NAV"),  # short word: a normal wrap
        (("Overgang", "til arbeid"), 90 + 6 * 8 + 2, "Overgang til arbeid"),  # "til" stands alone
        (("Samfunns-", "Og"), 200, "Samfunns- Og"),
        (("VARAMEDLEMMER", "l. vara"), 90 + 6 * 13 + 2, "VARAMEDLEMMER l. vara"),  # capitals go on in capitals
    ],
)
def test_tables_cells_line_joining(texts, edge, expected):
    assert lines_to_text(_lines(*texts), right_edge=edge) == expected


def test_tables_cells_words_to_lines_tolerates_ocr_boxes():
    # OCR boxes hug the ink: "og" is shorter and lower than "Mål", a dash is a sliver
    words = [word("Mål", 90, 100), word("og", 115, 103), word("-", 140, 104.5), word("AFT", 150, 100)]
    words[1].bottom, words[2].bottom = 112, 105
    words += [word("neste", 90, 114), word("linje", 130, 114)]
    assert [[w.text for w in line] for line in words_to_lines(words)] == [["Mål", "og", "-", "AFT"], ["neste", "linje"]]


def test_tables_cells_words_to_lines_joins_a_line_it_overlaps_by_half():
    # "lower" overlaps "upper" by 40 %: a line of its own; "b" overlaps "lower" by 95 % and
    # "upper" by 35 %; a box of no height (a rule read as a word) joins the line its centre is in
    words = [word("upper", 90, 100), word("lower", 90, 106), word("b", 150, 106.5)]
    flat = word("_", 200, 111)
    flat.bottom = flat.top
    words += [flat, word("c", 90, 130)]
    assert [[w.text for w in line] for line in words_to_lines(words)] == [["upper"], ["lower", "b", "_"], ["c"]]


def test_tables_cells_ocr_confidence_is_mean_of_words():
    cell = words_to_cell([word("12", 90, 100, conf=0.9), word("faste", 110, 100, conf=0.7)], 3, (84, 95, 190, 115))
    assert cell.text == "12 faste" and cell.prov.page == 3 and cell.prov.ocr_confidence == pytest.approx(0.8)
    assert words_to_cell([word("x", 90, 100)], 1, (0, 0, 1, 1)).prov.ocr_confidence is None


def _row(*texts: str, span: int = 1) -> list[Cell]:
    prov = Provenance(page=1)
    if span > 1:
        return [Cell(texts[0], prov, col_span=span)] + [Cell("", prov, merged=True) for _ in range(span - 1)]
    return [Cell(t, prov) for t in texts]


@pytest.mark.parametrize(
    ("rows", "bold", "expected"),
    [
        ([_row("Tittel", span=3), _row("Navn", "Andel", "Tid"), _row("A", "64%", "51")], None, 2),
        ([_row("Note", "2014", "2013"), _row("1", "16 917 863", "15 002 114")], None, 1),
        ([_row("Skilt og tre:", "19"), _row("Sum:", "42")], None, 0),
        ([_row("Fag", "Deltakere"), _row("Unge", "Tre ansatte")], [True, False], 1),
        ([_row("Fag", "Deltakere"), _row("Unge", "Tre ansatte")], None, 0),
    ],
)
def test_tables_cells_header_rows(rows, bold, expected):
    assert rows_to_header_count(rows, bold) == expected


def test_tables_cells_confidence_formula():
    assert table_confidence(1.0, 0.0, "ruled", 5, 3) == 1.0
    assert table_confidence(1.0, 0.0, "text", 5, 3) < table_confidence(1.0, 0.0, "ruled", 5, 3)
    assert table_confidence(1.0, 0.0, "ruled", 1, 3) < table_confidence(1.0, 0.0, "ruled", 2, 3)
    assert table_confidence(0.8, 0.5, "ruled", 5, 3) == pytest.approx(0.8 * 0.75)
    assert 0.0 <= table_confidence(-1.0, 2.0, "text", 0, 0) <= 1.0
