"""The committed timeline JSON Schema is what the models say, and timelines validate against it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import timeline as schema
from tests.timeline_support import timeline_outputs  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "regenerate with `extractor schema --timeline > schemas/timeline.schema.json` and note it in CHANGELOG.md"


def test_timeline_schema_committed_file_matches_models():
    assert schema.TIMELINE_SCHEMA_PATH.exists(), f"schemas/timeline.schema.json is missing: {REGENERATE}"
    assert schema.TIMELINE_SCHEMA_PATH.read_text(encoding="utf-8") == schema.timeline_json_schema_text(), (
        f"schemas/timeline.schema.json is out of date: {REGENERATE}")


def test_timeline_schema_version_is_in_changelog():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"timeline schema {schema.TIMELINE_SCHEMA_VERSION}" in changelog


def test_timeline_schema_every_field_is_described():
    spec = schema.timeline_json_schema()
    nodes = {"Timeline": spec, **spec.get("$defs", {})}
    missing = [f"{name}.{prop}" for name, node in nodes.items()
               for prop, field in node.get("properties", {}).items() if "description" not in field]
    assert not missing


def test_timeline_schema_written_files_validate(timeline_outputs, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from extractor.timeline import write_timelines

    write_timelines([timeline_outputs], tmp_path, html=False)
    spec = json.loads(schema.TIMELINE_SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(spec)
    for path in tmp_path.glob("*.json"):
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert not errors, [e.message for e in errors[:5]]
