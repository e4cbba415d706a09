"""Ruling lines and skew from page images (numpy only, no Tesseract needed)."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from extractor.ingest.ocr_lines import (
    dark_to_segments,
    estimate_skew,
    gray_to_dark,
    merge_collinear,
    otsu_threshold,
)

PT_PER_PX = 72 / 300


def grid_image(rows: int = 4, cols: int = 3, thickness: int = 3) -> np.ndarray:
    """A white 300-dpi page with a ruled rows x cols table and one text-like blob."""
    page = np.full((1200, 1000), 255, np.uint8)
    top, left, cell_h, cell_w = 100, 100, 80, 250
    for r in range(rows + 1):
        y = top + r * cell_h
        page[y:y + thickness, left:left + cols * cell_w + thickness] = 0
    for c in range(cols + 1):
        x = left + c * cell_w
        page[top:top + rows * cell_h + thickness, x:x + thickness] = 0
    page[800:830, 100:120] = 0  # a glyph-sized blob: not a rule
    page[900:902, 100:140] = 0  # a dash 40 px (~10 pt) long: not a rule
    return page


def test_ocr_lines_grid_gives_one_segment_per_rule():
    segments = dark_to_segments(gray_to_dark(grid_image()), PT_PER_PX, 25.0, 15.0)
    horizontal = [s for s in segments if s.horizontal]
    vertical = [s for s in segments if not s.horizontal]
    assert len(horizontal) == 5 and len(vertical) == 4
    first = min(horizontal, key=lambda s: s.top)
    assert first.x0 == pytest.approx(100 * PT_PER_PX, abs=1) and first.x1 == pytest.approx(853 * PT_PER_PX, abs=1)
    assert first.top == pytest.approx(101.5 * PT_PER_PX, abs=0.5)


def test_ocr_lines_broken_rule_is_joined():
    page = np.full((300, 1000), 255, np.uint8)
    page[100:102, 100:500] = 0
    page[101:103, 505:900] = 0  # a 5 px gap and a one-row step, as a scan gives
    segments = dark_to_segments(gray_to_dark(page), PT_PER_PX, 25.0, 15.0)
    assert len(segments) == 1
    assert segments[0].x1 - segments[0].x0 == pytest.approx(800 * PT_PER_PX, abs=1)


def test_ocr_lines_filled_area_is_not_a_rule():
    page = np.full((600, 1000), 255, np.uint8)
    page[100:400, 100:800] = 0  # a photo-like dark area
    assert dark_to_segments(gray_to_dark(page), PT_PER_PX, 25.0, 15.0) == []


def test_ocr_lines_merge_collinear_joins_touching_pieces_only():
    merged = merge_collinear([(10.0, 0.0, 50.0), (10.5, 49.0, 90.0), (10.0, 200.0, 300.0), (40.0, 0.0, 90.0)])
    assert sorted((round(p), s, e) for p, s, e in merged) == [(10, 0.0, 90.0), (10, 200.0, 300.0), (40, 0.0, 90.0)]


def test_ocr_lines_otsu_splits_ink_from_paper():
    gray = np.array([30] * 100 + [220] * 900, np.uint8)
    assert 30 <= otsu_threshold(gray) < 220


def test_ocr_lines_blank_page_has_no_ink():
    assert not gray_to_dark(np.full((50, 50), 250, np.uint8)).any()


@pytest.mark.parametrize("angle", [-1.0, 0.0, 0.6])
def test_ocr_lines_estimate_skew_undoes_rotation(angle):
    page = np.full((1600, 1200), 255, np.uint8)
    for y in range(200, 1400, 60):  # text-like lines of ink
        for x in range(150, 1050, 40):
            page[y:y + 20, x:x + 28] = 0
    rotated = np.asarray(Image.fromarray(page).rotate(-angle, fillcolor=255))
    assert estimate_skew(gray_to_dark(rotated)) == pytest.approx(angle, abs=0.15)


def test_ocr_lines_skew_profile_in_chunks_is_the_whole_page_profile(monkeypatch):
    from extractor.ingest import ocr_lines

    rng = np.random.default_rng(5)
    dark = rng.random((301, 257)) < 0.6  # a dark page: more ink pixels than one chunk
    ys, xs = np.nonzero(dark)
    banded = ocr_lines._ink_pixels(dark, band=7)
    assert np.array_equal(banded[0], ys) and np.array_equal(banded[1], xs) and banded[0].dtype == np.int32
    monkeypatch.setattr(ocr_lines, "SKEW_CHUNK", 1000)
    for angle in (-1.5, -0.35, 0.0, 0.05, 2.0):
        turn = np.deg2rad(angle)  # the profile as turned in one piece, every pixel at once
        rows = np.floor(301 / 2.0 - np.sin(turn) * (xs + 0.5 - 257 / 2.0) + np.cos(turn) * (ys + 0.5 - 301 / 2.0))
        rows = rows[(rows >= 0) & (rows < 301)].astype(np.intp)
        whole = float(np.square(np.diff(np.bincount(rows, minlength=301).astype(np.float64))).sum())
        assert ocr_lines.profile_sharpness(ys.astype(np.int32), xs.astype(np.int32), dark.shape, angle) == whole


def test_ocr_lines_median3_is_pils_median_filter():
    from PIL import ImageFilter

    from extractor.ingest.ocr_lines import MEDIAN_BAND_ROWS, histogram, median3

    rng = np.random.default_rng(7)
    gray = rng.integers(0, 256, size=(37, 53), dtype=np.uint8)  # odd sizes: every edge case of the border
    want = np.asarray(Image.fromarray(gray).filter(ImageFilter.MedianFilter(3)))
    assert np.array_equal(median3(gray), want)
    tall = rng.integers(0, 256, size=(2 * MEDIAN_BAND_ROWS + 3, 11), dtype=np.uint8)  # rows across strip joins
    assert np.array_equal(median3(tall), np.asarray(Image.fromarray(tall).filter(ImageFilter.MedianFilter(3))))
    assert np.array_equal(histogram(gray), np.bincount(gray.ravel(), minlength=256))


def test_ocr_lines_long_runs_are_the_runs_of_every_line():
    from extractor.ingest.ocr_lines import bridge_gaps, iter_runs, long_runs

    rng = np.random.default_rng(11)
    for _ in range(60):
        mask = rng.random((int(rng.integers(1, 50)), int(rng.integers(1, 180)))) < rng.random()
        for min_len in (2, 15, 23, 40, 127):
            assert sorted(long_runs(mask, min_len)) == sorted(iter_runs(bridge_gaps(mask), min_len))
            assert sorted(long_runs(mask, min_len, axis=0)) == sorted(iter_runs(bridge_gaps(mask.T), min_len))


def test_ocr_lines_has_run_finds_rows_with_that_many_in_a_row():
    from extractor.ingest.ocr_lines import has_run, iter_runs

    rng = np.random.default_rng(5)
    for _ in range(40):
        mask = rng.random((int(rng.integers(1, 30)), int(rng.integers(1, 90)))) < rng.random()
        for length in (1, 2, 3, 5, 8, 13, 40, 100):
            want = np.zeros(mask.shape[0], dtype=bool)
            want[[row for row, _, _ in iter_runs(mask, length)]] = True
            assert np.array_equal(has_run(mask, length), want)
    row = np.array([[1, 1, 0, 1, 1, 1, 1, 1, 0, 1]], dtype=bool)
    assert has_run(row, 5).tolist() == [True] and has_run(row, 6).tolist() == [False]


def test_ocr_lines_long_runs_finds_a_rule_on_a_page():
    from extractor.ingest.ocr_lines import long_runs

    page = np.zeros((400, 600), dtype=bool)
    page[100:102, 50:550] = True  # a 500 px rule, two rows thick
    page[100, 300] = False  # a one-pixel break is bridged
    page[200:380, 420] = True  # a vertical rule
    page[300, 10:40] = True  # too short
    assert sorted(long_runs(page, 104)) == [(100, 50, 550), (101, 50, 550)]
    assert long_runs(page, 62, axis=0) == [(420, 200, 380)]
