"""Figures an OCR'd table read without their thousands space, or with specks in them.

Tesseract joins "5 412" into one word "5412" when the printed space is narrow, so one cell of
a figure column reads "5412" where the others read "5 410", "1 379". Where a column writes at
least ``MIN_GROUPED`` of its figures grouped in thousands, a space-less OCR'd figure of four or
more digits in a row with a label is grouped the same way (a header's "1998" has no label).
Only the text changes; the value read from it is the same. In the same columns a typed comma
OCR read as a point ("14 360.00" among "3 500,00") is a comma again: the figure was lost. A row of years ("Driftsregnskap |
1980 | 1979") is a column header, also below other rows of the table (a typescript's board
list above its accounts), and keeps its years.

A typed whole-kroner mark ",-" that OCR read apart ("540 000, -") is ",-" again; in a column
that writes ``MIN_GROUPED`` figures so, one whose dash OCR lost ("668 343,") gets it back.

A stencil or a dotted copy leaves specks that OCR reads as bullets, and spaces around the
thousands dots of typed amounts: "Kr. 569. • 980" is "Kr. 569.980" (``despeckle``: only where
what is left is one amount grouped by dots).
"""
from __future__ import annotations

import re

from extractor.document import Table

GROUPED = re.compile(r"^[-−–(]?\d{1,3}(?: \d{3})+(?:,\d+)?\)?$")
PLAIN = re.compile(r"^([-−–(]?)(\d{4,9})((?:,\d+)?\)?)$")
MIN_GROUPED = 2  # grouped figures in a column that set its style
YEAR = re.compile(r"^(?:19|20)\d\d$")
POINT_DECIMALS = re.compile(r"^([-−–(]?\d{1,3}(?: \d{3})*)\.(\d\d\)?)$")  # "14 360.00": the comma read as a point
SPECKS = re.compile(r"\s*[•·∙]\s*")
SPACED_DASH = re.compile(r"(?<=\d),\s+[-−–](?=\)?\s*$)")  # "540 000, -": a typed ",-" read apart
WHOLE_KRONER = re.compile(r"\d,[-−–]\)?$")  # "540 000,-"
LOST_DASH = re.compile(r"(?<=\d),\s*$")  # "668 343,": the dash of its ",-" lost
DOTTED = re.compile(r"^(?P<lead>\D*?)(?P<num>\d{1,3}(?:\s*\.\s*\d{3})+)(?P<tail>\D*)$")


def despeckle(text: str) -> str:
    """"Kr. 569. • 980" -> "Kr. 569.980", "Kr. 286 .000" -> "Kr. 286.000"; any other text as it was."""
    m = DOTTED.match(SPECKS.sub(" ", text).strip())
    if m is None:
        return text
    number = "".join(m["num"].split())
    return f"{m['lead']}{number}{m['tail']}".strip()


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    return " ".join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def _whole_kroner(cells) -> None:
    """A column's OCR'd ",-" marks made whole: "540 000, -" -> "540 000,-", and "668 343," ->
    "668 343,-" where ``MIN_GROUPED`` figures of the column end in ",-" (in place)."""
    ocr = [cell for cell in cells if cell.prov.ocr_confidence is not None]
    for cell in ocr:
        cell.text = SPACED_DASH.sub(",-", cell.text)
    if sum(bool(WHOLE_KRONER.search(cell.text)) for cell in cells) >= MIN_GROUPED:
        for cell in ocr:
            cell.text = LOST_DASH.sub(",-", cell.text)


def regroup_figures(table: Table) -> Table:
    """``table`` with space-less figures of grouped columns grouped (in place; returned)."""
    body = [r for r in table.rows[table.header_rows:] if any(ch.isalpha() for ch in r[0].text)
            and not all(YEAR.match(cell.text) for cell in r[1:] if cell.text.strip())]
    for cell in (cell for r in body for cell in r[1:] if cell.prov.ocr_confidence is not None):
        cell.text = despeckle(cell.text)
    width = max((len(r) for r in body), default=0)
    for c in range(1, width):
        cells = [r[c] for r in body if c < len(r) and not r[c].merged]
        _whole_kroner(cells)
        if sum(bool(GROUPED.match(cell.text)) for cell in cells) < MIN_GROUPED:
            continue
        comma_decimals = sum(bool(re.search(r",\d\d\)?$", cell.text)) for cell in cells) >= MIN_GROUPED
        for cell in cells:
            if cell.prov.ocr_confidence is None:
                continue
            if m := PLAIN.match(cell.text):
                cell.text = f"{m[1]}{_grouped(m[2])}{m[3]}"
            elif comma_decimals and (m := POINT_DECIMALS.match(cell.text)):
                cell.text = f"{m[1]},{m[2]}"
    return table
