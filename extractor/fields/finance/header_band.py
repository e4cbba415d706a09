"""A statement's column header that a PDF read as a table of its own above it.

A narrow portrait page wraps a group's and a parent's header words inside their columns
("Konserne" / "t", "Morselsk" / "apet") and the unit in the corner ("(Beløp i" / "hele 1" /
"000 kr)"): the text finder takes those lines as a small table with fewer columns than the
statement's, and a line of the corner's unit may fall out between the two. Joined with the
statement (``join_header_rows``) it cannot be, its columns standing over none of the statement's;
read as the statement's header lines it still names the unit and the order of the scopes.
"""
from __future__ import annotations

from extractor.document import Block, BlockKind, Table
from extractor.fields.finance.columns import YEAR, scope_of
from extractor.fields.finance.units import parse_amount, unit_of
from extractor.fields.finance.vocabulary import is_section_title

MAX_BAND_ROWS = 4  # a header wrapped over more lines than this is no header band
MAX_BAND_CELL = 30  # characters: header words, not a paragraph in a layout table
MIN_DATED_COLUMNS = 2  # "Rekneskap" / "2021" over each figure column: a header of years and kinds


def band_lines(band: Table, between: list[Block]) -> tuple[str, ...]:
    """The header lines ``band`` gives the statement under it (``between``: the short blocks
    between them, top first), or () when it is not a header band: a few rows of short words and
    no figure, of which the joined columns name a scope or a unit. Each column's wrapped pieces
    are joined with spaces ("(Beløp i hele 1 000 kr)") and without ("Konsernet")."""
    if any(b.kind is BlockKind.HEADING and not is_section_title(b.text) or len(b.text.strip()) > MAX_BAND_CELL
           for b in between):
        return ()  # a title (but the statement's first section's) or a paragraph between: not this one's header
    texts = [[cell.text.strip() for cell in row] for row in band.rows]
    if not 1 <= len(texts) <= MAX_BAND_ROWS or max(map(len, texts)) < 2:
        return ()
    if any(len(t) > MAX_BAND_CELL or (t and parse_amount(t) is not None and not YEAR.fullmatch(t)) for row in texts for t in row):
        return ()
    width = max(map(len, texts))
    columns = [[row[c] for row in texts if c < len(row) and row[c]] for c in range(width)]
    tail = [b.text.strip() for b in between]
    spaced = [" ".join([*columns[0], *tail]), *(" ".join(col) for col in columns[1:])]
    closed = ["".join(col) for col in columns]
    dated = len(spaced) > MIN_DATED_COLUMNS and all(YEAR.search(t) for t in spaced[1:])
    found = unit_of(spaced)[1] is not None or any(scope_of(t) for t in closed) or dated
    return (" ".join(spaced), " ".join(closed)) if found else ()
