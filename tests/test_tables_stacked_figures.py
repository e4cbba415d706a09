"""Figures and labels a narrow column wrapped onto the next line (docs/phrasings.md §48, §52)."""
import pytest

from extractor.ingest.primitives import Word
from extractor.tables.chunks import TextLine
from extractor.tables.stacked_figures import join_stacked_figures

COLUMNS = ((0, 60), (80, 140), (160, 220))  # a label column and two figure columns


def line(top: float, *cells: str) -> TextLine:
    words = [Word(text, x0, top, x1, top + 9) for text, (x0, x1) in zip(cells, COLUMNS) if text]
    return TextLine(words, [[w] for w in words])


def cells_of(text_line: TextLine) -> list[list[Word]]:
    return [[w for w in text_line.words if x0 <= w.x0 < x1] for x0, x1 in COLUMNS]


def joined(*lines: TextLine) -> list[list[str]]:
    out = join_stacked_figures(list(lines), cells_of, lambda a, b: b.top - a.top < 12)
    return [[w.text for w in text_line.words] for text_line in out]


def test_tables_tails_and_label_piece_on_the_line_below_join_their_row():
    assert joined(line(0, "Salgsin", "33 124", "-105"), line(10, "ntekter", "000", "000")) == \
        [["Salgsin", "33 124", "-105", "ntekter", "000", "000"]]


@pytest.mark.parametrize("below", [("herav tilskudd", "250", "240"),  # a part of the row: a row of its own
                                   ("Andre", "1 250", "")])  # a label of its own, a whole figure
def test_tables_a_row_of_its_own_below_is_not_joined(below):
    assert len(joined(line(0, "Sum driftsinntekter", "1 250", "1 180"), line(10, *below))) == 2


def test_tables_a_tail_under_no_head_is_not_joined():
    assert len(joined(line(0, "Driftsresultat", "", "1 180"), line(10, "", "250", ""))) == 2
