"""Role words to Brønnøysund codes, with inflection, nynorsk, abbreviations and guarded typos."""
from __future__ import annotations

import pytest

from extractor.nlp.roles import is_employee_elected, role_code


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
