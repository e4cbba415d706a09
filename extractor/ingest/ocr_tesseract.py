"""The Tesseract binary: whether it runs, its languages, and its TSV for one image or several.

Tesseract runs with ``OMP_THREAD_LIMIT=1``: pages are OCR'd by parallel workers, and its own
threads would oversubscribe the cores (and are slower per page on small machines anyway).
"""
from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
from contextlib import ExitStack, contextmanager
from typing import Iterable, Iterator, Sequence

import numpy as np
from PIL import Image

from extractor.errors import Crashed, MissingDependency, Timeout, tool_failure

TESSERACT_HINT = (
    "Tesseract OCR is not installed: install the Debian packages tesseract-ocr and "
    "tesseract-ocr-nor (apt-get install tesseract-ocr tesseract-ocr-nor)"
)
LIST_LANGS_TIMEOUT_S = 30  # a Tesseract that cannot list its languages in this time does not run


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def installed_languages() -> frozenset[str]:
    languages, failure = tesseract_languages()
    if failure:
        raise MissingDependency(failure)
    return languages


@functools.cache
def tesseract_languages() -> tuple[frozenset[str], str | None]:
    """Tesseract's language data, or why it cannot be used; asked once a process, a failure
    too: a Tesseract that hangs cost every scanned document of a batch its 30 s again."""
    if not tesseract_available():
        return frozenset(), TESSERACT_HINT
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=LIST_LANGS_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return frozenset(), f"Tesseract does not run ({exc}); {TESSERACT_HINT}"
    # first line is "List of available languages in ...:"
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip()), None


def resolve_languages(requested: str) -> tuple[str, list[str]]:
    """The ``-l`` argument to use and warnings for requested languages that are missing."""
    have = installed_languages()
    wanted = [lang for lang in requested.split("+") if lang]
    usable = [lang for lang in wanted if lang in have]
    missing = [lang for lang in wanted if lang not in have]
    if not usable:
        fallback = "eng" if "eng" in have else next((lang for lang in sorted(have) if lang != "osd"), None)
        if fallback is None:
            raise MissingDependency(f"no Tesseract language data is installed; {TESSERACT_HINT}")
        usable = [fallback]
    warnings = []
    if missing:
        warnings.append(
            f"Tesseract language data {'+'.join(missing)} is not installed; OCR used "
            f"{'+'.join(usable)} (install tesseract-ocr-{missing[0]})"
        )
    return "+".join(usable), warnings


def gray_pgm(image: Image.Image) -> bytes:
    """The image as a binary greyscale PGM, the bytes PIL's PPM encoder writes; written here, as
    saving through PIL loads its five common format plugins (1 MB a worker) for nothing."""
    return b"".join(pgm_parts(image))


def pgm_parts(image: Image.Image | np.ndarray) -> tuple[bytes, bytes | memoryview]:
    """``gray_pgm`` in two parts, header and pixels; a page's pixels as a numpy array go as a
    view of the array (PIL's ``tobytes`` and the joined copy took ~0.02 CPU s a 300 dpi page)."""
    if isinstance(image, Image.Image):
        gray = image if image.mode == "L" else image.convert("L")
        return b"P5\n%d %d\n255\n" % gray.size, gray.tobytes()
    pixels = np.ascontiguousarray(image, dtype=np.uint8)
    return b"P5\n%d %d\n255\n" % (pixels.shape[1], pixels.shape[0]), memoryview(pixels).cast("B")


def run_tesseract(image: Image.Image | np.ndarray, lang: str, psm: int, dpi: int, timeout_s: float) -> str:
    """Tesseract's TSV output for an image (PIL's, or a greyscale page as a numpy array), given
    as a greyscale PGM (``_tesseract``): encoding a 300 dpi page as PNG took up to 2.5 CPU s,
    more than reading it."""
    return _tesseract([pgm_parts(image)], lang, psm, dpi, timeout_s)


def _tesseract(images: Iterable[Sequence[bytes | memoryview]], lang: str, psm: int, dpi: int, timeout_s: float) -> str:
    """Tesseract's TSV for encoded images (each in parts, ``pgm_parts``), each given as a file in
    memory (``memory_file``): Tesseract spent 0.13-0.2 CPU s more a 300 dpi page reading it from
    stdin than from a file (5-8 % of reading the page), for the same words. Several images are named in a list file,
    which Tesseract reads as the pages of one document (page_num 1, 2, ...); each image's bytes
    go once written (a batch of images is not held twice). Where there are no files in memory,
    one image goes on stdin, several as a multi-page TIFF (``stdin_image``)."""
    if not tesseract_available():
        raise MissingDependency(TESSERACT_HINT)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with ExitStack() as stack:
        fds: list[int] = []
        left = iter(images)
        for data in left:
            fd = stack.enter_context(memory_file(data))
            if fd is None:  # no (more) files in memory: every image on stdin
                written = [os.pread(kept, os.fstat(kept).st_size, 0) for kept in fds]
                given, source = {"input": stdin_image([*written, *map(b"".join, [data, *left])])}, "stdin"
                break
            fds.append(fd)
        else:
            if len(fds) > 1:
                fds.append(stack.enter_context(memory_file("".join(f"/dev/fd/{fd}\n" for fd in fds).encode())))
            given, source = {"stdin": subprocess.DEVNULL, "pass_fds": tuple(fds)}, f"/dev/fd/{fds[-1]}"
        cmd = ["tesseract", source, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi), "tsv"]
        try:
            done = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout_s, **given)
        except subprocess.TimeoutExpired as exc:  # run() has already killed the child
            raise Timeout(f"Tesseract took longer than {timeout_s:g} s") from exc
    if done.returncode != 0:
        raise Crashed(tool_failure("Tesseract", done.returncode, done.stderr))
    return done.stdout.decode("utf-8", "replace")


def stdin_image(images: list[bytes]) -> bytes:
    """What Tesseract reads on stdin: the one image, or several PGM images as a multi-page TIFF."""
    if len(images) == 1:
        return images[0]
    from PIL import TiffImagePlugin  # noqa: F401 - registered here: saving a TIFF otherwise loads every plugin

    frames = [Image.open(io.BytesIO(data)) for data in images]
    buf = io.BytesIO()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


@contextmanager
def memory_file(data: bytes | Sequence[bytes | memoryview]) -> Iterator[int | None]:
    """A file descriptor holding ``data`` (bytes, or parts written one after another), for a
    child to open by path as ``/dev/fd/N`` (Linux's ``memfd_create``: nothing on disk to leave
    behind when a worker is killed), closed after; None where the system has no such file."""
    try:
        fd = os.memfd_create("extractor-ocr", os.MFD_CLOEXEC)
    except (AttributeError, OSError):  # not Linux
        fd = None
    if fd is None or not os.path.exists(f"/dev/fd/{fd}"):  # no /dev/fd: a container without /proc
        if fd is not None:
            os.close(fd)
        yield None
        return
    try:
        for part in ([data] if isinstance(data, bytes) else data):
            view = memoryview(part)
            while view:
                view = view[os.write(fd, view):]
        yield fd
    finally:
        os.close(fd)


def run_tesseract_many(images: list[Image.Image | np.ndarray], lang: str, psm: int, dpi: int, timeout_s: float) -> list[str]:
    """Tesseract's TSV for each of several images, read by one process (``_tesseract``): loading
    the nor+eng models costs 0.12 CPU s a process, more than reading a small image. Each image
    is still read on its own (its own thresholds and layout)."""
    if not images:
        return []
    if len(images) == 1:
        return [run_tesseract(images[0], lang, psm, dpi, timeout_s)]
    tsv = _tesseract((pgm_parts(image) for image in images), lang, psm, dpi, timeout_s * len(images))
    header, *rows = tsv.splitlines() or [""]
    pages: list[list[str]] = [[header] for _ in images]
    for row in rows:
        number = row.split("\t", 2)[1:2]  # the page_num column
        if number and number[0].isdigit() and 1 <= int(number[0]) <= len(images):
            pages[int(number[0]) - 1].append(row)
    return ["\n".join(page) + "\n" for page in pages]
