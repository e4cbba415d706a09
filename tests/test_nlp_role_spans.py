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
    ("Styremedlem ansattrepresentant", [("Styremedlem ansattrepresentant", "ROLE", "MEDL")]),  # a caption's two lines
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


@pytest.mark.parametrize("text", [
    "Styret har bestått av: Styreleder: Kari Nordmann\nNestleder Ola Hansen, ansattvalgt styremedlem Per Dal",
    "Fotball senior:\nLeder fotball Kari Berg\nKasserer: Ola Li (ansatte)",
    "Møtet ble holdt 12. mars. Daglig leder orienterte om driften og regnskapet for 2023.",
])
def test_nlp_role_spans_start_only_where_a_span_can(text):
    """The finder tries only ``candidate_starts``: at any other token neither a phrase nor a
    group's label can start."""
    from extractor.nlp.role_spans import _group_label, _span_at, candidate_starts, doc_tokens

    tokens = doc_tokens(get_pipeline().make_doc(text))
    starts = set(candidate_starts(tokens))
    assert starts and len(starts) < len(tokens)
    for i in range(len(tokens)):
        if i not in starts:
            assert _span_at(tokens, i) is None and _group_label(tokens, i) is None, tokens[i].text


@pytest.mark.parametrize("text, holds", [
    ("Driftsinntekter 12 500 000 i 2023", False),
    ("Åse Brekkhus, Tromsø", False),
    ("Styreleder", True),
    ("Fotball senior:", True),  # a group's label: a candidate where it opens a line
    ("Turid Lie (ansatte)", True),  # "(" may open "(ansatte)"
])
def test_nlp_role_spans_doc_without_a_possible_start_is_skipped(text, holds):
    """``may_hold_roles`` is false only where ``candidate_starts`` finds no token, and such a
    Doc gets its (empty) roles group all the same."""
    from extractor.nlp.role_spans import candidate_starts, doc_tokens, may_hold_roles

    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    assert may_hold_roles(doc) is holds
    assert bool(candidate_starts(doc_tokens(doc))) is holds
    assert "roles" in nlp(text).spans
