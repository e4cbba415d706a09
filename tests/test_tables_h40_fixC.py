"""Tables other hands set (docs/phrasings.md §130): the pure steps that keep them whole."""
import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest.column_tables import _cut_in_two, _is_label
from extractor.ingest.primitives import Word
from extractor.tables.base import TableTolerances
from extractor.tables.chunks import label_after_figure, line_to_chunks, split_under_columns, words_to_text_lines
from extractor.tables.partial_rules import mend_cuts
from extractor.tables.text_columns import cut_headers
from extractor.tables.text_runs import _own_sentence

TOL = TableTolerances()
SIZE = 9.5
SPACE = 2.7  # a word space at 9.5 pt


def words(top: float, *cells: tuple[float, str]) -> list[Word]:
    """One line's words, each cell's from its x on, a word space apart (5 pt a letter)."""
    out = []
    for x, text in cells:
        for token in text.split():
            out.append(Word(token, x, top, x + 5 * len(token), top + SIZE, size=SIZE))
            x += 5 * len(token) + SPACE
    return out


def texts(chunks) -> list[str]:
    return [" ".join(w.text for w in c) for c in chunks]


# --- a column of words beside a flush-right column of figures ----------------------------------------

@pytest.mark.parametrize(("gap", "cut"), [(10.0, True), (SPACE, False)])
def test_label_after_figure_cuts_a_capitalised_word_a_padding_after_a_share(gap, cut):
    share = Word("%", 300, 100, 305, 109.5, size=SIZE)
    name = Word("Svein", 305 + gap, 100, 330 + gap, 109.5, size=SIZE)
    assert label_after_figure(share, name) is cut


def test_a_share_then_a_name_are_two_chunks_but_a_share_in_a_sentence_is_not():
    row = words(100, (283, "38,0 %"), (326.6, "Svein Olav Brattgjerd"))
    assert texts(line_to_chunks(row, TOL.column_gap_em)) == ["38,0 %", "Svein Olav Brattgjerd"]
    prose = words(100, (60, "eier 38,0 % Svein"))
    assert len(line_to_chunks(prose, TOL.column_gap_em)) == 1


def test_a_cell_opening_with_a_share_is_no_row_label():
    assert not _is_label("38,0 % Svein Olav Brattgjerd")
    assert _is_label("Driftsinntekter")


def test_a_header_set_closer_than_a_column_gap_is_cut_at_the_fullest_rows_columns():
    lines = words_to_text_lines([
        *words(100, (68, "Eier"), (224, "Aksjer"), (262, "Eierandel"), (314, "Representant"), (436, "Vara")),
        *words(120, (68, "Orkland kommune"), (229, "1 520"), (283, "38,0 %"), (326.6, "Svein Olav"), (436, "Anne Hoel")),
        *words(140, (68, "Skaun kommune"), (238, "960"), (283, "24,0 %"), (326.6, "Torgeir Moxnes"), (436, "Elin Rønning")),
    ], TOL)
    assert texts(lines[0].chunks) == ["Eier", "Aksjer Eierandel Representant", "Vara"]
    assert texts(cut_headers(lines)[0].chunks) == ["Eier", "Aksjer", "Eierandel", "Representant", "Vara"]


# --- a row under a wrapped name, its role filling the cell --------------------------------------------

def test_a_row_under_a_wrapped_name_is_cut_at_the_name_column():
    lines = words_to_text_lines([*words(100, (60, "Nestleder"), (128, "Yngve")),
                                 *words(112, (128, "Mortensrud")),
                                 *words(126, (65, "Styremedlem"), (128, "Hilde Grøtan"))], TOL)
    assert len(lines[2].chunks) == 1  # a cell's padding apart: no column gap
    split_under_columns(lines, TOL)
    assert texts(lines[2].chunks) == ["Styremedlem", "Hilde Grøtan"]


def test_a_line_under_a_wrapped_cell_off_the_column_stays_whole():
    lines = words_to_text_lines([*words(100, (60, "Nestleder"), (128, "Yngve")),
                                 *words(112, (128, "Mortensrud")),
                                 *words(126, (65, "Styremedlem"), (128, "Hilde Grøtan"))], TOL)
    lines[2].words[1].x0 += 3  # "Hilde" off the name column
    lines[2].words[1].x1 += 3
    split_under_columns(lines, TOL)
    assert len(lines[2].chunks) == 1


# --- a sentence close under a table -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "own"), [("Styret vurderer eierstrukturen som stabil.", True),
                                           ("og Vinje kommune", False), ("Holding AS", False)])
def test_own_sentence(text, own):
    line = words_to_text_lines(words(100, (60, text)), TOL)[0]
    assert _own_sentence(line, TOL) is own


# --- one table cut by a gutter ------------------------------------------------------------------------

def table(x: float, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> Table:
    out = []
    for k, row in enumerate(rows):
        top, left, cells = 100 + 20 * k, x, []
        for text, width in zip(row, widths):
            cells.append(Cell(text, Provenance(page=1, bbox=(left, top, left + 5 * len(text), top + SIZE))))
            left += width
        out.append(cells)
    return Table(rows=out, prov=Provenance(page=1, bbox=(x, 100, left, 100 + 20 * len(rows))), strategy="text",
                 confidence=0.8)


ROLES = [("Rolle", "Navn"), ("Leder", "Gudmund Eikrem"), ("Nestleder", "Aslaug Tveten")]
TERMS = [("Valgt for", "Status"), ("2 år", "Gjenvalg"), ("1 år", "Ny")]


def test_halves_of_one_table_of_words_on_the_same_lines_are_cut_in_two():
    assert _cut_in_two([table(70, ROLES, (110, 110))], [table(298, TERMS, (110, 110))])


def test_tables_apart_by_more_than_their_own_column_gaps_are_two():
    assert not _cut_in_two([table(70, ROLES, (110, 110))], [table(500, TERMS, (60, 60))])


def test_tables_of_other_rows_are_two():
    assert not _cut_in_two([table(70, ROLES, (110, 110))], [table(298, TERMS[:2], (110, 110))])


def test_two_statements_with_figures_side_by_side_are_two():
    assets = [("Eiendeler", "2023"), ("Bygninger", "12 460"), ("Bank", "4 377")]
    debt = [("Gjeld", "2023"), ("Lån", "6 150"), ("Leverandører", "1 128")]
    assert not _cut_in_two([table(70, assets, (110, 60))], [table(250, debt, (110, 60))])


# --- a header phrase over short values ----------------------------------------------------------------

def test_a_lowercase_word_going_on_a_header_phrase_keeps_its_column():
    inside = [Word("2", 298, 202, 304, 211), Word("år", 307, 202, 318, 211), Word("Gjenvalg", 411, 202, 455, 211)]
    header = [Word("Valgt", 298, 178, 324, 187), Word("for", 327, 178, 341, 187),
              Word("Status", 411, 178, 443, 187)]
    xs = [65.5, 161.3, 284.7, 325.4, 519.1]
    mended = mend_cuts(xs, inside, header)
    assert 341 < mended[3] < 411


def test_a_list_of_roles_and_names_set_in_two_columns_is_two_tables():
    first = [("Styreleder", "Gunvor Lie"), ("Styremedlem", "Arne Dahl"), ("Varamedlem", "Eli Rud")]
    second = [("Nestleder", "Tore Moe"), ("Styremedlem", "Siri Bø"), ("Varamedlem", "Per Ask")]
    assert not _cut_in_two([table(70, first, (80, 110))], [table(260, second, (80, 110))])


def test_a_numbered_label_keeps_its_title_set_apart():
    """An agenda's "Sak 3   Val av møteleiar": the number is the label's, so the title after it is no
    second cell (a share and its representative, "38 %   Svein Olav Brattgjerd", are two)."""
    from extractor.ingest.primitives import Word
    from extractor.tables.chunks import line_to_chunks

    def words(*items):
        return [Word(text, x0, 100.0, x0 + 5.5 * len(text), 110.0, 10.0) for text, x0 in items]

    agenda = words(("Sak", 72.0), ("3", 92.0), ("Val", 120.0), ("av", 140.0), ("møteleiar", 153.0))
    owners = words(("38", 72.0), ("%", 85.0), ("Svein", 120.0), ("Brattgjerd", 150.0))
    assert len(line_to_chunks(agenda, 3.0)) == 1
    assert len(line_to_chunks(owners, 3.0)) == 2
