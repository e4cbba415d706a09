"""Literal patterns through the lookup table: the same spans as spaCy's span_ruler, less memory."""
from __future__ import annotations

import pytest
import spacy

from extractor.nlp.literals import SPACE, token_pattern_to_elements
from extractor.nlp.ruler import GuardedSpanRuler

PATTERNS = [
    {"label": "KOMMUNE", "pattern": "Storvik", "id": "Storvik"},
    {"label": "KOMMUNE", "pattern": "Nedre Storvik", "id": "Nedre Storvik"},
    {"label": "POSTSTED", "pattern": "Storvik", "id": "Storvik"},  # the same words under two labels
    {"label": "KOMMUNE", "pattern": "Bø-Lia", "id": "Bø-Lia"},
    {"label": "KOMMUNE", "pattern": [{"LOWER": "øvre"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "dal"}],
     "id": "Øvre Dal"},
    {"label": "KOMMUNE", "pattern": [{"LOWER": "dal"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "-"},
                                     {"IS_SPACE": True, "OP": "?"}, {"LOWER": "lia"}], "id": "Dal - Lia"},
    {"label": "LAND", "pattern": [{"ORTH": "NOR"}]},  # ORTH: capitals only, no id
    {"label": "ADRESSE", "pattern": [{"TEXT": {"REGEX": "^[A-Z][a-z]+vegen$"}}]},  # stays with the Matcher
]
TEXTS = [
    "Kontoret i Nedre Storvik flyttet til Storvik sentrum.",
    "Vi har kunder i Øvre Dal, Øvre  Dal og Øvre\nDal, men ikke i Øvredal.",
    "Dal - Lia og Dal-Lia og Dal -\nLia; Bø-Lia og BØ-LIA.",
    "NOR og nor; Fjellvegen 3 i STORVIK.",
    "",
    "Øvre",
]


def _nlp():
    return spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.nb_tokenizer.v1"}}})


def _rulers(factory: str, attr: str | None = "LOWER"):
    nlp = _nlp()
    ruler = nlp.add_pipe(factory, config={"spans_key": "found", "spans_filter": None, "phrase_matcher_attr": attr})
    ruler.add_patterns(PATTERNS)
    return nlp, ruler


def _spans(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_, s.id_) for s in doc.spans["found"]]


@pytest.mark.parametrize("attr", ["LOWER", None])
@pytest.mark.parametrize("text", TEXTS)
def test_nlp_literals_same_spans_as_span_ruler(text, attr):
    ours, _ = _rulers("guarded_span_ruler", attr)
    plain, _ = _rulers("span_ruler", attr)
    assert _spans(ours, text) == _spans(plain, text)


def test_nlp_literals_nested_names_and_an_optional_space_between_words():
    nlp, _ = _rulers("guarded_span_ruler")
    found = _spans(nlp, TEXTS[0])
    assert ("Nedre Storvik", "KOMMUNE", "Nedre Storvik") in found
    assert found.count(("Storvik", "KOMMUNE", "Storvik")) == 2  # inside "Nedre Storvik" and alone
    assert ("Storvik", "POSTSTED", "Storvik") in found
    assert [t for t, *_ in _spans(nlp, TEXTS[1])] == ["Øvre Dal", "Øvre  Dal", "Øvre\nDal"]


def test_nlp_literals_hold_the_literal_patterns_only():
    _, ruler = _rulers("guarded_span_ruler")
    assert len(ruler) == len(PATTERNS)
    assert [p["label"] for p in ruler.patterns] == ["ADRESSE"]  # what spaCy's Matcher holds
    assert ruler.labels == ("ADRESSE", "KOMMUNE", "LAND", "POSTSTED")
    assert "Øvre Dal" in ruler.ids


def test_nlp_literals_remove_by_label_and_id():
    nlp, ruler = _rulers("guarded_span_ruler")
    ruler.remove("POSTSTED")
    ruler.remove_by_id("Øvre Dal")
    assert ("Storvik", "POSTSTED", "Storvik") not in _spans(nlp, TEXTS[0])
    assert _spans(nlp, TEXTS[1]) == []
    with pytest.raises(ValueError):
        ruler.remove_by_id("Ingensteds")


def test_nlp_literals_which_token_patterns_are_literal():
    assert token_pattern_to_elements([{"LOWER": "a"}, {"IS_SPACE": True, "OP": "?"}, {"ORTH": "B"}]) == (
        (spacy.attrs.LOWER, "a"), (SPACE, 0), (spacy.attrs.ORTH, "B"))
    assert token_pattern_to_elements([{"LOWER": "a", "OP": "?"}]) is None
    assert token_pattern_to_elements([{"LOWER": {"IN": ["a", "b"]}}]) is None
    assert token_pattern_to_elements([{"IS_SPACE": True, "OP": "?"}, {"LOWER": "a"}]) is None
    assert token_pattern_to_elements([{"LOWER": " "}]) is None


def test_nlp_literals_pickled_with_the_pipeline():
    import pickle

    nlp, _ = _rulers("guarded_span_ruler")
    again = pickle.loads(pickle.dumps(nlp))
    assert isinstance(again.get_pipe("guarded_span_ruler"), GuardedSpanRuler)
    assert _spans(again, TEXTS[2]) == _spans(nlp, TEXTS[2])
