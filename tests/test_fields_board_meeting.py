"""The board before and after the annual meeting (extractor.fields.board_meeting)."""
from __future__ import annotations

import pytest

from extractor.fields.board_sides import meeting_side, period_side
from test_fields_board import _people, _roles


@pytest.mark.parametrize(("text", "side"), [
    ("Styret fram til årsmøtet 14. mars 2023:", "before"),
    ("Styret har fram til årsmøtet 2023 bestått av", "before"),
    ("Før årsmøtet besto styret av", "before"),
    ("Styret etter årsmøtet:", "after"),
    ("Nytt styre fra 14. mars 2023:", "after"),
    ("Styret etter generalforsamlingen", "after"),
    ("Fram til nå har styret bestått av", None),  # still so: no meeting, no date
    ("Styret har hatt seks møter", None),
    ("Fra årsmøtet i fjor kom et forslag om", None),  # the board is not named first
    ("Styret frå årsmøtet 11. mars 2021 til årsmøtet 24. mars 2022:", "before"),  # a closed term
    ("Styret fra 14. mars 2023:", "after"),
])
def test_board_meeting_side_of_a_label_or_sentence(text, side):
    assert meeting_side(text.replace(":", " ").split()) == side


def test_board_meeting_after_list_is_the_board_and_the_before_list_is_dropped():
    _, board = _people(("p", "Styret fram til årsmøtet 14. mars:"), ("p", "Leder: Eva Brenden"),
                       ("p", "Sekretær: Arne Tollefsen"), ("p", "Styret etter årsmøtet:"), ("p", "Leder: Tor Aalvik"),
                       ("p", "Styremedlem: Eva Brenden"))
    assert _roles(board) == {"Tor Aalvik": ("LEDE", False), "Eva Brenden": ("MEDL", False)}


def test_board_meeting_one_side_alone_is_the_sitting_board():
    _, board = _people(("p", "Styret fram til årsmøtet 2024:"), ("p", "Leder: Eva Brenden"),
                       ("p", "Sekretær: Arne Tollefsen"))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Arne Tollefsen": ("MEDL", False)}


def test_board_signed_mark_between_name_and_role():
    _, board = _people(("h2", "Styret"), ("p", "Nordby, Knut Hauge (s.) styreleder, Trond Ekeli daglig leder"))
    assert _roles(board) == {"Knut Hauge": ("LEDE", False)}


def test_board_meeting_after_a_meeting_of_the_next_year_is_not_the_years_board():
    _, board = _people(("p", "Styret fram til årsmøtet 2023:"), ("p", "Leder: Eva Brenden"),
                       ("p", "Styret etter årsmøtet 2023:"), ("p", "Leder: Tor Aalvik"))  # the report is for 2022
    assert _roles(board)["Eva Brenden"] == ("LEDE", False)


@pytest.mark.parametrize(("text", "side"), [
    ("Fra 1. januar til 23. mai", "before"),
    ("Frå 1.1. til 30.4.:", "before"),
    ("Fra 23.mai", "after"),
    ("Fra 1. januar til 31. desember", None),  # the whole year: no change
    ("Fra 1.1.2023 til 31.12.2023", None),
    ("Fra 23. mai ble Kari Dahl valgt", None),  # a sentence, not a period's line
    ("Fra venstre: Kari Dahl", None),
])
def test_board_meeting_period_line_side(text, side):
    assert period_side(text) == side


def test_board_meeting_two_periods_keep_the_later_list():
    _, board = _people(("h", "Styret"), ("p", "Fra 1. januar til 14. juni"),
                       ("p", "Leder: Kari Holm\nNestleder: Per Aune\nStyremedlem: Liv Berg"),
                       ("p", "Fra 14. juni"), ("p", "Leder: Kari Holm\nNestleder: Liv Berg\nStyremedlem: Odd Tangen"))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Liv Berg": ("NEST", False), "Odd Tangen": ("MEDL", False)}


def test_board_meeting_changes_after_the_report_year_leave_the_years_board():
    _, board = _people(("p", "Leder: Eva Brenden"), ("p", "Styremedlem: Arne Tollefsen"),
                       ("p", "På årsmøtet 12. mars 2023 gikk Arne Tollefsen ut av styret, og Siri Holm ble valgt "
                             "som nytt styremedlem."))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Arne Tollefsen": ("MEDL", False)}


def test_board_meeting_a_new_board_after_the_years_end_is_not_the_years():
    _, board = _people(("p", "Leder: Eva Brenden"), ("p", "Styremedlem: Arne Tollefsen"),
                       ("p", "Hendelser etter årets slutt: Ny leder er Siri Holm, og Per Vik er nytt styremedlem."))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Arne Tollefsen": ("MEDL", False)}


def test_board_meeting_a_change_within_the_year_still_counts():
    _, board = _people(("p", "Leder: Eva Brenden"), ("p", "Styremedlem: Arne Tollefsen"),
                       ("p", "På årsmøtet 12. mars 2022 gikk Arne Tollefsen ut av styret, og Siri Holm ble valgt "
                             "som nytt styremedlem."))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Siri Holm": ("MEDL", False)}


def test_board_table_of_another_organs_delegates_gives_no_deputies():
    _, board = _people(("h", "Organisasjon"),
                       [["Kommune", "Representanter til årsmøtet", "Vararepresentanter"],
                        ["Hamar", "Ola Dahl, Kari Moe", "Per Lie"], ["Løten", "Siri Lund, Tor Bø", "Eva Vik"]],
                       ("p", "Leder: Eva Brenden"), ("p", "Varamedlem: Arne Tollefsen"))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Arne Tollefsen": ("VARA", False)}


def test_board_table_saying_who_appointed_each_member_is_the_board():
    _, board = _people(("h", "Styret"),
                       [["Navn", "Verv", "Oppnevnt av"], ["Eva Brenden", "Styreleder", "Representantskapet"],
                        ["Arne Tollefsen", "Styremedlem", "Representantskapet"]])
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Arne Tollefsen": ("MEDL", False)}



def test_board_meeting_a_term_ending_next_year_is_the_years_board():
    # "valde styre fram til årsmøtet i 2024" names the term's end, not a later meeting's board
    _, board = _people(("h", "Styre og tillitsvalde"),
                       ("p", "Årsmøtet 20. april 2022 valde styre fram til årsmøtet i 2023. Styret har vore samansett "
                             "slik: Kari Lunde (styreleiar) med Per Moen som personleg vara, Ola Berg (nestleiar) med "
                             "Siri Dahl som vara, og Anne Vik med Tor Aas som vara."),
                       ("h", "Underskrifter"), ("p", "Kari Lunde, styreleiar"), ("p", "Ola Berg, nestleiar"),
                       ("p", "Anne Vik, styremedlem"))
    assert {"Per Moen", "Siri Dahl", "Tor Aas"} <= set(_roles(board))


def test_board_meeting_an_e_signature_dated_after_the_year_is_no_election():
    _, board = _people(("p", "Styret i Vekst Produkt AS"),
                       [["Brenden, Eva | Styreleder | BankID | 20.03.2023 19:04\nSignert av Eva Brenden",
                         "Tollefsen, Arne | Styremedlem | BankID | 20.03.2023 20:41\nSignert av Arne Tollefsen"],
                        ["Dahl, Siri | Styremedlem, valgt av de ansatte | BankID | 21.03.2023 12:30\nSignert av Siri Dahl",
                         "Lie, Tor | Daglig leder | BankID | 22.03.2023 09:18\nSignert av Tor Lie"]])
    assert _roles(board)["Siri Dahl"] == ("MEDL", True)


def test_board_meeting_leaving_at_next_years_meeting_keeps_the_member():
    _, board = _people(("p", "Styret har i 2022 bestått av styreleder Eva Brenden, nestleder Per Aune og "
                             "styremedlem Arne Tollefsen."),
                       ("p", "Valgkomiteen har innstilt Siri Holm som nytt styremedlem fra generalforsamlingen i "
                             "2023, når Arne Tollefsen går ut av styret."))
    assert "Arne Tollefsen" in _roles(board) and "Siri Holm" not in _roles(board)
