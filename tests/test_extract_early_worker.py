"""``extractor extract`` starts its worker before Typer parses the command line
(``extract.start_early_worker``); the command then takes that worker, or ends it when the
options need another, and the output is the same either way."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.batch import Limits
from extractor.cli import app
from test_batch_isolation import wait_for, worker_pids

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = SAMPLES / "fjordvekst-2023.pdf"
EXTRACTOR = Path(sys.executable).with_name("extractor")


@pytest.fixture
def early():
    """The module's early worker slot, emptied (and its worker ended) after the test."""
    yield extract.EARLY
    handle = extract.EARLY.pop("handle", None)
    if handle is not None:
        handle.kill()


def test_extract_early_worker_only_for_the_extract_command(early):
    for argv in (["pytest", "extract", str(PDF)], ["extractor", "batch", str(PDF)],
                 ["extractor", "extract", "--help"], ["extractor"]):
        extract.start_early_worker(argv)
        assert "handle" not in early, argv


def test_extract_early_worker_is_taken_with_the_default_options(early):
    extract.start_early_worker(["extractor", "extract", str(PDF)])
    handle = early["handle"]
    assert handle.prefetch and handle.proc is not None
    taken = extract.take_worker(Limits(timeout_s=60), None)
    assert taken is handle and taken.limits.timeout_s == 60  # the time limits are the parent's
    assert "handle" not in early
    taken.close()


@pytest.mark.parametrize(("limits", "model"), [(Limits(max_memory_mb=900), None), (Limits(), "nb_core_news_sm")])
def test_extract_early_worker_is_ended_when_the_options_need_another(early, limits, model):
    extract.start_early_worker(["extractor", "extract", str(PDF)])
    handle = early["handle"]
    taken = extract.take_worker(limits, model)
    assert taken is not handle and handle.proc is None  # killed and reaped
    assert taken.proc is None and taken.model == model and taken.limits.max_memory_mb == limits.max_memory_mb


def test_extract_early_worker_reads_as_the_late_one(early, tmp_path):
    """The whole console command (early worker) and CliRunner (none) write the same report."""
    early_out, late_out = tmp_path / "early.json", tmp_path / "late.json"
    done = subprocess.run([str(EXTRACTOR), "extract", str(PDF), "-o", str(early_out), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert CliRunner().invoke(app, ["extract", str(PDF), "-o", str(late_out), "--quiet"]).exit_code == 0
    assert json.loads(early_out.read_text(encoding="utf-8")) == json.loads(late_out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [["--no-such-option"], ["-o", "{blocker}/x.json"]])
def test_extract_early_worker_ends_with_a_usage_error(tmp_path, args):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.Popen([str(EXTRACTOR), "extract", str(PDF), *(a.format(blocker=blocker) for a in args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert wait_for(lambda: not worker_pids(proc.pid), 10)
