"""Layout kinds of the sixty-sixth held-out set (docs/phrasings.md §114): a narrow column of
comment beside a statement placed as a table, a heading atop each, level with each other. Words
and figures are invented."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest import layout, row_sizes
from extractor.ingest.layout import items_to_rows, page_to_items
from extractor.ingest.primitives import Word


def _words(text: str, x0: float, top: float, size: float = 9.0) -> list[Word]:
    out, x = [], x0
    for token in text.split():
        out.append(Word(token, x, top, x + 0.55 * size * len(token), top + size, size=size))
        x = out[-1].x1 + 0.28 * size
    return out


_COMMENT = ("Inntektene ble høyere", "enn budsjettert fordi", "flere kom innom", "anlegget i sommer.",
            "Lønnskostnadene var", "lavere enn ventet", "da en stilling sto", "ledig i tre måneder.")


def _page(statement_left: bool):
    """A statement (a placed table of 12 rows, 330 pt wide) and a column of comment 110 pt wide
    beside it, 12 pt apart; each under a heading set level with the other's."""
    table = Table(rows=[[Cell(f"Post {k}", Provenance(page=1)), Cell("1 000", Provenance(page=1))] for k in range(12)],
                  prov=Provenance(page=1), strategy="ruled", confidence=0.9)
    text_x, table_x = (402.0, 60.0) if statement_left else (60.0, 182.0)
    placed = layout.Placed(table, table_x, 100, table_x + 330, 330)
    words = _words("Kommentar", text_x, 76, size=12) + _words("Resultatregnskap", table_x, 76, size=12)
    for k, line in enumerate(_COMMENT):
        words += _words(line, text_x, 100 + 13 * k)
    return words, placed


@pytest.mark.parametrize("statement_left", [False, True])
def test_layout_narrow_comment_beside_a_placed_statement_is_a_column(statement_left):
    words, placed = _page(statement_left)
    lines = [i for i in page_to_items(words, [placed]) if isinstance(i, layout.Line)]
    assert "Kommentar" in [ln.text for ln in lines] and "Resultatregnskap" in [ln.text for ln in lines]
    comment = [ln for ln in lines if ln.text in _COMMENT]
    assert len({ln.region for ln in comment}) == 1 and comment[0].region != next(
        ln.region for ln in lines if ln.text == "Resultatregnskap")


def test_layout_narrow_lines_beside_wide_lines_are_no_columns():
    """The minimal pair: lines of text where the statement stood (no table) leave the narrow
    lines under the share a column of running text asks."""
    words, _ = _page(statement_left=False)
    for k in range(12):
        words += _words("Sum post " + " ".join(["1 000"] * 8), 182, 100 + 13 * k)
    assert layout.find_column_split(items_to_rows(words), 9.0) is None


@pytest.mark.parametrize("parts, split", [
    ((("ORGANISASJON", 17, 7.5), ("Styre og ansatte", 139, 22.0)), True),  # a sidebar's title beside the heading
    ((("Note", 45, 9.0), ("Regnskapsprinsipper", 140, 9.0)), False),  # one size: a wide gap alone parts nothing
    ((("Styret", 45, 14.0), ("2023", 100, 9.0)), False),  # sizes apart but a word space between
    ((("under 19 år", 180, 8.5), ("mill. 200", 307, 30.0)), False),  # a key figure set large: the label's line
])
def test_layout_size_parts_cut_a_row_where_a_wide_gap_parts_sizes(parts, split):
    words = [w for text, x, size in parts for w in _words(text, x, 50, size=size)]
    got = row_sizes.size_parts(words)
    assert len(got) == (2 if split else 1)
