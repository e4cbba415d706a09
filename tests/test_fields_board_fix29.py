"""Readings from a twenty-ninth blind set (docs/phrasings.md §80): an acting chair whose role line
qualifies the role after it ("Leiar (fungerande):") while the prose names the former role first,
and a nomination committee's proposal under a heading of its own with no label line over it
(extractor.fields.board_names, board_meeting; board_scope.json)."""
from __future__ import annotations

import pytest

from extractor.fields.board_meeting import proposal_heading
from test_fields_board import _people, _roles


@pytest.mark.parametrize("line", ["Leiar (fungerande): Ottar Hjelmeland", "Leder (fungerende): Ottar Hjelmeland",
                                  "Leder (konstituert): Ottar Hjelmeland"])
def test_board_fix29_role_qualified_before_the_colon(line):
    _, board = _people(("h2", "Styret"), ("p", line), ("p", "Skrivar: Randi Sæbø"))
    assert _roles(board) == {"Ottar Hjelmeland": ("LEDE", False), "Randi Sæbø": ("MEDL", False)}


@pytest.mark.parametrize("prose", [
    "Nestleiar Ottar Hjelmeland har vore fungerande leiar sidan juni.",
    "Nestleder Ottar Hjelmeland har vært fungerende leder siden juni.",
])
def test_board_fix29_listed_acting_chair_beats_the_former_role_in_prose(prose):
    """The listing says "(fungerande)"; the prose names the role held until then first ("fungerande" in
    prose alone leaves that role: an acting chair is still the nestleiar)."""
    _, board = _people(("h2", "Styret"), ("p", "Leiar (fungerande): Ottar Hjelmeland"), ("p", "Skrivar: Randi Sæbø"),
                       ("p", prose))
    assert _roles(board)["Ottar Hjelmeland"] == ("LEDE", False)


@pytest.mark.parametrize(("heading", "proposes"), [
    ("Valnemnda sitt framlegg til styre for 2025", True),
    ("Valgkomiteens forslag til nytt styre", True),
    ("Valgkomiteens innstilling", True),
    ("Valgkomiteens innstilling ble vedtatt", False),
    ("Styret", False),
    ("Valg", False),
    (None, False),
])
def test_board_fix29_proposal_heading(heading, proposes):
    assert proposal_heading(heading) is proposes


def test_board_fix29_proposal_under_its_own_heading_beside_the_sitting_board():
    _, board = _people(("h2", "Styret"), ("p", "Leiar: Gudrun Aksnes"), ("p", "Nestleiar: Halvard Tjørhom"),
                       ("p", "Kasserar: Marta Skeie"),
                       ("h2", "Valnemnda sitt framlegg til styre for 2025"), ("p", "Leiar: Gudrun Aksnes"),
                       ("p", "Nestleiar: Torunn Myrset"), ("p", "Varamedlem: Jostein Hoel"))
    assert _roles(board) == {"Gudrun Aksnes": ("LEDE", False), "Halvard Tjørhom": ("NEST", False),
                             "Marta Skeie": ("MEDL", False)}


def test_board_fix29_proposal_heading_alone_is_no_board():
    """With no sitting board named elsewhere, the candidates are next year's all the same
    (docs/phrasings.md §120.3: the rule was a doubt before)."""
    _, board = _people(("h2", "Valgkomiteens forslag til nytt styre"), ("p", "Leder: Bente Mørkved"),
                       ("p", "Nestleder: Svein Oddvar Lien"))
    assert board == []


def test_board_fix29_proposal_the_minutes_adopted_stays_as_a_doubt():
    """The meeting adopted the proposal: what it elected, perhaps for the year after the report's."""
    _, board = _people(("h2", "Valgkomiteens forslag til nytt styre"), ("p", "Leder: Bente Mørkved"),
                       ("p", "Nestleder: Svein Oddvar Lien"), ("p", "Forslaget ble enstemmig vedtatt."))
    assert {m.name for m in board} == {"Bente Mørkved", "Svein Oddvar Lien"}
    assert all("adopted_proposal" in m.reasons for m in board)


def test_board_fix29_acting_qualifier_in_a_table_cell():
    """The same role cell in a table (Word's tab lines read as one): the cell is a role, and the row's."""
    _, board = _people(("h2", "Styret"), [["Leiar (fungerande):", "Ottar Hjelmeland", "Sauda"],
                                          ["Skrivar:", "Randi Sæbø", "Sauda"], ["Varamedlem:", "Arvid Kvinlaug", "Sauda"]],
                       ("p", "Nestleiar Ottar Hjelmeland har vore fungerande leiar sidan juni."))
    assert _roles(board) == {"Ottar Hjelmeland": ("LEDE", False), "Randi Sæbø": ("MEDL", False),
                             "Arvid Kvinlaug": ("VARA", False)}
