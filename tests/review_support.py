"""Outputs to review, shared by tests/test_review_*.py.

Real extractor output (the corpus report as PDF and Word, the Fjordvekst sample PDF), with a
few chosen values pushed below the review threshold, so the tests know which items the queue
holds however the extractor's confidences change. Values the extractor itself flagged stay
in the queue after them.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

# (output name, pointer, forced confidence): the head of the queue, least confident first.
FORCED = [
    ("fjordvekst-2023.pdf.json", "/report/year", 0.001),
    ("fjordvekst-2023.pdf.json", "/board/0", 0.002),
    ("asker-produkt-2022.docx.json", "/places/0", 0.003),
    ("asker-produkt-2022.pdf.json", "/ceo", 0.004),
]


def extract_outputs(out_dir: Path, inputs: list[Path]) -> Path:
    from extractor.assemble import write_atomic
    from extractor.cli import extract_one
    from extractor.review.queue import resolve_pointer

    out_dir.mkdir(parents=True, exist_ok=True)
    for path in inputs:
        write_atomic(out_dir / f"{path.name}.json", extract_one(path))
    for name, pointer, confidence in FORCED:
        target = out_dir / name
        doc = json.loads(target.read_text(encoding="utf-8"))
        resolve_pointer(doc, pointer)["confidence"] = confidence
        target.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out_dir


_EXTRACTED: dict[str, Path] = {}  # each test module imports the fixture: extract once per session


@pytest.fixture(scope="session")
def extracted_outputs(tmp_path_factory, corpus_dir, samples_dir) -> Path:
    if "outputs" not in _EXTRACTED:
        inputs = [corpus_dir / "asker-produkt-2022.pdf", corpus_dir / "asker-produkt-2022.docx",
                  samples_dir / "fjordvekst-2023.pdf"]
        _EXTRACTED["outputs"] = extract_outputs(tmp_path_factory.mktemp("review-src"), inputs)
    return _EXTRACTED["outputs"]


@pytest.fixture()
def outputs(extracted_outputs, tmp_path) -> Path:
    """A fresh copy per test: each test decides on its own files."""
    target = tmp_path / "out"
    shutil.copytree(extracted_outputs, target)
    return target


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
