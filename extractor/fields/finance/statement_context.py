"""The text around a table, and what it says of the statement the table prints.

A PDF or a Word file sets a statement's name and year in the headings above a table, in a caption
just above or below it ("Resultatregnskap 2024", "Balanse per 31.12.2024"), not in the table
itself: ``Context`` holds those texts, ``kind_from_text`` reads the kind of statement they name
and ``context_year`` the year for a column that prints none ("Medgått"). ``table_contexts``
gathers those texts for every table of the report: a few short blocks above it (a column-header
line a PDF set apart is kept as the table's own), the heading path, and a short text or the
layout cell's text after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.document import Block, BlockKind, Table
from extractor.fields.context import Analysis
from extractor.fields.finance.columns import DATE_YEAR, SEASON, YEAR, seasons_in
from extractor.fields.finance.header_band import band_lines
from extractor.fields.finance.vocabulary import is_section_title, key_of, vocabulary, whole_words, words_in
from extractor.parse import LONE_YEAR

MIN_KEY_ROWS = 2  # a table with this many vocabulary lines is a statement whatever its heading
CONTEXT_BLOCKS = 3  # blocks above a table read for its title, year and unit
SHORT_CONTEXT = 160  # longer paragraphs are prose, not a title or a caption
MAX_COLUMN_NOTE = 30  # characters: a column's note, not a sentence
COLUMN_NOTE_MARKS = re.compile(r"\d\)|\(\d\)?|\*+\)?|[¹²³⁾()]")  # a note's footnote mark and brackets


@dataclass(frozen=True, slots=True)
class Context:
    """The text around one table: headings (nearest last) and short texts above and below."""

    headings: tuple[str, ...]
    before: tuple[str, ...]  # nearest first
    after: tuple[str, ...]
    header_lines: tuple[str, ...] = ()  # the table's column-header lines a PDF set apart above it (nearest first)


def kind_from_text(texts) -> str | None:
    """The statement the nearest text naming one names (texts nearest first). A budget is
    named only where nothing else is: "Resultatregnskap 2024 sammenlignet med budsjett" is
    an income statement, and a chart's "Budsjett 2025" beside it names no table."""
    found = [kind for text in texts if text for kind, words in vocabulary().statements.items() if words_in(text, words)]
    return next((k for k in found if k != "budsjett"), found[0] if found else None)


def years_in(text: str) -> list[int]:
    """The years a text names; a season ("2022/23") is the year it ends."""
    seasons, rest = seasons_in(text), SEASON.sub(" ", text)
    return [int(m[1] or m[2]) for m in DATE_YEAR.finditer(text)] + seasons + \
        [int(m[1]) for m in YEAR.finditer(rest) if " " not in m[1]]


def context_year(texts, report_year: int | None) -> int | None:
    """The year of a statement whose columns print none ("Medgått"): the year a title naming a
    statement gives ("Resultatregnskap 2024", "Balanse per 31.12.2024"; the report's year where
    it stands there, as in "2024 samanlikna med budsjett 2025"), else the report's year (a
    chart's "2024" beside the table is a label, not the statement's year), else the first year
    named around it."""
    for text in (t for t in texts if t and kind_from_text([t]) not in (None, "budsjett")):
        years = years_in(text)
        if report_year in years:
            return report_year
        past = [y for y in years if report_year is None or y <= report_year]
        if past:
            return past[0]
    if report_year:
        return report_year
    return next((y for t in texts if t for y in years_in(t)), None)


def table_contexts(analysis: Analysis) -> dict[int, Context]:
    """``id(table)`` → its headings and the short texts just above and below it."""
    items = analysis.document.items
    out: dict[int, Context] = {}
    cells = {cell.prov.path: cell.text for item in items if isinstance(item, Table)
             for row in item.rows for cell in row if cell.prov.path}  # Word paths of the layout cells
    for i, item in enumerate(items):
        if not isinstance(item, Table):
            continue
        before, header_lines, between = [], [], []
        for prev in reversed(items[:i]):
            if isinstance(prev, Table) and len(between) < CONTEXT_BLOCKS:
                header_lines += band_lines(prev, between[::-1])  # a header a PDF set apart as a table
            if not isinstance(prev, Block) or len(before) == CONTEXT_BLOCKS:
                break
            between.append(prev)
            if not before and not header_lines and is_column_note(prev.text):
                continue  # "Omarbeidet1)" under a year, set apart: the header line is above it
            if all(map(is_section_title, before)) and is_header_line(prev.text):
                header_lines.append(prev.text)  # "Regnskap Avvik Justert Regnskap" / "budsjett", set apart
                continue
            if len(prev.text) <= SHORT_CONTEXT:
                before.append(prev.text)
            if prev.kind is BlockKind.HEADING and not is_section_title(prev.text):
                break
        after = items[i + 1] if i + 1 < len(items) else None
        after_text = (after.text,) if isinstance(after, Block) and after.kind is not BlockKind.HEADING \
            and len(after.text) <= SHORT_CONTEXT else ()
        holder = cells.get(item.nested_in, "") if item.nested_in is not None else ""
        if holder and len(holder) <= SHORT_CONTEXT:  # a web page's layout cell: its own text is the table's caption
            after_text = (holder,)
        out[id(item)] = Context(analysis.table_headings.get(id(item), ()), tuple(before), after_text,
                                tuple(header_lines))
    return out


def is_column_note(text: str) -> bool:
    """A year column's note that a PDF set apart on a line of its own, between the header line and
    the figures: "Omarbeidet1)", "Restated*", "(urevidert)" under last year's column, nothing more."""
    rest = " ".join(COLUMN_NOTE_MARKS.sub(" ", text.casefold()).split())
    if not rest or len(rest) > MAX_COLUMN_NOTE:
        return False
    return not whole_words(tuple(vocabulary().columns["restated"])).sub(" ", rest).strip()


def is_header_line(text: str) -> bool:
    """A table's column-header line that a PDF reads as a block of its own above the table: two
    or more header words ("Regnskap Budsjett Regnskap", "Hovedoversikt Regnskap Avvik Justert"),
    a header word wrapped onto a line of its own ("budsjett"), or two or more years among header
    words and a section title run into the line ("Note 2019 2018 Eiendeler", left at a page's foot
    above a section title and its table)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    header = vocabulary().columns["header_line"]
    rest = [w for w in words if w not in header]
    strong = len(words) - len(rest)
    if strong >= 2 or (strong == 1 and len(words) == 1 and text.strip()[:1].islower()):
        return True
    return (len(LONE_YEAR.findall(text)) >= 2 and not re.search(r"\d", LONE_YEAR.sub("", text))
            and (not rest or is_section_title(" ".join(rest))))
