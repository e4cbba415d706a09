"""Footnote marks as one vocabulary (extractor.nlp.marks): the regex a note line and a name's end
are read with, and the same "(2)" where the tokenizer has split it."""
from __future__ import annotations

import re

import pytest

from extractor.nlp.marks import MARK, SUPERSCRIPT_DIGITS, bracketed_mark, marker_key
from extractor.nlp.pipeline import get_pipeline


@pytest.mark.parametrize("mark", ["(3)", "3)", "¹", "⁷)", "*", "**", "***)"])
def test_marks_mark_reads_each_form(mark):
    assert re.fullmatch(MARK, mark)


@pytest.mark.parametrize("text", ["(12)", "(a)", "****", "a)", "3"])
def test_marks_mark_reads_no_other_bracket_or_number(text):
    assert not re.fullmatch(MARK, text)


def test_marks_superscripts_key_as_their_digits():
    assert [marker_key(ch) for ch in SUPERSCRIPT_DIGITS] == list("123456789")


@pytest.mark.parametrize(("text", "at", "digit"), [
    ("Torgeir Vassli (4), Mona Strand", 2, "4"),
    ("Torgeir Vassli (4)", 2, "4"),
    ("Torgeir Vassli (14), Mona Strand", 2, None),  # a number in brackets, no mark
    ("Torgeir Vassli (b), Mona Strand", 2, None),
    ("Torgeir Vassli (4), Mona Strand", 1, None),  # not at the bracket
])
def test_marks_bracketed_mark_over_split_tokens(text, at, digit):
    tokens = list(get_pipeline()(text))
    assert bracketed_mark(tokens, at) == digit
