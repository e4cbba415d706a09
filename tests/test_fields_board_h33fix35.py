"""Role lines, owners and programme counts from the thirty-fifth held-out set's kinds
(docs/phrasings.md §86): a seat with whom its holder speaks for in brackets, a home town after the
role, home towns run together that are no person, the federation's officer in a branch's report,
a programme named before its count with the next item after "og"."""
from __future__ import annotations

import pytest

from extractor.fields.board_line_organs import parent_after_name
from extractor.fields.board_line_roles import column_role, line_names
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.program_mentions import nearest_program
from extractor.nlp import get_pipeline
from schemas.fields import ProgramCode


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize("text, code", [
    ("Styremedlem (foreldrerepresentant)", "MEDL"), ("2. varamedlem Arendal", "VARA"),
    ("Varamedlem, Kragerø", "VARA"), ("Nestleder", "NEST"),
    ("Styremedlem og kasserer og noe mer", None), ("Nestleder Kari", None),
])
def test_board_column_role_seat_qualifier_and_home_town(text, code):
    role = column_role(_line(text))
    assert (role.code if role is not None else None) == code


def test_board_home_towns_run_together_are_no_name():
    assert line_names(_line("Bø Notodden")) is None
    assert [n.name for n in line_names(_line("Kari Tofte"))] == ["Kari Tofte"]


@pytest.mark.parametrize("text, parent", [
    ("generalsekretær Rolf Aamodt i forbundet for besøket", "forbundet"),
    ("Generalsekretær Rolf Aamodt hilste fra forbundet.", "forbundet"),
    ("generalsekretær Rolf Aamodt er medlem i forbundet", None),
    ("daglig leder Rolf Aamodt i bedriften", None),
])
def test_board_parent_body_after_the_titled_name(text, parent):
    line = _line(text)
    end = line.words.index("Aamodt") + 1
    assert parent_after_name(line, end) == parent


def test_programs_count_keeps_the_program_before_it_over_the_next_item():
    sentence = "varig tilrettelagt arbeid (VTA) med 38 plasser og arbeidsforberedende trening (AFT) med 26 plasser"
    vta, aft = sentence.index("VTA"), sentence.index("arbeidsforberedende")
    mentions = [(vta, vta + 3, ProgramCode("VTA"), False), (aft, aft + 27, ProgramCode("AFT"), False)]
    count = sentence.index("38 plasser")
    assert nearest_program(mentions, count, count + 10, [], sentence)[0] == "VTA"
    assert nearest_program(mentions, count, count + 10, [])[0] == "AFT"  # no sentence: the nearest, as before


def test_board_county_chair_only_in_the_county_branchs_report():
    """ "fylkesleiar X" thanked in a local branch's board section is its county's chair; in a
    fylkeslag's report ("Om fylkeslaget") the title is the board's own chair's."""
    from test_fields_board import _people, _roles

    _, board = _people(("h2", "Styret"), ("p", "Leiar: Torgeir Heddi\nStyremedlem: Olav Kleppe"),
                       ("p", "Styret vil takke fylkesleiar Sigrun Haugland for besøket."))
    assert "Sigrun Haugland" not in _roles(board)
    _, board = _people(("h2", "Om fylkeslaget"), ("p", "Fylkeslaget har fem lokallag."),
                       ("h2", "Fylkesstyret"), ("p", "Fylkesleder: Sigrun Haugland\nStyremedlem: Olav Kleppe"))
    assert _roles(board).get("Sigrun Haugland") == ("LEDE", False)
