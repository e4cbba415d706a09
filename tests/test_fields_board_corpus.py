"""People, organisation and report facts on the real corpus, checked against the gold files
with the scorer's own name matching."""
from __future__ import annotations

import json
from functools import lru_cache

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.board import extract_people
from extractor.fields.context import Analysis
from extractor.fields.organisation import extract_organisation
from extractor.fields.report import extract_report
from extractor.ingest import load

REPORT = "asker-produkt-2022"
RENDITIONS = [
    pytest.param(f"{REPORT}.docx"),
    pytest.param(f"{REPORT}.pdf"),
    pytest.param(f"{REPORT}.doc", marks=pytest.mark.needs_soffice),
    pytest.param(f"{REPORT}.scan.pdf", marks=pytest.mark.needs_tesseract),
]
ARTICLES = ["budstikka-arbeid-er-terapi.pdf", "sosial-profil-asker.docx"]


@lru_cache(maxsize=None)
def _facts(path: str):
    analysis = Analysis(load(path))
    report = extract_report(analysis)
    analysis.report_year = report.year.value if report.year else None
    org = extract_organisation(analysis)
    analysis.org_name = org.name.value if org.name else None
    ceo, board = extract_people(analysis)
    return report, org, ceo, board


def _gold(corpus_dir, name: str) -> dict:
    return json.loads((corpus_dir / f"{name.split('.')[0]}.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", RENDITIONS)
def test_fields_board_corpus_report_matches_gold(name, corpus_dir, scorer):
    gold = _gold(corpus_dir, name)
    report, org, ceo, board = _facts(str(corpus_dir / name))
    pred = {"board": [m.model_dump(mode="json") for m in board], "ceo": ceo.model_dump(mode="json"),
            "organization": org.model_dump(mode="json"), "report": report.model_dump(mode="json")}
    board_metrics, judged = scorer.score_board(gold, pred)
    assert board_metrics["f1"] == 1.0, board_metrics
    facts, judged_facts = scorer.score_scalars(gold, pred)
    assert set(facts["failed"]) <= {"programs.VTA", "programs.AFT"}, facts  # programs are another module's
    assert all(conf >= REVIEW_THRESHOLD for conf, ok in judged + judged_facts if ok)
    thoresen = next(m for m in board if m.role.value == "LEDE")
    assert "Per Thorsen" in thoresen.aliases  # the op-ed signature links to the chair


@pytest.mark.parametrize("name", ARTICLES)
def test_fields_board_corpus_articles_have_no_board(name, corpus_dir):
    report, org, ceo, board = _facts(str(corpus_dir / name))
    assert board == [] and ceo is None and report.kind is None
    assert org.name is None or org.name.confidence < REVIEW_THRESHOLD
