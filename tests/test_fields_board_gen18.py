"""Eighteenth reading (docs/phrasings.md §71): deputies listed "i rekkjefylgje", the employees'
choice said of a member and a deputy at once, a photo caption whose board name and rows run into
one line, the members counted before a colon, nn "valt inn som" (extractor.fields.board,
board_names, board_readers, board_scope, board_statements; roles.jsonl, board_scope.json)."""
from __future__ import annotations

import pytest

from extractor.fields.board_statements import past_order
from test_fields_board import _people, _roles

BOARD = ("p", "Styret har i 2023 bestått av: Oddvar Lien (styreleder), Randi Fosse (nestleder) og Einar Bøe.")


@pytest.mark.parametrize("deputies", [
    "Varamedlemmer i rekkefølge har vært: Kjell Mo og Arve Sande.",
    "Varamenn i rekkjefylgje har vore: Kjell Mo og Arve Sande.",
    "Varamedlemmer i prioritert rekkefølge er: Kjell Mo og Arve Sande.",
])
def test_board_gen18_deputies_listed_in_order(deputies):
    _, board = _people(BOARD, ("p", deputies))
    assert _roles(board) == {"Oddvar Lien": ("LEDE", False), "Randi Fosse": ("NEST", False),
                             "Einar Bøe": ("MEDL", False), "Kjell Mo": ("VARA", False), "Arve Sande": ("VARA", False)}


def test_board_gen18_past_order_only_an_order():
    words = ["Varamedlemmer", "i", "rekkefølge", "har", "vært"]
    assert past_order(words, 1, len(words)) == 3
    assert past_order(["Styret", "i", "Nordvik", "er"], 1, 4) == 1  # "i Nordvik": an owner, not an order


@pytest.mark.parametrize("chose", [
    "Einar Bøe og Arve Sande er valgt av og blant de ansatte.",
    "Einar Bøe og Arve Sande er valde av og mellom dei tilsette.",
    "Einar Bøe og Arve Sande er valgt av og mellom de ansatte.",
])
def test_board_gen18_employees_chose_a_member_and_a_deputy(chose):
    """The employees' choice marks both, and the deputy stays a deputy (it was made a member)."""
    _, board = _people(BOARD, ("p", "Varamedlemmer har vært: Kjell Mo og Arve Sande."), ("p", chose))
    roles = _roles(board)
    assert roles["Einar Bøe"] == ("MEDL", True)
    assert roles["Arve Sande"] == ("VARA", True)
    assert roles["Kjell Mo"] == ("VARA", False)


def test_board_gen18_chosen_as_employee_representative_still_a_member():
    _, board = _people(("p", "Arvid Skjerven ble valgt som ansattes representant."), ("h2", "Styret"),
                       ("p", "Styreleder: Stein Næss"), ("p", "Styremedlem: Arvid Skjerven"))
    assert _roles(board)["Arvid Skjerven"] == ("MEDL", True)


CAPTION_NAMES = {"Marit Eide", "Per Sølvberg", "Ingvild Kleppe", "Torbjørn Rysst", "Sigrid Øen"}


@pytest.mark.parametrize("caption", [
    # the board's name run into the first row's place, the rows run together
    "Styret Bak frå venstre: Marit Eide, Per Sølvberg, Ingvild Kleppe Framme frå venstre: Torbjørn Rysst, "
    "Astrid Hove (dagleg leiar), Jostein Haugland (styreleiar), Sigrid Øen",
    # a sentence naming the board, no heading over it
    "Styret. Fra venstre: Marit Eide, Per Sølvberg, Ingvild Kleppe, Torbjørn Rysst, Astrid Hove (daglig leder), "
    "Jostein Haugland (styreleder) og Sigrid Øen.",
])
def test_board_gen18_caption_of_the_board(caption):
    ceo, board = _people(("p", caption), title=False)
    roles = _roles(board)
    assert roles.pop("Jostein Haugland") == ("LEDE", False)
    assert set(roles) == CAPTION_NAMES and all(r == ("MEDL", False) for r in roles.values())
    assert ceo is not None and ceo.value == "Astrid Hove"


@pytest.mark.parametrize("caption", [
    "Valgkomiteen. Fra venstre: Olav Tveit, Kari Sunde (leder) og Nils Rørvik.",
    "Valnemnda Bak frå venstre: Olav Tveit, Kari Sunde Framme frå venstre: Nils Rørvik",
])
def test_board_gen18_caption_of_another_organ_no_board(caption):
    _, board = _people(("p", caption), title=False)
    assert board == []


@pytest.mark.parametrize("text", [
    "Styret er dermed redusert frå åtte til sju medlemer: styreleiar Liv Hammer, Bjørn Skaar, Elin Ramstad og "
    "tilsetterepresentantane Hanne Nesse og Tore Sunde.",
    "Styret har fem medlemmer: styreleder Liv Hammer, Bjørn Skaar, Elin Ramstad og ansattrepresentantene Hanne "
    "Nesse og Tore Sunde.",
])
def test_board_gen18_members_counted_before_colon(text):
    _, board = _people(("p", text))
    assert _roles(board) == {"Liv Hammer": ("LEDE", False), "Bjørn Skaar": ("MEDL", False),
                             "Elin Ramstad": ("MEDL", False), "Hanne Nesse": ("MEDL", True),
                             "Tore Sunde": ("MEDL", True)}


def test_board_gen18_members_counted_of_another_organ_no_board():
    _, board = _people(("p", "Valgkomiteen har tre medlemmer: Olav Tveit, Kari Sunde og Nils Rørvik."))
    assert board == []


@pytest.mark.parametrize("text", ["Ingunn Lothe er valt inn som ny styreleiar.",
                                  "Ingunn Lothe vart valt inn i styret som styreleiar."])
def test_board_gen18_nn_elected_in_as_chair(text):
    _, board = _people(("p", text))
    assert _roles(board) == {"Ingunn Lothe": ("LEDE", False)}
