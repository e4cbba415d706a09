"""Scanned pages read together: one Tesseract process for several pages (``iter_ocr_pages``),
each page as it reads alone, and a failure costing only its own page."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from extractor.errors import Corrupt, Crashed, ExtractorError, Timeout
from extractor.ingest import load, ocr_batch, ocr_render, ocr_tesseract
from extractor.ingest.ocr import ocr_page
from extractor.ingest.ocr_batch import iter_ocr_pages
from extractor.settings import Settings
from tests.test_ocr_page import DPI, at, font, needs_tesseract

LINES = (
    ("Styret i 2023", "Styreleder Eva Lund og nestleder Tor Bakke."),
    ("Virksomheten", "Stiftelsen driver et verksted i Os med 14 ansatte."),
    ("Regnskapet", "Driftsinntekter 1 204 330 og årsresultat 85 400."),
)


@pytest.fixture
def scan_pdf(tmp_path: Path) -> Path:
    """Three A4 pages scanned at 300 dpi, a heading and a line of text each; the first with a
    ruled box, so the pages differ in their rules as well."""
    pages = []
    for number, (heading, text) in enumerate(LINES, 1):
        page = Image.new("L", (2480, 3508), 255)
        d = ImageDraw.Draw(page)
        d.text((at(72), at(72)), heading, font=font(16, bold=True), fill=0)
        d.text((at(72), at(110)), text, font=font(10), fill=0)
        if number == 1:
            d.rectangle((at(72), at(200), at(400), at(260)), outline=0, width=3)
        pages.append(page)
    path = tmp_path / "scan.pdf"
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return path


def seen(content) -> tuple:
    return ([(w.text, round(w.x0, 2), round(w.top, 2), round(w.x1, 2), round(w.bottom, 2), w.size, w.bold, w.conf)
             for w in content.words], content.segments, content.width, content.height)


def counting_tesseract(monkeypatch) -> list:
    calls = []
    real = ocr_tesseract._tesseract

    def counted(*args, **kwargs):
        calls.append(args[2])  # the page segmentation mode
        return real(*args, **kwargs)

    monkeypatch.setattr(ocr_tesseract, "_tesseract", counted)
    return calls


@needs_tesseract
def test_ocr_pages_read_together_as_each_alone(scan_pdf, monkeypatch):
    alone = {n: seen(ocr_page(scan_pdf, n, Settings())) for n in (1, 2, 3)}
    calls = counting_tesseract(monkeypatch)
    together = {n: seen(content) for n, content in iter_ocr_pages(scan_pdf, [1, 2, 3], Settings())}
    assert together == alone
    assert calls.count(Settings().ocr_psm) == 1  # one process for the three page passes
    assert "Lund" in [w[0] for w in together[1][0]] and together[1][1]  # the words and the box's rules


@needs_tesseract
def test_ocr_pages_batch_failure_reads_each_page_alone(scan_pdf, monkeypatch):
    def broken(*args, **kwargs):
        raise ExtractorError("Tesseract failed: a multi-page image it cannot read")

    monkeypatch.setattr(ocr_batch, "run_tesseract_many", broken)
    found = dict(iter_ocr_pages(scan_pdf, [1, 2, 3], Settings()))
    assert list(found) == [1, 2, 3]
    assert seen(found[2]) == seen(ocr_page(scan_pdf, 2, Settings()))


@needs_tesseract
def test_ocr_pages_timeout_is_each_pages_own(scan_pdf):
    found = list(iter_ocr_pages(scan_pdf, [1, 2], Settings(ocr_timeout_s=0.01)))
    assert [n for n, _ in found] == [1, 2]
    assert all(isinstance(error, Timeout) and error.message.startswith(f"page {n}: ") for n, error in found)


@needs_tesseract
def test_ocr_pages_unrendered_page_is_left_unread_in_its_place(scan_pdf, monkeypatch):
    real = ocr_batch.render_gray

    def render(path, number, *args, **kwargs):
        if number == 2:
            raise Corrupt(f"cannot render page {number} to OCR it: broken image")
        return real(path, number, *args, **kwargs)

    monkeypatch.setattr(ocr_batch, "render_gray", render)
    calls = counting_tesseract(monkeypatch)
    doc = load(scan_pdf, Settings())
    assert doc.source.ocr_pages == [1, 3] and doc.source.unread_pages == [2]
    assert "page 2: OCR failed (corrupt: cannot render page 2 to OCR it: broken image)" in doc.source.warnings
    text = "\n".join(b.text for b in doc.blocks())
    assert text.index("Lund") < text.index("1 204 330") and "Os med" not in text
    assert calls.count(Settings().ocr_psm) == 1  # pages 1 and 3 still read by one process


@needs_tesseract
def test_ocr_pages_plain_pages_are_read_empty_without_tesseract(tmp_path, monkeypatch):
    """A page drawn in one shade (blank paper, a one-pixel image stretched over it) has nothing
    to read: the clean-up and Tesseract spent ~4 s a page on it, and an archive's PDF of 60 such
    pages ran past the time limit. Such a page is read as empty, in its place."""
    text = Image.new("L", (2480, 3508), 255)
    ImageDraw.Draw(text).text((at(72), at(110)), LINES[0][1], font=font(10), fill=0)
    pages = [Image.new("L", (2480, 3508), 255), Image.new("L", (1, 1), 0).resize((2480, 3508)), text]
    path = tmp_path / "plain.pdf"
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    prepared = []
    real = ocr_batch.prepare_page
    monkeypatch.setattr(ocr_batch, "prepare_page", lambda image, number, *a: prepared.append(number) or real(image, number, *a))
    found = dict(iter_ocr_pages(path, [1, 2, 3], Settings()))
    assert prepared == [3] and list(found) == [1, 2, 3]
    assert found[1].words == found[2].words == [] and found[2].from_ocr
    assert "Lund" in [w.text for w in found[3].words]
    monkeypatch.setattr(ocr_tesseract, "_tesseract", lambda *a, **k: pytest.fail("Tesseract run on a plain page"))
    assert ocr_page(path, 2, Settings()).words == []


def test_ocr_tesseract_killed_by_a_signal_is_crashed_and_names_it(tmp_path, monkeypatch):
    """A Tesseract that segfaults (a bad build, a hostile image) was the base ``error`` code
    with "Tesseract failed: -11"; it is ``crashed``, naming the signal."""
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\ncat >/dev/null\nkill -SEGV $$\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(Crashed) as caught:
        ocr_tesseract.run_tesseract(Image.new("L", (40, 40), 255), "eng", 3, 300, 30)
    assert caught.value.code == "crashed" and "SIGSEGV" in caught.value.message


def fake_tesseract(tmp_path: Path, monkeypatch) -> Path:
    """A ``tesseract`` that keeps what it was given: its input argument, the bytes at that path
    (or on stdin), each file a list file names (``listed-N``), and its stdin; it prints an empty TSV."""
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$1" > {tmp_path}/argument\ncat "$1" > {tmp_path}/image 2>/dev/null\n'
                    f'n=0; grep -a "^/dev/fd/" "$1" 2>/dev/null | while read f; do n=$((n+1)); '
                    f'cat "$f" > {tmp_path}/listed-$n; done\n'
                    f'cat > {tmp_path}/stdin\necho "level\tpage_num"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_ocr_tesseract_reads_the_image_from_a_file_in_memory(tmp_path, monkeypatch):
    """Tesseract spent 0.13-0.2 CPU s more a 300 dpi page reading its image from stdin than from
    a file: the image is a file in memory (``/dev/fd/N``), its stdin empty, the file closed after."""
    got = fake_tesseract(tmp_path, monkeypatch)
    image = Image.new("L", (40, 30), 200)
    ocr_tesseract.run_tesseract(image, "eng", 3, 300, 30)
    argument = (got / "argument").read_text().strip()
    assert argument.startswith("/dev/fd/")
    assert (got / "image").read_bytes() == ppm_bytes(image) and (got / "stdin").read_bytes() == b""
    assert not os.path.exists(argument)  # closed: the memory is given back


def test_ocr_tesseract_without_a_file_in_memory_reads_stdin(tmp_path, monkeypatch):
    """Where ``memfd_create`` is missing (not Linux) the image goes on stdin, as before."""
    got = fake_tesseract(tmp_path, monkeypatch)
    monkeypatch.delattr(os, "memfd_create")
    image = Image.new("L", (40, 30), 200)
    ocr_tesseract.run_tesseract(image, "eng", 3, 300, 30)
    assert (got / "argument").read_text().strip() == "stdin" and (got / "stdin").read_bytes() == ppm_bytes(image)


def test_ocr_tesseract_reads_several_images_as_files_a_list_names(tmp_path, monkeypatch):
    """Several images go to one process as files in memory named by a list file (Tesseract reads
    it as the pages of one document): no multi-page TIFF to encode, and the files closed after."""
    got = fake_tesseract(tmp_path, monkeypatch)
    images = [Image.new("L", (40, 30), 200), Image.new("RGB", (25, 35), (10, 200, 30))]
    ocr_tesseract.run_tesseract_many(images, "eng", 11, 300, 30)
    names = (got / "image").read_text().split()
    assert len(names) == 2 and all(name.startswith("/dev/fd/") for name in names)
    assert [(got / f"listed-{n}").read_bytes() for n in (1, 2)] == [ppm_bytes(images[0]), ppm_bytes(images[1].convert("L"))]
    assert (got / "stdin").read_bytes() == b"" and not any(os.path.exists(name) for name in names)


def test_ocr_tesseract_without_files_in_memory_reads_several_images_as_one_tiff(tmp_path, monkeypatch):
    """Where ``memfd_create`` is missing the images go on stdin as one multi-page TIFF."""
    got = fake_tesseract(tmp_path, monkeypatch)
    monkeypatch.delattr(os, "memfd_create")
    images = [Image.new("L", (40, 30), 200), Image.new("L", (25, 35), 90)]
    ocr_tesseract.run_tesseract_many(images, "eng", 11, 300, 30)
    with Image.open(io.BytesIO((got / "stdin").read_bytes())) as tiff:
        frames = [(tiff.seek(n), tiff.convert("L").tobytes())[1] for n in range(tiff.n_frames)]
    assert frames == [image.tobytes() for image in images]


def test_ocr_tesseract_pgm_is_what_pil_writes():
    for image in (Image.new("L", (7, 5), 3), Image.new("RGB", (4, 9), (250, 10, 70)), Image.new("1", (9, 2), 1)):
        assert ocr_tesseract.gray_pgm(image) == ppm_bytes(image.convert("L"))


def test_ocr_tesseract_images_reach_tesseract_without_pil_format_plugins(tmp_path, monkeypatch):
    """Handing images to Tesseract loads none of PIL's format plugins: saving a TIFF through PIL
    loaded every one of them (~45 modules, 4.7 MB a worker, 0.03 CPU s), a PPM the five common ones."""
    fake_tesseract(tmp_path, monkeypatch)
    script = ("import sys; from PIL import Image; from extractor.ingest import ocr_tesseract as t\n"
              "images = [Image.new('L', (40, 30), 200), Image.new('L', (20, 20), 0)]\n"
              "t.run_tesseract_many(images, 'eng', 11, 300, 30); t.run_tesseract(images[0], 'eng', 11, 300, 30)\n"
              "print(sorted(m for m in sys.modules if m.endswith('ImagePlugin')))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"


@needs_tesseract
def test_ocr_tesseract_reads_the_same_from_memory_as_from_stdin(scan_pdf, monkeypatch):
    """The same TSV, word for word, whichever way the image reaches Tesseract (a page pass of
    several pages, a multi-page TIFF, and a page alone)."""
    pages = [ocr_render.render_gray(scan_pdf, number, DPI)[0] for number in (1, 2)]
    from_memory = ocr_tesseract.run_tesseract_many(pages, "nor", 3, DPI, 60), ocr_tesseract.run_tesseract(pages[0], "nor", 3, DPI, 60)
    monkeypatch.delattr(os, "memfd_create")
    from_stdin = ocr_tesseract.run_tesseract_many(pages, "nor", 3, DPI, 60), ocr_tesseract.run_tesseract(pages[0], "nor", 3, DPI, 60)
    assert from_memory == from_stdin and "Lund" in from_memory[1]


def ppm_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PPM")
    return buf.getvalue()


def test_ocr_tesseract_images_go_on_stdin_when_files_in_memory_run_out(tmp_path, monkeypatch):
    """A batch whose later images find no file in memory (the process's descriptors used up)
    goes on stdin whole, the images already written included, in their order."""
    got = fake_tesseract(tmp_path, monkeypatch)
    real, made = os.memfd_create, []

    def scarce(name, flags=0):
        if len(made) >= 2:
            raise OSError(24, "Too many open files")
        made.append(name)
        return real(name, flags)

    monkeypatch.setattr(os, "memfd_create", scarce)
    images = [Image.new("L", (10 + n, 12), 40 * n) for n in range(4)]
    ocr_tesseract.run_tesseract_many(images, "eng", 11, 300, 30)
    with Image.open(io.BytesIO((got / "stdin").read_bytes())) as tiff:
        frames = [(tiff.seek(n), tiff.convert("L").tobytes())[1] for n in range(tiff.n_frames)]
    assert (got / "argument").read_text().strip() == "stdin" and frames == [image.tobytes() for image in images]


def test_ocr_tesseract_page_array_goes_as_the_pgm_pil_writes(tmp_path, monkeypatch):
    """A page handed over as a numpy array (no PIL copy) reaches Tesseract as the same PGM as
    its PIL image, alone, in a batch, and on stdin when files in memory run out."""
    import numpy as np

    got = fake_tesseract(tmp_path, monkeypatch)
    pages = [np.arange(35 * 22, dtype=np.uint8).reshape(35, 22), np.full((9, 41), 170, np.uint8)]
    assert b"".join(ocr_tesseract.pgm_parts(pages[0])) == ppm_bytes(Image.fromarray(pages[0]))
    ocr_tesseract.run_tesseract(pages[0], "eng", 3, 300, 30)
    assert (got / "image").read_bytes() == ppm_bytes(Image.fromarray(pages[0]))
    ocr_tesseract.run_tesseract_many(pages, "eng", 3, 300, 30)
    assert [(got / f"listed-{n}").read_bytes() for n in (1, 2)] == [ppm_bytes(Image.fromarray(p)) for p in pages]
    monkeypatch.delattr(os, "memfd_create")
    ocr_tesseract.run_tesseract_many(pages, "eng", 3, 300, 30)
    with Image.open(io.BytesIO((got / "stdin").read_bytes())) as tiff:
        frames = [(tiff.seek(n), tiff.convert("L").tobytes())[1] for n in range(tiff.n_frames)]
    assert frames == [p.tobytes() for p in pages]
