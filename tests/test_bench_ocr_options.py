"""The OCR options bench (bench/bench_ocr_options.py): what it runs for each variant, the half
scale it gives Tesseract, the words it counts as lost and gained, and a recorded call replayed."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractor.ingest.ocr_tesseract import gray_pgm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_ocr_options as bench  # noqa: E402

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv(*words: tuple[int, float, str]) -> str:
    """A Tesseract TSV of (page, confidence, text) words."""
    rows = [f"5\t{page}\t1\t1\t1\t{i}\t0\t0\t10\t10\t{conf}\t{text}" for i, (page, conf, text) in enumerate(words)]
    return "\n".join([HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t", *rows]) + "\n"


def encoded(*frames: np.ndarray) -> list[bytes]:
    """The images of one Tesseract call as the reader hands them over: one PGM each."""
    return [gray_pgm(Image.fromarray(f)) for f in frames]


def test_bench_ocr_options_word_changes_count_repeats_and_pages():
    base = tsv((1, 91.0, "Styreleder"), (1, 88.0, "Kari"), (1, 88.0, "Kari"), (2, 95.0, "Nordby"))
    other = tsv((1, 91.0, "Styreleder"), (1, 88.0, "Kari"), (1, 90.0, "Nordby"), (2, 95.0, "Nordby"))
    lost, gained = bench.word_changes(base, other)
    assert lost == ["Kari"]  # one of the two on page 1
    assert gained == ["Nordby"]  # on page 1, where base had none


def test_bench_ocr_options_words_under_the_confidence_floor_are_not_counted():
    base = tsv((1, 91.0, "Hamar"), (1, 12.0, "|"))
    other = tsv((1, 91.0, "Hamar"), (1, 30.0, "l"))
    assert bench.word_changes(base, other) == ([], [])


@pytest.mark.parametrize("frames", [1, 3])
def test_bench_ocr_options_half_scale_means_two_by_two_pixels(frames):
    pixels = np.zeros((5, 7), dtype=np.uint8)
    pixels[0:2, 0:2] = [[0, 100], [200, 100]]  # mean 100
    pixels[:, 2:4] = 255
    data = bench.half_scale(encoded(*[pixels] * frames))
    out = [np.asarray(Image.open(io.BytesIO(f))) for f in data]
    assert len(out) == frames
    assert out[0].shape == (2, 3)  # an odd row and column dropped
    assert out[0][0, 0] == 100 and out[0][0, 1] == 255


def test_bench_ocr_options_variants_change_one_thing_each():
    data = encoded(np.full((4, 4), 255, dtype=np.uint8))
    assert bench.VARIANTS["invert-off"]("nor+eng", data, 300, "") == (["-c", "tessedit_do_invert=0"], "nor+eng", data, 300)
    assert bench.VARIANTS["one-language"]("nor+eng", data, 300, "") == ([], "nor", data, 300)
    extra, lang, half, dpi = bench.VARIANTS["half-scale"]("nor+eng", data, 300, "")
    assert (extra, lang, dpi) == ([], "nor+eng", 150) and [Image.open(io.BytesIO(f)).size for f in half] == [(2, 2)]


def test_bench_ocr_options_replays_a_call_as_the_reader_reads_it():
    """An invented line of print read by plain Tesseract with the reader's options: the base run
    and the invert-off run read the same dark-on-light words."""
    image = Image.new("L", (900, 120), 255)
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    face = ImageFont.truetype(str(path), 50) if path.exists() else ImageFont.load_default(50)
    ImageDraw.Draw(image).text((20, 30), "Driftsinntekter 2024", font=face, fill=0)
    data = encoded(np.asarray(image))
    rows = bench.measure([{"data": data, "lang": "nor+eng", "psm": 11, "dpi": 300}], ["invert-off"], repeat=1)
    assert rows[0]["cpu_s"]["base"] > 0
    assert rows[0]["changes"]["invert-off"]["lost"] == []
    words = {w for _, w in bench.tsv_words(bench.run_plain(data, "nor+eng", 11, 300, [])[1])}
    assert "Driftsinntekter" in words
    pages = {page for page, _ in bench.tsv_words(bench.run_plain(data * 2, "nor+eng", 11, 300, [])[1])}
    assert pages == {1, 2}  # two images in one process: a page each


def test_bench_ocr_options_text_scale_shrinks_only_images_of_tall_words():
    """Page 1's words stand 120 px: its image is halved and more (to 40 px words); page 2's stand
    30 px and page 3 has no sure word: both as they were."""
    data = encoded(*[np.full((90, 300), 255, dtype=np.uint8)] * 3)
    reading = "\n".join([HEADER, *(f"5\t{page}\t1\t1\t1\t1\t0\t0\t50\t{tall}\t{conf}\tOrd"
                                   for page, tall, conf in ((1, 120, 91.0), (1, 118, 88.0), (2, 30, 95.0), (3, 200, 20.0)))])
    extra, lang, scaled, dpi = bench.VARIANTS["text-scale"]("nor+eng", data, 300, reading)
    assert (extra, lang, dpi) == ([], "nor+eng", 300)
    sizes = [Image.open(io.BytesIO(f)).size for f in scaled]
    assert sizes[0] == (101, 30) and scaled[1:] == data[1:]
