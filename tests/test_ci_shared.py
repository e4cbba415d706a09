"""A fresh clone without ../shared passed with every shared-data test skipped. With CI=true a
missing shared folder fails the run; elsewhere those tests still skip, saying why."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_pytest_without_shared(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    test = tmp_path / "test_needs_shared.py"
    test.write_text("def test_needs_the_corpus(corpus_dir):\n    assert corpus_dir.is_dir()\n")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(EXTRACTOR_SHARED=str(tmp_path / "no-shared"), PYTHONPATH=str(ROOT), **({"CI": ci} if ci else {}))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), str(test)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_ci_without_shared_fails_the_run(tmp_path):
    done = run_pytest_without_shared(tmp_path, "true")
    assert done.returncode != 0, done.stdout
    assert "EXTRACTOR_SHARED" in done.stdout + done.stderr
    assert "skipped" not in done.stdout


def test_without_ci_missing_shared_skips_with_the_reason(tmp_path):
    done = run_pytest_without_shared(tmp_path, None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
