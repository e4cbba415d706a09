"""Board kinds of the thirty-eighth round (docs/phrasings.md §118), at the level of the functions
that read them; the probes h38l-* run the same kinds through the tool. Names are invented."""
from __future__ import annotations

import re

import pytest

from extractor.fields.board import extract_people
from extractor.fields.board_changes import change_mentions
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import Mention, doc_to_lines
from extractor.fields.board_scope import _mark_of
from extractor.fields.board_statements import ended_after, note_says_left, stands_alone
from extractor.fields.board_table_cells import _chooser_aside
from extractor.fields.context import Analysis
from extractor.nlp import get_pipeline
from extractor.nlp.marks import WORD_MARK
from tests.fielddocs import document, heading, para, table


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


def _board(*items) -> set[tuple[str, str, bool]]:
    return {(m.name, m.role.value, m.employee_elected)
            for m in extract_people(Analysis(document(para("Årsberetning 2022"), *items)))[1]}


# --- a footnote mark on a role label --------------------------------------------------------------

@pytest.mark.parametrize("text, word, mark", [
    ("STYREMEDLEM¹", "STYREMEDLEM", "¹"),
    ("Styremedlem²)", "Styremedlem", "²)"),
    ("Styremedlem*", "Styremedlem", "*"),
    ("Styremedlem (2)", "Styremedlem", "(2)"),
    ("STYREMEDLEM1", "STYREMEDLEM", "1"),  # a raised digit a text layer prints plain
    ("STYREMEDLEM 1\n", "STYREMEDLEM", "1"),  # ... or sets apart, ending the label's line
    ("Styremedlem 1: ", None, None),  # a numbered seat
    ("Styremedlem2022", None, None),
    ("Varamedlem 2)", None, None),  # a bare "2)" after a space numbers a list
])
def test_marks_word_mark_reads_the_mark_a_word_carries(text, word, mark):
    found = re.match(WORD_MARK, text)
    found = found if found and found.end() >= len(text.rstrip(": \n")) else None
    assert (found and found.group("word"),
            found and (found.group("glued") or found.group("bracket") or found.group("raised"))) == (word, mark)


@pytest.mark.parametrize("evidence, name, key", [
    ("STYREMEDLEM¹\nLinn Aasgard", "Linn Aasgard", "1"),  # the label over the name
    ("Styremedlem (2): Linn Aasgard", "Linn Aasgard", "2"),
    ("Styremedlem*: Linn Aasgard", "Linn Aasgard", "*"),
    ("Linn Aasgard, styremedlem²", "Linn Aasgard", "2"),  # the role after the name
    ("Linn Aasgard (3)", "Linn Aasgard", "3"),  # the name's own mark
    ("Styremedlem: Linn Aasgard", "Linn Aasgard", None),
    ("Kapittel¹ Linn Aasgard", "Linn Aasgard", None),  # a mark on a word that is no role
    ("STYREMEDLEM 1\nLinn Aasgard", "Linn Aasgard", "1"),  # a raised digit set apart by the text layer
    ("Styremedlem 1: Linn Aasgard", "Linn Aasgard", None),  # a numbered seat
])
def test_board_scope_mark_of_a_mention_on_its_name_or_role_label(evidence, name, key):
    assert _mark_of(Mention(name, None, "line", None, evidence, "known")) == key


@pytest.mark.parametrize("note, left", [
    ("Fratrådte 30. juni", True),
    ("Ba om fritak fra 1. mai", True),
    ("Gikk ut av styret i juni", True),
    ("Til 1. september", True),
    ("Døde i mars", True),
    ("Gjenvalgt for to år", False),
    ("Fra 1. september", False),  # joined in the year: on the board at its end
    ("Ikke på valg", False),
])
def test_board_note_says_its_member_left(note, left):
    assert note_says_left(note) is left


def test_board_marked_label_with_an_employees_note_table():
    assert ("Linn Aasgard", "MEDL", True) in _board(
        heading("Styret"),
        table([["Verv", "Navn"], ["Styreleder", "Rolf Hegge"], ["Styremedlem¹", "Linn Aasgard"], ["Varamedlem", "Pål Veum"]]),
        para("¹ Valgt av og blant de ansatte."))


def test_board_marked_label_with_a_leaving_note_is_off_the_board():
    board = _board(heading("Styret"),
                   table([["Verv", "Navn"], ["Styreleder", "Rolf Hegge"], ["Styremedlem²", "Linn Aasgard"],
                          ["Styremedlem", "Tor Brenna"]]),
                   para("² Fratrådte 30. juni."))
    assert {name for name, *_ in board} == {"Rolf Hegge", "Tor Brenna"}


# --- club functions listed under the deputies -------------------------------------------------------

def test_board_functions_after_the_deputies_are_no_seats():
    board = _board(heading("Styret"), para("Leder: Rolf Hegge\nKasserer: Tor Brenna\nVaramedlem: Pål Veum\n"
                                           "Kurskontakt: Eli Sande\nWebansvarlig: Kåre Li\nSekretær: Ivar Dale"))
    assert board == {("Rolf Hegge", "LEDE", False), ("Tor Brenna", "MEDL", False), ("Pål Veum", "VARA", False),
                     ("Ivar Dale", "MEDL", False)}  # the board's own office stays a seat


def test_board_functions_between_personal_deputies_stay():
    board = _board(heading("Styret"), para("Leder: Rolf Hegge (vara: Pål Veum)\nSekretær: Tor Brenna (vara: Eli Sande)"))
    assert ("Tor Brenna", "MEDL", False) in board


def test_board_functions_each_beside_a_deputy_stay():
    board = _board(heading("Styret"), para("Rolf Hegge, Gol, leder\nTor Brenna, Ål, kasserer\tVara: Eli Sande\n"
                                           "Linn Aasgard, Hol, sekretær\tVara: Pål Veum"))
    assert ("Linn Aasgard", "MEDL", False) in board


# --- an officer in an election list -----------------------------------------------------------------

@pytest.mark.parametrize("text, ceo", [
    ("Ikke på valg var havnesjef Bjørn Lie og sekretær Eli Sande.", False),
    ("Ikkje på val var hamnesjef Bjørn Lie.", False),
    ("Ikke på valg: havnesjef Bjørn Lie.", False),
    ("Havnesjef Bjørn Lie er ikke på valg i år.", False),
    ("Havnesjef Bjørn Lie leder driften. Leder Eli Sande er på valg.", True),  # the ballot in another sentence
])
def test_board_head_title_in_an_election_list_is_an_officer(text, ceo):
    codes = [m.code for m in line_to_mentions(_line(text), "line") if m.name == "Bjørn Lie"]
    assert ("DAGL" in codes) is ceo


# --- a term ended, a seat taken, with no role word ---------------------------------------------------

@pytest.mark.parametrize("words, end, ended", [
    (["Linn", "Aasgard", "ba", "om", "fritak", "fra", "1", "", "juli"], 2, True),
    (["Linn", "Aasgard", "trakk", "seg", "i", "mai"], 2, True),
    (["Linn", "Aasgard", "", "kasserer", "", "døde", "i", "mars"], 4, True),  # past a comma
    (["Linn", "Aasgard", "fratrådte", "møtet", "under", "sak", "4"], 2, False),  # the meeting, not the board
    (["Linn", "Aasgard", "trakk", "seg", "fra", "valgkomiteen"], 2, False),  # another organ
    (["Linn", "Aasgard", "trakk", "seg", "som", "kandidat"], 2, False),
    (["Linn", "Aasgard", "flyttet", "til", "bygda", "i", "1996"], 2, False),  # after a name, a move says nothing
])
def test_board_ended_after_a_name(words, end, ended):
    assert ended_after(words, end) is ended


@pytest.mark.parametrize("words, alone", [
    ([], True), (["."], True), (["i", "juni"], True), (["fra", "styret"], True),
    (["som", "nestleder"], False), (["fra", "kontrollutvalget"], False), (["møtet"], False),
])
def test_board_stands_alone(words, alone):
    assert stands_alone(words, 0) is alone


@pytest.mark.parametrize("text, expected", [
    ("Linn Aasgard ba om fritak fra 1. juli.", [("Linn Aasgard", None, True, False)]),
    ("Linn Aasgard bad om fritak frå 1. juli etter at ho flytta.", [("Linn Aasgard", None, True, False)]),
    ("Pål Veum rykket opp i styret.", [("Pål Veum", "MEDL", False, True)]),
    ("Pål Veum tok over plassen etter Linn Aasgard i juni.",
     [("Pål Veum", "MEDL", False, True), ("Linn Aasgard", None, True, False)]),
    ("Pål Veum rykket opp som nestleder.", []),  # a role after it: the line reader's link
    ("Linn Aasgard fratrådte møtet under sak 4.", []),
    ("Varamedlem Pål Veum har møtt fast i styret.", []),  # a deputy attending every meeting keeps the seat
    ("Linn Aasgard flyttet til bygda i 1996.", []),
])
def test_board_changes_without_a_role_word(text, expected):
    assert [(m.name, m.code, m.left, m.new) for m in change_mentions(_line(text), "prose", frozenset())] == expected


def test_board_deputy_who_took_a_seat_is_a_member_at_the_years_end():
    board = _board(heading("Styret"), para("Leder: Rolf Hegge\nStyremedlem: Linn Aasgard\nVaramedlemmer: Pål Veum og Eli Sande"),
                   para("Linn Aasgard ba om fritak fra 1. juli. Varamedlem Pål Veum rykket opp i styret."))
    assert board == {("Rolf Hegge", "LEDE", False), ("Pål Veum", "MEDL", False), ("Eli Sande", "VARA", False)}


# --- a participle of choosing in a member's cell -----------------------------------------------------

@pytest.mark.parametrize("words, chooser", [
    (["valgt", "av", "årsmøtet"], True),
    (["valde", "av", "dei", "tilsette"], True),  # nynorsk plural, as chosen_after_som lists it
    (["oppnevnt", "av", "kommunen"], True),
    (["Valgt", "Lie"], False),
])
def test_board_table_cells_chooser_aside(words, chooser):
    assert _chooser_aside(words) is chooser
