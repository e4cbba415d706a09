"""Kinds of the fortieth round's fixer B (docs/phrasings.md §129), at the level of the functions that
read them; the probes h40fB-* run the same kinds through the tool. Names are invented."""
from __future__ import annotations

import pytest

from extractor.fields.board_changes import change_mentions, seat_taken_at
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_statements import stands_alone
from extractor.nlp import get_pipeline


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


# --- 1. a deputy who took a seat, past an aside on the role held before -------------------------------

@pytest.mark.parametrize("words, size", [
    (["rykket", "opp", "i", "styret"], 2),
    (["rykket", "da", "opp", "i", "styret"], 3),  # one adverb after the verb
    (["tok", "så", "over", "plassen", "hennar"], 5),
    (["tok", "da", "fri", "i", "juni"], 0),
    (["rykket", "da", "fram"], 0),
])
def test_board_changes_seat_taken_at(words, size):
    assert seat_taken_at(words, 0) == size


@pytest.mark.parametrize("words, alone", [
    ([".", "Varamedlem", "er", "nå"], True),  # the next sentence is not the verb's object
    (["plassen", "varamedlem"], False),
    (["som", "varamedlem"], False),
])
def test_board_stands_alone_at_a_sentence_end(words, alone):
    assert stands_alone(words, 0) is alone


@pytest.mark.parametrize("text, expected", [
    ("Pål Veum, som var første varamedlem, rykket da opp i styret.", [("Pål Veum", "MEDL", False, True)]),
    ("Pål Veum, som var vara, tok så over plassen hennar. Varamedlem er no Eli Sande.",
     [("Pål Veum", "MEDL", False, True)]),
    ("Linn Aasgard, som var kasserer, ba om fritak fra 1. juli.", [("Linn Aasgard", None, True, False)]),
    ("Pål Veum, Eli Sande, som var vara, rykket opp.", [("Eli Sande", "MEDL", False, True)]),  # the name next to the aside
    ("Pål Veum. Som varamedlem rykket han opp i styret.", []),
])
def test_board_changes_past_a_relative_aside(text, expected):
    assert [(m.name, m.code, m.left, m.new) for m in change_mentions(_line(text), "prose", frozenset())] == expected
