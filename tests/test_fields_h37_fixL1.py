"""People in real wording (docs/phrasings.md §112): an occupation written before a board member's
name with the seat after it, a member who died in the year. Names are invented."""
from __future__ import annotations

import pytest

from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_statements import ended_after
from extractor.nlp import get_pipeline


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


def _pairs(text: str):
    return [(m.name, m.code, m.left) for m in line_to_mentions(_line(text), "line")]


@pytest.mark.parametrize("text, name, code", [
    ("Rektor Sigrid Hamre, viseformann", "Sigrid Hamre", "NEST"),
    ("Rektor Kari Vikane, styreleiar", "Kari Vikane", "LEDE"),
    ("Ordførar Per Lid (styremedlem)", "Per Lid", "MEDL"),
    ("Havnesjef Ola Strand, nestleder", "Ola Strand", "NEST"),
    ("Brannsjef Eli Moen – styremedlem", "Eli Moen", "MEDL"),
])
def test_board_occupation_before_name_is_the_members_job(text, name, code):
    assert _pairs(text) == [(name, code, False)]


@pytest.mark.parametrize("text, expected", [
    # the post's own phrase stays a daglig leder, a function after the name leaves the title its role
    ("Daglig leder Tone Moe, styremedlem", ("Tone Moe", "DAGL")),
    ("Forretningsfører Liv Haug, sekretær", ("Liv Haug", "DAGL")),
    # a title with no seat after the name, or the seat past a sentence's end
    ("Rektor Sigrid Hamre", ("Sigrid Hamre", "DAGL")),
    ("Rektor Sigrid Hamre. Styremedlem Per Vold", ("Sigrid Hamre", "DAGL")),
])
def test_board_occupation_before_name_minimal_pairs_keep_the_title(text, expected):
    assert expected in [(name, code) for name, code, _ in _pairs(text)]


@pytest.mark.parametrize("text, gone", [
    ("Styremedlem Torvald Ekre døde i mai 2022.", True),
    ("Styremedlem Gunnvor Hæreid døydde i mars.", True),
    ("Per Lid, kasserer, gikk bort i juni.", True),
    ("Styremedlem Torvald Ekre deltok på alle møtene.", False),
])
def test_board_member_who_died_has_left(text, gone):
    assert [left for *_, left in _pairs(text)] == [gone]


def test_board_ended_after_reads_the_words_right_after():
    words = ["Torvald", "Ekre", "", "døde", "i", "mai"]
    assert ended_after(words, 2)
    assert not ended_after(["Torvald", "Ekre", "minnet", "de", "døde"], 2)


@pytest.mark.parametrize("before, published", [
    ("Stipendene ble annonsert i ", True),
    ("Stillinga vart lyst ut i ", True),
    ("Stipendet ble kunngjort i Hadeland og ", True),  # the second paper of a list after the words
    ("Stipendet ble kunngjort i Bygdebladet, ", True),
    ("Legatet gir stipend til ungdom i ", False),
    ("Stipendet ble kunngjort i mars for ungdom i ", False),
    ("Stipendet ble Kunngjort i januar og ", False),  # a month is no paper listed before it
])
def test_places_name_after_announcing_words_is_a_publication(before, published):
    from extractor.fields.place_mentions import published_in

    text = before + "Valdres"
    assert published_in(text, len(before)) is published


@pytest.mark.parametrize("text, ceo", [
    ("Gjenvalg av havnesjef Bjørn Lie for to år", False),
    ("Attval av havnesjef Bjørn Lie", False),
    ("Bjørn Lie ble gjenvalgt som havnesjef", False),
    ("Havnesjef Bjørn Lie leder driften av havna", True),  # the harbour's own head, hired
    ("Daglig leder Bjørn Lie ble valgt til møteleder", True),  # the post's own phrase is never an elected office
])
def test_board_head_title_in_an_election_is_an_officer(text, ceo):
    codes = [m.code for m in line_to_mentions(_line(text), "line") if m.name == "Bjørn Lie"]
    assert ("DAGL" in codes) is ceo
    assert ceo or codes == ["MEDL"]


@pytest.mark.parametrize("text, entry", [
    ("Kari Dahl, styreleder – Lunner kommune", True),
    ("Nestleiar Per Lie – Gran kommune", True),
    ("Kari Dahl (styreleder) – Lunner kommune", True),
    ("Kari Dahl\nStyreleder\n– Lunner kommune", True),
    ("Lunner kommune – Årsmelding 2022", False),
    ("Hadeland Vann IKS\nÅrsberetning 2022", False),
    ("Leder\nÅrsberetning 2022", False),  # the letter's heading, no person
])
def test_org_member_entry(text, entry):
    from extractor.fields.org_lines import member_entry

    assert member_entry(text) is entry


def test_board_seat_before_each_name_stays():
    """A seat word is no occupation: "styreleder A, nestleder B" gives each name its own seat."""
    assert _pairs("Styret har bestått av styreleder Kari Dahl, nestleder Per Lie og styremedlem Anne Bø.") == [
        ("Kari Dahl", "LEDE", False), ("Per Lie", "NEST", False), ("Anne Bø", "MEDL", False)]
