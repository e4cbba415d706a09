"""Batch situations of long runs over old archives: inputs that cannot be read (locked,
vanished, a pipe, a broken link), outputs that cannot be written (a full disk, a folder that is
a file), two runs into one folder, Ctrl-C. Each ends as an error record or one line with a
stable code, never a traceback or a lost output."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch import inputs, runner
from extractor.batch.folder import BatchBusy, hold_folder
from extractor.batch.manifest import STATUS_ERROR, ManifestWriter, Record, iter_records
from extractor.batch.plan import is_done, plan_tasks
from extractor.batch.progress import record_to_text, summary_to_text
from extractor.cli import app
from hostile_files import one_page_pdf, stream

ROOT = Path(__file__).resolve().parents[1]


def record(code: str | None, status: str = STATUS_ERROR) -> Record:
    return Record(input="/in/a.pdf", output="a.pdf.json", sha256="0" * 64, status=status, code=code,
                  tool_version="t", schema_version="s", options_key="k", finished="2026-01-01T00:00:00+00:00")


def plan(paths: list[Path], out: Path):
    return plan_tasks(paths, out, "key", [], retry_failed=False)


def test_batch_input_that_cannot_be_read_is_a_record_not_a_stopped_batch(tmp_path, samples_dir, monkeypatch):
    """A locked file (EACCES for a user who is not root) stopped the whole batch with a
    traceback while the parent hashed the inputs."""
    locked = tmp_path / "locked.pdf"
    locked.write_bytes((samples_dir / "fjordvekst-2023.pdf").read_bytes())
    real = inputs.sha256_of

    def sha256_of(path):
        if path == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(inputs, "sha256_of", sha256_of)
    todo, skipped, unread = plan([locked, samples_dir / "nordheim-2023.pdf"], tmp_path / "out")
    assert [t.input.name for t in todo] == ["nordheim-2023.pdf"] and not skipped
    assert [(r.input, r.status, r.code) for r in unread] == [(str(locked), "error", "unreadable")]
    assert "Permission denied" in unread[0].message


def test_batch_input_that_vanished_after_listing_is_a_record(tmp_path, samples_dir):
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"%PDF-1.4\n")
    paths = list(inputs.iter_input_files([tmp_path]))
    gone.unlink()
    todo, _, unread = plan(paths, tmp_path / "out")
    assert not todo and [r.code for r in unread] == ["unreadable"]


def test_batch_folder_entries_named_like_documents_that_are_not_files_get_records(tmp_path, samples_dir):
    """A broken link, a link loop and a named pipe called .pdf were dropped without a record (a
    pipe opened for hashing would block the batch); a folder and a non-document name are not inputs."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.pdf").write_bytes((samples_dir / "fjordvekst-2023.pdf").read_bytes())
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")
    (folder / "loop1.doc").symlink_to(folder / "loop2.doc")
    (folder / "loop2.doc").symlink_to(folder / "loop1.doc")
    os.mkfifo(folder / "pipe.docx")
    os.mkfifo(folder / "pipe.txt")
    (folder / "folder.pdf").mkdir()
    paths = list(inputs.iter_input_files([folder]))
    assert sorted(p.name for p in paths) == ["dangling.pdf", "loop1.doc", "loop2.doc", "ok.pdf", "pipe.docx"]
    todo, _, unread = plan(paths, tmp_path / "out")
    assert [t.input.name for t in todo] == ["ok.pdf"]
    why = {Path(r.input).name: r.message for r in unread}
    assert why == {"dangling.pdf": "a broken symbolic link", "loop1.doc": "a symbolic link loop",
                   "loop2.doc": "a symbolic link loop", "pipe.docx": "not a regular file (a named pipe)"}
    assert {r.code for r in unread} == {"unreadable"}


def test_batch_named_pipe_on_the_command_line_is_an_input_not_a_usage_error(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    paths = list(inputs.iter_input_files([tmp_path / "pipe"]))
    assert [p.name for p in paths] == ["pipe"]
    assert inputs.named_files([tmp_path / "pipe"]) == {tmp_path / "pipe"}


@pytest.mark.parametrize(("code", "redone"), [("unwritable", True), ("corrupt", False), ("timeout", False)])
def test_batch_rerun_redoes_an_output_that_could_not_be_written(tmp_path, code, redone):
    """A full disk is not the input's fault: its records are redone without --retry-failed."""
    assert is_done(record(code), tmp_path, retry_failed=False) is not redone


def test_batch_worker_output_write_failure_is_unwritable_not_unreadable(tmp_path, samples_dir):
    """The output's folder removed (or full) while the batch runs: the input was read fine."""
    from extractor.batch.worker import run_task

    result = run_task({"input": str(samples_dir / "nordheim-2023.docx"),
                       "output": str(tmp_path / "removed" / "nordheim-2023.docx.json")})
    assert (result["status"], result["code"]) == ("error", "unwritable"), result
    assert "cannot write the output" in result["message"]


def test_batch_second_run_into_the_same_folder_is_refused(tmp_path):
    """Two runs into one folder swept each other's temporary files and wrote error records
    over outputs; the second is refused with ``busy`` while the first holds the folder."""
    with hold_folder(tmp_path / "out"):
        with pytest.raises(BatchBusy, match=f"pid {os.getpid()}"):
            with hold_folder(tmp_path / "out"):
                pass
    with hold_folder(tmp_path / "out"):  # released when the first run ends
        pass


def test_batch_output_folder_that_is_a_file_is_one_usage_line(tmp_path, samples_dir):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["batch", str(samples_dir / "nordheim-2023.docx"), "--out", str(blocker)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"error[usage] cannot write into the output folder {blocker}: File exists"]


def test_batch_manifest_write_failure_is_one_aborted_line(tmp_path, monkeypatch):
    """The disk filling up under the manifest stopped the batch with a traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")  # an input read without a worker

    def full(self, rec):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ManifestWriter, "append", full)
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [f"error[aborted] cannot write {tmp_path / 'out' / 'manifest.jsonl'}: No space left on device"]


def test_batch_progress_line_of_a_file_name_with_a_newline_is_one_line():
    rec = record("corrupt").model_copy(update={"input": "/in/styret\nmelding.pdf", "message": "bad\r\nxref"})
    text = record_to_text(rec, 1, 1)
    assert "\n" not in text and "\r" not in text and "styret\\nmelding.pdf" in text


def slow_pdf(marker: int) -> bytes:
    """One page of 40,000 words: several seconds of layout, long enough to be interrupted."""
    words = b"BT /F1 5 Tf 10 780 Td 6 TL " + b"".join(b"(ord%d tekst 12,5 %% 2023) '" % k for k in range(40000))
    return one_page_pdf(stream(words + b" ET % " + str(marker).encode(), flate=True))


def batch_process(inputs: Path, out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(inputs), "--out", str(out), "--workers", "2",
                             "--quiet"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def worker_pids(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return found


def test_batch_ctrl_c_stops_with_one_line_and_a_rerun_finishes(tmp_path):
    """SIGINT mid-run ended in a traceback (two threads closing one worker); now the workers
    are stopped, every finished input keeps its record, exit 130, and a rerun does the rest."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"bok{number}.pdf").write_bytes(slow_pdf(number))
    out = tmp_path / "out"
    proc = batch_process(folder, out)
    deadline = time.monotonic() + 120
    while len(worker_pids(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # the workers busy warming up or reading
    workers = worker_pids(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("error[interrupted] stopped after ")
    assert json.loads((out / "summary.json").read_text())["interrupted"] is True
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "workers left running"

    again = batch_process(folder, out)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    latest = {Path(r.input).name: r.status for r in iter_records(out / "manifest.jsonl")}
    assert latest == {f"bok{n}.pdf": "ok" for n in range(3)}
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".pdf.json")) == [f"bok{n}.pdf.json" for n in range(3)]
    assert not list(out.glob(".*.tmp"))


def test_extract_to_a_full_stdout_is_one_unwritable_line(samples_dir):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "extractor", "extract", str(samples_dir / "nordheim-2023.docx"),
                               "--quiet"], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error[unwritable] {samples_dir / 'nordheim-2023.docx'}: cannot write to stdout: No space left on device"]


def test_batch_manifest_that_is_a_folder_is_one_aborted_line(tmp_path):
    """A folder named manifest.jsonl in the output folder was a traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")
    (tmp_path / "out" / "manifest.jsonl").mkdir(parents=True)
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error[aborted] cannot write {tmp_path / 'out' / 'manifest.jsonl'}: Is a directory"]


def test_batch_folder_where_an_output_was_is_left_and_the_input_recorded(tmp_path):
    """A folder made where an earlier run's output was (a user's copy, a sync tool) stopped the
    batch: the error record's "remove the older output" met a folder and was reported as the
    manifest failing. The input gets another name and its record; the folder stays."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")  # an input read without a worker
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--quiet"])
    assert result.exit_code == 0
    (out / "dangling.pdf.json").mkdir()
    (out / "dangling.pdf.json" / "keep.txt").write_text("mine")
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--quiet", "--retry-failed"])
    assert result.exit_code == 0 and result.output == ""
    last = list(iter_records(out / "manifest.jsonl"))[-1]
    assert (last.code, last.input) == ("unreadable", str(folder / "dangling.pdf"))
    assert last.output.startswith("dangling.pdf.") and last.output != "dangling.pdf.json"
    assert (out / "dangling.pdf.json" / "keep.txt").read_text() == "mine"


def test_batch_rerun_summary_says_which_skipped_inputs_failed_before():
    """A rerun after a crash said "nothing to do; 3 already done" while one of the three had
    no output (its record an error, redone only with --retry-failed)."""
    summary = runner.summarize([], [record("crashed"), record(None, status="ok")], 0.1, 1, [])
    assert summary_to_text(summary).splitlines()[0] == (
        "2 inputs: nothing to do; 2 already done (1 of them failed before; --retry-failed tries them again)")
    summary = runner.summarize([record("corrupt")], [record(None, status="ok")], 0.1, 1, [])
    assert summary_to_text(summary).splitlines()[0] == "2 inputs: 1 error; 1 already done"
