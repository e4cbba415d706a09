"""The command line through Typer's CliRunner: exit codes, where output goes, error lines."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import schemas
from extractor.cli import app
from extractor.errors import ERROR_CODES

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = SAMPLES / "fjordvekst-2023.pdf"
DOCX = SAMPLES / "fjordvekst-2023.docx"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_cli_extract_to_file(runner, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["extract", str(PDF), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    report = schemas.Report.model_validate_json(out.read_text(encoding="utf-8"))
    assert report.source.format == "pdf"
    assert report.source.path == str(PDF)
    assert report.sections and report.tables
    assert not list(tmp_path.glob(".*.tmp")), "the atomic write left a temporary file"


def test_cli_extract_to_stdout(runner):
    result = runner.invoke(app, ["extract", str(DOCX)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    report = schemas.Report.model_validate(data)
    assert report.source.format == "docx"
    assert report.schema_version == schemas.SCHEMA_VERSION


def test_cli_extract_out_dir_names_outputs_after_inputs(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(PDF), str(DOCX), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "fjordvekst-2023.docx.json", "fjordvekst-2023.pdf.json"]


def test_cli_extract_empty_file_one_error_line(runner, badfiles_dir, tmp_path):
    bad = badfiles_dir / "crafted" / "empty.pdf"
    out = tmp_path / "empty.json"
    result = runner.invoke(app, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error[empty] {bad}: ")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not list(tmp_path.iterdir())


def test_cli_extract_bad_file_does_not_stop_the_others(runner, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    out_dir = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(empty), str(DOCX), "--out-dir", str(out_dir)])
    assert result.exit_code == 1
    assert [line.split("]")[0] for line in error_lines(result.stderr) if line.startswith("error[")] == ["error[empty"]
    assert [p.name for p in out_dir.iterdir()] == ["fjordvekst-2023.docx.json"]


@pytest.mark.parametrize("name", ["garbage.pdf", "html_as.pdf", "truncated.pdf", "enc_user_rc4.pdf",
                                  "truncated.docx", "macro.docm", "old_binary.doc"])
def test_cli_extract_hostile_file_gives_a_stable_code(runner, badfiles_dir, tmp_path, name):
    """Whatever the reader decides about a hostile file, the CLI says it in one line with one
    of the published codes (never error[internal], never a traceback), or reads it."""
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(badfiles_dir / "crafted" / name), "-o", str(out)])
    if result.exit_code == 0:
        schemas.Report.model_validate_json(out.read_text(encoding="utf-8"))
        return
    assert result.exit_code == 1, result.output
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    code = lines[0].removeprefix("error[").split("]")[0]
    assert code in ERROR_CODES and code != "error", lines[0]
    assert not out.exists()


def test_cli_extract_debug_prints_traceback(runner, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), "--debug"])
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("error[empty]")


@pytest.mark.parametrize("args", [
    ["extract", "no/such/file.pdf"],
    ["extract", str(PDF), str(DOCX), "-o", "x.json"],
    ["extract", str(PDF), "--no-such-option"],
])
def test_cli_extract_usage_error_exits_2(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


def test_cli_schema_prints_the_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schemas.json_schema()


def test_cli_extract_out_dir_file_names_of_237_to_255_bytes(runner, tmp_path):
    from tests.test_batch_runner import long_named_copies

    (tmp_path / "in").mkdir()
    inputs = long_named_copies(tmp_path / "in", DOCX)
    out_dir = tmp_path / "out"
    result = runner.invoke(app, ["extract", *map(str, inputs), "--out-dir", str(out_dir)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 3 and all(len(n.encode()) <= 255 and n.endswith(".json") for n in names)


def test_cli_extract_to_a_255_byte_output_name(runner, tmp_path):
    target = tmp_path / ("y" * 250 + ".json")
    result = runner.invoke(app, ["extract", str(DOCX), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert schemas.Report.model_validate_json(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_cli_extract_out_dir_same_name_twice_keeps_both(runner, tmp_path, samples_dir):
    """Two inputs named report.docx, in one call and in two calls: neither output replaces the other."""
    inputs = []
    for folder, sample in (("a", "fjordvekst-2023.docx"), ("b", "nordheim-2023.docx")):
        (tmp_path / folder).mkdir()
        inputs.append(tmp_path / folder / "report.docx")
        inputs[-1].write_bytes((samples_dir / sample).read_bytes())
    together, apart = tmp_path / "together", tmp_path / "apart"
    assert runner.invoke(app, ["extract", *map(str, inputs), "--out-dir", str(together)]).exit_code == 0
    for path in inputs:
        assert runner.invoke(app, ["extract", str(path), "--out-dir", str(apart)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(inputs[0]), "--out-dir", str(apart)]).exit_code == 0  # same input: same name
    for folder in (together, apart):
        outputs = list(folder.iterdir())
        assert len(outputs) == 2 and "report.docx.json" in {p.name for p in outputs}
        shas = {json.loads(p.read_text(encoding="utf-8"))["source"]["sha256"] for p in outputs}
        assert shas == {hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs}


def test_cli_extract_file_name_that_is_not_utf8(runner, tmp_path):
    """A Latin-1 file name gave error[internal]; it reads, and prints escaped."""
    import os

    good = tmp_path / os.fsdecode(b"\xe5rsrapport.docx")
    good.write_bytes(DOCX.read_bytes())
    empty = tmp_path / os.fsdecode(b"tom-\xe6.pdf")
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(good), str(empty), "--out-dir", str(out)])
    assert result.exit_code == 1, result.output
    [line] = error_lines(result.stderr)[-1:]
    assert line.startswith("error[empty] ") and "tom-\\xe6.pdf" in line
    [output] = out.iterdir()
    assert os.fsencode(output.name) == b"\xe5rsrapport.docx.json"
    assert json.loads(output.read_bytes())["source"]["path"].endswith("\\xe5rsrapport.docx")


FREECULTURE = "public/pdf.js__freeculture.pdf"  # 352 pages: minutes of work and hundreds of MB


def test_cli_extract_has_the_batch_time_limit(runner, badfiles_dir, tmp_path):
    """extract read in-process with no time limit; it now runs in the batch's isolated worker."""
    result = runner.invoke(app, ["extract", str(badfiles_dir / FREECULTURE), "--timeout", "2", "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 1, result.output
    assert error_lines(result.stderr) == [
        f"error[timeout] {badfiles_dir / FREECULTURE}: no result within 2 s; the worker was killed"]
    assert not (tmp_path / "x.json").exists()


def test_cli_extract_has_the_batch_memory_cap(runner, badfiles_dir, tmp_path):
    # address space (RLIMIT_AS), not resident memory: a small report takes ~245 MB of it, the book ~315 MB
    result = runner.invoke(app, ["extract", str(badfiles_dir / FREECULTURE), "--max-memory", "280", "--timeout", "600"])
    assert result.exit_code == 1, result.output
    [line] = error_lines(result.stderr)
    code = line.removeprefix("error[").split("]")[0]
    assert code in ("memory_limit", "too_large") and "memory" in line, line
    assert result.stdout == ""


def test_cli_extract_default_limits_are_the_batchs():
    from extractor.batch import Limits
    from extractor.cli import limits_from

    assert limits_from(None, None) == Limits()
    assert limits_from(5, 0).model_dump() == Limits(timeout_s=5, max_memory_mb=0).model_dump()


def test_cli_extract_into_a_folder_that_does_not_exist(runner, tmp_path):
    out = tmp_path / "missing" / "dir" / "x.json"
    result = runner.invoke(app, ["extract", str(DOCX), "-o", str(out)])
    assert result.exit_code == 0, result.output
    schemas.Report.model_validate_json(out.read_text(encoding="utf-8"))


def test_cli_extract_into_a_folder_it_cannot_make_is_one_line(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["extract", str(DOCX), "-o", str(blocker / "x.json")])
    assert result.exit_code == 2
    [line] = error_lines(result.stderr)
    assert line.startswith(f"error[usage] cannot create {blocker}: ")


def test_cli_extract_prints_one_summary_line_per_document(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(PDF), str(DOCX), "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = error_lines(result.stderr)
    assert len(lines) == 2
    for line, path in zip(lines, (PDF, DOCX)):
        report = json.loads((tmp_path / f"{path.name}.json").read_text(encoding="utf-8"))
        assert line.startswith(f"{path.name}: {report['organization']['name']['value']}, {report['report']['year']['value']}; ")
        assert f"{len(report['board'])} board members" in line and "key figure" in line and "to review" in line
        assert line.endswith(f"→ {tmp_path / (path.name + '.json')}")
    quiet = runner.invoke(app, ["extract", str(DOCX), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and json.loads(quiet.stdout)
