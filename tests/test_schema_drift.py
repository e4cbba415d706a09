"""The committed JSON Schema is what the pydantic models say, and output validates against it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import schemas

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "regenerate with `extractor schema > schemas/report.schema.json` and note it in CHANGELOG.md"


def test_schema_drift_committed_file_matches_models():
    assert schemas.SCHEMA_PATH.exists(), f"schemas/report.schema.json is missing: {REGENERATE}"
    assert schemas.SCHEMA_PATH.read_text(encoding="utf-8") == schemas.json_schema_text(), (
        f"schemas/report.schema.json is out of date: {REGENERATE}")


def test_schema_drift_version_is_in_changelog():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"schema {schemas.SCHEMA_VERSION}" in changelog, (
        f"CHANGELOG.md has no entry for schema {schemas.SCHEMA_VERSION}")


def test_schema_drift_every_field_is_described():
    """The JSON Schema is the documentation other systems read."""
    missing = []

    def walk(name: str, node: dict) -> None:
        for prop, spec in node.get("properties", {}).items():
            if "description" not in spec:
                missing.append(f"{name}.{prop}")

    spec = schemas.json_schema()
    walk("Report", spec)
    for name, node in spec.get("$defs", {}).items():
        walk(name, node)
    assert not missing


@pytest.mark.parametrize("sample", ["fjordvekst-2023.pdf", "nordheim-2023.docx"])
def test_schema_sample_output_validates_against_committed_schema(sample):
    jsonschema = pytest.importorskip("jsonschema")
    from extractor.cli import extract_one

    report = json.loads(extract_one(ROOT / "samples" / sample))
    spec = json.loads(schemas.SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(spec)
    errors = sorted(jsonschema.Draft202012Validator(spec).iter_errors(report), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_schema_report_puts_the_facts_first_and_the_document_body_last():
    """The facts came after every section and table, thousands of lines down."""
    from extractor.cli import extract_one

    keys = list(json.loads(extract_one(ROOT / "samples" / "fjordvekst-2023.pdf")))
    assert keys[:3] == ["schema_version", "tool_version", "source"]
    assert keys[-2:] == ["sections", "tables"]
    assert keys.index("organization") < keys.index("board") < keys.index("sections")
    assert list(schemas.json_schema()["properties"]) == keys
