"""Kinds from the thirtieth and thirty-fourth held-out sets (docs/phrasings.md §87): an
e-signature cell under a signer is the next signer's; nn "Oppnemnd av" is no committee; a body
"ved leiar X"; "Styret for <later year>:"; a long caption sentence opening on our board; places
"Indre Troms", "deler av Gran", "og på Slinde i Sogndal" (board_signatures, roles, board_owners,
board_meeting, board_context, board_lists, place_evidence, place_spans; roles.jsonl, regioner.csv)."""
from __future__ import annotations

import pytest

from extractor.nlp.roles import word_kind
from test_fields_board import _people, _roles
from test_fields_places import _places


def test_roles_nn_appointed_participle_is_no_committee():
    assert word_kind("Oppnemnd") is None
    assert word_kind("utnemnd") is None
    assert word_kind("Valnemnda") == ("BODY", "OTHER")  # the committee itself still is one


def test_board_esign_cell_under_a_signer_is_the_next_signers():
    _, board = _people(("h", "Signaturer"), ("p", "Dokumentet er signert digitalt med BankID."),
                       [["Lien, Ragnar Styreleder Signert 2023-03-01 Identitet bekreftet med BankID"],
                        ["Aker, Brit Styremedlem Signert 2023-03-02 Identitet bekreftet med BankID"],
                        ["Moen, Inger Styremedlem, ansattvalgt Signert 2023-03-02 Identitet bekreftet med BankID"]])
    assert _roles(board) == {"Ragnar Lien": ("LEDE", False), "Brit Aker": ("MEDL", False),
                             "Inger Moen": ("MEDL", True)}


def test_board_nn_oppnemnd_av_column_beside_personal_deputies():
    _, board = _people(("h", "Styret"),
                       [["Namn", "Verv", "Personleg vara", "Oppnemnd av"],
                        ["Oddbjørg Rakstad", "Styreleiar", "Tormod Heggen", "Kommunestyret"],
                        ["Liv Turid Ormberg", "Styremedlem", "Mads Ytri", "Dei tilsette"]])
    roles = _roles(board)
    assert roles["Oddbjørg Rakstad"] == ("LEDE", False) and roles["Tormod Heggen"][0] == "VARA"
    assert roles["Liv Turid Ormberg"] == ("MEDL", True) and roles["Mads Ytri"][0] == "VARA"


@pytest.mark.parametrize(("text", "kept"), [
    ("Styret takkar sanitetslaget ved leiar Margit Aasen for godt samarbeid.", False),
    ("Styret ved leiar Margit Aasen takkar alle tilsette.", True),  # the board's own leader
])
def test_board_body_ved_its_leader(text, kept):
    _, board = _people(("h", "Styret"), [["Leiar", "Margit Aasen"], ["Nestleiar", "Randi Sætre"]], ("p", text))
    _, alone = _people(("h", "Styret"), [["Nestleiar", "Randi Sætre"], ["Styremedlem", "Jorunn Vik"]], ("p", text))
    assert "Margit Aasen" in _roles(board)
    assert ("Margit Aasen" in _roles(alone)) == kept


def test_board_for_a_later_year_is_next_years():
    _, board = _people(("h", "Styret"),
                       [["Verv", "Namn"], ["Leiar", "Siri Ramstad"], ["Nestleiar", "Olav Brekke"],
                        ["Kasserar", "Tove Aune"]],
                       ("h", "Valnemnda si innstilling"), ("p", "Styret for 2023:"),
                       [["Verv", "Namn"], ["Leiar", "Siri Ramstad"], ["Nestleiar", "Knut Eidsvik"],
                        ["Kasserar", "Tove Aune"]])
    assert _roles(board) == {"Siri Ramstad": ("LEDE", False), "Olav Brekke": ("NEST", False),
                             "Tove Aune": ("MEDL", False)}


def test_board_caption_opening_on_our_board_by_name():
    _, board = _people(("p", "Styret i Vekst Produkt AS samlet til strategimøte på Rauland i august. Fra venstre: "
                             "Kjetil Aune, Bodil Hovde (styreleder) og Trude Vik. Varamedlem Geir Tufte var ikke "
                             "med på bildet."))
    assert _roles(board) == {"Kjetil Aune": ("MEDL", False), "Bodil Hovde": ("LEDE", False),
                             "Trude Vik": ("MEDL", False), "Geir Tufte": ("VARA", False)}


@pytest.mark.parametrize(("text", "found", "absent"), [
    ("Vi vasker arbeidstøy for bedrifter i Indre Troms.", {"Indre Troms"}, {"Troms"}),
    ("Fibernettet dekker nå hele Lunner og deler av Gran.", {"Lunner", "Gran"}, set()),
    ("Verksemda har lager i Leikanger og på Slinde i Sogndal.", {"Leikanger", "Slinde", "Sogndal"}, set()),
    ("Vi hadde stand i Hardanger og Ryfylkedagane i Sand.", {"Hardanger"}, {"Ryfylkedagane"}),
])
def test_places_region_part_and_village_with_its_municipality(text, found, absent):
    got = set(_places(text))
    assert found <= got and not absent & got
