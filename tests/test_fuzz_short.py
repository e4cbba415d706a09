"""The short fuzz run of bench/fuzz.py (150 seeded mutants of the samples, the corpus and the
generated RTF/ODT/DOC seeds, through ``extractor batch``): every mutant ends as an output or
a coded error, none as ``internal`` or ``unreadable``, no traceback anywhere, and every
timeout named with its cause. The benchmark run (1000 mutants) is in bench/README.md."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = 150


def test_fuzz_short_run_every_mutant_coded(tmp_path: Path) -> None:
    cmd = [sys.executable, "bench/fuzz.py", "--mutants", str(MUTANTS), "--seed", "1", "--workers", "2",
           "--timeout", "60", "--no-ocr", "--explain", str(MUTANTS), "--out", str(tmp_path)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    report = json.loads((tmp_path / "fuzz-report.json").read_text(encoding="utf-8"))
    assert report["mutants"] == report["records"] == MUTANTS, report["missing"]
    assert report["problems"] == []
    assert (report["batch_tracebacks"], report["worker_tracebacks"]) == (0, [])
    assert all(t["cause"] for t in report["timeouts"])
    assert done.returncode == 0, done.stdout[-3000:]
