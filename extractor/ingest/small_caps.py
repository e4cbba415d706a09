"""Small capitals in a text layer: a heading set in small caps is one line of one size to a reader
but two sizes to the PDF.

A program that scales capitals for the lower-case letters (a browser's ``font-variant:
small-caps`` in a font without small-caps glyphs, as word processors do too) draws each
word's capital at the type's size and the rest as capitals some 70 % as large on the same baseline,
so the word splits at the change of size ("S" / "tyret") and the line takes the smaller size. Here
the scaled run is given back the line's size and its letters their case (the text layer keeps the
lower case or, from some producers, the capitals drawn), and its chars are marked: a line of small
capitals is a heading's type (``block_headings``) even when barely larger than the body. A font
named as a small-caps face ("…-SC", "…SmallCaps") marks its letters too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.ingest.pdf_chars import Char

SCALED_RATIO = (0.6, 0.86)  # a scaled capital is this share of the full one's size
TOUCH_EM = 0.2  # the scaled letters follow the capital within this share of its size
BASELINE_EM = 0.15  # ... on its baseline (their bottoms this close)
WORD_GAP_EM = 1.5  # a wider gap ends the line's small capitals (the next cell of a table's row)
_SC_SUFFIX = re.compile(r"(?<=[a-z-])SC(?=$|[-_,])")  # case-sensitive: "RegularSC", not "Disc"
_SMALL_CAPS_NAME = re.compile(r"small-?caps|smcp|-caps(?=$|[-_,])", re.IGNORECASE)


@lru_cache(maxsize=256)
def is_small_caps_font(font: str) -> bool:
    """The font's name says it is a small-caps face ("MinionPro-RegularSC", "Garamond-SmallCaps")."""
    name = font.split("+", 1)[-1]
    return bool(_SC_SUFFIX.search(name) or _SMALL_CAPS_NAME.search(name))


def _starts_scaled(big: Char, small: Char) -> bool:
    """``small`` is the first scaled capital after the full capital ``big`` ("S" then "tyret")."""
    if not big.text.isupper() or not small.text.isalpha() or big.font != small.font or big.bold != small.bold:
        return False
    ratio = small.size / big.size if big.size else 0.0
    return SCALED_RATIO[0] <= ratio <= SCALED_RATIO[1] and -1.0 <= small.x0 - big.x1 <= TOUCH_EM * big.size \
        and abs(small.bottom - big.bottom) <= BASELINE_EM * big.size


def _goes_on(run_end: Char, char: Char, big: Char, small_size: float) -> bool:
    """``char`` goes on with a line of small capitals led by ``big``: the same font on the same
    baseline, at the full or the scaled size, no further right of the run's last letter than a
    word space."""
    return char.font == big.font and char.bold == big.bold and char.size in (big.size, small_size) \
        and abs(char.bottom - big.bottom) <= BASELINE_EM * big.size \
        and -1.0 <= char.x0 - run_end.x1 <= WORD_GAP_EM * big.size


def scaled_caps(chars: list[Char]) -> tuple[list[Char], set[int]]:
    """The chars with each run of scaled capitals given its capital's size, box and case, and the
    ids of the chars (of the list returned) that are small capitals: those runs with their full
    capitals, and the letters of a small-caps font."""
    out = list(chars)
    marked: set[int] = set()
    i, count = 0, len(out)
    while i < count:
        big = out[i]
        if i + 1 == count or not _starts_scaled(big, out[i + 1]):
            if out[i].text.isalpha() and is_small_caps_font(out[i].font):
                marked.add(i)
            i += 1
            continue
        small_size, end, j = out[i + 1].size, big, i
        while j < count and (j == i or _goes_on(end, out[j], big, small_size)):
            char = out[j]
            if char.size == small_size:
                text = char.text.lower() if char.text.isalpha() else char.text
                char = out[j] = char._replace(text=text, size=big.size, top=big.top, bottom=big.bottom)
            if not char.text.isspace():
                end = char
            marked.add(j)
            j += 1
        i = j
    return out, {id(out[k]) for k in marked}
