"""The review queue: values below the threshold across files, least confident first,
addressed by JSON pointer; reviewed values leave the queue."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.review.decisions import record_decision
from extractor.review.queue import (Item, build_queue, hit_span, iter_evidence, iter_output_files, pointer_to_label,
                                    resolve_pointer)
from tests.review_support import FORCED, extracted_outputs, load, outputs  # noqa: F401 - fixtures


def test_review_queue_orders_least_confident_first_across_files(outputs):
    queue = build_queue([outputs])
    head = [(item.file.name, item.pointer) for item in queue[:len(FORCED)]]
    assert head == [(name, pointer) for name, pointer, _ in FORCED]
    confidences = [item.confidence for item in queue]
    assert confidences == sorted(confidences)
    assert all(item.confidence < item.threshold and not item.reviewed for item in queue)


def test_review_queue_covers_every_value_below_threshold(outputs):
    expected = set()
    for path in iter_output_files(outputs):
        doc = load(path)
        expected |= {(path.name, p) for p, node in iter_evidence(doc) if node["confidence"] < doc["review_threshold"]}
    assert {(item.file.name, item.pointer) for item in build_queue([outputs])} == expected


def test_review_queue_pointer_resolves_to_the_value(outputs):
    for item in build_queue([outputs]):
        node = resolve_pointer(load(item.file), item.pointer)
        assert node["confidence"] == item.confidence
        assert all(node[k] == v for k, v in item.values.items())


def test_review_queue_list_items_expose_their_fields(outputs):
    board = next(i for i in build_queue([outputs]) if i.pointer == "/board/0")
    assert board.kind == "board" and set(board.values) == {"name", "role", "employee_elected"}
    assert pointer_to_label("/organization/owners/1") == "organization.owners[1]"


def test_review_queue_reviewed_items_leave_the_queue(outputs):
    name, pointer, _ = FORCED[0]
    before = build_queue([outputs])
    record_decision(outputs / name, pointer, "accepted", "tester")
    after = build_queue([outputs])
    assert len(after) == len(before) - 1
    assert (name, pointer) not in {(i.file.name, i.pointer) for i in after}
    assert (name, pointer) in {(i.file.name, i.pointer) for i in build_queue([outputs], include_reviewed=True)}


def test_review_queue_folder_skips_manifest_and_gold(outputs):
    (outputs / "summary.json").write_text('{"done": 3}', encoding="utf-8")
    (outputs / "x.gold.json").write_text("{}", encoding="utf-8")
    (outputs / "manifest.jsonl").write_text("{}\n", encoding="utf-8")
    assert sorted(p.name for p in iter_output_files(outputs)) == [
        "asker-produkt-2022.docx.json", "asker-produkt-2022.pdf.json", "fjordvekst-2023.pdf.json"]


def test_review_queue_hit_is_found_in_source_text():
    item = Item(file=None, pointer="/key_figures/0", kind="key_figures",
                values={"label": "Driftsinntekter", "year": 2023, "value": 16917863.0},
                confidence=0.5, threshold=0.7)
    text = "Sum driftsinntekter | 16 917 863"
    assert text[slice(*hit_span(text, item))].lower() == "driftsinntekter"
    amount = Item(file=None, pointer="/staff/sick_leave_percent", kind="scalar", values={"value": 5.2},
                  confidence=0.3, threshold=0.7)
    text = "Sykefraværet var 5,2 prosent, mot 15,2 i fjor"
    assert hit_span(text, amount) == (17, 20)
    assert hit_span("ingenting her", amount) is None


def test_review_queue_list_csv_without_interaction(outputs):
    result = CliRunner().invoke(app, ["review", str(outputs), "--list", "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["file"].rsplit("/", 1)[-1], r["item"]) for r in rows[:len(FORCED)]] == [(n, p) for n, p, _ in FORCED]
    assert rows[0]["value"] and float(rows[0]["confidence"]) < float(rows[0]["threshold"])


def test_review_queue_list_table(outputs):
    result = CliRunner().invoke(app, ["review", str(outputs / "fjordvekst-2023.pdf.json"), "--list"],
                                env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "report.year" in result.stdout and "board[0]" in result.stdout


def test_review_pointer_with_unicode_digit_is_not_found():
    # "²".isdigit() is true and int() raised: a hand-edited decision crashed the queue
    with pytest.raises(KeyError):
        resolve_pointer({"board": [{"name": "Kari"}]}, "/board/²")


def test_review_queue_list_csv_neutralises_formula_cells(outputs):
    """CSV formula injection through a value the extractor read from a document."""
    name, pointer, _ = FORCED[3]  # the CEO, a plain string value
    doc = json.loads((outputs / name).read_text(encoding="utf-8"))
    resolve_pointer(doc, pointer)["value"] = "=cmd|' /C calc'!A0"
    (outputs / name).write_text(json.dumps(doc), encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(outputs), "--list", "--csv"])
    rows = {r["item"]: r for r in csv.DictReader(io.StringIO(result.stdout)) if r["file"].endswith(name)}
    assert rows[pointer]["value"] == "'=cmd|' /C calc'!A0"
