"""Running headers, footers and page numbers, found by repetition across pages.

A line in the top or bottom band of a page is furniture when the same text (digits ignored,
so "Side 3" and "Side 4" match) stands near the same height on several pages, or when it is
a page number ("7", "- 7 -", "Side 7", "Page 7 of 20", "Eksempel AS · side 7") in the band, or
what a browser prints round a page (``is_print_stamp``).
A heading-sized repeat at the top stays body text on the first page of each run of pages it tops.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from statistics import median

from extractor.ingest.blocks import SIZE_STEP
from extractor.ingest.layout import Line

BAND_SHARE = 0.12  # top and bottom share of the page height where furniture stands
Y_TOLERANCE = 8.0  # points: repeated lines further from their usual height are body text
PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.|sida)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:av|of|/|\|)\s*\d{1,4})?$", re.IGNORECASE
)

# a running footer that carries the page number: "Eksempel AS · Årsrapport 2023 · side 3"
PAGE_REF = re.compile(r"(?:^|[\s·|•–-])(?:side|page|sida|s\.)\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
MAX_PAGE_REF_WORDS = 12

# what a browser prints round a web page when its header and footer are on: the date and time
# (then the page's title) atop each page, the page's address and "page/pages" at its foot; one
# printed page has no repeat to tell them by
PRINT_DATE = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?(?:\s|$)",
                        re.IGNORECASE)
PRINT_ADDRESS = re.compile(r"^(?:https?://|file:/|about:|www\.)\S*(?:\s.*)?\s\d{1,4}\s*/\s*\d{1,4}$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    text = text.strip()
    return bool(PAGE_NUMBER.match(text)) or (len(text.split()) <= MAX_PAGE_REF_WORDS and bool(PAGE_REF.search(text)))


def is_print_stamp(text: str, band: str) -> bool:
    """A browser's print header (date and time first) atop the page, or its print footer (an
    address, then "1/3") at the foot."""
    return bool(PRINT_DATE.match(text.strip()) if band == "top" else PRINT_ADDRESS.match(text.strip()))


def furniture_key(text: str) -> str:
    """Digits and punctuation do not count: page numbers change, and OCR reads a "·" in a
    running header as "*", "-" or nothing from page to page."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w#]+", " ", re.sub(r"\d+", "#", text))).strip().casefold()


def min_repeats(page_count: int) -> int:
    """Pages a text must repeat on: 2 in short documents, 3 from 6 pages on."""
    return 2 if page_count < 6 else 3


def band_of(line: Line, height: float) -> str | None:
    if line.top < height * BAND_SHARE:
        return "top"
    if line.bottom > height * (1 - BAND_SHARE):
        return "bottom"
    return None


def body_size(pages: list[tuple[int, float, list[Line]]]) -> float:
    """The most common font size by characters over all pages."""
    sizes: Counter[float] = Counter()
    for _, _, lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def run_starts(members: list[tuple[int, Line]], body: float) -> set[int]:
    """ids of heading-sized lines that open a run of consecutive pages: a section title set
    again at the top of each page it fills ("Organisasjonens arbeid" on pages 8, 9 and 10) is
    a heading where it first stands, and a running header only on the pages after."""
    starts, last_page = set(), None
    for number, line in sorted(members, key=lambda m: m[0]):
        if line.size > body * SIZE_STEP and (last_page is None or number > last_page + 1):
            starts.add(id(line))
        last_page = number
    return starts


def find_furniture(pages: list[tuple[int, float, list[Line]]]) -> set[int]:
    """ids of the furniture lines among ``pages`` given as (page number, height, lines)."""
    groups: dict[tuple[str, str], list[tuple[int, Line]]] = defaultdict(list)
    found: set[int] = set()
    body = body_size(pages)
    for number, height, lines in pages:
        for line in lines:
            band = band_of(line, height)
            if band is None:
                continue
            if is_page_number(line.text) or is_print_stamp(line.text, band):
                found.add(id(line))
            else:
                groups[(band, furniture_key(line.text))].append((number, line))
    needed = min_repeats(len(pages))
    for (band, _), members in groups.items():
        if len({n for n, _ in members}) < needed:
            continue
        usual = median(line.top for _, line in members)
        near = [(n, line) for n, line in members if abs(line.top - usual) <= Y_TOLERANCE]
        if len({n for n, _ in near}) >= needed:
            found.update(id(line) for _, line in near)
            if band == "top":
                found -= run_starts(near, body)
    return found


MIN_KEY_WORDS = 2  # a running header's part a table took: a word alone is too common to tell


def furniture_rows(rows: list[list[str]], keys: set[str]) -> int:
    """How many of a table's first rows are a running header the table finder took in with it
    (a continued statement's top row "Nome kommune – Årsmelding 2019 – Vedlegg" under the page's
    header band): each row's text the start of a furniture line's text on other pages."""
    count = 0
    for row in rows:
        key = furniture_key(" ".join(c for c in row if c.strip()))
        if len(key.split()) < MIN_KEY_WORDS or not any(k.startswith(key) for k in keys):
            break
        count += 1
    return count
