"""A pdfplumber page → ``PageContent`` (words with size and weight, ruling segments) plus
image boxes, in a frame where the page's main text reads left to right.

pdfplumber already applies a page's /Rotate; text set sideways on the page (a landscape
table on a portrait page) is turned here, and the map back to page coordinates is returned
so provenance points at the printed page.
"""
from __future__ import annotations

import re
from typing import Callable

from pdfplumber.page import Page
from pdfplumber.utils.geometry import line_to_edge
from pdfplumber.utils.text import WordExtractor

from extractor.document import BBox
from extractor.ingest.primitives import PageContent, Segment, Word

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold", re.IGNORECASE)
MARGIN_STRIP_LINES = 2  # sideways text of at most this many lines is a margin label
MARGIN_LINE_PT = 4.0  # chars whose baselines lie within this distance share a line
SIZE_DECIMALS = 2  # font sizes closer than this are one size


def char_direction(char: dict) -> str:
    a, b = char["matrix"][0], char["matrix"][1]
    if abs(a) >= abs(b):
        return "ltr" if a > 0 else "rtl"
    return "ttb" if b < 0 else "btt"


def frame_of(direction: str, width: float, height: float):
    """(to_frame, to_page, frame width, frame height) that make ``direction`` read left to right."""
    if direction == "ttb":
        return (lambda b: (b[1], width - b[2], b[3], width - b[0]),
                lambda b: (width - b[3], b[0], width - b[1], b[2]), height, width)
    if direction == "btt":
        return (lambda b: (height - b[3], b[0], height - b[1], b[2]),
                lambda b: (b[1], height - b[2], b[3], height - b[0]), height, width)
    flip = lambda b: (width - b[2], height - b[3], width - b[0], height - b[1])  # noqa: E731
    return flip, flip, width, height


def _line_count(chars: list[dict], direction: str) -> int:
    """Distinct text lines among chars of one direction (by their baseline position)."""
    across = "top" if direction in ("ltr", "rtl") else "x0"
    return len({round(c[across] / MARGIN_LINE_PT) for c in chars})


def orient_chars(chars: list[dict]) -> tuple[list[dict], str]:
    """Chars of the page's main writing direction, and that direction.

    Text in other directions (a rotated margin label) is dropped: it would read as one
    word per letter. The main direction has the most chars, except that a sideways text of
    one or two lines (an e-signature strip along the margin) never outweighs upright text:
    a page with a short heading over a scanned image is still read upright.
    """
    if all(m[0] > 0 and m[1] == 0 for m in (c["matrix"] for c in chars)):
        return chars, "ltr"  # the common case, decided without a call per char
    by_direction: dict[str, list[dict]] = {}
    for c in chars:
        by_direction.setdefault(char_direction(c), []).append(c)
    if not by_direction:
        return chars, "ltr"
    main = max(by_direction, key=lambda d: len(by_direction[d]))
    if main != "ltr" and "ltr" in by_direction and _line_count(by_direction[main], main) <= MARGIN_STRIP_LINES:
        main = "ltr"
    if len(by_direction[main]) == len(chars):
        return chars, main
    return by_direction[main], main


def steady_chars(chars: list[dict], level: bool) -> None:
    """Remove rounding noise the word extractor would split words at, in place: it starts a
    new word wherever the font size or upright-ness changes, and some producers (Word's PDF
    export of pasted Excel objects) give each letter a size differing in the 7th decimal and
    a matrix skewed by 1e-7, which pdfminer calls not upright. ``level``: the chars read
    left to right."""
    for c in chars:
        c["size"] = round(c["size"], SIZE_DECIMALS)
        if level and not c["upright"]:
            c["upright"] = True


def turn_chars(chars: list[dict], to_frame: Callable[[BBox], BBox]) -> list[dict]:
    turned = []
    for c in chars:
        x0, top, x1, bottom = to_frame((c["x0"], c["top"], c["x1"], c["bottom"]))
        turned.append({**c, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                       "upright": True, "size": bottom - top, "width": x1 - x0, "height": bottom - top})
    return turned


DIGIT_GAP_EM = 0.1  # a gap this wide between two digits of one word is a thousands space
WORDS = WordExtractor(x_tolerance=3, y_tolerance=3, extra_attrs=["fontname", "size"])


def spaced_digits(text: str, chars: list[dict], size: float) -> str:
    """A figure whose thousands space is a gap with no space glyph ("314810,36" set as
    "314 810,36") gets its space back; letters are never split (tracking makes gaps too)."""
    if sum(ch.isdigit() for ch in text) < 4:
        return text
    out = [chars[0]["text"]]
    for prev, char in zip(chars, chars[1:]):
        if prev["text"].isdigit() and char["text"].isdigit() and char["x0"] - prev["x1"] >= DIGIT_GAP_EM * size:
            out.append(" ")
        out.append(char["text"])
    return "".join(out)


def chars_to_words(chars: list[dict], width: float, height: float) -> list[Word]:
    words = []
    for w in WORDS.extract_words(chars, return_chars=True):
        if w["x1"] < 0 or w["x0"] > width or w["bottom"] < 0 or w["top"] > height:
            continue  # outside the page: never printed
        # clipped to the page: a glyph of a hostile width reaches millions of points past it
        words.append(Word(spaced_digits(w["text"], w["chars"], w["size"]), max(0.0, w["x0"]), max(0.0, w["top"]),
                          min(width, w["x1"]), min(height, w["bottom"]), size=round(w["size"], 2),
                          bold=bool(BOLD_FONT.search(w["fontname"] or ""))))
    return words


def sorted_box(b: BBox) -> BBox:
    return (min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]))


def page_to_content(page: Page, number: int) -> tuple[PageContent, list[BBox], Callable[[BBox], BBox] | None]:
    """Words, ruling segments and image boxes of a page, parsed once, in a frame where the
    main text reads left to right; plus the map back to page coordinates when turned."""
    width, height = float(page.width), float(page.height)
    chars, direction = orient_chars(page.chars)
    edges = [*page.rect_edges, *map(line_to_edge, page.lines)]
    boxes = [(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges]
    images = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    to_page = None
    steady_chars(chars, direction == "ltr")
    if direction != "ltr":
        to_frame, to_page, width, height = frame_of(direction, width, height)
        chars = turn_chars(chars, to_frame)
        boxes = [sorted_box(to_frame(b)) for b in boxes]
        images = [sorted_box(to_frame(b)) for b in images]
    words = chars_to_words(chars, width, height)
    segments = [Segment(*b) for b in boxes]
    return PageContent(number, width, height, words, segments), images, to_page
