"""Layout leftovers of the fifty-sixth to fifty-eighth held-out sets (docs/phrasings.md §113), on
made-up words: the edges of a run of two columns (a heading level with the other column's lines, a
paragraph wrapping under a box, a picture across both columns), a sentence over a column break, a
page's first column set larger, a sidebar's title, a text box's evenly spaced lines, a rule down the
gutter, a tile's wrapped unit, a text column under an em from a statement, villages, a department's
places. Invented names and figures."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Provenance
from extractor.fields.board_context import BoardContext
from extractor.fields.context import Analysis, iter_units
from extractor.fields.programs import extract_programs
from extractor.ingest import blocks as blk
from extractor.ingest.column_shapes import is_prose_beside_statement
from extractor.ingest.column_tables import column_tables
from extractor.ingest.layout import Placed, find_column_split, items_to_rows, rows_to_regions, words_to_line
from extractor.ingest.primitives import PageContent, Segment, Word
from extractor.ingest.run_edges import column_sets, continued_below, reaches_above
from extractor.ingest.sidebars import find_sidebars
from extractor.tables.base import DEFAULT_TOLERANCES
from extractor.tables.chunks import words_to_text_lines
from extractor.tables.stacked_figures import lift_wrapped_values
from test_fields_places import _places
from tests.fielddocs import document, heading, para, table
from tests.test_layout_blocks import column, line_words

LEFT = ["Året ga oss flere oppdrag enn", "noen gang og vi takker alle", "som har bidratt med innsats",
        "og godt humør gjennom hele", "året som gikk i bedriften"]
RIGHT = ["Ny monteringshall ble tatt i", "bruk i mai og kafeen utvidet", "åpningstiden for gjestene våre",
         "slik at flere kan komme også", "om kvelden og i helgene"]


def _texts(region) -> str:
    return " ".join(w.text for row in region for w in row)


# ---------- the edges of a run of two columns ----------

def _heading_level_with_right_lines() -> list:
    words = line_words("Vi fikk fornyet avtalen om", 300, 100)  # the right column starts higher ...
    words += line_words("Lederen har ordet", 72, 111, size=13, bold=True)  # ... than the left's heading
    words += line_words("trening og NAV økte antallet", 300, 113)
    return words + column(72, 130, LEFT) + column(300, 130, RIGHT)


def test_reaches_above_takes_in_the_right_columns_first_lines():
    rows = items_to_rows(_heading_level_with_right_lines())
    assert reaches_above(rows, 2, len(rows) - 1, 290.0, 10.0) == 0


def test_reaches_above_leaves_a_short_value_at_the_columns_edge():
    """A label and its short value above the columns ("Telefon" / "22 33 44 55"): no column line."""
    words = line_words("Telefon", 72, 100) + line_words("22 33 44 55", 300, 100)
    rows = items_to_rows(words + column(72, 118, LEFT) + column(300, 118, RIGHT))
    assert reaches_above(rows, 1, len(rows) - 1, 290.0, 10.0) == 1


def test_rows_to_regions_heading_level_with_the_right_column_stays_in_the_left():
    regions = rows_to_regions(items_to_rows(_heading_level_with_right_lines()), 10.0)
    texts = [_texts(r) for r in regions]
    assert any(t.startswith("Lederen har ordet Året ga oss") for t in texts)
    assert any(t.startswith("Vi fikk fornyet avtalen om trening og NAV") for t in texts)


def _box_beside_paragraph(last: str) -> list:
    lines = ["Bedriften ble stiftet i 1988 og har", "i dag 31 plasser for varig", "tilrettelagt arbeid (VTA) og 17"]
    words = column(72, 100, lines)
    words += [w for i, (role, name) in enumerate((("Styreleder", "Kari Haug"), ("Nestleder", "Ola Berg"),
                                                  ("Styremedlem", "Siv Lie")))
              for w in line_words(role, 300, 100 + 13 * i) + line_words(name, 380, 100 + 13 * i)]
    return words + line_words(last, 72, 139)


@pytest.mark.parametrize("last, taken", [
    ("plasser i arbeidsforberedende trening (AFT) og tar imot deltakere fra hele regionen.", 1),
    ("Styret har hatt åtte møter og behandlet 40 saker gjennom hele året som gikk.", 0),  # a paragraph of its own
])
def test_continued_below_a_paragraph_wrapping_under_a_box(last, taken):
    rows = items_to_rows(_box_beside_paragraph(last))
    assert continued_below(rows, 0, 2, 290.0, 10.0) == (taken, False)


def test_continued_below_not_a_row_of_two_columns_lines():
    """The row under a run whose left line goes on mid-sentence, beside the right column's own line
    a gutter apart: two columns' lines, no paragraph wrapping under a box."""
    words = _box_beside_paragraph("x")[:-1] + line_words("plasser i arbeidsforberedende", 72, 139)
    words += line_words("og praksis hos arbeidsgivere", 300, 139)
    rows = items_to_rows(words)
    assert continued_below(rows, 0, 2, 290.0, 10.0) == (0, False)


def test_rows_to_regions_reads_the_wrapped_line_right_after_its_column():
    regions = rows_to_regions(items_to_rows(_box_beside_paragraph(
        "plasser i arbeidsforberedende trening (AFT) og tar imot deltakere fra hele regionen.")), 10.0)
    texts = [_texts(r) for r in regions]
    assert texts.index(next(t for t in texts if t.startswith("plasser i arbeids"))) == 1


@pytest.mark.parametrize("right_top, gap, sets", [
    ("og det gikk bra i alle", 100.0, 2),  # a picture across both columns, a sentence flowing up over it
    ("og det gikk bra i alle", 30.0, 1),  # a paragraph's spacing
    ("Fagrådet", 100.0, 1),  # photos in each column at one height: no sentence flows over them
])
def test_column_sets_part_at_a_picture_across_both_columns(right_top, gap, sets):
    words = column(72, 100, LEFT[:2]) + column(300, 100, [right_top, RIGHT[1]])
    words += column(72, 113 + gap, LEFT[2:]) + column(300, 113 + gap, RIGHT[2:])
    rows = items_to_rows(words)
    assert len(column_sets(rows, 0, len(rows) - 1, 290.0, 10.0)) == sets


# ---------- lines to blocks ----------

def _line(text: str, x0: float, top: float, region: int, region_x1: float, size: float = 10.0):
    return words_to_line(line_words(text, x0, top, size=size), region, region_x1)


@pytest.mark.parametrize("prev, line, joins", [
    (("varig tilrettelagt arbeid (VTA) og 26 plasser i", 72, 300, 0, 300),
     ("arbeidsforberedende trening (AFT), og i tillegg", 320, 100, 1, 548), True),  # the next column's top
    (("varig tilrettelagt arbeid (VTA) og 26 plasser i", 72, 300, 0, 300),
     ("Arbeidsforberedende trening er nytt av året", 320, 100, 1, 548), False),  # a capital: a new sentence
    (("Styret har hatt åtte møter.", 72, 300, 0, 300),
     ("arbeidsforberedende trening (AFT), og i tillegg", 320, 100, 1, 548), False),  # a stop
    (("vi takker alle", 72, 300, 0, 300),
     ("arbeidsforberedende trening (AFT), og i tillegg", 320, 100, 1, 548), False),  # a short line: broken on purpose
])
def test_runs_on_a_sentence_over_a_column_break(prev, line, joins):
    assert blk.runs_on(_line(*prev), _line(*line)) is joins


@pytest.mark.parametrize("above, joined", [
    ("Styret har hatt åtte møter i løpet av året, og", True),  # the paragraph's line above: its sentence runs on
    (None, False),  # a place and date line of its own at the column's foot ("Dalen, 20. februar 2023")
])
def test_group_lines_joins_a_paragraph_over_a_column_break_only(above, joined):
    lines = [_line(above, 72, 286, 0, 300)] if above else []
    lines += [_line("Dalen, 20. februar 2023 og mener at", 72, 300, 0, 300),
              _line("arbeidsforberedende trening er til stede.", 320, 100, 1, 548)]
    raws = blk.group_lines(1, lines, False, 3.0)
    assert (len(raws) == 1) is joined


def test_usual_line_gap_is_the_wrapped_lines_not_a_boxs_spacing():
    body = [_line("Stiftelsen gir arbeid og opplæring til folk i hele", 72, 100, 0, 330),
            _line("kommunen og har verksted og butikk i sentrum.", 72, 113, 0, 330)]
    box = [_line(text, 380, 140 + 23 * i, 0, 330) for i, text in enumerate(
        ("STYRET", "LEDER", "Gunvor Rise", "STYREMEDLEMMER", "Knut Alme", "VARAMEDLEMMER", "Per Bolstad"))]
    assert blk.usual_line_gap(body + box) == 3.0


# ---------- sidebars ----------

def test_find_sidebars_no_sidebar_of_a_three_column_pages_first_column():
    lead = ["Etter to år med pandemi", "kunne vi igjen ta imot", "besøk og holde kurs for", "alle deltakerne i år"]
    words = [w for i, t in enumerate(lead) for w in line_words(t, 72, 100 + 16 * i, size=12)]
    words += column(250, 98, ["arbeidsforberedende trening", "og kommunens tilbud for", "unge voksne i hele",
                              "regionen gjennom året"])
    words += column(420, 98, ["Takk til alle ansatte og", "deltakere for et godt år", "og til kundene våre som",
                              "har gitt oss oppdrag"])
    assert find_sidebars(words) == []


def test_find_sidebars_a_narrow_box_beside_one_column_of_text_stays_a_sidebar():
    words = [w for i, t in enumerate(("STYRET", "Kari Haug", "styreleder", "Ola Berg", "nestleder"))
             for w in line_words(t, 72, 100 + 15 * i, size=8)]
    words += column(200, 98, ["Senteret gir arbeidstrening og varig tilrettelagt arbeid",
                              "til om lag førti personer og holder til i egne lokaler",
                              "nær sentrum med verksted og kantine for private kunder",
                              "i hele kommunen og i nabokommunene rundt oss"])
    assert len(find_sidebars(words)) == 1


# ---------- a sidebar's title ----------

def test_iter_units_a_sidebars_title_heads_its_box_only():
    prov = Provenance(page=1)
    doc = document(heading("Et år med vekst"), Block(BlockKind.HEADING, "STYRET", prov, level=2, in_box=True),
                   Block(BlockKind.TEXT_BOX, "STYRELEDER\nOddbjørn Fjære", prov),
                   para("Takk til jobbkoordinator Eirik Vatne for et godt samarbeid."))
    sections = {u.text: u.section for u in iter_units(doc)}
    assert sections["STYRELEDER\nOddbjørn Fjære"] == "STYRET"
    assert sections["Takk til jobbkoordinator Eirik Vatne for et godt samarbeid."] == "Et år med vekst"
    units = BoardContext(Analysis(doc), None).units
    assert units[-1].section == "Et år med vekst"


# ---------- a rule down the gutter ----------

def _lead_beside_board(rule: bool) -> PageContent:
    lead = ["Foreningen ble stiftet i", "1978 og driver havna", "på Skudeneshavn med", "260 båtplasser i dag."]
    words = [w for i, t in enumerate(lead) for w in line_words(t, 50, 100 + 17 * i, size=12)]
    for i, (role, name) in enumerate((("Leder", "Kjetil Sund"), ("Nestleder", "Ragnhild Våge"),
                                      ("Kasserer", "Tor Inge Bø"), ("Sekretær", "Elin Hauge"))):
        words += line_words(role, 320, 98 + 17 * i, size=8) + line_words(name, 440, 98 + 17 * i, size=8)
    segments = [Segment(300, 90, 300, 180)] if rule else []
    return PageContent(1, 595, 842, words, segments)


def test_column_tables_a_table_of_roles_and_names_ruled_between_its_columns_stays():
    words = []
    for i, (role, name) in enumerate((("Styreleder", "Kari Anne Holm"), ("Nestleder", "Per Olav Lunde"),
                                      ("Styremedlem", "Eva Marie Dahl"), ("Varamedlem", "Ole Johan Berg"))):
        words += line_words(role, 72, 100 + 14 * i) + line_words(name, 320, 100 + 14 * i)
    tables = column_tables(PageContent(1, 595, 842, words, [Segment(300, 95, 300, 160)]), DEFAULT_TOLERANCES)
    assert [[c.text for c in row] for row in tables[0].rows][0] == ["Styreleder", "Kari Anne Holm"]


@pytest.mark.parametrize("rule, across", [(True, False), (False, True)])
def test_column_tables_a_rule_down_the_gutter_parts_lead_and_sidebar(rule, across):
    tables = column_tables(_lead_beside_board(rule), DEFAULT_TOLERANCES)
    spans = [t.prov.bbox[0] < 300 < t.prov.bbox[2] for t in tables]
    assert any(spans) is across
    if rule:
        assert any(t.rows[0][0].text == "Leder" for t in tables)


# ---------- a tile's wrapped unit ----------

def test_lift_wrapped_values_takes_a_tiles_unit_back_under_its_figure():
    words = line_words("640", 45, 200, size=18) + line_words("412", 110, 200, size=18) + line_words("96", 175, 200, size=18)
    words += line_words("Medlemmer", 45, 220, size=7) + line_words("Båtplasser", 110, 220, size=7)
    words += line_words("%", 175, 220, size=18) + line_words("Belegg", 175, 240, size=7)
    lines = lift_wrapped_values(words_to_text_lines(words, DEFAULT_TOLERANCES))
    texts = [sorted(w.text for w in line.words) for line in lines]
    assert texts == [sorted(["640", "412", "96", "%"]), sorted(["Medlemmer", "Båtplasser", "Belegg"])]


def test_lift_wrapped_values_leaves_a_line_all_in_one_size():
    words = line_words("640 412 96", 45, 200, size=18) + line_words("% 180", 45, 220, size=18)
    lines = lift_wrapped_values(words_to_text_lines(words, DEFAULT_TOLERANCES))
    assert len(lines) == 2


# ---------- a text column under an em from a statement ----------

STATEMENT = [("Driftsinntekter", "8 214", "7 903"), ("Lønnskostnader", "(6 120)", "(5 988)"),
             ("Andre driftskostnader", "(1 702)", "(1 811)"), ("Driftsresultat", "392", "104"),
             ("Årsresultat", "412", "113")]
PROSE = ["Stiftelsen driver et aktivitetshus for eldre i kommunen.", "Driften har vært stabil gjennom hele året, og",
         "belegget var 96,2 % mot 94,0 % året før. Styret", "foreslår at overskuddet overføres til annen",
         "egenkapital, og mener at forutsetningen om fortsatt"]


def _right(text: str, x1: float, top: float) -> list:
    words = line_words(text, 0, top)
    shift = x1 - words[-1].x1
    for w in words:
        w.x0, w.x1 = w.x0 + shift, w.x1 + shift
    return words


def _beside(right_rows) -> list:
    words = []
    for i, text in enumerate(PROSE):
        line = line_words(text, 50, 100 + 14 * i)
        stretch = (300 - line[-1].x1) / max(1, len(line) - 1)  # justified to 300
        for k, w in enumerate(line):
            w.x0, w.x1 = w.x0 + k * stretch, w.x1 + k * stretch
        words += line
    return words + [w for i, row in enumerate(right_rows) for w in right_rows_words(row, 100 + 14 * i)]


def right_rows_words(row, top: float) -> list:
    if isinstance(row, str):
        return line_words(row, 307, top)
    label, *figures = row
    out = line_words(label, 307, top)
    for k, figure in enumerate(figures):
        out += _right(figure, 480 + 60 * k, top)
    return out


def test_find_column_split_text_under_an_em_from_a_statement():
    rows = items_to_rows(_beside(STATEMENT))
    split = find_column_split(rows, 10.0)
    assert split is not None and 300 < split[2] < 307 and split[1] - split[0] >= 4


def test_find_column_split_two_texts_under_an_em_apart_are_no_columns():
    rows = items_to_rows(_beside(["og utvidet tilbudet for", "ungdom i hele regionen", "gjennom sommeren med",
                                  "flere nye aktiviteter", "og turer i fjellet"]))
    assert find_column_split(rows, 10.0) is None


def test_is_prose_beside_statement_asks_figures_at_one_edge():
    rows = items_to_rows(_beside(STATEMENT))
    assert is_prose_beside_statement(rows, 303.0)
    labels_only = items_to_rows(_beside([row[0] for row in STATEMENT]))
    assert not is_prose_beside_statement(labels_only, 303.0)


def test_is_prose_beside_statement_not_prose_beside_prose_and_one_table():
    """Running text on both sides, one table standing among the right side's lines (a huts' table
    under a club's text): no statement beside the text."""
    words = _beside(["Laget er medlem av turistforeningen og", "ble stiftet i 1958 og dekker seks",
                     "kommuner i dalen med over tusen", "medlemmer og mange frivillige"])
    placed = Placed(table([["Hytte", "Senger"], ["Breiset", "12"]]), 307, 160, 520, 190)
    rows = items_to_rows([*words, placed])
    assert not is_prose_beside_statement(rows, 303.0)


# ---------- wording ----------

def _programs(*texts: str) -> dict[str, int]:
    return {p.code.value: p.places for p in extract_programs(Analysis(document(*map(para, texts))))}


def test_programs_a_departments_places_are_a_part():
    assert _programs("Bedriften har 48 plasser i varig tilrettelagt arbeid (VTA) og 40 plasser i AFT.",
                     "Vi har åpnet en ny avdeling på Rena med fem VTA-plasser.") == {"VTA": 48, "AFT": 40}


@pytest.mark.parametrize("text, village, found", [
    ("Bedrifta har hovudkontor i Herøysund i Kvinnherad kommune.", "Herøysund", True),
    ("Vi tok i bruk ein ny hall på Halsnøy i haust.", "Halsnøy", True),
    ("Han arbeidde i Posten i Kvinnherad før han kom til oss.", "Posten", False),  # "i X i Y" asks "kommune"
    ("Laget hadde stand i ein ny hall på Dyrskun i september.", "Dyrskun", False),  # no place name's shape: a fair
])
def test_places_villages_placed_by_a_building_or_their_kommune(text, village, found):
    assert (village in _places(text, year=2023)) is found


def test_lift_wrapped_values_leaves_ocr_words_where_they_stand():
    """A typed statement read by OCR: its dot leaders come out as tiny "letters" ("se", "eee"), so a
    line's amounts look far larger than its smallest word; OCR sizes are box heights, and the next
    line's amount under this line's stays on its own line."""
    words = line_words("Salg 312 408,50", 45, 200, size=14) + line_words("Leie 98 112,00", 45, 218, size=14)
    words += [Word("eee", 80, 224, 95, 227, size=3.0, conf=0.6)]
    for w in words:
        w.conf = 0.9
    lines = lift_wrapped_values(words_to_text_lines(words, DEFAULT_TOLERANCES))
    assert [sorted(w.text for w in line.words) for line in lines][1] == sorted(["Leie", "98", "112,00", "eee"])
