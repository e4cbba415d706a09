"""export-gold: reviewed outputs become gold files that the scorer reads, so corrections turn
into regression cases."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.review.decisions import record_decision
from extractor.review.gold import report_to_gold
from extractor.review.queue import build_queue, resolve_pointer
from tests.review_support import FORCED, extracted_outputs, load, outputs  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def score(scorer):
    return scorer.score_file


def review_everything(outputs, decide=lambda item: ("accepted", None)):
    for item in build_queue([outputs]):
        decision, values = decide(item)
        record_decision(item.file, item.pointer, decision, "gold-tester", values)


def test_review_gold_round_trip_scores_one(outputs, tmp_path, score):
    review_everything(outputs, lambda item: ("edited", {"name": "Kari Nordvik-Berg"})
                      if item.pointer == "/board/0" and item.file.name == FORCED[1][0] else ("accepted", None))
    result = CliRunner().invoke(app, ["review", "export-gold", str(outputs), "--out", str(tmp_path / "gold")])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "gold").iterdir())
    assert written == ["asker-produkt-2022.docx.gold.json", "asker-produkt-2022.pdf.gold.json",
                       "fjordvekst-2023.pdf.gold.json"]
    for name in written:
        gold = json.loads((tmp_path / "gold" / name).read_text(encoding="utf-8"))
        pred = load(outputs / name.replace(".gold.json", ".json"))
        figures = score(gold, pred)
        assert figures["score"] == 1.0, (name, figures)
        assert gold["kind"] == "annual_report" and gold["report_year"] == pred["report"]["year"]["value"]
    fjord = json.loads((tmp_path / "gold" / "fjordvekst-2023.pdf.gold.json").read_text(encoding="utf-8"))
    assert {"name": "Kari Nordvik-Berg", "role": "LEDE", "employee_elected": False} in fjord["board"]
    assert fjord["headings"] and fjord["percentages"][0]["about"]


def test_review_gold_rejected_item_is_left_out_and_counts_against(outputs, score):
    name, pointer, _ = FORCED[1]  # fjordvekst board[0]
    rejected = resolve_pointer(load(outputs / name), pointer)["name"]
    review_everything(outputs, lambda item: ("rejected", None) if (item.file.name, item.pointer) == (name, pointer)
                      else ("accepted", None))
    doc = load(outputs / name)
    gold = report_to_gold(doc)
    assert rejected not in [m["name"] for m in gold["board"]]
    figures = score(gold, doc)
    assert figures["board"]["recall"] == 1.0 and figures["board"]["precision"] < 1.0


def test_review_gold_skipped_items_are_optional(outputs):
    name, pointer, _ = FORCED[2]  # asker docx places[0], never decided
    record_decision(outputs / FORCED[0][0], FORCED[0][1], "accepted", "gold-tester")
    place = resolve_pointer(load(outputs / name), pointer)["name"]
    gold = report_to_gold(load(outputs / name))
    assert place not in gold.get("places", []) and place in gold["places_optional"]


def test_review_gold_only_reviewed_outputs_unless_all(outputs, tmp_path):
    record_decision(outputs / FORCED[0][0], FORCED[0][1], "accepted", "gold-tester")
    runner = CliRunner()
    result = runner.invoke(app, ["review", "export-gold", str(outputs), "--out", str(tmp_path / "some")])
    assert result.exit_code == 0 and [p.name for p in (tmp_path / "some").iterdir()] == ["fjordvekst-2023.pdf.gold.json"]
    result = runner.invoke(app, ["review", "export-gold", str(outputs), "--out", str(tmp_path / "all"), "--all"])
    assert result.exit_code == 0 and len(list((tmp_path / "all").iterdir())) == 3
