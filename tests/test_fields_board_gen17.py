"""Seventeenth reading (docs/phrasings.md §66): a savings bank's forstanderskap, a member's own
role in brackets inside a list, a list that leaves the board together, a day job after a
committee member's name, a role held "i sentralstyret", "første nestleder", "hovedleder", an
unknown first name inside a list, "overtar som" (extractor.fields.board_names, board_lines,
board_line_roles, board_owners, board_statements; roles.jsonl, board_scope.json)."""
from __future__ import annotations

import pytest

from extractor.fields.board_headings import heading_line
from extractor.fields.board_line_roles import column_role
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_owners import employer_after
from test_fields_board import _people, _roles


def _mentions(text: str) -> dict[str, str | None]:
    """Each name the line reader keeps (not a former holder) and its role code."""
    return {m.name: (m.role.code if m.role else None) for m in line_to_mentions(heading_line(text), "line")
            if not m.left}


@pytest.mark.parametrize(("text", "found"), [
    ("Styremedlemmer har vært Kari Holm (leder), Ola Dahl, Eva Moe og Per Lie.",
     {"Kari Holm": "LEDE", "Ola Dahl": "MEDL", "Eva Moe": "MEDL", "Per Lie": "MEDL"}),
    ("Styremedlemmene Kari Holm (styrets leder), Ola Dahl og Per Lie er på valg.",
     {"Kari Holm": "LEDE", "Ola Dahl": "MEDL", "Per Lie": "MEDL"}),
    ("Styremedlemmer: Kari Holm (nestleder), Ola Dahl og Per Lie (leder)",
     {"Kari Holm": "NEST", "Ola Dahl": "MEDL", "Per Lie": "LEDE"}),
    ("Varamedlemmer: Eva Moe (1. vara) og Tor Vik", {"Eva Moe": "VARA", "Tor Vik": "VARA"}),
])
def test_board_gen17_own_role_in_brackets_inside_a_list(text, found):
    assert _mentions(text) == found


@pytest.mark.parametrize(("text", "kept"), [
    ("Styremedlemmene Kari Holm, Ola Dahl og Eva Moe gikk ut av styret.", set()),
    ("Styremedlemmene Kari Holm og Eva Moe trer ut av styret.", set()),
    # after a comma "og" opens a clause of its own: only Eva Moe left
    ("Styremedlemmer er Kari Holm og Ola Dahl, og Eva Moe gikk ut av styret i mars.", {"Kari Holm", "Ola Dahl"}),
])
def test_board_gen17_a_list_leaves_with_its_last_name(text, kept):
    assert set(_mentions(text)) == kept


def test_board_gen17_unknown_first_name_only_between_listed_names():
    assert _mentions("Styremedlemmer: Kari Holm, Aurel Bakketun og Ola Dahl") == {
        "Kari Holm": "MEDL", "Aurel Bakketun": "MEDL", "Ola Dahl": "MEDL"}
    # last in the list, nothing known after it: not taken on trust
    assert "Aurel Bakketun" not in _mentions("Styremedlemmer: Kari Holm og Aurel Bakketun")


@pytest.mark.parametrize(("text", "code"), [
    ("1. varamedlem i sentralstyret", "VARA"),
    ("medlem i sentralstyret", "MEDL"),
    ("første nestleder", "NEST"),
    ("fyrste nestleiar", "NEST"),
    ("Hovedleder", "LEDE"),
    ("medlem i valgkomiteen", "OTHER"),  # another organ's office: its holder is no member
    ("Valgkomiteens leder", "OTHER"),
    ("forstandarskapet sin leiar", "OTHER"),
    ("styrets leder", "LEDE"),
])
def test_board_gen17_role_lines(text, code):
    role = column_role(heading_line(text))
    assert (role.code if role is not None else None) == code


@pytest.mark.parametrize(("text", "employer"), [
    ("Kari Dahl, daglig leder, Metodistkirken Norge (leder av valgkomiteen)", "Metodistkirken Norge"),
    ("Arvid Lie, daglig leder, DELK", "DELK"),
    ("Kari Dahl, daglig leder, Lundset", None),  # one word: the home place, maybe
    ("Kari Dahl, styreleder, Nordvik Kirke", None),  # a board role: the seat's origin, not a day job
])
def test_board_gen17_employer_after_a_daglig_leder(text, employer):
    line = heading_line(text)
    span = next(s for s in line.roles if s.role.kind in ("ROLE", "HEAD"))
    assert employer_after(line, span) == employer


def test_board_gen17_committee_members_day_jobs_are_no_ceo():
    ceo, board = _people(("h2", "Valgkomiteen"),
                         ("p", "Valgkomiteen for 2023 består av:"),
                         ("p", "Kari Dahl, daglig leder, Nordvik Kirkesenter (leder av valgkomiteen)\n"
                               "Arvid Lie, direktør, Sørvik Folkehøgskole"))
    assert ceo is None and not board


def test_board_gen17_forstanderskap_is_not_the_board():
    _, board = _people(("h2", "Forstanderskapet"),
                       [["Navn", "Valgt til"], ["Anne Vik (leder)", "2024"], ["Geir Moe (nestleder)", "2025"],
                        ["Tone Ask", "2024"]],
                       ("h2", "Styret"),
                       ("p", "Styreleder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre"))
    assert _roles(board) == {"Hege Solvang": ("LEDE", False), "Terje Bråten": ("NEST", False),
                             "Ingrid Myhre": ("MEDL", False)}


def test_board_gen17_a_signer_titled_by_another_organ_is_no_member():
    _, board = _people(("p", "Innskytervalget holdes i mars."),
                       ("p", "Nordvik, 14. februar 2023\nMarta Eikrem\nforstanderskapets leder"))
    assert not board


def test_board_gen17_stack_whose_first_name_ran_into_the_text_above():
    # a PDF put the first name at the end of the paragraph above: role, name, ..., role
    _, board = _people(("h2", "Sentralstyret"),
                       ("p", "Sentralstyret leder laget mellom landsmøtene. Helga Nystuen"),
                       ("p", "leder\nOlav Sandvik\nnestleder\nLise Brunvoll\nmedlem i sentralstyret"))
    assert _roles(board) == {"Helga Nystuen": ("LEDE", False), "Olav Sandvik": ("NEST", False),
                             "Lise Brunvoll": ("MEDL", False)}


def test_board_gen17_takes_over_as_chair():
    assert _mentions("Eirik Bjerke overtar som leder og Rolf Sande går inn som nestleder.") == {
        "Eirik Bjerke": "LEDE", "Rolf Sande": "NEST"}
