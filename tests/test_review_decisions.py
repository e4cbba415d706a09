"""Decisions are stored beside the value with the original kept, written atomically, and
checked against the output schema."""
from __future__ import annotations

import json

import pytest

import schemas
from extractor.review.decisions import ReviewError, apply_decision, pointer_to_model, record_decision
from extractor.review.queue import resolve_pointer
from tests.review_support import extracted_outputs, load, outputs  # noqa: F401 - fixtures

FJORD = "fjordvekst-2023.pdf.json"


def test_review_decisions_accept_keeps_value_and_original(outputs):
    before = resolve_pointer(load(outputs / FJORD), "/report/year")
    node = record_decision(outputs / FJORD, "/report/year", "accepted", "kari")
    assert node["value"] == before["value"]
    assert node["confidence"] == 1.0 and node["reviewed"] is True
    review = node["review"]
    assert review["who"] == "kari" and review["decision"] == "accepted"
    assert review["old_value"] == before["value"] == review["new_value"]
    assert review["old_confidence"] == before["confidence"]
    assert review["when"][:4].isdigit() and "T" in review["when"]
    assert resolve_pointer(load(outputs / FJORD), "/report/year") == node  # on disk


def test_review_decisions_edit_list_item_parses_norwegian_input(outputs):
    before = resolve_pointer(load(outputs / FJORD), "/board/0")
    node = record_decision(outputs / FJORD, "/board/0", "edited", "kari",
                           {"name": "Kari  Nordvik-Berg", "role": "nest", "employee_elected": "ja"})
    assert (node["name"], node["role"], node["employee_elected"]) == ("Kari  Nordvik-Berg", "NEST", True)
    assert node["review"]["old_value"] == {k: before[k] for k in ("name", "role", "employee_elected")}
    assert node["review"]["new_value"]["role"] == "NEST"
    assert node["aliases"] == before["aliases"] and node["source"] == before["source"]


def test_review_decisions_edit_number_field(outputs):
    node = record_decision(outputs / FJORD, "/key_figures/0", "edited", "kari", {"value": "16 917 864,-"})
    assert node["value"] == 16917864.0


def test_review_decisions_reject_keeps_value_with_zero_confidence(outputs):
    before = resolve_pointer(load(outputs / FJORD), "/board/0")
    node = record_decision(outputs / FJORD, "/board/0", "rejected", "kari")
    assert node["name"] == before["name"] and node["confidence"] == 0.0 and node["reviewed"] is True
    assert node["review"]["decision"] == "rejected" and node["review"]["new_value"] is None


def test_review_decisions_redecide_starts_from_the_original(outputs):
    original = resolve_pointer(load(outputs / FJORD), "/report/year")
    record_decision(outputs / FJORD, "/report/year", "edited", "kari", {"value": "2031"})
    node = record_decision(outputs / FJORD, "/report/year", "accepted", "ola")
    assert node["value"] == original["value"]
    assert node["review"]["old_value"] == original["value"]
    assert node["review"]["old_confidence"] == original["confidence"]
    assert node["review"]["who"] == "ola"


@pytest.mark.parametrize("pointer, values, message", [
    ("/report/year", {"value": "tjue"}, "not a number"),
    ("/board/0", {"role": "sjef"}, "not one of"),
    ("/board/0", {"aliases": ["x"]}, "cannot edit"),
    ("/programs/0", {"places": "3,5"}, "whole number"),
])
def test_review_decisions_bad_edit_leaves_file_untouched(outputs, pointer, values, message):
    text = (outputs / FJORD).read_text(encoding="utf-8")
    with pytest.raises(ReviewError, match=message):
        record_decision(outputs / FJORD, pointer, "edited", "kari", values)
    assert (outputs / FJORD).read_text(encoding="utf-8") == text


@pytest.mark.parametrize("pointer, decision", [("/nope", "accepted"), ("/board/99", "accepted"),
                                               ("/sections/0", "accepted"), ("/report/year", "maybe")])
def test_review_decisions_refuses_unknown_items_and_decisions(outputs, pointer, decision):
    with pytest.raises(ReviewError):
        apply_decision(load(outputs / FJORD), pointer, decision, "kari")


def test_review_decisions_output_validates_and_is_bumped(outputs):
    record_decision(outputs / FJORD, "/board/0", "edited", "kari", {"name": "Kari Nordvik-Lie"})
    doc = load(outputs / FJORD)
    schemas.Report.model_validate(doc)
    assert doc["schema_version"] == schemas.SCHEMA_VERSION
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, json.loads(schemas.SCHEMA_PATH.read_text(encoding="utf-8")))


def test_review_decisions_model_behind_pointer():
    assert pointer_to_model("/board/3") is schemas.BoardMember
    assert pointer_to_model("/organization/owners/0") is schemas.fields.Owner
    assert pointer_to_model("/report/year").model_fields["value"].annotation is int


def test_review_decisions_unchanged_edit_is_not_an_edit(outputs):
    """Enter on every field recorded 'edited' at confidence 1.0 though nothing changed."""
    before = (outputs / FJORD).read_text(encoding="utf-8")
    node = resolve_pointer(load(outputs / FJORD), "/board/0")
    same = {"name": node["name"], "role": node["role"].lower(), "employee_elected": "nei" if not node["employee_elected"] else "ja"}
    with pytest.raises(ReviewError, match="unchanged"):
        record_decision(outputs / FJORD, "/board/0", "edited", "kari", same)
    assert (outputs / FJORD).read_text(encoding="utf-8") == before
    edited = record_decision(outputs / FJORD, "/board/0", "edited", "kari", {**same, "name": "Kari Nordvik-Lie"})
    with pytest.raises(ReviewError, match="unchanged"):  # the value as it stands now is what counts
        record_decision(outputs / FJORD, "/board/0", "edited", "kari", {**same, "name": "Kari Nordvik-Lie"})
    assert edited["review"]["decision"] == "edited"
