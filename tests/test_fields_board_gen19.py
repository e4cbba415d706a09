"""Nineteenth reading (docs/phrasings.md §77): an election's heading is no foreword's, an organ
composed "bestående av;", seats the board's title names elected in another organ's section,
adverbs between a name and its link, a second subject whose link is left out, captions ordered
"f.v." (extractor.fields.board_headings, board_line_roles, board_lines, board_scope,
board_statements; board_scope.json)."""
from __future__ import annotations

import pytest

from extractor.fields.board_headings import foreword_role
from extractor.fields.board_context import _FROM_LEFT
from test_fields_board import _people, _roles


@pytest.mark.parametrize("heading", ["Valg av styreformann", "Val av styreleiar", "Valg av ny daglig leder"])
def test_board_gen19_election_heading_names_no_foreword_writer(heading):
    assert foreword_role(heading) is None


def test_board_gen19_foreword_heading_still_names_its_writer():
    assert foreword_role("Styreleder har ordet").code == "LEDE"


def test_board_gen19_list_under_election_heading_keeps_its_last_member():
    """The last name under "Valg av styreformann" was read as a foreword's chair, sure (0.96)."""
    _, board = _people(("h", "Valg av styreformann"),
                       ("p", "På møtet i går ble Kari Vikane enstemmig valgt som styremedlem og styreleder."),
                       ("p", "Styret består etter dette av følgende personer:\nKari Vikane\nOlav Brekke\nGeir Lunde"),
                       title=False)
    assert _roles(board) == {"Kari Vikane": ("LEDE", False), "Olav Brekke": ("MEDL", False),
                             "Geir Lunde": ("MEDL", False)}


@pytest.mark.parametrize("label", [
    "Videre ble det oppnevnt en egen valgkomite for valg av aksjonærvalgte medlemmer av styret bestående av;",
    "Videre ble det oppnevnt en valgkomite bestående av:",
    "Vidare vart det oppnemnt ei valnemnd beståande av:",
])
def test_board_gen19_committee_composed_is_no_board(label):
    """Its leader was the board's chair, sure (0.98)."""
    _, board = _people(("h", "NKR - Møte i representantskapet"),
                       ("p", f"{label}\nRune Tangen, leder\nHilde Brattås\nJon Kleiven"), title=False)
    assert board == []


def test_board_gen19_composed_label_still_names_the_board():
    _, board = _people(("h", "NKR - Møte i representantskapet"),
                       ("p", "Styret har i 2023 bestått av;\nRune Tangen, leder\nHilde Brattås\nJon Kleiven"), title=False)
    assert _roles(board)["Rune Tangen"] == ("LEDE", False)


@pytest.mark.parametrize("sentence", [
    "Tone Hegg og Arild Sætre ble gjenvalgt som styremedlemmer for to år.",
    "Tone Hegg og Arild Sætre vart attvalde som styremedlemer for to år.",
])
def test_board_gen19_members_reelected_in_an_organs_section(sentence):
    _, board = _people(("h", "Representantskapet"), ("p", "Representantskapet har seks medlemmer. Leder er Bjørn Haugen."),
                       ("p", sentence))
    assert _roles(board) == {"Tone Hegg": ("MEDL", False), "Arild Sætre": ("MEDL", False)}


def test_board_gen19_club_groups_own_board_stays_out():
    """A club group's section: its members elected there sit on the group's board, not ours."""
    _, board = _people(("h", "Fotballgruppa"), ("p", "Ola Dahl ble valgt som styremedlem i gruppa."),
                       org="Nordvik IL")
    assert board == []


def test_board_gen19_chair_elected_in_an_organ_is_ours():
    _, board = _people(("p", "På møte i bedriftsforsamlingen i går ble Kari Vikane enstemmig valgt som styreleder."))
    assert _roles(board) == {"Kari Vikane": ("LEDE", False)}


def test_board_gen19_committee_leader_elected_there_is_not_ours():
    _, board = _people(("p", "På møte i valgkomiteen i går ble Kari Vikane valgt som leder."))
    assert board == []


@pytest.mark.parametrize("sentence, expected", [
    ("Johan Odfjell ble enstemmig valgt som styreleder.", {"Johan Odfjell": ("LEDE", False)}),
    ("I går ble Johan Odfjell enstemmig valgt som styreleder.", {"Johan Odfjell": ("LEDE", False)}),
    ("Kari Dahl vart samrøystes vald til styreleiar.", {"Kari Dahl": ("LEDE", False)}),
])
def test_board_gen19_adverb_before_a_name_first_link(sentence, expected):
    _, board = _people(("h", "Styret"), ("p", sentence))
    assert _roles(board) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunnar Aasen ble valgt til leder og Arne Dybvik til kasserer.",
     {"Gunnar Aasen": ("LEDE", False), "Arne Dybvik": ("MEDL", False)}),
    ("Astrid Lid vart vald til leiar og Olav Bolstad til nestleiar.",
     {"Astrid Lid": ("LEDE", False), "Olav Bolstad": ("NEST", False)}),
])
def test_board_gen19_second_subject_with_its_link_left_out(sentence, expected):
    _, board = _people(("h", "Styret"), ("p", sentence))
    assert _roles(board) == expected


def test_board_gen19_no_second_subject_without_the_links_last_word():
    """"og Arne Dybvik til kasserer" after a copula: "er" ends no link that "til" repeats."""
    _, board = _people(("h", "Styret"), ("p", "Gunnar Aasen er styreleder og Arne Dybvik til kasserer."))
    assert "Arne Dybvik" not in _roles(board)


@pytest.mark.parametrize("text, found", [
    ("Konstituert styre, f.v.: Terje Moen", True), ("Styret, f. v.: Terje Moen", True),
    ("Styret. Fra venstre: Terje Moen", True), ("Terje Moen fv. 17", False),
])
def test_board_gen19_caption_order_abbreviated(text, found):
    assert bool(_FROM_LEFT.search(text)) is found


def test_board_gen19_caption_ordered_fv_names_the_board():
    _, board = _people(("p", "Fylkeslaget holdt årsmøte i Malvik lørdag, og nytt styre ble valgt."),
                       ("p", "Konstituert styre, f.v.: Terje Moen, Kari Flatås, Bjørn Aune (nestleder), Ingrid Sand og "
                             "Roar Lien (leder)."))
    assert _roles(board) == {"Roar Lien": ("LEDE", False), "Bjørn Aune": ("NEST", False), "Terje Moen": ("MEDL", False),
                             "Kari Flatås": ("MEDL", False), "Ingrid Sand": ("MEDL", False)}


@pytest.mark.parametrize("label", ["Etter årsmøtet 3. mars 2023 har styret bestått av:",
                                   "Etter årsmøtet har styret bestått av følgende:"])
def test_board_gen19_meeting_before_the_board_composed_is_no_organ(label):
    """heldout15's board under "Etter årsmøtet ... har styret bestått av:" was dropped by the first
    form of ``_other_organ_composition`` (the meeting taken for the organ composed)."""
    _, board = _people(("h", "Styret"), ("p", label), [["Verv", "Navn"], ["Leder", "Marit Hovde"],
                                                       ["Styremedlem", "Anne Rønning"]])
    assert _roles(board) == {"Marit Hovde": ("LEDE", False), "Anne Rønning": ("MEDL", False)}
