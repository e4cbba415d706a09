"""Year pairing: which year a figure belongs to in a sentence that gives figures for more than
one year ("14,5 årsverk i 2023 mot 13,0 i 2022", "5,0 prosent (2021: 7,2 prosent)", "Årsverk
2022: 13,0 / 2023: 14,5"). Fields keep the report year's figure and leave the other years'.

A figure's year is, in order: a year labelling it ("2023: 14,5", "(2021: 7,2"); then, only in
a sentence naming two years (or one and "året før", since with one year the year says when, not
which figure): a year right after it in the same clause ("6,2 % i 2023", "41 VTA-plasser i
2023"), "året før"/"i fjor" after it (the year before the report year), else the nearest "i
2023" before it with no other figure between.
"""
from __future__ import annotations

import re

from extractor.parse import YEAR, parse_number

_YEARS = re.compile(rf"(?<![\d,.]){YEAR}(?![\d,.]\d)")
_PREVIOUS = re.compile(r"\b(?:året før|i fjor|året etter|fjoråret)\b", re.IGNORECASE)
_AFTER_YEAR = re.compile(rf"^[^\d(),;:]{{0,30}}?\b(?:i|for|pr\.?|per)\s+({YEAR})\b", re.IGNORECASE)
_AFTER_PREVIOUS = re.compile(r"^[^\d(),;:]{0,30}?\b(?:året før|i fjor)\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(rf"\b({YEAR})\s*[:=]\s*$")
_YEAR_BEFORE = re.compile(rf"\b(?:i|for|pr\.?|per)\s+({YEAR})\b(?!.*\d)", re.DOTALL | re.IGNORECASE)
NUMBER = re.compile(r"(?<![\d,.])\d{1,4}(?:[.,]\d+)?(?![\d,.]?\d)")


def names_two_years(sentence: str) -> bool:
    """Whether the sentence gives figures for more than one year."""
    years = {m.group(0) for m in _YEARS.finditer(sentence)}
    return len(years) > 1 or (len(years) == 1 and bool(_PREVIOUS.search(sentence)))


def paired_year(sentence: str, start: int, end: int, report_year: int | None) -> int | None:
    """The year the figure at sentence[start:end] is given for; None when the sentence does not
    tell."""
    after, before = sentence[end:], sentence[:start]
    if m := _LABEL_BEFORE.search(before):
        return int(m.group(1))
    if not names_two_years(sentence):
        return None
    if m := _AFTER_YEAR.match(after):
        return int(m.group(1))
    if _AFTER_PREVIOUS.match(after):
        return report_year - 1 if report_year else None
    if m := _YEAR_BEFORE.search(before):
        return int(m.group(1))
    return None


def other_year(sentence: str, start: int, end: int, report_year: int | None) -> bool:
    """Whether the figure is another year's than the report's (a comparison, not the level)."""
    year = paired_year(sentence, start, end, report_year)
    return year is not None and report_year is not None and year != report_year


def report_year_value(sentence: str, report_year: int | None, start: int = 0) -> float | None:
    """The first figure after ``start`` paired with the report year (years left out), parsed;
    None when there is none."""
    if not report_year:
        return None
    for m in NUMBER.finditer(sentence, start):
        if not _YEARS.fullmatch(m.group(0)) and paired_year(sentence, m.start(), m.end(), report_year) == report_year:
            return parse_number(m.group(0))
    return None
