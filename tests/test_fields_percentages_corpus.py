"""Percentages on the real corpus, scored against gold with the project's scorer."""
from __future__ import annotations

import pytest

from extractor.fields.percentages import extract_percentages
from tests.test_fields_places_corpus import FILES, corpus_analysis


@pytest.mark.parametrize("name", FILES)
def test_percentages_corpus_matches_gold(corpus_dir, scorer, name):
    analysis, gold = corpus_analysis(corpus_dir, name)
    pcts = [p.model_dump(mode="json") for p in extract_percentages(analysis)]
    metrics, judged = scorer.score_percentages(gold, {"percentages": pcts})
    assert metrics["f1"] >= 0.95 and metrics["context_accuracy"] == 1.0, (metrics, pcts)
    assert all(conf < 0.7 for conf, ok in judged if not ok)


def test_percentages_asker_produkt_column_break_sentence(corpus_dir):
    analysis, _ = corpus_analysis(corpus_dir, "asker-produkt-2022.pdf")
    (eighty,) = [p for p in extract_percentages(analysis) if p.value == 80]
    assert eighty.context.startswith("Det er nemlig slik at hele 80 prosent")
    assert eighty.context.endswith("går arbeidsløse i Norge.")
    assert eighty.source.page == 13
