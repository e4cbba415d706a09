"""Twenty-first reading (docs/phrasings.md §96): the employees' members named in the plural, a
seat given by appointment or by trust, a member's party in brackets before the link, a title
before a name, and the body a seat is held in (extractor.fields.board_statements, board_lines;
roles.jsonl, board_scope.json)."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.board_statements import link_before
from extractor.nlp.roles import is_employee_phrase, is_title
from test_fields_board import _people, _roles


@pytest.mark.parametrize("phrase", [
    "ansatte representantene", "ansatte representanter", "ansattes representanter", "tilsette representantane",
    "ansattvalgte styrerepresentanter",
])
def test_board_h35_employees_in_the_plural_are_employee_phrases(phrase):
    assert is_employee_phrase(phrase)


def test_board_h35_employees_named_after_a_plural_qualifier_in_a_composition():
    """"de tre ansatte representantene A, B og C": members, not employee-elected, sure (0.94-0.96)."""
    _, board = _people(("h", "Ordinær generalforsamling"),
                       ("p", "Styret består av følgende aksjonærvalgte representanter: Tone Nagelhus (formann), "
                             "Ole Lien og Cato Holmen. Styret består for øvrig av de tre ansatte representantene "
                             "Berit Bjørge, Hilde Harstad og Gunnar Nordeng."), title=False)
    assert _roles(board) == {"Tone Nagelhus": ("LEDE", False), "Ole Lien": ("MEDL", False),
                             "Cato Holmen": ("MEDL", False), "Berit Bjørge": ("MEDL", True),
                             "Hilde Harstad": ("MEDL", True), "Gunnar Nordeng": ("MEDL", True)}


def test_board_h35_employees_label_first_with_a_link():
    _, board = _people(("h", "Styret"), ("p", "Leder er Kari Berg. Ansattvalgte styrerepresentanter er Solveig "
                                              "Kvamme og Ola Haugen."))
    assert _roles(board) == {"Kari Berg": ("LEDE", False), "Solveig Kvamme": ("MEDL", True),
                             "Ola Haugen": ("MEDL", True)}


@pytest.mark.parametrize(("name", "link", "code"), [
    ("Jens Haukeland", "ble utnevnt som styreformann", "LEDE"),
    ("Åge Solheim", "ble utnevnt til varamann", "VARA"),
    ("Inger Indre", "fikk tillit som nestleder", "NEST"),
])
def test_board_h35_seat_by_appointment_or_trust(name, link, code):
    _, board = _people(("h", "Styret"), ("p", f"{name} {link}."))
    assert _roles(board) == {name: (code, False)}


def test_board_h35_nn_trust_as_deputy_chair():
    _, board = _people(("h", "Nytt styre i avlslaget"),
                       ("p", "Jan Mellem vart attvald som styreleiar. Inger Indre fekk tillit som nestleiar etter at "
                             "Hans Stene takka nei til ny periode i styret."), title=False)
    assert _roles(board) == {"Jan Mellem": ("LEDE", False), "Inger Indre": ("NEST", False)}


@pytest.mark.parametrize(("words", "end", "expected"), [
    (["Jens", "Hauge", "", "Ap", "", "ble", "valgt", "som"], 8, 2),  # "Jens Hauge (Ap) ble valgt som"
    (["Jens", "Hauge", "", "KrF", "", "er"], 6, 2),
    (["Jens", "Hauge", "ble", "valgt", "som"], 5, 2),
    (["Jens", "Hauge", "", "Oslo", "", "ble", "valgt", "som"], 8, 4),  # a bracket that is no party: not passed
])
def test_board_h35_link_before_passes_a_party_in_brackets(words, end, expected):
    assert link_before(words, end, 0) == expected


def test_board_h35_party_and_title_around_the_name():
    _, board = _people(("h", "Styret"),
                       ("p", "Jens Olav Haukeland (Ap) ble utnevnt som styreformann. Generaldirektør Vidar Hegge (H) "
                             "ble viseformann."))
    assert _roles(board) == {"Jens Olav Haukeland": ("LEDE", False), "Vidar Hegge": ("NEST", False)}


@pytest.mark.parametrize("word", ["Generaldirektør", "dosent", "stortingsrepresentant", "fylkesmann"])
def test_board_h35_titles_before_a_name(word):
    assert is_title(word)


def test_board_h35_body_a_seat_is_held_in_is_no_person():
    """"Styremedlem i Odin Forvaltning": the body was read as a member (0.74-0.80)."""
    _, board = _people(("h", "Konsernledelsen"),
                       ("p", "Finn Haugland Konsernsjef. Styreleder i Bankenes Sikringsfond, styremedlem og i flere "
                             "perioder styreleder i Bankgruppen Midt. Styremedlem i Odin Forvaltning."), title=False)
    assert not board


def test_board_h35_member_of_the_board_still_read():
    """"Kari Berg er styremedlem i Vekst Produkt AS": the seat's holder before it stays."""
    _, board = _people(("h", "Styret"), ("p", "Kari Berg er styremedlem i Vekst Produkt AS."))
    assert _roles(board) == {"Kari Berg": ("MEDL", False)}


def test_board_h35_moved_up_from_a_seat_is_not_that_seat():
    """"X rykket opp fra varamedlem" (heldout47's wording): X was read as the deputy, sure (0.965),
    over the member's seat the list gives."""
    _, board = _people(("h", "Styret"),
                       ("p", "Leder: Tone Grønvold\nStyremedlem: Jan Petter Ullern\nVaramedlem: Hilde Kolbu"),
                       ("p", "Kristin Aske trakk seg i august, og Jan Petter Ullern rykket opp fra varamedlem."))
    assert _roles(board) == {"Tone Grønvold": ("LEDE", False), "Jan Petter Ullern": ("MEDL", False),
                             "Hilde Kolbu": ("VARA", False)}


@pytest.mark.parametrize("sentence", ["Astrid Lid rykket opp fra styremedlem til nestleder.",
                                      "Astrid Lid gjekk over frå styremedlem til nestleiar."])
def test_board_h35_moved_from_one_seat_to_another_takes_the_second(sentence):
    _, board = _people(("h", "Styret"), ("p", f"Leder er Kari Strand. {sentence}"))
    assert _roles(board) == {"Kari Strand": ("LEDE", False), "Astrid Lid": ("NEST", False)}
