"""``pdf_words.spaced_digits``: a figure's thousands gap without a space glyph gets its space."""
from __future__ import annotations

import pytest

from extractor.ingest.pdf_chars import Char
from extractor.ingest.pdf_words import spaced_digits


def _chars(text: str, gap_after: dict[int, float]) -> list[Char]:
    out, x = [], 0.0
    for i, ch in enumerate(text):
        out.append(Char(ch, x, 0.0, x + 5.0, 10.0, "F", 10.0, None, "ltr"))
        x += 5.0 + gap_after.get(i, 0.0)
    return out


@pytest.mark.parametrize(("text", "gaps", "read"), [
    ("314810,36", {2: 3.0}, "314 810,36"),  # a gap (0.3 em) between digit groups
    ("314810,36", {}, "314810,36"),  # set tight: one figure
    ("Årsverk", {2: 3.0}, "Årsverk"),  # letters are never split
    ("ab12", {2: 3.0}, "ab12"),  # fewer than four digits
    ("½²³¼", {0: 3.0, 1: 3.0}, "½²³¼"),  # "²" and "³" are digits to Python but fewer than four here
])
def test_ingest_pdf_words_spaced_digits(text, gaps, read):
    assert spaced_digits(text, _chars(text, gaps), 10.0) == read


@pytest.mark.parametrize(("text", "words"), [
    ("driftsinntekter......2", ["driftsinntekter", "......", "2"]),  # a tab's leader drawn flush to both sides
    ("500.....2", ["500", ".....", "2"]),
    ("Leiar.......", ["Leiar", "......."]),
    ("1.000.000", ["1.000.000"]),  # thousands dots
    ("a...b", ["a...b"]), ("kr.", ["kr."]),  # fewer dots stay in the word
])
def test_ingest_pdf_words_leader_dots_are_a_word_of_their_own(text, words):
    from extractor.ingest.pdf_words import split_leaders

    assert ["".join(c.text for c in part) for part in split_leaders(_chars(text, {}))] == words
