"""Twenty-second reading (docs/phrasings.md §103): members grouped under a row naming who chose
them, a footnote mark on the employees' members, a members-and-deputies table under another
organ's composition sentence, "som de ansattes representant", a board qualified before its
composition verb, a head's title as a member's occupation after a label, and an observer's
origin in a role cell (extractor.fields.board_tables, board_context, board_table_cells,
board_deputies, board_mentions, board_readers, board_line_roles; roles.jsonl)."""
from __future__ import annotations

import pytest

from extractor.fields.board_table_cells import cell_name
from extractor.fields.board_tables import _chooser_row
from extractor.nlp.marks import NOTE_MARK, marker_key
from extractor.nlp.pipeline import get_pipeline
from test_fields_board import _people, _roles


@pytest.mark.parametrize(("row", "expected"), [
    (["Valgt av og blant de ansatte", ""], True),
    (["Ansattvalgte", "Ansattvalgte"], True),  # a merged cell, its text in every column
    (["Valgt av generalforsamlingen", ""], False),
    (["Oppnevnt av kommunestyret", ""], False),
    (["Styremedlem", "Ole Dahl"], None),
    (["Varamedlemmer", ""], None),
])
def test_board_h36_chooser_row(row, expected):
    assert _chooser_row(row, [None] * len(row)) is expected


def test_board_h36_members_grouped_under_who_chose_them():
    """The rows under "Valgt av og blant de ansatte" are the employees' (main: members, not
    employee-elected, sure)."""
    _, board = _people(("h", "Styret"),
                       [["Verv", "Navn"], ["Valgt av generalforsamlingen", ""], ["Styreleder", "Kari Helstad"],
                        ["Nestleder", "Per Lien"], ["Valgt av og blant de ansatte", ""],
                        ["Styremedlem", "Ole Sandnes"], ["Varamedlem", "Liv Mosand"]])
    assert _roles(board) == {"Kari Helstad": ("LEDE", False), "Per Lien": ("NEST", False),
                             "Ole Sandnes": ("MEDL", True), "Liv Mosand": ("VARA", True)}


@pytest.mark.parametrize(("mark", "key"), [("¹)", "1"), ("²", "2"), ("(2)", "2"), ("3)", "3"), ("*", "*"),
                                          ("**)", "**")])
def test_board_h36_marker_key(mark, key):
    assert marker_key(mark) == key


@pytest.mark.parametrize(("line", "mark"), [("¹) Valgt av og blant de ansatte", "¹)"), ("* Ansattvalgt", "*"),
                                            ("(1) Valgt av de ansatte", "(1)")])
def test_board_h36_note_mark(line, mark):
    assert NOTE_MARK.match(line).group("mark") == mark


@pytest.mark.parametrize("text", ["Randi Skjølberg ¹)", "Randi Skjølberg¹", "Randi Skjølberg*", "Randi Skjølberg 1)"])
def test_board_h36_cell_name_past_a_footnote_mark(text):
    assert cell_name(text).name == "Randi Skjølberg"


def test_board_h36_superscript_mark_is_its_own_token_but_a_unit_keeps_its_power():
    nlp = get_pipeline()
    assert [t.text for t in nlp("Skjølberg¹)")] == ["Skjølberg", "¹)"]
    assert [t.text for t in nlp("12 km²")] == ["12", "km²"]


@pytest.mark.parametrize(("cell", "note"), [
    ("Randi Skjølberg ¹)", "¹) Valgt av og blant de ansatte"),
    ("Randi Skjølberg*", "* Valgt av og blant de ansatte"),
    ("Randi Skjølberg (1)", "(1) Ansattvalgt"),
])
def test_board_h36_footnote_mark_on_the_employees_member(cell, note):
    """A mark the note under the table explains as the employees' choice (main: "¹)" read no name;
    "*" and "(1)" a member, not employee-elected, sure)."""
    _, board = _people(("h", "Styret"), [["Navn", "Verv"], ["Gunnar Eidsvåg", "Styreleder"], [cell, "Styremedlem"]],
                       ("p", note))
    assert _roles(board) == {"Gunnar Eidsvåg": ("LEDE", False), "Randi Skjølberg": ("MEDL", True)}


def test_board_h36_a_mark_no_note_explains_is_no_employee():
    _, board = _people(("h", "Styret"), [["Navn", "Verv"], ["Gunnar Eidsvåg", "Styreleder"],
                                         ["Randi Skjølberg ¹)", "Styremedlem"]], ("p", "¹) Ny i styret fra juni"))
    assert _roles(board) == {"Gunnar Eidsvåg": ("LEDE", False), "Randi Skjølberg": ("MEDL", False)}


def test_board_h36_council_table_under_its_composition_sentence():
    """"Rådsforsamlingen består av ..." over Stifter | Representant | Personlig vara: that organ's
    people (main: members and deputies, sure)."""
    _, board = _people(("h", "Organisasjon"),
                       ("p", "Rådsforsamlingen består av en representant med personlig vararepresentant fra hver av "
                             "stifterne:"),
                       [["Stifter", "Representant", "Personlig vara"], ["Nes kommune", "Jens Bekkelund", "Mari Hovin"],
                        ["Eidsvoll kommune", "Solveig Rud", "Kåre Berntsen"]])
    assert _roles(board) == {}


def test_board_h36_council_heading_is_another_organ():
    _, board = _people(("h", "Rådsforsamlingen"),
                       [["Stifter", "Representant", "Personlig vara"], ["Nes kommune", "Jens Bekkelund", "Mari Hovin"]],
                       ("h", "Styret"), ("p", "Styreleder: Arne Fjeldstad"))
    assert _roles(board) == {"Arne Fjeldstad": ("LEDE", False)}


@pytest.mark.parametrize("phrase", ["som de ansattes representant", "som ansattes representant"])
def test_board_h36_as_the_employees_representative_with_its_article(phrase):
    _, board = _people(("h", "Styret"),
                       ("p", f"Styret har bestått av Jorunn Ekre som leder, Arne Hovde og Silje Ness {phrase}."))
    assert _roles(board)["Silje Ness"] == ("MEDL", True)


def test_board_h36_copula_to_the_employees_representative_with_its_article():
    _, board = _people(("h", "Styret"), ("p", "Leder er Jorunn Ekre. Silje Ness er de ansattes representant."))
    assert _roles(board) == {"Jorunn Ekre": ("LEDE", False), "Silje Ness": ("MEDL", True)}


def test_board_h36_board_qualified_before_its_composition_verb():
    """Nine words between "Styret" and "bestått" (main: the two members without a role missed)."""
    _, board = _people(("h", "Styret"),
                       ("p", "Styret i det kommunalt eide selskapet har i 2023 bestått av Jorunn Ekre (Ap) som leder, "
                             "Eivind Gråbakk (Ap) og Arne Hovde (KrF) som de politisk valgte."))
    assert _roles(board) == {"Jorunn Ekre": ("LEDE", False), "Eivind Gråbakk": ("MEDL", False),
                             "Arne Hovde": ("MEDL", False)}


@pytest.mark.parametrize("title", ["rektor", "lektor", "advokat"])
def test_board_h36_occupation_after_a_label(title):
    """"Styremedlem: rektor Anne Lerfald" (main: "rektor", a head's title, took her and she was missed)."""
    _, board = _people(("h", "Styrets sammensetning"), ("p", f"Styreleder: Kari Strømsnes\nStyremedlem: {title} Anne Lerfald"))
    assert _roles(board) == {"Kari Strømsnes": ("LEDE", False), "Anne Lerfald": ("MEDL", False)}


def test_board_h36_observer_from_a_kommune_in_a_role_cell():
    _, board = _people(("h", "Styret"), [["Navn", "Funksjon", "Møtt"], ["Marit Haslum", "Styreleder", "8 av 8"],
                                         ["Kari Sollie", "Observatør fra Vestby kommune", "5 av 8"]])
    assert _roles(board) == {"Marit Haslum": ("LEDE", False), "Kari Sollie": ("OBS", False)}


def test_board_h36_employees_pair_opening_its_own_group():
    """", og A og B, valgt av de ansatte" after the members' list: both the employees' (main: A a
    member, not employee-elected, sure)."""
    _, board = _people(("h", "Styret"),
                       ("p", "Styret har i 2023 bestått av styreleder Ingrid Aasen, styremedlemmene Tove Myhre og Siri "
                             "Holte, og Per Ove Lid og Rune Kaspersen, valgt av de ansatte."))
    assert _roles(board) == {"Ingrid Aasen": ("LEDE", False), "Tove Myhre": ("MEDL", False),
                             "Siri Holte": ("MEDL", False), "Per Ove Lid": ("MEDL", True),
                             "Rune Kaspersen": ("MEDL", True)}


def test_board_h36_last_of_a_list_before_the_employees_phrase_stays_alone():
    """"A, B og C, valgt av de ansatte": whose the phrase is, is not told past the list's last pair."""
    _, board = _people(("h", "Styret"),
                       ("p", "Styret har bestått av styreleder Ingrid Aasen og styremedlemmene Tove Myhre, Siri Holte "
                             "og Rune Kaspersen, valgt av de ansatte."))
    assert _roles(board)["Rune Kaspersen"] == ("MEDL", True)
    assert _roles(board)["Tove Myhre"] == ("MEDL", False)


@pytest.mark.parametrize("before", [(), ([["Eier", "Andel"], ["Nes kommune", "100 %"]],)],
                         ids=["opens-the-document", "under-another-table"])
def test_board_h36_deputies_table_with_no_text_above_is_read(before):
    """A members-and-deputies table with no text right above it (first in the document, or under
    another table) is read; the test for another organ's composition sentence has nothing to read."""
    _, board = _people(*before, [["Rolle", "Medlem", "Varamedlem"], ["Styreleder", "Jens Bekkelund", "Mari Hovin"],
                                 ["Styremedlem", "Solveig Rud", "Kåre Berntsen"]], title=False)
    assert _roles(board)["Jens Bekkelund"] == ("LEDE", False)
