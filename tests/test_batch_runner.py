"""End to end through ``extractor batch``: hostile files end as outputs or error records, nothing
leaks, a rerun redoes nothing, ``--retry-failed`` redoes the failures, exit codes."""
from __future__ import annotations

import json
import os
import socket
import time
import uuid
import zipfile
from pathlib import Path

import docx

import pytest
from typer.testing import CliRunner

import schemas
from extractor.batch.manifest import iter_records
from extractor.cli import app
from extractor.ingest import sha256_of

SUBSET = {  # fast ones, the XXE files, a zip bomb, encrypted, empty, not-a-PDF
    "crafted/good.pdf": "ok",
    "crafted/good.docx": "ok",
    "crafted/xxe.docx": "unsafe_content",
    "public/apache-poi__ExternalEntityInText.docx": "unsafe_content",
    "crafted/billion_laughs.docx": "unsafe_content",
    "crafted/zipbomb_300MB.docx": "too_large",
    "crafted/enc_user_rc4.pdf": "encrypted",
    "crafted/empty.pdf": "empty",
    "crafted/html_as.pdf": "unsupported_format",
}


def local_secrets() -> list[str]:
    """What an XXE would pull in: the content of the file the crafted entity points at."""
    text = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    return [s for s in {text, socket.gethostname()} if len(s) >= 4]


def make_xxe_docx(folder: Path) -> tuple[Path, str]:
    """A DOCX whose text is an external entity pointing at a local file holding a fresh marker."""
    marker = f"SECRET-{uuid.uuid4().hex}"
    secret = folder / "secret.txt"
    secret.write_text(marker)
    plain = folder / "plain.docx"
    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    document.save(plain)
    target = folder / "own_xxe.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, body = data.split(b"?>", 1)
                decl = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode()
                data = head + b"?>" + decl + body.replace(b"PLACEHOLDER", b"&xxe;")
            dst.writestr(item, data)
    return target, marker


@pytest.fixture(scope="module")
def first_run(badfiles_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch")
    xxe, marker = make_xxe_docx(tmp_path_factory.mktemp("xxe"))
    inputs = [str(badfiles_dir / name) for name in SUBSET] + [str(xxe)]
    started = time.monotonic()
    result = CliRunner().invoke(app, ["batch", *inputs, "--out", str(out), "--workers", "2", "--timeout", "60"])
    return out, inputs, result, time.monotonic() - started, marker


def test_batch_every_input_has_a_record(first_run, badfiles_dir):
    out, inputs, result, _, _ = first_run
    assert result.exit_code == 0, result.output
    records = {r.input: r for r in iter_records(out / "manifest.jsonl")}
    assert set(records) == set(inputs)
    assert records.pop(inputs[-1]).code == "unsafe_content"
    records = {Path(k).relative_to(badfiles_dir).as_posix(): r for k, r in records.items()}
    for name, want in SUBSET.items():
        rec = records[name]
        assert (rec.code or rec.status) == want, (name, rec)
        assert (out / rec.output).exists() == (rec.status != "error")
        assert len(rec.sha256) == 64 and rec.tool_version and rec.schema_version and rec.seconds >= 0


def test_batch_outputs_are_valid_and_leak_nothing(first_run):
    out, _, result, _, marker = first_run
    outputs = [p for p in out.glob("*.json") if p.name != "summary.json"]
    assert outputs
    for path in outputs:
        text = path.read_text(encoding="utf-8")
        schemas.Report.model_validate_json(text)
        for secret in [marker, *local_secrets()]:
            assert secret not in text, f"{path.name} contains local file content"
    assert "Traceback" not in result.output
    assert not list(out.glob(".*.tmp"))


def test_batch_summary_counts(first_run):
    out, inputs, result, _, _ = first_run
    summary = json.loads((out / "summary.json").read_text())
    assert summary["processed"] == len(inputs) and summary["skipped"] == 0
    assert summary["by_status"].get("error") == 1 + sum(v not in ("ok", "warning") for v in SUBSET.values())
    assert summary["by_code"]["unsafe_content"] == 4
    assert len(summary["slowest"]) == 5
    assert "slowest:" in result.stdout


def test_batch_rerun_skips_everything(first_run):
    out, inputs, _, first_s, _ = first_run
    lines_before = (out / "manifest.jsonl").read_text().count("\n")
    started = time.monotonic()
    result = CliRunner().invoke(app, ["batch", *inputs, "--out", str(out), "--workers", "2", "--json-log"])
    rerun_s = time.monotonic() - started
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["event"] == "summary" and summary["processed"] == 0 and summary["skipped"] == len(inputs)
    assert (out / "manifest.jsonl").read_text().count("\n") == lines_before
    assert rerun_s < first_s / 3


def test_batch_strict_and_retry_failed(first_run, badfiles_dir):
    out, _, _, _, _ = first_run
    inputs = [str(badfiles_dir / "crafted/empty.pdf"), str(badfiles_dir / "crafted/good.pdf")]
    strict = CliRunner().invoke(app, ["batch", *inputs, "--out", str(out), "--strict", "--quiet"])
    assert strict.exit_code == 1  # empty.pdf failed in the first run; nothing redone
    assert strict.stdout == ""
    retry = CliRunner().invoke(app, ["batch", *inputs, "--out", str(out), "--retry-failed", "--json-log"])
    assert retry.exit_code == 0, retry.output
    events = [json.loads(line) for line in retry.stdout.splitlines()]
    assert [e["output"] for e in events if e["event"] == "document"] == ["empty.pdf.json"]
    assert events[-1]["skipped"] == 1


def test_batch_usage_errors_exit_2(tmp_path):
    missing = CliRunner().invoke(app, ["batch", str(tmp_path / "nope.pdf"), "--out", str(tmp_path / "o")])
    assert missing.exit_code == 2
    assert "no such file" in missing.output
    engine = CliRunner().invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--engine", "spark"])
    assert engine.exit_code == 2


def long_named_copies(folder: Path, source: Path, sizes=(237, 250, 255)) -> list[Path]:
    """Copies of ``source`` whose names are ``size`` bytes long (Norwegian letters are two bytes)."""
    paths = []
    for size in sizes:
        stem = "årsrapport-" + "x" * (size - len("årsrapport-".encode()) - len(source.suffix))
        path = folder / f"{stem}{source.suffix}"
        assert len(path.name.encode()) == size
        path.write_bytes(source.read_bytes())
        paths.append(path)
    return paths


def test_batch_file_names_of_237_to_255_bytes_get_outputs(tmp_path, samples_dir):
    """The output name and the atomic writer's temporary name stay within 255 bytes."""
    (tmp_path / "in").mkdir()
    inputs = long_named_copies(tmp_path / "in", samples_dir / "nordheim-2023.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = list(iter_records(out / "manifest.jsonl"))
    assert sorted(r.input for r in records) == sorted(str(p) for p in inputs)
    assert all(r.status == "ok" for r in records), [(r.code, r.message) for r in records]
    names = [r.output for r in records]
    assert len(set(names)) == 3 and all(len(n.encode()) <= 255 for n in names)
    assert all(n.startswith("årsrapport-xxx") and n.endswith(".json") for n in names)
    for name in names:
        schemas.Report.model_validate_json((out / name).read_text(encoding="utf-8"))
    assert not list(out.glob(".*.tmp"))


@pytest.fixture()
def same_names(tmp_path, samples_dir) -> tuple[Path, Path]:
    """a/report.docx and b/report.docx: two different reports under one file name."""
    for folder, sample in (("a", "fjordvekst-2023.docx"), ("b", "nordheim-2023.docx")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.docx").write_bytes((samples_dir / sample).read_bytes())
    return tmp_path / "a", tmp_path / "b"


def run_json(*args: str):
    result = CliRunner().invoke(app, ["batch", *args, "--json-log"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.splitlines()[-1])


def source_sha(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["source"]["sha256"]


def test_batch_same_name_from_two_runs_keeps_both_outputs(same_names, tmp_path):
    """Output-name collision: b/report.docx in a second run into the same folder used to replace
    a/report.docx's output, and a rerun of a/ then said it was done."""
    a, b = same_names
    out = tmp_path / "out"
    run_json(str(a), "--out", str(out))
    run_json(str(b), "--out", str(out))
    records = {Path(r.input).parent.name: r for r in iter_records(out / "manifest.jsonl")}
    assert records["a"].output == "report.docx.json" and records["b"].output != records["a"].output
    assert records["b"].output.startswith("report.docx.") and records["b"].output.endswith(".json")
    for folder in ("a", "b"):
        assert source_sha(out / records[folder].output) == records[folder].sha256
    again = run_json(str(b), str(a), "--out", str(out))  # either order: each input keeps its name
    assert again["processed"] == 0 and again["skipped"] == 2


def test_batch_resume_redoes_an_output_that_is_not_the_inputs(same_names, tmp_path):
    """The resume reads the input's sha256 inside the output, not only a complete ending."""
    a, b = same_names
    out = tmp_path / "out"
    run_json(str(a), "--out", str(out))
    foreign = tmp_path / "foreign"
    run_json(str(b), "--out", str(foreign))
    (out / "report.docx.json").write_bytes((foreign / "report.docx.json").read_bytes())
    rerun = run_json(str(a), "--out", str(out))
    assert rerun["processed"] == 1
    assert source_sha(out / "report.docx.json") == sha256_of(a / "report.docx")


def test_batch_input_named_like_a_bookkeeping_file(tmp_path, samples_dir):
    """An input named ``summary`` must not share summary.json with the batch summary."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "summary").write_bytes((samples_dir / "nordheim-2023.docx").read_bytes())
    out = tmp_path / "out"
    summary = run_json(str(tmp_path / "in"), "--out", str(out))
    [record] = iter_records(out / "manifest.jsonl")
    assert record.status == "ok" and record.output not in ("summary.json", "manifest.jsonl")
    assert json.loads((out / "summary.json").read_text()) == {k: v for k, v in summary.items() if k != "event"}
    schemas.Report.model_validate_json((out / record.output).read_text(encoding="utf-8"))


LATIN1_NAME = os.fsdecode(b"\xe5rsrapport-\xe6rlig.docx")  # "årsrapport-ærlig.docx" in Latin-1: not UTF-8


def test_batch_file_name_that_is_not_utf8(tmp_path, samples_dir):
    """A Latin-1 file name used to abort the whole batch (the manifest encoded surrogates as
    UTF-8), on every rerun too. Names round-trip through os.fsencode and print escaped."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / LATIN1_NAME).write_bytes((samples_dir / "nordheim-2023.docx").read_bytes())
    (tmp_path / "in" / "plain.docx").write_bytes((samples_dir / "nordheim-2023.docx").read_bytes())
    out = tmp_path / "out"
    for progress in ("--json-log", None):  # a first run, then a rerun with plain lines
        result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), *filter(None, [progress])])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
    assert "2 already done" in result.stdout  # the rerun found both done
    records = {Path(r.input).name: r for r in iter_records(out / "manifest.jsonl")}
    assert set(records) == {LATIN1_NAME, "plain.docx"} and all(r.status == "ok" for r in records.values())
    output = records[LATIN1_NAME].output
    assert os.fsencode(output) == b"\xe5rsrapport-\xe6rlig.docx.json"
    report = json.loads((out / output).read_bytes())
    assert report["source"]["path"].endswith("\\xe5rsrapport-\\xe6rlig.docx")
    (out / "manifest.jsonl").read_bytes().decode("utf-8")  # the manifest is UTF-8 text


def test_batch_folder_non_documents_are_skipped_not_failed(tmp_path, samples_dir):
    """A folder's README, JSON and images counted as failures; they are recorded as skipped
    (not a document). A file whose name says it is a document, or one named on the command
    line, still fails when it is not one."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.docx").write_bytes((samples_dir / "nordheim-2023.docx").read_bytes())
    (folder / "README.md").write_text("# Årsrapporter\n\nLes meg.\n", encoding="utf-8")
    (folder / "data.json").write_text('{"år": 2023}\n', encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "broken.pdf").write_text("<html><body>not a pdf</body></html>\n")
    out = tmp_path / "out"
    summary = run_json(str(folder), "--out", str(out))
    status = {Path(r.input).name: (r.status, r.code) for r in iter_records(out / "manifest.jsonl")}
    assert status == {"report.docx": ("ok", None), "README.md": ("skipped", None), "data.json": ("skipped", None),
                      "logo.png": ("skipped", None), "broken.pdf": ("error", "unsupported_format")}
    assert summary["failed"] == 1 and summary["by_status"]["skipped"] == 3
    assert not any(name.startswith(("README", "data.json", "logo")) for name in (p.name for p in out.iterdir()))
    assert run_json(str(folder), "--out", str(out))["processed"] == 0  # a rerun redoes none of them
    named = run_json(str(folder / "README.md"), "--out", str(tmp_path / "named"))
    assert named["failed"] == 1 and named["by_code"] == {"unsupported_format": 1}
