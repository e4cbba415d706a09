"""Role words to Brønnøysund codes, with inflection, nynorsk, abbreviations and guarded typos."""
from __future__ import annotations

import pytest

from extractor.nlp.roles import GENERIC_WORDS, is_employee_elected, role_code, word_kind


@pytest.mark.parametrize("text, code", [
    ("styreleder", "LEDE"), ("styreleiar", "LEDE"), ("styrelederen", "LEDE"), ("Styreleiaren", "LEDE"), ("leiar", "LEDE"),
    ("styrets leder", "LEDE"), ("Styreleder:", "LEDE"), ("STYRELEDER", "LEDE"),
    ("nestleder", "NEST"), ("nestleiar", "NEST"), ("nestformann", "NEST"), ("Nestlederen", "NEST"),
    ("styremedlem", "MEDL"), ("styremedl.", "MEDL"), ("medlem", "MEDL"), ("styremedlemmer", "MEDL"),
    ("varamedlem", "VARA"), ("vara", "VARA"), ("personlig vararepresentant", "VARA"), ("varamedlem for Kari Nordmann", "VARA"),
    ("observatør", "OBS"), ("Observatør:", "OBS"),
    ("daglig leder", "DAGL"), ("dagleg leiar", "DAGL"), ("adm. dir.", "DAGL"), ("Administrerende direktør", "DAGL"),
])
def test_roles_listed_forms_are_certain(text, code):
    found = role_code(text)
    assert found is not None and found[0] == code and found[1] >= 0.95


@pytest.mark.parametrize("text, code", [
    ("Per Olsen, styreleder", "LEDE"), ("Nestleder (ansattvalgt)", "NEST"), ("Styremedlem/ansattvalgt", "MEDL"),
    ("Daglig leder Britt Villa", "DAGL"),
])
def test_roles_inside_longer_text(text, code):
    assert role_code(text) == (code, 0.9)


@pytest.mark.parametrize("text, code", [("styrelleder", "LEDE"), ("nestledder", "NEST"), ("styremedlen", "MEDL"), ("observatr", "OBS")])
def test_roles_typos_match_with_lower_confidence(text, code):
    found = role_code(text)
    assert found is not None and found[0] == code and found[1] < 0.9


@pytest.mark.parametrize("text", ["styret", "medlemmer", "lederen", "arbeidsleder", "avdelingsleder", "Styrets kompetanse",
                                  "ansatte", "", "regnskap", "styrer", "medlemskap"])
def test_roles_ordinary_words_are_not_roles(text):
    assert role_code(text) is None


@pytest.mark.parametrize("text, expected", [
    ("ansattvalgt", True), ("Ansattvalg", True), ("ansattes representant", True), ("valgt av de ansatte", True),
    ("tilsettevald", True), ("Styremedlem (ansattvalgt)", True), ("styremedlem", False), ("ansatte", False),
])
def test_roles_employee_elected(text, expected):
    assert is_employee_elected(text) is expected


@pytest.mark.parametrize("text", ["Valgkommitè", "Valgkomitè", "valgkommite", "Nomination Committee", "Nominating Committee"])
def test_roles_election_committee_spellings_name_another_organ(text):
    """An election committee under any spelling, and in English, is an organ other than the board."""
    assert word_kind(text) == ("BODY", "OTHER")


@pytest.mark.parametrize("text", ["Fagforbundet", "Forskerforbundet", "Delta", "Fellesorganisasjonen"])
def test_roles_trade_unions_are_no_board_role(text):
    """A union named after its representative ("Siri Holm, Fagforbundet") claims that name for itself."""
    assert word_kind(text) == ("NOT_BOARD", "UNION")


def test_roles_english_chair_is_generic():
    """"Chair" heads any committee ("Torgeir Lind (chair)" under the nomination committee), as "leder" does."""
    assert "chair" in GENERIC_WORDS and role_code("chair of the board") == ("LEDE", 1.0)


@pytest.mark.parametrize("text, expected", [
    ("Web-ansvarlig", ("FUNCTION", "MEDL")),  # by its ending
    ("økonomiansvarlig", ("FUNCTION", "MEDL")),
    ("ansvarlige", None),  # an ending that may not stand alone
    ("sykkeltur", None), ("", None),
])
def test_roles_word_kind_by_ending(text, expected):
    assert word_kind(text) == expected


@pytest.mark.parametrize("text", ["fotball", "fotballgruppa", "alpint", "sykkeltur", "gruppa"])
def test_roles_activity_by_ending_as_by_the_list(text):
    """``is_activity`` tests the endings as one tuple first: the same answer as ending by ending."""
    from extractor.nlp.roles import _activities, _key, is_activity

    exact, suffixes = _activities()
    key = _key(text)
    assert is_activity(text) is (key in exact or any(key.endswith(s) and len(key) > len(s) + 2 for s in suffixes))
