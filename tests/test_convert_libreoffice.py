"""LibreOffice conversion of .doc/.odt/.rtf: same content as the DOCX, isolation, limits."""
from __future__ import annotations

import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from extractor.document import Block, Document, Format
from extractor.errors import ConversionFailed, MissingDependency, Timeout
from extractor.ingest import load
from extractor.ingest.convert import find_soffice
from extractor.settings import Settings
from test_docx_reader import cell, make_docx, para, row, table

needs_soffice = pytest.mark.needs_soffice


def item_signature(doc: Document) -> list[tuple]:
    return [
        (i.kind.value, i.level, i.text) if isinstance(i, Block) else ("table", tuple(map(tuple, i.text_rows())))
        for i in doc.items
    ]


def soffice_convert(src: Path, target: str, outdir: Path) -> Path:
    """Make a test input with LibreOffice itself (the reader's own conversion is what is tested)."""
    profile = (outdir / "profile").as_uri()
    subprocess.run(
        [find_soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=120,
    )
    return outdir / f"{src.stem}.{target}"


@pytest.fixture()
def sample_docx(tmp_path: Path) -> Path:
    body = (para("Årsrapport 2022", "Heading1") + para("Styret", "Heading2")
            + para("Asker Produkt AS hadde 64 % måloppnåelse.")
            + table(row(cell(para("Styreleder")), cell(para("Per S. Thoresen"))),
                    row(cell(para("Nestleder")), cell(para("Vera Selnes"))))
            + para("Word ends a body with a paragraph, never a table."))
    return make_docx(tmp_path / "sample.docx", body)


@needs_soffice
def test_convert_corpus_doc_matches_docx(corpus_dir: Path) -> None:
    doc = load(corpus_dir / "asker-produkt-2022.doc")
    assert doc.source.format is Format.DOC and doc.source.converted_from is Format.DOC
    assert doc.source.path.endswith(".doc")
    assert item_signature(doc) == item_signature(load(corpus_dir / "asker-produkt-2022.docx"))


@needs_soffice
@pytest.mark.parametrize(("target", "fmt"), [("odt", Format.ODT), ("rtf", Format.RTF), ("doc", Format.DOC)])
def test_convert_formats_give_same_blocks_as_docx(sample_docx: Path, tmp_path: Path, target: str, fmt: Format) -> None:
    converted = soffice_convert(sample_docx, target, tmp_path / target)
    doc = load(converted)
    assert doc.source.format is fmt and doc.source.converted_from is fmt
    assert item_signature(doc) == item_signature(load(sample_docx))


@needs_soffice
def test_convert_parallel_conversions_do_not_collide(corpus_dir: Path) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        docs = list(pool.map(lambda _: load(corpus_dir / "asker-produkt-2022.doc"), range(3)))
    assert len({len(d.items) for d in docs}) == 1 and len(docs[0].items) > 100


@needs_soffice
def test_convert_timeout_kills_libreoffice(corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    started = time.monotonic()
    with pytest.raises(Timeout):
        load(corpus_dir / "asker-produkt-2022.doc", Settings(conversion_timeout_s=0.2))
    assert time.monotonic() - started < 30
    assert not list(tmp_path.glob("extractor-lo-*")), "the private work folder must be removed"
    leftover = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True)
    assert leftover.stdout.strip() == "", "no LibreOffice process may outlive the time-out"


def test_convert_without_libreoffice_names_the_package(corpus_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependency, match="libreoffice-writer"):
        load(corpus_dir / "asker-produkt-2022.doc")


@pytest.mark.parametrize(("script", "said"), [
    ("kill -SEGV $$", "LibreOffice died with signal SIGSEGV"),
    ("exit 0", "LibreOffice ended without its result (exit status 0)"),
])
def test_convert_libreoffice_that_crashes_is_named(sample_docx: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, script: str, said: str) -> None:
    """A LibreOffice that segfaults said "exit status -11"; one that ends without writing said
    "exit status 0" as if it had failed with it."""
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    rtf = tmp_path / "report.rtf"
    rtf.write_text(r"{\rtf1\ansi Styret\par}", encoding="ascii")
    with pytest.raises(ConversionFailed) as caught:
        load(rtf)
    assert caught.value.message == f"LibreOffice could not convert the rtf file: {said}"
