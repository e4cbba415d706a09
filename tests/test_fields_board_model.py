"""``--model``: a trained pipeline's entities are extra evidence on board names, never required.

The model here is a saved blank pipeline whose "ner" is an entity ruler, so the test needs no
download and still goes through ``spacy.load`` like an installed model. It takes "Tone Berg" for
an organisation, as a model sometimes does: that lowers her, it does not remove her."""
from __future__ import annotations

import spacy

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.board import extract_people
from extractor.fields.context import Analysis


def _model(tmp_path) -> str:
    nlp = spacy.blank("nb")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "PER", "pattern": "Kari Nordmann"},
                        {"label": "ORG", "pattern": [{"LOWER": "tone"}, {"LOWER": "berg"}]}])
    path = tmp_path / "tiny_ner"
    nlp.to_disk(path)
    return str(path)


def _people(model: str | None):
    items = [Block(BlockKind.HEADING, "Årsrapport 2023", Provenance(page=1), level=1),
             Block(BlockKind.HEADING, "Styret", Provenance(page=1), level=2),
             Block(BlockKind.PARAGRAPH, "Styreleder: Kari Nordmann", Provenance(page=1)),
             Block(BlockKind.PARAGRAPH, "Styremedlem: Tone Berg", Provenance(page=1))]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items), model=model)
    analysis.report_year = 2023
    return {m.name: m for m in extract_people(analysis)[1]}


def test_board_model_entities_add_and_remove_support(tmp_path):
    plain = _people(None)
    with_model = _people(_model(tmp_path))
    assert set(plain) == set(with_model) == {"Kari Nordmann", "Tone Berg"}
    assert "model_person" in with_model["Kari Nordmann"].reasons
    assert with_model["Kari Nordmann"].confidence > plain["Kari Nordmann"].confidence
    assert "model_not_person" in with_model["Tone Berg"].reasons
    assert with_model["Tone Berg"].confidence < plain["Tone Berg"].confidence
    assert not any(r.startswith("model_") for m in plain.values() for r in m.reasons)
