"""The in-memory package python-docx opens: content types derived from the relationships and
the repairs python-docx needs to read what Word and LibreOffice read."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extractor.document import Format, SourceInfo
from extractor.errors import Corrupt, UnsupportedFormat
from extractor.ingest.docx import load_docx
from extractor.settings import DEFAULT_SETTINGS
from test_docx_reader import blocks, make_docx, para, read

REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
STRICT_MAIN = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def rewrite(path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """Copy of ``path`` with text replaced in some members."""
    out = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name).decode()
            if name in edits:
                data = data.replace(*edits[name])
            zout.writestr(name, data)
    return out


@pytest.mark.parametrize(
    "relationship",
    [
        f'<Relationship Id="rId9" Type="{REL_IMAGE}" Target="NULL"/>',  # python-openxml/python-docx#797
        f'<Relationship Id="rId9" Type="{REL_IMAGE}" Target="#_top"/>',  # python-openxml/python-docx#1351
        f'<Relationship Id="rId9" Type="{REL_HEADER}" Target="header9.xml"/>',
        f'<Relationship Id="rId9" Type="{REL_IMAGE}"/>',
    ],
)
def test_docx_package_broken_relationship_still_read(tmp_path: Path, relationship: str) -> None:
    path = make_docx(tmp_path / "r.docx", para("Overskrift", "Heading1") + para("Tekst."), header=para("Topp"))
    doc = read(rewrite(path, {"word/_rels/document.xml.rels": ("</Relationships>", relationship + "</Relationships>")}))
    assert blocks(doc) == [("heading", 1, "Overskrift"), ("paragraph", None, "Tekst.")]
    assert [b.text for b in doc.furniture] == ["Topp"]


@pytest.mark.parametrize(
    "content_type",
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/xml",
    ],
)
def test_docx_package_template_or_generic_main_type_read(tmp_path: Path, content_type: str) -> None:
    doc = read(make_docx(tmp_path / "t.docx", para("Mal", "Heading1"), content_type=content_type))
    assert blocks(doc) == [("heading", 1, "Mal")]


def test_docx_package_without_package_relationships_read(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "n.docx", para("Tekst uten rels."))
    out = tmp_path / "norels.docx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            if name != "_rels/.rels":
                zout.writestr(name, zin.read(name))
    assert blocks(read(out)) == [("paragraph", None, "Tekst uten rels.")]


def test_docx_package_strict_ooxml_is_unsupported(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "s.docx", para("Strict"))
    transitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    with pytest.raises(UnsupportedFormat, match="Strict"):
        read(rewrite(path, {"_rels/.rels": (transitional, STRICT_MAIN)}))


def test_docx_package_malformed_style_markup_read_leniently(tmp_path: Path) -> None:
    """python-docx's typed accessors raise on ``<w:name/>`` and a bad ``w:sz``; the heading still
    reads from its style id, and the broken base style does not stop the chain."""
    path = make_docx(tmp_path / "m.docx", para("Overskrift", "Heading1") + para("Tekst."))
    doc = read(rewrite(path, {"word/styles.xml": (
        '<w:name w:val="heading 1"/>', '<w:name/>')}))
    assert blocks(doc)[0] == ("heading", 1, "Overskrift")
    doc = read(rewrite(path, {"word/styles.xml": (
        '<w:name w:val="Normal"/>', '<w:name w:val="Normal"/><w:rPr><w:sz w:val="abc"/></w:rPr>')}))
    assert blocks(doc)[0] == ("heading", 1, "Overskrift")


@pytest.mark.parametrize("part", ["word/styles.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml"])
def test_docx_package_malformed_side_part_leaves_the_body_read(tmp_path: Path, part: str) -> None:
    """A styles, header, footer or notes part that is not XML (a damaged old file) was the
    whole document's ``corrupt``; the body is read without it, with a warning naming it."""
    path = make_docx(tmp_path / "s.docx", para("Styret består av Kari Nordmann.") + para("Tekst."),
                     header=para("Topp"), footer=para("Bunn"), extra={part: b"\x00<w:broken not xml"})
    source = SourceInfo(str(path), "0", Format.DOCX)
    doc = load_docx(path, source, DEFAULT_SETTINGS)
    assert [b.text for b in doc.blocks()] == ["Styret består av Kari Nordmann.", "Tekst."]
    assert len(source.warnings) == 1 and part in source.warnings[0]


def test_docx_package_malformed_main_part_is_still_corrupt(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "m.docx", para("Tekst.") + "<w:p><w:r>")  # unclosed: the main part is not XML
    with pytest.raises(Corrupt):
        read(path)
