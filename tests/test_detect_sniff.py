"""Format detection from leading bytes and container directories, never from the extension."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from extractor.document import Format
from extractor.errors import Corrupt, Empty, Encrypted, UnsupportedFormat
from extractor.ingest.detect import sniff
from extractor.settings import DEFAULT_SETTINGS


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def write_zip(tmp_path: Path, name: str, members: dict[str, bytes]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return path


def ole_file(tmp_path: Path, name: str, entries: list[str], word_flags: int | None = None) -> Path:
    """A minimal OLE2 compound file: header, one directory sector, optionally a WordDocument
    stream whose FIB carries ``word_flags``."""
    sector = 512
    header = bytearray(sector)
    header[:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<H", header, 0x1E, 9)  # 512-byte sectors
    struct.pack_into("<I", header, 0x38, 4096)  # mini-stream cutoff
    directory = bytearray(sector)
    for i, entry in enumerate(["Root Entry", *entries]):
        encoded = entry.encode("utf-16-le") + b"\x00\x00"
        base = i * 128
        directory[base : base + len(encoded)] = encoded
        struct.pack_into("<H", directory, base + 0x40, len(encoded))
        if entry == "WordDocument":
            struct.pack_into("<II", directory, base + 0x74, 1, 8192)  # starts at sector 1
    stream = bytearray(8192)
    struct.pack_into("<HH", stream, 0, 0xA5EC, 0)
    struct.pack_into("<H", stream, 0x0A, word_flags or 0)
    return write(tmp_path, name, bytes(header) + bytes(directory) + bytes(stream))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Format.PDF),
        (b"\x00" * 200 + b"junk before %PDF-1.4\n", Format.PDF),  # header within the first 1 KB
        (b"{\\rtf1\\ansi Hei}", Format.RTF),
        (b"\xef\xbb\xbf{\\rtf1 Hei}", Format.RTF),
    ],
)
def test_detect_by_leading_bytes(tmp_path: Path, data: bytes, expected: Format) -> None:
    # the extension lies on purpose: detection must not look at it
    assert sniff(write(tmp_path, "file.docx", data), DEFAULT_SETTINGS) is expected


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG image"),
        (b"<!DOCTYPE html><html><body>Hei</body></html>", "HTML"),
        ("Årsrapport 2022\nStyret består av ...\n".encode(), "plain text"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_detect_unsupported_says_what_it_looks_like(tmp_path: Path, data: bytes, looks_like: str) -> None:
    with pytest.raises(UnsupportedFormat, match=looks_like):
        sniff(write(tmp_path, "report.pdf", data), DEFAULT_SETTINGS)


def test_detect_pdf_without_header_is_corrupt(tmp_path: Path) -> None:
    with pytest.raises(Corrupt, match="damaged PDF"):
        sniff(write(tmp_path, "x.pdf", b"1 0 obj\n<< /Type /Catalog >>\nendobj\nstartxref\n0\n"), DEFAULT_SETTINGS)


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x00" * 100])
def test_detect_empty(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(Empty):
        sniff(write(tmp_path, "e.docx", data), DEFAULT_SETTINGS)


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}, Format.DOCX),
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, Format.ODT),
        ({"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
          "word/main.xml": b"<w:document/>"}, Format.DOCX),
    ],
)
def test_detect_office_zips(tmp_path: Path, members: dict[str, bytes], expected: Format) -> None:
    assert sniff(write_zip(tmp_path, "file.bin", members), DEFAULT_SETTINGS) is expected


@pytest.mark.parametrize(
    ("members", "looks_like"),
    [
        ({"index.xml": b"<sl:document/>"}, "Apple Pages"),
        ({"Index/Document.iwa": b"\x00"}, "Apple Pages"),
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}, "spreadsheet"),
        ({"xl/workbook.xml": b"<workbook/>"}, "Excel"),
        ({"photo.jpg": b"\xff\xd8\xff"}, "zip archive"),
    ],
)
def test_detect_other_zips_unsupported(tmp_path: Path, members: dict[str, bytes], looks_like: str) -> None:
    with pytest.raises(UnsupportedFormat, match=looks_like):
        sniff(write_zip(tmp_path, "file.docx", members), DEFAULT_SETTINGS)


def test_detect_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    whole = write_zip(tmp_path, "whole.docx", {"word/document.xml": b"<w:document/>" * 100}).read_bytes()
    with pytest.raises(Corrupt):
        sniff(write(tmp_path, "cut.docx", whole[: len(whole) // 2]), DEFAULT_SETTINGS)


def test_detect_ole_word_document(tmp_path: Path) -> None:
    assert sniff(ole_file(tmp_path, "a.doc", ["WordDocument", "1Table"]), DEFAULT_SETTINGS) is Format.DOC


def test_detect_ole_word_with_fencrypted_bit(tmp_path: Path) -> None:
    with pytest.raises(Encrypted):
        sniff(ole_file(tmp_path, "p.doc", ["WordDocument", "1Table"], word_flags=0x0100), DEFAULT_SETTINGS)


def test_detect_encrypted_ooxml_in_ole(tmp_path: Path) -> None:
    with pytest.raises(Encrypted, match="encrypted OOXML"):
        sniff(ole_file(tmp_path, "secret.docx", ["EncryptionInfo", "EncryptedPackage"]), DEFAULT_SETTINGS)


def test_detect_ole_excel_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match="Excel"):
        sniff(ole_file(tmp_path, "book.doc", ["Workbook"]), DEFAULT_SETTINGS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("asker-produkt-2022.pdf", Format.PDF),
        ("asker-produkt-2022.scan.pdf", Format.PDF),
        ("asker-produkt-2022.docx", Format.DOCX),
        ("asker-produkt-2022.doc", Format.DOC),
        ("sosial-profil-asker.docx", Format.DOCX),
    ],
)
def test_detect_corpus_files(corpus_dir: Path, name: str, expected: Format) -> None:
    assert sniff(corpus_dir / name, DEFAULT_SETTINGS) is expected


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (b"\xffWPC\x10\x00\x00\x00\x01\x0a\x02\x01", "WordPerfect"),
        (b"\x31\xbe\x00\x00\x00\xab", "Word for DOS"),
        (struct.pack("<H", 0xA59B), "Word for Windows 1"),
        (struct.pack("<H", 0xA5DB), "Word for Windows 2"),
    ],
)
def test_detect_pre_word97_processor_files_are_named(tmp_path: Path, head: bytes, named: str) -> None:
    """Old archives hold WordPerfect and early Word files named .doc: the error says which, not
    "unrecognised binary data"."""
    path = write(tmp_path, "arsmelding-1991.doc", head + b"\x00" * 64 + b"Styret i Eksempelbygd sparebank " * 40)
    with pytest.raises(UnsupportedFormat, match=named):
        sniff(path, DEFAULT_SETTINGS)


def test_detect_ole_works_document_is_named_not_corrupt(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat, match="Works"):
        sniff(ole_file(tmp_path, "arsmelding.doc", ["MatOST", "CONTENTS"]), DEFAULT_SETTINGS)
