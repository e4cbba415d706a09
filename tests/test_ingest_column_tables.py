"""Statements side by side (``column_tables._side_by_side``): a gutter's two sides are taken
when each holds tables and every one is a statement; the right side is searched only when
the left one holds statements; a statement beside lines without figures (its signatures) is
taken without them."""
from __future__ import annotations

import pytest

from extractor.ingest import column_tables as ct
from extractor.ingest.primitives import PageContent, Word
from extractor.tables.base import DEFAULT_TOLERANCES

CUT = 100.0


def _rows(right_figures: bool = True) -> list[list[Word]]:
    right = "1{} 250" if right_figures else "Navn{}"
    return [[Word(f"l{i}", 10, 12 * i, 60, 12 * i + 10), Word(right.format(i), 140, 12 * i, 190, 12 * i + 10)]
            for i in range(4)]


@pytest.mark.parametrize(("left", "right", "tables", "searched", "right_figures"), [
    ([], ["statement"], [], ["left"], True),
    (["prose"], ["statement"], [], ["left"], True),
    (["statement", "prose"], ["statement"], [], ["left"], True),
    (["statement"], [], [], ["left", "right"], True),
    (["statement"], ["prose"], [], ["left", "right"], True),
    (["statement"], ["statement", "statement"], ["statement"] * 3, ["left", "right"], True),
    (["statement"], [], ["statement"], ["left"], False),  # names and titles signing beside it
    (["names"], [], [], ["left", "right"], False),  # a signature grid cut by its gutter: no statement
    ([], [], [], ["left"], False),
])
def test_side_by_side_takes_statements_on_both_sides(monkeypatch, left, right, tables, searched, right_figures):
    rows = _rows(right_figures)
    found = {"left": left, "right": right}
    calls: list[str] = []

    def find(content, side_rows, tol):
        side = "left" if side_rows[0][0].x0 < CUT else "right"
        calls.append(side)
        return list(found[side])

    monkeypatch.setattr(ct, "find_gutter_runs", lambda rows, size: iter([(0, len(rows) - 1, [CUT])]))
    monkeypatch.setattr(ct, "_find", find)
    monkeypatch.setattr(ct, "_is_statement", lambda table: table in ("statement", "names"))  # labels first
    monkeypatch.setattr(ct, "_has_figures", lambda table: table == "statement")
    content = PageContent(1, 200, 100, [w for row in rows for w in row])
    assert ct._side_by_side(content, rows, 10.0, DEFAULT_TOLERANCES) == tables
    assert calls == searched


def _table_at(x0: float, top: float, x1: float, bottom: float):
    from extractor.document import Provenance, Table
    return Table(rows=[], prov=Provenance(page=1, bbox=(x0, top, x1, bottom)), strategy="text", confidence=0.85)


@pytest.mark.parametrize(("bbox", "dropped"), [
    ((40, 200, 520, 250), True),    # lines of three columns side by side, inside their run
    ((40, 90, 520, 250), False),    # begins with the run: a table above the columns may be one
    ((40, 200, 190, 250), False),   # in the first column only
    ((40, 300, 520, 480), False),   # reaches below the run
])
def test_across_columns_drops_a_table_over_a_gutter_inside_its_run(bbox, dropped):
    runs = [(90.0, 460.0, 207.5)]
    assert ct._across_columns(_table_at(*bbox), runs) is dropped


def _table_of(*first_cells: str):
    from extractor.document import Cell, Provenance, Table
    rows = [[Cell(text, Provenance(page=1)), Cell("1 000", Provenance(page=1))] for text in first_cells]
    return Table(rows=rows, prov=Provenance(page=1), strategy="text", confidence=0.85)


@pytest.mark.parametrize(("cells", "statement"), [
    (("Sum inntekter", "Sum utgifter", "Driftsresultat"), True),
    (("kr 260.777,-", "kr 68.260,-", "kr -32.096,-"), False),  # a typed statement's figure column
    (("NOK 5 000", "NOK 4 200"), False),
])
def test_a_column_of_amounts_is_no_column_of_labels(cells, statement):
    assert ct._is_statement(_table_of(*cells)) is statement


def _line(x: float, top: float, text: str, size: float = 9.0) -> list[Word]:
    words, at = [], x
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, at, top, at + width, top + size, size=size))
        at += width + size * 0.3
    return words


_PROSE = ("vi har hatt ei god tid i år med", "mange nye folk i arbeid og", "fleire som har gått ut i jobb",
          "og det er vi glade for i år", "styret har hatt sju møte og", "sett på mål og plan for drifta",
          "vi ser fram til eit nytt år", "med meir arbeid til alle her")
_GRID = ((("Brita Lunde Vatne", "Halvard Myklebust", "Torunn Eide"), ("styreleiar", "nestleiar", "styremedlem")),
         (("Sverre Hatlebakk", "Oddny Rørvik", "Jostein Heggland"), ("styremedlem", "tilsettrepresentant", "dagleg leiar")))
_COLUMN_X = (60.0, 230.0, 400.0)


def test_column_tables_signature_grid_under_three_columns_keeps_its_first_column():
    """A signature grid three to a row set right under three-column prose, each cell where a text
    column starts: the gutters run on through the grid, and the table a side of them holds grows
    across the page to the grid's first column (its names and titles are no lines of prose)."""
    words = [w for k, text in enumerate(_PROSE) for x in _COLUMN_X for w in _line(x, 100 + 12 * k, text)]
    top = 100 + 12 * len(_PROSE) + 10
    words += _line(_COLUMN_X[0], top, "Ålesund, 8. mars 2024")  # the place and date in the first column
    top += 40
    for names, titles in _GRID:
        for x, name, title in zip(_COLUMN_X, names, titles):
            words += _line(x, top, name) + _line(x, top + 12, title)
        top += 50
    content = PageContent(1, 600, 800, words)
    grids = [t for t in ct.column_tables(content, DEFAULT_TOLERANCES)
             if any("Torunn" in c.text for row in t.rows for c in row)]
    assert len(grids) == 1
    assert [c.text for c in grids[0].rows[0]] == list(_GRID[0][0])


def test_column_tables_a_table_beside_prose_stays_in_its_column():
    """A "Role | Name" table in the right column beside running text whose lines stand level with
    some of its rows, not all: the table is the column's own, the text no cell of it."""
    left = ("The firm had 14 employees and 5.8 % absence.", "Revenue grew and the result for 2024 was good.")
    rows = (("Role", "Name"), ("Chair", "Hanne Lid"), ("Deputy Chair", "Ola Kil"), ("Board Member", "Siri Pau"),
            ("Board Member", "Tor Vik"), ("Employee Member", "Liv Os"), ("Board Member", "Ken Ras"),
            ("Deputy Member", "Per Mat"))
    words = [w for k, text in enumerate(_PROSE) for w in _line(60, 40 + 12 * k, text) + _line(300, 40 + 12 * k, text)]
    for k, (role, name) in enumerate(rows):
        words += _line(300, 160 + 14 * k, role) + _line(420, 160 + 14 * k, name)
        if 1 <= k <= len(left):
            words += _line(60, 160 + 14 * k, left[k - 1])
    tables = ct.column_tables(PageContent(1, 600, 800, words), DEFAULT_TOLERANCES)
    (table,) = [t for t in tables if any("Chair" in c.text for row in t.rows for c in row)]
    assert [c.text for c in table.rows[1]] == ["Chair", "Hanne Lid"]


_NARROW = (("VERKSEMDA", "Firmaet held til i Brekke", "og har ei avdeling i", "Holm og ei i Nes. Eigarane",
            "er to kommunar i fylket."),
           ("Fråværet var 4,2 % mot", "5,1 % året før. Ingen", "skadar er registrerte i år.", "LIKESTILLING",
            "Av 30 tilsette er 14", "kvinner og 16 menn."),
           ("ØKONOMI", "Inntektene auka med 3,9 %.", "Drifta held fram som før,", "og styret er nøgd.",
            "REVISJON", "Revisor er Fjell Revisjon", "AS ved Per Haug."))
_OFFSETS = (9.0, 0.0, 0.0)  # the first column opens under a heading set lower: its lines fall between the others'


def test_column_tables_narrow_three_columns_over_a_signature_grid_are_no_table():
    """Three narrow columns of running text (four words a line, small uppercase sub-headings that
    set the columns' lines off each other's) over a signature grid three to a row: the grid's
    short cells, under the same gutters, held the columns under the share of their measure a
    column asks, and the page was one text table of sentence pieces. The part above the band of
    whitespace over the grid reads as columns; the grid is a table of its own."""
    words = [w for x, lines, dy in zip(_COLUMN_X, _NARROW, _OFFSETS)
             for k, text in enumerate(lines) for w in _line(x, 100 + dy + 13 * k, text)]
    top = 100 + 13 * 8 + 10
    words += _line(_COLUMN_X[0], top, "Nes, 8. mars 2024")
    top += 30
    for names, titles in _GRID:
        for x, name, title in zip(_COLUMN_X, names, titles):
            words += _line(x, top, name) + _line(x, top + 11, title)
        top += 50
    tables = ct.column_tables(PageContent(1, 600, 800, words), DEFAULT_TOLERANCES)
    cells = [c.text for t in tables for row in t.rows for c in row]
    assert not any("Eigarane" in c or "REVISJON" in c for c in cells)
    grids = [t for t in tables if any("Torunn" in c.text for row in t.rows for c in row)]
    assert len(grids) == 1 and [c.text for c in grids[0].rows[0]] == list(_GRID[0][0])
