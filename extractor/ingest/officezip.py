"""Safety checks for Office zip packages (DOCX, DOCM, ODT) before any parser sees them.

Zip headers can lie (a member declaring 1 000 bytes that inflates to 600 MB), so the declared
sizes are checked first and every member is then read through a stream with a hard cap on the
bytes it actually produces. XML parts are refused outright when they carry a DOCTYPE or an
ENTITY declaration: no Office application writes one, and it is how external-entity (XXE) and
billion-laughs attacks start. The parser we use never resolves entities either way.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from extractor.errors import Corrupt, Encrypted, TooLarge, UnsafeContent
from extractor.settings import Settings

# Small members inflate at high ratios legitimately (an empty styles table); the ratio check
# starts above this size, as in Apache POI's ZipSecureFile.
RATIO_GRACE_BYTES = 1 << 20
READ_CHUNK = 1 << 16
# What zipfile raises on damaged archives: NotImplementedError for a version or method it does
# not know, OSError (EINVAL) for a seek to a negative offset computed from lying headers.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, struct.error)
XML_SUFFIXES = (".xml", ".rels", ".vml")
# "<!DOCTYPE"/"<!ENTITY" in the encodings an XML part may use (UTF-8/ASCII, UTF-16 LE and BE).
_DTD_MARKERS = tuple(
    marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")
)


def safe_xml_parser() -> etree.XMLParser:
    """An lxml parser that never loads a DTD, never resolves an entity, never touches the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=True
    )


@dataclass(slots=True)
class OfficeZip:
    """An opened, checked package; ``read`` enforces the byte budget on what members inflate to."""

    zf: zipfile.ZipFile
    settings: Settings
    names: set[str] = field(default_factory=set)
    inflated: int = 0

    @property
    def budget(self) -> int:
        return int(self.settings.zip_max_uncompressed_mb * 1024 * 1024)

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        info = self.zf.getinfo(name)
        try:
            data = read_capped(self.zf, info, self.budget - self.inflated, self.settings.zip_max_ratio)
        except ZIP_ERRORS as exc:
            if raw_inflates_past(self.zf, info, self.budget - self.inflated, self.settings.zip_max_ratio):
                raise TooLarge(
                    f"zip member {name} declares {info.file_size} bytes but inflates far beyond (lying header, zip bomb)"
                ) from exc
            raise Corrupt(f"zip member {name} cannot be read: {exc}") from exc
        self.inflated += len(data)
        return data

    def read_xml(self, name: str) -> etree._Element:
        """Parse one XML part with the safe parser; DOCTYPE/ENTITY → UnsafeContent."""
        data = self.read(name)
        check_no_dtd(data, name)
        try:
            return etree.fromstring(data, safe_xml_parser())
        except etree.XMLSyntaxError as exc:
            raise Corrupt(f"XML part {name} is malformed or nested too deeply: {exc}") from exc

    def close(self) -> None:
        self.zf.close()

    def __enter__(self) -> OfficeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, max_ratio: float) -> bytes:
    """Inflate one member, stopping as soon as it produces more than ``limit`` bytes or inflates
    more than ``max_ratio`` times its compressed size (past the grace size)."""
    chunks: list[bytes] = []
    total = 0
    compressed = max(info.compress_size, 1)
    with zf.open(info) as stream:
        # zipfile stops at the declared size and then checks the CRC, so a lying header ends in
        # BadZipFile; the explicit limits below also hold if it did not.
        while chunk := stream.read(READ_CHUNK):
            total += len(chunk)
            if total > limit:
                raise TooLarge(f"zip member {info.filename} inflates past the uncompressed-size limit")
            if total > RATIO_GRACE_BYTES and total / compressed > max_ratio:
                raise TooLarge(f"zip member {info.filename} inflates more than {max_ratio:.0f}x (zip bomb)")
            chunks.append(chunk)
    return b"".join(chunks)


def raw_inflates_past(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, max_ratio: float) -> bool:
    """After zipfile stopped at the declared size (bad CRC), inflate the raw deflate stream in
    bounded steps to tell a lying-header bomb (TooLarge) from plain damage (Corrupt)."""
    if info.compress_type != zipfile.ZIP_DEFLATED or zf.fp is None:
        return False
    try:
        zf.fp.seek(info.header_offset)
        header = zf.fp.read(30)
        if len(header) < 30 or not header.startswith(b"PK\x03\x04"):
            return False
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        zf.fp.seek(info.header_offset + 30 + name_len + extra_len)
    except OSError:  # an offset before the file start (EINVAL)
        return False
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total, compressed = 0, max(info.compress_size, 1)
    remaining = info.compress_size
    pending = b""
    try:
        while remaining > 0 or pending:
            if not pending:
                pending = zf.fp.read(min(READ_CHUNK, remaining))
                remaining -= len(pending)
                if not pending:
                    break
            total += len(inflater.decompress(pending, READ_CHUNK * 16))
            pending = inflater.unconsumed_tail
            if total > limit or (total > RATIO_GRACE_BYTES and total / compressed > max_ratio):
                return True
            if inflater.eof:
                break
    except (zlib.error, OSError):
        return False
    return False


def check_no_dtd(data: bytes, name: str) -> None:
    if any(marker in data for marker in _DTD_MARKERS):
        raise UnsafeContent(f"XML part {name} declares a DOCTYPE or entities (possible XXE); refused")


def check_entries(infos: list[zipfile.ZipInfo], settings: Settings) -> None:
    """Refuse bombs and encrypted members from the central directory alone."""
    if len(infos) > settings.zip_max_entries:
        raise TooLarge(f"the zip holds {len(infos)} entries, over the {settings.zip_max_entries} limit")
    declared = sum(i.file_size for i in infos)
    if declared > settings.zip_max_uncompressed_mb * 1024 * 1024:
        raise TooLarge(
            f"the zip declares {declared / 2**20:.0f} MB uncompressed, over the "
            f"{settings.zip_max_uncompressed_mb:.0f} MB limit"
        )
    for info in infos:
        if info.flag_bits & 0x1:
            raise Encrypted(f"zip member {info.filename} is encrypted")
        if info.file_size > RATIO_GRACE_BYTES and info.file_size / max(info.compress_size, 1) > settings.zip_max_ratio:
            raise TooLarge(f"zip member {info.filename} declares a compression ratio over {settings.zip_max_ratio:.0f}")


def open_zip(path: Path, settings: Settings) -> OfficeZip:
    """Open and check a zip package; unreadable → Corrupt, bombs → TooLarge, encrypted → Encrypted."""
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except ZIP_ERRORS as exc:
        raise Corrupt(f"not a readable zip archive (truncated or damaged): {exc}") from exc
    try:
        check_entries(infos, settings)
    except Exception:
        zf.close()
        raise
    return OfficeZip(zf, settings, {i.filename for i in infos})


def check_xml_parts(pkg: OfficeZip) -> None:
    """Scan every XML part for DTDs, reading through the capped stream (covers lying headers)."""
    for name in sorted(pkg.names):
        if name.lower().endswith(XML_SUFFIXES):
            check_no_dtd(pkg.read(name), name)


def open_package(path: Path, settings: Settings) -> OfficeZip:
    """``open_zip`` plus the XML scan: what every Office reader and the converter call first."""
    pkg = open_zip(path, settings)
    try:
        check_xml_parts(pkg)
        pkg.inflated = 0  # the readers re-read the same parts; the scan proved they fit once
    except Exception:
        pkg.close()
        raise
    return pkg


_MACRO_CT = re.compile(rb"macroEnabled", re.IGNORECASE)


def is_macro_enabled(pkg: OfficeZip) -> bool:
    """A .docm/.dotm: macro-enabled main content type or a VBA project part."""
    if any(n.lower().endswith("vbaproject.bin") for n in pkg.names):
        return True
    return pkg.has("[Content_Types].xml") and bool(_MACRO_CT.search(pkg.read("[Content_Types].xml")))


def read_members(pkg: OfficeZip) -> dict[str, bytes]:
    """Every member by name: XML parts read through the capped ``read``, everything else (images,
    fonts, vbaProject.bin) as an empty placeholder. No reader here looks at those bytes, and a
    library that walks the package (python-docx) only needs the parts to exist."""
    return {n: pkg.read(n) if n.lower().endswith(XML_SUFFIXES) else b"" for n in sorted(pkg.names) if not n.endswith("/")}


def members_to_zip(members: dict[str, bytes]) -> io.BytesIO:
    """An uncompressed in-memory zip of already checked bytes, for a library that opens the
    package itself: it never inflates anything the checks above did not see."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    buf.seek(0)
    return buf
