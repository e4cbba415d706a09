"""Lines of a typed list cut at the tab stops of the lines beside them (docs/phrasings.md §89)."""
from extractor.ingest.primitives import Word
from extractor.tables.base import TableTolerances
from extractor.tables.chunks import split_under_columns, words_to_text_lines

TOL = TableTolerances()
SPACE = 3.9  # a word space at 11 pt


def typed(top: float, *cells: tuple[float, str]) -> list[Word]:
    """Words of one line, each cell's words from its x on, one space apart (10 pt per letter
    is too wide for a real font but keeps the sums easy)."""
    words = []
    for x, text in cells:
        for token in text.split():
            words.append(Word(token, x, top, x + 6 * len(token), top + 11, size=11.0))
            x += 6 * len(token) + SPACE
    return words


def chunks(lines) -> list[list[str]]:
    return [[" ".join(w.text for w in c) for c in line.chunks] for line in lines]


def cut(*rows: list[Word]) -> list[list[str]]:
    lines = words_to_text_lines([w for row in rows for w in row], TOL)
    split_under_columns(lines, TOL)
    return chunks(lines)


def test_a_long_name_pushing_its_place_to_the_stop_is_cut_there():
    rows = cut(typed(100, (60, "Leder:"), (180, "Eirik Solbakk Haugen"), (302, "Snåsa")),
               typed(116, (60, "Nestleder:"), (180, "Mona Li"), (302, "Lierne")),
               typed(132, (60, "Medlem:"), (180, "Per Dal"), (302, "Grong")))
    assert rows[0] == ["Leder:", "Eirik Solbakk Haugen", "Snåsa"]


def test_a_word_off_every_stop_stays_in_its_cell():
    rows = cut(typed(100, (60, "Leder:"), (180, "Eirik Solbakk Haugen"), (306, "Snåsa")),
               typed(116, (60, "Nestleder:"), (180, "Mona Li"), (302, "Lierne")))
    assert rows[0] == ["Leder:", "Eirik Solbakk Haugen Snåsa"]


def test_a_line_as_cut_as_its_neighbour_is_left_alone():
    rows = cut(typed(100, (60, "Leder:"), (180, "Mona Li"), (302, "Lierne")),
               typed(116, (60, "Nestleder:"), (180, "Per Dal"), (302, "Grong")))
    assert rows == [["Leder:", "Mona Li", "Lierne"], ["Nestleder:", "Per Dal", "Grong"]]


def test_a_figure_cut_from_its_label_keeps_its_digit_groups():
    """The digit group "486" may stand where a neighbour's figure column starts."""
    rows = cut(typed(100, (60, "Lønn"), (200, "3"), (241.9, "14 120"), (302, "13 984")),
               typed(116, (60, "Andre kostnader"), (230, "1"), (241.9, "486"), (302, "1 302")))
    assert rows[1] == ["Andre kostnader", "1 486", "1 302"]
