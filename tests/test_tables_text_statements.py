"""Unruled financial statements stay one table: wrapped row labels (below or above the row's
values), section titles, indented sub-items, blank spacer lines and "Sum" lines; a heading,
a caption or a short line under the table stays outside it."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest.primitives import PageContent, Word
from extractor.tables import find_tables

from test_tables_support import pdf_pages, words_in_line

DEVSET = Path(__file__).resolve().parents[1] / "bench" / "devset"
COLUMNS = (71.0, 215.0, 298.0, 411.0)  # label, note, this year, last year (left edges)


def line(top: float, label: str = "", note: str = "", this: str = "", last: str = "", indent: float = 0.0,
         size: float = 10.0) -> list[Word]:
    words = []
    for x, text in zip((COLUMNS[0] + indent, *COLUMNS[1:]), (label, note, this, last)):
        if text:
            words += words_in_line(text, x, top, size)
    return words


def only_table(words: list[Word]):
    tables = find_tables(PageContent(1, 595, 842, words))
    assert len(tables) == 1, [t.text_rows() for t in tables]
    return tables[0]


def test_tables_text_statement_label_wrapped_below_its_values():
    """Double spacing; "Andre" / "driftskostnader" in a narrow label column, then a blank spacer."""
    pitch, words = 23.4, []
    rows = [("Resultatregnskap", "Note", "2014", "2013"), ("Salgsinntekter", "3", "6 412 880", "6 105 230"),
            ("Lønnskostnader", "5", "11 240 650", "10 980 410"), ("Andre", "", "3 511 020", "3 402 660")]
    for i, cells in enumerate(rows):
        words += line(120 + pitch * i, *cells)
    words += line(120 + pitch * 3 + 13.3, "driftskostnader")  # the wrapped row is 13.3 pt taller
    words += line(120 + pitch * 4 + 13.3, "Sum driftskostnader", "", "14 751 670", "14 383 070")
    words += line(120 + pitch * 6 + 13.3, "Årsresultat", "", "409 490", "244 750")  # after a blank line
    table = only_table(words)
    assert table.text_rows() == [
        ["Resultatregnskap", "Note", "2014", "2013"],
        ["Salgsinntekter", "3", "6 412 880", "6 105 230"],
        ["Lønnskostnader", "5", "11 240 650", "10 980 410"],
        ["Andre driftskostnader", "", "3 511 020", "3 402 660"],
        ["Sum driftskostnader", "", "14 751 670", "14 383 070"],
        ["Årsresultat", "", "409 490", "244 750"],
    ]
    assert table.header_rows == 1


def test_tables_text_statement_label_wrapped_above_its_values():
    """Values set on the label's last line (bottom-aligned cells): "Andre" / "driftskostnader 3 511 020"."""
    pitch, words = 23.4, []
    words += line(120, "", "Note", "2014", "2013")
    words += line(120 + pitch, "Salgsinntekter", "3", "6 412 880", "6 105 230")
    words += line(120 + 2 * pitch, "Andre")
    words += line(120 + 2 * pitch + 13.3, "driftskostnader", "", "3 511 020", "3 402 660")
    words += line(120 + 3 * pitch + 13.3, "Driftsresultat", "", "367 310", "193 510")
    rows = only_table(words).text_rows()
    assert rows[2] == ["Andre driftskostnader", "", "3 511 020", "3 402 660"]
    assert rows[3] == ["Driftsresultat", "", "367 310", "193 510"]


def test_tables_text_statement_single_spaced_with_sections_and_sub_items():
    """Every line 12 pt apart: section titles keep their own row, a lowercase line continues
    the label above, indented sub-items and a blank spacer line do not end the table, and a
    short line right under the table (as close as the rows) is not taken into it."""
    specs = [
        ("Resultatregnskap", "Note", "2014", "2013", 0),
        ("Driftsinntekter", "", "", "", 0),
        ("Salgsinntekter", "3", "6 412 880", "6 105 230", 10),
        ("Offentlige tilskudd", "4", "9 118 400", "8 870 100", 10),
        ("Sum driftsinntekter", "", "15 531 280", "14 975 330", 0),
        None,  # blank spacer line
        ("Driftskostnader", "", "", "", 0),
        ("Lønnskostnader", "5", "11 240 650", "10 980 410", 10),
        ("Andre", "", "3 511 020", "3 402 660", 10),
        ("driftskostnader", "", "", "", 10),
        ("Sum driftskostnader", "", "14 751 670", "14 383 070", 0),
        ("Årsresultat", "", "779 610", "592 260", 0),
    ]
    words, top = [], 120.0
    for spec in specs:
        if spec:
            *cells, indent = spec
            words += line(top, *cells, indent=indent)
        top += 12
    words += words_in_line("Oslo, 5. mars", COLUMNS[0], top)
    table = only_table(words)
    rows = table.text_rows()
    assert rows == [
        ["Resultatregnskap", "Note", "2014", "2013"],
        ["Driftsinntekter", "", "", ""],
        ["Salgsinntekter", "3", "6 412 880", "6 105 230"],
        ["Offentlige tilskudd", "4", "9 118 400", "8 870 100"],
        ["Sum driftsinntekter", "", "15 531 280", "14 975 330"],
        ["Driftskostnader", "", "", ""],
        ["Lønnskostnader", "5", "11 240 650", "10 980 410"],
        ["Andre driftskostnader", "", "3 511 020", "3 402 660"],
        ["Sum driftskostnader", "", "14 751 670", "14 383 070"],
        ["Årsresultat", "", "779 610", "592 260"],
    ]
    assert table.header_rows == 1


def test_tables_text_statement_heading_and_caption_stay_outside():
    words = words_in_line("Resultatregnskap", COLUMNS[0], 81, size=13.0)
    words += words_in_line("Alle beløp i kroner.", COLUMNS[0], 99)  # ends before the note column
    words += line(122, "Resultatregnskap", "Note", "2014", "2013")
    words += line(145, "Salgsinntekter", "3", "6 412 880", "6 105 230")
    words += line(168, "Årsresultat", "", "409 490", "244 750")
    table = only_table(words)
    assert table.text_rows()[0] == ["Resultatregnskap", "Note", "2014", "2013"]
    assert table.prov.bbox[1] == pytest.approx(122)


def test_tables_text_label_only_lines_do_not_join_a_different_layout():
    """A short line between a statement and a signature block with other columns: two tables."""
    words = line(120, "Driftsresultat", "", "367 310", "193 510") + line(143, "Årsresultat", "", "409 490", "244 750")
    words += words_in_line("Styret", COLUMNS[0], 166)
    for i, texts in enumerate([("Bjørn Hagen", "Eli Sandvik", "Per Lie"), ("styreleder", "nestleder", "styremedlem")]):
        for x, text in zip((71, 222, 373), texts):
            words += words_in_line(text, x, 189 + 23 * i)
    tables = find_tables(PageContent(1, 595, 842, words))
    assert [t.text_rows()[0][0] for t in tables] == ["Driftsresultat", "Bjørn Hagen"]
    assert all("Styret" not in c for t in tables for r in t.text_rows() for c in r)


def test_tables_text_kolbotn_2014_wrapped_label_keeps_one_statement():
    """Dev set, kolbotn-2014 page 2: "Andre" / "driftskostnader" split the statement in two,
    and the second part lost its year header."""
    path = DEVSET / "kolbotn-2014.pdf"
    if not path.exists():
        pytest.skip(f"{path} not generated")
    statements = [t for t in find_tables(pdf_pages(path)[1]) if t.text_rows()[0][0] == "Resultatregnskap"]
    assert len(statements) == 1
    rows = statements[0].text_rows()
    assert rows[0] == ["Resultatregnskap", "Note", "2014", "2013"]
    assert ["Andre driftskostnader", "", "3 511 020", "3 402 660"] in rows
    assert rows[-1][0] == "Årsresultat" and not any(r[0] == "Andre" for r in rows)


def test_tables_text_statement_year_columns_close_together_are_two_cells():
    """Right-aligned year columns under one em apart: "1 973 356  1 704 140" is two figures,
    while "2 249 167" stays one (digit-group spaces are a quarter em)."""
    words = []
    for i, (label, this, last) in enumerate((("Lager", "139 813", "88 241"), ("Bank", "1 973 356", "1 704 140"),
                                             ("Sum eiendeler", "2 113 169", "1 792 381"))):
        top = 120 + 14 * i
        words += words_in_line(label, 71, top)
        words += words_in_line(this, 360 - 6.6 * len(this), top)
        words += words_in_line(last, 418 - 6.6 * len(last), top)
    assert only_table(words).text_rows() == [["Lager", "139 813", "88 241"], ["Bank", "1 973 356", "1 704 140"],
                                             ["Sum eiendeler", "2 113 169", "1 792 381"]]


def test_tables_text_statement_header_without_label_then_section_titles():
    """"Note | 2024 | 2023" over an empty label column, then section titles left of every band."""
    words = line(100, "", "Note", "2024", "2023")
    words += line(114, "Eiendeler") + line(128, "Anleggsmidler", indent=8)
    words += line(142, "Inventar", "", "101 388", "154 285", indent=16)
    words += line(156, "Sum eiendeler", "", "101 388", "154 285")
    assert only_table(words).text_rows() == [["", "Note", "2024", "2023"], ["Eiendeler", "", "", ""],
                                             ["Anleggsmidler", "", "", ""], ["Inventar", "", "101 388", "154 285"],
                                             ["Sum eiendeler", "", "101 388", "154 285"]]


FIVE = (71.0, 200.0, 285.0, 370.0, 455.0)  # label and four figure columns


def five(top: float, *cells: str) -> list[Word]:
    return [w for x, text in zip(FIVE, cells) if text for w in words_in_line(text, x, top)]


def test_tables_text_statement_five_columns_labels_wrapped_to_a_short_first_line():
    """An unruled five-column statement whose labels wrap after "Sum": the wrapped lines keep
    their space ("Sum driftsinntekter"), and the last row, wider than the label lines above it,
    stays in the table."""
    words = five(100, "", "Regnskap", "", "Budsjett", "") + five(113, "", "2023", "2022", "2023", "2024")
    words += five(136, "Sum", "1 250 000", "1 100 000", "1 200 000", "1 320 000")
    words += five(149, "driftsinntekter")
    words += five(172, "Sum", "1 000 000", "950 000", "1 020 000", "1 150 000")
    words += five(185, "driftskostnader")
    words += five(208, "Årsresultat", "250 000", "150 000", "180 000", "170 000")
    assert only_table(words).text_rows()[2:] == [
        ["Sum driftsinntekter", "1 250 000", "1 100 000", "1 200 000", "1 320 000"],
        ["Sum driftskostnader", "1 000 000", "950 000", "1 020 000", "1 150 000"],
        ["Årsresultat", "250 000", "150 000", "180 000", "170 000"],
    ]


def test_tables_text_statement_header_closer_than_a_column_gap_is_cut_at_the_columns():
    """"Budsjett 2023" fits its column while its neighbour's "Regnskap 2022" wraps: the two
    header texts stand closer than a column gap, and are cut where the figure columns part; the
    wrapped years join their words (one header row, as a reader sees it)."""
    header = words_in_line("Budsjett 2023", FIVE[2], 100)
    header += words_in_line("Regnskap", header[-1].x1 + 9.0, 100)  # 0.9 em: under the column gap
    words = five(100, "", "Regnskap") + header + five(100, "", "", "", "", "Budsjett 2024")
    words += five(113, "", "2023", "", "2022")
    words += five(136, "Sum driftsinntekter", "1 250 000", "1 200 000", "1 100 000", "1 320 000")
    words += five(159, "Årsresultat", "260 000", "185 000", "155 000", "175 000")
    rows = only_table(words).text_rows()
    assert rows[0] == ["", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022", "Budsjett 2024"]
    assert rows[-1] == ["Årsresultat", "260 000", "185 000", "155 000", "175 000"]


def test_tables_text_statement_header_wrapped_in_its_cells_is_one_row_but_unlabelled_figures_are_not():
    """Header cells wrapped in their columns ("Regnskap" over "2023") are one header row; a
    line of amounts tight under a header, with no label, stays a row of its own."""
    words = five(100, "", "Regnskap", "Regnskap", "Budsjett", "Budsjett") + five(112, "", "2023", "2022", "2023", "2024")
    words += five(124, "", "1 250 000", "1 200 000", "1 100 000", "1 320 000")
    words += five(136, "Årsresultat", "260 000", "185 000", "155 000", "175 000")
    rows = only_table(words).text_rows()
    assert rows[0] == ["", "Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"]
    assert rows[1] == ["", "1 250 000", "1 200 000", "1 100 000", "1 320 000"]


def _flush_right(text: str, x1: float, top: float) -> list[Word]:
    words = words_in_line(text, 0.0, top)
    shift = x1 - words[-1].x1
    return [Word(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.size, w.bold) for w in words]


def test_tables_text_statement_wide_header_over_long_labels_is_its_header_row():
    """Header cells set flush right, wider than their figures, the first two closer than a column
    gap (one chunk), the first reaching left over the end of the longest label; a section title
    under them."""
    ends = (300.0, 390.0, 480.0)
    heads = ("Rekneskap 2023", "Rekneskap 2022", "Budsjett 2024")
    words = [w for text, end in zip(heads, ends) for w in _flush_right(text, end, 100)]
    rows = [("Innbetalte felleskostnader", "2.942.880", "2.843.360", "3.045.888"),
            ("Andre inntekter", "36.500", "28.200", "30.000"), ("Sum driftsinntekter", "2.979.380", "2.871.560", "3.075.888")]
    words += words_in_line("Driftsinntekter", 71, 113)
    for i, (label, *figures) in enumerate(rows):
        top = 126 + 13 * i
        words += words_in_line(label, 71, top) + [w for text, end in zip(figures, ends) for w in _flush_right(text, end, top)]
    assert max(w.x1 for w in words if w.top == 126 and not w.text[0].isdigit()) > min(w.x0 for w in words if w.top == 100)
    table = only_table(words)
    assert table.text_rows()[:3] == [["", *heads], ["Driftsinntekter", "", "", ""], list(rows[0])]


def test_tables_text_statement_section_title_under_a_sum_is_its_own_row():
    """Single spacing a renderer sets a point unevenly: "Driftskostnader" (a section title) stands
    5.3 pt under "Sum driftsinntekter" and 6.2 pt over the next row. A capitalised line under a
    closed label of figures is no wrap unless clearly nearer to it: a row of its own."""
    size, words = 9.0, []
    words += line(100, "Driftsinntekter", size=size)
    words += line(114.3, "Billettinntekter", "", "486 250", "431 900", size=size)
    words += line(128.6, "Tilskot", "", "650 000", "640 000", size=size)
    words += line(142.9, "Sum driftsinntekter", "", "1 136 250", "1 071 900", size=size)
    words += line(157.2, "Driftskostnader", size=size)
    words += line(172.4, "Varekjøp", "", "141 306", "129 850", size=size)
    words += line(186.7, "Løn", "", "884 412", "801 776", size=size)
    rows = only_table(words).text_rows()
    assert ["Sum driftsinntekter", "1 136 250", "1 071 900"] in rows
    assert ["Driftskostnader", "", ""] in rows


def test_tables_text_name_wrapped_capitalised_in_a_narrow_column_stays_one_cell():
    """A surname wrapped onto the next line of a narrow name column starts with a capital, 3.4 pt
    under its first name and 5.3 pt over the next row: it still continues the name above (a row
    without figures; names wrap capitalised)."""
    size, words, top = 10.0, [], 100.0
    for name, place, gap in (("Personleg vara", "Krins", 5.3), ("Tormod", "Indre Dal", 3.4), ("Aslaksen", "", 5.3),
                             ("Inga Sandal", "Ytre Dal", 5.3), ("Lars Heggheim", "Straumen", 5.3)):
        words += words_in_line(name, 71, top, size) + (words_in_line(place, 215, top, size) if place else [])
        top += size + gap
    rows = only_table(words).text_rows()
    assert ["Tormod Aslaksen", "Indre Dal"] in rows


def test_tables_text_group_titles_between_rows_of_names_are_rows_of_their_own():
    """Group titles in the role column of a role | name | place list ("Varamedlemmer til" /
    "styret", "Kontrollnemnd"), as far from the row above as from the row below: rows of their
    own, not the wrapped role of the member above (who would join the group under it)."""
    size, words, top = 10.0, [], 100.0
    for role, name, place, pitch in (("Leiar", "Siri Nordbø", "Haugen 3", 15.4), ("Styremedlem", "Are Lid", "Haugen 9", 15.4),
                                     ("Varamedlemmer til", "", "", 13.4), ("styret", "", "", 15.4),
                                     ("Varamedlem", "Oda Rust", "Haugen 5", 15.4), ("Kontrollnemnd", "", "", 15.4),
                                     ("Medlem", "Per Vatn", "Haugen 1", 15.4), ("Medlem", "Ivar Moe", "Haugen 2", 15.4)):
        words += words_in_line(role, 71, top, size)
        words += (words_in_line(name, 180, top, size) + words_in_line(place, 300, top, size)) if name else []
        top += pitch
    rows = only_table(words).text_rows()
    assert ["Styremedlem", "Are Lid", "Haugen 9"] in rows and ["Varamedlem", "Oda Rust", "Haugen 5"] in rows
    assert ["Varamedlemmer til styret", "", ""] in rows and ["Kontrollnemnd", "", ""] in rows



def _typed(text: str, x0: float, top: float, size: float = 10.0) -> list[Word]:
    """A typewritten line as OCR boxes its words: a character cell is 0.6 em and a space one
    cell; the ink of a word ending in "," or "." stops short of its last cell."""
    out, x = [], x0
    for token in text.split():
        short = 0.35 * size if token[-1] in ",." else 0.0
        out.append(Word(token, x, top, x + 0.6 * size * len(token) - short, top + size, size=size))
        x += 0.6 * size * (len(token) + 1)
    return out


def test_tables_text_typed_statement_ocr_figures_and_a_dated_line_under_it():
    """A typed statement as OCR reads it: a dash lost ("425 000,") keeps the figure whole and in
    its column; "Vikbygd, 14. mars 1986" under the statement is a dated line (a day, not a
    figure beside a label), so the signatures below stay out of the statement."""
    words = _typed("1986", 404, 100) + _typed("1985", 500, 100) + _typed("Eiendeler", 62, 112)
    rows = [("Bygning", "412 000,-", "425 000,"), ("Bank", "1 802,-", "6 625,"), ("Sum eiendeler", "413 802,-", "431 625,-")]
    for i, (label, this, last) in enumerate(rows):
        top = 125 + 13 * i
        words += _typed(label, 62, top) + _typed(this, 434 - 6 * len(this), top) + _typed(last, 530 - 6 * len(last), top)
    words += _typed("Regnskapet er revidert og i orden.", 62, 200)
    words += _typed("Vikbygd, 14. mars 1986", 62, 224)
    for top, texts in ((246, ("Tor Aasli", "Eli Brekke", "Ola Dal")), (260, ("formann", "kasserer", "sekretær"))):
        for x, text in zip((62, 200, 340), texts):
            words += _typed(text, x, top)
    statements = [t for t in find_tables(PageContent(1, 595, 842, words)) if any(r[0] == "Bank" for r in t.text_rows())]
    assert len(statements) == 1
    assert statements[0].text_rows() == [["", "1986", "1985"], ["Eiendeler", "", ""], ["Bygning", "412 000,-", "425 000,"],
                                         ["Bank", "1 802,-", "6 625,"], ["Sum eiendeler", "413 802,-", "431 625,-"]]


def test_tables_text_title_over_a_year_header_starts_the_next_statement():
    """"7. BALANSE PR. 31.12.1998" over a row of years after a results statement, spaced as rows
    are: the next statement's title, outside both tables, not a section title of the first."""
    words = line(100, "", "", "1998", "1997")
    words += line(114, "Salgsinntekter", "", "1 204 000", "1 118 500") + line(128, "Årsresultat", "", "96 400", "81 250")
    words += line(160, "7. BALANSE PR. 31.12.1998")
    words += line(184, "", "", "1998", "1997")
    words += line(198, "Bankinnskudd", "", "312 800", "266 900") + line(212, "Sum eiendeler", "", "812 800", "766 900")
    tables = find_tables(PageContent(1, 595, 842, words))
    assert [t.text_rows()[-1][0] for t in tables] == ["Årsresultat", "Sum eiendeler"]
    assert not any("BALANSE" in cell for t in tables for row in t.text_rows() for cell in row)


def test_tables_text_title_over_a_note_and_year_header_starts_the_next_statement():
    """"Balanse pr. 31.12." over "Note  2016  2015" (a header with its note column named): the
    next statement's title too, not a row of one table running both statements together."""
    words = line(100, "", "Note", "2016", "2015")
    words += line(114, "Salgsinntekter", "2", "1 204 000", "1 118 500") + line(128, "Årsresultat", "", "96 400", "81 250")
    words += line(152, "Balanse pr. 31.12.", size=11.0)
    words += line(172, "", "Note", "2016", "2015")
    words += line(186, "Bankinnskudd", "", "312 800", "266 900") + line(200, "Sum eiendeler", "", "812 800", "766 900")
    tables = find_tables(PageContent(1, 595, 842, words))
    assert [t.text_rows()[-1][0] for t in tables] == ["Årsresultat", "Sum eiendeler"]
    assert not any("Balanse" in cell for t in tables for row in t.text_rows() for cell in row)


def test_tables_text_statement_amounts_with_kr_under_a_year_header_and_section_title():
    """A typed statement: a header of years alone, a section title, then rows whose amounts
    carry "kr" and a dash OCR set apart ("kr 60.000, -"), wider than the years over them."""
    words = words_in_line("1994", 413, 100) + words_in_line("1993", 506, 100)
    words += words_in_line("INNTEKTER", 63, 113)
    rows = [("Utleie av sal", "kr 148.650,-", "kr 131.200, -"), ("Kinodrift", "kr 96.412,-", "kr 102.880,-"),
            ("Sum inntekter", "kr 245.062,-", "kr 234.080,-")]
    for i, (label, this, last) in enumerate(rows):
        top = 126 + 13 * i
        words += words_in_line(label, 63, top) + words_in_line(this, 372, top) + words_in_line(last, 466, top)
    table = only_table(words)
    assert table.text_rows()[0][-2:] == ["1994", "1993"]
    assert table.text_rows()[-1] == ["Sum inntekter", "kr 245.062,-", "kr 234.080,-"]
