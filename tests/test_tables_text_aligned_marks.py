"""The text-aligned strategy's list marks read from the one bullet vocabulary (ingest.layout's
FILLED_BULLETS, SYMBOL_BULLETS, DASHES): a column led by bullets is a list, one led by ticks or
stars is not bulleted."""
from __future__ import annotations

import pytest

from extractor.ingest.primitives import Word
from extractor.tables.text_aligned import _is_list_columns, _is_marker


def _cell(text: str) -> list[Word]:
    return [Word(text, 0, 0, 5, 10)]


@pytest.mark.parametrize("text", ["•", "■", "\uf0b7", "–", "-", "*", "o", "3.", "(b)", "12)", "e"])
def test_text_aligned_marker_reads_bullets_dashes_and_enumerators(text):
    assert _is_marker(text)


@pytest.mark.parametrize("text", ["123.", "(12", "Oslo", "2024"])
def test_text_aligned_marker_reads_no_word_or_figure(text):
    assert not _is_marker(text)


@pytest.mark.parametrize("glyph, columns", [("•", True), ("▪", True), ("\uf0a7", True), ("✓", False), ("*", False),
                                             ("–", False)])
def test_text_aligned_list_columns_need_filled_bullets(glyph, columns):
    rows = [[_cell(glyph), _cell(glyph)] for _ in range(3)]
    assert _is_list_columns(rows) is columns
