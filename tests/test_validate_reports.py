"""`extractor validate`: real outputs pass, broken ones fail with the field's path, another major
schema version is refused with a clear message; one line per file, exit 1 when any is invalid."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import schemas
from extractor.assemble import report_to_json
from extractor.cli import app
from extractor.pipeline import extract_path
from extractor.validate import iter_report_paths, jsonschema_problems, jsonschema_validator, validate_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def report_data() -> dict:
    return json.loads(report_to_json(extract_path(SAMPLES / "fjordvekst-2023.docx")))


@pytest.fixture
def write(tmp_path):
    def write(name: str, data) -> Path:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return path
    return write


def test_validate_real_output_is_ok(report_data, write):
    verdict = validate_file(write("good.json", report_data), jsonschema_validator())
    assert verdict.ok, verdict.problems
    assert verdict.one_line().endswith(": ok")


def test_validate_committed_schema_agrees_with_the_models(report_data):
    pytest.importorskip("jsonschema")
    validator = jsonschema_validator()
    assert jsonschema_problems(report_data, validator) == []
    broken = json.loads(json.dumps(report_data))
    broken["board"][0]["role"] = "BOSS"
    assert [p.split(":")[0] for p in jsonschema_problems(broken, validator)] == ["board.0.role"]


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["board"][0].update(role="BOSS"), "board.0.role"),
    (lambda d: d["board"][0].update(confidence=1.5), "board.0.confidence"),
    (lambda d: d.update(surprise=1), "surprise"),
    (lambda d: d["source"].pop("sha256"), "source.sha256"),
    (lambda d: d.update(review_threshold="high"), "review_threshold"),
])
def test_validate_broken_field_is_named(report_data, write, mutate, field):
    data = json.loads(json.dumps(report_data))
    mutate(data)
    verdict = validate_file(write("bad.json", data), jsonschema_validator())
    assert not verdict.ok
    assert any(p.startswith(f"{field}:") for p in verdict.problems), verdict.problems
    assert verdict.one_line().startswith(f"{verdict.path}: invalid: ")


def test_validate_other_major_version_is_refused_clearly(report_data, write):
    major = int(schemas.SCHEMA_VERSION.split(".")[0])
    data = dict(report_data, schema_version=f"{major + 1}.0.0")
    verdict = validate_file(write("future.json", data))
    assert verdict.problems == [verdict.problems[0]]  # one clear reason, not a list of unknown fields
    assert "major" in verdict.problems[0] and schemas.SCHEMA_VERSION in verdict.problems[0]


def test_validate_other_minor_version_is_read_on_its_fields(report_data, write):
    major, minor, _ = schemas.SCHEMA_VERSION.split(".")
    data = dict(report_data, schema_version=f"{major}.{int(minor) + 7}.0")
    assert validate_file(write("minor.json", data)).ok


@pytest.mark.parametrize("text, start", [
    ("{not json", "(json):"),
    ("[1, 2]", "(root):"),
    ('{"schema_version": "two"}', "schema_version:"),
    ('{"schema_version": "\u00b2.0.0"}', "schema_version:"),  # "²".isdigit(), int() raised
    ("{}", "schema_version:"),
])
def test_validate_not_a_report(write, text, start):
    verdict = validate_file(write("x.json", text))
    assert verdict.problems and verdict.problems[0].startswith(start)


def test_validate_folder_skips_batch_bookkeeping(tmp_path, report_data, write):
    write("a.pdf.json", report_data)
    write("summary.json", {"inputs": 1})
    write(".a.pdf.json.123.tmp", "{")
    (tmp_path / "manifest.jsonl").write_text("{}\n")
    assert [p.name for p in iter_report_paths([tmp_path])] == ["a.pdf.json"]


def test_validate_cli_one_line_per_file_and_exit_status(report_data, write):
    good = write("good.json", report_data)
    bad = write("bad.json", dict(report_data, schema_version="9.0.0"))
    runner = CliRunner()
    ok_run = runner.invoke(app, ["validate", str(good)])
    assert ok_run.exit_code == 0 and ok_run.output == f"{good}: ok\n"
    both = runner.invoke(app, ["validate", str(good), str(bad)])
    assert both.exit_code == 1
    lines = both.output.splitlines()
    assert lines[0] == f"{good}: ok"
    assert lines[1].startswith(f"{bad}: invalid: schema_version: 9.0.0 has major 9")
    quiet = runner.invoke(app, ["validate", "--quiet", str(good), str(bad)])
    assert quiet.output.splitlines() == lines[1:]
