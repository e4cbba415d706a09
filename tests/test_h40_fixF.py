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
