"""The measure a page's lines were set to where the page does not show it (``line_measure``):
a page of short lines set without space between paragraphs keeps its lines apart."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractor.ingest import blocks as blk
from extractor.ingest.layout import page_to_items
from extractor.ingest.line_measure import EDGE_STEP, widen_short_regions
from test_layout_blocks import line_words

PITCH = 12.0  # lines set with no space between paragraphs
BOARD = ["Styremedlemer:", "Kari Nordvik, leiar", "Nils Bakke", "Varamedlemer:", "Eirik Lid"]
PROSE = ["Styret har hatt seks møte i året og handsama førti saker som gjeld", "drifta, økonomien og planane for dei",
         "komande åra. Arbeidsmiljøet er godt, og sjukefråværet var lågt i", "heile perioden, også i vinter."]


@dataclass
class PageStub:
    width: float
    items: list


def page(lines: list[str], x0: float = 72.0, top: float = 100.0, width: float = 595.0) -> PageStub:
    words = [w for i, text in enumerate(lines) for w in line_words(text, x0, top + i * PITCH)]
    return PageStub(width, page_to_items(words, []))


def texts(read: PageStub) -> list[str]:
    return [raw.text for raw in blk.group_lines(1, read.items, False, blk.usual_line_gap(read.items))]


def test_line_measure_short_lines_alone_on_a_page_stay_apart():
    read = page(BOARD)
    assert texts(read) != BOARD  # the longest line stands in for the column edge: they run together
    widen_short_regions([read])
    assert texts(read) == BOARD


def test_line_measure_short_lines_get_the_documents_column_edge():
    prose, board = page(PROSE * 2), page(BOARD, top=300.0, width=900.0)  # the page width is not used then
    widen_short_regions([prose, board])
    assert texts(board) == BOARD
    assert [line.region_x1 for line in board.items] == [pytest.approx(prose.items[0].region_x1, abs=EDGE_STEP)] * 5


def test_line_measure_running_text_keeps_its_paragraphs():
    """A ragged narrow column (a reprinted article) runs on in lower case: it is no list."""
    lines = ["Etter to år med pandemi var", "det eit år med full drift, og", "museet hadde mange", "besøkande."]
    narrow = page(lines)
    widen_short_regions([narrow])
    assert texts(narrow) == [" ".join(lines)]
