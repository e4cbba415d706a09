"""A row of words cut where the type size jumps across a wide gap (``layout.page_to_items``): a
sidebar's small title level with the page's heading is two lines; so are two headings set side by
side over two boxes or columns ("HOVEDSTYRET" far left of "GRUPPELEDERE")."""
from __future__ import annotations

from statistics import median

from extractor.ingest.primitives import Word

SIZE_GAP_EM = 3.0  # a gap this many of the smaller word's size ...
SIZE_STEP = 1.5  # ... between words this many times the size of each other parts a row into two lines
SIDE_GAP_EM = 6.0  # headings side by side: a gap this many of their size between them ...
SIDE_STEP = 1.05  # ... all words bold and this much larger than the body ...
SIDE_WORDS = 4  # ... each heading a word or a few, in words (a year among them) ...
SIDE_PIECES = 3  # ... over a box or a column or two each (a row of five cards' names is no heading)


def size_parts(words: list[Word]) -> list[list[Word]]:
    """A row's words, left to right, cut where a wide gap parts words of very different sizes and
    the larger are words without figures: a sidebar's small title beside the page's heading
    ("ORGANISASJON" at 7.5 pt, "Styre og ansatte" at 22 pt) are two lines, not one; a key figure
    set large beside its label ("mill. 200", "58 %") stays the label's line."""
    parts: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if parts:
            prev = parts[-1][-1]
            big, small = max(prev.size, word.size), max(min(prev.size, word.size), 0.1)
            if word.x0 - prev.x1 < SIZE_GAP_EM * small or big < SIZE_STEP * small:
                parts[-1].append(word)
                continue
        parts.append([word])
    out = parts[:1]
    for part in parts[1:]:
        larger = max(out[-1], part, key=lambda p: median(w.size for w in p))
        if any(c.isdigit() for w in larger for c in w.text):
            out[-1] = out[-1] + part
        else:
            out.append(part)
    return out


def side_headings(words: list[Word], body: float) -> list[list[Word]]:
    """A row of headings set side by side (bold, larger than the ``body`` size, a wide gap between)
    cut into one part per heading; any other row as one part."""
    words = sorted(words, key=lambda w: w.x0)
    if not words or not all(w.bold and w.size >= body * SIDE_STEP for w in words):
        return [words]
    parts = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word.x0 - prev.x1 >= SIDE_GAP_EM * max(prev.size, word.size):
            parts.append([])
        parts[-1].append(word)
    if not 2 <= len(parts) <= SIDE_PIECES or any(len(p) > SIDE_WORDS or not _worded(p) for p in parts):
        return [words]
    return parts


def _worded(part: list[Word]) -> bool:
    """Words with letters, a year the only figure ("Utstillingar i 2021"), not a name."""
    return any(sum(c.isalpha() for c in w.text) > 1 for w in part) and not reads_as_name(part) and all(
        not any(c.isdigit() for c in w.text) or (len(w.text) == 4 and w.text.isdigit()) for w in part)


def reads_as_name(part: list[Word]) -> bool:
    """Two words or more, each a capital over lower case: a person's name on a card ("Lise Bergum
    Haug"), not a heading (in capitals, or a capital first and lower case after: "Frivillige i 2021")."""
    return len(part) >= 2 and all(w.text[:1].isupper() and w.text[1:].islower() for w in part)
