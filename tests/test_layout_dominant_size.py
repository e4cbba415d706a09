"""``layout.dominant_size``: the half-point size most characters have."""
from __future__ import annotations

import pytest

from extractor.ingest.layout import dominant_size
from extractor.ingest.primitives import Word


def _words(*specs: tuple[str, float]) -> list[Word]:
    return [Word(text, 0, 0, 10, 10, size=size) for text, size in specs]


@pytest.mark.parametrize(("specs", "size"), [
    ([], 10.0),  # no words: the default
    ([("heading", 14.0), ("a", 10.0), ("b", 10.0)], 14.0),  # characters, not words, count
    ([("body", 9.96), ("text", 10.02), ("Heading", 12.0)], 10.0),  # 9.96 and 10.02 are one size
    ([("abc", 10.2), ("xyz", 11.8)], 10.0),  # 10.2 rounds to 10.0, 11.8 to 12.0: as common, the first met wins
    ([("xyz", 11.8), ("abc", 10.2)], 12.0),
    ([("ab", 11.8), ("abc", 10.2), ("c", 12.1)], 12.0),  # 11.8 and 12.1 together outweigh 10.2
])
def test_layout_dominant_size_counts_characters_by_half_point(specs, size):
    assert dominant_size(_words(*specs)) == size


@pytest.mark.parametrize(("spans", "x_lo", "bits"), [
    ([(0.0, 3.0)], 0.0, 0b111),
    ([(-2.5, 1.2)], 0.0, 0b11),  # left of the range: from its first bin
    ([(4.0, 4.0)], 0.0, 0b10000),  # no width: one bin
    ([(1.0, 2.5), (5.2, 6.0)], 1.0, 0b10011),
])
def test_layout_row_mask_bins(spans, x_lo, bits):
    from extractor.ingest.layout import _row_mask

    assert _row_mask([Word("w", x0, 0, x1, 10) for x0, x1 in spans], x_lo) == bits
