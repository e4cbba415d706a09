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
