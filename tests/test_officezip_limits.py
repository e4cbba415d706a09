"""Office zip safety: bombs (declared and lying), encrypted members, DTDs in any XML part."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch.manifest import iter_records
from extractor.cli import app
from extractor.errors import Corrupt, Encrypted, TooLarge, UnsafeContent
from extractor.ingest import load, officezip
from extractor.settings import Settings
from hostile_files import CENTRAL, END, LOCAL, patch_zip

DOC = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def patch_headers(path: Path, member: str, *, flag: int | None = None, size: int | None = None,
                  crc: int | None = None) -> None:
    """Rewrite a member's flag bits, declared uncompressed size or CRC in both zip headers."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    data = bytearray(path.read_bytes())
    local = info.header_offset
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(member)] != member.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    if flag is not None:
        struct.pack_into("<H", data, local + 6, flag)
        struct.pack_into("<H", data, central + 8, flag)
    if size is not None:
        struct.pack_into("<I", data, local + 22, size)
        struct.pack_into("<I", data, central + 24, size)
    if crc is not None:
        struct.pack_into("<I", data, local + 14, crc)
        struct.pack_into("<I", data, central + 16, crc)
    path.write_bytes(bytes(data))


def read_all(path: Path, settings: Settings) -> None:
    with officezip.open_package(path, settings) as pkg:
        for name in pkg.names:
            pkg.read(name)


def test_officezip_too_many_entries(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "many.docx", {f"word/media/{i}.xml": b"<x/>" for i in range(20)})
    with pytest.raises(TooLarge, match="entries"):
        officezip.open_zip(path, Settings(zip_max_entries=10))


def test_officezip_declared_size_over_limit(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "big.docx", {"word/document.xml": b"<a>" + b"x" * (3 << 20) + b"</a>"})
    with pytest.raises(TooLarge, match="declares"):
        officezip.open_zip(path, Settings(zip_max_uncompressed_mb=2))


def test_officezip_ratio_bomb(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "bomb.docx", {"word/document.xml": b" " * (20 << 20)})
    with pytest.raises(TooLarge, match="ratio"):
        officezip.open_zip(path, Settings())


def test_officezip_lying_header_is_caught_while_reading(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "liar.docx", {"word/document.xml": b" " * (20 << 20)})
    patch_headers(path, "word/document.xml", size=1000)
    # the declared figures pass; only the bytes actually inflated give it away
    with pytest.raises(TooLarge, match="declares 1000 bytes"):
        read_all(path, Settings(zip_max_uncompressed_mb=5))


def test_officezip_damaged_member_is_corrupt(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "crc.docx", {"word/document.xml": DOC * 50})
    patch_headers(path, "word/document.xml", crc=0xDEADBEEF)
    with pytest.raises(Corrupt):
        read_all(path, Settings())


def test_officezip_encrypted_member(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "enc.docx", {"word/document.xml": DOC})
    patch_headers(path, "word/document.xml", flag=0x1)
    with pytest.raises(Encrypted):
        officezip.open_zip(path, Settings())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_officezip_dtd_in_any_xml_part_refused(tmp_path: Path, encoding: str) -> None:
    core = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><x>&e;</x>'.encode(encoding)
    path = write_zip(tmp_path / "xxe.docx", {"word/document.xml": DOC, "docProps/core.xml": core})
    with pytest.raises(UnsafeContent):
        officezip.open_package(path, Settings())


def test_officezip_safe_parser_never_resolves_entities() -> None:
    from lxml import etree

    data = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><x>&e;</x>'
    root = etree.fromstring(data, officezip.safe_xml_parser())
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\x00"
    assert hostname not in "".join(root.itertext())


def test_officezip_clean_package_reads(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "ok.docx", {"word/document.xml": DOC, "[Content_Types].xml": b"<Types/>"})
    with officezip.open_package(path, Settings()) as pkg:
        assert pkg.read_xml("word/document.xml").tag.endswith("document")
        assert not officezip.is_macro_enabled(pkg)


ODD_ZIPS = {  # what zipfile raised on each, which escaped as internal (extract) / unreadable (batch)
    "version": (CENTRAL, 6, 99, "<H"),  # "needs version 9.9": NotImplementedError on opening
    "method": (LOCAL, 8, 99, "<H"),  # compression method 99: NotImplementedError on reading
    "directory_offset": (END, 16, 0xFFFFFF00, "<I"),  # a seek before the file start: OSError EINVAL
}


def odd_zip(folder: Path, kind: str) -> Path:
    signature, offset, value, fmt = ODD_ZIPS[kind]
    plain = write_zip(folder / "plain.docx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": DOC})
    data = plain.read_bytes()
    if kind == "method":
        data = patch_zip(data, CENTRAL, 10, value)
    path = folder / f"{kind}.docx"
    path.write_bytes(patch_zip(data, signature, offset, value, fmt))
    return path


@pytest.mark.parametrize("kind", sorted(ODD_ZIPS))
def test_officezip_odd_zip_is_corrupt(tmp_path: Path, kind: str) -> None:
    with pytest.raises(Corrupt):
        load(odd_zip(tmp_path, kind))


def test_officezip_odd_zips_are_corrupt_in_extract_and_batch(tmp_path: Path) -> None:
    paths = [odd_zip(tmp_path, kind) for kind in sorted(ODD_ZIPS)]
    result = CliRunner().invoke(app, ["extract", *map(str, paths), "--out-dir", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert [line.split()[0] for line in result.stderr.splitlines() if line.startswith("error")] == ["error[corrupt]"] * 3
    out = tmp_path / "batch"
    result = CliRunner().invoke(app, ["batch", *map(str, paths), "--out", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert sorted(r.code for r in iter_records(out / "manifest.jsonl")) == ["corrupt"] * 3
