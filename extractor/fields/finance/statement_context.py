"""The text around a table, and what it says of the statement the table prints.

A PDF or a Word file sets a statement's name and year in the headings above a table, in a caption
just above or below it ("Resultatregnskap 2024", "Balanse per 31.12.2024"), not in the table
itself: ``Context`` holds those texts, ``kind_from_text`` reads the kind of statement they name
and ``context_year`` the year for a column that prints none ("Medgått").
"""
from __future__ import annotations

from dataclasses import dataclass

from extractor.fields.finance.columns import DATE_YEAR, SEASON, YEAR, seasons_in
from extractor.fields.finance.vocabulary import vocabulary, words_in

MIN_KEY_ROWS = 2  # a table with this many vocabulary lines is a statement whatever its heading


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
