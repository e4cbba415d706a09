"""Board roles, organisation names and place columns from the forty-ninth held-out set's kinds
(docs/phrasings.md §98): a deputy signing "vara, møtte for X", the employees as the subject after
the auxiliary, an IKS named "Place noun(s) IKS" and called by that noun in the definite form, and
a harbours' or stations' column of places."""
from __future__ import annotations

import pytest

from extractor.fields.board_line_roles import column_role
from extractor.fields.board_lines import employees_chose
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.org_lines import line_like_name
from extractor.fields.org_vote import kind_definite
from extractor.fields.place_mentions import _PLACE_HEADER
from extractor.nlp import get_pipeline


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize("text, code", [
    ("vara, møtte for Asle Dale", "VARA"), ("Varamedlem (møtte for Kari Moe)", "VARA"),
    ("vara for Kari Moe", "VARA"), ("styremedlem, møtte for Kari Moe", None),
    ("vara, møtte ikkje", None),
])
def test_board_column_role_deputy_stood_in_for(text, code):
    role = column_role(_line(text))
    assert (role.code if role is not None else None) == code


@pytest.mark.parametrize("text, chose", [
    ("I tillegg har dei tilsette vald Petra Lie som styremedlem.", True),
    ("Dei tilsette har valt Petra Lie som styremedlem.", True),
    ("I tillegg har de ansatte valgt Petra Lie som styremedlem.", True),
    ("I tillegg har representantskapet vald Petra Lie som styremedlem.", False),
])
def test_board_employees_chose_with_the_subject_after_the_auxiliary(text, chose):
    line = _line(text)
    start = next(k for k, w in enumerate(line.words) if w == "Petra")
    assert employees_chose(line, start) is chose


@pytest.mark.parametrize("line, name", [
    ("Nordfjord legevakt IKS", "Nordfjord legevakt IKS"),
    ("Midt-Telemark kommunerevisjon IKS", "Midt-Telemark kommunerevisjon IKS"),
    ("Indre Sogn brann og redning IKS", "Indre Sogn brann og redning IKS"),
    ("Nordvik er eit IKS", None), ("Kari Dal dagleg leiar AS", None),
])
def test_org_line_place_and_lower_case_nouns_before_a_legal_form(line, name):
    assert line_like_name(line) == name


@pytest.mark.parametrize("short, long, same", [
    ("Legevakta", "Nordfjord legevakt", True), ("Kulturhuset", "Sogndal kulturhus", True),
    ("Hamna", "Austevoll hamn", True), ("Brannvesenet", "Nordvik brannvesen", True),
    ("Legevakt", "Nordfjord legevakt", False), ("Kulturhuset", "Sogndal kino", False),
    ("Legevakta", "legevakt", False),
])
def test_org_vote_kind_noun_in_the_definite_form(short, long, same):
    assert kind_definite(short, long) is same


@pytest.mark.parametrize("header, places", [
    ("Hamn", True), ("Havn", True), ("Stasjon", True), ("Kommune", True), ("Anløp 2019", False),
    ("Hamneavgift", False),
])
def test_places_harbour_and_station_headers(header, places):
    assert bool(_PLACE_HEADER.search(header)) is places
