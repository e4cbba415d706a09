"""A role column's holder's body after a link (extractor.fields.board_line_roles): a card's club
or employer after a middle dot, the body that sent an observer after "fra"; both a short
capitalised name ending the column (``_short_name_after``)."""
from __future__ import annotations

import pytest

from extractor.fields.board_line_roles import column_role, joined_names
from extractor.fields.board_mentions import doc_to_lines
from extractor.nlp import get_pipeline


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize("text, code", [
    ("Nestleder · Lyngvik Seilforening", "NEST"),
    ("Styremedlem · Bakkeby Hagelag Drift AS", "MEDL"),  # four words: still the holder's employer
    ("Styremedlem · Bakkeby Hage og Park AS", None),  # five: no short name
    ("Styremedlem · lokale lag", None),  # not a name
    ("Observatør fra Tindholm kommune", "OBS"),
    ("Observatør frå Fjellvik Kraftlag AS", "OBS"),
    ("Observatør fra de ansattes forening i byen", None),
    ("Styremedlem fra Tindholm kommune", None),  # only an observer is sent by a body
])
def test_board_line_roles_holders_body_after_a_link(text, code):
    role = column_role(_line(text))
    assert (role.code if role is not None else None) == code


@pytest.mark.parametrize("text, names", [
    ("Kari Vollan og Ola Brekkestø", ["Kari Vollan", "Ola Brekkestø"]),
    ("Kari Vollan, Ola Brekkestø og Liv Sandtorv", ["Kari Vollan", "Ola Brekkestø", "Liv Sandtorv"]),
    ("Kari Vollan", None),  # one name: no join
    ("Kari Vollan og et godt år", None),  # the second part is no name
    ("Styret har, som før, møttes jevnlig", None),  # prose: the first part is no name and ends it
    ("Årsmøtet og Kari Vollan", None),
])
def test_board_line_roles_joined_names_each_part_a_known_name(text, names):
    found = joined_names(_line(text))
    assert (None if found is None else [n.name for n in found]) == names
