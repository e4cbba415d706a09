"""Hostile and odd inputs: every non-PDF bad file ends as a Document or one ExtractorError with
the expected code, within a time limit, without leaking local files; every bad file, PDFs
included, is detected without any other exception.

macro.docm is read (text only, macros are never run) with a warning: the documented choice.
"""
from __future__ import annotations

import os
import signal
import zipfile
from pathlib import Path

import pytest

from extractor.document import Document, Format
from extractor.errors import ExtractorError, UnsafeContent
from extractor.ingest import load
from extractor.ingest.detect import sniff
from extractor.settings import DEFAULT_SETTINGS

# collection needs the list before fixtures exist; same lookup as conftest's badfiles_dir
SHARED_BAD = Path(os.environ.get("EXTRACTOR_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "badfiles"
DOCUMENT = "document"

EXPECTED = {
    "crafted/billion_laughs.docx": "unsafe_content",
    "crafted/deep_xml.docx": "corrupt",
    "crafted/good.docx": DOCUMENT,
    "crafted/lying_header.docx": "too_large",
    "crafted/macro.docm": DOCUMENT,
    "crafted/no_content_types.docx": DOCUMENT,
    "crafted/old_binary.doc": "corrupt",
    "crafted/truncated.docx": "corrupt",
    "crafted/xxe.docx": "unsafe_content",
    "crafted/zipbomb_300MB.docx": "too_large",
    "public/apache-poi__51921-Word-Crash067.docx": "empty",
    "public/apache-poi__55733.docx": DOCUMENT,
    "public/apache-poi__EmptyDocumentWithHeaderFooter.docx": "empty",
    "public/apache-poi__ExternalEntityInText.docx": "unsafe_content",
    "public/apache-poi__Fuzzed.doc": DOCUMENT,
    "public/apache-poi__MultipleBodyBug.docx": DOCUMENT,
    "public/apache-poi__PasswordProtected.doc": "encrypted",
    "public/apache-poi__Word6.doc": DOCUMENT,
    "public/apache-poi__Word95.doc": DOCUMENT,
    "public/apache-poi__clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx": "corrupt",
    "public/apache-poi__clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx": "corrupt",
    "public/apache-poi__documentProtection_readonly_no_password.docx": DOCUMENT,
    "public/apache-poi__empty.doc": "empty",
    "public/apache-poi__password_password_cryptoapi.doc": "encrypted",
    "public/apache-poi__protected_sample.docx": DOCUMENT,
    "public/apache-poi__truncated62886.docx": "corrupt",
    "public/odfpy__nasty.odt": "unsafe_content",
}
NEEDS_SOFFICE = {name for name in EXPECTED if name.endswith(".doc") and EXPECTED[name] in (DOCUMENT, "empty")}
TIME_LIMIT_S = 120


def all_bad_files() -> list[str]:
    if not SHARED_BAD.is_dir():
        return []
    return sorted(str(p.relative_to(SHARED_BAD)) for p in SHARED_BAD.glob("*/*") if p.name != "PROVENANCE.md")


class HangGuard:
    """Fail instead of hanging the suite (SIGALRM, main thread only)."""

    def __enter__(self) -> None:
        signal.signal(signal.SIGALRM, self.fire)
        signal.alarm(TIME_LIMIT_S)

    def __exit__(self, *exc: object) -> None:
        signal.alarm(0)

    @staticmethod
    def fire(*_: object) -> None:
        raise AssertionError(f"took longer than {TIME_LIMIT_S} s")


def outcome(path: Path) -> tuple[str, Document | None]:
    with HangGuard():
        try:
            return DOCUMENT, load(path)
        except ExtractorError as exc:
            assert exc.path == str(path)
            return exc.code, None


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.needs_soffice) if n in NEEDS_SOFFICE else n for n in EXPECTED],
)
def test_badfiles_ingest_expected_outcome(badfiles_dir: Path, name: str) -> None:
    code, doc = outcome(badfiles_dir / name)
    assert code == EXPECTED[name]
    if doc is not None:
        hostname = Path("/etc/hostname").read_text().strip()
        texts = [b.text for b in doc.blocks()] + [c.text for t in doc.tables() for r in t.rows for c in r]
        assert any(texts)
        assert all(hostname not in t.split() for t in texts)


def test_badfiles_macro_docm_read_with_warning(badfiles_dir: Path) -> None:
    doc = load(badfiles_dir / "crafted/macro.docm")
    assert doc.source.format is Format.DOCX
    assert any("macro" in w for w in doc.source.warnings)


def test_badfiles_pdf_renamed_docx_detected_as_pdf(badfiles_dir: Path) -> None:
    assert sniff(badfiles_dir / "crafted/pdf_renamed.docx", DEFAULT_SETTINGS) is Format.PDF


def test_badfiles_expected_table_is_complete(badfiles_dir: Path) -> None:
    non_pdf = {n for n in all_bad_files() if not n.endswith(".pdf") and n != "crafted/pdf_renamed.docx"}
    assert non_pdf == set(EXPECTED)


@pytest.mark.parametrize("name", all_bad_files())
def test_badfiles_detection_never_raises_anything_else(badfiles_dir: Path, name: str) -> None:
    with HangGuard():
        try:
            fmt = sniff(badfiles_dir / name, DEFAULT_SETTINGS)
        except ExtractorError:
            return
    assert isinstance(fmt, Format)


def test_badfiles_xxe_to_private_file_never_leaks(tmp_path: Path) -> None:
    """Regression: an external entity pointing at a local file must not reach any output."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", document)
    with pytest.raises(UnsafeContent) as caught:
        load(path)
    assert "TOPSECRET" not in caught.value.one_line()
