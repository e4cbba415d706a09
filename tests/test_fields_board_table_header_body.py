"""A board table headed by the board itself after a sentence about another organ (docs/phrasings.md
§138.5.1). Names and places are invented."""
from __future__ import annotations

from test_fields_board import _people, _roles

_ROWS = [["Styret", "Navn", "Valgt fra"], ["Leder", "Tor Aasen", "Gran"], ["Nestleder", "Eli Bakke", "Lunner"],
         ["Medlem", "Ola Dahl", "Jevnaker"], ["Medlem", "Siv Moe", "Gran"], ["Medlem", "Kai Lie", "Ansatte"]]
_COUNCIL = ("p", "Representantskapet er selskapets øverste organ med ett medlem fra hver eierkommune: Randi Nes "
                 "(leder), Per Ulv og Mona Sand. Representantskapet har hatt to møter.")
_BOARD = {"Tor Aasen": ("LEDE", False), "Eli Bakke": ("NEST", False), "Ola Dahl": ("MEDL", False),
          "Siv Moe": ("MEDL", False), "Kai Lie": ("MEDL", True)}


def test_board_table_headed_styret_is_the_boards_after_a_sentence_about_another_organ():
    """The table's own header names the board ("Styret | Navn | Valgt fra"): the representantskap the
    sentence above speaks of does not make its "Medlem" rows that organ's."""
    _, board = _people(("h", "Representantskap og styre"), _COUNCIL, _ROWS)
    assert _roles(board) == _BOARD


def test_table_under_a_sentence_about_another_organ_without_a_board_header_stays_that_organs():
    rows = [["Verv", "Navn", "Valgt fra"], *_ROWS[1:]]
    _, board = _people(("h", "Representantskap og styre"), _COUNCIL, rows)
    assert not set(_roles(board)) & {"Ola Dahl", "Siv Moe", "Kai Lie"}
