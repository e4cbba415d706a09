"""Text-aligned tables: role/name lists, label: value lists, financial statements; no tables
in prose, bullet lists or two-column page layouts."""
from __future__ import annotations

import pytest

from extractor.ingest.primitives import PageContent, Word
from extractor.tables import find_tables
from extractor.tables.text_aligned import TextAlignedStrategy

from test_tables_support import pdf_pages, word, words_in_line


@pytest.fixture(scope="module")
def asker(corpus_dir):
    return pdf_pages(corpus_dir / "asker-produkt-2022.pdf")


def test_tables_text_board_list_page3(asker):
    (table,) = find_tables(asker[2])
    assert table.strategy == "text"
    assert table.text_rows() == [
        ["Styreleder:", "Per S. Thoresen", "Ansattvalg:", "Erlend Wiik"],
        ["Nestleder:", "Vera Selnes", "Observatør:", "Malin Sollie Nilsen (VTA)"],
        ["Styremedl.:", "Petter Trebler", "Sekretær:", "Daglig leder"],
    ]
    assert table.header_rows == 0
    assert 0.5 < table.confidence < 1.0


def test_tables_text_label_value_list_page9(asker):
    (table,) = find_tables(asker[8])
    rows = table.text_rows()
    assert all(len(r) == 2 for r in rows)
    assert ["Skilt og tre:", "19"] in rows and ["Sum:", "42"] in rows and ["Transport", "2"] in rows


def test_tables_text_financial_statement_with_header():
    lines = [("", "Note", "2014", "2013"), ("Salgsinntekter", "1", "16 917 863", "15 002 114"),
             ("Lønnskostnader", "2", "9 120 004", "8 877 310"), ("Driftsresultat", "", "1 204 551", "988 020")]
    words = []
    for i, cells in enumerate(lines):
        top = 100 + 14 * i
        for x_right, text in zip((200, 300, 400, 500), cells):
            if text:
                line = words_in_line(text, 0, top)
                shift = (x_right if x_right != 200 else 90 + (line[-1].x1 - line[0].x0)) - line[-1].x1
                words += [type(w)(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.size) for w in line]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[0] == ["", "Note", "2014", "2013"]
    assert table.text_rows()[1] == ["Salgsinntekter", "1", "16 917 863", "15 002 114"]
    assert table.header_rows == 1


def test_tables_text_prose_paragraph_is_not_a_table():
    text = ("Asker Produkt har dedikerte og dyktige ansatte. De har både mye relevant erfaring og høy "
            "faglig kompetanse. Vi erkjenner at utvikling av organisasjonen vår og vår kompetanse er viktig.")
    tokens, words, top = text.split(), [], 100
    for start in range(0, len(tokens), 12):
        words += words_in_line(" ".join(tokens[start : start + 12]), 90, top)
        top += 12
    assert find_tables(PageContent(1, 612, 792, words)) == []


@pytest.mark.parametrize("marker", ["•", "\uf0b7", "1.", "e", "-"])
def test_tables_text_bullet_list_is_not_a_table(marker):
    words = []
    for i, item in enumerate(["Bilpleie", "Landskapsarkitekt", "Renhold", "Stall"]):
        words += [word(marker if marker != "1." else f"{i + 1}.", 95, 100 + 14 * i), word(item, 130, 100 + 14 * i)]
    assert find_tables(PageContent(1, 612, 792, words)) == []


def test_tables_text_two_column_article_is_not_a_table(corpus_dir):
    pages = pdf_pages(corpus_dir / "budstikka-arbeid-er-terapi.pdf")
    assert [t for p in pages for t in find_tables(p)] == []


def test_tables_text_whole_asker_report_has_no_stray_text_tables(asker):
    pages = [t.prov.page for p in asker for t in find_tables(p) if t.strategy == "text"]
    assert pages == [3, 9]


def test_tables_text_counting_column_with_unicode_digit():
    # the margin-numbering check read "²" as a digit and int() raised on it
    rows = [("1", "Styreleder", "Kari Nordmann"), ("²", "Nestleder", "Ola Hansen"),
            ("3", "Styremedlem", "Per Berg"), ("4", "Varamedlem", "Anne Lie")]
    words = [word(text, x, 100 + 16 * i) for i, cells in enumerate(rows) for x, text in zip((60, 120, 300), cells)]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[1] == ["²", "Nestleder", "Ola Hansen"]


def _set_right(cells, top, rights=(200, 300, 400, 500)):
    """Words of one line, each cell's text set flush right at its column's right edge (the
    first flush left at 10)."""
    out = []
    for x_right, text in zip(rights, cells):
        if text:
            line = words_in_line(text, 0, top)
            shift = (10 - line[0].x0) if x_right == rights[0] else x_right - line[-1].x1
            out += [type(w)(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.size) for w in line]
    return out


def test_tables_text_figures_wrapped_around_their_label_are_one_row():
    """A narrow cell (a web page imported by LibreOffice) wraps "4 785 327" at a digit-group
    space: "4 785" above the label's line, "327" below it."""
    lines = [(0, ("", "Note", "2023", "2022")), (16, ("", "", "", "4 785")), (27, ("Driftsinntekter", "3", "812 400", "")),
             (38, ("", "", "", "327")), (54, ("", "", "", "3 390")), (65, ("Driftskostnader", "4", "745 900", "")),
             (76, ("", "", "", "115")), (92, ("Driftsresultat", "", "66 500", "1 395 212"))]
    words = [w for top, cells in lines for w in _set_right(cells, 100 + top)]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    rows = table.text_rows()
    assert ["Driftsinntekter", "3", "812 400", "4 785 327"] in rows
    assert ["Driftskostnader", "4", "745 900", "3 390 115"] in rows


def test_tables_text_bracketed_unit_under_a_label_continues_it():
    """A narrow label column wraps "Operating income (NOK million)" before the bracket: the
    bracket's line is the label's tail, not a row of its own."""
    lines = [(0, ("", "2021", "2022")), (14, ("Operating income", "4812355", "5104872")), (25, ("(NOK million)", "", "")),
             (39, ("Net profit", "385435", "409408")), (50, ("(NOK million)", "", ""))]
    words = [w for top, cells in lines for w in _set_right(cells, 100 + top, (200, 300, 400))]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[1:] == [["Operating income (NOK million)", "4812355", "5104872"],
                                     ["Net profit (NOK million)", "385435", "409408"]]


def test_tables_text_a_last_row_running_over_the_next_column_keeps_the_columns():
    """A typed role | name | place list whose last row's names run on over the place column: the
    place column stays apart, the long cell stays in the name column."""
    rows = [("Formann", "Eivind Moen", "Vestbygda"), ("Nestformann", "Olav Rud", "Haugli"),
            ("Sekretær", "Karin Dahl", "Vestbygda"), ("Kasserer", "Per Nes", "Nordby"),
            ("Varamenn", "Arne Lie og Solveig Bakken Haugerud", "")]
    words = []
    for i, cells in enumerate(rows):
        for x, text in zip((72, 180, 330), cells):
            if text:
                words += words_in_line(text, x, 100 + 14 * i)
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[0] == ["Formann", "Eivind Moen", "Vestbygda"]
    assert table.text_rows()[-1] == ["Varamenn", "Arne Lie og Solveig Bakken Haugerud", ""]


def test_tables_text_an_amount_set_closer_to_its_kr_keeps_the_column():
    """A typed statement with "kr." before each amount: one amount typed closer to its "kr." is no
    sign of two columns (the amounts stay with their "kr.")."""
    rows = [("Salg av varer", "kr.", "312 408,-"), ("Tilskudd", "kr.", "175 000,-"), ("Sum inntekter", "kr.", "487 408,-"),
            ("Lønninger", "kr.", "401 230,-"), ("Sum utgifter", "kr. 472 000,-", ""), ("Overskudd", "kr.", "15 408,-")]
    words = []
    for i, (label, kr, amount) in enumerate(rows):
        words += words_in_line(label, 72, 100 + 14 * i) + words_in_line(kr, 300, 100 + 14 * i)
        words += words_in_line(amount, 340, 100 + 14 * i) if amount else []
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert [len(r) for r in table.text_rows()] == [2] * len(rows)
    assert table.text_rows()[4] == ["Sum utgifter", "kr. 472 000,-"]


def _two_columns(rows: list[tuple[str, str]], right_x: float = 260) -> PageContent:
    words = []
    for i, (label, value) in enumerate(rows):
        words += words_in_line(label, 62, 300 + 15 * i) + words_in_line(value, right_x, 300 + 15 * i)
    return PageContent(1, 612, 792, words)


def test_tables_text_committees_beside_their_members_are_a_table():
    # a sentence's worth of words per cell, but names: a label column beside lists of people
    rows = [("Kontrollutvalg", "Randi Moe (leder), Kjell Aune"),
            ("Valgkomité", "Tove Lid (leder), Geir Haugen, Unni Dahl"),
            ("Representant til idrettsrådet", "Arvid Sand"),
            ("Ansvarlig for politiattester", "Hege Nyhus Berg")]
    (table,) = find_tables(_two_columns(rows))
    assert table.text_rows() == [list(r) for r in rows]


def test_tables_text_two_columns_of_sentences_stay_prose():
    rows = [("Laget har hatt et godt år med", "mange nye medlemmer og en ny"),
            ("stor dugnad ved klubbhuset som", "ble ferdig malt i løpet av"),
            ("samlet mange frivillige i mai.", "sommeren, takket være alle.")]
    assert find_tables(_two_columns(rows, right_x=320)) == []


def test_tables_text_a_bullet_list_under_a_table_is_no_part_of_it():
    rows = [("Kurs", "Tal på kurs"), ("Vev", "3"), ("Rosemåling", "4"), ("Treskjering", "2")]
    page = _two_columns(rows)
    for i, item in enumerate(["Vevstova var open kvar onsdag frå september til april.",
                              "Laget hadde stand og butikk på marknaden i september."]):
        top = 300 + 15 * (len(rows) + i)
        page.words.extend([word("•", 70, top), *words_in_line(item, 90, top)])
    (table,) = find_tables(page)


@pytest.mark.parametrize("header", [("Kurs", "Tal på kurs", "Deltakarar"), ("Kurs", "Antall", "Påmeldte")])
def test_tables_text_header_flush_left_over_figures_flush_right_is_one_column(header):
    """A Word table's headers set flush left in their cells, the counts under them flush right:
    the header ends before its figures begin, yet header and figures are one column."""
    rows = [("Vev", "3", "24"), ("Rosemåling", "3", "29"), ("Strikking", "4", "42")]
    words = [w for x, text in zip((10, 220, 330), header) for w in words_in_line(text, x, 100)]
    words += [w for i, cells in enumerate(rows)
              for w in _set_right(cells, 116 + 16 * i, rights=(None, 320, 430))]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows() == [list(header), *map(list, rows)]


def test_tables_text_header_over_an_empty_column_stays_apart():
    """A header over a column no row fills, beside figures whose own header stands over them,
    is no header of those figures."""
    words = [w for x, text in zip((10, 200, 330), ("Post", "Merknad", "Beløp")) for w in words_in_line(text, x, 100)]
    rows = [("Kontingent", "", "12 400"), ("Tilskudd", "", "8 000"), ("Renter", "", "310")]
    words += [w for i, cells in enumerate(rows)
              for w in _set_right(cells, 116 + 16 * i, rights=(None, 300, 360))]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[0][-1] == "Beløp" and table.text_rows()[1][-1] == "12 400"


def test_tables_text_bullet_list_right_under_a_table_is_not_its_rows():
    """A list spaced like the rows right under a table's last row: the rows are a table, the
    list stays text (with the list in its run the whole run read as prose, and no table)."""
    rows = [("Kurs", "Tal", "Deltakarar"), ("Vev", "3", "24"), ("Rosemåling", "3", "29"), ("Treskjering", "2", "16")]
    words = [word(text, x, 100 + 15 * i) for i, cells in enumerate(rows) for x, text in zip((10, 200, 300), cells)]
    items = ["Vevstova var open kvar onsdag frå september til april.",
             "Laget hadde stand og butikk på marknaden i september, med god omsetnad."]
    for k, text in enumerate(items):
        top = 100 + 15 * (len(rows) + k)
        words += [word("\u2022", 14, top), *words_in_line(text, 40, top)]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows() == [list(r) for r in rows]


def _justified(text: str, x0: float, width: float, top: float) -> list:
    """A line set justified: its words spread to fill the column, the gaps between them wide."""
    line = words_in_line(text, x0, top)
    spare = width - (line[-1].x1 - line[0].x0)
    gap = spare / max(1, len(line) - 1)
    return [type(w)(w.text, w.x0 + i * gap, w.top, w.x1 + i * gap, w.bottom, w.size) for i, w in enumerate(line)]


def test_tables_text_three_justified_columns_of_sentences_stay_prose():
    rows = [("Laget ble stiftet i 1951", "under forutsetning om at", "Sykefraværet var lavt og"),
            ("og holder til ved sjøen", "driften går videre med", "styret består av tre"),
            ("i Nordvik kommune. Laget", "et underskudd som dekkes", "kvinner og to menn i"),
            ("har ikke erverv som mål.", "av annen egenkapital i år.", "alle år med god drift."),
            ("Arbeidsmiljøet er godt og", "Det ytre miljøet blir ikke", "Styret takker alle for"),
            ("alle trives godt med det.", "forurenset av driften vår.", "innsatsen gjennom året.")]
    words = []
    for i, cells in enumerate(rows):
        for x0, text in zip((25, 220, 415), cells):
            words += _justified(text, x0, 178, 100 + 12 * i)
    assert find_tables(PageContent(1, 595, 842, words)) == []


def _grid(rows: list[tuple[str, str]], tops: list[float], right_x: float = 300) -> PageContent:
    words = [w for (left, right), top in zip(rows, tops) for w in words_in_line(left, 62, top) + words_in_line(right, right_x, top)]
    return PageContent(1, 612, 792, words)


def test_tables_text_signature_grid_a_signing_space_apart_is_one_table():
    # titles over names, a signing space (5 em) over each name and 2 em under it: one grid, so that
    # its first row (titles) and last (names) tell which way round it goes, not two tables of
    # "name | next title"
    rows = [("Styreleiar", "Nestleiar"), ("Rakel Bø", "Are Lien"), ("Styremedlem", "Dagleg leiar"), ("Siv Eik", "Tor Ask")]
    (table,) = find_tables(_grid(rows, [300, 360, 390, 450]))
    assert table.text_rows() == [list(r) for r in rows]


@pytest.mark.parametrize(("rows", "tops"), [
    # figures: two statements' rows, not a grid of names
    ([("Driftsinntekter", "1 200"), ("Kostnader", "900"), ("Lønn", "700"), ("Husleie", "80")], [300, 312, 372, 384]),
    # a signing space wider than 7 em: two blocks
    ([("Styreleiar", "Nestleiar"), ("Rakel Bø", "Are Lien"), ("Styremedlem", "Dagleg leiar"), ("Siv Eik", "Tor Ask")],
     [300, 312, 400, 412]),
])
def test_tables_text_rows_further_apart_than_a_spacer_stay_apart(rows, tops):
    assert len(find_tables(_grid(rows, tops))) == 2


def test_tables_text_share_header_flush_left_over_shares_at_the_margin_is_one_column():
    """An owners' table of two columns, the last as wide as the page leaves: "Andel" flush left in
    it, the shares ("56 %", the sign a word of its own) flush right at the margin, further from
    their header than a narrow column's figures: one column, not a header over an empty one."""
    rows = [("Vinstra kommune", "61 %"), ("Sel kommune", "27 %"), ("Dovre kommune", "12 %")]
    words = words_in_line("Eigar", 62, 100) + words_in_line("Andel", 300, 100)
    for i, (owner, share) in enumerate(rows):
        figure, sign = share.split()
        words += words_in_line(owner, 62, 116 + 16 * i) + [word(figure, 510, 116 + 16 * i), word(sign, 524, 116 + 16 * i)]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows() == [["Eigar", "Andel"], *map(list, rows)]


# (text, x0, top, x1, size, bold): a board table, the bold sub-heading, the council's narrower table,
# placed as a browser sets a CSS grid (invented names)
_BOARD_THEN_COUNCIL = (
    ('Namn', 62.4, 108.0, 84.8, 7.8, True), ('Verv', 232.0, 108.0, 251.8, 7.8, True),
    ('Vald', 261.8, 108.0, 284.7, 7.8, True), ('til', 287.4, 108.0, 296.5, 7.8, True),
    ('Gro', 62.4, 121.8, 75.8, 8.4, False), ('Tveiten', 78.5, 121.8, 111.8, 8.4, False),
    ('Aasvang', 114.5, 121.8, 148.4, 8.4, False), ('Leiar', 158.4, 121.8, 201.8, 8.4, False),
    ('2027', 275.1, 121.8, 296.5, 8.4, False), ('Per', 62.4, 136.8, 74.6, 8.4, False),
    ('Arne', 77.3, 136.8, 105.5, 8.4, False), ('Hamrum', 108.2, 136.8, 135.9, 8.4, False),
    ('Nestleiar', 158.4, 136.8, 198.9, 8.4, False), ('2026', 275.1, 136.8, 296.5, 8.4, False),
    ('Åsild', 62.4, 151.1, 83.8, 8.4, False), ('Bergeland', 86.5, 151.1, 129.1, 8.4, False),
    ('Styremedlem', 158.4, 151.1, 214.7, 8.4, False), ('2027', 275.1, 151.1, 296.5, 8.4, False),
    ('Torgeir', 62.4, 166.1, 97.0, 8.4, False), ('Dyrli', 99.7, 166.1, 126.1, 8.4, False),
    ('Styremedlem', 158.4, 166.1, 214.7, 8.4, False), ('2026', 275.1, 166.1, 296.5, 8.4, False),
    ('Solvei', 62.4, 181.1, 91.6, 8.4, False), ('Myklebust', 94.3, 181.1, 128.9, 8.4, False),
    ('Tilsett-', 158.4, 181.1, 195.1, 8.4, False), ('representant', 197.8, 181.1, 251.8, 8.4, False),
    ('2026', 275.1, 181.1, 296.5, 8.4, False), ('Nils', 62.4, 195.3, 81.4, 8.4, False),
    ('Sandvikli', 84.1, 195.3, 121.6, 8.4, False), ('Varamedlem', 158.4, 195.3, 211.6, 8.4, False),
    ('2026', 275.1, 195.3, 296.5, 8.4, False), ('Brukarutvalet', 62.4, 221.8, 150.9, 13.0, True),
    ('Namn', 62.4, 244.5, 84.8, 7.8, True), ('Verv', 156.9, 244.5, 176.8, 7.8, True),
    ('Eli', 62.4, 258.3, 83.6, 8.4, False), ('Vikanes', 86.3, 258.3, 123.1, 8.4, False),
    ('Leiar', 143.4, 258.3, 167.0, 8.4, False), ('Tor', 62.4, 273.3, 84.2, 8.4, False),
    ('Nesheim', 86.8, 273.3, 127.8, 8.4, False), ('Medlem', 143.4, 273.3, 176.8, 8.4, False),
    ('Ida', 62.4, 287.6, 90.5, 8.4, False), ('Råsberg', 93.1, 287.6, 133.4, 8.4, False),
    ('Medlem', 143.4, 287.6, 176.8, 8.4, False),
)


def test_tables_text_a_bold_larger_heading_between_two_tables_parts_them():
    """A board table, then a bold sub-heading set larger ("Brukarutvalet", 13 pt over 8.4 pt rows)
    and the council's own narrower "Namn | Verv" table a spacer line under it: the heading was
    taken as a label-only line of the first table, which ran on into the second. A bold
    label-only line set 1.3 times the rows' size or more ends the table."""
    words = [Word(t, x0, top, x1, top + size, size=size, bold=bold) for t, x0, top, x1, size, bold in _BOARD_THEN_COUNCIL]
    tables = find_tables(PageContent(1, 595, 842, words))
    cells = [c for t in tables for row in t.text_rows() for c in row]
    assert "Brukarutvalet" not in cells
    assert [t.text_rows()[-1][0].split()[0] for t in tables] == ["Nils", "Ida"]


def _centred(text, centre, top):
    line = words_in_line(text, 0, top)
    shift = centre - (line[0].x0 + line[-1].x1) / 2
    return [type(w)(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.size) for w in line]


@pytest.mark.parametrize("centres", [(330, 490), (380, 490)])  # both years apart; only the last (a wider column)
def test_tables_text_years_centred_over_figures_set_flush_right_head_their_columns(centres):
    """A slide's table whose header cells a browser centres in wide columns, the figures flush
    right under them: each year stands apart from its figures (docs/phrasings.md §120.1)."""
    rows = [("Salgsinntekter", "6 214 880", "5 903 112"), ("Sum driftsinntekter", "9 622 380", "9 194 112"),
            ("Årsresultat", "434 038", "412 474")]
    years = [w for k, centre in enumerate(centres) for w in _centred(str(2023 - k), centre, 100)]
    words = words_in_line("Beløp i hele kroner", 10, 100) + years
    words += [w for k, cells in enumerate(rows) for w in _set_right(cells, 116 + 16 * k, rights=(200, 400, 560))]
    (table,) = TextAlignedStrategy().find(PageContent(1, 612, 792, words))
    assert table.text_rows()[0] == ["Beløp i hele kroner", "2023", "2022"]
    assert ["Sum driftsinntekter", "9 622 380", "9 194 112"] in table.text_rows()
