"""Kinds of the fortieth round's fixer B (docs/phrasings.md §129), at the level of the functions that
read them; the probes h40fB-* run the same kinds through the tool. Names are invented."""
from __future__ import annotations

import pytest

from extractor.fields.board import extract_people
from extractor.fields.board_card_lines import chooser_line, unwrapped_names, wrapped_under
from extractor.fields.board_changes import change_mentions, seat_taken_at
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_statements import stands_alone
from extractor.document import Provenance
from extractor.fields.contact_channels import extract_phone
from extractor.fields.context import Analysis
from extractor.fields.org_common import Text
from extractor.fields.owner_names import says_municipal
from extractor.ingest.primitives import Word
from extractor.nlp import get_pipeline
from extractor.nlp.place_evidence import is_surname
from extractor.tables.grids import Grid
from extractor.tables.ruled import _owner_map, regions_to_rows
from extractor.tables.text_aligned import join_wrapped_sentences
from tests.fielddocs import document, heading, para, table


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


# --- 1. a deputy who took a seat, past an aside on the role held before -------------------------------

@pytest.mark.parametrize("words, size", [
    (["rykket", "opp", "i", "styret"], 2),
    (["rykket", "da", "opp", "i", "styret"], 3),  # one adverb after the verb
    (["tok", "så", "over", "plassen", "hennar"], 5),
    (["tok", "da", "fri", "i", "juni"], 0),
    (["rykket", "da", "fram"], 0),
])
def test_board_changes_seat_taken_at(words, size):
    assert seat_taken_at(words, 0) == size


@pytest.mark.parametrize("words, alone", [
    ([".", "Varamedlem", "er", "nå"], True),  # the next sentence is not the verb's object
    (["plassen", "varamedlem"], False),
    (["som", "varamedlem"], False),
])
def test_board_stands_alone_at_a_sentence_end(words, alone):
    assert stands_alone(words, 0) is alone


@pytest.mark.parametrize("text, expected", [
    ("Pål Veum, som var første varamedlem, rykket da opp i styret.", [("Pål Veum", "MEDL", False, True)]),
    ("Pål Veum, som var vara, tok så over plassen hennar. Varamedlem er no Eli Sande.",
     [("Pål Veum", "MEDL", False, True)]),
    ("Linn Aasgard, som var kasserer, ba om fritak fra 1. juli.", [("Linn Aasgard", None, True, False)]),
    ("Pål Veum, Eli Sande, som var vara, rykket opp.", [("Eli Sande", "MEDL", False, True)]),  # the name next to the aside
    ("Pål Veum. Som varamedlem rykket han opp i styret.", []),
])
def test_board_changes_past_a_relative_aside(text, expected):
    assert [(m.name, m.code, m.left, m.new) for m in change_mentions(_line(text), "prose", frozenset())] == expected


# --- 2. board cards: role over name, the name wrapped, a line under it saying who chose the member ------

@pytest.mark.parametrize("text, chooser", [
    ("Valgt av generalforsamlingen", True), ("Oppnemnd av Vaksdal kommune", True), ("Vald av dei tilsette", True),
    ("Valgt av de ansatte", True), ("Valgt 2021", False), ("Daglig leder", False),
])
def test_board_card_lines_chooser_line(text, chooser):
    assert chooser_line(text) is chooser


@pytest.mark.parametrize("text, below, joined", [
    ("Tor Inge", "Flaten", ("Tor Inge Flaten", "")),
    ("Gunnhild", "Sæterbakk", ("Gunnhild Sæterbakk", "")),
    ("Kristoffer", "Nesheim Vald av dei tilsette", ("Kristoffer Nesheim", "Vald av dei tilsette")),
    ("Hilde Aasen", "Tjernsli Valgt av årsmøtet", ("Hilde Aasen Tjernsli", "Valgt av årsmøtet")),
    ("Bjørn Egil", "Vikersund", ("Bjørn Egil Vikersund", "")),  # no surname yet: the line under ends the name
    ("Kari Dahl", "Vikersund", None),  # a surname already, a place under it: where she lives
    ("Kari Dahl", "Styremedlem", None),
    ("Kari Dahl", "Per Moe", None),  # a name of its own
    ("Kari", "Brekke Valgt 2021", None),
    ("Kari Dahl", "", None),
])
def test_board_card_lines_wrapped_under(text, below, joined):
    assert wrapped_under(text, _line(below) if below else None) == joined


def test_board_card_lines_unwrapped_names_joins_each_column():
    grid = [["Styreleder", "Styremedlem"], ["Tor Inge", "Kristoffer"], ["Flaten", "Nesheim Valgt av de ansatte"],
            ["Valgt av årsmøtet", ""]]
    lines = {(r, c): _line(t) for r, row in enumerate(grid) for c, t in enumerate(row) if t}
    assert unwrapped_names(grid, lines) == [["Styreleder", "Styremedlem"], ["Tor Inge Flaten", "Kristoffer Nesheim"],
                                            ["", "Valgt av de ansatte"], ["Valgt av årsmøtet", ""]]


def test_board_role_headed_cards_a_chooser_line_under_the_name():
    board = {(m.name, m.role.value, m.employee_elected) for m in extract_people(Analysis(document(
        para("Årsberetning 2021"), heading("Styret"),
        table([["Styreleder", "Nestleder", "Styremedlem"], ["Rune Hovland", "Tone Bakk", "Sverre Lid"],
               ["Valgt av årsmøtet", "Valgt av årsmøtet", "Valgt av de ansatte"]]))))[1]}
    assert board == {("Rune Hovland", "LEDE", False), ("Tone Bakk", "NEST", False), ("Sverre Lid", "MEDL", True)}


# --- 4. a drawn grid whose regions overlap: each region's text kept -------------------------------------

def test_tables_ruled_regions_to_rows_keeps_a_region_drawn_under_another():
    """Two pictures' shapes overlap: the caption's region (rows 1-2, columns 0-1) has its top left
    cell owned by a region drawn over it (rows 0-1, column 0); its text stands in its first own cell."""
    grid = Grid(xs=[0.0, 50.0, 100.0], ys=[0.0, 20.0, 40.0, 60.0], rules=[])
    drawn, caption = (0, 0, 2, 1), (1, 0, 3, 2)
    owner = _owner_map([drawn, caption, (0, 1, 1, 2)])
    words = [Word("Henting", 55.0, 45.0, 80.0, 52.0), Word("i", 82.0, 45.0, 84.0, 52.0),
             Word("Jessheim", 86.0, 45.0, 99.0, 52.0)]
    region_words = {drawn: [], caption: words, (0, 1, 1, 2): []}
    rows, _ = regions_to_rows(grid, owner, region_words, words, 1)
    texts = [cell.text for row in rows for cell in row if not cell.merged]
    assert "Henting i Jessheim" in texts


# --- 3. a member's home place before the next member's name -------------------------------------------

@pytest.mark.parametrize("text, place, surname", [
    ("Styret: Arne Bøe, Bygstad, Randi Hope, Holmedal, og Ottar Ness.", "Bygstad", False),  # where he lives
    ("Styret: Arne Bøe, Bygstad, Randi Hope, Holmedal, og Ottar Ness.", "Holmedal", False),
    ("Deltakarar: Bygstad, Randi og Hope, Ottar.", "Bygstad", True),  # surname first, as in a register
    ("Styreleiar er Randi Bygstad.", "Bygstad", True),
])
def test_place_evidence_home_place_is_no_surname(text, place, surname):
    doc = get_pipeline()(text)
    span = next(s for key in ("places", "places_ambiguous") for s in doc.spans.get(key, []) if s.text == place)
    assert is_surname(doc, span) is surname


# --- 5. deputies: whom each stands for in brackets; a constituency label after the list ----------------

@pytest.mark.parametrize("text, expected", [
    ("Varamedlemmer: Jon Aamot (for de eiervalgte medlemmene) og Eli Rud (for de ansattes representant).",
     [("Jon Aamot", "VARA", False), ("Eli Rud", "VARA", True)]),
    ("Varamedlemmer: Jon Aamot (for de ansatte) og Eli Rud (for eigarane).",
     [("Jon Aamot", "VARA", True), ("Eli Rud", "VARA", False)]),
    ("Varamedlemmer: 1. Jon Aamot, 2. Eli Rud. For de ansatte: Ove Rindal.",
     [("Jon Aamot", "VARA", False), ("Eli Rud", "VARA", False), ("Ove Rindal", "VARA", True)]),
    ("Varamedlem: Jon Aamot. For dei tilsette: Sjur Helle og Eli Rud.",
     [("Jon Aamot", "VARA", False), ("Sjur Helle", "VARA", True), ("Eli Rud", "VARA", True)]),
    ("Styreleder: Jon Aamot. For de ansatte: Ove Rindal.", [("Jon Aamot", "LEDE", False), ("Ove Rindal", None, None)]),
    ("Vi takker de ansatte: Ove Rindal og Eli Rud.", [("Ove Rindal", None, None), ("Eli Rud", None, None)]),
])
def test_board_lines_deputies_and_their_constituencies(text, expected):
    got = [(m.name, m.code, m.role.employee if m.role else None) for m in line_to_mentions(_line(text), "line")]
    assert got == expected


# --- 6. an owner municipality whose name ends on "herad" ----------------------------------------------

@pytest.mark.parametrize("name, municipal", [
    ("Kvam herad", True), ("Etne kommune", True), ("Kvinnherad", False), ("Krødsherad", False), ("", False),
])
def test_owner_names_says_municipal_by_its_last_word(name, municipal):
    assert says_municipal(name) is municipal


# --- 7. a facts block read column by column: its keys, then its values --------------------------------

def _text(text: str, x0: float, top: float, x1: float) -> Text:
    return Text(text, Provenance(page=2, bbox=(x0, top, x1, top + 9)), "body", False, False)


def test_contact_channels_phone_key_beside_its_number_read_column_by_column():
    keys = [_text(k, 62, top, 100) for k, top in (("Stiftet", 230), ("Adresse", 246), ("Telefon", 275), ("E-post", 290))]
    values = [_text(v, 116, top, 220) for v, top in (("1958", 230), ("Stadionvegen 9, 2320 Furnes", 246),
                                                      ("62 35 40 80", 275), ("post@furnes-ballklubb.no", 290))]
    phone = extract_phone([*keys, *values])
    assert phone is not None and phone.value == "62 35 40 80"


def test_contact_channels_no_key_beside_a_number_on_another_row():
    texts = [_text("Telefon", 62, 275, 100), _text("Medlemmer", 62, 290, 100), _text("62 35 40 80", 116, 290, 220)]
    phone = extract_phone(texts)
    assert phone is None


# --- 8. captions side by side, each wrapped onto a second line ----------------------------------------

def _cells(*texts: str) -> list[list[Word]]:
    return [[Word(t, 0.0, 0.0, 10.0, 8.0) for t in text.split()] for text in texts]


def test_text_aligned_join_wrapped_sentences_of_captions_side_by_side():
    rows = [_cells("Sjøbua fekk nytt tak", "Formidlar Siri Tveit med elevar frå"),
            _cells("før sommaren.", "Uggdal skule."), _cells("ARRANGEMENT", "DUGNAD")]
    joined = join_wrapped_sentences(rows, [0, 1])
    assert [[" ".join(w.text for w in cell) for cell in row] for row in joined] == [
        ["Sjøbua fekk nytt tak før sommaren.", "Formidlar Siri Tveit med elevar frå Uggdal skule."],
        ["ARRANGEMENT", "DUGNAD"]]


@pytest.mark.parametrize("rows", [
    [_cells("Tilskudd fra kommunen til", "1 250 000"), _cells("drift av senteret.", "1 300 000")],  # figures
    [_cells("Styreleder", "Kari Dahl"), _cells("Nestleder", "Ola Lie")],  # labels and names, no sentences
])
def test_text_aligned_join_wrapped_sentences_leaves_a_table(rows):
    assert join_wrapped_sentences(rows, [0, 1]) == rows


# --- 9. where a venue or an area stands ------------------------------------------------------------------

@pytest.mark.parametrize("text, villages", [
    ("Stiftelsen driver leirgården ved Randsfjorden i Gran kommune.", ["Randsfjorden"]),
    ("Bedrifta held til på industriområdet på Heiane.", ["Heiane"]),
    ("Vi møttes i grendehuset ved Kari og Per.", []),  # first names: people, no place
    ("Stiftelsen driver leirgården ved siden av skolen.", []),
])
def test_place_spans_village_where_a_venue_or_an_area_stands(text, villages):
    doc = get_pipeline()(text)
    assert [s.text for s in doc.spans.get("villages", [])] == villages
