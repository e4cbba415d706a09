"""Isolation: a SIGKILLed batch resumes with every output valid and leaves no worker behind; a
slow document times out and the next one still runs; memory is capped inside the child; a
crashed child becomes a ``crashed`` record."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import schemas
from extractor.batch.limits import Limits, iter_descendants
from extractor.batch.manifest import iter_records
from extractor.batch.worker_handle import WorkerHandle

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from extractor.cli import app; app()"]


def worker_pids(parent: int) -> list[int]:
    """Live batch workers started by ``parent`` (they outlive it only if die-with-parent failed)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"extractor.batch.worker" in cmd and str(parent).encode() in cmd:
            pids.append(int(entry.name))
    return pids


def wait_for(check, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_batch_sigkill_parent_then_rerun_completes(corpus_dir, badfiles_dir, tmp_path):
    inputs = [str(p) for p in (
        badfiles_dir / "crafted/good.pdf", badfiles_dir / "crafted/good.docx", badfiles_dir / "crafted/macro.docm",
        corpus_dir / "sosial-profil-asker.docx", corpus_dir / "budstikka-arbeid-er-terapi.pdf",
        corpus_dir / "asker-produkt-2022.docx", badfiles_dir / "crafted/empty.pdf",
        # minutes of work, cut by --timeout: the batch cannot finish before the kill however fast the rest is
        badfiles_dir / "public/pdf.js__freeculture.pdf",
    )]
    out = tmp_path / "out"
    cmd = [*CLI, "batch", *inputs, "--out", str(out), "--workers", "2", "--timeout", "20", "--quiet"]
    parent = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = out / "manifest.jsonl"
    try:
        assert wait_for(lambda: manifest.exists() and manifest.read_text().count("\n") >= 2, 120), "no progress"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    done_before = manifest.read_text().count("\n")
    assert done_before < len(inputs), "the batch finished before it could be killed"
    assert wait_for(lambda: not worker_pids(parent.pid), 10), "a worker outlived its killed parent"

    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    records = list(iter_records(manifest))
    assert sorted(r.input for r in records) == sorted(inputs)  # each input once: nothing redone twice
    for rec in records:
        if rec.status != "error":
            schemas.Report.model_validate_json((out / rec.output).read_text(encoding="utf-8"))
    assert not list(out.glob(".*.tmp"))
    assert "Traceback" not in rerun.stdout + rerun.stderr


@pytest.fixture(scope="module")
def handle(tmp_path_factory):
    worker = WorkerHandle(Limits(timeout_s=3, max_memory_mb=3072), tmp_path_factory.mktemp("log") / "workers.log")
    yield worker
    worker.close()


def task(path: Path, out: Path) -> dict:
    return {"input": str(path), "output": str(out / f"{path.name}.json"), "settings": {}}


def test_batch_timeout_kills_the_worker_and_the_next_document_runs(handle, badfiles_dir, tmp_path):
    slow = badfiles_dir / "public/pdf.js__freeculture.pdf"  # 352 pages: minutes of work
    handle.start()
    first_pid = handle.proc.pid
    result = handle.run(task(slow, tmp_path))
    assert result["code"] == "timeout" and result["wall_s"] < 10
    assert not Path(f"/proc/{first_pid}").exists() or b"Z" in Path(f"/proc/{first_pid}/stat").read_bytes()
    assert not (tmp_path / f"{slow.name}.json").exists()
    good = handle.run(task(badfiles_dir / "crafted/good.pdf", tmp_path))
    assert good["status"] == "ok" and handle.proc.pid != first_pid
    assert json.loads((tmp_path / "good.pdf.json").read_text())["source"]["pages"] == 1


def test_batch_crashed_worker_becomes_a_record(badfiles_dir, tmp_path):
    # A long document and a generous time limit, so the signal always lands mid-document,
    # however loaded the machine is.
    worker = WorkerHandle(Limits(timeout_s=300, max_memory_mb=3072), tmp_path / "workers.log")
    try:
        worker.start()
        threading.Timer(2.0, os.kill, (worker.proc.pid, signal.SIGSEGV)).start()
        result = worker.run(task(badfiles_dir / "public/pdf.js__freeculture.pdf", tmp_path))
        assert result["code"] == "crashed" and "SIGSEGV" in result["message"], result["message"]
        assert not worker.alive
    finally:
        worker.close()


def test_batch_memory_cap_inside_the_child():
    """RLIMIT_AS as the worker sets it: an allocation over the cap is a MemoryError, not an OOM kill."""
    code = (
        "from extractor.batch.limits import set_memory_limit\n"
        "set_memory_limit(400)\n"
        "try:\n    b = bytearray(800 * 1024 * 1024)\nexcept MemoryError:\n    print('capped')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "capped"


def test_batch_memory_error_maps_to_memory_limit(monkeypatch, tmp_path):
    from extractor.batch import worker

    def explode(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr("extractor.pipeline.extract_path", explode)
    result = worker.run_task(task(tmp_path / "x.pdf", tmp_path))
    assert result["code"] == "memory_limit" and result["exit"] is True


def test_batch_kill_tree_reaches_other_sessions(tmp_path):
    """LibreOffice runs in a session of its own: killing a worker must still end it."""
    from extractor.batch.limits import kill_tree

    script = ("import subprocess, sys, time\n"
              "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], start_new_session=True)\n"
              "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], start_new_session=True)
    assert wait_for(lambda: iter_descendants(proc.pid), 10)
    grandchild = iter_descendants(proc.pid)[0]
    kill_tree(proc.pid)
    proc.wait()
    assert wait_for(lambda: not Path(f"/proc/{grandchild}").exists()
                    or b") Z" in Path(f"/proc/{grandchild}/stat").read_bytes(), 10)


def test_batch_sigkill_from_outside_is_crashed_not_memory_limit(badfiles_dir, tmp_path):
    """Every SIGKILL used to be recorded as memory_limit; one from outside, far from any
    limit, is a crash."""
    worker = WorkerHandle(Limits(timeout_s=300, max_memory_mb=3072), tmp_path / "workers.log")
    try:
        worker.start()
        threading.Timer(2.0, os.kill, (worker.proc.pid, signal.SIGKILL)).start()
        result = worker.run(task(badfiles_dir / "public/pdf.js__freeculture.pdf", tmp_path))
        assert result["code"] == "crashed" and "SIGKILL" in result["message"], result
    finally:
        worker.close()


@pytest.mark.parametrize("exit_code, near_cap, oom_killed, want", [
    (-signal.SIGKILL, False, True, "memory_limit"),   # the kernel's OOM killer
    (-signal.SIGKILL, True, False, "memory_limit"),   # killed with its address space at the cap
    (-signal.SIGKILL, False, False, "crashed"),       # someone's kill -9
    (-signal.SIGSEGV, True, False, "memory_limit"),   # an allocation failed inside C code
    (-signal.SIGSEGV, False, False, "crashed"),
    (-signal.SIGABRT, False, True, "crashed"),        # an abort is not what the OOM killer sends
    (3, False, False, "crashed"),
])
def test_batch_worker_death_is_classified_by_its_evidence(exit_code, near_cap, oom_killed, want):
    from extractor.batch.worker_handle import death_to_result

    result = death_to_result(exit_code, near_cap=near_cap, oom_killed=oom_killed, peak_mb=100.0)
    assert result["code"] == want and result["status"] == "error" and result["exit"] is True
    assert result["message"]
