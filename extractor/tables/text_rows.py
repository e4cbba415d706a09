"""The rows of a whitespace-aligned table: a run's lines (``text_runs``) cut into cells by column band.

Each line starts a row, except wrapped text of the row above, the top of a cell a browser centred
lower than its label, a label its next line completes ("Vara for" / "Etne"), and lines with text
only in the label column, which continue the label of the row above, start the label of the row
below (``_label_target``) or stand as section titles of their own. Read from the lines' words,
their vertical gaps and the column bands.
"""
from __future__ import annotations

from extractor.ingest.primitives import Word
from extractor.tables.base import TableTolerances
from extractor.tables.cells import FREE_WORDS, YEAR, is_numeric
from extractor.tables.chunks import TextLine
from extractor.tables.stacked_figures import join_stacked_figures
from extractor.tables.text_columns import Band, band_of, is_label_only, sole_band
from extractor.tables.text_runs import (GAP_MARGIN_EM, has_figures, is_tight, label_goes_on, line_gap, line_text,
                                        wraps_value)

LABEL_LINKS = frozenset({"for", "av", "til", "fra", "frå", "og"})  # "Vara for" / "Etne", "Nore og" / "Uvdal": a label its next line completes
# A capitalised line under a closed label of figures ("Sum driftsinntekter" / "Driftskostnader")
# wraps it only when clearly nearer to it than to the row below: a wrap's lines sit tighter than
# rows do, and a section title a renderer spaces a point or so closer is not one (a name in a
# narrow column does wrap capitalised: "Tormod" / "Bjørnereim").
TITLE_GAP_MARGIN_EM = 0.3


def _label_target(
    block: list[TextLine], prev: TextLine | None, after: TextLine | None, labels: tuple[str, str], tol: TableTolerances
) -> str | None:
    """Where label-only lines belong: "prev" (the label of the row above wraps onto them),
    "next" (the label of the row below starts on them) or None (a row of their own, such as
    a section title). They continue the row above when it has a label (not a header row
    such as "Note | 2024 | 2023") and they are tight under it and nearer to it than to the
    row below (clearly nearer when they start with a capital after a closed label of figures:
    ``TITLE_GAP_MARGIN_EM``), or, at equal spacing, start lowercase or follow a label
    ending in "-", "," or a joining word ("og", "fra"). They start the row below only when
    tight above it and that row's label is empty, starts lowercase, or they end in such a
    way: a section title right above its first item looks just like a wrapped label."""
    first, last = block[0], block[-1]
    gap_prev = line_gap(prev, first) if prev is not None else None
    gap_next = line_gap(last, after) if after is not None else None
    limit = tol.wrap_gap_em * first.size
    tight_prev = gap_prev is not None and gap_prev <= limit
    tight_next = gap_next is not None and gap_next <= limit
    prev_label, next_label = labels
    figures = prev is not None and any(is_numeric(" ".join(w.text for w in c)) for c in prev.chunks[1:])
    goes_on = label_goes_on(line_text(first)) or _open_ended(prev_label)
    nearer = gap_next is None or gap_prev is not None and gap_prev + TITLE_GAP_MARGIN_EM * first.size < gap_next
    if tight_prev and prev_label and (goes_on or not figures or nearer) \
            and (not tight_next or gap_prev + GAP_MARGIN_EM * first.size < gap_next):
        return "prev"  # names wrap capitalised, but nearer to their row than a title would be
    if tight_prev and prev_label and goes_on:
        return "prev"
    if tight_next and (not next_label or next_label[:1].islower() or _open_ended(line_text(last))):
        return "next"
    return None


def _open_ended(label: str) -> bool:
    """A label that visibly goes on: ends in "-", "," or a joining word ("og", "fra")."""
    words = label.split()
    return bool(words) and (label.endswith(("-", ",")) or words[-1].casefold() in FREE_WORDS)


def _cell_text(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: (round(w.top), w.x0)))


def line_to_cells(line: TextLine, bands: list[Band]) -> list[list[Word]]:
    cells: list[list[Word]] = [[] for _ in bands]
    for chunk in line.chunks:
        index = band_of(chunk, bands)
        index = sole_band(chunk, bands) if index is None else index  # reaches past its band's edge only
        if index is None:  # straddles: put it where it starts
            index = max(i for i, b in enumerate(bands) if b[0] <= chunk[0].x0 + 1) if chunk[0].x0 + 1 >= bands[0][0] else 0
        cells[index].extend(chunk)
    return cells


def lines_to_rows(lines: list[TextLine], bands: list[Band], tol: TableTolerances) -> list[list[list[Word]]]:
    """Each line starts a row, except a tight line with nothing in the first column under a
    row that has something there (wrapped text of the row above), a tight labelled line under
    the top of its own centred cells or under a label it completes ("Vara for" / "Etne"), and
    lines with text only in the label column that continue the label of the row above or start
    the label of the row below (``_label_target``)."""
    lines = join_stacked_figures(lines, lambda line: line_to_cells(line, bands), lambda a, b: is_tight(a, b, tol))
    rows: list[list[list[Word]]] = []
    carry: list[Word] = []  # label words for the row below
    orphan: list[list[Word]] | None = None  # a row that may be the top of the next line's cells
    index = 0
    while index < len(lines):
        line = lines[index]
        if rows and not carry and index and wraps_value(lines[index - 1], line, tol):
            next(cell for cell in reversed(rows[-1]) if cell).extend(line.words)  # "...:⇥Margit" / "Lundervold"
            index += 1
            continue
        if is_label_only(line, bands):
            end = index + 1
            while end < len(lines) and is_label_only(lines[end], bands) and is_tight(lines[end - 1], lines[end], tol):
                end += 1
            block = lines[index:end]
            prev = lines[index - 1] if rows and index else None
            after = lines[end] if end < len(lines) else None
            prev_label = _cell_text(rows[-1][0]) if rows else ""
            next_label = _cell_text(line_to_cells(after, bands)[0]) if after else ""
            target = _label_target(block, prev, after, (prev_label, next_label), tol)
            words = [w for b in block for w in b.words]
            if target == "prev" and rows:
                rows[-1][0].extend(words)
            elif target == "next":
                carry.extend(words)
            else:  # rows of their own: section titles, one per line unless a line goes on lowercase
                for part in _title_rows(block):
                    rows.append([part] + [[] for _ in bands[1:]])
            index = end
            continue
        cells = line_to_cells(line, bands)
        prev_line = lines[index - 1] if index else None
        tight = prev_line is not None and is_tight(prev_line, line, tol)
        if rows and tight and not carry and not cells[0] and (rows[-1][0] or _wraps_header(rows[-1], cells)) \
                and not _second_entry(rows[-1], cells):
            for target_cell, extra in zip(rows[-1], cells):
                target_cell.extend(extra)
        elif rows and tight and not carry and cells[0] and (orphan is rows[-1] or _links_on(_cell_text(rows[-1][0]))) \
                and not has_figures(rows[-1]) and not has_figures(cells):  # figures: a header over a statement's row
            rows[-1] = [above + cell for above, cell in zip(rows[-1], cells)]  # centred cells; "Vara for" / "Solund"
        else:
            cells[0] = carry + cells[0]
            carry = []
            rows.append(cells)
            # A row without a label, a gap above it and its next line tight under it: the top of
            # a cell wrapped onto more lines than the label's, which sits centred lower down
            # (a browser centres table cells vertically: "Randi Solheim" / "Styreleiar | Flatjord").
            orphan = cells if not cells[0] and not tight else None
        index += 1
    if carry:
        rows.append([carry] + [[] for _ in bands[1:]])
    return rows


def _links_on(label: str) -> bool:
    """A label ending in a preposition that its next line completes ("Vara for" / "Etne")."""
    words = label.split()
    return bool(words) and words[-1].casefold() in LABEL_LINKS


def _second_entry(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """``lower`` is another entry under the label of ``upper`` ("Varamedlemmer | Ola Dahl | Vang"
    over " | Kari Moe | Lom"), not its wrapped text: it fills the same two or more columns after
    the label, each starting anew with a capital, as text seldom wraps in every column at once."""
    filled = [i for i, cell in enumerate(lower[1:], 1) if cell]
    return len(filled) >= 2 and filled == [i for i, cell in enumerate(upper[1:], 1) if cell] and all(
        lower[i][0].text[:1].isupper() and upper[i][0].text[:1].isupper() for i in filled)


def _wraps_header(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """``lower`` is the second line of header cells wrapped in their columns ("Regnskap" over
    "2023"): neither has a label, ``lower`` fills only columns ``upper`` fills, and holds words and
    years, no amounts (a row of figures without a label stays a row)."""
    return not upper[0] and all(u for u, low in zip(upper, lower) if low) and all(
        YEAR.match(w.text) or any(ch.isalpha() for ch in w.text) for cell in lower for w in cell)


def _title_rows(block: list[TextLine]) -> list[list[Word]]:
    """Label-only lines standing as rows: "Eiendeler" over "Anleggsmidler" are two section
    titles, a line going on in lowercase (or after an open end) continues the one above."""
    parts: list[list[Word]] = []
    for line in block:
        if parts and (line_text(line)[:1].islower() or _open_ended(" ".join(w.text for w in parts[-1]))):
            parts[-1].extend(line.words)
        else:
            parts.append(list(line.words))
    return parts
