"""Parish councils as a parish's board, proposals beside the sitting board, a row's organ, a
meeting's section, members who stay on (extractor.fields.board_scope, board_readers, board_lines,
board_statements, board_owners)."""
from __future__ import annotations

import pytest

from extractor.fields.board_headings import heading_line
from extractor.fields.board_owners import genitive_before, org_after
from extractor.fields.board_lists import _past_home_label
from extractor.fields.board_meeting import proposal_label, proposal_title
from extractor.fields.board_statements import staying_before
from test_fields_board import _people, _roles

COUNCIL = (("h2", "Menighetsrådets medlemmer"), ("p", "Kari Holm (leder)\nPer Aune (nestleder)\nLiv Berg\nOdd Tangen"))
COUNCIL_ROLES = {"Kari Holm": ("LEDE", False), "Per Aune": ("NEST", False), "Liv Berg": ("MEDL", False),
                 "Odd Tangen": ("MEDL", False)}


def test_board_councils_parish_report_reads_its_council_as_the_board():
    _, board = _people(*COUNCIL, org="Nordvik menighet")
    assert _roles(board) == COUNCIL_ROLES
    assert not any("council_guessed" in m.reasons for m in board)


def test_board_councils_fellesrad_report_reads_a_parish_council_as_another_organ():
    _, board = _people(("h2", "Fellesrådet"), ("p", "Leder: Arne Foss\nNestleder: Bodil Hauan"), *COUNCIL,
                       org="Nordvik kirkelige fellesråd")
    assert _roles(board) == {"Arne Foss": ("LEDE", False), "Bodil Hauan": ("NEST", False)}


def test_board_councils_unnamed_organisation_is_a_guess():
    _, board = _people(("h", "Menighetsrådet"), *COUNCIL, org=None, title=False)
    assert _roles(board) == COUNCIL_ROLES
    assert all("council_guessed" in m.reasons for m in board)


@pytest.mark.parametrize(("text", "start"), [
    ("Frå Nordvik sokn: Kari Holm og Liv Berg.", 4),
    ("Fra Lidal kommune: Per Aune", 4),
    ("Frå Øvre Nordvik sokn: Kari Holm", 5),
    ("Kari Holm, Liv Berg og Odd Tangen", 0),
    ("Frå venstre: Kari Holm og Liv Berg", 0),  # a caption's order, no home
])
def test_board_councils_home_label_before_the_names(text, start):
    assert _past_home_label(heading_line(text)) == start


def test_board_councils_members_by_home_parish_are_members():
    _, board = _people(("h2", "Soknerådet"), ("p", "Frå Nordvik sokn: Kari Holm, Liv Berg og Odd Tangen."),
                       ("p", "Frå Lidal sokn: Per Aune."), ("p", "Leiar: Kari Holm\nNestleiar: Per Aune"),
                       org="Nordvik og Lidal sokneråd")
    assert _roles(board) == COUNCIL_ROLES


@pytest.mark.parametrize(("text", "proposal"), [
    ("Valgkomiteen legger fram følgende forslag til styre for 2024:", True),
    ("Dette er forslaget til nytt styre:", True),
    ("Sak 9 Val. Valnemnda si innstilling:", True),
    ("Valgkomiteens innstilling ble enstemmig vedtatt:", False),  # adopted: the elected board
    ("Styret har i 2023 bestått av:", False),
    ("Valgkomiteen legger fram følgende forslag til styre for 2024", False),  # no colon: no label
])
def test_board_councils_proposal_label(text, proposal):
    assert proposal_label(heading_line(text)) is proposal


@pytest.mark.parametrize(("text", "title"), [
    ("Valgkomiteens innstilling", True),  # a bold line of its own over the candidates
    ("Forslag til nytt styre", True),
    ("Valnemnda sitt framlegg til styre for 2025", True),
    ("Valgkomiteens innstilling ble enstemmig vedtatt", False),  # adopted
    ("Valgkomiteen legger fram sitt forslag til styre for 2024 etter samtaler med alle medlemmene", False),  # a sentence
    ("Valgkomiteens innstilling:", False),  # a label: ``proposal_label`` reads it
    ("Styret for 2024", False),
])
def test_board_councils_proposal_title(text, title):
    assert proposal_title(text) is title


def test_board_councils_proposal_beside_the_sitting_board_is_dropped():
    _, board = _people(("p", "Styret har i 2022 bestått av Anne Sletten (leder), Bjørn Hovde (nestleder) og "
                             "Dag Rustad."),
                       ("p", "Valgkomiteen legger fram følgende forslag til styre for 2023:"),
                       ("p", "Leder: Bjørn Hovde\nNestleder: Frode Lien\nStyremedlem: Gry Aas"))
    assert _roles(board) == {"Anne Sletten": ("LEDE", False), "Bjørn Hovde": ("NEST", False),
                             "Dag Rustad": ("MEDL", False)}


def test_board_councils_proposal_alone_is_no_board():
    """Next year's candidates, whether or not the sitting board is named (docs/phrasings.md §120.3:
    a doubt before)."""
    _, board = _people(("p", "Dette er forslaget til nytt styre:"), ("p", "Leder: Frode Lien\nNestleder: Gry Aas"))
    assert board == []


def test_board_councils_row_organ_column_keeps_the_representantskap_out():
    _, board = _people([["Organ", "Verv", "Navn"], ["Representantskapet", "Leder", "Halvor Brattset"],
                        ["Styret", "Styreleder", "Inger Tveråen"], ["Styret", "Styremedlem", "Astrid Hegre"]],
                       org="Nordvik Renovasjon IKS")
    assert _roles(board) == {"Inger Tveråen": ("LEDE", False), "Astrid Hegre": ("MEDL", False)}


def test_board_councils_meeting_section_is_no_other_organ():
    _, board = _people(("h2", "Årsmøtet 20. februar"),
                       ("p", "Årsmøtet ble holdt med 35 medlemmer. Leder Ole Myrstad og nestleder Steinar Overvik "
                             "fortsetter i styret. Ny styremedlem ble Brit Kolstad. Inger Hamre fortsetter som "
                             "varamedlem."))
    assert _roles(board) == {"Ole Myrstad": ("LEDE", False), "Steinar Overvik": ("NEST", False),
                             "Brit Kolstad": ("MEDL", False), "Inger Hamre": ("VARA", False)}


@pytest.mark.parametrize(("text", "staying"), [
    ("Leder Ole Myrstad og kasserer Arne Hamre fortsetter alle i styret", True),
    ("Kari Holm held fram i styret", True),
    ("Kari Holm gikk ut av styret", False),
    ("Kari Holm ble valgt inn i styret", False),
])
def test_board_councils_staying_before_the_board(text, staying):
    words = text.split()
    assert staying_before(words, words.index("styret")) is staying


def test_board_councils_owner_of_a_role_moved_with_its_readers():
    line = heading_line("styreleder i Nordby Vekst AS er Kari Dahl")
    assert org_after(line, line.roles[0].end) == "Nordby Vekst AS"
    line = heading_line("ASVLs styreleder Kari Dahl")
    assert genitive_before(line, line.roles[0]) == "ASVLs"
