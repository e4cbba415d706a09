"""The confidence fit's own choices (bench/fit_confidence.py): the review threshold, and the
probe bank as earlier rules read it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import fit_confidence  # noqa: E402
from probes.run import all_probes  # noqa: E402


def test_fit_threshold_where_capture_exceeds_load_the_most():
    # 8 errors: 6 at 0.5, 2 among the sure values; 100 right values, 10 of them at 0.6
    pairs = [(0.5, False)] * 6 + [(0.97, False)] * 2 + [(0.6, True)] * 10 + [(0.97, True)] * 90
    threshold = fit_confidence.choose_threshold(pairs)
    # catching the last two errors would send every value to review, and the ten right values at
    # 0.6 add load and no capture: the threshold lies just above the six
    assert 0.5 < threshold <= 0.6


def test_fit_threshold_catches_every_error_when_that_is_cheap():
    pairs = [(0.3, False)] * 3 + [(0.9, True)] * 50
    assert 0.3 < fit_confidence.choose_threshold(pairs) <= 0.9


def test_fit_earlier_readings_join_their_probe_group(tmp_path):
    probe = next(p for p in all_probes() if p.family == "board" and p.expect.board)
    report = {"kind": "annual_report", "board": [{"name": "Noen Andre", "role": "LEDE", "confidence": 0.99}]}
    (tmp_path / f"{probe.id}.docx.json").write_text(json.dumps(report), encoding="utf-8")
    (tmp_path / "no-such-probe.docx.json").write_text(json.dumps(report), encoding="utf-8")
    found = list(fit_confidence.iter_earlier_documents(tmp_path))
    assert [(group, name) for group, name, _, _ in found] == [
        (f"probes/{probe.id}", f"{fit_confidence.EARLIER}{probe.id}.docx.json")]
    gold = found[0][2]
    assert {m["name"] for m in gold["board"]} == {name for name, _, _ in probe.expect.board}
    assert found[0][3] == report
