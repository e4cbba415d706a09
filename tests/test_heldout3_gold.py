"""The third held-out set (bench/heldout3): committed gold equals what its generator builds, the
generator's own checks pass (every gold value printed, every place marked, nobody both gold and
optional), and every rendition it names is committed."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT3 = ROOT / "bench" / "heldout3"


@pytest.fixture(scope="module")
def make_heldout3():
    sys.path.insert(0, str(HELDOUT3))
    spec = importlib.util.spec_from_file_location("make_heldout3", HELDOUT3 / "make_heldout3.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_heldout3"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(make_heldout3):
    return make_heldout3.build_all()  # raises SystemExit when gold is not printed in a document


def test_heldout3_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert len(built) == 8
    for report, _, _, doc in built:
        committed = json.loads((HELDOUT3 / f"{report['name']}.gold.json").read_text(encoding="utf-8"))
        assert doc == committed, report["name"]


def test_heldout3_every_rendition_is_there(make_heldout3, built):
    committed = {p.name for p in HELDOUT3.iterdir() if p.suffix in (".docx", ".pdf", ".doc")}
    wanted = set().union(*(make_heldout3.rendition_files(report) for report, *_ in built))
    assert committed == wanted


def test_heldout3_balances_and_results(built):
    """Each balance balances, and the key figures are the statement's own sums."""
    for report, gold, _, doc in built:
        figures = {(k["label"], k["year"]): k["value"] for k in doc["key_figures"]}
        for st in gold.statements:
            labels = {line.label for line in st.lines if line.key}
            total = next((lab for lab in labels if lab.startswith("Sum") and " og " in lab), None)
            if total is None:
                continue
            assets = next(lab for lab in labels if lab in ("Sum eiendeler", "Sum eigedelar"))
            for col in st.cols:
                assert figures[(total, col.year)] == figures[(assets, col.year)], (report["name"], col.year)


def test_heldout3_people_outside_the_board_are_printed_and_not_gold(built):
    """The set's traps (former members, valgkomité, another body's chair) are printed, never gold."""
    for report, gold, _, doc in built:
        board = {m["name"] for m in doc["board"]} | set(doc["board_optional"])
        for name in report.get("not_board", []):
            assert name not in board, (report["name"], name)
            assert name.casefold() in gold.all_text(), (report["name"], name)


def test_heldout3_check_refuses_a_board_name_not_printed(make_heldout3):
    report = make_heldout3.load_reports(["varsol-1999"])[0]
    report["board"] = report["board"] + [("Ingen Slik Person", "MEDL", None)]
    _, gold = make_heldout3.build(report)
    problems = make_heldout3.check_gold(make_heldout3.gold_json(report, gold), gold)
    assert any("Ingen Slik Person" in p for p in problems)
