"""Table finding on PDF pages (born-digital and OCR'd), one plug-in per strategy.

``find_tables(page)`` runs the strategies in ``STRATEGIES`` order; a table found by an
earlier strategy (ruled) wins over a later one (text) in the same area, and the later
strategy never sees the words already inside a table. ``merge_continuations`` joins
tables continued across page breaks (``items_to_page_edges`` tells it, from the reader's
body items, which tables nothing but running headers and footers separates).
"""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Table
from extractor.ingest.primitives import PageContent, word_centre_in
from extractor.tables.base import DEFAULT_TOLERANCES, TableStrategy, TableTolerances, bbox_overlap_area
from extractor.tables.carried_rows import carry_rows
from extractor.tables.continuation import absorb_break_titles, items_to_page_edges, merge_continuations
from extractor.tables.header_rows import join_header_rows
from extractor.tables.ocr_figures import regroup_figures
from extractor.tables.ruled import RuledStrategy
from extractor.tables.text_aligned import TextAlignedStrategy
from extractor.tables.trailing_rows import absorb_trailing_rows

STRATEGIES: dict[str, type[TableStrategy]] = {
    RuledStrategy.name: RuledStrategy,
    TextAlignedStrategy.name: TextAlignedStrategy,
}


def find_tables(page: PageContent, strategies: tuple[str, ...] = ("ruled", "text"),
                tolerances: TableTolerances = DEFAULT_TOLERANCES) -> list[Table]:
    """All tables on one page, top to bottom, without overlaps."""
    found: list[Table] = []
    for name in strategies:
        boxes = [t.prov.bbox for t in found]
        words = [w for w in page.words if not any(word_centre_in(w, box, 1.0) for box in boxes)]
        for table in STRATEGIES[name](tolerances).find(replace(page, words=words)):
            if not any(bbox_overlap_area(table.prov.bbox, box) > 0 for box in boxes):
                found.append(table)
    if page.from_ocr:
        found = [regroup_figures(t) for t in found]
    return sorted(found, key=lambda t: (t.prov.bbox[1], t.prov.bbox[0]))


__all__ = ["STRATEGIES", "TableStrategy", "absorb_break_titles", "absorb_trailing_rows", "carry_rows", "find_tables",
           "items_to_page_edges", "join_header_rows", "merge_continuations"]
