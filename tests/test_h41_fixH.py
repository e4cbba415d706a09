"""h41-fixH (docs/phrasings.md §135): the board's lines. A header line over default-tab lines, the
composition verb before the board, a role in the composition sentence, a bracket after each of two
names, names printed surname first or wrapped, personal deputies' lines. Names are invented."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.board import extract_people
from extractor.fields.board_deputies import deputy_for_rows, deputy_for_text
from extractor.fields.context import Analysis
from extractor.fields.people import leading_name, text_to_inverted_name, text_to_name
from extractor.fields.report import is_place_date
from extractor.ingest.blocks import label_value_wraps
from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables

from test_tables_support import words_in_line


def _people(*paragraphs: str, heading: str = "Styrets beretning"):
    items = [Block(BlockKind.HEADING, "Årsrapport 2023", Provenance(page=1), level=1),
             Block(BlockKind.HEADING, heading, Provenance(page=1), level=2)]
    items += [Block(BlockKind.PARAGRAPH, text, Provenance(page=1)) for text in paragraphs]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))
    analysis.report_year, analysis.org_name = 2023, "Brekkestø Mekaniske AS"
    return extract_people(analysis)[1]


def _roles(board) -> dict[str, tuple[str, bool]]:
    return {m.name: (m.role.value, m.employee_elected) for m in board}


# --- 1. header words; a header word a default tab stop short of its column ----------------------------

@pytest.mark.parametrize("text", ["Verv Navn", "Rolle Namn", "Funksjon Navn", "Navn Verv"])
def test_header_words_are_no_name(text):
    assert text_to_name(text) is None and leading_name(text.split()) is None


def test_a_surname_that_is_no_header_word_stays():
    assert text_to_name("Torleif Vervik").name == "Torleif Vervik"


def _tabbed_page(names_x: float) -> PageContent:
    """ "Verv" and "Navn" over role-and-name lines: "Navn" two default stops (1.25 cm) in, at 143,
    the names at ``names_x`` (179: the third stop)."""
    words = words_in_line("Verv", 71, 100) + words_in_line("Navn", 143, 100)
    for k, (role, name) in enumerate((("Styreleder", "Kari Lunde"), ("Nestleder", "Ola Brekke"),
                                      ("Styremedlem", "Siv Aasen"), ("Varamedlem", "Per Moe"))):
        words += words_in_line(role, 71, 124 + 24 * k) + words_in_line(name, names_x, 124 + 24 * k)
    return PageContent(1, 595, 842, words, [])


def test_header_word_a_tab_stop_short_of_its_column_heads_it():
    rows = find_tables(_tabbed_page(179), ("text",))[0].text_rows()
    assert rows[0] == ["Verv", "Navn"] and rows[1] == ["Styreleder", "Kari Lunde"]


def test_header_word_far_short_of_the_names_is_not_joined():
    rows = find_tables(_tabbed_page(260), ("text",))[0].text_rows()
    assert rows[0][:2] == ["Verv", "Navn"] and len(rows[0]) == 3


# --- 2, 3. the composition sentence: the verb before the board; its roles are the listing's -----------

@pytest.mark.parametrize("sentence", [
    "Ved årets slutt besto styret av Kari Lunde (leder), Ola Brekke og Siv Aasen.",
    "Ved utgangen av året bestod styret av Kari Lunde (leiar), Ola Brekke og Siv Aasen.",
])
def test_composition_verb_before_the_board_lists_every_name(sentence):
    assert _roles(_people(sentence)) == {"Kari Lunde": ("LEDE", False), "Ola Brekke": ("MEDL", False),
                                         "Siv Aasen": ("MEDL", False)}


@pytest.mark.parametrize("sentence", [
    "Styret har vore samansett av Kari Lunde (styreleiar), Ola Brekke (nestleiar), Siv Aasen og Per Moe.",
    "Styret har vært sammensatt av Kari Lunde (styreleder), Ola Brekke (nestleder), Siv Aasen og Per Moe.",
    "Styret har i 2023 bestått av styreleder Kari Lunde, nestleder Ola Brekke og styremedlemmene Siv Aasen og Per Moe.",
])
def test_roles_in_the_composition_sentence_are_sure(sentence):
    board = {m.name: m for m in _people(sentence)}
    assert board["Kari Lunde"].role.value == "LEDE" and board["Ola Brekke"].role.value == "NEST"
    assert board["Kari Lunde"].confidence >= REVIEW_THRESHOLD and board["Ola Brekke"].confidence >= REVIEW_THRESHOLD
    assert "prose_once" not in board["Ola Brekke"].reasons


def test_a_role_outside_the_composition_sentence_stays_prose():
    board = {m.name: m for m in _people("Styret har bestått av Kari Lunde, Ola Brekke og Siv Aasen.",
                                        "Kari Lunde har vært leder av valgkomiteen i mange år.")}
    assert board["Kari Lunde"].role.value == "MEDL"


# --- 4. a bracket after each of two names --------------------------------------------------------------

@pytest.mark.parametrize("line, employee", [
    ("Styremedlemmer: Siv Aasen (ansattvalgt) og Per Moe (eiervalgt)", "Siv Aasen"),
    ("Styremedlemmer: Per Moe (eiervalgt) og Siv Aasen (ansattvalgt)", "Siv Aasen"),
    ("Styremedlemer: Siv Aasen (tilsettvald) og Per Moe (eigarvald)", "Siv Aasen"),
])
def test_each_bracket_is_its_names(line, employee):
    roles = _roles(_people("Styreleder: Kari Lunde", line, heading="Styret"))
    assert roles == {"Kari Lunde": ("LEDE", False), "Siv Aasen": ("MEDL", employee == "Siv Aasen"),
                     "Per Moe": ("MEDL", employee == "Per Moe")}


# --- 5. surname first; a name wrapped in a narrow frame ------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Kleiven, Oddvar", "Oddvar Kleiven"), ("Haugsvær Lie, Ivar", "Ivar Haugsvær Lie"),
    ("Bekkevold, Gro Anita", "Gro Anita Bekkevold"), ("Kleiven, Oddvar.", "Oddvar Kleiven"),
])
def test_inverted_name(text, name):
    assert text_to_inverted_name(text).name == name


@pytest.mark.parametrize("text", ["Kari Dahl, Ola", "Nordby, Hamar", "Kleiven, Oddvar, Per", "Styreleder, Kari",
                                  "Kleiven, Oddvar Moe Dahl Lie"])
def test_not_an_inverted_name(text):
    assert text_to_inverted_name(text) is None


def test_surname_first_after_a_role_label():
    roles = _people("Styreleder: Kleiven, Oddvar", "Styremedlem: Haugsvær Lie, Ivar", heading="Styret")
    assert _roles(roles) == {"Oddvar Kleiven": ("LEDE", False), "Ivar Haugsvær Lie": ("MEDL", False)}


@pytest.mark.parametrize("upper, lower, joined", [
    ("Styremedlem: Ivar", "Haugsvær Lie, leil. 18", True),
    ("Styremedlem: Ivar", "Haugsvær Lie, Furulia 18 A", True),
    ("Styremedlem: Ivar", "Haugsvær Lie", True),
    ("Styremedlem: Haugsvær Lie,", "Ivar", True),
    ("Styremedlem: Ivar", "Haugsvær Lie, Hamar", False),  # a place after the comma: no flat
    ("Styremedlem: Ivar", "Per Lie, leil. 18", False),  # the next line's own person
    ("Styremedlem: Kari Lie,", "Styret", False),
])
def test_label_value_wraps(upper, lower, joined):
    assert label_value_wraps(upper, lower) is joined


# --- 6. personal deputies' lines -----------------------------------------------------------------------

def test_deputy_lines_with_the_date_line_run_into_the_last():
    found = deputy_for_text("for Kari Lunde: Per Moe for Ola Brekke: Siv Aasen Hamar, 12. mars 2024")
    assert [(member, deputy.name) for member, deputy in found] == [("Kari Lunde", "Per Moe"), ("Ola Brekke", "Siv Aasen")]


def test_deputy_lines_with_the_date_line_and_a_sign_off_run_into_the_last():
    found = deputy_for_text("for Kari Lunde: Per Moe Hamar, 12. mars 2024 Styret i Lunde Bygg AS")
    assert [(member, deputy.name) for member, deputy in found] == [("Kari Lunde", "Per Moe")]


@pytest.mark.parametrize("grid, paired", [
    ([["for Kari Lunde:", "Per Moe"], ["for Ola Brekke:", "Siv Aasen"]], True),
    ([["for Kari Lunde:", "Per Moe"], ["Styreleder", "Ola Brekke"]], False),
    ([["for to år:", "Per Moe"]], False),
    ([], False),
])
def test_deputy_for_rows(grid, paired):
    assert deputy_for_rows(grid) is paired


def test_deputy_lines_with_other_text_after_are_none():
    assert deputy_for_text("for Kari Lunde: Per Moe for Ola Brekke: Siv Aasen og alle de andre") is None


@pytest.mark.parametrize("text, dated, opening", [
    ("Hamar, 12. mars 2024", True, True), ("Oslo 14.03.2024", True, True), ("Siv Aasen", False, False),
    ("Hamar, mars", False, False), ("Hamar, 12. mars 2024 Styret i Lunde Bygg AS", False, True),
    ("Hamar, 12. mars 20245", False, False),
])
def test_is_place_date(text, dated, opening):
    assert is_place_date(text) is dated and is_place_date(text, opening=True) is opening


def test_deputy_lines_broken_by_shift_enter_in_one_paragraph():
    board = _roles(_people("Styreleder: Kari Lunde\nStyremedlem: Ola Brekke",
                           "Personlige varamedlemmer:\nfor Kari Lunde: Per Moe\nfor Ola Brekke: Siv Aasen", heading="Styret"))
    assert board["Per Moe"] == ("VARA", False) and board["Siv Aasen"] == ("VARA", False)
