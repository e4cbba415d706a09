"""Layout steps as pure functions: rows, column regions, hyphenation, numbering, headings,
furniture."""
from __future__ import annotations

import pytest

from extractor.document import BlockKind, Cell, Provenance, Table
from extractor.ingest import block_headings as bh
from extractor.ingest import blocks as blk
from extractor.ingest import layout
from extractor.ingest.furniture import find_furniture
from extractor.ingest.layout import items_to_rows, page_to_items, rows_to_regions
from extractor.ingest.primitives import Word


def line_words(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, x, top, x + width, top + size, size=size, bold=bold))
        x += width + size * 0.3
    return words


def column(x0: float, top: float, lines: list[str], pitch: float = 13.0) -> list[Word]:
    return [w for i, text in enumerate(lines) for w in line_words(text, x0, top + i * pitch)]


PROSE = ["dette er en lang linje med tekst", "som fortsetter i samme spalte her", "og blir til et helt avsnitt nå",
         "med en siste linje nederst her"]


def test_layout_two_columns_split_at_gutter():
    words = column(72, 100, PROSE) + column(330, 103, [t.upper() for t in PROSE])  # staggered baselines
    regions = rows_to_regions(items_to_rows(words), 10.0)
    assert len(regions) == 2
    assert all(w.x0 < 300 for row in regions[0] for w in row)


NARROW = ["tre spalter med litt kortere tekst", "som renner videre nedover her", "i en smal spalte med ord",
          "og slutter til sist med denne", "linja nederst i den spalten"]


def _newsletter() -> list[Word]:
    """A newsletter page: a subtitle across the first two of three columns, two narrow
    columns of text with staggered baselines, and a third of short lines (a box of the board)."""
    words = line_words("Medlemsblad for laget nummer en for mars i år", 40, 60)
    words += column(40, 90, NARROW) + column(215, 91, NARROW)
    words += column(390, 88, ["Styret i året", "Leiar: Kari Marie Lien Dahl", "Nestleiar: Per Arne Eikeland",
                              "Styremedlem: Siv Anita", "Askeland", "Varamedlem: Tor Erik", "Lund"])
    return words


def _statement(rows: int = 8) -> layout.Placed:
    """A statement under the first two columns, found as a table before the lines are read."""
    cells = [[Cell(text, Provenance(page=1)) for text in (f"Post {i}", "12 500", "11 900")] for i in range(rows)]
    return layout.Placed(Table(rows=cells, prov=Provenance(page=1), strategy="ruled", confidence=0.9), 40, 170, 300, 280)


def test_layout_three_columns_under_a_subtitle_and_over_a_statement():
    """The run the gutters cross begins at the subtitle and ends in the statement (a table under
    the first two columns), where only the gutter beside the third column stays open, and the
    third column's lines are too short to split there; the run's inner part splits into all three."""
    regions = rows_to_regions(items_to_rows([*_newsletter(), _statement()]), 10.0)
    firsts = [getattr(row[0], "text", "table") for region in regions for row in region[:1]]
    assert firsts == ["Medlemsblad", "tre", "tre", "Styret", "table"]
    assert [min(w.x0 for row in region for w in row) for region in regions[1:4]] == [40, 215, 390]


def test_layout_single_column_stays_whole():
    words = column(72, 100, PROSE * 3)
    assert len(rows_to_regions(items_to_rows(words), 10.0)) == 1


def test_layout_label_and_number_rows_are_not_columns():
    words = [w for i, (label, value) in enumerate([("Mat:", "9"), ("Kantiner:", "5"), ("Skilt og tre:", "19"),
                                                   ("Renhold:", "4"), ("Sum:", "42")])
             for w in line_words(label, 72, 100 + 20 * i) + line_words(value, 300, 100 + 20 * i)]
    assert len(rows_to_regions(items_to_rows(words), 10.0)) == 1


def test_layout_bullet_glyph_lifted_off_line():
    items = page_to_items(line_words("\uf0b7 Café", 72, 100) + line_words("• Restaurant", 72, 113), [])
    assert [(i.bullet, i.text) for i in items] == [("\uf0b7", "Café"), ("•", "Restaurant")]


@pytest.mark.parametrize("left, right, joined", [
    ("opplæring og arbeids-", "trening i bedrift", "opplæring og arbeidstrening i bedrift"),
    ("innen kvalitets-", "og ledelsessystemet", "innen kvalitets- og ledelsessystemet"),
    ("helse-", "eller sosialfag", "helse- eller sosialfag"),
    ("Ja, og Arbeiderparti- og Senterparti-", "regjeringen legger", "Ja, og Arbeiderparti- og Senterparti-regjeringen legger"),
    ("og lærekandidater hos Asker-", "bedriften", "og lærekandidater hos Asker-bedriften"),
    ("nye VTA-", "plasser i år", "nye VTA-plasser i år"),
    ("perioden 2022-", "2023 var god", "perioden 2022-2023 var god"),
    ("Arbeids-", "trening er et tiltak", "Arbeidstrening er et tiltak"),  # capital only because it starts the sentence
    ("Helse-", "Sør-Øst", "Helse-Sør-Øst"),
    ("bærekraftsmålene.", "- Sammen", "bærekraftsmålene. - Sammen"),
    ("myk bin\u00ad", "destrek", "myk bindestrek"),
    # a surname broken in justified text after a first name is no compound with a name
    ("ble styreleder Magnhild Nord-", "mann gjenvalgt", "ble styreleder Magnhild Nordmann gjenvalgt"),
    ("daglig leder Petter Kallevik Strøm-", "snes har", "daglig leder Petter Kallevik Strømsnes har"),
    ("til Kari Nord-", "Hansen", "til Kari Nord-Hansen"),
])
def test_layout_hyphenation_repair(left, right, joined):
    assert blk.join_hyphenated(left, right) == joined


@pytest.mark.parametrize("text, depth", [
    ("1 Innledning", 1), ("1.1 Selskapets virksomhet", 2), ("2.3.1 Resultat", 3),
    ("19.04.22 Etiske dilemma", 0), ("2022 Årsrapport", 0), ("3 ansatte deltok", 0), ("Ansatte", 0),
])
def test_layout_numbering_depth(text, depth):
    assert bh.numbering_depth(text) == depth


def classify(lines: list[list[Word]]):
    items = page_to_items([w for line in lines for w in line], [])
    raws = [r for r in blk.items_to_raw(1, items, from_ocr=False) if isinstance(r, blk.RawBlock)]
    return bh.raws_to_blocks(raws, blk.body_size_of(raws))


def test_layout_headings_by_size_weight_and_numbering():
    body = [line_words(t, 72, 200 + 13 * i) for i, t in enumerate(PROSE * 3)]
    blocks = classify([
        line_words("Årsrapport 2022", 72, 60, size=14, bold=True),
        line_words("Hensikt", 72, 100, size=13, bold=True),
        line_words("Lærlinger", 72, 140, bold=True),
        line_words("Dette er en hel setning i fet skrift.", 72, 165, bold=True),
        *body,
        line_words("1.1 Selskapets virksomhet", 72, 400),
    ])
    heads = {b.text: b.level for b in blocks if b.kind is BlockKind.HEADING}
    assert heads == {"Årsrapport 2022": 1, "Hensikt": 2, "Lærlinger": 3, "1.1 Selskapets virksomhet": 3}


def test_layout_paragraph_break_on_gap_and_early_line_end():
    blocks = classify([
        line_words("første avsnitt har en lang linje her", 72, 100),
        line_words("og slutter her.", 72, 113),
        line_words("andre avsnitt starter uten mellomrom", 72, 126),
        line_words("tredje avsnitt etter et tydelig mellomrom", 72, 160),
    ])
    assert [b.text for b in blocks] == ["første avsnitt har en lang linje her og slutter her.",
                                        "andre avsnitt starter uten mellomrom",
                                        "tredje avsnitt etter et tydelig mellomrom"]


def test_layout_furniture_by_repetition_and_page_numbers():
    pages = []
    for n in range(1, 7):
        items = page_to_items(line_words("Eksempel AS årsrapport", 72, 30) + column(72, 200, PROSE)
                              + line_words(f"Side {n}", 72, 760) + ([] if n != 2 else line_words("Unik tekst", 72, 50)), [])
        pages.append((n, 792.0, items))
    found = find_furniture(pages)
    texts = {line.text for _, _, items in pages for line in items if id(line) in found}
    assert texts == {"Eksempel AS årsrapport", *(f"Side {n}" for n in range(1, 7))}


@pytest.mark.parametrize("text, expected", [
    ("7", True), ("- 7 -", True), ("Side 7", True), ("Page 7 of 20", True), ("side 3 av 14", True),
    ("Nordheim Vekst AS · Årsmelding 2023 · side 1", True), ("Se tabellen på side 3 for tallene fra regnskapet i år", False),
    ("Årsrapport 2022", False), ("2022", False),
])
def test_layout_page_number_lines(text, expected):
    from extractor.ingest.furniture import is_page_number

    assert is_page_number(text) is expected


def test_layout_text_wider_than_any_sheet_is_not_swept_for_columns(monkeypatch):
    # the gutter search uses one bin per point: text 60 million points wide (a hostile
    # MediaBox) made each row's mask a 60-million-character string, minutes per page (fuzz)
    real = layout._gaps

    def bounded(mask, nbins, min_bins, zone_bins):
        assert nbins <= 20_002, f"{nbins} bins"  # wider than any sheet of paper
        return real(mask, nbins, min_bins, zone_bins)

    monkeypatch.setattr(layout, "_gaps", bounded)
    words = column(72, 100, PROSE) + column(60_000_000, 103, [t.upper() for t in PROSE])
    assert len(rows_to_regions(items_to_rows(words), 10.0)) == 1


def test_layout_leader_dot_lines_are_entries_not_a_paragraph():
    """Lines that run to the column's edge through leader dots ("Nestleiar.......Kari Vik, Sand")
    look like a justified paragraph; each is an entry of a list, so none joins the next."""
    rows = [("Styreleiar", "Torgeir Nesheim, Vik"), ("Nestleiar", "Solfrid Aasen, Sand"), ("Varamedlem", "Ola Hjelle, Vik")]
    lines = [line_words(f"{role}{'.' * (40 - len(role))}{name}", 72, 100 + 13 * i) for i, (role, name) in enumerate(rows)]
    lines.append(line_words("Styret har halde seks møte i året som gjekk.", 72, 139))
    texts = [b.text for b in classify(lines)]
    assert [t for t in texts if "...." in t] == [f"{role}{'.' * (40 - len(role))}{name}" for role, name in rows]


def _placed_table(rows: list[list[str]], top: float = 40.0, header_rows: int = 1) -> layout.Placed:
    cells = [[Cell(t, Provenance(page=2)) for t in row] for row in rows]
    return layout.Placed(Table(cells, Provenance(page=2), "ruled", 0.8, header_rows=header_rows), 57, top, 522, 300)


def test_layout_a_running_header_taken_into_a_continued_table_is_cut():
    """A statement continued on the next page: the table finder took the running header (its
    page number left out) as the top row, and its year would head the last figure column."""
    from extractor.ingest.furniture import furniture_key
    from extractor.ingest.pdf import without_header_rows

    keys = {furniture_key("Lia kommune – Årsmelding 2023 – Vedlegg 2")}
    rows = [["", "", "Lia kommune – Årsmelding", "2023 – Vedlegg"], ["Avskrivninger", "310 000", "310 000", "298 000"],
            ["Sum driftsutgifter", "5 774 450", "5 710 000", "5 553 870"]]
    table = without_header_rows(_placed_table(rows), keys, band_bottom=100).item
    assert table.text_rows() == rows[1:] and table.header_rows == 0
    # below the header band, or a row that is no running header's text: kept
    assert without_header_rows(_placed_table(rows, top=400), keys, band_bottom=100).item.text_rows() == rows
    other = [["Beløp i kr", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022"], *rows[1:]]
    assert without_header_rows(_placed_table(other), keys, band_bottom=100).item.text_rows() == other


def _line(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> layout.Line:
    return layout.Line(text, x0, top, x1, top + size, size, False, 30.0, x0, 0, 520.0)


def test_blocks_centred_paragraphs_short_last_line_is_no_indent():
    # a bio centred under a portrait: its short last line starts further right, on the same centre
    centred = [_line("Kari Holm (f. 1971) er fagarbeider og verneombud med lang", 200, 420, 100),
               _line("fartstid og er valgt av og blant de", 204, 416, 113),
               _line("ansatte. Styremedlem siden 2021.", 240, 380, 126)]
    raws = [r for r in blk.group_lines(1, centred, False, 3.0) if isinstance(r, blk.RawBlock)]
    assert len(raws) == 1 and raws[0].text.endswith("de ansatte. Styremedlem siden 2021.")
    # a left-aligned paragraph, then an indented first line running on to the edge: a new paragraph
    indented = [_line("dette er en lang linje med tekst som fyller", 100, 420, 100),
                _line("hele spalten og slutter ved kanten her", 100, 420, 113),
                _line("Nytt avsnitt med innrykk starter her og", 130, 420, 126)]
    assert len([r for r in blk.group_lines(1, indented, False, 3.0) if isinstance(r, blk.RawBlock)]) == 2
