"""Designers' table styles: shaded rows are backgrounds, not rules (``pdf_drawing.backdrops``), and a
statement ruled row by row keeps its group heads and its header of years as rows of their own."""
from __future__ import annotations

import pypdfium2 as pdfium

from extractor.ingest.backdrops import backdrops, is_backdrop
from extractor.ingest.pdf_glyphs import read_glyphs
from extractor.ingest.primitives import PageContent, Word
from extractor.tables import find_tables
from extractor.tables.base import DEFAULT_TOLERANCES
from extractor.tables.grids import horizontal_rules_to_grids, segments_to_rules
from extractor.tables.partial_rules import band_cuts

from test_pdf_chars import content_pdf
from test_tables_support import hline, word, words_in_line


def texts(*points: tuple) -> list[tuple[float, float, float, str]]:
    """Characters as ``backdrops`` reads them: (y, x) middles, size and text ("x" when not given), sorted."""
    return sorted((*p, "x") if len(p) == 3 else p for p in points)


def test_backdrop_a_shaded_row_holding_text():
    row = (60.0, 200.0, 500.0, 218.0)
    assert is_backdrop(row, texts((209.0, 100.0, 9.0)))


def test_backdrop_not_a_rule_an_empty_box_or_a_fact_panel():
    assert not is_backdrop((60.0, 200.0, 500.0, 202.0), texts((201.0, 100.0, 9.0)))  # a thick rule
    assert not is_backdrop((60.0, 200.0, 500.0, 218.0), texts((300.0, 100.0, 9.0)))  # nothing inside: a frame
    panel = (60.0, 200.0, 200.0, 400.0)  # a fact box of many lines keeps its edges
    assert not is_backdrop(panel, texts(*((210.0 + 12 * k, 100.0, 9.0) for k in range(12))))


def test_backdrop_empty_cell_of_a_shaded_row_goes_with_it():
    # a browser fills each cell apart: the label's, the empty note cell's, the figures'
    cells = [(60.0, 200.0, 290.0, 218.0), (290.0, 200.0, 360.0, 218.0), (360.0, 200.0, 440.0, 218.0)]
    chars = texts((209.0, 100.0, 9.0, "Sum"), (209.0, 400.0, 9.0, "1500"))
    assert backdrops(cells, chars) == {0, 1, 2}
    # a cell's borders drawn as thin filled boxes round its shading stay rules
    borders = [(59.5, 199.5, 290.0, 200.0), (59.5, 218.0, 290.0, 218.5), (59.5, 200.0, 60.0, 218.0),
               (59.5, 218.5, 60.0, 236.0)]
    assert backdrops(cells + borders, chars) == {0, 1, 2}
    # an empty box under a shaded caption band, taller than it: a photo's frame, not a cell
    band, photo = (60.0, 300.0, 200.0, 316.0), (60.0, 316.0, 200.0, 420.0)
    assert backdrops([band, photo], texts((308.0, 100.0, 9.0))) == {0}


def test_backdrop_read_glyphs_drops_a_fill_behind_text_keeps_lines_and_strokes(tmp_path):
    text = b"BT /F1 9 Tf 80 706 Td (Sum driftsinntekter) Tj ET BT /F1 9 Tf 80 606 Td (Sum gjeld) Tj ET"
    shaded = b"0.9 g 72 700 400 18 re f 0 g "  # a shaded sum row
    hairline = b"0.85 g 72 690 400 0.5 re f 0 g "  # a faint rule drawn as a thin filled box
    stroked = b"72 600 400 18 re S "  # a box drawn round a row
    path = content_pdf(tmp_path / "rows.pdf", shaded + hairline + stroked + text)
    segments = {tuple(round(v) for v in box) for box in read_glyphs(pdfium.PdfDocument(str(path))[0]).segments}
    assert not any(top == 792 - 718 for _, top, _, _ in segments)  # the shaded row's edges are gone
    assert (72, 792 - 690, 472, 792 - 690) in segments  # the hairline stays
    assert {(72, 792 - 618, 472, 792 - 618), (72, 792 - 600, 472, 792 - 600)} <= segments  # the stroked box stays


def figures(cells: list[tuple[str, float]], top: float, bold: bool = False) -> list[Word]:
    """Words of figures set flush right at the x given ("1 200" as two words, as printed)."""
    out = []
    for text, right in cells:
        x = right - 6.0 * len(text)
        for part in text.split():
            out.append(word(part, x, top, bold=bold))
            x = out[-1].x1 + 3.0
    return out


def bold_line(text: str, x0: float, top: float) -> list[Word]:
    return [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, True) for w in words_in_line(text, x0, top)]


def test_statement_ruled_row_by_row_keeps_group_heads_and_header():
    # faint rules under each row but the group heads', the header of years over the first rule
    words = [*bold_line("Note", 290, 100), *figures([("2023", 400), ("2022", 480)], 100, bold=True)]
    words += bold_line("Driftsinntekter", 60, 120)
    words += [*words_in_line("Salg", 60, 140), word("2", 300, 140), *figures([("1 200", 400), ("1 100", 480)], 140)]
    words += [*words_in_line("Andre inntekter", 60, 160), *figures([("300", 400), ("250", 480)], 160)]
    words += [*bold_line("Sum driftsinntekter", 60, 180), *figures([("1 500", 400), ("1 350", 480)], 180, bold=True)]
    words += bold_line("Driftskostnader", 60, 200)
    words += [*words_in_line("Lønn", 60, 220), word("3", 300, 220), *figures([("900", 400), ("850", 480)], 220)]
    words += [*bold_line("Sum driftskostnader", 60, 240), *figures([("900", 400), ("850", 480)], 240, bold=True)]
    rules = [hline(55, 485, y) for y in (114, 154, 174, 194, 234, 254)]
    (table,) = find_tables(PageContent(1, 595, 842, words, rules))
    rows = [[c for c in row if c] for row in table.text_rows()]
    assert rows == [["Note", "2023", "2022"], ["Driftsinntekter"], ["Salg", "2", "1 200", "1 100"],
                    ["Andre inntekter", "300", "250"], ["Sum driftsinntekter", "1 500", "1 350"], ["Driftskostnader"],
                    ["Lønn", "3", "900", "850"], ["Sum driftskostnader", "900", "850"]]


def test_band_cuts_group_head_over_row_but_not_a_wrapped_label():
    xs = [55.0, 280.0, 340.0, 420.0, 485.0]
    head = bold_line("Driftskostnader", 60, 120)
    row = [*words_in_line("Lønn", 60, 140), *figures([("900", 400), ("850", 480)], 140)]
    assert band_cuts([head, row], xs, DEFAULT_TOLERANCES) == [135.0]
    # a label wrapped over two tight lines, its figures on the second: one row
    upper = words_in_line("Tilskudd fra", 60, 120)
    lower = [*words_in_line("Nordland fylke", 60, 132), *figures([("3 180", 400), ("3 050", 480)], 132)]
    assert band_cuts([upper, lower], xs, DEFAULT_TOLERANCES) == []


def cell_rules(y: float, cuts: tuple[float, ...] = (55.0, 280.0, 340.0, 420.0, 485.0)) -> list:
    """A rule under a row drawn as each cell's own bottom border: pieces meeting at the columns."""
    return [hline(a, b, y) for a, b in zip(cuts, cuts[1:])]


def test_statement_bordered_cell_by_cell_keeps_group_heads():
    # each cell ruled under itself (a browser's per-cell borders), the group heads with no border
    words = [*bold_line("Note", 290, 100), *figures([("2023", 400), ("2022", 480)], 100, bold=True)]
    words += bold_line("Eiendeler", 60, 120)
    words += [*words_in_line("Bygninger", 60, 140), word("4", 283, 140),
              *figures([("8 400", 400), ("8 650", 480)], 140)]
    # a label running up to the note column: alignment alone would take the two for one column
    words += [*words_in_line("Bankinnskudd og kontanter i Nordbanken", 60, 160), word("5", 283, 160),
              *figures([("2 310", 400), ("1 980", 480)], 160)]
    words += [*bold_line("Sum eiendeler", 60, 180), *figures([("10 710", 400), ("10 630", 480)], 180, bold=True)]
    words += bold_line("Gjeld", 60, 200)
    words += [*words_in_line("Leverandørgjeld", 60, 220), *figures([("640", 400), ("590", 480)], 220)]
    rules = [r for y in (114, 154, 174, 194, 234) for r in cell_rules(y)]
    (table,) = find_tables(PageContent(1, 595, 842, words, rules))
    rows = [[c for c in row if c] for row in table.text_rows()]
    assert ["Eiendeler"] in rows and ["Gjeld"] in rows
    assert ["Bygninger", "4", "8 400", "8 650"] in rows and ["Leverandørgjeld", "640", "590"] in rows


def row_of_cells(top: float, texts_by_cell: list[str], cuts=(60.0, 200.0, 280.0, 360.0, 440.0), height=16.0):
    """A shaded row filled cell by cell, and its characters (one per cell, the cell's text)."""
    cells = [(a, top, b, top + height) for a, b in zip(cuts, cuts[1:])]
    chars = [(top + height / 2, (a + b) / 2, 9.0, text) for (a, _, b, _), text in zip(cells, texts_by_cell) if text]
    return cells, chars


def test_backdrop_header_band_keeps_its_edges_but_a_sum_row_or_zebra_stripe_not():
    # column heads set close together: the band's cells are the only columns they show
    head, head_chars = row_of_cells(200.0, ["Beløpikr", "Regnskap2024", "Regnskap2023", "Budsjett2025"])
    total, total_chars = row_of_cells(300.0, ["Suminntekter", "113518", "108656", "114500"])
    assert backdrops(head + total, texts(*head_chars, *total_chars)) == {4, 5, 6, 7}
    dated, dated_chars = row_of_cells(200.0, ["", "Note", "31.12.2023", "31.12.2022"])
    assert backdrops(dated, texts(*dated_chars)) == set()
    # heads over column pairs, empty cells between, a white border's gap, each fill drawn twice
    spaced = [(60.0, 200.0, 198.5, 216.0), (200.0, 200.0, 280.0, 216.0), (281.5, 200.0, 360.0, 216.0),
              (361.5, 200.0, 440.0, 216.0)]
    spaced_chars = texts((208.0, 240.0, 9.0, "Morselskap"), (208.0, 400.0, 9.0, "Konsern"))
    assert backdrops(spaced + spaced, spaced_chars) == set()
    # a table of words striped every other row: each stripe has a band like it just under it
    first, first_chars = row_of_cells(200.0, ["Styreleder", "KariVik", "Oslo", ""])
    second, second_chars = row_of_cells(232.0, ["Nestleder", "OlaLund", "Moss", ""])
    assert backdrops(first + second, texts(*first_chars, *second_chars)) == set(range(8))


def test_hairline_stacks_side_by_side_are_two_grids():
    # the assets' hairlines beside the equity's, each drawn cell by cell, at other heights:
    # interleaved, yet two stacks
    left = [r for y in (200, 220, 240, 260) for r in cell_rules(y, (60.0, 200.0, 245.0, 290.0))]
    right = [r for y in (210, 230, 250, 270) for r in cell_rules(y, (310.0, 440.0, 485.0, 530.0))]
    grids = horizontal_rules_to_grids(segments_to_rules(left + right, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert sorted((g.xs[0], g.ys[0], g.ys[-1]) for g in grids) == [(60, 200, 260), (310, 210, 270)]
    # plain rules beside a stack (a column of signature lines) end it, as before
    signatures = [hline(310, 450, y) for y in (210, 230, 250, 270)]
    grids = horizontal_rules_to_grids(segments_to_rules(left + signatures, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert not any(g.xs[0] == 60 for g in grids)
    # a rule across a stack's width ends it
    across = [hline(60, 290, y) for y in (300, 320, 340)] + [hline(40, 530, 360)] + [hline(60, 290, y) for y in (380, 400)]
    grids = horizontal_rules_to_grids(segments_to_rules(across, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert [(g.ys[0], g.ys[-1]) for g in grids] == [(300, 340)]
