"""Choose a loader from the file's leading bytes (and, for containers, their directory),
never from its extension: a PDF renamed .docx is a PDF.

A Word document saved as a web page (HTML or MHT, often named .doc) is read through
LibreOffice; any other web page is unsupported (``webpage``).

A macro-enabled Word package (.docm) is read as DOCX: we only read its XML text, macros are
never run, and ``load_docx`` records a warning in ``SourceInfo.warnings``.
"""
from __future__ import annotations

import mmap
import re
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.document import Format
from extractor.errors import Corrupt, Empty, Encrypted, UnsupportedFormat
from extractor.ingest.webpage import word_web_format
from extractor.settings import Settings

if TYPE_CHECKING:
    from extractor.ingest import officezip

HEAD_BYTES = 8192
PDF_WINDOW = 1024  # Acrobat accepts %PDF- anywhere in the first 1 KB
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODT_MIME = b"application/vnd.oasis.opendocument.text"
OLE_DIR_ENTRY = 128
WORD_FIB_IDENTS = {0xA5EC, 0xA5DC}  # Word 97+ and Word 6/95
FIB_ENCRYPTED = 0x0100  # fEncrypted: bit 8 of the flags at offset 0x0A of the FIB

_IMAGE_MAGICS = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    # word processors older than Word 97 that LibreOffice is not asked to read: named, not "binary data"
    b"\xffWPC": "a WordPerfect document",
    b"\x31\xbe\x00\x00\x00\xab": "a Word for DOS document",
    b"\x9b\xa5": "a Word for Windows 1 file (older than the Word 97 format read here)",
    b"\xdb\xa5": "a Word for Windows 2 file (older than the Word 97 format read here)",
}
# OLE2 files that are not Word: the stream that tells, and what the file is
OLE_OTHER_STREAMS = {"Workbook": "an Excel 97 workbook", "Book": "an Excel 95 workbook",
                     "PowerPoint Document": "a PowerPoint 97 presentation", "MatOST": "a Microsoft Works document",
                     "VisioDocument": "a Visio drawing"}


def sniff(path: Path, settings: Settings) -> Format:
    """The format of ``path``; raises Empty, Corrupt, Encrypted or UnsupportedFormat."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head.strip(b"\x00 \t\r\n"):
        raise Empty("the file is empty (no content bytes)")
    if b"%PDF-" in head[:PDF_WINDOW]:
        return Format.PDF
    if head.startswith(ZIP_MAGICS):
        return zip_to_format(path, settings)
    if head.startswith(OLE_MAGIC):
        return ole_to_format(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return Format.RTF
    if (web := word_web_format(head)) is not None:
        return web
    if looks_like_headless_pdf(head):
        raise Corrupt("a damaged PDF: PDF objects but no %PDF- header in the first 1 KB")
    raise UnsupportedFormat(f"not a PDF or Word document: it looks like {describe_head(head)}")


def looks_like_headless_pdf(head: bytes) -> bool:
    """PDF object syntax without the header (fuzzed or cut files): say it is a broken PDF."""
    return bool(re.search(rb"\d+\s+\d+\s+obj\b|\bstartxref\b|\bxref\s", head)) and (
        b"<<" in head or b"startxref" in head
    )


def zip_to_format(path: Path, settings: Settings) -> Format:
    from extractor.ingest import officezip  # lxml and the zip checks: not for a PDF

    with officezip.open_zip(path, settings) as pkg:
        names = pkg.names
        if "word/document.xml" in names or main_part_is_word(pkg):
            return Format.DOCX
        if "mimetype" in names:
            mime = pkg.read("mimetype").strip()
            if mime == ODT_MIME:
                return Format.ODT
            raise UnsupportedFormat(f"an OpenDocument file of type {mime.decode('ascii', 'replace')}, not a text document")
        if "index.xml" in names or "Index/Document.iwa" in names:
            raise UnsupportedFormat("an Apple Pages document; export it to PDF or Word first")
        if "xl/workbook.xml" in names:
            raise UnsupportedFormat("an Excel workbook, not a Word document")
        if "ppt/presentation.xml" in names:
            raise UnsupportedFormat("a PowerPoint presentation, not a Word document")
    raise UnsupportedFormat("a zip archive that is not a Word or OpenDocument text document")


def main_part_is_word(pkg: officezip.OfficeZip) -> bool:
    """A package whose main part is not at the usual path: ask its content types."""
    if not pkg.has("[Content_Types].xml"):
        return False
    types = pkg.read("[Content_Types].xml")
    return b"wordprocessingml.document.main" in types or b"ms-word.document.macroEnabled.main" in types


def ole_to_format(path: Path) -> Format:
    """OLE2 compound file: a Word .doc, or an encrypted OOXML package (Word keeps those in OLE2)."""
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        if ole_entry(buf, "EncryptedPackage") is not None or ole_entry(buf, "EncryptionInfo") is not None:
            raise Encrypted("a password-protected Office document (encrypted OOXML package)")
        word = ole_entry(buf, "WordDocument")
        if word is None:
            for stream, what in OLE_OTHER_STREAMS.items():
                if ole_entry(buf, stream) is not None:
                    raise UnsupportedFormat(f"{what}, not a Word document")
            raise Corrupt("an OLE2 compound file without a readable WordDocument stream")
        if word_fib_encrypted(buf, word):
            raise Encrypted("a password-protected Word document")
    return Format.DOC


def ole_entry(buf: mmap.mmap, name: str) -> int | None:
    """Offset of the 128-byte directory entry named ``name``, found by scanning; directory
    sectors start on 128-byte boundaries and names are UTF-16LE with their byte length at 0x40."""
    needle = name.encode("utf-16-le") + b"\x00\x00"
    start = 0
    while (pos := buf.find(needle, start)) != -1:
        if pos % OLE_DIR_ENTRY == 0 and pos + OLE_DIR_ENTRY <= len(buf):
            (name_len,) = struct.unpack_from("<H", buf, pos + 0x40)
            if name_len == len(needle):
                return pos
        start = pos + 1
    return None


def word_fib_encrypted(buf: mmap.mmap, entry: int) -> bool:
    """Read fEncrypted from the FIB at the start of the WordDocument stream. Streams below the
    mini-stream cutoff live elsewhere; those (rare for Word) are left to LibreOffice."""
    (sector_shift,) = struct.unpack_from("<H", buf, 0x1E)
    (mini_cutoff,) = struct.unpack_from("<I", buf, 0x38)
    start_sector, size = struct.unpack_from("<II", buf, entry + 0x74)
    if sector_shift not in (9, 12) or size < max(mini_cutoff, 4096):
        return False
    offset = (start_sector + 1) << sector_shift
    if offset + 12 > len(buf):
        return False
    ident, = struct.unpack_from("<H", buf, offset)
    flags, = struct.unpack_from("<H", buf, offset + 0x0A)
    return ident in WORD_FIB_IDENTS and bool(flags & FIB_ENCRYPTED)


def describe_head(head: bytes) -> str:
    """What an unsupported file looks like, for the error message."""
    for magic, what in _IMAGE_MAGICS.items():
        if head.startswith(magic):
            return what
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text or b"<body" in text:
        return "an HTML page"
    if text.startswith(b"<?xml"):
        return "an XML file"
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the window is still text
        decoded = head[: exc.start].decode("utf-8") if exc.start > len(head) - 4 else ""
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    if decoded and printable / len(decoded) > 0.95:
        return "plain text"
    return "unrecognised binary data"
