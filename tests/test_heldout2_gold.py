"""The second held-out set (bench/heldout2): committed gold equals what its generator builds, the
generator's own checks pass (every gold value printed, every place marked), and every rendition
it names is committed."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "bench" / "heldout2"


@pytest.fixture(scope="module")
def make_heldout2():
    sys.path.insert(0, str(HELDOUT2))
    spec = importlib.util.spec_from_file_location("make_heldout2", HELDOUT2 / "make_heldout2.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_heldout2"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(make_heldout2):
    return make_heldout2.build_all()  # raises SystemExit when gold is not printed in a document


def test_heldout2_gold_matches_generator(built):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    assert len(built) == 8
    for report, _, _, doc in built:
        committed = json.loads((HELDOUT2 / f"{report['name']}.gold.json").read_text(encoding="utf-8"))
        assert doc == committed, report["name"]


def test_heldout2_every_rendition_is_there(make_heldout2, built):
    committed = {p.name for p in HELDOUT2.iterdir() if p.suffix in (".docx", ".pdf")}
    wanted = set().union(*(make_heldout2.rendition_files(report) for report, *_ in built))
    assert committed == wanted


def test_heldout2_balances_and_sums(built):
    """Each key figure is a sum the statement computes: assets equal equity plus debt."""
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


def test_heldout2_finance_refuses_a_wrong_column_count(make_heldout2):
    from h2_finance import Col, income  # on the path the generator sets
    with pytest.raises(ValueError):
        income("R", [Col("2020", 2020), Col("2019", 2019)],
               {"rev_sum": "Sum", "cost_sum": "Sum k", "op": "D", "result": "Å"},
               revenue=[("Salg", "", [1])], costs=[("Lønn", "", [1, 2])])
