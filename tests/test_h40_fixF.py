"""h40-fixF (docs/phrasings.md §133): a card's note under its name and role, people thanked in
prose, a role in a clause about another body. Names and organisations are invented."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.board import extract_people
from extractor.fields.context import Analysis


def _people(*paragraphs: str, heading: str = "Styrets beretning", org: str = "Brattli Vekst AS"):
    items = [Block(BlockKind.HEADING, "Årsrapport 2023", Provenance(page=1), level=1),
             Block(BlockKind.HEADING, heading, Provenance(page=1), level=2)]
    items += [Block(BlockKind.PARAGRAPH, text, Provenance(page=1)) for text in paragraphs]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))
    analysis.report_year, analysis.org_name = 2023, org
    return extract_people(analysis)


def _roles(board) -> dict[str, tuple[str, bool]]:
    return {m.name: (m.role.value, m.employee_elected) for m in board}


BOARD = "Styret har bestått av styreleder Tone Brattli, nestleder Arne Hovdal og styremedlem Siri Lunde."
ROLES = {"Tone Brattli": ("LEDE", False), "Arne Hovdal": ("NEST", False), "Siri Lunde": ("MEDL", False)}


@pytest.mark.parametrize("note", ["valgt av de ansatte", "ansattvalgt", "tilsettvald"])
def test_stack_card_note_under_name_and_role_marks_the_card(note):
    _, board = _people("Kari Vestby\nStyreleder", f"Ola Brenna\nStyremedlem\n{note}", heading="Styret")
    assert _roles(board) == {"Kari Vestby": ("LEDE", False), "Ola Brenna": ("MEDL", True)}


def test_stack_note_over_the_next_name_in_role_first_order_is_not_the_card_above():
    _, board = _people("Styreleder\nKari Vestby\nAnsattvalgt styremedlem\nOla Brenna", heading="Styret")
    assert _roles(board) == {"Kari Vestby": ("LEDE", False), "Ola Brenna": ("MEDL", True)}


@pytest.mark.parametrize("thanks", [
    "Styret takker baneansvarlig Per Moen for mange timer på dugnad.",
    "Styret vil takke daglig leder Per Moen i Sparebanken Vest for støtten.",
    "Styret takkar leiar Per Moen i NAV Sogn for godt samarbeid.",
    "En stor takk til rektor Per Moen for lån av gymsalen.",
])
def test_thanked_helper_or_other_body_is_not_ours(thanks):
    ceo, board = _people(BOARD, thanks)
    assert _roles(board) == ROLES
    assert ceo is None


def test_thanked_own_daglig_leder_stays():
    ceo, board = _people(BOARD, "Styret takker daglig leder Per Moen for god innsats gjennom året.")
    assert ceo is not None and ceo.value == "Per Moen"


@pytest.mark.parametrize("other", [
    "Daglig leder er også daglig leder i datterselskapet Fjellrud Drift AS, der Jon Rud er styreleder.",
    "Selskapet eier halvparten av Fjellrud Drift AS. I Fjellrud Drift AS er Jon Rud styreleder.",
])
def test_chair_in_a_clause_about_another_body_is_that_bodys(other):
    _, board = _people(BOARD, other)
    assert _roles(board) == ROLES
    chair = next(m for m in board if m.name == "Tone Brattli")
    assert chair.confidence >= REVIEW_THRESHOLD


def test_chair_in_a_clause_about_our_own_company_stays():
    _, board = _people("I Brattli Vekst AS er Tone Brattli styreleder, Arne Hovdal nestleder og Siri Lunde styremedlem.")
    assert _roles(board)["Tone Brattli"] == ("LEDE", False)


def test_head_title_on_a_name_the_composition_lists_is_a_job():
    ceo, board = _people("Styret har bestått av sokneprest Kari Vestby som leder, rektor Ola Brenna og gårdbruker "
                         "Per Moen.")
    assert _roles(board) == {"Kari Vestby": ("LEDE", False), "Ola Brenna": ("MEDL", False), "Per Moen": ("MEDL", False)}
    assert ceo is None


@pytest.mark.parametrize("observer", [
    "Brita Moe møter for Nordvik kommune som observatør med tale- og forslagsrett.",
    "Brita Moe har møtt for kommunen som observatør.",
])
def test_observer_who_sits_for_a_body_between_name_and_role(observer):
    _, board = _people(BOARD, observer, heading="Styret")
    assert _roles(board) == {**ROLES, "Brita Moe": ("OBS", False)}


def test_link_through_a_board_for_another_company_is_no_link():
    from extractor.fields.board_statements import link_before

    words = "Brita Moe sitter i styret for Nordvik Kraft AS som".split()
    assert link_before(words, len(words), 0) == len(words) - 1  # "som" alone: no name before it


def test_deputy_for_text_reads_joined_tab_lines():
    from extractor.fields.board_deputies import deputy_for_text

    read = deputy_for_text("for Kari Vestby og Ola Brenna: Siv Rem for Per Moen: Eva Lid")
    assert [(member, d.name) for member, d in read] == [("Kari Vestby", "Siv Rem"), ("Per Moen", "Eva Lid")]
    assert deputy_for_text("Styret takker for innsatsen: Kari Vestby") is None
    assert deputy_for_text("for Kari Vestby: Siv Rem og mye annet for to år") is None


@pytest.mark.parametrize(("cell", "name"), [
    ("Kari Vestby Lie, Skogveien 14 B", "Kari Vestby Lie"),
    ("Kari Vestby, Øvre Bakke 3", "Kari Vestby"),
    ("Kari Vestby, Ola Brenna", None),
    ("Kari Vestby, 12. mars 2024", None),
])
def test_cell_name_steps_over_a_street_address(cell, name):
    from extractor.fields.board_table_cells import cell_name

    found = cell_name(cell)
    assert (found.name if found else None) == name


def test_surname_wrapped_before_the_address_completes_the_name():
    _, board = _people("Styreleder: Kari Vestby", "Lie, Skogveien 14 B", "Nestleder: Ola Brenna, leil. 12",
                       heading="Tillitsvalgte")
    assert _roles(board) == {"Kari Vestby Lie": ("LEDE", False), "Ola Brenna": ("NEST", False)}


def test_next_line_with_a_place_is_no_wrapped_surname():
    _, board = _people("Styreleder: Kari Vestby", "Nordvik, Hamar", heading="Tillitsvalgte")
    assert "Kari Vestby" in _roles(board)


def test_two_member_columns_before_a_deputy_column_are_seats_over_names():
    from extractor.fields.board_table_cells import deputy_columns
    from extractor.nlp.role_spans import Role

    medl, vara = Role("ROLE", "MEDL"), Role("ROLE", "VARA")
    assert deputy_columns([medl, medl, vara], ["Styremedlem", "Styremedlem", "Varamedlem"]) is None
    assert deputy_columns([medl, vara], ["Medlemmer", "Personlige varamedlemmer"]) == (0, [1])


def test_representatives_header_with_a_bracketed_remark():
    from extractor.fields.board_deputies import representatives_header

    assert representatives_header(["Kommune", "Representant (leiar)"], 1)
    assert not representatives_header(["Verv", "Namn"], 1)


def test_two_names_of_a_label_cell_wrapped_to_the_next_row():
    from extractor.document import Cell, Table

    rows = [["Styreleder", "Kari Vestby"], ["Varamedlemmer", "Ola Brenna og"], ["", "Siv Rem"]]
    table = Table([[Cell(t, Provenance(page=1)) for t in row] for row in rows], Provenance(page=1), "word", 0.9)
    items = [Block(BlockKind.HEADING, "Årsrapport 2023", Provenance(page=1), level=1),
             Block(BlockKind.HEADING, "Styret", Provenance(page=1), level=2), table]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))
    analysis.report_year, analysis.org_name = 2023, "Brattli Vekst AS"
    _, board = extract_people(analysis)
    assert _roles(board) == {"Kari Vestby": ("LEDE", False), "Ola Brenna": ("VARA", False), "Siv Rem": ("VARA", False)}
