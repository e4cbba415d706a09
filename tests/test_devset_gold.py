"""The development set (bench/devset): committed gold agrees with its generator and its text,
and bench/calibration.py computes capture and load as the scorer does."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "bench" / "devset"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_devset():
    sys.path.insert(0, str(DEVSET))
    return _load(DEVSET / "make_devset.py", "make_devset")


@pytest.fixture(scope="module")
def reports(make_devset):
    from devset_reports import REPORTS
    return REPORTS


def test_devset_gold_matches_generator(make_devset, reports):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    for name, report in reports.items():
        gold = make_devset.Gold()
        make_devset.build_docx(report, gold)
        built = make_devset.gold_json(name, report, gold)
        committed = json.loads((DEVSET / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert built == committed, name


def test_devset_every_document_has_renditions(reports):
    for name, report in reports.items():
        assert (DEVSET / f"{name}.docx").is_file() and (DEVSET / f"{name}.pdf").is_file()
        assert (DEVSET / f"{name}.scan.pdf").is_file() == bool(report.get("scan"))


def test_devset_org_numbers_pass_mod11(reports):
    from extractor.fields.organisation import mod11_ok
    for report in reports.values():
        assert mod11_ok(report["organization"]["org_number"].replace(" ", ""))


def test_devset_render_refuses_unmarked_percentage(make_devset):
    gold = make_devset.Gold()
    assert gold.render("Sykefraværet var {p:6,1 %|Sykefraværet}") == "Sykefraværet var 6,1 %"
    assert gold.percentages == [{"value": 6.1, "about": "Sykefraværet"}]
    with pytest.raises(ValueError):
        gold.render("Sykefraværet var 6,1 %")


def test_devset_check_gold_refuses_unprinted_board_name(make_devset, reports):
    name, report = next(iter(reports.items()))
    gold = make_devset.Gold()
    make_devset.build_docx(report, gold)
    doc = make_devset.gold_json(name, report, gold)
    make_devset.check_gold(name, doc, gold)  # the real one passes
    doc["board"] = doc["board"] + [{"name": "Ikke Trykt", "role": "MEDL"}]
    with pytest.raises(ValueError, match="Ikke Trykt"):
        make_devset.check_gold(name, doc, gold)


def test_calibration_capture_and_load():
    calibration = _load(ROOT / "bench" / "calibration.py", "calibration")
    items = [(0.2, False), (0.9, False), (0.5, True), (0.95, True), (None, True)]
    capture, load, errors, with_conf = calibration.capture_load(items, 0.6)
    assert (errors, with_conf) == (2, 4)
    assert capture == 0.5 and load == 0.5
