"""The manifest survives a torn last line; resume keys, input expansion and output names."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from extractor.batch.manifest import ManifestWriter, Record, iter_records, records_to_latest, repair_torn_tail
from extractor.batch.inputs import BatchUsageError, iter_input_files
from extractor.batch.plan import options_to_key
from extractor.outputs import OutputNames
from extractor.settings import Settings


def make_record(name: str, status: str = "ok", key: str = "k1", code: str | None = None) -> Record:
    return Record(input=f"/in/{name}", output=f"{name}.json", sha256="ab" * 32, status=status, code=code,
                  tool_version="0.1.0", schema_version="0.2.0", options_key=key, finished="2026-01-01T00:00:00+00:00")


def test_manifest_torn_last_line_is_skipped_and_cut(tmp_path):
    path = tmp_path / "manifest.jsonl"
    with ManifestWriter(path) as manifest:
        manifest.append(make_record("a.pdf"))
        manifest.append(make_record("b.pdf"))
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"input": "/in/c.pdf", "outp')  # a write cut short by SIGKILL
    assert [r.output for r in iter_records(path)] == ["a.pdf.json", "b.pdf.json"]
    assert repair_torn_tail(path) is True
    assert path.read_bytes() == whole
    assert repair_torn_tail(path) is False


def test_manifest_writer_appends_after_a_torn_line(tmp_path):
    path = tmp_path / "manifest.jsonl"
    path.write_bytes(json.dumps(make_record("a.pdf").model_dump()).encode() + b"\n{\"torn")
    with ManifestWriter(path) as manifest:
        manifest.append(make_record("b.pdf"))
    lines = path.read_text().splitlines()
    assert len(lines) == 2 and all(json.loads(line) for line in lines)


def test_manifest_later_record_wins_per_key(tmp_path):
    records = [make_record("a.pdf", "error", code="timeout"), make_record("a.pdf", "ok"), make_record("a.pdf", "ok", key="k2")]
    latest = records_to_latest(records)
    assert len(latest) == 2
    assert latest[("a.pdf.json", "ab" * 32, "k1")].status == "ok"


def test_manifest_options_key_changes_with_output_options():
    assert options_to_key(Settings(), None) == options_to_key(Settings(), None)
    assert options_to_key(Settings(), None) != options_to_key(Settings(ocr=False), None)
    assert options_to_key(Settings(), None) != options_to_key(Settings(), "nb_core_news_sm")


def test_manifest_inputs_files_folders_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("a.pdf", "sub/b.docx", "sub/c.pdf", ".hidden/d.pdf"):
        (tmp_path / name).write_bytes(b"x")
    found = list(iter_input_files([tmp_path / "a.pdf", str(tmp_path / "sub" / "*.pdf"), tmp_path]))
    assert [p.name for p in found] == ["a.pdf", "c.pdf", "b.docx"]
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.pdf.json").write_text("{}")
    assert all(out not in p.parents for p in iter_input_files([tmp_path], exclude=out))
    with pytest.raises(BatchUsageError):
        list(iter_input_files([tmp_path / "missing.pdf"]))
    with pytest.raises(BatchUsageError):
        list(iter_input_files([str(tmp_path / "*.none")]))


def test_manifest_output_names_never_collide(tmp_path):
    names = OutputNames(tmp_path, reserved=["summary.json"])
    paths = [Path("/a/report.pdf"), Path("/b/report.pdf"), Path("/a/report.docx"), Path("/c/summary")]
    given = {path: names.claim(path, "ab" * 32) for path in paths}
    assert given[Path("/a/report.pdf")] == "report.pdf.json"
    assert given[Path("/a/report.docx")] == "report.docx.json"
    assert given[Path("/b/report.pdf")].startswith("report.pdf.") and given[Path("/c/summary")] != "summary.json"
    assert len(set(given.values())) == 4
    assert names.claim(Path("/b/report.pdf"), "cd" * 32) == given[Path("/b/report.pdf")]  # stable per input


def test_manifest_output_names_differ_by_more_than_case(tmp_path):
    """On a file system that ignores case or Unicode normal form (macOS, a Windows share, a FAT
    disk) "Rapport.pdf.json" and "rapport.pdf.json" are one file: the second output was written
    over the first. Names are told apart as such a file system tells them."""
    names = OutputNames(tmp_path, reserved=["summary.json"])
    paths = [Path("/a/Rapport.pdf"), Path("/b/rapport.pdf"), Path("/c/RAPPORT.PDF"),
             Path("/a/\u00c5rsrapport.pdf"), Path("/b/A\u030arsrapport.pdf"), Path("/c/Summary")]
    given = [names.claim(path, "ab" * 32) for path in paths]
    assert given[0] == "Rapport.pdf.json" and given[3] == "\u00c5rsrapport.pdf.json"
    assert len({unicodedata.normalize("NFC", name).casefold() for name in given}) == len(paths)
    assert given[5].casefold() != "summary.json"  # a bookkeeping file's name in another case
    assert OutputNames(tmp_path, owners={"rapport.pdf.json": "/b/rapport.pdf"}).claim(Path("/a/Rapport.pdf"), "ab" * 32) \
        != "Rapport.pdf.json"  # held by another input in the manifest, whatever its case
