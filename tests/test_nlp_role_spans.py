"""The role_spans component: role words of every kind as spans, qualifiers joined to their role."""
from __future__ import annotations

import pytest

from extractor.nlp import get_pipeline


def _spans(text: str) -> list[tuple[str, str, str]]:
    doc = get_pipeline()(text)
    return [(s.text, s.label_, s.id_) for s in doc.spans["roles"]]


@pytest.mark.parametrize("text, expected", [
    ("Styreleder: Kari", [("Styreleder", "ROLE", "LEDE")]),
    ("Styremedl. Kari", [("Styremedl.", "ROLE", "MEDL")]),
    ("Adm. dir. Kari", [("Adm. dir.", "ROLE", "DAGL")]),
    ("Vara styremedlem Kari", [("Vara styremedlem", "ROLE", "VARA")]),
    ("Kasserer: Kari", [("Kasserer", "FUNCTION", "MEDL")]),
    ("Web-ansvarlig: Kari", [("Web-ansvarlig", "FUNCTION", "MEDL")]),
    ("Avdelingsleder Kari", [("Avdelingsleder", "HEAD", "DAGL")]),
    ("Revisor Kari", [("Revisor", "NOT_BOARD", "OTHER")]),
    ("Valgkomiteen består av", [("Valgkomiteen", "BODY", "OTHER")]),
    ("Hovedstyret består av", [("Hovedstyret", "BODY", "BOARD")]),
    ("Leder skigruppa", [("Leder", "ROLE", "LEDE"), ("skigruppa", "BODY", "GROUP")]),
])
def test_nlp_role_spans_kinds(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ansattvalgt styremedlem Ola", [("ansattvalgt styremedlem", "ROLE", "MEDL")]),
    ("Ola, styremedlem (ansattvalgt)", [("styremedlem (ansattvalgt)", "ROLE", "MEDL")]),
    ("Ola, styremedlem valgt av de ansatte", [("styremedlem valgt av de ansatte", "ROLE", "MEDL")]),
    ("Randi Haugen (ansatte)", [("(ansatte)", "EMPLOYEE_ELECTED", "EMPLOYEE_ELECTED")]),
    ("Ansattes representant: Ola Hansen", [("Ansattes representant", "EMPLOYEE_ELECTED", "EMPLOYEE_ELECTED")]),
])
def test_nlp_role_spans_employee_qualifiers(text, expected):
    assert _spans(text) == expected
    doc = get_pipeline()(text)
    assert all(s._.role.employee for s in doc.spans["roles"])


def test_nlp_role_spans_never_take_a_sentence_stop_or_a_colon():
    assert _spans("Han ble ansatt som daglig leder. Kari") == [("daglig leder", "ROLE", "DAGL")]
    assert _spans("Ansattes representant: Ola Hansen")[0][0] == "Ansattes representant"


def test_nlp_role_spans_generic_words_are_marked():
    doc = get_pipeline()("Leder: Kari, medlemmer: Ola og Per, styreleder: Tone")
    assert [(s.text, s._.role.generic) for s in doc.spans["roles"]] == [
        ("Leder", True), ("medlemmer", True), ("styreleder", False)]
