"""Figures and labels a narrow column wrapped onto the next line (docs/phrasings.md §48, §52)."""
import pytest

from extractor.ingest.primitives import Word
from extractor.tables.chunks import TextLine
from extractor.tables.stacked_figures import join_stacked_figures, join_wrapped_labels

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


# --- a band of figure tiles whose labels wrap onto lines of their own (docs/phrasings.md §120.2) ---

TILES = ((40, 140), (240, 340), (440, 540))  # three tiles, each label set flush left under its figure


def tile_line(top: float, size: float, *cells: str, centred: bool = False) -> TextLine:
    """One line of a band of tiles: each cell's words side by side from its tile's left edge (or
    centred in the tile), 0.55 em a character."""
    words, chunks = [], []
    for text, (x0, x1) in zip(cells, TILES):
        if not text:
            continue
        width = 0.55 * size * len(text)
        x = (x0 + x1 - width) / 2 if centred else x0
        chunk = []
        for token in text.split():
            chunk.append(Word(token, x, top, x + 0.55 * size * len(token), top + size, size))
            x += 0.55 * size * (len(token) + 1)
        words += chunk
        chunks.append(chunk)
    return TextLine(words, chunks)


def label_cells(lines: list[TextLine]) -> list[list[str]]:
    return [[" ".join(w.text for w in sorted(c, key=lambda w: (w.top, w.x0))) for c in ln.chunks] for ln in lines]


@pytest.mark.parametrize("centred", [False, True])
def test_tables_tile_labels_wrapped_onto_lines_of_their_own_join_their_labels(centred):
    figures = tile_line(0, 40, "26", "40", "58", centred=centred)
    labels = tile_line(42, 12, "plasser i varig", "AFT-plasser", "ansatte i", centred=centred)
    wrapped = tile_line(57, 12, "arbeid (VTA)", "", "alt", centred=centred)
    out = join_wrapped_labels([figures, labels, wrapped])
    assert label_cells(out[1:]) == [["plasser i varig arbeid (VTA)", "AFT-plasser", "ansatte i alt"]]
    assert out[1].chunks[0][-1].x1 == max(w.x1 for w in out[1].chunks[0])  # a chunk's extent read from its ends


@pytest.mark.parametrize("below", [
    tile_line(75, 12, "Vi har hatt et godt år", "", ""),  # the page's text a line's gap below
    tile_line(57, 12, "Vi har hatt et godt år med mange nye oppdrag", "", ""),  # reaching under two tiles
    tile_line(57, 12, "12", "", ""),  # a figure
    tile_line(57, 18, "Arbeid", "", ""),  # larger: a heading
])
def test_tables_lines_under_tile_labels_that_continue_none_stay_apart(below):
    figures = tile_line(0, 40, "26", "40", "58")
    labels = tile_line(42, 12, "VTA-plasser", "AFT-plasser", "ansatte")
    assert len(join_wrapped_labels([figures, labels, below])) == 3


def test_tables_labels_under_a_statement_row_are_no_tiles():
    row = tile_line(0, 10, "Sum", "1 250", "1 180")  # a label and figures of one size
    assert len(join_wrapped_labels([row, tile_line(12, 10, "Andre", "", ""), tile_line(24, 10, "inntekter", "", "")])) == 3
