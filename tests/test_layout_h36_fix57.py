"""The fifty-seventh blind held-out set's layout kinds (docs/phrasings.md §107): a board strip whose
photos are drawn as shaded boxes with its captions in a row of their own, and a "*" footnote under
a table. Names are invented."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.fields.owners import iter_sentence_claims
from extractor.ingest import blocks as blk
from extractor.ingest import layout
from extractor.ingest.pdf_cards import find_cards, frames_from_segments
from extractor.ingest.primitives import Segment, Word
from test_fields_h35_fixH import _words


def _box(x0: float, top: float, x1: float, bottom: float) -> list[Segment]:
    """A rectangle's edges as the reader gives them: top, bottom, left, right."""
    return [Segment(x0, top, x1, top), Segment(x0, bottom, x1, bottom), Segment(x0, top, x0, bottom),
            Segment(x1, top, x1, bottom)]


STRIP = [(300.0 + 52 * k, 100.0, 349.0 + 52 * k, 185.0) for k in range(4)]  # four boxes, 3 pt apart


def _strip_segments(boxes=STRIP) -> list[Segment]:
    return [s for b in boxes for s in _box(*b)]


def test_layout_frames_a_strip_of_empty_boxes_of_one_size_is_photos():
    assert frames_from_segments(_strip_segments(), []) == STRIP


def test_layout_frames_boxes_with_text_inside_or_of_other_sizes_are_no_photos():
    inside = _words("Nøkkeltal", 305, 130)  # a tile with its text: a box, no photo
    assert frames_from_segments(_strip_segments(), inside) == [b for b in STRIP if b[0] > 310]
    bars = [(300.0 + 52 * k, 185.0 - 20 * (k + 2), 349.0 + 52 * k, 185.0) for k in range(4)]  # a bar chart
    assert frames_from_segments(_strip_segments(bars), []) == []
    cells = [(300.0 + 49 * k, 100.0, 349.0 + 49 * k, 185.0) for k in range(4)]  # a ruled table's cells touch
    assert frames_from_segments(_strip_segments(cells), []) == []


def _caption_row_words() -> list[Word]:
    """Captions in a row of their own: each starts where its text needs, not under its photo
    (the second at 344, its photo at 352), the role in small capitals over the name."""
    words: list[Word] = []
    for x, role, name in ((300, "STYRELEIAR", "Rita Bø / Skarstad"), (344, "NESTLEIAR", "Odd Lia"),
                          (396, "STYREMEDLEM*", "Kjetil Åsen / Myrvang"), (452, "VARAMEDLEM", "Eli Vik")):
        words += _words(role, x, 190, size=6.5)
        for k, part in enumerate(name.split(" / ")):
            words += _words(part, x, 199 + 10 * k, size=7.8)
    return words + _words("* Vald av og blant dei tilsette.", 300, 232, size=7.0)


def test_layout_caption_row_columns_start_where_its_lines_start():
    tables = find_cards(1, _caption_row_words(), STRIP, 595)
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["STYRELEIAR", "NESTLEIAR", "STYREMEDLEM*", "VARAMEDLEM"],
        ["Rita Bø Skarstad", "Odd Lia", "Kjetil Åsen Myrvang", "Eli Vik"]]


def _line(text: str, top: float, bullet: str = "") -> layout.Line:
    return layout.Line(text, 100, top, 400, top + 8, 8.0, False, 30.0, 100, 0, 520.0, bullet=bullet)


def _table(top: float) -> layout.Placed:
    table = Table(rows=[[Cell("STYREMEDLEM*", Provenance(page=1)), Cell("Kari Dahl", Provenance(page=1))]],
                  prov=Provenance(page=1, bbox=(100, top, 400, top + 20)), strategy="text", confidence=0.8)
    return layout.Placed(table, 100, top, 400, top + 20)


def test_blocks_a_star_under_a_table_is_its_footnote_mark_not_a_bullet():
    raws = [r for r in blk.group_lines(1, [_table(80), _line("Vald av og blant dei tilsette.", 104, "*")], False, 3.0)
            if isinstance(r, blk.RawBlock)]
    assert [(r.text, r.list_item) for r in raws] == [("* Vald av og blant dei tilsette.", False)]
    # after text, "*" still leads a list item
    raws = [r for r in blk.group_lines(1, [_line("Vi har:", 90), _line("ein ny brygge", 104, "*")], False, 3.0)
            if isinstance(r, blk.RawBlock)]
    assert raws[-1].list_item and raws[-1].text == "ein ny brygge"


@pytest.mark.parametrize(("text", "want"), [
    ("EIERE OG REPRESENTANTSKAP", []),  # a spread's title over the owners' grid
    ("Eigarar og representantskap", []),
    ("Eiere: Nordvik kommune og Sørvik kommune", [("Nordvik kommune", None), ("Sørvik kommune", None)]),
])
def test_owners_owners_and_an_organ_in_a_title_is_no_owner(text, want):
    assert [(c.name, c.share) for c in iter_sentence_claims(text, Provenance(page=1), False, [])] == want


@pytest.mark.parametrize(("sentence", "years"), [
    ("kommunestyret valgte hanne sollie som nytt styremedlem fra 2024.", ["2024"]),
    ("ho tek over som leiar frå og med 2025.", ["2025"]),
    ("ny nestleder f.o.m. 1. januar 2024 er per lie.", ["2024"]),
    ("hun har vært styremedlem siden 2019.", []),
])
def test_board_meeting_a_term_from_a_year(sentence, years):
    from extractor.fields.board_meeting import _term_from

    assert _term_from().findall(sentence) == years
