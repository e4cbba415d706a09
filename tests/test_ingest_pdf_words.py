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


@pytest.mark.parametrize(("text", "gaps", "read"), [
    ("1000", {0: 2.0, 1: 2.0, 2: 2.0}, "1000"),  # tracked: a gap between every two digits is no thousands space
    ("12000", {1: 3.0, 2: 0.5, 3: 0.5}, "12 000"),  # a thousands gap, the rest kerned
])
def test_ingest_pdf_words_spaced_digits_tracked(text, gaps, read):
    assert spaced_digits(text, _chars(text, gaps), 10.0) == read


def _line(text: str, letter_gap: float, word_gap: float, size: float = 7.0) -> list[Char]:
    """Chars of a line as pdfium gives them: a generated space (no width) after each letter
    that stands ``letter_gap`` from the next, and one before each word ``word_gap`` off."""
    out, x = [], 0.0
    words = text.split(" ")
    for k, word in enumerate(words):
        for i, ch in enumerate(word):
            out.append(Char(ch, x, 0.0, x + 4.0, size, "F", size, None, "ltr"))
            x += 4.0
            last = i == len(word) - 1
            if last and k == len(words) - 1:
                break
            if letter_gap or last:
                out.append(Char(" ", x, 0.0, x, size, "F", size, None, "ltr"))
            x += word_gap if last else letter_gap
    return out


def _words(chars: list[Char]) -> list[str]:
    from extractor.ingest.pdf_words import iter_word_chars

    return ["".join(c.text for c in group) for group in iter_word_chars(chars)]


@pytest.mark.parametrize(("text", "letter_gap", "word_gap", "words"), [
    # tracked capitals: a generated space between every two letters, wider ones between words
    ("ALLE TALL I HELE 1000 KR", 1.4, 5.0, ["ALLE", "TALL", "I", "HELE", "1000", "KR"]),
    ("TAL I HEILE TUSEN", 1.8, 6.0, ["TAL", "I", "HEILE", "TUSEN"]),
    # tracked wide, at half an em of 7 pt
    ("NØKKELTAL 2023", 3.6, 9.0, ["NØKKELTAL", "2023"]),
    # running text: words set tight, one-letter words now and then, no run of four
    ("Vi er i gang i år", 0.0, 2.0, ["Vi", "er", "i", "gang", "i", "år"]),
    # three one-letter words in a row at word gaps: not tracking
    ("Ta i å e bort", 0.0, 2.2, ["Ta", "i", "å", "e", "bort"]),
    # a table's row of single digits, a column apart
    ("Antall 3 4 5 6", 0.0, 24.0, ["Antall", "3", "4", "5", "6"]),
])
def test_ingest_pdf_words_tracked_line_joins_its_letters(text, letter_gap, word_gap, words):
    assert _words(_line(text, letter_gap, word_gap)) == words


def _tracked(text: str, tracking: float, word_gap: float, size: float = 7.0) -> list[Char]:
    """A letter-spaced line as a browser prints it and pdfium reads it: each letter ``tracking``
    from the next with a zero-width space put in the gap, and a wider gap between words."""
    out, x = [], 40.0
    for word_no, word in enumerate(text.split()):
        if word_no:
            x += word_gap - tracking
        for ch in word:
            out.append(Char(ch, x, 0.0, x + 4.5, size, "F", size, None, "ltr"))
            x += 4.5
            out.append(Char(" ", x, 0.0, x, size, "F", size, None, "ltr"))
            x += tracking
    return out[:-1]


@pytest.mark.parametrize(("text", "tracking", "words"), [
    ("NORDVIK SEILFORENING · STIFTET 1951", 1.2, ["NORDVIK", "SEILFORENING", "·", "STIFTET", "1951"]),
    ("ÅRSRAPPORT 2023", 2.0, ["ÅRSRAPPORT", "2023"]),  # tracked wider, at 0.3 em
    ("Driftsinntekter", 0.0, ["D", "r", "i", "f", "t", "s", "i", "n", "n", "t", "e", "k", "t", "e", "r"]),
])
def test_ingest_pdf_words_tracked_capitals_read_as_words(text, tracking, words):
    """A cover's letter-spaced small capitals ("B Y F J O R D E N") are words again; a line
    set tight whose reader put a space after each letter keeps them (no tracking to undo)."""
    from extractor.ingest.pdf_words import chars_to_words

    assert [w.text for w in chars_to_words(_tracked(text, tracking, 4.6), 842.0, 595.0)] == words


def test_ingest_pdf_words_a_table_rows_scattered_figures_are_no_tracking():
    """Single-digit cells far apart, and figures close and far: no even gap between letters."""
    from extractor.ingest.pdf_words import tracking_of

    row = [Char(ch, x, 0.0, x + 5.0, 10.0, "F", 10.0, None, "ltr")
           for ch, x in zip("0100650", (40, 200, 205, 210, 330, 335, 460))]
    assert tracking_of(row) is None


def test_ingest_pdf_words_a_tracked_year_keeps_its_digits_together():
    assert spaced_digits("1934", _chars("1934", {0: 1.2, 1: 1.2, 2: 1.2}), 7.0) == "1934"


def test_ingest_pdf_words_tracking_of_a_line_of_short_words_with_a_kerned_pair():
    """"A L L E  TA L L  I  H E L E  1 0 0 0  K R": a third of the gaps part words and "TA" is kerned
    closer; the letter gaps are even still, so the line is tracked (a unit line a statement needs)."""
    from extractor.ingest.pdf_words import tracking_of

    gaps = [1.4, 1.41, 1.41, 5.05, 0.84, 1.4, 1.41, 5.04, 5.05, 1.41, 1.41, 1.41, 5.05, 1.41, 1.41, 1.41, 5.04, 1.26]
    x, row = 40.0, []
    for ch, gap in zip("ALLETALLIHELE1000KR", [*gaps, 0.0]):
        row.append(Char(ch, x, 0.0, x + 4.0, 7.0, "F", 7.0, None, "ltr"))
        x += 4.0 + gap
    assert tracking_of(row) == pytest.approx(1.41)
