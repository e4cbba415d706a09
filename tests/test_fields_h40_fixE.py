"""Kinds of stop 40 (docs/phrasings.md §131): a member's board card beside a deputy's is two board
entries unless the report calls the deputy personal; a card's note under the name and role saying
the employees chose the member, on the row under a row of cards or under a card of its own; a
village "på" X that the postal register writes with its district ("Leira i Valdres") or that is a
first name as well, placed by a workplace or a gathering."""
from __future__ import annotations

import pytest

from extractor import gazetteers
from extractor.fields.board_card_lines import employees_note, noted_row
from extractor.fields.board_context import _role_alone
from extractor.fields.board_line_roles import kind_of
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_table_cells import _card_row, deputy_columns
from extractor.nlp import get_pipeline
from extractor.nlp.place_spans import placed_by_noun
from extractor.nlp.role_spans import Role
from tests.test_fields_h39_fixA import _board, _card_grid
from tests.fielddocs import heading, para

MEDL, VARA = Role("ROLE", "MEDL"), Role("ROLE", "VARA")


@pytest.mark.parametrize("header, body, cards", [
    (["STYREMEDLEM", "VARAMEDLEM"], [["Petter Hjelle", "Sindre Lykken"], ["Tømrer.", "Elektriker."]], True),
    (["Styremedlem", "Personlig varamedlem"], [["Petter Hjelle", "Sindre Lykken"]], False),  # said personal
    (["Medlem", "Personleg vara"], [["Gaute Sandvik", "Brita Lien"]], False),
    # a list of members beside their deputies: rows of names
    (["Medlem", "Varamedlem"], [["Petter Hjelle", "Sindre Lykken"], ["Marit Vole", "Aslaug Tofte"]], False),
    # offices before the names: no name read, no row of cards
    (["Medlem", "Varamedlem"], [["Ordfører Nils Grøthe", "Varaordfører Mari Fekjær"]], False),
    # ... and where one row's name reads (heldout20's ytre-helgeland): still the members and their deputies
    (["Medlem", "Varamedlem"], [["Ordfører Kari Dal (leder)", "Varaordfører Per Lie"],
                                ["Ordfører Ola Moe", "Varaordfører Eva Lund"], ["Kari Berg (observatør)", ""]], False),
])
def test_board_card_row_of_member_and_deputy(header, body, cards):
    assert _card_row(header, body) is cards
    assert (deputy_columns([MEDL, VARA], header, body) is None) is cards


def test_board_deputy_columns_without_body_as_before():
    assert deputy_columns([MEDL, VARA], ["Medlemmer", "Varamedlemmer"]) == (0, [1])


@pytest.mark.parametrize("note, chosen", [
    ("Valgt av de ansatte.", True),
    ("Valgt av de ansatte. Arbeidsleder i vedlikeholdsgruppa.", True),
    ("Valt av dei tilsette. Tømrar.", True),
    ("Arbeidsleder. Har vært tillitsvalgt for de ansatte i mange år.", False),  # not its first sentence
    ("Valgt av de ansatte:", False),  # a label over names
    ("Rune Mæland, tilsettvald", False),  # the next person's line (heldout11's kvinnherad)
    ("¹ Valgt av og blant de ansatte.", False),  # a footnote under the list: the marked member's
    ("1 Valgt av og blant de ansatte.", False),
])
def test_board_employees_note(note, chosen):
    assert employees_note(note) is chosen


def test_board_noted_row_of_cards():
    grid = [["STYREMEDLEM", "VARAMEDLEM"], ["Petter Hjelle", "Sindre Lykken"],
            ["Valgt av de ansatte. Arbeidsleder.", "Elektriker."]]
    assert noted_row(grid, 1) == {0}
    assert noted_row(grid, 2) == set()
    # the row under holds names: no notes
    assert noted_row([["Petter Hjelle", "Sindre Lykken"], ["Valgt av de ansatte", "Marit Vole"]], 0) == set()


def test_board_cards_member_beside_deputy_role_over_name_each_its_own_entry():
    grid = _card_grid([["STYREMEDLEM", "VARAMEDLEM"], ["Petter Hjelle", "Sindre Lykken"],
                       ["Valgt av de ansatte.", "Elektriker."]])
    board = _board(heading("Styret", 2), grid)
    assert {n: (m.role.value, m.employee_elected) for n, m in board.items()} == {
        "Petter Hjelle": ("MEDL", True), "Sindre Lykken": ("VARA", False)}
    assert board["Sindre Lykken"].deputy_for is None


def test_board_stacked_card_note_under_name_and_role():
    board = _board(heading("Styret", 2), para("Torgeir Bakkelund\nStyreleder"), para("Gardbruker."),
                   para("Petter Hjelle\nStyremedlem"), para("Valgt av de ansatte. Arbeidsleder."),
                   para("Marit Vole\nStyremedlem"), para("Driver eget firma."))
    assert {n: (m.role.value, m.employee_elected) for n, m in board.items()} == {
        "Torgeir Bakkelund": ("LEDE", False), "Petter Hjelle": ("MEDL", True), "Marit Vole": ("MEDL", False)}


@pytest.mark.parametrize("name, town, kind", [
    ("Skei", "Skei", "PostalPlace"),  # the register's "Skei i Jølster"
    ("SKEI", "Skei", "PostalPlace"),
    ("Mo i Rana", "Mo i Rana", "PostalPlace"),  # the register's own form stays
    ("Bø", None, "Municipality"),  # "Bø i Telemark": a municipality's name is the municipality
])
def test_gazetteers_post_town_by_the_short_form_of_its_district_name(name, town, kind):
    found = gazetteers.place(name)
    assert type(found).__name__ == kind
    if town is not None:
        assert gazetteers.post_town(name) == town and found.place == town


@pytest.mark.parametrize("text, word, placed", [
    ("Vi har en arbeidsplass på Lena.", "Lena", True),
    ("Vårdugnaden på Lena samlet mange.", "Lena", True),
    ("Avdelinga på Lena opna i mars.", "Lena", True),
    ("Vi tenker på Lena i dag.", "Lena", False),
    ("Vi venter på Sander.", "Sander", False),
])
def test_place_spans_placed_by_noun(text, word, placed):
    doc = get_pipeline()(text)
    at = next(t.i for t in doc if t.text == word)
    assert placed_by_noun(doc, at - 1) is placed
    found = {s.text for s in doc.spans.get("places", [])}
    assert (word in found) is placed


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize("text, alone", [
    ("Styreleder", True),
    ("Styreleder siden 2021", True),  # the year the office was taken
    ("Nestleiar frå 2019", True),
    ("Styreleder siden starten", False),
    ("Styreleder i Lom Sag AS", False),  # another company's office
    ("Styret", False),  # the body, no role
])
def test_board_role_alone_on_a_card_line(text, alone):
    line = _line(text)
    assert _role_alone(line) is alone
    assert (kind_of(line) == "R") is alone


def test_board_card_role_under_name_set_as_heading_stays_the_card_s():
    """One card a row: the role line over a long note read as its heading; it is the card's role."""
    note = ("Gardbruker og daglig leder i eget firma. Har sittet i styret siden 2017 og ledet det de siste "
            "to årene, med særlig ansvar for eierdialogen.")
    board = _board(heading("Styret", 2), para("Torgeir Bakkelund"), heading("Styreleder", 3), para(note),
                   para("Ingvild Sørbø"), para("Nestleder"), para("Rådgiver i Lom kommune."),
                   para("Petter Hjelle"), para("Styremedlem"), para("Arbeidsleder."))
    assert {n: m.role.value for n, m in board.items()} == {
        "Torgeir Bakkelund": "LEDE", "Ingvild Sørbø": "NEST", "Petter Hjelle": "MEDL"}


@pytest.mark.parametrize("text, place, found", [
    ("Datterselskapet ledes av daglig leder Marius Dale Kvam.", "Kvam", False),  # a person's middle and last names
    ("Kari Hauge Vik er styreleder.", "Vik", False),
    ("Vi har kontor i Oslo Asker og Bærum.", "Oslo", True),
])
def test_place_spans_place_after_a_place_after_a_first_name_is_a_name(text, place, found):
    doc = get_pipeline()(text)
    assert (place in {s.text for s in doc.spans.get("places", [])}) is found


def test_a_district_post_towns_short_form_after_an_unknown_given_name_makes_no_organisation():
    """"Sunde" is a post town only as the register's "Sunde i Sunnhordland"; after a capitalised word
    it is a surname as often ("Styreleiar: Torgils Sunde", a given name no list holds), not an
    organisation named by its place, which would hide the person."""
    from extractor.nlp import get_pipeline

    doc = get_pipeline()("Styreleiar: Torgils Sunde")
    assert not [s.text for s in doc.spans.get("orgs", [])]
