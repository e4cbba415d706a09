"""Golden files: the CLI's JSON for each bundled sample, compared in full.

A change in output shows here as a diff; when it is intended, rewrite the golden files with
``pytest tests/test_samples_golden.py --update-golden`` and review the diff before committing.
A missing golden file fails (it is never written without the flag).
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from extractor.cli import extract_one

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx"})
MAX_DIFF_LINES = 120


def golden_path(sample: Path) -> Path:
    return sample.with_name(sample.name + ".expected.json")


def report_to_golden_text(report_json: str, sample: Path) -> str:
    """Drop what changes without the output changing: the tool version and the path the
    sample was given as. The sha256 stays: the samples are committed bytes."""
    report = json.loads(report_json)
    report.pop("tool_version", None)
    report["source"]["path"] = sample.name
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def diff_text(expected: str, actual: str, name: str) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      f"{name} (golden)", f"{name} (now)", lineterm="", n=2))
    more = f"\n... {len(lines) - MAX_DIFF_LINES} more lines" if len(lines) > MAX_DIFF_LINES else ""
    return "\n".join(lines[:MAX_DIFF_LINES]) + more


def test_samples_exist():
    names = {p.name for p in SAMPLE_FILES}
    assert {"fjordvekst-2023.pdf", "fjordvekst-2023.docx"} <= names, names


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_samples_golden_output(sample: Path, update_golden: bool):
    actual = report_to_golden_text(extract_one(sample), sample)
    golden = golden_path(sample)
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), (
        f"{golden.name} is missing: run `pytest tests/test_samples_golden.py --update-golden`, "
        "review the new file and commit it"
    )
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:  # our own diff: pytest's string comparison hides most of it
        pytest.fail(f"output for {sample.name} differs from {golden.name}; if intended, rerun with "
                    f"--update-golden\n{diff_text(expected, actual, sample.name)}", pytrace=False)


def test_samples_golden_no_orphans():
    """Every golden file belongs to a sample that still exists."""
    orphans = [p.name for p in SAMPLES.glob("*.expected.json")
               if not (SAMPLES / p.name.removesuffix(".expected.json")).exists()]
    assert not orphans
