"""Places on the real corpus, scored against gold with the project's scorer."""
from __future__ import annotations

import functools
import json

import pytest

from extractor.fields.context import Analysis
from extractor.fields.places import extract_places
from extractor.ingest import load

FILES = [
    "asker-produkt-2022.docx", "asker-produkt-2022.pdf",
    pytest.param("asker-produkt-2022.doc", marks=pytest.mark.needs_soffice),
    "budstikka-arbeid-er-terapi.pdf", "sosial-profil-asker.docx",
]


@functools.cache
def corpus_analysis(corpus_dir, name: str) -> tuple[Analysis, dict]:
    """Loaded once per session: the readers are the slow part and extractors do not mutate."""
    gold = json.loads((corpus_dir / f"{name.split('.')[0]}.gold.json").read_text(encoding="utf-8"))
    analysis = Analysis(load(corpus_dir / name))
    analysis.report_year = gold.get("report_year")
    analysis.org_name = gold.get("organization", {}).get("name")
    return analysis, gold


@pytest.mark.parametrize("name", FILES)
def test_places_corpus_matches_gold(corpus_dir, scorer, name):
    analysis, gold = corpus_analysis(corpus_dir, name)
    places = [p.model_dump(mode="json") for p in extract_places(analysis)]
    metrics, judged = scorer.score_places(gold, {"places": places})
    assert metrics["f1"] >= 0.95, (metrics, [p["name"] for p in places])
    assert all(conf < 0.7 for conf, ok in judged if not ok)


def test_places_asker_produkt_org_words_not_places(corpus_dir):
    analysis, _ = corpus_analysis(corpus_dir, "asker-produkt-2022.docx")
    names = {p.name for p in extract_places(analysis)}
    assert not names & {"Eiker", "Oslo", "Rælingen"}  # only inside names: Eiker Vekst, Oslo Universitetssykehus
    asker = next(p for p in extract_places(analysis) if p.name == "Asker")
    assert asker.kommunenummer == "3025" and all(m.page or m.path for m in asker.mentions)
