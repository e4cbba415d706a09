"""Statements side by side (``column_tables._side_by_side``): a gutter's two sides are taken
when each holds tables and every one is a statement; the right side is searched only when
the left one holds statements."""
from __future__ import annotations

import pytest

from extractor.ingest import column_tables as ct
from extractor.ingest.primitives import PageContent, Word
from extractor.tables.base import DEFAULT_TOLERANCES

CUT = 100.0


def _rows() -> list[list[Word]]:
    return [[Word(f"l{i}", 10, 12 * i, 60, 12 * i + 10), Word(f"r{i}", 140, 12 * i, 190, 12 * i + 10)] for i in range(4)]


@pytest.mark.parametrize(("left", "right", "tables", "searched"), [
    ([], ["statement"], [], ["left"]),
    (["prose"], ["statement"], [], ["left"]),
    (["statement", "prose"], ["statement"], [], ["left"]),
    (["statement"], [], [], ["left", "right"]),
    (["statement"], ["prose"], [], ["left", "right"]),
    (["statement"], ["statement", "statement"], ["statement"] * 3, ["left", "right"]),
])
def test_side_by_side_takes_statements_on_both_sides(monkeypatch, left, right, tables, searched):
    rows = _rows()
    found = {"left": left, "right": right}
    calls: list[str] = []

    def find(content, side_rows, tol):
        side = "left" if side_rows[0][0].x0 < CUT else "right"
        calls.append(side)
        return list(found[side])

    monkeypatch.setattr(ct, "find_gutter_runs", lambda rows, size: iter([(0, len(rows) - 1, [CUT])]))
    monkeypatch.setattr(ct, "_find", find)
    monkeypatch.setattr(ct, "_is_statement", lambda table: table == "statement")
    content = PageContent(1, 200, 100, [w for row in rows for w in row])
    assert ct._side_by_side(content, rows, 10.0, DEFAULT_TOLERANCES) == tables
    assert calls == searched
