"""English reports: a place ending a body's name, the landsdeler in English, places joined by "and"."""
from __future__ import annotations

import pytest

from extractor.nlp import get_pipeline


def _groups(text: str) -> dict[str, list[str]]:
    doc = get_pipeline()(text)
    return {key: [s.text for s in doc.spans.get(key, [])] for key in ("places", "places_ambiguous", "places_in_org")}


@pytest.mark.parametrize("text", [
    "We thank the Coastal University of Norway for the test site.",
    "Funding came from the Marine Data Institute of Norway this year.",
])
def test_place_ending_an_english_body_name_is_no_place(text):
    groups = _groups(text)
    assert "Norway" not in groups["places"] and "Norway" in groups["places_in_org"]


@pytest.mark.parametrize("text", ["The City of Bergen owns the building.", "Exports from the Kingdom of Norway grew."])
def test_place_after_an_english_place_head_stays_a_place(text):
    assert _groups(text)["places"], text


def test_english_landsdel_is_one_region():
    assert _groups("Our members in Northern Norway grew in number.")["places"] == ["Northern Norway"]
