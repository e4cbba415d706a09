"""English reports: a place ending a body's name, the landsdeler in English, places joined by "and"."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis
from extractor.fields.places import extract_places
from extractor.nlp import get_pipeline


def _groups(text: str) -> dict[str, list[str]]:
    doc = get_pipeline()(text)
    return {key: [s.text for s in doc.spans.get(key, [])] for key in ("places", "places_ambiguous", "places_in_org")}


@pytest.mark.parametrize("text", [
    "We thank the Coastal University of Norway for the test site.",
    "Funding came from the Marine Data Institute of Norway this year.",
])
def test_place_ending_an_english_body_name_goes_to_review(text):
    """Held-out writers list "Norway" from such a name or leave it out: kept, below review."""
    found = {p.name: p for p in extract_places(_analysis(text))}
    assert "english_name_only" in found["Norway"].reasons and found["Norway"].confidence < REVIEW_THRESHOLD
    named = {p.name: p for p in extract_places(_analysis(text, "Our partners work across Norway."))}
    assert "english_name_only" not in named["Norway"].reasons


def _analysis(*texts: str) -> Analysis:
    blocks = [Block(BlockKind.PARAGRAPH, t, Provenance(page=1)) for t in texts]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    analysis.report_year = 2023
    return analysis


@pytest.mark.parametrize("text", ["The City of Bergen owns the building.", "Exports from the Kingdom of Norway grew."])
def test_place_after_an_english_place_head_stays_a_place(text):
    assert _groups(text)["places"], text


def test_english_landsdel_is_one_region():
    assert _groups("Our members in Northern Norway grew in number.")["places"] == ["Northern Norway"]
